"""A lesson told after the outcome, with what the speaker changed so it cannot happen again
("What I took from it is that..., and I added a check..."), is the Result with the outcome
before it (bench/data/README.md: a lesson learned belongs to the Result). Before, its "I added"
made it one more action and the answer was told it had no Result; with the lesson alone the
lesson was the Result and the real outcome an Action (breaker16 D1). Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Describe a time you made a mistake that nobody else had noticed yet."
STORY = (
    "Last spring at a garden centre in Derby I keyed a whole pallet of compost into the till at "
    "half its price. It was my entry and nobody checked it. I spotted it on Monday when the "
    "sales report showed forty bags gone by ten, which never happens, so I put the price right "
    "straight away, I told the manager, and I went through the weekend's receipts with her. "
)
OUTCOME = "We had lost about ninety pounds and the supplier agreed to split it with us."


def told(answer: str) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    return [(s.label, s.text) for s in analysis.star.segments], analysis.flaw_codes


@pytest.mark.parametrize("lesson", [
    "What I took from it is that I read every price back before I save it, and I added a "
    "second check for any price that drops by more than a third.",
    "What I took from it is that I read every price back before I save it.",
    "Since then I read every price back before I save it.",
])
def test_the_outcome_and_the_lesson_after_it_are_the_result(lesson: str) -> None:
    segments, flaws = told(STORY + OUTCOME + " " + lesson)
    result = " ".join(text for label, text in segments if label == "R")
    assert OUTCOME in result, segments
    assert lesson in result, segments
    assert "no_result" not in flaws, flaws


def test_a_story_without_its_outcome_still_ends_on_the_lesson() -> None:
    segments, _ = told(STORY + "What I took from it is that I read every price back "
                       "before I save it.")
    assert segments[-1][0] == "R", segments
