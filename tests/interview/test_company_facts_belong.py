"""A figure is checked against the news item it belongs to, the summary credits the facts the
answer told (not the topics it touched), and "linked to the role" comes from talking about the
job, never from repeating a news item that shares words with the role's title. Real profile
file, the plan's own questions, the judge the room and the CLI use."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company
from tests.interview.company_answers import stored_company_answer

PROFILE = """\
name = "Vistula Cold Chain"
news = [
    "In June 2024 we opened a cold-store depot in Gdansk.",
    "We lowered returned orders by 11% in 2023.",
]
competitors = ["Frostline", "Baltic Reefer"]

[[values]]
name = "Keep it cold"

[role]
title = "Charge Nurse, Renal Unit"
expectations = ["Run the dialysis chair rota for twelve chairs"]
"""
# A role far from the news on purpose below: a second profile whose news shares the title's words.
CLINIC = """\
name = "Harrowgate Kidney Centre"
news = ["In May 2026 we opened a new renal unit with 12 dialysis chairs."]

[role]
title = "Charge Nurse, Renal Unit"
expectations = ["Run the dialysis chair rota every shift"]
"""


def _profile(tmp_path: Path, text: str, name: str) -> CompanyProfile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_company(path)


@pytest.fixture
def vistula(tmp_path: Path) -> CompanyProfile:
    return _profile(tmp_path, PROFILE, "vistula.toml")


def _facts(company: CompanyProfile, text: str, *, market: bool = False) -> dict:
    return stored_company_answer(company, text, persona_id="recruiter", market=market)


def _news(stored: dict, key: str) -> list[str]:
    return [f["text"] for f in stored["company_facts"][key] if f["kind"] == "news"]


def test_a_year_said_about_one_news_item_is_not_held_against_another(
    vistula: CompanyProfile,
) -> None:
    # Terse, lower case: the 2023 belongs to the returns figure, not to the Gdansk depot (2024).
    stored = _facts(vistula, "in 2023 u lowered returned orders 11 percent, good for depots")
    assert stored["company_facts"]["wrong"] == []
    assert _news(stored, "used") == ["We lowered returned orders by 11% in 2023."]
    assert "In June 2024 we opened a cold-store depot in Gdansk." in _news(stored, "missed")
    assert "Get the facts right" not in " ".join(stored["tips"])


def test_two_news_items_in_one_sentence_each_keep_their_own_figures(
    vistula: CompanyProfile,
) -> None:
    # Run-on, both right, the sentence ending on a year before the next one (no bullet).
    right = (
        "Well you opened the cold store depot in Gdansk in June 2024 and you lowered returned "
        "orders by 11% in 2023.\nYou compete with Frostline and Baltic Reefer mostly."
    )
    stored = _facts(vistula, right)
    assert stored["company_facts"]["wrong"] == []
    assert len(_news(stored, "used")) == 2
    # One figure really wrong: it is named against its own item, the other item stays used.
    wrong = right.replace("June 2024", "June 2025")
    stored = _facts(vistula, wrong)
    (mismatch,) = stored["company_facts"]["wrong"]
    assert (mismatch["said"], mismatch["profile_says"]) == ("2025", "2024")
    assert mismatch["text"] == "In June 2024 we opened a cold-store depot in Gdansk."
    assert _news(stored, "used") == ["We lowered returned orders by 11% in 2023."]


def test_touching_a_news_items_topic_is_not_telling_it(vistula: CompanyProfile) -> None:
    # The market question quotes the Gdansk news; the answer speaks about it ("the depot up
    # north") and about returned orders in general, never the 11% cut.
    stored = _facts(
        vistula,
        "A depot that far north makes the returned orders harder, the vans come back full. "
        "Against Frostline you win on returned orders if the data is clean.",
        market=True,
    )
    assert _news(stored, "used") == ["In June 2024 we opened a cold-store depot in Gdansk."]
    # Not told, and not missed either: the market question asked about Gdansk alone.
    assert _news(stored, "missed") == []
    summary = stored["company_answer"]["known"]
    assert "news: We lowered returned orders by 11% in 2023." not in summary


def test_repeating_a_news_item_is_no_link_to_the_role(tmp_path: Path) -> None:
    clinic = _profile(tmp_path, CLINIC, "clinic.toml")
    news_only = _facts(clinic, "You opened a new renal unit in May 2026 with 12 dialysis chairs.")
    assert news_only["company_answer"]["role_link"] == ""
    assert news_only["company_answer"]["summary"].endswith("no link to the role")
    assert "Link it to the role" in " ".join(news_only["tips"])
    job = _facts(
        clinic,
        "You opened a new renal unit in May 2026 with 12 dialysis chairs. As charge nurse I "
        "would run the chair rota so no chair stands empty on a late shift.",
    )
    assert job["company_answer"]["role_link"]
    assert job["score"] > news_only["score"]
    for stored in (news_only, job):
        linked = bool(stored["company_answer"]["role_link"])
        missed = [f for f in stored["company_facts"]["missed"] if f["kind"] == "role"]
        assert linked != bool(missed), stored["company_answer"]
