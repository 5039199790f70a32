"""A story that ends on what the speaker plans or hopes from here on ("now we're hoping to run it
every spring", "next year I'm planning to...") tells no outcome: the Result is reported missing,
however the ending sounds ("now", a closing sentence). An outcome told before the plan is still
the Result. A seasonal business told in the present at the start ("I run a ... every
summer") is the scene, not an outcome told first (held15: both shapes were given a Result).
New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you organised something from scratch."

MARKET = (
    "I sell honey and beeswax candles at the farmers' markets around Harrogate, mostly on "
    "Saturdays. In 2023 the council stopped running the Christmas market in our town, and a "
    "lot of small makers like me lost their best weekend of the year. Somebody had to organise "
    "a replacement, and I knew most of the stallholders, so I said I would do it. I booked the "
    "church hall and the car park behind it, I rang forty makers and got thirty-two to sign up, "
    "and I printed posters and asked the schools to put them in their newsletters. "
)
HOPE_ENDING = (
    "Now we're hoping to run it every December, and I'm already talking to the council about "
    "using the square."
)
PLAN_ENDING = (
    "Next year I'm planning to add a food tent and maybe a second day, we'll see how it goes."
)
OUTCOME = (
    "About two thousand people came on the day, and every stall sold out of something by three "
    "o'clock. "
)

STAND = (
    "I run a pick-your-own strawberry farm outside Dundee every summer, we grow six varieties "
    "on about twelve acres for families who come out at the weekends. In 2022 a big garden "
    "centre opened a farm shop down the road selling punnets cheaper than ours. I had to find a "
    "way to keep our families coming. I started a loyalty card, I put picnic tables and a "
    "tractor ride for the kids by the car park, and I asked two schools to bring their classes "
    "on weekday mornings. Next summer I'm planning to open a small cafe in the old barn, if the "
    "bank agrees."
)


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


@pytest.mark.parametrize("ending", [HOPE_ENDING, PLAN_ENDING])
def test_a_story_ending_on_a_plan_or_a_hope_has_no_result(ending: str) -> None:
    analysis = typed(MARKET + ending)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert analysis.star.parts["A"].present


@pytest.mark.parametrize("ending", [HOPE_ENDING, PLAN_ENDING])
def test_an_outcome_before_the_plan_is_still_the_result(ending: str) -> None:
    analysis = typed(MARKET + OUTCOME + ending)
    assert analysis.star.parts["R"].present
    results = " ".join(s.text for s in analysis.star.segments if s.label == "R")
    assert "About two thousand people came" in results


def test_a_seasonal_business_in_the_present_is_the_scene_not_an_outcome() -> None:
    analysis = typed(STAND)
    assert analysis.star.segments[0].label == "S", analysis.star.segments
    assert not analysis.star.parts["R"].present, analysis.star.segments
