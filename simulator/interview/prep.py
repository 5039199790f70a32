"""The user's own preparation files, written from the app: company profiles and round-one notes.

The app's forms fill a `CompanyDraft` or `NotesDraft`; `save_company` / `save_notes` write the
documented TOML (docs/data-format.md) into the user's data folder, private (0600, folder 0700),
and read it back through the same parser `banks lint` uses, so a form can never write a file the
loaders refuse: a problem comes back as that DataFileError ("file:line: field: problem") and the
file is left as it was. The last profile and notes used are remembered for the next session.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from simulator import limits, locations
from simulator.errors import DataFileError

if TYPE_CHECKING:
    # Imported where a file is saved: the home screen lists the files (listed, last_used) at
    # start, and the two loaders cost 5 ms of its start-up.
    from simulator.interview.company import CompanyProfile
    from simulator.interview.first_round import FirstRoundNotes

COMPANIES = "companies"
NOTES = "first_round"
LAST_USED = "last_used.json"
T = TypeVar("T")


@dataclass(frozen=True)
class CompanyDraft:
    """What the company form holds. `values`: (name, description) pairs."""

    name: str
    values: tuple[tuple[str, str], ...] = ()
    news: tuple[str, ...] = ()
    competitors: tuple[str, ...] = ()
    role_title: str = ""
    expectations: tuple[str, ...] = ()
    field: str = ""
    """The field of work (`CompanyProfile.field`: "health"; "" unsaid)."""

    @classmethod
    def of(cls, profile: CompanyProfile) -> CompanyDraft:
        return cls(
            name=profile.name,
            field=profile.field,
            values=tuple((v.name, v.description) for v in profile.values),
            news=profile.news,
            competitors=profile.competitors,
            role_title=profile.role_title,
            expectations=profile.role_expectations,
        )


@dataclass(frozen=True)
class NotesDraft:
    """What the round-one form holds: questions asked (question, `weak`: the answer did not
    convince, what you answered, what they said about it, its competencies), and what the
    interviewers said about areas (note, competencies)."""

    asked: tuple[tuple[str, bool, str, str, tuple[str, ...]], ...] = ()
    feedback: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    name: str = ""

    @classmethod
    def of(cls, notes: FirstRoundNotes) -> NotesDraft:
        return cls(
            asked=tuple(
                (a.question, a.weak, a.answer, a.feedback, a.competencies) for a in notes.asked
            ),
            feedback=tuple((f.note, f.competencies) for f in notes.feedback),
            name=notes.name,
        )


def folder(kind: str) -> Path:
    """Where the app keeps `kind` (COMPANIES or NOTES) files."""
    return locations.data_home() / kind


def listed(kind: str) -> list[Path]:
    """The `kind` files in the user's folder, by name; a missing folder lists nothing."""
    directory = folder(kind)
    return sorted(directory.glob("*.toml")) if directory.is_dir() else []


def slug(text: str) -> str:
    """A file name from a title: "Kestrel Ferries" -> "kestrel-ferries"."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:60] or "untitled"


def _string(text: str) -> str:
    # A JSON string is a valid TOML basic string: the same quotes and escapes.
    return json.dumps(text.strip(), ensure_ascii=False)


def _strings(items: Iterable[str]) -> str:
    return "[" + ", ".join(_string(item) for item in items if item.strip()) + "]"


def company_toml(draft: CompanyDraft) -> str:
    """The profile as the documented TOML."""
    lines = [f"name = {_string(draft.name)}"]
    if draft.field.strip():
        lines.append(f"field = {_string(draft.field.strip())}")
    if draft.news:
        lines.append(f"news = {_strings(draft.news)}")
    if draft.competitors:
        lines.append(f"competitors = {_strings(draft.competitors)}")
    for name, description in draft.values:
        if not name.strip():
            continue
        lines += ["", "[[values]]", f"name = {_string(name)}"]
        if description.strip():
            lines.append(f"description = {_string(description)}")
    if draft.role_title.strip():
        lines += ["", "[role]", f"title = {_string(draft.role_title)}"]
        if draft.expectations:
            lines.append(f"expectations = {_strings(draft.expectations)}")
    return "\n".join(lines) + "\n"


def company_toml_kept(draft: CompanyDraft, existing: str) -> str:
    """The profile `existing` (the file's TOML) with the form's fields set to `draft`, and all
    else kept: comments, fields the form does not show (a value's `cues`), their layout. Only
    what differs is rewritten. A value is matched to its table by name; a renamed value is a
    new one. Raises tomlkit's ParseError when `existing` is not TOML."""
    import tomlkit
    from tomlkit.items import Table

    document = tomlkit.parse(existing)
    _set(document, "name", draft.name.strip(), keep_empty=True)
    _set(document, "field", draft.field.strip())
    _set(document, "news", _kept(draft.news))
    _set(document, "competitors", _kept(draft.competitors))
    _set_tables(
        document,
        "values",
        [
            (name.strip(), {"name": name.strip(), "description": description.strip()})
            for name, description in draft.values
            if name.strip()
        ],
        match="name",
    )
    role = document.get("role")
    if draft.role_title.strip() or isinstance(role, Table):
        if not isinstance(role, Table):
            role = tomlkit.table()
            document["role"] = role
        _set(role, "title", draft.role_title.strip())
        _set(role, "expectations", _kept(draft.expectations))
        if not role:
            del document["role"]
    return _dumped(document, existing)


def notes_toml_kept(draft: NotesDraft, existing: str) -> str:
    """Round-one notes `existing` (the file's TOML) with the form's entries set to `draft`,
    and all else kept: comments, their layout, and anything the form does not show. Only what
    differs is rewritten. An asked question is matched to its table by its wording, else to
    the one it reads most like (a question reworded keeps its table and the comments on it);
    a note of what they said likewise. Raises tomlkit's ParseError when `existing` is not
    TOML."""
    import tomlkit

    document = tomlkit.parse(existing)
    _set(document, "name", draft.name.strip())
    _set_tables(
        document,
        "asked",
        [
            (
                question.strip(),
                {
                    "question": question.strip(),
                    "weak": weak,
                    "answer": answer.strip(),
                    "feedback": feedback.strip(),
                    "competencies": _kept(competencies),
                },
            )
            for question, weak, answer, feedback, competencies in draft.asked
            if question.strip()
        ],
        match="question",
        reworded=True,
    )
    _set_tables(
        document,
        "feedback",
        [
            (note.strip(), {"note": note.strip(), "competencies": list(_kept(competencies))})
            for note, competencies in draft.feedback
            if note.strip()
        ],
        match="note",
        reworded=True,
        required=("competencies",),
    )
    return _dumped(document, existing)


def _dumped(document: object, existing: str) -> str:
    """The edited document's text: byte for byte the file's when nothing changed, else with
    one line end at the end (a table added last brings its blank line)."""
    import tomlkit
    from tomlkit.container import Container

    assert isinstance(document, Container)
    text = tomlkit.dumps(document)
    return text if text == existing else text.rstrip("\n") + "\n"


Field = str | bool | list[str]

REWORDED = 0.6
"""How alike (difflib's ratio, 0-1) an entry's new wording and a table's must be for the table
to be the same entry reworded ("...went wrong" -> "...went wrong badly": 0.9)."""


def _set_tables(
    document: object,
    key: str,
    entries: list[tuple[str, dict[str, Field]]],
    *,
    match: str,
    reworded: bool = False,
    required: tuple[str, ...] = (),
) -> None:
    """Make the array of tables `key` of a tomlkit document hold `entries` ((what identifies
    it, its fields), in order), keeping of each table what the form does not show: its
    comments, other keys, layout. An entry takes the file's table whose `match` field is the
    same, else (`reworded`) the table left whose `match` reads most like it (a question
    reworded: REWORDED of its characters in common or more), else a new one; tables no entry
    takes are removed. When the kept tables stay in the file's order
    the array is edited in place (new ones after the rest), else it is written anew in the
    form's order. A field set empty or false is removed, unless it is `required`."""
    import tomlkit
    from tomlkit.container import Container
    from tomlkit.items import AoT, Table

    assert isinstance(document, Container)
    found = document.get(key)
    tables: list[Table] = list(found) if isinstance(found, AoT) else []
    # Tables compare as dicts: identity (id) tells them apart.
    found_for: dict[int, Table] = {}
    for place, (wanted, _) in enumerate(entries):
        taken = {id(t) for t in found_for.values()}
        same = next((t for t in tables if t.get(match) == wanted and id(t) not in taken), None)
        if same is not None:
            found_for[place] = same
    if reworded:
        for place, (wanted, _) in enumerate(entries):
            taken = {id(t) for t in found_for.values()}
            if place in found_for:
                continue
            near = [
                (SequenceMatcher(None, str(t.get(match, "")).lower(), wanted.lower()).ratio(), t)
                for t in tables
                if id(t) not in taken
            ]
            ratio, table = max(near, key=lambda pair: pair[0], default=(0.0, None))
            if table is not None and ratio >= REWORDED:
                found_for[place] = table
    chosen = [found_for.get(place) or tomlkit.table() for place in range(len(entries))]
    old = {id(t) for t in tables}
    for table, (_, fields) in zip(chosen, entries, strict=True):
        for name, value in fields.items():
            _set(table, name, value, keep_empty=name == match or name in required)
        if id(table) not in old:
            table.add(tomlkit.nl())  # a blank line before what follows, as people write it
    picked = {id(t) for t in chosen}
    in_order = [id(t) for t in tables if id(t) in picked] == [
        id(t) for t in chosen if id(t) in old
    ]
    if isinstance(found, AoT) and in_order and chosen:
        # The file's order: drop the tables removed, add the new ones after the rest.
        for index in reversed(range(len(tables))):
            if id(tables[index]) not in picked:
                del found[index]
        for table in chosen:
            if id(table) not in old:
                if len(found) and not found[-1].as_string().endswith("\n\n"):
                    table.trivia.indent = "\n"  # a blank line after the table above it
                found.append(table)
        return
    if key in document:
        del document[key]
    if chosen:
        array = tomlkit.aot()
        for table in chosen:
            array.append(table)
        document[key] = array


def _kept(items: Iterable[str]) -> list[str]:
    return [item.strip() for item in items if item.strip()]


def _set(table: object, key: str, value: Field, *, keep_empty: bool = False) -> None:
    """Set `key` of a tomlkit table to `value` only when it differs (so its comments and layout
    stay), or remove it when `value` is empty or false."""
    from tomlkit.container import Container
    from tomlkit.items import Table

    assert isinstance(table, Table | Container)
    if not value and not keep_empty:
        if key in table:
            del table[key]
        return
    current = table.get(key)
    if isinstance(value, list):
        if not isinstance(current, list) or [str(v) for v in current] != value:
            table[key] = value
    elif current != value:
        table[key] = value


def notes_toml(draft: NotesDraft) -> str:
    """The round-one notes as the documented TOML."""
    lines: list[str] = [f"name = {_string(draft.name)}", ""] if draft.name.strip() else []
    for question, weak, answer, feedback, competencies in draft.asked:
        if not question.strip():
            continue
        lines += ["[[asked]]", f"question = {_string(question)}"]
        if weak:
            lines.append("weak = true")
        if answer.strip():
            lines.append(f"answer = {_string(answer)}")
        if feedback.strip():
            lines.append(f"feedback = {_string(feedback)}")
        if any(c.strip() for c in competencies):
            lines.append(f"competencies = {_strings(competencies)}")
        lines.append("")
    for note, competencies in draft.feedback:
        if not note.strip():
            continue
        lines += ["[[feedback]]", f"note = {_string(note)}"]
        lines += [f"competencies = {_strings(competencies)}", ""]
    return "\n".join(lines)


def save_company(draft: CompanyDraft, path: Path | None = None) -> tuple[Path, CompanyProfile]:
    """Write the profile (to `path`, or a new file named after the company) and load it back.
    A value with a description but no name is refused ("values: line N"; N counts the
    non-empty lines of the form's values), and so are the role's expectations with no role
    title ("role.title"). Raises DataFileError (file:line: field: problem),
    with every problem found in its `problems`, and leaves an existing file unchanged when the
    loader refuses what the form holds."""
    target = path or folder(COMPANIES) / f"{slug(draft.name)}.toml"
    problems = [] if path is not None else _a_second(target, "a company profile", "Company profile")
    for number, (name, description) in enumerate(draft.values, start=1):
        if not name.strip() and description.strip():
            # Written out it would be dropped (a value is named or it is nothing): refused.
            problems.append(DataFileError(
                target,
                f'line {number}, ": {description.strip()}", has no name before the ":";'
                ' write it as "name: what it means"',
                key="values",
            ))
    if draft.expectations and not draft.role_title.strip():
        # The role's expectations live under its title ([role] title = ...): written without
        # one they were dropped, and the saved file held less than the form showed.
        problems.append(DataFileError(
            target,
            "is needed for what the role is expected to do: write the title, or clear "
            "those lines",
            key="role.title",
        ))
    from simulator.interview.company import load_company

    text = company_toml(draft)
    if target.is_file() and path is not None:
        # Keep what the form does not show (a value's cues, comments): rewrite only its fields.
        text = _kept_text(target, lambda existing: company_toml_kept(draft, existing))
    return target, _save(target, text, load_company, problems)


def _a_second(target: Path, what: str, chooser: str) -> list[DataFileError]:
    """A new file from a form would land on `target`, a file already there (the same name):
    refused, naming it, so what it holds is never replaced by a form that started empty."""
    if target.exists() or target.is_symlink():
        return [DataFileError(
            target,
            f"{what} by this name is saved already: choose it under {chooser} to edit it, "
            "or give these another name",
            key="name",
        )]
    return []


def _kept_text(target: Path, edit: Callable[[str], str]) -> str:
    """`edit` applied to the TOML of the existing file `target`. Raises DataFileError, and
    writes nothing, when the file was broken since the form opened it."""
    from tomlkit.exceptions import TOMLKitError

    from simulator.datafiles import read_source

    try:
        return edit(read_source(target).text)
    except TOMLKitError as error:
        raise DataFileError(
            target, f"is not TOML the form can keep ({error}); not overwritten"
        ) from None


def save_notes(
    draft: NotesDraft, name: str, path: Path | None = None
) -> tuple[Path, FirstRoundNotes]:
    """Write round-one notes (to `path`, or a new file named `name`) and load them back; as
    save_company for errors, and an area no bank knows is refused as `banks lint` reports it.
    `name` is stored in the file (`name = ...`) as well as naming a new one."""
    target = path or folder(NOTES) / f"{slug(name)}.toml"
    problems = [] if path is not None else _a_second(target, "round-one notes", "Round-one notes")
    text = notes_toml(replace(draft, name=name))
    if target.is_file() and path is not None:
        # Keep what the form does not show (comments, layout): rewrite only its entries.
        text = _kept_text(target, lambda existing: notes_toml_kept(replace(draft, name=name),
                                                                     existing))
    return target, _save(target, text, _load_notes_with_known_areas, problems)


def problem(path: Path, kind: str) -> str | None:
    """Why the `kind` (COMPANIES or NOTES) file at `path` cannot be used, as its loader says it
    ("file:line: field: problem"); None when it loads."""
    from simulator.errors import SimulatorError
    from simulator.interview.company import load_company
    from simulator.interview.first_round import load_checked_first_round

    try:
        (load_company if kind == COMPANIES else load_checked_first_round)(path)
    except SimulatorError as error:
        return str(error)
    except OSError as error:
        return f"{path}: cannot read ({error.strerror or error})"
    return None


def title(path: Path) -> str:
    """How a preparation file is listed: the `name` written in it (a company's, or what the
    user called round-one notes), else the file's stem. A file that cannot be read is listed
    by its stem (choosing it names the problem)."""
    import tomllib

    try:
        with path.open("rb") as handle:
            name = tomllib.loads(handle.read(limits.DATA_FILE_BYTES).decode()).get("name")
    except (OSError, ValueError):
        return path.stem
    if not isinstance(name, str) or not name.strip():
        return path.stem
    return " ".join(name.split())[: limits.LABEL_CHARS]


def _load_notes_with_known_areas(path: Path) -> FirstRoundNotes:
    from simulator.interview.first_round import load_checked_first_round

    return load_checked_first_round(path)


def _save(
    target: Path, text: str, load: Callable[[Path], T], problems: list[DataFileError]
) -> T:
    """Check `text` as `load` reads it and write it to `target`. Raises DataFileError with
    `problems` (found before, in what the form holds) and every problem the loader finds in
    its `problems`, and writes nothing, when there is any."""
    from simulator.private_files import private_dir, write_private

    private_dir(target.parent)
    trial = target.with_name(f".{target.stem}.checking.toml")
    write_private(trial, text, durable=False)
    try:
        load(trial)
    except DataFileError as error:
        # The problem names the file the user will have: the one the form writes to.
        problems = problems + [
            DataFileError(target, _problem(found), found.line, found.key)
            for found in error.problems
        ]
    finally:
        trial.unlink(missing_ok=True)
    if problems:
        raise DataFileError.first_of(problems)
    write_private(target, text)
    return load(target)


def _problem(error: DataFileError) -> str:
    """The problem alone, without the "file:line: field: " the error starts with."""
    text = str(error).split("\n")[0]
    where = f"{error.path}" + (f":{error.line}" if error.line is not None else "") + ": "
    text = text.removeprefix(where)
    return text.removeprefix(f"{error.key}: ") if error.key else text


REMEMBERED = ("bank", "mode", "count", "panel")
"""Home-screen choices kept beside the files: the question bank id, the mode, the number of
questions (as a decimal string) and the panel's persona ids in asking order (comma-separated)."""


def last_used() -> dict[str, str]:
    """{"companies": path, "first_round": path, "bank": id, "mode": mode, "count": "5",
    "panel": "id1,id2,id3"} as last chosen (missing keys: none chosen)."""
    path = locations.data_home() / LAST_USED
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    kept = (COMPANIES, NOTES, *REMEMBERED)
    return {k: v for k, v in data.items() if k in kept and isinstance(v, str)}


def remember(
    company: Path | None,
    notes: Path | None,
    *,
    bank: str = "",
    mode: str = "",
    count: int | None = None,
    panel: Sequence[str] = (),
) -> None:
    """Keep the choices for the next session: the files, and the question bank, mode, number
    of questions and panel (persona ids, in asking order) the home screen offers again (a file
    that cannot be written is not an error). A panel not given keeps the one kept before, so a
    one-to-one session does not forget who sat on the last panel."""
    from simulator.private_files import private_dir, write_private

    data = {key: str(path) for key, path in ((COMPANIES, company), (NOTES, notes)) if path}
    data.update((key, value) for key, value in (("bank", bank), ("mode", mode)) if value)
    if count is not None:
        data["count"] = str(count)
    kept_panel = ",".join(panel) or last_used().get("panel", "")
    if kept_panel:
        data["panel"] = kept_panel
    try:
        private_dir(locations.data_home())
        write_private(locations.data_home() / LAST_USED, json.dumps(data), durable=False)
    except OSError:
        return


def split_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def split_commas(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())
