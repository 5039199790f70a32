"""Reaching the question round one asked, in a real planned session: every question before it is
answered with one plain line, then the given answer is given to it."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis
from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.events import Event, TurnFinished
from simulator.interview.first_round import FirstRoundNotes
from simulator.interview.personas import Persona, load_personas
from simulator.interview.plan import InterviewPlan
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession
from simulator.storage.records import TurnRecord
from simulator.storage.store import SessionStore

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


def run_recall_mock(notes: FirstRoundNotes, recalled: str) -> str:
    """The id of a finished five-question mock with the hiring manager, planned from round one's
    `notes` (seed 1), in which the question round one asked is answered with `recalled` and every
    other with one plain line; follow-ups off, nothing spoken."""
    banks = load_banks().items
    manager = load_personas().items["hiring-manager"]
    mock = plan.full_mock([manager], banks, count=5, first_round=notes, seed=1)
    interview = Interview(
        persona=manager, mode="full", store=SessionStore(), settings=Settings(), speak=False
    )
    session = PlannedSession(mock, interview, follow_ups=False)
    while (asked := session.ask_next(lambda event: None)) is not None:
        is_recall = session.position - 1 == plan.RECALL_SLOT
        text = recalled if is_recall else "I sorted pick lists by aisle, picking went 20% faster."
        interview.answer_by_text(asked, text, lambda event: None)
    return session.finish().id
