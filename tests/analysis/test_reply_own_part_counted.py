"""A reply to "Which part was yours?" is counted by the deeds it tells as the speaker's own
(breaker16 D22, D12): listed after "my bit was" without an "I" before each verb, the way people
answer; one own deed is not "no action told as your own", three are not "only 2 actions".
A reply that names only what the team did still gives no own part."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import NO_OWN_ACTION_WHY, analyze_follow_up
from simulator.analysis.follow_up import joined
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved something at work without being asked."
# A stock-room team at a furniture shop, told all as "we".
OURS = (
    "At a furniture shop in Cork our stock room lost track of spare parts every week. We went "
    "through the shelves together, we labelled every bin with its part number, and we moved "
    "the fast sellers next to the door. Missing parts went from about fifteen a week to two."
)
# Replies to "You said 'we' a lot. Which part was yours?"
BARE = ("ah my bit was mostly the labels, printed every one of them, stuck them on over two "
        "weekends and checked them against the delivery notes")
ONE = "Mostly it was the two of us. I drew up the new layout, Niamh moved the shelves."
THREE = ("My part was the labels: I chose the label printer, I printed every label and I "
         "checked them all against the delivery notes.")
THEIRS = "Honestly it was a team thing, everybody pitched in and the manager sorted the rest."


def _after(reply: str) -> tuple[bool, int, list[str]]:
    first_t, reply_t = Transcript.from_text(OURS), Transcript.from_text(reply)
    first = analyze_answer(first_t, question=QUESTION)
    whole = analyze_answer(joined(first_t, reply_t), question=QUESTION)
    merged, judged = analyze_follow_up(reply_t, "we_not_i", first, whole=whole)
    return (judged.gives, merged.score_parts.ownership,
            [r.why for r in merged.points_why if r.part == "ownership"])


def test_deeds_listed_after_my_bit_was_are_the_speaker_s_own_part() -> None:
    gives, ownership, why = _after(BARE)
    assert gives
    assert ownership == 0, why


def test_one_own_deed_is_not_no_action_and_three_are_all_of_them() -> None:
    gives, ownership, why = _after(ONE)
    assert gives
    assert not any(w.startswith(NO_OWN_ACTION_WHY) for w in why), why
    assert any(w.startswith("only one action told as your own") for w in why), why
    gives, ownership, why = _after(THREE)
    assert gives and ownership == 0, why


def test_a_reply_that_names_only_the_team_gives_no_own_part() -> None:
    gives, ownership, _ = _after(THEIRS)
    assert not gives and ownership > 0
