"""The end of a session: every answer with its score, length and flaws, and the few things most
worth practising next, so the user leaves with a plan rather than a list of numbers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, Protocol

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from simulator.storage.views import (
    asker_name,
    beside_round_one,
    company_review,
    practise_next,
    question_places,
    round_one_notes_now,
    session_headline,
    views,
)
from simulator.tui.routes import OpenReplay
from simulator.tui.screens.base import RoomScreen
from simulator.tui.widgets.fitted_table import FittedTable
from simulator.tui.widgets.footer import RoomFooter
from simulator.tui.widgets.header import RoomHeader
from simulator.tui.widgets.meters import format_length

if TYPE_CHECKING:
    from simulator.storage.records import SessionRecord
    from simulator.tui.routes import InterviewSetup


class _Labelled(Protocol):
    """What the summary shows as one block: its (label, text) lines."""

    @property
    def lines(self) -> list[tuple[str, str]]: ...


class SummaryScreen(RoomScreen[None]):
    HELP = (
        "Every answer of the session with its score, length and flaws. Select a row to replay "
        "that answer; escape goes back to the home screen."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "home", "Home"),
        Binding("m", "export('md')", "Export .md"),
        Binding("w", "export('html')", "Export .html"),
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, record: SessionRecord, setup: InterviewSetup | None = None) -> None:
        super().__init__()
        self.record = record
        self.setup = setup
        self.answers = views(record)

    def compose(self) -> ComposeResult:
        record = self.record
        yield RoomHeader()
        with VerticalScroll():
            yield Static(
                f"Session summary · {session_headline(self.answers)}", classes="panel-title"
            )
            yield FittedTable(id="summary-table")
            company = company_review(self.answers)
            if company:
                yield Static(f"The company: {record.company or 'profile'}", classes="panel-title")
                yield Static(
                    "\n".join(f"• {line}" for line in company), id="company-review", markup=False
                )
            again = beside_round_one(self.answers)
            if again:
                yield Static("Round one, asked again", classes="panel-title")
                yield Static(_labelled_blocks(again), id="round-one", markup=False)
            notes = round_one_notes_now(record.round_one_notes, self.answers)
            if notes:
                yield Static("Round one's notes, checked today", classes="panel-title")
                yield Static(_labelled_blocks(notes), id="round-one-notes", markup=False)
            yield Static("What to practise next", classes="panel-title")
            yield Static(
                "\n".join(f"• {line}" for line in practise_next(self.answers)),
                id="practise-next",
                markup=False,
            )
        yield RoomFooter()

    def on_mount(self) -> None:
        table = self.query_one("#summary-table", FittedTable)
        from simulator.interview.personas import display_names

        place = question_places(self.answers)
        # Who asked, as the room and the home screen name them; the id of a persona not known.
        names = display_names(self.setup.personas if self.setup is not None else ())
        rows = []
        for answer in self.answers:
            length = answer.length_s
            rows.append(
                (
                    str(answer.number),
                    (
                        place[answer.number],
                        asker_name(answer.persona_id, names),
                        _shorten(answer.question_text, 80),  # "2 · follow-up" says the kind
                        answer.score_cell,
                        "—"  # no answer, no length (it read "0:00")
                        if answer.skipped
                        else "typed"
                        if length is None and answer.answer_mode == "typed"
                        else "—"
                        if length is None
                        else format_length(length),
                        answer.flaws_cell,
                    ),
                )
            )
        # The question and the flaws wrap on a narrow terminal; every column stays on screen.
        table.show(("#", "Asked by", "Question", "Score", "Length", "Flaws"), rows, (2, 5))
        table.focus()

    @on(DataTable.RowSelected, "#summary-table")
    def _replay(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.post_message(OpenReplay(self.record.id, int(event.row_key.value)))

    def action_home(self) -> None:
        # The interview screen closed before this one opened, so home is underneath.
        self.dismiss()

    def action_export(self, report_format: str) -> None:
        self.export_report(self.record.id, report_format)

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Export report (Markdown)", "into reports/", lambda: self.action_export("md")
        )
        yield SystemCommand(
            "Export report (HTML)", "into reports/", lambda: self.action_export("html")
        )
        yield SystemCommand("Back home", "Start another session", self.action_home)


def _labelled_blocks(items: Iterable[_Labelled]) -> str:
    """One block of "label: text" lines per item (a round-one question beside today's answer, or a
    round-one note checked today), blocks parted by a blank line."""
    return "\n\n".join(
        "\n".join(f"{label}: {text}" for label, text in item.lines) for item in items
    )


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
