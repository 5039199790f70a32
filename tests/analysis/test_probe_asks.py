"""What a probe that is not a persona's missing-part probe asks for (a harder probe from the
session plan, a bank's follow-up), read from its words, and the reply judged against all of it."""

from __future__ import annotations

import pytest

from simulator.analysis.follow_up import judge_follow_up, probe_asks, repaired_flaws
from simulator.speech.stt import Transcript


@pytest.mark.parametrize(
    ("probe", "asks"),
    [
        ("Okay, but how many customers did that actually bring back?", ("no_metrics",)),
        ("So what did you do when the supplier still said no?", ("no_action",)),
        ("Walk me through it, and tell me how it turned out.", ("vague", "no_result")),
        ("Which part was yours, and what figures did you report upwards?",
         ("we_not_i", "no_metrics")),
        ("Could you set the scene a bit? What was going on in the team?", ("no_situation",)),
        ("If you had a second chance, what would you do differently?", ()),
        ("Who disagreed with you most strongly?", ()),
    ],
)
def test_a_probe_asks_for_what_its_words_name_in_the_order_named(
    probe: str, asks: tuple[str, ...]
) -> None:
    assert probe_asks(probe) == asks


def test_a_reply_gives_a_two_part_probe_only_when_it_tells_both() -> None:
    asks = probe_asks("Tell me about a real case, with the numbers please.")
    assert asks == ("vague", "no_metrics")
    own_only = Transcript.from_text(
        "ya so in the cold store i have moved the fast movers to the front racks myself"
    )
    both = Transcript.from_text(
        "ya so in the cold store i have moved the fast movers to the front racks myself and the "
        "picking time came down from forty minutes to twenty five per order"
    )
    missing = judge_follow_up(own_only, asks[0], also=asks[1:])
    given = judge_follow_up(both, asks[0], also=asks[1:])
    assert not missing.gives and "a specific occasion and a number" in missing.message
    assert given.gives and given.asks == asks and given.probe_code == "vague"
    # Stored and read back, the judgment repairs every flaw the probe asked about.
    assert {"vague", "no_metrics"} <= repaired_flaws(given.to_dict())
    assert "vague" not in repaired_flaws(missing.to_dict())


def test_a_probe_that_asks_for_no_part_is_given_by_a_real_reply() -> None:
    reply = Transcript.from_text(
        "Honestly I would bring the night supervisor in much earlier, because she knew the "
        "scanners better than anybody and I only asked her at the end."
    )
    judged = judge_follow_up(reply, "", also=probe_asks("What would you do differently?"))
    assert judged.gives and judged.asks == () and judged.probe_code == ""
    assert not judge_follow_up(Transcript.from_text("not much really"), "").gives
