"""A short soak: bench/soak.py with 14 answers in one session through the virtual devices (the
full run is 100, see bench/README.md). Run as a child process, so the memory and descriptors
measured are the app's alone, not pytest's."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise

import pytest

from tests.trust.helpers import REPO

pytestmark = pytest.mark.slow

ANSWERS = 14
WARM_UP = 5


@pytest.mark.slow(seconds=9)
def test_many_answers_in_one_session_leak_no_descriptors_and_little_memory() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "bench/soak.py",
            "--answers",
            str(ANSWERS),
            "--warm-up",
            str(WARM_UP),
            "--questions",
            "4",
            "--engine",
            "pocketsphinx",
            "--json",
            "--quiet",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    summary = report["summary"]
    curve = [(s["answer"], s["rss_mb"], s["fds"]) for s in report["samples"]]
    assert summary["answers"] == ANSWERS
    # Every stream, WAV, lock and database handle an answer opens is closed again.
    assert summary["fds_end"] <= summary["fds_after_warm_up"], curve
    assert summary["fds_max"] <= summary["fds_after_warm_up"] + 2, curve
    # After the warm-up (engines, caches, first allocations) memory is about flat: a session
    # record grows by a few kB an answer, a leaked clip would add about 0.1 MB or more.
    assert summary["rss_growth_mb"] < 8.0, curve
    # The leak rate: what memory rose after the warm-up, answer by answer, less its one largest
    # rise, per answer. A leak climbs on every answer; memory that settles once (an allocator
    # arena or a cache growing one step, seen at answer 9 of an idle four-worker run, which the
    # median pairwise slope then read as 0.31 MB an answer) is one rise. Idle here: 0.05.
    after = [rss for answer, rss, _ in curve if answer > WARM_UP]
    assert len(after) >= ANSWERS - WARM_UP - 1, curve
    rises = sorted(max(0.0, later - earlier) for earlier, later in pairwise(after))
    leak_rate = sum(rises[:-1]) / (len(rises) - 1)
    assert leak_rate < 0.25, (leak_rate, curve)
