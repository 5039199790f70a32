"""A value's common word alone shows nothing: "our values" is not the value "Value for money",
"more money" (pay wanted) is not it either, "work" is not "Working as one", "a patient" in any
clinic story is not "Patient dignity always"; money saved or a budget kept is "Value for money";
naming the town of a news line is where a story happened, not that news (breaker7 D2). Real
profile file, real checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview.company import CompanyProfile, load_company

PROFILE = """\
name = "Harbourline Clinics"
news = ["In May 2026 we opened a day surgery centre in Harrowgate."]

[[values]]
name = "Patient dignity always"

[[values]]
name = "Working as one"

[[values]]
name = "Value for money"
"""


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "harbourline.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return load_company(path)


def _links(company: CompanyProfile, text: str) -> list[str]:
    return [c.value.name for c in company.connections(text)]


def _used(company: CompanyProfile, text: str) -> list[str]:
    return [fact.text for fact in company.fact_check(text).used]


@pytest.mark.parametrize(
    "text",
    [
        "honestly your values r the reason i applied, they match mine 100%.",
        "The pay here is better. More money for my family, that was the main thing for me.",
        "I work nights in recovery, one patient per bay, and I did that for four years.",
    ],
)
def test_a_common_word_alone_links_no_value(company: CompanyProfile, text: str) -> None:
    assert _links(company, text) == []
    assert not [f for f in _used(company, text) if f != company.news[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Theatre stock ran over budget every month, so I changed two suppliers and by March "
        "we were under it.",
        "We cut the linen bill: 9,000 euros less in one year after I moved us to a reusable "
        "gown contract.",
    ],
)
def test_money_saved_is_value_for_money(company: CompanyProfile, text: str) -> None:
    assert _links(company, text) == ["Value for money"]
    assert "Value for money" in _used(company, text)


def test_the_values_whole_name_and_its_own_word_still_link(company: CompanyProfile) -> None:
    assert _links(company, "For me value for money means no second order.") == [
        "Value for money"
    ]
    assert _links(company, "I kept his dignity: a screen and a gown before the scan.") == [
        "Patient dignity always"
    ]


def test_naming_the_town_of_a_news_line_is_not_that_news(company: CompanyProfile) -> None:
    trained = "I did my training in Harrowgate, I know the town."
    assert company.news[0] not in _used(company, trained)
    assert company.news[0] in _used(company, "The Harrowgate surgery centre opened in May.")
