"""Places in a market answer are not competitors (breaker10 D3). A second-round answer about
where a company stands against its rivals names regions and towns beside the rivals; each was
called "a competitor the profile does not list" (-15 points and "get the facts right"), and a
rival said in the possessive ("Coldway's") was counted as not mentioned."""

from simulator.analysis.company_facts import check_facts

NEWS = ["We opened a cold store in Gdansk in April 2026."]
RIVALS = ["Coldway", "Polar Freight"]


def _check(answer: str) -> tuple[list[str], list[str], list[str]]:
    found = check_facts(answer, company="Baltic Chill", news=NEWS, competitors=RIVALS)
    rivals_used = [f.text for f in found.used if f.kind == "competitor"]
    rivals_missed = [f.text for f in found.missed if f.kind == "competitor"]
    return [m.said for m in found.wrong], rivals_used, rivals_missed


def test_a_region_compared_with_a_rival_is_no_competitor() -> None:
    # Non-native, long: the company's own region set against a rival's, in the possessive.
    wrong, used, missed = _check(
        "For me the Gdansk store is changing the picture, because now the whole of Pomerania "
        "gets next-day frozen delivery cheaper than Coldway's, who are still trucking "
        "everything from Poznan. Polar Freight can follow on price, this is the risk."
    )
    assert wrong == []
    assert used == ["Coldway", "Polar Freight"]
    assert missed == []


def test_towns_where_a_rival_is_beaten_are_places() -> None:
    wrong, used, _ = _check(
        "You can beat Polar Freight in Elblag and Torun, and the North East of Germany is "
        "served better than by Coldway."
    )
    assert wrong == []
    assert used == ["Coldway", "Polar Freight"]


def test_a_made_up_rival_is_still_named() -> None:
    # The same kind of answer with an invented rival beside the listed ones.
    wrong, used, _ = _check(
        "In Pomerania you are up against Coldway and Frostbox mostly, and Polar Freight "
        "is cheaper than Frostbox in Gdansk."
    )
    assert wrong == ["Frostbox"]
    assert used == ["Coldway", "Polar Freight"]
