"""A mistake inside a multi-line array of a persona file (`shown_by`, `cues`) is reported on the
line of the element that is wrong, naming the file and the field, not on the line where the
array opens. Real persona files in a private data folder, loaded by the real loader."""

from __future__ import annotations

from pathlib import Path

from simulator import locations
from simulator.interview.personas import load_personas

BUILTIN_PERSONAS = locations.builtin_data_dir("personas")

# Our own theme, written the way a hand-edited file looks: comments between the lists, a
# bracket and a comma inside the quotes, an escaped quote, a text over two lines, several
# elements on one line.
THEME = '''
[[themes]]
id = "handover"
label = "Handover to nights"
cues = [
  "handover",
  "bleep holder",   # the one who carries the bleep, [ward] lead
  "passed it on, in writing",
  "",
]
advice = "Night staff want to hear what you left them: say what you handed over."
shown_by = [
  # Group one: the paper or the board the shift left behind.
  ["wrote it on the board", "the \\"sbar\\" sheet, [copy]",
   "left a note"],
  [],
  ["told {someone} at the desk", """rang the
   site manager, [bleep 2]""",
   "paged the reg", 7,
   "   "],
]
'''


def _write_persona(theme: str) -> tuple[Path, int]:
    """A user copy of the peer persona with `theme` added; the path and the theme's first
    line (1-based)."""
    user_dir = locations.user_personas_dir()
    user_dir.mkdir(parents=True)
    text = (BUILTIN_PERSONAS / "peer.toml").read_text()
    at = text.index("[[themes]]")
    path = user_dir / "peer.toml"
    path.write_text(text[:at] + theme.lstrip("\n") + "\n" + text[at:])
    return path, text[:at].count("\n") + 1


def test_each_wrong_element_of_a_multi_line_array_is_named_on_its_own_line(
    private_home: Path,
) -> None:
    path, first = _write_persona(THEME)
    lines = path.read_text().splitlines()

    def line_with(fragment: str, start: int = first) -> int:
        return next(n for n in range(start, len(lines) + 1) if fragment in lines[n - 1])

    errors = [str(e) for e in load_personas().errors]
    shown_by = line_with("shown_by = [")
    empty_cue, blank = line_with('  "",'), line_with('"   "]', shown_by)
    assert errors == [
        f"{path}:{empty_cue}: themes[0].cues: item 4 is empty",
        f"{path}:{line_with('[],', shown_by)}: themes[0].shown_by[1]: needs at least 1 item(s)",
        f"{path}:{line_with('7,', shown_by)}: themes[0].shown_by[2]: item 4 must be text, "
        "not a number",
        f"{path}:{blank}: themes[0].shown_by[2]: item 5 is empty",
    ]


def test_a_wrong_element_on_the_line_that_opens_the_array_is_named_there(
    private_home: Path,
) -> None:
    theme = THEME.replace('\n  "",\n', "\n").replace("\n  [],\n", "\n")
    theme = theme.replace(', 7,\n   "   "],', "],").replace(
        'shown_by = [\n  # Group one: the paper or the board the shift left behind.\n  [',
        'shown_by = [["", ',
    )
    path, first = _write_persona(theme)
    lines = path.read_text().splitlines()
    line = next(n for n in range(first, len(lines) + 1) if lines[n - 1].startswith("shown_by"))
    assert [str(e) for e in load_personas().errors] == [
        f"{path}:{line}: themes[0].shown_by[0]: item 1 is empty"
    ]


def test_a_comma_left_out_inside_a_multi_line_array_is_named_on_its_line(
    private_home: Path,
) -> None:
    # A hand edit that joins a new phrase without its comma: the array does close, so the
    # fix is on the line of the phrase, not where the array opens.
    theme = THEME.replace('\n  "",\n', "\n").replace("\n  [],\n", "\n").replace(
        '"paged the reg", 7,\n   "   "],', '"paged the reg"\n   "bleeped the f1"],'
    )
    path, first = _write_persona(theme)
    lines = path.read_text().splitlines()
    line = next(n for n in range(first, len(lines) + 1) if "bleeped the f1" in lines[n - 1])
    assert [str(e) for e in load_personas().errors] == [
        f"{path}:{line}: themes[0].shown_by: not valid TOML: a comma is missing before this "
        "item of the [list]"
    ]
