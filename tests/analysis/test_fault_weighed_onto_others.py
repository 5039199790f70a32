"""Blame shifted in words that name no "fault" (breaker16 D20: "To be fair, it was not really
on me, the QA team had signed off without testing the codes" for "a mistake you made" scored
75, "spoke to: Ownership", its opening praised as "a headline first"): the fault weighed onto
others ("more on the finance side than on me", "not really on me"), or a slip told as another's
deed in the past perfect ("the booking firm had uploaded last month's list") while the speaker
only reports it ("I told the practice manager what had gone wrong"), is no mistake of one's own.
The story that owns the slip is not named. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.blame import blamed_others, others_slip
from simulator.interview.personas import load_personas
from simulator.speech.stt import Transcript

OWN_MISTAKE = "Describe a time you made a mistake that nobody else had noticed yet."

# A care home group's late payroll, the fault weighed onto finance.
PAYROLL = (
    "The one I remember is a payroll run at a care home group in Bristol where forty carers were "
    "paid a week late. In fairness that was more on the finance side than on me, the bureau had "
    "loaded the wrong pay date and my manager approved the run without reading the summary. I "
    "told the operations director what had gone wrong and I suggested finance should use a "
    "second checker. The carers were paid by the Friday and we added a small apology payment."
)
# A garden centre's compost sent to the wrong branch: "not really on me".
COMPOST = (
    "Last spring at a garden centre in Leeds our Easter delivery of compost went to the wrong "
    "branch. Truthfully it was not really on me, the supplier had typed the old address and the "
    "transport office booked the lorry without checking it. I rang the supplier to complain and "
    "I asked transport to check addresses from now on. The compost came two days late and we "
    "lost some sales that weekend."
)
# A dental practice's reminder texts: only others' deeds, reported by the speaker.
REMINDERS = (
    "At a dental practice in Cardiff about thirty patients got a reminder text for the wrong "
    "day. The booking firm had uploaded last month's list, and the receptionist sent the batch "
    "without looking at the dates. I told the practice manager what had gone wrong and I phoned "
    "the patients who were due that morning. Most of them came in the next week."
)
# The same practice, the slip the speaker's own.
OWNED = (
    "At a dental practice in Cardiff about thirty patients got a reminder text for the wrong "
    "day. I had uploaded last month's list by mistake and sent the batch without looking at the "
    "dates. I told the practice manager what had gone wrong straight away and I phoned the "
    "patients who were due that morning. Most of them came in the next week, and now I check "
    "the dates before every batch."
)


def _analysis(text: str):  # type: ignore[no-untyped-def]
    manager = load_personas().get("hiring-manager").audience
    return analyze_answer(Transcript.from_text(text), question=OWN_MISTAKE, audience=manager)


@pytest.mark.parametrize(("story", "heard"), [
    (PAYROLL, "that was more on the finance side than on me"),
    (COMPOST, "it was not really on me"),
    (REMINDERS, "the receptionist sent the batch without looking at the dates"),
], ids=["more-on-finance", "not-on-me", "others-deeds-reported"])
def test_the_fault_weighed_onto_others_is_named(story: str, heard: str) -> None:
    assert heard in (blamed_others(story) or others_slip(story))
    analysis = _analysis(story)
    why = [line.why for line in analysis.points_why if line.part == "ownership"]
    assert any("puts the fault on someone else" in w and heard in w for w in why), why
    assert analysis.audience_fit is not None
    assert "Ownership" not in analysis.audience_fit.spoken_to
    assert not any(t.startswith("You opened with the result") for t in analysis.tips)


def test_the_slip_owned_is_not_named() -> None:
    assert blamed_others(OWNED) == "" and others_slip(OWNED) == ""
    analysis = _analysis(OWNED)
    assert not any("someone else" in line.why for line in analysis.points_why)
    assert analysis.audience_fit is not None
    assert "Ownership" in analysis.audience_fit.spoken_to


@pytest.mark.parametrize("opening", [
    "the mistake that comes to mind was a bad release at a shoe retailer where the gift cards "
    "stopped working on the biggest sale day",
    "the one i always think of is the night our booking site took no bookings for six hours",
])
def test_the_story_it_opens_on_is_no_headline(opening: str) -> None:
    """An opening the labeller reads as the Result that says which story is coming ("The mistake
    that comes to mind was…") is the story's scene: not praised as "You opened with the result,
    a headline first"."""
    from simulator.analysis.answer import _scene_first

    assert _scene_first(opening)
