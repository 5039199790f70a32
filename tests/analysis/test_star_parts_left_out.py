"""Parts an answer leaves out are reported missing, and parts told in plain words are found:
each case written as a new answer of our own, in registers unlike our first examples (terse
notes, run-on lowercase speech, non-native tense use, second-person storytelling)."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time you fixed your own mistake."


def typed(text: str, question: str = Q):  # type: ignore[no-untyped-def]
    return analyze_answer(Transcript.from_text(text), question=question)


# Opens straight on what the speaker did: no scene is ever set.
STARTS_WITH_THE_ACTION = (
    "i changed the lock on the wrong door, the tenant's flat not the landlord's store room. "
    "as the locksmith on the job the keys are my responsibility so it was on me to put it "
    "back. i rang the landlord before he find out himself, i drove back that evening and i "
    "swapped the cylinder for free and gave the tenant her old keys back. "
    "now i photograph the door number before i touch anything and the landlord still sends "
    "me all his flats."
)


def test_an_answer_that_opens_with_an_action_has_no_situation() -> None:
    analysis = typed(STARTS_WITH_THE_ACTION)
    parts = analysis.star.parts
    assert not parts["S"].present
    assert parts["T"].present and parts["A"].present and parts["R"].present
    assert analysis.star.segments[0].label == "A"
    assert "no_situation" in analysis.flaw_codes


# The same story with one scene clause first keeps its Situation.
WITH_A_SCENE = (
    "last spring i was the only locksmith for a letting agency with forty flats in one block. "
    + STARTS_WITH_THE_ACTION
)


def test_the_same_answer_with_a_scene_first_keeps_its_situation() -> None:
    analysis = typed(WITH_A_SCENE)
    assert analysis.star.parts["S"].present
    assert analysis.star.segments[0].label == "S"
    assert "no_situation" not in analysis.flaw_codes
