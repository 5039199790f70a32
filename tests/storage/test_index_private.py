"""A corrupt index is rebuilt user-only (0600) whatever the umask, and a file in the data folder
found readable by others (copied in by hand, an older version) is set back to 0600, as the
folders are set back to 0700."""

from __future__ import annotations

import os
import stat
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
