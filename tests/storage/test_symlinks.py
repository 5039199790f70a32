"""Links planted in the data folder are refused, never written through: an index that links to
another SQLite database leaves that database untouched, and the library log never writes into
the file it links to. Real files, real SQLite, the real command line."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import locations
from simulator.storage.store import SessionStore
from simulator.tui.terminal import library_messages_to
from tests.storage.builders import make_turn, new_writer
from tests.trust.helpers import REPO, child_env


def other_database(path: Path) -> str:
    """Someone else's SQLite file, with a table named like ours; returns its digest."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE sessions (id TEXT, secret TEXT)")
    connection.execute("INSERT INTO sessions VALUES ('x', 'their data')")
    connection.commit()
    connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_session() -> str:
    writer = new_writer(SessionStore())
    writer.add_turn(make_turn(1))
    return writer.finish().id


@pytest.mark.parametrize("linked", ["index.sqlite3", "index.sqlite3-wal"])
def test_a_linked_index_is_refused_and_the_other_database_untouched(
    private_home: Path, tmp_path: Path, linked: str
) -> None:
    session_id = one_session()
    target = tmp_path / "theirs.sqlite3"
    digest = other_database(target)
    index = locations.index_path()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    (private_home / linked).symlink_to(target)

    # Listing still works, read from the folders; nothing is written through the link.
    assert [s.id for s in SessionStore().list_sessions()] == [session_id]
    listed = subprocess.run(
        [sys.executable, "-m", "simulator", "sessions"],
        cwd=REPO,
        env=child_env(private_home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0 and session_id in listed.stdout, listed.stderr
    rebuilt = subprocess.run(
        [sys.executable, "-m", "simulator", "sessions", "--rebuild-index"],
        cwd=REPO,
        env=child_env(private_home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rebuilt.returncode == 2
    assert "is a symbolic link; links are not followed" in rebuilt.stderr
    assert "Traceback" not in rebuilt.stderr
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert (private_home / linked).is_symlink()


def test_a_linked_library_log_is_not_written_through(private_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    log_path = private_home / "logs" / "libraries.log"
    log_path.parent.mkdir(parents=True)
    log_path.symlink_to(target)
    with library_messages_to(log_path):
        os.write(2, b"ALSA lib: a message from a library\n")
    assert target.read_text() == "keep me\n"
    assert log_path.is_symlink()


def test_a_linked_settings_file_is_refused_with_one_line(
    private_home: Path, tmp_path: Path
) -> None:
    from simulator.config import load_settings
    from simulator.errors import DataFileError

    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text('engine = "pocketsphinx"\n')
    private_home.mkdir(parents=True, exist_ok=True)
    locations.settings_path().symlink_to(elsewhere)
    with pytest.raises(DataFileError, match="is a symbolic link; links are not followed"):
        load_settings()
