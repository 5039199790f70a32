"""An 8 kHz (telephone-quality) recording through `interview-sim transcribe`, end to end: the file
is made at test time (flite, then sox down to 8 kHz), read by the real reader, transcribed by the
real pocketsphinx decoder, and the user is told in one line that this engine misreads such audio
and which engine reads it well."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.speech.engines.sphinx import NARROW_BAND_NOTICE
from tests.support import clips
from tests.support.speech import flite_wav

ANSWER = "I moved our team to weekly releases and the number of support calls went down."


@pytest.fixture(scope="module")
def phone_recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("phone")
    wide = flite_wav(ANSWER, folder / "answer-16k.wav")
    narrow = folder / "answer-8k.wav"
    clips.sox(str(wide), "-r", "8000", str(narrow))
    return narrow


def test_pocketsphinx_on_an_8_khz_recording_says_so_in_one_line(
    phone_recording: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transcribe", str(phone_recording), "--engine", "pocketsphinx", "--json"]) == 0
    captured = capsys.readouterr()
    # The engine the user asked for is kept (their choice), its words are still given ...
    document = json.loads(captured.out)
    assert (document["engine"], document["model"]) == ("pocketsphinx", "speechrecognition")
    assert document["words"], document
    # ... and exactly one line says why they may be wrong and what to use instead.
    assert captured.err == f"interview-sim: {NARROW_BAND_NOTICE}\n"
    assert "4 kHz" in captured.err and "--engine faster-whisper" in captured.err


def test_the_default_engine_reads_the_same_recording_without_a_warning(
    phone_recording: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transcribe", str(phone_recording)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    for word in ("weekly", "releases", "support"):
        assert word in captured.out.lower(), captured.out


def test_a_full_band_recording_gets_no_warning_from_pocketsphinx(
    phone_recording: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = phone_recording.with_name("answer-16k.wav")
    assert main(["transcribe", str(wide), "--engine", "pocketsphinx"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and captured.err == ""
