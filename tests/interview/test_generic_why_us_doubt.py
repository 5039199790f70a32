"""Round one calling a why-us answer "generic" doubts what draws the candidate to this company,
not that they told no occasion (breaker15 B10: the question came back asking for "one
particular occasion, with the who, the when and a figure or two", and the summary named that
doubt). Real banks, new notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis.doubts import COMPANY, doubt_in
from simulator.interview.banks import load_banks
from simulator.interview.first_round import ask_again, load_first_round

NOTES = """\
name = "Hollybank r1"

[[asked]]
question = "{question}"
feedback = "{feedback}"
weak = true
"""


@pytest.mark.parametrize(("question", "feedback"), [
    ("culture/why-this-company", "Came across as generic."),
    ("Why do you want to work here?", "A bit generic."),
    ("culture/why-this-company", "Sounded generic, nothing about plants or us."),
])
def test_generic_on_why_us_asks_what_draws_you_to_them(
    tmp_path: Path, question: str, feedback: str
) -> None:
    path = tmp_path / "hollybank.toml"
    path.write_text(NOTES.format(question=question, feedback=feedback), encoding="utf-8")
    again = ask_again(load_first_round(path), dict(load_banks().items))
    assert again is not None and again.asked_before is not None
    assert again.asked_before.doubt == "company"
    assert again.text.endswith(COMPANY.angle)
    assert "the who, the when" not in again.text


def test_generic_on_a_story_still_asks_for_one_occasion() -> None:
    found = doubt_in("A bit generic, no real example.")
    assert found is not None and found.key == "specifics"
