"""Hear an old answer again while its transcript follows along word by word.

Hearing yourself is where most of the learning happens, so this screen makes it quick: seek by
5 s, play at 1.5×, and jump straight to the next problem (a long pause or a filler). Playback runs
in a thread worker; it reports its position through messages and stops on a threading.Event."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from simulator.errors import SimulatorError
from simulator.storage.views import (
    AnswerView,
    Problem,
    asker_name,
    current_word_index,
    question_places,
    views,
)
from simulator.tui.screens.base import RoomScreen
from simulator.tui.widgets.feedback import PartTranscript, StarBar, star_caption, timing_line
from simulator.tui.widgets.footer import RoomFooter
from simulator.tui.widgets.header import RoomHeader
from simulator.tui.widgets.meters import format_seconds

if TYPE_CHECKING:
    from simulator.storage.records import SessionRecord, TurnRecord

SEEK_S = 5.0
SPEEDS = (1.0, 1.5)
LEAD_S = 1.0
"""A problem is played from this many seconds before it, to hear what led into it."""


class ReplayScreen(RoomScreen[None]):
    HELP = (
        "Replay an answer: space plays (the question first, then the answer) or pauses; a "
        "skips the question to the answer; left/right seek 5 s; , and . step a word (or click "
        "one); x switches 1×/1.5×; j steps to the next problem (long pause, filler, missing "
        "part) and says which; [ and ] move between the session's answers; m and w export the "
        "session as Markdown or HTML. (The footer shows the keys that fit 80 columns.)"
    )
    # Shown keys fit 80 columns beside the palette key; the rest are in HELP.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "play_pause", "Play"),
        Binding("a", "skip_question", "To answer"),
        Binding("left", "seek(-5)", "−5 s", show=False),
        Binding("right", "seek(5)", "+5 s", show=False),
        Binding("comma", "step_word(-1)", "‹ word", show=False),
        Binding("full_stop", "step_word(1)", "word ›", show=False),
        Binding("x", "speed", "Speed"),
        Binding("j", "next_problem", "Problem"),
        Binding("left_square_bracket", "turn(-1)", "Prev answer", show=False),
        Binding("right_square_bracket", "turn(1)", "Answer ›"),
        Binding("escape", "back", "Back"),
        Binding("m", "export('md')", "Export .md", show=False),
        Binding("w", "export('html')", "Export .html", show=False),
        Binding("question_mark", "app.help", "Help"),
    ]

    class Progress(Message):
        """Where playback is: `part` "question" or "answer", `position_s` in that file, from
        the playback started with the `run` event (a message from an earlier one is dropped)."""

        def __init__(self, part: str, position_s: float, run: threading.Event) -> None:
            super().__init__()
            self.part = part
            self.position_s = position_s
            self.run = run

    def __init__(self, session_id: str, turn_number: int | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.turn_number = turn_number
        self.record: SessionRecord | None = None
        self.turn: TurnRecord | None = None
        self.answer: AnswerView | None = None
        self.position_s = 0.0
        self.speed = SPEEDS[0]
        self.starts: list[float] = []
        self.stop_playing = threading.Event()
        self.skip_question = threading.Event()
        self.heard_question = False
        self.problems: list[Problem] = []
        self.problem_index = -1
        """The problem `j` last went to (-1: none yet)."""
        self.playing_part = "answer"
        self.question_position_s = 0.0
        self.names: dict[str, str] = {}
        """Persona id -> display name: who asked, as every screen names them."""

    def compose(self) -> ComposeResult:
        yield RoomHeader()
        with VerticalScroll():
            yield Static("loading…", id="replay-title", classes="panel-title", markup=False)
            yield Static("", id="replay-question", markup=False)
            yield Static("", id="replay-position")
            yield Static("", id="replay-problem", markup=False)
            yield StarBar()
            yield PartTranscript(word_action="screen.seek_word")
            yield Static("", id="replay-timing")
        yield RoomFooter()

    def on_mount(self) -> None:
        self._load()

    def on_unmount(self) -> None:
        self._stop()

    @work(thread=True, group="replay-load", exit_on_error=False)
    def _load(self) -> SessionRecord:
        self.names = self.persona_names()
        return self.interview_app.parts.open_store().load(self.session_id)

    def _show_turn(self, turn: TurnRecord) -> None:
        self.turn = turn
        self.position_s = 0.0
        self.heard_question = False
        record = self.record
        assert record is not None
        # Read with the session: an answer's score is its question's after its follow-up.
        answer = next((a for a in views(record) if a.number == turn.number), AnswerView.of(turn))
        self.answer = answer
        self.starts = answer.word_starts
        self.problems = answer.problems
        self.problem_index = -1
        self.playing_part = "answer"
        # Numbered as the summary, the export and `replay --turn` number it ("1 · follow-up").
        place = question_places(record.turns)
        self.query_one("#replay-title", Static).update(
            f"Replay · {record.started[:16].replace('T', ' ')} · question {place[turn.number]} · "
            f"{asker_name(turn.persona_id, self.names)} · {answer.heading}"
        )
        count = len(self.problems)
        missing = ", ".join(answer.missing_parts)
        if answer.answer_audio is None:
            # A typed answer has no audio, so there is no moment to step to; the line below
            # says it is typed ("typed answer: no recording"), this one only what is missing.
            problem_line = f"Missing: {missing}" if missing else ""
        elif count:
            plural = "s" if count != 1 else ""
            problem_line = f"{count} problem{plural} to hear again: j steps through them"
        else:
            problem_line = "No problems marked in this answer."
        if answer.unread_note:
            problem_line = answer.unread_note[0].upper() + answer.unread_note[1:]
        self.query_one("#replay-problem", Static).update(problem_line)
        self.query_one("#replay-question", Static).update(f"Q: {turn.question_text}")
        bar = self.query_one(StarBar)
        bar.parts, bar.note = answer.star_bar_parts, answer.star_note
        bar.caption = star_caption(answer)
        self.query_one(PartTranscript).answer = answer
        self.query_one(PartTranscript).current_word = None
        self.query_one("#replay-timing", Static).update(timing_line(answer))
        self._show_position()

    def _show_position(self) -> None:
        """What is playing (the question or the answer) and where, so a silent clock never
        stands at 0:00 while the question is heard."""
        if self._playing() and self.playing_part == "question":
            line = (
                f"▶ question · {format_seconds(self.question_position_s)} · {self.speed:g}× · "
                "a: skip to the answer"
            )
        elif self.turn is not None and not self.turn.answer_audio:
            # A typed answer: no clock to show, nothing of the answer to play.
            line = "typed answer: no recording" + (
                " · space plays the question" if self.turn.question_audio else ""
            )
        else:
            state = "▶ answer" if self._playing() else "paused · answer"
            line = f"{state} · {format_seconds(self.position_s)} · {self.speed:g}×"
        self.query_one("#replay-position", Static).update(line)

    def _playing(self) -> bool:
        return any(w.is_running for w in self.workers if w.group == "replay-play")

    # -- playback ------------------------------------------------------------------------------

    @work(thread=True, group="replay-play", exclusive=True, exit_on_error=False)
    def _play(
        self,
        turn: TurnRecord,
        start_s: float,
        with_question: bool,
        run: threading.Event,
        skip: threading.Event,
    ) -> None:
        """Play the question (unless not `with_question`; `skip` ends it early), then the
        answer from `start_s`, until the end or `run` (the stop event of this playback)."""
        parts = self.interview_app.parts
        store = parts.open_store()
        device = self.interview_app.current_settings().output_device
        if with_question and turn.question_audio:
            parts.playback.play_stored(
                store,
                self.session_id,
                turn.question_audio,
                speed=self.speed,
                cancel=skip,
                on_progress=lambda position_s: self._report("question", position_s, run),
                device=device,
            )
            if run.is_set():
                return
        if not turn.answer_audio:
            raise SimulatorError("this answer was typed: there is no recording to play")

        def on_progress(position_s: float) -> None:
            self._report("answer", position_s, run)

        on_progress(start_s)

        parts.playback.play_stored(
            store,
            self.session_id,
            turn.answer_audio,
            start_s=start_s,
            speed=self.speed,
            cancel=run,
            on_progress=on_progress,
            device=device,
        )

    def _report(self, part: str, position_s: float, run: threading.Event) -> None:
        self.post_message(self.Progress(part, position_s, run))

    def _stop(self) -> None:
        self.stop_playing.set()
        self.skip_question.set()

    def _start(self, start_s: float, with_question: bool) -> None:
        assert self.turn is not None
        self.stop_playing = threading.Event()
        self.skip_question = threading.Event()
        self.playing_part = "question" if with_question and self.turn.question_audio else "answer"
        self.question_position_s = 0.0
        self._play(self.turn, start_s, with_question, self.stop_playing, self.skip_question)

    def on_replay_screen_progress(self, message: Progress) -> None:
        if message.run is not self.stop_playing:
            return  # from a playback stopped since (a seek, a jump, another answer)
        self.playing_part = message.part
        if message.part == "question":
            self.question_position_s = message.position_s
            self._show_position()
            return
        self.position_s = message.position_s
        self.query_one(PartTranscript).current_word = current_word_index(
            self.starts, message.position_s
        )
        self._show_position()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "replay-load" and event.state == WorkerState.SUCCESS:
            record = worker.result
            assert record is not None
            self.record = record
            if not record.turns:
                self.query_one("#replay-title", Static).update("This session has no answers.")
                return
            numbers = [t.number for t in record.turns]
            wanted = self.turn_number if self.turn_number in numbers else numbers[0]
            self._show_turn(record.turn(wanted))
        elif event.state == WorkerState.ERROR:
            error = worker.error
            text = str(error) if isinstance(error, SimulatorError) else f"unexpected: {error!r}"
            self.notify(text, title="Replay", severity="error", timeout=8)
        if worker.group == "replay-play" and self.is_mounted:
            self._show_position()

    def _restart_at(self, position_s: float, with_question: bool = False) -> None:
        if self.turn is None:
            return
        was_playing = self._playing()
        self._stop()
        self.position_s = max(0.0, position_s)
        self.query_one(PartTranscript).current_word = current_word_index(self.starts, position_s)
        if was_playing or with_question:
            self._start(self.position_s, with_question)
        self._show_position()

    def action_play_pause(self) -> None:
        if self.turn is None:
            return
        if self._playing():
            self._stop()
            return
        first = self.position_s == 0.0 and not self.heard_question
        self.heard_question = True
        self._start(self.position_s, first)
        self._show_position()

    def action_skip_question(self) -> None:
        """While the question plays: on to the answer at once."""
        if self._playing() and self.playing_part == "question":
            self.skip_question.set()

    def action_seek(self, seconds: float) -> None:
        self._restart_at(self.position_s + seconds)

    def action_seek_word(self, index: int) -> None:
        """Play from a word (clicked in the transcript)."""
        if 0 <= index < len(self.starts):
            self._restart_at(self.starts[index])

    def action_step_word(self, step: int) -> None:
        """Move to the previous or next word, from the keyboard."""
        current = current_word_index(self.starts, self.position_s)
        target = (current if current is not None else -1) + step
        self.action_seek_word(min(max(target, 0), len(self.starts) - 1))

    def action_speed(self) -> None:
        self.speed = SPEEDS[(SPEEDS.index(self.speed) + 1) % len(SPEEDS)]
        self._restart_at(self.position_s)

    def action_next_problem(self) -> None:
        """Step to the next problem in order, paused or playing, and say what it is. After the
        last one the next press starts again from the first."""
        if self.answer is None:
            return
        label = self.query_one("#replay-problem", Static)
        if not self.problems:
            self.notify("No problems marked in this answer.", timeout=2)
            return
        self.problem_index += 1
        if self.problem_index >= len(self.problems):
            self.problem_index = -1
            label.update("No more problems in this answer: j starts again from the first.")
            return
        problem = self.problems[self.problem_index]
        label.update(
            f"problem {self.problem_index + 1} of {len(self.problems)}: {problem.label} "
            f"at {format_seconds(problem.at_s)}"
        )
        # Start a little before the problem so the user hears what led into it.
        self._restart_at(max(0.0, problem.at_s - LEAD_S))

    def action_turn(self, step: int) -> None:
        if self.record is None or self.turn is None:
            return
        numbers = [t.number for t in self.record.turns]
        index = numbers.index(self.turn.number) + step
        if 0 <= index < len(numbers):
            self._stop()
            self._show_turn(self.record.turns[index])

    def action_back(self) -> None:
        self._stop()
        self.dismiss()

    def action_export(self, report_format: str) -> None:
        self.export_report(self.session_id, report_format)

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Export report (Markdown)", "into reports/", lambda: self.action_export("md")
        )
        yield SystemCommand(
            "Export report (HTML)", "into reports/", lambda: self.action_export("html")
        )
        yield SystemCommand("Play / pause", "Hear the answer", self.action_play_pause)
        yield SystemCommand(
            "Next problem",
            "Step to the next long pause, filler or missing part",
            self.action_next_problem,
        )
        yield SystemCommand(
            "Skip to the answer", "While the question plays", self.action_skip_question
        )
