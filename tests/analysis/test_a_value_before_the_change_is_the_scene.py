"""An answer that opens on where it was and how a measure stood ("At the Ashford depot the
on-time rate was 71 percent.") and later tells the same measure with another value opens on its
Situation, the value before the story changed it, not on an outcome told first (breaker14 B2:
"only hinted at", and the opening praised as a headline). An outcome told first and told again
keeps its value, and stays the headline. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you improved at work without being asked to."
REST = (
    " Getting it up before the spring timetable was my job as depot planner. I walked every "
    "route with the drivers, I moved the first departures ten minutes earlier, and I swapped "
    "two buses onto the hilly routes. By April the on-time rate was 88 percent."
)


def segments(answer: str) -> list[tuple[str, str]]:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    return [(s.label, s.text) for s in analysis.star.segments]


@pytest.mark.parametrize("opening", [
    "At the Ashford depot the on-time rate was 71 percent.",
    "At the Ashford depot our on-time rate was only 71 percent.",
    "Our on-time rate at the Ashford depot was just 71 percent.",
])
def test_the_value_before_is_the_situation(opening: str) -> None:
    told = segments(opening + REST)
    assert [label for label, _ in told] == ["S", "T", "A", "R"], told
    analysis = analyze_answer(Transcript.from_text(opening + REST), question=QUESTION,
                              question_kind="behavioral")
    assert "no_situation" not in analysis.flaw_codes


def test_the_same_value_told_first_and_last_is_a_headline() -> None:
    told = segments("Our on-time rate was 88 percent by April." + REST)
    assert told[0][0] == "R", told


def test_a_value_the_task_sets_out_to_change_is_the_situation() -> None:
    told = segments(
        "At the Ashford depot our on-time rate was only 71 percent. I was asked to raise it "
        "before the spring timetable, as the depot planner. I walked every route with the "
        "drivers, I moved the first departures ten minutes earlier, and I swapped two buses "
        "onto the hilly routes. The drivers said the new times were easier to keep.")
    assert told[0][0] == "S", told
