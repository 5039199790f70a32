"""An answer whose deeds are all done by people named by their role or as someone's ("My
supervisor, Mrs Banda, got on the radio...", "the driver's cousin, who is a mechanic, came out
and fitted...") tells no Action of the speaker's own, though the speaker's "my" names one of
them and a deed follows a comma: "Action missing" is said (held14: an egg farm's power put
back by the owner's brother). The same story with one step of the speaker's own keeps its
Action, and notes with no subject stay the speaker's own. Each answer is a new one of our
own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time something went wrong on your shift."

SCENE = (
    "I was the night dispatcher at a quarry outside Mzuzu, and one evening in the rains the "
    "only loader that could reach the lower pit slid into a ditch with a full bucket. "
)
TASK = "Getting the loader out before the morning trucks came was my job on that shift. "
OTHERS = (
    "My supervisor, Mrs Banda, got on the radio to the road crew, and the driver's cousin, who "
    "is a mechanic, came out with a tractor and pulled the loader back onto the track, and the "
    "road crew laid gravel under the wheels for the rest of the night. "
)
OWN = "I moved the first four trucks to the upper face and rang each driver myself. "
ENDING = ("The morning trucks were loaded only forty minutes late and the loader worked the "
          "next day.")


def _parts(text: str) -> tuple[dict[str, bool], list[str]]:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    return {p: analysis.star.parts[p].present for p in "STAR"}, list(analysis.flaw_codes)


def test_deeds_of_others_named_by_role_tell_no_own_action() -> None:
    parts, flaws = _parts(SCENE + TASK + OTHERS + ENDING)
    assert parts == {"S": True, "T": True, "A": False, "R": True}
    assert "no_action" in flaws


def test_one_deed_of_the_speakers_own_keeps_the_action() -> None:
    parts, flaws = _parts(SCENE + TASK + OTHERS + OWN + ENDING)
    assert all(parts.values()), parts
    assert "no_action" not in flaws


def test_the_speaker_with_someone_else_acts() -> None:
    together = OTHERS.replace("the driver's cousin, who is a mechanic, came out",
                              "me and the driver's cousin came out")
    parts, flaws = _parts(SCENE + TASK + together + ENDING)
    assert parts["A"], parts
    assert "no_action" not in flaws


def test_notes_with_no_subject_are_the_speakers_own() -> None:
    notes = ("Moved the first four trucks to the upper face, rang each driver, logged the "
             "slide for the insurer. ")
    parts, flaws = _parts(SCENE + TASK + notes + ENDING)
    assert parts["A"], parts
    assert "no_action" not in flaws
