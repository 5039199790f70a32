"""The default recognizer: faster-whisper (CTranslate2, int8, CPU).

A Whisper model takes a second or more to load, so each model folder is loaded once per process
and shared (speech_recognition's recognize_faster_whisper reloads it on every call). Whisper drops
"um" and "uh" unless its context shows them, so an initial prompt full of fillers is given; word
times are then tightened to real speech with the voice-activity detector, because Whisper
stretches words over the silence before them. Long audio is cut at pauses first: on one long
window Whisper can skip its start or repeat a sentence.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

from simulator.audio.clip import RATE, Clip
from simulator.errors import EngineUnavailableError
from simulator.speech import voice_activity
from simulator.speech.models import resolve_model
from simulator.speech.stt import Transcript, Word

FILLER_PROMPT = "So, um, I was, uh, thinking about it, and, er, we decided."
"""Written for this project. Shows Whisper a disfluent speaker, so it writes the fillers it hears:
8 of 11 kept on flite test sentences against 1 of 11 without a prompt, with the same 5.3% WER on
the real-speech set (a longer, denser prompt kept as many but raised WER to 6.8%)."""

MAX_WINDOW_S = 10.0
"""Longest piece given to Whisper at once, cut at a pause. Whisper's window is 30 s, but with the
filler prompt and greedy decoding it skipped whole sentences of long windows: on 90 s answers
batch WER was 6-20% with 15-25 s windows and 5-8% with 10 s ones (the streaming pieces' size)."""

WHOLE_CLIP_S = 20.0
"""A clip up to this long is transcribed whole: splitting short clips at 10 s cost base 2 points
of WER on the real-speech set (a sentence's second half lost its context)."""

INVENTED_WORD_PROBABILITY = 0.5
"""A word below this confidence with no speech under it is dropped as invented."""

MIN_SPEECH_S = 0.15
"""Less speech than this in a clip is silence or noise; Whisper would invent words for it."""

_loaded: dict[tuple[str, str], Any] = {}
_load_lock = threading.Lock()


def load_model(folder: Path, compute_type: str = "int8") -> Any:
    """The WhisperModel for `folder`, loaded on first use and kept for the process."""
    key = (str(folder.resolve()), compute_type)
    with _load_lock:
        model = _loaded.get(key)
        if model is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError as error:
                raise EngineUnavailableError(
                    f"faster-whisper cannot be imported ({error})",
                    hint="pip install faster-whisper",
                ) from None
            threads = min(4, os.cpu_count() or 1)
            try:
                model = WhisperModel(
                    str(folder), device="cpu", compute_type=compute_type, cpu_threads=threads
                )
            except (RuntimeError, ValueError, OSError) as error:
                raise EngineUnavailableError(
                    f"{folder}: cannot load Whisper model ({error})"
                ) from None
            _loaded[key] = model
        return model


class WhisperRecognizer:
    """faster-whisper with word times, fillers kept and pauses made true."""

    name = "faster-whisper"

    def __init__(
        self,
        model: str = "tiny.en",
        keep_fillers: bool = True,
        beam_size: int = 1,
        tighten_times: bool = True,
    ) -> None:
        self.model, self.folder = resolve_model(model)
        self.keep_fillers = keep_fillers
        self.beam_size = beam_size
        self.tighten_times = tighten_times
        self._whisper = load_model(self.folder)

    def transcribe(self, clip: Clip) -> Transcript:
        frames = voice_activity.speech_frames(clip.samples)
        words: list[Word] = []
        if voice_activity.speech_seconds(frames) >= MIN_SPEECH_S:
            step = voice_activity.FRAME_SAMPLES
            longest = WHOLE_CLIP_S if clip.duration_s <= WHOLE_CLIP_S else MAX_WINDOW_S
            for start, end in voice_activity.windows_at_pauses(frames, longest):
                # The last window also takes the samples after the last whole frame.
                stop = len(clip.samples) if end == len(frames) else end * step
                piece = clip.samples[start * step : stop]
                words.extend(self._transcribe_window(piece, start * voice_activity.FRAME_S))
        # Whisper's favourite inventions ("Thank you.") sit in silence and come with low
        # confidence; real words, even quiet ones, overlap speech or are confident.
        words = [
            w
            for w in words
            if (w.probability or 0.0) >= INVENTED_WORD_PROBABILITY
            or voice_activity.has_speech(w, frames)
        ]
        if self.tighten_times:
            words = list(voice_activity.tighten_words(words, frames))
        return Transcript(
            # Whisper's words carry their punctuation, so the text is exactly the kept words.
            text=" ".join(w.text for w in words),
            words=tuple(words),
            engine=self.name,
            model=self.model,
            duration_s=clip.duration_s,
        )

    def _transcribe_window(self, samples: np.ndarray, offset_s: float) -> list[Word]:
        audio = samples.astype(np.float32) / 32768.0
        segments, _info = self._whisper.transcribe(
            audio,
            language="en",
            beam_size=self.beam_size,
            word_timestamps=True,
            initial_prompt=FILLER_PROMPT if self.keep_fillers else None,
            condition_on_previous_text=False,
            vad_filter=False,
        )
        words: list[Word] = []
        duration = len(samples) / RATE
        for segment in segments:
            for word in segment.words or ():
                text = word.word.strip()
                if not text:
                    continue
                start = min(float(word.start), duration) + offset_s
                end = min(float(word.end), duration) + offset_s
                words.append(
                    Word(text, round(start, 3), round(end, 3), round(float(word.probability), 3))
                )
        return words
