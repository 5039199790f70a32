"""The home screen offered the company profile and round-one notes chosen last time, but not
the question bank and mode: a ward manager who practised "Role: Nursing" as a panel had to pick
both again at every start. They now come back too (a bank named on the command line wins)."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, until


@pytest.mark.usefixtures("no_audio_devices")
def test_the_bank_and_mode_chosen_last_come_back() -> None:
    async def start_a_drill() -> None:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            home.query_one("#bank", Choice).value = "role-nursing"
            home.query_one("#mode", Choice).value = "drill"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            await app.workers.wait_for_complete()

    async def offered(bank_id: str | None) -> tuple[object, object]:
        app = make_app(quiet_parts(), bank_id=bank_id)
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            return home.query_one("#bank", Choice).value, home.query_one("#mode", Choice).value

    assert asyncio.run(offered(None)) == ("behavioral", "practice")  # the first start
    asyncio.run(start_a_drill())
    assert asyncio.run(offered(None)) == ("role-nursing", "drill")
    assert asyncio.run(offered("culture")) == ("culture", "drill")
