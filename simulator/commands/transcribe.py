"""`interview-sim transcribe AUDIO`: the recognizer on its own, for scripts and for checking what
the app will hear. Prints the text, or with --json the words and fillers with their times."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "transcribe",
        help="transcribe an audio file offline",
        description="Transcribe an audio file (WAV, FLAC, Ogg, MP3) on this machine (nothing is"
        " sent anywhere).",
    )
    parser.add_argument(
        "audio", type=Path, metavar="AUDIO", help="WAV (any depth), FLAC, Ogg or MP3"
    )
    parser.add_argument("--engine", help="faster-whisper (default) or pocketsphinx")
    parser.add_argument(
        "--model",
        help="tiny.en (default), base, a downloaded name or a model folder;"
        " for pocketsphinx: speechrecognition (default) or pocketsphinx",
    )
    parser.add_argument("--json", action="store_true", help="print words and fillers as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from simulator.audio.clip import Clip
    from simulator.speech.stt import default_recognizer, filler_words

    clip = Clip.from_wav(args.audio)
    transcript = default_recognizer(args.engine, args.model).transcribe(clip)
    for notice in transcript.notices:
        print(f"interview-sim: {notice}", file=sys.stderr)
    if not args.json:
        print(transcript.text)
        return 0
    document = {
        "engine": transcript.engine,
        "model": transcript.model,
        "duration_s": round(clip.duration_s, 3),
        "text": transcript.text,
        "words": [_timed(w.text, w.start, w.end) for w in transcript.words],
        "fillers": [_timed(w.text, w.start, w.end) for w in filler_words(transcript)],
    }
    print(json.dumps(document, indent=2))
    return 0


def _timed(text: str, start: float | None, end: float | None) -> dict[str, object]:
    return {"text": text, "start": start, "end": end}
