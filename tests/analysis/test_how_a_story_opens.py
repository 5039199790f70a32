"""How the start of a story is read: an opening that tells what the speaker usually did before
the day of the story ("I drove a bin lorry for the council. One morning...") is its background,
the Situation, though it opens on "I <past verb>"; the same verb told on the day itself is a
deed, and no scene is told. A clause of the team doing something between the scene and the
actions is no Task. Each answer is a new one of our own; each is checked for the part it tells
and for the flaw that must not (or must) be said."""

from __future__ import annotations

from simulator.analysis.cues import background_to_occasion
from tests.support.answers import labelled, typed_to

Q = "Tell me about a time you dealt with something unexpected at work."


typed = typed_to(Q)


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


# Going somewhere and then a deed opens the story in its actions: no scene is told.
WENT_AND_SAT = (
    "I went and sat with Mrs Adeyemi in the day room and asked her what she used to cook at "
    "home, because she was refusing every meal on the ward. My task was to get her eating enough "
    "to go home by the Friday. I asked her daughter to bring in jollof rice, I moved her meals to "
    "the day room table with two other ladies, and I wrote her portions on the board. By the "
    "Friday she was eating full plates and went home."
)
CAME_DOWN = (
    "I came down from the loft and told the family to leave the house, because the wiring under "
    "the boards had gone black and was still warm. I was the only electrician on that job, so "
    "whether anyone stayed in the house was my call. I cut the power at the board, I rang the "
    "landlord, and I put a note on the door. The landlord had it rewired that week, and nobody "
    "was hurt."
)


def test_going_somewhere_and_then_a_deed_opens_on_the_action() -> None:
    analysis = typed(WENT_AND_SAT)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I went and sat with Mrs Adeyemi" in labelled(analysis, "A")
    analysis = typed(CAME_DOWN)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I came down from the loft and told the family" in labelled(analysis, "A")
    assert "no_situation" in analysis.flaw_codes


# A duty told as what others expected from the speaker, as many speakers of English say it
# (breaker13 B15), as the aim with whose it was, and as a duty given with the role between.
WARD = ("In our ward the evening drug round was taking almost three hours. {duty} I split the "
        "round between two nurses, I laid out the trolley before the shift, and I checked the "
        "charts with the doctor at six. After one month the round took ninety minutes.")


def test_a_duty_told_as_what_others_expected_from_the_speaker_is_the_task() -> None:
    for duty in ("They were expecting from me to make it faster.",
                 "What the matron wanted of me was a shorter round.",
                 "The ask from the matron was simple, a round under two hours.",
                 "The matron asked me, as the senior nurse, to make it faster."):
        analysis = typed(WARD.format(duty=duty))
        assert duty in labelled(analysis, "T"), (duty, analysis.star.segments)
        assert "no_task" not in analysis.flaw_codes, duty


# The answer opens on the ask, then the speaker's own first step with a prefixed past ("I
# redrew"): no scene is told, and the first step is an Action.
REDREW = (
    "The practice manager asked me, as the receptionist, to cut the queue at the front desk on "
    "Monday mornings. I redrew the appointment grid so the blood tests came first, I put a sign "
    "on the door for repeat prescriptions, and I rang the patients who always came early. By "
    "March the Monday queue was gone by half nine."
)


def test_an_answer_opening_on_the_ask_tells_no_scene() -> None:
    analysis = typed(REDREW)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I redrew the appointment grid" in labelled(analysis, "A")
    assert "asked me, as the receptionist" in labelled(analysis, "T")
