"""A company profile's `field` that no interviewer knows was silently ignored: a parcel
company's `field = "logistics"` (the data-format doc's own example then) left the panel an
"Engineering Manager" and a "Senior Software Engineer" and `banks lint` found nothing
(breaker14 B21). Lint now names it with the fields that work; a known one passes."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.lint import lint_paths


def _lint(tmp_path: Path, field: str) -> list[str]:
    path = tmp_path / "moorside.toml"
    path.write_text(
        f'name = "Moorside Removals"\nfield = "{field}"\n\n[[values]]\nname = "Careful hands"\n',
        encoding="utf-8",
    )
    return [str(error) for error in lint_paths([path]).errors]


def test_a_field_no_interviewer_knows_is_named(tmp_path: Path) -> None:
    (problem,) = _lint(tmp_path, "removals")
    assert problem.startswith(f"{tmp_path / 'moorside.toml'}:2: field: no interviewer has an")
    assert "'removals'" in problem and "health" in problem


def test_a_known_field_passes(tmp_path: Path) -> None:
    assert _lint(tmp_path, "Health") == []
