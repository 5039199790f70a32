"""Tables and lists at the minimum size (80×24) and wide (200×50): every column of the summary
and history stays on screen (text columns wrap, figures never leave), and a session's list
entry names everyone who asked in it (a switch, a panel), shortened to the room it has
("Maya Okafor, Sam Rivera +1", "Maya… +2"), never cut without saying how many more. The CLI
list is in tests/commands/test_sessions_list.py."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from textual.widgets import DataTable

from simulator.interview.banks import get_bank
from simulator.interview.personas import get_persona
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.routes import InterviewSetup
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.session_list import SessionList
from simulator.tui.widgets.trend import TrendChart
from tests.storage.builders import panel_session, switch_session
from tests.tui.conftest import quiet_parts, until


def _columns_fit(table: DataTable) -> bool:  # type: ignore[type-arg]
    used = sum(column.get_render_width(table) for column in table.columns.values())
    return used <= table.scrollable_content_region.width


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_the_summary_keeps_every_column_on_screen(size: tuple[int, int]) -> None:
    session_id = switch_session()
    record = SessionStore().load(session_id)
    personas = (get_persona("hiring-manager"), get_persona("recruiter"))

    async def scenario() -> tuple[bool, list[list[str]], list[str], int]:
        app = make_app(quiet_parts())
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            setup = dataclasses.replace(_setup(), personas=personas)
            await app.push_screen(SummaryScreen(record, setup))
            table = app.screen.query_one("#summary-table", DataTable)
            await until(pilot, lambda: table.row_count == 2, "the rows")
            await pilot.pause()
            labels = [str(column.label) for column in table.columns.values()]
            rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
            heights = max(row.height for row in table.ordered_rows)
            return _columns_fit(table), rows, labels, heights

    fits, rows, labels, height = asyncio.run(scenario())
    assert fits, "every column within the table"
    assert labels == ["#", "Asked by", "Question", "Score", "Length", "Flaws"]
    assert [row[1] for row in rows] == ["Maya Okafor", "Priya Nair"]  # as the room names them
    assert [row[0] for row in rows] == ["1", "1 · again"]
    assert all(row[4] == "typed" for row in rows)
    flaws = rows[0][5]
    assert "…" not in flaws and "," in flaws, "every flaw named, none cut"
    # Narrow: the question and flaws wrap; wide: one line a row.
    assert (height > 1) == (size == (80, 24))


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_history_of_typed_answers_says_they_have_no_timing(size: tuple[int, int]) -> None:
    switch_session()

    async def scenario() -> tuple[dict[str, str], bool]:
        app = make_app(quiet_parts())
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await app.push_screen(HistoryScreen())
            table = app.screen.query_one("#history-table", DataTable)
            await until(pilot, lambda: table.row_count > 0, "the weakest questions")
            await pilot.pause()
            charts = {
                chart.id or "": str(chart.render()) for chart in app.screen.query(TrendChart)
            }
            return charts, _columns_fit(table)

    charts, fits = asyncio.run(scenario())
    assert fits
    assert "latest" in charts["chart-score"], "the scores of typed answers are plotted"
    for timed in ("chart-length", "chart-wpm", "chart-fillers"):
        assert charts[timed].splitlines()[1].strip() == "typed answers have no timing"
    # The figures fit on the title line, so the bars keep all their rows.
    assert len(charts["chart-score"].splitlines()) == 1 + 4


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_recent_sessions_name_everyone_who_asked(size: tuple[int, int]) -> None:
    switch_session()
    panel_session()

    async def scenario() -> list[str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=size) as pilot:
            home = app.screen
            assert isinstance(home, HomeScreen)
            recent = home.query_one("#recent", SessionList)
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await until(pilot, lambda: len(recent.sessions) == 2, "the stored sessions")
            recent.focus()
            await until(pilot, lambda: app.focused is recent, "the list's focus")
            setup = home.query_one("#setup")
            # The column scrolls the focused list into view (on a later refresh, maybe animated).
            await until(
                pilot,
                lambda: setup.region.contains_region(recent.region),
                "the focused list to scroll into view",
            )
            return str(recent.render()).splitlines()

    lines = asyncio.run(scenario())
    switched, panel = (" ".join(line.split()[3:-2]) for line in lines[1:])
    if size == (200, 50):
        assert (switched, panel) == (
            "Maya Okafor, Priya Nair", "Maya Okafor, Sam Rivera, Callum Baird"
        )
    else:
        assert switched in ("Maya Okafor +1", "Maya… +1")
        assert panel in ("Maya Okafor +2", "Maya… +2")


def _setup() -> InterviewSetup:
    from simulator.interview import plan

    manager = get_persona("hiring-manager")
    bank = get_bank("behavioral")
    return InterviewSetup(
        plan=plan.in_order(manager, bank, 1),
        personas=(manager,),
        bank=bank,
        mode="practice",
        typed_reason=None,
    )
