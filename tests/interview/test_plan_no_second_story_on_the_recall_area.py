"""A full mock that asks a round-one question again does not ask a second question on the area
that question covers: with a noted conflict question asked again (area "conflict"), no bank
question on conflict follows (docs/data-format.md: the plan does not repeat questions already
asked; breaker7 D13). Real notes file, real banks and personas."""

from __future__ import annotations

from pathlib import Path

from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import load_first_round
from simulator.interview.personas import get_persona
from simulator.storage.records import RECALL_BANK

# Jotted by a warehouse supervisor after round one: the wording, not a bank id.
NOTES = """\
name = "Dockside round 1"

[[asked]]
question = "a time u clashed with a coworker??"
weak = true
answer = "forklift rota argument with Tomasz, sorted it somehow"
feedback = "no ending to the story"
competencies = ["conflict"]
"""


def test_the_recalled_area_is_not_asked_twice(tmp_path: Path) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(NOTES, encoding="utf-8")
    notes = load_first_round(path)
    banks = load_banks().items
    for seed in range(12):
        mock = plan.full_mock([get_persona("hiring-manager")], banks, first_round=notes,
                              seed=seed)
        recalled = [t for t in mock.turns if t.question.bank_id == RECALL_BANK]
        assert len(recalled) == 1
        others = [t.question for t in mock.turns if t.question.bank_id != RECALL_BANK]
        assert not [q.id for q in others if q.competencies[:1] == ("conflict",)], seed
