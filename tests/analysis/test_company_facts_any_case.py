"""A wrong company fact is wrong in any case. Names were told only by their capital letters, so
an answer spoken in lower case (typed as it would be said, or from a recognizer that writes no
capitals) had its wrong town, month and made-up competitor pass unseen and scored some forty
points above the same words written with capitals. A recognised "B7" for a town is no town: one
letter is not a name. The check the room and the CLI run."""

from __future__ import annotations

from simulator.analysis.company_facts import check_facts

NEWS = (
    "Opened a second bakery in Hull in June 2026",
    "Switched every van to electric after the fuel price spike",
)
RIVALS = ("Crumbhouse", "Oatfield Mills")


def _wrong(answer: str) -> set[tuple[str, str]]:
    found = check_facts(answer, company="Kestrel Loaves", news=NEWS, competitors=RIVALS)
    return {(m.said.lower(), m.profile_says) for m in found.wrong}


LOWER = (
    "right so you bake for the whole east coast and last summer you opened a second bakery in "
    "leeds in july if i remember which makes sense for the motorway, you also went electric "
    "with the vans after fuel got so expensive, and against crumbhouse and breadwell i think "
    "you win on freshness"
)
CAPITALS = (
    "You bake for the whole east coast. Last summer you opened a second bakery in Leeds in July, "
    "which makes sense for the motorway. You also went electric with the vans after fuel got so "
    "expensive. Against Crumbhouse and Breadwell I think you win on freshness."
)
EXPECTED = {
    ("leeds", "Hull"),
    ("july", "June"),
    ("breadwell", "Crumbhouse, Oatfield Mills"),
}


def test_a_lower_case_answer_is_held_to_the_same_facts_as_a_capitalised_one() -> None:
    assert _wrong(CAPITALS) == EXPECTED
    assert _wrong(LOWER) == EXPECTED


def test_lower_case_right_facts_and_ordinary_words_are_not_wrong() -> None:
    answer = (
        "ok so you opened the second bakery in hull in june and it is the biggest one now, "
        "you switched the vans to electric after the fuel spike, crumbhouse and others are "
        "bigger but oatfield and the rest sell mostly to supermarkets"
    )
    found = check_facts(answer, company="Kestrel Loaves", news=NEWS, competitors=RIVALS)
    assert found.wrong == ()
    assert {f.text for f in found.used if f.kind == "news"} == set(NEWS)


def test_one_recognised_letter_is_no_place() -> None:
    # Whisper heard a town it did not know as "B7": the letter is not a place the user named.
    heard = "You opened a second bakery in B7 in June, which is close to the port."
    assert all(m.said != "B" for m in check_facts(
        heard, company="Kestrel Loaves", news=NEWS, competitors=RIVALS
    ).wrong)


def test_a_word_that_ends_a_clause_beside_a_rival_is_no_rival() -> None:
    said = (
        "you compete with crumbhouse mostly, and oatfield, and i think crumbhouse and probably "
        "nobody else is as big in the north"
    )
    assert _wrong(said) == set()
