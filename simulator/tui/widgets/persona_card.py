"""One interviewer on the home screen: who they are and what they listen for, so the user picks
the audience they need to practise for. Focusable; the screen decides what enter and v do.

One widget rather than a container of three: the home screen's first paint is on the cold-start
budget, and every widget costs style and layout work."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.widget import Widget

if TYPE_CHECKING:
    from simulator.interview.personas import Persona


class PersonaCard(Widget, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"card--role", "card--listens"}

    def __init__(self, persona: Persona) -> None:
        super().__init__(id=f"persona-{persona.id}")
        self.persona = persona

    def lines(self) -> tuple[str, str, str]:
        """Role, who, and what they listen for, as shown."""
        persona = self.persona
        return (
            persona.role_label,
            f"{persona.name} — {persona.title}",
            f"Listens for: {persona.listens_for}",
        )

    def render(self) -> Text:
        role, who, listens = self.lines()
        text = Text(role, style=self.get_component_rich_style("card--role"))
        text.append("\n" + who)
        text.append("\n" + listens, style=self.get_component_rich_style("card--listens"))
        return text
