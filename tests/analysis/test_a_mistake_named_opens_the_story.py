"""A failure story that opens on the mistake named as such ("I made a big mistake in my first
month as an office assistant") opens on what the story is about, its Situation, not on a step
the speaker took (breaker9 D2). Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Describe a time you made a mistake that nobody else had noticed yet."


@pytest.mark.parametrize("answer", [
    "I made a big mistake in my first month as an office assistant. I sent the wrong invoice "
    "file to a client, with another client's prices in it. My job was to fix it before it cost "
    "us the client. I called the client within the hour, I apologised and asked them to delete "
    "it, and I told my manager. Then I set up a folder for each client. The client stayed with "
    "us and there was no mix-up again.",
    # spoken, run on
    "so i made a mistake with the rota um in my second week. i called the agency myself, i "
    "swapped two shifts and i told the ward sister, and nobody was left short that weekend",
])
def test_the_mistake_named_first_is_the_situation(answer: str) -> None:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    first = analysis.star.segments[0]
    assert first.label == "S", [(s.label, s.text) for s in analysis.star.segments]
    assert "no_situation" not in analysis.flaw_codes
    assert analysis.star.parts["A"].present
