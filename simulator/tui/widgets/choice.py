"""A setting of the home screen: its name and current value in one focusable widget.

Left and right step through the values in place; enter or a click opens the whole list in a
small dialog. Textual's Select builds its drop-down list (an OptionList in an overlay) for every
picker at mount, whether or not it is ever opened: the home screen's three cost about 0.14 s of
a one-second cold start. A Choice is one widget, and its list is built only when asked for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import OptionList, Static

ValueT = TypeVar("ValueT")


class Choice(Widget, Generic[ValueT], can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"choice--label", "choice--hint"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "pick", "Choose"),
        Binding("left", "step(-1)", "Previous value", show=False),
        Binding("right", "step(1)", "Next value", show=False),
    ]

    class Changed(Message):
        """Another value was chosen (by a key, the list or the `value` setter; not by
        `set_options`)."""

        def __init__(self, choice: Choice[object]) -> None:
            super().__init__()
            self.choice = choice

        @property
        def control(self) -> Choice[object]:
            return self.choice

    def __init__(
        self,
        label: str,
        options: Iterable[tuple[str, ValueT]] = (),
        *,
        value: ValueT | None = None,
        empty: str = "none",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.label = label
        self.empty = empty
        """Shown while there is nothing to choose from (e.g. "loading…")."""
        self._options: tuple[tuple[str, ValueT], ...] = ()
        self._index = -1
        self._set_options(options, value)

    @property
    def options(self) -> tuple[tuple[str, ValueT], ...]:
        """(prompt, value) pairs, in the order they are offered."""
        return self._options

    @property
    def value(self) -> ValueT | None:
        return self._options[self._index][1] if self._index >= 0 else None

    @value.setter
    def value(self, value: ValueT) -> None:
        values = [option_value for _, option_value in self._options]
        if value not in values:
            raise ValueError(f"{self.label}: {value!r} is not one of the choices")
        self._select(values.index(value))

    def set_options(
        self, options: Iterable[tuple[str, ValueT]], value: ValueT | None = None
    ) -> None:
        """Offer `options`, keeping `value` (or the current value, or else the first) chosen."""
        self._set_options(options, value if value is not None else self.value)
        self.refresh(layout=True)

    def _set_options(self, options: Iterable[tuple[str, ValueT]], value: ValueT | None) -> None:
        self._options = tuple(options)
        values = [option_value for _, option_value in self._options]
        if value in values:
            self._index = values.index(value)
        else:
            self._index = 0 if self._options else -1

    def _select(self, index: int) -> None:
        if index != self._index:
            self._index = index
            self.refresh(layout=True)
            self.post_message(self.Changed(self))  # type: ignore[arg-type]

    def render(self) -> Text:
        text = Text(self.label, style=self.get_component_rich_style("choice--label"))
        prompt = self._options[self._index][0] if self._index >= 0 else self.empty
        text.append("\n" + prompt)
        if len(self._options) > 1:
            text.append(" ▾", style=self.get_component_rich_style("choice--hint"))
        return text

    def action_step(self, step: int) -> None:
        if self._options:
            self._select((self._index + step) % len(self._options))

    def action_pick(self) -> None:
        if not self._options:
            return
        prompts = [prompt for prompt, _ in self._options]

        def chosen(index: int | None) -> None:
            if index is not None:
                self._select(index)

        self.app.push_screen(ChoicePicker(self.label, prompts, self._index), chosen)

    def on_click(self) -> None:
        self.action_pick()


class ChoicePicker(ModalScreen[int | None]):
    """The whole list of a Choice: enter or a click picks, escape keeps the value as it was."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_picker", "Keep")]

    def __init__(self, title: str, prompts: Sequence[str], index: int) -> None:
        super().__init__()
        self.picker_title = title
        self.prompts = prompts
        self.index = index

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-picker"):
            yield Static(self.picker_title, classes="panel-title")
            yield OptionList(*self.prompts, id="choice-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = max(self.index, 0)
        options.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_dismiss_picker(self) -> None:
        self.dismiss(None)
