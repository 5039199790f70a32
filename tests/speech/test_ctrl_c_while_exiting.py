"""A Ctrl-C that lands while the program is already exiting, closing its pocketsphinx helper,
ends it quietly with status 130 and leaves no helper running. Before, Python printed "Exception
ignored in atexit callback" with a traceback and the program exited 0, as if never stopped.

Real processes throughout: the program (`python -m simulator transcribe`), its real helper, and
the signal a terminal sends. To hold the program inside its exit for as long as the test needs,
this test keeps a second writer on the helper's stdin: the program's close is then not the end
of the helper's input, so the helper waits and so does the program's exit."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.signals import assert_ctrl_c_reaches_children
from tests.support.speech import flite_wav, sphinx_helper_of
from tests.trust.helpers import REPO, child_env

# A short, plain answer as a nervous candidate might give it.
SPOKEN = "Um, so I fixed the rota. Nobody double booked after that."


def holds(pid: int, pipe: str) -> bool:
    """Whether process `pid` has an open descriptor on `pipe` ("pipe:[1234]")."""
    with contextlib.suppress(OSError):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                if os.readlink(fd) == pipe:
                    return True
    return False


def running(pid: int) -> bool:
    """Alive and not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.slow
def test_ctrl_c_while_the_helper_is_closed_at_exit_is_a_quiet_130(tmp_path: Path) -> None:
    assert_ctrl_c_reaches_children()
    wav = flite_wav(SPOKEN, tmp_path / "rota.wav")
    for attempt in range(3):
        program = subprocess.Popen(
            [sys.executable, "-m", "simulator", "transcribe", str(wav), "--engine", "pocketsphinx"],
            cwd=REPO,
            env=child_env(tmp_path / f"home-{attempt}"),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own group, so the Ctrl-C goes to it as a terminal's
        )
        helper = sphinx_helper_of(program)
        assert helper is not None, program.communicate()
        helper_done = os.pidfd_open(helper)
        pipe = os.readlink(f"/proc/{helper}/fd/0")
        writer = os.open(f"/proc/{helper}/fd/0", os.O_WRONLY)  # a second writer: no EOF
        try:
            # The program closes its end of the helper's stdin only in its exit.
            while holds(program.pid, pipe):
                assert program.poll() is None, program.communicate()
                select.select([], [], [], 0.005)
            os.killpg(program.pid, signal.SIGINT)
            # The helper still runs (the program kills a helper only after waiting for it), so
            # the Ctrl-C reached the program during its close.
            landed = running(helper)
            program.wait(timeout=120)  # the program itself: its helper may hold its stderr
        finally:
            os.close(writer)  # a helper left running now reads the end of its input
        out, err = program.communicate(timeout=120)
        select.select([helper_done], [], [], 60)  # the helper is gone, killed or ended
        os.close(helper_done)
        if landed:
            break
        # Too late: the helper had gone, so the exit was past its close (or the program
        # waited its limit and killed it: a starved test process); try again.
        assert program.returncode in (0, 130, -signal.SIGINT), err[-600:]
    else:
        raise AssertionError("every Ctrl-C came after the program closed its helper")
    assert b"after that" in out, "the transcript was printed before the exit"
    assert err == b"", err[-800:]  # no "Exception ignored in atexit callback", no traceback
    assert program.returncode == 130
    assert not running(helper), "the helper must not outlive the program"
