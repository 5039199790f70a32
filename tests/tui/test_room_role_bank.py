"""A ward manager chose "Role: Nursing" as the question bank and Panel as the mode: the room's
five questions held none of the nursing bank's, since the room planned a full mock without the
role, while `plan full --role nursing` added them. The room and the CLI now plan through one
function (`plan.build` with the chosen bank): a role bank feeds a full mock and a panel, and the
same choices give the same plan from the room's planner and from `interview-sim plan`."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.interview.banks import load_banks
from simulator.interview.personas import load_personas
from simulator.tui.app import make_app
from simulator.tui.screens.home import plan_session
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.panel_picker import PanelPicker
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, until


@pytest.mark.usefixtures("no_audio_devices")
@pytest.mark.parametrize("mode", ["panel", "full"])
def test_the_role_bank_chosen_in_the_room_feeds_the_mock(mode: str) -> None:
    async def scenario() -> tuple[list[str], str]:
        app = make_app(quiet_parts(), bank_id="role-nursing")
        async with app.run_test(size=(110, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            assert app.screen.query_one("#bank", Choice).value == "role-nursing"
            app.screen.query_one("#mode", Choice).value = mode
            app.screen.query_one("#count", Choice).value = 5
            await pilot.press("enter")
            if mode == "panel":
                await until(pilot, lambda: isinstance(app.screen, PanelPicker), "the picker")
                await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await app.workers.wait_for_complete()
            return [t.question.id for t in screen.setup.plan.turns], screen.setup.bank.id

    asked, bank = asyncio.run(scenario())
    assert bank == "role-nursing"
    assert len(asked) == 5
    nursing = [q for q in asked if q.startswith("role-nursing/")]
    assert len(nursing) >= 2, asked  # the role's turns: a second round tests the job itself


def test_the_room_and_the_cli_plan_the_same_mock_from_the_same_choices(
    private_home: Path,
) -> None:
    personas = load_personas().items
    banks = load_banks().items
    panel = [personas["hiring-manager"], personas["senior-leader"]]
    room = plan_session(
        panel[0], banks["role-nursing"], banks.values(), "panel", 6, panel=panel[1:], seed=11
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}

    def cli(*choice: str) -> list[tuple[str, str]]:
        done = subprocess.run(
            [sys.executable, "-m", "simulator", "plan", "full", "--persona", "hiring-manager",
             "--persona", "senior-leader", "--count", "6", "--seed", "11", "--json", *choice],
            capture_output=True, text=True, env=env, check=True, timeout=120,
        )
        return [(t["persona"], t["question_id"]) for t in json.loads(done.stdout)["turns"]]

    expected = [(t.persona.id, t.question.id) for t in room.turns]
    assert any(q.startswith("role-nursing/") for _, q in expected)
    assert cli("--bank", "role-nursing") == expected
    assert cli("--role", "nursing") == expected
