"""Cold start of the interview room: from spawning a fresh Python process to an interactive home.

Each run spawns a new interpreter (so nothing is cached in-process) that does what
`interview-sim` with no arguments does (simulator.cli.main with no arguments, which opens the
room) and runs the app headless. The child reports two moments, measured from the
parent's spawn time (passed in the environment):

  first paint   the home screen is mounted and has been drawn once;
  interactive   the interviewers are listed and one has keyboard focus (their data files are
                loaded in a worker after the first paint).

Wall time depends on how busy the machine is, so the child also reports the CPU time its
process had used by then (time.process_time, interpreter start-up included): on a shared,
loaded machine that is the figure that says what an idle one would show. The child exits at
once after that; the speech model warm-up it started is not waited for (it
runs in the background by design). Prints the median and worst over the runs.

The data home starts as a returning user's: `--sessions` finished sessions (typed answers,
stored by the real runner), so the recent-sessions list has rows to show. `--sessions 0` is a
first start.

The machine this was written on drifts by ±15 % in speed from minute to minute; to compare two
versions of the code, alternate them run by run rather than measuring one after the other.

    .venv/bin/python bench/tui_cold_start.py --runs 21
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import asyncio, json, os, sys, time

spawned = float(os.environ["BENCH_SPAWNED_AT"])
from simulator import cli
from simulator.tui import app as room
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.persona_card import PersonaCard

moments = {}


def run_headless(persona_id=None, bank_id=None):
    app = room.make_app(persona_id=persona_id, bank_id=bank_id)

    async def auto_pilot(pilot):
        while not isinstance(app.screen, HomeScreen):
            await asyncio.sleep(0.002)
        await pilot.pause()  # the pending refresh: the home screen is on the terminal
        moments["first_paint_s"] = time.time() - spawned
        moments["first_paint_cpu_s"] = time.process_time()
        while not (app.screen.query(PersonaCard) and isinstance(app.focused, PersonaCard)):
            await asyncio.sleep(0.002)
        moments["interactive_s"] = time.time() - spawned
        moments["interactive_cpu_s"] = time.process_time()
        app.exit()

    app.run(headless=True, size=(100, 30), auto_pilot=auto_pilot)
    return 0


room.run_app = run_headless  # what `interview-sim` runs, headless
cli.main([])
print(json.dumps(moments))
os._exit(0)  # do not wait for the background model warm-up
"""


SEED = r"""
import sys
from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore

ANSWER = (
    "Last spring our release build took forty minutes, and I was asked to bring it down before "
    "the holiday freeze. I profiled each stage, cached the dependency step and split the tests "
    "across four runners. The build now takes eleven minutes, and the team ships twice a week."
)
bank = get_bank("behavioral")
store = SessionStore()
for number in range(int(sys.argv[1])):
    interview = Interview(
        persona=get_persona("hiring-manager"), bank_id=bank.id, store=store,
        settings=Settings(), speak=False,
    )
    asked = interview.ask(bank.questions[number % len(bank.questions)], on_event=ignore_events)
    interview.answer_by_text(asked, ANSWER, ignore_events)
    interview.finish()
"""


def seed_sessions(root: Path, home: Path, count: int) -> None:
    env = dict(os.environ, INTERVIEW_SIM_HOME=str(home), PYTHONPATH=str(root))
    subprocess.run([sys.executable, "-c", SEED, str(count)], env=env, cwd=root, check=True)


def run_once(root: Path, home: Path) -> dict[str, float]:
    env = dict(os.environ, INTERVIEW_SIM_HOME=str(home), BENCH_SPAWNED_AT=repr(time.time()))
    env["PYTHONPATH"] = str(root)
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, cwd=root, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--sessions", type=int, default=8, help="finished sessions in the data home (default 8)"
    )
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        seed_sessions(root, Path(tmp), args.sessions)
        run_once(root, Path(tmp))  # warm the OS file cache, as a user's second start would be
        results = [run_once(root, Path(tmp)) for _ in range(args.runs)]
    for key in ("first_paint_s", "interactive_s", "first_paint_cpu_s", "interactive_cpu_s"):
        values = [r[key] for r in results]
        print(
            f"{key:<18} median {statistics.median(values):.3f} s  "
            f"worst {max(values):.3f} s  ({args.runs} runs)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
