"""Test speech made at test time (nothing large is committed). flite voices are what
recognizers read well; espeak-ng is the interviewer's voice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from simulator.audio.clip import Clip


def flite_clip(text: str, workdir: Path, voice: str = "slt", name: str = "answer") -> Clip:
    flite = shutil.which("flite")
    assert flite, "flite is missing: ./dev.sh test installs it"
    path = workdir / f"{name}.wav"
    subprocess.run([flite, "-voice", voice, "-t", text, "-o", str(path)], check=True)
    return Clip.from_wav(path)


def flite_wav(text: str, path: Path, voice: str = "slt") -> Path:
    """A flite WAV at 16 kHz mono int16, the exact format the virtual microphone plays."""
    flite_clip(text, path.parent, voice, name=path.stem + ".raw-flite").write_wav(path)
    return path
