"""With no microphone the room showed an idle "mic ····" level meter beside the typing box, as
if it were listening. Where the meter stands it now says the answers are typed."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.widgets.meters import LevelMeter
from tests.tui.conftest import quiet_parts, typing_in_the_room


@pytest.mark.usefixtures("no_audio_devices")
def test_the_typed_room_says_typed_answers_where_the_mic_meter_stood() -> None:
    async def scenario() -> str:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await typing_in_the_room(pilot)
            return str(screen.query_one(LevelMeter).render())

    shown = asyncio.run(scenario())
    assert shown == "typed answers: no microphone in use"
    assert "mic" not in shown.replace("microphone", "") and "·" not in shown
