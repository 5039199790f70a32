"""A command whose reader goes away (`interview-sim sessions | head -1`) stops quietly.

The pipe's read end is closed before the command starts, so its first write fails with EPIPE
every time: the case `head` makes only when it happens to exit before the command writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.cli import SIGPIPE_EXIT

ENTRY_POINT = "import sys; from simulator.cli import main; sys.exit(main())"
ANSWER = b"i rewrote the nightly build script myself and it went from forty to ten minutes\n"


def _run_into_closed_pipe(args: list[str], home: Path) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "cfg"))
    try:
        return subprocess.run(
            [sys.executable, "-c", ENTRY_POINT, *args],
            input=ANSWER,
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120, check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [["personas"], ["banks"], ["analyze", "--text", "-"]])
def test_a_closed_pipe_ends_the_command_without_a_traceback(
    args: list[str], tmp_path: Path
) -> None:
    completed = _run_into_closed_pipe(args, tmp_path)
    assert b"Traceback" not in completed.stderr, completed.stderr.decode()
    assert b"BrokenPipeError" not in completed.stderr
    assert completed.returncode == SIGPIPE_EXIT
