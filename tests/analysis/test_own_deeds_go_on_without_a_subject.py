"""The last sentence of the speaker's own deeds may go on without saying "I" again ("I checked
their accounts, rang the school, and wrote a paper for the board with all three options set
out"): that clause is one more of the speaker's deeds, not an outcome by others, whatever count
it names, so an answer that stops there is still reported to have no Result (dev16). A clause
with a subject of its own that tells an outcome is still cut off as the Result. New answers of
our own."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you had to make a difficult recommendation."

STORY = (
    "I'm a finance officer at a housing charity in Bristol. Last spring one of our partner "
    "hostels told us that their manager had left and they could not run the night service we "
    "paid for. I had to recommend to our board whether to stop the funding, move it, or wait. "
    "I visited the hostel, met the two remaining staff and their chair, "
)
OWN_GOES_ON = (
    "and I checked their accounts, rang the council's housing team, and wrote a paper for the "
    "board with all three options set out side by side."
)
OUTCOME_BY_OTHERS = (
    "and I wrote a paper for the board with the three options, and the board kept the funding "
    "with monthly check-ins, and the night service reopened within six weeks."
)


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


def test_a_deed_without_its_subject_is_no_outcome() -> None:
    analysis = typed(STORY + OWN_GOES_ON)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes


def test_an_outcome_with_its_own_subject_is_still_the_result() -> None:
    analysis = typed(STORY + OUTCOME_BY_OTHERS)
    assert analysis.star.parts["R"].present, analysis.star.segments
