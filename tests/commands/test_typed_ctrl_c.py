"""Ctrl-C while typing an answer in `practice --no-tui --typed`, run as a user runs it in a child
process: the lines already entered are kept as an interrupted answer, and "Saved session" is
printed only when something was saved. The test waits on the program itself (its prompt, the pipe
drained, the main thread blocked reading standard input again), never on the clock."""

from __future__ import annotations

import fcntl
import json
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

from tests.support.signals import assert_ctrl_c_reaches_children
from tests.trust.helpers import REPO, child_env, run_cli

FIRST_LINE = "so in the warehouse job two manager both want the report first,"
SECOND_LINE = "i ask them each what deadline is real and i split it in two part"


def _waiting_for_more_input(pid: int, pipe_fd: int) -> bool:
    """The child read all that was written and its main thread sits in read(0) again."""
    unread = bytearray(4)
    fcntl.ioctl(pipe_fd, termios.FIONREAD, unread)
    if int.from_bytes(unread, sys.byteorder):
        return False
    try:
        asleep = _state(pid) == "S"
        syscall = Path(f"/proc/{pid}/syscall").read_text().split()
        asleep = asleep and _state(pid) == "S"
    except OSError:
        return False
    return asleep and syscall[:2] == ["0", "0x0"]  # asleep in read(2) on file descriptor 0


def _state(pid: int) -> str:
    """The main thread's scheduler state: S while it sleeps in a system call."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def _type_then_ctrl_c(home: Path, typed: str) -> tuple[int, str]:
    """Run `practice --no-tui --typed` in a child, write `typed` once it asks for an answer, and
    send Ctrl-C once it has read all of it and waits for more. Its exit status and output."""
    assert_ctrl_c_reaches_children()
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", "practice", "--no-tui", "--silent", "--typed"],
        cwd=REPO,
        env=child_env(home),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdin is not None and process.stdout is not None
    output = bytearray()
    try:
        while b"Type your answer" not in output:
            line = process.stdout.readline()
            assert line, f"ended before asking: {output!r}"
            output.extend(line)
        process.stdin.write(typed.encode())
        process.stdin.flush()
        deadline = time.monotonic() + 120  # a bound on a hang, not a wait for a side effect
        while not _waiting_for_more_input(process.pid, process.stdin.fileno()):
            assert process.poll() is None, output
            assert time.monotonic() < deadline, "the child never read its input"
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=120)
        output.extend(rest)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, output.decode()


def test_ctrl_c_while_typing_keeps_the_lines_entered_as_an_interrupted_answer(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    returncode, text = _type_then_ctrl_c(home, f"{FIRST_LINE}\n{SECOND_LINE}\n")
    assert returncode == 130, text
    assert "Traceback" not in text
    (session_file,) = (home / "recordings").glob("*/session.json")
    assert f"Saved session {session_file.parent.name}" in text
    # What is kept is said as it is: the lines ended with Enter, not the one being typed.
    assert "note: every line you ended with Enter is kept as an interrupted answer" in text
    stored = json.loads(session_file.read_text())
    assert stored["status"] == "interrupted"
    (turn,) = stored["turns"]
    assert turn["interrupted"] is True and turn["ended_by"] == "interrupt"
    assert turn["answer_mode"] == "typed"
    assert turn["transcript"]["text"] == f"{FIRST_LINE} {SECOND_LINE}"
    listed = run_cli(home, "sessions")
    assert session_file.parent.name in listed.stdout, listed.stdout + listed.stderr


def test_ctrl_c_before_any_line_is_entered_says_why_nothing_is_kept(tmp_path: Path) -> None:
    """breaker15 B23: "Nothing was saved" alone, after a half-typed first line vanished."""
    home = tmp_path / "home"
    returncode, text = _type_then_ctrl_c(home, "")
    assert returncode == 130, text
    assert "Traceback" not in text
    assert "note: no line of this answer was ended with Enter, so none is kept" in text
    assert "Nothing was saved: no answer was given." in text
    assert not list((home / "recordings").glob("*/session.json"))


def test_no_answer_typed_says_nothing_was_saved(tmp_path: Path) -> None:
    """No answer, no session: exit 1 as `practice --help` documents, and --json says
    "saved": false instead of naming a session folder that was never kept."""
    home = tmp_path / "home"
    result = run_cli(home, "practice", "--no-tui", "--silent", "--typed", stdin="")
    assert result.returncode == 1, result.stderr
    assert "Saved session" not in result.stdout
    assert "Nothing was saved: no answer was given." in result.stdout
    assert not list((home / "recordings").glob("*/session.json"))

    piped = run_cli(home, "practice", "--no-tui", "--silent", "--typed", "--json", stdin="")
    assert piped.returncode == 1, piped.stderr
    assert json.loads(piped.stdout) == {"saved": False, "session": None, "folder": None}
    assert "Nothing was saved: no answer was given." in piped.stderr
    assert not list((home / "recordings").iterdir())
    helped = run_cli(home, "practice", "--help")
    assert "1 no answer was given, so nothing was saved" in " ".join(helped.stdout.split())
