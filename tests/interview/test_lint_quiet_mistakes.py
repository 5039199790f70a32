"""Mistakes that used to pass in silence: a placeholder in a question's text (said as written,
braces and all), a *.toml that is a folder or a link to nothing, and round-one notes naming an
area no bank knows given to `plan` (lint refused them, the plan ran). Each is one line naming
the file, the line and the field. Real files; the CLI in a child process."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.lint import lint_paths
from tests.trust.helpers import run_cli

BANK = """\
id = "warehouse-night"
title = "Night shift"
kind = "behavioral"

[[questions]]
id = "scanners"
text = "Tell me about a time you {broke} something on the night shift"
competencies = ["ownership"]
"""

NOTES = """\
[[feedback]]
note = "kept dropping plates, so to speak"
competencies = ["jugglin"]
"""


def test_lint_names_a_placeholder_in_question_text_and_files_it_cannot_read(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "night.toml").write_text(BANK)
    (folder / "subdir.toml").mkdir()
    (folder / "gone.toml").symlink_to(tmp_path / "nowhere.toml")

    shown = sorted(str(error).splitlines()[0] for error in lint_paths([folder]).errors)

    assert shown == [
        f"{folder / 'gone.toml'}: a link to nothing (dangling symlink); not read",
        f"{folder / 'night.toml'}:7: questions[0].text: has '{{broke}}', but question text "
        "takes no placeholders (it is said as written): write the words",
        f"{folder / 'subdir.toml'}: is a folder, not a file; not read",
    ]


def test_plan_refuses_notes_with_an_area_lint_refuses(tmp_path: Path) -> None:
    notes = tmp_path / "round1.toml"
    notes.write_text(NOTES)
    linted = run_cli(tmp_path / "home", "banks", "lint", str(notes))
    planned = run_cli(tmp_path / "home", "plan", "full", "--first-round", str(notes))
    assert linted.returncode == 1
    assert planned.returncode == 2, planned.stdout
    (line,) = planned.stderr.splitlines()
    assert line.startswith(
        f"interview-sim: error: {notes}:3: feedback[0].competencies: unknown area 'jugglin'"
    )
    assert planned.stdout == ""


def test_lint_names_an_unknown_area_beside_the_entry_s_other_problems(tmp_path: Path) -> None:
    # breaker15 B23: a wrong `weak` hid the unknown area, which `plan` then reported too.
    notes = tmp_path / "round1.toml"
    notes.write_text('[[asked]]\nquestion = "Why logistics?"\nweak = "maybe"\n'
                     'competencies = ["stakeholdres"]\n')
    report = lint_paths([notes])
    assert [(error.line, error.key) for error in report.errors] == [
        (3, "asked[0].weak"), (4, "asked[0].competencies")
    ]
    assert "unknown area 'stakeholdres'" in str(report.errors[1])
