"""What the app drives, gathered in one object so the CLI and the tests build the same app with
different parts (tests pass real loaders and stores pointed at tmp dirs).

Every default imports its domain module inside the function: the app must paint its first screen
before numpy, the engines or the store are imported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from simulator.config import Settings
    from simulator.interview.company import CompanyProfile
    from simulator.interview.personas import Persona
    from simulator.interview.playback import Playback
    from simulator.interview.runner import Interview
    from simulator.speech.stt import Recognizer
    from simulator.storage.store import SessionStore


class InterviewFactory(Protocol):
    """Builds the Interview for one session. The app passes the recognizer it warmed up, the
    panel (everyone who will ask) and the company profile, if any."""

    def __call__(
        self,
        *,
        persona: Persona,
        mode: str,
        bank_id: str | None,
        store: SessionStore,
        settings: Settings,
        recognizer: Recognizer | None,
        panel: Sequence[Persona] = (),
        company: CompanyProfile | None = None,
    ) -> Interview: ...


def default_personas() -> Any:
    from simulator.interview.personas import load_personas

    return load_personas()


def default_banks() -> Any:
    from simulator.interview.banks import load_banks

    return load_banks()


def default_store() -> SessionStore:
    from simulator.storage.store import SessionStore

    return SessionStore()


def default_settings() -> Settings:
    from simulator.config import load_settings

    return load_settings()


def default_interview(
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
    from simulator.interview.runner import Interview

    return Interview(
        persona=persona,
        mode=mode,
        bank_id=bank_id,
        store=store,
        settings=settings,
        recognizer=recognizer,
        panel=panel,
        company=company,
    )


def default_microphone_check() -> tuple[bool, str]:
    from simulator.interview.runner import microphone_available

    return microphone_available()


def default_recognizer(settings: Settings) -> Recognizer:
    """Loads the speech model once, in a background worker after the first paint."""
    from simulator.speech.stt import default_recognizer as pick

    recognizer: Recognizer = pick(settings.engine, settings.model)
    return recognizer


def default_playback() -> Playback:
    """Stored answers and voice previews (simulator.interview.playback); nothing is imported
    from audio or speech until something plays."""
    from simulator.interview.playback import Playback

    return Playback()


@dataclass
class AppParts:
    load_personas: Callable[[], Any] = default_personas
    """Returns a persona Catalog (.items id -> Persona, .errors)."""
    load_banks: Callable[[], Any] = default_banks
    """Returns the question banks (.items id -> QuestionBank, .errors)."""
    open_store: Callable[[], SessionStore] = default_store
    load_settings: Callable[[], Settings] = default_settings
    new_interview: InterviewFactory = default_interview
    microphone_check: Callable[[], tuple[bool, str]] = default_microphone_check
    load_recognizer: Callable[[Settings], Recognizer] | None = default_recognizer
    """None: never load a model in the background (typed-only tests, snapshots)."""
    playback: Playback = field(default_factory=default_playback)
    """Plays stored answers (replay) and interviewers' voices (home): the UI never builds audio
    or speech engines itself."""
