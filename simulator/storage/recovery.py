"""Recovery of sessions whose program died while recording: the WAV of the answer being
recorded is repaired and kept as an interrupted turn, and the session is marked interrupted."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from simulator.errors import AudioFileError
from simulator.private_files import make_private
from simulator.storage import files
from simulator.storage.records import PendingTurn, SessionRecord, TurnRecord


def recovered_session(record: SessionRecord, folder: Path) -> tuple[SessionRecord, list[str]]:
    """The crashed session `record` (stored in `folder`, whose writer lock the caller holds)
    made whole: stale temporary files removed, the pending answer's WAV repaired and kept as an
    interrupted turn, the session marked interrupted. Returns the record to save and one notice
    per repair."""
    notices = []
    files.remove_stale_temp_files(folder)
    pending = record.pending
    if pending is not None:
        turn, notice = _recovered_turn(record.id, folder, pending)
        notices.append(notice)
        if turn is not None:
            record = record.with_turn(turn)
    ended = record.turns[-1].ended if record.turns else record.started
    record = replace(record, status="interrupted", ended=ended, pending=None)
    notices.append(f"session {record.id} was interrupted; {len(record.turns)} answer(s) are kept")
    return record, notices


def _recovered_turn(
    session_id: str, folder: Path, pending: PendingTurn
) -> tuple[TurnRecord | None, str]:
    """The interrupted answer as a turn, its WAV header repaired; None if no audio was written."""
    from simulator.audio.writer import recover_wav

    path = files.check_member_name(pending.answer_audio, folder)
    if not path.exists():
        return None, f"session {session_id}: answer {pending.number} had no audio yet"
    try:
        seconds = recover_wav(path)
    except AudioFileError as error:
        return None, f"session {session_id}: answer {pending.number} is lost ({error})"
    make_private(path)
    ended = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="milliseconds")
    turn = TurnRecord(
        number=pending.number,
        persona_id=pending.persona_id,
        question_id=pending.question_id,
        question_text=pending.question_text,
        lead_in=pending.lead_in,
        question_kind=pending.question_kind,
        question_audio=pending.question_audio,
        answer_audio=pending.answer_audio,
        answer_mode="voice",
        transcript={
            "text": "",
            "words": [],
            "engine": "",
            "model": "",
            "duration_s": seconds,
            "notices": ["recovered after a crash; run reanalyze to transcribe it"],
        },
        analysis=None,
        started=pending.started,
        ended=ended,
        ended_by="crash",
        interrupted=True,
        retake_of=pending.retake_of,
        follow_up_of=pending.follow_up_of,
    )
    return turn, (
        f"session {session_id}: recovered {seconds:.1f} s of answer {pending.number} "
        f"({pending.answer_audio})"
    )
