"""STAR parts of answers said by flite and read by the real recognizer (faster-whisper tiny.en),
where what it writes differs from what was said in the ways the analysis must read through: a
closing aside cut into sentences (star._aside_goes_on) and a present-tense opening verb written
in the past (answer._opened_on_a_deed, cues.own_deeds_in_present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript, default_recognizer
from tests.support.speech import flite_clip

QUESTION = "Tell me about a time you had to learn something new quickly."

# New answers of our own, as said.
ASIDE_AT_THE_END = (
    "I was a porter at a hotel in Leeds, and the manager brought in a new booking screen on a"
    " Friday. I had to run the front desk alone that weekend. So I stayed after my shift on"
    " Friday night and practised check-ins with the night manager, and I wrote the steps on a"
    " card by the till. I guess I am someone who likes a challenge, I am not scared of"
    " computers, that is just how I am."
)
TOLD_IN_THE_PRESENT = (
    "So, I join this bakery chain in Porto as night manager. And the crew there has been late"
    " with the first bake for two years, which means the shops open with empty shelves. My goal,"
    " and I tell them this on the first night, is that the bread is out by six. I start by moving"
    " the dough prep to the end of the day shift. I ask the drivers to wait at the back door, and"
    " I take the first tray out myself at five thirty. By the third week the shelves are full at"
    " six every morning and the shops stop calling me."
)


def heard(text: str, folder: Path) -> Transcript:
    return default_recognizer().transcribe(flite_clip(text, folder))


def label_at(transcript: Transcript, words: str, question: str = QUESTION) -> str:
    analysis = analyze_answer(transcript, question=question)
    at = transcript.text.lower().index(words.lower())
    return next(s.label for s in analysis.star.segments if s.start_char <= at < s.end_char)


@pytest.mark.slow
def test_an_aside_heard_as_sentences_is_no_result(tmp_path: Path) -> None:
    transcript = heard(ASIDE_AT_THE_END, tmp_path)
    analysis = analyze_answer(transcript, question=QUESTION)
    assert label_at(transcript, "not scared of computers") == "other", transcript.text
    assert not analysis.star.parts["R"].present, transcript.text


@pytest.mark.slow
def test_a_present_opening_heard_in_the_past_is_the_scene(tmp_path: Path) -> None:
    transcript = heard(TOLD_IN_THE_PRESENT, tmp_path)
    analysis = analyze_answer(transcript, question=QUESTION)
    assert label_at(transcript, "this bakery chain in Porto") == "S", transcript.text
    assert analysis.star.parts["S"].present, transcript.text
