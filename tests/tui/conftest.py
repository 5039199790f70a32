"""Helpers for driving the app with Pilot on real parts: real personas and banks from the
checkout, a real SessionStore under the test's INTERVIEW_SIM_HOME, the real runner."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.pilot import Pilot

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.company import CompanyProfile
from simulator.interview.events import ignore_events
from simulator.interview.personas import Persona, get_persona
from simulator.interview.runner import Interview
from simulator.speech.stt import Recognizer
from simulator.storage.store import SessionStore
from simulator.tui.parts import AppParts

if TYPE_CHECKING:
    from simulator.tui.screens.interview import InterviewScreen

FIXED_STARTS = ("2026-01-05T09:30:00.000+00:00", "2026-01-12T09:30:00.000+00:00")


async def until(
    pilot: Pilot[int], condition: Callable[[], object], what: str, timeout_s: float = 60.0
) -> None:
    """Let the app run until `condition()` holds and the current screen is mounted; fail
    naming `what` after `timeout_s`. A pushed screen is current before its on_mount has run, so
    `isinstance(app.screen, SummaryScreen)` alone let three tests under load read a summary
    table that on_mount had not filled yet (0 rows)."""
    deadline = time.monotonic() + timeout_s
    while not (condition() and pilot.app.screen.is_mounted):
        if time.monotonic() > deadline:
            notices = [n.message for n in pilot.app._notifications]
            raise AssertionError(
                f"waited {timeout_s:.0f} s for {what} on {pilot.app.screen!r}; "
                f"state {_state_of(pilot.app.screen)}; notices {notices}"
            )
        await pilot.pause(0.05)


async def titled(pilot: Pilot[int]) -> None:
    """Let the current screen's header set its title. Textual queues the title watcher on the
    app; a test that leaves the screen before it ran fails on exit with "No nodes match
    'HeaderTitle'" (seen under load)."""
    screen = pilot.app.screen
    await until(pilot, lambda: screen.query("HeaderTitle"), "the screen's header")
    title = screen.query_one("HeaderTitle")
    await until(pilot, lambda: str(title.render()).strip(), "the screen's title")
    await pilot.pause()


async def settled(pilot: Pilot[int], timeout_s: float = 120.0) -> None:
    """Let the app run until no worker runs and the screen has handled what the last ones left
    (their state messages, which may start the next worker): the next key meets a screen that
    takes keys. Events a worker posts (a turn's feedback, playback progress) come before it
    ends, so waiting for them is not enough. A failed worker is not raised here; the test
    checks what the screen made of it. Fails naming the workers after `timeout_s`."""
    app = pilot.app

    async def drain() -> None:
        while True:
            await pilot.pause()
            running = [worker for worker in app.workers if not worker.is_finished]
            if not running:
                return
            await asyncio.gather(*(worker.wait() for worker in running), return_exceptions=True)

    try:
        await asyncio.wait_for(drain(), timeout_s)
    except TimeoutError:
        names = [f"{w.group}/{w.name}" for w in app.workers if not w.is_finished]
        raise AssertionError(
            f"workers still running after {timeout_s:.0f} s on {app.screen!r}: {names}; "
            f"state {_state_of(app.screen)}"
        ) from None


def stale_heights(screen: Any) -> list[str]:
    """Widgets on `screen` whose height follows their content (`height: auto`, no bounds) and
    are not drawn at that height: what changed has not been laid out yet. Each as
    "Name: drawn N, content M"; empty once the layout is current."""
    from textual.widget import Widget

    stale = []
    for widget in screen.walk_children(Widget):
        styles = widget.styles
        height = styles.height
        if (
            not widget.display
            or widget.is_container
            or height is None
            or not height.is_auto
            or styles.min_height is not None
            or styles.max_height is not None
            or not widget.size.width
        ):
            continue
        content = widget.get_content_height(widget.container_size, screen.size, widget.size.width)
        if widget.size.height != content:
            stale.append(f"{type(widget).__name__}: drawn {widget.size.height}, content {content}")
    return stale


def kept_notices(app: App[object]) -> list[str]:
    """Every notification `app` shows from now on, kept: Textual drops one after its timeout
    (2-10 s), and a scenario under load outlived it, so reading `app._notifications` at its end
    found none."""
    seen: list[str] = []
    shown = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        seen.append(str(message))
        shown(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return seen


async def type_answer(pilot: Pilot[int], text: str) -> None:
    """Put a whole typed answer into the open answer box in one step and send it. Typing key
    by key costs about 0.07 s a key; test_typed.py keeps one short answer typed that way."""
    from textual.widgets import TextArea

    box = pilot.app.screen.query_one("#typed-answer", TextArea)
    await until(pilot, lambda: box.has_focus, "the answer box to open")
    box.text = text
    await pilot.press("enter")


async def typing_in_the_room(pilot: Pilot[int]) -> InterviewScreen:
    """From the home screen into an interview with no microphone (the `no_audio_devices`
    fixture): the first question asked, its answer box open and focused, nothing running."""
    from simulator.tui.screens.interview import AnswerBox, InterviewScreen
    from simulator.tui.widgets.persona_card import PersonaCard

    app = pilot.app
    await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    await until(pilot, lambda: isinstance(app.focused, AnswerBox), "the typing box")
    await settled(pilot)
    return screen


def _state_of(screen: object) -> str:
    from simulator.tui.screens.interview import StateLine

    found = getattr(screen, "query", lambda _: [])(StateLine)
    return str(found[0].state) if found else "-"


def silent_interview(
    *,
    persona: Persona,
    mode: str,
    bank_id: str | None,
    store: SessionStore,
    settings: Settings,
    recognizer: Recognizer | None,
    panel: Sequence[Persona] = (),
    company: CompanyProfile | None = None,
) -> Interview:
    """The real runner, not speaking its questions (snapshots must not depend on a speaker)."""
    return Interview(
        persona=persona,
        mode=mode,
        bank_id=bank_id,
        store=store,
        settings=settings,
        recognizer=recognizer,
        speak=False,
        panel=panel,
        company=company,
    )


def quiet_parts(**overrides: object) -> AppParts:
    """Real loaders and store; no model warm-up, no spoken questions, default settings."""
    values: dict[str, object] = {
        "load_recognizer": None,
        "new_interview": silent_interview,
        "load_settings": Settings,
    }
    values.update(overrides)
    return AppParts(**values)  # type: ignore[arg-type]


def typed_session(
    answers: Sequence[str],
    started: str,
    persona_id: str = "hiring-manager",
    question_ids: Sequence[str] = (),
) -> str:
    """A finished session of typed answers to the behavioral bank's first questions (or to
    `question_ids`, in that order), stored with a fixed start time so screens that show dates
    look the same on every run."""
    bank = get_bank("behavioral")
    by_id = {question.id: question for question in bank.questions}
    questions = [by_id[id_] for id_ in question_ids] if question_ids else bank.questions
    store = SessionStore()
    interview = Interview(
        persona=get_persona(persona_id),
        bank_id=bank.id,
        store=store,
        settings=Settings(),
        speak=False,
    )
    for question, text in zip(questions, answers, strict=False):
        asked = interview.ask(question, on_event=ignore_events)
        interview.answer_by_text(asked, text, ignore_events)
    record = interview.finish()
    store.save(dataclasses.replace(record, started=started, ended=started))
    return record.id


ANSWERED_BY_STRONG = ("behavioral/pressure-crisis", "behavioral/problem-solving-root-cause")
"""Questions STRONG_ANSWER answers (an outage fixed under pressure; not a disagreement, which
the first questions of the bank ask about)."""
STRONG_ANSWER = (
    "Last spring our checkout service kept failing during sales. As the on-call lead I had to "
    "make it stable before the next campaign. I profiled the database calls, added a cache and "
    "wrote load tests, and I walked the team through the changes. As a result errors dropped by "
    "ninety percent and the campaign ran without an outage."
)
WEAK_ANSWER = "Um, we basically just fixed it together, like, it was fine in the end I guess."
