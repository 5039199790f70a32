"""A question its follow-up repaired is listed in the summary table with the reasons its score
still has, not the first answer's (breaker16 D24: the row said 56→98 and "no Result found" in
its Flaws column after the reply had told how it ended). New answers of our own."""

from __future__ import annotations

from dataclasses import replace

from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.store import SessionStore
from simulator.storage.views import views, with_follow_ups
from tests.storage.builders import make_turn, new_writer

QUESTION = "behavioral/conflict-peer"
# A bakery shift: a disagreement with no ending.
FIRST = (
    "At the bakery last winter my colleague Tomasz wanted to bake all the rye loaves the night "
    "before, and I thought they went stale by lunchtime. I was running the early shift, so the "
    "bake plan was mine to sort out. I sat down with him after the shift, I showed him the "
    "waste sheets for three weeks, and I suggested we bake half at night and half at five."
)
REPLY = "In the end he agreed, and we threw away about thirty fewer loaves a week after that."


def test_the_row_of_a_repaired_question_drops_the_flaw_it_no_longer_has() -> None:
    request = analysis_request(find_question(QUESTION), get_persona("hiring-manager"))
    first, first_dict = judge(request, Transcript.from_text(FIRST))
    _, reply_dict = judge(request, Transcript.from_text(REPLY),
                          follows=Transcript.from_text(FIRST), probe="no_result")
    assert not first.star.parts["R"].present
    store = SessionStore()
    writer = new_writer(store)
    for number, text, analysis, links in ((1, FIRST, first_dict, {}),
                                          (2, REPLY, reply_dict, {"follow_up_of": 1})):
        turn = make_turn(number, question_id=QUESTION, text=text)
        writer.add_turn(replace(turn, analysis=analysis, question_kind="behavioral",
                                transcript=Transcript.from_text(text).to_dict(), **links))
    record = store.load(writer.finish().id)
    assert any(r.why.startswith("no Result found") for r in first.points_why)
    (row, _reply) = views(record)  # merged with its follow-up, as the summary reads it
    assert row == with_follow_ups([row])[0]
    assert row.before_follow_up is not None and row.score > row.before_follow_up
    assert "no Result" not in row.flaws_cell, row.flaws_cell
