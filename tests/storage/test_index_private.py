"""A corrupt index is rebuilt user-only (0600) whatever the umask, and a file in the data folder
found readable by others (copied in by hand, an older version) is set back to 0600, as the
folders are set back to 0700."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.storage.store import SessionStore
from tests.storage.builders import finished_session


@pytest.fixture
def loose_umask() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("loose_umask")
def test_a_rebuilt_index_and_loose_files_are_user_only(private_home: Path) -> None:
    session_id = finished_session(SessionStore())
    index = private_home / "index.sqlite3"
    index.write_bytes(b"not a database, a shopping list: eggs, flour\n")
    notes = private_home / "last_used.json"
    notes.write_text('{"persona": "peer"}')
    notes.chmod(0o644)
    private_home.chmod(0o755)

    assert [s.id for s in SessionStore().list_sessions()] == [session_id]
    assert mode(index) == 0o600
    assert [mode(p) for p in private_home.glob("index.sqlite3.corrupt-*")] == [0o600]
    assert mode(notes) == 0o600 and mode(private_home) == 0o700



def _loosen(*paths: Path) -> None:
    for path in paths:
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.mark.usefixtures("loose_umask")
def test_files_inside_session_folders_found_loose_are_set_back(private_home: Path) -> None:
    """A session's session.json and answer audio, a session folder and a profile copied in by
    hand, all found readable by others (chmod'ed, restored from a backup under umask 022), are
    user-only again once the program opens its data folder (a real run of `sessions`) and after
    a repair (`rebuild_index`); a link is not followed."""
    session_id = finished_session(SessionStore(), with_audio=True)
    folder = private_home / "recordings" / session_id
    audio = next(folder.glob("*-answer.wav"))
    record = folder / "session.json"
    personas = private_home / "personas"
    personas.mkdir()
    copied = personas / "night-manager.toml"
    copied.write_text('id = "night-manager"\n')
    outside = private_home.parent / "shared-notes.txt"
    outside.write_text("not ours\n")
    outside.chmod(0o644)
    (personas / "link.txt").symlink_to(outside)
    files = (audio, record, copied)

    _loosen(*files, folder, personas)
    assert {mode(p) for p in files} == {0o644} and mode(folder) == 0o755
    listed = subprocess.run(
        [sys.executable, "-m", "simulator", "sessions"],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(private_home)},
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert session_id in listed.stdout
    assert {mode(p) for p in files} == {0o600}
    assert mode(folder) == 0o700 and mode(personas) == 0o700
    assert mode(outside) == 0o644  # what a link points at is not ours to change

    _loosen(*files, folder)
    assert SessionStore().rebuild_index() == 1
    assert {mode(p) for p in files} == {0o600} and mode(folder) == 0o700
