"""Ctrl-C during a spoken answer, at many moments, with both engines: `practice --no-tui` in a
child process records from the real-time virtual microphone (a private PulseAudio playing a
flite answer at the speed of speech) while the real streaming recognizer transcribes it, and gets
SIGINT at a moment after it says it is listening. Every time: exit 130, no abort, and the answer
stored as a turn marked interrupted, its WAV private and playable.

The abort this guards against came from the interpreter shutting down while the transcription
thread was inside the recognizer: it happened at one moment of an answer and not at others, so
the moments are spread over the answer (before, during and between the pieces the streaming
recognizer transcribes). Runs go three at a time, all hearing the same looping answer; each
engine is a test of its own, so the two can run on two xdist workers at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import Clip
from tests.support.pulse import PrivatePulse
from tests.support.signals import assert_ctrl_c_reaches_children
from tests.support.speech import flite_wav
from tests.trust.helpers import REPO

ANSWER = (
    "Last spring our warehouse scanners kept dropping orders during the night shift, so I "
    "volunteered to find out why. I logged every failure for two weeks, and the pattern was "
    "clear: the handhelds lost the network whenever the big freezer doors opened. I asked the "
    "facilities team to move two access points, and I wrote a small retry queue so a scan "
    "would wait instead of vanishing. After that the lost orders went from about thirty a week "
    "to none, and the night supervisor stopped calling me at three in the morning."
)

MOMENTS_S = [round(0.1 + 1.9 * n, 2) for n in range(6)]
"""Seconds after the program says it is listening: 0.1 to 9.6 s, six per engine, one for each
stage the streaming recognizer goes through. The microphone loops a 28 s answer that no program
starts in step with, so where in the answer a run begins is different every run and a moment
is the time since recording began, which decides what the recognizer has to do: at 0.1 s the
recorder has just begun and nothing was fed; at 2.0 and 3.9 s a piece is growing and only a
guess (streaming.SPECULATE_S) can be running, as no piece is cut before 4 s
(streaming.MIN_PIECE_S); at 5.8, 7.7 and 9.6 s the first piece can be cut, in transcription or
done, and the next one growing. Eleven moments per engine, 0.95 s apart, hit these same stages
two or three times each at twice the cost (22 programs: 42 s of CPU on a loaded machine)."""

ENGINES = ("faster-whisper", "pocketsphinx")
LISTENING = b"Listening: answer now"


class LoopingMicrophone:
    """Plays the answer into the virtual microphone again and again until stopped."""

    def __init__(self, pulse: PrivatePulse, wav: Path) -> None:
        self.pulse = pulse
        self.wav = wav
        self._stop = threading.Event()
        self._playing: subprocess.Popen[bytes] | None = None
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._playing = self.pulse.feed_mic(self.wav)
            self._playing.wait()

    def stop(self) -> None:
        self._stop.set()
        if self._playing is not None and self._playing.poll() is None:
            self._playing.terminate()
        self._thread.join(timeout=30)


def speech_s(clip: Clip) -> float:
    """Seconds of the clip that are not near-silence (100 ms frames): under heavy load the
    virtual microphone can deliver silence, and silence has nothing to transcribe."""
    frames = clip.samples[: len(clip.samples) // 1600 * 1600].astype(np.float64).reshape(-1, 1600)
    return float((np.sqrt((frames**2).mean(axis=1)) > 300).sum()) / 10


def interrupted_practice(
    home: Path, engine: str, moment_s: float, env: dict[str, str]
) -> tuple[int, bytes, Path]:
    """Run practice until it listens, wait `moment_s`, send SIGINT; (exit code, output, home)."""
    home.mkdir(parents=True)
    (home / "settings.toml").write_text(f'engine = "{engine}"\nend_on_silence = false\n')
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", "practice", "--no-tui", "--silent"],
        cwd=REPO,
        env={**env, "INTERVIEW_SIM_HOME": str(home)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdout is not None
    output = bytearray()
    try:
        # Wait on the program itself: the line it prints once the microphone delivers audio.
        while LISTENING not in output:
            line = process.stdout.readline()
            if not line:
                raise AssertionError(f"{engine} at {moment_s}: ended before listening: {output!r}")
            output.extend(line)
        time.sleep(moment_s)
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=240)
        output.extend(rest)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, bytes(output), home


@pytest.mark.slow(seconds=20)
@pytest.mark.parametrize("engine", ENGINES)
def test_ctrl_c_at_any_moment_of_an_answer_exits_130_and_keeps_it(
    engine: str, tmp_path: Path, realtime_audio: PrivatePulse
) -> None:
    assert_ctrl_c_reaches_children()
    answer = flite_wav(ANSWER, tmp_path / "answer.wav")
    env = {**os.environ, **realtime_audio.env()}
    # Longest first: three at a time, the short ones fill in as the long ones end.
    runs = [(engine, moment) for moment in sorted(MOMENTS_S, reverse=True)]
    microphone = LoopingMicrophone(realtime_audio, answer)
    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            results = list(
                pool.map(
                    lambda run: (
                        run,
                        interrupted_practice(tmp_path / f"{run[0]}-{run[1]}", run[0], run[1], env),
                    ),
                    runs,
                )
            )
    finally:
        microphone.stop()

    assert len(results) == len(MOMENTS_S)
    spoken: list[bool] = []
    for (engine, moment), (code, output, home) in results:
        where = f"{engine}, SIGINT {moment} s into the answer"
        assert code == 130, f"{where}: exit {code}: {output[-800:]!r}"
        assert b"Traceback" not in output and b"Fatal Python error" not in output, where
        (session_file,) = (home / "recordings").glob("*/session.json")
        stored = json.loads(session_file.read_text())
        assert stored["status"] == "interrupted", where
        assert stored["pending"] is None, where
        (turn,) = stored["turns"]
        assert turn["interrupted"] is True and turn["ended_by"] == "interrupt", where
        wav = session_file.parent / turn["answer_audio"]
        assert wav.stat().st_mode & 0o777 == 0o600, where
        kept = Clip.from_wav(wav)
        assert kept.duration_s >= moment * 0.5, f"{where}: only {kept.duration_s:.2f} s kept"
        # What was said went through the recognizer to the end (not the crash-recovery path,
        # which stores no engine and an empty transcript with a notice).
        assert turn["transcript"]["engine"] == engine, where
        assert turn["transcript"]["notices"] == [], where
        if speech_s(kept) >= 2.0:
            spoken.append(bool(turn["transcript"]["text"].strip()))
            assert turn["empty"] is not bool(turn["transcript"]["text"].strip()), where
    # Whether a few seconds cut at a random point come out as words is the recognizer's matter
    # (tiny.en gave nothing for one 8.6 s cut here, and for two of four in a CI run with both
    # cores loaded, where the streamed chunks fall elsewhere): what Ctrl-C must keep is the
    # recording and a transcript the recognizer finished, asserted above for every cut. Words
    # must still come through for some of them, or the path to the recognizer is broken.
    assert len(spoken) >= 3 and any(spoken), spoken
