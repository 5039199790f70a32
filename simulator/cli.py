"""Command line entry point. With no arguments it opens the interview room (TUI); subcommands
give the same features to scripts. Each command group lives in simulator/commands/ and imports
its heavy parts only when it runs, so `--help` and the TUI start fast."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from simulator import __version__
from simulator.errors import DataFileError, SimulatorError

COMMAND_MODULES = (
    "practice",
    "transcribe",
    "analyze",
    "content",
    "sessions",
    "models",
    "doctor",
)
"""Modules under simulator.commands; each has register(subparsers) that sets `handler`."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interview-sim",
        description="Practise interviews out loud: hear the question, answer, get feedback.",
    )
    parser.add_argument("--version", action="version", version=f"interview-sim {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"simulator.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"simulator.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # No arguments opens the room, which needs no parser: building it imports every command
    # module, a sixth of the room's cold start.
    args = build_parser().parse_args(argv) if argv else argparse.Namespace(command=None)
    saved = sys.stdout, sys.stderr
    if not _opens_app(args):
        _print_visibly()
    try:
        if args.command is None:
            from simulator.tui.app import run_app

            return run_app()
        result: int = args.handler(args)
        sys.stdout.flush()
        return result
    except BrokenPipeError:
        return _reader_went_away()
    except SimulatorError as error:
        # A data file with several problems names each (one a line), not only the first:
        # fixing one and running again to learn of the next took a run per problem.
        problems = error.problems if isinstance(error, DataFileError) else (error,)
        for problem in problems:
            print(f"interview-sim: error: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interview-sim: stopped", file=sys.stderr)
        return 130
    finally:
        sys.stdout, sys.stderr = saved


SIGPIPE_EXIT = 141
"""What a shell reports for a process ended by SIGPIPE (128 + 13), as `yes | head -1` does."""


def _reader_went_away() -> int:
    """The reader of standard output closed it (`interview-sim sessions | head -3`): stop quietly,
    as a Unix tool does, instead of printing a traceback. Standard output is pointed at the null
    device so the interpreter's own flush at exit does not raise a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    finally:
        os.close(devnull)
    return SIGPIPE_EXIT


def _opens_app(args: argparse.Namespace) -> bool:
    """The full-screen app draws with escape codes of its own (and escapes what it shows)."""
    return args.command is None or (args.command == "practice" and not args.no_tui)


def _print_visibly() -> None:
    """Everything a command prints (names and text from data files, typed answers, transcripts,
    warnings) goes through `visible`, so no control character in them reaches the terminal."""
    from simulator.safe_text import VisibleStream

    if not isinstance(sys.stdout, VisibleStream):
        sys.stdout = VisibleStream(sys.stdout)
    if not isinstance(sys.stderr, VisibleStream):
        # Standard output first: in one pipe, each message comes after what was printed before.
        sys.stderr = VisibleStream(sys.stderr, after=sys.stdout)


if __name__ == "__main__":  # `python -m simulator.cli` runs as `interview-sim` does
    raise SystemExit(main())
