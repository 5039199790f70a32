"""pocketsphinx decoding in a helper process, so it never holds this process's GIL.

pocketsphinx decodes a clip in one C call that keeps the GIL (about 0.35 s per second of speech
here): a streamed piece of an answer froze the interview room's screen and keys for a second or
more. Feeding it short blocks instead changes its cepstral mean to a running estimate, which cost
short answers their first words. So the decoder runs as it always did, whole clip at once, in a
child process; waiting for its reply is I/O, which lets every other thread run.

The protocol on the child's stdin and stdout: a little-endian uint32 byte count, then that many
bytes of 16 kHz mono int16 audio; the reply is one JSON line, {"frame_rate": N, "segments":
[[word, start_frame, end_frame], ...]}. The child exits when its stdin closes, so it never
outlives the app, even one killed outright; in a process group of its own, it never gets the
terminal's Ctrl-C (the app handles that).

    python -m simulator.speech.engines.sphinx_helper speechrecognition
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

from simulator.errors import EngineUnavailableError

LANGUAGE_MODELS = ("speechrecognition", "pocketsphinx")
"""Where the acoustic model, language model and dictionary come from."""

Segments = list[tuple[str, float, float]]
"""(word, start s, end s) as the decoder returned them, fillers and silences included."""

_HEADER = struct.Struct("<I")


class DecoderProcess:
    """One helper process for one language model; calls from any thread are serialised."""

    def __init__(self, language_model: str) -> None:
        package_root = str(Path(__file__).resolve().parents[3])
        path = os.environ.get("PYTHONPATH")
        env = dict(os.environ, PYTHONPATH=package_root + (os.pathsep + path if path else ""))
        # A process group of its own: a Ctrl-C at the terminal goes to the foreground group, and
        # the helper in it died mid-clip with a traceback on the user's screen while the program
        # was still to transcribe what was said. The program decides when the helper ends.
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__, language_model],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            process_group=0,
        )
        self._lock = threading.Lock()
        self._failed = False

    def decode(self, samples: bytes) -> Segments:
        """Word segments of one clip (16 kHz mono int16 bytes), times in seconds."""
        with self._lock:
            if self._failed:
                raise EngineUnavailableError("the pocketsphinx helper stopped earlier")
            stdin, stdout = self._pipes()
            try:
                stdin.write(_HEADER.pack(len(samples)) + samples)
                stdin.flush()
                reply = json.loads(stdout.readline())
            except (BrokenPipeError, ValueError):  # also a reply cut short (JSONDecodeError)
                code = self._stop()
                raise EngineUnavailableError(
                    f"the pocketsphinx helper stopped (exit {code})"
                ) from None
        rate = reply["frame_rate"]
        return [(word, start / rate, (end + 1) / rate) for word, start, end in reply["segments"]]

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        return stdin, stdout

    def _stop(self) -> int:
        """Mark this helper failed and make sure it is gone; its exit status.

        Its stdout ends while the kernel is still tearing a killed helper down, so poll() can
        say it runs for a moment after; without the mark the next clip went to a dead helper."""
        self._failed = True
        if self._process.poll() is None:
            self._process.kill()
        code = self._process.wait()
        for pipe in self._pipes():
            with contextlib.suppress(OSError, ValueError):
                pipe.close()
        return code

    @property
    def alive(self) -> bool:
        return not self._failed and self._process.poll() is None

    def kill(self) -> None:
        """End the helper now, mid-clip or not, without waiting for it (init reaps it)."""
        with contextlib.suppress(OSError):
            self._process.kill()

    def close(self) -> None:
        stdin, _ = self._pipes()
        with contextlib.suppress(OSError):  # a helper that died with a clip still unread
            stdin.close()  # the child's signal to exit
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        _, stdout = self._pipes()
        stdout.close()


_helpers: dict[str, DecoderProcess] = {}
_helpers_lock = threading.Lock()


def decoder_process(language_model: str) -> DecoderProcess:
    """The process-wide helper for `language_model`, started (or restarted) on demand."""
    with _helpers_lock:
        helper = _helpers.get(language_model)
        if helper is None or not helper.alive:
            if not _helpers:
                atexit.register(_close_all)
            helper = _helpers[language_model] = DecoderProcess(language_model)
        return helper


def _close_all() -> None:
    """At exit: end every helper, each first asked to (its stdin closes), killed if it does not
    go. A Ctrl-C meanwhile (a helper mid-clip takes a moment) ends them all at once and the
    program with status 130, quietly: raised as KeyboardInterrupt here, Python printed
    "Exception ignored in atexit callback" with a traceback and exited 0, as if not stopped."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _stopped_while_closing)
    with _helpers_lock:
        for helper in _helpers.values():
            helper.close()
        _helpers.clear()


def _stopped_while_closing(signum: int, frame: object) -> None:
    """SIGINT while `_close_all` runs: kill the helpers (none is left running) and leave with
    130, the status a Ctrl-C gives everywhere else in the program. Nothing is left to save:
    the program's own work ended before the exit began. os._exit, as the exit's own steps
    are what the Ctrl-C stopped; the streams are flushed by hand."""
    for helper in list(_helpers.values()):
        helper.kill()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # closed, or a reader gone
            if stream is not None:
                stream.flush()
    os._exit(130)


def model_files(language_model: str) -> dict[str, str]:
    """hmm / lm / dict paths for `language_model` (one of LANGUAGE_MODELS)."""
    if language_model == "speechrecognition":
        try:
            import speech_recognition
        except ImportError:
            raise EngineUnavailableError(
                "speech_recognition is missing", hint="pip install SpeechRecognition"
            ) from None
        data = Path(speech_recognition.__file__).parent / "pocketsphinx-data" / "en-US"
        return {
            "hmm": str(data / "acoustic-model"),
            "lm": str(data / "language-model.lm.bin"),
            "dict": str(data / "pronounciation-dictionary.dict"),
        }
    if language_model == "pocketsphinx":
        from pocketsphinx import get_model_path

        return {
            "hmm": get_model_path("en-us/en-us"),
            "lm": get_model_path("en-us/en-us.lm.bin"),
            "dict": get_model_path("en-us/cmudict-en-us.dict"),
        }
    raise EngineUnavailableError(
        f"unknown pocketsphinx language model {language_model!r}",
        hint=f"choose one of: {', '.join(LANGUAGE_MODELS)}",
    )


def serve(language_model: str, requests: IO[bytes], replies: IO[bytes]) -> int:
    """The child's loop: one clip in, its segments out, until `requests` ends."""
    from pocketsphinx import Decoder

    decoder: Any = Decoder(loglevel="FATAL", **model_files(language_model))
    frame_rate = int(decoder.config["frate"])
    while True:
        header = requests.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return 0
        (length,) = _HEADER.unpack(header)
        samples = requests.read(length)
        decoder.start_utt()
        decoder.process_raw(samples, False, True)
        decoder.end_utt()
        segments = [[s.word, s.start_frame, s.end_frame] for s in decoder.seg()]
        replies.write(json.dumps({"frame_rate": frame_rate, "segments": segments}).encode())
        replies.write(b"\n")
        replies.flush()


if __name__ == "__main__":
    raise SystemExit(serve(sys.argv[1], sys.stdin.buffer, sys.stdout.buffer))
