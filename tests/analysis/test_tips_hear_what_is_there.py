"""No tip asks for what the answer already has (issue 13, point 3; new-user report 5, item 7).
A hiring manager's "say how you worked with the people around you" is not given to an answer
that sat with the shift leads or held one-to-ones; a technical lead's "how you knew it worked"
is not given to one that sets a figure against the one before; a senior leader's "business
impact" is heard in stock-outs and write-offs. Answers that tell none of it still get the tip."""

from __future__ import annotations

import pytest

from simulator.interview.banks import find_question
from tests.support.audience import audience_fit

QUESTION = find_question("behavioral/initiative-improve")

# A bakery supervisor, clipped notes, people named only by their shift.
BAKERY = (
    "- 2023, night bakery, proofing always overran\n"
    "- my job: the proofing schedule\n"
    "- sat with the two oven men for three nights, watched how they loaded\n"
    "- rewrote the schedule myself, trained both of them on it\n"
    "- overruns stopped, first trays out 40 min earlier"
)
# A call-centre lead, long run-on, one-to-ones named as such.
CALLS = (
    "so what happened was our queue in the Cork office was always over target on Mondays and "
    "it was my responsibility to fix the staffing, and I held one-to-one chats with every agent "
    "on the early shift to find out who could start at seven, and I redrew the roster myself "
    "from that, and within a month Monday waits were under two minutes which they never were"
)
# A lab technician alone with a machine: no one else in the story.
ALONE = (
    "In 2022 in our lab the centrifuge log was on paper and often incomplete. I was responsible "
    "for the equipment records. I built a small spreadsheet form and I replaced the paper log "
    "with it myself over one weekend. After that every run was logged and the audit found no "
    "gaps for the first time."
)
# A planner who measured before and after, in a second language.
MEASURED = (
    "This was 2021 in Brno warehouse, I was responsible for replenishment of frozen goods. I "
    "changed the reorder rule myself from fixed two days to a rule by season. Next winter "
    "empty shelves were under 3 percent, compared to 11 percent the year before, and waste of "
    "short-date product fell from 900 kilos a month to around 500."
)


def _fit(text: str, persona: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return audience_fit(text, QUESTION, persona)


@pytest.mark.parametrize("text", [BAKERY, CALLS])
def test_time_with_the_people_around_you_is_fit_with_the_team(text: str) -> None:
    spoken, missed = _fit(text, "hiring-manager")
    assert "Fit with the team" in spoken and "Fit with the team" not in missed


def test_a_story_with_no_one_else_in_it_still_gets_the_team_tip() -> None:
    _, missed = _fit(ALONE, "hiring-manager")
    assert "Fit with the team" in missed


def test_a_figure_against_the_one_before_shows_how_you_knew_it_worked() -> None:
    spoken, _ = _fit(MEASURED, "technical-lead")
    assert "Checking it works" in spoken


def test_no_comparison_no_check_still_gets_the_verification_tip() -> None:
    _, missed = _fit(CALLS, "technical-lead")
    assert "Checking it works" in missed


def test_empty_shelves_and_waste_are_business_impact() -> None:
    text = MEASURED.replace("empty shelves", "out of stock").replace("waste", "write-offs")
    spoken, _ = _fit(text, "senior-leader")
    assert "Business impact" in spoken


def test_shipped_and_written_are_not_business_impact() -> None:
    """The other wordings are whole phrases: "shipped" is no shipper, "written" no write-off."""
    text = (
        "In 2021 at the print shop our proofs were late. I was responsible for them. I wrote a "
        "checklist myself and the proofs were written and shipped on time after that."
    )
    _, missed = _fit(text, "senior-leader")
    assert "Business impact" in missed
