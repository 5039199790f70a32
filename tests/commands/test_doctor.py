"""`doctor` on this machine as CI has it: no sound card, everything else installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main


def run_doctor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["doctor", *args])
    return code, capsys.readouterr().out


def test_no_sound_card_is_reported_with_a_way_forward_but_is_not_fatal(
    capsys: pytest.CaptureFixture[str], no_audio_devices: None
) -> None:
    code, out = run_doctor(capsys)
    assert code == 0, out
    assert "microphone: none" in out and "--typed" in out
    assert "espeak-ng" in out and "pocketsphinx" in out and "tiny.en" in out


def test_json_lists_every_check_with_its_fix(
    capsys: pytest.CaptureFixture[str], no_audio_devices: None
) -> None:
    code, out = run_doctor(capsys, "--json")
    checks = json.loads(out)
    names = {check["name"] for check in checks}
    assert {"PortAudio", "microphone", "speaker", "espeak-ng", "pocketsphinx"} <= names
    microphone = next(c for c in checks if c["name"] == "microphone")
    assert microphone["ok"] is False and microphone["fix"]
    assert code == 0


def test_virtual_devices_are_listed(
    capsys: pytest.CaptureFixture[str], virtual_audio: object
) -> None:
    code, out = run_doctor(capsys)
    assert "microphone: default input found" in out
    assert "speaker: default output found" in out
    assert code == 0


def test_unusable_recordings_folder_is_essential(
    capsys: pytest.CaptureFixture[str], private_home: Path, no_audio_devices: None
) -> None:
    private_home.mkdir(parents=True)
    (private_home / "recordings").write_text("a file where the folder should be")
    code, out = run_doctor(capsys)
    assert code == 1
    assert "not a writable folder" in out and "essential" in out


def test_broken_user_files_are_named_beside_the_essentials(
    capsys: pytest.CaptureFixture[str], no_audio_devices: None, private_home: Path
) -> None:
    """`doctor` said "All essentials are in place" and nothing more while a user persona and a
    user bank were broken, which the room and every command warn about."""
    (private_home / "personas").mkdir(parents=True)
    (private_home / "personas" / "ward-sister.toml").write_text('id = "ward-sister"\nname = 3\n')
    (private_home / "question_banks").mkdir(parents=True)
    (private_home / "question_banks" / "ward.toml").write_text('id = "ward"\n[[questions]]\n')
    code, out = run_doctor(capsys)
    assert code == 0, out
    assert "ward-sister.toml" in out and "ward.toml" in out
    assert "All essentials are in place." in out
    assert "problem(s) in your own files: see above" in out
