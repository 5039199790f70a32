"""The interview room: the Textual app a person opens to practise.

`make_app` is the one factory the CLI and the tests share; it takes the app's parts (loaders,
store, interview factory) so tests pass real parts pointed at tmp dirs. Nothing heavy is imported
here: the first screen paints, then a background worker loads the settings and the speech model."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from simulator.tui import routes
from simulator.tui.parts import AppParts
from simulator.tui.screens.help import HelpScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.too_small import TooSmallScreen, too_small

if TYPE_CHECKING:
    from simulator.config import Settings
    from simulator.speech.stt import Recognizer
    from simulator.storage.records import SessionRecord


HANG_UP_SIGNALS = (1, 15)
"""SIGHUP and SIGTERM (their numbers on every POSIX system): end the app as Ctrl-C does."""


class InterviewApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "interview-sim"
    SUB_TITLE = "mock interview coach"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False),
        # Ctrl-C stops, as in the CLI (exit 130): mid-answer the recording is kept (the screens
        # stop, never cancel). Where text is being typed (a form with unsaved edits, a typed
        # answer not yet sent) it asks first, as Textual apps do (ctrl+q is the quit key): a
        # second Ctrl-C leaves, a typed draft stored as an interrupted answer.
        Binding("ctrl+c", "interrupt", "Quit", priority=True, show=False),
        Binding("f1", "help", "Help", show=False),
    ]

    def __init__(
        self,
        parts: AppParts,
        *,
        persona_id: str | None = None,
        bank_id: str | None = None,
        company: Path | None = None,
        notes: Path | None = None,
    ) -> None:
        super().__init__()
        self.parts = parts
        self.initial_persona_id = persona_id
        self.initial_bank_id = bank_id
        self.initial_files = {"companies": company, "first_round": notes}
        """The company profile and round-one notes named on the command line (`practice
        --company/--first-round`): listed and chosen on the home screen wherever they are."""
        self.settings: Settings | None = None
        self.recognizer: Recognizer | None = None
        self.engine_status = "speech engine: loading in the background…"
        self._warming_up = False
        self.left_session: tuple[str, Path] | None = None
        """The session the interview screen left on the way out (id, folder), None: none."""
        self._warned_unsaved: Screen[object] | None = None
        self.hangs_up_on_signals = False
        """Set by `run_app`: SIGTERM and SIGHUP end the app as Ctrl-C does (`hang_up`)."""

    def action_interrupt(self) -> None:
        """Ctrl-C: leave with status 130, unless a form holds edits not yet saved or the answer
        box a typed answer not yet sent: then say so once (the screen's `unsaved_warning`),
        and a second Ctrl-C leaves (a typed draft kept as an interrupted answer)."""
        screen = self.screen
        unsaved = getattr(screen, "has_unsaved_edits", None)
        if callable(unsaved) and unsaved() and self._warned_unsaved is not screen:
            self._warned_unsaved = screen
            warning = getattr(screen, "unsaved_warning", None)
            self.notify(
                str(warning) if warning
                else "Unsaved edits: ctrl+s saves them; ctrl+c again quits without them.",
                title="Not saved",
                severity="warning",
                timeout=8,
            )
            return
        self._keep_drafts()
        self.exit(130)

    async def action_quit(self) -> None:
        self._keep_drafts()
        self.exit()

    def _keep_drafts(self) -> None:
        for screen in self.screen_stack:
            keep = getattr(screen, "keep_draft", None)
            if callable(keep):
                keep()

    def on_mount(self) -> None:
        if self.hangs_up_on_signals:
            import asyncio

            loop = asyncio.get_running_loop()
            for signum in HANG_UP_SIGNALS:
                loop.add_signal_handler(signum, self.hang_up, signum)
        self.push_screen(HomeScreen())
        self._check_size(self.size)

    def hang_up(self, signum: int) -> None:
        """The terminal closed (SIGHUP) or the system asked the app to end (SIGTERM: logout,
        shutdown): what Ctrl-C keeps is kept (a typed draft stored as an interrupted answer, a
        recording stopped and stored, the session ended as interrupted), and the app exits
        with the status a shell gives a process ended by that signal (128 + its number: 129,
        143). Forms with unsaved edits do not ask: nobody is there to answer. A second signal
        ends the process at once (the default action is back)."""
        import asyncio

        loop = asyncio.get_running_loop()
        for each in HANG_UP_SIGNALS:
            loop.remove_signal_handler(each)
        self._keep_drafts()
        self.exit(128 + signum)

    def on_resize(self, event: events.Resize) -> None:
        # The first resize comes before on_mount: the home screen would cover the notice.
        if any(isinstance(screen, HomeScreen) for screen in self.screen_stack):
            self._check_size(event.size)

    def _check_size(self, size: Size) -> None:
        """Below the minimum size, say so over whatever is shown (it keeps running); at or
        above it, take the notice away."""
        notices = [s for s in self.screen_stack if isinstance(s, TooSmallScreen)]
        if too_small(size):
            if notices:
                notices[-1].show_size(size)
            else:
                self.push_screen(TooSmallScreen(size))
        elif notices and self.screen is notices[-1]:
            self.pop_screen()

    def start_warm_up(self) -> None:
        """Load settings and the speech model in the background. The home screen calls this once
        it is interactive: importing an engine holds the GIL for a while, so it must not compete
        with the first paint."""
        if self.settings is None and not self._warming_up:
            self._warming_up = True
            self._load_settings_and_engine()

    def current_settings(self) -> Settings:
        """The settings as loaded by the warm-up worker (defaults until then)."""
        if self.settings is None:
            from simulator.config import Settings

            return Settings()
        return self.settings

    @work(thread=True, group="warm-up", exit_on_error=False)
    def _load_settings_and_engine(self) -> None:
        settings = self.parts.load_settings()
        self.settings = settings
        if self.parts.load_recognizer is None:
            self.call_from_thread(self._engine_ready, "speech engine: loaded when first needed")
            return
        recognizer = self.parts.load_recognizer(settings)
        self.recognizer = recognizer
        self.call_from_thread(
            self._engine_ready, f"speech engine: {recognizer.name} {recognizer.model}".rstrip()
        )

    def _engine_ready(self, status: str) -> None:
        self.engine_status = status
        # The stack is empty when the user quit before the engine was ready.
        screen = self.screen_stack[-1] if self.screen_stack else None
        if isinstance(screen, HomeScreen):
            screen.show_engine_status(status)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "warm-up" or event.state != WorkerState.ERROR:
            return
        # A broken settings file or a missing model is not fatal: typed answers and the
        # runner's own lazy engine choice still work. Say it once, in one line.
        self.notify(str(event.worker.error), title="Start-up", severity="warning", timeout=8)
        self._engine_ready("speech engine: not loaded (see the notice)")

    # -- routing: screens post where they want to go (routes.py); only the app imports screens --

    @on(routes.StartInterview)
    def _start_interview(self, message: routes.StartInterview) -> None:
        from simulator.tui.screens.interview import InterviewScreen

        setup = message.setup

        def show_summary(record: SessionRecord | None) -> None:
            if record is not None and not record.turns:
                # Nothing was answered, so nothing was kept: no summary of nothing.
                self.notify("No answers, so nothing was saved.", title="Session ended", timeout=4)
            elif record is not None:
                from simulator.tui.screens.summary import SummaryScreen

                self.push_screen(SummaryScreen(record, setup))

        self.push_screen(InterviewScreen(setup), show_summary)

    @on(routes.OpenReplay)
    def _open_replay(self, message: routes.OpenReplay) -> None:
        from simulator.tui.screens.replay import ReplayScreen

        self.push_screen(ReplayScreen(message.session_id, message.number))

    @on(routes.OpenHistory)
    def _open_history(self, message: routes.OpenHistory) -> None:
        from simulator.tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen())

    @on(routes.OpenCompare)
    def _open_compare(self, message: routes.OpenCompare) -> None:
        from simulator.tui.screens.history import CompareScreen

        self.push_screen(CompareScreen(message.question_id))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Keys and what each screen does", self.action_help)
        yield from getattr(screen, "palette_commands", lambda: ())()


def make_app(
    parts: AppParts | None = None,
    *,
    persona_id: str | None = None,
    bank_id: str | None = None,
    company: Path | None = None,
    notes: Path | None = None,
) -> InterviewApp:
    """The app, built from `parts` (the real loaders, store and engines by default);
    `company`/`notes`: files to offer chosen on the home screen."""
    return InterviewApp(parts or AppParts(), persona_id=persona_id, bank_id=bank_id,
                        company=company, notes=notes)


def run_app(
    persona_id: str | None = None,
    bank_id: str | None = None,
    company: Path | None = None,
    notes: Path | None = None,
) -> int:
    """Run the app in this terminal; the exit code for the CLI: 130 after Ctrl-C, 129 / 143
    after SIGHUP / SIGTERM (`InterviewApp.hang_up`), each saying what was kept."""
    from simulator.tui.terminal import library_log_path, library_messages_to

    with library_messages_to(library_log_path()):
        app = make_app(persona_id=persona_id, bank_id=bank_id, company=company, notes=notes)
        app.hangs_up_on_signals = True
        result = app.run()
    if result in STOPPED:
        _say_what_was_kept(app, STOPPED[result])
    return result if result is not None else 0


STOPPED = {130: "stopped", 129: "the terminal closed", 143: "terminated"}
"""Exit statuses of an app stopped from outside -> what the last line says stopped it."""


def _say_what_was_kept(app: InterviewApp, why: str) -> None:
    """Where the session left was saved, as the CLI says after Ctrl-C. After SIGHUP nobody
    reads it and writing to the closed terminal fails: that is not an error."""
    import sys

    left = app.left_session
    try:
        if left is not None and left[1].is_dir():
            print(f"Saved session {left[0]} in {left[1]}")
        elif left is not None:
            print("Nothing was saved: no answer was given.")
        print(f"interview-sim: {why}", file=sys.stderr)
        sys.stdout.flush()
    except OSError:
        pass
