"""Enter in an empty typed-answer box did nothing, without a word: a user who meant to skip
waited for the room. It now says what to do, and still saves nothing."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from tests.tui.conftest import kept_notices, quiet_parts, settled, typing_in_the_room


@pytest.mark.usefixtures("no_audio_devices")
def test_enter_with_nothing_typed_says_how_to_answer_or_skip() -> None:
    async def scenario() -> tuple[list[str], object, bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        notices = kept_notices(app)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await typing_in_the_room(pilot)
            box = screen.query_one("#typed-answer")
            box.text = "  \n "  # only blanks
            await pilot.press("enter")
            await settled(pilot)
            return notices, screen.last_turn, box.has_focus

    notices, turn, still_typing = asyncio.run(scenario())
    assert "Nothing typed: type your answer, or press escape then s to skip." in notices
    assert turn is None and still_typing
