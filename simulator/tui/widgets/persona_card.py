"""One interviewer on the home screen: who they are and what they listen for, so the user picks
the audience they need to practise for. Focusable; the screen decides what enter and v do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

if TYPE_CHECKING:
    from simulator.interview.personas import Persona


def listens_for_text(persona: Persona) -> str:
    """The persona's focus as one line, whatever shape the data file gave it."""
    listens = persona.listens_for
    if isinstance(listens, str):
        return listens
    return ", ".join(str(getattr(item, "label", item)) for item in listens)


class PersonaCard(Vertical, can_focus=True):
    def __init__(self, persona: Persona) -> None:
        super().__init__(id=f"persona-{persona.id}")
        self.persona = persona

    def compose(self) -> ComposeResult:
        persona = self.persona
        yield Static(persona.role_label, classes="card-role", markup=False)
        yield Static(f"{persona.name} — {persona.title}", markup=False)
        yield Static(f"Listens for: {listens_for_text(persona)}", classes="muted", markup=False)
