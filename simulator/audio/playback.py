"""Playing a Clip through the speaker: the interviewer's questions and the replay of answers.

Playback must stop the moment the user skips (the cancel Event), report where it is so replay can
highlight the word being heard, and speed up (1.5×, same pitch) for quick review. The PortAudio
callback only copies the next samples; waiting, cancelling and progress reports happen on the
caller's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from simulator.audio.clip import Clip
from simulator.errors import AudioDeviceError

NO_SPEAKER_HINT = "check the output device with: interview-sim doctor"

_POLL_S = 0.02
"""How often the caller's thread looks at `cancel` and reports progress; bounds cancel latency."""

_STREAM_LATENCY_S = 0.2
"""Shorter latencies glitch on a loaded two-core machine; cancelling aborts the buffer anyway."""

_STALL_S = 2.0
"""This long without the callback asking for audio means the speaker is gone."""


class Player:
    """Plays clips on `device` (a PortAudio index, a name substring, or None for the default)."""

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device

    def play(
        self,
        clip: Clip,
        cancel: threading.Event | None = None,
        speed: float = 1.0,
        on_progress: Callable[[float], None] | None = None,
    ) -> bool:
        """Play `clip` to its end (True) or until `cancel` is set (False, within ~50 ms).

        `speed` > 1 plays faster at the same pitch (see stretch.py). `on_progress(position_s)`
        gets the position in the clip's own time, about every 20 ms, on the calling thread."""
        import sounddevice as sd

        if speed <= 0:
            raise ValueError("speed must be positive")
        if cancel is not None and cancel.is_set():
            return False
        samples = _at_speed(clip, speed)
        position = 0
        finished = threading.Event()

        def fill(outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            nonlocal position
            chunk = samples[position : position + frames]
            outdata[: len(chunk), 0] = chunk
            position += len(chunk)
            if len(chunk) < frames:
                outdata[len(chunk) :] = 0
                raise sd.CallbackStop

        try:
            stream = sd.OutputStream(
                samplerate=clip.rate,
                channels=1,
                dtype="int16",
                device=self.device,
                latency=_STREAM_LATENCY_S,
                callback=fill,
                finished_callback=finished.set,
            )
            stream.start()
        except (sd.PortAudioError, ValueError) as error:
            raise self._device_error(error) from None

        try:
            # What has been heard lags what was handed over by the output buffer.
            buffered = round(stream.latency * clip.rate)
            last_position, still_for = -1, 0.0
            while not finished.wait(_POLL_S):
                if cancel is not None and cancel.is_set():
                    stream.abort(ignore_errors=True)
                    return False
                now = position
                if on_progress is not None:
                    on_progress(max(0, now - buffered) * speed / clip.rate)
                still_for = still_for + _POLL_S if now == last_position else 0.0
                last_position = now
                if still_for >= _STALL_S:
                    raise AudioDeviceError("the speaker stopped responding", hint=NO_SPEAKER_HINT)
            if position < len(samples):
                raise AudioDeviceError("the speaker stopped during playback", hint=NO_SPEAKER_HINT)
            if on_progress is not None:
                on_progress(clip.duration_s)
            return True
        finally:
            stream.close(ignore_errors=True)

    def _device_error(self, error: Exception) -> AudioDeviceError:
        import sounddevice as sd

        has_output = any(d["max_output_channels"] > 0 for d in sd.query_devices())
        if not has_output or "device -1" in str(error):
            return AudioDeviceError("no speaker found", hint=NO_SPEAKER_HINT)
        where = "the default speaker" if self.device is None else f"speaker {self.device}"
        return AudioDeviceError(f"cannot play on {where}: {error}", hint=NO_SPEAKER_HINT)


def _at_speed(clip: Clip, speed: float) -> np.ndarray:
    """Samples that, played at clip.rate, sound `speed` times as fast at the same pitch."""
    from simulator.audio.stretch import time_stretch

    return time_stretch(clip.samples, speed)
