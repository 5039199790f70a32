"""Notes that leave out the doer and the verb list what was done between the scene and the
result: that list is the Action (breaker7 D5: "2023 Kingsford. e-charts + tech check. nurses
against - slower round. 4 sessions/ward, nurses pick time, weekly missed-dose data. missed doses
-30% in 6 mo." got "Action missing" and "Say what YOU did, step by step")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Describe a change you introduced that people resisted at first."
DID = "Say what YOU did"


@pytest.mark.parametrize("notes", [
    # A school office manager's notes.
    "2024, primary school office. new online dinner payments. parents angry - no cash. "
    "2 drop-in mornings, paper help sheet, cash at office 1 month. cash payments -80% by June. "
    "head kept it.",
    # A bus depot supervisor's notes, run together.
    "Last spring Leeds depot. new shift app, drivers hate it, too many screens. "
    "10 min demo each shift; printed cards; app champions per rota. "
    "swap requests by app 90% after 2 months, union happy.",
])
def test_a_list_of_noted_steps_is_the_action(notes: str) -> None:
    analysis = analyze_answer(Transcript.from_text(notes), question=QUESTION)
    assert analysis.star.parts["A"].present
    assert "no_action" not in analysis.flaw_codes
    assert not any(DID in tip for tip in analysis.tips), analysis.tips


def test_notes_that_list_only_how_things_stood_have_no_action() -> None:
    notes = ("2024, primary school office. new online dinner payments. parents angry, no cash, "
             "office phone busy. still the same in June.")
    analysis = analyze_answer(Transcript.from_text(notes), question=QUESTION)
    assert not analysis.star.parts["A"].present
