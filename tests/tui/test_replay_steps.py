"""Replay as a learner uses it: `j` steps through each problem in order and names it, paused or
playing; answers are numbered 1..n although turn numbers have gaps; the position line says
whether the question or the answer is playing, and `a` skips the question."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace

import pytest

from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.replay import ReplayScreen
from tests.storage.builders import make_turn, new_writer, tone
from tests.tui.conftest import quiet_parts, until

ANALYSIS = {
    "score": 55,
    "timing": {
        "duration_s": 12.0,
        "long_pauses": [{"start": 5.0, "end": 7.5}],
    },
    "fillers": {"items": [{"text": "um", "start": 1.5}, {"text": "like", "start": 9.0}]},
    "star": {
        "parts": {
            "S": {"present": True},
            "T": {"present": True},
            "A": {"present": True},
            "R": {"present": False},
        },
        "segments": [],
    },
}
EXPECTED = [
    (0.5, "problem 1 of 4: filler “um” at 0:01"),
    (4.0, "problem 2 of 4: long pause of 2.5 s at 0:05"),
    (8.0, "problem 3 of 4: filler “like” at 0:09"),
    (11.0, "problem 4 of 4: missing Result at 0:12"),
]


def stored_session() -> tuple[str, list[int]]:
    """A session whose turns are numbered 1, 3 and 4 (2 was switched away from), the middle one
    a voice answer (12 s of it analysed, with the problems above) and a spoken question."""
    store = SessionStore()
    writer = new_writer(store)
    tone(3.0, 330.0).write_wav(writer.audio_path(3, "question"))
    tone(20.0).write_wav(writer.audio_path(3, "answer"))  # longer than the analysis: it plays on
    writer.add_turn(make_turn(1))
    writer.add_turn(
        replace(
            make_turn(
                3,
                answer_audio="turn-03-answer.wav",
                question_audio="turn-03-question.wav",
            ),
            analysis=ANALYSIS,
        )
    )
    writer.add_turn(make_turn(4))
    writer.finish()
    return writer.id, [1, 3, 4]


def text_of(screen: ReplayScreen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def test_j_steps_through_each_problem_in_order_with_its_label_while_paused() -> None:
    session_id, _ = stored_session()

    async def scenario() -> list[tuple[float, str]]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(ReplayScreen(session_id, 3))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the answer")
            seen = []
            for _ in range(5):
                await pilot.press("j")
                seen.append((screen.position_s, text_of(screen, "#replay-problem")))
            return seen

    seen = asyncio.run(scenario())
    assert seen[:4] == EXPECTED
    assert seen[4][1].startswith("No more problems")


@pytest.mark.slow
@pytest.mark.usefixtures("realtime_audio_here")
def test_j_steps_in_order_while_playing_and_the_clock_says_what_plays() -> None:
    """Through the real-time PulseAudio: playback takes as long as the audio lasts."""
    session_id, _ = stored_session()

    async def scenario() -> tuple[str, str, list[tuple[float, str]]]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(200, 50)) as pilot:
            await app.push_screen(ReplayScreen(session_id, 3))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the answer")
            await pilot.press("space")  # the question first
            await until(
                pilot,
                lambda: text_of(screen, "#replay-position").startswith("▶ question"),
                "the question playing",
            )
            question_line = text_of(screen, "#replay-position")
            await pilot.press("a")
            await until(
                pilot,
                lambda: text_of(screen, "#replay-position").startswith("▶ answer"),
                "the answer playing",
            )
            answer_line = text_of(screen, "#replay-position")
            seen = []
            for _ in range(4):
                await pilot.press("j")
                seen.append((screen.position_s, text_of(screen, "#replay-problem")))
                await until(
                    pilot,
                    lambda: text_of(screen, "#replay-position").startswith("▶ answer"),
                    "a jump while playing to keep playing",
                )
            await pilot.press("space")
            return question_line, answer_line, seen

    question_line, answer_line, seen = asyncio.run(scenario())
    assert "a: skip to the answer" in question_line
    assert answer_line.startswith("▶ answer · 0:0")
    assert [label for _, label in seen] == [label for _, label in EXPECTED]
    # Each jump lands on its problem: the playhead is at or past the problem's start (a jump
    # that stuck would leave it before, at the previous one), and short of the problem after
    # next. Playback goes on between the jump and the read, as long as the loaded machine takes
    # to hand the key back (3.45 s once on a loaded run), so the bound is a problem, not seconds.
    bounds = [start for start, _ in EXPECTED[2:]] + [float("inf"), float("inf")]
    for (position, _), (start, _), bound in zip(seen, EXPECTED, bounds, strict=True):
        assert start <= position < bound, (position, start)


def test_answers_are_numbered_one_to_n_though_turn_numbers_have_gaps() -> None:
    session_id, _ = stored_session()

    async def scenario() -> list[str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(ReplayScreen(session_id))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the answer")
            titles = [text_of(screen, "#replay-title")]
            for key in ["right_square_bracket"] * 3 + ["left_square_bracket"] * 3:
                await pilot.press(key)
                titles.append(text_of(screen, "#replay-title"))
            return titles

    titles = asyncio.run(scenario())
    # All three answer one question, so the report numbers them as asked again.
    places = [re.search(r"question (\d+(?: · again(?: \d+)?)?) · ", t)[1] for t in titles]  # type: ignore[index]
    first, second, third = "1", "1 · again", "1 · again 2"
    assert places == [first, second, third, third, second, first, first]


@pytest.mark.usefixtures("no_audio_devices")
def test_the_summary_numbers_answers_one_to_n_after_a_skip_and_a_switch() -> None:
    from simulator.tui.screens.interview import InterviewScreen
    from simulator.tui.screens.summary import SummaryScreen
    from simulator.tui.widgets.persona_card import PersonaCard
    from tests.tui.conftest import STRONG_ANSWER, type_answer

    async def scenario() -> tuple[list[str], list[int]]:
        from textual.widgets import DataTable

        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)

            async def asked() -> None:
                await until(
                    pilot, lambda: screen.asked is not None and not screen.busy, "a question"
                )

            async def answered() -> None:
                before = screen.last_turn
                await type_answer(pilot, STRONG_ANSWER)
                await until(
                    pilot, lambda: screen.last_turn is not before and not screen.busy, "feedback"
                )

            await asked()
            await pilot.press("escape", "s")  # question 1 skipped unanswered
            await asked()
            await answered()
            await pilot.press("p")  # the same question from another interviewer
            await until(pilot, lambda: app.screen is not screen, "the chooser")
            await pilot.press("down", "enter")
            await until(pilot, lambda: app.screen is screen, "the interview again")
            await asked()
            await answered()
            await pilot.press("e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            numbers = [turn.number for turn in app.screen.record.turns]
            await until(pilot, lambda: app.screen.query("HeaderTitle"), "the summary's header")
            table = app.screen.query_one("#summary-table", DataTable)
            shown = [str(table.get_row_at(row)[0]) for row in range(table.row_count)]
            await pilot.pause()
            return shown, numbers

    shown, numbers = asyncio.run(scenario())
    assert numbers == [1, 2, 3]  # question 1 is stored as skipped, where it was asked
    assert shown == ["1", "2", "2 · again"]  # numbered as the room asked the questions


def test_a_typed_answer_says_it_has_nothing_to_hear_and_names_its_missing_parts() -> None:
    """A typed answer has no audio and so no problem times; replay must not claim "No problems"
    when its Task and Result were judged missing."""
    store = SessionStore()
    writer = new_writer(store)
    parts = {label: {"present": label in "SA"} for label in "STAR"}
    writer.add_turn(
        replace(
            make_turn(1, text="we had a deadline problem and I wrote to the supplier every day"),
            analysis={"score": 40, "star": {"parts": parts, "segments": []}},
        )
    )
    writer.add_turn(make_turn(2))
    writer.finish()

    async def scenario() -> list[str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(ReplayScreen(writer.id))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the answer")
            lines = [text_of(screen, "#replay-problem"), text_of(screen, "#replay-position")]
            await pilot.press("right_square_bracket")
            lines.append(text_of(screen, "#replay-problem"))
            return lines

    first, position, second = asyncio.run(scenario())
    # Said once, on the position line, not twice (breaker7 D20: "Typed answer: nothing to
    # hear again" stood above "typed answer: no recording").
    assert first == "Missing: Task, Result"
    assert second == ""
    # No clock standing at 0:00 and no "paused" for something that cannot play.
    assert position == "typed answer: no recording"


@pytest.mark.usefixtures("no_audio_devices")
def test_skipping_the_last_question_keeps_it_as_skipped_in_summary_and_session() -> None:
    """`s` on the last question ends the session; the question is still stored (marked skipped,
    no score) and the summary shows it as skipped, left out of the average."""
    from simulator.storage.views import average_score, views
    from simulator.tui.screens.interview import InterviewScreen
    from simulator.tui.screens.summary import SummaryScreen
    from simulator.tui.widgets.persona_card import PersonaCard

    async def scenario() -> tuple[list[tuple[str, str, str]], str, str]:
        from textual.widgets import DataTable

        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            # The planned session is made by the screen's start-up worker: wait for it (at load
            # 15 it was not there yet when the screen was).
            await until(pilot, lambda: screen.session is not None, "the planned session")
            session = screen.session
            assert session is not None
            while True:
                await until(
                    pilot, lambda: screen.asked is not None and not screen.busy, "a question"
                )
                if session.remaining == 0:
                    break
                # Skipped too: no answer, so no follow-up comes between the questions.
                await pilot.press("escape", "s")
            await pilot.press("escape", "s")  # the last question, skipped unanswered
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            table = app.screen.query_one("#summary-table", DataTable)
            rows = [
                tuple(str(cell) for cell in table.get_row_at(row)[0:5:1])
                for row in range(table.row_count)
            ]
            practise = str(app.screen.query_one("#practise-next").render())
            record_id = app.screen.record.id
            await pilot.pause()
            return [(r[0], r[3], r[4]) for r in rows], record_id, practise

    rows, record_id, practise = asyncio.run(scenario())
    record = SessionStore().load(record_id)
    planned = len(rows)
    assert planned >= 2 and all(turn.skipped for turn in record.turns)
    assert [turn.number for turn in record.turns] == list(range(1, planned + 1))
    # No answer, no length: "—", not "0:00" (breaker7 D20); and it is to practise next.
    assert rows[-1] == (str(planned), "skipped", "—")
    assert f"• Answer “{record.turns[0].question_text}”: it was skipped." in practise
    assert average_score(views(record)) is None  # skipped answers are left out
