"""Judging the candidate's own questions and the structure of a talk: hand-written texts for
each rule, and real speech (flite, transcribed by the real recognizers) for the whole path."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis.candidate_questions import (
    DEFAULT_ANSWERS,
    classify,
    review_candidate_questions,
    split_questions,
)
from simulator.analysis.presentation import review_presentation
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript, Word
from tests.support.speech import flite_clip


@pytest.mark.parametrize(
    ("question", "topic", "depth"),
    [
        ("What would success look like for this role after six months?", "success", "deep"),
        ("What's the biggest challenge the team is facing this year?", "challenges", "deep"),
        ("How does this role fit into the company's strategy?", "strategy", "deep"),
        ("How do people here disagree and make decisions?", "culture", "deep"),
        ("How does the team work with other departments?", "collaboration", "deep"),
        ("What is the salary for this position?", "pay", "shallow"),
        ("How many holidays do I get?", "time_off", "shallow"),
        ("When was the company founded?", "public_facts", "shallow"),
        ("What are the next steps in the interview process?", "process", "fine"),
        ("Is the coffee good?", "other", "fine"),
    ],
)
def test_each_question_gets_its_topic_and_depth(question: str, topic: str, depth: str) -> None:
    assert classify(question) == (topic, depth)


def test_the_persona_answers_in_character_and_feedback_weighs_depth() -> None:
    leader = get_persona("senior-leader")
    review = review_candidate_questions(
        Transcript.from_text(
            "What would success look like after six months? Where are your offices? "
            "What keeps you up at night about the market?"
        ),
        leader.answers,
    )
    assert [q.topic for q in review.questions] == ["success", "public_facts", "challenges"]
    assert (review.deep, review.shallow) == (2, 1)
    assert review.questions[0].answer == leader.answers["success"]
    assert review.questions[1].answer == leader.answers["public_facts"]
    assert any("Where are your offices?" in note for note in review.feedback)
    peer_review = review_candidate_questions(
        Transcript.from_text("What would success look like after six months?"),
        get_persona("peer").answers,
    )
    assert peer_review.questions[0].answer != review.questions[0].answer  # another character


def test_no_questions_is_called_out() -> None:
    review = review_candidate_questions(Transcript.from_text("No, I think you covered it all."))
    assert review.questions == ()
    assert "no questions" in review.feedback[0]
    asked_as_statement = review_candidate_questions(
        Transcript.from_text("Thanks, that was useful. I'm curious how the team shares feedback.")
    )
    assert [q.depth for q in asked_as_statement.questions] == ["deep"]


def test_missing_persona_answers_fall_back_to_neutral_ones() -> None:
    review = review_candidate_questions(Transcript.from_text("What is the salary range?"), {})
    assert review.questions[0].answer == DEFAULT_ANSWERS["pay"]


def test_unpunctuated_speech_splits_at_pauses_or_question_words() -> None:
    words = [
        Word(w, i * 0.3, i * 0.3 + 0.25)
        for i, w in enumerate(["what", "does", "the", "team", "find", "hardest"])
    ]
    later = [
        Word(w, 5.0 + i * 0.3, 5.0 + i * 0.3 + 0.25)
        for i, w in enumerate(["how", "many", "people", "work", "here"])
    ]
    timed = Transcript(" ".join(w.text for w in words + later), tuple(words + later))
    assert split_questions(timed) == [
        "what does the team find hardest",
        "how many people work here",
    ]
    untimed = Transcript.from_text(
        "what is the biggest challenge for the team this year and how do you measure success"
    )
    assert split_questions(untimed) == [
        "what is the biggest challenge for the team this year",
        "how do you measure success",
    ]


@pytest.mark.slow
def test_spoken_questions_through_a_real_recognizer(tmp_path: Path) -> None:
    from simulator.speech.stt import default_recognizer

    clip = flite_clip(
        "What would success look like in the first six months? "
        "What is the biggest challenge the team faces?",
        tmp_path,
    )
    transcript = default_recognizer("faster-whisper").transcribe(clip)
    review = review_candidate_questions(transcript, get_persona("hiring-manager").answers)
    assert [q.topic for q in review.questions] == ["success", "challenges"], transcript.text
    assert review.deep == 2


TALK = (
    "Today I'll cover three things about my first ninety days. First, I'll listen: one to one "
    "meetings with everyone on the team. Second, I'll pick one quick win, the slow weekly "
    "report. Finally, I'll agree a plan for the year with my manager. To sum up: listen, "
    "deliver, then plan. Thank you."
)


def test_a_well_shaped_talk_passes_the_structure_checks() -> None:
    review = review_presentation(Transcript.from_text(TALK), slot_s=60)
    assert review.opening and review.close
    assert review.main_points >= 3
    assert review.slot_verdict is None  # typed: no clock
    assert not any("Open by" in n or "Mark your" in n or "End on" in n for n in review.notes)


def test_a_rambling_talk_gets_structure_notes() -> None:
    ramble = "So the project was about reports and we made them better and it was good overall"
    review = review_presentation(Transcript.from_text(ramble), slot_s=60)
    assert not review.opening and review.main_points == 0
    assert any("Open by" in n for n in review.notes)
    assert any("Mark your main points" in n for n in review.notes)


def test_first_in_mid_sentence_is_not_a_point() -> None:
    text = "I plan my first ninety days carefully. It matters a lot to me."
    assert review_presentation(Transcript.from_text(text), slot_s=60).main_points == 0


@pytest.mark.slow
def test_a_spoken_talk_is_timed_against_its_slot(tmp_path: Path) -> None:
    from simulator.speech.stt import default_recognizer

    clip = flite_clip(TALK, tmp_path)
    transcript = default_recognizer("faster-whisper").transcribe(clip)
    over = review_presentation(transcript, slot_s=10)
    assert over.slot_verdict == "over" and over.duration_s is not None
    assert any("over a 10 s slot" in note for note in over.notes)
    fits = review_presentation(transcript, slot_s=clip.duration_s + 2)
    assert fits.slot_verdict == "ok"
    assert fits.opening and fits.close and fits.main_points >= 2
    assert fits.timing.wpm is not None and 100 < fits.timing.wpm < 260
