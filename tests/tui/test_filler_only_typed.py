"""In the room, a typed answer of fillers alone ("hmm... er") is taken, like a silent one, as
no answer: the feedback says it was not judged and why, and no follow-up is offered into it
(breaker13 B7). An empty box is refused (test_typed_empty_enter.py); this one holds text."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Static

from simulator.storage.views import NOT_JUDGED, ONLY_FILLERS
from simulator.tui.app import make_app
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room


@pytest.mark.usefixtures("no_audio_devices")
def test_fillers_alone_are_not_judged_and_not_followed_up() -> None:
    async def scenario() -> tuple[str, object, bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await typing_in_the_room(pilot)
            await type_answer(pilot, "hmm... er, um")
            await settled(pilot)
            title = str(screen.query_one("#feedback-title", Static).render())
            turn = screen.last_turn
            return title, screen.probe, bool(turn is not None and turn.empty)

    title, probe, empty = asyncio.run(scenario())
    assert empty
    assert f"{NOT_JUDGED} · {ONLY_FILLERS}" in title and "score" not in title, title
    assert probe is None, "no follow-up into an answer of fillers alone"
