"""A result told as a count per week or month is measured (breaker7 D1: "the late top-ups went
from twelve per week to one per week" got "If you have a number for the result… say it"): two
small numbers "from 12 to 1" are read as hours of the day ("from 9 to 5") unless a period
follows them, and one rate turned into another needs no "from"."""

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
    "the wrong labels go from eleven per week to two per week",
    "missing forms from 9 per month to 1 per month after the new tray",
    "so the no-show went from 10 to 2 a week",
    "call-backs 8 a day to only 1 a day",
    "broken trolleys: 6 a month to none a month",
])
def test_a_count_per_period_that_changed_is_measured(said: str) -> None:
    assert measured(_norms(said))


@pytest.mark.parametrize("said", [
    "i work from 9 to 5 and the shop is busy",
    "the clinic run from 9 to 12 each day",
    "i was on the counter from 8 to 4 in the morning shift",
    "i did 3 shift a week to cover the gap",
])
def test_hours_of_the_day_and_a_rate_alone_are_not(said: str) -> None:
    assert not measured(_norms(said))


# A Romanian lab assistant, second language, the ending a count per week.
LAB = (
    "Last winter in the blood lab we had many samples come without the name on the tube. My "
    "job was to stop this because we must throw them and call the patient again. I go to each "
    "ward and show the nurses a photo of good tube and bad tube, and I put a small sticker "
    "roll next to every sample fridge. After six weeks the unlabelled tubes went from eleven "
    "per week to two per week and the lab manager asked me to do the same in outpatients."
)
# A courier dispatcher, terse run-on, digits and no "from".
DEPOT = (
    "last year at the depot the drivers kept coming back with parcels because the address "
    "was wrong so i was told to sort it, i started calling the customer the evening before for "
    "every new address and i wrote the door codes on the label. in two months returns 14 per "
    "week to 3 per week and my boss put it in the other depot"
)


@pytest.mark.parametrize(("text", "question"), [
    (LAB, "Tell me about a time you improved a process at work."),
    (DEPOT, "Tell me about a time you solved a problem for your customers."),
])
def test_no_tip_asks_for_the_number_the_ending_gave(text: str, question: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=question)
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes
    assert not any(NUMBER_TIP in tip for tip in analysis.tips)
    assert any("Keep the result this concrete" in tip for tip in analysis.tips)
