"""Sentences the recognizer cut in other places than the speaker: a piece of the slip's sentence
cut off is no consequence of it (star._own_slip_story, `heard`), and the rest of an opening
sentence that says what the answer is about is no deed of the story (star._about_goes_on)."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from tests.support.answers import label_of, spoken

QUESTION = "Tell me about a mistake you made and what you did about it."

# New answers of our own in the recognizer's form: run-on commas, its own full stops, figures
# as digits.
SLIP_CUT_OFF = (
    "I was a fleet fitter at a bus depot in Hull, about 60 buses on the town routes, the depot "
    "manager gave me the tyre change for the winter during the quiet week in November. Four "
    "days because the routes could spare only four buses a day, I planned the change and "
    "ordered the tyres, but I did not check that the new tyres were the right size for our "
    "older buses. I trusted the supplier's list. On day one, we took the wheels off and the "
    "tyres did not fit. The change ran to seven days, and the council fined the company for the"
    " missed runs. I rang the supplier the same morning, found the right size and had them sent"
    " overnight. I worked the late shifts on the fitting myself, and I made a rule that every "
    "part for the old buses is checked against the old part when it comes in. The winter went "
    "by without a single tyre fault, and next year's change finished in three days."
)
OPENING_CUT_OFF = (
    "Thank you. Yes, I'll take you through the kitchen move, because it's the one where I "
    "learned the most. I was head chef at a hotel in York, and we were moving the whole kitchen"
    " to the new wing over one weekend, forty covers booked for the Sunday lunch. I was "
    "responsible for getting the kitchen cooking again by Sunday morning. I made a plan for "
    "every station with the porters, and I moved the cold room first so no stock was lost. On "
    "Saturday night I tested every oven myself and I ran a practice service with the team. "
    "Sunday lunch went out on time, all forty covers, and the manager used my plan for the bar "
    "move the month after."
)


def test_what_the_slip_caused_is_the_result_after_a_fragment_of_the_slip() -> None:
    analysis = analyze_answer(spoken(SLIP_CUT_OFF), question=QUESTION)
    assert label_of(analysis, "we took the wheels off and the tyres did not fit") == "R"
    assert label_of(analysis, "I rang the supplier the same morning") == "A"
    assert label_of(analysis, "I trusted the supplier's list") == "A"


def test_the_rest_of_the_sentence_saying_what_the_answer_is_about_is_no_part() -> None:
    analysis = analyze_answer(spoken(OPENING_CUT_OFF), question="Tell me about a big change.")
    assert label_of(analysis, "I learned the most.") == "other"
    assert label_of(analysis, "I was head chef at a hotel in York") == "S"
