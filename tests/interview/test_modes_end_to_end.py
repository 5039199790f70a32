"""The second-round modes run headless on real parts: the plan's turn is spoken by espeak-ng into
the virtual speaker, a flite voice answers through the virtual microphone into PortAudio, the
real recognizer transcribes it, and the mode's own analysis judges it. Also: switching persona
mid-question changes the voice that is heard and the audience the feedback speaks for."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from simulator.analysis.candidate_questions import review_candidate_questions
from simulator.analysis.presentation import review_presentation
from simulator.audio.clip import Clip
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.events import Event
from simulator.interview.personas import get_persona
from simulator.interview.runner import AnswerControls, Interview
from simulator.speech.stt import Transcript
from tests.interview.voice_measure import median_f0
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio

pytestmark = pytest.mark.slow

CANDIDATE_QUESTIONS = (
    "What would success look like in the first six months? "
    "What is the biggest challenge the team faces this year?"
)
TALK = (
    "Today I will cover three things about my first ninety days. First, I will listen to "
    "everyone on the team. Second, I will fix the slow weekly report. Finally, I will agree a "
    "plan for the year. To sum up: listen, deliver, then plan. Thank you."
)


def _heard_something(audio: VirtualAudio) -> bool:
    return bool(np.abs(audio.played()).max() > 0.05)


def test_your_questions_mode(tmp_path: Path, virtual_audio: VirtualAudio) -> None:
    leader = get_persona("senior-leader")
    (turn,) = plan.your_questions(leader, load_banks().items).turns
    interview = Interview(persona=leader, mode="your-questions", bank_id=turn.question.bank_id)
    events: list[Event] = []

    asked = interview.ask(turn.question, spoken_text=turn.spoken_text, on_event=events.append)
    assert asked.spoken_text == leader.invitation
    assert _heard_something(virtual_audio)

    virtual_audio.feed_mic(flite_clip(CANDIDATE_QUESTIONS, tmp_path))
    record = interview.answer_by_voice(asked, AnswerControls(), events.append)
    assert record is not None
    review = review_candidate_questions(Transcript.from_dict(record.transcript), leader.answers)
    assert review.deep >= 1, record.transcript["text"]
    assert review.questions[0].answer in leader.answers.values()
    interview.finish()


def test_presentation_mode(tmp_path: Path, virtual_audio: VirtualAudio) -> None:
    leader = get_persona("senior-leader")
    banks = load_banks().items
    (turn,) = plan.presentation(leader, banks, exercise_id="first-ninety-days").turns
    interview = Interview(persona=leader, mode="presentation", bank_id="exercise")
    events: list[Event] = []

    asked = interview.ask(turn.question, spoken_text=turn.spoken_text, on_event=events.append)
    assert _heard_something(virtual_audio)
    talk = flite_clip(TALK, tmp_path)
    virtual_audio.feed_mic(talk)
    record = interview.answer_by_voice(asked, AnswerControls(), events.append)
    assert record is not None

    # How it sounded, from the recorded talk: Praat's pitch and loudness contours.
    delivery = record.analysis["delivery"]
    assert 60.0 < delivery["pitch_median_hz"] < 300.0 and delivery["voiced_s"] > 3.0

    review = review_presentation(Transcript.from_dict(record.transcript), turn.slot_s)
    assert review.duration_s is not None
    assert abs(review.duration_s - talk.duration_s) < 1.5
    assert review.slot_verdict == "short"  # a 20-second talk in a five-minute slot
    assert review.opening and review.close and review.main_points >= 2, review.notes
    interview.finish()


def test_switching_persona_changes_the_voice_and_the_feedback(
    tmp_path: Path, virtual_audio: VirtualAudio
) -> None:
    manager, leader = get_persona("hiring-manager"), get_persona("senior-leader")
    question = load_banks().items["behavioral"].question("pressure-deadline")
    interview = Interview(persona=manager, mode="practice", bank_id="behavioral")
    events: list[Event] = []

    answer = (
        "Our release was due on Friday. I cut two features, told the team on Monday, "
        "and we shipped on time."
    )
    first = interview.ask(question, on_event=events.append)
    first_audio = Clip.from_wav(interview.folder / str(first.question_audio))
    before = interview.answer_by_text(first, answer, events.append)
    # The switch: the same question again, now from the senior leader.
    switched = interview.ask(question, persona=leader, on_event=events.append)
    second_audio = Clip.from_wav(interview.folder / str(switched.question_audio))
    after = interview.answer_by_text(switched, answer, events.append)

    assert switched.persona.id == "senior-leader"
    assert switched.spoken_text == leader.take_over(question, introduced=False)
    assert switched.spoken_text.startswith(f"I'm {leader.name}")
    assert median_f0(first_audio) > 1.5 * median_f0(second_audio)  # female to low male voice
    assert _heard_something(virtual_audio)
    assert before.analysis["audience"]["id"] == "hiring-manager"
    assert after.analysis["audience"]["id"] == "senior-leader"
    missed_before = {m["id"] for m in before.analysis["audience"]["themes_missed"]}
    missed_after = {m["id"] for m in after.analysis["audience"]["themes_missed"]}
    assert "business-impact" in missed_after and "business-impact" not in missed_before
    interview.finish()


def test_full_mock_with_a_panel_and_a_drill(tmp_path: Path, virtual_audio: VirtualAudio) -> None:
    """Every planned turn is spoken in its own persona's voice; the first answer goes through
    the microphone, the rest are typed to keep the test short."""
    banks = load_banks().items
    panel = [get_persona("hiring-manager"), get_persona("peer"), get_persona("technical-lead")]
    mock = plan.full_mock(panel, banks, count=5, role="software-engineering", seed=11)
    interview = Interview(persona=panel[0], mode="full", bank_id="behavioral")
    events: list[Event] = []
    answer = flite_clip(
        "At my last job our tests took an hour. I split them into parallel groups and the run "
        "dropped to ten minutes.",
        tmp_path,
    )
    voices = []
    for number, turn in enumerate(mock.turns):
        asked = interview.ask(
            turn.question,
            persona=turn.persona,
            spoken_text=turn.spoken_text,
            on_event=events.append,
        )
        assert asked.persona.id == turn.persona.id
        voices.append(median_f0(Clip.from_wav(interview.folder / str(asked.question_audio))))
        if number == 0:
            virtual_audio.feed_mic(answer)
            record = interview.answer_by_voice(asked, AnswerControls(), events.append)
            assert record is not None and "test" in record.transcript["text"].lower()
        else:
            interview.answer_by_text(asked, "I would measure first, then fix it.", events.append)
    session = interview.finish()
    assert [t.persona_id for t in session.turns] == [t.persona.id for t in mock.turns]
    assert voices[0] > 1.5 * voices[1]  # the hiring manager's voice, then the peer's

    drill = plan.drill(
        "conflict", get_persona("peer"), banks, count=2, scores={"behavioral/conflict-peer": 10.0}
    )
    assert drill.turns[0].question.id == "behavioral/conflict-peer"
    interview = Interview(persona=get_persona("peer"), mode="drill", bank_id="behavioral")
    asked = interview.ask(drill.turns[0].question, on_event=events.append)
    virtual_audio.feed_mic(answer)
    assert interview.answer_by_voice(asked, AnswerControls(), events.append) is not None
    interview.finish()
