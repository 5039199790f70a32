"""`interview-sim analyze`: feedback on one answer given as text or as a WAV recording, as a
readable report or as the JSON object other tools read."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.audio.audiofile import AudioInfo
    from simulator.audio.clip import Clip
    from simulator.interview.judging import AnalysisRequest
    from simulator.speech.hearing import Hearing
    from simulator.speech.stt import Transcript


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="feedback on one answer (STAR, timing, fillers) from text or a WAV file",
        description="Analyse one answer: STAR structure, flaws, timing, fillers and tips.",
    )
    parser.add_argument("audio", nargs="?", type=Path, metavar="AUDIO.wav",
                        help="a recorded answer to transcribe and analyse")
    parser.add_argument("--text", metavar="FILE", help="analyse a typed answer ('-' reads stdin)")
    parser.add_argument(
        "--question",
        help="the question answered (decides which checks apply): a bank id "
        "(culture/why-this-role), a round-one id as history shows it (round-one/...), or its "
        "words",
    )
    parser.add_argument("--persona", help="judge as this interviewer would (persona id)")
    parser.add_argument("--company", type=Path, metavar="PROFILE.toml",
                        help="company profile: an answer about the company is checked against"
                        " its facts, and links to its values are noted, as in a session")
    parser.add_argument("--engine", help="speech-to-text engine for AUDIO (default: the best one"
                        " available)")
    parser.add_argument("--model", help="model for the engine, e.g. tiny.en")
    parser.add_argument("--target", type=float, nargs=2, metavar=("MIN_S", "MAX_S"),
                        help="target answer length in seconds (default: by question kind)")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import replace

    from simulator.analysis import render_report
    from simulator.errors import SimulatorError
    from simulator.interview.judging import judge

    if (args.audio is None) == (args.text is None):
        raise SimulatorError("give either an AUDIO.wav file or --text FILE (or --text -)")
    request = _request(args)  # a bad --question, --persona or --company fails before the work
    transcript = _typed(args.text) if args.text is not None else _transcribed(args)
    for notice in transcript.notices:
        print(f"interview-sim: {notice}", file=sys.stderr)
    if not transcript.text.strip():
        raise SimulatorError("the answer is empty: nothing to analyse")
    if args.target:
        request = replace(request, target_s=(args.target[0], args.target[1]))
    analysis, stored = judge(request, transcript)
    if args.json:
        reviews = {key: stored[key] for key in _SHOWN_REVIEWS if key in stored}
        print(json.dumps({**analysis.to_dict(), **reviews}, ensure_ascii=False, indent=2))
    else:
        print(render_report(analysis))
        for line in [*_mode_lines(stored), *_company_lines(stored)]:
            print(line)
    return 0


_SHOWN_REVIEWS = ("presentation", "candidate_questions", "company_values", "company_facts")
"""The mode reviews `analyze` shows beside the analysis, as a session does."""


def _mode_lines(stored: dict) -> list[str]:
    """A talk's review ("Your talk": its slot, opening, main points and close, with notes) or
    the candidate's own questions judged one by one, as `practice` prints them after a turn."""
    from simulator.storage.views import AnswerView, asked_review, talk_review

    view = AnswerView.from_parts(stored, {})
    talk = talk_review(view)
    if talk:
        return ["", "Your talk:", *(f"  {line}" for line in talk)]
    asked = asked_review(view)
    return ["", "Your questions:", *(f"  {line}" for line in asked)] if asked else []


def _company_lines(stored: dict) -> list[str]:
    """With --company: the values the answer connected to, and for an answer about the company
    the profile's facts it used, missed and got wrong (the session's company review)."""
    from simulator.storage.views import AnswerView

    view = AnswerView.from_parts(stored, {})
    lines = [f"Connected to the value \u201c{link.value}\u201d ({link.cue})"
             for link in view.value_links]
    if view.facts is not None:
        lines.append("From the profile you used: " + ("; ".join(view.facts.used) or "nothing"))
        if view.facts.missed:
            lines.append("You missed: " + "; ".join(view.facts.missed))
        lines += [*view.facts.wrong, *view.facts.unlisted]
    return ["", "The company:", *(f"  {line}" for line in lines)] if lines else []


_QUESTION_ID = re.compile(r"[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?")


def _request(args: argparse.Namespace) -> AnalysisRequest:
    """The analysis request `practice` would build: `--question` as a bank id ("why-this-role"
    or "culture/why-this-role") brings the bank's kind, wording and target length; any other
    text is the question's wording, its kind classified from it, with that kind's default
    target. `--persona` scales the target and sets the audience, as in a session. Raises
    UnknownNameError for an id no bank has."""
    from simulator.analysis import DEFAULT_TARGET_S, classify_question
    from simulator.interview.judging import analysis_request, scaled_target

    persona = None
    if args.persona:
        from simulator.interview.personas import get_persona

        persona = get_persona(args.persona)
    company = None
    if args.company is not None:
        from simulator.interview.company import load_company

        company = load_company(args.company)
    said = args.question
    if said and _QUESTION_ID.fullmatch(said.strip()):
        from simulator.errors import SimulatorError
        from simulator.interview.banks import find_question
        from simulator.interview.plan import company_question
        from simulator.storage.records import COMPANY_BANK, RECALL_BANK

        bank, _, short = said.strip().partition("/")
        if bank == RECALL_BANK:
            # A round-one question asked again, by the id history and compare show: the bank
            # question it came from ("round-one/conflict-peer"), else its words, from its id.
            from simulator.errors import UnknownNameError

            try:
                return analysis_request(find_question(short), persona, company)
            except UnknownNameError:
                said = short.replace("-", " ")
        else:
            if bank == COMPANY_BANK and company is None:
                # Written from a profile, in no bank (breaker14 B24: "unknown question bank
                # 'company'" for the id history and compare show).
                raise SimulatorError(
                    f"{said.strip()}: company questions are written from a company profile: "
                    "give --company PROFILE.toml",
                    hint="or give the question's words with --question",
                )
            written = company_question(said.strip(), company, persona) if company else None
            if bank == COMPANY_BANK and written is None:
                raise SimulatorError(
                    f"{said.strip()}: the company profile writes no such question",
                    hint="its questions are company/know-us, company/know-market and "
                    "company/value-... for each of its values",
                )
            question = written or find_question(said.strip())
            return analysis_request(question, persona, company)
    kind = classify_question(said) if said else "behavioral"
    request = analysis_request(None, persona, company, question_text=said, question_kind=kind)
    from dataclasses import replace

    return replace(request, target_s=scaled_target(DEFAULT_TARGET_S[kind], persona))


def _typed(source: str) -> Transcript:
    from simulator import limits
    from simulator.errors import SimulatorError
    from simulator.speech.stt import Transcript

    if source == "-":
        return Transcript.from_text(sys.stdin.read(limits.TYPED_ANSWER_CHARS + 1))
    path = Path(source)
    if "\x00" in source:  # open() raises ValueError, not OSError, for it
        raise SimulatorError(f"{path}: is not a usable file name (it holds a NUL character)")
    try:
        with path.open(encoding="utf-8") as stream:
            text = stream.read(limits.TYPED_ANSWER_CHARS + 1)
        if len(text) > limits.TYPED_ANSWER_CHARS:
            raise SimulatorError(
                f"{path}: longer than {limits.TYPED_ANSWER_CHARS:,} characters, the limit for"
                " an answer",
                hint="analyse one answer at a time",
            )
        return Transcript.from_text(text)
    except FileNotFoundError:
        raise SimulatorError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SimulatorError(f"{path}: is a folder, not a text file") from None
    except UnicodeDecodeError:
        raise SimulatorError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise SimulatorError(f"{path}: cannot read ({error.strerror})") from None


def _transcribed(args: argparse.Namespace) -> Transcript:
    from dataclasses import replace

    from simulator.audio.audiofile import read_clip
    from simulator.audio.clip import RATE, Clip
    from simulator.errors import AudioFileError
    from simulator.speech.hearing import hear
    from simulator.speech.stt import default_recognizer

    samples, info = read_clip(args.audio, RATE)
    clip = Clip(samples, RATE)
    transcript = hear(clip, default_recognizer(args.engine, args.model).transcribe(clip))
    if not transcript.text.strip():
        # One line that says why no words came (breaker12 V14: a file cut short and ten
        # seconds of silence both said "the answer is empty").
        raise AudioFileError(f"{args.audio}: {_no_words(clip, info, transcript.hearing)}")
    if info.truncated:  # what it holds is analysed, and the user told why the end is missing
        notice = f"{args.audio}: {info.truncated_note()}; only what it holds was analysed"
        transcript = replace(transcript, notices=(*transcript.notices, notice))
    return transcript


def _no_words(clip: Clip, info: AudioInfo, hearing: Hearing | None) -> str:
    """Why a recording gave no words: cut short, too quiet or noisy to make out, or silent."""
    if info.truncated:
        return info.truncated_note()
    seconds = f"{clip.duration_s:.1f} s of audio"
    if hearing is not None and hearing.voiced_s >= 1.0:
        why = " (very quiet)" if hearing.quiet else " (noisy)" if hearing.noisy else ""
        return f"no words could be made out in {seconds}, though {hearing.voiced_s:.1f} s of it" \
            f" sounds like a voice{why}"
    return f"no speech heard in {seconds}"
