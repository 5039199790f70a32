"""Scores a new user found wrong: a result-first headline followed by a short scene, answers of
one or two words, lengths far off the target and turns where STAR does not apply."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

BEHAVIORAL = "Tell me about a time you fixed a problem nobody else wanted to touch."


def _labels(text: str) -> list[tuple[str, str]]:
    analysis = analyze_answer(Transcript.from_text(text), question=BEHAVIORAL)
    return [(s.label, s.text) for s in analysis.star.segments]


@pytest.mark.parametrize(
    ("text", "scene", "action"),
    [
        (
            "Late orders dropped by a third. The warehouse had no pick lists, so I drew them up "
            "and trained the night crew in a week.",
            "The warehouse had no pick lists",
            "so I drew them up",
        ),
        (
            "we halved the complaints. the clinic had no triage desk, so i set one up and "
            "wrote the rota myself",
            "the clinic had no triage desk",
            "so i set one up",
        ),
    ],
)
def test_a_headline_then_a_scene_then_actions_gets_all_three(
    text: str, scene: str, action: str
) -> None:
    labels = _labels(text)
    assert labels[0][0] == "R"
    assert ("S", scene + ",") in labels or any(
        label == "S" and told.startswith(scene) for label, told in labels
    )
    assert any(label == "A" and told.startswith(action) for label, told in labels)
