"""History's "By kind of question" said "behavioral 6" after three questions asked in two
sessions: its "Questions" column counted answers. It now counts different questions, and how
many times they were asked is its own column."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.widgets.fitted_table import FittedTable
from tests.tui.conftest import (
    FIXED_STARTS,
    STRONG_ANSWER,
    WEAK_ANSWER,
    quiet_parts,
    settled,
    typed_session,
)


@pytest.mark.usefixtures("no_audio_devices")
def test_by_kind_counts_questions_and_the_times_they_were_asked() -> None:
    # The same three behavioral questions in two sessions: 3 questions, asked 6 times.
    answers = [STRONG_ANSWER, WEAK_ANSWER, STRONG_ANSWER]
    typed_session(answers, FIXED_STARTS[0])
    typed_session(answers, FIXED_STARTS[1], persona_id="peer")

    async def scenario() -> tuple[list[str], list[tuple[str, ...]]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 40)) as pilot:
            await settled(pilot)
            await app.push_screen(HistoryScreen())
            await app.workers.wait_for_complete()
            await settled(pilot)
            table = app.screen.query_one("#kind-table", FittedTable)
            headers = [str(column.label) for column in table.columns.values()]
            rows = [
                tuple(str(cell) for cell in table.get_row_at(index))
                for index in range(table.row_count)
            ]
            return headers, rows

    headers, rows = asyncio.run(scenario())
    assert headers[:3] == ["Kind", "Questions", "Times asked"]
    assert [row[:3] for row in rows] == [("behavioral", "3", "6")]
