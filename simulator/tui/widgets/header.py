"""The screens' header: Textual's `Header`, safe to leave before its title is drawn.

Textual 8's `Header` sets its title from watchers it adds on mount. If the screen is left (or the
app quits) between the mount and the first title update, the watcher finds no `HeaderTitle` and
raises `NoMatches` (it only guards against `NoScreen`), which ends the app with a traceback:
pressing q at once after the summary appears did that, and Pilot tests that left a screen early
failed the same way under load. This header skips the update when its title widget is gone.
"""

from __future__ import annotations

from contextlib import suppress

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.events import Mount
from textual.widget import Widget
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class RoomHeader(Header):
    """`Header` whose title update is a no-op once the title widget has been removed."""

    def _on_mount(self, event: Mount) -> None:
        # Textual calls every class's own `_on_mount` up the MRO: stop it before `Header`'s,
        # which would add the unguarded watchers, and do `Widget`'s part here instead.
        event.prevent_default()
        Widget._on_mount(self, event)

        async def set_title() -> None:
            with suppress(NoMatches, NoScreen):  # left before the title was drawn
                self.query_one(HeaderTitle).update(self.format_title())

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)
