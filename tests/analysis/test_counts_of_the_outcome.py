"""A Result that counts what the work brought (breaker13 B1): more of a thing than before ("six
more beds free"), what it found or stopped ("we found two bugs"), a share ("of the next twelve
starters, eleven stayed"), or an after value of a duration told with a qualifier before ("eight
working days" ... "five days"), was told "the result has no number". Counts that measure
nothing stay unmeasured: "three managers", "2019", "twice", "two more times", "7 a.m."."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import NO_NUMBER_WHY
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved how something was done."
SCENE = (
    "At the seed warehouse the spring orders were checked by hand, and wrong packets kept going "
    "out. I ran the packing floor, so the checks were mine to fix. I wrote a scan step into the "
    "packing screen, I moved the checking to the bench before the tape, and I trained the two "
    "weekend packers on it. "
)


def _no_number(result: str, scene: str = SCENE) -> bool:
    analysis = analyze_answer(Transcript.from_text(scene + result), question=QUESTION)
    return any(reason.why == NO_NUMBER_WHY for reason in analysis.points_why)


@pytest.mark.parametrize("result", [
    "In the first week the scan found three wrong packets before they left the bench.",
    "That spring three more garden shops signed up for our packets.",
    "Of the next forty orders, thirty-nine went out with every packet right.",
    "Nine out of ten weekend orders went out right first time.",
])
def test_a_count_of_the_outcome_is_a_number(result: str) -> None:
    assert not _no_number(result)


def test_a_duration_with_a_qualifier_has_its_after_value() -> None:
    scene = SCENE.replace("were checked by hand", "took six working days to check by hand")
    assert not _no_number("Checking an order now takes two days.", scene)


@pytest.mark.parametrize("result", [
    "Three managers came down to see the new bench.",
    "It was running by the spring of 2019.",
    "The area manager came to see it twice.",
    "We met two more times to go over it.",
    "The first van now leaves at 7 a.m.",
])
def test_counts_that_measure_nothing_stay_unmeasured(result: str) -> None:
    assert _no_number(result)
