"""Through speech, an outcome told as someone else's deed ("the family stayed for dessert",
"the partner went to court with every file") is the Result, as it is when typed; a recognized
fragment whose subject went to the sentence before ("he was. | Paying for the top speed...") is
not."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript, default_recognizer
from tests.support.answers import spoken
from tests.support.speech import flite_clip

QUESTION = "Tell me about a time you solved a problem for a customer."


def labelled(text: str) -> list[tuple[str, str]]:
    analysis = analyze_answer(spoken(text), question=QUESTION)
    return [(s.label, s.text) for s in analysis.star.segments]


# Whisper-style: a full stop after every breath, and the outcome told as what the others did,
# with no "I" and no outcome word ("stayed", "left a big tip", "went to court with").
WAITER = (
    "I was a waiter in a busy Italian place in Leeds. One Saturday a family came for a birthday "
    "and the kitchen lost their order. Making it right was on me, because it was my table. I told "
    "them straight away, I brought the bread and the drinks free, and I asked the chef to do "
    "their mains first. The family stayed for dessert. The dad left a big tip, and they booked "
    "the same table for the next year."
)
LAW_FIRM = (
    "Last year, I was the only IT person at a small law firm in Cardiff. On a Monday the shared "
    "drive stopped working, and nobody could open the case files. My job was to get the files "
    "back before the court hearing at two. I restored the drive from Sunday night backup, I "
    "checked the three files for the hearing first, and I rang the partner. The partner went to "
    "court with every file. The firm bought a second backup disk the same month."
)
# Spoken English from a delivery driver (the slow test speaks it with flite).
PARCELS = (
    "So I was driving for a parcel company out of Swindon and one Friday the van for the "
    "hospital route broke down at the depot, and it had all the pharmacy boxes on it. It was "
    "on me to get those boxes there before the pharmacy closed at six. I moved every pharmacy "
    "box into my van, I rang the pharmacy to say we'd be late but coming, and I dropped two of "
    "my own stops for the next morning. The pharmacy got every box by half five. The depot "
    "manager put the hospital boxes on two vans from the next week."
)


@pytest.mark.parametrize(
    ("answer", "outcome_opens"),
    [(WAITER, "The family stayed for dessert"), (LAW_FIRM, "The partner went to court")],
)
def test_an_outcome_told_as_others_deed_is_the_result_through_speech(
    answer: str, outcome_opens: str
) -> None:
    labels = labelled(answer)
    result = " ".join(text for label, text in labels if label == "R")
    assert result.startswith(outcome_opens), labels
    assert [label for label, _ in labels] == ["S", "T", "A", "R"], labels


def test_a_fragment_with_no_subject_of_its_own_stays_in_the_action() -> None:
    # The recognizer's full stop cut "paying for the top speed..." off "he was": it opens on
    # no subject, so its past event is no one else's outcome among the actions.
    answer = (
        "I worked in the call centre for a broadband company, and an old man rang to cancel "
        "because his bills were too high for his pension. My job was to keep the customer if it "
        "was fair for him. So I looked at his account and he was. Paying for the top speed and a "
        "TV package he never watched. So I moved him to the basic speed and took off the TV "
        "package, and I sent him the new price by letter. He stayed with us, and he paid half of "
        "what he paid before."
    )
    labels = labelled(answer)
    action = " ".join(text for label, text in labels if label == "A")
    assert "Paying for the top speed" in action and "moved him" in action, labels
    assert [label for label, _ in labels] == ["S", "T", "A", "R"], labels


def test_typed_the_same_outcomes_were_already_results() -> None:
    # Typed, the writer's sentences carry their subjects: speech now agrees with them.
    for answer, outcome_opens in ((WAITER, "The family stayed"), (LAW_FIRM, "The partner went")):
        analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION)
        result = " ".join(s.text for s in analysis.star.segments if s.label == "R")
        assert result.startswith(outcome_opens), [
            (s.label, s.text) for s in analysis.star.segments
        ]


@pytest.mark.slow
def test_flite_through_whisper_finds_the_others_outcome(tmp_path: Path) -> None:
    transcript = default_recognizer("faster-whisper").transcribe(flite_clip(PARCELS, tmp_path))
    analysis = analyze_answer(transcript, question=QUESTION)
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert all(analysis.star.parts[k].present for k in "STAR"), labels
    result = " ".join(text for label, text in labels if label == "R").lower()
    assert "every box" in result and "next week" in result, labels
    action = " ".join(text for label, text in labels if label == "A").lower()
    assert "every box" not in action, labels
