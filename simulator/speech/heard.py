"""What a recording let a listener hear: the `Hearing` record stored on a Transcript and the
thresholds it is judged by. Measured by `speech.hearing` (which needs the recognizer's
words and the voice activity detector); kept apart from it so `speech.stt` can hold the
record without importing what measures it."""

from __future__ import annotations

from dataclasses import dataclass

SPEECH_PERCENTILE = 90
"""The loud frames of the voice: vowels. A mean would sink with every gap between words."""

NOISE_PERCENTILE = 2
"""The quietest frames: the room between words. Steady noise (a fan, hiss) varies under 1 dB
from frame to frame, so this sits on it; a clean recording's quiet frames sit far lower."""

QUIET_DB = -50.0
"""Voice (SPEECH_PERCENTILE level) quieter than this dBFS is "very quiet": words may be lost.
Measured with `bench/recording_quality.py` on the 25 clips of the shared real-speech set
(LibriSpeech, LibriVox, AMI, JFK, PocketSphinx and Sphinx-4 test data), each turned down and
read by faster-whisper tiny.en. Clean, the clips' voice sits at -34 to -10 dBFS (median -20)
and total WER is 5.0 %. Turned down 25/30/35/40/45/50 dB (median voice -46/-50/-55/-60/-65/-70
dBFS) it is 7.1/6.5/7.9/10.3/20.3/56.2 %. Per clip, by measured voice level, the share whose
words changed from their clean reading: above -45 dBFS 1 of 17, -50..-45 4 of 22, -55..-50 3 of
24, -60..-55 7 of 27, -65..-60 8 of 26, -70..-65 14 of 20 (whole clips came out empty), below
-70 all. No clean clip comes within 16 dB of -50; breaker12's quiet copy of a14 (V9, peak
0.015) measures -51 and read 4 of its 46 words wrong. Its own 50 clean spoken answers (flite and
espeak-ng) measure -18 to -12."""

NOISY_SNR_DB = 18.0
"""Voice less than this many dB above the noise floor is "noisy". Measured as QUIET_DB, with
white noise added under each clip's voice: 25/20/15/10 dB under it (measured SNR median
25.2/20.5/15.7/11.1) total WER was 7.4/7.9/10.9/14.7 % against 5.0 % clean, so 18 lies
between the last noise that cost under half as many errors again and the first that doubled
them. Clean, the clips measure 26.6 to 60.3 dB (JFK's crowd hum the lowest); breaker12's 50
clean answers 27 to 64, and its noisy copy of a14 (V9) 16.0."""

SILENT_DB = -85.0
"""At or under this the recording holds no sound at all (voice_activity.DIGITAL_SILENCE_DB)."""

UNHEARD_MIN_S = 1.0
"""A stretch of voice at least this long with no word in it was not transcribed. The Whisper
recognizer reads such a stretch again on its own (engines.whisper.UNREAD_VOICE_S, the same
second); what is still empty after that is what it could not make out."""

WORD_REACH_S = 0.3
"""A word's times may sit this far off its sound (Whisper stretches and shifts words; Silero's
spans are padded by 0.1 s), so voice this close to a word counts as that word's."""

MIN_VOICE_S = 1.0
"""Less voice than this is too little to measure a level on; the whole clip's frames are used."""


@dataclass(frozen=True)
class Hearing:
    """What the recording of one answer let a listener hear."""

    speech_db: float
    """dBFS of the loud frames of the voice (SPEECH_PERCENTILE)."""
    noise_db: float
    """dBFS of the quietest frames (NOISE_PERCENTILE): the floor under the voice."""
    peak_db: float
    """dBFS of the largest sample."""
    voiced_s: float
    """Seconds of voice Silero found."""
    unheard: tuple[tuple[float, float], ...] = ()
    """(start s, end s) of each stretch of voice with no word in it, UNHEARD_MIN_S or longer."""

    @property
    def snr_db(self) -> float:
        return self.speech_db - self.noise_db

    @property
    def quiet(self) -> bool:
        """Voice quieter than QUIET_DB. Digital silence (a muted input, an empty file) is no
        quiet voice: there is nothing to hear at all, and no words is said of it elsewhere."""
        return SILENT_DB < self.speech_db < QUIET_DB

    @property
    def noisy(self) -> bool:
        return not self.quiet and self.speech_db > SILENT_DB and self.snr_db < NOISY_SNR_DB

    @property
    def untrusted(self) -> bool:
        """Whether the recording was too quiet or too noisy for the words heard to be trusted."""
        return self.quiet or self.noisy

    def warning(self) -> str:
        """One line for the top of the feedback; "" for a recording fit to judge."""
        if self.quiet:
            return (
                f"I could hardly hear you: the recording is very quiet (voice at"
                f" {self.speech_db:.0f} dBFS, peaks {self.peak_db:.0f} dBFS), so words may be lost"
                " and this feedback may be wrong. Speak closer to the microphone or turn it up."
            )
        if self.noisy:
            return (
                f"I could hardly hear you over the noise: your voice is only {self.snr_db:.0f} dB"
                " above it, so words may be lost and this feedback may be wrong. Record"
                " somewhere quieter or closer to the microphone."
            )
        return ""

    def unheard_line(self) -> str:
        """What was not transcribed, with its times; "" when everything voiced has words."""
        if not self.unheard:
            return ""
        spans = ", ".join(f"{start:.1f}–{end:.1f} s" for start, end in self.unheard)
        total = sum(end - start for start, end in self.unheard)
        return (
            f"Part of the recording was not transcribed: speech at {spans} ({total:.1f} s) has"
            " no words, so it is neither judged nor counted as silence."
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "speech_db": round(self.speech_db, 1),
            "noise_db": round(self.noise_db, 1),
            "peak_db": round(self.peak_db, 1),
            "voiced_s": round(self.voiced_s, 2),
            "unheard": [[round(start, 2), round(end, 2)] for start, end in self.unheard],
        }

    @classmethod
    def from_dict(cls, data: object) -> Hearing | None:
        """The stored form back; None for anything that is not one (an older turn, a typed
        answer, a damaged field)."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                speech_db=float(data["speech_db"]),
                noise_db=float(data["noise_db"]),
                peak_db=float(data["peak_db"]),
                voiced_s=float(data["voiced_s"]),
                unheard=tuple(
                    (float(start), float(end)) for start, end in data.get("unheard", ())
                ),
            )
        except (KeyError, TypeError, ValueError):
            return None
