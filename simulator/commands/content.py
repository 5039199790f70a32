"""`interview-sim personas` and `interview-sim banks [lint]`: see and check the interview content.

Listing shows what the app will offer; `banks lint` checks hand-edited files before the app
meets them, printing one `file:line: key: problem` per problem and failing when there are any.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    personas = subparsers.add_parser(
        "personas",
        help="list the interviewers",
        description="List the interviewer personas: built-in ones and your own copies.",
    )
    personas.add_argument("--json", action="store_true", help="print JSON for scripts")
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


def list_personas(args: argparse.Namespace) -> int:
    from simulator.interview.personas import load_personas

    catalog = load_personas()
    _warn(catalog.errors)
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
        for p in catalog.items.values()
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
    print(
        f"{report.files_checked} file(s) checked: {len(report.errors)} problem(s)",
        file=sys.stderr,
    )
    return 1 if report.errors else 0


def _warn(errors: list[Any]) -> None:
    for error in errors:
        print(f"interview-sim: warning: {error}", file=sys.stderr)
