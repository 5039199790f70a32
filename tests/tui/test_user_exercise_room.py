"""The room asks a user's own exercise bank: bank "Ovenfield case exercise" + mode Presentation
brings that bank's talk with its own 0:45 preparation, not a built-in talk with its time. Real
files in the user's data folder, real espeak-ng into the virtual speaker, real store."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from tests.interview.test_user_exercise_bank import OWN_BANK
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import type_answer, until
from tests.tui.test_session_plan import _start, typed_parts

# Said fast by a shift planner, in one breath, as a talk.
TALK = (
    "so three things first where the hour goes its the loading bay at five second two fixes "
    "load the night before or split the route and finally how we know, vans at the door by "
    "seven, to sum up load the night before it costs least"
)


def test_presentation_on_the_users_exercise_bank_asks_its_own_talk(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    folder = private_home / "question_banks"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ovens-exercise.toml").write_text(OWN_BANK, encoding="utf-8")

    async def scenario() -> tuple[str, str, str]:
        app = make_app(typed_parts(), bank_id="ovens-exercise")
        async with app.run_test(size=(110, 48)) as pilot:
            screen = await _start(pilot, app, "presentation")
            await until(pilot, lambda: screen.asked is not None, "the brief")
            preparation = str(screen.query_one("#mode-line").render())
            brief = str(screen.query_one("#question").render()).replace("\n", " ")
            await pilot.press("t")
            await type_answer(pilot, TALK)
            await until(
                pilot,
                lambda: len(screen.interview.turns) == 1 and not screen.busy,  # type: ignore[union-attr]
                "the talk's feedback",
            )
            return preparation, brief, screen.interview.session_id  # type: ignore[union-attr]

    preparation, brief, session_id = asyncio.run(scenario())
    (turn,) = SessionStore().load(session_id).turns
    assert turn.question_id.startswith("ovens-exercise/")
    # The bank's own preparation time and slot (a built-in talk prepares 2:00 to 5:00).
    prepare_s, slot = {"late-vans": (45, "4:00"), "crumb-waste": (30, "3:00")}[
        turn.question_id.split("/")[1]
    ]
    left = re.search(r"Preparation: 0:(\d\d) left", preparation)
    assert left and prepare_s - 5 <= int(left.group(1)) <= prepare_s, preparation
    assert f"{slot} slot" in preparation
    assert turn.question_kind == "presentation"
    assert turn.question_text.split()[0] in brief
