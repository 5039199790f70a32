"""How long the interview content takes to load: the home screen lists personas and banks, and
`banks lint` checks every file, so both must stay fast as banks grow.

Measures, in a fresh interpreter each run (nothing cached): importing the content modules, and
then loading every persona and bank (parse + validate). Also the in-process cost of a second
load, and of building a full-mock plan. Prints medians over the runs.

    .venv/bin/python bench/content_load.py --runs 7
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, time
start = time.perf_counter()
from simulator.interview.banks import load_banks
from simulator.interview.personas import load_personas
from simulator.interview import plan
imported = time.perf_counter()
personas, banks = load_personas(), load_banks()
loaded = time.perf_counter()
again_start = time.perf_counter()
load_personas(), load_banks()
again = time.perf_counter() - again_start
plan_start = time.perf_counter()
plan.full_mock(list(personas.items.values())[:3], banks.items, count=8, seed=1)
planned = time.perf_counter() - plan_start
questions = sum(len(b.questions) for b in banks.items.values())
print(json.dumps({"import": imported - start, "first_load": loaded - imported, "second_load": again,
                  "plan": planned, "files": len(personas.items) + len(banks.items),
                  "questions": questions}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    results = []
    for _ in range(args.runs):
        child = subprocess.run(
            [sys.executable, "-c", CHILD], cwd=root, capture_output=True, text=True, check=True
        )
        results.append(json.loads(child.stdout))
    print(f"{results[0]['files']} files, {results[0]['questions']} questions, {args.runs} runs")
    for key, label in (
        ("import", "import content modules"),
        ("first_load", "load all personas + banks (cold)"),
        ("second_load", "load all personas + banks (warm)"),
        ("plan", "build an 8-question panel plan"),
    ):
        values = [r[key] * 1000 for r in results]
        median = statistics.median(values)
        print(f"  {label:<36} median {median:7.1f} ms  max {max(values):7.1f} ms")


if __name__ == "__main__":
    main()
