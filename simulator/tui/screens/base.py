"""The base of every full screen of the interview room: typed access to the app, which holds the
parts (store, loaders, interview factory) that screens use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from simulator.tui.app import InterviewApp


class RoomScreen(Screen[None]):
    @property
    def interview_app(self) -> InterviewApp:
        from simulator.tui.app import InterviewApp

        assert isinstance(self.app, InterviewApp)
        return self.app
