"""Where user data lives. One environment variable, INTERVIEW_SIM_HOME, moves all of it (tests and
scripts use it); everything is computed at call time so a changed variable takes effect at once."""

from __future__ import annotations

import contextlib
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


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents below the data home) readable by the user only."""
    # mkdir(parents=True) would give the missing parents the umask's mode (often 0755).
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        path.chmod(0o700)
    return path


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
