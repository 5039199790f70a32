"""How many words a person says for a written word: "$180,000" is five spoken words ("a hundred
and eighty thousand dollars"), "1.2" three, "15%" two, "2024" two. Recognizers write figures
as digits, so a count of written words under-counts an answer full of figures (37 spoken words
counted as 30) and its pace with it. Numbers are spelled by num2words, never by us.

A spoken number is counted with its hyphenated parts as one word ("twenty-four"), the way a
written word is counted."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
_SYMBOLS = {"%": "percent", "&": "and", "+": "plus", "@": "at", "#": "number", "=": "equals"}
_SUFFIX_WORDS = {"k": 1, "m": 1, "bn": 1, "b": 1, "x": 1, "s": 0, "ms": 1, "kg": 1, "km": 1}
"""Letters written after a figure and the words they add: "5k" is "five thousand" (+1), "1990s"
says the plural inside the number (+0)."""

_NUMBER = re.compile(
    r"(?P<currency>[$£€¥])?(?P<body>\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"(?P<ordinal>st|nd|rd|th)?(?P<suffix>[a-z]+)?(?P<symbol>[%])?",
    re.IGNORECASE,
)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_EDGES = "\"'“”‘’()[]{}<>,.;:!?…—–*"


@lru_cache(maxsize=4096)
def spoken_word_count(written: str) -> int:
    """Words a speaker says for one written word (at least 1 for anything with a letter or
    digit, 0 for bare punctuation). Raises nothing: a figure num2words cannot read counts as
    one word per group of digits."""
    word = written.strip().strip(_EDGES)
    if not word:
        return 0
    if not any(ch.isdigit() for ch in word):
        if word in _SYMBOLS or word in _CURRENCY:
            return 1
        return 1 if any(ch.isalnum() for ch in word) else 0
    time = _TIME.match(word)
    if time:
        hours, minutes = int(time.group(1)), int(time.group(2))
        return _cardinal(hours) + (1 if minutes == 0 else _spoken_minutes(minutes))
    # Ranges, codes and scores ("2-3", "1-0001", "24/7") are read part by part.
    return max(sum(_part_count(part) for part in re.split(r"[-/–]", word)), 1)


def _part_count(part: str) -> int:
    if not part:
        return 0
    match = _NUMBER.fullmatch(part)
    if match is None:
        return 1  # a name with digits in it ("B2B", "mp3", "S3") is one word, as written
    body = match.group("body")
    currency = bool(match.group("currency"))
    count = _figure(body, ordinal=bool(match.group("ordinal")), currency=currency)
    if currency:
        count += 1
    if match.group("symbol"):
        count += 1
    suffix = (match.group("suffix") or "").lower()
    if suffix:
        count += _SUFFIX_WORDS.get(suffix, 1)
    return count


def _figure(body: str, ordinal: bool, currency: bool) -> int:
    digits = body.replace(",", "")
    if "." not in digits and len(digits) > 1 and digits.startswith("0"):
        return len(digits)  # codes read digit by digit ("018", "0001")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return len(re.findall(r"\d+", body)) or 1
    if ordinal:
        return _words("ordinal", int(value))
    if value == value.to_integral_value() and "." not in digits:
        number = int(value)
        if "," not in body and not currency and 1100 <= number <= 2099 and number % 100:
            return _words("year", number)  # "2024" is said "twenty twenty-four"
        if len(digits) > 9 and "," not in body:
            return len(digits)  # a phone or account number, read digit by digit
        return _cardinal(number)
    return _words("cardinal", value)


def _cardinal(number: int) -> int:
    return _words("cardinal", number)


def _spoken_minutes(minutes: int) -> int:
    # "10:05" is "ten oh five": the "oh" is a word of its own.
    return 1 + _cardinal(minutes) if minutes < 10 else _cardinal(minutes)


def _words(kind: str, value: int | Decimal) -> int:
    from num2words import num2words

    try:
        said = num2words(value, lang="en", to=kind)
    except (OverflowError, ValueError, TypeError, NotImplementedError):
        return len(str(value).replace(".", " ").split())
    return len(said.replace(",", " ").split())


def spoken_words(words: list[str] | tuple[str, ...]) -> int:
    """The spoken-word count of a sequence of written words."""
    return sum(spoken_word_count(word) for word in words)


def answer_word_count(written: Iterable[str]) -> int:
    """The one word count of an answer, as its delivery line shows it and every judgment made
    on length uses it: each written word (a token) counted as spoken ("18%" is two), and at
    least one each. A reply's "15 words or more" and "15 words (typed: no timing)" agree."""
    return sum(spoken_word_count(word) or 1 for word in written)
