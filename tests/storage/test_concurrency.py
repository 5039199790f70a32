"""Several copies of the program at once, a locked index, and kills at the worst moment, all with
real processes, real SQLite and real files: concurrent practice runs all end up in the index; an
index another process keeps locked costs one short wait per process, not one per access, and
--rebuild-index still works; a kill while a session is being created never leaves a session
listed as damaged; --answer-from stopped by Ctrl-C or a full disk keeps a private WAV and a turn."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from simulator import locations
from simulator.audio.clip import Clip
from simulator.storage.index import IndexBusyError
from simulator.storage.store import STAGING_PREFIX, SessionStore
from tests.storage.builders import make_turn, new_writer
from tests.support.signals import assert_ctrl_c_reaches_children
from tests.support.speech import flite_wav, sphinx_helper_of
from tests.trust.helpers import REPO, child_env

TYPED = b"I rebuilt the onboarding checklist and new starters were productive a week sooner.\n\n"


def practice_typed(home: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "practice", "--no-tui", "--typed", "--silent"],
        cwd=REPO,
        env=child_env(home),
        input=TYPED,
        capture_output=True,
        timeout=300,
    )


def indexed_ids() -> set[str]:
    """The rows of the index as they are, without the sync a listing would run first."""
    connection = sqlite3.connect(locations.index_path())
    try:
        return {row[0] for row in connection.execute("SELECT id FROM sessions")}
    finally:
        connection.close()


@pytest.mark.slow
def test_twenty_concurrent_practice_runs_are_all_in_the_index(private_home: Path) -> None:
    with ThreadPoolExecutor(max_workers=20) as pool:
        runs = list(pool.map(lambda _: practice_typed(private_home), range(20)))
    assert all(run.returncode == 0 for run in runs), [r.stderr[-300:] for r in runs]
    folders = {p.name for p in locations.recordings_dir().iterdir() if p.is_dir()}
    assert len(folders) == 20
    # Each run synced the index while the others were creating theirs; none was dropped.
    assert indexed_ids() == folders


class IndexLock:
    """Another process holding a write transaction on the index until told to stop."""

    def __init__(self, index: Path) -> None:
        script = (
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(index)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            'c.execute("UPDATE sessions SET mode = mode")\n'
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def test_a_locked_index_costs_one_wait_and_rebuild_still_works(private_home: Path) -> None:
    writer = new_writer(SessionStore())
    writer.add_turn(make_turn(1))
    first = writer.finish().id
    lock = IndexLock(locations.index_path())
    try:
        store = SessionStore()
        # A new session while the index is locked: saved in its folder, listed from the folders.
        writer = new_writer(store)
        writer.add_turn(make_turn(1))
        second = writer.finish().id
        assert store.index.busy, "the first write found the index locked"
        with pytest.raises(IndexBusyError):  # later accesses do not wait again
            store.index.signatures()
        with pytest.raises(IndexBusyError):  # nor do saves during a session
            store.index.put(store.load(second), "", last=False)
        assert {s.id for s in store.list_sessions()} == {first, second}
        assert [row.session_id for row in store.history()] == [first, second]

        listed = subprocess.run(
            [sys.executable, "-m", "simulator", "sessions", "--json"],
            cwd=REPO,
            env=child_env(private_home),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert listed.returncode == 0, listed.stderr
        assert {row["id"] for row in json.loads(listed.stdout)} == {first, second}

        rebuilt = subprocess.run(
            [sys.executable, "-m", "simulator", "sessions", "--rebuild-index"],
            cwd=REPO,
            env=child_env(private_home),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "locked by another process" in rebuilt.stderr
        assert indexed_ids() == {first, second}, "a fresh index, built beside the locked one"
    finally:
        lock.release()
    assert {s.id for s in SessionStore().list_sessions()} == {first, second}


def test_a_session_finished_after_the_lock_is_gone_is_indexed(private_home: Path) -> None:
    """A process that once found the index locked still writes its session's last row: twenty
    concurrent runs under load left one finished session out of the index (its first save
    met the lock, and every save after it skipped the index)."""
    new_writer(SessionStore()).finish()  # the index exists, with one session in it
    store = SessionStore()
    lock = IndexLock(locations.index_path())
    try:
        writer = new_writer(store)
        writer.add_turn(make_turn(1))
        assert store.index.busy, "the session's first save found the index locked"
    finally:
        lock.release()
    writer.add_turn(make_turn(2))  # during the session: no second wait, still not indexed
    assert writer.id not in indexed_ids()
    finished = writer.finish().id
    assert finished in indexed_ids()


CREATE_FOREVER = """
import sys
from simulator.storage.store import SessionStore
store = SessionStore()
def one():
    # Released, not finished: a session finished with no answer is removed at once.
    store.create_session(
        mode="practice", persona_ids=["peer"], bank_id=None, engine="", model=""
    ).release()
one()
print("go", flush=True)
while True:
    one()
"""


def test_a_kill_while_sessions_are_created_never_leaves_one_damaged(private_home: Path) -> None:
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, "-c", CREATE_FOREVER],
            cwd=REPO,
            env=child_env(private_home),
            stdout=subprocess.PIPE,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"go"
        # Wait on the thing itself: a few sessions made, so the kill lands mid-loop.
        root = locations.recordings_dir()
        target = len(list(root.iterdir())) + 3
        while len(list(root.iterdir())) < target:
            assert process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        summaries = SessionStore().list_sessions()
        assert all(s.status != "damaged" for s in summaries), [s.damage for s in summaries]
    SessionStore().recover()
    # A kill in the microseconds between making a hidden folder and locking it leaves an empty
    # hidden folder that recovery cannot tell from one being made: never listed, left alone.
    leftovers = [p for p in locations.recordings_dir().iterdir()]
    staged = [p for p in leftovers if p.name.startswith(STAGING_PREFIX)]
    assert all(not (p / ".writer.lock").exists() for p in staged), staged
    assert all(s.status != "damaged" for s in SessionStore().list_sessions())


def test_a_folder_an_older_version_left_without_session_json_is_cleaned_up(
    private_home: Path,
) -> None:
    writer = new_writer(SessionStore())
    writer.add_turn(make_turn(1))
    kept = writer.finish().id
    abandoned = locations.recordings_dir() / "20260101-000000-abcdef"
    abandoned.mkdir(mode=0o700)
    (abandoned / ".writer.lock").touch()
    (abandoned / ".session.json.4242-1.tmp").write_text('{"id": "2026')
    assert {s.status for s in SessionStore().list_sessions()} == {"damaged", "finished"}
    SessionStore().recover()
    assert not abandoned.exists()
    assert [s.id for s in SessionStore().list_sessions()] == [kept]


LONG_ANSWER = (
    "When I joined the clinic the appointment system double booked about one patient in ten. "
    "I mapped every step of the booking process with the reception team over two weeks, found "
    "that two calendars were being kept by hand, and moved everything into the shared system. "
    "I trained each receptionist myself and checked the bookings every evening for a month."
)
"""About 19 s of flite speech (0.6 MB): three times what a 200 KB file limit lets through, and
short enough that transcribing it whole costs pocketsphinx a few seconds, not a minute."""


def answer_from(home: Path, wav: Path, **popen: object) -> subprocess.Popen[bytes]:
    """The program on `wav`, its output a pipe, as a CI runner starts it: without the
    PYTHONUNBUFFERED a developer's environment may set."""
    env = child_env(home)
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "simulator", "practice", "--no-tui", "--silent"),
            *("--answer-from", str(wav), "--engine", "pocketsphinx"),
        ],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        **popen,  # type: ignore[arg-type]
    )


def only_turn(home: Path) -> tuple[dict[str, object], dict[str, object], Path]:
    (session_file,) = (home / "recordings").glob("*/session.json")
    stored = json.loads(session_file.read_text())
    (turn,) = stored["turns"]
    return stored, turn, session_file.parent / str(turn["answer_audio"])


@pytest.mark.slow
def test_answer_from_stopped_by_ctrl_c_keeps_a_private_wav_and_a_turn(
    private_home: Path, tmp_path: Path
) -> None:
    """The Ctrl-C, sent to the program's process group as a terminal sends it, lands while the
    program waits for the pocketsphinx helper's words: the helper is stopped first, so the
    program cannot finish the transcription between the check and the Ctrl-C, however late this
    process runs. The helper must not get it (it printed a traceback and died mid-clip).
    Without PYTHONUNBUFFERED (as a plain CI has it) the program's progress lines must still
    arrive as printed: once they waited in the block buffer until exit, so "Transcribing..."
    came with the whole answer and the Ctrl-C hit the program's exit, where Python ignores it
    (exit 0, the symptom of two loaded full runs)."""
    assert_ctrl_c_reaches_children()
    wav = flite_wav(LONG_ANSWER, tmp_path / "long.wav")
    for attempt in range(5):
        home = private_home / f"attempt-{attempt}" if attempt else private_home
        # In a session of its own, so the Ctrl-C can go to its whole process group, as a
        # terminal sends it, and not to this one.
        process = answer_from(home, wav, start_new_session=True)
        assert process.stdout is not None
        output = b""
        while b"Transcribing" not in output:  # the WAV is written; the recognizer is starting
            line = process.stdout.readline()
            assert line, output
            output += line
        helper = sphinx_helper_of(process)
        if helper is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(helper, signal.SIGSTOP)  # its words cannot reach the program now
                os.killpg(process.pid, signal.SIGINT)
                os.kill(helper, signal.SIGCONT)
        output += process.communicate(timeout=120)[0]
        stored, turn, answer = only_turn(home)
        if helper is None or not turn["interrupted"]:
            # The helper had answered before it was stopped: the Ctrl-C came too late, after the
            # answer was judged and the session saved, somewhere in the program's exit. Where
            # decides the status: 0, 130, or killed by the SIGINT itself (-2) once the last line
            # of Python has run (a loaded CI run found that last window).
            assert stored["status"] == "finished" and stored["pending"] is None, output[-600:]
            assert process.returncode in (0, 130, -signal.SIGINT), output[-1500:]
            continue
        break
    else:
        raise AssertionError(
            f"every Ctrl-C came after the transcription (or no helper ran): {output[-300:]!r}"
        )
    assert process.returncode == 130, output[-600:]
    assert b"Traceback" not in output
    assert stored["status"] == "interrupted" and stored["pending"] is None
    assert turn["interrupted"] is True and turn["ended_by"] == "interrupt"
    assert answer.stat().st_mode & 0o777 == 0o600
    assert Clip.from_wav(answer).duration_s == pytest.approx(
        Clip.from_wav(wav).duration_s, abs=0.01
    )


def limit_file_size() -> None:
    """In the child: files past 200 KB cannot grow (EFBIG, as a full disk gives ENOSPC)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))


@pytest.mark.slow
def test_answer_from_stopped_by_a_full_disk_keeps_what_fit_and_a_turn(
    private_home: Path, tmp_path: Path
) -> None:
    wav = flite_wav(LONG_ANSWER, tmp_path / "long.wav")
    assert wav.stat().st_size > 400_000
    process = answer_from(private_home, wav, preexec_fn=limit_file_size)
    output = process.communicate(timeout=300)[0]
    assert process.returncode == 0, output[-600:]
    assert b"not saved whole" in output
    stored, turn, answer = only_turn(private_home)
    assert stored["status"] == "finished"
    assert answer.stat().st_mode & 0o777 == 0o600
    kept = Clip.from_wav(answer)  # what fit, with a header that says so
    assert 3.0 < kept.duration_s < Clip.from_wav(wav).duration_s
    transcript = turn["transcript"]
    assert isinstance(transcript, dict)
    assert "clinic" in str(transcript["text"]), "transcribed from memory, whole"
    assert any("not saved whole" in n for n in transcript["notices"])
