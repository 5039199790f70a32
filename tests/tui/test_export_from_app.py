"""Reports exported from the app: m (Markdown) and w (HTML) on the summary and on the replay
screen write reports/<session>.<ext> in the data folder, private; the report names who asked
each answer and the company practised for, and ends with what to practise next."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession
from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.screens.replay import ReplayScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, type_answer, until

ANSWERS = (
    "we had a fight in the team about code review. i proposed pairing for one week. "
    "review time went from three days to one.",
    "Honestly I do not remember a specific time, I usually just try to be helpful to people.",
)


def _panel_session(tmp_path: Path) -> str:
    """A finished two-persona session with a company profile, typed answers, not spoken."""
    profile = tmp_path / "company.toml"
    profile.write_text('name = "Lumen Grid"\n[[values]]\nname = "Tell it straight"\n')
    company = load_company(profile)
    panel = [get_persona("hiring-manager"), get_persona("peer")]
    built = plan.full_mock(panel, load_banks().items, count=5, company=company, seed=7)
    interview = Interview(
        persona=panel[0], panel=panel, settings=Settings(), speak=False, company=company
    )
    session = PlannedSession(built, interview, follow_ups=False)
    for index in range(2):
        asked = session.ask_next(ignore_events)
        assert asked is not None
        interview.answer_by_text(asked, ANSWERS[index], ignore_events)
    return session.finish().id


def test_export_from_replay_names_personas_company_and_next_steps(
    tmp_path: Path, private_home: Path
) -> None:
    session_id = _panel_session(tmp_path)

    async def scenario() -> None:
        app = make_app(quiet_parts())
        async with app.run_test(size=(110, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await app.push_screen(ReplayScreen(session_id))
            await until(pilot, lambda: isinstance(app.screen, ReplayScreen), "the replay")
            await pilot.press("m")
            await app.workers.wait_for_complete()
            await pilot.press("w")
            await app.workers.wait_for_complete()
            assert app.screen.last_export is not None

    asyncio.run(scenario())
    markdown = private_home / "reports" / f"{session_id}.md"
    page = private_home / "reports" / f"{session_id}.html"
    for report in (markdown, page):
        assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = markdown.read_text()
    assert "- Company: Lumen Grid" in text
    assert "asked by Maya Okafor" in text and "asked by Sam Rivera" in text
    tail = text.split("## What to practise next", 1)[1]
    assert tail.strip().startswith("- "), "the report ends with what to practise next"
    html = page.read_text()
    assert "<dd>Lumen Grid</dd>" in html and "What to practise next" in html
    assert html.index("What to practise next") > html.rindex("</section>")


def test_export_from_the_summary_after_a_session(private_home: Path) -> None:
    async def scenario() -> str:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(110, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            app.screen.query_one("#count").value = 1  # type: ignore[attr-defined]
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await until(pilot, lambda: screen.asked is not None, "the question")
            await pilot.press("t")
            await type_answer(pilot, ANSWERS[0])
            await until(pilot, lambda: screen.last_turn is not None and not screen.busy, "feedback")
            await pilot.press("e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            await pilot.press("w")
            await app.workers.wait_for_complete()
            summary = app.screen
            assert isinstance(summary, SummaryScreen)
            return summary.record.id

    session_id = asyncio.run(scenario())
    html = (private_home / "reports" / f"{session_id}.html").read_text()
    assert "asked by Maya Okafor" in html and "What to practise next" in html
