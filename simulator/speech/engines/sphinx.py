"""The fallback recognizer: pocketsphinx, which needs no downloaded weights.

The pocketsphinx Decoder is used directly (speech_recognition's recognize_sphinx wraps the same
decoder but hides the word segments we need), in a helper process that sphinx_helper.py explains.
It is pointed at the language model and dictionary that ship inside speech_recognition, which
read our test speech with far fewer errors than the pocketsphinx wheel's own (see
bench/stt_wer.py). Fillers such as "um" and "uh" are dictionary words here, so they come through
as words.
"""

from __future__ import annotations

import re
from pathlib import Path

from simulator.audio.clip import RATE, Clip
from simulator.audio.levels import is_narrow_band
from simulator.errors import EngineUnavailableError
from simulator.speech import voice_activity
from simulator.speech.engines.sphinx_helper import decoder_process, model_files
from simulator.speech.stt import Transcript, Word

MIN_SPEECH_S = 0.15
"""Less speech than this in a clip is silence or noise: pocketsphinx would invent a word for it
(it heard "dog" in 8 s of digital silence), so it is not asked."""

NARROW_BAND_NOTICE = (
    "this recording has no sound above 4 kHz (telephone quality, recorded at 8 kHz);"
    " pocketsphinx's 16 kHz model misreads such audio (the JFK clip at 8 kHz: \"now my column"
    " that had not\"), faster-whisper reads it well: use --engine faster-whisper"
)

_NOT_WORDS = re.compile(r"^(<s>|</s>|<sil>|\[.*\]|\+\+.*\+\+)$")
_ALTERNATE = re.compile(r"\(\d+\)$")


def check_model_files(language_model: str) -> None:
    """Raise EngineUnavailableError, naming the file, if a model file is missing."""
    try:
        import pocketsphinx  # noqa: F401 (the helper process needs it)
    except ImportError:
        raise EngineUnavailableError(
            "pocketsphinx is missing", hint="pip install pocketsphinx"
        ) from None
    for path in model_files(language_model).values():
        if not Path(path).exists():
            raise EngineUnavailableError(f"pocketsphinx model file missing: {path}")


class SphinxRecognizer:
    """pocketsphinx with word times (10 ms frames)."""

    name = "pocketsphinx"

    def __init__(self, model: str = "speechrecognition") -> None:
        self.model = model or "speechrecognition"
        check_model_files(self.model)
        # No helper yet: a program that never hears speech (typed answers, a silent file, a
        # Ctrl-C first) never pays for one (a process, about 0.3 s of CPU to load the decoder).

    def prepare(self) -> None:
        """Start the helper now, so the decoder loads while the answer is still being spoken
        (streaming calls this at an answer's first voiced frame); the first clip that has
        speech starts it anyway. Raises EngineUnavailableError if it cannot start."""
        decoder_process(self.model)

    def transcribe(self, clip: Clip) -> Transcript:
        words: list[Word] = []
        frames = voice_activity.speech_frames(clip.samples)
        if voice_activity.speech_seconds(frames) >= MIN_SPEECH_S:
            segments = decoder_process(self.model).decode(clip.samples.astype("<i2").tobytes())
            for word, start_s, end_s in segments:
                if _NOT_WORDS.match(word):
                    continue
                words.append(Word(_ALTERNATE.sub("", word), round(start_s, 3), round(end_s, 3)))
        assert clip.rate == RATE
        narrow = bool(words) and is_narrow_band(clip.samples, clip.rate)
        return Transcript(
            text=" ".join(word.text for word in words),
            words=tuple(words),
            engine=self.name,
            model=self.model,
            duration_s=clip.duration_s,
            notices=(NARROW_BAND_NOTICE,) if narrow else (),
        )
