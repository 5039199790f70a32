""""Why are you leaving?" judged for what a recruiter hears (breaker16 D28): running the
employer down is a fault of what the answer says (specificity, not delivery) and, with no reason
about this role beside it, it falls under a retake; "the company", "the team" of the job being
left tie nothing to the new one; a short answer that gave no example is not told to add "one
more detail of the example you gave"; "I need" is no example. New answers of our own."""

from __future__ import annotations

from simulator.analysis.answer import COMPLAINT_TIP
from simulator.storage.views import RETAKE_BELOW
from tests.support.answers import typed as _analyse

LEAVING = "Why are you looking to leave your current job?"
TIED_PRAISE = "Your reasons are tied to this role and company: keep them that specific."


def test_running_the_employer_down_is_a_content_fault_under_a_retake() -> None:
    told = _analyse(
        "To be frank, the place is falling apart. My boss is useless, he shouts at people in "
        "front of customers and he never listens to anybody on the floor. The team is down to "
        "four people and the company keeps cutting corners. I just want out, any job would be "
        "better than staying there another winter.", LEAVING)
    assert COMPLAINT_TIP in told.tips
    assert TIED_PRAISE not in told.tips
    complaint = [r for r in told.points_why if "complains" in r.why]
    assert [r.part for r in complaint] == ["specificity"], told.points_why
    assert told.score < RETAKE_BELOW, told.points_why


def test_a_complaint_beside_a_reason_for_this_role_still_passes() -> None:
    told = _analyse(
        "Partly because the pay is too low where I am, I will be honest. But mostly because this "
        "role lets me run the cold chain for a whole region. I have spent three years doing it "
        "for one warehouse, I know the fridges, the drivers and the paperwork inside out, and "
        "I would like to do the same across the twelve sites you run, with the planning tools "
        "you have already built, so your network is the next step I want.", LEAVING)
    assert COMPLAINT_TIP in told.tips
    assert told.score >= RETAKE_BELOW, told.points_why


def test_money_alone_is_not_tied_to_this_role_and_no_example_is_asked_for() -> None:
    told = _analyse(
        "Honestly it is the salary. I have been a lab technician for six years and I am paid "
        "well under what others get for the same work. I need more than I earn now, we are "
        "saving for a flat. The team is nice enough.", LEAVING)
    assert TIED_PRAISE not in told.tips
    assert any(r.why == "nothing ties it to this role or company" for r in told.points_why)
    assert not any("example" in tip for tip in told.tips), told.tips
    assert "example" not in told.gives


def test_a_reason_about_this_role_is_still_praised_as_tied() -> None:
    told = _analyse(
        "I have run the night shift rota for two years and I know it well now. I want to plan "
        "for a whole site, because that is where the rota problems start, and this role is "
        "exactly that.", LEAVING)
    assert TIED_PRAISE in told.tips
    assert not any(r.part == "specificity" for r in told.points_why), told.points_why


def test_preferences_in_the_day_are_no_real_example_of_how_you_work() -> None:
    told = _analyse(
        "I work best with a clear goal for the week and a lead who is easy to reach. I like a "
        "couple of hours in the day with no meetings, because writing test plans needs a quiet "
        "head, and I like teams that say problems out loud early.",
        "What kind of working environment brings out your best work?", question_kind="culture")
    assert "example" not in told.gives
    assert not any(tip.startswith("A real example backs") for tip in told.tips), told.tips
