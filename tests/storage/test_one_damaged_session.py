"""One damaged session.json is that session's damage only. Hypothesis writes random damage into one
of four stored sessions (hostile JSON values at any place: a 5,000-digit integer, 100,000 nested
brackets, a lone surrogate, wrong types; cut-short files, flipped bytes, random bytes, a folder
instead of the file); every other session still lists, replays (through the real `replay`
command on the virtual speaker) and exports, and the damaged one is listed with its reason.
The named faults of the issue each have their own test too."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator import locations
from simulator.audio.clip import Clip
from simulator.cli import main
from simulator.storage.store import SessionStore
from tests.storage.builders import make_turn, new_writer
from tests.storage.test_session_files_fuzz import paths

HOSTILE_JSON = {
    "huge integer": "9" * 5000,
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "lone surrogate": '"caf\\udce9"',
    "integer past 64 bits": str(2**70),
    "float overflow": "1e999",
    "null": "null",
    "text": '"oops"',
    "list": "[1, [2]]",
    "object": '{"a": {}}',
    "negative": "-1",
    "true": "true",
}
MARK = "@@HOSTILE@@"
SESSIONS = 4
TEXTS = [
    "so the vendor was late and i phoned them every morning until the parts came",
    "i rewrote the rota myself and nobody had double shifts after that",
    "we lost the client at first but i won them back with a weekly call",
    "honestly the bug was mine, i fixed it the same night and wrote a test",
]


def store_sessions() -> list[str]:
    """Four finished sessions, each with one answer WAV and a distinct transcript."""
    ids = []
    for text in TEXTS:
        writer = new_writer(SessionStore())
        wav = writer.audio_path(1, "answer")
        tone = (np.sin(np.arange(1600) / 5.0) * 3000).astype(np.int16)
        Clip(tone).write_wav(wav)
        writer.add_turn(make_turn(1, text=text, answer_audio=wav.name))
        ids.append(writer.finish().id)
    return ids


@pytest.fixture
def four_sessions(private_home: Path, tmp_path: Path) -> tuple[list[str], Path]:
    ids = store_sessions()
    template = tmp_path / "template"
    shutil.copytree(locations.recordings_dir(), template)
    return ids, template


def restore(template: Path) -> None:
    shutil.rmtree(locations.recordings_dir())
    shutil.copytree(template, locations.recordings_dir())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{locations.index_path()}{suffix}").unlink(missing_ok=True)


def hostile_document(original: bytes, path: tuple[Any, ...], value: str) -> bytes:
    data = json.loads(original)
    if not path:
        return value.encode()
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = MARK
    return json.dumps(data, indent=2).replace(f'"{MARK}"', value).encode()


@st.composite
def damage(draw: st.DrawFn, original: bytes) -> bytes | None:
    """New contents for a session.json (None: replace the file by a folder)."""
    kind = draw(st.sampled_from(["hostile", "truncate", "flip", "random", "folder"]))
    if kind == "hostile":
        places = paths(json.loads(original))
        place = draw(st.sampled_from(places))
        return hostile_document(
            original, place, draw(st.sampled_from(sorted(HOSTILE_JSON.values())))
        )
    if kind == "truncate":
        return original[: draw(st.integers(0, len(original) - 1))]
    if kind == "flip":
        position = draw(st.integers(0, len(original) - 1))
        byte = draw(st.integers(0, 255))
        return original[:position] + bytes([byte]) + original[position + 1 :]
    if kind == "random":
        return draw(st.binary(max_size=400))
    return None


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check_the_others_work(capsys: pytest.CaptureFixture[str], ids: list[str], damaged: str) -> None:
    listed = {s.id: s for s in SessionStore().list_sessions()}
    assert set(listed) == set(ids), "every session is listed, the damaged one too"
    history = SessionStore().history()
    for number, session_id in enumerate(ids):
        if session_id == damaged:
            continue
        assert listed[session_id].status == "finished" and listed[session_id].turn_count == 1
        assert any(row.session_id == session_id for row in history)
        code, out, err = run(capsys, "export", session_id, "--format", "md")
        assert code == 0, err
        assert TEXTS[number] in out
        code, out, err = run(capsys, "replay", session_id, "--answers-only")
        assert code == 0, err
    code, out, err = run(capsys, "sessions", "--json")
    assert code == 0, err
    assert {row["id"] for row in json.loads(out)} == set(ids)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_damage_to_one_session_leaves_every_other_working(
    four_sessions: tuple[list[str], Path],
    virtual_audio: object,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
) -> None:
    ids, template = four_sessions
    restore(template)
    victim = data.draw(st.sampled_from(ids))
    session_file = locations.recordings_dir() / victim / "session.json"
    broken = data.draw(damage(session_file.read_bytes()))
    session_file.unlink()
    if broken is None:
        session_file.mkdir()
    else:
        session_file.write_bytes(broken)
    check_the_others_work(capsys, ids, victim)
    # The damaged one: a clear line (or, for harmless damage, a working session), never a crash.
    for argv in (("export", victim, "--format", "md"), ("replay", victim, "--answers-only")):
        code, _, err = run(capsys, *argv)
        assert code in (0, 2) and "Traceback" not in err
        if code == 2:
            assert err.startswith("interview-sim: error: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("fault", sorted(set(HOSTILE_JSON) - {"text"}))
def test_each_named_fault_is_listed_as_damage_with_its_reason(
    four_sessions: tuple[list[str], Path],
    virtual_audio: object,
    capsys: pytest.CaptureFixture[str],
    fault: str,
) -> None:
    ids, _ = four_sessions
    victim = ids[1]
    session_file = locations.recordings_dir() / victim / "session.json"
    # The value goes where the program reads it: the first turn's transcript text (plain text
    # there is no damage, so "text" is left out).
    place = ("turns", 0, "transcript", "text")
    session_file.write_bytes(
        hostile_document(session_file.read_bytes(), place, HOSTILE_JSON[fault])
    )
    check_the_others_work(capsys, ids, victim)
    (summary,) = [s for s in SessionStore().list_sessions() if s.id == victim]
    assert summary.status == "damaged" and summary.damage
    code, out, err = run(capsys, "sessions")
    assert code == 0 and "damaged" in out
    for argv in (
        ("export", victim, "--format", "md"),
        ("replay", victim),
        ("reanalyze", victim),
    ):
        code, _, err = run(capsys, *argv)
        assert code == 2 and err.startswith("interview-sim: error: "), (argv, err)
        assert "is damaged" in err
    code, _, err = run(capsys, "sessions", "--rebuild-index")
    assert code == 0, err
    code, _, err = run(capsys, "sessions", "--delete", victim)
    assert code == 0, err
    assert {s.id for s in SessionStore().list_sessions()} == set(ids) - {victim}
