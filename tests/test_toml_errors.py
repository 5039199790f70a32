"""A data file that is not valid TOML is one line naming the file, the line where the broken
statement starts and the key it writes ("values[1].name"), in the user's words where tomllib's
are cryptic ("Illegal character '\\n'" is a quote left open). Before, only the file and the line
tomllib stopped at were named: an array left open on line 2 was reported on the last line."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main

# A profile typed in a hurry: the second value's name has no closing quote.
OPEN_QUOTE = '''name = "Synco Freight"
news = ["Opened the Tilbury yard in June"]

[[values]]
name = "Drivers home every night"

[[values]]
name = "On time, every time
description = "We call before we are late"
'''
# Round-one notes where the list of areas was never closed; the file goes on for lines.
OPEN_LIST = '''name = "Synco round 1"

[[asked]]
question = "Why logistics?"
competencies = ["motivation",
  "communication"

[[feedback]]
note = "talked too much about the old job"
competencies = ["communication"]
'''
SET_TWICE = 'name = "Synco"\nname = "Synco Freight Ltd"\n'


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (OPEN_QUOTE, "8: values[1].name: not valid TOML: the quoted text is not closed before the "
                     "end of the line"),
        (OPEN_LIST, "5: asked[0].competencies: not valid TOML: the [list] is not closed with ]"),
        (SET_TWICE, "2: name: not valid TOML: this key is set twice"),
    ],
)
def test_lint_names_the_key_and_the_line_it_starts_on(
    text: str, where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "synco.toml"
    path.write_text(text)
    assert main(["banks", "lint", str(path)]) == 1
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1, out
    assert out.startswith(f"{path}:{where}"), out
