"""Forms for the user's preparation files: a company profile and round-one notes.

Each form is a small dialog over the home screen. Saving writes the documented TOML through
simulator.interview.prep, which reads it back with the same parser `banks lint` uses: a problem
is shown in the form named by the form's field and line ("Recent news, line 3: ..."), every
problem at once, at the top of the dialog above the fields (which scroll), and as a
notification, so it is seen at 80x24 whichever field is in view; the form stays open with
everything typed, the cursor on the first problem; escape leaves without writing (with edits
not saved, it says so first, and a second escape leaves). The dialog returns the path written
(None: cancelled)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TextArea

from simulator.errors import DataFileError
from simulator.interview.prep import (
    CompanyDraft,
    NotesDraft,
    save_company,
    save_notes,
    split_commas,
    split_lines,
)

_KEYS = "ctrl+s saves · escape leaves (twice if edited)"
"""What the form's title says of its keys: with edits, the first escape only warns."""


class _Form(ModalScreen[Path | None]):
    AUTO_FOCUS = ""
    """Each form focuses its own first box on mount. Textual's auto-focus came first, before
    the layout, and scrolled the company form's first box to the centre: the "Company name"
    label above it opened scrolled out of sight."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
        # Tab moves on as the app reads it, before the keys after it are handed to a field:
        # without priority, a burst of keys (fast typing, a terminal that sends a line at once)
        # went whole to the field focused when it came, Tabs included, and the news, the
        # competitors and the role were typed into the values box.
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    def _error_line(self) -> Static:
        error = Static("", id="form-error", markup=False)
        error.display = False
        return error

    def _field(self, label: str) -> Static:
        return Static(label, classes="form-label")

    def show_error(self, message: str) -> None:
        """`message` (a problem a line) above the fields and as a notification. A list of what
        is allowed that problems end on ("; known: a, b, ...", the same after each) is said once,
        at the end above the fields, and not in the notification: repeated, three unknown areas
        filled the box with the list and the third problem was cut off, and the notification
        was clipped."""
        lines = message.split("\n")
        tails = {line.partition(_KNOWN)[2] for line in lines if _KNOWN in line}
        problems = [line.partition(_KNOWN)[0] for line in lines]
        shown = "\n".join(problems)
        error = self.query_one("#form-error", Static)
        error.update(shown + "".join(f"\nKnown: {tail}" for tail in sorted(tails)))
        error.display = True
        notice = shown + ("\n(what is known is listed in the form)" if tails else "")
        self.notify(notice, title="Not saved", severity="error", markup=False)

    _warned = False
    """Whether escape has already said that edits are not saved (the next one leaves)."""

    def action_cancel(self) -> None:
        if self.has_unsaved_edits() and not self._warned:
            self._warned = True
            self.notify(
                "Unsaved edits: ctrl+s saves them; escape again leaves without them.",
                title="Not saved",
                severity="warning",
                timeout=8,
            )
            return
        self.dismiss(None)

    _saving = False
    """Whether a save waits for the fields to take the keys sent before it (`action_save`)."""

    def action_save(self) -> None:
        """Save what the fields hold once each has taken every key sent to it before ctrl+s.
        Ctrl+s is read by the app as it comes (a priority binding), ahead of the keys before it
        that are still queued for a field: typed in one burst with them (a fast typist, a
        terminal sending a line at once), the last field's text was not yet in it and was not
        saved (breaker14 B24). A call queued on each field runs after the keys queued on it."""
        if self._saving:
            return
        fields = list(self.query("Input, TextArea"))
        if not fields:
            self._save_now()
            return
        self._saving = True
        waiting = set(range(len(fields)))

        def taken(index: int) -> None:
            waiting.discard(index)
            if not waiting:
                self._saving = False
                self._save_now()

        for index, field in enumerate(fields):
            field.call_later(taken, index)

    def _save_now(self) -> None:
        try:
            path = self.save()
        except DataFileError as error:
            # Every problem, each named by its field: one at a time, a form with three wrong
            # fields took three saves to learn of the second and the third.
            problems = sorted(error.problems, key=self._form_order)
            self.show_error("\n".join(self.describe(problem) for problem in problems))
            self.point_at(problems[0])
            return
        except OSError as error:
            self.show_error(f"could not write the file: {error}")
            return
        self.dismiss(path)

    def save(self) -> Path:
        raise NotImplementedError

    FIELDS: ClassVar[dict[str, tuple[str, str]]] = {}
    """The file's fields -> the form's field each is typed in (label, widget id). A box of
    lines holds a list (one item a line) or an array of tables (one entry a line)."""

    def describe(self, error: DataFileError) -> str:
        """A problem with what was typed, named by the form's field and, in a box of lines,
        the line as typed ("What they said, line 2: unknown area 'influense'"), not by the
        file and line of the TOML it was checked as, which the user never saw (and which was
        not written). A problem with no field of the form is said as the file names it."""
        place = self._typed_place(error)
        if place is None:
            return str(error)
        label, _, line, message = place
        if line:
            return f"{label}, line {line}: {message}"
        # "Company name is empty", "Company name: a company profile by this name is saved…"
        return f"{label} {message}" if message.startswith(_VERBS) else f"{label}: {message}"

    def point_at(self, error: DataFileError) -> None:
        """The field and line `error` names, focused, with the cursor at the line's end: the
        boxes show a few lines, and the line named was often scrolled out of view."""
        place = self._typed_place(error)
        if place is None:
            return
        _, widget_id, line, _ = place
        widget = self.query_one(widget_id)
        widget.focus()
        if isinstance(widget, TextArea) and line:
            row = min(line, widget.document.line_count) - 1
            widget.move_cursor((row, len(widget.document.get_line(row))), center=True)

    def _form_order(self, error: DataFileError) -> tuple[int, int]:
        """Where a problem is in the form, top to bottom: field, then line; a problem with no
        field of the form last."""
        place = self._typed_place(error)
        if place is None:
            return len(self.FIELDS), 0
        ids = [widget_id for _, widget_id in self.FIELDS.values()]
        return ids.index(place[1]), place[2]

    def _typed_place(self, error: DataFileError) -> tuple[str, str, int, str] | None:
        """(field label, its widget's id, the line as typed (0: the field as a whole), the
        problem alone) of what `error` is about; None when no field of the form holds it."""
        key, entry, part = error.key or "", None, None
        found = re.match(r"([a-z_]+)\[(\d+)\](?:\.([a-z_]+))?$", key)
        if found is not None:
            key, entry, part = found.groups()
        if key not in self.FIELDS:
            return None
        label, widget_id = self.FIELDS[key]
        message = _problem_alone(error)
        index = int(entry) if entry is not None else None
        named_only = True
        item = re.match(r"item (\d+) (.*)", message)
        if index is None and item is not None:  # "item 3 is empty": an item of a list
            index, message = int(item.group(1)) - 1, item.group(2)
        line_of = re.match(r"line (\d+), (.*)", message)
        if index is None and line_of is not None:  # counted over every line with text
            index, message, named_only = int(line_of.group(1)) - 1, line_of.group(2), False
        if part and _PART_WORDS.get(part, part):
            message = f"{_PART_WORDS.get(part, part)} {message}"
        widget = self.query_one(widget_id)
        if index is None or not isinstance(widget, TextArea):
            if index is not None:
                message = f"item {index + 1} {message}"
            return label, widget_id, 0, message
        typed = widget.text.splitlines()
        filled = [number for number, line in enumerate(typed, 1) if line.strip()]
        if key in self.NAMED_LINES and named_only:  # lines with no name are no entries
            filled = [n for n in filled if self.NAMED_LINES[key](typed[n - 1])]
        return label, widget_id, filled[index] if index < len(filled) else index + 1, message

    NAMED_LINES: ClassVar[dict[str, Callable[[str], bool]]] = {}
    """Boxes whose lines become entries only when they have a name: how to tell."""

    def has_unsaved_edits(self) -> bool:
        """Whether the fields differ from what the form opened with (Ctrl-C asks first)."""
        raise NotImplementedError


class CompanyForm(_Form):
    """Create or edit a company profile. `path`: the file to rewrite (None: a new file named
    after the company); `draft`: what the form starts with."""

    def __init__(self, draft: CompanyDraft | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.draft = draft or CompanyDraft(name="")
        self.path = path

    def compose(self) -> ComposeResult:
        draft = self.draft
        values = "\n".join(f"{n}: {d}" if d else n for n, d in draft.values)
        with Vertical(id="prep-form"):
            yield Static(f"Company profile · {_KEYS}", classes="panel-title")
            yield self._error_line()
            yield from self._company_fields(draft, values)

    def _company_fields(self, draft: CompanyDraft, values: str) -> ComposeResult:
        # The fields scroll in a container that never takes focus (both forms): Tab past the
        # last box came to rest on it, out of sight, and every key typed there was dropped (a
        # "What they said" note never reached the file). Tab cycles the boxes.
        with VerticalScroll(id="prep-fields", can_focus=False):
            yield self._field("Company name")
            yield Input(draft.name, id="company-name")
            yield self._field(
                "Field of work, if not tech (e.g. health, education, emergency, public service)"
            )
            yield Input(draft.field, id="company-field")
            yield self._field("Values, one a line (name: what it means)")
            yield TextArea(values, id="company-values")
            yield self._field("Recent news, one a line")
            yield TextArea("\n".join(draft.news), id="company-news")
            yield self._field("Competitors, separated by commas")
            yield Input(", ".join(draft.competitors), id="company-competitors")
            yield self._field("Role title")
            yield Input(draft.role_title, id="company-role")
            yield self._field("What the role is expected to do, one a line")
            yield TextArea("\n".join(draft.expectations), id="company-expectations")

    FIELDS: ClassVar[dict[str, tuple[str, str]]] = {
        "name": ("Company name", "#company-name"),
        "field": ("Field of work", "#company-field"),
        "values": ("Values", "#company-values"),
        "news": ("Recent news", "#company-news"),
        "competitors": ("Competitors", "#company-competitors"),
        "role.title": ("Role title", "#company-role"),
        "role.expectations": ("What the role is expected to do", "#company-expectations"),
    }
    NAMED_LINES: ClassVar[dict[str, Callable[[str], bool]]] = {
        "values": lambda line: bool(line.partition(":")[0].strip()),
    }

    def on_mount(self) -> None:
        self.query_one("#company-name", Input).focus()

    def current(self) -> CompanyDraft:
        def text(widget_id: str) -> str:
            widget = self.query_one(widget_id)
            return (
                widget.text
                if isinstance(widget, TextArea)
                else self.query_one(widget_id, Input).value
            )

        values = []
        for line in split_lines(text("#company-values")):
            name, _, description = line.partition(":")
            values.append((name.strip(), description.strip()))
        return CompanyDraft(
            name=text("#company-name"),
            field=text("#company-field"),
            values=tuple(values),
            news=split_lines(text("#company-news")),
            competitors=split_commas(text("#company-competitors")),
            role_title=text("#company-role"),
            expectations=split_lines(text("#company-expectations")),
        )

    def save(self) -> Path:
        path, _ = save_company(self.current(), self.path)
        return path

    def has_unsaved_edits(self) -> bool:
        return self.current() != self.draft


class NotesForm(_Form):
    """Create or edit round-one notes. Asked questions: one a line, "!" first when the answer
    did not convince, then optionally "| what you answered | what they said about it | its
    areas" (competencies, separated by commas); what they said about areas: "note | competency,
    competency" a line."""

    def __init__(
        self, draft: NotesDraft | None = None, path: Path | None = None, name: str = ""
    ) -> None:
        super().__init__()
        self.draft = draft or NotesDraft()
        self.path = path
        self.file_name = name

    def compose(self) -> ComposeResult:
        asked = "\n".join(_asked_line(*entry) for entry in self.draft.asked)
        said = "\n".join(f"{note} | {', '.join(c)}" for note, c in self.draft.feedback)
        with Vertical(id="prep-form"):
            yield Static(f"Round-one notes · {_KEYS}", classes="panel-title")
            yield self._error_line()
            yield from self._notes_fields(asked, said)

    def _notes_fields(self, asked: str, said: str) -> ComposeResult:
        with VerticalScroll(id="prep-fields", can_focus=False):
            yield self._field("Name (e.g. the company and the date)")
            yield Input(self.draft.name or self.file_name, id="notes-name")
            yield self._field(
                "Questions they asked, one a line (a question id or your words); "
                "start with ! when your answer did not convince; optionally "
                "| what you answered | what they said about it | its areas"
            )
            yield TextArea(asked, id="notes-asked")
            yield self._field(
                "What they said, one a line: the note | the areas (e.g. conflict, leadership)"
            )
            yield TextArea(said, id="notes-feedback")

    FIELDS: ClassVar[dict[str, tuple[str, str]]] = {
        "name": ("Name", "#notes-name"),
        "asked": ("Questions they asked", "#notes-asked"),
        "feedback": ("What they said", "#notes-feedback"),
    }

    def on_mount(self) -> None:
        if self.path is None:
            self.query_one("#notes-name", Input).focus()
            return
        # Notes being edited: the cursor after the last question, where the next one goes;
        # at the start, the first key typed changed the first question ("Z!Tell me...").
        asked = self.query_one("#notes-asked", TextArea)
        asked.focus()
        asked.move_cursor(asked.document.end)

    def current(self) -> NotesDraft:
        asked = []
        for line in split_lines(self.query_one("#notes-asked", TextArea).text):
            weak = line.startswith("!")
            question, said, told, areas = [*(p.strip() for p in line.split("|", 3)), "", "", ""][:4]
            asked.append(
                (
                    question.lstrip("!").strip(),
                    weak,
                    said,
                    told,
                    tuple(a.lower() for a in split_commas(areas)),
                )
            )
        feedback = []
        for line in split_lines(self.query_one("#notes-feedback", TextArea).text):
            note, _, areas = line.partition("|")
            feedback.append((note.strip(), tuple(a.lower() for a in split_commas(areas))))
        return NotesDraft(asked=tuple(asked), feedback=tuple(feedback), name=self.draft.name)

    def has_unsaved_edits(self) -> bool:
        name = self.query_one("#notes-name", Input).value
        return self.current() != self.draft or name != (self.draft.name or self.file_name)

    def save(self) -> Path:
        name = self.query_one("#notes-name", Input).value or "round one"
        path, _ = save_notes(self.current(), name, self.path)
        return path


_KNOWN = "; known: "
"""How a problem goes on to list what is allowed ("unknown area 'x'; known: budget, ...")."""

_VERBS = ("is ", "must ", "has ", "needs ")
"""How the loaders' problems with a whole field begin ("is empty", "must be text")."""

_PART_WORDS = {
    "name": "the name",
    "description": "what it means",
    "question": "the question",
    "answer": "what you answered",
    "feedback": "what they said",
    "note": "the note",
    "competencies": "",  # its problems say "area" already
}
"""A part of a line's entry in the file -> how the problem names it (after "line N:")."""


def _problem_alone(error: DataFileError) -> str:
    """The problem `error` names, without the "file:line: field: " before it."""
    return str(error).split(f"{error.key}: ", 1)[-1] if error.key else str(error)


def _asked_line(question: str, weak: bool, said: str, told: str, areas: tuple[str, ...]) -> str:
    """One asked question as the form shows it: "!question | said | told | areas", the
    trailing parts left out when empty."""
    parts = [f"!{question}" if weak else question, said, told, ", ".join(areas)]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return " | ".join(parts)
