"""breaker8 D7 and D8, in answers of our own: an outcome set against what it was without "from X
to Y" ("day three instead of day eight", "one day, before it took a full week") is a measured
result, so no tip asks for the number it gives; and own actions told in the present
progressive, or several sharing one "I", count as owned, so the same story in a learner's
tenses keeps the same ownership points."""

from __future__ import annotations

import pytest

from simulator.analysis.flaws import measured
from tests.support.answers import typed_to

QUESTION = "Tell me about a time you fixed a process that was slowing everyone down."

SCENE = (
    "In my last job at a customs brokerage in Rotterdam the release of containers was always "
    "slow and the shipping lines were phoning us every day about it. My team lead asked me to "
    "find where the time went and shorten it before the summer peak. "
)


_analyze = typed_to(QUESTION)


ASKS_FOR_A_NUMBER = "If you have a number for the result"


@pytest.mark.parametrize(
    "result",
    [
        "Now a container is released on day three instead of day eight.",
        "After that the paperwork took one afternoon instead of a whole week.",
        "Since then we release on the second working day, before it was the seventh.",
        "now release is happening in one day, before it was taking a full week",
    ],
)
def test_an_outcome_set_against_what_it_was_is_measured(result: str) -> None:
    analysis = _analyze(
        SCENE + "I mapped every step with the clerks, removed the double check of the "
        "invoices, and set up a shared inbox for the lines. " + result
    )
    assert analysis.star.parts["R"].present
    assert not any(tip.startswith(ASKS_FOR_A_NUMBER) for tip in analysis.tips)
    assert "no_metrics" not in analysis.flaw_codes
    assert analysis.score_parts.specificity == 0


@pytest.mark.parametrize(
    "text",
    [
        "we used a van instead of a truck",
        "i took the bus home at half four instead of half six",
        "the team was much calmer afterwards",
    ],
)
def test_a_choice_or_a_time_is_not_measured(text: str) -> None:
    assert not measured(text)


PAST = (
    "Last winter I was the only pharmacist on the late shift because my colleague was ill. "
    "The manager told me I must clear forty prescriptions before closing. I sorted them by "
    "urgency, I phoned three surgeries about the unclear doses, and I asked the trainee to "
    "label while I checked. Every prescription went out before closing and no patient came "
    "back with a wrong dose."
)
PROGRESSIVE = (
    "Last winter I am the only pharmacist on the late shift because my colleague is being ill. "
    "The manager is telling me I must clear forty prescriptions before closing. I am sorting "
    "them by urgency, I am phoning three surgeries about the unclear doses, and I am asking the "
    "trainee to label while I check. Every prescription is going out before closing and no "
    "patient is coming back with a wrong dose."
)


def test_a_story_in_the_present_progressive_owns_its_actions_as_in_the_past() -> None:
    past, progressive = _analyze(PAST), _analyze(PROGRESSIVE)
    assert past.score_parts.ownership == 0
    assert progressive.score_parts.ownership == past.score_parts.ownership


def test_actions_sharing_one_i_are_each_owned() -> None:
    shared = _analyze(
        "At the food bank in Leicester our Saturday queue went round the block and people "
        "waited two hours in the cold. As the volunteer lead I had to get the wait down before "
        "December. I split the tables by surname, printed numbered tickets, and trained two "
        "new volunteers on the tablet sign-in. By December nobody waited more than twenty "
        "minutes."
    )
    one = _analyze(
        "At the food bank in Leicester our Saturday queue went round the block and people "
        "waited two hours in the cold. As the volunteer lead I had to get the wait down before "
        "December. I split the tables by surname. By December nobody waited more than twenty "
        "minutes."
    )
    assert shared.score_parts.ownership == 0
    assert one.score_parts.ownership > 0


def test_feelings_after_a_comma_are_no_deeds() -> None:
    analysis = _analyze(
        "At the food bank in Leicester our Saturday queue went round the block and people "
        "waited two hours in the cold. As the volunteer lead I had to get the wait down before "
        "December. I stayed late, tired and stressed, and worried about the next week. By "
        "December nobody waited more than twenty minutes."
    )
    assert analysis.score_parts.ownership > 0
