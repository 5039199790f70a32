"""`interview-sim personas`, `banks [lint]` and `plan`: see, check and try the interview content.

Listing shows what the app will offer; `banks lint` checks hand-edited files before the app
meets them, printing one `file:line: key: problem` per problem and failing when there are any;
`plan` shows what a second-round session would ask, with a company profile and first-round
notes applied, without speaking or recording anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.interview.banks import QuestionBank
    from simulator.interview.company import CompanyProfile
    from simulator.interview.first_round import FirstRoundNotes
    from simulator.interview.personas import Persona
    from simulator.interview.plan import InterviewPlan


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    personas = subparsers.add_parser(
        "personas",
        help="list the interviewers",
        description="List the interviewer personas: built-in ones and your own copies.",
    )
    personas.add_argument("--json", action="store_true", help="print JSON for scripts")
    personas.add_argument("--company", type=Path, metavar="PROFILE.toml",
                          help="show each interviewer as they are in this company's field of "
                          "work (a matron, not an engineering manager, at a hospital)")
    personas.set_defaults(handler=list_personas)

    banks = subparsers.add_parser(
        "banks",
        help="list or check question banks",
        description="List the question banks, or check banks and personas with `banks lint`.",
    )
    banks.add_argument("--json", action="store_true", help="print JSON for scripts")
    banks.set_defaults(handler=list_banks)
    actions = banks.add_subparsers(dest="banks_action", metavar="ACTION")
    lint = actions.add_parser(
        "lint",
        help="check banks and personas for mistakes",
        description="Check question banks and personas (every built-in and user file, or the "
        "files and folders given; company profiles and first-round notes too when given) and "
        "print one line per problem. Exit status 1 on problems.",
    )
    lint.add_argument("paths", nargs="*", type=Path, help="files or folders to check")
    lint.set_defaults(handler=lint_content)

    planner = subparsers.add_parser(
        "plan",
        help="show what a session would ask",
        description="Build a second-round session plan and print it: who asks what, in which "
        "order, with which follow-ups. Nothing is spoken or recorded.",
    )
    planner.add_argument("mode", choices=["full", "drill", "your-questions", "presentation"])
    planner.add_argument(
        "--persona",
        action="append",
        help="interviewer id; repeat for a panel in a full mock (default: hiring-manager)",
    )
    planner.add_argument("--role", help="full mock: add this role's questions, e.g. nursing")
    planner.add_argument(
        "--bank",
        help="question bank, as the room's choice: a role bank adds its questions to a full "
        "mock (as --role), a drill works on its weakest area, a presentation uses its talks",
    )
    planner.add_argument("--target", help="drill: a competency (conflict) or a role (nursing); "
                         "without it, the weakest area by your past scores (of --bank's "
                         "questions when given)")
    planner.add_argument("--count", type=int, help="number of questions (full mock: 5-8)")
    planner.add_argument("--exercise", help="presentation: exercise id, e.g. case-new-market"
                         " or my-bank/my-talk (default: random from every exercise bank)")
    planner.add_argument("--company", type=Path, help="company profile TOML")
    planner.add_argument("--first-round", type=Path, help="first-round notes TOML")
    planner.add_argument("--seed", type=int, help="same seed, same plan")
    planner.add_argument("--json", action="store_true", help="print JSON for scripts")
    planner.set_defaults(handler=show_plan)


def list_personas(args: argparse.Namespace) -> int:
    from simulator.interview.company import load_company
    from simulator.interview.personas import load_personas

    company = load_company(args.company) if args.company is not None else None
    catalog = load_personas()
    _warn(catalog.errors)
    shown = [persona.in_field_of(company) for persona in catalog.items.values()]
    rows: list[dict[str, Any]] = [
        {
            "id": p.id,
            "name": p.name,
            "title": p.title,
            "role_label": p.role_label,
            "listens_for": p.listens_for,
            "voice": {
                "voice": p.voice.voice,
                "variant": p.voice.variant,
                "rate": p.voice.rate,
                "pitch": p.voice.pitch,
                "volume": p.voice.volume,
                "espeak_id": p.voice.espeak_id,
            },
            "themes": [t.label for t in p.themes],
            "target_scale": p.target_scale,
            "source": str(p.source),
        }
        for p in shown
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        voice = row["voice"]
        print(f"{row['id']:<16} {row['name']}, {row['title']} ({row['role_label']})")
        print(f"{'':<16} voice {voice['espeak_id']} rate {voice['rate']} pitch {voice['pitch']}")
        print(f"{'':<16} listens for: {row['listens_for']}")
    return 0


def list_banks(args: argparse.Namespace) -> int:
    from simulator.interview.banks import load_banks

    catalog = load_banks()
    _warn(catalog.errors)
    rows: list[dict[str, Any]] = [
        {
            "id": b.id,
            "title": b.title,
            "kind": b.kind,
            "role": b.role,
            "questions": len(b.questions),
            "competencies": sorted({c for q in b.questions for c in q.competencies}),
            "source": str(b.source),
        }
        for b in catalog.items.values()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        print(f"{row['id']:<28} {row['kind']:<17} {row['questions']:>3}  {row['title']}")
    return 0


def lint_content(args: argparse.Namespace) -> int:
    from simulator.interview.lint import lint_paths

    report = lint_paths(args.paths or None)
    for error in report.errors:
        print(error, file=sys.stdout)
    for note in report.notes:
        print(f"note: {note}", file=sys.stdout)
    noted = f", {len(report.notes)} note(s)" if report.notes else ""
    print(
        f"{report.files_checked} file(s) checked: {len(report.errors)} problem(s){noted}",
        file=sys.stderr,
    )
    return 1 if report.errors else 0


def show_plan(args: argparse.Namespace) -> int:
    from simulator.interview.banks import load_banks
    from simulator.interview.company import load_company
    from simulator.interview.first_round import load_checked_first_round
    from simulator.interview.personas import DEFAULT_PERSONA, load_personas

    personas_catalog, banks_catalog = load_personas(), load_banks()
    _warn(personas_catalog.errors + banks_catalog.errors)
    personas = [personas_catalog.get(p) for p in args.persona or [DEFAULT_PERSONA]]
    banks = banks_catalog.items
    company = load_company(args.company) if args.company else None
    notes = load_checked_first_round(args.first_round) if args.first_round else None
    built = plan_from_args(args, personas, banks, company, notes)
    if args.json:
        print(json.dumps(_plan_dict(built), indent=2))
        return 0
    if built.focus_line:
        print(f"{built.focus_line}\n")
    print(built.introduction)
    for number, turn in enumerate(built.turns, 1):
        marker = " (pressed: doubted in round one)" if turn.pressed else ""
        print(f"\n{number}. {turn.persona.name} [{turn.question.id}, {turn.question.kind}]{marker}")
        print(f"   {turn.spoken_text}")
        if turn.kind == "presentation":
            print(f"   prepare {turn.prepare_s:.0f} s, talk up to {turn.slot_s:.0f} s")
        if turn.follow_ups[:2]:
            # Which one comes (if any) depends on the answer: what it lacks is probed first
            # (breaker15 B21: these were printed as the turn's follow-ups, and the session asked
            # another).
            print("   may follow up with, depending on the answer: "
                  + " / ".join(turn.follow_ups[:2]))
    print(f"\n{built.closing}")
    return 0


def plan_from_args(
    args: argparse.Namespace,
    personas: Sequence[Persona],
    banks: Mapping[str, QuestionBank],
    company: CompanyProfile | None,
    notes: FirstRoundNotes | None,
) -> InterviewPlan:
    """The plan `--mode` and its options name, as `plan` prints it and `practice --no-tui
    --mode` runs it (one reading of the shared options; a drill orders by past best scores)."""
    from simulator.interview import plan

    return plan.build(
        args.mode,
        personas,
        banks,
        bank_id=getattr(args, "bank", None),
        count=args.count,
        role=args.role,
        target=args.target,
        exercise_id=args.exercise,
        scores=_past_scores() if args.mode == "drill" else None,
        company=company,
        first_round=notes,
        seed=args.seed,
    )


def _past_scores() -> dict[str, float]:
    """Each question's best score over the answers that count: the drill's weakest-first order
    (the same `best_scores` the app's drill uses)."""
    from simulator.storage.store import SessionStore
    from simulator.storage.views import best_scores

    return best_scores(SessionStore().history())


def _plan_dict(built: Any) -> dict[str, Any]:
    return {
        "mode": built.mode,
        "personas": [p.id for p in built.personas],
        "focus": built.focus or None,
        "focus_reason": built.focus_reason or None,
        "introduction": built.introduction,
        "turns": [
            {
                "persona": t.persona.id,
                "question_id": t.question.id,
                "question_kind": t.question.kind,
                "kind": t.kind,
                "spoken_text": t.spoken_text,
                "follow_ups": list(t.follow_ups),
                "pressed": t.pressed,
                "prepare_s": t.prepare_s,
                "slot_s": t.slot_s,
            }
            for t in built.turns
        ],
        "closing": built.closing,
    }


def _warn(errors: list[Any]) -> None:
    for error in errors:
        print(f"interview-sim: warning: {error}", file=sys.stderr)
