"""Checking content files without loading them into the app: every problem in every file, so a
person editing a bank fixes them all in one pass, and CI can refuse a broken built-in file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from simulator.datafiles import (
    Parser,
    data_files,
    load_catalog,
    not_data_files,
    parse_file,
    read_source,
)
from simulator.errors import DataFileError
from simulator.interview.banks import bank_dirs, parse_bank
from simulator.interview.company import parse_company
from simulator.interview.first_round import parse_first_round
from simulator.interview.personas import parse_persona, persona_dirs

PERSONA_KEYS = frozenset({"voice", "role_label", "transitions", "introduction", "themes"})
BANK_KEYS = frozenset({"questions", "kind"})
COMPANY_KEYS = frozenset({"values", "news", "competitors"})
FIRST_ROUND_KEYS = frozenset({"asked", "feedback"})
PARSERS: dict[str, Parser[object]] = {
    "persona": parse_persona,
    "bank": parse_bank,
    "company": parse_company,
    "first-round": parse_first_round,
}


@dataclass
class LintReport:
    files_checked: int = 0
    errors: list[DataFileError] = field(default_factory=list)
    notes: list[DataFileError] = field(default_factory=list)
    """What is worth knowing but is no mistake: the file works as it is (a company's `field`
    no interviewer has an entry for). Named, never counted as a problem nor a failed check
    (breaker16 D24: `banks lint` exited 1 for it and failed a script checking the status)."""


def lint_paths(paths: Iterable[Path] | None = None) -> LintReport:
    """Check the given files and folders, or every built-in and user persona and bank."""
    report = LintReport()
    if paths is None:
        for directory in persona_dirs():
            _lint_directory(directory, "persona", report)
        for directory in bank_dirs():
            _lint_directory(directory, "bank", report)
        return report
    for path in paths:
        if path.is_dir():
            report.errors.extend(not_data_files(path))
            for file in data_files(path):
                _lint_directory_file(file, report)
            _check_duplicate_ids(path, report)
        elif path.exists():
            _lint_directory_file(path, report)
        else:
            report.errors.append(DataFileError(path, "no such file or folder"))
    return report


def _lint_directory(directory: Path, kind: str, report: LintReport) -> None:
    files = data_files(directory)
    report.files_checked += len(files)
    if kind == "persona":
        report.errors.extend(load_catalog(kind, [directory], parse_persona, lambda p: p.id).errors)
    else:
        report.errors.extend(load_catalog(kind, [directory], parse_bank, lambda b: b.id).errors)


def _lint_directory_file(path: Path, report: LintReport) -> None:
    report.files_checked += 1
    try:
        read_source(path)
    except DataFileError as error:
        # Unreadable or not TOML: that is the problem to fix, whatever kind of file it is.
        report.errors.append(error)
        return
    kind = guess_kind(path)
    if kind is None:
        report.errors.append(
            DataFileError(
                path,
                "cannot tell what this file is (a bank has kind and [[questions]]; a persona "
                "has [voice] and role_label; a company profile has [[values]] or news; "
                "first-round notes have [[asked]] or [[feedback]])",
            )
        )
        return
    _, errors = parse_file(path, PARSERS[kind])
    if kind == "first-round":
        # Like an unknown key: an area no question is tagged with is a typo that steers nothing.
        # Checked whatever else is wrong, so one pass shows every problem (breaker15 B23: a
        # wrong `weak` hid the unknown area that `plan` then reported), in the order of lines.
        from simulator.interview.banks import load_banks
        from simulator.interview.first_round import known_areas, line_order, unknown_areas

        areas = unknown_areas(path, known_areas(load_banks().items))
        errors = sorted([*errors, *areas], key=line_order)
    report.errors.extend(errors)
    if kind == "company" and not errors:
        report.notes.extend(unknown_field(path))


def _check_duplicate_ids(directory: Path, report: LintReport) -> None:
    seen: dict[tuple[str, str], Path] = {}
    for path in data_files(directory):
        kind = guess_kind(path)
        try:
            ident = read_source(path).data.get("id")
        except DataFileError:
            continue
        if kind is None or not isinstance(ident, str):
            continue
        if (kind, ident) in seen:
            line = read_source(path).line_of("id", None)
            first = seen[(kind, ident)].name
            message = f"duplicate id {ident!r}, already used by {first}"
            report.errors.append(DataFileError(path, message, line=line, key="id"))
        else:
            seen[(kind, ident)] = path


def guess_kind(path: Path) -> str | None:
    """ "persona" or "bank", from the keys in the file, else from the folder it sits in."""
    try:
        keys = set(read_source(path).data)
    except DataFileError:
        keys = set()
    if keys & BANK_KEYS:
        return "bank"
    if keys & PERSONA_KEYS:
        return "persona"
    if keys & COMPANY_KEYS:
        return "company"
    if keys & FIRST_ROUND_KEYS:
        return "first-round"
    folder = path.parent.name
    if folder == "personas":
        return "persona"
    if folder == "question_banks":
        return "bank"
    return None


def known_fields() -> set[str]:
    """The fields of work some interviewer or exercise has an `[[in_field]]` entry for."""
    from simulator.interview.banks import load_banks
    from simulator.interview.personas import load_personas

    fields = {f.field for p in load_personas().items.values() for f in p.in_fields}
    fields |= {f.field for bank in load_banks().items.values() for q in bank.questions
               for f in q.in_fields}
    return fields


def unknown_field(path: Path) -> list[DataFileError]:
    """A company profile's `field` that no interviewer or exercise knows, as "file:line: field:
    no interviewer has an [[in_field]] entry for 'logistics'; ...": it steers nothing, so the
    panel stays as the files wrote them (a parcel company met an "Engineering Manager") and
    nothing said so (breaker14 B21). Raises DataFileError when the file cannot be read."""
    source = read_source(path)
    field = source.data.get("field")
    if not isinstance(field, str) or not field.strip():
        return []
    known = known_fields()
    if field.strip().lower() not in known:
        source.error(
            f"no interviewer has an [[in_field]] entry for {field.strip()!r}, so the panel "
            f"keeps its own titles and themes; known: {', '.join(sorted(known))}",
            "field",
        )
    return source.errors
