"""Tips that asked for what the answer already had (breaker14 B15): a change the speaker has kept
up since a dated start, told in the present, was asked for "one concrete example" and for how
they worked with the people around them; an answer naming three facts about the company, all
wrong, was charged both for the wrong facts and for naming nothing, beside "Name two things you
found out about them"; "I talked to every driver" was asked to "say who you worked with"."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.company_answer import WRONG_FACT_POINTS, judge_company_answer
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

# A night-shift pharmacist on getting better at letting go of the controlled-drugs check.
IMPROVING = (
    "Handing work over. I always ran the controlled-drugs count myself because I trusted my "
    "own eyes. Since January I let one of the technicians run the count on Tuesdays and I go "
    "through the register with her after. It takes longer for now, but three technicians can "
    "now do the count without me."
)
QUESTION = "What is one thing you are actively working to get better at?"


def test_a_change_kept_up_since_a_date_is_an_example() -> None:
    analysis = analyze_answer(Transcript.from_text(IMPROVING), question=QUESTION,
                              question_kind="about_you",
                              audience=get_persona("hiring-manager").audience)
    assert "example" in analysis.gives
    tips = " ".join(analysis.tips)
    assert "concrete example" not in tips
    assert "Back it with one short real example" not in tips
    assert analysis.audience_fit is not None
    assert "Fit with the team" in analysis.audience_fit.spoken_to


def test_a_habit_with_no_date_is_still_no_example() -> None:
    plain = "Handing work over. I like to run the count myself because I trust my own eyes."
    analysis = analyze_answer(Transcript.from_text(plain), question=QUESTION,
                              question_kind="about_you")
    assert "example" not in analysis.gives


def test_facts_got_wrong_are_named_not_left_out() -> None:
    facts = {
        "used": [],
        "missed": [],
        "wrong": [{"note": "You said “June” where the profile says “May”."},
                  {"note": "You named “Acme” as a competitor; the profile lists Brightway."}],
    }
    judgment = judge_company_answer(
        "You opened a depot in June and Acme is your rival.", "What do you know about us?",
        facts=facts,
    )
    assert judgment.short == 0
    lost = judgment.points_lost()
    assert lost["specificity"] == 2 * WRONG_FACT_POINTS
    assert not any("nothing specific" in why for _, why, _ in judgment.points_why())
    assert not any(tip.startswith("Name two things") for tip in judgment.tips())
    # One wrong fact and nothing else named: one of the two wanted is still missing.
    one = judge_company_answer("You opened a depot in June.", "What do you know about us?",
                               facts={**facts, "wrong": facts["wrong"][:1]})
    assert one.short == 1
    assert any(tip.startswith("Name two things") for tip in one.tips())


def test_talking_to_every_driver_is_working_with_people() -> None:
    story = (
        "At the depot in Hull our vans left late most mornings. As the shift lead that was "
        "mine to fix. I moved the loading slots earlier and I talked to every driver about "
        "their first drop. Late departures fell from ten a week to two."
    )
    analysis = analyze_answer(Transcript.from_text(story),
                              question="Tell me about a time you improved something at work.",
                              audience=get_persona("peer").audience)
    assert analysis.audience_fit is not None
    assert "Collaboration" in analysis.audience_fit.spoken_to
