"""The program run as a user runs it: `python -m simulator ...` in a process of its own, with
its data folder at `home`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_program(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `interview-sim *args` with `stdin` typed in; its output as text (300 s at most)."""
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(home)},
        input=stdin, capture_output=True, text=True, timeout=300,
    )
