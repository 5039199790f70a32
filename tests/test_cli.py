"""The three ways to start the program run the same `main`: the installed `interview-sim`, and
`python -m simulator` or `python -m simulator.cli` from a checkout (the last once printed nothing
and exited 0)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def entry_point() -> list[str]:
    beside = Path(sys.executable).with_name("interview-sim")
    found = str(beside) if beside.exists() else shutil.which("interview-sim")
    assert found, "the interview-sim entry point is installed"
    return [found]


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(lambda: [sys.executable, "-m", "simulator"], id="python -m simulator"),
        pytest.param(lambda: [sys.executable, "-m", "simulator.cli"], id="python -m simulator.cli"),
        pytest.param(entry_point, id="interview-sim"),
    ],
)
def test_every_way_to_start_runs_the_commands(
    argv: Callable[[], list[str]], private_home: Path
) -> None:
    usage = subprocess.run(
        [*argv(), "--help"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert usage.returncode == 0, usage.stderr
    assert usage.stdout.startswith("usage: interview-sim")
    assert "practice" in usage.stdout and "sessions" in usage.stdout
