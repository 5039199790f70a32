"""A story shows a company value by what it tells, not by the value's exact word: spoilage cut and
unsold bread given away connect to "Waste nothing"; a hypothetical "if I had to reduce waste, I
would..." connects to nothing. The related words come from a plain data file the user can add
to in their data folder. Real profile file, real judge, the stored review read back."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.plan import company_value_question
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView

PROFILE = """\
name = "Saltmarsh Bakeries"

[[values]]
name = "Waste nothing"
description = "What we bake, we sell or give."

[[values]]
name = "Customers first"
"""

# A shop manager, second language, simple past mixed with present.
STORY = (
    "In 2023 I was manager in the Quay Street shop. Every evening a lot of bread was thrown away "
    "and the spoilage was near 18 percent. I check the sales for six weeks and I change the "
    "order for each weekday. After two months spoilage is down by a third, and the unsold "
    "loaves we gave to the food bank on Mill Road."
)
# The same words a hypothetical answer might use, but nothing told.
WOULD = (
    "If I had to reduce waste in a bakery, I would look at the orders first. I would probably "
    "donate what is left. I think this could cut waste by maybe 20 or 30 percent."
)


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "saltmarsh.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _links(company: CompanyProfile, answer: str) -> list[str]:
    request = analysis_request(company_value_question(company), None, company)
    _, stored = judge(request, Transcript.from_text(answer))
    view = AnswerView.from_parts(stored, Transcript.from_text(answer).to_dict())
    return [link.value for link in view.value_links]


def test_a_real_story_about_waste_connects_without_the_word(company: CompanyProfile) -> None:
    assert "waste" not in STORY.lower()
    assert _links(company, STORY) == ["Waste nothing"]


def test_a_hypothetical_gets_no_link(company: CompanyProfile) -> None:
    assert _links(company, WOULD) == []


def test_the_users_own_related_words_are_added(
    private_home: Path, tmp_path: Path
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "related_words.toml").write_text(
        '[[related]]\nword = "waste"\nmeans = ["compost"]\n', encoding="utf-8"
    )
    path = tmp_path / "saltmarsh.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    told = "Last spring I started a compost bin for the coffee grounds at our cafe."
    assert _links(company, told) == ["Waste nothing"]
    assert _links(company, STORY) == ["Waste nothing"]  # the built-in words still count


def test_a_broken_related_words_file_is_named_and_left_out(
    private_home: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "related_words.toml").write_text(
        '[[related]]\nword = "waste"\nmeans = "compost"\n', encoding="utf-8"
    )
    path = tmp_path / "saltmarsh.toml"
    path.write_text(PROFILE, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        company = load_company(path)
    assert "related_words.toml:3: related[0].means" in caplog.text
    assert _links(company, STORY) == ["Waste nothing"]
