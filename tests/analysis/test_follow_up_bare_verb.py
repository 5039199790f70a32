"""A reply that names the hardest decision with a bare verb after "was", as many second-language
speakers say it ("Hardest was change the rota", breaker7 D4), gives the decision; "hardest was
the rota" or "hardest was when…" names no decision."""

from __future__ import annotations

import pytest

from simulator.analysis.follow_up import judge_follow_up, probe_asks
from simulator.speech.stt import Transcript

PROBE = "What was the hardest decision in that, and who disagreed with you?"


def _judged(reply: str):  # type: ignore[no-untyped-def]
    asks = probe_asks(PROBE)
    return judge_follow_up(Transcript.from_text(reply), asks[0], also=asks[1:])


@pytest.mark.parametrize("reply", [
    # A Portuguese cook, terse.
    "Hardest decision was stop the lunch menu on Mondays. The owner disagree, he said we lose "
    "the regulars.",
    # A Polish warehouse lead, run-on.
    "the hardest was send him home that day and my supervisor he was not happy because we was "
    "short on the dock",
    # A Vietnamese nurse, notes.
    "Toughest call is move her to day shift. The night sister was against it.",
])
def test_a_bare_verb_after_was_gives_the_decision(reply: str) -> None:
    judged = _judged(reply)
    assert "decision" in judged.gave, judged
    assert judged.gives, judged
    assert "did not give the decision" not in judged.message


@pytest.mark.parametrize("reply", [
    "Hardest was the rota. The senior technician disagree with me.",
    "the hardest was when the supervisor shout at me in front of everybody",
    "Hardest was really the people, my manager did not like it.",
])
def test_a_thing_or_a_moment_after_was_is_no_decision(reply: str) -> None:
    judged = _judged(reply)
    assert "decision" not in judged.gave, judged
    assert not judged.gives
