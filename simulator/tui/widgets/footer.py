"""The footer of every screen: Textual's, re-built only when the keys it shows change.

Textual's footer re-composes itself whenever the screen's bindings might have changed: every
focus change and every reactive that declares bindings. Each re-compose builds and styles a new
widget per key. At start-up that happened five times in one frame on the home screen (about
0.2 s of the cold start), and moving between interviewer cards re-built it on every key press,
though the keys shown were the same each time.

Compact keys are built with their "-compact" class: Textual adds it from a watcher once each key is
mounted, which styles every key a second time (20 of the home screen's 211 style passes)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ShownKeys = tuple[tuple[str, str, str, bool, str | None], ...]


def shown_keys(screen: Screen[object]) -> ShownKeys:
    """What the footer would show for `screen`: key, action, label, enabled, tooltip."""
    return tuple(
        (binding.key, binding.action, binding.description, enabled, tooltip)
        for _node, binding, enabled, tooltip in screen.active_bindings.values()
        if binding.show or binding.key == screen.app.COMMAND_PALETTE_BINDING
    )


class RoomFooter(Footer):
    def __init__(self) -> None:
        # Compact: the interview screen's eight keys fit in 80 columns.
        super().__init__(compact=True)
        self._composed_for: ShownKeys | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.app.app_focus:
            # Textual skips the re-compose while the app is unfocused; remember nothing, so
            # the next change after focus returns is never mistaken for "unchanged".
            self._composed_for = None
            super().bindings_changed(screen)
            return
        keys = shown_keys(screen)
        if keys != self._composed_for:
            self._composed_for = keys
            super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and self.compact:
                widget.add_class("-compact", update=False)
            yield widget
