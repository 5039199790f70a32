"""Every file and folder the program writes goes through here, so every one is readable by the
user only: files 0600, folders 0700, whatever the umask. The README promises it, and a static
test (tests/test_private_files.py) fails on any write elsewhere in the package that does not
come through these functions.

Ground floor: audio, speech, storage and the UI all write files, so none of them may own this."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_SUFFIX = ".tmp"

_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Create `path` and any missing parents 0700 (mkdir's own mode is masked by the umask, and
    `mkdir(parents=True)` would give parents the umask's mode). `tighten` also sets an existing
    `path` to 0700: right for the data home's folders, wrong for a folder the user chose."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it first
            folder.mkdir(mode=FOLDER_MODE)
        with contextlib.suppress(OSError):
            folder.chmod(FOLDER_MODE)
    if tighten and path not in missing and path.is_dir():  # a file there is not made 0700
        with contextlib.suppress(OSError):
            path.chmod(FOLDER_MODE)
    return path


def new_private_dir(path: Path) -> None:
    """Create `path` (0700); raises FileExistsError if it exists, so two processes never share
    one (a session folder)."""
    path.mkdir(mode=FOLDER_MODE)
    path.chmod(FOLDER_MODE)


def open_private(
    path: Path,
    *,
    append: bool = False,
    truncate: bool = True,
    read_only: bool = False,
    follow_links: bool = False,
) -> int:
    """A descriptor on `path`, created 0600 if missing and made 0600 if it was not (O_CREAT's mode
    applies to new files only). Opened for writing (truncated unless `append` or not `truncate`),
    or `read_only` (a lock file). A link at `path` is refused (OSError ELOOP) unless
    `follow_links`: only for a path the user typed. Raises OSError."""
    flags = os.O_CREAT | _CLOEXEC
    if read_only:
        flags |= os.O_RDONLY
    else:
        flags |= os.O_WRONLY
        if append:
            flags |= os.O_APPEND
        elif truncate:
            flags |= os.O_TRUNC
    if not follow_links:
        flags |= os.O_NOFOLLOW
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    except OSError:
        os.close(fd)
        raise
    return fd


def write_private(
    path: Path, payload: bytes | str, *, durable: bool = True, follow_links: bool = False
) -> Path:
    """Replace `path` with `payload` atomically: a reader (or a crash) sees the old file or the
    new one, never a mix. Temp file in the same folder, rename; with `durable`, fsync the file
    before and the folder after (what session.json needs; a cache or a question's audio, which
    can be made again, skips the wait). Text is written as UTF-8. Raises OSError (the temp file
    is removed)."""
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    if follow_links and path.is_symlink():
        path = path.resolve()
    temp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}{TEMP_SUFFIX}")
    try:
        fd = open_private(temp)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if durable:
        fsync_dir(path.parent)
    return path


def make_private(path: Path) -> None:
    """Set a file something else created (a library, an older version of this program) to 0600.
    Best effort: the folder around it is 0700 already. Links are left alone."""
    with contextlib.suppress(OSError):
        if not path.is_symlink():
            path.chmod(FILE_MODE)


def tighten_files(folder: Path) -> None:
    """Set every file directly in `folder` that others may read or write back to 0600 (a file
    copied in by hand, made by a library under the umask, or by an older version): as
    `private_dir` sets the folder itself back to 0700. One directory read; links and folders
    are left alone; best effort."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat(
                    follow_symlinks=False
                ).st_mode & 0o077:
                    os.chmod(entry.path, FILE_MODE, follow_symlinks=False)


def tighten_tree(folder: Path) -> None:
    """`tighten_files` for `folder` and every folder under it, each folder found looser than
    0700 set back too: a session folder's answers and session.json, a profile copied in by
    hand. Links are not followed; best effort (a folder that cannot be read is passed over)."""
    for parent, folders, _ in os.walk(folder, followlinks=False):
        tighten_files(Path(parent))
        for name in folders:
            path = os.path.join(parent, name)
            with contextlib.suppress(OSError):
                found = os.stat(path, follow_symlinks=False)
                if stat.S_ISDIR(found.st_mode) and found.st_mode & 0o077:
                    os.chmod(path, FOLDER_MODE, follow_symlinks=False)


_TIGHTENED: set[Path] = set()
_TIGHTENED_LOCK = threading.Lock()


def tighten_tree_once(folder: Path) -> None:
    """`tighten_tree(folder)` the first time this process asks for `folder`: a program opens
    its data folder many times (each screen of the app), and one walk per run is enough for
    what was loosened while it was not running (a 1,000-session folder takes ~60 ms CPU)."""
    with _TIGHTENED_LOCK:
        if folder in _TIGHTENED:
            return
        _TIGHTENED.add(folder)
    tighten_tree(folder)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive power loss."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
