"""A count set against another count is a measured result (closing note 6, "noticed": "His way
wasted 6 loaves a day, mine 2" got "If you have a number for the result… say it" and lost 5
for specificity). Before and after, one way against another, "X instead of Y", "only Y now", a
rate per day or week told as the outcome; while a count that only says how many people, which
year, what time or how often is no measure."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.flaws import measured
from simulator.analysis.tokens import tokenize
from simulator.speech.stt import Transcript

NUMBER_TIP = "If you have a number for the result"


def _norms(text: str) -> str:
    return " ".join(t.norm for t in tokenize(Transcript.from_text(text)) if t.norm)


@pytest.mark.parametrize("said", [
    "before we lose 8 parcel in one week, after my change only 1",
    "the old rota leave 12 gaps a month, my rota 3",
    "we was sending 5 van on Sunday, now 2 instead of 5",
    "complaint was 9 every month and now only 1",
    "now we throw maybe 3 tray a week",
    "only two mistakes on the labels now",
    "Returns: 30 a day about the size, after the new chart around 5.",
])
def test_a_count_against_the_one_before_is_measured(said: str) -> None:
    assert measured(_norms(said))


@pytest.mark.parametrize("said", [
    "i report to three managers in that time",
    "in 2019 i start in the depot",
    "from 2018 to 2021 i was at the warehouse",
    "we open the gate 7 a.m.",
    "i check the pallets twice",
    "we had only 2 nurse a night for 28 patient",
    "i did 3 shift a week, after 3 months they make me lead",
    "i come at 6 instead of 7 a.m. that week",
    "i phone 40 customers a day",
])
def test_a_count_that_says_who_when_or_how_often_is_not(said: str) -> None:
    assert not measured(_norms(said))


# A Polish baker, second language, a before/after count as the ending.
BAKERY = (
    "In my bakery last year the head baker and me did not agree how much dough to prepare for "
    "the morning. He want to bake same amount every day, also Monday when is quiet. I make a "
    "small trial for two weeks, I count the sales each day and I prepare the dough by the "
    "weekday. I show him the sheet. We were throwing 6 loaves a day, with my way only 2. He "
    "agreed to keep going that way."
)
# A warehouse picker, run-on, the ending as "instead of".
PICKING = (
    "so the thing was on nights the pick lists come out in the wrong order and i was the one "
    "they ask to fix it because i know the aisles so i sat with the system guy one evening and "
    "we sorted the list by aisle and i walk it myself with a stopwatch to check and after that "
    "we finish the wave in 50 minutes instead of 80 and the supervisor put it on all shifts"
)


@pytest.mark.parametrize(("text", "question"), [
    (BAKERY, "Tell me about a time you disagreed with a colleague."),
    (PICKING, "Tell me about a time you improved how your team worked."),
])
def test_no_tip_asks_for_a_number_the_ending_gave(text: str, question: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=question)
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes
    assert not any(NUMBER_TIP in tip for tip in analysis.tips)
    assert analysis.score_parts.specificity == 0
