"""The limits table in docs/data-format.md: each row matches simulator/limits.py, and each limit is
enforced the same way by the loader (the file is skipped, every other file loads) and by `banks
lint` (one line naming file, line and key). Real files in a private data home."""

from __future__ import annotations

import os
import re
import tracemalloc
from pathlib import Path

import pytest

from simulator import limits, locations
from simulator.datafiles import read_source
from simulator.interview.banks import load_banks
from simulator.interview.lint import lint_paths
from simulator.interview.personas import fill, load_personas

DOCS = Path(__file__).resolve().parents[2] / "docs" / "data-format.md"
BUILTIN_PERSONAS = locations.builtin_data_dir("personas")
BUILTIN_BANKS = locations.builtin_data_dir("question_banks")

TABLE_ROWS = {
    "data file size": limits.DATA_FILE_BYTES,
    "id": limits.ID_CHARS,
    "label": limits.LABEL_CHARS,
    "text": limits.TEXT_CHARS,
    "list items": limits.LIST_ITEMS,
    "tables": limits.TABLE_ITEMS,
    "problems listed per file": limits.ERRORS_PER_FILE,
}


def documented_limits() -> dict[str, int]:
    section = DOCS.read_text().split("## Limits", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| ([a-z ]+) \| ([0-9,]+) [a-z]*", section, re.MULTILINE)
    return {what: int(figure.replace(",", "")) for what, figure in rows}


def test_the_documented_table_is_the_enforced_one() -> None:
    documented = documented_limits()
    for what, figure in TABLE_ROWS.items():
        assert documented.get(what) == figure, what


def persona_with(replace: str, by: str) -> str:
    text = (BUILTIN_PERSONAS / "peer.toml").read_text()
    assert replace in text
    return text.replace(replace, by, 1)


def bank_with(replace: str, by: str) -> str:
    text = (BUILTIN_BANKS / "culture.toml").read_text()
    assert replace in text
    return text.replace(replace, by, 1)


OVER = {
    # row: (folder kind, builtin file, make the broken text, key the error names)
    "id": (
        "personas",
        "peer.toml",
        lambda: persona_with('id = "peer"', f'id = "{"p" * 65}"'),
        "id",
    ),
    "label": (
        "personas",
        "peer.toml",
        lambda: persona_with('role_label = "Peer"', f'role_label = "{"P" * 201}"'),
        "role_label",
    ),
    "text": (
        "question_banks",
        "culture.toml",
        lambda: re.sub(r'(\ntext = ")', r"\1" + "Why? " * 401, bank_with("", ""), count=1),
        "questions[0].text",
    ),
    "list items": (
        "personas",
        "peer.toml",
        lambda: re.sub(
            r"\ntransitions = \[[^\]]*\]",
            "\ntransitions = [" + ", ".join(['"Next."'] * 201) + "]",
            persona_with("", ""),
            count=1,
        ),
        "transitions",
    ),
    "tables": (
        "question_banks",
        "culture.toml",
        lambda: (
            bank_with("", "")
            + "".join(
                f'\n[[questions]]\nid = "q{n}"\ntext = "Why us?"\nkind = "motivation"\n'
                for n in range(1000)
            )
        ),
        "questions",
    ),
}


@pytest.mark.parametrize("row", sorted(OVER))
def test_a_value_over_its_limit_is_refused_by_loader_and_lint(private_home: Path, row: str) -> None:
    kind, name, make, key = OVER[row]
    folder = private_home / kind
    folder.mkdir(parents=True)
    broken = folder / name
    broken.write_text(make())
    assert broken.stat().st_size <= limits.DATA_FILE_BYTES
    catalog = load_personas() if kind == "personas" else load_banks()
    assert [e.path for e in catalog.errors] == [broken]
    (error,) = catalog.errors
    assert error.key == key and "the limit is" in error.message
    assert error.line is not None
    # The built-in of the same id still loads, and so does everything else.
    builtin_ids = {
        p.stem for p in (BUILTIN_PERSONAS if kind == "personas" else BUILTIN_BANKS).glob("*.toml")
    }
    assert builtin_ids <= set(catalog.items)
    linted = lint_paths([broken])
    assert [(e.key, e.line) for e in linted.errors] == [(error.key, error.line)]


def test_a_value_at_its_limit_loads(private_home: Path) -> None:
    folder = private_home / "personas"
    folder.mkdir(parents=True)
    text = persona_with('role_label = "Peer"', f'role_label = "{"P" * limits.LABEL_CHARS}"')
    text = text.replace('id = "peer"', f'id = "{"p" * limits.ID_CHARS}"', 1)
    (folder / "long.toml").write_text(text)
    catalog = load_personas()
    assert catalog.errors == []
    assert catalog.items["p" * limits.ID_CHARS].role_label == "P" * limits.LABEL_CHARS


def test_a_huge_file_is_refused_before_it_is_read(private_home: Path) -> None:
    folder = private_home / "question_banks"
    folder.mkdir(parents=True)
    huge = folder / "huge.toml"
    with huge.open("wb") as handle:  # sparse: 3 GB on paper, nothing on disk
        handle.truncate(3_000_000_000)
    tracemalloc.start()
    try:
        catalog = load_banks()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # the file is never read into memory
    (error,) = catalog.errors
    assert error.path == huge and "larger than 256,000 bytes" in error.message
    assert "behavioral" in catalog.items
    assert [e.message for e in lint_paths([huge]).errors] == [error.message]


def test_a_file_just_over_the_size_limit_is_refused(private_home: Path) -> None:
    folder = private_home / "question_banks"
    folder.mkdir(parents=True)
    big = folder / "big.toml"
    big.write_text(bank_with("", "") + "#" * limits.DATA_FILE_BYTES)
    (error,) = load_banks().errors
    assert "larger than" in error.message


def test_a_fifo_or_a_link_is_refused_not_waited_on(private_home: Path, tmp_path: Path) -> None:
    folder = private_home / "personas"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.toml")
    outside = tmp_path / "elsewhere.toml"
    outside.write_text(persona_with('id = "peer"', 'id = "linked"'))
    (folder / "linked.toml").symlink_to(outside)
    catalog = load_personas()
    # The FIFO is no data file: named, never opened (opening one would wait for a writer).
    error, fifo = sorted(catalog.errors, key=str)  # linked.toml, pipe.toml
    assert str(fifo).endswith("pipe.toml: not a regular file; not read")
    assert "linked.toml: is a symbolic link; links are not followed" in error.message
    assert "linked" not in catalog.items and "peer" in catalog.items
    (fifo_error,) = lint_paths([folder / "pipe.toml"]).errors
    assert "is not a regular file" in fifo_error.message


def test_a_file_with_thousands_of_problems_lists_fifty_and_counts_the_rest(
    private_home: Path,
) -> None:
    folder = private_home / "personas"
    folder.mkdir(parents=True)
    typos = "".join(f"t{n}=1\n" for n in range(20_000))
    broken = folder / "typos.toml"
    broken.write_text(typos + persona_with('id = "peer"', 'id = "typos"'))
    assert broken.stat().st_size < limits.DATA_FILE_BYTES
    errors = load_personas().errors
    assert len(errors) == limits.ERRORS_PER_FILE + 1
    assert "19,950 more problem(s) not listed" in errors[-1].message
    assert len(lint_paths([broken]).errors) == limits.ERRORS_PER_FILE + 1


@pytest.mark.parametrize(
    "template",
    ["{company:>30000000000}", "{company!r}", "{company.__class__}", "{0}", "{}", "{value[0]}"],
)
def test_templates_never_format(template: str) -> None:
    # Even a template the loader would refuse never reaches str.format: it stays as written.
    assert fill(f"Hello {template} and {{company}} at {{{{x}}}}", None) == (
        f"Hello {template} and the company at {{x}}"
    )


def test_read_source_reads_a_good_file(private_home: Path) -> None:
    assert read_source(BUILTIN_PERSONAS / "peer.toml").data["id"] == "peer"
