"""How well the recording let the answer be heard: its level, its noise, and the stretches of
voice the recognizer wrote no word for.

A coach who could hardly hear the candidate says so before judging the words. The recognizer
loses words in a very quiet or noisy recording, and then the analysis finds no action and blames
the answer (breaker12 V9: the same answer scored 50 at a normal level, 12 at -35 dB and 17
under white noise, with no word about the audio). And a sentence the recognizer dropped is not
silence (V2: a dropped 5 s opening read as "first word after 9.9 s" and a slow start).

`hear(clip, transcript)` measures; the result (`speech.heard.Hearing`) rides on the Transcript
(`Transcript.hearing`), so the CLI, the room and `reanalyze` read the same figures, and the
analysis never reads audio.
The recognizer's words are never changed here.

Figures, from 10 ms frame levels (`voice_activity.frame_levels_db`, digital silence left out)
and Silero's voice spans (`voice_activity.voiced_spans`):
  speech_db   the SPEECH_PERCENTILE of the levels inside voice: how loud the voice is
  noise_db    the NOISE_PERCENTILE of all levels: the floor the voice stands on
  snr_db      speech_db - noise_db
Thresholds were measured on real speech with `bench/recording_quality.py` (see QUIET_DB and
NOISY_SNR_DB in speech.heard).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.speech.heard import (
    MIN_VOICE_S,
    NOISE_PERCENTILE,
    NOISY_SNR_DB,
    QUIET_DB,
    SILENT_DB,
    SPEECH_PERCENTILE,
    UNHEARD_MIN_S,
    WORD_REACH_S,
    Hearing,
)

__all__ = [
    "MIN_VOICE_S", "NOISE_PERCENTILE", "NOISY_SNR_DB", "QUIET_DB", "SILENT_DB",
    "SPEECH_PERCENTILE", "UNHEARD_MIN_S", "WORD_REACH_S", "Hearing", "hear", "measure",
    "unheard_spans",
]

if TYPE_CHECKING:
    import numpy as np

    from simulator.audio.clip import Clip
    from simulator.speech.stt import Transcript, Word

def measure(samples: np.ndarray, spans: list[tuple[float, float]]) -> Hearing:
    """The level figures of 16 kHz int16 `samples` whose voice is at `spans` (no unheard
    stretches: those need the words, see `hear`)."""
    import numpy as np

    from simulator.speech.voice_activity import DIGITAL_SILENCE_DB, FRAME_S, frame_levels_db

    levels = frame_levels_db(samples)
    audible = levels > DIGITAL_SILENCE_DB
    inside = np.zeros(len(levels), dtype=bool)
    for start, end in spans:
        inside[int(start / FRAME_S) : int(np.ceil(end / FRAME_S))] = True
    voiced = levels[inside & audible]
    if len(voiced) * FRAME_S < MIN_VOICE_S:
        voiced = levels[audible]
    floor = levels[audible]
    peak = float(np.max(np.abs(samples.astype(np.int32)))) if len(samples) else 0.0
    # Rounded as stored, so a turn judged again from its stored transcript judges the same.
    return Hearing(
        speech_db=round(float(np.percentile(voiced, SPEECH_PERCENTILE)), 1)
        if len(voiced) else -90.0,
        noise_db=round(float(np.percentile(floor, NOISE_PERCENTILE)), 1) if len(floor) else -90.0,
        peak_db=round(20.0 * float(np.log10(max(peak, 1.0) / 32768.0)), 1),
        voiced_s=round(sum(end - start for start, end in spans), 2),
    )


def unheard_spans(
    words: tuple[Word, ...], spans: list[tuple[float, float]]
) -> tuple[tuple[float, float], ...]:
    """The parts of the voice `spans` at least UNHEARD_MIN_S long that no word (widened by
    WORD_REACH_S on each side) covers."""
    covered = sorted(
        (word.start - WORD_REACH_S, word.end + WORD_REACH_S)
        for word in words
        if word.start is not None and word.end is not None
    )
    found: list[tuple[float, float]] = []
    for start, end in spans:
        cursor = start
        for low, high in covered:
            if high <= cursor or low >= end:
                continue
            if low - cursor >= UNHEARD_MIN_S:
                found.append((cursor, low))
            cursor = max(cursor, high)
        if end - cursor >= UNHEARD_MIN_S:
            found.append((cursor, end))
    return tuple((round(start, 2), round(end, 2)) for start, end in found)


def hear(clip: Clip, transcript: Transcript) -> Transcript:
    """`transcript` of `clip` with its `hearing` measured. Its words are left as they are."""
    from dataclasses import replace

    from simulator.speech.voice_activity import voiced_spans

    spans = voiced_spans(clip.samples)
    found = measure(clip.samples, spans)
    found = replace(found, unheard=unheard_spans(transcript.words, spans))
    return replace(transcript, hearing=found)
