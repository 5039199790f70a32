"""Company facts in typed notes and short phrases: a month written short ("Sept", "Oct"), a
percentage in a bullet ("sales +18%"), a competitor listed beside a listed one ("Dalesway, Arla",
"bigger than Dalesway and Lidl") are checked against the profile like prose is, and a fact told
wrongly is never counted as used. A real profile file; answers in several registers."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company

PROFILE = """\
name = "Northwick Dairy"
news = [
  "We opened our second bottling plant in September 2025.",
  "Sales rose 8% last year to 90 million pounds.",
]
competitors = ["Moorfield Milk", "Dalesway"]

[[values]]
name = "Fresh every day"

[role]
title = "Planning Analyst"
"""

PLANT = "We opened our second bottling plant in September 2025."
SALES = "Sales rose 8% last year to 90 million pounds."


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "northwick.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


# Notes typed in the box, one bullet a line; and the same notes as the terminal joins them.
WRONG_NOTES = "- 2nd bottling plant, opened Oct\n- sales +18%\n- rivals: Dalesway, Arla"


@pytest.mark.parametrize("answer", [WRONG_NOTES, WRONG_NOTES.replace("\n", " ")])
def test_wrong_facts_in_bullets_are_caught_and_not_used(
    company: CompanyProfile, answer: str
) -> None:
    found = company.fact_check(answer)
    said = {(m.said, m.profile_says) for m in found.wrong}
    assert ("Oct", "September") in said
    assert ("18%", "8%") in said
    assert ("Arla", "Moorfield Milk, Dalesway") in said
    used = {f.text for f in found.used}
    assert PLANT not in used and SALES not in used
    assert used == {"Dalesway"}
    # A wrong news line is wrong only: not missed either.
    assert not {PLANT, SALES} & {f.text for f in found.missed}


def test_an_unlisted_name_beside_a_listed_competitor_is_flagged(
    company: CompanyProfile,
) -> None:
    # Chatty, no word like "competitor" in it.
    answer = "honestly you lot are way bigger than Dalesway and Lidl round here, everyone says so"
    said = {m.said for m in company.fact_check(answer).wrong}
    assert said == {"Lidl"}


def test_right_facts_in_short_notes_are_used(company: CompanyProfile) -> None:
    answer = (
        "* 2nd plant opened Sept 2025 (bottling)\n* sales up 8 per cent\n"
        "* compete w/ Moorfield Milk + Dalesway\n* I'd be the Planning Analyst"
    )
    found = company.fact_check(answer)
    assert found.wrong == (), [m.note for m in found.wrong]
    assert {f.text for f in found.used} >= {PLANT, SALES, "Moorfield Milk", "Dalesway",
                                             "Planning Analyst"}


def test_a_short_month_that_is_another_word_is_no_month(company: CompanyProfile) -> None:
    # "mar" and "dec" in lower case are not months; "may" in lower case is a verb.
    answer = "The second bottling plant may open more lines, nothing should mar that."
    found = company.fact_check(answer)
    assert found.wrong == ()
