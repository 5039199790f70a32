"""Spoken-word counts of written words: figures count as the words a person says."""

from __future__ import annotations

import pytest

from simulator.analysis.spoken import spoken_word_count, spoken_words


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("budget.", 1),
        ("well-known", 1),
        ("—", 0),
        ("1.2", 3),  # one point two
        ("$180,000", 6),  # one hundred and eighty thousand dollars
        ("15%", 2),
        ("2024,", 2),  # twenty twenty-four
        ("10:30", 2),
        ("10:00", 2),  # ten o'clock
        ("21st", 1),
        ("018-03.", 5),  # a code, digit by digit
        ("5k", 2),
        ("B2B", 1),
    ],
)
def test_a_written_word_counts_as_the_words_said(written: str, said: int) -> None:
    assert spoken_word_count(written) == said


def test_an_answer_with_figures_counts_its_spoken_words() -> None:
    written = ["We", "cut", "costs", "by", "15%", "and", "saved", "$180,000", "in", "2024."]
    # we cut costs by fifteen percent and saved one hundred and eighty thousand dollars in
    # twenty twenty-four
    assert spoken_words(written) == 17
