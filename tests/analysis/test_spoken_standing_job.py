"""Through speech, an answer that opens on the speaker's standing work opens on its scene,
whatever tense the recognizer wrote: tiny.en writes a spoken "I run a..." as "i ran a...", and
the job was read as the story's first deed (the scene went to the Action, "Situation missing")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.cues import heard_standing_job
from tests.analysis.test_spoken_others_outcome import spoken

QUESTION = "Tell me about a time you kept a service going when something broke."

# As the recognizer writes it with no marks at all: "I run a small ferry" heard as "i ran".
FERRY = (
    "i ran a small ferry across the estuary at kessock with one deckhand and two boats "
    "in march the engine mount on the big boat cracked two days before the school trips started "
    "it was my job to keep the crossings going without the big boat "
    "i borrowed a spare mount from the boatyard up the coast and fitted it with the deckhand "
    "over one night and i rang every school to move their groups onto the small boat "
    "we missed no crossing that month and the council renewed our licence for three years"
)


def test_a_job_heard_in_the_past_opens_the_scene() -> None:
    analysis = analyze_answer(spoken(FERRY), question=QUESTION)
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert labels[0][0] == "S", labels
    assert labels[0][1].startswith("i ran a small ferry across the estuary"), labels
    assert analysis.star.parts["S"].present, labels
    assert "no_situation" not in analysis.flaw_codes


@pytest.mark.parametrize(
    "opening",
    [
        "i ran a small ferry across the estuary at kessock",
        "i managed the old people's home in our village",
        "so i grew oysters on a farm near the point",
        "i trained guide dogs for a charity in the north",
        "i ran a fish and chip van on the seafront every summer",  # the job's own habit
    ],
)
def test_a_standing_job_in_any_tense(opening: str) -> None:
    assert heard_standing_job(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "i took it back to the shop the next morning",  # a deed done to a thing of the story
        "i was the only one on shift at the depot",  # being, not a job's verb
        "i still run the ferry across the estuary",  # how things stand since, after a story
    ],
)
def test_not_a_standing_job(opening: str) -> None:
    assert not heard_standing_job(opening)
