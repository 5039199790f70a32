"""A reply that gave what its probe asked is told so under "What went well", not under "What to
work on" (breaker10 D26: the export listed "The follow-up gave the outcome…: it now counts toward
this question's answer" as the one thing to work on)."""

from simulator.analysis import follow_up
from simulator.analysis.praise import FOLLOW_UP_COUNTS, is_praise


def test_a_reply_that_gave_what_was_asked_is_praise() -> None:
    assert FOLLOW_UP_COUNTS == follow_up.COUNTS
    gave = follow_up._message(("no_result",), True, ("we sold out by noon",), {})
    assert gave.endswith(FOLLOW_UP_COUNTS)
    assert is_praise(gave)


def test_a_reply_that_did_not_give_it_is_still_to_work_on() -> None:
    missed = follow_up._message(("no_result",), False, (), {})
    assert not is_praise(missed)
    stays = "The follow-up gave the outcome, but the question stays at 55/100: what it still lacks."
    assert not is_praise(stays)
