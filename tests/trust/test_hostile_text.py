"""Text that is hostile to a terminal or to UTF-8, run through the real command line (a child
process with its own data home): control characters from a persona, a bank or a typed answer are
printed as visible escapes by `personas`, `banks`, `practice` and `export`, and a typed answer
that is not UTF-8 is decoded by the stated policy and stored whole."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from simulator import locations
from tests.trust.helpers import REPO, child_env

RAW_CONTROLS = (b"\x1b", b"\x07", b"\x00", b"\xc2\x9b", b"\x08", b"\r")
"""ESC (CSI, OSC), BEL, NUL, the 8-bit CSI in UTF-8, backspace, carriage return."""

HOSTILE = "\\u001b]0;pwned\\u0007\\u001b[2J\\u0000\\u009b31m\\b\\r"
"""The same, written as TOML escapes: an OSC title change, a screen clear, NUL, 8-bit CSI."""


def run(home: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        cwd=REPO,
        env=child_env(home),
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def assert_no_raw_controls(output: bytes) -> None:
    for control in RAW_CONTROLS:
        assert control not in output, (control, output[-400:])


def write_hostile_content(home: Path) -> None:
    personas = home / "personas"
    banks = home / "question_banks"
    personas.mkdir(parents=True)
    banks.mkdir(parents=True)
    peer = (locations.builtin_data_dir("personas") / "peer.toml").read_text()
    peer = peer.replace('id = "peer"', 'id = "hostile"', 1)
    peer = peer.replace('name = "', f'name = "Sam{HOSTILE} ', 1)
    (personas / "hostile.toml").write_text(peer)
    (banks / "hostile.toml").write_text(
        f'id = "hostile"\ntitle = "Bank{HOSTILE}"\nkind = "culture"\n\n'
        f'[[questions]]\nid = "why"\ntext = "Why us?{HOSTILE}"\nkind = "motivation"\n'
    )


def test_control_characters_from_files_and_typing_never_reach_the_terminal(
    private_home: Path, tmp_path: Path
) -> None:
    write_hostile_content(private_home)
    for command in (("personas",), ("banks",), ("personas", "--json"), ("banks", "--json")):
        listed = run(private_home, *command)
        assert listed.returncode == 0, listed.stderr
        assert_no_raw_controls(listed.stdout + listed.stderr)
    assert b"Sam\\u001b]0;pwned" in run(private_home, "personas").stdout

    typed = b"I fixed it \x1b[31mfast\x1b[0m and rang \x07 the bell\x00.\n\n"
    practice = run(
        private_home,
        *("practice", "--no-tui", "--typed", "--silent"),
        *("--persona", "hostile", "--bank", "hostile"),
        stdin=typed,
    )
    assert practice.returncode == 0, practice.stderr
    assert_no_raw_controls(practice.stdout + practice.stderr)
    assert b"Why us?\\u001b]0;pwned" in practice.stdout

    # Stored as typed (the escape is data, not lost), shown escaped in every export.
    (session,) = (private_home / "recordings").glob("2*")
    stored = json.loads((session / "session.json").read_text())
    assert stored["turns"][0]["transcript"]["text"].startswith("I fixed it \x1b[31mfast")
    for report_format in ("md", "html"):
        printed = run(private_home, "export", "latest", "--format", report_format)
        assert printed.returncode == 0, printed.stderr
        assert_no_raw_controls(printed.stdout)
        # Markdown escapes the bracket too, so a viewer shows it as typed (the same text).
        shown = {"md": b"I fixed it \\u001b\\[31mfast", "html": b"I fixed it \\u001b[31mfast"}
        assert shown[report_format] in printed.stdout
        report = tmp_path / f"report.{report_format}"
        written = run(
            private_home,
            *("export", "latest", "--format", report_format, "-o", str(report)),
        )
        assert written.returncode == 0, written.stderr
        assert_no_raw_controls(report.read_bytes())


def test_a_typed_answer_that_is_not_utf8_is_decoded_by_policy_and_kept(
    private_home: Path,
) -> None:
    # Latin-1/Windows-1252 bytes from a legacy terminal: é, a euro sign, and 0x81 (undefined).
    typed = b"Je suis all\xe9 au caf\xe9 pour 20 \x80 avec mon \x81quipe.\n\n"
    practice = run(
        private_home, "practice", "--no-tui", "--typed", "--silent", "--json", stdin=typed
    )
    assert practice.returncode == 0, practice.stderr
    assert b"read as Windows-1252" in practice.stderr
    turn = json.loads(practice.stdout)
    expected = "Je suis allé au café pour 20 € avec mon \x81quipe."
    assert turn["transcript"]["text"] == expected
    (session,) = (private_home / "recordings").glob("2*")
    stored = json.loads((session / "session.json").read_text(encoding="utf-8"))
    assert stored["turns"][0]["transcript"]["text"] == expected
    assert len(stored["turns"]) == 1
