"""pocketsphinx decodes in a helper process: the app's threads keep running while it works, a
helper that dies is restarted with one clear error, no helper outlives its app, and none starts
before there is speech to decode."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.errors import EngineUnavailableError
from simulator.speech.engines import sphinx_helper
from simulator.speech.engines.sphinx import SphinxRecognizer
from simulator.speech.engines.sphinx_helper import DecoderProcess, decoder_process
from simulator.speech.streaming import StreamingTranscriber
from simulator.speech.stt import Transcript
from tests.support.speech import flite_clip

LONG_ANSWER = (
    "Two years ago our release process was slow and fragile, and customers noticed. "
    "I was asked to make releases safe enough to ship every week. First I mapped every manual "
    "step, then I automated the build, wrote smoke tests and set up a staged rollout."
)


@pytest.mark.slow
def test_other_threads_run_while_pocketsphinx_decodes(tmp_path: Path) -> None:
    """In-process, this clip held the GIL for about four seconds in one C call; the longest
    gap a ticking thread saw was that long. Through the helper, the ticks go on."""
    clip = flite_clip(LONG_ANSWER, tmp_path)
    recognizer = SphinxRecognizer()
    # The helper has loaded its decoder (a short clip: the long one costs ~5 s of CPU a pass).
    recognizer.transcribe(flite_clip("Go forward ten meters.", tmp_path, name="short"))
    gaps: list[float] = []
    done = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    started = time.perf_counter()
    cpu_started = time.thread_time()
    transcript = recognizer.transcribe(clip)
    cpu_s = time.thread_time() - cpu_started
    decoding_s = time.perf_counter() - started
    done.set()
    ticker.join()
    assert "release" in transcript.text and "week" in transcript.text
    assert decoding_s > 1.0, "a clip long enough to show a stall"
    # The decoding is not in this process: the calling thread only waits (in-process it spent
    # the decoder's seconds of CPU in one C call, holding the GIL throughout).
    assert cpu_s < 0.5, f"the calling thread spent {cpu_s:.2f} s of CPU on the clip"
    # And the other thread ran all along. Relative to the decoding's own wall time, which a
    # loaded machine stretches as much as the gaps (an in-process stall was nearly all of it).
    longest = max(gaps)
    assert longest < decoding_s / 3, f"a thread waited {longest:.2f} s during {decoding_s:.1f} s"


@pytest.mark.slow
def test_a_helper_killed_mid_clip_is_one_clear_error_and_the_next_clip_starts_another(
    tmp_path: Path,
) -> None:
    long_clip = flite_clip(LONG_ANSWER, tmp_path, name="long")
    short_clip = flite_clip("Go forward ten meters.", tmp_path, name="short")
    recognizer = SphinxRecognizer()
    recognizer.transcribe(short_clip)  # loaded, so the kill lands while the long clip decodes
    helper = decoder_process(recognizer.model)
    killer = threading.Timer(0.5, os.kill, (helper._process.pid, signal.SIGKILL))
    killer.start()
    with pytest.raises(EngineUnavailableError, match="pocketsphinx helper stopped"):
        recognizer.transcribe(long_clip)
    killer.join()
    # Straight away: a dead helper's pipe ends before the kernel lets it be reaped.
    assert not helper.alive, "a helper that failed a clip must never be handed another"
    assert "forward" in recognizer.transcribe(short_clip).text
    assert decoder_process(recognizer.model) is not helper


CHILD = r"""
import sys
from simulator.speech.engines.sphinx_helper import decoder_process
print(decoder_process("speechrecognition")._process.pid, flush=True)
sys.stdin.readline()
"""


@pytest.mark.parametrize("ending", ["exit", "sigkill"])
def test_the_helper_never_outlives_its_app(ending: str) -> None:
    root = Path(__file__).resolve().parents[2]
    app = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root)),
    )
    assert app.stdout is not None and app.stdin is not None
    helper_pid = int(app.stdout.readline())
    assert _running(helper_pid)
    if ending == "exit":
        app.stdin.write(b"\n")
        app.stdin.flush()
    else:
        app.kill()
    app.wait(timeout=30)
    deadline = time.monotonic() + 10
    while _running(helper_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(helper_pid)


def _running(pid: int) -> bool:
    """Alive and not a zombie (a reaped or exited helper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.fixture
def own_helpers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, DecoderProcess]]:
    """The helpers this test starts, none running at its start (a worker keeps the ones earlier
    tests started); each is closed at its end."""
    started: dict[str, DecoderProcess] = {}
    monkeypatch.setattr(sphinx_helper, "_helpers", started)
    yield started
    for helper in started.values():
        helper.close()


def test_no_helper_starts_until_a_clip_has_speech(own_helpers: dict[str, DecoderProcess]) -> None:
    """A program with typed answers, a silent answer file or a Ctrl-C before any word started a
    helper all the same, when it made its recognizer: a process and its decoder's load."""
    recognizer = SphinxRecognizer()
    assert not own_helpers, "a recognizer made, nothing to decode: no helper"
    silence = Clip(np.zeros(2 * RATE, dtype=np.int16))
    assert recognizer.transcribe(silence).words == ()
    streaming = StreamingTranscriber(recognizer)
    streaming.feed(silence.samples)
    assert streaming.finish().words == ()
    assert not own_helpers, "an answer of silence: still no helper"


@pytest.mark.slow
def test_an_answers_first_speech_starts_the_helper_and_its_words_are_heard(
    own_helpers: dict[str, DecoderProcess], tmp_path: Path
) -> None:
    """The real helper, started by the answer's first voiced frame, hears the answer: one
    helper, the one that decoded it, still running for the next."""
    recognizer = SphinxRecognizer()
    clip = flite_clip("Go forward ten meters.", tmp_path)
    streaming = StreamingTranscriber(recognizer)
    streaming.feed(np.zeros(RATE // 2, dtype=np.int16))
    streaming.feed(clip.samples)
    transcript = streaming.finish()
    assert "forward" in transcript.text and "ten" in transcript.text, transcript.text
    assert list(own_helpers) == [recognizer.model]
    assert own_helpers[recognizer.model].alive
    assert decoder_process(recognizer.model) is own_helpers[recognizer.model]


class Preparing:
    """A recognizer that tells when it is asked to get ready (the seam's real-part test is the
    one above)."""

    name = "preparing"
    model = "none"

    def __init__(self) -> None:
        self.prepared = threading.Event()
        self.clips_before_ready: list[float] = []

    def prepare(self) -> None:
        self.prepared.set()

    def transcribe(self, clip: Clip) -> Transcript:
        if not self.prepared.is_set():
            self.clips_before_ready.append(clip.duration_s)
        return Transcript(text="", words=(), engine=self.name, model=self.model)


def test_streaming_prepares_the_recognizer_at_the_first_voiced_frame_not_before(
    tmp_path: Path,
) -> None:
    """Silence asks for nothing; the first voiced frame asks, before any piece is transcribed,
    so the decoder loads while the user is speaking."""
    quiet = Preparing()
    streaming = StreamingTranscriber(quiet)
    streaming.feed(np.zeros(2 * RATE, dtype=np.int16))
    streaming.finish()
    assert not quiet.prepared.is_set()

    talking = Preparing()
    streaming = StreamingTranscriber(talking)
    streaming.feed(np.zeros(RATE // 2, dtype=np.int16))
    streaming.feed(flite_clip("Go forward ten meters.", tmp_path).samples)
    assert talking.prepared.wait(timeout=60), "the voice began and nothing was prepared"
    streaming.finish()
    assert talking.clips_before_ready == [], "a piece came before the recognizer was ready"
