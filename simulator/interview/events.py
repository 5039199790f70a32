"""What the interview reports while it runs. Plain immutable objects passed to one `on_event`
callback, so the TUI (which posts them as messages) and the headless CLI (which prints them)
consume the same stream and the domain never knows who listens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from simulator.analysis import AnswerAnalysis
    from simulator.storage.records import TurnRecord

State = Literal["idle", "speaking", "your_turn", "listening", "transcribing", "feedback"]


@dataclass(frozen=True)
class StateChanged:
    state: State
    detail: str = ""


@dataclass(frozen=True)
class LevelChanged:
    """Microphone level 0..1 at `elapsed_s` seconds of answer audio (throttled by the recorder)."""

    level: float
    elapsed_s: float


@dataclass(frozen=True)
class PartialTranscript:
    """The transcript so far, while the user is still talking."""

    text: str


@dataclass(frozen=True)
class Notice:
    """Something the user should know (a fallback engine, a lost device); not an error."""

    message: str


@dataclass(frozen=True)
class Said:
    """A line spoken that is not a question: an introduction, a reply to one of the candidate's
    questions, a preparation cue or the close. `speaker` is the persona id."""

    speaker: str
    text: str
    part: Literal["introduction", "reply", "prepare", "closing"]


@dataclass(frozen=True)
class TurnFinished:
    turn: TurnRecord
    analysis: AnswerAnalysis | None


@dataclass(frozen=True)
class DeliveryMeasured:
    """How a recorded answer sounded (pitch and loudness variation), measured from its audio
    after TurnFinished was announced, so the feedback never waits for it: `turn` is the stored
    turn, now with its "delivery" analysis."""

    turn: TurnRecord


Event = (
    StateChanged
    | LevelChanged
    | PartialTranscript
    | Notice
    | Said
    | TurnFinished
    | DeliveryMeasured
)
OnEvent = Callable[[Event], None]


def ignore_events(event: Event) -> None:
    """An on_event for callers that do not care."""
