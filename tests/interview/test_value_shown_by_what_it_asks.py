"""A value written as a name and a description (the app's form) is shown by a story that does
what the description asks, not by one word the story happens to share with it (breaker15 B13):
a word of the company's own world ("harbour" for a ferry operator, in its news and duties), a
function word and its longer look-alikes ("even" / "evening"), or a noun of the description told
as another word ("the crossing" / "I crossed") links nothing, and one description word alone
links nothing either. A value the story shows is never "missed" on the same card. Profile and
answers are new text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company

PROFILE = """\
name = "Brackwater Ferries"
news = ["In May we added a night sailing from Pellham harbour."]
competitors = ["Gullrock Lines"]

[[values]]
name = "Fresh crews"
description = "No vessel sails with a tired crew, even if the crossing leaves late."

[[values]]
name = "Islanders first"
description = "Every timetable change is tested on the people who live on the island."

[role]
title = "Deck Officer"
expectations = ["Keep the harbour rota for the deck crews"]
"""

# A deck officer who held a sailing for a fresh mate: the value done, in its own words.
SHOWN = (
    "Last August the relief mate on the evening sailing had already worked fourteen hours when "
    "the ferry was due out. I was the officer of the watch, so it was my call. I held the "
    "vessel at the quay until a second mate came from home, and I told the passengers the "
    "sailing would be forty minutes late. We left at ten past eight and nobody worked past "
    "twelve hours that season."
)
# Why this role: the harbour, an evening, a change, one word of a value each.
WHY_ROLE = (
    "I grew up at Pellham harbour and I watched the boats leave every evening. I want this "
    "role because the night sailing is exactly the kind of change I would like to be part of, "
    "and I have kept a deck rota for six years."
)
# A budget story that crossed the island once and changed an order.
BUDGET = (
    "Our fuel budget was cut by a tenth last spring. As the deck officer I had to keep every "
    "sailing running. I crossed to the island to see the fuel supplier, I changed our order to "
    "a monthly contract, and we finished the year under budget."
)


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "brackwater.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _links(company: CompanyProfile, answer: str) -> list[str]:
    return [link.value.name for link in company.connections(answer)]


def test_a_story_that_does_what_the_value_asks_is_connected(company: CompanyProfile) -> None:
    assert _links(company, SHOWN) == ["Fresh crews"]


@pytest.mark.parametrize("answer", [WHY_ROLE, BUDGET], ids=["why-role", "budget"])
def test_one_shared_word_connects_nothing(company: CompanyProfile, answer: str) -> None:
    assert _links(company, answer) == []


def test_a_connected_value_is_not_also_missed(company: CompanyProfile) -> None:
    facts = company.fact_check(SHOWN, "What do you know about us?")
    assert ("value", "Fresh crews") in [(f.kind, f.text) for f in facts.used]
    assert ("value", "Fresh crews") not in [(f.kind, f.text) for f in facts.missed]
