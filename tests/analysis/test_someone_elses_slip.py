"""Someone else's slip told for "a mistake you made", with no word of fault or blame in it
(breaker15 B8: "the night fitter signed the check without looking ... the fitter got a
warning" scored 78 with "spoke to: Ownership"): the story tells no mistake of the speaker's own,
so it is named as putting the mistake on someone else, as a story that says "it was the
fitter's fault" is. A story that tells the speaker's own slip beside another's, or owns a part,
is not; nor is another's slip told to a question that did not ask for one's own. New answers of
our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import BLAME_POINTS
from simulator.analysis.blame import others_slip
from simulator.interview.personas import load_personas
from simulator.speech.stt import Transcript

OWN_MISTAKE = "Tell me about a mistake you made at work. What did you do about it?"

# A kitchen fitter's firm: the apprentice's slip, told with no word of fault.
APPRENTICE = (
    "Last summer on a kitchen job in Leek our apprentice wired the new cooker point to the "
    "wrong circuit, so the fuse went every time the owner turned the oven on. I was running "
    "the job that week. I went back on the Saturday, I moved the cooker onto its own circuit, "
    "and I went through the circuit plan with him on the board at the unit. The owner has had "
    "no trips since and she booked us for her bathroom."
)
# A care home's night: a carer left the door code check undone.
NIGHT_CARER = (
    "One night at the care home a resident walked out into the garden at three in the morning, "
    "because the agency carer on the top floor locked the fire door without checking the alarm "
    "was set. I was the senior on shift. I brought the resident in and checked her over, I "
    "called her daughter, and I put a card by every fire door with the two steps to do. No one "
    "has got out at night since."
)
# The same kitchen job with the speaker's own slip told.
MINE = APPRENTICE.replace("our apprentice wired", "I wired")
# Another's slip and the speaker's own one in one story.
BOTH = (
    "The supplier sent us the wrong grade of cable for a kitchen in Leek, and I fitted it without "
    "checking the drum label, so the cooker circuit ran hot. I took the cable out on the "
    "Saturday, fitted the right grade at my own cost, and now I read every drum label before a "
    "run goes in. The owner has had no trouble since."
)


def _analysis(text: str, question: str):  # type: ignore[no-untyped-def]
    manager = load_personas().get("hiring-manager").audience
    return analyze_answer(Transcript.from_text(text), question=question, audience=manager)


@pytest.mark.parametrize(("story", "slip"), [
    (APPRENTICE, "apprentice wired the new cooker point to the wrong circuit"),
    (NIGHT_CARER, "the agency carer on the top floor locked the fire door without checking"),
], ids=["apprentice", "agency-carer"])
def test_someone_elses_slip_is_no_mistake_of_your_own(story: str, slip: str) -> None:
    analysis = _analysis(story, OWN_MISTAKE)
    why = [line.why for line in analysis.points_why if line.part == "ownership"]
    assert any("puts the fault on someone else" in w and slip in w for w in why), why
    assert analysis.score_parts.ownership >= BLAME_POINTS
    assert any(t.startswith("The question asked for a mistake of your own")
               for t in analysis.tips), analysis.tips
    assert analysis.audience_fit is not None
    assert "Ownership" not in analysis.audience_fit.spoken_to


@pytest.mark.parametrize("story", [MINE, BOTH], ids=["own-slip", "both-slips"])
def test_a_slip_of_your_own_is_not_named(story: str) -> None:
    assert others_slip(story) == ""
    analysis = _analysis(story, OWN_MISTAKE)
    assert not any("someone else" in line.why for line in analysis.points_why)


def test_another_question_may_tell_someone_elses_slip() -> None:
    analysis = _analysis(APPRENTICE, "Tell me about a time you helped someone learn on the job.")
    assert not any("someone else" in line.why for line in analysis.points_why)
