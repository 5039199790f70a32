"""Soak: many answers in ONE interview session, to show that a long practice does not leak.

Each answer goes the whole way a spoken answer goes: the question is synthesised by espeak-ng and
played into the virtual speaker, a flite answer is fed to the virtual microphone (the ALSA `file`
plugin of tests/support/virtual_audio.py, so it is not paced), recorded by the real
MicrophoneSource, transcribed while recording by the real recognizer, analysed and saved in the
session. After each answer the process's resident memory (VmRSS) and its open file descriptors
(/proc/self/fd) are read. Memory after the warm-up must stay flat and descriptors must not grow.

Questions cycle through the first `--questions` of the default bank: each distinct question's
audio stays in the synthesizer's memory cache (about 160 kB each, at most 256 of them), so with
all 66 questions memory rises by some 10 MB until each has been asked once, then levels off. A
few questions make that happen within the warm-up, leaving only what would be a leak.

Everything is written under a fresh temporary INTERVIEW_SIM_HOME (removed at the end).

    .venv/bin/python bench/soak.py [--answers 100] [--warm-up 10] [--questions 10]
                                   [--engine pocketsphinx] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ANSWERS = [
    "I wrote a script that automated the deployment.",
    "I sorted the tickets and fixed the top two problems.",
    "We tried both designs and kept the faster one.",
]
"""Short on purpose: a leak shows per answer, not per second of speech, and a short answer keeps
100 of them within a few minutes on two cores."""


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def slope_per_answer(values: list[float]) -> float:
    """Least-squares growth per answer (MB or fds per answer)."""
    if len(values) < 2:
        return 0.0
    xs = list(range(len(values)))
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(values)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, values, strict=True)) / spread


def soak(
    answers: int, questions: int, engine: str | None, workdir: Path, progress: bool
) -> list[dict[str, float]]:
    from simulator.audio.clip import Clip
    from simulator.config import Settings
    from simulator.interview.banks import DEFAULT_BANK, get_bank
    from simulator.interview.personas import DEFAULT_PERSONA, get_persona
    from simulator.interview.runner import AnswerControls, Interview
    from tests.support.speech import flite_clip
    from tests.support.virtual_audio import VirtualAudio, activate

    audio = VirtualAudio(workdir / "vaudio")
    activate(audio)  # before the first stream opens; PortAudio is restarted on the new devices
    spoken = [flite_clip(text, workdir, name=f"answer{i}") for i, text in enumerate(ANSWERS)]
    persona = get_persona(DEFAULT_PERSONA)
    bank = get_bank(DEFAULT_BANK)
    interview = Interview(
        persona=persona, bank_id=bank.id, settings=Settings(engine=engine, silence_s=0.8)
    )

    def ignore(event: object) -> None:
        return None

    samples: list[dict[str, float]] = []
    for number in range(1, answers + 1):
        started = time.perf_counter()
        question = bank.questions[(number - 1) % min(questions, len(bank.questions))]
        answer: Clip = spoken[(number - 1) % len(spoken)]
        audio.feed_mic(answer, trailing_silence_s=2.0)
        asked = interview.ask(question, on_event=ignore)
        turn = interview.answer_by_voice(asked, AnswerControls(), ignore)
        if turn is None or not turn.transcript.get("text"):
            raise RuntimeError(f"answer {number}: nothing was transcribed")
        sample = {
            "answer": number,
            "rss_mb": round(rss_mb(), 1),
            "fds": open_fds(),
            "seconds": round(time.perf_counter() - started, 2),
        }
        samples.append(sample)
        if progress:
            print(
                f"  answer {number:3d}: RSS {sample['rss_mb']:7.1f} MB  fds {sample['fds']:3d}  "
                f"{sample['seconds']:.2f} s",
                file=sys.stderr,
            )
    record = interview.finish()
    if len(record.turns) != answers:
        raise RuntimeError(f"the session kept {len(record.turns)} of {answers} answers")
    activate(None)
    return samples


def summarise(samples: list[dict[str, float]], warm_up: int) -> dict[str, float]:
    after = samples[warm_up - 1 :] if len(samples) >= warm_up else samples
    rss = [s["rss_mb"] for s in after]
    fds = [s["fds"] for s in after]
    return {
        "answers": len(samples),
        "rss_after_warm_up_mb": rss[0],
        "rss_end_mb": rss[-1],
        "rss_growth_mb": round(rss[-1] - rss[0], 1),
        "rss_slope_mb_per_answer": round(slope_per_answer(rss), 3),
        "fds_after_warm_up": fds[0],
        "fds_end": fds[-1],
        "fds_growth": fds[-1] - fds[0],
        "fds_max": max(fds),
        "median_answer_s": round(statistics.median(s["seconds"] for s in samples), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100, help="answers in the one session")
    parser.add_argument("--warm-up", type=int, default=10, help="answers before memory settles")
    parser.add_argument("--questions", type=int, default=10, help="distinct questions to cycle")
    parser.add_argument("--engine", help="speech-to-text engine (default: the app's default)")
    parser.add_argument("--json", action="store_true", help="print samples and summary as JSON")
    parser.add_argument("--quiet", action="store_true", help="no per-answer lines on stderr")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="interview-sim-soak-"))
    os.environ["INTERVIEW_SIM_HOME"] = str(workdir / "home")
    try:
        samples = soak(args.answers, args.questions, args.engine, workdir, not args.quiet)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    summary = summarise(samples, args.warm_up)
    if args.json:
        print(json.dumps({"samples": samples, "summary": summary}))
        return 0
    print("RSS curve (MB) and open fds, every answer:")
    for sample in samples:
        bar = "#" * max(1, round(sample["rss_mb"] / 10))
        print(f"  {sample['answer']:3d}  {sample['rss_mb']:7.1f}  {sample['fds']:3d}  {bar}")
    print()
    for key, value in summary.items():
        print(f"{key:26s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
