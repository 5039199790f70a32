"""Company facts meet an answer's words by their stems (the Snowball English stemmer): "opening"
meets "opened", "wards" meets "ward", "staffing" meets "staff"; words that only begin alike do
not meet ("operations" is no "Opera", "contractor" no "contract", "staffing" no "Stafford").
Compared on their first five letters, a yard worker's background was credited as the Opera
House news and a staffing sentence was told it had the Stafford depot's month wrong, while
"ward" and "unit" never met "wards" and "units". The check the room and the CLI run."""

from __future__ import annotations

from simulator.analysis.company_facts import check_facts, stem

NEWS = (
    "We won the Opera House catering contract in May 2026.",
    "In March 2026 we opened the Stafford depot.",
    "Two wards and three units opened at Linden Hospital in 2025.",
    "Agency staffing costs fell by 30% in 2025.",
)


def _check(answer: str) -> tuple[set[str], dict[str, str]]:
    """The news lines `answer` used, and what it said wrong, by news line."""
    found = check_facts(answer, company="Halloran Group", news=NEWS)
    used = {fact.text for fact in found.used if fact.kind == "news"}
    return used, {m.fact.text: m.said for m in found.wrong}


def test_forms_of_one_word_meet() -> None:
    assert stem("opening") == stem("opened") == stem("opens")
    assert stem("wards") == stem("ward") and stem("units") == stem("unit")
    assert stem("staffing") == stem("staff") == stem("staffed")
    assert stem("deliveries") == stem("delivery")


def test_words_that_only_begin_alike_do_not_meet() -> None:
    assert stem("opera") != stem("operations")
    assert stem("contract") != stem("contractor")
    assert stem("stafford") != stem("staffing")


def test_a_fact_told_in_other_forms_of_its_words_is_used() -> None:
    # Terse notes: plural and singular swapped, another tense.
    used, wrong = _check(
        "u opening new ward and unit at Linden last year. "
        "also agency staff cost down 30 percent in 2025"
    )
    assert NEWS[2] in used and NEWS[3] in used
    assert wrong == {}


def test_words_that_only_begin_like_a_facts_words_are_not_that_fact() -> None:
    # A run-on answer about the speaker's own past, sharing only first letters with the news.
    used, wrong = _check(
        "before i was contractor in operations for big cold store so i know how it go "
        "and staffing was my main headache in April every year"
    )
    assert NEWS[0] not in used, "'contractor in operations' is not the Opera House contract"
    assert NEWS[1] not in wrong, "a staffing headache in April says nothing of Stafford's March"
    assert used == set() and wrong == {}
