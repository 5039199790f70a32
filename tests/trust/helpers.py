"""Shared by the trust tests: run interview-sim as a user would (a child process with its own data
home), optionally under the network guard, and look at what it left on disk."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

ANSWER = (
    "In my last job the release process took two days. I wrote a script that automated the "
    "deployment, and the release time dropped to one hour."
)

SHORT_ANSWER = "Script automated deployment, release now one hour."
"""Terse notes read aloud (3.6 s of flite): for tests that need an answer both recognizers hear
("deployment"), not a long one. Transcribing ANSWER (8.5 s) costs pocketsphinx 1.6 s of CPU and
this 0.5 s, in every child that hears it."""


def child_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "INTERVIEW_SIM_HOME": str(home), **(extra or {})}
    # Proves the default configuration needs no opt-out: nothing tells huggingface_hub to stay
    # offline, and no proxy variable could make a connection look local.
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        env.pop(name, None)
    return env


def run_cli(
    home: Path,
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """`interview-sim ARGS` in a child process with `home` as its data home."""
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        cwd=REPO,
        env=child_env(home, env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def cli_here(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`interview-sim ARGV` in this process (the test's private home): the same entry point,
    without the second of start-up a child process costs. Returns (exit code, stdout, stderr)."""
    from simulator.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_guarded(
    home: Path,
    log: Path,
    mode: str,
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Like run_cli, under the audit hook of tests/trust/guarded_run.py (mode "cli" or "tui")."""
    return subprocess.run(
        [sys.executable, "-m", "tests.trust.guarded_run", str(log), mode, *args],
        cwd=REPO,
        env=child_env(home, env),
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def network_attempts(log: Path) -> list[str]:
    assert log.exists(), "the guarded child never installed its audit hook"
    return [line for line in log.read_text().splitlines() if line]


def modes_not_private(home: Path) -> list[str]:
    """Every file under `home` not 0600 and every folder not 0700 (the home itself included)."""
    wrong: list[str] = []
    for path in [home, *sorted(home.rglob("*"))]:
        info = path.lstat()
        mode = stat.S_IMODE(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            expected = 0o700
        elif stat.S_ISLNK(info.st_mode):
            continue
        else:
            expected = 0o600
        if mode != expected:
            wrong.append(f"{oct(mode)} {path.relative_to(home.parent)}")
    return wrong


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every regular file under `root` with its bytes: to prove a command changed nothing there."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }
