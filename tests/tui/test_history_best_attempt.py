"""History and the session agree on which answers count: a retake that scored lower than the
first attempt is not the question's score in history's means and trend, as it is not in the
session's average ("best attempt of each question"); interrupted and skipped answers are in
neither. The app's history screen, the read layer and `sessions` show the same figures."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from simulator.cli import main
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.store import SessionStore
from simulator.storage.views import average_score, counting_rows, kind_scores, views
from simulator.tui.app import make_app
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.widgets.fitted_table import FittedTable
from simulator.tui.widgets.trend import TrendChart
from tests.storage.builders import make_turn, new_writer
from tests.tui.conftest import quiet_parts, settled

QUESTION = "behavioral/conflict-priorities"
OTHER = "behavioral/conflict-peer"
# A ferry purser, plain and complete.
FIRST = (
    "On the night crossing in March two coach groups were booked into the same forty cabins. "
    "I was the purser on duty, so sorting it out before we sailed was on me. I rang the "
    "booking office, I moved the crew into the spare deck rooms and I walked each driver to "
    "the new cabins myself. Every passenger had a cabin by eleven and the coach firm rebooked "
    "with us for the summer."
)
# The retake: nervous, hypothetical, much weaker.
RETAKE = "errr if that happen again i think i would maybe call somebody, not sure who"
# Another question: a run-on answer in the historic present.
SECOND = (
    "so the deckhand and me we argue every morning about the mooring lines and I say to him "
    "look we check them together at six and from then the ropes are ready before the ramp "
    "goes down and we never once miss the departure slot that whole season"
)
# Typed when the user quit: kept, never counted.
CUT = "the thing about the lifeboat drill is that i"


def stored_session() -> tuple[str, list[float]]:
    """A session: question 1, its weaker retake, question 2, an interrupted answer, a skip."""
    store = SessionStore()
    persona = get_persona("hiring-manager")
    writer = new_writer(store)
    plan = [
        (1, QUESTION, FIRST, {}),
        (2, QUESTION, RETAKE, {"retake_of": 1}),
        (3, OTHER, SECOND, {}),
        (4, OTHER, CUT, {"interrupted": True}),
        (5, "behavioral/leadership-no-authority", "", {"ended_by": "skipped"}),
    ]
    scores = []
    for number, question_id, text, links in plan:
        request = analysis_request(find_question(question_id), persona)
        _, analysis = judge(request, Transcript.from_text(text or "nothing"))
        scores.append(float(analysis["score"]))
        turn = make_turn(number, question_id=question_id, text=text)
        writer.add_turn(
            replace(
                turn,
                analysis=analysis,
                transcript=Transcript.from_text(text).to_dict(),
                question_kind="behavioral",
                answer_mode="typed",
                **links,
            )
        )
    return writer.finish().id, scores


@pytest.mark.usefixtures("no_audio_devices")
def test_history_counts_the_attempt_the_session_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    session_id, scores = stored_session()
    first, retake, second = scores[:3]
    assert retake < first, "the retake must score lower for this test to mean anything"
    store = SessionStore()
    average = average_score(views(store.load(session_id)))
    assert average == (first + second) / 2

    # The read layer: each question at its best attempt, as in the session's average.
    rows = store.history()
    assert [(r.number, r.score) for r in counting_rows(rows)] == [(1, first), (3, second)]
    ((kind, answers, mean, trend),) = kind_scores(rows)
    assert (kind, answers, mean, trend) == ("behavioral", 2, average, (first, second))

    # The CLI's session list says the same average.
    assert main(["sessions"]) == 0
    listed = capsys.readouterr().out
    assert f" {average:.0f} finished" in listed

    async def scenario() -> tuple[list[tuple[str, ...]], tuple[float, ...]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await settled(pilot)
            await app.push_screen(HistoryScreen())
            await app.workers.wait_for_complete()
            await settled(pilot)
            table = app.screen.query_one("#kind-table", FittedTable)
            cells = [
                tuple(str(cell) for cell in table.get_row_at(index))
                for index in range(table.row_count)
            ]
            return cells, app.screen.query_one("#chart-score", TrendChart).values

    kinds, chart = asyncio.run(scenario())
    # Two questions, each asked once (the retake counts once, at its best).
    assert [row[:4] for row in kinds] == [("behavioral", "2", "2", f"{average:.0f}")]
    assert chart == (first, second)  # the latest is question 2, not the retake
