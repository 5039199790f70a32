"""A company value is linked to an answer that shows it, not to a word it says in passing.
Colleagues grumbling about a teammate are no customers' complaint; clients only counted as the
scenery of a story ("trailers came back light from the same four clients") show nothing of a
value about customers; a verb every story uses ("kept leaving his paperwork") is no sign of
"Keep it lean". Real profile file, the links the room, summary and export show, and the fact
check of a company answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company

PROFILE = """\
name = "Tarrant Haulage"
competitors = ["Moorgate Freight"]

[[values]]
name = "Customers notice it first"

[[values]]
name = "Keep it lean"
"""


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "tarrant.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


INCIDENTAL = (
    "On the night shift one driver, Pawel, kept leaving his paperwork to the rest. "
    "I could see the others were grumbling and complaining about him every morning. "
    "The trailers also came back light from the same four clients, twice a week. "
    "I sat with Pawel, we split the paperwork by route, and within a month the moaning "
    "stopped."
)


def test_words_said_in_passing_link_no_value(company: CompanyProfile) -> None:
    assert company.connections(INCIDENTAL) == []
    check = company.fact_check(INCIDENTAL)
    assert not [f for f in check.used if f.kind == "value"]


def test_a_value_shown_is_still_linked(company: CompanyProfile) -> None:
    shown = (
        "I rang every client whose delivery slipped before they noticed it, and our "
        "complaints fell by half. I also kept the loading sheet lean: three fields "
        "instead of nine."
    )
    names = {link.value.name for link in company.connections(shown)}
    assert names == {"Customers notice it first", "Keep it lean"}
    assert {f.text for f in company.fact_check(shown).used if f.kind == "value"} == names
