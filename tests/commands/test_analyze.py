"""`interview-sim analyze`, run the way users and scripts run it: a subprocess reading a file,
stdin or a WAV, printing JSON or the readable report, and one clear line for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.speech import flite_wav

ANSWER = (
    "At my last job as a warehouse picker, our night shift kept missing the truck cut-off. "
    "My task was to find out why and fix it. I timed every step for a week, I moved the fast "
    "sellers next to the packing benches, and I set up a ten minute check before the cut-off. "
    "As a result we missed the truck only once in the next two months, down from twice a week."
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "analyze", *args],
        input=stdin, capture_output=True, text=True, env=dict(os.environ), timeout=300,
    )


def test_text_file_as_json_follows_the_contract(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    result = run("--text", str(answer), "--question", "Tell me about a time you fixed a delay.",
                 "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["question_kind"] == "behavioral"
    assert [s["label"] for s in data["star"]["segments"]] == ["S", "T", "A", "R"]
    text = data["transcript"]["text"]
    first = data["star"]["segments"][0]
    assert text[first["start_char"] : first["end_char"]].startswith("At my last job")
    assert data["timing"]["wpm"] is None and data["fillers"]["per_minute"] is None
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100


def test_stdin_and_persona_give_a_readable_report() -> None:
    result = run("--text", "-", "--persona", "senior-leader", stdin=ANSWER)
    assert result.returncode == 0, result.stderr
    assert "Score" in result.stdout and "Situation" in result.stdout
    assert "Tips:" in result.stdout
    assert "For " in result.stdout  # what this interviewer listens for
    data = json.loads(run("--text", "-", "--persona", "senior-leader", "--json",
                          stdin=ANSWER).stdout)
    assert data["timing"]["target_s"] == [48.0, 96.0]  # a senior leader wants it 20 % shorter
    assert data["audience"]["id"] == "senior-leader"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--text", "/no/such/answer.txt"), "no such file"),
        (("--text", "-"), "the answer is empty"),
        ((), "give either an AUDIO.wav file or --text"),
        (("--text", "-", "--persona", "nobody"), "unknown persona"),
    ],
)
def test_bad_input_is_one_clear_line(args: tuple[str, ...], message: str) -> None:
    result = run(*args, stdin="" if "nobody" not in args else ANSWER)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_recorded_answer_is_transcribed_and_analysed(tmp_path: Path) -> None:
    wav = flite_wav(ANSWER, tmp_path / "answer.wav")
    result = run(str(wav), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["transcript"]["words"][0]["start"] is not None
    assert data["timing"]["duration_s"] > 10
    assert 100 < data["timing"]["wpm"] < 260
    labels = [s["label"] for s in data["star"]["segments"]]
    assert {"S", "A", "R"} <= set(labels)


@pytest.mark.slow
def test_a_file_cut_short_and_a_silent_file_say_which_they_are(tmp_path: Path) -> None:
    """breaker12 V14: a WAV cut to 2000 bytes and ten seconds of silence both said "the answer
    is empty: nothing to analyse"; each now says what is wrong with the file, in one line."""
    import numpy as np

    from simulator.audio.clip import Clip

    whole = flite_wav(ANSWER, tmp_path / "answer.wav")
    seconds = Clip.from_file(whole).duration_s
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole.read_bytes()[:2000])
    silence = Clip(np.zeros(10 * 16_000, dtype=np.int16)).write_wav(tmp_path / "silence.wav")
    for path, said in (
        (cut, f"the file is truncated (header says {seconds:.1f} s, holds 0.06 s)"),
        (silence, "no speech heard in 10.0 s of audio"),
    ):
        result = run(str(path))
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [f"interview-sim: error: {path}: {said}"]
    longer = tmp_path / "longer.wav"  # cut after its first sentence: analysed, with a notice
    longer.write_bytes(whole.read_bytes()[: 44 + 2 * 16_000 * 6])
    result = run(str(longer))
    assert result.returncode == 0, result.stderr
    assert "the file is truncated (header says" in result.stderr
    assert "holds 6.0 s); only what it holds was analysed" in result.stdout
    clean = run(str(whole))
    assert clean.returncode == 0 and "truncated" not in clean.stdout + clean.stderr
    assert "hardly hear" not in clean.stdout and "not transcribed" not in clean.stdout


@pytest.mark.slow
def test_a_very_quiet_recording_is_named_in_the_report(tmp_path: Path) -> None:
    """breaker12 V9: an answer turned far down scored 12 where it scored 50, with no word
    about the audio. Now the report's second line says so (and the JSON carries it)."""
    import numpy as np

    from simulator.audio.clip import Clip

    clip = Clip.from_file(flite_wav(ANSWER, tmp_path / "answer.wav"))
    quiet = np.round(clip.samples.astype(np.float64) * 10 ** (-40 / 20)).astype(np.int16)
    path = Clip(quiet).write_wav(tmp_path / "quiet.wav")
    result = run(str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith(
        "I could hardly hear you: the recording is very quiet (voice at -")
    data = json.loads(run(str(path), "--json").stdout)
    assert data["recording"][0].startswith("I could hardly hear you")
    assert data["transcript"]["hearing"]["speech_db"] < -50


def test_a_talk_shows_its_review_and_its_shape_in_the_score() -> None:
    # breaker14 B14: `analyze --question exercise/...` showed no "Your talk" at all.
    talk = ("My aim today is a cleaner yard in two steps. First, mark the lanes. Second, move "
            "the empty cages out by noon. To sum up: lanes, then cages.")
    result = run("--text", "-", "--question", "exercise/first-ninety-days", stdin=talk)
    assert result.returncode == 0, result.stderr
    assert "Your talk:\n  Talk: a 300 s slot · opening ✓ · 2 main points · close ✓" in (
        result.stdout)
    data = json.loads(run("--text", "-", "--question", "exercise/first-ninety-days", "--json",
                          stdin="We could clean the yard, it is messy.").stdout)
    assert data["presentation"]["opening"] is False
    assert data["score_parts"]["structure"] == 50


def test_a_company_question_without_a_profile_says_to_give_one() -> None:
    # breaker14 B24: "unknown question bank 'company'" for the id history and compare show.
    result = run("--text", "-", "--question", "company/know-us", stdin="You sell bread.")
    assert result.returncode == 2
    assert "company questions are written from a company profile" in result.stderr
    assert "--company PROFILE.toml" in result.stderr
    assert "unknown question bank" not in result.stderr
