"""Text from a file or the user, made safe to print: control characters shown, never obeyed.

A persona, a bank, a typed answer or a stored session may hold ESC, OSC, BEL or NUL; printed raw,
they move the cursor, retitle the window, ring the bell or hide what follows. `visible` writes
each such character as a `\\uXXXX` escape, which reads plainly on a terminal and, inside a JSON
string, decodes back to the same character. Newlines and tabs are kept.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from typing import Any, TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 controls except tab and newline, DEL, C1 controls (8-bit CSI, OSC), and the bidirectional
overrides that make a terminal show text in another order than it is stored."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def visible(text: str) -> str:
    """`text` with every control character written as `\\uXXXX`."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)


class VisibleStream:
    """A text stream that writes through `visible`: what a command prints cannot drive the
    terminal. Everything else (flush, isatty, encoding, fileno) is the wrapped stream's.

    `after`: a stream flushed before each write, so what was printed there comes out first.
    Standard error is given standard output: when both go to one pipe or file (`2>&1 | less`,
    a log), standard output is block-buffered and a warning or a count written to standard
    error would otherwise land before, or in the middle of, the lines printed ahead of it
    ("...teamwork2 file(s) checked")."""

    def __init__(self, stream: TextIO, after: TextIO | VisibleStream | None = None) -> None:
        self._stream = stream
        self._after = after

    def write(self, text: str) -> int:
        if self._after is not None:
            self._after.flush()
        self._stream.write(visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def decode_typed_line(raw: bytes) -> str:
    """The policy for typed bytes: UTF-8 when the line is UTF-8 (almost always); otherwise the
    line is read as Windows-1252, the usual legacy encoding of a terminal or file that is not
    UTF-8 (so b"caf\\xe9" is "café"), and the five bytes that code page leaves undefined as
    Latin-1. Every byte becomes a character: nothing typed is dropped or replaced."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors=_LATIN1_FALLBACK)


def is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def storable(text: str) -> str:
    """`text` with no lone surrogate, so it can be written as UTF-8. Python hands undecodable
    input bytes over as surrogates (surrogateescape); those are decoded by `decode_typed_line`,
    and any other lone surrogate becomes U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return decode_typed_line(text.encode("utf-8", errors="surrogateescape"))
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def _as_latin1(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return bytes(error.object[error.start : error.end]).decode("latin-1"), error.end


_LATIN1_FALLBACK = "interview-sim-latin1"
codecs.register_error(_LATIN1_FALLBACK, _as_latin1)


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """ "1 answer", "0 answers", "3 answers": the noun in the plural unless the count is 1.
    `plural`: for a noun that does not take an "s" ("pause" -> "pauses" by default)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def share_percent(share: float) -> int:
    """A part's share of an answer (0..1) as the whole percent every screen shows: read at the
    four decimals a session stores (`SHARE_DECIMALS`: 0.57543 live and 0.5754 stored are both
    58), then rounded half up, so the CLI card, the app and the export never differ by a point
    (breaker16 D24: 58 % on the card, 57 % in the app). Four decimals, not three: at three, a
    share of 34.48 % was stored as 0.345 and shown as 35 %. A session stored at three decimals
    reads its ties half up (0.575: 58)."""
    return int(round(share * 10**SHARE_DECIMALS) / 10 ** (SHARE_DECIMALS - 2) + 0.5)


SHARE_DECIMALS = 4
"""The decimals a STAR part's share is stored with (`star.Part.to_dict`)."""


def names_within(names: Sequence[str], width: int) -> str:
    """`names` joined with ", " in at most `width` cells (`width` >= 4): as many whole names as
    fit, then "+N" for the rest, so a list that is cut still says how many it holds ("peer,
    recruiter +1"); the first name is cut with "…" only when not even it fits beside the
    count."""
    from rich.cells import cell_len

    joined = ", ".join(names)
    if cell_len(joined) <= width or not names:
        return joined if cell_len(joined) <= width else _cut(joined, width)
    for shown in range(len(names) - 1, 0, -1):
        line = f"{', '.join(names[:shown])} +{len(names) - shown}"
        if cell_len(line) <= width:
            return line
    rest = f" +{len(names) - 1}" if len(names) > 1 else ""
    return _cut(names[0], max(width - len(rest), 1)) + rest


def _cut(text: str, width: int) -> str:
    from rich.cells import cell_len, set_cell_size

    # "Maya…", not "Maya …": a cut at a space leaves no gap before the ellipsis.
    return text if cell_len(text) <= width else set_cell_size(text, width - 1).rstrip() + "…"
