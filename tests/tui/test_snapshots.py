"""How each screen looks, as SVG snapshots (pytest-textual-snapshot).

Nothing on these screens moves by itself: the level meter and the answer timer are driven only by
recorder events (none arrive in typed mode), questions are not spoken, no model warms up, and
stored sessions carry fixed dates. Update after a deliberate change with --snapshot-update."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, TextArea
from textual.widgets._footer import FooterKey

from simulator.tui.app import InterviewApp, make_app
from simulator.tui.screens.history import CompareScreen, HistoryScreen
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.screens.replay import ReplayScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.footer import RoomFooter, shown_keys
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import (
    ANSWERED_BY_STRONG,
    FIXED_STARTS,
    STRONG_ANSWER,
    WEAK_ANSWER,
    quiet_parts,
    settled,
    stale_heights,
    type_answer,
    typed_session,
    until,
)

SnapCompare = Callable[..., bool]


def app_ready() -> InterviewApp:
    return make_app(quiet_parts(), bank_id="behavioral")


async def home_ready(pilot: Pilot[int]) -> None:
    app = pilot.app
    await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
    await until(pilot, lambda: "loading" not in app.engine_status, "the warm-up")  # type: ignore[attr-defined]
    await settled(pilot)


async def first_question_asked(pilot: Pilot[int]) -> InterviewScreen:
    """From the home screen into an interview, up to its first question."""
    await home_ready(pilot)
    await pilot.press("enter")
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    await until(pilot, lambda: screen.asked is not None, "the question")
    return screen


async def one_typed_answer(pilot: Pilot[int]) -> None:
    screen = await first_question_asked(pilot)
    await type_answer(pilot, WEAK_ANSWER)
    await settled(pilot)
    assert screen.last_turn is not None, "the feedback"


def footer_current(screen: Any) -> bool:
    """The footer shows the keys `screen` has now (Textual re-builds it after a refresh)."""
    footer = screen.query_one(RoomFooter)
    drawn = {key.description for key in footer.query(FooterKey)}
    return drawn == {description for _, _, description, _, _ in shown_keys(screen)}


def pushing(screen_factory: Callable[[], Any]) -> Callable[[Pilot[int]], Awaitable[None]]:
    async def run_before(pilot: Pilot[int]) -> None:
        await home_ready(pilot)
        await pilot.app.push_screen(screen_factory())
        await settled(pilot)  # the screen's load worker ended and its rows are in
        # What the load put in is laid out: under load the replay was once taken with its
        # transcript one line high, the height it had before the answer arrived.
        screen = pilot.app.screen
        await until(pilot, lambda: not stale_heights(screen), "the layout of what was loaded")
        # A table sizes its columns to new rows when it is next idle; under load the snapshot
        # was once taken before that (headers as wide as their titles).
        tables = pilot.app.screen.query(DataTable)
        await until(pilot, lambda: not any(t._require_update_dimensions for t in tables), "sizes")
        # The footer re-composes after the next refresh once focus lands on the new screen;
        # under load the snapshot could come first (the last screen's keys).
        await until(pilot, lambda: footer_current(pilot.app.screen), "the screen's keys")
        await pilot.wait_for_scheduled_animations()

    return run_before


def test_home_at_80_by_24(snap_compare: SnapCompare) -> None:
    assert snap_compare(app_ready(), terminal_size=(80, 24), run_before=home_ready)


def test_help_over_home(snap_compare: SnapCompare) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await home_ready(pilot)
        await pilot.press("question_mark")

    assert snap_compare(app_ready(), terminal_size=(100, 32), run_before=run_before)


@pytest.mark.usefixtures("no_audio_devices")
def test_interview_feedback_in_typed_mode(snap_compare: SnapCompare) -> None:
    assert snap_compare(app_ready(), terminal_size=(100, 40), run_before=one_typed_answer)


def test_interview_while_listening_to_a_long_answer(snap_compare: SnapCompare) -> None:
    """Mid-answer, frozen: the recorder's events as they arrive 2:11 into a 1:00-2:00 answer
    (amber), with the meter at a speaking level and the transcript so far. No recording runs,
    so nothing moves between the events and the snapshot."""
    from simulator.interview.events import LevelChanged, PartialTranscript, StateChanged

    async def run_before(pilot: Pilot[int]) -> None:
        screen = await first_question_asked(pilot)
        for event in (
            StateChanged("listening"),
            LevelChanged(level=0.62, elapsed_s=131.0),
            PartialTranscript(
                "So the release had slipped twice, and I was asked to get it out before the "
                "end of the quarter. I started by listing what was actually blocking us"
            ),
        ):
            screen.post_message(InterviewScreen.DomainEvent(event))
        await pilot.pause()

    app = make_app(quiet_parts(microphone_check=lambda: (True, "")), bank_id="behavioral")
    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


@pytest.mark.usefixtures("no_audio_devices")
def test_session_summary(snap_compare: SnapCompare) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await one_typed_answer(pilot)
        await pilot.press("escape", "e")
        await until(pilot, lambda: isinstance(pilot.app.screen, SummaryScreen), "the summary")
        await pilot.pause()

    assert snap_compare(app_ready(), terminal_size=(100, 30), run_before=run_before)


def test_replay_of_a_typed_answer(snap_compare: SnapCompare) -> None:
    session_id = typed_session([STRONG_ANSWER], FIXED_STARTS[0], question_ids=ANSWERED_BY_STRONG)
    run_before = pushing(lambda: ReplayScreen(session_id, 1))
    assert snap_compare(app_ready(), terminal_size=(100, 30), run_before=run_before)


def test_history_and_compare(snap_compare: SnapCompare) -> None:
    # The strong answer is asked questions it answers, so the screens show the strong path.
    typed_session([WEAK_ANSWER, STRONG_ANSWER], FIXED_STARTS[0], question_ids=ANSWERED_BY_STRONG)
    typed_session([STRONG_ANSWER, WEAK_ANSWER], FIXED_STARTS[1], persona_id="peer",
                  question_ids=ANSWERED_BY_STRONG)
    assert snap_compare(app_ready(), terminal_size=(100, 40), run_before=pushing(HistoryScreen))
    first = ANSWERED_BY_STRONG[0]
    run_before = pushing(lambda: CompareScreen(first))
    assert snap_compare(app_ready(), terminal_size=(100, 24), run_before=run_before)


@pytest.mark.usefixtures("no_audio_devices")
def test_feedback_reads_in_the_light_theme(snap_compare: SnapCompare) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        pilot.app.theme = "textual-light"
        await one_typed_answer(pilot)

    assert snap_compare(app_ready(), terminal_size=(100, 40), run_before=run_before)


@pytest.mark.usefixtures("no_audio_devices")
def test_typing_an_answer_at_the_minimum_size(snap_compare: SnapCompare) -> None:
    """80×24, the smallest supported: the question, the typing box with two lines in it and
    the footer's typing keys all on screen."""

    async def run_before(pilot: Pilot[int]) -> None:
        screen = await first_question_asked(pilot)
        box = screen.query_one("#typed-answer", TextArea)
        await until(pilot, lambda: box.has_focus, "the typing box")
        box.text = "First line of my answer.\nSecond line, after ctrl+j."
        # The cursor blinks on a 0.5 s wall-clock timer: under load (15 and more) the picture
        # was once taken in its dark half. A steady cursor is drawn as focus first draws it.
        box.cursor_blink = False
        await settled(pilot)
        assert box.has_focus and box._cursor_visible, "the cursor in the typing box"

    assert snap_compare(app_ready(), terminal_size=(80, 24), run_before=run_before)


def test_below_the_minimum_size(snap_compare: SnapCompare) -> None:
    assert snap_compare(app_ready(), terminal_size=(60, 16), run_before=settled)
