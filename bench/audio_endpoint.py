"""How quickly an answer is detected as over, and what detection costs.

Latency is measured in audio time: from the end of the last word (last 10 ms window louder than
-45 dBFS) to the sample at which Endpointer.feed first returns True, with audio fed in 30 ms blocks
as the microphone delivers it. Answers are spoken by flite at run time (three voices, some with a
comma pause inside); `--real DIR` adds real human speech (a folder of 16 kHz WAVs) to check that
natural pauses do not end an answer early. Cost is wall time per 30 ms frame of Endpointer.feed.

The flite answers run twice: by silence alone, and with the words judge the room uses
(simulator.analysis.answer_end) fed what a perfectly prompt transcript would hold at each moment:
the first clause, ended by a full stop as Whisper often writes it, until the last word is out.
That is the worst case for a thinking pause: a clause that sounds complete, known at once.
A third set (`THINKING`) is the harder case for the words: a first part long enough to be judged
(15 words or more), with an Action and a complete last sentence, then a THINKING_PAUSE_S pause
(shorter than the silence setting, longer than the 0.6 s a "done" answer waits) and the rest.

    .venv/bin/python bench/audio_endpoint.py [--silence-s 0.8] [--repeat 5] [--real DIR]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.analysis.answer_end import answer_end_verdict
from simulator.audio.clip import RATE, Clip
from simulator.audio.endpoint import FRAME_SAMPLES, EndJudge, Endpointer
from simulator.audio.levels import dbfs

BLOCK = 480
TRAILING_SILENCE_S = 4.0
COMMA_PAUSE_S = 0.5

ANSWERS = [
    ("I took over the release plan", "and we shipped it two weeks early."),
    ("Our test suite took an hour", "so I split it across four machines."),
    ("The customer was unhappy with the delay", "and I called them every morning."),
    ("We had no metrics for the service", "so I added them before changing anything."),
    ("My manager and I disagreed on the scope", "and we settled it with a small trial."),
]
THINKING = [
    (
        "Our nightly build kept failing and nobody owned it, so I traced it to a flaky test.",
        "Then I fixed the timing, and the build has been green ever since.",
    ),
    (
        "I took over the support queue in March and sorted every ticket by age. The oldest "
        "had been open since January.",
        "So I closed those first, and the queue was empty within a month.",
    ),
    (
        "My manager wanted the report weekly, so I wrote a script that pulls the numbers "
        "from the database.",
        "After that the report was never late again.",
    ),
    (
        "The client was unhappy with the delays, and I called them every morning with an "
        "update. They had been waiting for weeks.",
        "In the end they renewed the contract for two more years.",
    ),
]
THINKING_PAUSE_S = 0.9
"""Between sentences, a speaker who is thinking pauses this long (from the last sound of one part
to the first of the next: flite's own leading and trailing silence is cut). Shorter than
--silence-s 1.2, so silence alone never ends these answers there; longer than QUICK_S."""
VOICES = ["slt", "rms", "awb"]


def flite(text: str, voice: str, workdir: Path) -> np.ndarray:
    path = workdir / "say.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(path)], check=True)
    return Clip.from_wav(path).samples


def loud_windows(samples: np.ndarray) -> list[int]:
    """Starts of the 10 ms windows louder than -45 dBFS."""
    window = RATE // 100
    return [
        i
        for i in range(0, len(samples) - window + 1, window)
        if dbfs(samples[i : i + window]) > -45
    ]


def last_sound_s(samples: np.ndarray) -> float:
    loud = loud_windows(samples)
    return (loud[-1] + RATE // 100) / RATE if loud else 0.0


def ended_at_s(
    samples: np.ndarray, silence_s: float, judge: EndJudge | None = None
) -> float | None:
    endpointer = Endpointer(silence_s=silence_s, judge=judge)
    for first in range(0, len(samples), BLOCK):
        if endpointer.feed(samples[first : first + BLOCK]):
            return min(first + BLOCK, len(samples)) / RATE
    return None


def flite_answers(workdir: Path) -> list[tuple[str, np.ndarray]]:
    silence = np.zeros(round(TRAILING_SILENCE_S * RATE), dtype=np.int16)
    pause = np.zeros(round(COMMA_PAUSE_S * RATE), dtype=np.int16)
    made = []
    for index, (first, second) in enumerate(ANSWERS):
        for voice in VOICES:
            joined = flite(f"{first}, {second}", voice, workdir)
            made.append((f"{voice}:{index}", np.concatenate([joined, silence])))
            parts = [flite(first, voice, workdir), pause, flite(second, voice, workdir), silence]
            made.append((f"{voice}:{index}+pause", np.concatenate(parts)))
    return made


def voiced(samples: np.ndarray) -> np.ndarray:
    """`samples` from its first to its last sound (10 ms windows above -45 dBFS)."""
    loud = loud_windows(samples)
    return samples[loud[0] : loud[-1] + RATE // 100] if loud else samples


def thinking_answers(workdir: Path) -> list[tuple[str, np.ndarray]]:
    silence = np.zeros(round(TRAILING_SILENCE_S * RATE), dtype=np.int16)
    pause = np.zeros(round(THINKING_PAUSE_S * RATE), dtype=np.int16)
    return [
        (
            f"{voice}:thinking{index}",
            np.concatenate(
                [
                    voiced(flite(first, voice, workdir)),
                    pause,
                    voiced(flite(second, voice, workdir)),
                    silence,
                ]
            ),
        )
        for index, (first, second) in enumerate(THINKING)
        for voice in VOICES
    ]


def words_so_far(label: str, samples: np.ndarray) -> EndJudge:
    """A judge fed the words said up to the last speech: the first part with a full stop
    until the answer's last word has been said, then the whole answer."""
    name = label.split(":")[1].split("+")[0]
    if name.startswith("thinking"):
        first, second = THINKING[int(name.removeprefix("thinking"))]
        whole = f"{first} {second}"
    else:
        first, second = ANSWERS[int(name)]
        first, whole = f"{first}.", f"{first}. Then {second}"
    last_word_s = last_sound_s(samples)

    def judge(last_speech_end_s: float) -> str:
        if last_speech_end_s >= last_word_s - 0.05:
            return answer_end_verdict(whole)
        return answer_end_verdict(first)

    return judge


def real_answers(folder: Path) -> list[tuple[str, np.ndarray]]:
    silence = np.zeros(round(TRAILING_SILENCE_S * RATE), dtype=np.int16)
    return [
        (f"real:{path.name}", np.concatenate([Clip.from_wav(path).samples, silence]))
        for path in sorted(folder.glob("*.wav"))
    ]


def measure(
    name: str, answers: list[tuple[str, np.ndarray]], silence_s: float, words: bool = False
) -> None:
    latencies, early = [], []
    for label, samples in answers:
        last_word = last_sound_s(samples)
        judge = words_so_far(label, samples) if words else None
        ended = ended_at_s(samples, silence_s, judge)
        if ended is None:
            early.append(f"{label} (never ended)")
        elif ended < last_word:
            early.append(f"{label} (ended at {ended:.2f} s, last word ends {last_word:.2f} s)")
        else:
            latencies.append(ended - last_word)
    print(f"{name}: {len(answers)} answers, silence_s={silence_s}")
    if latencies:
        print(
            f"  end latency after last word: median {statistics.median(latencies):.3f} s, "
            f"min {min(latencies):.3f} s, max {max(latencies):.3f} s"
        )
    print(f"  ended too early or never: {len(early)}" + "".join(f"\n    {e}" for e in early))


def vad_cost_us(answers: list[tuple[str, np.ndarray]], repeat: int) -> float:
    audio = np.concatenate([samples for _, samples in answers])
    frames = len(audio) // FRAME_SAMPLES
    runs = []
    for _ in range(repeat):
        endpointer = Endpointer(silence_s=1e9)  # never ends: every frame gets classified
        started = time.perf_counter()
        for first in range(0, len(audio), BLOCK):
            endpointer.feed(audio[first : first + BLOCK])
        runs.append((time.perf_counter() - started) / frames * 1e6)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silence-s", type=float, default=0.8)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the cost measurement")
    parser.add_argument("--real", type=Path, help="a folder of real-speech 16 kHz WAV files")
    args = parser.parse_args()
    if not shutil.which("flite"):
        parser.error("flite is not installed (apt-get install flite)")

    with tempfile.TemporaryDirectory() as workdir:
        answers = flite_answers(Path(workdir))
        thinking = thinking_answers(Path(workdir))
    measure("flite answers", answers, args.silence_s)
    measure("flite answers, words judge", answers, args.silence_s, words=True)
    measure("flite answers with a thinking pause", thinking, args.silence_s)
    measure("flite answers with a thinking pause, words judge", thinking, args.silence_s, True)
    if args.real:
        measure("real speech", real_answers(args.real), args.silence_s)
    cost = vad_cost_us(answers, args.repeat)
    print(f"Endpointer.feed cost: median {cost:.1f} us per 30 ms frame ({args.repeat} runs)")


if __name__ == "__main__":
    main()
