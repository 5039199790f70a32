"""The transcript-trust test set, made at test time with sox and flite (nothing is committed):
clips with no voice at all, and answers whose truth (where the voice starts, what was said, how
many words a person says) is known."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator.audio.clip import RATE, Clip
from tests.support.speech import flite_clip

NO_VOICE = ("clicks", "pink_noise", "hum", "room_tone")
"""Clips in which nobody speaks: every word a recognizer returns for them is invented."""


def sox(*args: str) -> None:
    found = shutil.which("sox")
    assert found, "sox is missing: ./dev.sh test installs it"
    subprocess.run([found, *args], check=True, capture_output=True)


def no_voice_clip(kind: str, folder: Path, seconds: float = 8.0) -> Clip:
    """`kind` from NO_VOICE: keyboard-like clicks over a quiet floor, pink noise, 50 Hz mains hum
    with its harmonic, or the faint brown noise of an empty room."""
    if kind == "clicks":
        return clicks(seconds)
    path = folder / f"{kind}.wav"
    synth = {
        "pink_noise": ["pinknoise", "vol", "0.1"],
        "hum": ["sine", "50", "sine", "100", "vol", "0.2"],
        "room_tone": ["brownnoise", "vol", "0.003"],
    }[kind]
    sox("-n", "-r", str(RATE), "-c", "1", "-b", "16", str(path), "synth", f"{seconds:g}", *synth)
    return Clip.from_wav(path)


def clicks(seconds: float, seed: int = 7) -> Clip:
    """Six sharp clicks a second (a keyboard near the microphone) over a faint hiss."""
    rng = np.random.default_rng(seed)
    samples = rng.normal(0.0, 30.0, round(seconds * RATE))
    decay = np.exp(-np.arange(80) / 15.0)
    for at in rng.uniform(0.0, seconds - 0.01, round(seconds * 6)):
        first = round(at * RATE)
        samples[first : first + 80] += rng.normal(0.0, 6000.0, 80) * decay
    return Clip(np.clip(samples, -32768, 32767).astype(np.int16))


def hiss(seconds: float, seed: int = 3) -> np.ndarray:
    """A quiet noise floor (a real room is never digital silence)."""
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(0.0, 20.0, round(seconds * RATE)), -32768, 32767).astype(np.int16)


def voice_onset_s(clip: Clip, threshold: int = 300) -> float:
    """Where the first sample louder than `threshold` is: the voice's start in a flite clip."""
    return float(np.flatnonzero(np.abs(clip.samples.astype(np.int32)) > threshold)[0]) / RATE


@dataclass(frozen=True)
class Answer:
    """A flite answer with what a listener would count."""

    name: str
    text: str
    spoken_words: int
    """Words a person says, counted in `text` (flite reads it as written)."""
    voice: str = "slt"


ANSWERS = (
    Answer(
        "figures",
        "Revenue went up to one point two million and the page loaded in three and a half"
        " seconds.",
        16,
    ),
    Answer(
        "money",
        "We paid a hundred and eighty thousand dollars in twenty twenty-four, about fifteen"
        " percent of the budget.",
        16,
        "rms",
    ),
    Answer(
        "hyphens",
        "I re-built the well-known sign-up flow with a long-term plan for our up-to-date"
        " service.",
        15,
    ),
    Answer(
        "plain",
        "I led the migration of our billing system. It took three months and cut costs by a"
        " third.",
        18,
        "awb",
    ),
)


def answer_clip(answer: Answer, folder: Path) -> Clip:
    return flite_clip(answer.text, folder, answer.voice, name=answer.name)


def with_lead(clip: Clip, lead: np.ndarray) -> Clip:
    return Clip(np.concatenate((lead, clip.samples)))


def from_sample_zero(clip: Clip, threshold: int = 300) -> Clip:
    """The clip cut so that its voice starts at its very first sample."""
    first = int(np.flatnonzero(np.abs(clip.samples.astype(np.int32)) > threshold)[0])
    return Clip(clip.samples[first:])


def with_tail(clip: Clip, seconds: float) -> Clip:
    return Clip(np.concatenate((clip.samples, hiss(seconds))))
