"""At 80x24 the home screen's setup column scrolls: Tab onto the recent sessions brings them into
view, so Enter never replays a session the user cannot see (a new user's report), and Tab back
to the first field scrolls up again."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.tui.app import make_app
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.session_list import SessionList
from tests.tui.conftest import quiet_parts, typed_session, until


def test_tab_to_the_recent_sessions_shows_them(private_home: Path) -> None:
    for day in range(1, 9):
        typed_session(
            ["we moved the dock slots and the late lorries dropped from nine to two a week"],
            f"2026-01-{day:02d}T09:30:00.000+00:00",
        )

    async def scenario() -> list[tuple[str, bool]]:
        app = make_app(quiet_parts())
        seen: list[tuple[str, bool]] = []
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            recent = app.screen.query_one("#recent", SessionList)
            await until(pilot, lambda: recent.sessions, "the recent sessions")
            setup = app.screen.query_one("#setup")
            for _ in range(7):
                await pilot.press("tab")
                await pilot.pause()
                focused = app.focused
                assert focused is not None
                shown = setup.region.contains_region(focused.region) or not focused.region
                seen.append((str(focused.id), bool(shown)))
        return seen

    seen = asyncio.run(scenario())
    assert ("recent", True) in seen, seen
    assert all(shown for name, shown in seen if name != "persona-hiring-manager"), seen
