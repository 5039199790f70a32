"""Progress over time, and one question's attempts side by side.

The history screen plots score, length, pace and fillers per answer, scores each kind of
question, and names the weakest questions for the next drill; selecting one opens the compare
screen with every attempt at it. Both read the store's SQLite index in a thread worker."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from simulator.errors import SimulatorError
from simulator.storage.views import (
    AnswerView,
    asker_name,
    compare_rows,
    counting_rows,
    kind_scores,
    weakest_questions,
)
from simulator.tui.routes import OpenCompare, OpenReplay
from simulator.tui.screens.base import RoomScreen
from simulator.tui.widgets.feedback import StarBar, review_lines, timing_line
from simulator.tui.widgets.fitted_table import FittedTable
from simulator.tui.widgets.footer import RoomFooter
from simulator.tui.widgets.header import RoomHeader
from simulator.tui.widgets.trend import TrendChart, column_chart

if TYPE_CHECKING:
    from simulator.storage.index import HistoryRow, SessionSummary
    from simulator.storage.records import TurnRecord

WEAKEST_COUNT = 5

KIND_TREND_WIDTH = 24
"""Answers shown in the one-line score trend of each kind of question (the latest ones)."""


def questions_by_kind(rows: Iterable[HistoryRow]) -> dict[str, int]:
    """question kind -> how many different questions of it `rows` answer (by question id, or
    by its words for a question without one)."""
    asked = {(row.question_kind, row.question_id or row.question_text) for row in rows}
    return dict(Counter(kind for kind, _ in asked))


def _number(value: object, digits: int = 0) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "—"


class WeakestTable(FittedTable):
    """The weakest questions; its enter (which compares the attempts) is shown in the footer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Compare attempts"),
    ]


class AttemptsTable(FittedTable):
    """Every attempt at one question; its enter (which replays one) is shown in the footer."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Replay it")]


class HistoryScreen(RoomScreen[None]):
    HELP = (
        "Your progress over all sessions: score, answer length, words per minute and fillers "
        "per minute, one column per answer (oldest left). The weakest questions are listed "
        "for your next drill: select one to compare every attempt at it."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_row", "Compare attempts"),
        Binding("escape", "app.pop_screen", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def compose(self) -> ComposeResult:
        yield RoomHeader()
        with VerticalScroll():
            yield Static("History", classes="panel-title")
            with Horizontal(classes="chart-row"):
                yield TrendChart("Score", id="chart-score")
                yield TrendChart("Length", "s", id="chart-length")
            with Horizontal(classes="chart-row"):
                yield TrendChart("Words per minute", id="chart-wpm")
                yield TrendChart("Fillers per minute", id="chart-fillers")
            yield Static("By kind of question", classes="panel-title")
            yield FittedTable(id="kind-table", rows_selectable=False)
            yield Static("Weakest questions: practise these next", classes="panel-title")
            yield WeakestTable(id="history-table")
        yield RoomFooter()

    def on_mount(self) -> None:
        table = self.query_one("#history-table", DataTable)
        # Enter works on arrival: the list of weakest questions has the focus, not the scroll.
        table.focus(scroll_visible=False)
        self._load()

    def action_open_row(self) -> None:
        """Enter from anywhere on the screen compares the attempts at the row under the cursor
        (with the table focused, its own enter does the same)."""
        table = self.query_one("#history-table", DataTable)
        if table.row_count:
            table.action_select_cursor()

    @work(thread=True, group="history-load", exit_on_error=False)
    def _load(self) -> list[HistoryRow]:
        return self.interview_app.parts.open_store().history()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "history-load":
            return
        if event.state == WorkerState.SUCCESS:
            self._show(event.worker.result or [])
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            text = str(error) if isinstance(error, SimulatorError) else f"unexpected: {error!r}"
            self.notify(text, title="History", severity="error", timeout=8)

    def _show(self, history: list[HistoryRow]) -> None:
        rows = counting_rows(history)
        self.query_one("#chart-score", TrendChart).values = tuple(
            r.score for r in rows if r.score is not None
        )
        # Typed answers have no timing: the charts over time say so rather than "no answers".
        typed = any(r.answer_mode == "typed" for r in rows)
        timed_none = "typed answers have no timing" if typed else "no answers yet"
        for selector, values in (
            ("#chart-length", [r.length_s for r in rows]),
            ("#chart-wpm", [r.words_per_minute for r in rows]),
            ("#chart-fillers", [r.fillers_per_minute for r in rows]),
        ):
            chart = self.query_one(selector, TrendChart)
            chart.empty = timed_none
            chart.values = tuple(value for value in values if value is not None)
        different = questions_by_kind(rows)
        # Columns as wide as their widest cell, set when the rows are: never sized later.
        self.query_one("#kind-table", FittedTable).show(
            # Each session's question counts once, at its best attempt (as the session's own
            # average): "Answers" read as every attempt ("1 answer" after three). "Questions"
            # counted those too: 6 for three questions asked in two sessions each.
            ("Kind", "Questions", "Times asked", "Mean score", "Score over time"),
            [
                (
                    None,
                    (
                        kind.replace("_", " "),
                        str(different.get(kind, 0)),
                        str(answers),
                        _number(mean),
                        column_chart(scores, KIND_TREND_WIDTH, rows=1, scale=(0, 100))[0],
                    ),
                )
                for kind, answers, mean, scores in kind_scores(rows)
            ],
            (),
        )
        # The question wraps on a narrow terminal; the figures stay on screen.
        self.query_one("#history-table", WeakestTable).show(
            ("Question", "Best score", "Attempts"),
            [
                (question_id, (text, f"{best:.0f}", str(attempts)))
                for question_id, text, best, attempts in weakest_questions(
                    history, WEAKEST_COUNT
                )
            ],
            (0,),
        )

    @on(DataTable.RowSelected, "#history-table")
    def _compare(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.post_message(OpenCompare(event.row_key.value))


class CompareScreen(RoomScreen[None]):
    HELP = (
        "Every attempt at one question (retakes, other interviewers, other days), and two of them "
        "side by side below: at first the latest answer for each of two interviewers. Space on a "
        "row puts that attempt side by side with the one picked before it (each column names "
        "who asked and when); enter on a row replays it."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "replay_row", "Replay it"),
        Binding("space", "pick_side", "Side by side"),
        Binding("escape", "app.pop_screen", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id
        self.attempts: dict[str, AnswerView] = {}
        """Row key ("session/number") -> the attempt, for every row of the table."""
        self.pair: list[str] = []
        """The row keys shown side by side, left then right (at most two)."""
        self.when: dict[str, str] = {}
        """Row key -> when the attempt was made, as the table shows it."""
        self.given: dict[str, frozenset[str]] = {}
        self.names: dict[str, str] = {}
        """Persona id -> display name: who asked each attempt, as every screen names them."""
        """Row key -> the STAR labels the attempt's follow-ups gave (`CompareRow.given`)."""

    def compose(self) -> ComposeResult:
        yield RoomHeader()
        with VerticalScroll():
            yield Static(
                "Compare attempts", id="compare-title", classes="panel-title", markup=False
            )
            yield AttemptsTable(id="compare-table")
            yield Static(
                "space: put the row side by side · enter: replay it",
                classes="muted",
                id="side-hint",
            )
            yield Horizontal(id="side-by-side")
        yield RoomFooter()

    def on_mount(self) -> None:
        self.query_one("#compare-table", DataTable).focus(scroll_visible=False)
        self._load()

    def action_replay_row(self) -> None:
        """Enter from anywhere on the screen replays the attempt under the cursor."""
        table = self.query_one("#compare-table", DataTable)
        if table.row_count:
            table.action_select_cursor()

    @work(thread=True, group="compare-load", exit_on_error=False)
    def _load(self) -> list[tuple[SessionSummary, TurnRecord]]:
        self.names = self.persona_names()
        return self.interview_app.parts.open_store().answers_to(self.question_id)

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "compare-load":
            return
        if event.state == WorkerState.SUCCESS:
            await self._show(event.worker.result or [])
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            text = str(error) if isinstance(error, SimulatorError) else f"unexpected: {error!r}"
            self.notify(text, title="Compare", severity="error", timeout=8)

    async def _show(self, attempts: list[tuple[SessionSummary, TurnRecord]]) -> None:
        if attempts:
            self.query_one("#compare-title", Static).update(
                f"Compare attempts · {attempts[0][1].question_text}"
            )
        turns = {f"{summary.id}/{turn.number}": turn for summary, turn in attempts}
        rows: list[tuple[str | None, tuple[str, ...]]] = []
        for row in compare_rows(attempts):
            key = f"{row.session_id}/{row.number}"
            self.attempts[key] = row.answer or AnswerView.of(turns[key])
            self.when[key] = row.started[:16].replace("T", " ")
            self.given[key] = row.given
            who = asker_name(row.persona_id, self.names)
            rows.append((key, (self.when[key], who, *row.figures, row.points_lost_cell)))
        # Who asked wraps on a narrow terminal; the figures stay on screen. "Lost" is where the
        # points went (structure/specificity/ownership/delivery/asks), as `compare` prints it.
        self.query_one("#compare-table", AttemptsTable).show(
            ("When", "Interviewer", "Score", "Length", "Words/min", "Fillers", "STAR",
             "Lost S/Sp/O/D/A"),
            rows,
            (1,),
        )
        self.pair = _latest_of_two_interviewers(self.attempts)
        await self._side_by_side()

    async def action_pick_side(self) -> None:
        """The attempt under the cursor goes side by side with the one picked before it."""
        table = self.query_one("#compare-table", DataTable)
        if not self.attempts or table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is None or key in self.pair:
            return
        self.pair = [*self.pair, key][-2:]
        await self._side_by_side()

    async def _side_by_side(self) -> None:
        """The pair in two columns: who asked and when, the score, the STAR bar, the
        transcript, the timing and what that interviewer listens for."""
        holder = self.query_one("#side-by-side", Horizontal)
        await holder.remove_children()
        if len(self.pair) < 2:
            return
        columns = []
        for key in self.pair:
            answer = self.attempts[key]
            score = f"{answer.score:.0f}/100" if answer.score is not None else "—"
            bar = StarBar()
            bar.parts = (answer.star_parts_with(self.given.get(key, ()))  # as the row's marks
                         if answer.star_shown else {})
            bar.note = answer.star_note
            columns.append(
                Vertical(
                    Static(
                        f"{asker_name(answer.persona_id, self.names)} · {self.when[key]}"
                        f" · score {score}",
                        classes="panel-title",
                        markup=False,
                    ),
                    bar,
                    Static(answer.text, markup=False),
                    Static(timing_line(answer), markup=False),
                    Static("\n".join(review_lines(answer)), classes="tips", markup=False),
                    classes="compare-column",
                )
            )
        await holder.mount_all(columns)

    @on(DataTable.RowSelected, "#compare-table")
    def _replay(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            session_id, number = event.row_key.value.rsplit("/", 1)
            self.app.post_message(OpenReplay(session_id, int(number)))


def _latest_of_two_interviewers(attempts: dict[str, AnswerView]) -> list[str]:
    """The first pair shown: the latest answer that counts (`AnswerView.counts`: not a
    follow-up reply, not interrupted, empty or skipped) of each of the first two interviewers
    (attempts come oldest first); fewer than two interviewers: nothing side by side."""
    latest: dict[str, str] = {}
    for key, answer in attempts.items():
        if answer.persona_id and answer.counts:
            latest[answer.persona_id] = key
    return list(latest.values())[:2] if len(latest) >= 2 else []
