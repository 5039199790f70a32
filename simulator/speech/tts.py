"""Speech out: a Synthesizer turns text into a Clip in a persona's voice. Playing it is the
audio package's job, so speech can be cached, stored with the session and stopped at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Only for annotations: importing Clip pulls in numpy, which the app's start-up and
    # the analysis of typed answers do not need.
    from simulator.audio.clip import Clip


@dataclass(frozen=True)
class VoiceSettings:
    """How an interviewer sounds. Fields follow espeak-ng's own terms."""

    voice: str = "en-us"
    """espeak-ng voice id, e.g. en-us, en-gb-x-rp, en-gb-scotland."""
    variant: str = ""
    """espeak-ng variant appended with '+', e.g. m3, f2 (empty for the voice's default)."""
    rate: int = 170
    """Words per minute."""
    pitch: int = 50
    """0-100, espeak-ng's pitch scale."""
    volume: float = 0.9
    """0.0-1.0."""

    @property
    def espeak_id(self) -> str:
        return f"{self.voice}+{self.variant}" if self.variant else self.voice


class Synthesizer(Protocol):
    name: str

    def synthesize(self, text: str, voice: VoiceSettings) -> Clip: ...
