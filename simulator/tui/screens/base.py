"""The base of every full screen of the interview room: typed access to what the app gives its
screens (the parts: store, loaders, interview factory, playback; the settings and the warmed-up
recognizer). Screens reach the app only through `RoomHost`, never by importing it: the app imports
the screens, so an import back would close a circle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from textual import work
from textual.screen import Screen

if TYPE_CHECKING:
    from pathlib import Path

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
    initial_files: dict[str, Path | None]
    left_session: tuple[str, Path] | None

    def current_settings(self) -> Settings: ...

    def start_warm_up(self) -> None: ...


class RoomScreen(Screen[ResultT]):
    last_export: Path | None = None
    """The report this screen wrote last (None: none yet)."""

    @property
    def interview_app(self) -> RoomHost:
        app = self.app
        assert isinstance(app, RoomHost)
        return app

    def persona_names(self) -> dict[str, str]:
        """Persona id -> display name (`interview.personas.display_names`) of every persona
        the app's loader finds: how a screen names who asked. Reads the persona files: call it
        from a worker."""
        from simulator.interview.personas import display_names

        return display_names(self.interview_app.parts.load_personas().items.values())

    @work(thread=True, group="export", exit_on_error=False)
    def export_report(self, session_id: str, report_format: str) -> None:
        """Write the session's report (md or html) into the data folder's reports/ and say
        where; a failure is one notice naming the file. Summary and replay bind m and w."""
        from simulator.errors import SimulatorError
        from simulator.storage.export import save_report

        try:
            store = self.interview_app.parts.open_store()
            path = save_report(store, session_id, report_format, names=self.persona_names())
        except SimulatorError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Export", severity="error", timeout=10
            )
            return
        self.last_export = path
        self.app.call_from_thread(self.notify, f"wrote {path}", title="Export", timeout=8)
