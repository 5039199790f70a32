"""One interviewer on the home screen: who they are and what they listen for, so the user picks
the audience they need to practise for. Focusable; the screen decides what enter and v do.

One widget rather than a container of three: the home screen's first paint is on the cold-start
budget, and every widget costs style and layout work."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

if TYPE_CHECKING:
    from simulator.interview.company import CompanyProfile
    from simulator.interview.personas import Persona


CHOSEN_MARK = "✓ chosen"


class PersonaCard(Widget, can_focus=True):
    """Only the chosen card takes focus (a roving focus): Tab leaves the list in one step, and
    up/down, bound here so a scrolling parent never takes them, move the choice."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"card--role", "card--listens"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.choose_card(1)", "Next interviewer", show=False),
        Binding("up", "screen.choose_card(-1)", "Previous interviewer", show=False),
    ]

    class Clicked(Message):
        def __init__(self, card: PersonaCard) -> None:
            super().__init__()
            self.card = card

    def __init__(self, persona: Persona) -> None:
        super().__init__(id=f"persona-{persona.id}")
        self.persona = persona
        self.shown = persona
        """The persona as the chosen company profile's field has them (`show_in_field`)."""
        self.chosen = False
        self.can_focus = False  # until chosen

    def choose(self, chosen: bool) -> None:
        """Mark this card as the chosen interviewer (or not): a mark in its text, a double
        border, and the only card in the focus chain."""
        if chosen != self.chosen:
            self.chosen = chosen
            self.can_focus = chosen
            self.set_class(chosen, "-chosen")
            self.refresh()

    def on_click(self) -> None:
        self.post_message(self.Clicked(self))

    def show_in_field(self, company: CompanyProfile | None) -> None:
        """Show this interviewer as they are in `company`'s field of work (a matron, not an
        engineering manager, at a hospital; `Persona.in_field_of`); None: as their file has them."""
        self.shown = self.persona.in_field_of(company)
        self.refresh(layout=True)

    def lines(self) -> tuple[str, str, str]:
        """Role, who, and what they listen for, as shown."""
        persona = self.shown
        return (
            persona.role_label,
            f"{persona.name} — {persona.title}",
            f"Listens for: {persona.listens_for}",
        )

    def render(self) -> Text:
        role, who, listens = self.lines()
        text = Text(role, style=self.get_component_rich_style("card--role"))
        if self.chosen:
            text.append(f"  {CHOSEN_MARK}")
        text.append("\n" + who)
        text.append("\n" + listens, style=self.get_component_rich_style("card--listens"))
        return text
