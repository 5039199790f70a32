"""Who sits on a panel: every interviewer with what they listen for, two or three of them picked.

Opened by the home screen when the mode is "Panel". Space (or a click) puts an interviewer on the
panel or takes them off, enter starts with the ones picked, in the order they were picked (the
first asks first and introduces the panel), escape goes back without starting."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static

if TYPE_CHECKING:
    from simulator.interview.personas import Persona

PANEL_MIN = 2
PANEL_MAX = 3
"""A panel of more than three takes more than one question each only in the longest mock."""


class PanelList(SelectionList[str]):
    """The list: space or a click toggles; enter is the dialog's (start), not a toggle."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.start_panel", "Start with these", priority=True),
    ]


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
                f"Pick {PANEL_MIN} or {PANEL_MAX} (space), then enter. The first picked "
                "asks first; each introduces themselves and they take turns.",
                id="panel-hint",
                classes="muted",
            )
            yield PanelList(id="panel-options")
            yield Static("", id="panel-problem", markup=False)

    def on_mount(self) -> None:
        options = self.query_one(PanelList)
        by_id = {p.id: p for p in self.personas}
        # The ones already picked first, so their order is the panel's order.
        order = [*self.initially, *(p.id for p in self.personas if p.id not in self.initially)]
        for persona_id in order:
            persona = by_id[persona_id]
            options.add_option(
                (
                    f"{persona.name}, {persona.role_label}: {persona.listens_for}",
                    persona.id,
                    persona.id in self.initially,
                )
            )
        options.highlighted = 0
        options.focus()

    @property
    def picked(self) -> tuple[str, ...]:
        return tuple(self.query_one(PanelList).selected)

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
