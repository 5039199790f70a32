"""A plan's deadline told in the opening ("When the council decided to move all its forms online
by the end of 2023, ...") is when the work was due, the scene of the story, not an outcome told
first: the answer was praised for "a headline first" and its task after it called missing
(breaker16 D4). An outcome by a date ("by the end of 2023 every form was online") is still one.
Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you improved at work without being asked to."
REST = (
    " I was running the benefits office in Stockport. Getting our own forms online was my share "
    "of that plan. I picked the five forms people used most and moved those first, I sat with "
    "the advisers while they tried them, and I kept the paper forms at the desk for a month. By "
    "September nine in ten claims came in online, four months ahead of the council's plan."
)


def analysed(answer: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(answer), question=QUESTION,
                          question_kind="behavioral")


@pytest.mark.parametrize("opening", [
    "When the council decided to move all its forms online by the end of 2023, which was the "
    "leader's big promise that year,",
    "The council had promised to move all its forms online by the end of 2023.",
])
def test_a_deadline_in_the_opening_is_the_scene(opening: str) -> None:
    analysis = analysed(opening + REST)
    labels = [s.label for s in analysis.star.segments]
    assert labels[0] == "S", labels
    assert labels[-1] == "R", labels
    assert "R" not in labels[:-1], labels


def test_an_outcome_by_a_date_told_first_is_still_the_headline() -> None:
    analysis = analysed("By the end of 2023 nine in ten claims came in online." + REST)
    assert analysis.star.segments[0].label == "R", analysis.star.segments
