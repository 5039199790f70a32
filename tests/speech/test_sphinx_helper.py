"""pocketsphinx decodes in a helper process: the app's threads keep running while it works, a
helper that dies is restarted with one clear error, and no helper outlives its app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from simulator.errors import EngineUnavailableError
from simulator.speech.engines.sphinx import SphinxRecognizer
from simulator.speech.engines.sphinx_helper import decoder_process
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
