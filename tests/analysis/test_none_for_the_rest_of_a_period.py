"""None over the rest of a period, or the whole of one ("nobody missed a delivery slot for the
rest of the year", "we did not have one late van for the whole winter season") is a count told
as an outcome, as "none in the next six months" is: the answer was told "the result has no
number" (breaker16 D15). A bare "no more problems" still has none. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you improved at work without being asked to."
STORY = (
    "At a flower wholesaler in Lincoln about one florist order in four missed its delivery slot "
    "in the busy weeks. As the van planner that was my problem to fix. I moved the loading to "
    "the night before, I split the city into three rounds, and I rang the florists with a "
    "time window every morning. "
)


def lost_for_no_number(answer: str) -> bool:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    return any("the result has no number" in line.why for line in analysis.points_why)


@pytest.mark.parametrize("ending", [
    "After that nobody missed a delivery slot for the rest of the year.",
    "After that we did not have one late van for the whole winter season.",
])
def test_none_over_the_rest_of_a_period_is_a_number(ending: str) -> None:
    assert not lost_for_no_number(STORY + ending)


def test_no_more_problems_has_no_number() -> None:
    assert lost_for_no_number(STORY + "After that there were no more problems with it.")
