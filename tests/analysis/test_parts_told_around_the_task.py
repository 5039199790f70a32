"""Which parts an answer tells when they sit where the labeller does not look for them: a
scene told in the same sentence as the task (breaker10 D9), a scene told after an outcome
told first (D10), a duty written as a note's line with no "I" (D24), and an answer that opens
on a deed and goes straight on with its actions (no scene told at all). Each answer is a new
one of our own; each is checked for the part it tells and for the flaw that must not (or must)
be said."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time you solved a problem at work."


def typed(text: str, question: str = Q):  # type: ignore[no-untyped-def]
    return analyze_answer(Transcript.from_text(text), question=question)


def labelled(analysis, label: str) -> str:  # type: ignore[no-untyped-def]
    return " ".join(s.text for s in analysis.star.segments if s.label == label)


# A deed first, then more deeds: no scene is told, and that is said.
BRAKE_LIGHT = (
    "I stopped the Saturday delivery run at six in the morning, because the van's brake light "
    "was on and the driver had not checked it. I booked the van into the garage round the "
    "corner and moved the first twelve drops to our second van. I rang each of the twelve "
    "customers myself to give them a new time. Every drop was made by two o'clock, and the "
    "garage found a worn brake pad."
)
# The same story with its scene told first keeps it.
BRAKE_LIGHT_SCENE = (
    "I drive for a small furniture firm in Cork, and one Saturday I was loading the van at six "
    "in the morning when I saw the brake light was on. " + BRAKE_LIGHT.replace(
        "I stopped the Saturday delivery run at six in the morning, because the van's brake "
        "light was on and the driver had not checked it. ", "")
)


def test_an_answer_that_opens_on_a_deed_and_goes_on_acting_tells_no_situation() -> None:
    analysis = typed(BRAKE_LIGHT)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I stopped the Saturday delivery run" in labelled(analysis, "A")
    assert "no_situation" in analysis.flaw_codes
    told = typed(BRAKE_LIGHT_SCENE)
    assert told.star.parts["S"].present, told.star.segments
    assert "no_situation" not in told.flaw_codes
