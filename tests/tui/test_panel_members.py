"""Choosing who sits on a panel: in the Panel mode the home screen lists every interviewer with
what they listen for; the user takes the offered one off and puts two others on, a panel of one
is refused, and the session runs with exactly the three picked, in the order picked: each
introduces themselves aloud, they ask in turn, and the room names who is asking. Real espeak-ng
into the virtual speaker, real runner and store; answers typed."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.config import Settings
from simulator.interview import prep
from simulator.interview.personas import load_personas
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.panel_picker import PanelList, PanelPicker
from simulator.tui.widgets.persona_card import PersonaCard
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import type_answer, until

ANSWERS = (
    "we was three people on night shift, i made new rota so everyone gets one weekend, "
    "complaints stop after two weeks.",
    "In my last role the supplier portal kept timing out. I owned the fix: I measured every "
    "call, cached the slow one and we went from forty errors a day to none.",
    "Short version: a customer was angry about a late refund, I called her back myself the "
    "same day, sorted it, and she renewed in the spring.",
)
PICKED = ("peer", "senior-leader", "technical-lead")


def test_the_panel_runs_with_exactly_the_interviewers_picked(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    names = {p.id: p.name for p in load_personas().items.values()}
    parts = AppParts(
        load_recognizer=None,
        load_settings=Settings,
        microphone_check=lambda: (False, "typed answers for this test"),
    )

    async def scenario() -> tuple[list[str], str, list[str], int, str]:
        app = make_app(parts, bank_id="behavioral")
        async with app.run_test(size=(120, 44)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            app.screen.query_one("#mode", Choice).value = "panel"
            app.screen.query_one("#count", Choice).value = 5
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, PanelPicker), "the panel picker")
            picker = app.screen
            assert isinstance(picker, PanelPicker)
            options = picker.query_one(PanelList)
            prompts = [str(options.get_option_at_index(i).prompt) for i in range(5)]
            # Offered first: the chosen interviewer and the next one, already on the panel.
            assert picker.picked == ("hiring-manager", "peer")
            # Off with the first; a panel of one is refused and says why.
            await pilot.press("space", "enter")
            await until(
                pilot,
                lambda: "1 picked" in str(picker.query_one("#panel-problem").render()),
                "the refusal",
            )
            assert app.screen is picker
            # On with the senior leader and the technical lead (below the recruiter).
            await pilot.press("down", "down", "down", "space", "down", "space")
            await until(pilot, lambda: picker.picked == PICKED, "three picked")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the room")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            askers: list[str] = []
            for number in range(1, 4):
                await until(
                    pilot,
                    lambda n=number: screen.asked is not None and screen.index == n - 1,
                    f"question {number}",
                )
                if number == 1:
                    introductions = len(virtual_audio.speaker_files()) - 1
                askers.append(str(screen.query_one("#asker").render()))
                await type_answer(pilot, ANSWERS[number - 1])
                await until(
                    pilot,
                    lambda n=number: len(screen.interview.turns) == n and not screen.busy,  # type: ignore[union-attr]
                    "the answer's feedback",
                )
                if number < 3:
                    await pilot.press("n")
            said = str(screen.query_one("#live-transcript").render())
            session_id = screen.interview.session_id  # type: ignore[union-attr]
            await pilot.press("e")
            await app.workers.wait_for_complete()
        return prompts, said, askers, introductions, session_id

    prompts, _said, askers, introductions, session_id = asyncio.run(scenario())
    personas = load_personas().items
    for persona in personas.values():  # everyone offered, with what they listen for
        assert any(persona.name in p and persona.listens_for in p for p in prompts)
    record = SessionStore().load(session_id)
    assert record.persona_ids == PICKED
    assert tuple(turn.persona_id for turn in record.turns) == PICKED
    assert introductions == 3, "each of the three introduced themselves aloud"
    for asker, persona_id in zip(askers, PICKED, strict=True):
        assert names[persona_id] in asker
    # Kept for next time (breaker15 B23: the panel came back as the first two interviewers).
    assert prep.last_used()["panel"] == ",".join(PICKED)


def test_the_panel_picked_last_time_is_offered_again(private_home: Path) -> None:
    prep.remember(None, None, bank="behavioral", mode="panel", count=5,
                  panel=("technical-lead", "peer", "gone-persona"))
    # A one-to-one session after it keeps the panel for the next panel session.
    prep.remember(None, None, bank="behavioral", mode="full", count=5)
    prep.remember(None, None, bank="behavioral", mode="panel", count=5)
    parts = AppParts(
        load_recognizer=None,
        load_settings=Settings,
        microphone_check=lambda: (False, "typed answers for this test"),
    )

    async def scenario() -> tuple[str, ...]:
        app = make_app(parts)
        async with app.run_test(size=(120, 44)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            assert app.screen.query_one("#mode", Choice).value == "panel"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, PanelPicker), "the panel picker")
            picker = app.screen
            assert isinstance(picker, PanelPicker)
            return picker.picked

    # An interviewer no longer installed is left out; the others keep their order.
    assert asyncio.run(scenario()) == ("technical-lead", "peer")
