"""Every point lost under a score part has a line saying why (breaker8 D8, issue 13 item 5).

Points come off in many places: the flaws, each STAR part not found, actions that take too
little of the answer, too few actions told as one's own, a result with no number, the length,
fillers, long pauses, the interviewer's asks, a follow-up's merge. Each reason reaches the
analysis (`AnswerAnalysis.points_why`), its reasons under a part add up to that part's points,
and the CLI card, the room and the export show the same lines from the stored analysis.
Answers written for these tests, in several registers."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import (
    SCORE_PART_NAMES,
    AnswerAnalysis,
    analyze_follow_up,
    points_why_lines,
)
from simulator.analysis.report import render_report
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript, Word
from simulator.storage.export import render_html, render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import views
from simulator.tui.widgets.feedback import review_lines
from tests.storage.builders import make_turn, new_writer

DEADLINE = "Tell me about a time you had to deliver under a tight deadline."

ANSWERS = {
    # Two own actions in a learner's present progressive: ownership points, and why.
    "non-native, two own actions": (
        "In my last company in Cebu the payroll file is late because the bank change the "
        "format. The manager is telling me I must send it before Friday. I am rewriting the "
        "export and I am checking every line with the old file. The file is going on Thursday "
        "night and nobody is paid late."
    ),
    # A task told inside the scene, then actions and an outcome: structure from a part.
    "run-on, no task sentence": (
        "so it was the week before the school fair and the printer for the posters broke down "
        "and the head just looked at me and i rang three print shops and i found one in the "
        "next town that could do it overnight and i drove there after work and the posters "
        "were up on the monday morning"
    ),
    "notes, result with no number": (
        "Clinic reception, flu season, phones ringing off the hook.\n"
        "Had to get the booking backlog cleared before the weekend.\n"
        "Split the list with the other receptionist, called the oldest first, texted the rest.\n"
        "Backlog cleared, the doctors were happy with it."
    ),
    "all 'we', no ending": (
        "We had a migration due at the end of the quarter. We split the work, we wrote the "
        "scripts, we tested every table twice and we moved the data over a weekend."
    ),
    "too short": "I stayed late and finished it.",
    "a plan, no occasion": (
        "I would first list everything that has to be done, then I would talk to my manager "
        "about what can wait, and I would keep everyone updated every day."
    ),
}


def _check(analysis: AnswerAnalysis) -> None:
    parts = analysis.score_parts.to_dict()
    by_part: dict[str, int] = {}
    for reason in analysis.points_why:
        assert reason.why != "other", analysis.points_why
        assert reason.points > 0
        by_part[reason.part] = by_part.get(reason.part, 0) + reason.points
    for part in SCORE_PART_NAMES:
        assert by_part.get(part, 0) == parts[part], (part, parts, analysis.points_why)


@pytest.mark.parametrize("text", ANSWERS.values(), ids=ANSWERS.keys())
def test_each_part_that_lost_points_says_why(text: str) -> None:
    for persona in (None, "hiring-manager", "senior-leader"):
        analysis = analyze_answer(Transcript.from_text(text), question=DEADLINE,
                                  audience=get_persona(persona).audience if persona else None)
        _check(analysis)


def test_the_reasons_name_what_was_lost() -> None:
    said = {name: " | ".join(points_why_lines(analyze_answer(
        Transcript.from_text(text), question=DEADLINE).points_why))
        for name, text in ANSWERS.items()}
    assert "only 2 actions told as your own" in said["non-native, two own actions"]
    assert "shorter than the 60–120 s target" in said["run-on, no task sentence"]
    assert "the result has no number" in said["notes, result with no number"]
    assert "told as \u201cwe\u201d" in said["all 'we', no ending"]
    assert "no Result found" in said["all 'we', no ending"]
    assert "too short for the question" in said["too short"]
    assert "what you would do" in said["a plan, no occasion"]


def test_a_spoken_answer_pays_for_pauses_and_fillers_with_a_line() -> None:
    words, clock = [], 0.0
    said = ("um so last month um the van broke down and um I had to get the orders out so um I "
            "rang a courier and um I packed the boxes myself and um they all went out on time")
    for word in said.split():
        clock += 3.5 if word == "rang" else 0.3  # one long pause before "rang"
        words.append(Word(word, clock, clock + 0.25))
    transcript = Transcript(text=said, words=tuple(words), duration_s=clock + 0.5)
    analysis = analyze_answer(transcript, question=DEADLINE)
    _check(analysis)
    lines = " | ".join(points_why_lines(analysis.points_why))
    assert analysis.score_parts.delivery > 0
    assert "pause" in lines and "fillers" in lines, lines


def test_a_follow_ups_merge_keeps_a_line_for_every_point() -> None:
    first = analyze_answer(Transcript.from_text(ANSWERS["all 'we', no ending"]), question=DEADLINE,
                           audience=get_persona("hiring-manager").audience)
    merged, _ = analyze_follow_up(
        Transcript.from_text("It went live on the Sunday night and no customer lost any data."),
        "no_result", first)
    _check(merged)
    assert not any("no Result found" in r.why for r in merged.points_why)


def test_the_labelled_weak_answers_each_say_why() -> None:
    # Every weak answer of two writers' sets, as the bench reads them.
    data = Path(__file__).resolve().parents[2] / "bench" / "data"
    for name in ("star3_weak.jsonl", "star8_weak.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            _check(analyze_answer(Transcript.from_text(item["text"]),
                                  question=item["question"]))


def test_the_card_the_room_and_the_export_give_the_same_lines(private_home: object) -> None:
    text = ANSWERS["notes, result with no number"]
    analysis = analyze_answer(Transcript.from_text(text), question_kind="behavioral")
    lines = points_why_lines(analysis.points_why)
    assert lines
    card = render_report(analysis)
    for line in lines:
        assert line.split(":")[0] in card
    store = SessionStore()
    writer = new_writer(store)
    writer.add_turn(replace(make_turn(1, text=text),
                            transcript=Transcript.from_text(text).to_dict(),
                            analysis=analysis.to_dict(), question_kind="behavioral"))
    record = writer.finish()
    [view] = views(record)
    assert list(view.points_lost_why) == lines
    room = review_lines(view)
    assert [line.strip() for line in room[1 : 1 + len(lines)]] == lines
    markdown = render_markdown(record, lambda name: None)
    html = render_html(record, lambda name: None)
    for line in lines:
        assert f"- {line}" in markdown
        assert line.replace("\u201c", "&#8220;") in html or line in html
