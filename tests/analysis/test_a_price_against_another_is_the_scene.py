"""A price set against another's is the scene of a sale, not a result told first (breaker9's
a20, after 23cb842 let a result-first story restart on its Task: "they said our price was thirty
percent above their current supplier" was read as the headline, and "Situation missing" cost 18
points). A price that came down because of what was done stays a Result."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time a customer turned you down."

# A Romanian English speaker, sales, the price comparison in the opening.
FREIGHT = (
    "A big furniture retailer refused us in the first meeting, because our quote was twenty "
    "percent higher than the carrier they used. My goal for the half year was to win three new "
    "national accounts and this one was the biggest. I did not cut the price. I asked for their "
    "damage claims of last year and I showed them how much the cheap carrier cost them in broken "
    "sofas. I offered a free trial on two routes for one month. They signed for two years at our "
    "normal rate."
)
# Terse notes: the same opening in fragments.
NOTES = (
    "Printing client said no, our rates are 15% above the local shop.\n"
    "My job: keep the account, no discount.\n"
    "Sent them samples of both prints side by side, offered next-day delivery.\n"
    "They stayed, ordered 40,000 brochures in spring."
)


@pytest.mark.parametrize("text", [FREIGHT, NOTES], ids=["polished", "notes"])
def test_a_price_against_another_opens_the_scene(text: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    first = analysis.star.segments[0]
    assert first.label == "S", [(s.label, s.text[:40]) for s in analysis.star.segments]
    assert analysis.star.parts["S"].present and analysis.star.parts["R"].present
    assert analysis.order != "result_first"
    assert "no_situation" not in analysis.flaw_codes


def test_a_price_that_came_down_is_still_the_result() -> None:
    analysis = analyze_answer(Transcript.from_text(
        "Our supplier's prices were too high for the school kitchens. I was asked to cut the food "
        "bill. I compared three wholesalers and moved the dry goods to a cheaper one. In the end "
        "our costs were twelve percent lower than the year before."), question=QUESTION)
    last = analysis.star.segments[-1]
    assert last.label == "R" and analysis.star.parts["R"].present
