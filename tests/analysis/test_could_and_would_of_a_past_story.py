"""A story told in the past around a first-person "could" or "would" is a real occasion: "I
could persuade the owner" is what the speaker managed to do (many second languages use "could"
for a past achievement), "every morning I would check the orders" a habit of that time, and
Indian English "I will ring" the same habit (breaker17 F31: 33/100, "told as what you would
do"). An answer told as what one would do, with no past event after the plan, still is one."""

from __future__ import annotations

import pytest

from simulator.analysis.answer import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved the way something was done."

SCENE = ("At a bakery in Porto the delivery vans left late most mornings because the orders "
         "came in on paper. I ran the early shift, so the mornings were my problem.")
END = "By March the vans left on time every day, and two cafes gave us bigger orders."

TOLD = {
    # A second language's "could" for what the speaker managed to do.
    "could": ("I could persuade the owner to pay for a simple order form online, I could get the "
              "cafes to send their orders the night before, and I could print the van lists "
              "before five."),
    # A habit of that time, in any English.
    "would": ("So every evening I would collect the orders from the form, I would ring any cafe "
              "that had not sent one, and I would print the van lists before I went home."),
    # Indian English habitual "will".
    "will": ("So every evening I will collect the orders from the form, I will ring any cafe "
             "that had not sent one, and I will print the van lists before I go home."),
}


@pytest.mark.parametrize("kind", sorted(TOLD))
def test_a_past_story_told_with_could_or_would_is_no_plan(kind: str) -> None:
    analysis = analyze_answer(Transcript.from_text(f"{SCENE} {TOLD[kind]} {END}"),
                              question=QUESTION)
    assert "hypothetical" not in analysis.flaw_codes
    assert analysis.star.parts["A"].present


@pytest.mark.parametrize("answer", [
    # No occasion at all: the whole answer is a plan.
    "I would first sit down with the drivers, then I would look at where the orders get stuck, "
    "and I would try a new order form for a month. I think that would fix most of it.",
    # A real scene, then only what the speaker would do: no past event after the plan.
    f"{SCENE} I would move the orders to a form online, I would ring the cafes the night before, "
    "and I would print the van lists before five.",
    # What the speaker would have done differently is not what they did.
    f"{SCENE} I would have moved the orders online, I would have rung the cafes earlier, and I "
    "would have printed the lists the night before. The vans were still late in March.",
])
def test_an_answer_told_as_what_one_would_do_is_still_hypothetical(answer: str) -> None:
    assert "hypothetical" in analyze_answer(Transcript.from_text(answer),
                                            question=QUESTION).flaw_codes
