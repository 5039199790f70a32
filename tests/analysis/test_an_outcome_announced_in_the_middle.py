"""Words that announce the outcome ("long story short", "in short", "the short version is") open
the Result wherever they come: told between the task and the actions they tell the outcome
early, not one more action, and the answer has its Result (breaker16 D19: "Long story short, it
never froze again after that week" was an Action and the answer was told "no Result found").
Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about the most stressful incident or emergency you have handled at work."
SCENE = (
    "So, at a bus depot in Leicester, the ticket machines on the morning buses were rebooting at "
    "six every day, just as the first passengers boarded. I was the one technician on the depot's "
    "machines that year, so it was mine. "
)
HOW = (
    " What I did was I rode the first bus for three mornings with a laptop, I saw the machines "
    "were downloading the day's fares at six and running out of memory, and I moved the "
    "download to four in the morning, while the buses were still in the yard."
)


@pytest.mark.parametrize("marker", ["Long story short, ", "To cut a long story short, ",
                                    "In short, ", "The short version is "])
def test_an_announced_outcome_in_the_middle_is_the_result(marker: str) -> None:
    outcome = marker + "no machine rebooted after that week, and boarding got quicker."
    analysis = analyze_answer(Transcript.from_text(SCENE + outcome + HOW), question=QUESTION,
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert ("R", outcome) in labels, labels
    assert labels[-1][0] == "A", labels
    assert "no_result" not in analysis.flaw_codes, analysis.flaw_codes
