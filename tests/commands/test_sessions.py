"""The session commands as a user runs them: real store in the private home, real PortAudio
into the virtual speaker, real recognizers for reanalysis."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import Clip
from simulator.cli import main
from simulator.storage.store import SessionStore
from tests.storage.builders import (
    finished_session,
    make_turn,
    new_writer,
    spoken_transcript,
    tone,
)
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed

ANSWER = (
    "Our release kept slipping. I wrote a script that automated the deployment, "
    "and releases went from two days to one hour."
)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_sessions_json_has_the_promised_fields(capsys: pytest.CaptureFixture[str]) -> None:
    store = SessionStore()
    older = finished_session(store)
    newer = finished_session(store, turns=1)
    code, out, _ = run_cli(capsys, "sessions", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [item["id"] for item in listed] == [newer, older]
    for item in listed:
        assert {"id", "started", "persona", "turns", "score"} <= set(item)
    assert (listed[0]["persona"], listed[0]["turns"], listed[0]["score"]) == (
        "hiring-manager",
        1,
        70.0,
    )


def test_sessions_table_shows_damaged_ones_with_their_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = SessionStore()
    good = finished_session(store)
    bad = finished_session(store)
    (store.root / bad / "session.json").write_text('{"schema_version": 2, "id": "')
    code, out, _ = run_cli(capsys, "sessions")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "finished" in lines[good]
    assert "damaged: session.json is cut short" in lines[bad]


def test_delete_and_rebuild_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    store = SessionStore()
    keep = finished_session(store)
    gone = finished_session(store)
    assert run_cli(capsys, "sessions", "--delete", gone)[0] == 0
    assert not (store.root / gone).exists()
    store.index.path.unlink()
    code, out, _ = run_cli(capsys, "sessions", "--rebuild-index")
    assert (code, out.strip()) == (0, "index rebuilt from 1 session folder(s)")
    assert [s.id for s in store.list_sessions()] == [keep]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sessions", "--delete", "../../etc"], "is not a session id"),
        (["replay", "20200101-000000-000000"], "unknown session"),
        (["export", "nope", "--format", "md"], "unknown session"),
        (["reanalyze", "latest"], "there are no sessions yet"),
    ],
)
def test_bad_session_names_give_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run_cli(capsys, *argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_replay_plays_the_stored_answer_sample_for_sample(
    capsys: pytest.CaptureFixture[str], virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    store = SessionStore()
    writer = new_writer(store)
    answer = flite_clip(ANSWER, tmp_path)
    path = writer.audio_path(1, "answer")
    answer.write_wav(path)
    turn = replace(
        make_turn(1, answer_audio=path.name), transcript=spoken_transcript(ANSWER).to_dict()
    )
    writer.add_turn(turn)
    writer.finish()

    code, out, _ = run_cli(capsys, "replay", writer.id[:15], "--turn", "1")
    assert code == 0
    played = leading_silence_trimmed(virtual_audio.played())
    stored = leading_silence_trimmed(Clip.from_wav(path).samples.astype(np.float64) / 32768.0)
    assert len(played) >= len(stored)
    np.testing.assert_array_equal(played[: len(stored)], stored)
    # The follow-along printed every word, in order.
    assert " ".join(ANSWER.split()) in " ".join(out.split())


def test_replay_goes_on_past_a_missing_audio_file(
    capsys: pytest.CaptureFixture[str], virtual_audio: VirtualAudio
) -> None:
    store = SessionStore()
    session_id = finished_session(store, with_audio=True)
    (store.root / session_id / "turn-01-answer.wav").unlink()
    code, _, err = run_cli(capsys, "replay", session_id)
    assert code == 0
    assert "turn-01-answer.wav is missing" in err
    stored = Clip.from_wav(store.root / session_id / "turn-02-answer.wav").samples
    played = leading_silence_trimmed(virtual_audio.played())
    assert len(played) >= len(leading_silence_trimmed(stored))


@pytest.mark.usefixtures("no_audio_devices")
def test_replay_without_a_speaker_still_shows_the_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No speaker at all: the replay is the text follow-along, with one note that the audio
    cannot play (not an exit 2 on the first spoken question)."""
    store = SessionStore()
    writer = new_writer(store)
    spoken_question = writer.audio_path(1, "question")
    tone(0.4).write_wav(spoken_question)
    writer.add_turn(
        make_turn(1, text="i prefer fix the root cause first", question_audio=spoken_question.name)
    )
    voiced = writer.audio_path(2, "answer")
    tone(0.6).write_wav(voiced)
    writer.add_turn(make_turn(2, text="then we measure it each week", answer_audio=voiced.name))
    writer.finish()

    code, out, err = run_cli(capsys, "replay", "latest")
    assert code == 0, err
    assert "i prefer fix the root cause first  (typed)" in out
    assert "then we measure it each week" in out
    notes = err.strip().splitlines()
    assert len(notes) == 1 and "audio cannot play" in notes[0], err


@pytest.mark.usefixtures("no_audio_devices")
def test_replay_indents_every_line_of_a_typed_answer_and_marks_an_interrupted_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typed answer written over several lines (ctrl+j in the room) stays under its question:
    each line indented, not only the first; an answer cut off by quitting says so."""
    store = SessionStore()
    writer = new_writer(store)
    notes = "night shift, ward 4:\n- two nurses off sick\n- i phoned the bank staff myself"
    writer.add_turn(make_turn(1, text=notes))
    writer.add_turn(replace(make_turn(2, text="so the porter and me we"), interrupted=True))
    writer.finish()

    code, out, err = run_cli(capsys, "replay", "latest")
    assert code == 0, err
    assert (
        "   night shift, ward 4:\n   - two nurses off sick\n   - i phoned the bank staff myself"
        "  (typed)\n"
    ) in out
    cut = out.split("\n\n")[-1].splitlines()
    assert cut[0].endswith(" · interrupted (left out of averages)"), out
    assert cut[1] == "   so the porter and me we  (typed)"


def test_export_markdown_and_self_contained_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = SessionStore()
    session_id = finished_session(store, with_audio=True)
    md_path = tmp_path / "report.md"
    assert run_cli(capsys, "export", session_id, "--format", "md", "-o", str(md_path))[0] == 0
    markdown = md_path.read_text()
    assert md_path.stat().st_mode & 0o777 == 0o600
    assert "## 1. Tell me about a time you disagreed" in markdown
    links = re.findall(r"\]\(([^)]+)\)", markdown)
    assert links and all((md_path.parent / link).is_file() for link in links)

    html_path = tmp_path / "out" / "report.html"
    html_path.parent.mkdir()
    assert run_cli(capsys, "export", "latest", "--format", "html", "-o", str(html_path))[0] == 0
    page = html_path.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    sources = re.findall(r'<audio controls preload="none" src="([^"]+)"', page)
    assert len(sources) == 2
    assert all((html_path.parent / source).resolve().is_file() for source in sources)

    code, out, _ = run_cli(capsys, "export", session_id, "--format", "html")
    assert code == 0 and "file://" in out  # printed: absolute links


def test_html_export_escapes_what_the_user_said(
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = SessionStore()
    writer = new_writer(store)
    writer.add_turn(make_turn(1, text="I said <script>alert(1)</script> & left"))
    writer.finish()
    code, out, _ = run_cli(capsys, "export", writer.id, "--format", "html")
    assert code == 0
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_compare_lists_every_attempt(capsys: pytest.CaptureFixture[str]) -> None:
    store = SessionStore()
    first = finished_session(store, turns=1)
    writer = new_writer(store)
    writer.add_turn(make_turn(1, score=90))
    writer.finish()
    code, out, _ = run_cli(capsys, "compare", "conflict", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(row["session"], row["score"]) for row in rows] == [(first, 70.0), (writer.id, 90.0)]
    code, out, _ = run_cli(capsys, "compare", "conflict")
    assert code == 0 and "Tell me about a time" in out and len(out.splitlines()) == 5


def test_reanalyze_scores_stored_transcripts_with_the_current_analysis(
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = SessionStore()
    writer = new_writer(store)
    writer.add_turn(make_turn(1, text=ANSWER, score=None))
    writer.finish()
    code, out, _ = run_cli(capsys, "reanalyze", writer.id)
    assert code == 0 and "question 1: score - ->" in out
    turn = store.load(writer.id).turn(1)
    assert turn.analysis is not None and isinstance(turn.analysis["score"], int)
    assert {"star", "timing", "fillers", "tips"} <= set(turn.analysis)
    assert turn.analysis["timing"]["words"] == len(ANSWER.split())
    assert store.list_sessions()[0].score == turn.analysis["score"]


@pytest.mark.slow
def test_reanalyze_transcribes_an_answer_recovered_after_a_crash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = SessionStore()
    writer = new_writer(store)
    path = writer.audio_path(1, "answer")
    flite_clip(ANSWER, tmp_path).write_wav(path)
    writer.mark_in_progress(1, path.name, question_text="Tell me about an improvement you made.")
    writer.release()  # the process died mid-answer
    assert any("recovered" in notice for notice in store.recover())
    assert store.load(writer.id).turn(1).answer_transcript().text == ""

    code, out, _ = run_cli(capsys, "reanalyze", writer.id, "--engine", "pocketsphinx")
    assert code == 0, out
    turn = store.load(writer.id).turn(1)
    heard = turn.answer_transcript().text.lower()
    assert sum(word in heard for word in ("release", "script", "deployment", "hour")) >= 2, heard
    assert turn.interrupted and turn.analysis is not None


@pytest.mark.slow
def test_a_session_recorded_through_the_virtual_devices_replays_exactly(
    tmp_path: Path, private_home: Path, virtual_audio: VirtualAudio
) -> None:
    """The loop from the issue: the virtual microphone records an answer through the practice
    command, and `replay` sends exactly the stored samples to the virtual speaker."""
    virtual_audio.feed_mic(flite_clip(ANSWER, tmp_path))
    env = {**os.environ, "INTERVIEW_SIM_HOME": str(private_home), **virtual_audio.env()}
    recorded = subprocess.run(
        [
            sys.executable,
            "-m",
            "simulator",
            "practice",
            "--no-tui",
            "--silent",
            "--json",
            "--engine",
            "pocketsphinx",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert recorded.returncode == 0, recorded.stderr
    turn = json.loads(recorded.stdout)
    replayed = subprocess.run(
        [sys.executable, "-m", "simulator", "replay", "latest", "--answers-only"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert replayed.returncode == 0, replayed.stderr
    stored = Clip.from_wav(Path(turn["folder"]) / turn["answer_audio"]).samples
    played = leading_silence_trimmed(virtual_audio.played())
    expected = leading_silence_trimmed(stored.astype(np.float64) / 32768.0)
    assert len(played) >= len(expected)
    np.testing.assert_array_equal(played[: len(expected)], expected)


def test_replay_survives_corrupt_and_truncated_wavs(
    capsys: pytest.CaptureFixture[str], virtual_audio: VirtualAudio
) -> None:
    store = SessionStore()
    session_id = finished_session(store, with_audio=True)
    folder = store.root / session_id
    (folder / "turn-01-answer.wav").write_bytes(b"RIFF\x00\x00garbage, not a wave file")
    second = folder / "turn-02-answer.wav"
    whole = Clip.from_wav(second).samples
    second.write_bytes(second.read_bytes()[: 44 + len(whole)])  # power cut: half the samples
    code, _, err = run_cli(capsys, "replay", session_id)
    assert code == 0
    assert "turn-01-answer.wav: not a readable audio file" in err
    played = leading_silence_trimmed(virtual_audio.played())
    kept = leading_silence_trimmed(whole[: len(whole) // 2].astype(np.float64) / 32768.0)
    np.testing.assert_array_equal(played[: len(kept)], kept)
    assert not played[len(kept) :].any()


def test_compare_accepts_the_short_question_id(capsys: pytest.CaptureFixture[str]) -> None:
    store = SessionStore()
    writer = new_writer(store)
    writer.add_turn(make_turn(1, question_id="behavioral/conflict-peer"))
    writer.add_turn(make_turn(2, question_id="leadership/conflict-peer"))
    writer.add_turn(make_turn(3, question_id="behavioral/failure"))
    writer.finish()
    code, out, _ = run_cli(capsys, "compare", "failure", "--json")
    assert code == 0 and [row["turn"] for row in json.loads(out)] == [3]
    code, _, err = run_cli(capsys, "compare", "conflict-peer")
    assert code == 2 and "behavioral/conflict-peer, leadership/conflict-peer" in err


def test_reanalyze_refuses_a_session_being_recorded(capsys: pytest.CaptureFixture[str]) -> None:
    store = SessionStore()
    writer = new_writer(store)
    writer.add_turn(make_turn(1, text=ANSWER, score=None))
    code, _, err = run_cli(capsys, "reanalyze", writer.id)
    assert code == 2 and "being recorded right now" in err
    assert store.load(writer.id).turn(1).analysis is None
    writer.finish()


def test_export_numbers_answers_1_to_n_and_names_who_asked_and_what_heard_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Turn numbers have gaps (a question switched away from, one skipped); the report numbers
    the answers 1..n, names each answer's interviewer, and the engine that heard it rather
    than the "auto" the session started with."""
    store = SessionStore()
    writer = store.create_session(
        mode="practice",
        persona_ids=["hiring-manager"],
        bank_id="behavioral",
        engine="auto",
        model="",
    )
    heard = {
        **spoken_transcript("we split the work").to_dict(),
        "engine": "faster-whisper",
        "model": "tiny.en",
    }
    writer.add_turn(replace(make_turn(1), transcript=heard, answer_mode="voice"))
    writer.add_turn(replace(make_turn(4, question_id="failure"), persona_id="senior-leader"))
    writer.add_turn(replace(make_turn(7, question_id="failure"), retake_of=4))
    writer.finish()
    code, markdown, _ = run_cli(capsys, "export", writer.id, "--format", "md")
    assert code == 0
    headings = re.findall(r"^## (.+?)\. ", markdown, re.M)
    assert headings == ["1", "2", "2 · retake"]  # numbered as the room asked the questions
    sections = markdown.split("\n## ")[1:]
    assert (
        "asked by Maya Okafor" in sections[0]
        and "heard by faster-whisper tiny.en" in (sections[0])
    )
    assert "asked by Richard Ashworth" in sections[1] and "typed" in sections[1]
    assert "retake of 2" in sections[2]
    assert "- Interviewers: Maya Okafor, Richard Ashworth" in markdown  # as the room names them
    assert "- Speech recognition: faster-whisper tiny.en" in markdown
    assert "auto" not in markdown

    code, page, _ = run_cli(capsys, "export", writer.id, "--format", "html")
    assert re.findall(r"<h2>(.+?)\. ", page) == ["1", "2", "2 · retake"]
    assert "asked by Richard Ashworth" in page


def test_reanalyze_keeps_every_review_a_turn_had(capsys: pytest.CaptureFixture[str]) -> None:
    """A presentation and the candidate's own questions are judged again the way the interview
    judged them (simulator.interview.judging); the company's values, whose profile is not stored
    with the session, stay as the interview found them."""
    talk = (
        "Today I cover three things. First, why onboarding loses people in week one. Second, "
        "what we tried. Third, what I propose. To sum up: pair every new hire with a buddy."
    )
    asked = "What does a good first month look like here? And how does the team handle on-call?"
    company = {
        "company_values": [{"value": "Ownership", "cue": "I propose", "note": "owns the plan"}],
        "company_values_hit": ["Ownership"],
        # Nor are the profile's facts or the round-one notes.
        "company_facts": {"used": [{"kind": "competitor", "text": "Voltwise"}], "missed": []},
        "round_one": {"question": "Why us?", "answer": "near home", "feedback": "", "weak": True},
    }
    store = SessionStore()
    writer = new_writer(store)
    for number, (question_id, kind, text) in enumerate(
        [
            ("exercise/improve-process", "presentation", talk),
            ("questions-to-ask/about-the-team", "questions_to_ask", asked),
        ],
        1,
    ):
        turn = make_turn(number, question_id=question_id, kind=kind, text=text)
        writer.add_turn(replace(turn, analysis={"score": 10, **company}))
    writer.finish()

    code, out, _ = run_cli(capsys, "reanalyze", writer.id)
    assert code == 0, out
    talk_turn, questions_turn = store.load(writer.id).turns
    for turn in (talk_turn, questions_turn):
        assert turn.analysis is not None and turn.analysis["score"] != 10
        assert turn.analysis["company_values"] == company["company_values"]
        assert turn.analysis["company_values_hit"] == ["Ownership"]
        assert turn.analysis["company_facts"] == company["company_facts"]
        assert turn.analysis["round_one"] == company["round_one"]
        assert "transcript" not in turn.analysis  # kept once, beside the analysis
    assert talk_turn.analysis is not None and "presentation" in talk_turn.analysis
    assert questions_turn.analysis is not None
    assert questions_turn.analysis["candidate_questions"]["questions"]
