"""Typed user settings, read from settings.toml in the data home. Every field has a default, so a
missing file is fine; a broken one is reported with its line and the defaults are used."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from typing import Any

from simulator import locations
from simulator.errors import DataFileError


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
    input_device: str | None = None
    """PortAudio input device name or index; None for the system default."""
    output_device: str | None = None
    """PortAudio output device name or index; None for the system default."""
    follow_up_probes: bool = True
    """Let the interviewer ask one follow-up when a STAR part is missing."""


def load_settings() -> Settings:
    path = locations.settings_path()
    if not path.exists():
        return Settings()
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(path, f"not valid TOML ({error})", line=error.lineno) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, f"cannot read ({error})") from None
    known = {f.name: f for f in fields(Settings)}
    settings = Settings()
    for key, value in data.items():
        if key not in known:
            raise DataFileError(path, f"unknown setting; known: {', '.join(known)}", key=key)
        default = getattr(settings, key)
        expected = type(default) if default is not None else (str, int)
        if isinstance(default, float) and isinstance(value, int):
            value = float(value)
        if not isinstance(value, expected):
            raise DataFileError(path, f"expected {type(default).__name__}", key=key)
        settings = replace(settings, **{key: value})
    return settings
