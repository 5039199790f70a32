"""Counts read as English: the plural only when the count is not one ("1 answer", "0 answers")."""

from __future__ import annotations

from simulator.safe_text import counted


def test_a_count_of_one_takes_the_singular() -> None:
    assert counted(1, "answer") == "1 answer"
    assert counted(0, "answer") == "0 answers"
    assert counted(2, "long pause") == "2 long pauses"
    assert counted(1, "filler") == "1 filler"
    assert counted(3, "analysis", "analyses") == "3 analyses"
