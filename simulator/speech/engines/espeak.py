"""The interviewer's voice: espeak-ng driven through pyttsx3.

pyttsx3 is used only through `save_to_file` and its `finished-utterance` callback; its `say()`
shells out to `aplay`, returns early and drops queued text, so playing is left to the audio
package. espeak-ng synthesizes seconds of speech in milliseconds, and a prompt once spoken is
cached (in memory and as a WAV under the cache folder), so asking a question sounds at once.
pyttsx3 silently ignores an unknown voice or variant; we check both ourselves.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import io
import json
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from simulator.audio.clip import Clip
from simulator.errors import EngineUnavailableError
from simulator.locations import cache_dir
from simulator.private_files import private_dir, write_private
from simulator.speech.tts import VoiceSettings

LIST_VOICES_HINT = (
    "see the voices with: espeak-ng --voices=en; variants: espeak-ng --voices=variant"
)

SYNTHESIS_TIMEOUT_S = 30.0
"""espeak-ng makes minutes of speech per second; past this, something is broken."""

MEMORY_CACHE_ENTRIES = 256
"""Prompts kept in memory; a session asks a few dozen, each a few hundred kB."""


@dataclass(frozen=True)
class VoiceInfo:
    """One installed espeak-ng voice. `id` is what a persona writes (e.g. en-gb-x-rp)."""

    id: str
    name: str
    language: str


def tts_cache_dir() -> Path:
    return cache_dir() / "tts"


class EspeakSynthesizer:
    """Text to a 16 kHz Clip in a persona's voice. One pyttsx3 engine per process (espeak-ng
    can be initialised only once), used under a lock so any thread may synthesize."""

    name = "espeak-ng"

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError as error:
            raise EngineUnavailableError(
                f"pyttsx3 cannot be imported ({error})", hint="pip install pyttsx3"
            ) from None
        try:
            self._engine: Any = pyttsx3.init("espeak")
        except (RuntimeError, OSError, ImportError) as error:
            raise EngineUnavailableError(
                f"espeak-ng cannot start ({error})",
                hint="install espeak-ng (Debian: apt-get install espeak-ng)",
            ) from None
        self._lock = threading.Lock()
        self._memory: dict[str, Clip] = {}
        self._voices: list[VoiceInfo] | None = None
        self._variants: list[str] | None = None

    # -- voices -----------------------------------------------------------------------------

    def list_voices(self) -> list[VoiceInfo]:
        """Every voice espeak-ng has installed, sorted by id."""
        if self._voices is None:
            with self._lock:
                found = [
                    VoiceInfo(
                        id=voice.id.rsplit("/", 1)[-1],
                        name=voice.name,
                        language=(voice.languages or [""])[0],
                    )
                    for voice in self._engine.getProperty("voices")
                ]
            self._voices = sorted(found, key=lambda v: v.id)
        return self._voices

    def list_variants(self) -> list[str]:
        """Variant names that can follow a voice id after '+' (m1, f3, klatt, ...)."""
        if self._variants is None:
            from pyttsx3.drivers import _espeak

            spec = _espeak.VOICE()
            spec.languages = b"variant"
            with self._lock:
                listed = _espeak.ListVoices(spec)
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
        finished = threading.Event()
        outcomes: list[bool] = []

        def on_finished(name: object = None, completed: bool = False, **_: object) -> None:
            outcomes.append(completed)
            finished.set()

        with self._lock, tempfile.TemporaryDirectory(prefix="interview-sim-tts-") as workdir:
            target = Path(workdir) / "speech.wav"
            engine = self._engine
            engine.setProperty("voice", voice.espeak_id)
            token = engine.connect("finished-utterance", on_finished)
            try:
                engine.save_to_file(_with_prosody(text, voice), str(target))
                # The espeak driver prints "Audio saved to ..." for every file; keep it off the
                # user's terminal.
                with contextlib.redirect_stdout(io.StringIO()):
                    engine.runAndWait()
                    # runAndWait can return before espeak-ng's synthesis callback has written
                    # the file (seen in about one run in four): the callback is the real end.
                    finished.wait(timeout=SYNTHESIS_TIMEOUT_S)
            finally:
                engine.disconnect(token)
            # After a voice change pyttsx3 may also report a stale completed=False behind the
            # real completed=True (seen in half the runs); the utterance finished if any did.
            if not finished.is_set() or not any(outcomes) or not target.is_file():
                raise EngineUnavailableError(f"espeak-ng did not finish speaking {text[:40]!r}")
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
    """The process-wide synthesizer: espeak-ng initialises once per process."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = EspeakSynthesizer()
            atexit.register(_release_shared)
        return _shared


def _release_shared() -> None:
    """pyttsx3's engine and driver refer to each other, so only the garbage collector frees
    them; left to interpreter shutdown, the driver's __del__ runs after the modules it uses are
    gone and prints "Exception ignored in DriverProxy.__del__". Freed here, it runs cleanly."""
    global _shared
    _shared = None
    gc.collect()
