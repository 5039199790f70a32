"""How soon the full transcript is ready after an answer ends, and what streaming costs in WER.

    .venv/bin/python bench/stt_streaming.py DIR [--seconds 90] [--runs 3] [--engine E[:MODEL]]

Builds a long answer from the recordings in DIR (transcripts.tsv with `file` and `reference`),
joined with pauses, and feeds it to a StreamingTranscriber in 30 ms blocks at the pace of real
speech, then 0.8 s of silence (when the recorder ends the answer). Latency is the time from the
last block to finish() returning. The same audio is transcribed in one batch call to compare WER.
Each run starts the answer at a different recording. Prints per-run figures and medians."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stt_scoring import read_set, score
from simulator.audio.clip import RATE, Clip
from simulator.speech.streaming import StreamingTranscriber
from simulator.speech.stt import Recognizer, default_recognizer

BLOCK_S = 0.03
GAP_S = 0.7
END_SILENCE_S = 0.8


def long_answer(rows: list[tuple[Clip, str]], seconds: float, first: int) -> tuple[Clip, str]:
    pieces: list[np.ndarray] = []
    references: list[str] = []
    total = 0.0
    index = first
    gap = np.zeros(round(GAP_S * RATE), dtype=np.int16)
    while total < seconds:
        clip, reference = rows[index % len(rows)]
        pieces.extend((clip.samples, gap))
        references.append(reference)
        total += clip.duration_s + GAP_S
        index += 1
    pieces.append(np.zeros(round(END_SILENCE_S * RATE), dtype=np.int16))
    return Clip(np.concatenate(pieces)), " ".join(references)


def stream(recognizer: Recognizer, clip: Clip, speed: float) -> tuple[str, float]:
    streaming = StreamingTranscriber(recognizer)
    block = round(BLOCK_S * RATE)
    started = time.perf_counter()
    for offset in range(0, len(clip.samples), block):
        due = started + offset / RATE / speed
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        streaming.feed(clip.samples[offset : offset + block])
    ended = time.perf_counter()
    transcript = streaming.finish()
    return transcript.text, time.perf_counter() - ended


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seconds", type=float, default=90.0, help="answer length")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engine", default=None, help="ENGINE[:MODEL] (default: the default)")
    parser.add_argument("--speed", type=float, default=1.0, help="feed faster than real time")
    args = parser.parse_args()
    engine, _, model = (args.engine or "").partition(":")
    recognizer = default_recognizer(engine or None, model or None)
    rows = [(Clip.from_wav(path), reference) for path, reference in read_set(args.folder)]
    recognizer.transcribe(rows[0][0])  # load the model before timing
    latencies: list[float] = []
    ratios: list[float] = []
    for run in range(args.runs):
        clip, reference = long_answer(rows, args.seconds, first=run * 7)
        text, latency = stream(recognizer, clip, args.speed)
        batch_started = time.perf_counter()
        batch = recognizer.transcribe(clip).text
        batch_s = time.perf_counter() - batch_started
        streamed, whole = score(reference, text), score(reference, batch)
        ratio = streamed.wer / whole.wer if whole.wer else float("inf") if streamed.wer else 1.0
        latencies.append(latency)
        ratios.append(ratio)
        print(
            f"run {run + 1}: {clip.duration_s:.1f} s answer  latency after end {latency:.2f} s"
            f"  (batch pass {batch_s:.1f} s)  WER streaming {streamed.wer:.2%}"
            f"  batch {whole.wer:.2%}  ratio {ratio:.2f}",
            flush=True,
        )
    print(
        f"MEDIAN {recognizer.name}:{recognizer.model}  latency {statistics.median(latencies):.2f} s"
        f"  WER ratio {statistics.median(ratios):.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
