"""The crash the store exists for, end to end: `interview-sim practice` records an answer from the
real-time virtual microphone, is killed with SIGKILL mid-answer, and the next command recovers
the session: the answer is kept as an interrupted turn, playable, with every sample the recorder
had written before the kill (it writes each block as it comes, unbuffered, so that is all it had
heard but the block in hand)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.storage.store import SessionStore
from tests.support.pulse import PrivatePulse
from tests.support.recording import heard_s, samples_on_disk, share_found_in, wait_for_answer
from tests.support.speech import flite_wav

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

ANSWER = (
    "When our checkout page kept timing out, I traced it to one slow query, rewrote it with the "
    "database team, and page loads dropped from eight seconds to under one second."
)


def wait_for_samples(
    recordings: Path, process: subprocess.Popen[bytes], timeout_s: float = 300
) -> Path:
    """The answer WAV once samples are flowing into it (the microphone stream is open). Fails
    if `process` ends first, or after `timeout_s` (a guard against a hang, not a wait)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for wav in recordings.glob("*/turn-01-answer.wav"):
            if wav.stat().st_size > 44 + RATE:  # more than half a second of samples
                return wav
        if process.poll() is not None:
            raise AssertionError(f"practice ended (exit {process.returncode}) before recording")
        time.sleep(0.05)
    raise AssertionError("the practice command never started recording")


def test_sigkill_during_practice_is_recovered_by_the_next_command(
    realtime_audio: PrivatePulse, private_home: Path, tmp_path: Path
) -> None:
    answer_wav = flite_wav(ANSWER, tmp_path / "answer.wav")
    env = {
        **os.environ,
        **realtime_audio.env(),
        "INTERVIEW_SIM_HOME": str(private_home),
        "PYTHONUNBUFFERED": "1",
    }
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "simulator",
            "practice",
            "--no-tui",
            "--silent",
            "--engine",
            "pocketsphinx",
            "--silence",
            "30",
        ],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    feeder = None
    recordings = private_home / "recordings"
    try:
        wait_for_samples(recordings, child)
        feeder = realtime_audio.feed_mic(answer_wav)
        # Kill once three seconds of the answer are in its file: the answer itself, not the
        # wall clock since the feeder started (under load the feeder and the recorder run late,
        # and a wall-clock "fed" then counted audio the recorder had not yet been handed).
        wav, _ = wait_for_answer(recordings, "*/turn-01-answer.wav", 3.0, child)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if feeder is not None:
            feeder.terminate()
            feeder.wait(timeout=5)
    assert child.returncode == -signal.SIGKILL
    # What the killed recorder left on disk, before anything recovers it.
    on_disk = samples_on_disk(wav)
    assert heard_s(on_disk) >= 3.0

    listed = subprocess.run(
        [sys.executable, "-m", "simulator", "sessions", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    assert "recovered" in listed.stderr and "answer 1" in listed.stderr, listed.stderr
    [session] = json.loads(listed.stdout)
    assert (session["status"], session["turns"]) == ("interrupted", 1)

    record = SessionStore().load(session["id"])
    turn = record.turn(1)
    assert turn.interrupted and turn.ended_by == "crash"
    # The runner marked the answer in progress with its question, so nothing about it is lost.
    assert turn.question_text and turn.question_id and turn.persona_id
    recovered = Clip.from_wav(SessionStore().audio_file(record.id, turn.answer_audio or ""))
    reference = Clip.from_wav(answer_wav).samples
    # The answer's own audio, piece by piece (one whole alignment fell to 0.5-0.86 at load 25-45
    # when PulseAudio glitched mid-answer, though every piece was the answer; whole pieces alone
    # fell to 0.67 at load 15). Other speech or noise finds 0.0, so 0.6 still tells them apart.
    share = share_found_in(recovered.samples, reference)
    assert share >= 0.6, f"only {share:.0%} of the recovered audio is the answer"
    # Recovery keeps every sample that was on disk at the kill, unchanged.
    assert len(recovered.samples) == len(on_disk), (
        f"{len(on_disk)} samples on disk at the kill, {len(recovered.samples)} recovered"
    )
    assert np.array_equal(recovered.samples, on_disk)
    assert heard_s(recovered.samples) >= 3.0
