"""How the start of a story is read: an opening that tells what the speaker usually did before
the day of the story ("I drove a bin lorry for the council. One morning...") is its background,
the Situation, though it opens on "I <past verb>"; the same verb told on the day itself is a
deed, and no scene is told. A clause of the team doing something between the scene and the
actions is no Task. Each answer is a new one of our own; each is checked for the part it tells
and for the flaw that must not (or must) be said."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.cues import background_to_occasion
from simulator.speech.stt import Transcript

Q = "Tell me about a time you dealt with something unexpected at work."


def typed(text: str, question: str = Q):  # type: ignore[no-untyped-def]
    return analyze_answer(Transcript.from_text(text), question=question)


def labelled(analysis, label: str) -> str:  # type: ignore[no-untyped-def]
    return " ".join(s.text for s in analysis.star.segments if s.label == label)


# What the speaker usually did, then the one morning the story is about.
BIN_ROUND = (
    "I drove a recycling lorry for the council on the east side of Derby. One morning in "
    "January the lifting arm jammed halfway up with a full bin on it, on a narrow street by a "
    "primary school. The crew was mine that day, so keeping the street safe was down to me. I "
    "closed the road with the cones from the cab, I rang the depot for the fitter, and I walked "
    "the parents round the lorry myself. The fitter freed the arm in forty minutes, nobody was "
    "hurt, and we still finished the round by two."
)

# The same opening verb told on the day of the story: a deed, and no scene is told.
BIN_DEED = (
    "I drove the recycling lorry back to the depot one morning in January with the lifting arm "
    "jammed halfway up. The crew was mine that day, so keeping everyone safe was down to me. I "
    "rang the fitter from the cab, I kept the crew off the street, and I walked round the lorry "
    "at every stop. The fitter freed the arm in forty minutes, and nobody was hurt."
)


def test_a_usual_job_before_the_day_of_the_story_is_its_situation() -> None:
    analysis = typed(BIN_ROUND)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "I drove a recycling lorry for the council" in labelled(analysis, "S")
    assert "no_situation" not in analysis.flaw_codes


def test_the_same_verb_told_on_the_day_itself_is_a_deed() -> None:
    analysis = typed(BIN_DEED)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I drove the recycling lorry back to the depot" in labelled(analysis, "A")


def test_the_occasion_begins_in_a_clause_of_its_own() -> None:
    assert background_to_occasion("i ran the night desk at a hotel by the airport",
                                  "one night a coach of forty guests arrived with no booking")
    assert background_to_occasion(
        "i cleaned windows for offices in the city and one friday the cradle stuck")
    # A deed's own time told at its end, or a step's time: no occasion begins after it.
    assert not background_to_occasion("i stopped the match one sunday morning",
                                      "i had to keep the boys safe")
    assert not background_to_occasion("i called the supplier and one day later they came")


# The scene, then the team doing something before the speaker's own steps: no Task is told.
SORTING_TEAM = (
    "I drove a forklift at a parcel hub near Coventry. One night the main sorter stopped with "
    "six thousand parcels still on the belts. We worked in pairs, two drivers for each loading "
    "door. I was on the far door, and I told the loaders by radio that I would take only the "
    "heavy cages, so we did not wait for each other. I also rang the drivers to come in an hour "
    "later. Every van left by six, only forty minutes late."
)


def test_the_teams_deed_between_the_scene_and_the_actions_is_no_task() -> None:
    analysis = typed(SORTING_TEAM)
    assert not analysis.star.parts["T"].present, analysis.star.segments
    assert "We worked in pairs" in labelled(analysis, "A")
    assert all(analysis.star.parts[p].present for p in "SAR"), analysis.star.segments
