"""When no Result is told, the tip quotes where the answer stopped, as whole clauses from a
sentence or clause start: the last ten words of "I never found out how it ended because I left
the company a month later" are "it ended because I left the company a month later", a quote that
reads as the very outcome the tip asks for (breaker14 B1). New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you improved at work without being asked to."
STORY = (
    "At the print shop in Lyon too many of the big banner jobs came out with the colours "
    "wrong. Nobody asked me, but as the night operator I wanted to fix it. I recalibrated the "
    "colour profiles, I wrote a checklist for loading the rolls, and I showed the day team how "
    "to use it. "
)
CLOSING = "I never heard how the banners came out because I moved to Grenoble in May."
QUOTED = "i never heard how the banners came out because i moved to grenoble in may"


def _no_result_evidence(text: str) -> tuple[str, ...]:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    flaw = next(f for f in analysis.star.flaws if f.code == "no_result")
    return flaw.evidence


@pytest.mark.parametrize("spoken", [False, True])
def test_a_non_outcome_is_quoted_whole(spoken: bool) -> None:
    text = STORY + CLOSING
    if spoken:  # a recognizer's words: lower case, no punctuation
        text = text.lower().replace(".", "").replace(",", "")
    assert _no_result_evidence(text) == (QUOTED,)
