"""Round-one notes may name an area the way the app itself speaks of it: "motivation" (the app
calls a why-this-job question a "motivation question") and "data" (the banks tag it
"data-analysis") were refused as unknown areas. Both are accepted, "data" as the area it is
short for, and a doubt on motivation presses the why-this-job questions of a full mock. A word
that names no area is still refused. Real notes file, real banks and personas."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.errors import DataFileError
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import load_checked_first_round
from simulator.interview.personas import get_persona

# A lab technician's notes after a first interview, in a hurry.
NOTES = """\
name = "Corran Labs first chat"

[[feedback]]
note = "they were not sure why i want to move from the hospital lab"
competencies = ["motivation"]

[[feedback]]
note = "wanted more on how i used the QC numbers"
competencies = ["data"]
"""


def test_motivation_and_data_are_areas_that_steer_the_plan(tmp_path: Path) -> None:
    banks = load_banks().items
    path = tmp_path / "round1.toml"
    path.write_text(NOTES, encoding="utf-8")
    notes = load_checked_first_round(path)  # raised "unknown area" before
    assert notes.weak_competencies(banks) == {"motivation", "data-analysis"}
    pressed_kinds: set[str] = set()
    for seed in range(8):
        mock = plan.full_mock([get_persona("hiring-manager")], banks, first_round=notes, seed=seed)
        pressed_kinds.update(turn.question.kind for turn in mock.turns if turn.pressed)
    assert "motivation" in pressed_kinds


def test_a_word_that_names_no_area_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(NOTES.replace('["data"]', '["vibes"]'), encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown area 'vibes'"):
        load_checked_first_round(path)
