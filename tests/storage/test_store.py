"""The store with real folders and a real SQLite index under tmp_path."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from simulator.errors import StorageError, UnknownNameError
from simulator.storage.index import SessionIndex
from simulator.storage.store import SessionStore
from tests.storage.builders import finished_session, make_turn, new_writer, session_file, tone


def test_round_trip_through_the_writer(store: SessionStore) -> None:
    writer = new_writer(store)
    question = writer.audio_path(1, "question")
    answer = writer.audio_path(1, "answer")
    assert (question.name, answer.name) == ("turn-01-question.wav", "turn-01-answer.wav")
    tone(0.3).write_wav(question)
    tone(0.8).write_wav(answer)
    turn = make_turn(1, question_audio=question.name, answer_audio=answer.name)
    writer.add_turn(turn)
    finished = writer.finish()

    loaded = store.load(writer.id)
    assert loaded == finished
    assert loaded.status == "finished" and loaded.ended is not None
    assert loaded.turns == (turn,)
    assert store.audio_file(writer.id, "turn-01-answer.wav") == answer
    [summary] = store.list_sessions()
    assert (summary.id, summary.turn_count, summary.score) == (writer.id, 1, 70.0)
    assert summary.to_dict()["persona"] == "hiring-manager"


def test_each_turn_is_on_disk_before_the_session_ends(store: SessionStore) -> None:
    writer = new_writer(store)
    writer.add_turn(make_turn(1))
    reader = SessionStore(store.root)  # as another process would see it
    assert reader.load(writer.id).turns[0].number == 1
    assert reader.list_sessions()[0].status == "in_progress"
    writer.finish()
    with pytest.raises(StorageError, match="already finished"):
        writer.add_turn(make_turn(2))


def test_sessions_are_listed_newest_first(store: SessionStore) -> None:
    ids = [finished_session(store) for _ in range(3)]
    listed = [summary.id for summary in store.list_sessions()]
    assert listed == ids[::-1]


def test_everything_is_private(store: SessionStore) -> None:
    session_id = finished_session(store, with_audio=True)
    folder = store.root / session_id
    modes = {
        path.name: stat.S_IMODE(path.stat().st_mode)
        for path in [store.root, folder, store.index.path, *folder.iterdir()]
    }
    assert modes[store.root.name] == 0o700
    assert modes[session_id] == 0o700
    assert set(modes.values()) <= {0o700, 0o600}, modes
    assert modes["turn-01-answer.wav"] == 0o600  # written by Clip.write_wav with the umask


def test_default_store_uses_the_data_home(private_home: Path) -> None:
    store = SessionStore()
    finished_session(store)
    assert store.root == private_home / "recordings"
    assert store.index.path == private_home / "index.sqlite3"
    assert stat.S_IMODE(private_home.stat().st_mode) == 0o700


# -- damage ------------------------------------------------------------------------------------


def _damage_cases() -> dict[str, tuple[bytes | None, str]]:
    return {
        "truncated": (b'{"id": "x", "turns": [', "cut short"),
        "not json": (b"\x00\x01garbage", "not valid JSON"),
        "not text": (b"\xff\xfe\x00", "not UTF-8"),
        "wrong field": (b'{"schema_version": 2, "id": 5}', "session.status: expected text"),
        "missing": (None, "session.json is missing"),
        "empty": (b"", "cut short"),
    }


@pytest.mark.parametrize("case", list(_damage_cases()))
def test_a_damaged_session_is_listed_with_its_reason_and_hides_nothing(
    store: SessionStore, case: str
) -> None:
    content, reason = _damage_cases()[case]
    good_before = finished_session(store)
    bad = finished_session(store, with_audio=True)
    good_after = finished_session(store)
    audio_before = sorted(p.name for p in (store.root / bad).glob("*.wav"))
    path = session_file(store, bad)
    if content is None:
        path.unlink()
    else:
        path.write_bytes(content)

    listed = {summary.id: summary for summary in store.list_sessions()}
    assert set(listed) == {good_before, bad, good_after}
    assert listed[bad].status == "damaged"
    assert reason in (listed[bad].damage or "")
    assert listed[good_before].status == listed[good_after].status == "finished"
    with pytest.raises(StorageError, match=f"session {bad} is damaged"):
        store.load(bad)
    assert store.load(good_after).turns
    # Nothing was deleted or "repaired" away.
    assert sorted(p.name for p in (store.root / bad).glob("*.wav")) == audio_before


def test_a_missing_audio_file_is_a_clear_error_and_the_session_still_loads(
    store: SessionStore,
) -> None:
    session_id = finished_session(store, with_audio=True)
    (store.root / session_id / "turn-02-answer.wav").unlink()
    record = store.load(session_id)
    assert record.turn(2).answer_audio == "turn-02-answer.wav"
    with pytest.raises(StorageError, match=r"turn-02-answer\.wav is missing"):
        store.audio_file(session_id, "turn-02-answer.wav")
    assert store.audio_file(session_id, "turn-01-answer.wav").is_file()


def test_a_crash_during_a_json_write_leaves_the_previous_version(store: SessionStore) -> None:
    writer = new_writer(store)
    writer.add_turn(make_turn(1))
    folder = writer.folder
    # What a crash between write() and rename() leaves: a truncated temp file beside the real one.
    (folder / ".session.json.4242-1.tmp").write_bytes(b'{"id": "20260105-1000')
    reader = SessionStore(store.root)
    assert [t.number for t in reader.load(writer.id).turns] == [1]
    assert reader.list_sessions()[0].status == "in_progress"
    writer.add_turn(make_turn(2))
    writer.release()  # the process "dies"
    notices = reader.recover()
    assert any("interrupted" in notice for notice in notices)
    assert not list(folder.glob(".*.tmp"))
    assert [t.number for t in reader.load(writer.id).turns] == [1, 2]


def test_a_failing_write_keeps_the_old_file(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fast unit check of the atomic write; the real full disk is in test_faults."""
    writer = new_writer(store)
    writer.add_turn(make_turn(1))
    before = session_file(store, writer.id).read_bytes()

    def no_space(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(StorageError, match="no space left"):
        writer.add_turn(make_turn(2))
    monkeypatch.undo()
    assert session_file(store, writer.id).read_bytes() == before
    assert not list(writer.folder.glob(".*.tmp"))
    assert [t.number for t in writer.record.turns] == [1]


# -- paths -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    ["../recordings", "/etc", "..", ".", "", "20260105-100000-abcdef/../../x", "a" * 300, "x\0y"],
)
def test_session_ids_cannot_leave_the_recordings_folder(store: SessionStore, bad_id: str) -> None:
    finished_session(store)
    for call in (store.load, store.delete, store.folder):
        with pytest.raises(StorageError, match="not a session id"):
            call(bad_id)
    assert len(store.list_sessions()) == 1


def test_a_session_folder_that_is_a_link_is_not_followed(
    store: SessionStore, tmp_path: Path
) -> None:
    real = finished_session(store)
    outside = tmp_path / "outside"
    shutil.copytree(store.root / real, outside)
    link_id = "20260105-100000-0000aa"
    (store.root / link_id).symlink_to(outside)
    listed = {s.id: s for s in store.list_sessions()}
    assert listed[link_id].status == "damaged"
    assert "symbolic link" in (listed[link_id].damage or "")
    with pytest.raises(StorageError, match="symbolic link"):
        store.load(link_id)
    store.delete(link_id)  # removes the link only
    assert outside.is_dir() and (outside / "session.json").is_file()
    assert [s.id for s in store.list_sessions()] == [real]


@pytest.mark.parametrize("name", ["../../secret.wav", "/etc/passwd", "..", "a/b.wav"])
def test_audio_names_from_a_session_file_cannot_leave_its_folder(
    store: SessionStore, name: str
) -> None:
    session_id = finished_session(store)
    with pytest.raises(StorageError, match="not a plain file name"):
        store.audio_file(session_id, name)
    writer = new_writer(store)
    with pytest.raises(StorageError, match="not a plain file name"):
        writer.add_turn(make_turn(1, answer_audio=name))
    with pytest.raises(StorageError, match="not a plain file name"):
        writer.mark_in_progress(1, name)


def test_an_audio_file_that_is_a_link_is_refused(store: SessionStore, tmp_path: Path) -> None:
    session_id = finished_session(store)
    secret = tmp_path / "secret.wav"
    tone(0.1).write_wav(secret)
    (store.root / session_id / "turn-01-answer.wav").symlink_to(secret)
    with pytest.raises(StorageError, match="symbolic link"):
        store.audio_file(session_id, "turn-01-answer.wav")


# -- index -------------------------------------------------------------------------------------


def test_index_can_be_rebuilt_from_the_folders(store: SessionStore) -> None:
    ids = {finished_session(store) for _ in range(3)}
    before = store.list_sessions()
    store.index.path.unlink()
    fresh = SessionStore(store.root)
    assert fresh.rebuild_index() == 3
    assert fresh.list_sessions() == before
    assert {s.id for s in before} == ids


def test_a_corrupt_index_is_set_aside_and_rebuilt(store: SessionStore) -> None:
    session_id = finished_session(store)
    store.index.path.write_bytes(b"this is not an sqlite database" * 100)
    fresh = SessionStore(store.root)
    assert [s.id for s in fresh.list_sessions()] == [session_id]
    assert list(store.root.glob("index.sqlite3.corrupt-*"))


def test_a_store_per_listing_checks_the_index_tables_once(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app and the CLI make a store for each listing: an unchanged index file is checked
    once per process, and a new one (removed, replaced, written) is checked again."""
    session_id = finished_session(store)
    checks: list[Path] = []
    real = SessionIndex._create_tables

    def counted(index: SessionIndex) -> None:
        checks.append(index.path)
        real(index)

    def list_with_new_stores(count: int) -> None:
        for _ in range(count):
            assert [s.id for s in SessionStore(store.root).list_sessions()] == [session_id]

    monkeypatch.setattr(SessionIndex, "_create_tables", counted)
    list_with_new_stores(2)  # SQLite folds its log into the file after a write: it changed
    checks.clear()
    list_with_new_stores(3)
    assert checks == []
    store.index.path.unlink()
    list_with_new_stores(1)
    assert checks == [store.index.path]


def test_index_follows_changes_made_behind_its_back(store: SessionStore) -> None:
    first = finished_session(store)
    second = finished_session(store)
    assert len(store.list_sessions()) == 2
    shutil.rmtree(store.root / first)  # deleted by hand
    other = SessionStore(store.root)
    third = finished_session(other)  # written by "another process"
    assert [s.id for s in store.list_sessions()] == [third, second]


def test_history_rows_carry_the_progress_figures(store: SessionStore) -> None:
    writer = new_writer(store)
    writer.add_turn(make_turn(1, text="one two three four five six", score=55))
    writer.add_turn(make_turn(2, question_id="failure", score=None, kind="motivation"))
    writer.finish()
    first, second = store.history()
    assert (first.number, first.score, first.words, first.question_kind) == (
        1,
        55,
        6,
        "behavioral",
    )
    assert first.length_s == pytest.approx(2.4)
    assert first.words_per_minute == pytest.approx(150.0)
    assert second.question_id == "failure" and second.score is None


def test_answers_to_one_question_across_sessions(store: SessionStore) -> None:
    older = finished_session(store, turns=1)
    writer = new_writer(store)
    writer.add_turn(make_turn(1, question_id="other"))
    writer.add_turn(make_turn(2, score=80))
    writer.finish()
    answers = store.answers_to("conflict")
    assert [(s.id, t.number, t.score) for s, t in answers] == [
        (older, 1, 70.0),
        (writer.id, 2, 80.0),
    ]
    assert store.answers_to("never-asked") == []


def test_resolve_accepts_latest_and_unique_prefixes(store: SessionStore) -> None:
    first = finished_session(store)
    second = finished_session(store)
    assert store.resolve("latest") == second
    assert store.resolve(first) == first
    with pytest.raises(UnknownNameError):
        store.resolve("1999")
    with pytest.raises(StorageError, match="matches 2 sessions"):
        store.resolve(first[:8])


# -- delete ------------------------------------------------------------------------------------


def test_delete_removes_audio_json_and_index_rows(store: SessionStore) -> None:
    keep = finished_session(store, with_audio=True)
    gone = finished_session(store, with_audio=True)
    store.delete(gone)
    assert not (store.root / gone).exists()
    assert [s.id for s in store.list_sessions()] == [keep]
    assert {row.session_id for row in store.history()} == {keep}
    with pytest.raises(UnknownNameError):
        store.delete(gone)
    with pytest.raises(UnknownNameError):
        store.load(gone)


def test_a_session_being_recorded_cannot_be_deleted(store: SessionStore) -> None:
    writer = new_writer(store)
    with pytest.raises(StorageError, match="being recorded"):
        SessionStore(store.root).delete(writer.id)
    assert writer.folder.is_dir()
    writer.add_turn(make_turn(1))
    writer.finish()
    store.delete(writer.id)
    assert not writer.folder.exists()


def test_load_of_an_unknown_session_lists_choices(store: SessionStore) -> None:
    session_id = finished_session(store)
    with pytest.raises(UnknownNameError) as caught:
        store.load("20200101-000000-000000")
    assert session_id in str(caught.value)


def test_session_json_is_readable_by_other_tools(store: SessionStore) -> None:
    session_id = finished_session(store)
    data = json.loads(session_file(store, session_id).read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    assert data["turns"][0]["transcript"]["words"][0]["text"] == "we"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not a wav at all", "is lost"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "is lost"),
        (None, "had no audio yet"),
    ],
)
def test_recovery_of_an_unusable_answer_keeps_the_rest(
    store: SessionStore, content: bytes | None, says: str
) -> None:
    writer = new_writer(store)
    writer.add_turn(make_turn(1))
    path = writer.audio_path(2, "answer")
    if content is not None:
        path.write_bytes(content)
    writer.mark_in_progress(2, path.name, question_text="Why this role?")
    writer.release()
    notices = store.recover()
    assert any(says in notice for notice in notices), notices
    record = store.load(writer.id)
    assert record.status == "interrupted" and record.pending is None
    assert [t.number for t in record.turns] == [1]
    assert path.exists() == (content is not None)  # a broken file is left for the user


def test_a_damaged_session_can_be_deleted(store: SessionStore) -> None:
    session_id = finished_session(store, with_audio=True)
    session_file(store, session_id).write_bytes(b"{")
    assert store.list_sessions()[0].status == "damaged"
    store.delete(session_id)
    assert store.list_sessions() == []


def test_sqlite_side_files_are_private_too(store: SessionStore) -> None:
    finished_session(store)
    with store.index.connect() as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE sessions SET score = score")
        connection.execute("COMMIT")
        side_files = [Path(f"{store.index.path}{suffix}") for suffix in ("-wal", "-shm")]
        assert all(path.exists() for path in side_files)
        assert {stat.S_IMODE(path.stat().st_mode) for path in side_files} == {0o600}


def test_a_session_ended_before_any_answer_is_not_kept(store: SessionStore) -> None:
    """Start and press e at once: no folder, no row, nothing to replay or summarise."""
    writer = new_writer(store)
    tone(0.5).write_wav(writer.audio_path(1, "question"))  # the question was spoken
    record = writer.finish()
    assert record.turns == () and record.is_empty
    assert not writer.folder.exists()
    assert [s.id for s in store.list_sessions()] == []


def test_an_empty_session_from_an_older_version_is_left_out_of_the_list(
    store: SessionStore,
) -> None:
    kept = finished_session(store)
    writer = new_writer(store)
    empty_id = writer.id
    writer.save()
    # What an older version left: a finished session.json with no turns.
    path = session_file(store, empty_id)
    data = json.loads(path.read_text())
    data["status"] = "finished"
    path.write_text(json.dumps(data))
    writer.release()
    assert store.load(empty_id).is_empty
    assert [s.id for s in store.list_sessions()] == [kept]
    assert [s.id for s in store.list_sessions()] == [kept]  # from the index too


def test_a_session_that_died_before_any_answer_is_not_kept(store: SessionStore) -> None:
    """As one ended before a single answer is not kept (`SessionWriter.finish`), one whose
    program died then is removed by recovery, without a notice about "0 answer(s)"; one with
    an answer recorded is recovered as before."""
    empty = new_writer(store)
    (empty.folder / "turn-01-question.wav").write_bytes(b"RIFF")  # the question was spoken
    empty.release()  # the process "dies"
    kept = new_writer(store)
    kept.add_turn(make_turn(1))
    kept.release()
    notices = store.recover()
    assert [summary.id for summary in store.list_sessions()] == [kept.id]
    assert not empty.folder.exists()
    assert not any(empty.id in notice for notice in notices)
    assert any(f"{kept.id} was interrupted; 1 answer(s)" in notice for notice in notices)
