"""Reaching the question round one asked, in a real planned session: every question before it is
answered with one plain line, then the given answer is given to it."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis
from simulator.config import Settings
from simulator.interview.events import Event, TurnFinished
from simulator.interview.personas import Persona
from simulator.interview.plan import InterviewPlan
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession
from simulator.storage.records import TurnRecord

FILLER_ANSWER = "I sorted the rota by skill and the gaps closed."


def answer_round_one_again(
    built: InterviewPlan, persona: Persona, answer: str
) -> tuple[PlannedSession, TurnRecord, AnswerAnalysis]:
    """The session, the turn and its analysis once `answer` is given to the first question of
    `built` that round one asked (AssertionError when the plan has none)."""
    interview = Interview(persona=persona, mode="full",
                          settings=Settings(engine="pocketsphinx"), speak=False)
    session = PlannedSession(built, interview)
    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis

    while (asked := session.ask_next(keep)) is not None:
        if asked.question.asked_before is not None:
            break
        interview.answer_by_text(asked, FILLER_ANSWER, keep)
    assert asked is not None, "no question round one asked is in the plan"
    turn = interview.answer_by_text(asked, answer, keep)
    analysis = analyses[turn.number]
    assert analysis is not None
    return session, turn, analysis
