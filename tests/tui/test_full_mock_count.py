"""A full mock with "Number of questions 3" ran "question 1 of 5" without a word: the plan holds
a full mock to 5-8 questions. The room now says so when it starts."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import kept_notices, quiet_parts, until


@pytest.mark.usefixtures("no_audio_devices")
def test_a_full_mock_says_when_it_asks_more_questions_than_chosen() -> None:
    async def scenario() -> tuple[list[str], int]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        notices = kept_notices(app)
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            home.query_one("#mode", Choice).value = "full"
            home.query_one("#count", Choice).value = 3
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            return notices, len(screen.setup.plan.turns)

    notices, planned = asyncio.run(scenario())
    assert planned == 5
    assert "A full mock asks 5 to 8 questions: this one asks 5, not 3." in notices
