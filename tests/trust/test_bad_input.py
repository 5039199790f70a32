"""Arbitrary input where the owners' property tests do not already reach (they cover WAV bytes in
tests/audio/test_wav_properties.py, personas, banks and company profiles in
tests/interview/test_properties.py, session files in tests/storage/test_session_files_fuzz.py):
command lines, the settings file, and text and word timings into the analysis. Whatever comes in,
the result is an exit code or one named error, never a traceback."""

from __future__ import annotations

import argparse
import io
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from simulator.cli import build_parser, main
from simulator.errors import DataFileError
from tests.trust.helpers import cli_here

SAFE_OUTPUT = "out/report.md"
"""Every -o/--output value becomes this (relative to the test's own folder): random argv run as
root must not overwrite files elsewhere."""

SKIPPED_COMMANDS = frozenset({"models"})
"""`models install` downloads on request; its network behaviour is tested by the privacy suite."""


def command_parsers() -> dict[str, argparse.ArgumentParser]:
    """Each subcommand (and nested action, e.g. "banks lint") with its parser."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    key = f"{prefix} {name}".strip()
                    if key.split()[0] not in SKIPPED_COMMANDS:
                        found[key] = sub
                    walk(sub, key)

    walk(build_parser(), "")
    return found


COMMANDS = command_parsers()
ALL_OPTIONS = sorted(
    {o for sub in COMMANDS.values() for a in sub._actions for o in a.option_strings}
)

values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["latest", "-", "..", "../x", "a/../../b", "x.wav", "answer.wav", "0", "-1", "1e309",
         "nan", "1.5", "hiring-manager", "peer", "behavioral/conflict-peer", "md", "html", "\0",
         "20260101-000000-abcdef", "pocketsphinx", "faster-whisper", "tiny.en", "base"]
    ),
    st.integers(-5, 100_000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)  # fmt: skip


def action_values(draw: st.DrawFn, action: argparse.Action) -> list[str]:
    """Values for one option or positional: mostly of the kind it expects, sometimes not."""
    nargs = action.nargs
    if nargs == 0:
        return []
    if isinstance(nargs, int):
        count = nargs
    elif nargs == "?":
        count = draw(st.integers(0, 1))
    elif nargs == "*":
        count = draw(st.integers(0, 2))
    else:
        count = 1
    if action.option_strings and action.option_strings[0] in ("-o", "--output"):
        return [SAFE_OUTPUT]
    picked: list[str] = []
    for _ in range(count):
        if action.choices and draw(st.integers(0, 4)):
            picked.append(str(draw(st.sampled_from(sorted(map(str, action.choices))))))
        else:
            picked.append(draw(values))
    return picked


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(COMMANDS)))
    parser = COMMANDS[command]
    tokens: list[str] = command.split()
    if tokens[0] == "practice":
        tokens.append("--no-tui")  # the full-screen app is driven by the TUI tests instead
    actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
    positionals = [a for a in actions if not a.option_strings]
    optionals = [a for a in actions if a.option_strings]
    for action in positionals:
        tokens.extend(action_values(draw, action))
    for _ in range(draw(st.integers(0, 4))):
        use_own_option: bool = draw(st.integers(0, 5)) > 0
        if optionals and use_own_option:
            option = draw(st.sampled_from(optionals))
            tokens.append(draw(st.sampled_from(option.option_strings)))
            tokens.extend(action_values(draw, option))
        else:  # garbage: an option of another command or any value
            tokens.append(draw(st.one_of(st.sampled_from(ALL_OPTIONS), values)))
    if any(t in ("-o", "--output") for t in tokens):
        tokens = [SAFE_OUTPUT if tokens[i - 1] in ("-o", "--output") else t
                  for i, t in enumerate(tokens)]  # fmt: skip
    return tokens


@pytest.fixture
def contained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_audio_devices: None) -> Path:
    """Relative paths land in the test's folder; typed answers come from a string."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("I fixed the build and we shipped.\n\n"))
    return tmp_path


@pytest.mark.slow
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=command_lines())
def test_any_command_line_gives_an_exit_code_never_a_traceback(
    contained: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage errors (2), --help and --version (0)
        code = exit_.code if isinstance(exit_.code, int) else 2
        assert code in (0, 2), argv
        event(f"argparse exit {code}")
    else:
        assert isinstance(code, int), argv
        event(f"{argv[0]} ran: exit {code}")
        err = capsys.readouterr().err
        if code == 2:
            assert err.startswith("interview-sim: error: "), (argv, err)
            assert "Traceback" not in err
    capsys.readouterr()


def test_a_file_name_holding_a_nul_is_one_line(
    contained: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the test above: `--company` with a NUL in it ended in a ValueError."""
    code, out, err = cli_here(capsys, "practice", "--no-tui", "--typed", "--company", "a\x00b")
    assert code == 2, out
    assert err.startswith("interview-sim: error: ") and "NUL" in err, err
    assert len(err.strip().splitlines()) == 1, err


def test_an_answer_file_name_holding_a_nul_is_one_line(
    contained: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by test_any_command_line_gives_an_exit_code_never_a_traceback in a full run
    (hypothesis drew ['analyze', '--text', '\\x00']): open() raised a ValueError."""
    code, out, err = cli_here(capsys, "analyze", "--text", "a\x00b")
    assert code == 2, out
    assert err.startswith("interview-sim: error: ") and "NUL" in err, err
    assert len(err.strip().splitlines()) == 1, err


def test_the_command_grammar_reaches_every_command() -> None:
    assert {"practice", "analyze", "sessions", "replay", "export", "reanalyze"} <= set(COMMANDS)
    assert {"--no-tui", "--typed", "--delete", "--engine", "--json"} <= set(ALL_OPTIONS)


# -- settings.toml ---------------------------------------------------------------------------

toml_scalars = st.one_of(
    st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=False), st.text(max_size=12)
)
setting_names = st.sampled_from(
    ["engine", "model", "silence_s", "end_on_silence", "max_answer_s", "hide_question_text",
     "input_device", "output_device", "follow_up_probes", "unknown_key"]
)  # fmt: skip


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    return str(value)


@settings(max_examples=200, deadline=None)
@given(entries=st.dictionaries(setting_names, toml_scalars, max_size=5))
def test_any_settings_document_loads_or_names_the_problem(entries: dict[str, Any]) -> None:
    from simulator import locations
    from simulator.config import Settings, load_settings

    path = locations.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{key} = {toml_value(value)}\n" for key, value in entries.items()))
    try:
        loaded = load_settings()
    except DataFileError as error:
        assert str(path) in str(error) and "\n" not in str(error)
    else:
        assert isinstance(loaded, Settings)


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=300))
def test_any_bytes_as_settings_load_or_name_the_file(content: bytes) -> None:
    from simulator import locations
    from simulator.config import load_settings

    path = locations.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    try:
        load_settings()
    except DataFileError as error:
        assert str(path) in str(error)


def test_a_broken_settings_file_is_one_line_from_the_command_line(
    private_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "settings.toml").write_text('engine = "pocketsphinx"\nsilence_s = "long"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("I did it.\n\n"))
    code = main(["practice", "--no-tui", "--silent", "--typed"])
    err = capsys.readouterr().err
    assert code == 2
    assert "settings.toml" in err and "silence_s" in err
    assert len(err.strip().splitlines()) == 1


# -- analysis ------------------------------------------------------------------------------

answer_text = st.one_of(
    st.text(max_size=400),
    st.lists(
        st.sampled_from(
            ["um", "uh", "like", "I", "we", "so", "then", "because", "result", "%", "50", "—",
             "situation", "the", "team", ".", ",", "...", "I'd", "we've", "\n", "ÉTÉ", "数字"]
        ),
        max_size=200,
    ).map(" ".join),
)  # fmt: skip

timed_word = st.tuples(
    st.text(min_size=1, max_size=10).filter(lambda t: t.strip() != ""),
    st.floats(0, 1200, allow_nan=False),
    st.floats(0, 5, allow_nan=False),
)


@settings(max_examples=200, deadline=None)
@given(text=answer_text)
def test_any_typed_answer_is_analysed(text: str) -> None:
    from simulator.analysis import analyze_answer, render_report
    from simulator.speech.stt import Transcript

    analysis = analyze_answer(Transcript.from_text(text), question="Tell me about a setback.")
    assert 0 <= analysis.score <= 100
    assert isinstance(render_report(analysis), str)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(timed_word, max_size=80), question_kind=st.booleans())
def test_any_word_timings_are_analysed(
    words: list[tuple[str, float, float]], question_kind: bool
) -> None:
    """Recognizers can return overlapping or out-of-order times; the analysis must cope."""
    from simulator.analysis import analyze_answer, render_report
    from simulator.speech.stt import Transcript, Word

    timed = tuple(Word(text, start, start + length) for text, start, length in words)
    transcript = Transcript(
        text=" ".join(w.text for w in timed),
        words=timed,
        engine="test",
        model="",
        duration_s=max((w.end or 0 for w in timed), default=0.0),
    )
    analysis = analyze_answer(
        transcript, question="Why this role?" if question_kind else None, target_s=(60, 120)
    )
    assert 0 <= analysis.score <= 100
    assert isinstance(render_report(analysis), str)
