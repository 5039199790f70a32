"""A silent recording given as the answer (`--answer-from silence.wav`) was saved as an answer
scored 0/100 with exit status 0, tips about "0 words" and a peer's "say who you worked with",
against `practice --help`: "1 no answer was given, so nothing was saved". Now no word heard in
any answer file is no answer: nothing is saved, the status is 1, and the answer is printed as
"(no words were heard)", not scored. A real process, a real WAV, the real recognizer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from simulator.audio.clip import Clip
from tests.commands.test_practice_slice import practice


def test_a_silent_answer_file_saves_nothing_and_exits_1(tmp_path: Path, private_home: Path) -> None:
    silence = Clip(np.zeros(3 * 16_000, dtype=np.int16)).write_wav(tmp_path / "silence.wav")
    args = ("--persona", "peer", "--bank", "behavioral", "--silent", "--engine", "pocketsphinx")
    shown = practice(private_home, *args, "--json", "--answer-from", str(silence))
    assert shown.returncode == 1, shown.stderr
    assert json.loads(shown.stdout) == {"saved": False, "session": None, "folder": None}
    said = shown.stderr  # with --json the session's lines go to standard error
    assert "A: (no words were heard)" in said
    assert "Score 0/100" not in said and "Tips" not in said
    assert "Nothing was saved: no answer was given." in said
    recordings = private_home / "recordings"
    assert not recordings.exists() or not [p for p in recordings.iterdir() if p.is_dir()]
