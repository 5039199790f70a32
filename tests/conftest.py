"""Shared fixtures. Every test runs with its own INTERVIEW_SIM_HOME, so nothing a test does can
touch the user's own recordings or settings, and with a virtual ALSA setup (no devices unless a
test asks for the virtual microphone and speaker)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import virtual_audio as va
from tests.support.signals import let_ctrl_c_reach_children

pytest_plugins = ["tests.support.fixtures_pulse", "tests.support.once"]


MEMORY_TMP = Path("/dev/shm")
MEMORY_TMP_FREE_BYTES = 4 << 30
"""Test folders go to RAM when the machine has a writable, executable tmpfs with this much free
(a Docker container's 64 MB /dev/shm is left alone)."""


GC_THRESHOLDS = (20_000, 10, 10)
"""The test process's young-generation threshold is 20 000 allocations, not Python's 700. A
Textual test allocates heavily (strips, segments, styles) and objects that live across a frame
survived the frequent young collections, were promoted and paid for full collections of the
whole process (every import, every test item): 30 % of the CPU of tests/tui/test_typed.py,
test_replay_steps.py, test_home_navigation.py and test_small_terminals.py (5.4 of 18.8 s). With
this, 1.6 of 14.6 s, max RSS +5 % (measured in one process, -n 0). Garbage is still collected;
the program's own processes (every child a test starts) keep Python's defaults."""


def pytest_configure(config: pytest.Config) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    _memory_tmp()
    # A run started in the background (`pytest ... &` in a script, nohup) has SIGINT ignored,
    # and every program a test starts would inherit that (tests/support/signals.py).
    let_ctrl_c_reach_children()


def _memory_tmp() -> None:
    """Every tmp_path in RAM when there is room. The program fsyncs each session file, its folder
    and the index as it writes them, as it must; on a busy shared disk those waits were half the
    wall time of the storage tests (tests/storage: 40-49 s on disk, 23-26 s in RAM, measured
    interleaved at load 9). What the tests prove does not change: a kill, a full or read-only
    disk and power loss are made by the tests themselves (signals, their own tmpfs mounts)."""
    if "PYTEST_DEBUG_TEMPROOT" not in os.environ and _roomy_tmpfs(MEMORY_TMP):
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(MEMORY_TMP)


def _roomy_tmpfs(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
        free = os.statvfs(path)
    except OSError:
        return False
    for line in mounts:
        fields = line.split()
        if len(fields) >= 4 and fields[1] == str(path) and fields[2] == "tmpfs":
            options = fields[3].split(",")
            return (
                "noexec" not in options
                and os.access(path, os.W_OK)
                and free.f_bavail * free.f_frsize >= MEMORY_TMP_FREE_BYTES
            )
    return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Longest first. ./dev.sh test hands tests to its workers one at a time as they free up
    (`--dist loadgroup`, where every test is a unit of its own), so this order is the schedule:
    the few long tests (`slow(seconds=N)`) start at once on different workers, the other slow
    ones follow, and the many quick ones fill in around them and end together. Under `--dist
    load` a worker was handed a block of the list up front: one got the three longest tests in
    a row and ran for two minutes after the others had finished. Equal tests keep their order,
    so a module's tests stay together and its fixtures are made once per worker."""
    items.sort(key=expected_s, reverse=True)


def expected_s(item: pytest.Item) -> float:
    """What the scheduler is told a test takes: its `slow(seconds=N)`, 5 for `slow`, else 0."""
    marker = item.get_closest_marker("slow")
    if marker is None:
        return 0.0
    return float(marker.kwargs.get("seconds", 5.0))


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "sim-home"
    monkeypatch.setenv("INTERVIEW_SIM_HOME", str(home))
    return home


@pytest.fixture
def virtual_audio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[va.VirtualAudio]:
    """A virtual microphone (feed it with feed_mic) and speaker (read it with played())."""
    audio = va.VirtualAudio(tmp_path / "vaudio")
    monkeypatch.setenv("ALSA_CONFIG_PATH", audio.env()["ALSA_CONFIG_PATH"])
    va.reinitialise_portaudio()
    yield audio
    monkeypatch.undo()
    va.activate(None)


@pytest.fixture
def no_audio_devices(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine as CI has it: ALSA with no card, so PortAudio finds no device."""
    monkeypatch.setenv("ALSA_CONFIG_PATH", va.SYSTEM_ALSA_CONF)
    va.reinitialise_portaudio()
    yield
