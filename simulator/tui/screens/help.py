"""The help screen (? or F1): what the current screen is for and every key it answers to, so a
user never has to leave the app to learn it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

GENERAL_HELP = """\
Keys shown in the footer work on the current screen.
ctrl+p opens the command palette with every main action.
? or F1 shows this help; escape closes it. ctrl+q quits from anywhere."""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,f1,q", "dismiss", "Close")
    ]

    def __init__(self, about: Screen) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        purpose = getattr(self.about, "HELP", "")
        keys = [
            f"  {self.app.get_key_display(binding):<10} {binding.description}"
            for binding in self.about.BINDINGS
            if isinstance(binding, Binding) and binding.description
        ]
        with VerticalScroll(id="help-box"):
            yield Static("Help", classes="panel-title")
            if purpose:
                yield Static(purpose)
            if keys:
                yield Static("\nKeys here:\n" + "\n".join(keys), markup=False)
            yield Static("\n" + GENERAL_HELP, classes="muted")
