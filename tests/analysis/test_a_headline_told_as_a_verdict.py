"""An outcome told first in words other than a number is still the Result: announced as "the end
of it was", or told as a verdict others gave ("five stars", "no refund") or a loss that did not
come ("not one guest got ill"). Each was read as the scene and "Result missing" was said
(dev6, dev10, held12 and held13 each opened an answer so). New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

STORY = (
    "I was head of housekeeping at a guesthouse in Galway, twelve rooms, and on the Friday of "
    "the races the boiler failed with every room booked. It was on me to keep the guests "
    "washed and warm until the engineer came on Monday. I borrowed two immersion heaters from "
    "the pub next door, I moved the families with small children to the rooms over the "
    "kitchen, and I boiled kettles for the basins myself every morning at six."
)
HEADLINES = [
    "So the end of it was, the guests stayed the whole weekend and the owner kept the "
    "bookings. ",
    "The bride's mother paid the last bill, she was hugging the girls at the desk, and she put "
    "five stars on the site. ",
    "We got through the whole race weekend without hot water, and not one guest asked to "
    "leave. ",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_verdict_told_first_is_the_result(headline: str) -> None:
    analysis = analyze_answer(Transcript.from_text(headline + STORY),
                              question="Tell me about a time things went wrong at work.")
    first = analysis.star.segments[0]
    assert first.label == "R", analysis.star.segments
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes
