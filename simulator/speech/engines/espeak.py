"""The interviewer's voice: libespeak-ng, in its synchronous mode, through pyttsx3's binding.

espeak-ng synthesizes seconds of speech in milliseconds, and a prompt once spoken is cached (in
memory and as a WAV under the cache folder), so asking a question sounds at once. espeak-ng
silently ignores an unknown voice or variant; we check both ourselves.

Why not pyttsx3's espeak driver: it starts espeak-ng in its asynchronous mode, where synthesis
and the audio callback run on a thread of espeak-ng's own while pyttsx3's command queue is pumped
from both that thread and the caller's. A voice change (applied at once on the calling thread,
not queued) can run while that thread is still inside espeak-ng, and pyttsx3's `stop()` calls
espeak-ng's Cancel whenever it looks busy, also from inside espeak-ng's callback, where Cancel
waits for that same thread forever. Three synthesizers on three threads failed with "did not
finish speaking" every time and once hung for four minutes (tests/speech/test_tts.py). A test
worker also died of a segmentation fault in that synthesis; it was not reproduced, and this
picture fits it. Here every
espeak-ng call, the audio callback included, runs on the calling thread under one process-wide
lock, and the callback lives as long as the process. The audio is the same, sample for sample.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from simulator.audio.clip import Clip, wav_header
from simulator.errors import EngineUnavailableError
from simulator.locations import cache_dir
from simulator.private_files import private_dir, write_private
from simulator.speech.tts import VoiceSettings

LIST_VOICES_HINT = (
    "see the voices with: espeak-ng --voices=en; variants: espeak-ng --voices=variant"
)

MEMORY_CACHE_ENTRIES = 256
"""Prompts kept in memory; a session asks a few dozen, each a few hundred kB."""

BUFFER_MS = 1000
"""Audio handed to the callback per call, in ms (espeak-ng's buflength)."""


@dataclass(frozen=True)
class VoiceInfo:
    """One installed espeak-ng voice. `id` is what a persona writes (e.g. en-gb-x-rp)."""

    id: str
    name: str
    language: str


def tts_cache_dir() -> Path:
    return cache_dir() / "tts"


class _Library:
    """libespeak-ng, initialised once per process in synchronous mode: `espeak_Synth` returns
    when the text is spoken, having called `_on_audio` on the same thread for every buffer."""

    def __init__(self) -> None:
        try:
            from pyttsx3.drivers import _espeak
        except ImportError as error:
            raise EngineUnavailableError(
                f"pyttsx3 cannot be imported ({error})", hint="pip install pyttsx3"
            ) from None
        except (RuntimeError, OSError) as error:  # the binding loads libespeak-ng on import
            raise EngineUnavailableError(
                f"espeak-ng cannot start ({error})",
                hint="install espeak-ng (Debian: apt-get install espeak-ng)",
            ) from None
        self.binding: Any = _espeak
        self.rate = int(_espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MS))
        if self.rate <= 0:
            raise EngineUnavailableError(
                "espeak-ng cannot start (espeak_Initialize failed)",
                hint="install espeak-ng (Debian: apt-get install espeak-ng)",
            )
        self.buffers: list[bytes] = []
        # Held for the life of the process: espeak-ng keeps the pointer.
        self.callback = _espeak.t_espeak_callback(self._on_audio)
        _espeak.cSetSynthCallback(self.callback)
        # The starting rate and volume pyttsx3 set, so the audio is the same as it made.
        _espeak.SetParameter(_espeak.RATE, 200, 0)
        _espeak.SetParameter(_espeak.VOLUME, 100, 0)

    def _on_audio(self, wav: Any, samples: int, events: Any) -> int:
        if samples > 0:
            self.buffers.append(ctypes.string_at(wav, samples * ctypes.sizeof(ctypes.c_short)))
        return 0  # go on


_library: _Library | None = None
_library_lock = threading.Lock()
"""Held around every espeak-ng call: its state (voice, buffers, callback) is the process's."""


def _espeak() -> _Library:
    """The process's libespeak-ng; call with `_library_lock` held."""
    global _library
    if _library is None:
        _library = _Library()
    return _library


class EspeakSynthesizer:
    """Text to a 16 kHz Clip in a persona's voice. espeak-ng can be initialised only once per
    process, so all synthesizers share it, under one lock: any thread may synthesize."""

    name = "espeak-ng"

    def __init__(self) -> None:
        with _library_lock:
            _espeak()
        self._memory: dict[str, Clip] = {}
        self._voices: list[VoiceInfo] | None = None
        self._variants: list[str] | None = None

    # -- voices -----------------------------------------------------------------------------

    def list_voices(self) -> list[VoiceInfo]:
        """Every voice espeak-ng has installed, sorted by id."""
        if self._voices is None:
            with _library_lock:
                found = [
                    VoiceInfo(
                        id=voice.identifier.decode("utf-8").lower().rsplit("/", 1)[-1],
                        name=voice.name.decode("utf-8"),
                        language=(
                            voice.languages[1:].decode("utf-8", errors="ignore")
                            if voice.languages
                            else ""
                        ),
                    )
                    for voice in _espeak().binding.ListVoices(None)
                ]
            self._voices = sorted(found, key=lambda v: v.id)
        return self._voices

    def list_variants(self) -> list[str]:
        """Variant names that can follow a voice id after '+' (m1, f3, klatt, ...)."""
        if self._variants is None:
            with _library_lock:
                binding = _espeak().binding
                spec = binding.VOICE()
                spec.languages = b"variant"
                listed = binding.ListVoices(spec)
                names = [v.identifier.decode("utf-8").rsplit("/", 1)[-1] for v in listed]
            self._variants = sorted(names, key=str.lower)
        return self._variants

    def check_voice(self, voice: VoiceSettings) -> None:
        """Raise EngineUnavailableError naming the voice or variant espeak-ng does not have."""
        known = {v.id.lower() for v in self.list_voices()}
        known |= {v.name.lower() for v in self.list_voices()}
        if voice.voice.lower() not in known:
            raise EngineUnavailableError(
                f"espeak-ng has no voice {voice.voice!r}", hint=LIST_VOICES_HINT
            )
        if voice.variant and voice.variant.lower() not in {v.lower() for v in self.list_variants()}:
            raise EngineUnavailableError(
                f"espeak-ng has no voice variant {voice.variant!r}", hint=LIST_VOICES_HINT
            )

    # -- speech -----------------------------------------------------------------------------

    def synthesize(self, text: str, voice: VoiceSettings) -> Clip:
        """The spoken `text` as a Clip; from the cache when this text and voice were heard."""
        self.check_voice(voice)
        key = _cache_key(text, voice)
        cached = self._memory.get(key)
        if cached is not None:
            return cached
        path = tts_cache_dir() / f"{key}.wav"
        clip: Clip | None = None
        if path.is_file():
            with contextlib.suppress(Exception):
                clip = Clip.from_wav(path)
        if clip is None:
            clip = self._speak(text, voice)
            _write_atomically(clip, path)
        self._remember(key, clip)
        return clip

    def _speak(self, text: str, voice: VoiceSettings) -> Clip:
        with _library_lock:
            library = _espeak()
            binding = library.binding
            if binding.SetVoiceByName(voice.espeak_id.encode("utf-8")) != binding.EE_OK:
                raise EngineUnavailableError(
                    f"espeak-ng cannot use voice {voice.espeak_id!r}", hint=LIST_VOICES_HINT
                )
            library.buffers = []
            status = binding.Synth(
                _with_prosody(text, voice).encode("utf-8"),
                flags=binding.ENDPAUSE | binding.CHARS_UTF8,
            )
            audio, library.buffers = b"".join(library.buffers), []
            rate = library.rate
        if status != binding.EE_OK or not audio:
            raise EngineUnavailableError(f"espeak-ng did not speak {text[:40]!r} (status {status})")
        with tempfile.TemporaryDirectory(prefix="interview-sim-tts-") as workdir:
            # Read back as any WAV is, so the 16 kHz samples are what a file of it gives.
            target = Path(workdir) / "speech.wav"
            write_private(target, wav_header(len(audio), rate) + audio, durable=False)
            return Clip.from_wav(target)

    def _remember(self, key: str, clip: Clip) -> None:
        if len(self._memory) >= MEMORY_CACHE_ENTRIES:
            self._memory.pop(next(iter(self._memory)))
        self._memory[key] = clip


def _with_prosody(text: str, voice: VoiceSettings) -> str:
    """Rate, pitch and volume as espeak-ng embedded commands (\\x01 + value + letter) ahead of the
    text. Set through pyttsx3's setProperty they took effect for the first utterance of a
    process only; embedded commands apply to every utterance they lead."""
    amplitude = round(max(0.0, min(1.0, voice.volume)) * 100)
    pitch = max(0, min(100, voice.pitch))
    return f"\x01{int(voice.rate)}S\x01{pitch}P\x01{amplitude}A{text}"


def _cache_key(text: str, voice: VoiceSettings) -> str:
    described = json.dumps({"text": text, "voice": asdict(voice)}, sort_keys=True)
    return hashlib.sha256(described.encode("utf-8")).hexdigest()[:32]


def _write_atomically(clip: Clip, path: Path) -> None:
    """A cache file is either whole or absent, even if two processes write it at once."""
    try:
        private_dir(path.parent)
        write_private(path, clip.wav_bytes(), durable=False)
    except OSError:
        pass  # A cache that cannot be written only costs speed.


_shared: EspeakSynthesizer | None = None
_shared_lock = threading.Lock()


def get_synthesizer() -> EspeakSynthesizer:
    """The process-wide synthesizer (its memory cache is shared by every caller)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = EspeakSynthesizer()
        return _shared
