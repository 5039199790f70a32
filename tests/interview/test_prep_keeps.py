"""Saving a company profile from the form keeps what the form does not show: comments, a value's
`cues`, the file's layout. A save without changes leaves the file as it was, byte for byte; a
change rewrites only the fields it touches. Real files in a private data home."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.errors import DataFileError
from simulator.interview import prep
from simulator.interview.company import load_company

HAND_WRITTEN = """\
# from the recruiter call, 12 Nov - ask about the Leeds site
name = "Harbour Lane Foods"
news = ["Third distribution centre opened in October."]

[[values]]
name = "Customers first"   # they said it three times
description = "Every decision starts from the shopper."
cues = ["shopper", "store teams", "complaints"]

[[values]]
name = "Own the outcome"
cues = ["single owner", "i owned"]

[role]
title = "Operations Analyst"
"""


def profile(home: Path) -> Path:
    path = home / "companies" / "harbour-lane-foods.toml"
    path.parent.mkdir(parents=True)
    path.write_text(HAND_WRITTEN)
    return path


def test_saving_without_changes_leaves_the_file_as_it_was(private_home: Path) -> None:
    path = profile(private_home)
    draft = prep.CompanyDraft.of(load_company(path))
    prep.save_company(draft, path)
    assert path.read_text() == HAND_WRITTEN
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_change_keeps_comments_and_cues(private_home: Path) -> None:
    path = profile(private_home)
    draft = prep.CompanyDraft.of(load_company(path))
    changed = prep.CompanyDraft(
        name=draft.name,
        values=(*draft.values[:1], ("Keep it simple", "fewer steps per handoff")),
        news=draft.news,
        competitors=("FreshRoute",),
        role_title=draft.role_title,
        expectations=("Own the weekly demand forecast",),
    )
    _, loaded = prep.save_company(changed, path)
    text = path.read_text()
    assert "# from the recruiter call, 12 Nov" in text
    assert "# they said it three times" in text
    assert [v.name for v in loaded.values] == ["Customers first", "Keep it simple"]
    assert loaded.values[0].cues == ("shopper", "store teams", "complaints")
    assert "single owner" not in text, "the value removed in the form goes, with its cues"
    assert loaded.competitors == ("FreshRoute",)
    assert loaded.role_expectations == ("Own the weekly demand forecast",)


def test_a_file_broken_since_it_was_opened_is_not_overwritten(private_home: Path) -> None:
    path = profile(private_home)
    draft = prep.CompanyDraft.of(load_company(path))
    path.write_text(HAND_WRITTEN + "[role\n")
    with pytest.raises(DataFileError, match=r"harbour-lane-foods\.toml:\d+"):
        prep.save_company(draft, path)
    assert path.read_text() == HAND_WRITTEN + "[role\n"


def test_the_name_typed_for_round_one_notes_is_stored_and_listed(private_home: Path) -> None:
    named = "Harbour Lane round 1, Nov 2026"
    path, notes = prep.save_notes(
        prep.NotesDraft(asked=(("Why this company?", True, "close to home", "", ()),)), named
    )
    assert path.name == "harbour-lane-round-1-nov-2026.toml"
    assert notes.name == named
    assert prep.title(path) == named
    again = prep.NotesDraft.of(notes)
    _, edited = prep.save_notes(again, "Harbour Lane round one (phone)", path)
    assert edited.name == "Harbour Lane round one (phone)", "a new name, same file"
    assert prep.title(private_home / "companies" / "missing.toml") == "missing"
