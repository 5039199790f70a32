"""The history screen's trend columns."""

from __future__ import annotations

import asyncio

import pytest
from textual.screen import Screen
from textual.widgets import DataTable

from simulator.tui.app import make_app
from simulator.tui.screens.history import CompareScreen, HistoryScreen
from simulator.tui.screens.replay import ReplayScreen
from simulator.tui.widgets.trend import BLOCKS
from tests.tui.conftest import (
    FIXED_STARTS,
    STRONG_ANSWER,
    WEAK_ANSWER,
    quiet_parts,
    settled,
    typed_session,
    until,
)


def test_the_trend_rises_with_the_scores() -> None:
    from simulator.tui.widgets.trend import column_chart

    line = column_chart([40.0, 60.0, 80.0], 24, rows=1)[0]
    assert len(line) == 3
    assert [BLOCKS.index(c) for c in line] == sorted(BLOCKS.index(c) for c in line)
    assert line[0] != line[-1]


def test_scores_a_point_apart_look_a_point_apart() -> None:
    # breaker10 D29: 100 then 99 was drawn full then empty, read as a collapse.
    from simulator.tui.widgets.trend import column_chart

    assert column_chart([100.0, 99.0], 24, rows=1, scale=(0, 100))[0] == "██"
    low, high = column_chart([100.0, 20.0], 24, rows=1, scale=(0, 100))[0]
    assert BLOCKS.index(high) < BLOCKS.index(low)


@pytest.mark.usefixtures("no_audio_devices")
def test_enter_opens_the_weakest_question_and_replays_an_attempt_on_arrival() -> None:
    """No Tab first: the weakest-questions table has the focus when History opens, and so does
    the attempts table when Compare opens; both footers name Enter."""

    async def scenario() -> tuple[bool, set[str], bool, set[str], type]:
        typed_session([WEAK_ANSWER, STRONG_ANSWER], FIXED_STARTS[0])
        typed_session([STRONG_ANSWER, WEAK_ANSWER], FIXED_STARTS[1], persona_id="peer")
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await settled(pilot)
            await app.push_screen(HistoryScreen())
            history = app.screen
            table = history.query_one("#history-table", DataTable)
            await until(pilot, lambda: table.row_count > 0, "the weakest questions")
            # The footer is redrawn after the table fills: wait for the key, not for the rows.
            await until(pilot, lambda: ("enter", "Compare attempts") in footer_keys(history),
                        "the history footer's Enter")
            history_focused = app.focused is table
            history_keys = footer_keys(history)
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
            compare = app.screen
            attempts = compare.query_one("#compare-table", DataTable)
            await until(pilot, lambda: attempts.row_count > 0, "the attempts")
            await until(pilot, lambda: ("enter", "Replay it") in footer_keys(compare),
                        "the compare footer's Enter")
            compare_focused = app.focused is attempts
            compare_keys = footer_keys(compare)
            await pilot.press("enter")
            await until(pilot, lambda: app.screen is not compare, "the replay")
            await settled(pilot)
            return history_focused, history_keys, compare_focused, compare_keys, type(app.screen)

    history_focused, history_keys, compare_focused, compare_keys, last = asyncio.run(scenario())
    assert history_focused and compare_focused
    assert ("enter", "Compare attempts") in history_keys
    assert ("enter", "Replay it") in compare_keys
    assert last is ReplayScreen


def footer_keys(screen: Screen[object]) -> set[tuple[str, str]]:
    from textual.widgets._footer import FooterKey

    return {(key.key, key.description) for key in screen.query(FooterKey)}
