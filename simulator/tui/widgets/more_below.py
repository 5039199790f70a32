"""A one-line sign under a scrolling panel that says there is more below (or above) and how to
reach it. A scroll bar alone was missed: at 80×24 the advice under a long transcript sat out of
sight with nothing saying it was there."""

from __future__ import annotations

from textual.containers import ScrollableContainer
from textual.widgets import Static

MORE_BELOW = "↓ more below: page down or the mouse wheel"
MORE_ABOVE = "↑ more above: page up"


class MoreBelow(Static):
    """Shown only while `panel` holds more than it shows below its visible part (or, at the
    bottom, above it); hidden, taking no line, when everything fits."""

    def __init__(self, panel_id: str, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.panel_id = panel_id

    def on_mount(self) -> None:
        panel = self.screen.query_one(f"#{self.panel_id}", ScrollableContainer)
        self.watch(panel, "scroll_y", self._update, init=False)
        self.watch(panel, "virtual_size", self._update, init=False)
        self.call_after_refresh(self._update)

    def on_resize(self) -> None:
        self.call_after_refresh(self._update)

    def refresh_sign(self) -> None:
        """Look again after the panel's content changed (shown after its next layout)."""
        self.call_after_refresh(self._update)

    def _update(self, *_: object) -> None:
        panel = self.screen.query_one(f"#{self.panel_id}", ScrollableContainer)
        below = panel.max_scroll_y > 0 and panel.scroll_y < panel.max_scroll_y - 0.5
        above = panel.max_scroll_y > 0 and not below
        text = MORE_BELOW if below else MORE_ABOVE if above else ""
        self.update(text)
        self.display = bool(text)
