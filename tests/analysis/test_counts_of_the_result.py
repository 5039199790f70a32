"""A count of the result is a measured result (breaker9 D7): "the clinic was visiting fourteen
new villages", "went from more or less ten per week to two", "three juniors asked to be in my
group" got the tip "If you have a number for the result… say it" and lost 5 for specificity.
Teen numbers written as words are numbers; "more or less" opens a before and after as "about"
does; people who did something because of it are counted. A count of the scene stays none."""

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
    "by march the van was serving seventeen more schools",
    "after the new rota, late pick-ups went from more or less twelve a week to three",
    "in the end eighteen of the volunteers signed up for the spring round too",
    "four families asked to stay on the scheme after the trial",
    "the mobile unit had vaccinated nineteen hundred children by the end of term",
])
def test_a_count_of_the_result_is_measured(said: str) -> None:
    assert measured(_norms(said))


@pytest.mark.parametrize("said", [
    "we had sixteen nurses and three managers on the unit",
    "three managers asked me why the rota changed",
    "i was fourteen when i started helping in the shop",
    "in 2019 i joined the depot",
])
def test_a_count_of_the_scene_is_not(said: str) -> None:
    assert not measured(_norms(said))


# A Ghanaian English speaker, a count of the result as the ending.
LIBRARY = (
    "At the district library in Kumasi I was the outreach officer, and the reading club for "
    "the children had only a few members because the parents did not know of it. My duty was "
    "to bring more children in before the school vacation. I went to the churches on Sunday to "
    "announce it, I printed small flyers in Twi and English, and I arranged with the head "
    "teachers to send a note home. By the end of the vacation the club was receiving sixteen "
    "new children every Saturday."
)
# A Korean speaker, terse, the ending as people who came back.
SALON = (
    "I worked in a hair salon in Busan as junior stylist. Many first-time customers never came "
    "again. My manager asked me to find the reason and fix it. I called twenty customers and "
    "asked what they did not like. Most said waiting too long. I made a booking card with exact "
    "time and I sent a message one day before. Next three months, thirteen of those customers "
    "came back for a second cut."
)


@pytest.mark.parametrize("text", [LIBRARY, SALON])
def test_no_number_tip_when_the_result_counts_its_outcome(text: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text),
                              question="Tell me about a time you took the initiative.")
    assert analysis.star.parts["R"].present
    assert not any(NUMBER_TIP in tip for tip in analysis.tips)
    assert analysis.score_parts.specificity == 0
