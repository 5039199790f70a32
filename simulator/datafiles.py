"""Reading the human-edited TOML data files (personas, question banks, company profiles, notes).

People edit these by hand, so every mistake must come back as one line naming the file, the line
and the key, and a broken file must never stop the others loading. `FieldReader` reads a table
field by field, collects every problem instead of stopping at the first (so `banks lint` can list
them all), and reports any key nobody asked for as unknown. `load_catalog` applies a parser to
every file of a kind, built-ins first and the user's copies over them by id.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from simulator import limits
from simulator.errors import DataFileError, UnknownNameError

T = TypeVar("T")

log = logging.getLogger(__name__)

MAX_FILE_BYTES = limits.DATA_FILE_BYTES
"""Far above any real bank; stops a stray huge file from being read into memory."""

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
"""Ids are typed on the command line and used in file names: lower case, digits, - and _."""

_HEADER = re.compile(r"^\s*\[(\[)?\s*([^\]]+?)\s*\]")
_TOML_POSITION = re.compile(r"at line (\d+)")


class SourceText:
    """One data file's text and parsed table, plus a finder for the line a key sits on."""

    def __init__(self, path: Path, text: str, data: dict[str, object]) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.errors: list[DataFileError] = []
        self.unreported = 0
        """Problems past limits.ERRORS_PER_FILE: counted, not located."""
        self._lines = text.splitlines()
        # (header name, is array of tables, first line index) for every [table] header.
        self._headers: list[tuple[str, bool, int]] = []
        for number, line in enumerate(self._lines):
            match = _HEADER.match(line)
            if match:
                name = match.group(2).replace('"', "").replace(" ", "")
                self._headers.append((name, match.group(1) is not None, number))

    def error(
        self,
        message: str,
        key: str | None = None,
        scope: Scope | None = None,
        *,
        item: tuple[int, ...] = (),
        set_by: str | None = None,
    ) -> None:
        """Record one problem at the line of `key` (the key as the file sets it is `set_by`,
        by default the last part of `key`) inside `scope`; with `item`, at the line where that
        element of the key's array starts (indices into nested arrays, `item_line`)."""
        if len(self.errors) >= limits.ERRORS_PER_FILE:
            self.unreported += 1
            return
        if set_by is None and key:
            set_by = key.rsplit(".", 1)[-1]
        line = self.line_of(set_by, scope)
        if item and line is not None and set_by is not None:
            line = self.item_line(line, item) or line
        self.errors.append(DataFileError(self.path, message, line=line, key=key))

    def item_line(self, line: int, item: tuple[int, ...]) -> int | None:
        """1-based line where element `item` (indices into nested arrays: (1, 19) is the 20th
        element of the 2nd inner list) of the array set on `line` (`key = [...]`) starts; None
        when the value there is not such an array. For arrays of text and numbers (inline
        tables are not looked into); strings, escapes and comments are skipped, so a bracket or
        comma inside them is not counted."""
        text = "\n".join(self._lines[line - 1 :])
        found = _KEY_LINE.match(text)
        if found is None:
            return None
        counts: list[int] = []  # index of the element being read in each open array
        number, position = line, found.end()
        in_element = False  # an element has started and no comma has ended it yet
        while position < len(text):
            char = text[position]
            if char == "#":
                end = text.find("\n", position)
                position = len(text) if end < 0 else end
                continue
            if char == "\n":
                number += 1
            elif char == ",":
                in_element = False
            elif char == "]" and counts:
                counts.pop()
                in_element = True
            elif not char.isspace():
                if not counts and char != "[":
                    return None  # a text, number or table: it has no elements
                if counts and not in_element:
                    counts[-1] += 1
                    if tuple(counts) == item:
                        return number
                in_element = True
                if char == "[":
                    counts.append(-1)
                    in_element = False
                elif char in "\"'":
                    quote = char * 3 if text.startswith(char * 3, position) else char
                    end = position + len(quote)
                    while end < len(text) and not text.startswith(quote, end):
                        end += 2 if char == '"' and text[end] == "\\" else 1
                    number += text.count("\n", position, end)
                    position = end + len(quote)
                    continue
            if not counts and char == "]":
                return None
            position += 1
        return None

    def line_of(self, key: str | None, scope: Scope | None) -> int | None:
        """1-based line of `key` inside `scope` (top level when None); None when not found."""
        start, end = self._range(scope)
        if key is None:
            return start + 1 if scope is not None else None
        bare = re.compile(rf"^\s*(\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
        for number in range(start, end):
            if bare.match(self._lines[number]):
                return number + 1
        # The key may be the name of a table ([voice]) rather than a value.
        prefix = f"{scope.name}." if scope is not None else ""
        for name, _, number in self._headers:
            if name == prefix + key:
                return number + 1
        return start + 1 if scope is not None else None

    def headers_before(self, name: str, scope: Scope) -> int:
        """How many `[[name]]` headers come before the table `scope` starts."""
        start, _ = self._range(scope)
        return sum(1 for header, is_array, number in self._headers
                   if header == name and is_array and number < start)

    def _range(self, scope: Scope | None) -> tuple[int, int]:
        if scope is None:
            first = self._headers[0][2] if self._headers else len(self._lines)
            return 0, first
        seen = -1
        for position, (name, is_array, number) in enumerate(self._headers):
            if name != scope.name:
                continue
            if is_array:
                seen += 1
                if seen != scope.index:
                    continue
            following = [n for _, _, n in self._headers[position + 1 :]]
            return number, following[0] if following else len(self._lines)
        return 0, len(self._lines)


@dataclass(frozen=True)
class Scope:
    """Where a table sits in the file: `[name]`, or the index-th `[[name]]`."""

    name: str
    index: int = 0


def read_source(path: Path) -> SourceText:
    """Read and parse one TOML file; every failure is a DataFileError naming the file.

    The size is checked on the open file before anything is read, so a huge file costs nothing;
    links and anything but a regular file (a FIFO would block) are refused."""
    raw = _read_limited(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataFileError(path, "not UTF-8 text", line=line) from None
    # Windows Notepad saves "UTF-8 with BOM": the mark is no text, and TOML refuses it as an
    # "Invalid statement" on line 1, a line with nothing wrong to see (breaker16 D29).
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        position = _TOML_POSITION.search(str(error))
        line = int(position.group(1)) if position else max(1, len(text.splitlines()))
        reason = str(error).split(" (at ")[0]
        start, key = _statement_at(text, line)
        if reason == "Unclosed array" and _comma_missing(text, str(error)):
            # Inside a list that does close: the item on this line needs a comma before it.
            raise DataFileError(
                path,
                "not valid TOML: a comma is missing before this item of the [list]",
                line=line,
                key=key,
            ) from None
        reason = _TOML_REASONS.get(reason, reason)
        if position is None:  # an array or string left open: the line it starts on names it
            reason += " (still open at the end of the file)"
        elif start != line:
            reason += f" (found at line {line})"
        raise DataFileError(path, f"not valid TOML: {reason}", line=start, key=key) from None
    except RecursionError:
        raise DataFileError(path, "not valid TOML: nested too deeply") from None
    return SourceText(path, text, data)


_TOML_PLACE = re.compile(r"at line (\d+), column (\d+)")
_BARE_HEADER = re.compile(r"^\s*\[\[?\s*[A-Za-z0-9_.\- ]+\]\]?\s*(#.*)?$")
"""A [table] or [[table]] line (bare names), which no list item looks like."""


def _comma_missing(text: str, error: str) -> bool:
    """Whether the "Unclosed array" `error` (tomllib's message, with its line and column) is a
    comma left out between two items ("a", "b" "c"): with a comma there, the file parses, or
    breaks only further on."""
    place = _TOML_PLACE.search(error)
    if place is None:
        return False
    line, column = int(place.group(1)), int(place.group(2))
    rows = text.split("\n")
    if _BARE_HEADER.match(rows[line - 1]):
        return False  # the next [table] came first: the list was left open
    offset = sum(len(row) + 1 for row in rows[: line - 1]) + column - 1
    try:
        tomllib.loads(text[:offset] + "," + text[offset:])
    except tomllib.TOMLDecodeError as again:
        later = _TOML_PLACE.search(str(again))
        return later is not None and (int(later.group(1)), int(later.group(2))) > (line, column)
    return True


_TOML_REASONS = {
    "Illegal character '\\n'": "the quoted text is not closed before the end of the line",
    "Invalid value": 'the value is missing or not quoted (text is written in "quotes")',
    "Unclosed array": "the [list] is not closed with ]",
    "Unterminated string": "the quoted text is not closed",
    "Cannot overwrite a value": "this key is set twice",
}
"""tomllib's words for the commonest slips, in the user's terms."""

_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY_LINE = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
"""A line that sets a key (bare, quoted or dotted): the key is group 1."""

STATEMENT_LOOKBACK = 200
"""How many lines above a TOML error `_statement_at` looks for where its statement began."""


def _statement_at(text: str, line: int) -> tuple[int, str | None]:
    """Where the TOML statement that broke at `line` (1-based) begins, and the key it writes,
    in the form the loaders name fields ("values[1].name", "role.title"); None when the line
    writes no key (a broken [header]). The statement begins at the lowest line L (down to
    `line`) such that everything above L parses: an array or a multi-line string left open
    at line 2 breaks only at line 9, and it is line 2 that needs the fix."""
    lines = text.splitlines()
    start = min(max(line, 1), max(len(lines), 1))
    for candidate in range(start, max(start - STATEMENT_LOOKBACK, 1) - 1, -1):
        try:
            tomllib.loads("\n".join(lines[: candidate - 1]))
        except tomllib.TOMLDecodeError:
            continue
        start = candidate
        break
    found = _KEY_LINE.match(lines[start - 1]) if lines else None
    if found is None:
        return start, None
    key = ".".join(part.strip().strip("\"'") for part in found.group(1).split("."))
    arrays: dict[str, int] = {}
    table = ""
    for text_line in lines[: start - 1]:
        header = _HEADER.match(text_line)
        if header is None:
            continue
        name = header.group(2).replace('"', "").replace(" ", "")
        if header.group(1) is not None:
            arrays[name] = arrays.get(name, -1) + 1
            table = f"{name}[{arrays[name]}]"
        else:
            table = name
    return start, f"{table}.{key}" if table else key


def _read_limited(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except ValueError:  # a NUL in the name: no file can have it
        raise DataFileError(path, "is not a usable file name (it holds a NUL character)") from None
    except OSError as error:
        if os.path.islink(path):
            raise DataFileError(
                path, "is a symbolic link; links are not followed (copy the file instead)"
            ) from None
        raise DataFileError(path, f"cannot read ({error.strerror or error})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise DataFileError(path, "is not a regular file")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > MAX_FILE_BYTES:
            raise DataFileError(path, f"file is larger than {MAX_FILE_BYTES:,} bytes")
        try:
            raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise DataFileError(path, f"cannot read ({error.strerror or error})") from None
    if len(raw) > MAX_FILE_BYTES:  # grew while we looked
        raise DataFileError(path, f"file is larger than {MAX_FILE_BYTES:,} bytes")
    return raw


class FieldReader:
    """Typed access to one table of a data file. Problems are recorded, not raised; a field with
    a problem gives its default so reading can go on and find the next problem."""

    def __init__(
        self,
        source: SourceText,
        table: Mapping[str, object],
        scope: Scope | None = None,
        shown: str | None = None,
    ) -> None:
        self.source = source
        self.table = table
        self.scope = scope
        self.shown = shown
        """How errors name this table ("questions[0].in_field[1]"); None: from `scope`."""
        self._asked: set[str] = set()

    def _key(self, key: str) -> str:
        if not key.isprintable():
            key = repr(key)  # a quoted TOML key may hold a newline; errors stay on one line
        if self.shown is not None:
            return f"{self.shown}.{key}"
        if self.scope is None:
            return key
        where = self.scope.name
        if self._is_array():
            where += f"[{self.scope.index}]"
        return f"{where}.{key}"

    def _is_array(self) -> bool:
        return isinstance(self.source.data.get(self.scope.name if self.scope else ""), list)

    def error(
        self, key: str, message: str, item: tuple[int, ...] = (), inner: tuple[int, ...] = ()
    ) -> None:
        """Record a problem with `key`. `inner` (indices into nested arrays) names a list
        inside the key's array, shown as part of the field ("themes[1].shown_by[0]"); `item`
        an element of that list (or of the key's own array when there is no `inner`). The
        line is the one where that list or element starts."""
        shown = self._key(key) + "".join(f"[{i}]" for i in inner)
        self.source.error(message, shown, self.scope, item=inner + item, set_by=key)

    def _get(self, key: str, required: bool) -> object | None:
        self._asked.add(key)
        if key not in self.table:
            if required:
                self.error(key, "missing")
            return None
        return self.table[key]

    def text(
        self,
        key: str,
        *,
        required: bool = True,
        default: str = "",
        max_chars: int = limits.TEXT_CHARS,
    ) -> str:
        """Stripped text of at most `max_chars` characters (limits.TEXT_CHARS by default)."""
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            self.error(key, f"must be text, not {_type_name(value)}")
            return default
        if not value.strip():
            self.error(key, "is empty")
            return default
        value = value.strip()
        if len(value) > max_chars:
            self.error(key, f"is {len(value):,} characters long; the limit is {max_chars:,}")
            return default
        return value

    def label(self, key: str, *, required: bool = True, default: str = "") -> str:
        """One-line text: a name, a title (limits.LABEL_CHARS)."""
        return self.text(key, required=required, default=default, max_chars=limits.LABEL_CHARS)

    def identifier(self, key: str = "id") -> str:
        value = self.text(key, max_chars=limits.ID_CHARS)
        if value and not ID_PATTERN.match(value):
            self.error(key, f"{value!r} is not a valid id (lower case letters, digits, - and _)")
            return ""
        return value

    def choice(self, key: str, choices: Iterable[str], *, default: str | None = None) -> str:
        options = tuple(choices)
        value = self.label(key, required=default is None, default=default or "")
        if value and value not in options:
            self.error(key, f"{value!r} is not one of: {', '.join(options)}")
            return default or ""
        return value

    def texts(
        self,
        key: str,
        *,
        required: bool = False,
        min_items: int = 0,
        max_chars: int = limits.TEXT_CHARS,
    ) -> tuple[str, ...]:
        """A list of at most limits.LIST_ITEMS texts, each at most `max_chars` characters."""
        value = self._get(key, required)
        if value is None:
            return ()
        return self._text_list(key, value, min_items, max_chars)

    def text_lists(
        self, key: str, *, max_chars: int = limits.TEXT_CHARS
    ) -> tuple[tuple[str, ...], ...]:
        """A list of lists of text ([["a", "b"], ["c"]]), each as `texts` reads one (at least
        one item); at most limits.LIST_ITEMS lists."""
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, list) for item in value):
            self.error(key, f'must be a list of lists of text ([["a", "b"], ["c"]]), not '
                       f"{_type_name(value)}")
            return ()
        if len(value) > limits.LIST_ITEMS:
            self.error(key, f"has {len(value):,} lists; the limit is {limits.LIST_ITEMS:,}")
            return ()
        return tuple(
            self._text_list(key, item, 1, max_chars, within=(number,))
            for number, item in enumerate(value)
        )

    def _text_list(
        self,
        key: str,
        value: object,
        min_items: int,
        max_chars: int = limits.TEXT_CHARS,
        within: tuple[int, ...] = (),
    ) -> tuple[str, ...]:
        """`value` as texts; `within` is where the list sits inside the key's array (the
        inner list's index for `text_lists`), so a problem names that list and its line."""
        if not isinstance(value, list):
            self.error(key, f"must be a list of text, not {_type_name(value)}", inner=within)
            return ()
        if len(value) > limits.LIST_ITEMS:
            self.error(
                key, f"has {len(value):,} items; the limit is {limits.LIST_ITEMS:,}", inner=within
            )
            return ()
        items: list[str] = []
        for position, item in enumerate(value):
            at = {"item": (position,), "inner": within}
            if not isinstance(item, str):
                self.error(key, f"item {position + 1} must be text, not {_type_name(item)}", **at)
            elif not item.strip():
                self.error(key, f"item {position + 1} is empty", **at)
            elif len(item.strip()) > max_chars:
                self.error(
                    key,
                    f"item {position + 1} is {len(item.strip()):,} characters long; "
                    f"the limit is {max_chars:,}",
                    **at,
                )
            else:
                items.append(item.strip())
        if len(value) < min_items:
            self.error(key, f"needs at least {min_items} item(s)", inner=within)
        return tuple(items)

    def number(
        self, key: str, default: float, *, minimum: float, maximum: float, required: bool = False
    ) -> float:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(key, f"must be a number, not {_type_name(value)}")
            return default
        if not minimum <= value <= maximum:
            self.error(key, f"{value} is outside {minimum:g}..{maximum:g}")
            return default
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, f"must be true or false, not {_type_name(value)}")
            return default
        return value

    def integer(
        self, key: str, default: int, *, minimum: int, maximum: int, required: bool = False
    ) -> int:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, f"must be a whole number, not {_type_name(value)}")
            return default
        if not minimum <= value <= maximum:
            self.error(key, f"{value} is outside {minimum}..{maximum}")
            return default
        return value

    def seconds_range(self, key: str, default: tuple[float, float]) -> tuple[float, float]:
        """A [low, high] pair of seconds, low below high."""
        value = self._get(key, False)
        if value is None:
            return default
        if (
            not isinstance(value, list)
            or len(value) != 2
            or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value)
        ):
            self.error(key, "must be two numbers of seconds, like [60, 120]")
            return default
        low, high = float(value[0]), float(value[1])
        if not 0 < low < high <= 3600:
            self.error(key, f"needs 0 < low < high <= 3600, got [{low:g}, {high:g}]")
            return default
        return low, high

    def table_reader(self, key: str, *, required: bool = False) -> FieldReader | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(key, f"must be a table, not {_type_name(value)}")
            return None
        shown = f"{self.shown}.{key}" if self.shown is not None else None
        return FieldReader(self.source, value, Scope(self._scoped_name(key)), shown)

    def table_readers(self, key: str, *, required: bool = False) -> list[FieldReader]:
        """An array of tables ([[key]] sections)."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(key, f"must be [[{key}]] tables, not {_type_name(value)}")
            return []
        if len(value) > limits.TABLE_ITEMS:
            self.error(key, f"has {len(value):,} entries; the limit is {limits.TABLE_ITEMS:,}")
            return []
        name = self._scoped_name(key)
        if self.scope is None:
            return [FieldReader(self.source, v, Scope(name, i)) for i, v in enumerate(value)]
        # Inside a table: named by the path to it ("questions[0].in_field[1]"), and found in
        # the file as the n-th [[questions.in_field]] header counted over the whole file, as
        # every [[questions]] entry's own entries go under the same header name.
        parent = self._key("")[:-1]
        before = self.source.headers_before(name, self.scope)
        return [
            FieldReader(self.source, v, Scope(name, before + i), f"{parent}.{key}[{i}]")
            for i, v in enumerate(value)
        ]

    def _scoped_name(self, key: str) -> str:
        return f"{self.scope.name}.{key}" if self.scope is not None else key

    def number_map(
        self, key: str, *, keys: Iterable[str], minimum: float, maximum: float
    ) -> dict[str, float]:
        """A table of name = number, the names drawn from `keys`."""
        reader = self.table_reader(key)
        if reader is None:
            return {}
        allowed = tuple(keys)
        result: dict[str, float] = {}
        for name in reader.table:
            if name not in allowed:
                reader._asked.add(name)
                reader.error(name, f"unknown name; known: {', '.join(allowed)}")
                continue
            result[name] = reader.number(name, 0.0, minimum=minimum, maximum=maximum)
        return result

    def text_list_map(self, key: str, *, keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """A table of code = ["text", ...], the codes drawn from `keys`."""
        reader = self.table_reader(key)
        if reader is None:
            return {}
        allowed = tuple(keys)
        result: dict[str, tuple[str, ...]] = {}
        for name in reader.table:
            reader._asked.add(name)
            if name not in allowed:
                reader.error(name, f"unknown code; known: {', '.join(allowed)}")
                continue
            result[name] = reader._text_list(name, reader.table[name], 1)
        return result

    def finish(self) -> None:
        """Report keys nobody asked for: usually a typo that would otherwise be ignored."""
        for key in self.table:
            if key not in self._asked:
                known = ", ".join(sorted(self._asked))
                self.error(key, f"unknown key (known here: {known})")


def _type_name(value: object) -> str:
    names = {str: "text", bool: "true/false", int: "a number", float: "a number"}
    names |= {list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


@dataclass
class Catalog(Generic[T]):
    """Everything of one kind that loaded, by id, and one error per problem in the rest."""

    kind: str
    items: dict[str, T] = field(default_factory=dict)
    errors: list[DataFileError] = field(default_factory=list)

    def get(self, item_id: str) -> T:
        try:
            return self.items[item_id]
        except KeyError:
            raise UnknownNameError(self.kind, item_id, list(self.items)) from None

    def report_errors(self) -> None:
        """Log the broken files once, so a command still names them while the others work."""
        for error in self.errors:
            log.warning("%s", error)


Parser = Callable[[SourceText], T]


def parse_file(path: Path, parse: Parser[T]) -> tuple[T | None, list[DataFileError]]:
    """Parse one file; the item only when it has no problem at all."""
    try:
        source = read_source(path)
    except DataFileError as error:
        return None, [error]
    item = parse(source)
    if source.unreported:
        more = f"{source.unreported:,} more problem(s) not listed; fix the ones above first"
        source.errors.append(DataFileError(path, more))
    return (None, source.errors) if source.errors else (item, [])


def data_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.toml") if p.is_file())


def not_data_files(directory: Path) -> list[DataFileError]:
    """The *.toml entries of `directory` that are not files to read (a folder, a link to
    nothing), each as one error: `data_files` passes over them, and silence would hide why a
    bank or persona is missing."""
    if not directory.is_dir():
        return []
    problems = []
    for path in sorted(directory.glob("*.toml")):
        if path.is_file():
            continue
        if path.is_symlink() and not path.exists():
            problems.append(DataFileError(path, "a link to nothing (dangling symlink); not read"))
        elif path.is_dir():
            problems.append(DataFileError(path, "is a folder, not a file; not read"))
        else:
            problems.append(DataFileError(path, "not a regular file; not read"))
    return problems


def load_catalog(
    kind: str, directories: Iterable[Path], parse: Parser[T], item_id: Callable[[T], str]
) -> Catalog[T]:
    """Load every *.toml in `directories` in order; a later directory overrides by id, while a
    duplicate id inside one directory is an error on the second file. A *.toml entry that is
    not a file (a folder, a link to nothing) is an error too (`not_data_files`): nothing is read
    from it, and saying so tells the user why their bank or persona is missing."""
    catalog: Catalog[T] = Catalog(kind)
    for directory in directories:
        catalog.errors.extend(not_data_files(directory))
        seen_here: dict[str, Path] = {}
        for path in data_files(directory):
            item, errors = parse_file(path, parse)
            catalog.errors.extend(errors)
            if item is None:
                continue
            ident = item_id(item)
            if ident in seen_here:
                catalog.errors.append(
                    DataFileError(
                        path,
                        f"duplicate id {ident!r}, already used by {seen_here[ident].name}",
                        line=_line_of_id(path),
                        key="id",
                    )
                )
                continue
            seen_here[ident] = path
            catalog.items[ident] = item
    return catalog


def _line_of_id(path: Path) -> int | None:
    try:
        source = read_source(path)
    except DataFileError:
        return None
    return source.line_of("id", None)
