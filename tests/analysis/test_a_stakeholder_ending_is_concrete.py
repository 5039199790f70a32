"""Two endings of an unhappy stakeholder's story that are its Result (breaker16 D11); answers
of our own. A concrete ending with what the stakeholder felt: "it matched the floor to the last
pallet and she was happy" is a check that passed, with a comment, not a Result that only judges
how it went; before, it cost "the result is not measurable". The stakeholder asking for more
work, told at the end right after the speaker's own deed ("...and i sent her a short note on the
difference. the next week it matched the floor to the last pallet and she actually asked me to
build the next report for her team."), is how it ended, not a Task: before, "asked me to" made
it the Task and the card said "no Result found". A request with its reason, or one told before
the deeds ("My manager asked me to find out why before the summer."), stays the Task."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a stakeholder who was unhappy with your work. What did you do?"
STORY = (
    "our warehouse manager was really unhappy with me because the stock report i built kept "
    "showing more pallets than were on the floor, like twenty or thirty off every week, and she "
    "had to explain it to the regional director. it was my report so it was on me. i walked the "
    "aisles with one of her pickers for two nights and found that returns were being counted "
    "when they were booked and not when they were put away, so i changed the report to use the "
    "put away time and i sent her a short note on the difference. "
)


@pytest.mark.parametrize("ending", [
    "the next week it matched the floor to the last pallet and she was happy.",
    "The books balanced to the cent the next month, and she was pleased.",
])
def test_figures_that_now_match_are_a_concrete_result(ending: str) -> None:
    analysis = analyze_answer(Transcript.from_text(STORY + ending), question=QUESTION,
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert labels[-1] == ("R", ending), labels
    assert not {"no_result", "no_metrics", "no_task"} & set(analysis.flaw_codes), (
        analysis.flaw_codes)


@pytest.mark.parametrize("ending", [
    "the next week it matched the floor to the last pallet and she actually asked me to build "
    "the next report for her team.",
    "The next week she asked us to run the same check on the other two sites.",
])
def test_the_stakeholders_next_request_ends_the_story(ending: str) -> None:
    analysis = analyze_answer(Transcript.from_text(STORY + ending), question=QUESTION,
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert labels[-1] == ("R", ending), labels
    assert not {"no_result", "no_task"} & set(analysis.flaw_codes), analysis.flaw_codes


def test_being_asked_before_any_deed_is_the_task() -> None:
    answer = (
        "At a garden centre in Ballarat our stock count was wrong most weeks. My manager asked "
        "me to find out why before the summer. I counted two aisles by hand every night for a "
        "week and I found the returns were booked twice. Since then the count has matched every "
        "week."
    )
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert ("T", "My manager asked me to find out why before the summer.") in labels, labels
