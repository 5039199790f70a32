"""Who sits on a panel: every interviewer with what they listen for, two or three of them picked.

Opened by the home screen when the mode is "Panel". Space (or a click) puts an interviewer on the
panel or takes them off, enter starts with the ones picked, in the order they were picked (the
first asks first and introduces the panel), escape goes back without starting."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.widgets.option_list import OptionDoesNotExist

from simulator.interview.plan import PANEL_MAX

if TYPE_CHECKING:
    from simulator.interview.personas import Persona

PANEL_MIN = 2
ORDINALS = ("1st", "2nd", "3rd")
"""A panel of more than three takes more than one question each only in the longest mock."""


PICKED_MARK = "✓"
"""In the box before a picked interviewer (the box is empty otherwise): seen without colour."""


class PanelList(SelectionList[str]):
    """The list: space or a click toggles; enter is the dialog's (start), not a toggle. A
    picked interviewer's box holds a tick, not only another colour."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "select", "Pick / unpick"),
        Binding("enter", "screen.start_panel", "Start with these", priority=True),
    ]

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        segments = list(line)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        if len(segments) < 2:
            return line
        # The box's inner glyph (Textual draws the same "X" picked or not, in two colours).
        mark = PICKED_MARK if selection.value in self.selected else " "
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, line.cell_length)


class PanelPicker(ModalScreen["tuple[str, ...] | None"]):
    """Dismissed with the persona ids picked (PANEL_MIN to PANEL_MAX, in picking order), or None
    when the user goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def __init__(self, personas: Sequence[Persona], picked: Iterable[str] = ()) -> None:
        super().__init__()
        self.personas = tuple(personas)
        known = {p.id for p in self.personas}
        self.initially = tuple(i for i in dict.fromkeys(picked) if i in known)[:PANEL_MAX]

    def compose(self) -> ComposeResult:
        with Vertical(id="panel-picker"):
            yield Static("Who sits on the panel", classes="panel-title")
            yield Static(
                f"Pick {PANEL_MIN} or {PANEL_MAX} (space; {PICKED_MARK} marks who is on), then "
                "enter. They ask in the order picked; each introduces themselves and they take "
                "turns.",
                id="panel-hint",
                classes="muted",
            )
            yield PanelList(id="panel-options")
            yield Static("", id="panel-listens", markup=False)
            yield Static("", id="panel-order", markup=False)
            yield Static("", id="panel-problem", markup=False)

    def on_mount(self) -> None:
        options = self.query_one(PanelList)
        by_id = {p.id: p for p in self.personas}
        # The ones already picked first, so their order is the panel's order.
        order = [*self.initially, *(p.id for p in self.personas if p.id not in self.initially)]
        for persona_id in order:
            persona = by_id[persona_id]
            options.add_option(
                (self._prompt(persona, self.initially), persona.id, persona.id in self.initially)
            )
        options.highlighted = 0
        options.focus()
        self._show_order()

    @property
    def picked(self) -> tuple[str, ...]:
        return tuple(self.query_one(PanelList).selected)

    @staticmethod
    def _prompt(persona: Persona, picked: Sequence[str]) -> str:
        """One interviewer: their place in the asking order when picked ("1st"), then who they
        are and what they listen for."""
        place = (
            f"{ORDINALS[picked.index(persona.id)]:<4}"
            if persona.id in picked and picked.index(persona.id) < len(ORDINALS)
            else " " * 4
        )
        return f"{place}{persona.name}, {persona.role_label}: {persona.listens_for}"

    @on(SelectionList.SelectionHighlighted)
    def _show_listens_for(self, event: SelectionList.SelectionHighlighted[str]) -> None:
        """The highlighted interviewer's whole "listens for" line (a narrow list cuts it)."""
        persona = next((p for p in self.personas if p.id == event.selection.value), None)
        if persona is not None:
            self.query_one("#panel-listens", Static).update(
                f"{persona.name} listens for: {persona.listens_for}"
            )

    @on(SelectionList.SelectedChanged)
    def _show_order(self) -> None:
        """Each pick shows its place in the list and in the line below it: who asks first."""
        options = self.query_one(PanelList)
        picked = self.picked
        by_id = {p.id: p for p in self.personas}
        for index in range(options.option_count):
            persona = by_id[options.get_option_at_index(index).value]
            options.replace_option_prompt_at_index(index, self._prompt(persona, picked))
        names = [by_id[i].name for i in picked]
        self.query_one("#panel-order", Static).update(
            "Asking order: "
            + " → ".join(f"{n}. {name}" for n, name in enumerate(names, 1))
            + " (the first introduces the panel)"
            if names
            else "Nobody picked yet: space puts the highlighted interviewer on the panel."
        )
        self.query_one("#panel-problem", Static).update("")

    def action_start_panel(self) -> None:
        picked = self.picked
        if PANEL_MIN <= len(picked) <= PANEL_MAX:
            self.dismiss(picked)
            return
        self.query_one("#panel-problem", Static).update(
            f"{len(picked)} picked: a panel here has {PANEL_MIN} or {PANEL_MAX} interviewers."
        )

    def action_back(self) -> None:
        self.dismiss(None)
