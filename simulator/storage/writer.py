"""The live writer of one session: it rewrites session.json atomically on every change while a
practice is recorded, and holds the session's writer lock until it is finished or released."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Literal

from simulator.errors import StorageError
from simulator.storage import files
from simulator.storage.locks import hold_lock
from simulator.storage.records import (
    PendingTurn,
    RoundOneNote,
    SessionRecord,
    SessionStatus,
    TurnRecord,
)

AudioRole = Literal["question", "answer"]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class SessionWriter:
    """Writes one session as it happens. Every call rewrites session.json atomically, so at any
    moment the folder holds a complete, readable session."""

    def __init__(
        self, save: Callable[[SessionRecord], None], record: SessionRecord, folder: Path
    ) -> None:
        """`save` stores a whole record (`SessionStore.save`: session.json, then the index)."""
        self._save = save
        self.record = record
        self.id = record.id
        self.folder = folder
        self._mutex = threading.Lock()
        self._lock_file: IO[bytes] | None = hold_lock(folder)

    def audio_path(self, number: int, role: AudioRole) -> Path:
        """Where the recorder or synthesizer writes a turn's audio, e.g. turn-01-answer.wav."""
        if role not in ("question", "answer"):
            raise ValueError(f"audio role must be question or answer, not {role!r}")
        return self.folder / f"turn-{number:02d}-{role}.wav"

    def mark_in_progress(
        self,
        number: int,
        answer_audio: str,
        *,
        persona_id: str = "",
        question_id: str | None = None,
        question_text: str = "",
        lead_in: str = "",
        question_kind: str = "",
        question_audio: str | None = None,
        retake_of: int | None = None,
        follow_up_of: int | None = None,
    ) -> None:
        """Call just before recording answer `number` into `answer_audio` (a name from
        audio_path). If the program dies while recording, `SessionStore.recover` repairs that
        WAV and keeps it as an interrupted turn, with whatever question details were given."""
        pending = PendingTurn(
            number=number,
            answer_audio=files.check_member_name(answer_audio, self.folder).name,
            started=now_iso(),
            persona_id=persona_id,
            question_id=question_id,
            question_text=question_text,
            lead_in=lead_in,
            question_kind=question_kind,
            question_audio=question_audio,
            retake_of=retake_of,
            follow_up_of=follow_up_of,
        )
        self._commit(replace(self.record, pending=pending))

    def keep_round_one_notes(self, notes: Sequence[RoundOneNote]) -> None:
        """Store round one's general notes the session was planned with (the summary checks
        today's answers against them)."""
        self._commit(replace(self.record, round_one_notes=tuple(notes)))

    def add_turn(self, turn: TurnRecord) -> None:
        """Store a finished turn (replacing one with the same number, e.g. after reanalysis)."""
        for name in (turn.question_audio, turn.answer_audio):
            if name:
                files.check_member_name(name, self.folder)
        self._commit(self.record.with_turn(turn))

    def finish(self, *, interrupted: bool = False) -> SessionRecord:
        """Mark the session finished (or `interrupted`, when the user left with Ctrl-C or ended
        a live mock early with an empty answer, twice) and let go of it. A pending answer that
        was cancelled is dropped (its partial WAV stays in the folder but is not a turn)."""
        status: SessionStatus = "interrupted" if interrupted else "finished"
        finished = replace(self.record, status=status, ended=now_iso(), pending=None)
        if finished.is_empty and not any(self.folder.glob("*-answer.wav")):
            # Ended before a single answer (e at once): nothing to keep, list or replay. The
            # folder goes (question audio included); the index drops it at its next read.
            self.release()
            shutil.rmtree(self.folder, ignore_errors=True)
            self.record = finished
            return finished
        self._commit(finished)
        self.release()
        return self.record

    @property
    def is_open(self) -> bool:
        """Not yet finished or released: turns can still be added."""
        return self._lock_file is not None

    def save(self) -> None:
        self._commit(self.record)

    def _commit(self, record: SessionRecord) -> None:
        with self._mutex:
            if self._lock_file is None:
                raise StorageError(f"session {self.id} is already finished")
            self._save(record)
            self.record = record

    def release(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    def __enter__(self) -> SessionWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
