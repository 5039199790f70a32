"""A bare acknowledgement before the story ("Okay.", "Sure.", "Right.", "Good question.") is no
part of it: the scene told next opens the story as it would without it, and keeps what an
opening sentence gets for telling where and when (breaker16 D2: after "Sure." the scene and the
task were read as one Action, and the answer was told to open with where it was). Answers of our
own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you strongly disagreed with a colleague. How did you settle it?"
STORY = (
    "At my old place in Cardiff I ran the callback team, and my deputy and I did not agree on how "
    "to order the callbacks. She wanted to ring everyone back in the order they called, I wanted "
    "the urgent ones first because some were about cut-off gas. Since the callback list was mine "
    "to run, I needed us to agree before the winter rush. What I did was I took a week of "
    "callbacks, I went through them with her one by one, and we saw that one in five was urgent. "
    "So we agreed: urgent ones first, then the rest in order. After that nobody with a gas "
    "problem waited past the next morning, and the complaints about callbacks fell by half."
)


def labels(answer: str) -> tuple[list[str], tuple[str, ...]]:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    return [s.label for s in analysis.star.segments], analysis.flaw_codes


@pytest.mark.parametrize("acknowledgement", ["", "Okay. ", "Sure. ", "Right. ", "Yeah. ",
                                             "Good question. "])
def test_the_scene_after_an_acknowledgement_is_the_situation(acknowledgement: str) -> None:
    told, flaws = labels(acknowledgement + STORY)
    story = [label for label in told if label != "other"]
    assert story[0] == "S", told
    assert story[-1] == "R", told
    assert "no_situation" not in flaws, flaws
    if acknowledgement:
        assert told[0] == "other", told
