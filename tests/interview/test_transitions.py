"""The words around a question fit what happened before it: a persona's transition line thanks
the candidate for an answer, so it is said only after one; a question handed to another
interviewer is handed over, not thanked for."""

from __future__ import annotations

import pytest

from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession
from simulator.storage.store import SessionStore

ANSWER = (
    "we was short two nurses on night shift, so i am the one who call the agency and rework "
    "the rota, after that nobody do more than one double in the month"
)


def _session(count: int = 4) -> tuple[PlannedSession, Interview]:
    manager = get_persona("hiring-manager")
    built = plan.in_order(manager, get_bank("behavioral"), count)
    interview = Interview(
        persona=manager, store=SessionStore(), settings=Settings(), speak=False
    )
    return PlannedSession(built, interview), interview


def test_the_transition_line_follows_an_answer_and_never_a_skip() -> None:
    session, interview = _session()
    first = session.ask_next(ignore_events)
    assert first is not None and first.lead_in == ""  # straight after the introduction
    interview.answer_by_text(first, ANSWER, ignore_events)

    second = session.ask_next(ignore_events)
    assert second is not None
    planned = session.planned_for(second.number)
    assert planned is not None and second.spoken_text == planned.spoken_text
    assert second.lead_in, "after an answer the persona's transition line is said"

    interview.skip_unanswered(second)
    third = session.ask_next(ignore_events)
    assert third is not None
    assert third.spoken_text == third.question.text, "no thanks for a skipped question"

    # Moving on without a word (n before answering) is the same: nothing to thank for.
    fourth = session.ask_next(ignore_events)
    assert fourth is not None and fourth.lead_in == ""
    interview.finish()


@pytest.mark.parametrize("answered_first", [False, True])
def test_a_switched_interviewer_takes_the_question_over(answered_first: bool) -> None:
    session, interview = _session()
    asked = session.ask_next(ignore_events)
    assert asked is not None
    if answered_first:
        interview.answer_by_text(asked, ANSWER, ignore_events)
    recruiter = get_persona("recruiter")
    promised = session.again_spoken_text(recruiter)
    again = session.ask_again(recruiter, ignore_events)

    assert again.spoken_text == promised  # the room shows what is said
    assert again.question_text == asked.question.text
    # Not heard before in this session: says who they are, then takes the question.
    assert again.lead_in == f"I'm {recruiter.name}, {recruiter.title}. Let me take this one."
    assert not any(line in again.lead_in for line in recruiter.transitions)

    # Handed back to the hiring manager, who introduced the session: no introduction again.
    back = session.ask_again(get_persona("hiring-manager"), ignore_events)
    assert back.lead_in == "Let me take this one."
    interview.finish()


def test_the_words_said_are_the_ones_stored() -> None:
    """`take_over` keeps the bank's question at the end, so what is stored as the question
    (`AskedTurn.question_text`) is the question alone."""
    question = get_bank("behavioral").questions[0]
    spoken = get_persona("peer").take_over(question, introduced=True)
    assert spoken.endswith(question.text) and "thank" not in spoken.lower()
