"""How far independent labellers agree with the writers' STAR labels, and where the rules stand.

The accuracy bench (`bench/analysis_accuracy.py`) takes one writer's labels as the truth. To
know how much of its gap is the rules and how much is the labels, answers from the seen sets
were labelled again by engineers who had seen neither the writer's labels nor the rules
(`bench/data/relabels/*.jsonl`, one row per answer: `{"set", "row", "labeller", "told",
"segments"}`; `row` is the answer's 0-based line in the set's good file; `told` says whether the
labeller judged each part told at all). Labellers A and B labelled the same 60 answers of
dev11, dev12, held9-held12 (round 1); labeller C 165 more of dev10-dev12 and held10-held12
(round 2, weighted toward answers whose writer left a part out); labellers D and E all 70
good answers of held13 (round 3, labelled before its one measurement, read after); labellers F
and G all 70 good answers of held14 (round 4, the same way); H and I all 70 of held15 (round 5,
the same way); J and K all 70 of held16 (round 6, the same way); L and M all 70 of held17 (round 7,
the same way).

For every pair it prints word-level F1 per part and macro-F1 (the first named is the truth),
and, on which parts are told: "missing found" (of the parts the truth leaves out, the share the
other leaves out too), "false absent" (of the parts the truth tells, the share the other leaves
out) and "all four" (of the answers the truth gives all four parts, the share the other does).
The last block scores the rules against the parts the writer AND every relabeller agree on.

    .venv/bin/python bench/label_agreement.py
    .venv/bin/python bench/label_agreement.py --by-set --disputed

Runs the analysis once per relabelled answer (about 225), a few seconds."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis_accuracy as accuracy

RELABELS = accuracy.DATA / "relabels"
PARTS = accuracy.LABELS


def word_labels(segments: list[dict]) -> list[str]:
    """One label per whitespace-separated word of the answer."""
    return [s["label"] for s in segments for _ in s["text"].split()]


def load_labellers(sets: set[str] | None) -> tuple[dict, dict]:
    """Words' labels and told parts per labeller and answer; the writer is "writer" and the
    rules "rules". Keys of the inner dicts are (set, row)."""
    labels: dict[str, dict] = defaultdict(dict)
    told: dict[str, dict] = defaultdict(dict)
    wanted: set[tuple[str, int]] = set()
    for path in sorted(RELABELS.glob("*.jsonl")):
        for _number, line in enumerate(path.read_text().splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if sets and row["set"] not in sets:
                continue
            key = (row["set"], row["row"])
            labels[row["labeller"]][key] = word_labels(row["segments"])
            told[row["labeller"]][key] = {p: bool(row["told"][p]) for p in PARTS}
            wanted.add(key)
    goods: dict[str, list[dict]] = {}
    for name, row in sorted(wanted):
        if name not in goods:
            goods[name] = accuracy.load(accuracy.DATA / accuracy.SETS[name][0])
        answer = goods[name][row]
        analysis, _, gold, predicted = accuracy.label_answer(answer, accuracy.Transcript.from_text)
        key = (name, row)
        for labeller in list(labels):
            if key in labels[labeller] and len(labels[labeller][key]) != len(gold):
                raise SystemExit(f"{RELABELS}: {name} row {row}, labeller {labeller}: "
                                 f"{len(labels[labeller][key])} words, the answer has {len(gold)}")
        labels["writer"][key] = gold
        told["writer"][key] = {p: p in gold for p in PARTS}
        labels["rules"][key] = predicted
        told["rules"][key] = {p: analysis.star.parts[p].present for p in PARTS}
    return labels, told


def word_f1(truth: dict, other: dict, keys: list) -> dict[str, float]:
    counts = accuracy.Counts()
    for key in keys:
        counts.add(truth[key], other[key])
    return counts.f1()


def presence(truth: dict, other: dict, keys: list) -> tuple[list[int], list[int], list[int]]:
    """[agreed, total] for parts left out, parts told, and answers with all four."""
    missing, absent, four = [0, 0], [0, 0], [0, 0]
    for key in keys:
        for part in PARTS:
            tally = absent if truth[key][part] else missing
            tally[1] += 1
            tally[0] += not other[key][part]
        if all(truth[key].values()):
            four[1] += 1
            four[0] += all(other[key].values())
    return missing, absent, four


def line(title: str, labels: dict, told: dict, truth: str, other: str, keys: list) -> str:
    f1 = word_f1(labels[truth], labels[other], keys)
    missing, absent, four = presence(told[truth], told[other], keys)
    macro = sum(f1.values()) / len(f1)
    return (f"{title:<22} n={len(keys):<4} macro {macro:.3f} "
            + " ".join(f"{p} {f1[p]:.3f}" for p in PARTS)
            + f" | missing found {missing[0]}/{missing[1]}"
            + f" false absent {absent[0]}/{absent[1]} all four {four[0]}/{four[1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="only these sets (comma-separated)")
    parser.add_argument("--by-set", action="store_true", help="writer against each, per set")
    parser.add_argument("--disputed", action="store_true",
                        help="list the parts a writer left out that a relabeller calls told")
    args = parser.parse_args()
    sets = {s.strip() for s in args.sets.split(",")} if args.sets else None
    labels, told = load_labellers(sets)
    people = sorted(p for p in labels if p not in ("writer", "rules"))
    print("truth vs other")
    for person in [*people, "rules"]:
        keys = sorted(labels[person])
        print(line(f"writer vs {person}", labels, told, "writer", person, keys))
    for first in people:
        for second in people:
            common = sorted(set(labels[first]) & set(labels[second]))
            if first < second and common:
                print(line(f"{first} vs {second}", labels, told, first, second, common))
    for person in people:
        print(line(f"{person} vs rules", labels, told, person, "rules", sorted(labels[person])))
    # Parts every labeller of the answer agrees on, writer included.
    agreed = {key: {p: told["writer"][key][p] for p in PARTS} for key in labels["writer"]}
    keep: dict[tuple, set[str]] = {key: set(PARTS) for key in agreed}
    for person in people:
        for key, parts in told[person].items():
            keep[key] -= {p for p in PARTS if parts[p] != agreed[key][p]}
    missing, absent, four = [0, 0], [0, 0], [0, 0]
    for key, parts in keep.items():
        for part in parts:
            tally = absent if agreed[key][part] else missing
            tally[1] += 1
            tally[0] += not told["rules"][key][part]
        if len(parts) == 4 and all(agreed[key].values()):
            four[1] += 1
            four[0] += all(told["rules"][key].values())
    print(f"rules on agreed parts   missing found {missing[0]}/{missing[1]}"
          f" ({missing[0] / max(1, missing[1]):.1%}), false absent {absent[0]}/{absent[1]}"
          f" ({absent[0] / max(1, absent[1]):.1%}), all four {four[0]}/{four[1]}")
    if args.by_set:
        for name in sorted({key[0] for key in labels["writer"]}):
            row = f"{name:<8}"
            for person in [*people, "rules"]:
                keys = sorted(k for k in labels[person] if k[0] == name)
                if keys:
                    f1 = word_f1(labels["writer"], labels[person], keys)
                    row += f" {person} {sum(f1.values()) / len(f1):.3f} (n={len(keys)})"
            print(row)
    if args.disputed:
        for key in sorted(labels["writer"]):
            for part in PARTS:
                if told["writer"][key][part]:
                    continue
                says = {p: told[p][key][part] for p in people if key in told[p]}
                if any(says.values()):
                    print(f"{key[0]} row {key[1]}: writer left {part} out; told per "
                          + ", ".join(p for p, t in says.items() if t)
                          + f"; rules {'found it' if told['rules'][key][part] else 'agree'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
