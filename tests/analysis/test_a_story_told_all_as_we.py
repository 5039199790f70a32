"""A story told wholly as "we", with no I, me or my anywhere, is told that the speaker's own
part is missing, wherever the labeller placed its actions (issue 13, item 3;
bench/analysis_accuracy.py: 5 such weak answers of dev7, dev8, held2 and held7, their "we"
actions read as set-up or result, got no we_not_i). Every answer here is our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved a process."
OWN_PART_TIP = "say what you did yourself"


@pytest.mark.parametrize(
    "text",
    [
        # Terse notes under headings.
        "Situation: our bakery kept running out of sourdough by eleven.\n"
        "What we did:\n"
        "- we moved the second bake to six\n"
        "- we doubled the starter the night before\n"
        "- we added a sold-out board by the till\n"
        "Result: we sold out at two instead of eleven, and complaints stopped.",
        # Run-on speech.
        "so yeah at the depot the vans were always late out and we looked at it as a team and "
        "we moved the loading to the night before and we changed the order of the drops and "
        "we started a quick huddle at six and after a month the vans were out by seven every "
        "day",
        # Polished career-page English.
        "At our clinic, patients waited up to forty minutes past their appointment. We reviewed "
        "a month of booking data, we introduced ten-minute buffers after long procedures, and "
        "we trained reception to text patients when the clinic ran late. Within two months, "
        "average waits fell to eight minutes and complaints about delays halved.",
    ],
    ids=["notes", "run-on", "polished"],
)
def test_a_story_with_no_i_in_it_asks_for_the_own_part(text: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert "we_not_i" in analysis.flaw_codes
    assert any(OWN_PART_TIP in tip for tip in analysis.tips)


def test_a_team_story_that_says_what_the_speaker_did_keeps_its_own_part() -> None:
    text = (
        "At our clinic, patients waited up to forty minutes past their appointment. We reviewed "
        "a month of booking data together, and I proposed ten-minute buffers after long "
        "procedures; I also trained reception to text patients when the clinic ran late. "
        "Within two months, average waits fell to eight minutes and complaints halved."
    )
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert "we_not_i" not in analysis.flaw_codes
    assert not any(OWN_PART_TIP in tip for tip in analysis.tips)
