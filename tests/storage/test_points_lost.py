"""The score's parts are shown where the score is (issue 13, "scores a person can read"): the
CLI card, the room's feedback and the export give the same "points lost" line for the same
stored answer, and the parts it names add up to what the score lost."""

from __future__ import annotations

from dataclasses import replace

from simulator.analysis import analyze_answer
from simulator.analysis.report import render_report
from simulator.speech.stt import Transcript
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView, views
from simulator.tui.widgets.feedback import review_lines
from tests.storage.builders import make_turn, new_writer

# A bus depot controller, terse, in the first person, with no ending and no number.
NO_END = (
    "Monday the 48 route lost two drivers sick. My job to keep it running. I phoned the spare "
    "drivers list, I moved one driver from the quiet 12 route and I changed the timetable board."
)


def test_the_same_points_lost_line_in_the_card_the_room_and_the_export(
    private_home: object,
) -> None:
    analysis = analyze_answer(Transcript.from_text(NO_END), question_kind="behavioral")
    parts = analysis.score_parts.to_dict()
    assert analysis.score < 100 and sum(parts.values()) == 100 - analysis.score, parts
    assert parts["structure"] > 0  # no Result: the structure part is where it went

    card = render_report(analysis).splitlines()
    assert card[1].startswith("Points lost: structure "), card[:3]

    store = SessionStore()
    writer = new_writer(store)
    turn = make_turn(1, text=NO_END)
    writer.add_turn(replace(turn, transcript=Transcript.from_text(NO_END).to_dict(),
                            analysis=analysis.to_dict(), question_kind="behavioral"))
    record = writer.finish()
    [view] = views(record)
    assert view.points_lost == card[1][0].lower() + card[1][1:]
    assert review_lines(view)[0] == card[1]
    assert view.points_lost in render_markdown(record, lambda name: None)


def test_no_line_for_a_full_score_or_an_analysis_stored_without_parts() -> None:
    strong = analyze_answer(Transcript.from_text(
        "Last winter our depot lost two drivers a week to sickness. I was asked to keep the 48 "
        "route on time. I set up a spare list, I phoned each driver on it every Sunday, and I "
        "moved one bus from the quiet 12 route at peak. In eight weeks the 48 missed no trips, "
        "where before it missed about nine a week, and the depot kept the spare list after."),
        question_kind="behavioral")
    card = render_report(strong).splitlines()
    assert (strong.score == 100) == (not card[1].startswith("Points lost")), card[:2]
    old = make_turn(1, score=64.0)  # an old analysis: a score and nothing else
    assert AnswerView.of(old).points_lost == ""
