"""A reply to a probe gives what the probe asked for only when it tells it: the outcome, a
figure that measures it, the speaker's own part, one real time (issue 13, item 4;
bench/analysis_accuracy.py judged 104 of 118 seen follow-ups right; the misses were figures of
the setting or of the work done, a target, a guess from someone who was not there, "I just
kept at it", a week named with nothing told in it; and a change by a grade, a pool that "didn't
close once", a second language's present tense for one's own part). Each case is a first
answer, the probe and a reply of our own; the question's view after the reply keeps the flaw
a reply did not repair."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import analyze_follow_up
from simulator.analysis.follow_up import judge_follow_up
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you made your team more efficient."
# A first answer whose result only judges: it draws "Can you put a number on that?".
FIRST = (
    "On our surgical ward the dressing trolleys were never stocked when the day shift started, "
    "and nurses lost time walking to the store room. As the senior nurse on days I was asked "
    "to sort it out. I made a stock list for each trolley, I agreed with the night healthcare "
    "assistants that they fill the trolleys at six, and I checked them myself every morning "
    "for the first two weeks. It went well and the nurses were happier."
)


def _reply(text: str, probe_code: str) -> tuple[bool, frozenset[str]]:
    """Whether `text` gave what the probe for `probe_code` asked, and the flaws the question
    still has after it."""
    first = analyze_answer(Transcript.from_text(FIRST), question=QUESTION)
    assert probe_code in first.flaw_codes or probe_code in ("no_result", "we_not_i", "vague")
    merged, judged = analyze_follow_up(Transcript.from_text(text), probe_code, first)
    return judged.gives, frozenset(merged.flaw_codes)


@pytest.mark.parametrize(
    "reply",
    [
        # Terse: the size of the team and of the work, no change.
        "We are six nurses on days and we do about forty dressings every shift.",
        # Non-native: the work done, counted per week.
        "I check around twelve trolleys every day and I do the order two times every week.",
        # Polished: a target, not the outcome.
        "Our target for the quarter was to cut the time lost to restocking by a third, which the "
        "matron had set for every ward in the division.",
    ],
    ids=["terse-setting", "non-native-work-done", "polished-target"],
)
def test_a_figure_that_measures_no_outcome_gives_no_number(reply: str) -> None:
    gives, flaws = _reply(reply, "no_metrics")
    assert not gives
    assert "no_metrics" in flaws


@pytest.mark.parametrize(
    "reply",
    [
        "before it was maybe four store room trips every shift, now it is none",
        "Our target was a third, and we beat it: the time lost to restocking dropped from "
        "about forty minutes a shift to ten.",
        "The time lost at the start of the shift went down by about half an hour.",
    ],
    ids=["run-on-before-after", "polished-target-reached", "change-by-a-quantity"],
)
def test_a_figure_set_against_another_gives_the_number(reply: str) -> None:
    gives, flaws = _reply(reply, "no_metrics")
    assert gives
    assert "no_metrics" not in flaws


@pytest.mark.parametrize(
    "reply",
    [
        "Honestly I moved to the Leeds office before it started, so I was not there for that "
        "part. I assume it went fine, nobody complained to me.",
        "i mean nights are always like that really so yeah i just kept at it",
    ],
    ids=["polished-not-there", "run-on-kept-at-it"],
)
def test_a_guess_or_carrying_on_is_not_the_outcome(reply: str) -> None:
    gives, _ = _reply(reply, "no_result")
    assert not gives


def test_what_never_happened_again_is_the_outcome() -> None:
    reply = ("no it didn't happen once in the next three months and the matron took the trolley "
             "list to the other two wards")
    gives, flaws = _reply(reply, "no_result")
    assert gives
    assert "no_result" not in flaws


@pytest.mark.parametrize(
    ("reply", "gives"),
    [
        # A second language's present for what was done: the speaker's own part.
        ("My part is, I write the stock list myself and I train the night assistants one by one.",
         True),
        # The same verbs told as a habit: what is usually done, no part in that story.
        ("Usually I write the stock lists and I train the new assistants, this is my job.",
         False),
    ],
    ids=["non-native-own-part", "habit"],
)
def test_own_part_in_the_present(reply: str, gives: bool) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "we_not_i")
    assert judged.gives is gives
    assert ("own_action" in judged.gave) is gives


def test_a_time_named_with_nothing_told_in_it_is_no_example() -> None:
    reply = "There was one Friday when everyone was stressed, and I just did my best to keep going."
    judged = judge_follow_up(Transcript.from_text(reply), "vague")
    assert not judged.gives
    told = judge_follow_up(Transcript.from_text(
        "There was one Friday when two nurses were off, so I stocked all the trolleys myself "
        "before handover."), "vague")
    assert told.gives
