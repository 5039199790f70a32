"""Small terminals: below the minimum size the app says so (and what it needs) instead of laying
out a screen whose input is off the edge; at the minimum and above, the input being typed in is
in view and a panel with more below says so."""

from __future__ import annotations

import asyncio

import pytest
from textual.screen import Screen

from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import AnswerBox, InterviewScreen
from simulator.tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
from simulator.tui.widgets.more_below import MORE_ABOVE, MORE_BELOW
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import (
    STRONG_ANSWER,
    kept_notices,
    quiet_parts,
    settled,
    type_answer,
    until,
)


def test_the_minimum_size_is_the_common_terminal_default() -> None:
    assert (MIN_WIDTH, MIN_HEIGHT) == (80, 24)


@pytest.mark.usefixtures("no_audio_devices")
@pytest.mark.parametrize("small", [(60, 16), (40, 12), (79, 24), (80, 23)])
def test_below_the_minimum_the_app_says_so_and_carries_on_when_it_grows(
    small: tuple[int, int],
) -> None:
    async def scenario() -> tuple[str, str, bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=small) as pilot:
            await until(pilot, lambda: isinstance(app.screen, TooSmallScreen), "the notice")
            at_start = str(app.screen.query_one("#too-small").render())
            await pilot.resize_terminal(80, 24)
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the home screen")
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            interview = app.screen
            assert isinstance(interview, InterviewScreen)
            await until(pilot, lambda: isinstance(app.focused, AnswerBox), "the typing box")
            # Shrunk mid-interview: the notice covers it; grown again, typing goes on.
            await pilot.resize_terminal(*small)
            await until(pilot, lambda: isinstance(app.screen, TooSmallScreen), "the notice")
            mid = str(app.screen.query_one("#too-small").render())
            await pilot.resize_terminal(80, 24)
            await until(pilot, lambda: app.screen is interview, "the interview again")
            await type_answer(pilot, STRONG_ANSWER)
            await until(pilot, lambda: interview.last_turn is not None, "feedback")
            await until(pilot, lambda: not interview.busy, "the answer worker's end")
            return at_start, mid, interview.last_turn is not None

    at_start, mid, answered = asyncio.run(scenario())
    width, height = small
    needs = "interview-sim needs at least 80×24"
    assert at_start.startswith(f"The terminal is {width}×{height}; {needs}")
    assert mid == at_start
    assert answered


@pytest.mark.usefixtures("no_audio_devices")
@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_the_typing_box_is_in_view_and_a_long_panel_says_there_is_more(
    size: tuple[int, int],
) -> None:
    async def scenario() -> tuple[bool, bool, str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            box = screen.query_one(AnswerBox)
            await until(pilot, lambda: box.has_focus, "the typing box")
            await pilot.pause()
            in_view = screen.query_one("#interview-scroll").region.contains_region(box.region)
            await type_answer(pilot, STRONG_ANSWER)
            await until(pilot, lambda: screen.last_turn is not None, "feedback")
            await until(pilot, lambda: not screen.busy, "the answer worker's end")
            sign = screen.query_one("#more-below")
            await pilot.pause()
            await pilot.pause()
            first = str(sign.render()) if sign.display else ""
            for _ in range(6):
                await pilot.press("pagedown")
            await pilot.pause()
            await pilot.pause()
            last = str(sign.render()) if sign.display else ""
            return in_view, box.has_focus, first, last

    in_view, _focused, first, last = asyncio.run(scenario())
    assert in_view
    if size == (80, 24):
        assert (first, last) == (MORE_BELOW, MORE_ABOVE)
    else:
        assert (first, last) == ("", "")


@pytest.mark.usefixtures("no_audio_devices")
def test_at_80_by_24_with_no_speaker_it_is_said_once_and_the_header_keeps_one_line() -> None:
    """Real espeak, no speaker: the introduction and each question fail to play, but the
    pop-up covering the question comes once, not per line spoken; "question N of M" stays on
    the header's one line (the title gives way first)."""
    from simulator.interview.personas import get_persona
    from simulator.tui.parts import default_interview

    cut: list[str] = []

    async def scenario() -> tuple[list[str], list[str]]:
        app = make_app(quiet_parts(new_interview=default_interview), bank_id="behavioral")
        notices = kept_notices(app)
        headers: list[str] = []
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            for number in (1, 2):
                await until(pilot, lambda: screen.asked is not None, f"question {number}")
                await settled(pilot)
                headers.append(str(screen.query_one("#asker").render()))
                if number == 1:  # the longest title of all: 80 cells with the rest in full
                    screen.switch_persona(get_persona("senior-leader"))
                    await settled(pilot)
                    headers.append(str(screen.query_one("#asker").render()))
                await type_answer(pilot, STRONG_ANSWER)
                await settled(pilot)
                cut.extend(_cut_footer_keys(screen))
                await pilot.press("n")
        return headers, notices

    headers, notices = asyncio.run(scenario())
    assert sum("could not play" in n for n in notices) == 1, notices
    assert [h.split(" · ")[-1].rsplit(" ", 1)[0] for h in headers] == [
        "question 1 of",
        "question 1 of",
        "question 2 of",
    ]
    assert get_persona("senior-leader").name in headers[1]
    assert all("\n" not in h and len(h) <= 78 for h in headers), headers
    assert cut == [], f"footer keys cut by the palette key after feedback: {cut}"


def _cut_footer_keys(screen: Screen[object]) -> list[str]:
    """The footer's keys that run under the palette key docked at its right (drawn cut)."""
    from textual.widgets._footer import FooterKey

    keys = list(screen.query(FooterKey))
    palette = [k for k in keys if k.key == screen.app.COMMAND_PALETTE_BINDING]
    edge = palette[0].region.x if palette else screen.size.width
    return [k.description for k in keys if k not in palette and k.region.right > edge]


@pytest.mark.parametrize("width", [80, 100])
def test_the_replay_footer_runs_under_nothing(width: int) -> None:
    """Replay's keys fit beside the palette key (at 100 columns 'r' of a cut key was left
    after 'palette'); the keys not shown are in its help."""
    from simulator.tui.screens.replay import ReplayScreen
    from tests.tui.conftest import FIXED_STARTS, typed_session

    session_id = typed_session([STRONG_ANSWER], FIXED_STARTS[0])

    async def scenario() -> list[str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(width, 30)) as pilot:
            await settled(pilot)
            await app.push_screen(ReplayScreen(session_id, 1))
            await settled(pilot)
            return _cut_footer_keys(app.screen)

    assert asyncio.run(scenario()) == []
