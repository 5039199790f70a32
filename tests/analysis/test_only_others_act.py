"""An answer whose every step is done by others ("the fitters handled all of it, and they had
it done by the morning") tells no Action of the speaker's own: "Action missing" is said, not an
Action made of the others' deeds. The same story with one step of the speaker's own keeps its
Action. Each answer is a new one of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time a project succeeded despite problems."

SCENE = (
    "I was a planner at a bottling plant near Porto, and two days before a big export order "
    "the labelling machine jammed and bent its main drum. My manager put me in charge of "
    "getting the line running again. "
)
OTHERS = (
    "The fitters handled all of it, they have done this kind of repair for years, and they had "
    "it done by the morning. "
)
OWN = (
    "I rang the maker in Italy for the drum drawings and rebooked the lorry for a day later. "
)
ENDING = "The order left on the Friday, complete, and the customer never knew."


def test_an_answer_where_only_others_act_tells_no_action() -> None:
    analysis = analyze_answer(Transcript.from_text(SCENE + OTHERS + ENDING), question=Q)
    assert not analysis.star.parts["A"].present, analysis.star.segments
    assert "no_action" in analysis.flaw_codes
    assert analysis.star.parts["S"].present and analysis.star.parts["R"].present


def test_one_step_of_the_speakers_own_keeps_the_action() -> None:
    analysis = analyze_answer(Transcript.from_text(SCENE + OTHERS + OWN + ENDING), question=Q)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "no_action" not in analysis.flaw_codes
