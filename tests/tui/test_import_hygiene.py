"""Only simulator.tui imports Textual, and the app itself imports nothing heavy: the first
screen must paint before numpy, the engines or the audio stack are loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"numpy", "faster_whisper", "ctranslate2", "pocketsphinx", "pyttsx3", "sounddevice"}


def _run(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_no_module_outside_the_tui_imports_textual() -> None:
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import simulator\n"
        "names = [m.name for m in pkgutil.walk_packages(simulator.__path__, 'simulator.')\n"
        "         if not m.name.startswith(('simulator.tui', 'simulator.__main__'))]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(json.dumps([name for name in names] + ['--'] + sorted(sys.modules)))"
    )
    result = _run(code)
    split = result.index("--")
    imported, loaded = result[:split], set(result[split + 1 :])
    assert "simulator.interview.runner" in imported and "simulator.cli" in imported
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}


def test_the_app_and_its_screens_import_nothing_heavy() -> None:
    code = (
        "import json, sys\n"
        "from simulator.cli import build_parser\n"
        "build_parser()\n"
        "import simulator.tui.app, simulator.tui.screens.interview, simulator.tui.screens.replay\n"
        "import simulator.tui.screens.summary, simulator.tui.screens.history\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    loaded = set(_run(code))
    assert "textual.app" in loaded
    assert not HEAVY & loaded, HEAVY & loaded
