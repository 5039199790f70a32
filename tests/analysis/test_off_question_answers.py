"""A story with no second side, told to a disagreement question, is named as not answering it:
the README run's delivery story passed for a disagreement on "not one went to the wrong door,
against nine in March", words any story uses. And a success opened on, to a question about a
failure or a disagreement, is another story. Answers that do tell the other side, in words of
their own, are not named."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.flaws import off_topic
from simulator.speech.stt import Transcript

DISAGREE = "Tell me about a time you strongly disagreed with a colleague about a piece of work."
FAILED = "Tell me about a time you failed."

# A library assistant: a shelving story, nobody on another side, to the disagreement question.
SHELVES = (
    "At the town library our returns trolley was never empty by closing, and books sat unshelved "
    "for days. I was asked to sort it before the summer reading scheme. I split the trolley by "
    "floor, put a sorting shelf by the desk and shelved every hour on the hour. By July not one "
    "book waited overnight, against forty most evenings in May."
)
# A tiler: the other side told as what his partner would not do, no word of disagreeing.
PARTNER = (
    "On a bathroom job last winter my business partner would never let the floor dry a full day "
    "before grouting, he said the client was paying for speed. I showed him two of his own "
    "jobs where the grout had cracked, and we agreed to leave every floor overnight from then "
    "on. We have had no call-backs for cracked grout since."
)
# A baker's success, opened on as the best moment, to a question about failing.
BEST = (
    "Failing, well, my best moment was the wedding cake for the mayor's daughter. Five tiers, "
    "and the order came in four days before the day. I baked at night, I rented a cold room "
    "and I drove it myself in the van at walking pace. She sent us a card and two more weddings "
    "came from it."
)
# A real failure, which the speaker is proud to have mended, later in the story.
MENDED = (
    "In my first month as a baker I forgot to switch the proving cabinet on for the morning "
    "rolls, so forty cafes got no rolls by seven. I rang each cafe myself, said it was my fault, "
    "and baked a quick batch of flatbreads to send instead. I now check the cabinet on a list "
    "every night, and I am proud that not one cafe left us over it."
)


def _codes(text: str, question: str) -> tuple[str, ...]:
    return analyze_answer(Transcript.from_text(text), question=question).flaw_codes


@pytest.mark.parametrize(("text", "question"), [(SHELVES, DISAGREE), (BEST, FAILED)])
def test_another_story_is_named(text: str, question: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=question)
    assert analysis.flaw_codes[0] == "off_topic", analysis.flaw_codes
    assert analysis.tips[0].startswith("This does not answer the question asked")


def test_a_success_opened_on_is_quoted() -> None:
    (flaw,) = off_topic(FAILED, BEST.lower().replace(",", ""))
    assert "opens on a success" in flaw.message and flaw.evidence == ("best moment",)


@pytest.mark.parametrize(("text", "question"), [(PARTNER, DISAGREE), (MENDED, FAILED)])
def test_the_question_answered_in_other_words_is_not_named(text: str, question: str) -> None:
    assert "off_topic" not in _codes(text, question)
