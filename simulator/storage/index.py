"""The SQLite index of sessions and turns: fast listing, history and compare queries.

It is a cache of the session folders and never the only copy of anything: each row remembers the
size and mtime of the session.json it came from, `sync` re-reads only folders that changed, and a
missing, old or corrupt index file is simply rebuilt. WAL mode and a busy timeout let a second
copy of the app write at the same time."""

from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from simulator.errors import StorageError
from simulator.private_files import make_private, open_private
from simulator.storage.records import SessionRecord, question_key

INDEX_VERSION = 7
"""Bumped when the tables change, or what a column holds (3: a session's `persona_ids` lists
everyone who asked, not only the planned panel; 4: a turn's and a session's score are its
question's after its follow-up, `views.with_follow_ups`; 5: a session whose stored analysis is
damaged is read, that analysis dropped and named, not listed as damaged; 6: a turn's
`question_id` is its question key, `records.question_key`: a question written from a company
profile carries the company; 7: an answer of fillers alone, "um... uh", is empty and does not
count, `records.TurnRecord.empty`); an index of another version is dropped and rebuilt."""

BUSY_TIMEOUT_MS = 2_000
"""How long to wait for another process's write transaction. Ours last milliseconds (20
concurrent practice runs all saved within it); one held longer belongs to something stuck, and
the folders are read instead."""


class IndexBusyError(sqlite3.OperationalError):
    """The index is locked by another process (found so earlier in this process)."""


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)

_NOT_A_DATABASE = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
"""Errors that mean the index file itself is broken (not busy, not read-only, not full)."""

_SIDE_FILES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps next to the database."""

_checked: set[tuple[str, int, int, int, int]] = set()
"""Index files this process has created or found of this version, by path, device, inode, size
and mtime: the app and the CLI make a store for each listing, and each used to open the index
once more to check its tables. A file replaced, removed or written since has another identity
and is checked again (a check is one read; a wrong one only sends callers to the folders)."""


def _identity(path: Path) -> tuple[str, int, int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)

_SCHEMA = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    ended TEXT,
    status TEXT NOT NULL,
    damage TEXT,
    mode TEXT NOT NULL,
    persona_ids TEXT NOT NULL,
    bank_id TEXT,
    engine TEXT NOT NULL,
    model TEXT NOT NULL,
    turn_count INTEGER NOT NULL,
    score REAL,
    signature TEXT NOT NULL
);
CREATE INDEX sessions_by_start ON sessions (started DESC, id DESC);
CREATE TABLE turns (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    persona_id TEXT NOT NULL,
    question_id TEXT,
    question_kind TEXT NOT NULL,
    question_text TEXT NOT NULL,
    answer_mode TEXT NOT NULL,
    started TEXT NOT NULL,
    interrupted INTEGER NOT NULL,
    retake_of INTEGER,
    follow_up_of INTEGER,
    counts INTEGER NOT NULL,
    score REAL,
    length_s REAL,
    words INTEGER NOT NULL,
    words_per_minute REAL,
    fillers_per_minute REAL,
    PRIMARY KEY (session_id, number)
);
CREATE INDEX turns_by_question ON turns (question_id);
"""


@dataclass(frozen=True)
class SessionSummary:
    """One line of the session list. `persona_ids`: everyone who asked
    (`SessionRecord.interviewers`)."""

    id: str
    started: str
    ended: str | None
    status: str
    damage: str | None
    mode: str
    persona_ids: tuple[str, ...]
    bank_id: str | None
    engine: str
    model: str
    turn_count: int
    score: float | None

    def to_dict(self) -> dict[str, Any]:
        """The `sessions --json` object: `persona` and `turns` are the names the issue promised."""
        return {
            "id": self.id,
            "started": self.started,
            "ended": self.ended,
            "status": self.status,
            "damage": self.damage,
            "mode": self.mode,
            "persona": ", ".join(self.persona_ids),
            "persona_ids": list(self.persona_ids),
            "bank_id": self.bank_id,
            "engine": self.engine,
            "model": self.model,
            "turns": self.turn_count,
            "score": self.score,
        }


@dataclass(frozen=True)
class HistoryRow:
    """One answer, for progress plots and drill suggestions."""

    session_id: str
    started: str
    number: int
    persona_id: str
    question_id: str | None
    """The question key (`records.question_key`): the id, with the company for a question
    written from a company profile ("company/know-us@Northwind Parcel")."""
    question_kind: str
    question_text: str
    answer_mode: str
    interrupted: bool
    retake_of: int | None
    follow_up_of: int | None
    counts: bool
    """Whether the answer enters averages, trends and the drill order
    (`simulator.storage.views.AnswerView.counts`)."""
    score: float | None
    length_s: float | None
    words: int
    words_per_minute: float | None
    fillers_per_minute: float | None


def _import_views() -> None:
    """The views (a dozen dataclasses, 10 ms to import) are needed only when a session is
    (re)indexed, never to list an index that is up to date (the home screen's start). Writers
    import them before taking the write lock, so the import never lengthens a transaction
    other processes queue on."""
    importlib.import_module("simulator.storage.views")


def summary_of(record: SessionRecord) -> SessionSummary:
    from simulator.storage import views

    return SessionSummary(
        id=record.id,
        started=record.started,
        ended=record.ended,
        status=record.status,
        damage=record.damage or record.analysis_damage,
        mode=record.mode,
        persona_ids=record.interviewers,
        bank_id=record.bank_id,
        engine=record.engine,
        model=record.model,
        turn_count=len(record.turns),
        score=views.average_score(views.views(record)),
    )


def history_rows(record: SessionRecord) -> list[HistoryRow]:
    from simulator.storage import views

    rows = []
    for turn, view in zip(record.turns, views.views(record), strict=True):
        rows.append(
            HistoryRow(
                session_id=record.id,
                started=record.started,
                number=turn.number,
                persona_id=turn.persona_id,
                question_id=question_key(turn.question_id, record.company),
                question_kind=turn.question_kind,
                question_text=turn.question_text,
                answer_mode=turn.answer_mode,
                interrupted=turn.interrupted,
                retake_of=turn.retake_of,
                follow_up_of=turn.follow_up_of,
                counts=view.counts,
                score=view.score,
                length_s=view.length_s,
                words=view.word_count,
                words_per_minute=view.words_per_minute,
                fillers_per_minute=view.fillers_per_minute,
            )
        )
    return rows


class SessionIndex:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False
        self.busy = False
        """Set once the index was found locked by another process: this process stops using it
        (callers read the folders instead)."""

    @contextlib.contextmanager
    def connect(self, *, saving: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode; callers open write transactions with `BEGIN
        IMMEDIATE` so two processes queue on the lock instead of failing mid-transaction.
        `saving`: for a session's last row (`put` with `last=True`), which waits its
        BUSY_TIMEOUT_MS again even after this process once found the index locked: listings
        then read the folders, but a session finished while twenty others were syncing was
        left out of the index until the next listing re-read it."""
        if self.busy and not saving:
            raise IndexBusyError("the session index is locked by another process")
        try:
            if not self._ready:
                if _identity(self.path) in _checked:
                    self._ready = True
                else:
                    self._prepare()
            connection = self._open()
            try:
                yield connection
            finally:
                connection.close()
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                # Held by another process's transaction: waiting again on every access would
                # cost BUSY_TIMEOUT_MS each time. This process reads the folders from now on.
                self.busy = True
            raise

    def _open(self) -> sqlite3.Connection:
        self._refuse_links()
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    def _refuse_links(self) -> None:
        """SQLite follows links: an index that is a link to another database would have that
        database's tables dropped and ours written over them. Refused, like linked sessions."""
        for path in (self.path, *(Path(f"{self.path}{s}") for s in _SIDE_FILES)):
            if path.is_symlink():
                raise StorageError(
                    f"{path} is a symbolic link; links are not followed",
                    hint="remove the link; the index is rebuilt from the session folders",
                )

    def _prepare(self) -> None:
        """Create the file user-only (SQLite gives its -wal and -shm files the same mode), and
        replace it when it is not a database of this version."""
        self._refuse_links()
        if not self.path.exists():
            os.close(open_private(self.path, truncate=False))
        else:
            make_private(self.path)  # set back to 0600 when found looser
        try:
            self._create_tables()
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) not in _NOT_A_DATABASE:
                raise
            self._set_aside()
            # The fresh index is user-only like the first (sqlite3 would create it under the
            # umask, 0644).
            os.close(open_private(self.path, truncate=False))
            self._create_tables()
        self._ready = True
        identity = _identity(self.path)
        if identity is not None:
            _checked.add(identity)

    def _create_tables(self) -> None:
        connection = self._open()
        try:
            # Read first: an index of this version needs no write lock to be used, so one held
            # by another process does not stall every command here.
            if connection.execute("PRAGMA user_version").fetchone()[0] == INDEX_VERSION:
                return
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("BEGIN IMMEDIATE")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version != INDEX_VERSION:
                connection.execute("DROP TABLE IF EXISTS turns")
                connection.execute("DROP TABLE IF EXISTS sessions")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {INDEX_VERSION}")
            connection.execute("COMMIT")
        finally:
            connection.close()

    def set_aside_locked(self) -> Path:
        """Move an index another process keeps locked out of the way (with its -wal and -shm,
        which belong to it), so a fresh one can be built at the usual path. The other process
        goes on with the old files; the index is a cache, so nothing is lost. Returns where the
        old index went."""
        aside = self.path.with_name(f"{self.path.name}.locked-{int(time.time())}")
        for suffix in ("", *_SIDE_FILES):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        self.busy = False
        self._ready = False
        return aside

    def _set_aside(self) -> None:
        """Keep a corrupt index for inspection rather than deleting it, then start afresh."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    # -- writing -------------------------------------------------------------------------------

    def put(self, record: SessionRecord, signature: str, *, last: bool = False) -> None:
        """Index one session. `last`: its final state (finished or interrupted), worth one more
        wait on a locked index (`connect`'s `saving`); saves during a session are not."""
        _import_views()
        with self.connect(saving=last) as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                self._put(connection, record, signature)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def replace_all(
        self, records: Iterable[tuple[SessionRecord, str]], removed: Iterable[str] = ()
    ) -> None:
        _import_views()
        with self.connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for session_id in removed:
                    connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
                for record, signature in records:
                    self._put_or_damaged(connection, record, signature)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    @classmethod
    def _put_or_damaged(
        cls, connection: sqlite3.Connection, record: SessionRecord, signature: str
    ) -> None:
        """Index one record; a record the index cannot hold is listed as damaged instead, so one
        session never stops the others being indexed."""
        connection.execute("SAVEPOINT one_session")
        try:
            cls._put(connection, record, signature)
        except (sqlite3.Error, ValueError, TypeError, OverflowError) as error:
            connection.execute("ROLLBACK TO one_session")
            damaged = replace(
                record,
                turns=(),
                pending=None,
                persona_ids=(),
                bank_id=None,
                status="damaged",
                damage=f"cannot be indexed ({type(error).__name__})",
            )
            cls._put(connection, damaged, signature)
        connection.execute("RELEASE one_session")

    @staticmethod
    def _put(connection: sqlite3.Connection, record: SessionRecord, signature: str) -> None:
        summary = summary_of(record)
        connection.execute("DELETE FROM sessions WHERE id = ?", (record.id,))
        connection.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                summary.id,
                summary.started,
                summary.ended,
                summary.status,
                summary.damage,
                summary.mode,
                "\n".join(summary.persona_ids),
                summary.bank_id,
                summary.engine,
                summary.model,
                summary.turn_count,
                summary.score,
                signature,
            ),
        )
        connection.executemany(
            "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    row.session_id,
                    row.number,
                    row.persona_id,
                    row.question_id,
                    row.question_kind,
                    row.question_text,
                    row.answer_mode,
                    row.started,
                    int(row.interrupted),
                    row.retake_of,
                    row.follow_up_of,
                    int(row.counts),
                    row.score,
                    row.length_s,
                    row.words,
                    row.words_per_minute,
                    row.fillers_per_minute,
                )
                for row in history_rows(record)
            ],
        )

    def remove(self, session_id: str) -> None:
        with self.connect() as connection:
            connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    # -- reading -------------------------------------------------------------------------------

    def signatures(self) -> dict[str, str]:
        with self.connect() as connection:
            return dict(connection.execute("SELECT id, signature FROM sessions").fetchall())

    def summaries(self) -> list[SessionSummary]:
        with self.connect() as connection:
            rows = connection.execute(
                "SELECT id, started, ended, status, damage, mode, persona_ids, bank_id, engine,"
                " model, turn_count, score FROM sessions ORDER BY started DESC, id DESC"
            ).fetchall()
        return [
            SessionSummary(
                id=row[0],
                started=row[1],
                ended=row[2],
                status=row[3],
                damage=row[4],
                mode=row[5],
                persona_ids=tuple(row[6].split("\n")) if row[6] else (),
                bank_id=row[7],
                engine=row[8],
                model=row[9],
                turn_count=row[10],
                score=row[11],
            )
            for row in rows
        ]

    def history(self) -> list[HistoryRow]:
        with self.connect() as connection:
            rows = connection.execute(
                "SELECT t.session_id, s.started, t.number, t.persona_id, t.question_id,"
                " t.question_kind, t.question_text, t.answer_mode, t.interrupted, t.retake_of,"
                " t.follow_up_of, t.counts, t.score, t.length_s, t.words, t.words_per_minute,"
                " t.fillers_per_minute"
                " FROM turns t JOIN sessions s ON s.id = t.session_id"
                " ORDER BY s.started, t.session_id, t.number"
            ).fetchall()
        return [
            HistoryRow(
                session_id=row[0],
                started=row[1],
                number=row[2],
                persona_id=row[3],
                question_id=row[4],
                question_kind=row[5],
                question_text=row[6],
                answer_mode=row[7],
                interrupted=bool(row[8]),
                retake_of=row[9],
                follow_up_of=row[10],
                counts=bool(row[11]),
                score=row[12],
                length_s=row[13],
                words=row[14],
                words_per_minute=row[15],
                fillers_per_minute=row[16],
            )
            for row in rows
        ]

    def answers_to(self, question_id: str) -> list[tuple[str, int]]:
        """(session id, turn number) of every answer to `question_id`, oldest first."""
        with self.connect() as connection:
            return connection.execute(
                "SELECT t.session_id, t.number FROM turns t JOIN sessions s ON s.id = t.session_id"
                " WHERE t.question_id = ? ORDER BY s.started, t.session_id, t.number",
                (question_id,),
            ).fetchall()
