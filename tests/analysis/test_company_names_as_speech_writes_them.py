"""A listed competitor said right but written as speech writes a brand ("Crumb House" or
"crumb-house" for Crumbhouse, "Oatfieldmills" for Oatfield Mills) was reported as a WRONG
competitor and as missed (breaker14 B7). Names are compared without their spaces, hyphens and
case; a name not listed is still not a listed one. New answers of our own."""

from __future__ import annotations

from simulator.analysis.company_facts import as_listed, check_facts

RIVALS = ("Crumbhouse", "Oatfield Mills")


def _check(answer: str):  # type: ignore[no-untyped-def]
    return check_facts(answer, company="Kestrel Loaves", news=(), competitors=RIVALS)


def test_a_brand_split_in_two_is_the_listed_name() -> None:
    for answer in (
        "Your big rivals are Crumb House and Oatfieldmills, and you beat them on freshness.",
        "your big rivals are crumb-house and oatfield mills and you beat them on freshness",
    ):
        found = _check(answer)
        assert {f.text for f in found.used} == set(RIVALS), answer
        assert not found.wrong, answer


def test_another_name_stays_another_name() -> None:
    found = _check("Your big rivals are Crumb Hut and Oatfield Mills.")
    assert [m.said for m in found.wrong] == ["Crumb Hut"]
    assert as_listed("Crumb House, crumb-house, Crumbhouse", RIVALS) == (
        "Crumbhouse, crumbhouse, Crumbhouse")
