"""Where a screen asks to go. Screens are leaves: they never import one another. A screen posts
one of these messages to the app, which builds and pushes the next screen (`InterviewApp`'s
`@on` handlers), and a screen that is done closes itself with `dismiss(result)`; the app decides
what follows from the result it gets back in its push callback.

`InterviewSetup` lives here too: it is what the home screen hands the app to start an interview,
and what the summary is told about the session it closes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from simulator.interview.banks import Question, QuestionBank
    from simulator.interview.company import CompanyProfile
    from simulator.interview.personas import Persona
    from simulator.interview.plan import InterviewPlan


@dataclass(frozen=True)
class InterviewSetup:
    """What the home screen chose: the session plan the runner walks, and who can be chosen."""

    plan: InterviewPlan
    personas: tuple[Persona, ...]
    """Everyone the chooser (p) offers: the same question, another voice and style."""
    bank: QuestionBank | None
    mode: str
    typed_reason: str | None
    """Why answers are typed (no microphone); None when answering by voice."""
    company: CompanyProfile | None = None

    @property
    def persona(self) -> Persona:
        """Who asks first."""
        return self.plan.turns[0].persona if self.plan.turns else self.plan.personas[0]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(turn.question for turn in self.plan.turns)


class StartInterview(Message):
    """Open the interview room for `setup`; when it closes with a session, show its summary."""

    def __init__(self, setup: InterviewSetup) -> None:
        super().__init__()
        self.setup = setup


class OpenReplay(Message):
    """Replay a stored session, at answer `number` (its first answer when None)."""

    def __init__(self, session_id: str, number: int | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.number = number


class OpenHistory(Message):
    """Show scores and trends over every stored session."""


class OpenCompare(Message):
    """Show every stored attempt at one question side by side."""

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id
