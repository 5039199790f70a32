"""Where user data lives. One environment variable, INTERVIEW_SIM_HOME, moves all of it (tests and
scripts use it); everything is computed at call time so a changed variable takes effect at once."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "INTERVIEW_SIM_HOME"
APP_NAME = "interview-sim"


def data_home() -> Path:
    """The root of everything this program writes: recordings, index, settings, caches."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def recordings_dir() -> Path:
    return data_home() / "recordings"


def index_path() -> Path:
    return data_home() / "index.sqlite3"


def settings_path() -> Path:
    return data_home() / "settings.toml"


def cache_dir() -> Path:
    return data_home() / "cache"


def user_personas_dir() -> Path:
    """Personas the user wrote or copied; they override built-ins of the same id."""
    return data_home() / "personas"


def user_banks_dir() -> Path:
    return data_home() / "question_banks"


def builtin_data_dir(kind: str) -> Path:
    """Built-in `personas` or `question_banks`: inside the wheel, or at the top of a checkout."""
    package_dir = Path(__file__).resolve().parent
    packaged = package_dir / "data" / kind
    if packaged.is_dir():
        return packaged
    return package_dir.parent / kind
