"""Faults on real file systems: a read-only and a full recordings folder (tmpfs mounts), two
processes writing the same folder, and a writer killed with SIGKILL mid-answer."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.errors import StorageError
from simulator.storage.store import SessionStore
from tests.storage.builders import finished_session, make_turn, new_writer, session_file

REPO = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def tmpfs(mount_point: Path, size_kb: int) -> Iterator[Path]:
    """A real, small file system of our own: the only honest way to fill a disk or make it
    read-only when tests run as root (root ignores permission bits)."""
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the fast ENOSPC check in test_store still runs")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remount(mount_point: Path, option: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{option}", str(mount_point)], check=True)


def test_read_only_recordings_folder(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 2048) as disk:
        store = SessionStore(disk / "recordings")
        kept = finished_session(store, with_audio=True)
        live = new_writer(store)
        live.add_turn(make_turn(1))
        before = session_file(store, live.id).read_bytes()
        remount(disk, "ro")
        try:
            with pytest.raises(StorageError, match="read-only"):
                store.create_session(
                    mode="practice", persona_ids=["peer"], bank_id=None, engine="e", model="m"
                )
            with pytest.raises(StorageError, match="read-only"):
                live.add_turn(make_turn(2))
            assert session_file(store, live.id).read_bytes() == before
            # Reading still works, index or not.
            reader = SessionStore(disk / "recordings")
            assert {s.id for s in reader.list_sessions()} == {kept, live.id}
            assert len(reader.load(kept).turns) == 2
            assert reader.history()
        finally:
            live.release()
            remount(disk, "rw")


def test_full_disk_gives_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 512) as disk:
        store = SessionStore(disk / "recordings")
        kept = finished_session(store, with_audio=True)
        writer = new_writer(store)
        writer.add_turn(make_turn(1))
        before = session_file(store, writer.id).read_bytes()
        filler = disk / "filler"
        with open(filler, "wb", buffering=0) as out, contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 4096)
        with pytest.raises(StorageError, match="no space left"):
            writer.add_turn(make_turn(2, text="a long answer " * 400))
        with pytest.raises(StorageError, match="no space left"):
            new_writer(store)
        assert {p.name for p in store.root.iterdir() if p.is_dir()} == {kept, writer.id}
        assert session_file(store, writer.id).read_bytes() == before
        assert not list(writer.folder.glob(".*.tmp"))
        listed = {s.id: s for s in SessionStore(disk / "recordings").list_sessions()}
        assert listed[kept].status == "finished" and listed[kept].turn_count == 2
        assert listed[writer.id].turn_count == 1
        # Space comes back: the same writer carries on where it was.
        filler.unlink()
        writer.add_turn(make_turn(2))
        writer.finish()
        assert [t.number for t in store.load(writer.id).turns] == [1, 2]


WRITER_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from simulator.storage.store import SessionStore
    from tests.storage.builders import make_turn, new_writer

    store = SessionStore(Path(sys.argv[1]))
    for _ in range(int(sys.argv[2])):
        writer = new_writer(store, persona=sys.argv[3])
        for number in range(1, 5):
            writer.add_turn(make_turn(number))
            store.list_sessions()
        writer.finish()
    """
)


def test_two_processes_writing_the_same_folder(tmp_path: Path) -> None:
    root = tmp_path / "recordings"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER_SCRIPT, str(root), "8", persona],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for persona in ("peer", "senior-leader")
    ]
    for process in processes:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
    store = SessionStore(root)
    listed = store.list_sessions()
    assert len(listed) == 16
    assert {s.status for s in listed} == {"finished"}
    # Each session lists its own planned interviewer first (then the turns' askers).
    assert {s.persona_ids[0] for s in listed} == {"peer", "senior-leader"}
    assert all(len(store.load(s.id).turns) == 4 for s in listed)
    assert store.rebuild_index() == 16
    assert store.list_sessions() == listed


CRASH_SCRIPT = textwrap.dedent(
    """
    import sys, time
    import numpy as np
    from pathlib import Path
    from simulator.audio.writer import StreamingWavWriter
    from simulator.storage.store import SessionStore
    from tests.storage.builders import make_turn, new_writer

    store = SessionStore(Path(sys.argv[1]))
    writer = new_writer(store)
    writer.add_turn(make_turn(1))
    path = writer.audio_path(2, "answer")
    writer.mark_in_progress(
        2, path.name, persona_id="peer", question_id="failure",
        question_text="Tell me about a failure.", question_kind="behavioral",
    )
    print(writer.id, flush=True)
    block = (np.sin(np.arange(1600) / 5) * 8000).astype(np.int16)  # 0.1 s
    with StreamingWavWriter(path) as wav:
        while True:  # paced like a microphone, until the parent kills us
            wav.write(block)
            print(wav.samples_written, flush=True)
            time.sleep(0.1)
    """
)


def test_sigkill_mid_answer_is_recovered(tmp_path: Path) -> None:
    root = tmp_path / "recordings"
    process = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, str(root)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    session_id = process.stdout.readline().strip()
    fed = 0
    deadline = time.monotonic() + 30
    while fed < 16_000 * 1.5 and time.monotonic() < deadline:
        fed = int(process.stdout.readline())
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert fed >= 16_000 * 1.5, "the recording subprocess never got going"
    # Every block it wrote before the kill landed, not only the ones read before the kill was
    # sent: a parent slow to read on a busy machine was blocks behind a child still writing.
    for line in process.stdout.read().split():
        fed = int(line)

    store = SessionStore(root)
    [summary] = store.list_sessions()
    assert summary.status == "in_progress"
    notices = store.recover()
    assert any("recovered" in notice and "answer 2" in notice for notice in notices), notices
    record = store.load(session_id)
    assert record.status == "interrupted" and record.pending is None
    turn = record.turn(2)
    assert turn.interrupted and turn.ended_by == "crash"
    assert (turn.question_id, turn.question_text) == ("failure", "Tell me about a failure.")
    with wave.open(str(store.audio_file(session_id, turn.answer_audio or ""))) as wav:
        recovered = wav.getnframes()
    assert fed - 8_000 <= recovered <= fed + 1_600  # at most 0.5 s lost
    assert store.recover() == []  # nothing left to do


LIVE_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from simulator.storage.store import SessionStore
    from tests.storage.builders import make_turn, new_writer

    writer = new_writer(SessionStore(Path(sys.argv[1])))
    writer.add_turn(make_turn(1))  # one answer kept: a session with none is not kept
    writer.mark_in_progress(2, writer.audio_path(2, "answer").name)
    print(writer.id, flush=True)
    time.sleep(60)
    """
)


def test_recover_leaves_a_session_another_process_is_writing(tmp_path: Path) -> None:
    root = tmp_path / "recordings"
    process = subprocess.Popen(
        [sys.executable, "-c", LIVE_SCRIPT, str(root)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        session_id = process.stdout.readline().strip()
        store = SessionStore(root)
        assert store.recover() == []
        assert store.load(session_id).status == "in_progress"
    finally:
        process.kill()
        process.wait(timeout=10)
    notices = SessionStore(root).recover()
    assert any("had no audio yet" in notice for notice in notices), notices
    assert SessionStore(root).load(session_id).status == "interrupted"
