"""A before and after told in count words is a measured result: "we stopped twice instead of
eleven times", "down from eleven stops to two", "from nine days to three". The first was told
"the result has no number" because "twice" was no count to set against another, the last
because two small numbers after "from" and "to" were read as hours of the day ("from 9 to 5").
Hours told bare or with a clock word stay a when. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import NO_NUMBER_WHY
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you made a process better."
STORY = (
    "At the laundry in Tallinn our van did the hotel round in the order the hotels had signed "
    "up, which sent it back and forth across the old town every morning. I was the dispatcher, "
    "so the round was mine to sort out. I put the hotels on a map, I grouped the drops by street "
    "and I agreed a shared loading bay with the two biggest hotels. "
)


def _no_number(result: str) -> bool:
    analysis = analyze_answer(Transcript.from_text(STORY + result), question=QUESTION)
    assert analysis.star.parts["R"].present, analysis.star.segments
    # A Result that only judges says its missing number in that one line (breaker15 B11).
    return any(reason.why == NO_NUMBER_WHY for reason in analysis.points_why) or (
        "no_metrics" in analysis.flaw_codes)


@pytest.mark.parametrize("result", [
    "In the first week the van stopped in the old town twice instead of eleven times.",
    "We crossed the river once instead of four times a morning.",
    "The stops in the old town came down from eleven stops to two.",
    "The wait for clean sheets went from nine days to three.",
    "Our longest hotel wait went from twelve hours to four.",
])
def test_a_before_and_after_in_count_words_is_a_number(result: str) -> None:
    assert not _no_number(result)


@pytest.mark.parametrize("result", [
    "The drivers were happy and now work from nine to five.",
    "The loading bay is open from seven in the morning to ten, and the hotels like it.",
    "The manager came down twice to see the new round.",
])
def test_hours_and_a_lone_twice_stay_unmeasured(result: str) -> None:
    assert _no_number(result)
