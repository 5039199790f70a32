"""A result-first answer whose next sentence says on which day it happened ("That was the morning
the power dropped out across the estate") tells its Situation there: it is not swallowed into
the headline, and "no Situation" (with its tip "give context after the headline") is not said
(breaker13 B14). An outcome told last as "That was the week the council signed..." stays the
Result. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time you worked under pressure."

POWER_CUT = (
    "Every van left on time and not one order was lost. That was the morning the power dropped "
    "out across the whole industrial estate. As dispatch lead the dock was my responsibility. I "
    "moved the loading to the side bay, split the pickers into two lines, and rang the drivers "
    "to come round the back. The estate's power came back by noon."
)
DRUG_CABINET = (
    "Every patient on the ward got their evening medicines on time. That was the night the drug "
    "cabinet jammed shut just before the eight o'clock round. As the nurse in charge, the round "
    "was mine to run. I rang the on-call pharmacist, borrowed stock from the ward next door, and "
    "logged every dose by hand. Estates fixed the lock by morning."
)


@pytest.mark.parametrize(("text", "scene"), [
    (POWER_CUT, "That was the morning the power dropped out"),
    (DRUG_CABINET, "That was the night the drug cabinet jammed"),
])
def test_the_day_it_happened_after_a_headline_is_the_situation(text: str, scene: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    assert analysis.order == "result_first"
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "no_situation" not in analysis.flaw_codes
    assert [s.label for s in analysis.star.segments if s.text.startswith(scene)] == ["S"]


CONTRACT = (
    "I run the bookings desk at a small coach firm in Truro, and in March the council asked us "
    "to quote for the school runs in three villages. It was my job to get the quote in by the "
    "Friday. I rode each route with a driver, timed the stops and built the price from those "
    "times, not from the map. That was the week the council signed a two-year contract with "
    "us, the first one we ever won."
)


def test_an_outcome_told_last_as_that_week_stays_the_result() -> None:
    analysis = analyze_answer(Transcript.from_text(CONTRACT), question=Q)
    assert analysis.order == "story"
    results = [s.text for s in analysis.star.segments if s.label == "R"]
    assert any(r.startswith("That was the week the council signed") for r in results), results
    assert all(analysis.star.parts[p].present for p in "STAR")
