"""The real-time virtual audio fixtures (a private PulseAudio, started once per test session).

If PulseAudio cannot start, tests that ask for it fail with the reason: a skipped real-time test
would hide exactly the crash-safety it exists to prove."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import virtual_audio as va
from tests.support.pulse import PrivatePulse, PulseStartError


@pytest.fixture(scope="session")
def realtime_audio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivatePulse]:
    """A running private PulseAudio; pass `env()` to subprocesses that should use it."""
    pulse = PrivatePulse(tmp_path_factory.mktemp("pulse"))
    try:
        pulse.start()
    except PulseStartError as error:
        pytest.fail(f"the real-time virtual audio could not start: {error}", pytrace=False)
    yield pulse
    pulse.stop()


@pytest.fixture
def realtime_audio_here(
    realtime_audio: PrivatePulse, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrivatePulse]:
    """The same server, also selected as this test process's default microphone and speaker."""
    for name, value in realtime_audio.env().items():
        monkeypatch.setenv(name, value)
    va.reinitialise_portaudio()
    yield realtime_audio
    monkeypatch.undo()
    va.activate(None)


@pytest.fixture
def doomed_audio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivatePulse]:
    """A private PulseAudio of this test's own, selected in this process, that the test may
    `crash()` to make the microphone or speaker vanish (the shared one must stay up)."""
    pulse = PrivatePulse(tmp_path / "doomed-pulse")
    try:
        pulse.start()
    except PulseStartError as error:
        pytest.fail(f"the real-time virtual audio could not start: {error}", pytrace=False)
    for name, value in pulse.env().items():
        monkeypatch.setenv(name, value)
    va.reinitialise_portaudio()
    yield pulse
    pulse.stop()
    monkeypatch.undo()
    va.activate(None)
