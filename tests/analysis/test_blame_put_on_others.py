"""A story told to a question about one's own mistake that puts the mistake on someone else
("honestly the mistake was the loaders'") and owns none of it scored 89 with "spoke to:
Ownership" and no word of it (breaker14 B5); so did one told to a company that values owning
the outcome ("I told my manager it was the agency's fault"). Such a story now costs ownership
points with a line that quotes the blame, a tip that asks for the speaker's own part, and no
"Ownership" spoken to; a story that names others' error while owning its own part, or one told
to a question that did not ask for one's own mistake, is not named. New answers of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis.answer import BLAME_POINTS
from simulator.analysis.blame import asks_own_mistake, blamed_others
from simulator.interview.company import load_company
from simulator.interview.personas import load_personas
from tests.support.answers import typed as _analysis

OWN_MISTAKE = "Tell me about a time you made a mistake at work."
WENT_WRONG = "Tell me about a time a delivery went wrong."

# A bakery dispatcher whose van went out with another shop's trays.
BLAMING = (
    "Two winters ago at the bakery in Wolverhampton a van of bread trays went to the Dudley shop "
    "instead of the Walsall one. I was the dispatcher that morning, but to be fair the error was "
    "the packers', they loaded from the wrong bay. I told the production manager, I rang the "
    "Walsall shop, and I sent a second van with fresh trays at nine. Walsall opened with bread "
    "an hour late and the packers were spoken to."
)
OWNING = BLAMING.replace(
    "I told the production manager",
    "I should have checked the bay numbers on the sheet before the van left, so I told the "
    "production manager")
NOT_MINE = (
    "Two winters ago at the bakery a van of bread trays went to the wrong shop. It was not my "
    "fault really, the route sheet was printed wrong in the office. I left the office to sort it "
    "out with the shop and went back to my own loading. The shop got its bread late that day."
)


def test_a_mistake_put_on_others_costs_ownership_with_its_words() -> None:
    manager = load_personas().get("hiring-manager").audience
    analysis = _analysis(BLAMING, OWN_MISTAKE, audience=manager)
    owned = _analysis(OWNING, OWN_MISTAKE, audience=manager)
    why = [line.why for line in analysis.points_why if line.part == "ownership"]
    assert any("puts the fault on someone else" in w and "the packers'" in w for w in why), why
    assert analysis.score_parts.ownership >= BLAME_POINTS
    assert analysis.tips[0].startswith("The question asked for a mistake of your own")
    assert analysis.audience_fit is not None
    assert "Ownership" not in analysis.audience_fit.spoken_to
    assert owned.score - analysis.score >= BLAME_POINTS - 5


def test_owning_a_part_beside_others_error_is_not_named() -> None:
    analysis = _analysis(OWNING, OWN_MISTAKE)
    assert not any("puts the fault" in line.why for line in analysis.points_why)
    assert not any("mistake of your own" in tip for tip in analysis.tips)


def test_saying_it_was_not_ones_fault_is_named() -> None:
    assert "not my fault" in blamed_others(NOT_MINE)
    analysis = _analysis(NOT_MINE, OWN_MISTAKE)
    assert any("puts the fault on someone else" in line.why for line in analysis.points_why)


@pytest.mark.parametrize("defended", [
    "The driver said sorry, but it was not his fault, the sheet was wrong.",
    "Nobody's fault really, the scanner froze at six.",
])
def test_defending_someone_is_no_blame(defended: str) -> None:
    assert blamed_others(defended) == ""


def test_a_question_about_something_that_went_wrong_asks_for_no_own_mistake() -> None:
    assert not asks_own_mistake(WENT_WRONG)
    assert not asks_own_mistake("Tell me about a time you handled a mistake made by a colleague.")
    assert asks_own_mistake("Describe a decision you made that turned out to be wrong.")
    analysis = _analysis(BLAMING, WENT_WRONG)
    assert not any("puts the fault" in line.why for line in analysis.points_why)


def test_a_company_that_values_owning_it_hears_the_blame(tmp_path: Path) -> None:
    path = tmp_path / "oven.toml"
    path.write_text('name = "Oven Row"\n\n[[values]]\nname = "Own the outcome"\n'
                    '\n[[values]]\nname = "Bake it fresh"\n', encoding="utf-8")
    company = load_company(path)
    values = [v.name for v in company.values]
    analysis = _analysis(BLAMING, WENT_WRONG, company_values=values)
    assert any("puts the fault on someone else" in line.why for line in analysis.points_why)
    assert analysis.tips[0].startswith("\u201cOwn the outcome\u201d is shown by owning your part")
    assert "Own the outcome" not in analysis.company_values_hit
    taking = BLAMING + " I took responsibility for it with the shop, the dispatch sheet is mine."
    assert "Own the outcome" not in [c.value.name for c in company.connections(BLAMING)]
    assert "Own the outcome" in [c.value.name for c in company.connections(taking)]


def test_a_question_that_names_a_value_of_owning_hears_the_blame() -> None:
    asked = ("One of the values at Oven Row is \u201cOwn the outcome\u201d. Tell me about a time "
             "your own work showed it.")
    analysis = _analysis(BLAMING, asked)
    assert any("puts the fault on someone else" in line.why for line in analysis.points_why)
    assert analysis.tips[0].startswith("\u201cOwn the outcome\u201d is shown by owning your part")
    assert not any(tip.startswith("Tie the story back") for tip in analysis.tips)
