"""A company profile's `field` that no interviewer knows was silently ignored: a parcel
company's `field = "logistics"` (the data-format doc's own example then) left the panel an
"Engineering Manager" and a "Senior Software Engineer" and `banks lint` found nothing
(breaker14 B21). Lint now names it with the fields that work, as a note: the profile works as
it is, so it is no problem and the check passes (breaker16 D24); a known one passes silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.interview.lint import lint_paths


def _lint(tmp_path: Path, field: str) -> list[str]:
    path = tmp_path / "moorside.toml"
    path.write_text(
        f'name = "Moorside Removals"\nfield = "{field}"\n\n[[values]]\nname = "Careful hands"\n',
        encoding="utf-8",
    )
    report = lint_paths([path])
    assert report.errors == []
    return [str(note) for note in report.notes]


def test_a_field_no_interviewer_knows_is_named(tmp_path: Path) -> None:
    (problem,) = _lint(tmp_path, "removals")
    assert problem.startswith(f"{tmp_path / 'moorside.toml'}:2: field: no interviewer has an")
    assert "'removals'" in problem and "health" in problem


def test_a_known_field_passes(tmp_path: Path) -> None:
    assert _lint(tmp_path, "Health") == []


def test_a_field_no_interviewer_knows_passes_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "harbour.toml"
    path.write_text('name = "Harbour Ferries"\nfield = "shipping"\n\n[[values]]\n'
                    'name = "On time"\n', encoding="utf-8")
    assert main(["banks", "lint", str(path)]) == 0
    said = capsys.readouterr()
    assert f"note: {path}:2: field: no interviewer has an" in said.out
    assert "0 problem(s), 1 note(s)" in said.err
