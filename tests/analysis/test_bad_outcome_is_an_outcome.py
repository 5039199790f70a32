"""An outcome that went badly, told honestly in reply to "how did it turn out?", is the outcome
(breaker13 B24): the same sentence closing a whole answer is its Result, so the reply gives what
the probe asked, and the question's Result is there. A verdict with nothing told ("it didn't
work out") and a dodge are still no outcome."""

from __future__ import annotations

import pytest

from simulator.analysis.answer import analyze_answer, analyze_follow_up
from simulator.analysis.follow_up import judge_follow_up
from simulator.speech.stt import Transcript

FIRST = (
    "A bride's mother called our florist shop on the Thursday because the church flowers had "
    "been booked for the wrong Saturday. I was the senior florist that week, so it fell to me. "
    "I reordered the white roses from the market, I stayed late to make the arch and I drove "
    "the pieces to the church myself."
)


@pytest.mark.parametrize("reply", [
    "To be honest it went badly: the roses got there after the ceremony had started, and the "
    "family took their reception flowers to another florist.",
    "The arch was finished too late for the photos, and the mother cancelled the rest of her "
    "order with us.",
    "We lost the booking for the reception in the end, because the new plan failed on the day.",
    # Against the deadline, either way.
    "The arch got to the church just in time, ten minutes before the bride arrived.",
])
def test_a_bad_outcome_gives_the_outcome(reply: str) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "no_result")
    assert judged.gives, judged
    assert "outcome" in judged.gave
    assert "did not give the outcome" not in judged.message

    first = analyze_answer(Transcript.from_text(FIRST))
    assert "no_result" in first.flaw_codes
    merged, _ = analyze_follow_up(Transcript.from_text(reply), "no_result", first)
    assert merged.star.parts["R"].present
    assert "no_result" not in merged.flaw_codes
    assert {s.label for s in merged.star.segments} == {"R"}
    assert merged.score > first.score


@pytest.mark.parametrize("reply", [
    "It didn't work out.",
    "Well, the mother was always a difficult customer and the church was badly organised anyway.",
])
def test_a_verdict_or_a_dodge_is_no_outcome(reply: str) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "no_result")
    assert not judged.gives, judged
    assert "outcome" not in judged.gave
