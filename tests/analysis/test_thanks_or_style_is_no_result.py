"""A story that closes, after its last action, on thanks or praise for others ("the crew I had
that week were just brilliant", "I want to say thank you to the drivers") or on the speaker's
own style ("that's really my style, I like to go and see for myself") tells no outcome: the
Result is reported missing (dev14, held15 and dev16 each ended an answer with no Result so).
Told after an outcome, the outcome is still the Result. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you had to fix something quickly."

STORY = (
    "I'm a site supervisor for a roofing firm in Cardiff. In February a storm took the felt off "
    "half the roof of a primary school, two days before the children were due back. It was on "
    "me to get it watertight before the Monday. I split the crew into two shifts, I drove to "
    "the merchant in Newport myself for the felt because ours had run out, and I stayed on the "
    "roof with the night shift to check every seam. "
)
PRAISE = (
    "And I have to say, the crew I had that week were just brilliant, two apprentices who "
    "worked every night with me without a word of complaint."
)
THANKS = "I want to say thank you to the lads on the crew, because without them none of it works."
STYLE = (
    "That's really my style, I like to be up there with the crew and see the seams for myself "
    "rather than sign them off from the van."
)
OUTCOME = (
    "The school opened on the Monday with every classroom dry, and the council gave us the "
    "contract for the other two schools in the area. "
)


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


@pytest.mark.parametrize("closing", [PRAISE, THANKS, STYLE])
def test_closing_on_thanks_praise_or_style_leaves_the_result_missing(closing: str) -> None:
    analysis = typed(STORY + closing)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert analysis.star.parts["A"].present


@pytest.mark.parametrize("closing", [PRAISE, THANKS, STYLE])
def test_an_outcome_before_the_thanks_is_still_the_result(closing: str) -> None:
    analysis = typed(STORY + OUTCOME + closing)
    results = " ".join(s.text for s in analysis.star.segments if s.label == "R")
    assert "The school opened on the Monday" in results, analysis.star.segments
