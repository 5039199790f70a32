"""The interview itself: the question, the state of the turn, the live level, timer and
transcript, and the feedback after each answer.

Every blocking call into the Interview runs in one thread worker group ("domain") that calls the
plain domain method and forwards its events as messages; results and errors come back once, in
on_worker_state_changed. Keys only set threading.Events or start workers, so the UI never waits."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events, on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, TextArea
from textual.worker import Worker, WorkerState

from simulator.errors import AudioDeviceError, SimulatorError
from simulator.storage.views import AnswerView
from simulator.tui.routes import InterviewSetup
from simulator.tui.screens.base import RoomScreen
from simulator.tui.widgets.feedback import FeedbackView
from simulator.tui.widgets.footer import RoomFooter
from simulator.tui.widgets.header import RoomHeader
from simulator.tui.widgets.meters import AnswerTimer, LevelMeter, format_seconds
from simulator.tui.widgets.more_below import MoreBelow

if TYPE_CHECKING:
    from textual.timer import Timer

    from simulator.analysis import AnswerAnalysis
    from simulator.interview.banks import Question
    from simulator.interview.events import Event
    from simulator.interview.personas import Persona
    from simulator.interview.plan import PlannedTurn
    from simulator.interview.runner import AskedTurn, Interview
    from simulator.interview.sequence import PlannedSession
    from simulator.storage.records import SessionRecord, TurnRecord


class AnswerBox(TextArea):
    """The typed answer: several lines, so a pasted answer keeps every line. Enter sends it (as
    the one-line box did); ctrl+j (or shift/ctrl+enter where the terminal reports them) starts
    a new line; escape closes it. While it has focus, typing takes the letter keys from the
    screen, so its own keys are the ones the footer shows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Send answer"),
        Binding("ctrl+j,shift+enter,ctrl+enter", "new_line", "New line", key_display="^j"),
        # Letters are text here: the footer says how to get the room's keys (s, n, e…) back.
        Binding("escape", "screen.close_typing", "Close box: room keys"),
    ]

    class Submitted(Message):
        def __init__(self, box: AnswerBox, value: str) -> None:
            super().__init__()
            self.box = box
            self.value = value

        @property
        def control(self) -> AnswerBox:
            return self.box

    async def _on_key(self, event: events.Key) -> None:
        # TextArea inserts a new line for enter before any binding sees it: enter sends here.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_submit()
        elif event.key in ("ctrl+j", "shift+enter", "ctrl+enter"):
            event.stop()
            event.prevent_default()
            self.action_new_line()

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self, self.text))

    def action_new_line(self) -> None:
        self.insert("\n")


STATE_LABELS = {
    "idle": "getting ready…",
    "speaking": "🔊 speaking",
    "your_turn": "your turn: space to answer · t to type",
    "listening": "● listening: space ends the answer",
    "transcribing": "transcribing…",
    "feedback": "feedback: n next · r retake · p choose interviewer",
}
FOLLOW_UP_LABEL = "feedback: f follow-up waiting · n next · r retake · p choose interviewer"
"""The feedback line while the interviewer's follow-up waits: it is offered at the foot of the
feedback, often below the fold, so the line above says so (breaker14 B12)."""
TYPING_LABEL = "typing: enter sends · escape leaves the box for the room keys (s skip, e end)"
"""The your-turn line while the answer box is open. Every letter is text there (an answer may
start with "s"), so the line says how the room's keys come back rather than offering them."""


def _asked_questions(turn: TurnRecord) -> bool:
    """Whether a finished turn holds the candidate's own questions (which get replies)."""
    return "candidate_questions" in AnswerView.of(turn).reported


def asker_line(persona: Persona, index: int, total: int, width: int) -> str:
    """Who asks and how far the session is, on one line of `width` cells: the persona's title
    goes first, then their name, so "question 2 of 5" never wraps."""
    from rich.cells import cell_len

    where = f"question {index + 1} of {total}"
    lines = (
        f"{persona.role_label} · {persona.name}, {persona.title} · {where}",
        f"{persona.role_label} · {persona.name} · {where}",
        f"{persona.role_label} · {where}",
    )
    return next((line for line in lines if cell_len(line) <= width), lines[-1])


class StateLine(Static):
    state: reactive[str] = reactive("idle")
    typing: reactive[bool] = reactive(False)
    """Whether the answer box is open (its keys, not the screen's, are the ones to name)."""
    follow_up: reactive[bool] = reactive(False)
    """Whether the interviewer's follow-up waits for `f`."""

    def watch_state(self, old: str, new: str) -> None:
        self.remove_class(f"-{old}")
        self.add_class(f"-{new}")
        self._label()
        # The footer's `f` is shown only in the feedback (InterviewScreen.check_action).
        if self.is_attached:
            self.screen.refresh_bindings()

    def watch_typing(self) -> None:
        self._label()

    def watch_follow_up(self) -> None:
        self._label()

    def _label(self) -> None:
        if self.state == "your_turn" and self.typing:
            self.update(TYPING_LABEL)
        elif self.state == "feedback" and self.follow_up:
            self.update(FOLLOW_UP_LABEL)
        else:
            self.update(STATE_LABELS.get(self.state, self.state))


class InterviewScreen(RoomScreen["SessionRecord | None"]):
    HELP = (
        "The interviewers introduce themselves, then ask in turn. Listen to the question, then "
        "press space and answer out loud; space again (or a pause) ends the answer. Feedback "
        "follows each answer. r retakes the question, n moves on, s skips, p opens the list of "
        "interviewers (each with what they listen for) and asks the same question again as the "
        "one you pick, t types the answer instead, f answers the interviewer's follow-up, "
        "e ends the session (the interviewer closes) and shows the summary. While you type, "
        "every letter is text: escape closes the box and gives these keys back."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "space", "Answer"),
        Binding("r", "retake", "Retake"),
        Binding("n", "next", "Next"),
        Binding("s", "skip", "Skip"),
        Binding("p", "choose_persona", "Who asks"),
        Binding("t", "type_answer", "Type"),
        # Shown only while a follow-up waits in the feedback (`check_action`).
        Binding("f", "follow_up", "Follow-up"),
        Binding("h", "toggle_question", "Show/hide question", show=False),
        Binding("e", "end", "End"),
        Binding("question_mark", "app.help", "Help"),
        Binding("pagedown", "scroll_panel(1)", "More below", show=False),
        Binding("pageup", "scroll_panel(-1)", "More above", show=False),
    ]

    class DomainEvent(Message):
        """An event from the Interview, crossing from the worker thread to the UI."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    def __init__(self, setup: InterviewSetup) -> None:
        from simulator.interview.runner import AnswerControls

        super().__init__()
        self.setup = setup
        self.persona = setup.persona
        self.typed_reason = setup.typed_reason
        self.interview: Interview | None = None
        self.session: PlannedSession | None = None
        self.index = 0
        """Index in the plan of the question being asked."""
        self.asked: AskedTurn | None = None
        self.main_asked: AskedTurn | None = None
        """The last question asked that is not a follow-up: what `r` can go back to."""
        self.last_turn: TurnRecord | None = None
        self.last_analysis: AnswerAnalysis | None = None
        self._probe: str | None = None
        self.probing = False
        """A probe (follow-up) is being asked and answered: the clock shows no target."""
        self.controls = AnswerControls(shown=threading.Event())
        self.stop_speaking = threading.Event()
        self.prep_left_s = 0.0
        """Seconds of a presentation's preparation left (the countdown on the mode line)."""
        self.prep_slot_s = 0.0
        self._prep_timer: Timer | None = None
        self.after_answer: str | None = None
        """What to do when the running answer worker ends: "next" (skip) or "end"."""
        self._greetings: list[str] = []
        """The introductions said ("Name: line"), shown above the first question."""

    @property
    def question(self) -> Question:
        return self.setup.plan.turns[self.index].question

    @property
    def planned(self) -> PlannedTurn:
        return self.setup.plan.turns[self.index]

    @property
    def busy(self) -> bool:
        return any(w.is_running for w in self.workers if w.group == "domain")

    # -- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield RoomHeader()
        yield Static("", id="asker", markup=False)
        with VerticalScroll(id="interview-scroll"):
            yield Static("", id="question", markup=False)
            yield StateLine()
            with Horizontal(id="meters"):
                yield LevelMeter()
                yield AnswerTimer(id="timer")
            yield Static("", id="mode-line", markup=False)
            yield Static("", id="live-transcript", markup=False)
            yield AnswerBox(
                id="typed-answer",
                placeholder="Type your answer: enter sends it, ctrl+j starts a new line",
                highlight_cursor_line=False,
            )
            # Below the answer box, so at 80x24 the question and the box stay in view.
            greeting = Static("", id="greeting", markup=False)
            greeting.display = False  # shown once an interviewer introduces themselves
            yield greeting
            yield FeedbackView()
        yield MoreBelow("interview-scroll", id="more-below")
        yield RoomFooter()

    def on_mount(self) -> None:
        self._show_mode()
        self._show_question(self.planned.spoken_text)
        self._begin()

    def _show_mode(self) -> None:
        """The mode line as it stands outside a talk's preparation: typed mode and why, or
        nothing."""
        self.query_one("#mode-line", Static).update(
            f"Typed mode: {self.typed_reason}. Each answer is typed." if self.typed_reason else ""
        )
        self.query_one(LevelMeter).typed = bool(self.typed_reason)

    def on_unmount(self) -> None:
        # Leaving mid-answer (quit, Ctrl-C) keeps what was recorded, marked interrupted (a
        # typed draft: `keep_draft`, called by the app before it quits).
        self.controls.interrupt()
        self.stop_speaking.set()
        if self.interview is not None:
            self.interview_app.left_session = (self.interview.session_id, self.interview.folder)
            interview = self.interview
            if interview.is_open and not self.busy and not interview.answer_pending:
                # Nothing in flight: end it as interrupted now, as the CLI does on Ctrl-C, so
                # the next start lists it so instead of "recovering" it as after a crash. An
                # answer still being recorded or judged is left to that recovery.
                interview.end_interrupted()

    unsaved_warning = (
        "Your typed answer is not sent: enter sends it; ctrl+c again (or ctrl+q) quits and "
        "keeps it as an interrupted answer."
    )
    """What the first Ctrl-C says while a typed answer is not yet sent (`has_unsaved_edits`)."""

    def has_unsaved_edits(self) -> bool:
        """Whether the answer box holds a typed answer not yet sent, that quitting would keep as
        an interrupted answer (`keep_draft`): Ctrl-C asks first then, ctrl+q does not."""
        interview = self.interview
        if interview is None or self.asked is None or self.busy or not interview.is_open:
            return False
        return bool(self.query_one("#typed-answer", AnswerBox).text.strip())

    def keep_draft(self) -> None:
        """The app is quitting: a typed answer not yet sent is stored as an interrupted answer
        (left out of averages), so leaving loses nothing typed."""
        interview = self.interview
        if interview is None or self.asked is None or self.busy or not interview.is_open:
            return
        draft = self.query_one("#typed-answer", AnswerBox).text.strip()
        if draft:
            interview.answer_by_text(self.asked, draft, lambda event: None, interrupted=True)

    def _keep_draft_on_leaving(self) -> bool:
        """Leaving the question being answered (`n`, `s`, `e`): a typed answer not yet sent is
        stored with its own question as an interrupted answer (left out of averages), and the
        box is emptied so it cannot be sent as the next question's answer. Returns whether a
        draft was kept."""
        box = self.query_one("#typed-answer", AnswerBox)
        draft = box.text.strip()
        box.clear()
        if not draft or self.query_one(StateLine).state != "your_turn":
            return False
        interview = self.interview
        if interview is None or self.asked is None or self.busy or not interview.is_open:
            return False
        interview.answer_by_text(self.asked, draft, lambda event: None, interrupted=True)
        self.asked = None
        return True

    def _show_question(self, spoken_text: str | None = None) -> None:
        self._show_asker()
        question = self.query_one("#question", Static)
        hidden = self.interview_app.current_settings().hide_question_text
        hidden = hidden != question.has_class("-revealed")
        question.set_class(hidden, "-hidden-text")
        question.update(
            "(question text hidden: listen; h shows it)"
            if hidden
            else spoken_text or self.question.text
        )
        self.query_one(AnswerTimer).set_target(self._target())

    def _show_asker(self) -> None:
        asker = self.query_one("#asker", Static)
        width = max(1, self.size.width - asker.styles.gutter.width)
        asker.update(asker_line(self.persona, self.index, len(self.setup.plan.turns), width))

    def on_resize(self) -> None:
        self._show_asker()

    def _target(self) -> tuple[float, float] | None:
        """The band the clock is shown against: a talk's slot as the exercise sets it, none for
        the candidate's own questions (they are not held to a length), else the question's
        target as this interviewer wants it; none while a probe is asked (`probing`): a reply
        is as long as the probe needs, and is judged with no length target."""
        from simulator.interview.judging import answer_target

        if self.probing:
            return None
        if self.planned.kind == "presentation":
            return self.question.target_s
        return answer_target(self.question, self.persona)

    def _reset_answer_view(self) -> None:
        # A new answer or question ends any preparation: its countdown leaves the mode line.
        if self._prep_timer is not None or self.prep_slot_s:
            self._end_preparation()
            self.prep_slot_s = 0.0
            self._show_mode()
        self.query_one(LevelMeter).level = 0.0
        self.probing = False
        self.query_one(AnswerTimer).set_target(self._target())
        self.query_one("#live-transcript", Static).update("")
        self.query_one(FeedbackView).remove_class("-shown")

    # -- workers: each calls one plain domain method -------------------------------------------

    def _forward(self, event: Event) -> None:
        self.post_message(self.DomainEvent(event))

    @work(thread=True, group="domain", name="intro", exit_on_error=False)
    def _begin(self) -> None:
        """The session starts: the Interview and the plan's sequence are built, and every
        persona of the plan introduces themselves (the first question follows on success)."""
        from simulator.interview.sequence import PlannedSession

        parts = self.interview_app.parts
        bank = self.setup.bank
        self.interview = parts.new_interview(
            persona=self.persona,
            mode=self.setup.mode,
            bank_id=bank.id if bank is not None else None,
            store=parts.open_store(),
            settings=self.interview_app.current_settings(),
            recognizer=self.interview_app.recognizer,
            panel=self.setup.plan.personas,
            company=self.setup.company,
        )
        self.session = PlannedSession(self.setup.plan, self.interview)
        self.session.introduce(self._forward, self.stop_speaking)

    @work(thread=True, group="domain", name="ask", exit_on_error=False)
    def _ask_planned(self) -> AskedTurn | None:
        assert self.session is not None
        return self.session.ask_next(self._forward, self.stop_speaking)

    @work(thread=True, group="domain", name="ask", exit_on_error=False)
    def _ask_again(self, persona: Persona) -> AskedTurn:
        assert self.session is not None
        return self.session.ask_again(persona, self._forward, self.stop_speaking)

    @work(thread=True, group="domain", name="ask", exit_on_error=False)
    def _ask_follow_up(self, turn: TurnRecord, probe: str) -> AskedTurn:
        assert self.session is not None
        return self.session.ask_follow_up(turn, probe, self._forward, self.stop_speaking)

    @work(thread=True, group="domain", name="reply", exit_on_error=False)
    def _reply(self, turn: TurnRecord) -> None:
        """The interviewer answers the candidate's questions, in character, aloud."""
        assert self.session is not None
        self.session.reply(turn, self._forward, self.stop_speaking)

    @work(thread=True, group="domain", name="ask", exit_on_error=False)
    def _retake(self, asked: AskedTurn) -> AskedTurn:
        assert self.interview is not None
        return self.interview.retake(asked, on_event=self._forward)

    @work(thread=True, group="domain", name="answer", exit_on_error=False)
    def _answer_by_voice(self, asked: AskedTurn) -> TurnRecord | None:
        assert self.interview is not None
        return self.interview.answer_by_voice(asked, self.controls, self._forward)

    @work(thread=True, group="domain", name="answer", exit_on_error=False)
    def _answer_by_text(self, asked: AskedTurn, text: str) -> TurnRecord:
        assert self.interview is not None
        return self.interview.answer_by_text(asked, text, self._forward)

    @work(thread=True, group="domain", name="finish", exit_on_error=False)
    def _finish(self) -> Any:
        """The interviewer closes the session aloud, then it is saved as finished."""
        assert self.session is not None
        self.stop_speaking.clear()
        self.session.close(self._forward, self.stop_speaking)
        return self.session.finish()

    # -- results -------------------------------------------------------------------------------

    def on_interview_screen_domain_event(self, message: DomainEvent) -> None:
        from simulator.interview.events import (
            DeliveryMeasured,
            LevelChanged,
            Notice,
            PartialTranscript,
            Said,
            StateChanged,
            TurnFinished,
        )

        event = message.event
        if isinstance(event, LevelChanged):
            self.query_one(LevelMeter).level = event.level
            self.query_one(AnswerTimer).elapsed_s = event.elapsed_s
        elif isinstance(event, PartialTranscript):
            self.query_one("#live-transcript", Static).update(event.text)
        elif isinstance(event, StateChanged):
            self.query_one(StateLine).state = event.state
            if event.state == "listening":  # a spoken answer begins: its transcript shows here
                self.query_one("#greeting", Static).display = False
        elif isinstance(event, Notice):
            self.notify(event.message, severity="warning", timeout=6)
        elif isinstance(event, Said) and event.part == "introduction":
            # Kept with the first question until it is answered: with no speaker (or typed
            # answers, questions not spoken) this is the only way the greeting reaches the user.
            self._greetings.append(f"{self._name_of(event.speaker)}: {event.text}")
            greeting = self.query_one("#greeting", Static)
            greeting.update("\n".join(self._greetings))
            greeting.display = True
        elif isinstance(event, Said):
            self.query_one("#live-transcript", Static).update(
                f"{self._name_of(event.speaker)}: {event.text}"
            )
        elif isinstance(event, TurnFinished):
            self._show_feedback(event.turn, event.analysis)
        elif (
            isinstance(event, DeliveryMeasured)
            and self.last_turn is not None
            and self.last_turn.number == event.turn.number
        ):
            # Pitch and loudness come after the feedback they belong to: fill them in.
            self.last_turn = event.turn
            self.query_one(FeedbackView).show_review(AnswerView.of(event.turn))

    def _name_of(self, persona_id: str) -> str:
        everyone = (*self.setup.plan.personas, *self.setup.personas)
        return next((p.name for p in everyone if p.id == persona_id), persona_id)

    @property
    def probe(self) -> str | None:
        """The interviewer's follow-up waiting for `f`, if any."""
        return self._probe

    @probe.setter
    def probe(self, probe: str | None) -> None:
        self._probe = probe
        if self.is_mounted:
            self.query_one(StateLine).follow_up = probe is not None
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`f` is in the footer only while a follow-up waits in the feedback: the follow-up
        line sits at the foot of a long feedback, below the fold (breaker14 B12)."""
        if action == "follow_up":
            lines = self.query(StateLine)
            return self.probe is not None and bool(lines) and lines.first().state == "feedback"
        return True

    def _show_feedback(self, turn: TurnRecord, analysis: AnswerAnalysis | None) -> None:
        self.last_turn = turn
        self.last_analysis = analysis
        self.probe = None
        if self.session is not None:
            self.probe = self.session.follow_up(turn, analysis)
        self.query_one("#live-transcript", Static).update("")
        self.query_one("#greeting", Static).display = False
        self.query_one(FeedbackView).show(AnswerView.of(turn), self.probe)
        if self.controls.shown is not None:
            # The delivery is measured once this is painted (see AnswerControls.shown).
            self.call_after_refresh(self.controls.shown.set)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "domain":
            return
        if event.state == WorkerState.SUCCESS:
            self._worker_done(worker.name, worker.result)
        elif event.state == WorkerState.ERROR:
            self._worker_failed(worker.name, worker.error)

    def _worker_done(self, name: str, result: object) -> None:
        if name == "intro":
            self._ask_next()
        elif name == "ask" and result is None:  # the plan is done
            self.action_end()
        elif name == "ask":
            self.asked = result  # type: ignore[assignment]
            if self.asked is not None and self.asked.follow_up_of is None:
                self.main_asked = self.asked
            self.query_one(StateLine).state = "your_turn"
            planned = self.planned
            if planned.kind == "presentation" and self.asked and self.asked.follow_up_of is None:
                self._start_preparation(planned.prepare_s, planned.slot_s)
            elif self.typed_reason:
                self.action_type_answer()
        elif name == "answer":
            follow = self.after_answer
            self.after_answer = None
            if follow == "end":
                self.action_end()
            elif follow == "next":
                self.action_next()
            elif result is None:  # cancelled
                self.query_one(StateLine).state = "your_turn"
            elif self.session is not None and _asked_questions(cast("TurnRecord", result)):
                self._reply(cast("TurnRecord", result))
        elif name == "reply":
            self.query_one(StateLine).state = "feedback"
        elif name == "finish":
            # The app shows the summary of the session this returns (see routes.py).
            self.dismiss(cast("SessionRecord | None", result))

    def _worker_failed(self, name: str, error: BaseException | None) -> None:
        if isinstance(error, AudioDeviceError) and name == "answer":
            # No microphone after all: keep practising with typed answers, and say why.
            self.typed_reason = str(error)
            self._show_mode()
            self.query_one(StateLine).state = "your_turn"
            self.action_type_answer()
            return
        message = str(error) if isinstance(error, SimulatorError) else f"unexpected: {error!r}"
        self.notify(message, title="Interview", severity="error", timeout=10)
        if name == "finish":
            self.dismiss(None)
        elif self.asked is not None:
            self.query_one(StateLine).state = "your_turn"
        else:
            self.query_one(StateLine).state = "idle"
            self.query_one("#live-transcript", Static).update("Press space to try asking again.")

    # -- keys ----------------------------------------------------------------------------------

    def _refuse_while_busy(self) -> bool:
        if self.busy:
            self.notify("One moment: finish or stop the current step first.", timeout=2)
            return True
        return False

    def action_space(self) -> None:
        state = self.query_one(StateLine).state
        if state == "listening":
            self.controls.stop.set()
        elif state == "speaking":
            self.stop_speaking.set()
        elif self.asked is None and not self.busy:
            # Asking failed (e.g. no speech engine): space tries again.
            self.stop_speaking.clear()
            if self.session is None:
                self._begin()
            elif self.session.current is None:
                self._ask_next()
            else:
                self._ask_again(self.persona)
        elif self.asked is not None and not self._refuse_while_busy():
            if self.typed_reason:
                self.action_type_answer()
                return
            self._end_preparation()
            self.controls.reset()
            self._reset_answer_view()
            self._answer_by_voice(self.asked)

    # -- a presentation's preparation ----------------------------------------------------------

    def _start_preparation(self, prepare_s: float, slot_s: float) -> None:
        """The brief is on screen and was spoken; a visible countdown of the preparation time
        runs until space starts the talk (the talk's own clock then runs against its slot)."""
        self.prep_left_s = prepare_s
        self.prep_slot_s = slot_s
        self._end_preparation()
        self._prep_timer = self.set_interval(1.0, self._tick_preparation)
        self._show_preparation()

    def _tick_preparation(self) -> None:
        self.prep_left_s = max(0.0, self.prep_left_s - 1.0)
        self._show_preparation()
        if self.prep_left_s <= 0:
            self._end_preparation()

    def _show_preparation(self) -> None:
        slot = format_seconds(self.prep_slot_s)
        if self.prep_left_s > 0:
            line = (
                f"Preparation: {format_seconds(self.prep_left_s)} left · space starts your talk "
                f"early · t types it · the talk has a {slot} slot"
            )
        else:
            line = f"Preparation time is up: press space and give your talk ({slot} slot)."
        self.query_one("#mode-line", Static).update(line)

    def _end_preparation(self) -> None:
        timer = self._prep_timer
        if timer is not None:
            timer.stop()
            self._prep_timer = None

    def action_type_answer(self) -> None:
        if self.asked is None or self.busy:
            return
        typed = self.query_one("#typed-answer", AnswerBox)
        typed.add_class("-shown")
        typed.focus()
        self.query_one(StateLine).typing = True

    def action_close_typing(self) -> None:
        typed = self.query_one("#typed-answer", AnswerBox)
        typed.remove_class("-shown")
        self.set_focus(None)
        self.query_one(StateLine).typing = False

    @on(AnswerBox.Submitted, "#typed-answer")
    def _typed(self, event: AnswerBox.Submitted) -> None:
        text = event.value.strip()
        if not text and self.asked is not None:  # said, not silently ignored
            self.notify(
                "Nothing typed: type your answer, or press escape then s to skip.",
                title="Typed answer",
            )
            return
        if not text or self.asked is None or self._refuse_while_busy():
            return
        event.box.clear()
        self._end_preparation()
        self.action_close_typing()
        self._reset_answer_view()
        self._answer_by_text(self.asked, text)

    def action_retake(self) -> None:
        """Answer again. After a follow-up the user chooses: the follow-up, or the main
        question it probed (retaking one never takes the other away)."""
        if self.asked is None or self._refuse_while_busy():
            return
        main = self.main_asked
        if self.asked.follow_up_of is None or main is None:
            self._reset_answer_view()
            self._retake(self.asked)
            return
        from simulator.tui.widgets.choice import ChoicePicker

        options = (self.asked, main)
        prompts = [
            f"The follow-up: “{self.asked.question_text}”",
            f"The main question: “{main.question_text}”",
        ]

        def chosen(index: int | None) -> None:
            if index is not None and not self._refuse_while_busy():
                self._reset_answer_view()
                self._show_question(options[index].spoken_text)
                self._retake(options[index])

        self.app.push_screen(ChoicePicker("Which one to answer again", prompts, 0), chosen)

    def _ask_next(self) -> None:
        """Show the plan's next turn and have the runner ask it (the plan done: the close)."""
        upcoming = self.session.upcoming if self.session is not None else None
        if upcoming is None or self.session is None:
            self.action_end()
            return
        self.asked = None
        self.stop_speaking.clear()
        self.index = self.session.position
        self.persona = upcoming.persona
        self._show_question(self.session.next_spoken_text())
        self._reset_answer_view()
        self._ask_planned()

    def action_next(self) -> None:
        if self._refuse_while_busy() or self.session is None:
            return
        self._keep_draft_on_leaving()
        self._ask_next()

    def action_skip(self) -> None:
        state = self.query_one(StateLine).state
        if state == "listening":
            self.after_answer = "next"
            self.controls.skip()  # stored as skipped, not analysed
            return
        if self._refuse_while_busy() or self.session is None:
            return
        if self._keep_draft_on_leaving():
            pass  # what was typed is the answer so far, kept as interrupted: not a skip
        elif state == "your_turn" and self.asked is not None and self.interview is not None:
            # Skipped before a word was said: stored as skipped where it was asked (the last
            # question too), so the summary and the report show it, left out of averages.
            self.last_turn = self.interview.skip_unanswered(
                self.asked, typed=bool(self.typed_reason)
            )
            self.asked = None
        self._ask_next()

    def action_choose_persona(self) -> None:
        """A list of the interviewers, each with what they listen for; the one picked asks the
        current question again, once, in their own voice and words."""
        if self._refuse_while_busy() or self.session is None or self.session.current is None:
            return
        from simulator.tui.widgets.choice import ChoicePicker

        personas = self.setup.personas
        ids = [p.id for p in personas]
        current = ids.index(self.persona.id) if self.persona.id in ids else 0
        # Who is asking now is said in words, not only by where the highlight starts.
        prompts = [
            f"{p.name}, {p.role_label}{' (asking now)' if i == current else ''}: {p.listens_for}"
            for i, p in enumerate(personas)
        ]

        def chosen(index: int | None) -> None:
            if index is not None and personas[index].id != self.persona.id:
                self.switch_persona(personas[index])

        self.app.push_screen(ChoicePicker("Who asks this question", prompts, current), chosen)

    def switch_persona(self, persona: Persona) -> None:
        """Re-ask the current question as `persona` (what the chooser does on a pick)."""
        if self._refuse_while_busy() or self.session is None:
            return
        if self.interview is not None:  # a matron at a hospital, as when the session began
            persona = persona.in_field_of(self.interview.company)
        self.persona = persona
        self.asked = None
        self.stop_speaking.clear()
        self._show_question(self.session.again_spoken_text(persona))
        self._reset_answer_view()
        self._ask_again(persona)

    def action_follow_up(self) -> None:
        if self.probe is None or self.last_turn is None or self._refuse_while_busy():
            return
        probe, self.probe = self.probe, None
        self.asked = None
        self.stop_speaking.clear()
        self._show_question(probe)
        self._reset_answer_view()
        self.probing = True
        self.query_one(AnswerTimer).set_target(self._target())
        self._ask_follow_up(self.last_turn, probe)

    def action_scroll_panel(self, pages: int) -> None:
        """Page the interview panel (the feedback under a long transcript) from anywhere."""
        panel = self.query_one("#interview-scroll", VerticalScroll)
        if pages > 0:
            panel.scroll_page_down()
        else:
            panel.scroll_page_up()

    def action_toggle_question(self) -> None:
        question = self.query_one("#question", Static)
        question.toggle_class("-revealed")
        self._show_question(self.asked.spoken_text if self.asked else None)

    def action_end(self) -> None:
        state = self.query_one(StateLine).state
        if state == "listening":
            self.after_answer = "end"
            self.controls.stop.set()  # the answer so far is kept and analysed
            return
        if self.busy or self.session is None:
            self.notify("One moment…", timeout=2)
            return
        self._keep_draft_on_leaving()
        self._finish()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Answer / stop answering", "space", self.action_space)
        yield SystemCommand("Type the answer", "Answer in writing", self.action_type_answer)
        yield SystemCommand("Retake", "Answer this question again", self.action_retake)
        yield SystemCommand("Next question", "Move on", self.action_next)
        yield SystemCommand(
            "Choose interviewer", "Same question, another voice", self.action_choose_persona
        )
        yield SystemCommand("End session", "Show the summary", self.action_end)
