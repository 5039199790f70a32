"""On the round-one question asked again, an answer that has already met the doubt is not
asked for it again: the follow-up goes to what the answer lacks (breaker16 D25: after "zero
corrupted-save reports in the first month" the peer asked "Did it make a difference you could
see?", while the story, told as "we", was never asked which part was the speaker's)."""

from __future__ import annotations

from pathlib import Path

from simulator.analysis.follow_up import probe_asks
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import load_first_round
from simulator.interview.personas import get_persona
from tests.support.round_one import answer_round_one_again

NOTES = """\
[[asked]]
question = "behavioral/conflict-peer"
weak = true
feedback = "Never got to how it ended, and there were no figures."
"""
# A bakery's two shift leads; the ending and its figure are told, all of it as "we".
OURS = (
    "At a bakery in Gdansk the other shift lead and I disagreed about when to start the "
    "sourdough. We each kept a log of the bake for a week, we compared the loaves side by side, "
    "and we agreed to start an hour earlier on weekdays only. We threw away about forty loaves "
    "a week before and eight after."
)


def test_a_met_doubt_is_not_probed_again_the_gap_is(tmp_path: Path) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(NOTES, encoding="utf-8")
    notes = load_first_round(path)
    peer = get_persona("peer")
    built = plan.full_mock([peer], load_banks().items, count=5, first_round=notes, seed=3)
    session, turn, analysis = answer_round_one_again(built, peer, OURS)
    flaws = set(analysis.flaw_codes)
    assert "we_not_i" in flaws and not {"no_result", "no_metrics"} & flaws, flaws
    probe = session.follow_up(turn, analysis)
    assert probe is not None
    assert probe not in (*peer.probes["no_result"], *peer.probes["no_metrics"]), probe


def test_make_a_difference_asks_for_the_outcome() -> None:
    assert probe_asks("Did it make a difference you could see?") == ("no_result",)
