"""Word error rate and real-time factor of each speech engine on a folder of recordings.

    .venv/bin/python bench/stt_wer.py DIR [--engine faster-whisper:tiny.en ...]

DIR holds WAV files and transcripts.tsv (columns `file` and `reference`). An engine is `default`
(what `interview-sim transcribe FILE` uses) or ENGINE[:MODEL] (what `transcribe --engine ENGINE
--model MODEL` uses): files are read and recognizers built exactly as that command does, so the
figures are the command's. Prints WER and RTF per file and in total per engine. Model loading is
not timed (one warm-up call first). WER is scored as the real-speech README says (the target's
figure); "variants" beside it also counts spelling variants of a word as that word (see
bench/stt_scoring.py)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stt_scoring import Score, read_set, score
from simulator.audio.clip import Clip
from simulator.speech.stt import Recognizer, default_recognizer

DEFAULT_ENGINES = [
    "default",
    "faster-whisper:base",
    "pocketsphinx:speechrecognition",
    "pocketsphinx:pocketsphinx",
]


def build(spec: str) -> Recognizer:
    """The recognizer `interview-sim transcribe` builds for this spec."""
    if spec == "default":
        return default_recognizer()
    engine, _, model = spec.partition(":")
    return default_recognizer(engine, model or None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--engine", action="append", dest="engines", metavar="ENGINE[:MODEL]")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args()
    rows = read_set(args.folder)
    clips = [(path.name, Clip.from_wav(path), reference) for path, reference in rows]
    audio_s = sum(clip.duration_s for _, clip, _ in clips)
    print(f"{len(clips)} files, {audio_s:.1f} s of audio")
    for spec in args.engines or DEFAULT_ENGINES:
        recognizer = build(spec)
        recognizer.transcribe(clips[0][1])  # warm-up: first-call costs are not speed
        errors = words = variant_errors = variant_words = 0
        spent = 0.0
        for name, clip, reference in clips:
            started = time.perf_counter()
            transcript = recognizer.transcribe(clip)
            elapsed = time.perf_counter() - started
            result: Score = score(reference, transcript.text)
            variant = score(reference, transcript.text, spelling_variants=True)
            variant_errors += variant.errors
            variant_words += variant.reference_words
            errors += result.errors
            words += result.reference_words
            spent += elapsed
            if not args.quiet:
                rtf = elapsed / clip.duration_s
                print(
                    f"  {spec:32} {name:34} WER {result.wer:6.1%}  RTF {rtf:.3f}"
                    f"  | {transcript.text[:70]}"
                )
        total_wer = errors / words
        print(
            f"TOTAL {spec:32} WER {total_wer:6.2%} ({errors}/{words})  RTF {spent / audio_s:.3f}"
            f"  (variants: WER {variant_errors / variant_words:.2%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
