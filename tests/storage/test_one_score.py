"""One stored session with a weak answer, the follow-up that gives its Result, and a retake:
the read layer, the export and the CLI `compare` say the same about each answer. A follow-up has
no score of its own (it is judged against its probe), the question's STAR view shows the Result
it gave, and the best attempt at a question is the one the average and the advice count."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from simulator.cli import main
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import (
    average_rule,
    average_score,
    best_scores,
    compare_rows,
    counting_rows,
    kind_scores,
    practise_next,
    session_headline,
    views,
    weakest_questions,
)
from tests.storage.builders import make_turn, new_writer

QUESTION = "behavioral/conflict-priorities"
# A warehouse coordinator, short sentences, no ending.
WEAK = (
    "Two teams wanted my report the same week. I was the coordinator for both. I met the two "
    "managers, I asked what each report was for, and I did the warehouse one first."
)
# The reply to "how did it turn out?", with a percentage.
REPLY = "In the end late orders dropped by 18% that month and both managers kept the new order."
STRONG = (
    "Last spring two teams needed my stock report in the same week and I was the only "
    "coordinator. My job was to decide which came first without losing either. I met both "
    "managers, I asked what each report would change, and I moved the warehouse report first "
    "because it fed the Monday orders. As a result late orders dropped by 18% that month and "
    "finance got its report two days later with no complaint."
)


def stored_session(store: SessionStore) -> str:
    persona = get_persona("hiring-manager")
    request = analysis_request(find_question(QUESTION), persona)
    weak, weak_dict = judge(request, Transcript.from_text(WEAK))
    _, reply_dict = judge(
        request, Transcript.from_text(REPLY), follows=Transcript.from_text(WEAK), probe="no_result"
    )
    _, strong_dict = judge(request, Transcript.from_text(STRONG))
    assert not weak.star.parts["R"].present
    writer = new_writer(store)
    turns = [
        (1, WEAK, weak_dict, {}),
        (2, REPLY, reply_dict, {"follow_up_of": 1}),
        (3, STRONG, strong_dict, {"retake_of": 1}),
    ]
    for number, text, analysis, links in turns:
        turn = make_turn(number, question_id=QUESTION, text=text)
        writer.add_turn(
            replace(turn, analysis=analysis, transcript=Transcript.from_text(text).to_dict(),
                    question_kind="behavioral", **links)
        )
    return writer.finish().id


def test_every_reader_says_the_same_of_each_answer(capsys: pytest.CaptureFixture[str]) -> None:
    store = SessionStore()
    record = store.load(stored_session(store))
    weak, reply, strong = views(record)

    # The reply: judged against its probe, no score of its own, the Result now present.
    assert reply.probe is not None and reply.probe.gives
    assert reply.probe.evidence == ("dropped by 18%",)  # the unit kept
    assert reply.heading.startswith("follow-up: gave the outcome ✓ · question now ")
    assert reply.score_cell == "gave ✓" and not reply.counts
    # The question's own section shows its STAR view after the reply, as the reply's does: the
    # Result told in the follow-up, not a Result ✗ beside a score that counts it.
    assert reply.star_marks.endswith("R") and weak.star_marks == reply.star_marks
    assert weak.star_parts["R"].from_follow_up and weak.repaired_tips
    assert not any("Finish with the result" in tip for tip in weak.tips)

    # The retake scored higher: it is the attempt that counts, everywhere.
    assert strong.score is not None and weak.score is not None and strong.score > weak.score
    assert average_score([weak, reply, strong]) == strong.score
    assert session_headline([weak, reply, strong]) == (
        f"1 answer (+1 follow-up, 1 retake) · average score {strong.score:.0f}, best attempt of "
        "each question"
    )
    advice = practise_next([weak, reply, strong])
    assert not any(f"scored {weak.score:.0f}" in line for line in advice), advice

    # The export: each answer's own score; the reply's facts and STAR line are its question's.
    report = render_markdown(record, lambda name: None)
    assert f"score {weak.score:.0f}/100" in report and f"score {strong.score:.0f}/100" in report
    assert "- Answers: 1 answer (+1 follow-up, 1 retake)" in report
    # The average line names which attempt counts, as the summary's title does.
    assert f"- Average score: {strong.score:.0f}/100, best attempt of each question\n" in report
    reply_section = report.split("## 1 · follow-up.")[1].split("## ")[0]
    assert "score " not in reply_section.split("\n\n")[1]
    assert "follow-up: gave the outcome ✓" in reply_section
    now = next(line for line in reply_section.splitlines() if line.startswith("STAR of 1 now:"))
    assert now.endswith("Result ✓")
    assert '"dropped by 18%"' in reply_section

    # CLI compare and the read layer's rows: the same two attempts, same scores and STAR.
    assert main(["compare", QUESTION, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    rows = compare_rows(store.answers_to(QUESTION))
    assert [(r["turn"], r["score"], r["star"]) for r in printed] == [
        (r.number, r.score, r.star) for r in rows
    ] == [(1, weak.score, reply.star_marks), (3, strong.score, strong.star_marks)]


# A ferry deckhand's notes, no ending; then the one line the probe "how did it turn out?" got.
DECK = (
    "Car deck, night crossing, lashing chains kept going missing between sailings. Bosun said "
    "sort it. Me, I counted every chain at both ends of the trip for a week, painted the "
    "numbers on the hooks, made a sign-out board by the ramp."
)
DECK_REPLY = "After that we lost 2 chains in three months, before it was 14 a month."


def test_a_follow_up_raises_its_question_everywhere_after_the_room(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The room says the question is "now N" after the follow-up; the summary, the export, the
    session list (the SQLite index), history (trend, mean by kind, weakest questions, the
    drill's order), compare and the advice say N too, never the score before the reply."""
    persona = get_persona("hiring-manager")
    request = analysis_request(find_question(QUESTION), persona)
    first, first_dict = judge(request, Transcript.from_text(DECK))
    room, reply_dict = judge(
        request, Transcript.from_text(DECK_REPLY), follows=Transcript.from_text(DECK),
        probe="no_result",
    )
    assert room.follow_up is not None and room.follow_up.gives
    before, now = first.score, room.score
    assert now - before >= 10, (before, now)  # what the room said: "question now {now}"
    store = SessionStore()
    writer = new_writer(store)
    for number, text, analysis, links in (
        (1, DECK, first_dict, {}),
        (2, DECK_REPLY, reply_dict, {"follow_up_of": 1}),
    ):
        turn = make_turn(number, question_id=QUESTION, text=text)
        writer.add_turn(
            replace(turn, analysis=analysis, transcript=Transcript.from_text(text).to_dict(),
                    question_kind="behavioral", **links)
        )
    session_id = writer.finish().id
    record = store.load(session_id)

    answer, reply = views(record)
    assert (answer.score, answer.before_follow_up) == (now, before)
    assert answer.score_cell == f"{before:.0f}→{now:.0f}"
    assert not any(f.code == "no_result" for f in answer.flaws)
    assert reply.heading.endswith(f"question now {now:.0f}/100")
    assert average_score([answer, reply]) == now
    assert average_rule([answer, reply]) == ""
    assert not any(f"scored {before:.0f}" in line for line in practise_next([answer, reply]))

    report = render_markdown(record, lambda name: None)
    assert f"- Average score: {now:.0f}/100\n" in report  # one attempt: no rule to name
    assert f"score {now:.0f}/100 with its follow-up ({before:.0f} before)" in report

    # The index (a fresh one: real SQLite), as `sessions` and the History screen read it.
    assert [s.score for s in store.list_sessions()] == [now]
    history = store.history()
    assert [(r.number, r.score, r.counts) for r in history] == [(1, now, True), (2, now, False)]
    assert [r.score for r in counting_rows(history)] == [now]
    assert best_scores(history) == {QUESTION: now}
    assert weakest_questions(history)[0][2] == now
    assert [(kind, mean) for kind, _, mean, _ in kind_scores(history)] == [("behavioral", now)]
    assert [r.score for r in compare_rows(store.answers_to(QUESTION))] == [now]

    assert main(["sessions", "--json"]) == 0
    assert [s["score"] for s in json.loads(capsys.readouterr().out)] == [now]
