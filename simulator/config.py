"""Typed user settings, read from settings.toml in the data home. Every field has a default, so a
missing file is fine; a broken one is reported with its line and the defaults are used."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from simulator import locations


@dataclass(frozen=True)
class Settings:
    engine: str | None = None
    """Speech-to-text engine: "faster-whisper" or "pocketsphinx"; None picks the best installed."""
    model: str | None = None
    """Model for the engine, e.g. "tiny.en" or "base"; None for the engine's default."""
    silence_s: float = 1.2
    """Seconds of silence that end an answer. People pause to think: raise it if you are cut off."""
    end_on_silence: bool = True
    """End answers by themselves after `silence_s` of silence (space always ends one)."""
    max_answer_s: float = 600.0
    """Hard stop for one answer."""
    hide_question_text: bool = False
    """Only hear the question, as in a real interview."""
    input_device: str | int | None = None
    """PortAudio input device name or index; None for the system default."""
    output_device: str | int | None = None
    """PortAudio output device name or index; None for the system default."""
    follow_up_probes: bool = True
    """Let the interviewer ask one follow-up when a STAR part is missing."""


def load_settings() -> Settings:
    """The user's settings; a mistake in the file is one DataFileError naming file, line, key."""
    from simulator.datafiles import read_source

    path = locations.settings_path()
    if not path.exists():
        return Settings()
    source = read_source(path)
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in source.data.items():
        if key not in known:
            source.error(f"unknown setting; known: {', '.join(sorted(known))}", key=key)
            continue
        default = getattr(Settings(), key)
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        expected: tuple[type, ...] = (str, int) if default is None else (type(default),)
        if isinstance(value, bool) != isinstance(default, bool) or not isinstance(value, expected):
            wanted = "text or a number" if default is None else type(default).__name__
            source.error(f"expected {wanted}", key=key)
            continue
        values[key] = value
    if source.errors:
        raise source.errors[0]
    return replace(Settings(), **values)
