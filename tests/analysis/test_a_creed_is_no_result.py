"""An answer that stops at its actions and closes on who the speaker is, told as a habit or a
creed in the present ("that's how I was brought up", "that's the kind of nurse I try to be",
"I try to do that with every customer"), tells no Result: "Result missing" is said. The same
story with its outcome told before the creed keeps its Result. Each answer is a new one of our
own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time you went out of your way for a customer."

STORY = (
    "I work the counter at a hardware shop in Galway, and one Saturday an older man came in "
    "because his kitchen tap had burst and he could not get a plumber until Monday. It was my "
    "counter, so it was on me to get him sorted. I found him the right isolating valve, drew "
    "him a little sketch of where it goes, and rang him at lunch to talk him through fitting "
    "it. "
)
CREEDS = (
    "That's just how I was brought up, you look after people.",
    "Honestly, that's the kind of shop assistant I try to be, patient.",
    "I try to do that with every customer who comes in worried.",
)
OUTCOME = "He had water back by two o'clock, and he came in on Monday with a box of biscuits. "


@pytest.mark.parametrize("creed", CREEDS)
def test_a_creed_at_the_end_is_no_result(creed: str) -> None:
    analysis = analyze_answer(Transcript.from_text(STORY + creed), question=Q)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes
    told = analyze_answer(Transcript.from_text(STORY + OUTCOME + creed), question=Q)
    assert all(told.star.parts[p].present for p in "STAR"), told.star.segments
    assert "no_result" not in told.flaw_codes
