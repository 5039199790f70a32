"""The app and the command line read stored answers through the same view
(simulator/storage/views.py), so they agree: the same figures for the same attempts, the same
weakest question for a drill from the same history."""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import replace

import pytest
from textual.widgets import DataTable

from simulator.analysis import analyze_answer
from simulator.cli import main
from simulator.interview.banks import get_bank
from simulator.interview.plan import weakest_target
from simulator.storage.store import SessionStore
from simulator.storage.views import best_scores
from simulator.tui.app import make_app
from simulator.tui.screens.history import CompareScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.storage.builders import make_turn, new_writer, spoken_transcript
from tests.tui.conftest import quiet_parts, until

QUESTION = "behavioral/conflict-peer"

# Three attempts at one question in different registers, and a follow-up that must not show.
ATTEMPTS = (
    "um so my colleague and me we not agree about the API design uh I propose we test both "
    "and we measure the latency and after one week we choose his design because it was faster",
    "Two engineers, one schema. I booked a room, we listed the risks of each, I wrote the "
    "migration plan, and the release went out a week early with zero rollbacks.",
    "basically there was this like disagreement and I just sort of kept quiet",
)


def _analysed(number: int, text: str, **changes: object):
    transcript = spoken_transcript(text, seconds_per_word=0.45)
    analysis = analyze_answer(transcript, question="Tell me about a disagreement with a peer.")
    turn = make_turn(number, question_id=QUESTION, text=text)
    return replace(turn, analysis=analysis.to_dict(), persona_id="peer", **changes)


def test_cli_compare_and_the_app_compare_print_the_same_figures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = SessionStore()
    for text in ATTEMPTS:
        writer = new_writer(store)
        writer.add_turn(_analysed(1, text))
        writer.add_turn(_analysed(2, "yes we did", follow_up_of=1))
        writer.finish()

    assert main(["compare", QUESTION]) == 0
    table, _, legend = capsys.readouterr().out.partition("\n\nLOST:")
    assert legend  # the CLI says what the points lost are under its table
    lines = table.splitlines()[3:]
    from_cli = [re.split(r"\s{2,}", line.strip()) for line in lines]

    async def scenario() -> list[list[str]]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(120, 40)) as pilot:
            await app.push_screen(CompareScreen(QUESTION))
            table = app.screen.query_one("#compare-table", DataTable)
            await until(pilot, lambda: table.row_count >= len(ATTEMPTS), "the attempts")
            await pilot.pause()
            return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]

    from_app = asyncio.run(scenario())
    assert len(from_app) == len(ATTEMPTS)  # the follow-ups are not attempts
    assert from_app == from_cli
    assert len({row[2] for row in from_app}) > 1, "the attempts scored differently"


def test_plan_drill_and_the_app_start_on_the_same_weakest_question(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every question answered once at 80, except: conflict-peer scored 95 and later 40 (weak
    by its latest score, strong by its best), conflict-manager 60, with a follow-up to it that
    scored 99 and must not count. Both readers order by the best score of counting answers."""
    bank = get_bank("behavioral")
    store = SessionStore()
    writer = new_writer(store)
    number = 0
    for question in bank.questions:
        score = {"behavioral/conflict-peer": 95.0, "behavioral/conflict-manager": 60.0}
        number += 1
        writer.add_turn(
            make_turn(number, question_id=question.id, score=score.get(question.id, 80.0))
        )
    writer.add_turn(
        replace(
            make_turn(number + 1, question_id="behavioral/conflict-manager", score=99.0),
            follow_up_of=2,
        )
    )
    writer.add_turn(make_turn(number + 2, question_id="behavioral/conflict-peer", score=40.0))
    writer.finish()

    async def scenario() -> list[str]:
        from simulator.tui.screens.interview import InterviewScreen

        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "focus on a card")
            app.screen.query_one("#mode", Choice).value = "drill"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            return [q.id for q in screen.setup.questions]

    from_app = asyncio.run(scenario())
    target = weakest_target(bank, best_scores(store.history()))
    assert main(["plan", "drill", "--target", target, "--count", "3", "--json"]) == 0
    from_cli = [turn["question_id"] for turn in json.loads(capsys.readouterr().out)["turns"]]
    assert from_app == from_cli
    assert from_app[0] == "behavioral/conflict-manager"
