"""Stored sessions from the shell: list, delete and re-index them (`sessions`), hear them again
with the words printed as they are spoken (`replay`), re-score them with today's analysis or
another recognizer (`reanalyze`), share them (`export`), and see every attempt at one question
side by side (`compare`). Every command first recovers sessions a crash left open."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.interview.company import CompanyProfile
    from simulator.interview.judging import AnalysisRequest
    from simulator.interview.playback import Playback
    from simulator.speech.stt import Transcript
    from simulator.storage.index import SessionSummary
    from simulator.storage.records import TurnRecord
    from simulator.storage.store import SessionStore


SESSION_HELP = "session id, a unique start of one, or latest"


def register(subparsers: argparse._SubParsersAction) -> None:
    sessions = subparsers.add_parser(
        "sessions",
        help="list stored sessions, newest first (or delete one, or rebuild the index)",
        description="List stored practice sessions, newest first; damaged ones say why.",
    )
    sessions.add_argument("--json", action="store_true", help="print the list as JSON")
    action = sessions.add_mutually_exclusive_group()
    action.add_argument(
        "--rebuild-index", action="store_true", help="re-read every session folder into the index"
    )
    action.add_argument(
        "--delete", metavar="ID", help="delete a session: its audio, JSON and index rows"
    )
    sessions.set_defaults(handler=run_sessions)

    replay = subparsers.add_parser(
        "replay",
        help="play a stored session's questions and answers with a text follow-along",
        description="Play questions and answers of a session through the default output device, "
        "printing each word as it is heard.",
    )
    replay.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    replay.add_argument(
        "--turn", metavar="N",
        help='only this answer, numbered as the report shows it: "3", "1 · follow-up" (or "1f"), '
        '"2 · retake" (or "2r")',
    )
    replay.add_argument(
        "--speed", type=float, choices=(1.0, 1.5), default=1.0, help="playback speed"
    )
    replay.add_argument("--answers-only", action="store_true", help="skip the questions")
    replay.set_defaults(handler=run_replay)

    reanalyze = subparsers.add_parser(
        "reanalyze",
        help="re-score a stored session with the current analysis (optionally re-transcribe)",
        description="Run the current analysis on a session's stored transcripts. With --engine, "
        "transcribe the stored answer audio again with that recognizer first. Answers recovered "
        "after a crash are always transcribed.",
    )
    reanalyze.add_argument(
        "session", metavar="SESSION", help="session id, unique prefix, or latest"
    )
    reanalyze.add_argument("--engine", help="re-transcribe with this engine first")
    reanalyze.add_argument("--model", help="model for the engine, e.g. tiny.en")
    reanalyze.set_defaults(handler=run_reanalyze)

    export = subparsers.add_parser(
        "export",
        help="a session report to share (Markdown or self-contained HTML)",
        description="Write a report of a session. The HTML is one file with its styles inside; "
        "its audio players link the session's WAV files.",
    )
    export.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    export.add_argument(
        "--format",
        choices=("md", "html"),
        dest="report_format",
        help="default: from the FILE's suffix (.md, .html), else md",
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: print it")
    export.set_defaults(handler=run_export)

    compare = subparsers.add_parser(
        "compare",
        help="every stored answer to one question, side by side",
        description="Score, length, pace, fillers and STAR parts of every attempt at a question.",
    )
    compare.add_argument("question", metavar="QUESTION_ID", help='e.g. "behavioral/conflict-peer"')
    compare.add_argument("--json", action="store_true", help="print the rows as JSON")
    compare.set_defaults(handler=run_compare)


def _open_store() -> SessionStore:
    """The user's store, with sessions a crash left open recovered first."""
    from simulator.storage.store import SessionStore

    store = SessionStore()
    for notice in store.recover():
        print(f"note: {notice}", file=sys.stderr)
    return store


# -- sessions --------------------------------------------------------------------------------


def run_sessions(args: argparse.Namespace) -> int:
    import json

    store = _open_store()
    if args.delete is not None:  # "" is a bad id to refuse, not "no --delete"
        store.delete(args.delete)
        print(f"deleted session {args.delete}")
        return 0
    if args.rebuild_index:
        count = store.rebuild_index()
        print(f"index rebuilt from {count} session folder(s)")
        return 0
    summaries = store.list_sessions()
    if args.json:
        print(json.dumps([s.to_dict() for s in summaries], ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print("no sessions yet: start one with `interview-sim practice`")
        return 0
    for line in session_lines(summaries, shutil.get_terminal_size().columns):
        print(line)
    return 0


SESSION_FIXED = 22 + 2 + 16 + 2 + len(" TURNS SCORE ")
"""Columns of a session line other than its interviewers and status."""
NAMES_MIN = len("hiring-manager +2")
"""The interviewers' column is never narrower: one whole id and how many more."""


def session_lines(summaries: Sequence[SessionSummary], columns: int) -> list[str]:
    """The `sessions` table in `columns` terminal columns: the interviewers get what the id,
    start, counts and status leave (never less than one whole name and a count), shortened by
    `safe_text.names_within` ("hiring-manager +2"), never cut mid-list without saying so. A
    damaged session's reason, the last column, may run past the edge."""
    from simulator.safe_text import names_within
    from simulator.storage.views import asker_name

    statuses = [
        f"damaged: {s.damage}"
        if s.status == "damaged"
        else s.status.replace("_", " ") + (f" · {s.damage}" if s.damage else "")
        for s in summaries
    ]
    status_width = min(max(len("STATUS"), *(len(status) for status in statuses)), 11)
    names = _interviewer_names()
    named = [[asker_name(i, names) for i in s.persona_ids] for s in summaries]
    widest = max(len(", ".join(who)) for who in named)
    width = max(min(widest, columns - SESSION_FIXED - status_width), NAMES_MIN)
    lines = [
        f"{'ID':<22}  {'STARTED (UTC)':<16}  {'INTERVIEWERS':<{width}} TURNS SCORE STATUS"
    ]
    for s, status, askers in zip(summaries, statuses, named, strict=True):
        score = f"{s.score:5.0f}" if s.score is not None else "    -"
        who = names_within(askers, width)
        started = s.started[:16].replace("T", " ")
        lines.append(
            f"{s.id:<22}  {started:<16}  {who:<{width}} {s.turn_count:5d} {score} {status}"
        )
    return lines


def _resolve(store: SessionStore, reference: str) -> str:
    """`store.resolve`, saying on standard error which damaged sessions `latest` passed over."""
    skipped: list[str] = []
    session_id = store.resolve(reference, skipped)
    for damaged in skipped:
        print(f"note: skipped the newer session {damaged}; using {session_id}", file=sys.stderr)
    return session_id


# -- replay ----------------------------------------------------------------------------------


def run_replay(args: argparse.Namespace) -> int:
    from simulator.config import load_settings
    from simulator.errors import UnknownNameError
    from simulator.interview.playback import Playback
    from simulator.storage.views import INTERRUPTED, AnswerView, question_places, turn_at_place

    store = _open_store()
    session_id = _resolve(store, args.session)
    record = store.load(session_id)
    place = question_places(record.turns)
    turns = record.turns
    if args.turn is not None:
        number = turn_at_place(record.turns, args.turn)
        if number is None:
            shown = [place[turn.number] for turn in record.turns]
            raise UnknownNameError("answer", args.turn, shown)
        turns = (record.turn(number),)
    if not turns:
        print(f"session {session_id} has no answers to replay")
        return 0
    playback: Playback | None = Playback()
    device = load_settings().output_device
    for turn in turns:
        cut = f" · {INTERRUPTED}" if turn.interrupted else ""
        print(f"\n{place[turn.number]}. {turn.question_text}{cut}")
        if turn.question_audio and not args.answers_only:
            playback = _play_file(
                playback, store, session_id, turn.question_audio, args.speed, None, device
            )
        words = AnswerView.of(turn).timed_words
        if turn.answer_audio:
            print("   ", end="", flush=True)
            playback = _play_file(
                playback, store, session_id, turn.answer_audio, args.speed, words, device
            )
        else:
            # Every line of a typed answer under the question, not only the first.
            text = turn.answer_transcript().text.strip("\n")
            print(textwrap.indent(f"{text}  (typed)", "   "))
    return 0


def _play_file(
    playback: Playback | None,
    store: SessionStore,
    session_id: str,
    name: str,
    speed: float,
    words: list[tuple[float, str]] | None,
    device: int | str | None,
) -> Playback | None:
    """Play one stored WAV; with `words`, print each as its time comes. A missing or broken file
    is a note, not the end of the replay: the rest of the session still plays. No speaker
    (`AudioDeviceError`) is said once, on stderr; the words are still printed, and the
    returned None (no playback) makes the rest of the replay text only."""
    from simulator.errors import AudioDeviceError, AudioFileError, StorageError

    if playback is None:
        if words:
            print(" ".join(text for _, text in words))
        return None
    printed = 0

    def follow(position_s: float) -> None:
        nonlocal printed
        while words is not None and printed < len(words) and words[printed][0] <= position_s:
            print(words[printed][1], end=" ", flush=True)
            printed += 1

    try:
        playback.play_stored(
            store,
            session_id,
            name,
            speed=speed,
            on_progress=follow if words is not None else None,
            device=device,
        )
    except AudioDeviceError as error:
        if words:
            print(" ".join(text for _, text in words[printed:]))
        print(f"note: the audio cannot play ({error}); the words are shown", file=sys.stderr)
        return None
    except (StorageError, AudioFileError) as error:
        if words:
            print(" ".join(text for _, text in words[printed:]))
        print(f"note: {error}", file=sys.stderr)
        return playback
    if words is not None:
        follow(float("inf"))
        print(flush=True)
    return playback


# -- reanalyze -------------------------------------------------------------------------------


def run_reanalyze(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from simulator.audio.clip import Clip
    from simulator.interview.company import CompanyProfile
    from simulator.interview.runner import TRANSCRIPTION_STOPPED
    from simulator.speech.hearing import hear
    from simulator.speech.stt import Recognizer, default_recognizer
    from simulator.storage.views import AnswerView, question_places

    store = _open_store()
    session_id = _resolve(store, args.session)
    record = store.load(session_id)
    # The profile the session practised with, as it was then (not as the file reads now).
    company = CompanyProfile.from_stored(record.company_profile)
    recognizer: Recognizer | None = None
    place = question_places(record.turns)
    updated: list[TurnRecord] = []
    transcripts: dict[int, Transcript] = {}
    # Each turn's transcript as this run leaves it: a reply to a probe is judged with it.
    for turn in record.turns:
        transcript = turn.answer_transcript()
        if turn.answer_audio and (args.engine or args.model or not transcript.text.strip()):
            if recognizer is None:
                recognizer = default_recognizer(args.engine, args.model)
            clip = Clip.from_wav(store.audio_file(session_id, turn.answer_audio))
            transcript = hear(clip, recognizer.transcribe(clip))
        transcripts[turn.number] = transcript
        if not transcript.text.strip():
            # Say what it is ("skipped", "cut short", "nothing heard"), as every view does.
            print(f"question {place[turn.number]}: {AnswerView.of(turn).heading}; kept as it was")
            continue
        follows = transcripts.get(turn.follow_up_of) if turn.follow_up_of is not None else None
        first = next((t for t in record.turns if t.number == turn.follow_up_of), None)
        if turn.interrupted and TRANSCRIPTION_STOPPED in _notices(turn):
            # Recorded whole, stopped while it was transcribed: now it has its words, it is
            # a complete answer and judged like one (breaker10 D22).
            turn = replace(turn, interrupted=False, ended_by="source_end")
        read = AnswerView.of(turn)
        if turn.interrupted and turn.follow_up_of is not None:
            # A reply cut short is not judged against its probe: the runner stores no verdict,
            # and one an older version stored goes.
            print(f"question {place[turn.number]}: {read.heading}")
            updated.append(replace(turn, transcript=transcript.to_dict(), analysis=None))
            continue
        analysis = _analyze(turn, transcript, follows, first, company)
        if read.judged and turn.follow_up_of is not None:
            # A reply has no score of its own: what moves is its question's (breaker11 D16).
            before = f"{read.score:.0f}" if read.score is not None else "-"
            print(f"question {place[turn.number]}: question now {before} -> "
                  f"{analysis['score']}")
        elif read.judged:
            before = f"{read.score:.0f}" if read.score is not None else "-"
            replied = any(t.follow_up_of == turn.number for t in record.turns)
            print(f"question {place[turn.number]}: score {before} -> {analysis['score']}"
                  + (" before its follow-up" if replied else ""))
        else:  # cut short or skipped: its analysis is kept, never shown as a score
            print(f"question {place[turn.number]}: {read.heading}")
        # The kind it was judged as now (a "why here" once stored as motivation is a company
        # question): the history's "by kind" and the views read the turn's kind.
        kind = str(analysis.get("question_kind") or turn.question_kind)
        updated.append(replace(turn, transcript=transcript.to_dict(), analysis=analysis,
                               question_kind=kind))
    store.update_turns(session_id, updated)
    from simulator.storage.views import answer_counts, views

    answers = views(store.load(session_id))
    print(f"session {session_id}: re-analysed {len(updated)} of {len(record.turns)}: "
          f"{answer_counts(answers)}")
    return 0


def _notices(turn: TurnRecord) -> list[str]:
    """The notices stored with the turn's transcript."""
    notices = (turn.transcript or {}).get("notices")
    return [str(n) for n in notices] if isinstance(notices, list) else []


def _analyze(
    turn: TurnRecord,
    transcript: Transcript,
    follows: Transcript | None = None,
    first: TurnRecord | None = None,
    company: CompanyProfile | None = None,
) -> dict[str, object]:
    """The request the interview made (`simulator.interview.judging.analysis_request`, the one
    the runner builds), rebuilt from what the turn stored (a reply to a probe with `follows`,
    the transcript of the answer it follows, and `first`, that answer's turn, whose target the
    question was judged against) and the session's `company` profile as stored with it. A
    persona or question since removed from the catalogues falls back to the defaults
    for the kind. A review this run cannot rebuild (a session stored before its profile was) is
    kept as the turn had it, so re-analysing never loses a review."""
    from dataclasses import replace

    from simulator.analysis.audience import QUESTION_KINDS
    from simulator.errors import SimulatorError
    from simulator.interview.banks import Question, find_question
    from simulator.interview.judging import MODE_REVIEWS, analysis_request, judge, probe_codes
    from simulator.interview.personas import Persona, get_persona

    persona: Persona | None = None
    question: Question | None = None
    with contextlib.suppress(SimulatorError):
        persona = get_persona(turn.persona_id)
    if turn.question_id:
        with contextlib.suppress(SimulatorError):
            question = find_question(turn.question_id)
    kind = turn.question_kind if turn.question_kind in QUESTION_KINDS else None
    from simulator.interview.plan import KNOWLEDGE_PREFIX

    if (turn.question_id or "").startswith(KNOWLEDGE_PREFIX):
        kind = "company"  # the plan's "what do you know about us", stored before that kind
    # The question the answer was judged against: the bank's, as the runner took it; else the
    # one asked (for a reply to a probe, its question's, not the probe).
    asked = first if first is not None else turn
    request = analysis_request(
        question,
        persona,
        company,
        question_text=None if question is not None else asked.question_text or None,
        question_kind=kind,  # type: ignore[arg-type]  # checked against QUESTION_KINDS above
    )
    stored = (turn.analysis or {}).get("company_facts")
    if request.company is None and isinstance(stored, Mapping):
        # A session stored before its profile was: an answer about the company is judged
        # again on the facts it was checked against, so its score does not change.
        request = replace(request, stored_facts=stored)
    if question is None:
        # A question the session made up (what do you know about us, a company value, round
        # one asked again) is in no bank: the target it was judged against is in the turn.
        request = _stored_target(request, first if first is not None else turn)
    if follows is not None:
        probe = probe_codes(persona, turn.question_text)
        _, fresh = judge(request, transcript, follows=follows, probe=probe,
                         probe_text=turn.question_text)
    else:
        _, fresh = judge(request, transcript)
    before = turn.analysis or {}
    kept = {key: before[key] for key in MODE_REVIEWS if key in before and key not in fresh}
    if request.company is None and before.get("company_values_hit"):
        kept["company_values_hit"] = before["company_values_hit"]
    return {**fresh, **kept}


def _stored_target(request: AnalysisRequest, turn: TurnRecord) -> AnalysisRequest:
    """`request` with the target length the turn's analysis was judged against, when it stored
    one (a talk's review, which needs its slot, is kept as the turn had it)."""
    from dataclasses import replace

    from simulator.storage.views import AnswerView

    target = AnswerView.of(turn).target_s
    if target is None:
        return request
    return replace(request, target_s=target)


# -- export ----------------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    from simulator.storage.export import report_for, save_report

    store = _open_store()
    session_id = _resolve(store, args.session)
    output: Path | None = args.output
    report_format = args.report_format or _format_of(output)
    names = _interviewer_names()
    if output is None:
        sys.stdout.write(report_for(store, session_id, report_format, None, names))
        return 0
    # The report holds the user's own stories: private like the recordings it comes from.
    save_report(store, session_id, report_format, output, names)
    print(f"wrote {output}", file=sys.stderr)
    return 0


_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _format_of(output: Path | None) -> str:
    """The report format an output file's suffix names; "md" when printing. Raises
    SimulatorError for a file whose suffix names neither (say which with --format)."""
    from simulator.errors import SimulatorError

    if output is None:
        return "md"
    found = _SUFFIX_FORMATS.get(output.suffix.lower())
    if found is None:
        raise SimulatorError(
            f"{output}: cannot tell the format from the suffix {output.suffix or '(none)'!r}: "
            "name the file .md or .html, or give --format md|html"
        )
    return found


# -- compare ---------------------------------------------------------------------------------


def run_compare(args: argparse.Namespace) -> int:
    import json

    from simulator.storage.views import asker_name, compare_rows

    store = _open_store()
    answers = store.answers_to(_question_id(store, args.question))
    rows = compare_rows(answers)
    if not rows and answers:
        # Stored, but none counts (interrupted, skipped, empty): say so, not "no answers".
        from simulator.safe_text import counted

        print(
            f"no answer to {args.question!r} counts yet: {counted(len(answers), 'stored answer')}"
            " (interrupted, skipped or empty) left out of comparisons"
        )
        return 0
    if not rows:
        if not _in_a_bank(args.question):
            from simulator.errors import SimulatorError

            raise SimulatorError(
                f"unknown question {args.question!r}: no bank has it and no answer to it is "
                "stored",
                hint="`interview-sim banks` lists the banks; `sessions` what you answered",
            )
        print(f"no stored answers to {args.question!r} yet")
        return 0
    if args.json:
        print(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=2))
        return 0
    # The question as the bank asks it, not a round-one re-ask's "In your first round...".
    asked = next((t for _, t in answers if t.question_id == args.question), answers[0][1])
    print(f"{asked.question_text}\n")
    print(f"{'STARTED (UTC)':<16}  {'INTERVIEWER':<18}  {'SCORE':>5}  {'LENGTH':>6}"
          f"  {'WPM':>4}  {'FILLERS':>7}  {'STAR':<7}  LOST S/SP/O/D/A")
    names = _interviewer_names()
    for row in rows:
        score, length, wpm, fillers, star = row.figures
        print(
            f"{row.started[:16].replace('T', ' '):<16}"
            f"  {asker_name(row.persona_id, names)[:18]:<18}"
            f"  {score:>5}  {length:>6}  {wpm:>4}  {fillers:>7}  {star:<7}  {row.points_lost_cell}"
        )
    if any(row.points_lost for row in rows):
        print(
            "\nLOST: points lost to structure / specificity / ownership / delivery / the "
            "interviewer's asks (the score is 100 less their sum, never below 0)."
        )
    return 0


def _in_a_bank(typed: str) -> bool:
    """Whether a question bank holds `typed`, as a qualified or a short id."""
    from simulator.interview.banks import load_banks

    ids = {q.id for bank in load_banks().items.values() for q in bank.questions}
    return typed in ids or any(i.rpartition("/")[2] == typed for i in ids)


def _interviewer_names() -> dict[str, str]:
    """Persona id -> display name, as the app names interviewers (ids are for typing)."""
    from simulator.interview.personas import display_names

    return display_names()


def _question_id(store: SessionStore, typed: str) -> str:
    """Stored ids are qualified ("behavioral/conflict-peer"); accept the short part alone when
    only one answered question has it. A question written from a company profile is kept per
    company ("company/know-us@Northwind Parcel", `records.question_key`): its id alone names
    it when only one company's answers are stored."""
    from simulator.errors import SimulatorError

    stored = {row.question_id for row in store.history() if row.question_id}
    if typed in stored:
        return typed
    matches = sorted(
        q for q in stored
        if q.partition("@")[0] == typed or ("/" not in typed and q.rpartition("/")[2] == typed)
    )
    if "/" in typed and not matches:
        return typed
    if len(matches) > 1:
        raise SimulatorError(
            f"{typed!r} is in several banks (or asked of several companies)",
            hint=f"name one of: {', '.join(matches)}",
        )
    return matches[0] if matches else typed
