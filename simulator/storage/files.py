"""Low-level file safety for the session store: ids that cannot name anything outside the
recordings folder, private permissions, atomic JSON writes, and OS errors turned into one line a
user can act on. Kept apart from the store so each rule is written (and tested) once."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from simulator.errors import StorageError
from simulator.private_files import TEMP_SUFFIX, write_private

SESSION_ID = re.compile(r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")
"""UTC date, time and 24 random bits: sorts by time, unique across processes, and contains no
character that could step out of a folder."""

SESSION_FILE = "session.json"
LOCK_FILE = ".writer.lock"


def new_session_id(now: datetime) -> str:
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def check_session_id(session_id: str) -> str:
    if not SESSION_ID.match(session_id):
        raise StorageError(
            f"{session_id!r} is not a session id",
            hint="ids look like 20260126-093012-a1b2c3; list them with: interview-sim sessions",
        )
    return session_id


def check_member_name(name: str, folder: Path) -> Path:
    """`folder/name` for a file name taken from a session.json, refusing anything that would
    leave the folder (separators, `..`, absolute paths) or go through a symbolic link."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\0" in name:
        raise StorageError(f"{folder.name}: audio file name {name!r} is not a plain file name")
    path = folder / name
    if path.is_symlink():
        raise StorageError(f"{folder.name}: {name} is a symbolic link; links are not followed")
    return path


def os_failure(error: OSError, doing: str) -> StorageError:
    """One line for an OSError while `doing` something, with what to do about it."""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            f"{doing}: no space left on the disk holding the recordings",
            hint="free some space; what was saved before is kept",
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        where = error.filename or "the recordings folder"
        return StorageError(
            f"{doing}: {where} is read-only or not writable",
            hint="check its permissions, or set INTERVIEW_SIM_HOME to a writable folder",
        )
    if code in (errno.ENOTDIR, errno.EEXIST) and error.filename:
        # A file where a folder should be: say which, and where the path came from.
        from simulator.locations import HOME_ENV, data_home

        home = data_home()
        named = Path(str(error.filename))
        blocker = home if home.exists() and not home.is_dir() else named
        hint = "move that file aside, and the folder is made again"
        if blocker == home and os.environ.get(HOME_ENV):
            hint = f"the data folder comes from {HOME_ENV}: set it to a folder"
        return StorageError(f"{doing}: {blocker} is not a folder", hint=hint)
    return StorageError(f"{doing}: {error.strerror or error}")


def write_json(path: Path, data: Any) -> None:
    """`data` as indented UTF-8 JSON, replacing `path` atomically and durably (0600)."""
    write_private(path, json.dumps(data, indent=2, ensure_ascii=False))


def remove_stale_temp_files(folder: Path) -> int:
    """Temp files left by a write that died before its rename; the real file is intact."""
    removed = 0
    for temp in folder.glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            temp.unlink()
            removed += 1
    return removed
