"""`interview-sim practice`: one interview, in the app or headless (--no-tui) for scripts and
terminals without a full screen. Headless, `--mode` runs the same session plan the room runs
(introductions, questions with their lead-ins, follow-ups, replies to the candidate's questions,
the close); without it one question is asked. Answers come from the microphone, from WAV files
(--answer-from, once per answer) or from standard input (--typed: one answer per paragraph, ended
by an empty line). It prints each transcript with its feedback and saves the session."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TextIO

    from simulator.analysis import AnswerAnalysis
    from simulator.audio.clip import Clip
    from simulator.interview.banks import Question
    from simulator.interview.company import CompanyProfile
    from simulator.interview.events import Event
    from simulator.interview.plan import InterviewPlan
    from simulator.interview.runner import AnswerControls, AskedTurn, Interview
    from simulator.interview.sequence import PlannedSession
    from simulator.storage.records import SessionRecord, TurnRecord


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "practice",
        help="practise answering: one question headless (--no-tui), or the full app",
        description="Hear a question in an interviewer's voice, answer it out loud, get feedback.",
        epilog=HEADLESS_NOTES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--persona",
        action="append",
        help="interviewer id (see `interview-sim personas`); repeat for a panel (--mode full)",
    )
    parser.add_argument(
        "--bank",
        help="question bank id (see `interview-sim banks`); with --mode as the room's choice: "
        "a role bank adds its questions to a full mock (as --role)",
    )
    parser.add_argument("--question", help="question id; default: the bank's first question")
    parser.add_argument("--no-tui", action="store_true", help="run in the plain terminal")
    parser.add_argument(
        "--mode", choices=MODES, help="a whole session from the plan (see `interview-sim plan`)"
    )
    parser.add_argument("--company", type=Path, help="company profile TOML")
    parser.add_argument("--first-round", type=Path, help="first-round notes TOML")
    parser.add_argument("--count", type=int, help="number of questions (full mock: 5-8)")
    parser.add_argument("--seed", type=int, help="same seed, same questions")
    parser.add_argument("--role", help="full mock: add this role's questions, e.g. nursing")
    parser.add_argument("--target", help="drill: a competency (conflict) or a role (nursing); "
                        "without it, the weakest area by your past scores")
    parser.add_argument("--exercise", help="presentation: exercise id, e.g. case-new-market"
                        " or my-bank/my-talk (default: random from every exercise bank)")
    answer = parser.add_mutually_exclusive_group()
    answer.add_argument(
        "--answer-from",
        type=Path,
        action="append",
        metavar="FILE.wav",
        help="use a recorded answer, not the mic; repeat for each answer of a session",
    )
    answer.add_argument("--typed", action="store_true", help="type the answer (no microphone)")
    parser.add_argument("--silent", action="store_true", help="show the question, do not speak it")
    parser.add_argument("--engine", help="speech-to-text engine (faster-whisper, pocketsphinx)")
    parser.add_argument("--model", help="model for the engine, e.g. tiny.en or base")
    parser.add_argument(
        "--silence", type=float, metavar="SECONDS", help="silence that ends an answer"
    )
    parser.add_argument(
        "--follow-ups",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="ask the interviewer's follow-up after an answer that lacks something, and take "
        "the next answer as its reply (default: on with --mode when you answer live, off when "
        "answers come from --answer-from files or a pipe; see below)",
    )
    parser.add_argument("--json", action="store_true", help="print the turn as JSON")
    parser.set_defaults(handler=run)


HEADLESS_NOTES = """\
Follow-ups (--no-tui --mode): whether a follow-up comes depends on the answer, so
with answers prepared in advance (--answer-from files, or --typed from a pipe or
a file) they are off by default: each answer goes to the next planned question,
and a follow-up the interviewer would have asked is printed as a note.
--follow-ups asks them anyway (the next answer is then the reply);
--no-follow-ups leaves them out when you answer live.

Exit status (--no-tui): 0 the session was saved; 1 no answer was given, so
nothing was saved (nothing typed, or not a word heard in the --answer-from
files; with --json: "saved": false); 2 a bad option or data file; 130 stopped
with Ctrl-C (every answer so far is saved)."""
NOTHING_SAVED = 1
"""`practice --no-tui` exit status when no answer was given: no session was kept (the
epilog above lists every status)."""

MODES = ("full", "drill", "your-questions", "presentation")
"""As simulator.interview.plan.MODES (not imported: the parser must stay light)."""


def run(args: argparse.Namespace) -> int:
    if not args.no_tui:
        from simulator.interview.company import load_company
        from simulator.interview.first_round import load_checked_first_round
        from simulator.tui.app import run_app

        # The files named here open in the app, listed and chosen (breaker15 B12: they were
        # ignored without a word); checked first, so a broken one is named as --no-tui names it.
        if args.company:
            load_company(args.company)
        if args.first_round:
            load_checked_first_round(args.first_round)
        return run_app(persona_id=(args.persona or [None])[0], bank_id=args.bank,
                       company=args.company, notes=args.first_round)
    return run_headless(args)


def run_headless(args: argparse.Namespace) -> int:
    import json
    from dataclasses import replace

    from simulator.audio.clip import Clip
    from simulator.config import load_settings
    from simulator.interview.runner import Interview
    from simulator.interview.sequence import PlannedSession

    # Everything the user named is checked before anything is spoken or recorded.
    built, company = _headless_plan(args)
    answer_clips = [Clip.from_wav(path) for path in args.answer_from or ()]
    if not answer_clips and not args.typed:
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
    if built.focus_line:
        print(built.focus_line, file=out)
    first = built.turns[0]
    interview = Interview(
        store=store,
        persona=first.persona,
        panel=built.personas,
        mode=built.mode if args.mode else "practice",
        bank_id=first.question.bank_id if args.mode is None or len(built.turns) == 1 else args.bank,
        settings=settings,
        speak=not args.silent,
        company=company,
    )
    session = PlannedSession(
        built,
        interview,
        # --no-follow-ups leaves them out of a live mock too (it used to be ignored there).
        follow_ups=args.mode is not None if args.follow_ups is None else args.follow_ups,
    )
    on_event = _printer(out)
    prepared = _prepared_answers(args)
    answers = _AnswerSource(
        interview, answer_clips, typed=args.typed, out=out, confirm_empty=prepared is None,
        clip_names=[Path(path).name for path in args.answer_from or ()],
    )
    asks = args.follow_ups if args.follow_ups is not None else prepared is None
    try:
        turns = _run_plan(session, answers, on_event, out, not_asked=None if asks else prepared)
    except KeyboardInterrupt:
        # Exit 130 (the CLI's Ctrl-C), with every answer so far stored.
        for notice in interview.end_interrupted():
            print(f"note: {notice}", file=out)
        _print_saved(interview, out)
        raise
    if prepared is not None:
        unused = answers.left_over()
        if unused:
            print(left_over_note(unused, files=bool(args.answer_from)), file=out)
    if answers.ended_early:
        print(ended_early_note(session.remaining), file=out)
    elif answers.ran_out:
        print(ran_out_note(session.remaining), file=out)
    record = session.finish(interrupted=answers.ended_early or answers.ran_out)
    if args.answer_from and record.turns and all(turn.empty for turn in record.turns):
        # Not a word in any --answer-from file (silence, a muted recording): no answer was
        # given, as the exit status says, and a 0 would only pull the history down. The files
        # are the user's own, so dropping the session's copies loses nothing.
        interview.store.delete(record.id)
        print("note: no words were heard in the answer file(s).", file=out)
    if not interview.folder.is_dir():
        # No answer: `SessionWriter.finish` kept nothing, so there is no session to name.
        if args.json:
            print(json.dumps({"saved": False, "session": None, "folder": None}))
        _print_saved(interview, out)
        return NOTHING_SAVED
    _print_second_round(record, out)

    if args.json:
        folder = {"saved": True, "session": record.id, "folder": str(interview.folder)}
        if args.mode is None:
            print(json.dumps({**folder, **turns[-1].to_dict()}) if turns else json.dumps(folder))
        else:
            print(json.dumps({**folder, "turns": [turn.to_dict() for turn in turns]}))
        return 0
    _print_saved(interview, out)
    return 0


def _prepared_answers(args: argparse.Namespace) -> str | None:
    """Where answers written before the session come from ("files", "a pipe"), or None when
    the user answers live (the microphone, or typing at a terminal). Prepared answers are in
    plan order, so follow-ups are off for them by default (`--follow-ups` turns them on)."""
    if args.answer_from:
        return "--answer-from files"
    if args.typed and not (sys.stdin and sys.stdin.isatty()):
        return "standard input"
    return None


def _print_saved(interview: Interview, out: TextIO) -> None:
    """Where the ended session was saved, or that nothing was: a session without a single
    answer is not kept (`SessionWriter.finish` removes its folder)."""
    if interview.folder.is_dir():
        print(f"Saved session {interview.session_id} in {interview.folder}", file=out)
    else:
        print("Nothing was saved: no answer was given.", file=out)


def _print_second_round(record: SessionRecord, out: TextIO) -> None:
    """After a session with a company profile or round-one notes: which answer connected to
    which value and used which facts, and the round-one question beside today's answer (what
    the summary screen shows)."""
    from simulator.storage.views import (
        beside_round_one,
        company_review,
        round_one_notes_now,
        views,
    )

    answers = views(record)
    company = company_review(answers)
    if company:
        print(f"\nThe company ({record.company}):", file=out)
        for line in company:
            print(f"  {line}", file=out)
    for pair in beside_round_one(answers):
        print("\nRound one, asked again:", file=out)
        for label, text in pair.lines:
            print(f"  {label}: {text}", file=out)
    notes = round_one_notes_now(record.round_one_notes, answers)
    if notes:
        print("\nRound one's notes, checked today:", file=out)
    for note in notes:
        for label, text in note.lines:
            print(f"  {label}: {text}", file=out)


def _headless_plan(args: argparse.Namespace) -> tuple[InterviewPlan, CompanyProfile | None]:
    """The plan `--mode` names (or one question), with the profile it was built with."""
    from simulator.interview import plan
    from simulator.interview.banks import load_banks
    from simulator.interview.company import load_company
    from simulator.interview.first_round import load_checked_first_round
    from simulator.interview.personas import DEFAULT_PERSONA, get_persona

    personas = [get_persona(p) for p in args.persona or [DEFAULT_PERSONA]]
    company = load_company(args.company) if args.company else None
    notes = load_checked_first_round(args.first_round) if args.first_round else None
    if args.mode is None:
        question = _pick_question(args.bank, args.question)
        return plan.single(personas[0], question, company), company
    banks = load_banks()
    banks.report_errors()
    from simulator.commands.content import plan_from_args

    return plan_from_args(args, personas, banks.items, company, notes), company


class _AnswerSource:
    """Where each answer of a headless session comes from: the next WAV of --answer-from, the
    next paragraph of standard input (--typed), or the microphone. `None`: no answers left."""

    def __init__(
        self,
        interview: Interview,
        clips: list[Clip],
        *,
        typed: bool,
        out: TextIO,
        confirm_empty: bool = False,
        clip_names: Sequence[str] = (),
    ) -> None:
        self.interview = interview
        self.clips = clips
        self.clip_names = list(clip_names)
        """The --answer-from files, by name, in the order of `clips`."""
        self.from_files = bool(clips)
        self.typed = typed
        self.out = out
        self.confirm_empty = confirm_empty
        """Typing live at a terminal: an empty answer asks before it ends the session."""
        self.ended_early = False
        """The user ended a live session before its last question (an empty answer, twice)."""
        self.ran_out = False
        """The piped answers or --answer-from files ran out before the plan's last question
        was answered: the session is stored as interrupted, not finished (breaker16 D24: a
        drill of three with two answers was saved "finished", nothing saying one planned
        question was never answered)."""

    def answer(
        self, asked: AskedTurn, on_event: Callable[[Event], None], *, every_paragraph: bool = False
    ) -> TurnRecord | None:
        """`every_paragraph`: the candidate's own questions, typed one per paragraph: every
        paragraph left on standard input is read into this one turn (as the room hears them all
        in one answer), not only the first."""
        from simulator.interview.runner import AnswerControls

        if self.from_files:
            if not self.clips:
                return None
            return self.interview.answer_from_clip(asked, self.clips.pop(0), on_event)
        if self.typed:
            if every_paragraph:
                print(
                    "Type your questions, one per paragraph; finish with Ctrl-D:", file=self.out
                )
            else:
                print("Type your answer; finish with an empty line (or Ctrl-D):", file=self.out)
            text = self._typed(asked, on_event, every_paragraph)
            probing = asked.follow_up_of is not None
            if not text.strip() and self.confirm_empty and not every_paragraph:
                # One stray Enter must not end a live mock: ask, and end only on a second. A
                # follow-up is only passed over (breaker13 B17: there was no way to skip a
                # probe, and an empty reply ended the whole session).
                ending = "skip this follow-up" if probing else "end the session here"
                print(f"Nothing typed. Type your answer, or press Enter again to {ending}:",
                      file=self.out)
                text = self._typed(asked, on_event, every_paragraph, blank_ends=True)
                if not text.strip() and probing:
                    return self.interview.skip_unanswered(asked, typed=True)
            if not text.strip():
                self.ended_early = self.confirm_empty
                return None
            typed = self.interview.answer_by_text(asked, text, on_event)
            for notice in typed.transcript.get("notices", ()):
                print(f"note: {notice}", file=self.out)
            return typed
        controls = AnswerControls()
        _stop_on_enter(controls.stop)
        with _ctrl_c_ends_the_answer(controls):
            turn = self.interview.answer_by_voice(asked, controls, on_event)
        if controls.interrupted.is_set():
            raise KeyboardInterrupt  # the answer is stored; the session ends here
        return turn

    def left_over(self) -> list[str]:
        """The prepared answers no question was left for, after the session: the paragraphs
        still on standard input (a pipe or file, read to its end; never a terminal), or the
        --answer-from files not played, by name."""
        if self.from_files:
            return self.clip_names[len(self.clip_names) - len(self.clips):]
        if not self.typed or not sys.stdin or sys.stdin.isatty():
            return []
        text, _legacy = _read_typed_paragraphs()
        return [part for part in text.split("\n\n") if part.strip()]

    def _typed(
        self,
        asked: AskedTurn,
        on_event: Callable[[Event], None],
        every_paragraph: bool,
        *,
        blank_ends: bool = False,
    ) -> str:
        """One typed answer from standard input ("" when none was typed; `blank_ends`: an
        empty first line is that "")."""
        text = ""
        try:
            text, legacy = (
                _read_typed_paragraphs()
                if every_paragraph
                else _read_typed_answer(blank_ends=blank_ends, skip_blank=not self.confirm_empty)
            )
        except KeyboardInterrupt as cut:
            # Ctrl-C while typing: the lines already entered are the answer so far, kept
            # as an interrupted turn (left out of averages) before the session ends. The
            # interrupt can surface just after the reading returned (Python runs signal
            # handlers between bytecodes), with `text` read whole.
            if isinstance(cut, TypingInterrupted):
                text = cut.text
            if text.strip():
                self.interview.answer_by_text(asked, text, on_event, interrupted=True)
                print(f"note: {KEPT_ON_CTRL_C}", file=self.out)
            elif isinstance(cut, TypingInterrupted):
                # Nothing ended with Enter: say why what was on the screen is gone (breaker15
                # B23: "Nothing was saved" alone read as the typing lost by the program).
                print(f"note: {NOTHING_KEPT_ON_CTRL_C}", file=self.out)
            raise KeyboardInterrupt from None
        if legacy:
            print(f"note: {LEGACY_NOTE}", file=self.out)
        return text


def _run_plan(
    session: PlannedSession,
    answers: _AnswerSource,
    on_event: Callable[[Event], None],
    out: TextIO,
    not_asked: str | None = None,
) -> list[TurnRecord]:
    """The session's sequence, headless: the same steps, in the same order, as the room.
    `not_asked`: where prepared answers come from, when follow-ups are not asked (each is
    printed as a note instead, so the next answer still meets its planned question)."""
    from simulator.interview.events import TurnFinished

    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis
        on_event(event)

    turns: list[TurnRecord] = []
    session.introduce(keep)
    while (asked := session.ask_next(keep)) is not None:
        planned = session.planned_for(asked.number)
        persona = asked.persona
        print(f"\n{persona.role_label}: {persona.name}, {persona.title}", file=out)
        if planned is not None and planned.kind == "presentation":
            print(
                f"Exercise: prepare {planned.prepare_s:.0f} s, then talk for up to "
                f"{planned.slot_s:.0f} s.",
                file=out,
            )
        print(f"Q: {asked.spoken_text}", file=out)
        every_paragraph = planned is not None and planned.kind == "your_questions"
        turn = answers.answer(asked, keep, every_paragraph=every_paragraph)
        if turn is None:
            print("note: no more answers; the session ends here.", file=out)
            answers.ran_out = not answers.ended_early  # a planned question went unanswered
            break
        turns.append(turn)
        _print_turn(turn, analyses.get(turn.number), out)
        session.reply(turn, keep)  # each reply is printed as it is said
        probe = session.follow_up(turn, analyses.get(turn.number))
        if probe is None:
            continue
        if not_asked is not None:
            print(
                f"note: follow-up not asked, as the answers come from {not_asked} "
                f"(--follow-ups asks it): {probe}",
                file=out,
            )
            continue
        asked = session.ask_follow_up(turn, probe, keep)
        print(f"Follow-up ({asked.persona.name}): {probe}", file=out)
        follow = answers.answer(asked, keep)
        if follow is None:
            print("note: no more answers; the session ends here.", file=out)
            break
        turns.append(follow)
        _print_turn(follow, analyses.get(follow.number), out)
    session.close(keep)
    return turns


def _print_turn(turn: TurnRecord, analysis: AnswerAnalysis | None, out: TextIO) -> None:
    """One answer and its whole result, the same in every mode (one question, a full mock, a
    drill, a talk, follow-ups): the answer as heard, then the report a single question prints
    (`render_report`: score, STAR parts, what to fix, delivery, tips). The candidate's own
    questions get the review the room shows and the export writes (`views.asked_review` of
    the stored analysis: each question's depth and why, which a quick web search would
    answer) instead: none of an answer's STAR parts or length tips apply to them."""
    from simulator.analysis import render_report
    from simulator.storage.views import (
        NOT_JUDGED,
        ONLY_FILLERS,
        AnswerView,
        asked_review,
        talk_review,
    )

    text = " ".join(str((turn.transcript or {}).get("text", "")).split())
    if not text:
        # Nothing to judge: a score of 0 and tips for "0 words" said nothing true.
        print("A: (skipped: left out of averages)" if turn.skipped
              else "A: (no words were heard)", file=out)
        return
    if turn.empty:
        # Fillers alone ("um... uh"): no word to judge, as with silence (breaker13 B7).
        print(f"A: {text}\n  {NOT_JUDGED} · {ONLY_FILLERS}", file=out)
        return
    view = AnswerView.of(turn)
    review = asked_review(view)
    report = not review and analysis is not None
    score = f" (score {turn.score:.0f})" if turn.score is not None and not report else ""
    print(f"A: {text}{score}", file=out)
    for line in review:
        print(f"  {line}", file=out)
    if analysis is not None and report:
        print(f"\n{render_report(analysis, with_question=False)}", file=out)
        # A talk is judged on its structure and time, which the mode's review holds.
        talk = talk_review(view)
        if talk:
            print("\nYour talk:", file=out)
        for line in talk:
            print(f"  {line}", file=out)
        print(file=out)


def _pick_question(bank_id: str | None, question_id: str | None) -> Question:
    """The question `--bank`/`--question` name: a qualified id ("culture/why-this-role") is found
    in its own bank (a different `--bank` beside it is an error), a short id in `--bank` (default
    the default bank); no id: the bank's first question. Raises UnknownNameError."""
    from simulator.errors import SimulatorError
    from simulator.interview.banks import DEFAULT_BANK, find_question, get_bank

    if question_id and "/" in question_id:
        question = find_question(question_id)
        if bank_id and bank_id != question.bank_id:
            raise SimulatorError(
                f"--question {question_id!r} is in bank {question.bank_id!r}, not {bank_id!r}",
                hint="leave out --bank, or give the short id",
            )
        return question
    bank = get_bank(bank_id or DEFAULT_BANK)
    return bank.question(question_id) if question_id else bank.questions[0]


def _printer(out: TextIO) -> Callable[[Event], None]:
    """Headless progress: notices, what the interviewers say and state changes, as lines, each
    flushed as it happens: with standard output a pipe or a file (`| tee log`) they would
    otherwise wait in Python's block buffer and all arrive at exit, "Transcribing..." after the
    transcription it announces."""
    from simulator.interview.events import Notice, Said, StateChanged

    def on_event(event: Event) -> None:
        if isinstance(event, Notice):
            print(f"note: {event.message}", file=out, flush=True)
        elif isinstance(event, Said):
            print(event.text, file=out, flush=True)
        elif isinstance(event, StateChanged) and event.state == "listening":
            print(
                "Listening: answer now. It ends after a pause, or press Enter.",
                file=out,
                flush=True,
            )
        elif isinstance(event, StateChanged) and event.state == "transcribing":
            print("Transcribing...", file=out, flush=True)

    return on_event


KEPT_ON_CTRL_C = (
    "every line you ended with Enter is kept as an interrupted answer; a line still being "
    "typed belongs to the terminal, which drops it on Ctrl-C"
)
"""Said when Ctrl-C ends a typed answer: the terminal holds a line until Enter and discards
it on Ctrl-C, so "the answer typed so far" promised words that were never read."""

NOTHING_KEPT_ON_CTRL_C = (
    "no line of this answer was ended with Enter, so none is kept; a line still being typed "
    "belongs to the terminal, which drops it on Ctrl-C"
)
"""Said when Ctrl-C ends a typed answer before any line of it was entered."""

LEGACY_NOTE = "the answer was not UTF-8 text; it was read as Windows-1252 (nothing dropped)"


class TypingInterrupted(KeyboardInterrupt):
    """Ctrl-C while an answer was typed; `text`: the lines entered before it (joined as the
    finished answer would be). A line not yet ended with Enter is the terminal's, not ours."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


def _read_typed_answer(*, blank_ends: bool = False, skip_blank: bool = False) -> tuple[str, bool]:
    """Lines from standard input up to the first empty line after some text (`blank_ends`: or
    an empty first line), joined with spaces, and whether a line was not UTF-8. Each line is
    decoded by `decode_typed_line`, so no byte is lost. `skip_blank`: empty lines before the
    first text are passed over (prepared answers in a file or pipe, where two blank lines
    between answers are one gap: breaker15 B24, the extra one read as an empty answer ended the
    mock with four answers unused); "" then only at the end of the input.
    Raises TypingInterrupted (a KeyboardInterrupt) with the lines so far on Ctrl-C."""
    from simulator.safe_text import decode_typed_line, is_utf8

    lines: list[str] = []
    legacy = False
    stream = getattr(sys.stdin, "buffer", None)
    try:
        for raw in stream if stream is not None else sys.stdin:
            line = decode_typed_line(raw) if isinstance(raw, bytes) else raw
            legacy = legacy or (isinstance(raw, bytes) and not is_utf8(raw))
            if not line.strip() and (lines or blank_ends):
                break
            if not line.strip() and skip_blank:
                continue
            lines.append(line.rstrip("\r\n"))
        text = " ".join(part for part in lines if part.strip())
    except KeyboardInterrupt:
        raise TypingInterrupted(" ".join(part for part in lines if part.strip())) from None
    return text, legacy


def _read_typed_paragraphs() -> tuple[str, bool]:
    """Every paragraph left on standard input (`_read_typed_answer` until one comes back
    empty), kept apart by a blank line so `split_questions` sees where each one ends, and
    whether a line was not UTF-8. Raises TypingInterrupted with every paragraph so far."""
    paragraphs: list[str] = []
    legacy = False
    while True:
        try:
            text, not_utf8 = _read_typed_answer()
        except TypingInterrupted as cut:
            so_far = [*paragraphs, cut.text] if cut.text.strip() else paragraphs
            raise TypingInterrupted("\n\n".join(so_far)) from None
        legacy = legacy or not_utf8
        if not text.strip():
            return "\n\n".join(paragraphs), legacy
        paragraphs.append(text)


@contextmanager
def _ctrl_c_ends_the_answer(controls: AnswerControls) -> Iterator[None]:
    """While an answer is recorded, Ctrl-C ends it like Enter does, and marks it interrupted:
    recording stops, the transcription thread finishes what was said, the turn is stored, and
    only then does the command exit (130). A KeyboardInterrupt raised at an arbitrary point
    would unwind past a thread still inside the recognizer. A second Ctrl-C leaves at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_ctrl_c(signum: int, frame: object) -> None:
        if controls.interrupted.is_set():
            raise KeyboardInterrupt
        controls.interrupt()

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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


def left_over_note(unused: list[str], *, files: bool) -> str:
    """One line for prepared answers that no question was left for (breaker13 B22: they
    vanished without a word): how many, and which (the files by name, typed answers by their
    first words), so the user can tell which story to ask for with another question."""
    from simulator.safe_text import counted
    from simulator.storage.views import excerpt

    kind = "answer file" if files else "typed answer"
    were, it = ("was", "it") if len(unused) == 1 else ("were", "them")
    if files:
        shown = ", ".join(unused)
    else:
        shown = "; ".join(f"\u201c{excerpt(text, 60)}\u201d" for text in unused[:3])
        shown += "; …" if len(unused) > 3 else ""
    told = f"{counted(len(unused), kind)} {were} not used (no question was left for {it})"
    return f"note: {told}: {shown}"


def ran_out_note(remaining: int) -> str:
    """What is said when the prepared answers run out on a planned question, `remaining` being
    the questions after it."""
    from simulator.safe_text import counted

    left = counted(remaining + 1, "planned question")
    return (f"note: the answers ran out before the plan did ({left} not answered); it is saved "
            "as interrupted.")


def ended_early_note(remaining: int) -> str:
    """What is said when a typed session is ended on an empty answer, `remaining` being the
    questions after the one asked and not answered. Ended on the last question, nothing more was
    left to ask: "0 more questions not asked" read as nonsense (breaker10 D28)."""
    from simulator.safe_text import counted

    left = (
        f"{counted(remaining, 'more question')} not asked" if remaining
        else "the last question was not answered"
    )
    return f"note: you ended the session early ({left}); it is saved as interrupted."
