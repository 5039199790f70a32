"""Words that tell what a company value names, from a plain data file a user can extend.

A profile's value written without `cues` ("Waste nothing") is linked to an answer by the words of
its name and by their related words here ("spoilage", "thrown away", "food bank"), so a real
story about cutting waste connects to the value without saying "waste". The built-in list is
related_words.toml beside this module; a related_words.toml of the same shape in the user's data
folder adds to it. Each entry: `word` (a word beginning that a value's word starts with),
`means` (lower-case word beginnings or phrases, as `CompanyValue.cues` are matched) and `alone`
(default true; false for a word too common to show the value by itself: "value" in "our values",
"money" in "more money", "patient" in any hospital story; `means` may then be empty)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from simulator import limits, locations
from simulator.datafiles import SourceText, parse_file

log = logging.getLogger(__name__)

FILE_NAME = "related_words.toml"
BUILT_IN = Path(__file__).with_name(FILE_NAME)


@dataclass
class RelatedWords:
    means: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """{word beginning: its related words}."""
    not_alone: set[str] = field(default_factory=set)
    """Word beginnings (entries with `alone = false`) whose words show no value by themselves."""

    def add(self, other: RelatedWords) -> None:
        for word, means in other.means.items():
            self.means[word] = (*self.means.get(word, ()), *means)
        self.not_alone |= other.not_alone


def parse_related(source: SourceText) -> RelatedWords:
    """The entries of one file; problems are recorded on `source` (file, line, field), as
    every data file's are."""
    from simulator.datafiles import FieldReader

    top = FieldReader(source, source.data)
    related = RelatedWords()
    for reader in top.table_readers("related", required=True):
        word = reader.label("word").lower()
        alone = reader.boolean("alone", True)
        means = reader.texts(
            "means", required=alone, min_items=1 if alone else 0, max_chars=limits.LABEL_CHARS
        )
        reader.finish()
        if word:
            related.means[word] = (*related.means.get(word, ()), *(m.lower() for m in means))
            if not alone:
                related.not_alone.add(word)
    top.finish()
    return related


def user_file() -> Path:
    return locations.data_home() / FILE_NAME


def related_words() -> RelatedWords:
    """The built-in entries with the user's added (read at every call: a few dozen lines). A
    broken user file is logged as one line naming file, line and field, and left out."""
    found, errors = parse_file(BUILT_IN, parse_related)
    merged = RelatedWords()
    if found is not None:
        merged.add(found)
    for error in errors:  # the built-in file is tested; never silent if it breaks
        log.warning("%s", error)
    path = user_file()
    if path.exists():
        mine, errors = parse_file(path, parse_related)
        for error in errors:
            log.warning("%s (your related words are not used until it is fixed)", error)
        if mine is not None:
            merged.add(mine)
    return merged


def related_to(word: str, table: RelatedWords | None = None) -> tuple[str, ...]:
    """The related words of every entry whose `word` begins `word` ("waste" for "wasteful",
    "customer" for "customers"); () when none does."""
    entries = related_words() if table is None else table
    lowered = word.lower()
    return tuple(
        m for key, means in entries.means.items() if lowered.startswith(key) for m in means
    )


def alone(word: str, table: RelatedWords | None = None) -> bool:
    """Whether `word`, a word of a value's name, shows the value by itself: False when an
    entry with `alone = false` begins it ("values", "money", "working", "patients")."""
    entries = related_words() if table is None else table
    return not any(word.lower().startswith(key) for key in entries.not_alone)
