"""An answer about the company is judged on what it says of them (breaker15 B15): to "How does
that change things for us against …?", the news's words told only of the candidate's own life
("I had my knee done in a day unit") answer nothing about them, and no longer score twice a
prepared answer that slips twice; and a figure said in words ("four hundred thousand
households") is the profile's "400,000", not "four" got wrong. Profile and answers are new text
of our own, judged as a session stores them."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company
from tests.interview.company_answers import stored_company_answer

PROFILE = """\
name = "Larkfield Health"
news = ["In June Larkfield opened a new day surgery unit in Preston.",
        "Larkfield now sends reminders to 400,000 patients by text."]
competitors = ["Northmoor Clinics"]

[[values]]
name = "Say it straight"

[role]
title = "Ward Systems Lead"
expectations = ["Run the ward rota system", "Train the night staff"]
"""

OWN_LIFE = (
    "Day surgery is great, honestly. I had my knee done in a day unit two years ago and I was "
    "home by teatime, and my mother had her cataracts done the same way last spring. My kids "
    "were amazed I could walk to the car. I think more people will want that kind of thing, "
    "because nobody likes staying in hospital overnight."
)
ABOUT_THEM = (
    "The new day surgery unit in Preston takes the short operations out of the main hospital, "
    "so you can offer dates in weeks where Northmoor Clinics still quotes months. For the ward "
    "systems it means the rota has to cover a second site with the same night staff."
)


@pytest.fixture
def larkfield(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "larkfield.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _stored(company: CompanyProfile, text: str, *, market: bool) -> dict:
    return stored_company_answer(company, text, persona_id="senior-leader", market=market)


def test_the_news_told_of_your_own_life_does_not_answer_what_it_means_for_them(
    larkfield: CompanyProfile,
) -> None:
    off = _stored(larkfield, OWN_LIFE, market=True)
    assert off["company_facts"]["used"] == []
    assert any(tip.startswith("Answer what was asked") for tip in off["tips"]), off["tips"]
    on = _stored(larkfield, ABOUT_THEM, market=True)
    assert {f["kind"] for f in on["company_facts"]["used"]} >= {"news", "competitor"}
    assert on["score"] >= off["score"] + 30, (on["score"], off["score"])


@pytest.mark.parametrize(("said", "wrong"), [
    ("four hundred thousand", False),
    ("400,000", False),
    ("three hundred thousand", True),
])
def test_a_figure_said_in_words_is_checked_as_the_number(
    larkfield: CompanyProfile, said: str, wrong: bool
) -> None:
    text = (f"You send reminders to {said} patients by text now, and Northmoor Clinics still "
            "posts letters. For a ward systems lead that means the rota can go out by text too.")
    stored = _stored(larkfield, text, market=False)
    notes = [f["note"] for f in stored["company_facts"]["wrong"]]
    assert bool(notes) is wrong, notes
    if wrong:
        assert "three hundred thousand" in notes[0]
