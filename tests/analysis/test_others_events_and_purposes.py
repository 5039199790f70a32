"""Two kinds of clause that sat on the wrong side of the Action/Result line.

- Someone else's deed told in order after the actions ("Then the pharmacies opened with their
  boxes on the shelf", "then the engineer opened the doors at half two"): the word that orders the
  steps ("then", "the next week") counted as an Action cue, so the first clause of the outcome
  went to the Action.
- What an action was for, cut off its sentence at "so" ("I moved the printer to the corridor, so
  the nurses did not have to leave the ward"): read as someone else's event told late, that is a
  Result, or as an aside.

Each answer below is our own, in a register the sets hold less of."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you solved a problem at work."

# A Bulgarian English speaker, short plain sentences, the outcome told as others' deeds.
COURIER = (
    "I work as a dispatcher for a small courier company in Sofia. My job was to get the medicine "
    "boxes to the pharmacies before nine every morning. One morning two of our vans were broken. "
    "I rang our old driver and I borrowed a van from my cousin and I split the routes in three. "
    "Then the pharmacies opened with their boxes on the shelf. The next week the owner put my "
    "three-route plan on the wall for everybody."
)
# Spoken run-on with no punctuation: the outcome begins on "then the engineer".
PORTER = (
    "so i was night porter in a hotel near the station and one night the lift stopped between two "
    "floors with a family inside and it was on me to keep them calm until the engineer came i "
    "talked to them through the door the whole time and i brought water to the floor above and i "
    "phoned the engineer every ten minutes then the engineer opened the doors at half two and the "
    "kids came out laughing and the next morning the manager wrote my name in the guest book"
)
# Purposes after the actions, told by a receptionist.
CLINIC = (
    "At the clinic where I was a receptionist, the nurses kept walking to the office to print the "
    "labels. My task was to save them that time. I moved the printer to the corridor, so the "
    "nurses did not have to leave the ward. I also made a list of the labels on the wall, so the "
    "new staff could find them alone. After one month the nurses told the manager they save maybe "
    "twenty minutes each shift."
)


def _label_of(text: str, words: str) -> str:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    start = text.index(words)
    for segment in analysis.star.segments:
        if segment.start_char <= start < segment.end_char:
            return segment.label
    raise AssertionError(f"{words!r} is in no segment")


def test_others_deed_told_in_order_after_the_actions_is_the_result() -> None:
    assert _label_of(COURIER, "Then the pharmacies opened") == "R"
    assert _label_of(COURIER, "I split the routes in three") == "A"


def test_others_deed_in_run_on_speech_is_the_result() -> None:
    assert _label_of(PORTER, "then the engineer opened the doors") == "R"
    assert _label_of(PORTER, "i phoned the engineer") == "A"


def test_what_an_action_was_for_stays_with_the_action() -> None:
    assert _label_of(CLINIC, "so the nurses did not have to leave") == "A"
    assert _label_of(CLINIC, "so the new staff could find them alone") == "A"
    analysis = analyze_answer(Transcript.from_text(CLINIC), question=QUESTION)
    assert analysis.star.parts["R"].present
    assert _label_of(CLINIC, "After one month the nurses told") == "R"
