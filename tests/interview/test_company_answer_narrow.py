"""A competitor said by the name it goes by ("DHL" for "DHL Supply Chain") is named, and a
narrow question about one piece of news is judged on what it asks, not on everything in the
profile (breaker8 D17: "missed competitor: DHL Supply Chain", and the market question scored
40 with six facts "missed" and "Name two things you found out about them")."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis.company_facts import short_name
from simulator.interview.company import CompanyProfile, load_company
from tests.interview.company_answers import stored_company_answer

# A careers page, copied into the form.
PROFILE = """\
name = "Brennan Pharma Logistics"
news = [
    "Opened a temperature-controlled hub in Dublin Port in August",
    "Won the HSE vaccine contract",
]
competitors = ["Movianto Ireland", "UPS Healthcare", "Uniphar Group"]
[[values]]
name = "Patients are waiting"
[role]
title = "Cold Chain Data Analyst"
expectations = ["Report temperature excursions to the quality team"]
"""


@pytest.fixture
def brennan(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "brennan.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _stored(company: CompanyProfile, text: str, *, market: bool) -> dict:
    return stored_company_answer(company, text, persona_id="senior-leader", market=market)


def _facts(stored: dict, key: str) -> list[str]:
    return [f"{f['kind']}: {f['text']}" for f in stored["company_facts"][key]]


def test_a_competitor_is_named_by_its_short_name(brennan: CompanyProfile) -> None:
    # Terse notes read out: the rivals by the names people use for them.
    said = (
        "dublin port hub since august, cold chain. vs movianto + ups mainly, and uniphar. "
        "you won hse vaccine deal too."
    )
    stored = _stored(brennan, said, market=False)
    used = _facts(stored, "used")
    for rival in ("Movianto Ireland", "UPS Healthcare", "Uniphar Group"):
        assert f"competitor: {rival}" in used
    assert not [f for f in _facts(stored, "missed") if f.startswith("competitor")]
    assert stored["company_facts"]["wrong"] == []  # "UPS" is no competitor made up


def test_a_short_name_is_a_word_only_that_company_goes_by() -> None:
    assert short_name("DHL Supply Chain") == "dhl"
    assert short_name("Maersk Logistics") == "maersk"
    assert short_name("Global Freight Partners") == ""  # "global" names many
    assert short_name("Kestrel") == ""  # one word: the whole name is the short one
    assert short_name("Cura Health", ["Cura Logistics", "Cura Health"]) == ""  # whose "Cura"?


def test_a_narrow_question_is_judged_on_what_it_asks(brennan: CompanyProfile) -> None:
    # Non-native, to the point, about the hub only: what it means for the work.
    said = (
        "The Dublin Port hub is putting more pallets through one place, so the temperature "
        "data from the hub becomes the most important for us. My worry is that one excursion "
        "there hits many hospitals in the same day."
    )
    stored = _stored(brennan, said, market=True)
    answer = stored["company_answer"]
    assert answer["asked"][0].startswith("news: Opened a temperature-controlled hub")
    missed = _facts(stored, "missed")
    # Only what the question named can be missed: not the other news, a value or the role.
    assert "news: Won the HSE vaccine contract" not in missed
    assert "value: Patients are waiting" not in missed
    assert "role: Cold Chain Data Analyst" not in missed  # "the temperature data" is the job
    assert answer["summary"].endswith("linked to the role")
    tips = " ".join(stored["tips"])
    assert "Name two things you found out" not in tips
    assert "Link it to the role" not in tips
    assert stored["score_parts"]["structure"] == 0


def test_a_narrow_answer_that_dodges_the_news_is_told_to_answer_it(
    brennan: CompanyProfile,
) -> None:
    said = "I think you are a great company and I like logistics very much, it is my passion."
    stored = _stored(brennan, said, market=True)
    tips = " ".join(stored["tips"])
    assert "Answer what was asked" in tips and "Dublin Port" in tips
    assert stored["score_parts"]["structure"] > 0
