"""The thin vertical slice, end to end on real parts: espeak speaks the question into the virtual
speaker, the virtual microphone plays a flite answer into PortAudio, the recorder writes it, the
recognizer transcribes it and the session lands on disk. Run as a subprocess, exactly as a user
would run the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import Clip
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed

ANSWER = (
    "In my last job the release process took two days. I wrote a script that automated the "
    "deployment, and the release time dropped to one hour."
)


def practice(
    home: Path, *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "INTERVIEW_SIM_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "simulator", "practice", "--no-tui", *args],
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
@pytest.mark.parametrize(("engine", "words_heard"), [("pocketsphinx", 3), ("faster-whisper", 5)])
def test_one_answer_through_the_real_microphone_path(
    tmp_path: Path, private_home: Path, virtual_audio: VirtualAudio, engine: str, words_heard: int
) -> None:
    answer = flite_clip(ANSWER, tmp_path)
    virtual_audio.feed_mic(answer)

    result = practice(private_home, "--engine", engine, "--json", env=virtual_audio.env())
    assert result.returncode == 0, result.stderr
    turn = json.loads(result.stdout)
    folder = Path(turn["folder"])

    # The recorded answer is exactly what the microphone delivered, then the silence that ended it.
    recorded = Clip.from_wav(folder / turn["answer_audio"])
    assert np.array_equal(recorded.samples[: len(answer.samples)], answer.samples)
    assert not recorded.samples[len(answer.samples) :].any()

    # The spoken question reached the speaker, sample for sample.
    question = Clip.from_wav(folder / turn["question_audio"])
    assert question.duration_s > 1.0
    played = leading_silence_trimmed(virtual_audio.played())
    expected = leading_silence_trimmed(question.samples.astype(np.float64) / 32768.0)
    assert len(played) >= len(expected)
    np.testing.assert_allclose(played[: len(expected)], expected, atol=1e-4)

    # The transcript carries the answer's key words, with its timing figures.
    text = turn["transcript"]["text"].lower()
    key_words = ["job", "release", "automated", "deployment", "hour"]
    assert sum(word in text for word in key_words) >= words_heard, text
    timing = turn["analysis"]["timing"]
    # The silence that ended the answer may or may not count; the answer itself always does.
    assert answer.duration_s - 0.3 <= timing["duration_s"] <= recorded.duration_s + 0.05
    assert 80 < timing["wpm"] < 260

    # The session is on disk and loads through the store.
    from simulator.storage.store import SessionStore

    record = SessionStore().load(turn["session"])
    assert len(record.turns) == 1
    assert record.turns[0].answer_audio == turn["answer_audio"]


@pytest.mark.slow
def test_readable_output_shows_transcript_duration_and_pace(
    tmp_path: Path, private_home: Path
) -> None:
    answer_path = tmp_path / "answer.wav"
    flite_clip(ANSWER, tmp_path).write_wav(answer_path)
    result = practice(
        private_home, "--engine", "pocketsphinx", "--silent", "--answer-from", str(answer_path)
    )
    assert result.returncode == 0, result.stderr
    assert "words per minute" in result.stdout.lower() or "wpm" in result.stdout.lower()
    assert "Saved session" in result.stdout


def test_no_microphone_suggests_typed_answers(private_home: Path, no_audio_devices: None) -> None:
    result = practice(
        private_home, "--silent", env={"ALSA_CONFIG_PATH": os.environ["ALSA_CONFIG_PATH"]}
    )
    assert result.returncode == 2
    assert "no microphone" in result.stderr
    assert "--typed" in result.stderr and "--answer-from" in result.stderr
    assert "Traceback" not in result.stderr


def test_typed_answer_needs_no_audio_at_all(private_home: Path, no_audio_devices: None) -> None:
    result = practice(
        private_home,
        "--silent",
        "--typed",
        "--json",
        env={"ALSA_CONFIG_PATH": os.environ["ALSA_CONFIG_PATH"]},
        stdin="Our team missed a deadline. I rebuilt the plan and we shipped a week later.\n\n",
    )
    assert result.returncode == 0, result.stderr
    turn = json.loads(result.stdout)
    assert turn["answer_mode"] == "typed"
    assert "deadline" in turn["transcript"]["text"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a readable audio file"),
        (b"this is not audio at all", "not a readable audio file"),
    ],
)
def test_empty_or_non_audio_answer_file_is_refused(
    tmp_path: Path, private_home: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "answer.wav"
    bad.write_bytes(content)
    result = practice(private_home, "--silent", "--answer-from", str(bad))
    assert result.returncode == 2
    assert message in result.stderr and str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (private_home / "recordings").exists() or not any(
        (private_home / "recordings").iterdir()
    )


def test_header_only_wav_is_refused(tmp_path: Path, private_home: Path) -> None:
    bad = Clip.empty().write_wav(tmp_path / "empty.wav")
    result = practice(private_home, "--silent", "--answer-from", str(bad))
    assert result.returncode == 2
    assert "holds no audio" in result.stderr


def test_unknown_persona_lists_the_choices(private_home: Path) -> None:
    result = practice(private_home, "--silent", "--typed", "--persona", "nobody")
    assert result.returncode == 2
    assert "unknown persona 'nobody'" in result.stderr
    assert "hiring-manager" in result.stderr


def test_broken_persona_file_is_named_and_others_still_load(private_home: Path) -> None:
    personas = private_home / "personas"
    personas.mkdir(parents=True)
    (personas / "broken.toml").write_text('id = "broken"\nname = \n')
    result = practice(
        private_home,
        "--silent",
        "--typed",
        "--json",
        stdin="I led the migration and we finished on time.\n\n",
    )
    assert result.returncode == 0, result.stderr
    assert "broken.toml:2" in result.stderr
