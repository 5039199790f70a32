"""The recent sessions' column read "May… +2 · interrupted" on a panel stopped in the middle:
the mark cut the first interviewer's name. When the long mark would, a shorter one is shown
("Maya +2 · stopped"); with room enough the mark is whole."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult

from simulator.tui.widgets.session_list import SessionList

PANEL = ("01 Dec 07:40", "Maya, Sam, Richard", "5", "88", "interrupted")


class _Holder(App[None]):
    def compose(self) -> ComposeResult:
        yield SessionList()


def _lines(widths: tuple[int, ...]) -> dict[int, str]:
    async def scenario() -> dict[int, str]:
        app = _Holder()
        seen = {}
        async with app.run_test(size=(100, 10)) as pilot:
            listed = app.query_one(SessionList)
            for width in widths:
                listed.styles.width = width
                await pilot.pause()
                seen[width] = str(listed._line(PANEL, "")).rstrip()
        return seen

    return asyncio.run(scenario())


def test_the_mark_never_cuts_the_first_name() -> None:
    lines = _lines((44, 46, 60))
    assert "Maya +2 · stopped " in lines[44], lines[44]
    assert lines[44].split()[-2:] == ["5", "88"], lines[44]
    assert "…" not in lines[46], lines[46]
    assert "Maya, Sam, Richard · interrupted" in lines[60], lines[60]
