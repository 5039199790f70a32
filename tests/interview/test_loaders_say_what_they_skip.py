"""A *.toml in the user's personas/ or question_banks/ that is a folder or a link to nothing:
`banks lint` named it, but the loaders passed over it in silence, so a bank or persona went
missing with no word why. Every command that loads them now says so in one line naming the
path, and still runs on what did load. Real folders and links; the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.trust.helpers import cli_here


def test_a_folder_or_dangling_link_named_toml_is_named_by_the_commands_that_load_them(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    banks = private_home / "question_banks"
    personas = private_home / "personas"
    banks.mkdir(parents=True)
    personas.mkdir(parents=True)
    (banks / "night-shift.toml").mkdir()
    (personas / "auntie-sue.toml").symlink_to(private_home / "moved-away.toml")

    code, listed, warned = cli_here(capsys, "banks")
    assert code == 0
    assert "behavioral" in listed  # the built-in banks still load
    assert warned.splitlines() == [
        f"interview-sim: warning: {banks / 'night-shift.toml'}: is a folder, not a file; "
        "not read"
    ]

    code, listed, warned = cli_here(capsys, "personas")
    assert code == 0
    assert "hiring-manager" in listed
    assert warned.splitlines() == [
        f"interview-sim: warning: {personas / 'auntie-sue.toml'}: a link to nothing "
        "(dangling symlink); not read"
    ]

    # lint names each once, as before (the loader's note is not counted twice).
    code, out, _ = cli_here(capsys, "banks", "lint")
    assert code == 1
    assert out.count("night-shift.toml") == 1 and out.count("auntie-sue.toml") == 1
