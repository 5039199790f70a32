"""News typed as headlines ("Opened a new cross-dock hub in Rotterdam in October", one a line in
the company form) is said as an interviewer of that company would say it: "You'll know that we
opened a new cross-dock hub ...", not pasted in ("You'll know that Opened a new ..."), in the
persona's introduction, in the news question and so in what is stored and listed in History
(breaker8 D16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.company import as_clause, load_company
from simulator.interview.personas import load_personas

# Pasted from a careers page and a trade newsletter, headline case, no subjects.
PROFILE = """\
name = "Halden Medical Couriers"
news = ["Launched a night run for hospital labs across Tyneside", "Named Courier of the Year 2026"]
competitors = ["Nightingale Express", "Cura Logistics Ltd"]
[[values]]
name = "Every sample counts"
[role]
title = "Route Planning Lead"
"""


@pytest.mark.parametrize(
    ("headline", "said"),
    [
        ("Launched a night run for hospital labs across Tyneside.",
         "we launched a night run for hospital labs across Tyneside"),
        ("Opens second depot in Gateshead", "we open second depot in Gateshead"),
        ("Named Courier of the Year 2026", "we were named Courier of the Year 2026"),
        ("Won the regional blood transport tender", "we won the regional blood transport tender"),
        # Already a sentence: a name stays, an ordinary first word is lower-cased.
        ("Halden bought a fleet of e-vans", "Halden bought a fleet of e-vans"),
        ("In May we moved to 24/7 dispatch", "in May we moved to 24/7 dispatch"),
        # An adjective in "-ed", not a verb: the verb comes after.
        ("Automated sorting opened at the hub", "Automated sorting opened at the hub"),
    ],
)
def test_a_headline_is_said_as_a_clause(headline: str, said: str) -> None:
    assert as_clause(headline) == said


def test_the_interviewers_say_the_news_as_a_person_would(tmp_path: Path) -> None:
    path = tmp_path / "halden.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    personas = load_personas().items
    leader = personas["senior-leader"]
    intro = leader.in_field_of(company).introduce(company, asking=True, second_round=False)
    assert "You'll know that we launched a night run for hospital labs across Tyneside." in intro
    market = plan.company_market_question(company, leader)
    assert market is not None
    assert "that we launched a night run" in market.text or "news: we launched" in market.text
    assert "Launched" not in market.text
    mock = plan.full_mock([leader], load_banks().items, count=6, company=company, seed=3)
    spoken = " ".join(turn.spoken_text for turn in mock.turns)
    assert "that Launched" not in spoken and "news: Launched" not in spoken
