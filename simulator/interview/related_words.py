"""Words that tell what a company value names, from a plain data file a user can extend.

A profile's value written without `cues` ("Waste nothing") is linked to an answer by the words of
its name and by their related words here ("spoilage", "thrown away", "food bank"), so a real
story about cutting waste connects to the value without saying "waste". The built-in list is
related_words.toml beside this module; a related_words.toml of the same shape in the user's data
folder adds to it. Each entry: `word` (a word beginning that a value's word starts with) and
`means` (lower-case word beginnings or phrases, as `CompanyValue.cues` are matched)."""

from __future__ import annotations

import logging
from pathlib import Path

from simulator import limits, locations
from simulator.datafiles import SourceText, parse_file

log = logging.getLogger(__name__)

FILE_NAME = "related_words.toml"
BUILT_IN = Path(__file__).with_name(FILE_NAME)


def parse_related(source: SourceText) -> dict[str, tuple[str, ...]]:
    """{word: related words} from one file; problems are recorded on `source` (file, line,
    field), as every data file's are."""
    from simulator.datafiles import FieldReader

    top = FieldReader(source, source.data)
    related: dict[str, tuple[str, ...]] = {}
    for reader in top.table_readers("related", required=True):
        word = reader.label("word").lower()
        means = reader.texts("means", required=True, min_items=1, max_chars=limits.LABEL_CHARS)
        reader.finish()
        if word:
            related[word] = (*related.get(word, ()), *(m.lower() for m in means))
    top.finish()
    return related


def user_file() -> Path:
    return locations.data_home() / FILE_NAME


def related_words() -> dict[str, tuple[str, ...]]:
    """The built-in entries with the user's added (read at every call: a few dozen lines). A
    broken user file is logged as one line naming file, line and field, and left out."""
    found, errors = parse_file(BUILT_IN, parse_related)
    merged = dict(found or {})
    for error in errors:  # the built-in file is tested; never silent if it breaks
        log.warning("%s", error)
    path = user_file()
    if path.exists():
        mine, errors = parse_file(path, parse_related)
        for error in errors:
            log.warning("%s (your related words are not used until it is fixed)", error)
        for word, means in (mine or {}).items():
            merged[word] = (*merged.get(word, ()), *means)
    return merged


def related_to(word: str, table: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """The related words of every entry whose `word` begins `word` ("waste" for "wasteful",
    "customer" for "customers"); () when none does."""
    entries = related_words() if table is None else table
    lowered = word.lower()
    return tuple(m for key, means in entries.items() if lowered.startswith(key) for m in means)
