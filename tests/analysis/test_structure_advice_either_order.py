"""The same answer told in order and told result first gets the same advice on its structure
(breaker16 D10: only the one told in order was told "About half of the answer or more is
set-up"; the "You opened with the result" tip took its place). And to a question about a
disagreement, the two sides told in the set-up ("He wanted to retry every failed card… I was
not in agreement at all") are what it asks for, not scene to cut. New answers of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

SETUP_TIP = "About half of the answer or more is set-up"
IMPROVE = "Tell me about something you improved at work without being asked to."
CONFLICT = ("Tell me about a time you strongly disagreed with a colleague about how to do a "
            "piece of work. How did you settle it?")

# A council's route planner: a scene of three sentences, then the fix; its result at the end or
# at the start.
ROUTES = (
    "I was the route planner at a district council in Kent. The crews on the east side kept "
    "skipping the same narrow streets, because the big lorries could not turn in them. "
    "Residents rang the office every Monday, and the councillors had started asking questions "
    "at every meeting. Fixing the routes was my job. I walked the worst twelve streets with the "
    "crew leader, I moved those streets to the small lorry on Tuesdays, I rewrote the route "
    "sheets so the skipped streets came first, and I rang the residents' group to tell them the "
    "new days."
)
ROUTES_END = "Within two months the missed collections went from about forty a week to six."

# A payments engineer's disagreement, its two sides told before the actions.
RETRIES = (
    "At a payments company in Lagos, my colleague Emeka and I were building the retry logic for "
    "failed card payments. He wanted to retry every failed card three times in the first "
    "minute, because most failures were network blips. I was not in agreement at all, because "
    "retrying a card that fast can get the customer blocked by their bank. It was my module, so "
    "the decision was mine to settle before the release. I pulled the decline codes for a week, "
    "I showed him that most failures were insufficient funds, which a fast retry never fixes, I "
    "proposed one retry after an hour for network errors only, and I wrote the test cases with "
    "him. He agreed after seeing the data. Payments that went through on the retry went up from "
    "four percent to eleven percent, and no customer was blocked by their bank that quarter."
)


def _tips(text: str, question: str) -> tuple[str, ...]:
    return analyze_answer(Transcript.from_text(text), question=question).tips


def test_told_in_order_or_result_first_the_set_up_advice_is_the_same() -> None:
    in_order = _tips(f"{ROUTES} {ROUTES_END}", IMPROVE)
    first = _tips(f"{ROUTES_END} {ROUTES}", IMPROVE)
    assert first[0].startswith("You opened with the result")
    assert any(tip.startswith(SETUP_TIP) for tip in in_order), in_order
    assert any(tip.startswith(SETUP_TIP) for tip in first), first
    assert [t for t in first if not t.startswith("You opened")] == list(in_order)


def test_the_sides_of_a_disagreement_are_not_set_up_to_cut() -> None:
    tips = _tips(RETRIES, CONFLICT)
    assert not any(tip.startswith(SETUP_TIP) for tip in tips), tips
    # The same words told to another question are scene told at length.
    assert any(tip.startswith(SETUP_TIP) for tip in _tips(RETRIES, IMPROVE))


# The disagreement told at more length than the actions: 57 % of the answer before them.
LONG_SIDES = (
    "At a payments company in Lagos, my colleague Emeka and I were building the retry logic for "
    "failed card payments. He wanted to retry every failed card three times in the first "
    "minute, because most failures were network blips. I was not in agreement at all, because "
    "retrying a card three times that fast can get the customer blocked by their bank, and I "
    "had seen it happen twice that month. It was my module, so the decision had to be settled "
    "by me before the release. I pulled the decline codes for a week, I showed him that most "
    "failures were insufficient funds, which a fast retry never fixes, and I proposed one retry "
    "after an hour for network errors only. He agreed after seeing the data. Payments that went "
    "through on the retry went up from four percent to eleven percent, and no customer was "
    "blocked by their bank that quarter."
)


def test_a_disagreement_told_at_length_is_not_set_up_to_trim() -> None:
    conflict = analyze_answer(Transcript.from_text(LONG_SIDES), question=CONFLICT)
    assert "unbalanced" not in conflict.flaw_codes, conflict.tips
    other = analyze_answer(Transcript.from_text(LONG_SIDES), question=IMPROVE)
    assert "unbalanced" in other.flaw_codes
