"""Arbitrary session files (hypothesis): reading one gives a record or one SessionFormatError,
never a traceback, and whatever reads successfully can be listed, measured and exported."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.errors import StorageError
from simulator.storage.export import render_html, render_markdown
from simulator.storage.index import history_rows, summary_of
from simulator.storage.records import SessionFormatError, SessionRecord
from simulator.storage.store import SessionStore
from tests.storage.test_records import V1_FIXTURE, sample_record

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document where a value could be swapped for another."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


def swapped(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(data))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


def usable(record: SessionRecord) -> None:
    summary_of(record)
    history_rows(record)
    render_markdown(record, lambda name: name)
    render_html(record, lambda name: name)


VALID = sample_record().to_dict()
VERSION_1 = json.loads(V1_FIXTURE.read_text())
PLACES = [(VALID, place) for place in paths(VALID)] + [
    (VERSION_1, place) for place in paths(VERSION_1)
]


@given(place=st.sampled_from(PLACES), value=json_values)
@settings(max_examples=300, deadline=None)
def test_one_field_swapped_for_anything(place: tuple[Any, tuple[Any, ...]], value: Any) -> None:
    """In a current file and in a version 1 file (which goes through the upgrade first)."""
    document, path = place
    data = swapped(document, path, value)
    try:
        record = SessionRecord.from_dict(data)
    except SessionFormatError as error:
        assert str(error).startswith("session")
        return
    usable(record)


@given(data=json_values)
@settings(max_examples=200, deadline=None)
def test_any_json_document(data: Any) -> None:
    with contextlib.suppress(SessionFormatError):
        usable(SessionRecord.from_dict(data))


@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_bytes_on_disk_list_as_damaged_and_load_as_one_error(
    tmp_path: Path, raw: bytes
) -> None:
    store = SessionStore(tmp_path / "fuzz")
    folder = store.root / "20260105-100000-abcdef"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "session.json").write_bytes(raw)
    [summary] = store.list_sessions()
    assert summary.status == "damaged" and summary.damage
    try:
        store.load(summary.id)
    except StorageError as error:
        assert "\n" not in str(error)
    else:
        raise AssertionError("random bytes loaded as a session")
