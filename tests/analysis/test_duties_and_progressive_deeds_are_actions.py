"""Deeds told as duties ("I had to call the supplier, I had to redo the rota...") or in the past
progressive ("I was calling the supplier, I was redoing the rota...") before the outcome are
what the speaker did, not the Task or the scene (breaker17 F32: "no Action of your own found",
25/100). One duty on its own is still the Task."""

from __future__ import annotations

import pytest

from simulator.analysis.answer import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you had to deliver something at the last minute."

SCENE = ("At a catering firm in Cork a wedding party of ninety was moved forward by a day, and "
         "the kitchen found out on the Friday morning. I was the head chef that weekend.")
END = "Every table was served by seven, and the couple booked us again for their christening."

DEEDS = {
    "had to": ("I had to rewrite the prep list for the Friday, I had to borrow two ovens from "
               "the hotel next door, and I had to call in three cooks from their day off."),
    "progressive": ("I was rewriting the prep list all morning, I was borrowing two ovens from "
                    "the hotel next door, and I was calling in three cooks from their day off."),
}


@pytest.mark.parametrize("kind", sorted(DEEDS))
def test_deeds_told_as_duties_or_in_progress_are_the_action(kind: str) -> None:
    analysis = analyze_answer(Transcript.from_text(f"{SCENE} {DEEDS[kind]} {END}"),
                              question=QUESTION)
    assert analysis.star.parts["A"].present
    assert "no_action" not in analysis.flaw_codes


def test_others_deeds_after_one_duty_are_still_no_action_of_ones_own() -> None:
    answer = (f"{SCENE} I had to get the food out on time. The hotel lent us two ovens, the "
              f"owner called in three cooks, and the sous chef rewrote the prep list. {END}")
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION)
    assert "no_action" in analysis.flaw_codes
