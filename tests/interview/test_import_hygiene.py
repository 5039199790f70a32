"""The content and planning code is domain code: it must never pull in Textual, and the command
module must stay cheap to import because every CLI start (and --help) imports it."""

from __future__ import annotations

import json
import subprocess
import sys

DOMAIN_MODULES = [
    "simulator.datafiles",
    "simulator.interview.personas",
    "simulator.interview.banks",
    "simulator.interview.plan",
    "simulator.interview.company",
    "simulator.interview.first_round",
    "simulator.interview.lint",
    "simulator.analysis.candidate_questions",
    "simulator.analysis.presentation",
]


def _modules_after_importing(*names: str) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


def test_domain_code_never_imports_textual() -> None:
    loaded = _modules_after_importing(*DOMAIN_MODULES)
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}
    # Loading and planning content needs no speech engine either.
    assert not {"faster_whisper", "pocketsphinx", "pyttsx3", "sounddevice"} & loaded


def test_the_command_module_imports_nothing_heavy() -> None:
    loaded = _modules_after_importing("simulator.commands.content")
    assert not {"numpy", "textual", "tomllib", "simulator.interview.personas"} & loaded


def test_loading_content_and_plans_compiles_no_answer_judging_patterns() -> None:
    """What the home screen and `banks lint` import (bench/content_load.py): banks, personas and
    plans. The round-one doubts (a dozen patterns that judge answers) came in with the plan's
    first-round notes and cost that import a tenth of its time; they load when an answer or a
    note is judged."""
    loaded = _modules_after_importing(
        "simulator.interview.banks", "simulator.interview.personas", "simulator.interview.plan"
    )
    assert not {"simulator.analysis.doubts", "simulator.analysis.answer"} & loaded
