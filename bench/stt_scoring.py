"""Word error rate as the speech benchmarks score it, shared by bench/stt_wer.py and
bench/stt_streaming.py.

Both sides are normalised the same way (see the real-speech README): lower case, hyphens as spaces,
punctuation dropped, digits written as words, "mr" as "mister". Spoken fillers (um, uh, ...) are
dropped from both sides: the references do not write them, and keeping them is measured apart
(filler recall). That is the scoring the targets are judged by.

`spelling_variants=True` also writes spelling variants of one word one way on both sides (British
-our, "for ever", "oh" for zero in a digit string), as Whisper's own English normaliser does. It
is reported as a second figure only: it was added in the same round as the work it measured."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from simulator.speech.stt import is_filler

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(value: int) -> list[str]:
    """Cardinal English words for 0 <= value < 1,000,000."""
    if value < 20:
        return [_ONES[value]]
    if value < 100:
        tens, ones = divmod(value, 10)
        return [_TENS[tens]] + ([_ONES[ones]] if ones else [])
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        return [_ONES[hundreds], "hundred"] + (number_words(rest) if rest else [])
    thousands, rest = divmod(value, 1000)
    return [*number_words(thousands), "thousand"] + (number_words(rest) if rest else [])


def _digits_as_words(token: str) -> list[str]:
    # A leading zero or five digits and more without commas read digit by digit (codes, zip
    # codes, phone numbers); anything else reads as a number.
    if (token.startswith("0") and len(token) > 1) or len(token) > 4:
        return [_ONES[int(d)] for d in token]
    return number_words(int(token))


_SPELLINGS = {
    "honour": "honor", "honoured": "honored", "dishonour": "dishonor",
    "dishonoured": "dishonored", "colour": "color", "coloured": "colored", "favour": "favor",
    "favourite": "favorite", "behaviour": "behavior", "labour": "labor",
    "neighbour": "neighbor", "counselled": "counseled", "travelled": "traveled",
}
"""British spellings written the American way on both sides, as Whisper's own English text
normaliser does: a recognizer that writes "dishonored" for a reference's "dishonoured" heard
the word right."""

_NUMBER_WORDS = frozenset(_ONES) | frozenset(_TENS[2:]) | {"hundred", "thousand"}


def _spelled_alike(words: list[str]) -> list[str]:
    """Spelling variants of one word made equal: British -our, "for ever" as "forever", and
    "oh" read for a zero inside a string of digits ("nine oh two")."""
    out: list[str] = []
    for index, word in enumerate(words):
        word = _SPELLINGS.get(word, word)
        if word == "ever" and out and out[-1] == "for":
            out[-1] = "forever"
            continue
        if word == "oh" and out and out[-1] in _NUMBER_WORDS and (
            index + 1 < len(words) and words[index + 1] in _NUMBER_WORDS | {"oh"}
        ):
            word = "zero"
        out.append(word)
    return out


def normalise(text: str, spelling_variants: bool = False) -> list[str]:
    text = text.lower().replace("-", " ")
    text = re.sub(r"(\d),(\d)", r"\1\2", text)
    text = re.sub(r"[^a-z0-9' ]", " ", text)
    words: list[str] = []
    for token in text.split():
        token = token.strip("'")
        if not token:
            continue
        if token.isdigit():
            words.extend(_digits_as_words(token))
        elif token == "mr":
            words.append("mister")
        elif not is_filler(token):
            words.append(token)
    return _spelled_alike(words) if spelling_variants else words


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i] + [0] * len(hypothesis)
        for j, hyp_word in enumerate(hypothesis, start=1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word)
            )
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class Score:
    errors: int
    reference_words: int

    @property
    def wer(self) -> float:
        return self.errors / self.reference_words if self.reference_words else 0.0


def score(reference: str, hypothesis: str, spelling_variants: bool = False) -> Score:
    """Errors of `hypothesis` against `reference` after normalise(), and the reference's words."""
    ref = normalise(reference, spelling_variants)
    return Score(edit_distance(ref, normalise(hypothesis, spelling_variants)), len(ref))


def read_set(folder: Path) -> list[tuple[Path, str]]:
    """(audio path, reference) rows of `folder`/transcripts.tsv (columns `file`, `reference`)."""
    table = folder / "transcripts.tsv"
    with table.open(newline="", encoding="utf-8") as rows:
        reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(folder / row["file"], row["reference"]) for row in reader]
