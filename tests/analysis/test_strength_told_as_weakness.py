"""A strength told as the weakness, with nothing done about it, dodges "what are you working to
get better at?" (breaker15 B26: the perfectionist humble-brag scored 83, as well as a real
weakness with what was done about it, 85, and nothing named the dodge). It is named as not
answering the question and costs what another story would; a real weakness with what the
speaker now does about it is not named, nor is a perfectionist who says what they changed.
New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.flaws import strength_as_weakness
from simulator.speech.stt import Transcript

QUESTIONS = (
    "What is one thing you are actively working to get better at?",
    "What would you say is your biggest weakness?",
)
# A care-home deputy's humble-brag: the weakness is a strength, and it is called one.
HUMBLE_BRAG = (
    "To be honest my weakness is that I'm a perfectionist. I care too much about every rota "
    "being exactly right, so I often stay late checking it twice. My last two managers said that "
    "was a good problem to have, and in a care home I think it is really a strength."
)
# A real weakness, what it cost, and what is done about it now.
REAL = (
    "I am slow to hand work over. When the stock count is due I try to do all of it myself, and "
    "last spring I was still counting at ten at night. Since then I give the two juniors a "
    "section each and I check only their totals, and last month we finished by six."
)
# The same word, with a change made.
CHANGED = (
    "I'm a bit of a perfectionist with the stock sheets, and it slowed the counts down. So now I "
    "set myself a time limit per aisle and I ask a colleague to spot check instead of checking "
    "everything twice. The last three counts finished on time."
)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_strength_in_disguise_is_named_and_costs(question: str) -> None:
    brag = analyze_answer(Transcript.from_text(HUMBLE_BRAG), question=question,
                          question_kind="culture")
    real = analyze_answer(Transcript.from_text(REAL), question=question, question_kind="culture")
    assert brag.flaw_codes[0] == "off_topic", brag.flaw_codes
    assert "strength told as a weakness" in brag.tips[0]
    assert "perfectionist" in brag.tips[0]
    assert "off_topic" not in real.flaw_codes
    assert real.score - brag.score >= 25


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_perfectionist_who_changed_something_is_not_named(question: str) -> None:
    assert strength_as_weakness(question, CHANGED) == []


def test_a_weakness_in_a_process_is_not_the_speakers() -> None:
    assert strength_as_weakness("Tell me about a time you fixed a control weakness.",
                                HUMBLE_BRAG) == []
