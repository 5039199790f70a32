"""What the room shows without colour, and which keys are whose, at the minimum size (80×24):
the panel picker ticks who is picked and says the asking order; while the answer box is open
its letters are text, and the footer and the state line say how to get the room's keys back."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Static, TextArea

from simulator.interview.personas import load_personas
from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen, StateLine
from simulator.tui.widgets.choice import Choice, ChoicePicker
from simulator.tui.widgets.panel_picker import PICKED_MARK, PanelList, PanelPicker
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, settled, typing_in_the_room, until
from tests.tui.test_typed import footer_labels


def test_the_panel_picker_ticks_who_is_picked_and_says_the_order() -> None:
    names = {p.id: p.name for p in load_personas().items.values()}

    async def scenario() -> tuple[list[list[str]], list[str]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        boxes: list[list[str]] = []
        orders: list[str] = []
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            app.screen.query_one("#mode", Choice).value = "panel"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, PanelPicker), "the panel picker")
            picker = app.screen
            assert isinstance(picker, PanelPicker)
            options = picker.query_one(PanelList)

            async def look() -> None:
                await pilot.pause()
                # The box of each line, as drawn: the three cells before the prompt.
                boxes.append([options.render_line(y).text[:12] for y in range(5)])
                orders.append(str(picker.query_one("#panel-order", Static).render()))

            await look()  # offered: the chosen interviewer and the next one
            await pilot.press("space")  # the first off
            await look()
            await pilot.press("down", "down", "space")  # the third on: now asks second
            await look()
            await pilot.press("escape")
        return boxes, orders

    boxes, orders = asyncio.run(scenario())
    ticked = [[PICKED_MARK in box for box in lines] for lines in boxes]
    assert ticked == [
        [True, True, False, False, False],
        [False, True, False, False, False],
        [False, True, True, False, False],
    ]
    assert "1st" in boxes[0][0] and "2nd" in boxes[0][1]
    assert "1st" in boxes[2][1] and "2nd" in boxes[2][2]
    manager, peer, recruiter = names["hiring-manager"], names["peer"], names["recruiter"]
    assert orders[0].startswith(f"Asking order: 1. {manager} → 2. {peer}")
    assert orders[1].startswith(f"Asking order: 1. {peer}")
    assert orders[2].startswith(f"Asking order: 1. {peer} → 2. {recruiter}")


@pytest.mark.usefixtures("no_audio_devices")
def test_in_the_answer_box_letters_are_text_and_escape_gives_the_room_keys_back() -> None:
    async def scenario() -> tuple[set[str], str, str, int, set[str], int]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await typing_in_the_room(pilot)
            typing_keys = footer_labels(screen)
            state = str(screen.query_one(StateLine).render())
            await pilot.press("s")  # an answer may start with "s": it is text, not a skip
            await pilot.pause()
            typed = screen.query_one("#typed-answer", TextArea).text
            index_while_typing = screen.index
            await pilot.press("escape")
            await until(pilot, lambda: "Skip" in footer_labels(screen), "the room's keys")
            room_keys = footer_labels(screen)
            await pilot.press("s")
            await until(pilot, lambda: screen.index == 1, "the next question")
            await settled(pilot)
            index_after = screen.index
        return typing_keys, state, typed, index_while_typing, room_keys, index_after

    typing_keys, state, typed, before, room_keys, after = asyncio.run(scenario())
    assert {"Send answer", "Close box: room keys"} <= typing_keys
    assert "Skip" not in typing_keys, "no room key is offered where it would type a letter"
    assert state == "typing: enter sends · escape leaves the box for the room keys (s skip, e end)"
    assert (typed, before) == ("s", 0)
    assert {"Skip", "Next", "End"} <= room_keys
    assert after == 1
    assert "escape closes the box and gives these keys back" in InterviewScreen.HELP


@pytest.mark.usefixtures("no_audio_devices")
def test_the_interviewer_chooser_says_who_is_asking_now() -> None:
    async def scenario() -> list[str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await typing_in_the_room(pilot)
            await pilot.press("escape", "p")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the chooser")
            prompts = list(app.screen.prompts)  # type: ignore[attr-defined]
            await pilot.press("escape")
            await until(pilot, lambda: app.screen is screen, "the interview again")
        return prompts

    prompts = asyncio.run(scenario())
    now = [prompt for prompt in prompts if "(asking now)" in prompt]
    assert len(now) == 1 and now[0].startswith("Maya Okafor, Hiring manager (asking now): ")
