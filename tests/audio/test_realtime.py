"""Real-time tests through a private PulseAudio: a recording matches the spoken answer, a SIGKILL
mid-answer loses at most half a second, and cancelling playback silences the speaker at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import MicrophoneSource
from simulator.audio.playback import Player
from simulator.audio.recorder import Recording, record_answer
from simulator.audio.writer import recover_wav
from tests.support.pulse import PrivatePulse
from tests.support.speech import flite_wav

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

ANSWER = "In my last role deploys took an hour, so I wrote a plan and we cut them to ten minutes."


def best_alignment(recorded: np.ndarray, reference: np.ndarray) -> tuple[int, float]:
    """Where `reference` starts inside `recorded` and the normalised correlation there."""
    size = 1 << int(np.ceil(np.log2(len(recorded) + len(reference))))
    a = recorded.astype(np.float64)
    b = reference.astype(np.float64)
    scores = np.fft.irfft(np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size)), size)
    lag = int(np.argmax(scores[: len(recorded)]))
    overlap = min(len(reference), len(recorded) - lag)
    x, y = a[lag : lag + overlap], b[:overlap]
    return lag, float(np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y) + 1e-9))


@pytest.fixture(scope="module")
def answer_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return flite_wav(ANSWER, tmp_path_factory.mktemp("realtime") / "answer.wav")


def test_a_real_time_recording_matches_the_spoken_answer(
    realtime_audio_here: PrivatePulse, answer_wav: Path, tmp_path: Path
) -> None:
    answer = Clip.from_wav(answer_wav)
    listening = threading.Event()
    result: list[Recording] = []
    stop = threading.Event()

    def record() -> None:
        result.append(
            record_answer(
                MicrophoneSource(),
                tmp_path / "turn.wav",
                stop=stop,
                max_s=answer.duration_s + 10,
                on_block=lambda block: listening.set(),
            )
        )

    recorder = threading.Thread(target=record)
    recorder.start()
    assert listening.wait(10), "the microphone delivered no audio"
    started = time.monotonic()
    assert realtime_audio_here.feed_mic(answer_wav).wait(timeout=answer.duration_s + 10) == 0
    recorder.join(timeout=10)
    stop.set()
    assert result, "the recorder did not finish"
    recording = result[0]

    assert recording.ended_by == "silence"
    # Real time: the answer took about as long to record as to say.
    assert time.monotonic() - started == pytest.approx(answer.duration_s + 0.8, abs=1.5)
    _, correlation = best_alignment(recording.clip.samples, answer.samples)
    assert correlation >= 0.95
    assert np.array_equal(Clip.from_wav(recording.path).samples, recording.clip.samples)


KILLED_RECORDER = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from simulator.audio.microphone import MicrophoneSource
    from simulator.audio.recorder import record_answer

    def report(block):
        print(len(block), int(abs(block.astype("int32")).max()), flush=True)

    record_answer(MicrophoneSource(), Path(sys.argv[1]), stop=threading.Event(),
                  end_on_silence=False, on_block=report)
    """
)


def test_a_sigkill_mid_answer_loses_at_most_half_a_second(
    realtime_audio: PrivatePulse, answer_wav: Path, tmp_path: Path
) -> None:
    answer = Clip.from_wav(answer_wav)
    path = tmp_path / "turn.wav"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_RECORDER, str(path)],
        cwd=REPO,
        env={**os.environ, **realtime_audio.env()},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        if not child.stdout.readline():
            child.wait(timeout=10)
            pytest.fail(
                f"the recorder never started: {child.stderr.read() if child.stderr else ''}"
            )
        feeder = realtime_audio.feed_mic(answer_wav)
        # The answer is timed from its first sound reaching the recorder, not from starting the
        # feeder (which under load starts late); the kill comes once the recorder has written
        # three seconds of it (it reports each block after writing it).
        heard = 0
        while heard < 3 * RATE:
            size, peak = map(int, child.stdout.readline().split())
            if not heard and peak > 300:
                fed_from = time.monotonic() - size / RATE
            if heard or peak > 300:
                heard += size
        fed_s = time.monotonic() - fed_from
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    feeder.terminate()
    feeder.wait(timeout=5)
    assert child.returncode == -signal.SIGKILL

    recover_wav(path)
    recovered = Clip.from_wav(path).samples
    lag, correlation = best_alignment(recovered, answer.samples)
    kept_s = (len(recovered) - lag) / RATE
    assert correlation >= 0.95
    assert kept_s >= fed_s - 0.5, f"fed {fed_s:.2f} s before the kill, kept {kept_s:.2f} s"


def test_cancelling_playback_silences_the_speaker_at_once(
    realtime_audio_here: PrivatePulse, answer_wav: Path, tmp_path: Path
) -> None:
    answer = Clip.from_wav(answer_wav)
    capture = realtime_audio_here.capture_speaker(tmp_path / "speaker.raw")
    time.sleep(0.3)
    cancel = threading.Event()
    outcome: list[bool] = []
    player = threading.Thread(target=lambda: outcome.append(Player().play(answer, cancel)))
    player.start()
    time.sleep(1.5)
    cancelled_at = time.monotonic()
    cancel.set()
    player.join(timeout=5)
    returned_after = time.monotonic() - cancelled_at
    time.sleep(0.5)
    heard = capture.stop().samples

    assert outcome == [False]
    assert returned_after <= 0.1
    # Sound reached the speaker, then stopped: well under the answer's length was heard.
    loud = np.flatnonzero(np.abs(heard) > 300)
    assert len(loud) > 0
    heard_s = (loud[-1] - loud[0]) / RATE
    assert 0.8 <= heard_s <= 1.9, heard_s
