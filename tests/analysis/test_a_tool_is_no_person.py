"""Working "with" something is working with people only when the something is a person. The
hiring manager's "Fit with the team" and the peer's "Collaboration" are heard in "with her",
"with the two planners", "my colleague Anya"; a capitalised word alone after "with" is as often
a tool, a place or an employer ("I worked with Excel and Power Query"), and gave both themes to
an answer with no one else in it."""

from __future__ import annotations

import pytest

from simulator.analysis.theme_words import found
from simulator.interview.banks import find_question
from tests.support.audience import audience_fit

QUESTION = find_question("behavioral/initiative-improve")

# A stock analyst alone with a spreadsheet: tools after "with", no other person anywhere.
SPREADSHEET = (
    "At the regional office our monthly stock report took two days to build. I was the "
    "stock analyst, so the report was mine. I worked with Excel and Power Query to pull the three "
    "warehouse files into one sheet, I wrote the checks into the workbook, and I moved the run to "
    "Monday mornings with Outlook sending it. It now takes forty minutes and nobody retypes a "
    "number."
)
# The same report, built beside the people who use it.
WITH_PEOPLE = (
    "At the regional office our monthly stock report took two days to build. I was the "
    "stock analyst, so the report was mine. I worked with the two warehouse planners to agree "
    "one sheet for all three sites, I checked the first month's figures with my colleague Anya, "
    "and I moved the run to Monday mornings. It now takes forty minutes and nobody retypes a "
    "number."
)


@pytest.mark.parametrize(("persona", "theme"), [
    ("hiring-manager", "Fit with the team"), ("peer", "Collaboration")])
def test_a_tool_after_with_is_no_one_worked_with(persona: str, theme: str) -> None:
    spoken, missed = audience_fit(SPREADSHEET, QUESTION, persona)
    assert theme in missed and theme not in spoken


@pytest.mark.parametrize(("persona", "theme"), [
    ("hiring-manager", "Fit with the team"), ("peer", "Collaboration")])
def test_people_after_with_still_are(persona: str, theme: str) -> None:
    spoken, missed = audience_fit(WITH_PEOPLE, QUESTION, persona)
    assert theme in spoken and theme not in missed


@pytest.mark.parametrize(("said", "person"), [
    ("I worked with Excel on it", False), ("we did it with Leeds", False),
    ("I checked it with her", True), ("I sat it out with the night porters", True),
    ("I worked with my colleague Anya", True), ("I worked with Anya's team", True),
])
def test_with_a_person(said: str, person: bool) -> None:
    assert found("with {person}", said) is person
