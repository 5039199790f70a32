"""The session store: one folder per session (session.json + a WAV per question and answer) under
the recordings folder, and an SQLite index of them for fast lists and history.

The folders are the truth; the index is refreshed from them whenever it is read, so a session
written by another process, a folder deleted by hand or a failed index update never shows stale
data. A session being recorded is written by `simulator.storage.writer.SessionWriter`, which holds
an flock on its folder (`simulator.storage.locks`); `recover` (`simulator.storage.recovery`) uses it
to tell a crashed session (lock free) from one another copy of the app is still writing."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator import locations
from simulator.errors import StorageError, UnknownNameError
from simulator.private_files import (
    fsync_dir,
    make_private,
    new_private_dir,
    private_dir,
    tighten_files,
    tighten_tree,
    tighten_tree_once,
)
from simulator.storage import files, recovery
from simulator.storage.files import LOCK_FILE, SESSION_FILE
from simulator.storage.index import (
    HistoryRow,
    SessionIndex,
    SessionSummary,
    history_rows,
    summary_of,
)
from simulator.storage.locks import try_lock
from simulator.storage.records import (
    SCHEMA_VERSION,
    SessionFormatError,
    SessionRecord,
    TurnRecord,
    same_question,
)
from simulator.storage.writer import SessionWriter

log = logging.getLogger(__name__)

STAGING_PREFIX = ".new-"
"""A session folder's name until its first session.json is in it."""


class SessionStore:
    def __init__(self, root: Path | None = None) -> None:
        """Sessions under `root` (default: the user's recordings folder). The index lives in the
        data home for the default root, and inside `root` otherwise, so a store in a temporary
        folder is fully self-contained."""
        if root is None:
            self.root = locations.recordings_dir()
            index_path = locations.index_path()
        else:
            self.root = Path(root)
            index_path = self.root / "index.sqlite3"
        self.index = SessionIndex(index_path)
        self._prepared = False

    def _prepare(self) -> None:
        if self._prepared:
            return
        try:
            private_dir(self.index.path.parent)
            private_dir(self.root)
            # Every file under the data folder too (the index, last used choices, settings,
            # each session's session.json and audio, profiles copied in by hand), and the
            # recordings folder when it is elsewhere: 0600 and 0700 whatever made them looser.
            # The files beside the index at every open (one folder read); the whole tree once
            # a run (`tighten_tree_once`); `rebuild_index`, the repair, walks it again.
            tighten_files(self.index.path.parent)
            self._tighten(tighten_tree_once)
        except OSError as error:
            raise files.os_failure(error, "cannot create the recordings folder") from None
        self._prepared = True

    def _tighten(self, walk: Callable[[Path], None]) -> None:
        walk(self.index.path.parent)
        if not self.root.is_relative_to(self.index.path.parent):
            walk(self.root)

    # -- paths ---------------------------------------------------------------------------------

    def folder(self, session_id: str) -> Path:
        """The folder of a session; refuses ids that are not ids and folders that are links."""
        folder = self.root / files.check_session_id(session_id)
        if folder.is_symlink():
            raise StorageError(
                f"session {session_id}: its folder is a symbolic link; links are not followed"
            )
        return folder

    def audio_file(self, session_id: str, name: str) -> Path:
        """A stored audio file of a session, checked to stay inside the session folder."""
        path = files.check_member_name(name, self.folder(session_id))
        if not path.is_file():
            raise StorageError(
                f"session {session_id}: audio file {name} is missing",
                hint="the transcript and analysis are still there; only playback is lost",
            )
        return path

    # -- writing -------------------------------------------------------------------------------

    def create_session(
        self,
        *,
        mode: str,
        persona_ids: Sequence[str],
        bank_id: str | None,
        engine: str,
        model: str,
        company: str = "",
        company_profile: Mapping[str, Any] | None = None,
    ) -> SessionWriter:
        """A new session, written at once. `company`: the profile's company name, if any;
        `company_profile`: the profile itself as it is now (`CompanyProfile.to_dict()`), kept so
        that an answer judged again is judged against it."""
        self._prepare()
        started = datetime.now(UTC)
        for _ in range(5):
            session_id = files.new_session_id(started)
            folder = self.root / session_id
            # Made under a hidden name and renamed once session.json is in it: a kill at any
            # moment before that leaves nothing listed (`recover` removes the leftover), never
            # a session that is "damaged: session.json is missing" forever.
            staging = self.root / f"{STAGING_PREFIX}{session_id}"
            if folder.exists():
                continue
            try:
                new_private_dir(staging)
                break
            except FileExistsError:
                continue
            except OSError as error:
                raise files.os_failure(error, "cannot start a new session") from None
        else:
            raise StorageError("cannot find a free session id; try again")
        record = SessionRecord(
            id=session_id,
            schema_version=SCHEMA_VERSION,
            started=started.isoformat(timespec="milliseconds"),
            ended=None,
            mode=mode,
            persona_ids=tuple(persona_ids),
            bank_id=bank_id,
            engine=engine,
            model=model,
            company=company,
            company_profile=company_profile,
        )
        try:
            writer = SessionWriter(self.save, record, staging)
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise files.os_failure(error, "cannot start a new session") from None
        try:
            files.write_json(staging / SESSION_FILE, record.to_dict())
            os.rename(staging, folder)  # the writer's lock goes with the folder
        except OSError as error:
            writer.release()
            shutil.rmtree(staging, ignore_errors=True)
            raise files.os_failure(error, "cannot start a new session") from None
        writer.folder = folder
        fsync_dir(self.root)
        with contextlib.suppress(OSError, sqlite3.Error, StorageError):
            self.index.put(record, _signature(folder / SESSION_FILE))
        return writer

    def save(self, record: SessionRecord) -> None:
        """Write `record` to its folder atomically, then update the index. A failed index update
        is not an error: the folder is the truth and the next read re-indexes it."""
        folder = self.folder(record.id)
        path = folder / SESSION_FILE
        try:
            files.write_json(path, record.to_dict())
        except OSError as error:
            raise files.os_failure(error, f"cannot save session {record.id}") from None
        for turn in record.turns:
            for name in (turn.question_audio, turn.answer_audio):
                if name:
                    make_private(folder / name)
        with contextlib.suppress(OSError, sqlite3.Error):
            self.index.put(record, _signature(path), last=record.status != "in_progress")

    def update_turns(self, session_id: str, turns: Sequence[TurnRecord]) -> SessionRecord:
        """Replace turns of a stored session (reanalysis). Refused while it is being recorded."""
        folder = self.folder(session_id)
        with try_lock(folder) as locked:
            if not locked:
                raise StorageError(
                    f"session {session_id} is being recorded right now",
                    hint="finish or quit that practice first",
                )
            record = self.load(session_id)
            for turn in turns:
                record = record.with_turn(turn)
            self.save(record)
        return record

    # -- reading -------------------------------------------------------------------------------

    def load(self, session_id: str) -> SessionRecord:
        """The full record. A damaged session raises StorageError saying why."""
        folder = self.folder(session_id)
        path = folder / SESSION_FILE
        if not folder.is_dir():
            raise UnknownNameError("session", session_id, self._folder_ids())
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise _damaged(session_id, folder, "session.json is missing") from None
        except OSError as error:
            raise files.os_failure(error, f"cannot read session {session_id}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise _damaged(session_id, folder, "session.json is not UTF-8 text") from None
        except json.JSONDecodeError as error:
            where = f"line {error.lineno}, column {error.colno}"
            truncated = error.pos >= len(raw.rstrip()) or error.msg.startswith("Unterminated")
            reason = (
                f"session.json is cut short ({where})"
                if truncated
                else f"session.json is not valid JSON ({error.msg} at {where})"
            )
            raise _damaged(session_id, folder, reason) from None
        except RecursionError:
            raise _damaged(session_id, folder, "session.json is nested too deeply") from None
        except ValueError as error:  # e.g. an integer past Python's digit limit
            raise _damaged(session_id, folder, f"session.json: {_short(error)}") from None
        problem = _unstorable_text(data)
        if problem is not None:
            raise _damaged(session_id, folder, f"session.json {problem}")
        try:
            record = SessionRecord.from_dict(data)
        except SessionFormatError as error:
            raise _damaged(session_id, folder, error.message, error.hint) from None
        except Exception as error:  # any failure here is this file's damage
            reason = f"session.json cannot be read ({type(error).__name__}: {_short(error)})"
            raise _damaged(session_id, folder, reason) from None
        if record.id != session_id:
            raise _damaged(session_id, folder, f"session.json names another session ({record.id})")
        return record

    def list_sessions(self) -> list[SessionSummary]:
        """Every session, newest first; damaged ones are listed with their reason. A session
        that ended without an answer (kept by an older version) is left out."""
        try:
            self.sync()
            summaries = self.index.summaries()
        except (sqlite3.Error, OSError, StorageError):
            summaries = [summary_of(record) for record in self._scan()]
            summaries.sort(key=lambda s: (s.started, s.id), reverse=True)
        return [s for s in summaries if s.turn_count or s.status in ("in_progress", "damaged")]

    def history(self) -> list[HistoryRow]:
        """Every answer, oldest first, with score, length, words per minute and fillers per
        minute: the rows behind progress plots and drill suggestions."""
        try:
            self.sync()
            return self.index.history()
        except (sqlite3.Error, OSError, StorageError):
            records = sorted(self._scan(), key=lambda r: (r.started, r.id))
            return [row for record in records for row in history_rows(record)]

    def _scan(self) -> list[SessionRecord]:
        """Every session read straight from its folder: the slow path, for when the index cannot
        be opened or written (a read-only data folder, for one)."""
        return [self._load_or_damaged(i) for i in self._folder_ids()]

    def answers_to(self, question_id: str) -> list[tuple[SessionSummary, TurnRecord]]:
        """Every stored answer to one question, oldest first, for side-by-side comparison: with
        the answers to it asked again from round-one notes (`records.same_question`)."""
        summaries = {summary.id: summary for summary in self.list_sessions()}
        records: dict[str, SessionRecord] = {}
        answers = []
        for row in self.history():
            if row.question_id is None or not same_question(question_id, row.question_id):
                continue
            if row.session_id not in records:
                records[row.session_id] = self.load(row.session_id)
            answers.append((summaries[row.session_id], records[row.session_id].turn(row.number)))
        return answers

    def resolve(self, reference: str, skipped: list[str] | None = None) -> str:
        """A session id from what a user typed: a full id, a unique prefix of one, or `latest`
        (the newest session that can be read: a damaged one newer than it is passed over, and
        named in `skipped` as "<id> (<why it is damaged>)")."""
        if files.SESSION_ID.match(reference):
            return reference
        if reference in ("latest", "last"):
            newest = self.list_sessions()
            if not newest:
                raise StorageError("there are no sessions yet", hint="practise first")
            readable = next((s for s in newest if s.status != "damaged"), None)
            if readable is None:
                raise StorageError(
                    f"every session is damaged (the newest: {newest[0].id}, "
                    f"{newest[0].damage or 'damaged'})",
                    hint="`interview-sim sessions` lists them with the reason",
                )
            if skipped is not None:
                passed = newest[: newest.index(readable)]  # newest first: all damaged
                skipped.extend(f"{s.id} ({s.damage or 'damaged'})" for s in passed)
            return readable.id
        ids = sorted(self._folder_ids(), reverse=True)
        matches = [i for i in ids if i.startswith(reference)] if len(reference) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise StorageError(
                f"{reference!r} matches {len(matches)} sessions", hint="type more of the id"
            )
        raise UnknownNameError("session", reference, ids[:10])

    # -- the index -----------------------------------------------------------------------------

    def sync(self) -> None:
        """Bring the index in line with the folders: re-read changed or new sessions, drop rows
        whose folder is gone. Costs one stat per session when nothing changed."""
        self._prepare()
        # The index is read before the folders are listed, and a row is dropped only if its
        # folder is still gone afterwards: a session another process creates meanwhile (its
        # folder new, its row just written) is never taken for a deleted one.
        indexed = self.index.signatures()
        on_disk = self._signatures_on_disk()
        stale = [i for i, signature in on_disk.items() if indexed.get(i) != signature]
        removed = [i for i in indexed if i not in on_disk and not (self.root / i).exists()]
        if stale or removed:
            # Read every session before the write lock is taken, not while it is held: twenty
            # processes syncing at once under load each held it through their reads, and a
            # writer waiting past BUSY_TIMEOUT_MS left its session out of the index.
            records = [(self._load_or_damaged(i), on_disk[i]) for i in stale]
            self.index.replace_all(records, removed)

    def rebuild_index(self) -> int:
        """Re-read every folder into a fresh index; returns the number of sessions indexed. An
        index another process keeps locked is moved aside (see `SessionIndex.set_aside_locked`)
        and a new one built in its place. Every file and folder under the data folder is set
        back to user-only (0600, 0700) on the way."""
        self._prepare()
        self._tighten(tighten_tree)
        try:
            try:
                self._rebuild()
            except sqlite3.OperationalError:
                if not self.index.busy:
                    raise
                aside = self.index.set_aside_locked()
                log.warning("the session index was locked by another process; moved to %s", aside)
                self._rebuild()
        except OSError as error:
            raise files.os_failure(error, "cannot rebuild the session index") from None
        except sqlite3.Error as error:
            raise StorageError(f"cannot rebuild the session index ({error})") from None
        return len(self._folder_ids())

    def _rebuild(self) -> None:
        indexed = self.index.signatures()
        on_disk = self._signatures_on_disk()
        records = [(self._load_or_damaged(i), on_disk[i]) for i in sorted(on_disk)]
        self.index.replace_all(
            records, [i for i in indexed if i not in on_disk and not (self.root / i).exists()]
        )

    def _signatures_on_disk(self) -> dict[str, str]:
        signatures = {}
        try:
            entries = list(os.scandir(self.root))
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise files.os_failure(error, "cannot read the recordings folder") from None
        for entry in entries:
            if files.SESSION_ID.match(entry.name) and (
                entry.is_dir(follow_symlinks=False) or entry.is_symlink()
            ):
                signatures[entry.name] = _signature(Path(entry.path) / SESSION_FILE)
        return signatures

    def _folder_ids(self) -> list[str]:
        return list(self._signatures_on_disk())

    def _load_or_damaged(self, session_id: str) -> SessionRecord:
        """The record, or a placeholder naming the damage: whatever goes wrong reading one
        session is that session's damage, never the listing's."""
        try:
            return self.load(session_id)
        except DamagedSessionError as error:
            return _damaged_record(session_id, error.reason)
        except StorageError as error:
            return _damaged_record(session_id, error.message)
        except Exception as error:  # one session must not take down the list
            return _damaged_record(session_id, f"{type(error).__name__}: {_short(error)}")

    # -- recovery and deletion -----------------------------------------------------------------

    def recover(self) -> list[str]:
        """Finish sessions whose program died: repair the WAV of the answer being recorded, add
        it as an interrupted turn, and mark the session interrupted. Sessions another running
        copy of the app is still writing are left alone. Returns one notice per repair."""
        notices: list[str] = []
        self._remove_abandoned_staging()
        for summary in self.list_sessions():
            if summary.status != "in_progress":
                continue
            folder = self.folder(summary.id)
            with try_lock(folder) as locked:
                if not locked:
                    continue
                try:
                    record = self.load(summary.id)
                    # Another process may have recovered it between the listing and the lock.
                    if record.status == "in_progress":
                        record, repairs = recovery.recovered_session(record, folder)
                        if record.is_empty and not any(folder.glob("*-answer.wav")):
                            # Died before a single answer: nothing to keep, list or replay
                            # (as a session ended that way is not kept), and nothing to say.
                            shutil.rmtree(folder, ignore_errors=True)
                            with contextlib.suppress(sqlite3.Error):
                                self.index.remove(summary.id)
                            continue
                        self.save(record)
                        notices.extend(repairs)
                except StorageError as error:
                    notices.append(f"session {summary.id}: could not recover it ({error})")
        return notices

    def _remove_abandoned_staging(self) -> None:
        """Folders of sessions whose program died before their first session.json was in place:
        hidden ones, and (from versions that made the folder under its own name) ones holding
        nothing but a lock and temp files. Only those whose writer lock exists and is free: a
        folder without one is being made right now."""
        try:
            entries = list(os.scandir(self.root))
        except OSError:
            return
        for entry in entries:
            folder = Path(entry.path)
            if entry.is_symlink() or not entry.is_dir() or not (folder / LOCK_FILE).exists():
                continue
            if not entry.name.startswith(STAGING_PREFIX) and not _never_written(entry):
                continue
            with try_lock(folder) as locked:
                if locked:
                    shutil.rmtree(folder, ignore_errors=True)

    def delete(self, session_id: str) -> None:
        """Remove a session's audio, JSON and index rows. A session being recorded by a running
        copy of the app is refused; a folder that is a link has only the link removed."""
        files.check_session_id(session_id)
        folder = self.root / session_id
        if folder.is_symlink():
            folder.unlink()
        elif folder.is_dir():
            with try_lock(folder) as locked:
                if not locked:
                    raise StorageError(
                        f"session {session_id} is being recorded right now",
                        hint="finish or quit that practice first",
                    )
                try:
                    shutil.rmtree(folder)
                except OSError as error:
                    raise files.os_failure(error, f"cannot delete session {session_id}") from None
        else:
            raise UnknownNameError("session", session_id, self._folder_ids()[:10])
        with contextlib.suppress(sqlite3.Error):
            self.index.remove(session_id)


# -- helpers ---------------------------------------------------------------------------------


def _signature(path: Path) -> str:
    """Changes whenever session.json is rewritten (atomic rename gives a new inode and mtime)."""
    try:
        stat = path.stat()
    except OSError:
        return "missing"
    return f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}"


class DamagedSessionError(StorageError):
    """A session folder whose session.json cannot be read; `reason` says why in a few words."""

    def __init__(self, session_id: str, reason: str, hint: str) -> None:
        super().__init__(f"session {session_id} is damaged: {reason}", hint=hint)
        self.reason = reason


def _damaged(
    session_id: str, folder: Path, reason: str, hint: str | None = None
) -> DamagedSessionError:
    return DamagedSessionError(session_id, reason, hint or f"its audio files are kept in {folder}")


def _never_written(entry: os.DirEntry[str]) -> bool:
    """A session folder whose first session.json never arrived: only the lock and temp files."""
    if not files.SESSION_ID.match(entry.name):
        return False
    try:
        names = os.listdir(entry.path)
    except OSError:
        return False
    return all(n == LOCK_FILE or n.endswith(files.TEMP_SUFFIX) for n in names)


def _short(error: BaseException, limit: int = 120) -> str:
    """An exception's message on one line, cut to `limit` characters (a message may quote a
    5,000-digit number)."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _unstorable_text(data: object) -> str | None:
    """Why the parsed JSON cannot be used as text (a lone surrogate from a `\\udXXX` escape
    would fail every later write, print or index update), or None."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "holds text that is not valid Unicode (a lone surrogate)"
    except (RecursionError, ValueError) as error:
        return f"cannot be read ({_short(error)})"
    return None


def _damaged_record(session_id: str, reason: str) -> SessionRecord:
    """A placeholder row so a damaged session is listed (in its place by date) with its reason."""
    day, clock = session_id.split("-")[:2]
    started = f"{day[:4]}-{day[4:6]}-{day[6:]}T{clock[:2]}:{clock[2:4]}:{clock[4:]}.000+00:00"
    return SessionRecord(
        id=session_id,
        schema_version=SCHEMA_VERSION,
        started=started,
        ended=None,
        mode="",
        persona_ids=(),
        bank_id=None,
        engine="",
        model="",
        status="damaged",
        damage=reason,
    )
