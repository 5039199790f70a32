"""A senior leader hears the bigger picture in a story tied to the company's own news or to what
its board did with the result, not only in the words "strategy" or "long term" (breaker7 D6).
Real persona file, real profile file, real judge."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.banks import find_question
from simulator.interview.company import CompanyProfile, load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

PROFILE = """\
name = "Fenmoor Care Group"
news = ["In June 2026 Fenmoor took over the Ashby Lane care homes."]

[[values]]
name = "Residents at home"
"""

# A care home deputy, short sentences, present tense slipping in.
TAKEOVER = (
    "Headline: falls at night went down by half. In 2025 no one owned the night checks in our "
    "home. I took it. I make a simple round sheet, I move the checks to every two hours and I "
    "train the night carers. When Fenmoor took over the Ashby Lane homes, my round sheet is "
    "what they gave to the new homes first."
)
BOARD = (
    "Headline: falls at night went down by half. In 2025 no one owned the night checks in our "
    "home. I took it. I make a simple round sheet, I move the checks to every two hours and I "
    "train the night carers. Later the board adopted the sheet for all twelve homes."
)
ONLY_HOME = (
    "Headline: falls at night went down by half. In 2025 no one owned the night checks in our "
    "home. I took it. I make a simple round sheet, I move the checks to every two hours and I "
    "train the night carers. The carers liked it and the families noticed."
)


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "fenmoor.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _missed(company: CompanyProfile, answer: str) -> list[str]:
    question = find_question("behavioral/initiative-gap")
    request = analysis_request(question, get_persona("senior-leader"), company)
    analysis, _ = judge(request, Transcript.from_text(answer))
    assert analysis.audience_fit is not None
    return [m.id for m in analysis.audience_fit.missed]


def test_a_story_tied_to_the_companys_news_has_the_bigger_picture(
    company: CompanyProfile,
) -> None:
    assert "strategy" not in _missed(company, TAKEOVER)


def test_a_story_the_board_took_up_has_the_bigger_picture(company: CompanyProfile) -> None:
    assert "strategy" not in _missed(company, BOARD)


def test_a_story_kept_inside_one_home_still_misses_it(company: CompanyProfile) -> None:
    assert "strategy" in _missed(company, ONLY_HOME)
