"""A reply to "how did it turn out?" that only judges how it went ("it went fine in the end,
everybody was pleased") tells no outcome: the same words closing an answer are a Result that
"only judges how it went" and cost it, so as a reply they cannot stand for the missing outcome
and lift the question as a concrete reply does (breaker15 B4: 54 -> 96 on such a reply)."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import analyze_follow_up
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you kept a team calm when things went wrong."
FIRST = (
    "Last March the cold store at our bakery in Lodz failed on a Friday night, with the whole "
    "weekend's dough inside. I was the shift leader, so it was my call what we saved first. I "
    "moved the croissant dough to the van with the cooler, I split the night crew into two "
    "lines, and I phoned the engineer at home and kept him on speaker while we worked."
)


def _reply(text: str):  # type: ignore[no-untyped-def]
    first = analyze_answer(Transcript.from_text(FIRST), question=QUESTION,
                           question_kind="behavioral")
    return first, analyze_follow_up(Transcript.from_text(text), "no_result", first)


@pytest.mark.parametrize("reply", [
    "It went fine in the end, everybody was pleased.",
    # Spoken, lower case, a second language's tense.
    "in the end it turn out good and the boss was very happy with us",
    "Honestly things got much better after that night.",
])
def test_a_verdict_is_not_the_outcome(reply: str) -> None:
    first, (merged, judgment) = _reply(reply)
    assert not first.star.parts["R"].present
    assert not judgment.gives, judgment
    assert "outcome" not in judgment.gave
    assert "did not say what changed" in judgment.message or "did not give" in judgment.message
    assert not merged.star.parts["R"].present
    assert merged.score <= first.score + 5


def test_a_concrete_reply_lifts_the_question_above_a_verdict() -> None:
    _, (verdict, _) = _reply("It went fine in the end, everybody was pleased.")
    _, (concrete, judgment) = _reply(
        "We saved all but two trays, the shops opened on time on Saturday, and the owner "
        "bought a spare cooler the week after."
    )
    assert judgment.gives, judgment
    assert concrete.star.parts["R"].present
    assert concrete.score > verdict.score + 10
    # The verdict reply names what it judged and asks for what changed.
    _, (_, judged) = _reply("It went fine in the end, everybody was pleased.")
    assert '"went fine' in judged.message or '"was pleased' in judged.message, judged.message
