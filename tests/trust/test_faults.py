"""Faults met by the whole app, run as a user runs it (child processes, real devices, real files).

The parts' own tests already cover their layer: tests/storage/test_faults.py (read-only and full
tmpfs under the store, two writer processes, SIGKILL of a writer), tests/audio/test_realtime.py
(SIGKILL of the recorder), tests/audio/test_recorder.py (a lost device, stand-in) and
tests/audio/test_playback.py (no speaker). Here the same faults hit `interview-sim` itself:
each ends with one clear line or a note, and nothing already recorded is lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import Clip
from simulator.storage.store import SessionStore
from tests.storage.test_faults import remount, tmpfs
from tests.support.pulse import PrivatePulse
from tests.support.recording import wait_for_answer
from tests.support.speech import flite_clip, flite_wav
from tests.support.virtual_audio import SYSTEM_ALSA_CONF, VirtualAudio
from tests.trust.helpers import REPO, SHORT_ANSWER, child_env, cli_here, run_cli

pytestmark = pytest.mark.slow

LONG_ANSWER = (
    "In my last role our deploys took an hour and often failed on Fridays. I wrote down every "
    "step, found that the database migration was the slow part, and split it from the release. "
    "I got the team to agree to try it for a month, and we cut deploys to ten minutes, which "
    "freed almost a day a week for the whole team."
)


@pytest.fixture(scope="module")
def long_answer_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return flite_wav(LONG_ANSWER, tmp_path_factory.mktemp("faults") / "long.wav")


def start_practice(home: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """`practice --no-tui` with its progress lines unbuffered, so the test sees "Listening"."""
    return subprocess.Popen(
        [sys.executable, "-m", "simulator", "practice", "--no-tui", "--silent", *args],
        cwd=REPO,
        env=child_env(home, {**env, "PYTHONUNBUFFERED": "1"}),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen[str], start: str, timeout_s: float = 60) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout_s
    seen: list[str] = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line)
        if line.startswith(start):
            return
    process.kill()
    _, errors = process.communicate(timeout=10)
    pytest.fail(f"never saw {start!r}; stdout: {''.join(seen)} stderr: {errors[-2000:]}")


def speech_span_s(samples: np.ndarray) -> float:
    """Seconds from the first to the last clearly audible sample."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > 300)
    return 0.0 if len(loud) == 0 else (loud[-1] - loud[0]) / 16_000


def only_session(home: Path) -> str:
    [session_id] = [p.name for p in (home / "recordings").iterdir() if p.is_dir()]
    return session_id


# -- SIGKILL mid-answer ----------------------------------------------------------------------


def test_sigkill_of_the_app_mid_answer_keeps_what_was_said(
    realtime_audio: PrivatePulse, long_answer_wav: Path, private_home: Path
) -> None:
    app = start_practice(private_home, realtime_audio.env(), "--engine", "pocketsphinx")
    try:
        wait_for_line(app, "Listening")  # printed on the first block: the stream is open
        feeder = realtime_audio.feed_mic(long_answer_wav)
        # Killed once four seconds of the answer are in its file, however late it started.
        _, on_disk = wait_for_answer(private_home / "recordings", "*/turn-01-answer.wav", 4.0, app)
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    feeder.terminate()
    feeder.wait(timeout=5)
    assert app.returncode == -signal.SIGKILL

    # The next command recovers the session: the answer up to the kill is kept and usable.
    listed = run_cli(private_home, "sessions", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "recovered" in listed.stderr
    session_id = only_session(private_home)
    record = SessionStore().load(session_id)
    assert record.status == "interrupted"
    [turn] = record.turns
    assert turn.interrupted and turn.answer_audio
    kept = Clip.from_wav(private_home / "recordings" / session_id / turn.answer_audio)
    assert np.array_equal(kept.samples[: len(on_disk)], on_disk), "the recovery changed the audio"
    assert speech_span_s(kept.samples) >= 3.0, "more than a second of what was said was lost"

    reanalysed = run_cli(private_home, "reanalyze", session_id)
    assert reanalysed.returncode == 0, reanalysed.stderr
    [turn] = SessionStore().load(session_id).turns
    assert len(str(turn.transcript["text"]).split()) >= 4


# -- the microphone disappears ---------------------------------------------------------------


@pytest.fixture
def own_pulse(tmp_path: Path) -> Iterator[PrivatePulse]:
    """A private server of this test's own: the test kills it, so it cannot be the shared one."""
    pulse = PrivatePulse(tmp_path / "pulse")
    pulse.start()
    yield pulse
    pulse.stop()


def test_the_microphone_vanishing_mid_answer_keeps_the_answer(
    own_pulse: PrivatePulse, long_answer_wav: Path, private_home: Path
) -> None:
    app = start_practice(private_home, own_pulse.env(), "--engine", "pocketsphinx", "--json")
    try:
        assert app.stderr is not None
        # With --json the progress goes to stderr; read it there.
        deadline = time.monotonic() + 60
        while not app.stderr.readline().startswith("Listening"):
            assert time.monotonic() < deadline and app.poll() is None, "never started listening"
        own_pulse.feed_mic(long_answer_wav)
        wait_for_answer(private_home / "recordings", "*/turn-01-answer.wav", 3.0, app)
        own_pulse.crash()
        out, errors = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, errors
    assert "Traceback" not in errors
    assert "microphone stopped" in errors and "kept" in errors
    turn = json.loads(out)
    assert turn["ended_by"] == "device_lost"
    kept = Clip.from_wav(Path(turn["folder"]) / turn["answer_audio"])
    assert speech_span_s(kept.samples) >= 2.0
    assert turn["transcript"]["text"].strip()


# -- the speaker fails -----------------------------------------------------------------------


def test_a_speaker_failing_mid_question_does_not_end_practice(
    tmp_path: Path, private_home: Path, virtual_audio: VirtualAudio
) -> None:
    answer = flite_clip(SHORT_ANSWER, tmp_path)
    virtual_audio.feed_mic(answer)
    # The virtual speaker now writes into a folder that does not exist: the stream opens, then
    # fails on its first write, as an unplugged headset does.
    config = virtual_audio.config.read_text().replace(
        str(virtual_audio.speaker_dir), str(tmp_path / "unplugged")
    )
    broken = tmp_path / "broken-speaker.conf"
    broken.write_text(config)
    result = run_cli(
        private_home,
        "practice",
        "--no-tui",
        "--engine",
        "pocketsphinx",
        "--json",
        env={"ALSA_CONFIG_PATH": f"{SYSTEM_ALSA_CONF}:{broken}"},
    )
    assert result.returncode == 0, result.stderr
    assert "note: could not play the question" in result.stderr
    turn = json.loads(result.stdout)
    recorded = Clip.from_wav(Path(turn["folder"]) / turn["answer_audio"])
    assert np.array_equal(recorded.samples[: len(answer.samples)], answer.samples)


# -- the disk ------------------------------------------------------------------------------


def test_a_read_only_data_home_is_one_line_and_keeps_old_sessions(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 4096) as disk:
        home = disk / "home"
        typed = run_cli(home, "practice", "--no-tui", "--silent", "--typed", stdin="I did.\n\n")
        assert typed.returncode == 0, typed.stderr
        remount(disk, "ro")
        try:
            result = run_cli(
                home, "practice", "--no-tui", "--silent", "--typed", stdin="Again.\n\n"
            )
            assert result.returncode == 2
            assert "read-only" in result.stderr
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
            listed = run_cli(home, "sessions", "--json")
            assert listed.returncode == 0, listed.stderr
            assert len(json.loads(listed.stdout)) == 1
        finally:
            remount(disk, "rw")


def test_a_disk_filling_mid_answer_is_one_line_and_keeps_the_audio(tmp_path: Path) -> None:
    """A full disk while an --answer-from file is saved: the command stops with one line, the
    earlier session is untouched and the cut one is closed by the next run."""
    with tmpfs(tmp_path / "disk", 1024) as disk:
        home = disk / "home"
        first = run_cli(home, "practice", "--no-tui", "--silent", "--typed", stdin="I did.\n\n")
        assert first.returncode == 0, first.stderr
        filler = disk / "filler"
        with open(filler, "wb", buffering=0) as out:
            while os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize > 200_000:
                out.write(b"\0" * 4096)
        # ~0.5 MB at 16 kHz int16, over twice what is left: it cannot fit. All of it is
        # transcribed (from memory) before it is saved: a short answer then a long pause keeps
        # the size at a quarter of the recognizer's work on 17 s of speech.
        spoken = flite_clip(SHORT_ANSWER, tmp_path)
        pause = np.zeros(13 * 16_000, np.int16)
        answer = Clip(np.concatenate([spoken.samples, pause])).write_wav(tmp_path / "paused.wav")
        assert answer.stat().st_size > 2 * 200_000
        result = run_cli(
            home,
            "practice",
            "--no-tui",
            "--silent",
            "--engine",
            "pocketsphinx",
            "--answer-from",
            str(answer),
        )
        assert result.returncode == 2, result.stdout
        assert "no space left" in result.stderr and "Traceback" not in result.stderr
        filler.unlink()
        listed = run_cli(home, "sessions", "--json")
        assert listed.returncode == 0, listed.stderr
        sessions = json.loads(listed.stdout)
        assert len(sessions) == 2
        assert {s["status"] for s in sessions} <= {"finished", "interrupted"}


def test_a_disk_filling_while_the_microphone_records_keeps_what_fit(
    tmp_path: Path, long_answer_wav: Path, virtual_audio: VirtualAudio
) -> None:
    """The disk fills while a spoken answer streams to it: one line, and the next run recovers
    the answer up to the point the disk was full, sample for sample."""
    long = Clip.from_wav(long_answer_wav)
    fed = Clip(np.tile(long.samples, 3))  # ~1.4 MB of audio; about 200 kB will fit
    virtual_audio.feed_mic(fed)
    with tmpfs(tmp_path / "disk", 1024) as disk:
        home = disk / "home"
        first = run_cli(home, "practice", "--no-tui", "--silent", "--typed", stdin="I did.\n\n")
        assert first.returncode == 0, first.stderr
        filler = disk / "filler"
        with open(filler, "wb", buffering=0) as out:
            while os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize > 200_000:
                out.write(b"\0" * 4096)
        result = run_cli(
            home,
            "practice",
            "--no-tui",
            "--silent",
            "--engine",
            "pocketsphinx",
            "--silence",
            "5",
            env=virtual_audio.env(),
        )
        assert result.returncode == 2, result.stdout
        assert "no space left" in result.stderr.lower() and "saved" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        filler.unlink()
        listed = run_cli(home, "sessions", "--json")
        assert listed.returncode == 0, listed.stderr
        assert "recovered" in listed.stderr
        store = SessionStore(home / "recordings")
        [cut] = [s for s in store.list_sessions() if s.status == "interrupted"]
        [turn] = store.load(cut.id).turns
        assert turn.interrupted and turn.answer_audio
        kept = Clip.from_wav(store.audio_file(cut.id, turn.answer_audio)).samples
        assert len(kept) >= 3 * 16_000, f"only {len(kept) / 16_000:.1f} s kept"
        assert np.array_equal(kept, fed.samples[: len(kept)])


# -- the speech model ----------------------------------------------------------------------


def test_a_corrupt_default_model_falls_back_with_a_note(tmp_path: Path, private_home: Path) -> None:
    """The packaged weights cannot be damaged from a test, but the hash remembered for them can
    be poisoned: to the app that is exactly a model.bin that changed since it was checked."""
    from simulator.speech.models import MODELS, packaged_folder

    folder = packaged_folder(MODELS["tiny.en"])
    assert folder is not None, "the tiny.en weights package is not installed"
    model_bin = (folder / "model.bin").resolve()
    info = model_bin.stat()
    cache = private_home / "cache" / "models"
    cache.mkdir(parents=True)
    (cache / "verified.json").write_text(
        json.dumps(
            {str(model_bin): {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": "0"}}
        )
    )
    answer = tmp_path / "answer.wav"
    flite_clip(SHORT_ANSWER, tmp_path).write_wav(answer)
    result = run_cli(private_home, "analyze", str(answer), "--json")
    assert result.returncode == 0, result.stderr
    assert "pocketsphinx" in result.stdout + result.stderr
    assert "tiny.en" in result.stdout + result.stderr  # the note names what was not used

    named = run_cli(private_home, "analyze", str(answer), "--engine", "faster-whisper")
    assert named.returncode == 2
    assert "tiny.en" in named.stderr and "Traceback" not in named.stderr


@pytest.mark.parametrize("damage", ["truncated", "missing", "garbage"])
def test_a_damaged_model_folder_is_one_line(
    tmp_path: Path, private_home: Path, damage: str
) -> None:
    from simulator.speech.models import MODELS, packaged_folder

    source = packaged_folder(MODELS["tiny.en"])
    assert source is not None
    folder = tmp_path / "my-model"
    shutil.copytree(source, folder)
    weights = folder / "model.bin"
    if damage == "truncated":
        with open(weights, "r+b") as handle:
            handle.truncate(weights.stat().st_size // 3)
    elif damage == "missing":
        weights.unlink()
    else:
        weights.write_bytes(os.urandom(4096))
    answer = tmp_path / "answer.wav"
    flite_clip("I fixed the build.", tmp_path).write_wav(answer)
    result = run_cli(
        private_home, "analyze", str(answer), "--engine", "faster-whisper", "--model", str(folder)
    )
    assert result.returncode == 2, result.stdout
    assert str(folder) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# -- two copies of the app -----------------------------------------------------------------


def test_two_copies_of_the_app_practising_at_once_keep_both_sessions(
    tmp_path: Path, private_home: Path
) -> None:
    answer = tmp_path / "answer.wav"
    flite_clip(SHORT_ANSWER, tmp_path).write_wav(answer)
    results: list[subprocess.CompletedProcess[str]] = []

    def practise() -> None:
        results.append(
            run_cli(
                private_home,
                "practice",
                "--no-tui",
                "--silent",
                "--engine",
                "pocketsphinx",
                "--answer-from",
                str(answer),
                "--json",
            )
        )

    copies = [threading.Thread(target=practise) for _ in range(2)]
    for copy in copies:
        copy.start()
    for copy in copies:
        copy.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    ids = {json.loads(r.stdout)["session"] for r in results}
    assert len(ids) == 2
    listed = json.loads(run_cli(private_home, "sessions", "--json").stdout)
    assert {entry["id"] for entry in listed} == ids
    for session_id in ids:
        [turn] = SessionStore().load(session_id).turns
        assert "deployment" in str(turn.transcript["text"]).lower()


# -- power loss: files cut short ------------------------------------------------------------


def test_power_loss_truncation_of_session_files_and_audio(
    tmp_path: Path, private_home: Path, no_audio_devices: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """A session whose session.json or answer WAV was cut short by a power loss: listing,
    replaying, exporting and re-analysing it give clear lines, and the other session is whole."""
    answer = tmp_path / "answer.wav"
    flite_clip(SHORT_ANSWER, tmp_path).write_wav(answer)
    made = []
    for _ in range(2):
        code, out, err = cli_here(
            capsys, "practice", "--no-tui", "--silent", "--engine", "pocketsphinx",
            "--answer-from", str(answer), "--json",
        )  # fmt: skip
        assert code == 0, err
        made.append(json.loads(out))
    damaged, whole = (Path(turn["folder"]) for turn in made)
    session_json = damaged / "session.json"
    wav = damaged / made[0]["answer_audio"]
    original_json, original_wav = session_json.read_bytes(), wav.read_bytes()

    for cut in (0, 1, len(original_json) // 2, len(original_json) - 2):
        session_json.write_bytes(original_json[:cut])
        code, out, err = cli_here(capsys, "sessions")
        assert code == 0, err
        assert "damaged" in out and whole.name in out
        for argv in (["replay", damaged.name], ["export", damaged.name, "--format", "md"]):
            code, out, err = cli_here(capsys, *argv)
            assert code == 2, (cut, argv, out)
            assert len(err.strip().splitlines()) == 1, err
    session_json.write_bytes(original_json)

    for cut in (0, 20, 44, len(original_wav) // 2 + 1):
        wav.write_bytes(original_wav[:cut])
        code, out, err = cli_here(capsys, "reanalyze", damaged.name, "--engine", "pocketsphinx")
        if code != 0:
            assert code == 2 and len(err.strip().splitlines()) == 1, err
        code, out, err = cli_here(capsys, "export", damaged.name, "--format", "md")
        assert code == 0, err  # the words survive the audio
        assert "\n> " in out
    assert SessionStore().load(whole.name).turns[0].answer_audio
