"""The praise "Keep the result this concrete; numbers make it memorable" is for a result with a
number in it; a complete story whose result has none is asked for one instead (new-user report
5, item 3: it praised "the drivers left much earlier ... more reliable" for its numbers)."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

KEEP = "Keep the result this concrete; numbers make it memorable."

# A warehouse planner from Porto, careful English, a result with no figure in it.
NO_FIGURE = (
    "Last year in our Porto warehouse the picking lists came out late every morning and the "
    "pickers stood waiting at the dock. I was the shift planner, so getting the lists out on "
    "time was my job. I sat with the two team leaders for a week, then I rebuilt the list "
    "template myself so it pulled the orders straight from the system, and I trained both "
    "leaders on it. After that the lists were ready before the shift every day, the pickers "
    "started much earlier and the complaints from the drivers stopped."
)
# The same story with its result counted.
WITH_FIGURE = NO_FIGURE.replace(
    "the pickers started much earlier and the complaints from the drivers stopped.",
    "the pickers started 40 minutes earlier and driver complaints fell from 12 to 2 a month.",
)


def _tips(text: str) -> tuple[str, ...]:
    found = analyze_answer(Transcript.from_text(text), question_kind="behavioral",
                           target_s=(20.0, 120.0))
    assert not found.star.flaws, found.star.flaws  # complete: praise is what it gets
    return found.tips


def test_a_result_with_no_number_is_asked_for_one_not_praised_for_it() -> None:
    tips = _tips(NO_FIGURE)
    assert KEEP not in tips
    assert any(tip.startswith("If you have a number for the result") for tip in tips), tips


def test_a_counted_result_is_praised_for_its_number() -> None:
    assert KEEP in _tips(WITH_FIGURE)
