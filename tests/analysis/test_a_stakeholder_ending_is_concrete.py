"""A concrete ending with what the unhappy stakeholder felt: "it matched the floor to the last
pallet and she was happy" is a check that passed, with a comment, not a Result that only judges
how it went. Before, it cost "the result is not measurable" (breaker16 D11). Answers of our
own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a stakeholder who was unhappy with your work. What did you do?"
STORY = (
    "our warehouse manager was really unhappy with me because the stock report i built kept "
    "showing more pallets than were on the floor, like twenty or thirty off every week, and she "
    "had to explain it to the regional director. it was my report so it was on me. i walked the "
    "aisles with one of her pickers for two nights and found that returns were being counted "
    "when they were booked and not when they were put away, so i changed the report to use the "
    "put away time and i sent her a short note on the difference. "
)


@pytest.mark.parametrize("ending", [
    "the next week it matched the floor to the last pallet and she was happy.",
    "The books balanced to the cent the next month, and she was pleased.",
])
def test_figures_that_now_match_are_a_concrete_result(ending: str) -> None:
    analysis = analyze_answer(Transcript.from_text(STORY + ending), question=QUESTION,
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert labels[-1] == ("R", ending), labels
    assert not {"no_result", "no_metrics", "no_task"} & set(analysis.flaw_codes), (
        analysis.flaw_codes)

