"""After a follow-up the question's new score comes with its parts, in the room as in the
export (breaker13 B16: "question now 91/100" was shown with no "Points lost" line, so the user
could not see what still cost points)."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Static

from simulator.storage.store import SessionStore
from simulator.storage.views import views
from simulator.tui.app import make_app
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room

# A gardener at a council park: scene, duty and steps, but no word of how it ended.
NO_OUTCOME = (
    "Last spring the rose beds by the park gates kept getting trampled by people cutting "
    "across to the bus stop. As the senior gardener the beds were mine to look after. I "
    "asked the council for a low fence, I laid a gravel path along the line people walked, "
    "and I put up a small sign asking them to use it."
)
OUTCOME = (
    "By the summer nobody cut across the beds any more, and the roses flowered for the first "
    "time in three years."
)


@pytest.mark.usefixtures("no_audio_devices")
def test_the_questions_new_score_is_shown_with_its_parts() -> None:
    async def scenario() -> dict[str, str]:
        seen: dict[str, str] = {}
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(140, 50)) as pilot:
            screen = await typing_in_the_room(pilot)
            await type_answer(pilot, NO_OUTCOME)
            await settled(pilot)
            assert screen.probe is not None
            seen["first_review"] = str(screen.query_one("#review", Static).render())
            await pilot.press("escape", "f")
            await settled(pilot)
            await type_answer(pilot, OUTCOME)
            await settled(pilot)
            seen["title"] = str(screen.query_one("#feedback-title", Static).render())
            seen["review"] = str(screen.query_one("#review", Static).render())
            seen["session"] = screen.interview.session_id if screen.interview else ""
        return seen

    seen = asyncio.run(scenario())
    assert "Points lost" in seen["first_review"]
    assert "question now" in seen["title"], seen["title"]
    reply = views(SessionStore().load(seen["session"]))[-1]
    assert reply.probe is not None and reply.score is not None and reply.score < 100
    assert "Points lost: structure" in seen["review"], seen["review"]
    # The parts are the question's after the reply: "no Result" no longer among them.
    assert "no Result" not in seen["review"]
    for part, points in reply.score_parts.items():
        if part != "audience":
            assert f"{part} {points:.0f}" in seen["review"], (part, seen["review"])
