"""A figure is the outcome's measure however it is hedged or filled before: "to like three",
"from, um, thirty", "just under two", a share "one in forty" set against "one in eight", time
saved "about 300 hours a year" in any tense, none set against a count before, none over a
stated period, a cap held since. Each was told "the result has no number" (breaker15 B16).
A result with no figure at all still is. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import NO_NUMBER_WHY
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you made a process better."
STORY = (
    "In 2023 at the bakery in Ghent the dough mixers jammed on most early shifts, and the "
    "first bread went out late. I ran the night shift, so the mixers were mine to sort out. I "
    "timed every batch for a week, I changed the order we loaded the flour and the water, and "
    "I showed the two other bakers the new order on the wall chart. "
)


def _no_number(result: str) -> bool:
    analysis = analyze_answer(Transcript.from_text(STORY + result), question=QUESTION)
    assert analysis.star.parts["R"].present, analysis.star.segments
    return any(reason.why == NO_NUMBER_WHY for reason in analysis.points_why)


@pytest.mark.parametrize("result", [
    "After that the jams went from thirty a month to like three.",
    "After that the, um, jams went from, uh, thirty a month to, like, three.",
    "The mixing went from four hours a night to just under two hours.",
    "By spring we were down to one late van in forty, where it had been one in eight.",
    "The new order saves us about 300 hours a year.",
    "We had no jams that winter, against fourteen the winter before.",
    "In the next four months we had no jams on the early shift.",
    "Since March there have never been more than two late vans in a week.",
])
def test_a_hedged_or_plainly_told_figure_is_a_number(result: str) -> None:
    assert not _no_number(result)


@pytest.mark.parametrize("result", [
    "After that the bakers were happier and the bread went out on time.",
    "The owner liked the wall chart and asked me to do the same for the ovens.",
])
def test_an_ending_with_no_figure_still_has_no_number(result: str) -> None:
    assert _no_number(result)
