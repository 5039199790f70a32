"""A reply to a probe that was cut short (a draft left with `s`, Ctrl-C) is no reply to judge:
session.json holds no verdict on its probe and no merged score for it, the question keeps its
first answer's score, and `reanalyze` leaves it unjudged (breaker13 B13: a skipped draft was
stored as having given the outcome, "question now 96")."""

from __future__ import annotations

import json

from simulator.cli import main
from simulator.config import Settings
from simulator.interview.banks import find_question
from simulator.interview.events import Event
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from simulator.storage.views import views, with_follow_ups

# A hotel night porter: the story stops before how it ended.
NO_OUTCOME = (
    "One winter night at our hotel the boiler failed and the top floor had no hot water. I was "
    "the night porter on my own, so it was on me. I moved the guests from the top floor to "
    "empty rooms downstairs, I rang the heating engineer's emergency line, and I put kettles "
    "and towels in each room."
)
DRAFT = "The engineer came at six and by breakfast every guest had"


def test_a_reply_cut_short_carries_no_verdict_and_no_merged_score() -> None:
    manager = get_persona("hiring-manager")
    interview = Interview(persona=manager, bank_id="behavioral",
                          settings=Settings(engine="pocketsphinx"), speak=False)
    events: list[Event] = []
    question = find_question("behavioral/initiative-improve")
    asked = interview.ask(question, on_event=events.append)
    first = interview.answer_by_text(asked, NO_OUTCOME, events.append)
    assert first.analysis is not None
    probe = manager.probes["no_result"][0]
    follow = interview.ask(question, on_event=events.append, spoken_text=probe,
                           follow_up_of=first.number)
    cut = interview.answer_by_text(follow, DRAFT, events.append, interrupted=True)
    assert cut.interrupted and cut.analysis is None
    record = interview.finish()

    stored = json.loads((SessionStore().folder(record.id) / "session.json").read_text())
    turn = stored["turns"][-1]
    assert turn["interrupted"] and turn["analysis"] is None
    assert turn["transcript"]["text"] == DRAFT, "what was typed is kept"

    answers = with_follow_ups(views(SessionStore().load(record.id)))
    main_view = next(a for a in answers if a.number == first.number)
    assert main_view.score == first.analysis["score"] and main_view.before_follow_up is None
    assert [f.code for f in main_view.flaws] == [f["code"] for f in first.analysis["star"]["flaws"]]

    assert main(["reanalyze", record.id]) == 0
    again = SessionStore().load(record.id).turns[-1]
    assert again.interrupted and again.analysis is None
