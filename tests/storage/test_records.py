"""session.json as data: exact round trips, strict reading, and the upgrade from schema v1."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from simulator.storage.records import (
    SCHEMA_VERSION,
    PendingTurn,
    SessionFormatError,
    SessionRecord,
)
from tests.storage.builders import make_turn

V1_FIXTURE = Path(__file__).parent / "data" / "session-v1.json"


def sample_record() -> SessionRecord:
    return SessionRecord(
        id="20260105-100000-abcdef",
        schema_version=SCHEMA_VERSION,
        started="2026-01-05T10:00:00.000+00:00",
        ended=None,
        mode="practice",
        persona_ids=("hiring-manager", "peer"),
        bank_id="core",
        engine="faster-whisper",
        model="tiny.en",
        turns=(make_turn(1, answer_audio="turn-01-answer.wav"), make_turn(2, score=None)),
        pending=PendingTurn(number=3, answer_audio="turn-03-answer.wav", started="2026-01-05"),
    )


def test_record_survives_a_json_round_trip_unchanged() -> None:
    record = sample_record()
    again = SessionRecord.from_dict(json.loads(json.dumps(record.to_dict())))
    assert again == record
    assert again.turn(1).answer_transcript().words[1].text == "shipped"


def test_session_score_is_the_mean_of_scored_turns() -> None:
    from simulator.storage.views import average_score, views

    record = sample_record()
    assert average_score(views(record)) == 70.0
    assert record.turn(2).score is None


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d.update(persona_ids="hiring-manager"), "session.persona_ids"),
        (lambda d: d.update(status="paused"), "session.status"),
        (lambda d: d["turns"][1].update(number="2"), "session.turns[1].number"),
        (lambda d: d["turns"][0].update(answer_mode="sung"), "session.turns[0].answer_mode"),
        (lambda d: d["turns"][0].update(transcript=[]), "session.turns[0].transcript"),
        (lambda d: d["turns"][0].update(interrupted="no"), "session.turns[0].interrupted"),
        (lambda d: d.update(schema_version=True), "session.schema_version"),
        (lambda d: d.update(pending=5), "session.pending"),
    ],
)
def test_a_wrong_field_is_named_in_the_error(
    change: Callable[[dict[str, Any]], object], named: str
) -> None:
    data = sample_record().to_dict()
    change(data)
    with pytest.raises(SessionFormatError) as caught:
        SessionRecord.from_dict(data)
    assert named in str(caught.value)


def test_a_file_from_a_newer_version_says_to_upgrade() -> None:
    data = sample_record().to_dict() | {"schema_version": SCHEMA_VERSION + 1}
    with pytest.raises(SessionFormatError, match="newer interview-sim"):
        SessionRecord.from_dict(data)


def test_schema_v1_file_is_upgraded_on_read() -> None:
    record = SessionRecord.from_dict(json.loads(V1_FIXTURE.read_text()))
    assert record.schema_version == SCHEMA_VERSION
    assert record.id == "20250301-181500-0a1b2c"
    assert record.persona_ids == ("hiring-manager",)
    assert record.bank_id == "core-behavioral"
    assert record.status == "finished"
    first, second = record.turns
    assert first.question_id == "conflict-teammate"
    assert first.question_kind == "behavioral"
    assert (first.question_audio, first.answer_audio) == ("q01.wav", "a01.wav")
    assert first.answer_mode == "voice"
    assert first.score == 64
    assert first.answer_transcript().words[1].start == 0.7
    assert second.answer_mode == "typed"
    assert second.ended_by == "typed"
    assert second.question_kind == "general"
    # Upgraded data reads back unchanged in the current format.
    assert SessionRecord.from_dict(record.to_dict()) == record


def test_v1_file_with_a_broken_turn_names_it() -> None:
    data = json.loads(V1_FIXTURE.read_text())
    del data["turns"][1]["question"]["text"]
    with pytest.raises(SessionFormatError, match=r"session.turns\[1\].question.text"):
        SessionRecord.from_dict(data)


def test_with_turn_replaces_same_number_and_clears_matching_pending() -> None:
    record = sample_record()
    third = make_turn(3, text="a recovered answer")
    updated = record.with_turn(third).with_turn(make_turn(1, score=90))
    assert [t.number for t in updated.turns] == [1, 2, 3]
    assert updated.turn(1).score == 90
    assert updated.pending is None
