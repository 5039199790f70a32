"""Delivery and balance points that move with what was done, not over a cliff (breaker12 V7,
V8): a silence of 25 s in the middle of an answer costs more than one of 3 s, and the reason
names its length in seconds; the too-much-set-up deduction grows with the share of set-up, so a
word or two more of scene does not cost 10 points at once. Answers are our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import AnswerAnalysis
from simulator.speech.stt import Transcript, Word

QUESTION = "Tell me about a time you fixed something nobody else wanted to touch."
SAID = (
    "Last winter I ran the goods-in desk at a garden centre in Leeds. The pallet labels kept "
    "peeling off in the cold, so deliveries were booked to the wrong bays. My job was to stop "
    "the mix-ups before the spring rush. I tested three label stocks in the yard, picked the "
    "one that held at minus five, and showed the drivers where to stick it. Wrong-bay "
    "deliveries fell from about ten a week to one."
)


def _spoken(gap_s: float, after_word: int = 30) -> AnswerAnalysis:
    """`SAID` at a steady pace, with one silence of `gap_s` before word `after_word`."""
    words, clock = [], 0.4
    for index, word in enumerate(SAID.split(" ")):
        if index == after_word:
            clock += gap_s
        words.append(Word(word, clock, clock + 0.3))
        clock += 0.38
    transcript = Transcript(SAID, tuple(words), "test", "none", clock + 0.5)
    return analyze_answer(transcript, question=QUESTION)


def _pause_points(analysis: AnswerAnalysis) -> tuple[int, str]:
    reasons = [r for r in analysis.points_why if "pause" in r.why or "silent" in r.why]
    return sum(r.points for r in reasons), " ".join(r.why for r in reasons)


def test_a_long_silence_costs_more_than_a_short_pause_and_says_how_long() -> None:
    short_points, _ = _pause_points(_spoken(3.2))
    long_points, why = _pause_points(_spoken(25.0))
    assert 0 < short_points <= 3, short_points
    assert long_points >= short_points + 8, (short_points, long_points)
    assert "25 s" in why, why
    tips = " ".join(_spoken(25.0).tips)
    assert "25 s" in tips, tips
