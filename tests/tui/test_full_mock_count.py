"""The home screen's "Number of questions" offered 1, 2, 3, 5 and 8 whatever the mode: a full
mock showed 3, then every start toasted "A full mock asks 5 to 8 questions: this one asks 5,
not 3." And the number was forgotten: a panel of 5 came back as 3 at the next start. The choices
now follow the mode (a full mock or a panel 5-8) and the number comes back with the mode."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import kept_notices, quiet_parts, until


def _counts(choice: Choice[object]) -> list[object]:
    return [value for _, value in choice.options]


@pytest.mark.usefixtures("no_audio_devices")
def test_the_number_of_questions_follows_the_mode_and_comes_back() -> None:
    async def start_a_full_mock() -> tuple[list[object], object, list[object], int, list[str]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        notices = kept_notices(app)
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            count = home.query_one("#count", Choice)
            practice_counts = _counts(count)
            home.query_one("#mode", Choice).focus()
            await pilot.press("right")  # "This bank, in order" -> "Full mock interview"
            await pilot.pause()
            assert home.query_one("#mode", Choice).value == "full"
            shown, full_counts = count.value, _counts(count)
            count.focus()
            await pilot.press("right")  # 5 -> 6
            home.query_one(PersonaCard).focus()
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await app.workers.wait_for_complete()
            return practice_counts, shown, full_counts, len(screen.setup.plan.turns), notices

    async def offered() -> tuple[object, object, list[object]]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            count = home.query_one("#count", Choice)
            return home.query_one("#mode", Choice).value, count.value, _counts(count)

    practice_counts, shown, full_counts, planned, notices = asyncio.run(start_a_full_mock())
    assert practice_counts == [1, 2, 3, 5, 8]
    assert (shown, full_counts) == (5, [5, 6, 7, 8]), "a full mock never shows 3"
    assert planned == 6
    assert not [n for n in notices if "questions" in n], notices
    assert asyncio.run(offered()) == ("full", 6, [5, 6, 7, 8])
