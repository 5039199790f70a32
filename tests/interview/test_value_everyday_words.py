"""A value is not linked by an everyday word of its name or description (breaker16 D3): a
pronoun ("their" of "Patients can always reach their nurse"), a modal ("could"), a verb every
story uses ("say" of "Say it straight": "too embarrassed to say why"). What the name is about
links it: a story told to the value's own question that rewrote letters "in plain English" shows
"Say it straight", is connected to it and is not told to tie the story back. Profile and answers
are new text of our own; the real profile file, the real judging."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.banks import load_banks
from simulator.interview.company import CompanyProfile, load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.plan import company_value_question
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView

PROFILE = """\
name = "Larkfield Health"
news = ["In June Larkfield opened a new day surgery unit in Preston."]

[[values]]
name = "Patients can always reach their nurse"
description = "Every change is judged by whether a patient could get help during it."

[[values]]
name = "Say it straight"
"""

# A garage's van, fixed for "their" owner: nothing of patients reaching a nurse.
THEIR_VAN = (
    "At a garage in Bolton a customer's van kept failing its emissions test. I took their van "
    "for a longer road test, I swapped the sensor, and I rang the parts supplier about the "
    "batch. It passed that afternoon."
)
# A care home's carer "too embarrassed to say why": nothing of saying it straight.
TOO_SHY_TO_SAY = (
    "At a care home in Leigh one of the night carers kept missing the medicine round, and she "
    "was too embarrassed to say why. I sat down with her after a shift, I found out her bus did "
    "not run that late, and I arranged a lift with a colleague. I told the others so they could "
    "plan around it, and she has not missed a round since."
)
# "could" and a description noun in a story about something else.
COULD = (
    "At a council office in Wigan our printers jammed every morning. I moved the printers away "
    "from the radiator, I made every change to the paper order myself, and I showed the staff "
    "how they could clear a jam. The jams stopped within a week."
)
# The value's own story: letters rewritten in plain words.
PLAIN_LETTERS = (
    "At a housing association in Salford our letters to tenants about rent arrears were two "
    "pages of legal wording, and people rang us in a panic because they did not understand them. "
    "It was my job to rewrite them. I cut each letter down to five short sentences in plain "
    "English, I put the amount owed and the date in bold at the top, and I tested the new letter "
    "on three tenants before we sent it out. Calls from worried tenants dropped by about half "
    "the next month, and two tenants thanked us for being clear."
)


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "larkfield.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _judged(company: CompanyProfile, question_index: int | None, answer: str):  # type: ignore[no-untyped-def]
    if question_index is None:
        questions = load_banks().items["behavioral"].questions
        question = next(q for q in questions if q.id == "behavioral/initiative-improve")
    else:
        question = company_value_question(company, question_index)
    request = analysis_request(question, None, company)
    analysis, stored = judge(request, Transcript.from_text(answer))
    assert analysis is not None
    view = AnswerView.from_parts(stored, Transcript.from_text(answer).to_dict())
    return [link.value for link in view.value_links], analysis.tips


@pytest.mark.parametrize("answer", [THEIR_VAN, TOO_SHY_TO_SAY, COULD],
                         ids=["their", "say", "could-change"])
def test_an_everyday_word_links_no_value(company: CompanyProfile, answer: str) -> None:
    links, _ = _judged(company, None, answer)
    assert links == []


def test_the_values_own_story_is_linked_and_not_told_to_tie_it_back(
    company: CompanyProfile,
) -> None:
    links, tips = _judged(company, 1, PLAIN_LETTERS)
    assert links == ["Say it straight"]
    assert not [tip for tip in tips if tip.startswith("Tie the story back")], tips
