"""Files as other editors save them (breaker16 D29): a company profile saved as "UTF-8 with BOM"
(Windows Notepad) was refused as "not valid TOML: Invalid statement" on a line with nothing
wrong to see; it is read as the text it is. A profile with one value entered twice names the
second, as lint promises every problem. Real files on disk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from simulator.interview.company import load_company
from simulator.interview.first_round import load_first_round
from simulator.interview.lint import lint_paths

PROFILE = 'name = "Tern Freight"\nfield = "health"\n[[values]]\nname = "Own the handover"\n'


def test_a_profile_saved_with_a_byte_order_mark_reads_as_without(tmp_path: Path) -> None:
    marked = tmp_path / "tern.toml"
    marked.write_bytes(b"\xef\xbb\xbf" + PROFILE.encode("utf-8"))
    plain = tmp_path / "plain.toml"
    plain.write_text(PROFILE, encoding="utf-8")
    assert replace(load_company(marked), source=plain) == load_company(plain)
    assert load_company(marked).name == "Tern Freight"
    assert lint_paths([marked]).errors == []
    notes = tmp_path / "round1.toml"
    notes.write_bytes(b"\xef\xbb\xbf" + (
        '[[feedback]]\nnote = "Más números"\ncompetencies = ["results"]\n'.encode()
    ))
    assert load_first_round(notes).feedback[0].note == "Más números"


def test_one_value_entered_twice_is_named_at_its_second_entry(tmp_path: Path) -> None:
    profile = tmp_path / "tern.toml"
    profile.write_text(PROFILE + '[[values]]\nname = "own the  handover"\n', encoding="utf-8")
    (error,) = lint_paths([profile]).errors
    assert (error.line, error.key) == (6, "values[1].name")
    assert "already the name of values[0]" in str(error)
