"""An answer whose writer leaves the Result out and closes, after the last action, on a creed: a
belief ("I believe a foreman has to..."), a duty of anyone in the role ("a good host has to..."),
what matters to the speaker ("that's very important to me"), who they are ("I'm just someone
who..."), how the day felt to them ("it was a good day for me") or a sign-off ("so that was
that", "so that's the call I made and how I went about it"). None of them tells how the story
ended, so "Result missing" is said, and the last action is not made the Result for being last
(held13: four of its six left-out parts the rules missed ended so). The same story with an
outcome, a lesson learned or a lasting change before or as its ending keeps its Result. Each
answer is a new one of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis
from tests.support.answers import typed_to

Q = "Tell me about a time you had to deal with a difficult situation at work."

STORY = (
    "I was the duty manager at a leisure centre in Dundee, and on a Saturday morning the pool "
    "pump failed twenty minutes before a swimming gala with three clubs and about sixty "
    "children. It was my shift, so it was on me to decide whether the gala could go ahead "
    "safely. I closed the pool, phoned the engineer on call, and went round the three coaches "
    "one by one to explain. Then I moved the warm-up to the sports hall and put two of my "
    "lifeguards on the doors so nobody wandered back in. "
)
LAST_ACTION = "put two of my lifeguards on the doors"
CLOSINGS = (
    "I really believe people cope with bad news if you give it to them straight.",
    "A duty manager has to put safety first, whatever the clubs think of it.",
    "You just have to stay calm in that job, I think that's the main thing.",
    "Being honest with the parents, that's very important to me.",
    "I'm just someone who likes things done properly.",
    "It was a long morning, but it was a good day for me.",
    "So yeah, that was that really.",
    "So that's the call I made and how I went about it.",
)
OUTCOME = (
    "The engineer had the pump running by eleven, the gala started an hour late, and all three "
    "clubs booked with us again for the winter. "
)


typed = typed_to(Q)


def labels_of(analysis: AnswerAnalysis, words: str) -> list[str]:
    return [s.label for s in analysis.star.segments if words in s.text]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_closing_creed_after_the_last_action_is_no_result(closing: str) -> None:
    analysis = typed(STORY + closing)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes
    assert all(analysis.star.parts[p].present for p in "STA"), analysis.star.segments
    assert "R" not in labels_of(analysis, LAST_ACTION)


@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_same_story_with_its_outcome_keeps_the_result(closing: str) -> None:
    analysis = typed(STORY + OUTCOME + closing)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
    assert labels_of(analysis, "all three clubs booked with us again") == ["R"]


@pytest.mark.parametrize("ending", [
    # A lesson learned belongs to the Result (bench/data/README.md).
    "I learned that a closed pool with a clear reason upsets people far less than a late one "
    "with none.",
    # A lasting change, told with the same "has to" a creed uses.
    "Since then every duty manager has to run the pump check at seven before any gala.",
])
def test_a_lesson_or_a_lasting_change_stays_the_result(ending: str) -> None:
    analysis = typed(STORY + ending)
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
    assert labels_of(analysis, ending[:30]) == ["R"]


# "So that is how I dealt with it" names the example after it was told: it is no turn from an
# outcome told before it to how it came about, so the action before it stays an Action.
NAMED_AFTER = (
    "I drive a school minibus in Leeds, and one afternoon a boy in the back seat told me his "
    "little sister had not got on at the last stop. The children are my responsibility on the "
    "run, so I had to find her before anyone panicked. I pulled in at the next bus bay, rang "
    "the school office and asked them to check the yard, and I kept the other children talking "
    "while we waited. I also rang their mother from the school's list and told her exactly "
    "where we were parked and what was happening. So that is how I dealt with it, I always try "
    "to treat every child on that bus like my own."
)


def test_naming_the_example_is_no_turn_back_to_how() -> None:
    analysis = typed(NAMED_AFTER)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert labels_of(analysis, "rang their mother") == ["A"]


# A duty told to the speaker inside the story is the Task, not a closing creed.
TOLD_DUTY = (
    "I started as a trainee at a garden centre in Leicester. On my second week the manager told "
    "me you must get the plant orders checked before the lorry leaves at noon. I went through "
    "all forty orders with the picking sheets, found six with the wrong pots, and swapped them "
    "myself. The lorry left on time and not one shop sent anything back that month."
)


def test_a_duty_quoted_inside_the_story_is_no_creed() -> None:
    analysis = typed(TOLD_DUTY)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "other" not in labels_of(analysis, "you must get the plant orders checked")


# The last action, opened by when it was done ("the night before we left"): the "we left"
# of that clause is no outcome, so the action is not cut off as the Result (held12).
WHEN_IT_WAS_DONE = (
    "I coordinate trips at a youth football club in Swansea, and last spring our under-twelves "
    "were invited to a tournament in Cork. None of the coaches had taken children abroad, so I "
    "offered to organise the travel and the paperwork. I made a list of every player with the "
    "parents' numbers and passport dates, and I rang every family myself. I booked the ferry "
    "and the minibus. The night before we left, I checked every passport against the list "
    "with the head coach."
)


def test_a_last_action_told_with_when_it_was_done_is_no_result() -> None:
    analysis = typed(WHEN_IT_WAS_DONE)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes
    assert labels_of(analysis, "I checked every passport") == ["A"]
