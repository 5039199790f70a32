"""A plan's harder probe is asked once a session, and not after an answer that already told
what it asks: the new user was asked "who disagreed with you?" four times in one panel, also
after answers that said who disagreed (new-user report 5, item 7)."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.events import Event, TurnFinished
from simulator.interview.first_round import FeedbackNote, FirstRoundNotes
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession, asks_for_what_is_there
from simulator.speech.stt import Transcript

HARDEST = "What was the hardest decision in that, and who disagreed with you?"

# A depot analyst in a second language: who disagreed and what was chosen, both told.
TOLD = (
    "In 2024 in Lagos I had to recommend night shift or redundancy for the Apapa drivers. I "
    "decided on night shift with an allowance instead of letting two people go. The finance "
    "manager was not happy, he wanted the redundancy because it is cheaper on paper. I showed "
    "him the cost of hiring again and in the end we kept all eleven drivers."
)
# The same kind of story with people in it but no one against it.
NOBODY_AGAINST = (
    "In 2024 in Lagos I had to recommend night shift or redundancy for the Apapa drivers. I "
    "decided on night shift with an allowance instead of letting two people go. My manager "
    "helped me with the numbers and in the end we kept all eleven drivers."
)


def _analysed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question_kind="behavioral")


def test_who_disagreed_is_not_asked_when_the_answer_said_who() -> None:
    assert asks_for_what_is_there(HARDEST, _analysed(TOLD))


def test_who_disagreed_is_asked_when_no_one_disagreed_in_the_answer() -> None:
    assert not asks_for_what_is_there(HARDEST, _analysed(NOBODY_AGAINST))


def test_a_harder_probe_is_asked_once_a_session() -> None:
    manager = get_persona("hiring-manager")
    banks = load_banks().items
    areas = tuple(sorted({c for q in banks["behavioral"].questions for c in q.competencies}))
    notes = FirstRoundNotes(feedback=(FeedbackNote("thin on every story", areas),))
    built = plan.in_order(manager, banks["behavioral"], 3, first_round=notes, banks=banks)
    assert all(turn.pressed for turn in built.turns)
    interview = Interview(
        persona=manager, bank_id="behavioral", settings=Settings(engine="pocketsphinx"),
        speak=False,
    )
    session = PlannedSession(built, interview)
    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis

    # Three vague, number-free answers from a shy graduate: every probe of the plan fits each.
    answers = (
        "uh the group project, people were late with their parts and I was upset but it was ok.",
        "with my supervisor we did not see it the same, it happens, we talked, it was fine.",
        "the client wanted it other way, so there was some tension, it got better later on.",
    )
    probes = []
    for text in answers:
        asked = session.ask_next(keep)
        assert asked is not None
        turn = interview.answer_by_text(asked, text, keep)
        probe = session.follow_up(turn, analyses[turn.number])
        assert probe is not None
        probes.append(probe)
        follow = session.ask_follow_up(turn, probe, keep)
        interview.answer_by_text(follow, "I do not remember that part, sorry.", keep)
    assert len(set(probes)) == len(probes), probes


def test_the_panel_asks_its_question_after_every_built_in_talk() -> None:
    # A terse talk by a shift supervisor: points, a recommendation, its cost. Read as an answer,
    # it "already told" what some panel questions ask ("What next?", "the biggest risk"), and
    # the panel stayed silent after those talks (a Pilot test failed 1 run in 6).
    talk = (
        "Three points only. One, night shift lose 40 minute each night on relabel. Two, two "
        "fix: print labels at goods-in, or second printer. Three, my recommendation, first one, "
        "cost is small and it works from next week."
    )
    manager = get_persona("hiring-manager")
    banks = load_banks().items
    exercises = [q for bank in plan.exercise_banks(banks) for q in bank.questions]
    assert len(exercises) >= 5
    asked_after = []
    for exercise in exercises:
        built = plan.presentation(manager, banks, exercise_id=exercise.id)
        interview = Interview(
            persona=manager, bank_id=exercise.bank_id, settings=Settings(engine="pocketsphinx"),
            speak=False,
        )
        session = PlannedSession(built, interview)
        analyses: dict[int, AnswerAnalysis | None] = {}

        def keep(event: Event, analyses: dict[int, AnswerAnalysis | None] = analyses) -> None:
            if isinstance(event, TurnFinished):
                analyses[event.turn.number] = event.analysis

        asked = session.ask_next(keep)
        assert asked is not None
        turn = interview.answer_by_text(asked, talk, keep)
        asked_after.append((session.follow_up(turn, analyses[turn.number]), exercise.follow_ups[0]))
    assert all(probe == planned for probe, planned in asked_after), asked_after
