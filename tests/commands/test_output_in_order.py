"""What a command prints to standard output and to standard error comes out in the order it was
printed when both go to one pipe (`2>&1 | less`, a log file): standard output is block-buffered
there, and a count or warning on standard error used to land before the lines printed ahead of
it, or inside the last of them ("...teamwork2 file(s) checked")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.trust.helpers import REPO, child_env

NOTES = """\
name = "panel w/ ops director - 2nd dec"
[[asked]]
question = "why u left last job"
competencies = ["{area}"]
"""


def test_lint_problems_come_before_the_count_in_one_pipe(tmp_path: Path) -> None:
    files = []
    for number, area in enumerate(("motivaton", "leadershp")):
        notes = tmp_path / f"round1-{number}.toml"
        notes.write_text(NOTES.format(area=area), encoding="utf-8")
        files.append(str(notes))
    env = child_env(tmp_path / "home")
    env.pop("PYTHONUNBUFFERED", None)  # as a user's shell has it: standard output buffered
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "banks", "lint", *files],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        timeout=120, check=False,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 1
    assert lines[-1] == "2 file(s) checked: 2 problem(s)"
    assert [line.split(":")[0] for line in lines[:-1]] == files
    assert all("; known: " in line and "teamwork" in line for line in lines[:-1]), lines
    assert os.linesep.join(lines) + "\n" == done.stdout
