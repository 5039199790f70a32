"""A question whose short first answer a follow-up completed (breaker9 D13), as the summary and
the export read it: the question's length flaw says it was the first answer that was short, the
old "Too short for this question" tip is not listed as repaired by the follow-up (it was said
again, of the first answer), and "What to practise next" names a flaw several answers share in
its own words, not as one question's first answer. Answers of our own."""

from __future__ import annotations

from dataclasses import replace

from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge, probe_codes
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import practise_next, views
from tests.analysis.test_reply_repairs_only_what_it_told import TAPE, TAPE_OUTCOME
from tests.storage.builders import make_turn, new_writer

FIRST_QUESTION = "behavioral/initiative-gap"
OTHER_QUESTION = "behavioral/conflict-peer"
# TAPE: a warehouse shift lead, far too short, no outcome; TAPE_OUTCOME: the reply to the
# outcome probe (the same story the analysis test of replies uses).
# A second short answer, to another question, with no probe after it.
SHORT = (
    "My colleague wanted to print the rota and I wanted it online. We tried it online for a "
    "month and it worked, so she agreed."
)
PROBE = "What changed for the business?"


def test_the_first_answer_is_named_short_and_the_summary_says_it_for_both() -> None:
    persona = get_persona("senior-leader")
    first_request = analysis_request(find_question(FIRST_QUESTION), persona)
    other_request = analysis_request(find_question(OTHER_QUESTION), persona)
    _, first = judge(first_request, Transcript.from_text(TAPE))
    _, reply = judge(first_request, Transcript.from_text(TAPE_OUTCOME),
                     follows=Transcript.from_text(TAPE), probe=probe_codes(persona, PROBE),
                     probe_text=PROBE)
    _, other = judge(other_request, Transcript.from_text(SHORT))
    store = SessionStore()
    writer = new_writer(store, "senior-leader")
    for number, question, text, analysis, links in (
        (1, FIRST_QUESTION, TAPE, first, {}),
        (2, FIRST_QUESTION, TAPE_OUTCOME, reply, {"follow_up_of": 1}),
        (3, OTHER_QUESTION, SHORT, other, {}),
    ):
        turn = make_turn(number, question_id=question.split("/")[1], text=text)
        writer.add_turn(replace(turn, analysis=analysis, persona_id="senior-leader",
                                transcript=Transcript.from_text(text).to_dict(),
                                question_kind="behavioral",
                                **links))
    record = store.load(writer.finish().id)
    answer, follow_up, short = views(record)

    [length] = [f for f in answer.flaws if f.code == "too_short"]
    assert length.message.startswith("The first answer was too short for this question")
    assert not any(tip.startswith("Too short") for tip in answer.repaired_tips)
    assert any(tip.startswith("The first answer was too short") for tip in answer.tips)
    assert any("first answer too short for the question" in line
               for line in answer.points_lost_why), answer.points_lost_why

    advice = practise_next([answer, follow_up, short])
    [line] = [a for a in advice if "too short" in a.lower()]
    assert line.startswith("Too short for this question") and line.endswith("(2 answers)"), advice
    report = render_markdown(record, lambda name: None)
    assert "The first answer was too short for this question" in report
