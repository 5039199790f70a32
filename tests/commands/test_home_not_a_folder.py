"""INTERVIEW_SIM_HOME set to a file said only "cannot read the recordings folder: Not a
directory": not which path, nor that it came from INTERVIEW_SIM_HOME. The real entry point on
real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main


def test_a_data_home_that_is_a_file_is_named_with_where_it_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder\n")
    a_file.chmod(0o600)
    monkeypatch.setenv("INTERVIEW_SIM_HOME", str(a_file))
    assert main(["sessions"]) == 2
    said = capsys.readouterr().err
    assert f"{a_file} is not a folder" in said and "INTERVIEW_SIM_HOME" in said
    assert a_file.stat().st_mode & 0o777 == 0o600, "the file was made 0700 as if a folder"

    home = tmp_path / "home"
    home.mkdir()
    (home / "recordings").write_text("")
    monkeypatch.setenv("INTERVIEW_SIM_HOME", str(home))
    assert main(["sessions"]) == 2
    said = capsys.readouterr().err
    assert f"{home / 'recordings'} is not a folder" in said and "move that file aside" in said
