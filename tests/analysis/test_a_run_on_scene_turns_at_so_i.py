"""A spoken answer with no sentence ends that tells how things stood and then turns to what the
speaker did at "so i <deed>" ("...they just dropped off the list so i pulled the missed
appointments for the last six months and i rang every one of them...") keeps its Action: the
scene the labeller missed ends at the turn, not at the end of the run-on stretch, which took
all the speaker's deeds with it and had "Action missing" said of a told Action (held16 row 24).
Each answer is a new one of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "tell me about a time you improved something for your customers"

SCENE = (
    "um so i went back to work after a year off with my twins and i went back three days a week "
    "as a receptionist at a physio clinic and the first thing i noticed was that patients who "
    "missed their first appointment never got a second letter they just dropped off the list "
)
DEEDS = (
    "so i pulled the missed appointments for the last six months and i rang every one of them "
    "and i wrote a text reminder that goes out the day before and i showed it to the practice "
    "manager "
)
ENDING = ("and it went live about a month later and the missed first appointments dropped by i "
          "think about a third")


def _judged(text: str) -> tuple[dict[str, bool], tuple[str, ...], str]:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    action = " ".join(s.text for s in analysis.star.segments if s.label == "A")
    return {p: analysis.star.parts[p].present for p in "STAR"}, analysis.flaw_codes, action


def test_the_turn_to_own_deeds_in_a_run_on_keeps_the_action() -> None:
    parts, flaws, action = _judged(SCENE + DEEDS + ENDING)
    assert parts["S"] and parts["A"] and parts["R"], parts
    assert "no_action" not in flaws
    assert action.startswith("so i pulled the missed appointments"), action
