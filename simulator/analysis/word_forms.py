"""Whether a word in an answer is a form of a cue word: "reduced" for "reduce", "reduction",
"reducing"; "priorities" and "prioritise" for "priorit"; never "career" for "care", "shippers"
for "shipped" or "cars" for "care".

A cue word is cut to its core (one ending off: "-ed", "-ing", "-s", "-ation", a final "e"), and
a word of the answer is a form of it when it is that core and one known ending after it
(ENDINGS), with English's spelling rules: a final "e" dropped before a vowel ("care" → "caring",
never "cars"), the last consonant doubled ("ship" → "shipped"). Endings that make a new word for
a person or a thing ("-er", "-ers": carer, shipper, career) are not among them. No lemmatiser and
no word list: a closed set of endings, so the cost is one regular expression per cue word.

Pure: words in, a yes or no out."""

from __future__ import annotations

import re
from functools import lru_cache

VOWEL_ENDINGS: tuple[str, ...] = (
    "ing", "ings", "ed", "es", "ion", "ions", "ation", "ations", "al", "ally", "ity", "ities",
    "ive", "ise", "ize", "ised", "ized", "ises", "izes", "ising", "izing", "isation",
    "ization", "ic", "ically", "age", "y", "ies", "ied", "ership", "able",
)
"""Endings that open on a vowel (or "y"): a final "e" of the word is dropped before them."""
CONSONANT_ENDINGS: tuple[str, ...] = (
    "s", "ment", "ments", "ly", "ful", "ty", "tion", "tions", "ship",
)
"""Endings that open on a consonant: a final "e" stays before them ("measurement")."""
ENDINGS = VOWEL_ENDINGS + CONSONANT_ENDINGS

_CUT = (
    "ations", "ation", "ments", "ment", "tions", "tion", "ings", "ing", "ies", "ied", "ed",
    "es", "s", "y",
)
"""Endings cut off a cue word to find its core, longest first; only one is cut."""
_KEEP_DOUBLE = frozenset("lsfz")
"""Letters often doubled in the word itself ("call", "pass", "staff"), not by an ending."""


def core(word: str) -> tuple[str, bool]:
    """The part of a cue `word` its forms share, and whether a final "e" was cut from it
    ("care" → ("car", True); "shipped" → ("ship", False); "customers" → ("customer", False)).
    A core keeps at least four letters (three after "-ed", "-ing" or a final "e"), else
    `word` is kept whole."""
    word = word.lower()
    for ending in _CUT:
        shortest = 3 if ending in ("ed", "ing") else 4  # saved -> sav; news stays news
        if not word.endswith(ending) or len(word) - len(ending) < shortest:
            continue
        if ending == "s" and word.endswith("ss"):
            break
        stem = word[: -len(ending)]
        if ending in ("ed", "ing") and stem[-1] == stem[-2] and stem[-1] not in _KEEP_DOUBLE:
            stem = stem[:-1]  # shipped -> ship, planning -> plan
        return stem, False
    if word.endswith("e") and len(word) >= 4 and word[-2] not in "aeiou":
        return word[:-1], True
    return word, False


@lru_cache(maxsize=1024)
def form_pattern(word: str) -> str:
    """A regular expression (no anchors) for every form of `word` (see the module)."""
    stem, cut_e = core(word)
    vowel = "|".join(map(re.escape, VOWEL_ENDINGS))
    consonant = "|".join(map(re.escape, CONSONANT_ENDINGS))
    after_e = f"e(?:{vowel}|{consonant})?"
    tails = [after_e, vowel, rf"{re.escape(stem[-1])}(?:{vowel})"]
    if not cut_e:
        tails.append(consonant)
    return f"{re.escape(stem)}(?:{'|'.join(tails)})?"


@lru_cache(maxsize=1024)
def _whole(phrase: str) -> re.Pattern[str] | None:
    words = re.findall(r"[\w']+", phrase.lower())
    if not words:
        return None
    body = r"[\s-]+".join(form_pattern(w) if w.isalpha() else re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'-]){body}(?![\w'-])")


def has_phrase(text: str, phrase: str) -> bool:
    """Whether `text` (lower case) holds `phrase` with each of its words in any of its forms,
    in order, as whole words ("we cut waste" for "cutting waste"; "career" is no "care")."""
    pattern = _whole(phrase)
    return pattern is not None and pattern.search(text) is not None


def phrase_starts(text: str, phrase: str) -> list[int]:
    """Where (character offsets) `text` (lower case) holds `phrase` as `has_phrase` finds it."""
    pattern = _whole(phrase)
    return [] if pattern is None else [m.start() for m in pattern.finditer(text)]


def same_word(word: str, cue: str) -> bool:
    """Whether `word` is a form of `cue` ("reduction", "reduce"); both single words."""
    return re.fullmatch(form_pattern(cue), word.lower()) is not None
