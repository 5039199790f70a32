"""Small things a new user saw about answers on the company (breaker14 B24): the market question's
answer was summed up as "(what you know about us)", and a 36/100 answer about the company showed
"Flaws: none" in the summary table, since it is judged without STAR flaws."""

from __future__ import annotations

from dataclasses import replace

from simulator.interview.company import CompanyProfile, CompanyValue
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.interview.plan import company_question
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView, company_review

PROFILE = CompanyProfile(
    name="Fenwick Dairies",
    values=(CompanyValue("Cold all the way", "", ("cold", "chilled")),),
    competitors=("Brookside Milk",),
    news=("In April we took over the Hexham depot.",),
    role_title="Depot Planner",
    role_expectations=("Plan the morning rounds",),
)


def _judged(question_id: str, text: str, number: int = 1) -> AnswerView:
    persona = get_persona("hiring-manager")
    question = company_question(question_id, PROFILE, persona)
    assert question is not None
    _, stored = judge(analysis_request(question, persona, PROFILE), Transcript.from_text(text))
    view = AnswerView.from_parts(stored, {"text": text})
    return replace(view, question_id=question_id, number=number)


def test_the_market_answer_is_named_for_what_it_was_asked() -> None:
    market = _judged("company/know-market",
                     "Hexham puts you nearer the farms than Brookside Milk, so rounds start "
                     "sooner.")
    knows = _judged("company/know-us", "You took over Hexham in April and you sell milk.", 2)
    lines = company_review([market, knows], {1: "1", 2: "2"})
    assert any("(the news and competitors) used" in line for line in lines), lines
    assert any("(what you know about us) used" in line for line in lines), lines


def test_a_low_company_answer_names_what_it_lost_points_for() -> None:
    vague = (
        "You are a company that does dairy things, I think. To be honest I did not have much "
        "time to look you up before today, but I know that people round here drink a lot of "
        "milk and that the farms need someone to buy from them. I have always liked working "
        "early in the morning and I get on with most people, so I think I would fit in well "
        "wherever I was put."
    )
    view = _judged("company/know-us", vague)
    assert view.score is not None and view.score < 60
    assert not view.flaws
    assert view.flaws_cell != "none"
    assert "nothing specific about them named" in view.flaws_cell
