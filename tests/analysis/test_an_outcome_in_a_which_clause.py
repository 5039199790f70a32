"""An outcome told in the same breath as the last deed, as a relative clause on the whole deed
("..., and I put a second till by the door, which cut the queue to a couple of minutes"), is how
the story ended; so is one told as a contracted negative ("The printer didn't jam once after
that."), as "did not" already was. Both were read as part of the actions and "no Result found"
cost the answer half its score (breaker17 F35, F30). A "which" clause that describes a thing or
the effort ("which was by the back door", "which took me two evenings") tells no outcome and stays
with the action. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved the way something worked."

STORY = (
    "I ran the front desk of a small gym in Tampere, and every evening the queue to sign in "
    "reached the street. Fixing it was on me. I watched the desk for three evenings, I printed "
    "cards with a code for each member, and I put a second scanner by the door"
)


def _analyze(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


@pytest.mark.parametrize(
    "ending",
    [
        ", which cut the queue from about twenty minutes to two.",
        ", which brought the wait down to a couple of minutes.",
        ", which saved the desk about an hour of work every evening.",
        ". The queue didn't reach the street once after that.",
        ". The queue didn\u2019t reach the street once after that.",
    ],
)
def test_the_outcome_is_the_result(ending: str) -> None:
    analysis = _analyze(STORY + ending)
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes
    result = " ".join(s.text for s in analysis.star.segments if s.label == "R")
    assert "second scanner" not in result


@pytest.mark.parametrize(
    "ending",
    [
        ", which was next to the lockers.",
        ", which took me two evenings to set up.",
    ],
)
def test_a_which_clause_that_tells_no_outcome_stays_an_action(ending: str) -> None:
    analysis = _analyze(STORY + ending)
    labels = [s.label for s in analysis.star.segments if "which" in s.text]
    assert labels == ["A"]
    assert not analysis.star.parts["R"].present
