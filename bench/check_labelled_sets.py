"""Checks the labelled answer files in bench/data before they are used: every row loads, every
good answer's segments join back into one text (single spaces, or no space after a line break),
labels are S/T/A/R/other, flaw and probe codes are in simulator.analysis.FLAW_CODES, follow-ups
have all their fields. Prints one line per file (rows, words per answer); never runs the analysis.

    .venv/bin/python bench/check_labelled_sets.py bench/data/star4_*.jsonl

Exit status 1 with a line naming file, row and field for the first problem in each file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.analysis import FLAW_CODES

LABELS = {"S", "T", "A", "R", "other"}


def check_row(row: dict) -> str | None:
    """The first problem with one row (None when it is sound)."""
    if not isinstance(row.get("question"), str) or not row["question"].strip():
        return "question: missing or empty"
    if "segments" in row:
        text = ""
        for number, segment in enumerate(row["segments"], 1):
            if segment.get("label") not in LABELS:
                return f"segments[{number}].label: {segment.get('label')!r} is not S/T/A/R/other"
            part = segment.get("text")
            if not isinstance(part, str) or not part.strip():
                return f"segments[{number}].text: missing or empty"
            if part != part.lstrip() or (part != part.rstrip() and not part.endswith("\n")):
                return f"segments[{number}].text: stray space at an edge"
            text += ("" if not text or text[-1].isspace() else " ") + part
        if text.split() != [w for s in row["segments"] for w in s["text"].split()]:
            return "segments: their words do not join into the answer's words"
        return None
    if "flaws" in row:
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            return "text: missing or empty"
        unknown = [code for code in row["flaws"] if code not in FLAW_CODES]
        if not row["flaws"] or unknown:
            return f"flaws: {unknown or 'empty'} not in FLAW_CODES"
        return None
    for field in ("first", "probe", "text"):
        if not isinstance(row.get(field), str) or not row[field].strip():
            return f"{field}: missing or empty"
    if row.get("probe_code") not in FLAW_CODES:
        return f"probe_code: {row.get('probe_code')!r} not in FLAW_CODES"
    if not isinstance(row.get("gives"), bool):
        return "gives: not true/false"
    return None


def main(paths: list[str]) -> int:
    status = 0
    for name in paths:
        path = Path(name)
        counts = []
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                problem = check_row(row)
            except (json.JSONDecodeError, AttributeError, TypeError) as error:
                problem = f"not a JSON object of the expected shape ({error})"
            if problem:
                print(f"{path}:{number}: {problem}")
                status = 1
                break
            parts = [s["text"] for s in row["segments"]] if "segments" in row else [row["text"]]
            counts.append(len(" ".join(parts).split()))
        else:
            print(f"{path.name}: {len(counts)} rows, {min(counts)}-{max(counts)} words")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
