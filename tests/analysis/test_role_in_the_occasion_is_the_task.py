"""The speaker's part in this occasion, told after the scene with a definite or possessive role
and no place of its own ("I was the senior nurse on the night", "and i was his social worker"), is
the Task: whose job the story was. A job told with a place of its own ("I was the night manager at
a hotel by the airport") is still the scene (issue 13: Task read as Situation, the lowest F1)."""

from __future__ import annotations

from tests.support.answers import label_of, typed_to

typed = typed_to("Tell me about a time you took charge.")


def test_a_senior_on_the_night_named_after_the_scene_is_the_task() -> None:
    analysis = typed(
        "Last winter our ward had three nurses off with flu and the agency sent nobody. "
        "I was the senior nurse on the night. "
        "I moved the two sickest patients near the station, I asked the day sister to stay two "
        "hours more and I did the medicine round myself. "
        "In the morning all twenty-eight patients had their medicines on time and nobody fell."
    )
    assert label_of(analysis, "Last winter our ward") == "S"
    assert label_of(analysis, "I was the senior nurse") == "T"
    assert analysis.star.parts["T"].present


def test_a_run_on_social_worker_who_names_his_part_has_a_task() -> None:
    analysis = typed(
        "so there was this lad fifteen years old who stopped going to school in march and the "
        "school was going to take his mum to court over it. and i was his social worker. so i "
        "went round every morning for two weeks and walked him in myself, and i got the school "
        "to give him a quiet room for the first hour. by june he was in every day and the court "
        "letter was dropped."
    )
    assert label_of(analysis, "and i was his social worker") == "T"
    assert label_of(analysis, "so i went round") == "A"


def test_a_job_told_with_its_own_place_stays_the_scene() -> None:
    analysis = typed(
        "I was the night manager at a big hotel by the airport, and one night the fire alarm "
        "went off at three. My job was to get two hundred guests out and counted. I sent one "
        "porter to each floor and I took the guest list to the car park myself. Everybody was "
        "out and counted in eleven minutes."
    )
    assert label_of(analysis, "I was the night manager") == "S"
    assert label_of(analysis, "My job was") == "T"
