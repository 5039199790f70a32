"""The read layer over stored answers: a version 1 file, fresh sessions analysed by the real
analysis, answers that do not count, and the aggregates built on them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript, Word
from simulator.storage.index import HistoryRow, history_rows
from simulator.storage.records import SessionRecord
from simulator.storage.store import SessionStore
from simulator.storage.views import (
    AnswerView,
    average_score,
    best_scores,
    compare_rows,
    current_word_index,
    kind_scores,
    practise_next,
    views,
    weakest_questions,
)
from tests.storage.builders import make_turn, new_writer

V1_FIXTURE = Path(__file__).parent / "data" / "session-v1.json"

# Run-on speech from someone who hesitates, with a long silence before the result.
SPOKEN = (
    "so um the night before the launch our payment service kept timing out and I was the one "
    "on call so I traced it to a pool of connections that never closed uh and I patched the "
    "client and in the end the launch went out on time and errors fell by ninety percent"
)


def spoken(text: str = SPOKEN, gap_before: str = "in") -> Transcript:
    """Words 0.35 s apart, with a 4 s silence before the word `gap_before`."""
    words, clock = [], 0.2
    for token in text.split():
        if token == gap_before and clock > 5:
            clock += 4.0
            gap_before = ""
        words.append(Word(token, round(clock, 2), round(clock + 0.3, 2)))
        clock += 0.35
    return Transcript(text, tuple(words), "faster-whisper", "tiny.en", round(clock + 0.5, 2))


def analysed_turn(number: int = 1, transcript: Transcript | None = None, **changes: object):
    transcript = transcript or spoken()
    analysis = analyze_answer(transcript, question="Tell me about a time you fixed an outage.")
    turn = make_turn(number, answer_audio=f"turn-{number:02d}-answer.wav")
    return replace(
        turn, transcript=transcript.to_dict(), analysis=analysis.to_dict(), **changes
    ), analysis


def test_a_version_1_file_reads_with_what_it_has_and_nothing_invented() -> None:
    record = SessionRecord.from_dict(json.loads(V1_FIXTURE.read_text()))
    first, typed = views(record)
    assert first.score == 64 and first.analysed
    assert first.star_parts == {} and first.star_marks == "" and first.reported == frozenset()
    assert first.length_s == 42.0  # from the transcript: the old analysis had no timing
    assert first.word_starts == [0.4, 0.7]
    assert first.fillers == () and first.pauses == () and first.problem_times == []
    assert first.counts
    assert typed.score is None and not typed.analysed and not typed.counts
    assert typed.length_s is None and typed.words_per_minute is None
    assert typed.timed_words == [(0.0, "I want to build tools people rely on")]
    assert average_score(views(record)) == 64


def test_a_fresh_answer_reads_the_same_figures_the_analysis_made() -> None:
    turn, analysis = analysed_turn()
    view = AnswerView.of(turn)
    assert view.score == analysis.score
    assert view.length_s == analysis.timing.duration_s
    assert view.words_per_minute == round(analysis.timing.wpm or 0, 1)
    assert view.filler_count == analysis.fillers.count >= 2
    assert view.star_marks == " ".join(
        label if analysis.star.parts[label].present else "–" for label in "STAR"
    )
    # Each filler is found at its place in the text, in order.
    for filler in view.fillers:
        assert filler.span is not None
        start, end = filler.span
        assert view.text[start:end].lower() == filler.text.lower()
    assert [f.span for f in view.fillers] == sorted(f.span for f in view.fillers if f.span)
    # The long pause is marked before the word after it, and is one of the problems.
    (pause,) = view.pauses
    assert pause.duration_s >= 4.0
    ((index, length),) = view.pause_marks
    assert view.words[index].text == "in" and length == pause.duration_s
    assert pause.start_s in view.problem_times
    assert all(f.start_s in view.problem_times for f in view.fillers)
    assert view.problem_times == sorted(view.problem_times)
    starts = view.word_starts
    assert current_word_index(starts, starts[3] + 0.01) == 3
    assert current_word_index(starts, 0.0) is None


def test_a_missing_part_is_a_problem_where_it_should_have_come() -> None:
    analysis = {
        "timing": {"duration_s": 30.0, "long_pauses": [{"start": 4.0, "end": 6.5}]},
        "fillers": {"items": [{"text": "um", "start": 1.2}, {"text": "like", "start": None}]},
        "star": {
            "parts": {
                "S": {"present": True},
                "T": {"present": False},
                "A": {"present": True},
                "R": {"present": False},
            },
            "segments": [{"label": "S", "start": 0.0}, {"label": "A", "start": 9.0}],
        },
    }
    view = AnswerView.from_parts(analysis, {"text": "", "words": []})
    # The task at the start, the filler, the pause, the result at the end.
    assert view.problem_times == [0.0, 1.2, 4.0, 30.0]
    assert view.star_marks == "S – A –"
    del analysis["timing"]["duration_s"]
    typed = AnswerView.from_parts(analysis, {"text": "um like", "words": [{"text": "um"}]})
    assert typed.problem_times == [1.2, 4.0]  # no length: no place for the missing parts


def test_answers_that_do_not_count_are_left_out_of_every_aggregate(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    writer = new_writer(store)
    counted, _ = analysed_turn(1)
    follow_up, _ = analysed_turn(2, follow_up_of=1)
    interrupted, _ = analysed_turn(3, interrupted=True)
    skipped, _ = analysed_turn(4, skipped=True, ended_by="skipped")
    empty, _ = analysed_turn(5, transcript=Transcript("", (), duration_s=3.0))
    for turn in (counted, follow_up, interrupted, skipped, empty):
        writer.add_turn(replace(turn, analysis={**(turn.analysis or {}), "score": 99}))
    writer.add_turn(replace(counted, number=6, analysis={**(counted.analysis or {}), "score": 40}))
    record = writer.finish()

    assert [v.counts for v in views(record)] == [True, False, False, False, False, True]
    # Two attempts at one question: the best counts, in the session's average as in the drill.
    assert average_score(views(record)) == 99
    rows = store.history()
    assert [row.counts for row in rows] == [True, False, False, False, False, True]
    assert rows == history_rows(record)  # the index keeps what the view decided
    assert best_scores(rows) == {"conflict": 99}
    assert [q[2:] for q in weakest_questions(rows)] == [(99, 2)]
    # History's means and trend take the session's question once, at that attempt.
    assert [(kind, n, mean) for kind, n, mean, _ in kind_scores(rows)] == [("behavioral", 1, 99)]
    attempts = compare_rows(store.answers_to("conflict"))
    assert [row.number for row in attempts] == [1, 6]
    assert store.list_sessions()[0].score == 99


def test_best_scores_take_the_best_attempt_not_the_latest() -> None:
    def row(question_id: str, score: float, started: str) -> HistoryRow:
        return HistoryRow(
            f"{started}-session", started, 1, "peer", question_id, "behavioral", "Q",
            "typed", False, None, None, True, score, None, 40, None, None,
        )  # fmt: skip

    rows = [row("a", 90, "2026-01-05"), row("a", 30, "2026-01-12"), row("b", 60, "2026-01-06")]
    assert best_scores(rows) == {"a": 90, "b": 60}
    found = {kind: (n, mean, scores) for kind, n, mean, scores in kind_scores(rows)}
    assert found["behavioral"] == (3, 60.0, (90.0, 60.0, 30.0))


def test_what_to_practise_next_names_the_weakest_counting_answer_and_common_flaws() -> None:
    weak, _ = analysed_turn(
        1, transcript=spoken("we fixed it", gap_before=""), question_id="outage"
    )
    strong, _ = analysed_turn(2)
    probe, _ = analysed_turn(3, transcript=spoken("yes", gap_before=""), follow_up_of=2)
    answers = [AnswerView.of(t) for t in (weak, strong, probe)]
    advice = practise_next(answers)
    assert advice[0].startswith("Retake") and f"scored {answers[0].score:.0f}" in advice[0]
    assert len(advice) > 1


def test_tips_with_no_flaw_behind_them_are_what_to_practise_not_nothing_stood_out() -> None:
    turn, _ = analysed_turn(2)
    tip = "About 20 s against a 38–76 s target: add the concrete example that backs it."
    view = replace(AnswerView.of(turn), flaws=(), tips=(tip,), score=90.0)
    assert practise_next([view]) == [tip]
    quiet = replace(view, tips=())
    assert practise_next([quiet])[0].startswith("Nothing stood out")


def test_compare_shows_the_result_a_follow_up_gave_but_not_as_an_attempt(tmp_path: Path) -> None:
    """The reply to "how did it turn out?" is part of its question's STAR view in compare (the
    Result present), is not a second attempt, and the attempt scores what its question earns
    after the reply (as the room said, "question now ..."). A reply stored without a judgment
    against its probe (an older file) adds nothing."""
    from simulator.analysis.answer import analyze_follow_up

    question = "Tell me about a time you settled a disagreement."
    first_text = (
        "so at the bakery the two shift leads they was always fighting about who cleans the "
        "mixers at closing and the morning team was finding them dirty my manager asked me to "
        "settle it so I have talked to both of them separate and I made one cleaning sheet "
        "with names for each day and I put it by the mixers"
    )
    reply_text = "after that the morning team found them clean every day, no complaints in a month"
    first_analysis = analyze_answer(Transcript.from_text(first_text), question=question)
    merged, _ = analyze_follow_up(Transcript.from_text(reply_text), "no_result", first_analysis)
    assert not first_analysis.star.parts["R"].present and merged.star.parts["R"].present

    store = SessionStore(tmp_path)
    for judged in (True, False):
        writer = new_writer(store)
        first = replace(
            make_turn(1, question_id="conflict", text=first_text),
            analysis=first_analysis.to_dict(),
        )
        reply_analysis = merged.to_dict()
        if not judged:
            reply_analysis = {**reply_analysis, "follow_up": None}
        reply = replace(
            make_turn(2, question_id="conflict", text=reply_text),
            analysis=reply_analysis,
            follow_up_of=1,
        )
        writer.add_turn(first)
        writer.add_turn(reply)
        writer.finish()

    rows = compare_rows(store.answers_to("conflict"))
    assert [row.number for row in rows] == [1, 1], "the replies are not attempts"
    by_star = {row.star: row.score for row in rows}
    assert merged.score is not None and first_analysis.score < merged.score
    assert by_star == {"S T A R": merged.score, "S T A –": first_analysis.score}


def test_questions_are_numbered_as_the_room_asked_them_with_follow_ups_under_theirs() -> None:
    """Turns as stored: question 1, its follow-up, question 2 (turn 4: turn 3 was switched
    away from and never stored), a retake of it, the same question from another interviewer,
    question 3 and its follow-up. The user is shown 1, 1 · follow-up, 2, 2 · retake, 2 · again,
    3, 3 · follow-up: one numbering for summary, export, reanalyze and feedback lines."""
    from simulator.storage.views import question_places
    from tests.storage.builders import make_turn

    turns = [
        make_turn(1, question_id="conflict"),
        replace(make_turn(2, question_id="conflict"), follow_up_of=1),
        make_turn(4, question_id="failure"),
        replace(make_turn(5, question_id="failure"), retake_of=4),
        make_turn(6, question_id="failure"),
        make_turn(7, question_id="deadline"),
        replace(make_turn(8, question_id="deadline"), follow_up_of=7),
    ]
    assert question_places(turns) == {
        1: "1", 2: "1 · follow-up", 4: "2", 5: "2 · retake", 6: "2 · again", 7: "3",
        8: "3 · follow-up",
    }


def test_a_round_one_question_has_one_star_view_in_the_summary_and_in_compare(
    tmp_path: Path,
) -> None:
    """Round one's question asked again, answered without an outcome, and its follow-up gave
    the Result: "STAR now" beside round one (summary, export, headless) and the compare row
    read the same marks, with the Result the follow-up told."""
    from simulator.analysis.answer import analyze_follow_up
    from simulator.storage.views import beside_round_one

    question = "Tell me about a time a colleague and you did not agree."
    first_text = (
        "so in the bakery the night shift and me we argue about who cleans the mixers, and I "
        "made a rota with names for each day and I put it by the mixers"
    )
    reply_text = "after that the mixers were clean every morning, zero complaints for two months"
    first_analysis = analyze_answer(Transcript.from_text(first_text), question=question)
    merged, _ = analyze_follow_up(Transcript.from_text(reply_text), "no_result", first_analysis)
    said_then = {"question": "Why do you argue with colleagues?", "answer": "i said it is fine"}
    store = SessionStore(tmp_path)
    writer = new_writer(store)
    first = replace(
        make_turn(1, question_id="round-one/conflict", text=first_text),
        analysis={**first_analysis.to_dict(), "round_one": said_then},
    )
    reply = replace(
        make_turn(2, question_id="round-one/conflict", text=reply_text),
        analysis=merged.to_dict(),
        follow_up_of=1,
    )
    writer.add_turn(first)
    writer.add_turn(reply)
    writer.finish()

    (pair,) = beside_round_one(views(store.load(writer.id)))
    (row,) = compare_rows(store.answers_to("round-one/conflict"))
    assert not first_analysis.star.parts["R"].present
    assert dict(pair.lines)["STAR now"] == row.star
    assert row.star.endswith("R")
