"""The interviewer's own asks are heard in answers built around them, told in other words than
their cue words (breaker16 D18): a technical lead's "Trade-offs" in a choice between two
options and what the one not taken would have given, and "Risk" in the guard set up and the
failure it caught; a senior leader's "Strategic view" in the company's goal the story served.
An answer that tells none of them still misses them."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

# A data engineer at a grocery chain, spoken and lower case.
CHOSEN = (
    "at a grocery chain in leeds we had to choose between a nightly batch and a streaming feed "
    "for the stock counts, and the counts were my job as the data lead. streaming would have "
    "been faster but the tills only sent their files at close, so i went with the nightly batch "
    "and added a check that compared each store's total with the till files. i set up an alert "
    "on the batch run, and the one night the till files never arrived the alert caught it "
    "before the stores opened. the stock errors on the shelves went from about forty a week to "
    "six."
)
# The same job told with no alternative and no guard.
PLAIN = (
    "at a grocery chain in leeds the stock counts were my job as the data lead. i built a "
    "nightly batch that read the till files, i wrote the loading scripts, and i trained the "
    "store managers on the new report. the stock errors on the shelves went from about forty a "
    "week to six."
)
# A housing association's repairs manager, to a senior leader.
GOAL = (
    "At a housing association in Bristol the company's goal for the year was to halve the time "
    "tenants waited for a repair. I ran the repairs desk, and the backlog of damp jobs was mine "
    "to clear. I booked the jobs by street instead of by date, I hired two plasterers on short "
    "contracts, and I rang every tenant waiting longer than a month. By March the average wait "
    "was down from nine weeks to four."
)
NO_GOAL = GOAL.replace("the company's goal for the year was to halve the time tenants waited "
                       "for a repair", "tenants waited weeks for a repair")


def _fit(text: str, persona: str, question: str) -> tuple[set[str], set[str]]:
    analysis = analyze_answer(Transcript.from_text(text), question=question,
                              audience=get_persona(persona).audience)
    assert analysis.audience_fit is not None
    return (set(analysis.audience_fit.spoken_to),
            {m.label for m in analysis.audience_fit.missed})


def test_a_technical_lead_hears_the_option_not_taken_and_the_guard() -> None:
    question = "Tell me about a technical decision you made with incomplete information."
    spoken, _ = _fit(CHOSEN, "technical-lead", question)
    assert {"Trade-offs", "Risk"} <= spoken
    _, missed = _fit(PLAIN, "technical-lead", question)
    assert {"Trade-offs", "Risk"} <= missed


def test_a_senior_leader_hears_the_company_goal_the_story_served() -> None:
    question = "Tell me about something you owned from start to finish."
    spoken, _ = _fit(GOAL, "senior-leader", question)
    assert "Strategic view" in spoken
    _, missed = _fit(NO_GOAL, "senior-leader", question)
    assert "Strategic view" in missed
