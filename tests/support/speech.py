"""Test speech made at test time (nothing large is committed). flite voices are what
recognizers read well; espeak-ng is the interviewer's voice."""

from __future__ import annotations

import shutil
import subprocess
import time
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


def sphinx_helper_of(program: subprocess.Popen[bytes]) -> int | None:
    """The PID of the pocketsphinx helper `program` starts once it is transcribing (read from
    /proc: a child whose command names sphinx_helper); None when `program` ended first."""
    while program.poll() is None:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except OSError:  # gone meanwhile
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == program.pid and b"sphinx_helper" in command:
                return int(entry.name)
        time.sleep(0.01)
    return None
