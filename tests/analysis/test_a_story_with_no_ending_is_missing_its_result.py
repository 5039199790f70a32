"""A story that stops after its deeds has no Result, however its last deed is told: "...and I
stopped any change that had no written reason" is one more action (a clause that picks out the
changes stopped, "that had no...", tells no outcome), and "...so if a print failed it would
send it again" is what the last deed was for. Before, each was read as the Result, the missing
ending was never named and the card asked for the result's number instead (breaker16 D5). A
spoken opening on a former workplace ("ok so at my last job which was a hospital pharmacy...")
is the scene, not an outcome told first. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a process you owned from end to end."
TIMETABLE = (
    "I want to tell you about the time I sorted out our timetable changes. At a coach company in "
    "Leeds the timetable changed every few weeks and about one driver in four found out on the "
    "morning itself. As the planner that was squarely my problem. I brought in a fixed change "
    "day each month, I made every depot print the new times a week ahead, and I stopped any "
    "change that had no written reason."
)
PHARMACY = (
    "ok so at my last job which was a hospital pharmacy in bristol the night orders kept getting "
    "lost like three times a week and i was the one who looked after the order system so it was "
    "on me and what i did was i checked the logs and i saw the printer queue dropped jobs when it "
    "was full so i split the queue in two and i also added a check so if a print failed it would "
    "send it again"
)


@pytest.mark.parametrize("answer", [TIMETABLE, PHARMACY])
def test_the_last_deed_is_no_result(answer: str) -> None:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    labels = [s.label for s in analysis.star.segments]
    assert "R" not in labels, [(s.label, s.text) for s in analysis.star.segments]
    assert labels[0] == "S" and labels[-1] == "A", labels
    assert "no_result" in analysis.flaw_codes, analysis.flaw_codes
    assert "no_metrics" not in analysis.flaw_codes, analysis.flaw_codes
    assert analysis.order == "story"
