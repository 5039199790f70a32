"""Every mode of `practice --no-tui --mode ...`, run as a user runs it, with typed answers on
standard input: the plan's introductions, questions, follow-ups, replies and close are spoken by
espeak-ng into the virtual speaker (one playback stream each), and the session on disk holds every
turn with the persona who asked it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from simulator.audio.clip import Clip
from simulator.interview.banks import load_banks
from simulator.interview.first_round import load_first_round
from simulator.storage.store import SessionStore
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed

pytestmark = pytest.mark.slow

COMPANY = """\
name = "Kestrel Ferries"
news = ["The night crossing to Tallinn started in March."]
competitors = ["Baltic Link"]

[[values]]
name = "Safety before schedule"
cues = ["safety", "safe", "risk"]

[[values]]
name = "Own the fix"
description = "Whoever finds a problem sees it through."
"""

FIRST_ROUND = """\
[[asked]]
question = "What you know about our routes?"
weak = true
feedback = "nothing specific about us, did no research"
answer = "i said ferries are important for the islands, very general"

[[feedback]]
note = "answers on disagreement stayed vague, no ending"
competencies = ["conflict"]
"""

# Answers in registers unlike one another: terse notes, a non-native speaker, a run-on story.
ANSWERS = [
    "ok so. warehouse, 2022. two leads disagree on shift plan. i set meeting, each one explain "
    "numbers, we pick hybrid plan. overtime went down 30 percent in two month.",
    "In my previous company I am responsible for the safety checks on the loading deck, and "
    "when I see the ramp sensor is failing I stop the loading, I report it, I stay until the "
    "technician fix it, so the ship leave forty minutes late but nobody is hurt.",
    "So what happened was the supplier changed the format of their files the day before the "
    "monthly close and nobody noticed until the import broke and I basically sat with their "
    "developer on a call and we wrote a converter together and I tested it on last month and "
    "then we ran it and the close went out on time and afterwards I added a check so it can't "
    "happen quietly again.",
]


def practice(
    home: Path, audio: VirtualAudio, *args: str, answers: list[str]
) -> subprocess.CompletedProcess[str]:
    """`--follow-ups`: the answers are piped, and these sessions are run whole, follow-ups and
    the panel's question after a talk included."""
    env = {**os.environ, "INTERVIEW_SIM_HOME": str(home), **audio.env()}
    stdin = "".join(f"{answer}\n\n" for answer in answers)
    command = ("practice", "--no-tui", "--typed", "--json", "--follow-ups")
    return subprocess.run(
        [sys.executable, "-m", "simulator", *command, *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _session(result: subprocess.CompletedProcess[str]) -> tuple[dict[str, Any], Any]:
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    return out, SessionStore().load(out["session"])


def _assert_questions_reached_the_speaker(audio: VirtualAudio, folder: Path, turns: Any) -> None:
    """Every stored question WAV is, sample for sample, one of the streams the speaker got."""
    streams = [leading_silence_trimmed(s) for s in audio.streams()]
    for turn in turns:
        assert turn.question_audio, f"turn {turn.number} was not spoken"
        clip = Clip.from_wav(folder / turn.question_audio)
        expected = leading_silence_trimmed(clip.samples.astype(np.float64) / 32768.0)
        assert any(
            len(s) >= len(expected) and np.allclose(s[: len(expected)], expected, atol=1e-4)
            for s in streams
        ), f"turn {turn.number}'s question never reached the speaker"


def test_full_mock_panel_with_company_and_first_round(
    tmp_path: Path, private_home: Path, virtual_audio: VirtualAudio
) -> None:
    company, notes = tmp_path / "kestrel.toml", tmp_path / "round1.toml"
    company.write_text(COMPANY)
    notes.write_text(FIRST_ROUND)
    result = practice(
        private_home,
        virtual_audio,
        "--mode", "full",
        "--persona", "hiring-manager",
        "--persona", "senior-leader",
        "--company", str(company),
        "--first-round", str(notes),
        "--count", "5",
        "--seed", "4",
        answers=ANSWERS * 6,
    )  # fmt: skip
    out, record = _session(result)
    turns = record.turns
    asked = [t for t in turns if t.follow_up_of is None]
    assert len(asked) == 5 and record.mode == "full"
    assert record.persona_ids == ("hiring-manager", "senior-leader")
    # A panel takes turns, and each turn is stored with the persona who asked it.
    assert [t.persona_id for t in asked] == ["hiring-manager", "senior-leader"] * 2 + [
        "hiring-manager"
    ]
    for turn in turns:
        if turn.follow_up_of is not None:
            first = next(t for t in turns if t.number == turn.follow_up_of)
            assert turn.persona_id == first.persona_id
    # Each persona introduced themselves, naming the company; the close was said.
    assert result.stderr.count("Kestrel Ferries") >= 2
    assert "Thanks, this was useful" in result.stderr
    # The doubted area (conflict) opens the mock, and a value question is asked.
    banks = load_banks().items
    weak = load_first_round(notes).weak_competencies(banks)
    by_id = {q.id: q for bank in banks.values() for q in bank.questions}
    assert weak & set(by_id[asked[0].question_id].competencies)
    assert any("Kestrel Ferries" in t.question_text and "values" in t.question_text for t in asked)
    # Round one's weak question comes back second, in other words, from the angle its notes
    # say was weak; its stored analysis carries what the notes say was said then.
    again = asked[1]
    notes_question = "What you know about our routes?"
    assert again.question_id.startswith("round-one/") and again.question_text != notes_question
    assert notes_question in again.question_text and "what you know about us" in again.question_text
    said_then = "i said ferries are important for the islands, very general"
    assert again.analysis["round_one"]["answer"] == said_then
    # "What do you know about us" asks about the news and competitors; its answer (and the
    # round-one "what you know" asked again) is checked against every fact of the profile.
    knows = next(t for t in asked if t.question_id == "company/know-us")
    assert "news" in knows.question_text and "competitors" in knows.question_text
    for turn in (knows, again):
        facts = turn.analysis["company_facts"]
        checked = {(f["kind"], f["text"]) for f in facts["used"] + facts["missed"]}
        assert checked == {
            ("news", "The night crossing to Tallinn started in March."),
            ("competitor", "Baltic Link"),
            ("value", "Safety before schedule"),
            ("value", "Own the fix"),
        }
    # At the end: which answer used what, and round one beside today's answer.
    assert "(what you know about us) used" in result.stderr
    assert f"You said then: {said_then}" in result.stderr
    assert "They said: nothing specific about us, did no research" in result.stderr
    # The answer about the ramp sensor connected to the safety value.
    links = [link["value"] for t in turns for link in (t.analysis or {}).get("company_values", ())]
    assert "Safety before schedule" in links
    # Spoken: 2 introductions, every turn, the close; nothing else.
    assert len(virtual_audio.speaker_files()) == 2 + len(turns) + 1
    _assert_questions_reached_the_speaker(virtual_audio, Path(out["folder"]), turns)


def test_drill_asks_count_questions_from_one_persona(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    result = practice(
        private_home,
        virtual_audio,
        "--mode", "drill", "--target", "conflict", "--persona", "peer", "--count", "2",
        answers=ANSWERS * 3,
    )  # fmt: skip
    out, record = _session(result)
    asked = [t for t in record.turns if t.follow_up_of is None]
    assert len(asked) == 2 and {t.persona_id for t in record.turns} == {"peer"}
    assert len(virtual_audio.speaker_files()) == 1 + len(record.turns) + 1
    _assert_questions_reached_the_speaker(virtual_audio, Path(out["folder"]), record.turns)


def test_your_questions_get_spoken_replies(private_home: Path, virtual_audio: VirtualAudio) -> None:
    mine = (
        "What would success look like for this role after six months? "
        "What is the hardest challenge the team has this year?"
    )
    result = practice(
        private_home, virtual_audio, "--mode", "your-questions", "--persona", "senior-leader",
        answers=[mine],
    )  # fmt: skip
    out, record = _session(result)
    (turn,) = record.turns
    assert turn.persona_id == "senior-leader" and turn.question_kind == "questions_to_ask"
    review = turn.analysis["candidate_questions"]
    replies = [q["answer"] for q in review["questions"] if q["answer"]]
    assert len(replies) == 2 and review["deep"] >= 1
    for reply in replies:
        assert reply in result.stderr
    # Introduction, the invitation, one reply per question, the close.
    assert len(virtual_audio.speaker_files()) == 1 + 1 + len(replies) + 1
    _assert_questions_reached_the_speaker(virtual_audio, Path(out["folder"]), record.turns)


def test_presentation_then_a_panel_question(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    talk = (
        "I will cover three points. First the numbers, the night route loses money in winter. "
        "Second the options, fewer sailings or a freight deal. Third my recommendation, the "
        "freight deal, because it keeps the crews. To sum up: keep the route, sell the space."
    )
    result = practice(
        private_home, virtual_audio, "--mode", "presentation", "--exercise", "first-ninety-days",
        answers=[talk, "Because the crews are the hardest thing to hire back."],
    )  # fmt: skip
    out, record = _session(result)
    talk_turn, question = record.turns
    assert talk_turn.question_kind == "presentation"
    assert talk_turn.analysis["presentation"]["main_points"] >= 2
    assert question.follow_up_of == talk_turn.number  # the panel asks after the talk
    assert "prepare" in result.stderr
    assert len(virtual_audio.speaker_files()) == 1 + 2 + 1
    _assert_questions_reached_the_speaker(virtual_audio, Path(out["folder"]), record.turns)
