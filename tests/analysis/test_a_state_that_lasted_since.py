"""An outcome told as a state that has lasted, with "since" closing the clause ("we have kept
his table every month since", "it has been on the rota ever since"), is the Result: with no other
outcome word it was read as the last Action. "Since" that opens a time ("since 2019") is not
this. New answers of our own."""

from __future__ import annotations

from tests.support.answers import labels_of, typed

LASTED = (
    "I run the front of house at a small seafood restaurant. A regular who brought his family "
    "every Sunday walked out after we lost his booking on his wife's birthday. The owner asked "
    "me to win him back. I rang him the next morning, owned the mistake without excuses and "
    "offered him our private table for the next Sunday, and I cooked the birthday dessert "
    "myself. We have kept that table for his family on the first Sunday of every month since."
)


def test_a_booking_kept_every_month_since_is_the_result() -> None:
    analysis = typed(LASTED, "Tell me about a time you won back an unhappy customer.")
    assert labels_of(analysis, "kept that table for his family") == ["R"]
    assert labels_of(analysis, "i rang him the next morning") == ["A"]
    assert analysis.star.parts["R"].present


SINCE_A_YEAR = (
    "I have worked as a night porter at a city hotel since 2019. One night the lift stopped "
    "between floors with two guests inside and it was up to me to get them out safely. I "
    "called the lift company, talked to the guests through the door every few minutes and "
    "kept the lobby clear for the engineer. They were out within forty minutes and the "
    "manager thanked me in the next staff meeting."
)


def test_since_a_year_in_the_scene_is_no_result() -> None:
    analysis = typed(SINCE_A_YEAR, "Tell me about a time you stayed calm under pressure.")
    assert labels_of(analysis, "night porter at a city hotel since 2019") == ["S"]
