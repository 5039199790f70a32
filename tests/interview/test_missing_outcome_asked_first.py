"""In an area round one doubted, a story that never says how it ended is asked how it ended
before the plan's harder probe: breaker8 D9's disagreement story, with no outcome, drew "was
there anything in their view you came round to?" and its reply, which gave the outcome, was
judged against the wrong ask."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis
from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.events import Event, TurnFinished
from simulator.interview.first_round import FeedbackNote, FirstRoundNotes
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession

# A pharmacy technician, told in one breath: the disagreement and what she did, no ending.
NO_ENDING = (
    "so the other technician wanted us to count the controlled drugs only on Fridays and I "
    "thought daily was safer because of the night deliveries and we argued about it for a week "
    "and then I wrote both ways on one page with the time each takes and I took it to the "
    "pharmacist to decide with us"
)


def test_a_story_with_no_ending_is_asked_how_it_ended_first() -> None:
    manager = get_persona("hiring-manager")
    banks = load_banks().items
    areas = tuple(sorted({c for q in banks["behavioral"].questions for c in q.competencies}))
    notes = FirstRoundNotes(feedback=(FeedbackNote("they doubted every story", areas),))
    built = plan.in_order(manager, banks["behavioral"], 1, first_round=notes, banks=banks)
    assert built.turns[0].pressed
    interview = Interview(persona=manager, bank_id="behavioral",
                          settings=Settings(engine="pocketsphinx"), speak=False)
    session = PlannedSession(built, interview)
    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis

    asked = session.ask_next(keep)
    assert asked is not None
    turn = interview.answer_by_text(asked, NO_ENDING, keep)
    analysis = analyses[turn.number]
    assert analysis is not None and "no_result" in analysis.flaw_codes
    probe = session.follow_up(turn, analysis)
    assert probe in manager.probes["no_result"], probe
    assert probe not in built.turns[0].follow_ups
