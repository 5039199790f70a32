"""Hear an old answer again while its transcript follows along word by word.

Hearing yourself is where most of the learning happens, so this screen makes it quick: seek by
5 s, play at 1.5×, and jump straight to the next problem (a long pause or a filler). Playback runs
in a thread worker; it reports its position through messages and stops on a threading.Event."""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Header, Static
from textual.worker import Worker, WorkerState

from simulator.errors import SimulatorError
from simulator.tui.screens.base import RoomScreen
from simulator.tui.widgets.feedback import PartTranscript, StarBar, score_text, timing_line
from simulator.tui.widgets.footer import RoomFooter
from simulator.tui.widgets.meters import format_seconds

if TYPE_CHECKING:
    from simulator.storage.records import SessionRecord, TurnRecord

SEEK_S = 5.0
SPEEDS = (1.0, 1.5)


def word_starts(turn: TurnRecord) -> list[float]:
    """Start time of each transcript word (words without times borrow the previous one)."""
    starts: list[float] = []
    for word in turn.transcript.get("words", ()) or ():
        start = word.get("start") if isinstance(word, Mapping) else None
        starts.append(float(start) if isinstance(start, int | float) else (starts or [0.0])[-1])
    return starts


def problem_times(analysis: Mapping[str, Any] | None) -> list[float]:
    """Where in the answer something went wrong, in seconds: long pauses, fillers, and a
    missing STAR part at the place it should have come (a missing Result at the end)."""
    data = analysis or {}
    times: list[float] = [*_missing_part_times(data)]
    for pause in (data.get("timing") or {}).get("long_pauses", ()) or ():
        if isinstance(pause, Mapping) and isinstance(pause.get("start"), int | float):
            times.append(float(pause["start"]))
    for filler in (data.get("fillers") or {}).get("items", ()) or ():
        if isinstance(filler, Mapping) and isinstance(filler.get("start"), int | float):
            times.append(float(filler["start"]))
    return sorted(times)


def _missing_part_times(analysis: Mapping[str, Any]) -> list[float]:
    star = analysis.get("star") or {}
    parts = star.get("parts") or {}
    timing = analysis.get("timing") or {}
    end = timing.get("duration_s")
    if not isinstance(parts, Mapping) or not isinstance(end, int | float):
        return []  # a typed answer has no times to jump to
    result_starts = [
        float(segment["start"])
        for segment in star.get("segments") or ()
        if isinstance(segment, Mapping)
        and segment.get("label") == "R"
        and isinstance(segment.get("start"), int | float)
    ]
    should_be = {"S": 0.0, "T": 0.0, "A": min(result_starts, default=float(end)), "R": float(end)}
    return [
        should_be[part]
        for part in "STAR"
        if isinstance(parts.get(part), Mapping) and not parts[part].get("present")
    ]


def current_word_index(starts: list[float], position_s: float) -> int | None:
    index = bisect_right(starts, position_s) - 1
    return index if index >= 0 else None


class ReplayScreen(RoomScreen[None]):
    HELP = (
        "Replay an answer: space plays (the question first, then the answer) or pauses; "
        "left/right seek 5 s; , and . step a word (or click one); x switches 1×/1.5×; "
        "j jumps to the next problem (long pause, filler, missing part); [ and ] move between "
        "the session's answers."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "play_pause", "Play/pause"),
        Binding("left", "seek(-5)", "−5 s"),
        Binding("right", "seek(5)", "+5 s"),
        Binding("comma", "step_word(-1)", "‹ word", show=False),
        Binding("full_stop", "step_word(1)", "word ›", show=False),
        Binding("x", "speed", "Speed"),
        Binding("j", "next_problem", "Next problem"),
        Binding("left_square_bracket", "turn(-1)", "Prev answer"),
        Binding("right_square_bracket", "turn(1)", "Next answer"),
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    class Progress(Message):
        def __init__(self, position_s: float) -> None:
            super().__init__()
            self.position_s = position_s

    def __init__(self, session_id: str, turn_number: int | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.turn_number = turn_number
        self.record: SessionRecord | None = None
        self.turn: TurnRecord | None = None
        self.position_s = 0.0
        self.speed = SPEEDS[0]
        self.starts: list[float] = []
        self.stop_playing = threading.Event()
        self.heard_question = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static("loading…", id="replay-title", classes="panel-title", markup=False)
            yield Static("", id="replay-question", markup=False)
            yield Static("", id="replay-position")
            yield StarBar()
            yield PartTranscript(word_action="screen.seek_word")
            yield Static("", id="replay-timing")
        yield RoomFooter()

    def on_mount(self) -> None:
        self._load()

    def on_unmount(self) -> None:
        self.stop_playing.set()

    @work(thread=True, group="replay-load", exit_on_error=False)
    def _load(self) -> SessionRecord:
        return self.interview_app.parts.open_store().load(self.session_id)

    def _show_turn(self, turn: TurnRecord) -> None:
        self.turn = turn
        self.position_s = 0.0
        self.heard_question = False
        self.starts = word_starts(turn)
        record = self.record
        assert record is not None
        self.query_one("#replay-title", Static).update(
            f"Replay · {record.started[:16].replace('T', ' ')} · answer {turn.number} of "
            f"{len(record.turns)} · {turn.persona_id} · score {score_text(turn.analysis or {})}"
        )
        self.query_one("#replay-question", Static).update(f"Q: {turn.question_text}")
        analysis = dict(turn.analysis or {"transcript": turn.transcript})
        self.query_one(StarBar).parts = dict((analysis.get("star") or {}).get("parts") or {})
        self.query_one(PartTranscript).analysis = analysis
        self.query_one(PartTranscript).current_word = None
        self.query_one("#replay-timing", Static).update(timing_line(analysis))
        self._show_position()

    def _show_position(self) -> None:
        state = "playing" if self._playing() else "paused"
        self.query_one("#replay-position", Static).update(
            f"{state} · {format_seconds(self.position_s)} · {self.speed:g}×"
        )

    def _playing(self) -> bool:
        return any(w.is_running for w in self.workers if w.group == "replay-play")

    # -- playback ------------------------------------------------------------------------------

    @work(thread=True, group="replay-play", exclusive=True, exit_on_error=False)
    def _play(self, turn: TurnRecord, start_s: float, with_question: bool) -> None:
        parts = self.interview_app.parts
        store = parts.open_store()
        device = self.interview_app.current_settings().output_device
        if with_question and turn.question_audio:
            heard = parts.playback.play_stored(
                store,
                self.session_id,
                turn.question_audio,
                speed=self.speed,
                cancel=self.stop_playing,
                device=device,
            )
            if not heard:
                return
        if not turn.answer_audio:
            raise SimulatorError("this answer was typed: there is no recording to play")

        def on_progress(position_s: float) -> None:
            self.post_message(self.Progress(position_s))

        parts.playback.play_stored(
            store,
            self.session_id,
            turn.answer_audio,
            start_s=start_s,
            speed=self.speed,
            cancel=self.stop_playing,
            on_progress=on_progress,
            device=device,
        )

    def on_replay_screen_progress(self, message: Progress) -> None:
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
        self.stop_playing.set()
        self.position_s = max(0.0, position_s)
        self.query_one(PartTranscript).current_word = current_word_index(self.starts, position_s)
        if was_playing or with_question:
            self.stop_playing = threading.Event()
            self._play(self.turn, self.position_s, with_question)
        self._show_position()

    def action_play_pause(self) -> None:
        if self.turn is None:
            return
        if self._playing():
            self.stop_playing.set()
            return
        first = self.position_s == 0.0 and not self.heard_question
        self.heard_question = True
        self.stop_playing = threading.Event()
        self._play(self.turn, self.position_s, first)
        self._show_position()

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
        if self.turn is None:
            return
        later = [t for t in problem_times(self.turn.analysis) if t > self.position_s + 0.2]
        if not later:
            self.notify("No more problems in this answer.", timeout=2)
            return
        # Start a little before the problem so the user hears what led into it.
        self._restart_at(max(0.0, later[0] - 1.0))

    def action_turn(self, step: int) -> None:
        if self.record is None or self.turn is None:
            return
        numbers = [t.number for t in self.record.turns]
        index = numbers.index(self.turn.number) + step
        if 0 <= index < len(numbers):
            self.stop_playing.set()
            self._show_turn(self.record.turns[index])

    def action_back(self) -> None:
        self.stop_playing.set()
        self.dismiss()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Play / pause", "Hear the answer", self.action_play_pause)
        yield SystemCommand(
            "Next problem", "Jump to a long pause or filler", self.action_next_problem
        )
