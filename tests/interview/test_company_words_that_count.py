"""What counts as using the company profile: "before" in "Customers before convenience" links
no story that says "before and after"; an answer built on "the Leipzig hub" used the news line
about the hub in Leipzig; "the capacity forecast for this role" used the role whose duty is the
capacity forecast; and a news line starting "In September ..." reads "You'll know that in
September ..." (new-user report 5, items 8 and 18). Real profile file, real checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company

PROFILE = """\
name = "Tern Freight"
news = ["In March 2026 we opened a chilled cross-dock in Ostrava.", "Kestrel bought our van arm."]
competitors = ["Haulwise"]

[[values]]
name = "Shippers before comfort"
description = "Their cut-off matters more than our routine."

[role]
title = "Network Planning Analyst"
expectations = ["Build the weekly capacity forecast", "Explain numbers to depot managers"]
"""

# A planner's story full of "before" in every other sense.
BEFORE = (
    "At the Brno yard I measured dwell time before and after the new gate slots. Dwell was lower "
    "than before, which never happened before, and I showed the figures to my lead before "
    "anyone else saw them."
)
# A candidate's notes, lower case, the place named but few of the news line's words.
HUB = "- the ostrava dock has no history yet\n- i would borrow brno's weekday pattern for it"
DUTY = "What I like: the capacity forecast for this role decides tomorrow's trucks."


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "tern.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _used(company: CompanyProfile, text: str) -> list[str]:
    return [fact.text for fact in company.fact_check(text).used]


def test_before_in_another_sense_links_no_value(company: CompanyProfile) -> None:
    assert company.connections(BEFORE) == []
    assert "Shippers before comfort" not in _used(company, BEFORE)


def test_the_values_own_word_still_links_it(company: CompanyProfile) -> None:
    text = "I rang every shipper myself the night before their cut-off, so nobody missed it."
    assert [c.value.name for c in company.connections(text)] == ["Shippers before comfort"]


def test_a_place_named_in_the_news_is_that_news(company: CompanyProfile) -> None:
    assert company.news[0] in _used(company, HUB)
    # The company's own name in a news line is no such name: saying it is not that news.
    assert company.news[1] not in _used(company, "Kestrel is a name I know from the trade press.")


def test_a_place_told_with_the_wrong_month_is_wrong_not_used(company: CompanyProfile) -> None:
    check = company.fact_check("Since the Ostrava dock opened in May, volumes grew.")
    assert company.news[0] not in [f.text for f in check.used] and check.wrong


def test_a_duty_of_the_role_is_the_role(company: CompanyProfile) -> None:
    assert "Network Planning Analyst" in _used(company, DUTY)
    assert "Network Planning Analyst" not in _used(company, BEFORE)


def test_a_news_line_reads_inside_a_sentence(company: CompanyProfile) -> None:
    assert company.placeholders()["news"].startswith("in March 2026 we opened")
