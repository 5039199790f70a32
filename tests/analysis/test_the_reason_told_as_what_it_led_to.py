"""A reason told as what the habit led to ("so my ideas often came after the decision was made")
is a reason: no tip asks "say why it matters: the reason behind the example you gave" of it
(breaker10 D25, issue 13 item 3). An answer with no reason is still asked. Answers of our own."""

from __future__ import annotations

from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge
from simulator.speech.stt import Transcript

WITH_REASON = (
    "I am working on speaking up earlier in meetings. Where I grew up you wait for the oldest "
    "person to finish, and I brought that habit into my first job in Manchester, so my ideas "
    "often came after the decision was made. Now I write down one point before each meeting "
    "and I say it in the first ten minutes. My manager told me last month that she has noticed "
    "the difference."
)
WITHOUT = (
    "I am working on speaking up earlier in meetings. Now I write down one point before each "
    "meeting and I say it in the first ten minutes. My manager told me last month that she has "
    "noticed the difference."
)


def _asks_why(tip: str) -> bool:
    """"say why it matters: the reason behind...", "enough to say why your example matters"."""
    return "why" in tip and "matters" in tip


def _tips(text: str) -> tuple[str, ...]:
    analysis, _ = judge(analysis_request(find_question("culture/weakness"), None),
                        Transcript.from_text(text))
    return analysis.tips


def test_what_the_habit_led_to_is_the_reason() -> None:
    assert not any(_asks_why(tip) for tip in _tips(WITH_REASON)), _tips(WITH_REASON)


def test_an_answer_without_it_is_still_asked() -> None:
    assert any(_asks_why(tip) for tip in _tips(WITHOUT)), _tips(WITHOUT)
