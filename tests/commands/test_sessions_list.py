"""`interview-sim sessions` as a user runs it, in an 80-column terminal and a wide one: every
line of finished sessions fits, and each session names everyone who asked in it (a switch, a
panel), shortened with how many more when the column is narrow, never cut mid-name silently."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.builders import panel_session, switch_session


def _sessions(home: Path, columns: int, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "sessions", *args],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(home), "COLUMNS": str(columns)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [80, 200])
def test_the_list_names_everyone_who_asked(private_home: Path, columns: int) -> None:
    switched = switch_session()
    panel = panel_session()
    out = _sessions(private_home, columns)
    lines = out.splitlines()
    header = ["ID", "STARTED", "(UTC)", "INTERVIEWERS", "TURNS", "SCORE", "STATUS"]
    assert lines[0].split() == header
    rows = {line.split()[0]: line for line in lines[1:]}
    assert all(len(line) <= columns for line in lines)
    # Named as the app names them; ids stay in --json, for scripts.
    if columns == 80:
        assert "Maya Okafor +1 " in rows[switched]
        assert "Maya Okafor +2 " in rows[panel]
    else:
        assert "Maya Okafor, Priya Nair " in rows[switched]
        assert "Maya Okafor, Sam Rivera, Callum Baird " in rows[panel]
    listed = {item["id"]: item for item in json.loads(_sessions(private_home, 80, "--json"))}
    assert listed[switched]["persona_ids"] == ["hiring-manager", "recruiter"]
    assert listed[panel]["persona_ids"] == ["hiring-manager", "peer", "technical-lead"]
