"""Through speech, a cue the recognizer mishears is read as the speaker said it: tiny.en writes
flite's "I'm a" as "in a" or "in the" ("so in the radiographer and..."), and the speaker's job,
the scene's first cue, was lost; an answer that opened on it was read as its result told first."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.star import as_meant
from tests.analysis.test_spoken_others_outcome import spoken

QUESTION = "Tell me about a time you solved a problem at work."

# Whisper-style: "I'm a night porter" heard as "in a night porter", a full stop per breath.
PORTER = (
    "Sure, so in a night porter at a big hotel by the station, and one winter the complaints "
    "about noise from the bar went up to about ten a week, mostly from the third floor. My "
    "manager asked me to bring the complaints down before the spring inspection. I walked the "
    "third floor every hour for a week and wrote down when the noise came. I found the bar's "
    "back door was propped open for the smokers. I fitted a closer on the door and moved the "
    "smoking spot to the car park. After a month the complaints dropped to one a week."
)


def test_a_job_heard_as_in_a_opens_the_scene_not_a_headline() -> None:
    analysis = analyze_answer(spoken(PORTER), question=QUESTION)
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert [label for label, _ in labels] == ["S", "T", "A", "R"], labels
    assert labels[0][1].startswith("Sure, so in a night porter"), labels
    assert labels[-1][1].startswith("After a month the complaints dropped"), labels


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("sure so in the radiographer and in our department", "sure so i'm a radiographer and"),
        ("okay so in the shift supervisor at a bakery", "okay so i'm a shift supervisor at"),
        ("um in a community midwife in the north", "um i'm a community midwife in"),
    ],
)
def test_im_a_heard_as_in_the_is_read_as_said(heard: str, meant: str) -> None:
    assert as_meant(heard).startswith(meant)


@pytest.mark.parametrize(
    "said",
    [
        "we waited in the manager's office for an hour",
        "i was working in the nights as receptionist in a hostel",
        "so we brought in a second engineer to help",
        "the parcel was left in the porch by the driver",
    ],
)
def test_in_the_before_other_words_is_left_alone(said: str) -> None:
    assert as_meant(said) == said
