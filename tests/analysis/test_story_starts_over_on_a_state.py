"""Result-first answers whose story starts over on the speaker's standing state (a role named by
an agent noun, the present of one's work, how many they are, how long it has been), and outcomes
told in the present ("now the depot sends..."): the start of the story is the Situation, not more
of the headline, and the second sentence of a headline is not the scene (issue 13: result-first
answers read as told in order, held8)."""

from __future__ import annotations

import pytest

from simulator.analysis.star import unit_cue_scores
from tests.support.answers import label_of, typed_to

typed = typed_to("Tell me about a time you solved a problem at work.")


def test_a_role_named_without_an_article_starts_the_story_after_the_headline() -> None:
    analysis = typed(
        "The hotel passed the inspection with five stars and the owner gave me a bonus. "
        "I am housekeeping supervisor in a small hotel near the station since three years. "
        "One Monday the inspector was coming at ten and two of my cleaners were sick. "
        "I had to make all forty rooms ready before she came. "
        "I split the floors between me and the other three ladies, I did the bathrooms myself "
        "and I checked every room with the list before ten."
    )
    assert label_of(analysis, "The hotel passed") == "R"
    assert label_of(analysis, "I am housekeeping supervisor") == "S"
    assert label_of(analysis, "I split the floors") == "A"


def test_notes_that_start_over_on_the_drivers_own_work_have_a_scene() -> None:
    analysis = typed(
        "Every parcel out before 6am, nothing left on the van.\n"
        "I drive the night van for a parcel firm between two towns.\n"
        "Tuesday the scanner died at the depot with sixty parcels still on board.\n"
        "Had to get them all delivered before the morning shift.\n"
        "Sorted the parcels by street on the van floor, rang the depot for a paper list, "
        "did the town centre first."
    )
    assert label_of(analysis, "Every parcel out") == "R"
    assert label_of(analysis, "I drive the night van") == "S"


def test_a_run_on_caseworker_story_starts_over_on_how_many_they_are() -> None:
    analysis = typed(
        "so in the end the family got the flat before christmas and the housing officer told my "
        "boss she never saw a file so complete. we are five people at the charity for the whole "
        "city. this family was in one hotel room for nine months with three kids and the mum "
        "kept every letter in a carrier bag. my job was to get their housing application "
        "finished before the council's deadline. i went through every letter with the mum at "
        "her kitchen table, i rang the school for the attendance letters and i took the forms "
        "to the council myself."
    )
    assert label_of(analysis, "in the end the family") == "R"
    assert label_of(analysis, "we are five people") == "S"
    assert label_of(analysis, "i went through every letter") == "A"


def test_how_things_stand_now_in_the_present_is_still_the_headline() -> None:
    analysis = typed(
        "The old man did not fall again that winter. His son called the office to say thank you, "
        "and now the team checks every client's slippers at the first visit. "
        "I am home carer for the council since six years, mostly old people living alone. "
        "One morning I found this client on the floor of his kitchen because his slippers had no "
        "grip. I had to make his flat safe before my next call. I called his son, I moved the rug "
        "from the kitchen and I ordered him new slippers with a hard sole the same day."
    )
    assert label_of(analysis, "His son called the office") == "R"
    assert label_of(analysis, "I am home carer") == "S"


@pytest.mark.parametrize("unit, scene", [
    ("i am phlebotomist in the outpatient clinic", True),
    ("so i was lead climber on a tree job in a big garden", True),
    ("um i work in a call centre for a broadband company", True),
    ("i drive the airport shuttle mostly nights", True),
    ("we are four persons in the finance team", True),
    ("since two years i am in the night team", True),
    ("i was stuck in that warehouse for three years", True),
    # Events and habits of the story are no standing state.
    ("we mapped every response over an hour for two years", False),
    ("i drive him home after the shift", False),
    ("i was responsible for the whole rota", False),
])
def test_a_standing_state_is_heard_as_a_scene(unit: str, scene: bool) -> None:
    assert (unit_cue_scores([unit])[0]["S"] >= 1.0) is scene
