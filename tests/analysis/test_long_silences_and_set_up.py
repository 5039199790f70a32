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


STORY = (
    "Two years ago I worked on the front desk of a small dental practice in Bristol{extra}. "
    "Patients often missed their check-ups because the reminder letters went out late or to old "
    "addresses, and the dentists were losing about a morning of work every week to empty chairs. "
    "My job was to get the missed appointments down before the new year. I switched the "
    "reminders to text messages sent two days ahead, and I checked every address at the front "
    "desk when patients came in. I also called the people who had missed two visits in a row "
    "and offered them an early slot. Missed check-ups fell from about twelve a week to three."
)


def _told(extra: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(STORY.format(extra=extra)), question=QUESTION)


def test_a_few_more_words_of_scene_cost_a_point_or_two_not_ten() -> None:
    lean = _told("")
    fuller = _told(" with four dentists and two hygienists")
    heavier = _told(" with four dentists, two hygienists and a busy waiting room that was "
                    "always full on Mondays")
    shares = [a.star.parts["S"].share_words + a.star.parts["T"].share_words
              for a in (lean, fuller, heavier)]
    assert shares[0] < 0.55 < shares[1] < shares[2] < 0.65, shares
    assert "unbalanced" not in lean.flaw_codes and "unbalanced" in fuller.flaw_codes
    assert lean.score - fuller.score <= 2, (lean.score, fuller.score)
    (why,) = [r for r in heavier.points_why if "set-up" in r.why]
    assert 1 <= why.points <= 4, why
    assert f"{shares[2]:.0%} of the answer is set-up" in why.why, why.why
