"""`plan drill` without `--target` works on the weakest area, as `practice --no-tui --mode drill`
and the room do (it used to stop with "a drill needs --target" although `plan --help` promised
the weakest area), and says which area it chose and why."""

from __future__ import annotations

import json

import pytest

from simulator.interview.banks import get_bank
from simulator.storage.store import SessionStore
from tests.storage.builders import make_turn, new_writer
from tests.trust.helpers import cli_here


def test_plan_drill_without_a_target_takes_the_weakest_area(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bank = get_bank("behavioral")
    writer = new_writer(SessionStore())
    # Every area answered well but one: the pressure stories scored low.
    for number, question in enumerate(bank.questions, 1):
        weak = question.competencies[0] == "pressure"
        writer.add_turn(make_turn(number, question_id=question.id, score=41.0 if weak else 88.0))
    writer.finish()

    code, out, err = cli_here(capsys, "plan", "drill", "--bank", "behavioral", "--count", "3")
    assert code == 0, err
    assert out.splitlines()[0] == (
        "Drill: pressure, your weakest area in behavioral by past scores (one never practised "
        "counts as weakest)"
    )
    code, out, _ = cli_here(capsys, "plan", "drill", "--count", "3", "--json")
    chosen = json.loads(out)
    code, out, _ = cli_here(
        capsys, "plan", "drill", "--target", "pressure", "--count", "3", "--json"
    )
    named = json.loads(out)
    assert chosen["focus"] == named["focus"] == "pressure"
    assert chosen["turns"] == named["turns"]
    assert named["focus_reason"] is None and "weakest" in chosen["focus_reason"]


def test_plan_drill_on_a_role_bank_drills_its_role(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli_here(capsys, "plan", "drill", "--bank", "role-nursing", "--count", "2")
    assert code == 0, err
    assert out.splitlines()[0] == "Drill: nursing, the role of role-nursing"
    assert "[role-nursing/" in out
