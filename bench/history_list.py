"""How long the session list and the history take with many stored sessions.

The target (issue 6): 500 sessions listed in under 200 ms (median). Sessions are written through
the real SessionStore (atomic JSON, SQLite index) into a temporary folder, then listed the way the
app lists them: a fresh store each time, so every run pays for the folder scan and the index read.

    .venv/bin/python bench/history_list.py [--sessions 500] [--turns 5] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.speech.stt import Transcript, Word
from simulator.storage.records import TurnRecord
from simulator.storage.store import SessionStore
from simulator.storage.writer import now_iso

ANSWER = (
    "um so last year our release kept slipping and I was asked to fix it I wrote a small "
    "script that automated the deployment and the release time went from two days to an hour"
)


def fill(store: SessionStore, sessions: int, turns: int) -> None:
    """Sessions as the app leaves them, saved whole (one atomic write each) to keep set-up short."""
    words = tuple(
        Word(token, index * 0.35, index * 0.35 + 0.3) for index, token in enumerate(ANSWER.split())
    )
    transcript = Transcript(ANSWER, words, "pocketsphinx", "en-us", len(words) * 0.35).to_dict()
    for number in range(sessions):
        writer = store.create_session(
            mode="practice",
            persona_ids=["hiring-manager"],
            bank_id="behavioral",
            engine="pocketsphinx",
            model="en-us",
        )
        answers = tuple(
            TurnRecord(
                number=turn,
                persona_id="hiring-manager",
                question_id=f"behavioral/q{turn}",
                question_text=f"Question {turn}?",
                question_kind="behavioral",
                question_audio=None,
                answer_audio=None,
                answer_mode="voice",
                transcript=transcript,
                analysis={
                    "score": 40 + (number * 7 + turn) % 55,
                    "timing": {"duration_s": 12.0, "wpm": 150.0},
                    "fillers": {"count": 1, "per_minute": 5.0},
                },
                started="2026-01-05T10:00:00.000+00:00",
                ended="2026-01-05T10:01:00.000+00:00",
                ended_by="silence",
            )
            for turn in range(1, turns + 1)
        )
        store.save(replace(writer.record, turns=answers, status="finished", ended=now_iso()))
        writer.release()


def medians_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds. CPU time is the steadier figure on a shared
    machine, where wall time also counts waiting for a core."""
    wall, cpu = [], []
    for _ in range(runs):
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - wall_start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--turns", type=int, default=5, help="answers per session")
    parser.add_argument("--runs", type=int, default=15, help="timed runs per figure")
    parser.add_argument("--target-ms", type=float, default=200.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="history-bench-") as folder:
        root = Path(folder) / "recordings"
        start = time.perf_counter()
        fill(SessionStore(root), args.sessions, args.turns)
        print(
            f"wrote {args.sessions} sessions x {args.turns} answers in "
            f"{time.perf_counter() - start:.1f} s"
        )

        listed = medians_ms(lambda: SessionStore(root).list_sessions(), args.runs)
        history = medians_ms(lambda: SessionStore(root).history(), args.runs)

        def cold() -> None:
            index = root / "index.sqlite3"
            index.unlink()
            SessionStore(root).list_sessions()

        rebuilt = medians_ms(cold, max(3, args.runs // 5))
        count = len(SessionStore(root).list_sessions())

    assert count == args.sessions, count
    print(f"{'figure (median of runs)':<44} {'wall ms':>9} {'cpu ms':>8}")
    rows = [
        ("list_sessions (index up to date)", listed),
        (f"history rows ({args.sessions * args.turns})", history),
        ("list_sessions with no index (full rebuild)", rebuilt),
    ]
    for name, (wall, cpu) in rows:
        print(f"{name:<44} {wall:>9.1f} {cpu:>8.1f}")
    verdict = "PASS" if listed[0] < args.target_ms else "FAIL"
    print(f"{verdict}: listing {args.sessions} sessions, target < {args.target_ms:.0f} ms wall")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
