"""Every write goes through simulator/private_files.py: the whole kind of "a file written with the
umask's mode" (a question WAV after a persona switch was 0644) closed at its root. The static
walk finds any other way of creating a file or folder in the package; the rest prove the helper
itself on real files under a loose umask."""

from __future__ import annotations

import ast
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import Clip
from simulator.private_files import open_private, private_dir, write_private

PACKAGE = Path(__file__).resolve().parents[1] / "simulator"
HELPER = PACKAGE / "private_files.py"

CREATING_METHODS = {"write_text", "write_bytes", "touch", "mkdir", "makedirs", "mkfifo"}
CREATING_COPIES = {"copy", "copy2", "copyfile", "copytree", "move"}


def _mode_argument(call: ast.Call, position: int) -> str | None:
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        value = call.args[position].value
        return value if isinstance(value, str) else None
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            value = keyword.value.value
            return value if isinstance(value, str) else None
    return None


def raw_writes(source: str) -> Iterator[tuple[int, str]]:
    """(line, what) for each call in `source` that could create a file or folder by itself."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        owner = (
            function.value.id
            if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name)
            else ""
        )
        if name in CREATING_METHODS:
            yield node.lineno, f".{name}()"
        elif owner == "shutil" and name in CREATING_COPIES:
            yield node.lineno, f"shutil.{name}()"
        elif owner == "os" and name == "open" and "O_CREAT" in ast.unparse(node):
            yield node.lineno, "os.open(O_CREAT)"
        elif name == "open" and owner != "os":
            # builtins.open(path, mode), Path.open(mode), wave.open(path, mode)
            position = 0 if isinstance(function, ast.Attribute) and owner != "wave" else 1
            mode = _mode_argument(node, position)
            if mode is not None and set(mode) & set("wax"):
                yield node.lineno, f"open({mode!r})"


def test_the_static_walk_catches_each_way_of_writing() -> None:
    caught = list(
        raw_writes(
            "p.write_text('x')\nopen(p, 'w')\nwave.open(str(p), 'wb')\np.open('ab')\n"
            "os.open(p, os.O_WRONLY | os.O_CREAT)\nshutil.copy2(a, b)\np.mkdir()\n"
            "open(p)\np.open('rb')\nos.open(p, os.O_RDONLY)\nopen(p, 'r+b')\n"
        )
    )
    assert [line for line, _ in caught] == [1, 2, 3, 4, 5, 6, 7]


def test_nothing_in_the_package_writes_a_file_except_through_the_private_helper() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {what}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != HELPER
        for line, what in raw_writes(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.mark.usefixtures("loose_umask")
def test_files_and_folders_are_private_under_a_loose_umask(tmp_path: Path) -> None:
    deep = private_dir(tmp_path / "a" / "b")
    assert (mode_of(tmp_path / "a"), mode_of(deep)) == (0o700, 0o700)

    clip = Clip(np.zeros(1600, dtype=np.int16))
    wav = clip.write_wav(tmp_path / "new" / "turn-03-question.wav")
    assert (mode_of(wav), mode_of(wav.parent)) == (0o600, 0o700)
    assert Clip.from_wav(wav).duration_s == pytest.approx(0.1)

    # A file that was there with a loose mode is replaced by a private one.
    old = tmp_path / "old.json"
    old.write_text("{}")
    old.chmod(0o644)
    write_private(old, "[1]")
    assert (mode_of(old), old.read_text()) == (0o600, "[1]")

    appended = tmp_path / "log"
    appended.write_text("one\n")
    appended.chmod(0o666)
    fd = open_private(appended, append=True)
    os.write(fd, b"two\n")
    os.close(fd)
    assert (mode_of(appended), appended.read_text()) == (0o600, "one\ntwo\n")
    assert not list(tmp_path.glob(".*.tmp"))  # no temp file left behind


def test_a_link_where_a_file_goes_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("keep")
    (tmp_path / "turn-01-answer.wav").symlink_to(target)
    with pytest.raises(OSError):
        open_private(tmp_path / "turn-01-answer.wav")
    assert target.read_text() == "keep"
