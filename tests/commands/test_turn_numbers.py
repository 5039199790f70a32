"""Turn numbers differed between places: the report numbered "1", "1 · follow-up", "2", "3",
but `replay --turn 3` printed the item labelled "2." (turn numbers count follow-ups) and the
TUI replay said "answer 2 of 4" for "1 · follow-up". Now `--turn` takes what the report shows
("1 · follow-up", or "1f"), an unknown one lists the valid ones in one line, and the TUI replay
titles the answer the same way. Real files, the real CLI in a subprocess, the real app."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.replay import ReplayScreen
from tests.storage.builders import make_turn, new_writer
from tests.tui.conftest import quiet_parts, until


def _session() -> str:
    writer = new_writer(SessionStore())
    writer.add_turn(replace(make_turn(1, text="first story, the late ward top-ups"),
                            question_text="Someone not pulling their weight?"))
    writer.add_turn(replace(make_turn(2, text="hardest was change the rota"), follow_up_of=1,
                            question_text="What was the hardest decision?"))
    writer.add_turn(replace(make_turn(3, text="we merged three pharmacies"), question_id="c",
                            question_text="What do you know about us?"))
    writer.add_turn(replace(make_turn(4, text="okay so the budget, in 2025 I"), question_id="b",
                            question_text="Tell me about a budget.", interrupted=True))
    writer.finish()
    return writer.id


def replay(home: Path, turn: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "replay", "latest", "--turn", turn],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(home), "ALSA_CONFIG_PATH": os.devnull},
        capture_output=True, text=True, timeout=120,
    )


def test_replay_turn_takes_the_numbers_the_report_shows(private_home: Path) -> None:
    session_id = _session()
    third = replay(private_home, "3")
    assert third.returncode == 0, third.stderr
    assert "\n3. Tell me about a budget." in third.stdout, third.stdout
    assert "about us" not in third.stdout
    for typed in ("1 · follow-up", "1f", "1 follow-up"):
        probe = replay(private_home, typed)
        assert probe.returncode == 0, probe.stderr
        assert "1 · follow-up. What was the hardest decision?" in probe.stdout, probe.stdout
    unknown = replay(private_home, "9")
    assert unknown.returncode == 2
    (line,) = unknown.stderr.strip().splitlines()
    assert "'9'" in line and "1, 1 · follow-up, 2, 3" in line, line

    async def scenario() -> str:
        app = make_app(quiet_parts())
        async with app.run_test(size=(120, 30)) as pilot:
            await app.push_screen(ReplayScreen(session_id))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the answer")
            await pilot.press("right_square_bracket")
            await until(pilot, lambda: screen.turn is not None and screen.turn.number == 2,
                        "the follow-up")
            return str(screen.query_one("#replay-title").render())

    title = asyncio.run(scenario())
    assert "question 1 · follow-up ·" in title and " of " not in title, title
