"""How long the analysis of one answer takes: the issue asks for well under 50 ms for a
two-minute answer. Builds a timed transcript of about 300 words (150 words a minute, with
fillers and pauses) from the labelled answers and prints median and worst times.

    .venv/bin/python bench/analysis_speed.py [--runs 200] [--seconds 120]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.analysis import analyze_answer, render_report, star_learned
from simulator.speech.stt import Transcript, Word

DATA = Path(__file__).resolve().parent / "data" / "star_good.jsonl"


def two_minute_transcript(seconds: float) -> Transcript:
    """Real answer text at 150 words a minute, a filler every ~15 words, a pause every ~40."""
    texts = [
        " ".join(segment["text"] for segment in json.loads(line)["segments"])
        for line in DATA.read_text().splitlines()
    ]
    words: list[Word] = []
    clock = 0.8
    source = " ".join(texts).split()
    index = 0
    while clock < seconds:
        token = "um" if index % 15 == 7 else source[index % len(source)]
        words.append(Word(token, clock, clock + 0.32))
        clock += 0.4 + (1.4 if index % 40 == 39 else 0.0)
        index += 1
    return Transcript(" ".join(w.text for w in words), tuple(words), "bench", duration_s=clock)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--learned", type=float, metavar="SHARE",
                        help="the learned STAR layer's share (default: the product's setting)")
    args = parser.parse_args()
    if args.learned is not None:
        star_learned.LEARNED_SHARE = args.learned
    started = time.perf_counter()
    transcript = two_minute_transcript(args.seconds)
    question = "Tell me about a time you improved a process."
    analyze_answer(transcript, question=question)  # compiles the patterns once
    first = time.perf_counter() - started
    timings, cpu_times = [], []
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        analysis = analyze_answer(transcript, question=question)
        timings.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
    report_times = []
    for _ in range(max(1, args.runs // 10)):
        start = time.perf_counter()
        render_report(analysis)
        report_times.append((time.perf_counter() - start) * 1000)
    print(f"{len(transcript.words)} words, {transcript.duration_s:.0f} s answer, {args.runs} runs")
    print(f"analyze_answer median {statistics.median(timings):.2f} ms, "
          f"p95 {sorted(timings)[int(0.95 * len(timings)) - 1]:.2f} ms, max {max(timings):.2f} ms")
    # On a shared machine the wall clock includes waiting for a core; CPU time does not.
    print(f"analyze_answer CPU time median {statistics.median(cpu_times):.2f} ms")
    print(f"render_report median {statistics.median(report_times):.2f} ms")
    print(f"first call including building the transcript {first * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
