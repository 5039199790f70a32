"""The base of every full screen of the interview room: typed access to what the app gives its
screens (the parts: store, loaders, interview factory, playback; the settings and the warmed-up
recognizer). Screens reach the app only through `RoomHost`, never by importing it: the app imports
the screens, so an import back would close a circle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from textual.screen import Screen

if TYPE_CHECKING:
    from simulator.config import Settings
    from simulator.speech.stt import Recognizer
    from simulator.tui.parts import AppParts

ResultT = TypeVar("ResultT")


@runtime_checkable
class RoomHost(Protocol):
    """What a screen may use of the app (`simulator.tui.app.InterviewApp` is the one host)."""

    parts: AppParts
    recognizer: Recognizer | None
    engine_status: str
    initial_persona_id: str | None
    initial_bank_id: str | None

    def current_settings(self) -> Settings: ...

    def start_warm_up(self) -> None: ...


class RoomScreen(Screen[ResultT]):
    @property
    def interview_app(self) -> RoomHost:
        app = self.app
        assert isinstance(app, RoomHost)
        return app
