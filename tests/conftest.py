"""Shared fixtures. Every test runs with its own INTERVIEW_SIM_HOME, so nothing a test does can
touch the user's own recordings or settings, and with a virtual ALSA setup (no devices unless a
test asks for the virtual microphone and speaker)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import virtual_audio as va

pytest_plugins = ["tests.support.fixtures_pulse"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked slow run first. On two workers (./dev.sh test) the long real-time ones then
    start at once, spread over both, and the many quick ones fill in around them, instead of a
    long one starting last while the other worker idles. The order is otherwise kept."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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
