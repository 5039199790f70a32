"""The your-questions review in the room and in the report exported from the app: which of the
candidate's questions showed depth and, apart from them, which a quick web search (or the
company profile picked on the home screen) would have answered. Real loaders, runner, store and
export; answers typed; the questions are not spoken (quiet parts)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.interview import prep
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen, StateLine
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, type_answer, until

PROFILE = """name = "Harbour Pantry"
competitors = ["FreshCrate", "Pantrio"]
news = ["Started delivering to care homes in the north in September."]

[[values]]
name = "Feed people first"
"""
ASKED = (
    "ok thanks. so where is your head office? and what is the hardest thing the drivers team "
    "is dealing with this winter? Also, who are your main competitors?"
)


def test_the_review_tells_depth_and_searchable_questions_apart_in_room_and_report(
    private_home: Path,
) -> None:
    profile = prep.folder(prep.COMPANIES) / "harbour-pantry.toml"
    profile.parent.mkdir(mode=0o700, parents=True)
    profile.write_text(PROFILE)

    async def scenario() -> tuple[str, str]:
        app = make_app(quiet_parts(microphone_check=lambda: (False, "typed for this test")))
        async with app.run_test(size=(110, 48)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            home = app.screen
            await until(
                pilot, lambda: len(home.query_one("#company", Choice).options) > 1, "profiles"
            )
            home.query_one("#company", Choice).value = str(profile)
            home.query_one("#mode", Choice).value = "your-questions"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the room")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await until(pilot, lambda: screen.asked is not None, "the invitation")
            await type_answer(pilot, ASKED)
            await until(
                pilot,
                lambda: not screen.busy and screen.query_one(StateLine).state == "feedback",
                "the review and the replies",
            )
            review = str(screen.query_one("#review").render())
            # Asking is not answering: no length target on the clock, in the timing or the tips.
            held = " ".join(
                str(screen.query_one(part).render()) for part in ("#timer", "#timing", "#tips")
            )
            assert "target" not in held and "Too short" not in held, held
            await pilot.press("e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            summary = app.screen
            assert isinstance(summary, SummaryScreen)
            await pilot.press("m")
            await app.workers.wait_for_complete()
            return review, summary.record.id

    review, session_id = asyncio.run(scenario())
    review = review.replace("\n", " ")
    depth = review.split("Shows depth:", 1)[1].split("A quick web search would answer:", 1)
    assert "hardest thing the drivers team" in depth[0]
    assert "head office" not in depth[0] and "competitors" not in depth[0]
    assert "where is your head office?” (where its offices are)" in depth[1]
    assert "who are your main competitors?” (its competitors" in depth[1]

    (turn,) = SessionStore().load(session_id).turns
    found = turn.analysis["candidate_questions"]
    assert [bool(q["searchable"]) for q in found["questions"]] == [True, False, True]
    report = (private_home / "reports" / f"{session_id}.md").read_text()
    section = report.split("Your questions for them:", 1)[1].splitlines()
    depth_line = next(line for line in section if line.startswith("- Shows depth: "))
    search_line = next(line for line in section if line.startswith("- A quick web search "))
    assert "hardest thing the drivers team" in depth_line and "office" not in depth_line
    assert "head office?” (where its offices are)" in search_line
    assert "main competitors?” (its competitors" in search_line
