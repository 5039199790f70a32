"""A user's own exercise bank (kind "exercise" in the data folder's question_banks/) is asked like
the built-in one: `plan presentation --exercise` finds its exercises by short or qualified id,
the room's "Presentation" mode on that bank asks its talk with its own preparation time, and
"This bank, in order" runs its exercises as talks. Real files in the user's data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.errors import UnknownNameError
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.personas import load_personas
from simulator.tui.screens.home import plan_session

# A bakery chain's area manager wrote this one for their own second round.
OWN_BANK = """\
id = "ovens-exercise"
title = "Ovenfield case exercise"
kind = "exercise"

[[questions]]
id = "late-vans"
text = "Half our morning vans reach the shops after opening. Take us through a fix, four minutes."
target_s = [180, 240]
prepare_s = 45
talking_points = ["where the hour goes", "two fixes and their cost", "how you would know"]
follow_ups = ["Which fix would you drop first if drivers refused night loading?"]

[[questions]]
id = "crumb-waste"
text = "Present how you would halve what our shops bin at closing time. Three minutes."
target_s = [150, 180]
prepare_s = 30
"""


@pytest.fixture
def own_bank(private_home: Path) -> Path:
    folder = private_home / "question_banks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ovens-exercise.toml"
    path.write_text(OWN_BANK, encoding="utf-8")
    return path


def _planned(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["plan", "presentation", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("exercise", ["late-vans", "ovens-exercise/late-vans"])
def test_plan_asks_the_users_exercise_with_its_preparation(
    own_bank: Path, capsys: pytest.CaptureFixture[str], exercise: str
) -> None:
    (turn,) = _planned(capsys, "--exercise", exercise)["turns"]
    assert turn["question_id"] == "ovens-exercise/late-vans"
    assert turn["kind"] == "presentation"
    assert turn["prepare_s"] == 45.0 and turn["slot_s"] == 240.0
    assert turn["spoken_text"].startswith("Half our morning vans")


def test_built_in_exercises_are_still_found_and_a_wrong_id_lists_both_banks(
    own_bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (turn,) = _planned(capsys, "--exercise", "case-new-market")["turns"]
    assert turn["question_id"] == "exercise/case-new-market" and turn["prepare_s"] == 300.0
    banks = load_banks().items
    with pytest.raises(UnknownNameError) as error:
        plan.find_exercise("late-van", banks)
    assert "late-vans" in str(error.value) and "case-new-market" in str(error.value)
    with pytest.raises(UnknownNameError):
        plan.find_exercise("exercise/late-vans", banks)  # in the user's bank, not this one


def test_the_room_asks_the_chosen_exercise_bank(own_bank: Path) -> None:
    banks = tuple(load_banks().items.values())
    mine = next(b for b in banks if b.id == "ovens-exercise")
    persona = load_personas().items["hiring-manager"]
    for seed_round in range(4):  # whatever the draw, only this bank's talks
        talk = plan_session(persona, mine, banks, "presentation", 1)
        (turn,) = talk.turns
        assert turn.question.bank_id == "ovens-exercise", seed_round
        assert turn.kind == "presentation" and turn.prepare_s in (45.0, 30.0)
    (alone,) = plan.single(persona, mine.question("crumb-waste")).turns  # practice --bank
    assert (alone.kind, alone.prepare_s, alone.slot_s) == ("presentation", 30.0, 180.0)
    in_order = plan_session(persona, mine, banks, "practice", 2)
    assert [(t.kind, t.prepare_s, t.slot_s) for t in in_order.turns] == [
        ("presentation", 45.0, 240.0),
        ("presentation", 30.0, 180.0),
    ]
