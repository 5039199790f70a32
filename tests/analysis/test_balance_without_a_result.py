"""A long answer told almost all as set-up is unbalanced even when its Result is missing
(issue 13, item 3; bench/analysis_accuracy.py: the writers of dev9, held1, held7 and held8
called 4 answers of 101-163 words, four fifths scene and one short action at the end,
unbalanced, and only "no result" was named). From flaws.WHOLLY_SETUP (80 %) of 100 words or
more, with an Action found, the balance is named beside the missing Result, and so it is when
the speaker's first own action comes after four fifths of the words, however the parts were
read; under it, or with no Action found (its words may have been read as set-up), only the
missing part is."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you dealt with a problem on your shift."
# Run-on speech: how the plant works, who was off, the leak...
SCENE = (
    "so i was a shift lead at the bottling plant nights and basically the way it works is the"
    " syrup comes in from the mixing room upstairs and goes through the filler and then the "
    "capper and the labeller and then the packer and the pallets go to the warehouse for the "
    "morning lorries and we had six lines running that night and three of them were on the "
    "big two litre bottles which are always the trouble ones because the caps jam and on top "
    "of that two of my operators had rung in sick and the agency had not sent anyone and the "
    "quality lady had gone home at ten so there was nobody to sign off a change of batch and "
    "the line four filler started leaking syrup all over the floor about one in the morning "
)
# ...and one action.
RUN_ON = SCENE + "so i stopped line four and put its operator on line two"
# The same with no action at all: the missing Action is the fault named.
RUN_ON_NO_ACTION = SCENE + "and that was a long night"
# A non-native speaker: two thirds set-up, an action, no result: only the result is asked.
NON_NATIVE = (
    "I was working as shift leader in a big laundry for hospitals, we wash the sheets and the"
    " uniforms for four hospitals in the city. The system is like this: the dirty linen comes"
    " in the morning in cages, we sort it by colour and by hospital, then it goes in the "
    "tunnel washer, then the dryers and the ironing machines, and at night the clean linen "
    "goes back in the vans. There are strict rules for infection, the red bags from the wards"
    " must go in the special washer and nobody can open them. That day two people from my "
    "shift were sick, the tunnel washer had an error two times in the morning, and the "
    "hospital called because they need extra sheets for the weekend. I decided to stop the "
    "ironing on one machine and I put those two persons on the sorting."
)


def test_four_fifths_set_up_and_no_result_is_unbalanced_too() -> None:
    analysis = analyze_answer(Transcript.from_text(RUN_ON), question=QUESTION)
    assert analysis.star.parts["A"].present
    assert {"no_result", "unbalanced"} <= set(analysis.flaw_codes)
    assert any("is set-up" in tip and "Trim the" in tip for tip in analysis.tips)


def test_with_no_action_found_only_the_action_is_asked_for() -> None:
    analysis = analyze_answer(Transcript.from_text(RUN_ON_NO_ACTION), question=QUESTION)
    assert "no_action" in analysis.flaw_codes
    assert "unbalanced" not in analysis.flaw_codes


# The same laundry, the speaker's decision told at two thirds of the answer.
DECIDED_AT_TWO_THIRDS = NON_NATIVE.replace(
    " That day two people", " That day I decided to stop the ironing on one machine, because"
    " two people").replace(
    " I decided to stop the ironing on one machine and I put those two persons on the sorting.",
    " I put those two persons on the sorting.")


def test_two_thirds_set_up_and_no_result_asks_only_for_the_result() -> None:
    analysis = analyze_answer(Transcript.from_text(DECIDED_AT_TWO_THIRDS), question=QUESTION)
    assert "no_result" in analysis.flaw_codes
    assert "unbalanced" not in analysis.flaw_codes
    assert not any("is set-up" in tip for tip in analysis.tips)


def test_a_first_own_action_after_four_fifths_is_unbalanced_whatever_the_parts() -> None:
    # Read as two thirds set-up by its parts, but 127 of its 145 words come before "I decided"
    # (flaws._first_own_action_at): the scene at length before one short step.
    analysis = analyze_answer(Transcript.from_text(NON_NATIVE), question=QUESTION)
    assert {"no_result", "unbalanced"} <= set(analysis.flaw_codes)
