"""Moving around the home screen as a new user does, at the smallest supported size and a large
one: up/down move between interviewers (never scroll the list away), Tab leaves the cards for the
question bank in one step, the chosen interviewer is marked and is the one every way of starting
uses, and after a session the newest row of the recent list is the one highlighted."""

from __future__ import annotations

import asyncio

import pytest
from textual.command import CommandList
from textual.pilot import Pilot

from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import CHOSEN_MARK, PersonaCard
from simulator.tui.widgets.session_list import SessionList
from tests.tui.conftest import (
    STRONG_ANSWER,
    kept_notices,
    quiet_parts,
    settled,
    typed_session,
    until,
)

SIZES = [(80, 24), (200, 50)]


async def header_ready(pilot: Pilot[int]) -> None:
    """Wait for the current screen's header to have its title: leaving before that raises
    inside Textual's Header."""
    await until(pilot, lambda: pilot.app.screen.query("HeaderTitle"), "the screen's header")
    await pilot.pause()


def marked(screen: HomeScreen) -> list[str]:
    """The persona ids whose card shows the chosen mark."""
    return [c.persona.id for c in screen.query(PersonaCard) if CHOSEN_MARK in str(c.render())]


@pytest.mark.parametrize("size", SIZES)
def test_up_and_down_move_between_interviewers_and_keep_the_chosen_one_in_view(
    size: tuple[int, int],
) -> None:
    async def scenario() -> None:
        app = make_app(quiet_parts())
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            screen = app.screen
            assert isinstance(screen, HomeScreen)
            cards = list(screen.query(PersonaCard))
            listing = screen.query_one("#persona-list")
            assert marked(screen) == [cards[0].persona.id]
            for index in [1, 2, 3, 4, 0, 4]:  # down x4, down wraps to the top, up wraps back
                await pilot.press("down" if index != 4 or app.focused is cards[3] else "up")
                await until(pilot, lambda i=index: app.focused is cards[i], f"card {index}")
                await pilot.pause()
                card = cards[index]
                assert marked(screen) == [card.persona.id]
                assert card.has_class("-chosen")
                # The chosen card is inside the visible part of the list.
                assert listing.region.contains_region(card.region), (index, card.region)

    asyncio.run(scenario())


@pytest.mark.parametrize("size", SIZES)
def test_tab_reaches_the_question_bank_in_one_step_and_shift_tab_returns(
    size: tuple[int, int],
) -> None:
    async def scenario() -> tuple[str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            screen = app.screen
            assert isinstance(screen, HomeScreen)
            await pilot.press("down")
            second = list(screen.query(PersonaCard))[1]
            await until(pilot, lambda: app.focused is second, "the second card")
            await pilot.press("tab")
            await until(pilot, lambda: app.focused is not second, "focus to leave the cards")
            assert app.focused is screen.query_one("#bank", Choice)
            await pilot.press("tab")
            assert app.focused is screen.query_one("#mode", Choice)
            await pilot.press("shift+tab", "shift+tab")
            await until(pilot, lambda: app.focused is second, "back on the chosen card")
            # Tab, then start from the question bank: the chosen interviewer asks.
            await pilot.press("tab")
            await until(pilot, lambda: isinstance(app.focused, Choice), "the bank")
            screen.action_start()
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            interview = app.screen
            assert isinstance(interview, InterviewScreen)
            await header_ready(pilot)
            return second.persona.id, interview.setup.persona.id

    chosen, started = asyncio.run(scenario())
    assert started == chosen


@pytest.mark.usefixtures("no_audio_devices")
def test_the_palette_starts_with_the_chosen_interviewer() -> None:
    """Move down to another card and back up: the palette's "Start interview" uses the one the
    focus was moved back to, not one chosen earlier."""

    async def scenario() -> tuple[str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            assert isinstance(home, HomeScreen)
            cards = list(home.query(PersonaCard))
            await pilot.press("down", "down", "up")
            await until(pilot, lambda: app.focused is cards[1], "the second card")
            await pilot.press("ctrl+p")
            await until(pilot, lambda: app.screen is not home, "the command palette")
            await pilot.press(*"Start interview")
            # The palette searches in its own worker: enter before its hits are in picks none.
            palette = app.screen
            await settled(pilot)
            hits = palette.query_one(CommandList)

            def start_highlighted() -> bool:
                index = hits.highlighted
                return index is not None and "Start interview" in str(
                    hits.get_option_at_index(index).prompt
                )

            await until(pilot, start_highlighted, "'Start interview' among the hits")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            interview = app.screen
            assert isinstance(interview, InterviewScreen)
            await header_ready(pilot)
            return cards[1].persona.id, interview.setup.persona.id

    chosen, started = asyncio.run(scenario())
    assert started == chosen


@pytest.mark.usefixtures("no_audio_devices")
def test_after_a_session_the_newest_row_is_highlighted_and_enter_replays_it() -> None:
    typed_session([STRONG_ANSWER], "2026-01-05T09:30:00.000+00:00")
    typed_session([STRONG_ANSWER], "2026-01-12T09:30:00.000+00:00")

    async def scenario() -> tuple[str, str, int]:
        from simulator.tui.screens.replay import ReplayScreen
        from simulator.tui.screens.summary import SummaryScreen

        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            home = app.screen
            assert isinstance(home, HomeScreen)
            recent = home.query_one("#recent", SessionList)
            await until(pilot, lambda: len(recent.sessions) == 2, "the stored sessions")
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            recent.focus()
            await until(pilot, lambda: recent.has_focus, "the recent list")
            await pilot.press("down")  # the user looked at the older one
            assert recent.cursor == 1
            card = home.query(PersonaCard).first()
            card.focus()
            await until(pilot, lambda: card.has_focus, "the chosen card")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            interview = app.screen
            assert isinstance(interview, InterviewScreen)
            await until(pilot, lambda: interview.asked is not None, "the question")
            interview.query_one("#typed-answer").insert(STRONG_ANSWER)  # type: ignore[attr-defined]
            await pilot.press("enter")
            await settled(pilot)  # the answer worker has ended, so "e" is taken
            assert interview.last_turn is not None, "feedback"
            new_id = interview.interview.session_id if interview.interview else ""
            await pilot.press("e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            await header_ready(pilot)
            await pilot.press("escape")
            await until(pilot, lambda: app.screen is home, "home again")
            await until(pilot, lambda: len(recent.sessions) == 3, "the new session listed")
            cursor = recent.cursor
            recent.focus()
            await until(pilot, lambda: recent.has_focus, "the recent list")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ReplayScreen), "the replay")
            await header_ready(pilot)
            return new_id, app.screen.session_id, cursor  # type: ignore[attr-defined]

    new_id, replayed, cursor = asyncio.run(scenario())
    assert cursor == 0
    assert replayed == new_id


@pytest.mark.usefixtures("no_audio_devices")
def test_a_session_ended_before_any_answer_is_not_kept_or_listed() -> None:
    from simulator.storage.store import SessionStore

    async def scenario() -> tuple[bool, list[str]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        notices = kept_notices(app)
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            interview = app.screen
            assert isinstance(interview, InterviewScreen)
            await until(pilot, lambda: interview.asked is not None, "the question")
            await until(pilot, lambda: not interview.busy, "the asking to end")
            folder = interview.interview.folder if interview.interview else None
            await pilot.press("escape", "e")
            await until(pilot, lambda: app.screen is home, "home again, with no summary")
            recent = home.query_one("#recent", SessionList)
            await until(pilot, lambda: "no sessions" in str(recent.render()), "the empty list")
            await header_ready(pilot)
        return bool(folder and folder.exists()), notices

    kept, notices = asyncio.run(scenario())
    assert not kept
    assert "No answers, so nothing was saved." in notices
    assert SessionStore().list_sessions() == []
