"""What the app shows while the terminal is smaller than it can lay out: the size it needs and
the size it has, instead of a screen whose input sits below the bottom edge. It goes away by
itself when the terminal grows; whatever was running behind it carries on."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widgets import Static

MIN_WIDTH = 80
MIN_HEIGHT = 24
"""The smallest terminal every screen is laid out for (the common default): the interviewer
cards, the question box, the typed answer and the footer's keys all fit."""


def too_small(size: Size) -> bool:
    return size.width < MIN_WIDTH or size.height < MIN_HEIGHT


def too_small_text(size: Size) -> str:
    return (
        f"The terminal is {size.width}×{size.height}; interview-sim needs at least "
        f"{MIN_WIDTH}×{MIN_HEIGHT}. Make the window larger (or the font smaller) and it "
        "continues where it was. ctrl+q quits."
    )


class TooSmallScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "app.quit", "Quit")]

    def __init__(self, size: Size) -> None:
        super().__init__()
        self.shown_size = size

    def compose(self) -> ComposeResult:
        yield Static(too_small_text(self.shown_size), id="too-small", markup=False)

    def show_size(self, size: Size) -> None:
        self.shown_size = size
        self.query_one("#too-small", Static).update(too_small_text(size))
