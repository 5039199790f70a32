"""How a job told in the present is read in a story told in the past: at the start, before the
occasion is told, "I'm the warden at a nature reserve..." or "I deliver heating oil for a fuel
merchant in Brecon" says who the speaker is, what they do and where, the Situation, also when
the outcome was told first; after the actions, a present-tense sentence of how things stand
since ("every warden carries a spare key now") is the Result. Each answer is a new one of our
own, typed, spoken in lower case without apostrophes, or told to "you"."""

from __future__ import annotations

from tests.support.answers import labelled, typed_to

Q = "Tell me about a time you solved a problem under pressure."


typed = typed_to(Q)


# The outcome first, then the job in the present with "the" and its place, then the day.
WARDEN_RESULT_FIRST = (
    "All forty children were back on the coach by four, and the school booked us again for the "
    "spring. I'm the warden at a nature reserve on the estuary, mostly looking after the paths "
    "and the hides. One afternoon in May a class from Bristol was out on the salt marsh when "
    "the tide came in faster than the tables said. It was on me to get them off the marsh "
    "before the creeks filled. I rang the teacher and told her to walk the children to the sea "
    "wall, I drove the reserve's tractor and trailer down the old track to meet them, and I "
    "carried the two smallest across the last creek myself."
)

# The same shape spoken, in lower case and with no apostrophes: "im" for "I'm".
CHOIR_SPOKEN = (
    "well the short version is we sang the whole mass at the cathedral and the bishop asked us "
    "back for christmas so im the organist at a chapel in a mining village near merthyr um "
    "unpaid of course and two weeks before the festival our conductor broke her wrist and "
    "somebody had to hold the choir together so i took the rehearsals myself from the organ "
    "bench and i cut the programme from nine pieces to six and i rang every singer who missed "
    "a practice"
)

# The outcome first, then the job told to "you" in the present with its place, then the day.
FERRY_SECOND_PERSON = (
    "Every car got across by nine, and the harbour office put my plan in the winter book. "
    "You're the skipper of a small car ferry on a sea loch, twelve cars and a hundred "
    "passengers at most. One morning in January the slipway on the far side was iced over, and "
    "the school run and the milk lorry were waiting. It was on me to get them across without "
    "anyone sliding off the ramp. So I held the ferry at the pier, I had the deckhand spread "
    "grit from the bins on the slipway, and I took the cars off one at a time in first gear."
)

# After the actions, how things stand since, told in the present: the Result.
KEY_STANDING_RESULT = (
    "I was a night warden at a student hall in Leeds. One night in March the fire alarm went "
    "off at two in the morning and the panel showed a fault on the third floor. It was my job "
    "to get everyone out and find out if it was a real fire. I sent the residents to the car "
    "park, I checked the third floor with the master key, and I found a burnt toaster in a "
    "kitchen with the door wedged open. The fire crew signed it off in twenty minutes. Every "
    "warden carries a spare master key now, and the kitchen doors close on their own."
)


def test_a_job_in_the_present_after_the_outcome_told_first_is_the_situation() -> None:
    analysis = typed(WARDEN_RESULT_FIRST)
    assert "I'm the warden at a nature reserve on the estuary" in labelled(analysis, "S")
    assert "I'm the warden" not in labelled(analysis, "R")
    assert "All forty children were back on the coach" in labelled(analysis, "R")


def test_a_spoken_job_without_its_apostrophe_is_the_situation() -> None:
    analysis = typed(CHOIR_SPOKEN)
    assert "im the organist at a chapel" in labelled(analysis, "S")
    assert "we sang the whole mass" in labelled(analysis, "R")


def test_a_job_told_to_you_is_the_situation() -> None:
    analysis = typed(FERRY_SECOND_PERSON)
    assert "You're the skipper of a small car ferry" in labelled(analysis, "S")
    assert "You're the skipper" not in labelled(analysis, "R")
    assert "Every car got across by nine" in labelled(analysis, "R")


def test_how_things_stand_since_told_in_the_present_stays_the_result() -> None:
    analysis = typed(KEY_STANDING_RESULT)
    assert "Every warden carries a spare master key now" in labelled(analysis, "R")
    assert "I was a night warden at a student hall" in labelled(analysis, "S")
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments


# What the speaker does for a living told in the present simple, then the one January.
OIL_IN_ORDER = (
    "I deliver heating oil for a fuel merchant in Brecon, mostly to farms up single-track lanes, "
    "and one January the cold came in hard and the lanes froze solid. A farmer's wife rang the "
    "depot on a Friday afternoon, her tank was nearly dry and she had a baby at home. It was on "
    "me to get oil to her before the weekend without putting the tanker in a ditch. I swapped "
    "the big tanker for the small four-wheel-drive one, I rang her husband to grit the top of "
    "his lane, and I carried the last hose length up by hand. She had heat by six that evening, "
    "and the depot keeps the small tanker for those farms every winter now."
)

# The same story with its outcome told first.
OIL_RESULT_FIRST = (
    "She had heat by six that evening, and the depot put the small tanker on those farms for "
    "the whole winter. I deliver heating oil for a fuel merchant in Brecon, mostly to farms up "
    "single-track lanes, and one January the cold came in hard and the lanes froze solid. A "
    "farmer's wife rang the depot on a Friday afternoon, her tank was nearly dry and she had a "
    "baby at home. It was on me to get oil to her before the weekend without putting the "
    "tanker in a ditch. I swapped the big tanker for the small four-wheel-drive one, I rang her "
    "husband to grit the top of his lane, and I carried the last hose length up by hand."
)

# Spoken, in lower case with no full stops, the outcome first.
TRAILS_SPOKEN = (
    "well the race went off on time and the school sent us a thank you card um so i groom the "
    "cross country trails for a ski centre up near aviemore mostly nights and last february the "
    "snow cat broke a track two days before the schools race so it was down to me to get twelve "
    "kilometres of trail ready with no snow cat so i borrowed a snowmobile and a drag from the "
    "farm next door and i went over the whole course twice in the night and i packed the start "
    "area by hand with the lads"
)


def test_work_told_in_the_present_simple_before_the_story_is_the_situation() -> None:
    analysis = typed(OIL_IN_ORDER)
    assert "I deliver heating oil for a fuel merchant in Brecon" in labelled(analysis, "S")
    # ...and the present after the deeds is how things stand since: the Result.
    assert "the depot keeps the small tanker for those farms every winter now" in labelled(
        analysis, "R")
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments


def test_work_told_in_the_present_simple_after_the_outcome_is_the_situation() -> None:
    analysis = typed(OIL_RESULT_FIRST)
    assert "I deliver heating oil for a fuel merchant in Brecon" in labelled(analysis, "S")
    assert "I deliver heating oil" not in labelled(analysis, "R")
    assert "She had heat by six that evening" in labelled(analysis, "R")


def test_spoken_work_in_the_present_simple_after_the_outcome_is_the_situation() -> None:
    analysis = typed(TRAILS_SPOKEN)
    assert "so i groom the cross country trails for a ski centre" in labelled(analysis, "S")
    assert "the race went off on time" in labelled(analysis, "R")
