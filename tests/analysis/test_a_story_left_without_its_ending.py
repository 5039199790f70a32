"""A story whose Result is left out keeps the parts it does tell (breaker14 B6): a failure story
opening on where it happened ("On a late shift I ...") and owning the mistake in a sentence of its
own ("It was my fault.") was read Action, Action, Action once nothing came after the actions to
pull them off the opening, and lost its Situation and Task with the Result. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Describe a time you made a mistake that nobody else had noticed yet."

STORY = (
    "On a late shift at the garden centre I priced a pallet of compost at half its cost, because "
    "I read the wrong line of the delivery note. It was my fault. I pulled the pallet off the "
    "shop floor, I relabelled all forty bags myself, and I told the duty manager before closing."
)
ENDING = " We lost nothing on it, and since then every price label is checked by a second person."


def labels(answer: str) -> list[str]:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    return [segment.label for segment in analysis.star.segments]


@pytest.mark.parametrize("answer", [STORY, STORY.replace("It was my fault.",
                                                         "It was my fault and I felt awful.")])
def test_only_the_result_is_missing(answer: str) -> None:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    assert [s.label for s in analysis.star.segments] == ["S", "T", "A"], [
        (s.label, s.text) for s in analysis.star.segments]
    assert "no_result" in analysis.flaw_codes
    assert "no_situation" not in analysis.flaw_codes
    assert "no_task" not in analysis.flaw_codes


def test_the_same_story_with_its_ending_keeps_the_same_opening() -> None:
    assert labels(STORY + ENDING)[:3] == ["S", "T", "A"]
    assert labels(STORY + ENDING)[-1] == "R"


def test_telling_someone_it_was_my_mistake_stays_a_deed() -> None:
    answer = (
        "Last spring I ordered the wrong size of boxes for the packing line. I rang the "
        "supplier the same morning and I told my manager it was my mistake. We swapped the "
        "boxes in two days and no order went out late."
    )
    assert labels(answer)[1] == "A"
