"""`latest` is the newest session that can be read: when the newest folder's session.json is cut
short, `export latest` and `replay latest` use the one before it and say which was skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore
from tests.storage.builders import make_turn, new_writer

# A bee-keeper's answer, lower case and unpunctuated, as typed on a phone.
ANSWER = "the hives swarmed in may so i split every colony myself and we lost none of them"


def test_latest_passes_over_a_damaged_newer_session(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore()
    writer = new_writer(store)
    writer.add_turn(make_turn(1, text=ANSWER))
    good = writer.finish().id
    newer = private_home / "recordings" / "20991231-235959-abcdef"
    newer.mkdir(mode=0o700)
    whole = (private_home / "recordings" / good / "session.json").read_text()
    (newer / "session.json").write_text(whole[: len(whole) // 2])

    assert main(["export", "latest", "--format", "md"]) == 0
    out, err = capsys.readouterr()
    assert f"- Session: {good}" in out and ANSWER in out
    assert f"note: skipped the newer session {newer.name} (" in err and "cut short" in err

    assert main(["replay", "latest"]) == 0
    out, err = capsys.readouterr()
    assert ANSWER in out and newer.name in err
