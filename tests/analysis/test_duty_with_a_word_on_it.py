"""A duty named with a word on it, or told as what was at stake for the speaker (held12, dev13,
dev15, held15: told Tasks reported missing): "my main responsibility was that...", "the tight
deadline was that...", "our assignment that day was to...", "my worry was that if...", "the whole
point was to..."; and a scene announced ("Let me explain the background.") is the Situation, not
an order's verb first. Not "my biggest challenge was a bridge inspection", which names the
example. Each answer is a new one of our own, typed and as a recognizer writes it."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from tests.support.answers import assert_task_told, spoken, typed

Q = "Tell me about a time you had to get something right under pressure."

MAIN_RESPONSIBILITY = (
    "My main responsibility was that every bag checked in at our desk reached the right flight, "
    "because I was the ground supervisor. Let me explain the background. The airport is small, "
    "on an island off Scotland, and in the storm season the flights are moved at short notice. "
    "That winter three bags in one week went to the wrong city. I walked the belt with the "
    "handlers every morning, and I put a printed list of the day's changed flights at each desk. "
    "After that month no bag from our desk went to the wrong flight."
)
WORRY = (
    "I was the duty manager at a swimming pool in Telford. My worry was that if the school "
    "galas and the public session overlapped again, there would be too few lifeguards on the "
    "deep end. I moved the public session half an hour later on gala days and asked two trainees "
    "to cover the shallow end. The next three galas ran with every lifeguard post filled."
)
TIGHT_DEADLINE = (
    "I worked in the print room of a council office in Wigan. So the tight deadline was that "
    "four hundred ballot guides had to be printed, folded and boxed by seven on Thursday "
    "morning. I ran the two machines in turns, folded with a volunteer from the elections "
    "team, and boxed by ward. The boxes were on the van at half six."
)
WHOLE_POINT = (
    "I volunteer at a repair café in Norwich. I set up a table where people fixed their own "
    "toasters with one of us beside them, because the whole point was to get people mending "
    "things themselves, not just have us do it for them. By the spring a third of the visitors "
    "were fixing their own things."
)
CASES = [
    (MAIN_RESPONSIBILITY, "My main responsibility was that every bag"),
    (WORRY, "My worry was that if the school galas"),
    (TIGHT_DEADLINE, "the tight deadline was that four hundred ballot guides"),
    (WHOLE_POINT, "the whole point was to get people mending"),
]


@pytest.mark.parametrize(("text", "duty"), CASES)
def test_a_duty_with_a_word_on_it_is_the_task(text: str, duty: str) -> None:
    assert_task_told(typed(text, Q), duty)


@pytest.mark.parametrize(("text", "duty"), CASES)
def test_a_duty_with_a_word_on_it_is_the_task_as_recognized(text: str, duty: str) -> None:
    assert_task_told(analyze_answer(spoken(text.lower()), question=Q), duty)


def test_an_announced_background_is_the_situation() -> None:
    analysis = typed(MAIN_RESPONSIBILITY, Q)
    assert analysis.star.parts["S"].present
    assert any(s.label == "S" and s.text.startswith("Let me explain the background")
               for s in analysis.star.segments), [(s.label, s.text) for s in analysis.star.segments]


CHALLENGE_NAMED = (
    "I would say my biggest challenge was a roof survey for a cathedral, because the scaffold "
    "was only up for one week. I planned every drone flight the night before and had a second "
    "pilot ready. We finished in four days and the surveyors found two loose stones."
)


def test_the_biggest_challenge_named_is_no_duty() -> None:
    analysis = typed(CHALLENGE_NAMED, Q)
    assert not any(s.label == "T" and "my biggest challenge was" in s.text
                   for s in analysis.star.segments), [
        (s.label, s.text) for s in analysis.star.segments]
