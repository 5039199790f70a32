"""An interrupted answer (Ctrl-C, or leaving with a draft) was replayed and exported as "score
42/100" with no mark, while the session's figures left it out. Its heading now says so."""

from __future__ import annotations

import asyncio

from textual.widgets import Static

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.replay import ReplayScreen
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, until

CUT_SHORT = (
    "At the clinic the booking system went down on a Monday morning, I was the only one at "
    "the desk so I started writing every caller on paper and"
)


def _interrupted_session() -> str:
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"), store=store, settings=Settings(), speak=False
    )
    asked = interview.ask(get_bank("behavioral").questions[0], on_event=lambda event: None)
    interview.answer_by_text(asked, CUT_SHORT, lambda event: None, interrupted=True)
    return interview.finish().id


def test_replay_and_export_say_an_answer_was_interrupted() -> None:
    session_id = _interrupted_session()

    async def scenario() -> str:
        app = make_app(quiet_parts())
        async with app.run_test(size=(120, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await app.push_screen(ReplayScreen(session_id))
            title = app.screen.query_one("#replay-title", Static)
            await until(pilot, lambda: "question 1" in str(title.render()), "the replayed answer")
            return str(title.render())

    title = asyncio.run(scenario())
    assert "score" not in title  # cut short: not judged, so no score of 0 or 42
    assert title.endswith("· not judged · interrupted (left out of averages)")
    report = render_markdown(SessionStore().load(session_id), lambda name: None)
    (facts,) = [line for line in report.splitlines() if line.startswith("asked by")]
    assert "interrupted (left out of averages)" in facts and facts.count("interrupted") == 1
