"""`interview-sim practice`: one interview, in the app or headless (--no-tui) for scripts and
terminals without a full screen. Headless mode asks one question, records or reads one answer,
prints the transcript with its timing and feedback, and saves the session."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TextIO

    from simulator.analysis import AnswerAnalysis
    from simulator.interview.banks import Question, QuestionBank
    from simulator.interview.events import Event


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "practice",
        help="practise answering: one question headless (--no-tui), or the full app",
        description="Hear a question in an interviewer's voice, answer it out loud, get feedback.",
    )
    parser.add_argument("--persona", help="interviewer id (see `interview-sim personas`)")
    parser.add_argument("--bank", help="question bank id (see `interview-sim banks`)")
    parser.add_argument("--question", help="question id; default: the bank's first question")
    parser.add_argument("--no-tui", action="store_true", help="run in the plain terminal")
    answer = parser.add_mutually_exclusive_group()
    answer.add_argument(
        "--answer-from", type=Path, metavar="FILE.wav", help="use a recorded answer, not the mic"
    )
    answer.add_argument("--typed", action="store_true", help="type the answer (no microphone)")
    parser.add_argument("--silent", action="store_true", help="show the question, do not speak it")
    parser.add_argument("--engine", help="speech-to-text engine (faster-whisper, pocketsphinx)")
    parser.add_argument("--model", help="model for the engine, e.g. tiny.en or base")
    parser.add_argument(
        "--silence", type=float, metavar="SECONDS", help="silence that ends an answer"
    )
    parser.add_argument("--json", action="store_true", help="print the turn as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.no_tui:
        from simulator.tui.app import run_app

        return run_app(persona_id=args.persona, bank_id=args.bank)
    return run_headless(args)


def run_headless(args: argparse.Namespace) -> int:
    import json
    from dataclasses import replace

    from simulator.analysis import render_report
    from simulator.audio.clip import Clip
    from simulator.config import load_settings
    from simulator.interview.banks import DEFAULT_BANK, get_bank
    from simulator.interview.personas import DEFAULT_PERSONA, get_persona
    from simulator.interview.runner import AnswerControls, Interview

    # Everything the user named is checked before anything is spoken or recorded.
    persona = get_persona(args.persona or DEFAULT_PERSONA)
    bank = get_bank(args.bank or DEFAULT_BANK)
    question = _pick_question(bank, args.question)
    answer_clip = Clip.from_wav(args.answer_from) if args.answer_from else None
    if answer_clip is None and not args.typed:
        from simulator.errors import AudioDeviceError
        from simulator.interview.runner import microphone_available

        has_microphone, reason = microphone_available()
        if not has_microphone:
            raise AudioDeviceError(
                reason, hint="answer by typing with --typed, or from a file with --answer-from"
            )

    settings = load_settings()
    if args.engine:
        settings = replace(settings, engine=args.engine)
    if args.model:
        settings = replace(settings, model=args.model)
    if args.silence is not None:
        settings = replace(settings, silence_s=args.silence)

    out = sys.stderr if args.json else sys.stdout
    from simulator.storage.store import SessionStore

    store = SessionStore()
    for notice in store.recover():
        print(f"note: {notice}", file=out)
    interview = Interview(
        store=store, persona=persona, bank_id=bank.id, settings=settings, speak=not args.silent
    )
    print(f"{persona.role_label}: {persona.name}, {persona.title}", file=out)
    print(f"Q: {question.text}", file=out)
    finished: list[AnswerAnalysis] = []
    on_event = _printer(out, finished)
    asked = interview.ask(question, on_event=on_event)
    if answer_clip is not None:
        turn = interview.answer_from_clip(asked, answer_clip, on_event)
    elif args.typed:
        print("Type your answer; finish with an empty line (or Ctrl-D):", file=out)
        turn = interview.answer_by_text(asked, _read_typed_answer(), on_event)
    else:
        controls = AnswerControls()
        _stop_on_enter(controls.stop)
        result = interview.answer_by_voice(asked, controls, on_event)
        assert result is not None  # only a cancel returns None, and headless never cancels
        turn = result
    record = interview.finish()

    if args.json:
        print(json.dumps({"session": record.id, "folder": str(interview.folder), **turn.to_dict()}))
        return 0
    print(render_report(finished[-1]), file=out)
    print(f"Saved session {record.id} in {interview.folder}", file=out)
    return 0


def _pick_question(bank: QuestionBank, question_id: str | None) -> Question:
    return bank.question(question_id) if question_id else bank.questions[0]


def _printer(out: TextIO, finished: list[AnswerAnalysis]) -> Callable[[Event], None]:
    """Headless progress: notices and state changes as lines; keeps each turn's analysis."""
    from simulator.interview.events import Notice, StateChanged, TurnFinished

    def on_event(event: Event) -> None:
        if isinstance(event, TurnFinished) and event.analysis is not None:
            finished.append(event.analysis)
        elif isinstance(event, Notice):
            print(f"note: {event.message}", file=out)
        elif isinstance(event, StateChanged) and event.state == "listening":
            print("Listening: answer now. It ends after a pause, or press Enter.", file=out)
        elif isinstance(event, StateChanged) and event.state == "transcribing":
            print("Transcribing...", file=out)

    return on_event


def _read_typed_answer() -> str:
    lines: list[str] = []
    for line in sys.stdin:
        if not line.strip() and lines:
            break
        lines.append(line.rstrip("\n"))
    return " ".join(part for part in lines if part.strip())


def _stop_on_enter(stop: threading.Event) -> None:
    """Enter ends the answer; with no terminal on stdin, only silence does."""
    if not sys.stdin or not sys.stdin.isatty():
        return

    def wait_for_enter() -> None:
        try:
            sys.stdin.readline()
        except (OSError, ValueError):
            return
        stop.set()

    threading.Thread(target=wait_for_enter, name="enter-ends-answer", daemon=True).start()
