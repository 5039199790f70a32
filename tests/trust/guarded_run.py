"""Runs the app in a child process under a Python audit hook that refuses every network attempt
and writes each one to a log file, so the privacy tests can prove that a full session never
reaches for the network. It runs as its own process (`python -m tests.trust.guarded_run`)
because an audit hook can never be removed once added: inside pytest it would watch every other
test too.

    python -m tests.trust.guarded_run LOG cli ARGS...   interview-sim ARGS (simulator.cli.main)
    python -m tests.trust.guarded_run LOG tui           a TUI session driven by Pilot: one
                                                        voice answer through the microphone

The log gets one line per attempt (`event<TAB>arguments`); the parent asserts it stays empty.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.sendto",
        "socket.sendmsg",
    }
)
"""Every audit event Python raises on the way to another host: name lookups, connects and
connectionless sends. (Native libraries bypass Python sockets; none of ours talk to a network.)"""


class NetworkRefused(ConnectionRefusedError):
    """Raised inside the hook so the attempt fails as a refused connection would."""


def install(log_path: Path) -> None:
    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event not in NETWORK_EVENTS:
            return
        with log_path.open("a", encoding="utf-8") as log:
            log.write(f"{event}\t{args!r:.300}\n")
        raise NetworkRefused(f"network use refused by the privacy test: {event}")

    log_path.write_text("")
    sys.addaudithook(hook)


async def drive_tui_session(timeout_s: float = 240.0) -> str:
    """Home screen -> start -> question spoken -> space: one answer from the microphone ->
    feedback -> end -> summary. Returns the stored session id."""
    from textual.pilot import Pilot

    from simulator.tui.app import make_app
    from simulator.tui.screens.home import HomeScreen
    from simulator.tui.screens.interview import InterviewScreen
    from simulator.tui.screens.summary import SummaryScreen

    app = make_app()
    deadline = time.monotonic() + timeout_s

    async def until(pilot: Pilot[int], what: str, condition: Any) -> None:
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"TUI session: waited too long for {what}")
            await pilot.pause(0.1)

    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, "the engine to load", lambda: "loading" not in app.engine_status)
        home = app.screen
        assert isinstance(home, HomeScreen)
        await until(pilot, "the interviewers", lambda: bool(home.personas))
        await pilot.press("enter")
        await until(pilot, "the interview screen", lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await until(pilot, "the question", lambda: screen.asked is not None)
        await pilot.press("space")
        # The feedback shows before the answer worker ends; "e" is refused until it has.
        await app.workers.wait_for_complete()
        await until(pilot, "feedback", lambda: screen.last_turn is not None and not screen.busy)
        session_id = screen.interview.session_id if screen.interview else ""
        await pilot.press("e")
        await until(pilot, "the summary", lambda: isinstance(app.screen, SummaryScreen))
        await pilot.press("ctrl+q")
    return session_id


def main(argv: list[str]) -> int:
    log_path, mode, *rest = argv
    install(Path(log_path))
    if mode == "cli":
        from simulator.cli import main as cli_main

        return cli_main(rest)
    if mode == "tui":
        print(asyncio.run(drive_tui_session()))
        return 0
    raise SystemExit(f"unknown mode {mode!r}: cli or tui")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
