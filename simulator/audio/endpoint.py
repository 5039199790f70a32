"""Knowing when an answer is over, so the user need not press a key after every answer.

webrtcvad classifies 30 ms frames as speech or not; an answer ends once enough speech was heard and
then enough non-speech followed. Time is counted in samples, never on the wall clock, so the same
answer ends at the same point from a real microphone, an unpaced virtual one or a file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from simulator.audio.clip import RATE

FRAME_SAMPLES = RATE * 30 // 1000
"""webrtcvad accepts 10, 20 or 30 ms frames; 30 ms is the cheapest per second of audio."""

QUICK_S = 0.6
"""Silence after which an answer the judge calls "done" ends (instead of `silence_s`). Longer
than the pause at a comma (about 0.5 s), so a complete-sounding first clause followed by a
breath never ends an answer."""

HOLD_FACTOR = 2.0
"""An answer the judge calls "open" (stopped mid-clause) waits this many times `silence_s`."""

EndJudge = Callable[[float], str]
"""Given the audio time at which the last speech ended, says what the words so far sound like:
"done" (a complete last sentence that told the result), "open" (stopped mid-clause) or anything
else (unsure, or the words up to that time are not known yet)."""


class Endpointer:
    """Feed it blocks of 16 kHz int16 audio of any length; `feed` turns True (and stays True) once
    at least `min_speech_s` of speech has been followed by `silence_s` of non-speech. Speech time is
    counted over the whole answer, so a long answer with pauses is still one answer, while a cough
    alone (shorter than `min_speech_s`) never starts one."""

    def __init__(
        self,
        silence_s: float = 0.8,
        min_speech_s: float = 0.3,
        aggressiveness: int = 2,
        judge: EndJudge | None = None,
        quick_s: float = QUICK_S,
    ) -> None:
        """`judge` (optional) reads the words: after `quick_s` of silence a "done" answer ends;
        at `silence_s` an "open" one keeps waiting, up to HOLD_FACTOR × `silence_s`. Without a
        judge, only silence counts."""
        webrtcvad = import_webrtcvad()

        if not 0 <= aggressiveness <= 3:
            raise ValueError("aggressiveness must be 0 (least) to 3 (most aggressive)")
        self._vad = webrtcvad.Vad(aggressiveness)
        self._silence_frames_needed = max(1, round(silence_s * RATE / FRAME_SAMPLES))
        self._quick_frames = min(
            self._silence_frames_needed, max(1, round(quick_s * RATE / FRAME_SAMPLES))
        )
        self._hold_frames = round(self._silence_frames_needed * HOLD_FACTOR)
        self._judge = judge
        self.ended_by_words = False
        """True when the judge's "done" ended the answer before `silence_s`."""
        self._speech_frames_needed = max(1, round(min_speech_s * RATE / FRAME_SAMPLES))
        self._pending = np.zeros(0, dtype=np.int16)
        self._frames_seen = 0
        self._speech_frames = 0
        self._silent_run = 0
        self._last_speech_frame: int | None = None
        self.ended = False

    @property
    def heard_speech(self) -> bool:
        """Whether enough speech for an answer has been heard yet."""
        return self._speech_frames >= self._speech_frames_needed

    @property
    def last_speech_end_s(self) -> float | None:
        """Audio time (from the first sample fed) at which the last speech frame ended."""
        if self._last_speech_frame is None:
            return None
        return (self._last_speech_frame + 1) * FRAME_SAMPLES / RATE

    @property
    def audio_s(self) -> float:
        """Audio time classified so far (whole frames only)."""
        return self._frames_seen * FRAME_SAMPLES / RATE

    def feed(self, block: np.ndarray) -> bool:
        if self.ended:
            return True
        samples = np.concatenate([self._pending, np.asarray(block, dtype=np.int16)])
        whole = len(samples) - len(samples) % FRAME_SAMPLES
        frames = samples[:whole].astype("<i2").tobytes()
        self._pending = samples[whole:]
        step = FRAME_SAMPLES * 2
        for offset in range(0, len(frames), step):
            if self._vad.is_speech(frames[offset : offset + step], RATE):
                self._speech_frames += 1
                self._silent_run = 0
                self._last_speech_frame = self._frames_seen
            else:
                self._silent_run += 1
            self._frames_seen += 1
            if self.heard_speech and self._over():
                self.ended = True
                return True
        return False

    def _over(self) -> bool:
        run = self._silent_run
        if run < self._quick_frames:
            return False
        if self._judge is None:
            return run >= self._silence_frames_needed
        verdict = self._judge(self.last_speech_end_s or 0.0)
        if verdict == "done":
            self.ended_by_words = run < self._silence_frames_needed
            return True
        if verdict == "open":
            return run >= self._hold_frames
        return run >= self._silence_frames_needed


def import_webrtcvad() -> Any:
    """The webrtcvad module, imported so that a Ctrl-C during the import stays a Ctrl-C.

    webrtcvad imports `PackageNotFoundError` inside the try whose except clause names it, so a
    KeyboardInterrupt inside that import became a NameError: a Ctrl-C during the first
    transcription of `practice --answer-from` (1 run in 9 under load) crashed with exit 1 and a
    traceback instead of keeping the answer as an interrupted turn."""
    try:
        import webrtcvad
    except NameError as error:
        if isinstance(error.__context__, KeyboardInterrupt):
            raise error.__context__ from None
        raise
    return webrtcvad
