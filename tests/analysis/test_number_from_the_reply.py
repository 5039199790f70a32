"""A figure the follow-up gave measures the question's result: the merged score no longer
charges "the result has no number", and what the session says to practise next comes from
what the question still lacks after the reply, not "Nothing stood out" (breaker13 B23)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from simulator.analysis.answer import NO_NUMBER_WHY, analyze_answer, analyze_follow_up
from simulator.analysis.follow_up import joined
from simulator.speech.stt import Transcript
from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView, practise_next, with_follow_ups
from tests.storage.builders import make_turn, new_writer

QUESTION = "Tell me about a time you had to change how your team worked at short notice."
# A bus depot controller: a result that names what changed, with no figure in it.
FIRST = (
    "Two days before the timetable change our depot learned that three routes would start "
    "twenty minutes earlier. I was the duty controller, so the new rosters were mine to sort. "
    "I redrew the early duties that night, I phoned every driver on those routes and I put a "
    "printed sheet in each cab. On the first morning the early buses left on time."
)
REPLY = (
    "Before the change about six early buses a week left late; in the first month after, one "
    "did."
)


def test_a_number_given_in_the_reply_is_not_charged_as_missing() -> None:
    first = analyze_answer(Transcript.from_text(FIRST), question=QUESTION)
    assert any(r.why == NO_NUMBER_WHY for r in first.points_why), first.points_why
    reply = Transcript.from_text(REPLY)
    whole = analyze_answer(joined(Transcript.from_text(FIRST), reply), question=QUESTION)
    merged, judged = analyze_follow_up(reply, "no_metrics", first, whole=whole)
    assert judged.gives and "number" in judged.gave
    assert all(r.why != NO_NUMBER_WHY for r in merged.points_why), merged.points_why
    assert merged.score_parts.specificity == 0
    assert merged.score > first.score


def test_what_a_question_still_lacks_after_its_reply_is_what_to_practise(tmp_path: Path) -> None:
    first = analyze_answer(Transcript.from_text(FIRST), question=QUESTION)
    merged, _ = analyze_follow_up(Transcript.from_text(REPLY), "no_metrics", first)
    lacking = "Say what you would do differently next time, in one sentence."
    reply_analysis = {**merged.to_dict(), "flaws": [], "question_tips": [lacking]}
    store = SessionStore(tmp_path)
    writer = new_writer(store)
    writer.add_turn(replace(make_turn(1, question_id="change", text=FIRST),
                            analysis=first.to_dict()))
    writer.add_turn(replace(make_turn(2, question_id="change", text=REPLY),
                            analysis=reply_analysis, follow_up_of=1))
    record = writer.finish()
    answers = with_follow_ups([AnswerView.of(turn) for turn in record.turns])
    advice = practise_next(answers)
    assert not any(line.startswith("Nothing stood out") for line in advice), advice
    assert lacking in advice
