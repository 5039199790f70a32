"""Property tests: whatever bytes or TOML structure a content file holds, the loaders give back
either a valid item or DataFileErrors naming the file, never another exception."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator import locations
from simulator.datafiles import Parser, parse_file
from simulator.errors import DataFileError
from simulator.interview import plan
from simulator.interview.banks import QuestionBank, load_banks, parse_bank
from simulator.interview.company import parse_company
from simulator.interview.first_round import parse_first_round
from simulator.interview.personas import Persona, load_personas, parse_persona

PARSERS: list[Parser[Any]] = [parse_persona, parse_bank, parse_company, parse_first_round]
BUILTIN_PERSONA = (locations.builtin_data_dir("personas") / "peer.toml").read_bytes()
BUILTIN_BANK = (locations.builtin_data_dir("question_banks") / "exercise.toml").read_bytes()
KEYS = [
    "id",
    "name",
    "title",
    "kind",
    "role",
    "questions",
    "text",
    "voice",
    "variant",
    "rate",
    "pitch",
    "themes",
    "cues",
    "probes",
    "no_result",
    "target_s",
    "competencies",
    "values",
    "asked",
    "feedback",
    "weak",
    "transitions",
    "category_weights",
    "behavioral",
    "{company}",
]

toml_scalars = st.one_of(
    st.text(max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.booleans(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(KEYS) | st.text(min_size=1, max_size=8), inner, max_size=4
        )
    ),
    max_leaves=20,
)
toml_documents = st.dictionaries(
    st.sampled_from(KEYS) | st.text(min_size=1, max_size=8), toml_values, max_size=8
)


def _dump(value: Any) -> str:
    """A minimal TOML writer (inline tables only): enough to express any structure."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return {float("inf"): "inf", float("-inf"): "-inf"}.get(value, repr(value))
    if isinstance(value, str):
        escaped = value.encode("unicode_escape").decode("ascii").replace('"', '\\"')
        return f'"{escaped}"'
    if isinstance(value, list):
        return "[" + ", ".join(_dump(v) for v in value) + "]"
    return "{" + ", ".join(f"{_dump(str(k))} = {_dump(v)}" for k, v in value.items()) + "}"


def _check_every_parser(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "item.toml"
        path.write_bytes(content)
        for parser in PARSERS:
            item, errors = parse_file(path, parser)
            assert (item is None) == bool(errors)
            for error in errors:
                assert isinstance(error, DataFileError)
                assert str(error).startswith(str(path))
                assert "\n" not in str(error)  # one line, whatever the file holds


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_a_loader(content: bytes) -> None:
    _check_every_parser(content)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(toml_documents)
def test_arbitrary_toml_structures_never_crash_a_loader(document: dict[str, Any]) -> None:
    text = "\n".join(f"{_dump(key)} = {_dump(value)}" for key, value in document.items())
    _check_every_parser(text.encode())


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([BUILTIN_PERSONA, BUILTIN_BANK]),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=40),
    st.binary(max_size=12),
)
def test_damaged_real_files_never_crash_a_loader(
    original: bytes, position: int, cut: int, insert: bytes
) -> None:
    """The likely real case: a good file with a few characters deleted or typed over."""
    at = position % (len(original) + 1)
    _check_every_parser(original[:at] + insert + original[at + cut :])


def test_a_key_with_a_newline_still_gives_a_one_line_error() -> None:
    _check_every_parser(b'id = "x"\nkind = "role"\n"bad\\nkey" = 1\n')


def test_the_strategies_reach_valid_items_too() -> None:
    """The properties above would pass vacuously if every input failed; real files do load."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "peer.toml"
        path.write_bytes(BUILTIN_PERSONA)
        item, errors = parse_file(path, parse_persona)
        assert errors == [] and item is not None


@functools.cache
def _content() -> tuple[dict[str, Persona], dict[str, QuestionBank]]:
    """The built-in content, loaded once: these properties are about planning, not loading."""
    return load_personas().items, load_banks().items


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    count=st.integers(min_value=5, max_value=8),
    panel_size=st.integers(min_value=1, max_value=plan.PANEL_MAX),
    role=st.sampled_from([None, "nursing", "sales", "role-software-engineering"]),
)
def test_any_full_mock_has_distinct_questions_and_rotates_the_panel(
    seed: int, count: int, panel_size: int, role: str | None
) -> None:
    personas = list(_content()[0].values())[:panel_size]
    mock = plan.full_mock(personas, _content()[1], count=count, role=role, seed=seed)
    assert len(mock.turns) == count
    assert len({t.question.id for t in mock.turns}) == count
    assert [t.persona.id for t in mock.turns] == [personas[i % panel_size].id for i in range(count)]


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "behavioral/conflict-peer",
                "behavioral/conflict-manager",
                "behavioral/conflict-credit",
                "behavioral/leadership-underperformer",
                "elsewhere/unknown",
            ]
        ),
        st.floats(min_value=0, max_value=100),
    )
)
def test_a_drill_is_always_ordered_weakest_first(scores: dict[str, float]) -> None:
    personas, banks = _content()
    drill = plan.drill("conflict", personas["peer"], banks, scores=scores)
    scored = [scores[t.question.id] for t in drill.turns if t.question.id in scores]
    assert scored == sorted(scored)
    assert len({t.question.id for t in drill.turns}) == len(drill.turns)
