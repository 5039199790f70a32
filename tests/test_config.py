"""settings.toml: every field optional, every mistake named by file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.config import Settings, load_settings
from simulator.errors import DataFileError


def write_settings(home: Path, text: str) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "settings.toml"
    path.write_text(text)
    return path


def test_no_file_gives_the_defaults() -> None:
    assert load_settings() == Settings()


def test_values_are_read_and_whole_seconds_accepted(private_home: Path) -> None:
    write_settings(private_home, 'engine = "pocketsphinx"\nsilence_s = 2\ninput_device = 3\n')
    settings = load_settings()
    assert settings.engine == "pocketsphinx"
    assert settings.silence_s == 2.0 and isinstance(settings.silence_s, float)
    assert settings.input_device == 3


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ('engine = "pocketsphinx"\nsilense_s = 2\n', 2, "silense_s"),
        ("\n\nend_on_silence = 1\n", 3, "end_on_silence"),
        ('silence_s = "long"\n', 1, "silence_s"),
    ],
)
def test_mistakes_name_file_line_and_key(
    private_home: Path, text: str, line: int, key: str
) -> None:
    path = write_settings(private_home, text)
    with pytest.raises(DataFileError) as caught:
        load_settings()
    assert caught.value.line == line and caught.value.key == key
    assert str(caught.value).startswith(f"{path}:{line}: {key}:")


def test_broken_toml_is_one_clear_error(private_home: Path) -> None:
    write_settings(private_home, "silence_s = \n")
    with pytest.raises(DataFileError, match="not valid TOML"):
        load_settings()
