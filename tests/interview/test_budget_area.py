"""Round-one feedback about money can name an area that steers the plan: "budget" is known to the
notes check, and a full mock with it asks a budget question first and presses it (breaker7 D16).
Real notes file, real banks and personas."""

from __future__ import annotations

from pathlib import Path

from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import known_areas, load_checked_first_round
from simulator.interview.personas import get_persona

# A school business manager's notes after round one, terse.
NOTES = """\
name = "Ashgrove Academy r1"

[[feedback]]
note = "panel said: not enough on how I handled the money, the cuts last year"
competencies = ["budget"]
"""


def test_budget_is_an_area_and_the_plan_presses_it(tmp_path: Path) -> None:
    banks = load_banks().items
    assert "budget" in known_areas(banks)
    path = tmp_path / "round1.toml"
    path.write_text(NOTES, encoding="utf-8")
    notes = load_checked_first_round(path)  # raises on an unknown area
    assert notes.weak_competencies(banks) == {"budget"}
    for seed in range(6):
        mock = plan.full_mock([get_persona("senior-leader")], banks, first_round=notes, seed=seed)
        pressed = [t.question for t in mock.turns if t.pressed]
        assert pressed and all("budget" in q.competencies for q in pressed), seed
