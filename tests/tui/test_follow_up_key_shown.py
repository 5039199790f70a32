"""A follow-up waiting after the feedback was offered only on a line at the foot of the
feedback, below the fold of a 30-row terminal; the footer and the line above named n, r and p,
never f, so a user pressing n as told never saw it (breaker14 B12). While one waits, `f` is in
the footer and the state line; once it is taken, it leaves both."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.screens.interview import StateLine
from simulator.tui.widgets.footer import shown_keys
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room

# A story with no ending, typed by a warehouse supervisor.
NO_ENDING = (
    "Last winter our loading bay ran late most evenings because the pallets came down in the "
    "wrong order. As the evening supervisor it was mine to sort out. I walked the pick routes "
    "with the two pickers, I changed the order the pallets were staged in, and I put a board "
    "at the bay door with the next three trucks on it."
)


@pytest.mark.usefixtures("no_audio_devices")
def test_f_is_shown_while_a_follow_up_waits() -> None:
    async def scenario() -> tuple[set[str], str, set[str], str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await typing_in_the_room(pilot)
            await type_answer(pilot, NO_ENDING)
            await settled(pilot)
            assert screen.probe, "no ending: a follow-up waits"
            await pilot.press("escape")
            await settled(pilot)
            waiting = {key for key, *_ in shown_keys(screen)}
            line = str(screen.query_one(StateLine).render())
            await pilot.press("f")
            await settled(pilot)
            taken = {key for key, *_ in shown_keys(screen)}
            return waiting, line, taken, str(screen.query_one(StateLine).render())

    waiting, line, taken, after = asyncio.run(scenario())
    assert {"f", "n", "r"} <= waiting
    assert line.startswith("feedback: f follow-up")
    assert "f" not in taken
    assert "follow-up" not in after
