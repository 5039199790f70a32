"""The recent sessions on the home screen: when, who asked, how many answers, the score, and a
mark on one that did not end normally (quit in the middle: "· interrupted").

Up and down move the cursor, enter or a click opens the session for replay. One widget drawing
a small table, rather than a DataTable: the home screen shows at most a handful of rows, and a
DataTable's scroll view and dozen styled parts cost about 0.1 s of the cold start."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from simulator.safe_text import names_within

if TYPE_CHECKING:
    from simulator.storage.index import SessionSummary

COLUMNS = ("When", "Interviewers", "Turns", "Score", "")
NAME_SEPARATOR = ", "
WHEN_WIDTH = len("05 Jan 09:30")
MARKS = {"interrupted": "interrupted", "damaged": "damaged", "in_progress": "not finished"}
"""What a session that did not end normally shows after its interviewers (by status); a
finished one shows nothing."""
SHORT_MARKS = {"interrupted": "stopped", "not finished": "open"}
"""A mark in fewer cells, used when the long one would cut the first interviewer's name
("May… +2 · interrupted" reads "Maya +2 · stopped")."""

Row = tuple[str, str, str, str, str]
"""When, interviewers, turns, score, mark (`MARKS`, "" for a finished session)."""


def session_row(session: SessionSummary, names: Mapping[str, str] | None = None) -> Row:
    """The cells shown for one session. Everyone who asked, each by `names` (persona id ->
    how the home screen names them), or by id; a session quit in the middle (or damaged, or
    still open) is marked so, as `sessions` lists its status."""
    score = session.score
    try:  # the time as stored (UTC), so a list reads the same on every machine
        when = datetime.fromisoformat(session.started).strftime("%d %b %H:%M")
    except ValueError:
        when = session.started[:16]
    return (
        when,
        NAME_SEPARATOR.join((names or {}).get(i, i) for i in session.persona_ids),
        str(session.turn_count),
        "—" if score is None else f"{score:.0f}",
        MARKS.get(session.status, ""),
    )


class SessionList(Widget, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"sessions--header", "sessions--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Replay"),
        Binding("up", "move(-1)", "Previous session", show=False),
        Binding("down", "move(1)", "Next session", show=False),
    ]

    class Opened(Message):
        """The user asked to replay a session."""

        def __init__(self, session_list: SessionList, session_id: str) -> None:
            super().__init__()
            self.session_list = session_list
            self.session_id = session_id

        @property
        def control(self) -> SessionList:
            return self.session_list

    def __init__(self, *, empty: str = "no sessions yet", id: str | None = None) -> None:
        super().__init__(id=id)
        self.empty = empty
        self.sessions: tuple[SessionSummary, ...] = ()
        self.cursor = 0
        self.names: Mapping[str, str] = {}
        """Persona id -> the short name shown (a first name); ids not in it are shown as is."""

    def show(self, sessions: Sequence[SessionSummary]) -> None:
        """List `sessions` (newest first). A session that was not listed before and is newer
        than every listed one (the one just practised) takes the cursor; otherwise it stays on
        the same session if that is still there."""
        shown = {session.id for session in self.sessions}
        current = self.sessions[self.cursor].id if self.sessions else None
        self.sessions = tuple(sessions)
        ids = [session.id for session in self.sessions]
        newest_is_new = bool(ids) and bool(shown) and ids[0] not in shown
        self.cursor = 0 if newest_is_new or current not in ids else ids.index(current)
        self.refresh(layout=True)

    def rows(self) -> list[Row]:
        return [session_row(session, self.names) for session in self.sessions]

    def render(self) -> Text:
        header_style = self.get_component_rich_style("sessions--header")
        if not self.sessions:
            return Text(self.empty, style=header_style)
        cursor_style = self.get_component_rich_style("sessions--cursor") if self.has_focus else ""
        lines = [self._line(COLUMNS, header_style)]
        for index, row in enumerate(self.rows()):
            lines.append(self._line(row, cursor_style if index == self.cursor else ""))
        return Text("\n").join(lines)

    def _line(self, cells: Row, style: str | Style) -> Text:
        """One row in fixed columns. On a narrow screen the interviewers' names give way
        (as many whole names as fit, then how many more: "Maya, Sam +1"); the time, the
        figures and a session's mark ("· interrupted") never do; the mark is said shorter
        (`SHORT_MARKS`) rather than cut the first name."""
        when, who, turns, score, mark = cells
        fixed = WHEN_WIDTH + 1 + len("Turns") + 1 + len("Score")
        who_width = max(self.content_size.width - fixed - 1, 4)
        if cells is COLUMNS:
            who = who if len(who) <= who_width else "Who"
        else:
            names = who.split(NAME_SEPARATOR) if who else []
            for shown_mark in dict.fromkeys((mark, SHORT_MARKS.get(mark, mark))):
                tail = f" · {shown_mark}" if shown_mark else ""
                who = names_within(names, max(who_width - len(tail), 4))
                if not names or who.split(" +")[0].split(NAME_SEPARATOR)[0] == names[0]:
                    break
            who += tail
        line = f"{when:<{WHEN_WIDTH}} {who:<{who_width}} {turns:>5} {score:>5}"
        return Text(line, style=style, no_wrap=True)

    def action_move(self, step: int) -> None:
        if self.sessions:
            self.cursor = min(max(self.cursor + step, 0), len(self.sessions) - 1)
            self.refresh()

    def action_open(self) -> None:
        if self.sessions:
            self.post_message(self.Opened(self, self.sessions[self.cursor].id))

    def on_click(self, event: events.Click) -> None:
        row = event.y - 1  # the first line is the column names
        if 0 <= row < len(self.sessions):
            self.cursor = row
            self.action_open()

    def on_focus(self) -> None:
        self.refresh()  # the cursor is shown only while the list has focus

    def on_blur(self) -> None:
        self.refresh()
