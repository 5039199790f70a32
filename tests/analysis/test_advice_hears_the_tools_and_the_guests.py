"""No tip asks for what the answer already has (issue 13 item 3), in registers people use: a
peer's "say the tools and the habits" is not given to notes that tell a one-page cheat sheet or
a log kept every night, nor "say who you worked with" to "I met them in two small groups"
(breaker10 D15); a senior leader's "say what it meant for customers" is not given to a hotel
story told in guests and a review score, nor to "nine percent less fuel" (breaker10 D18).
Answers of our own."""

from __future__ import annotations

from simulator.interview.banks import find_question
from tests.support.audience import audience_fit

# Notes with S/T/A/R headers, a night-shift stock room.
CHEAT_SHEET = (
    "Situation - new colleague on nights, lost with the stock system.\n"
    "Task - I was asked to buddy her.\n"
    "Action - sat with her 3 nights, wrote a one-page cheat sheet, let her do the counts while "
    "I checked.\n"
    "Result - after 2 weeks she did the counts alone, zero errors in the month audit."
)
# A second-language speaker on a hotel desk, present tense for the scene.
HOTEL = (
    "I am working in a hotel reception since three years. The check-in was very slow on Friday "
    "evenings, guests were waiting twenty minutes and writing bad reviews. I proposed to the "
    "manager that we send the check-in form by email the day before. I prepared the email "
    "template, I tested it with ten guests and then I trained my three colleagues. Now the "
    "Friday waiting is under five minutes and our review score went from 7.9 to 8.6 in that "
    "quarter."
)
# Told with no tool, no habit and no customer: the tips still come.
BARE = (
    "Last year a new colleague joined our team and she was struggling. I was asked to help "
    "her. I talked to her and I showed her what to do. After two weeks she was fine."
)


def test_a_peer_hears_a_cheat_sheet_as_the_practical_detail() -> None:
    spoken, missed = audience_fit(CHEAT_SHEET, find_question("behavioral/teamwork-help"), "peer")
    assert "Day-to-day work" in spoken and "Day-to-day work" not in missed


def test_a_senior_leader_hears_guests_and_a_review_score_as_business_impact() -> None:
    spoken, _ = audience_fit(HOTEL, find_question("behavioral/initiative-improve"),
                             "senior-leader")
    assert "Business impact" in spoken


def test_a_story_without_them_is_still_told_to_add_them() -> None:
    question = find_question("behavioral/teamwork-help")
    assert "Day-to-day work" in audience_fit(BARE, question, "peer")[1]
    assert "Business impact" in audience_fit(BARE, question, "senior-leader")[1]


# A bakery chain's new ordering rule, the store managers against it.
SMALL_GROUPS = (
    "In 2022 at a bakery chain I brought in a rule that every store order goes in by noon. The "
    "nine store managers did not like it, they said it would rush them. I met them in two small "
    "groups, I listened, and I changed the rule so a late order can still go in with a phone "
    "call. After six weeks every store was using it and the managers were happier with it."
)
FUEL = (
    "My colleague and I did not agree on the delivery routes. He wanted the drivers' own "
    "routes, I wanted the software routes we had already paid for. We ran both for a month. At "
    "the end of the month the software routes used nine percent less fuel and the drivers "
    "finished on time more often, so he agreed to use them at his other depots."
)


def test_a_peer_hears_meeting_them_in_small_groups_as_collaboration() -> None:
    spoken, _ = audience_fit(SMALL_GROUPS, find_question("behavioral/change-lead"), "peer")
    assert "Collaboration" in spoken


def test_a_senior_leader_hears_fuel_saved_as_business_impact() -> None:
    spoken, _ = audience_fit(FUEL, find_question("behavioral/conflict-peer"), "senior-leader")
    assert "Business impact" in spoken
