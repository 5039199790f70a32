"""Own steps told as a list after "what I did was" (bare verbs: "pair…, write…, run…") were one
action, the "I did" (breaker13 B20's cousin). Each step now counts, as the same story told "I
paired…, I wrote…, I ran…" does; one step after "what I did was" is still one action."""

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved something at your workplace."

SCENE = (
    "At the swimming pool the Saturday lessons started late every week because the lane ropes "
    "were stored at the far end. As the senior lifeguard, getting lessons in on time was mine. "
)
END = " For the rest of the term every lesson started on the hour, against ten minutes late before."


def _ownership_lost(action: str) -> float:
    analysis = analyze_answer(Transcript.from_text(SCENE + action + END), question=QUESTION)
    return sum(reason.points for reason in analysis.points_why if reason.part == "ownership")


def test_steps_listed_after_what_i_did_was_each_count() -> None:
    listed = (
        "What I did was move the ropes to a rack by the shallow end, label each rope by lane "
        "and put two juniors on ropes at half eight."
    )
    told = (
        "I moved the ropes to a rack by the shallow end, I labelled each rope by lane and I put "
        "two juniors on ropes at half eight."
    )
    assert _ownership_lost(listed) == _ownership_lost(told) == 0


def test_one_step_after_what_i_did_was_is_one_action() -> None:
    assert _ownership_lost("What I did was move the ropes to a rack by the shallow end.") > 0
