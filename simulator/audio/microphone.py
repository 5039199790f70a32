"""The microphone as an AudioSource.

PortAudio calls us on its own real-time thread; anything slow there (file I/O, numpy work beyond a
copy, locks held by the UI) makes it drop audio. So the callback only copies the block into a
queue, and `blocks()` hands the blocks to the recorder on the caller's thread. A device that
disappears mid-answer ends the blocks with a notice instead of an exception, so the recorder keeps
everything that arrived before.

Many USB and laptop microphones offer only 44.1 or 48 kHz through ALSA. The stream is opened at
16 kHz where the device takes it, otherwise at the device's default rate; then `blocks()` (not
the callback) resamples with soxr and cuts the result into blocks of the asked size, so the rest
of the program still sees 16 kHz.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

from simulator.audio.clip import RATE
from simulator.errors import AudioDeviceError

NO_MICROPHONE_HINT = "answer by typing (--typed) or from a file (--answer-from FILE.wav)"

STALL_S = 2.0
"""Blocks arrive every few tens of ms; this long without one means the device is gone."""

FIRST_BLOCK_S = 6.0
"""Some devices take seconds to deliver their first audio (a Bluetooth headset switching profile,
a freshly started PulseAudio: ~1.3 s), so the first block gets longer before the device is given
up on."""

_POLL_S = 0.05
"""How often a waiting `blocks()` looks at `stop`, so a stop request ends it promptly."""

_STREAM_LATENCY_S = 0.2
"""Shorter latencies glitch on a loaded two-core machine (see the audio-testing notes)."""

_STREAM_ENDED = None
"""Queue marker: PortAudio finished the stream on its own (an error, not our stop)."""


class MicrophoneSource:
    """An input device recorded at 16 kHz mono int16. `device` is a PortAudio index, a name
    (substring) or None for the default input. Making one checks the device, so a missing
    microphone is an AudioDeviceError before anything is asked or written. After `blocks()` ends,
    `device_lost` says whether the device failed mid-recording and `notices` says what happened in
    words a user can read."""

    def __init__(self, device: int | str | None = None, block_s: float = 0.03) -> None:
        self.device = device
        self.block_frames = max(1, round(block_s * RATE))
        self.name = f"microphone {device}" if device is not None else "default microphone"
        self.notices: list[str] = []
        self.device_lost = False
        self.rate = RATE
        """The rate the device records at (RATE unless it refused it); blocks are always RATE."""
        self.check()

    def check(self) -> None:
        """Raise AudioDeviceError if there is no such input device (again: it may have gone since
        this source was made). Only PortAudio's device list is read: opening the device to test
        the format costs ~0.2 s through PulseAudio, and opening it to record reports that anyway."""
        import sounddevice as sd

        try:
            info = sd.query_devices(self.device, kind="input")
        except (sd.PortAudioError, ValueError) as error:
            raise self._device_error(error) from None
        if int(info["max_input_channels"]) < 1:
            raise self._device_error(ValueError(f"{info['name']} has no input channels"))

    def blocks(self, stop: threading.Event) -> Iterator[np.ndarray]:
        import sounddevice as sd

        self.notices = []
        self.device_lost = False
        arrived: queue.Queue[np.ndarray | None] = queue.Queue()
        overflowed = threading.Event()

        def on_audio(indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            if status.input_overflow:
                overflowed.set()
            arrived.put(indata[:, 0].copy())

        def opened(rate: int) -> Any:
            return sd.InputStream(
                samplerate=rate,
                channels=1,
                dtype="int16",
                blocksize=max(1, round(self.block_frames * rate / RATE)),
                device=self.device,
                latency=_STREAM_LATENCY_S,
                callback=on_audio,
                finished_callback=lambda: arrived.put(_STREAM_ENDED),
            )

        try:
            stream = opened(RATE)
        except (sd.PortAudioError, ValueError) as refused:
            # The device will not record at 16 kHz: record at its own rate and resample.
            default = self._default_rate()
            if default is None or default == RATE:
                raise self._device_error(refused) from None
            try:
                stream = opened(default)
            except (sd.PortAudioError, ValueError) as error:
                raise self._device_error(error) from None
        self.rate = int(stream.samplerate)

        try:
            stream.start()
        except sd.PortAudioError as error:
            stream.close(ignore_errors=True)
            raise self._device_error(error) from None

        try:
            if self.rate == RATE:
                yield from self._drain(arrived, stop)
            else:
                yield from self._resampled(self._drain(arrived, stop), self.rate)
        finally:
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)
            if overflowed.is_set():
                self.notices.append("the computer fell behind and some microphone audio was lost")

    def _default_rate(self) -> int | None:
        import sounddevice as sd

        try:
            info = sd.query_devices(self.device, kind="input")
        except (sd.PortAudioError, ValueError):
            return None
        return round(float(info["default_samplerate"]))

    def _resampled(self, blocks: Iterator[np.ndarray], rate: int) -> Iterator[np.ndarray]:
        """`blocks` at `rate` as 16 kHz blocks of `block_frames` samples (soxr, streaming: the
        same samples as resampling the whole recording at once)."""
        import soxr

        resampler = soxr.ResampleStream(rate, RATE, 1, dtype="int16")
        pending = np.zeros(0, dtype=np.int16)
        for block in blocks:
            pending = np.concatenate((pending, resampler.resample_chunk(block)))
            while len(pending) >= self.block_frames:
                yield pending[: self.block_frames]
                pending = pending[self.block_frames :]
        tail = np.concatenate((pending, resampler.resample_chunk(np.zeros(0, np.int16), last=True)))
        if len(tail):
            yield tail

    def _drain(
        self, arrived: queue.Queue[np.ndarray | None], stop: threading.Event
    ) -> Iterator[np.ndarray]:
        waited_s = 0.0
        patience_s = FIRST_BLOCK_S
        while not stop.is_set():
            try:
                block = arrived.get(timeout=_POLL_S)
            except queue.Empty:
                waited_s += _POLL_S
                if waited_s >= patience_s:
                    self._lost(f"the microphone sent no audio for {patience_s:g} s")
                    return
                continue
            if block is _STREAM_ENDED:
                if not stop.is_set():
                    self._lost("the microphone stopped (was it unplugged?)")
                return
            waited_s = 0.0
            patience_s = STALL_S
            yield block

    def _lost(self, what: str) -> None:
        self.device_lost = True
        self.notices.append(f"{what}; the answer was kept up to that point")

    def _device_error(self, error: Exception) -> AudioDeviceError:
        import sounddevice as sd

        has_input = any(d["max_input_channels"] > 0 for d in sd.query_devices())
        if not has_input or "device -1" in str(error):
            return AudioDeviceError("no microphone found", hint=NO_MICROPHONE_HINT)
        return AudioDeviceError(
            f"cannot record from {self.name}: {error}",
            hint="list devices with: interview-sim doctor",
        )
