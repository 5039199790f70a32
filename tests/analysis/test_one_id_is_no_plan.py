"""One "I'd" among own actions told in the present (a recognizer's "I'd change" for "I change",
a second language's tense) does not make a told story "what you would do" (breaker13 B18: one
such slip cost 45 points, 93 -> 40). A story whose actions are all plans still is one."""

from __future__ import annotations

from simulator.analysis.answer import analyze_answer
from simulator.speech.stt import Transcript

# A Romanian hotel housekeeper, present tense, one "I'd" among her actions.
TOLD = (
    "In hotel where I am floor supervisor we have problem, guests complain that rooms are not "
    "ready at three o'clock. My manager say I must fix this before summer. I give the floors "
    "to two teams, I'd move the linen trolley to the lift and I do a check of every room "
    "myself at two. After one month only two rooms were late in the whole month, before it was "
    "twenty."
)
# The same job told as a plan only.
PLANNED = (
    "In hotel where I am floor supervisor we have problem, guests complain that rooms are not "
    "ready at three o'clock. My manager say I must fix this before summer. I would split the "
    "floors between two teams, I would move the linen trolley to the lift and I would check "
    "every room myself at two."
)


def test_one_id_among_told_actions_is_no_plan() -> None:
    analysis = analyze_answer(Transcript.from_text(TOLD))
    assert "hypothetical" not in analysis.flaw_codes
    assert analysis.score_parts.specificity < 45
    assert all("what you would do" not in w.why for w in analysis.points_why)


def test_actions_told_only_as_plans_are_still_hypothetical() -> None:
    assert "hypothetical" in analyze_answer(Transcript.from_text(PLANNED)).flaw_codes
