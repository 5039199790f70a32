"""Helpers for driving the app with Pilot on real parts: real personas and banks from the
checkout, a real SessionStore under the test's INTERVIEW_SIM_HOME, the real runner."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence

from textual.pilot import Pilot

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import Persona, get_persona
from simulator.interview.runner import Interview
from simulator.speech.stt import Recognizer
from simulator.storage.store import SessionStore
from simulator.tui.parts import AppParts

FIXED_STARTS = ("2026-01-05T09:30:00.000+00:00", "2026-01-12T09:30:00.000+00:00")


async def until(
    pilot: Pilot[int], condition: Callable[[], object], what: str, timeout_s: float = 60.0
) -> None:
    """Let the app run until `condition()` holds; fail naming `what` after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            notices = [n.message for n in pilot.app._notifications]
            raise AssertionError(
                f"waited {timeout_s:.0f} s for {what} on {pilot.app.screen!r}; "
                f"state {_state_of(pilot.app.screen)}; notices {notices}"
            )
        await pilot.pause(0.05)


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


def typed_session(answers: Sequence[str], started: str, persona_id: str = "hiring-manager") -> str:
    """A finished session of typed answers to the behavioral bank's first questions, stored with
    a fixed start time so screens that show dates look the same on every run."""
    bank = get_bank("behavioral")
    store = SessionStore()
    interview = Interview(
        persona=get_persona(persona_id),
        bank_id=bank.id,
        store=store,
        settings=Settings(),
        speak=False,
    )
    for question, text in zip(bank.questions, answers, strict=False):
        asked = interview.ask(question, on_event=ignore_events)
        interview.answer_by_text(asked, text, ignore_events)
    record = interview.finish()
    store.save(dataclasses.replace(record, started=started, ended=started))
    return record.id


STRONG_ANSWER = (
    "Last spring our checkout service kept failing during sales. As the on-call lead I had to "
    "make it stable before the next campaign. I profiled the database calls, added a cache and "
    "wrote load tests, and I walked the team through the changes. As a result errors dropped by "
    "ninety percent and the campaign ran without an outage."
)
WEAK_ANSWER = "Um, we basically just fixed it together, like, it was fine in the end I guess."
