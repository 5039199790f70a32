"""Answers to "what do you know about us" and "why here / why this role" are judged for what they
are: no STAR view or STAR flaw, a score from the profile's facts used and got wrong, the link to
the role and how specific they are; a wrong fact costs points and is never counted as used (a
rival the profile does not list is named, not charged: breaker15 B15); an answer judged again
without the profile (`reanalyze`) keeps its score. Real profile file, real banks, the judge the
room and the CLI use."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis.company_answer import WRONG_FACT_POINTS
from simulator.interview.banks import find_question
from simulator.interview.company import CompanyProfile, load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.interview.plan import company_knowledge_question
from simulator.speech.stt import Transcript

PROFILE = """\
name = "Pellow Garden Centres"
news = ["We opened our ninth centre, in Truro, in March 2026.", "Plant sales grew 7% last year."]
competitors = ["Greenacre", "Bloom & Root"]

[[values]]
name = "Grow with the seasons"

[role]
title = "Buying Assistant"
expectations = ["Place the weekly seed and bulb orders"]
"""


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "pellow.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


# Run-on, spoken, with two facts wrong (April for March, 17% for 7%) and a rival the profile
# does not list.
WRONG = (
    "so you opened the ninth centre in Truro in April this year and your plant sales grew 17% "
    "which is a lot and you're up against Greenacre and Hortico mostly and as a Buying "
    "Assistant I'd be placing the weekly seed and bulb orders which I did at my last job"
)
RIGHT = (
    WRONG.replace("April", "March").replace("17%", "7%").replace(" and Hortico", "")
)


def _judged(company: CompanyProfile, question_id: str, text: str) -> dict:
    persona = get_persona("hiring-manager")
    if question_id == "company/know-us":
        question = company_knowledge_question(company, persona)
    else:
        question = find_question(question_id)
    _, stored = judge(analysis_request(question, persona, company), Transcript.from_text(text))
    return stored


@pytest.mark.parametrize("question_id", ["company/know-us", "culture/why-this-role"])
def test_no_star_and_wrong_facts_cost_points(company: CompanyProfile, question_id: str) -> None:
    wrong = _judged(company, question_id, WRONG)
    right = _judged(company, question_id, RIGHT)
    for stored in (wrong, right):
        assert stored["question_kind"] == "company"
        assert stored["star"]["applies"] is False
        assert all(s["label"] == "other" for s in stored["star"]["segments"])
        assert not {f["code"] for f in stored["star"]["flaws"]} & {
            "no_situation", "no_task", "no_action", "no_result", "no_metrics", "we_not_i"
        }
        assert stored["company_answer"]["role_link"]
    said = {m["said"] for m in wrong["company_facts"]["wrong"]}
    assert said == {"April", "17%", "Hortico"}
    assert len(wrong["company_answer"]["wrong"]) == 2
    (unlisted,) = wrong["company_answer"]["unlisted"]
    assert "Hortico" in unlisted
    used = {f["text"] for f in wrong["company_facts"]["used"]}
    assert not any("ninth centre" in text or "Plant sales" in text for text in used)
    assert right["company_facts"]["wrong"] == []
    lost = wrong["score_parts"]["specificity"] - right["score_parts"]["specificity"]
    assert lost == 2 * WRONG_FACT_POINTS
    assert right["score"] - wrong["score"] >= 2 * WRONG_FACT_POINTS - 5  # and a shorter text
    assert wrong["tips"][0].startswith("Get the facts right")


def test_without_a_profile_it_is_judged_on_specifics_and_the_role(company: CompanyProfile) -> None:
    question = find_question("culture/why-this-company")
    request = analysis_request(question, get_persona("recruiter"))
    generic = "i think its a great company and a great opportunity and i am a team player"
    _, vague = judge(request, Transcript.from_text(generic))
    _, named = judge(request, Transcript.from_text(RIGHT))
    assert vague["star"]["applies"] is False and named["star"]["applies"] is False
    assert vague["company_answer"]["known"] == [] and not vague["company_answer"]["role_link"]
    assert named["company_answer"]["known"] and named["company_answer"]["role_link"]
    assert named["score"] > vague["score"] + 30


def test_reanalyze_without_the_profile_keeps_the_score(company: CompanyProfile) -> None:
    from dataclasses import replace

    from simulator.cli import main
    from simulator.storage.store import SessionStore
    from tests.storage.builders import make_turn, new_writer

    question = company_knowledge_question(company, get_persona("hiring-manager"))
    stored = _judged(company, "company/know-us", WRONG)
    store = SessionStore()
    writer = new_writer(store)
    turn = make_turn(1, question_id=question.id, text=WRONG, kind="company")
    writer.add_turn(replace(turn, analysis=stored, question_text=question.text,
                            transcript=Transcript.from_text(WRONG).to_dict()))
    session_id = writer.finish().id
    assert main(["reanalyze", session_id]) == 0
    (again,) = store.load(session_id).turns
    assert again.analysis["score"] == stored["score"]
    assert again.analysis["company_answer"]["wrong"] == stored["company_answer"]["wrong"]


def test_reanalyze_judges_an_older_know_us_answer_as_a_company_answer(
    company: CompanyProfile,
) -> None:
    """A session stored before the kind existed ("motivation", with a STAR view) is judged
    again as an answer about the company, and its turn says so."""
    from dataclasses import replace

    from simulator.cli import main
    from simulator.storage.store import SessionStore
    from simulator.storage.views import AnswerView
    from tests.storage.builders import make_turn, new_writer

    question = company_knowledge_question(company, get_persona("hiring-manager"))
    old = dict(_judged(company, "company/know-us", RIGHT))
    old.pop("company_answer")
    old["question_kind"] = "motivation"
    old["star"] = {**old["star"], "applies": True}
    store = SessionStore()
    writer = new_writer(store)
    turn = make_turn(1, question_id=question.id, text=RIGHT, kind="motivation")
    writer.add_turn(replace(turn, analysis=old, question_text=question.text,
                            transcript=Transcript.from_text(RIGHT).to_dict()))
    session_id = writer.finish().id
    assert main(["reanalyze", session_id]) == 0
    (again,) = store.load(session_id).turns
    assert again.question_kind == "company"
    assert again.analysis["star"]["applies"] is False and "company_answer" in again.analysis
    assert AnswerView.of(again).star_note.startswith("About the company:")
    (row,) = [r for r in store.history() if r.session_id == session_id]
    assert row.question_kind == "company"


def test_the_report_shows_the_judgment_not_star_labels(company: CompanyProfile) -> None:
    from simulator.analysis import render_report

    persona = get_persona("peer")
    request = analysis_request(company_knowledge_question(company, persona), persona, company)
    analysis, _ = judge(request, Transcript.from_text(WRONG))
    report = render_report(analysis)
    assert "About the company: " in report and "2 wrong" in report
    assert "[Other" not in report and "STAR" not in report
