"""The home screen's recent sessions mark one quit in the middle (Ctrl-C in the room), as
`sessions` lists its status, and keep the mark when the names must give way (80 columns). The
room ends such a session as interrupted when the app leaves, as the CLI does: the next start
does not "recover" it as it would after a crash."""

from __future__ import annotations

import asyncio

import pytest

from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import AnswerBox
from simulator.tui.widgets.session_list import SessionList
from tests.tui.conftest import (
    FIXED_STARTS,
    STRONG_ANSWER,
    quiet_parts,
    typed_session,
    typing_in_the_room,
    until,
)

# Half a sentence from a lift engineer, typed when the user pressed Ctrl-C.
DRAFT = "the lift at block C kept stopping between floors two and three so me and"


@pytest.mark.usefixtures("no_audio_devices")
@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
def test_a_session_quit_in_the_middle_is_marked_in_the_recent_list(
    size: tuple[int, int],
) -> None:
    finished = typed_session([STRONG_ANSWER], FIXED_STARTS[0])

    async def quit_mid_answer() -> None:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=size) as pilot:
            screen = await typing_in_the_room(pilot)
            await until(pilot, lambda: screen.asked is not None, "the question")
            screen.query_one("#typed-answer", AnswerBox).text = DRAFT
            # With a typed answer not sent, the first Ctrl-C asks; the second quits (D8).
            await pilot.press("ctrl+c", "ctrl+c")
        assert app.return_value == 130
        assert screen.interview is not None and not screen.interview.is_open, "ended on leaving"

    async def recent_lines() -> tuple[list[str], list[str]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            home = app.screen
            assert isinstance(home, HomeScreen)
            recent = home.query_one("#recent", SessionList)
            await until(pilot, lambda: len(recent.sessions) == 2, "the stored sessions")
            await app.workers.wait_for_complete()
            return str(recent.render()).splitlines(), [n.title for n in app._notifications]

    asyncio.run(quit_mid_answer())
    # Ended as interrupted when the app left, with the draft: nothing left to recover.
    statuses = {s.id: s.status for s in SessionStore().list_sessions()}
    assert sorted(statuses.values()) == ["finished", "interrupted"]
    lines, notices = asyncio.run(recent_lines())
    assert "Recovered after a crash" not in notices, "a Ctrl-C is not a crash"
    interrupted, done = lines[1:]
    # Said shorter ("stopped") where "interrupted" would cut the first name more.
    assert interrupted.rstrip().split("·")[-1].split()[0] in {"interrupted", "stopped"}, interrupted
    assert "interrupted" not in done and finished
