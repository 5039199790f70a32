"""A typed answer of fillers alone ("er... hmm, um") holds no word to judge, as silence does:
it is stored as empty, gets no follow-up, no score, and is left out of the session average, the
history index (trends, drill order), compare and the export's retake advice (breaker13 B7).
Through the real room, session file and SQLite index; the answer beside it is judged as usual."""

from __future__ import annotations

import json

import pytest

from simulator.analysis.fillers import only_fillers
from simulator.cli import main
from simulator.config import Settings
from simulator.interview.banks import find_question
from simulator.interview.events import Event, TurnFinished
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import (
    NOT_JUDGED,
    ONLY_FILLERS,
    average_score,
    counting_rows,
    practise_next,
    views,
    weakest_questions,
)

# A bakery supervisor's story, complete, beside a reply of hesitation sounds alone.
STORY = (
    "At the bakery our Saturday bread ran out by ten most weeks. I ran the early shift, so it "
    "was up to me to fix the bake plan. I counted what sold each hour for a month and I moved "
    "two trays of loaves to a second bake at nine. After that we sold out after two, and the "
    "waste at closing stayed under five loaves."
)
HESITATION = "Er... hmm, um."


def test_only_fillers_is_no_answer_but_a_filler_inside_a_sentence_is() -> None:
    assert only_fillers(HESITATION) and only_fillers("uh, you know")
    assert not only_fillers("Um, I moved the bake to nine.") and not only_fillers("")


def test_a_filler_only_answer_is_stored_empty_and_counts_nowhere(
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = SessionStore()
    interview = Interview(persona=get_persona("hiring-manager"), bank_id="behavioral",
                          store=store, settings=Settings(follow_up_probes=True), speak=False)
    events: list[Event] = []
    story_q, silent_q = (find_question("behavioral/pressure-crisis"),
                         find_question("behavioral/conflict-peer"))
    judged = interview.answer_by_text(interview.ask(story_q, on_event=events.append), STORY,
                                      events.append)
    asked = interview.ask(silent_q, on_event=events.append)
    hesitant = interview.answer_by_text(asked, HESITATION, events.append)
    assert hesitant is not None and judged is not None
    assert hesitant.empty and not hesitant.interrupted and not hesitant.skipped
    analysis = next(e.analysis for e in events
                    if isinstance(e, TurnFinished) and e.turn.number == hesitant.number)
    assert interview.follow_up(hesitant, analysis) is None, "no probe into fillers alone"
    record = interview.finish()

    saved = json.loads((store.folder(record.id) / "session.json").read_text(encoding="utf-8"))
    assert [turn["empty"] for turn in saved["turns"]] == [False, True]

    story_view, hesitant_view = views(store.load(record.id))
    assert hesitant_view.score is None and not hesitant_view.tips and not hesitant_view.counts
    assert hesitant_view.heading == f"{NOT_JUDGED} · {ONLY_FILLERS}"
    assert story_view.score is not None and story_view.score > 50
    assert average_score([story_view, hesitant_view]) == story_view.score
    assert not any(("Retake" in line and "conflict" in line.lower()) or "scored 0" in line
                   for line in practise_next([story_view, hesitant_view]))

    # The SQLite index: the session's score, the history trend and the drill's order.
    (summary,) = store.list_sessions()
    assert summary.score == story_view.score
    rows = store.history()
    assert [row.counts for row in rows] == [True, False]
    assert [row.question_id for row in counting_rows(rows)] == ["behavioral/pressure-crisis"]
    assert [item[0] for item in weakest_questions(rows)] == ["behavioral/pressure-crisis"]

    markdown = render_markdown(store.load(record.id), lambda name: None)
    assert ONLY_FILLERS in markdown and "scored 0" not in markdown

    capsys.readouterr()
    main(["compare", "behavioral/conflict-peer"])
    said = capsys.readouterr().out
    assert "no answer to 'behavioral/conflict-peer' counts yet" in said, said
