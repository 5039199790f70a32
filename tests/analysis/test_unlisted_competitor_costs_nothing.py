"""A competitor the profile does not list is named, not charged as a fact got wrong (breaker15
B15: a real operator the candidate knew of, left out of their own profile, cost 15 points and
"Get the facts right before the day", so an answer that knew the market scored below one that
knew nothing). The profile is the candidate's notes of the rivals they researched, not all of
the market: the note says so and asks them to add the rival if it is one. A month or a figure
the profile contradicts still costs its points. Profile and answers are new text of our own."""

from __future__ import annotations

from simulator.analysis.company_answer import WRONG_FACT_POINTS, judge_company_answer
from simulator.analysis.company_facts import check_facts

COMPANY = "Harrowgate Laundry Services"
NEWS = ("In April we took over the linen contract for the county's four hospitals.",)
RIVALS = ("Brightwash", "Celtic Linen")
QUESTION = "What do you know about us?"


def _judge(answer: str):  # type: ignore[no-untyped-def]
    facts = check_facts(answer, company=COMPANY, news=NEWS, competitors=RIVALS,
                        role="Wash Floor Supervisor", question=QUESTION)
    return facts, judge_company_answer(answer, QUESTION, facts=facts.to_dict())


KNOWS_THE_MARKET = (
    "In April you took over the linen contract for the four hospitals in the county. Your "
    "competitors are Brightwash and Celtic Linen, and also Northern Laundry Group on the hotel "
    "work. As wash floor supervisor I would plan the hospital loads first."
)


def test_a_rival_the_profile_does_not_list_costs_nothing() -> None:
    facts, judgment = _judge(KNOWS_THE_MARKET)
    # The check still hears it as a name said as a competitor...
    assert any("Northern Laundry Group" in m.note for m in facts.wrong)
    # ...but it is no fact got wrong: no points, no "get the facts right".
    assert judgment.wrong == ()
    assert judgment.points_lost()["specificity"] == 0
    assert not any(tip.startswith("Get the facts right") for tip in judgment.tips())
    assert any("Northern Laundry Group" in tip and "add them to the profile" in tip
               for tip in judgment.tips())
    assert "wrong" not in judgment.summary


def test_a_wrong_month_still_costs_its_points() -> None:
    _, judgment = _judge(KNOWS_THE_MARKET.replace("In April", "In June"))
    assert len(judgment.wrong) == 1
    assert judgment.points_lost()["specificity"] == WRONG_FACT_POINTS
