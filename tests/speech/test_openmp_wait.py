"""The recognizer's OpenMP threads wait passively unless the user chose otherwise
(simulator.speech.OPENMP_WAIT_POLICY), and the choice is made before ctranslate2 is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SHOW = (
    "import os, sys; import simulator.speech.engines.whisper; "
    "loaded = 'ctranslate2' in sys.modules; "
    "import faster_whisper; "
    "print(loaded, 'ctranslate2' in sys.modules, os.environ['OMP_WAIT_POLICY'])"
)


def policy_seen(env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_passive_unless_the_user_set_a_policy() -> None:
    env = {name: value for name, value in os.environ.items() if name != "OMP_WAIT_POLICY"}
    assert policy_seen(env) == "False True PASSIVE"
    assert policy_seen({**env, "OMP_WAIT_POLICY": "ACTIVE"}) == "False True ACTIVE"
