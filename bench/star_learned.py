"""Rules against a learned sentence classifier for the STAR labels, compared set by set
(leave one set out): does learning the weights from our labelled answers generalise better to a
set written in other registers than the hand-set weights in `simulator/analysis/star.py`?

    .venv/bin/python bench/star_learned.py                    # dev1, dev2 (+ dev3 when present)
    .venv/bin/python bench/star_learned.py --sets dev1,dev2,dev3,dev4 --embed --bootstrap
    .venv/bin/python bench/star_learned.py --sets dev1,dev2,dev3,dev4 --embed --final held4

The classifier is multinomial logistic regression (numpy, L2, full-batch gradient descent) over
one row per unit of the answer (the rules' own segmenter cuts the units): the rule cue points per
part, whether a number measures an outcome, verb-first notes, vague non-outcomes, the unit's place
in the answer (start, end, first, last), its length, the headline test, and the first-person past,
present, modal and "we" counts. Its log-probabilities replace the hand-set emission scores in the
same decoding as the rules (`star.complete_path`; `--best-path` for the plain Viterbi pass), or
are mixed with them (`--mix`: the classifier's share). It is trained on the good answers of every
set but the one measured, as written and told result first (the bench's own reordering), and
measured with `analysis_accuracy.evaluate`, so both columns are the same figures.

`--embed` adds a second classifier whose rows also hold the rules' six emission scores and the
unit's all-MiniLM-L6-v2 sentence embedding (384 values, `bench/minilm.py`, numpy, no torch;
weights from requirements/models-embed.txt), with weight decay `--decay` (1.0: chosen on dev1-3
before dev4 was opened). `--bootstrap` gives each method's macro-F1 difference from the rules
with a 95 % interval (answers resampled, paired), per set and pooled, and the embedding classifier
against the hand-feature one. Figures and the decision: bench/star_learned.md."""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis_accuracy as bench

from simulator.analysis import star
from simulator.analysis.cues import (
    I_WORDS,
    MODAL,
    NON_OUTCOME,
    OUTCOME_METRIC,
    PAST_FIRST_PERSON,
    VERB_FIRST,
    WE_WORDS,
)
from simulator.analysis.tokens import Token, has_punctuation, tokenize
from simulator.speech.stt import Transcript

CLASSES = ("S", "T", "A", "R", "other")
_RULE_LABEL_UNITS = star.label_units
_PRESENT_I = re.compile(r"\b(i|we) (\w+)\b")


def unit_features(units: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> np.ndarray:
    total = max(1, len(tokens))
    texts = [" ".join(t.norm for t in tokens[a:b] if t.norm) for a, b in units]
    cues = star.unit_cue_scores(texts)
    rows = []
    headline = True
    for number, ((first, end), text, c) in enumerate(zip(units, texts, cues, strict=True)):
        headline = headline and (
            c["R told"] >= 1.0 and c["S"] < c["R told"] - 0.3 if number == 0
            else c["S"] < 1.0 and c["T"] < 1.0 and c["A"] < c["R"] + 1.0
        )
        start, stop = first / total, end / total
        mid = (start + stop) / 2
        words = max(1, end - first)
        rows.append([
            1.0, c["S"], c["T"], c["A"], c["R"], c["other"], c["R told"],
            float(bool(OUTCOME_METRIC.search(text))), float(bool(VERB_FIRST.match(text))),
            float(bool(NON_OUTCOME.search(text))), start, stop, mid, mid * mid,
            float(number == 0), float(number == len(units) - 1), math.log(words),
            float(headline and c["R told"] > 0),
            len(PAST_FIRST_PERSON.findall(text)) / words * 5,
            len(MODAL.findall(text)) / words * 5,
            len(WE_WORDS.findall(text)) / words * 5,
            len(I_WORDS.findall(text)) / words * 5,
            c["S"] * (1 - mid), c["R"] * mid, c["T"] * (1 - mid), c["A"] * mid,
        ])
    return np.array(rows, dtype=float)


def unit_gold(answer: dict, units: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> list[int]:
    """Each unit's gold class: the label of most of its characters."""
    text, _, _ = bench.good_text(answer)
    spans, cursor = [], 0
    for segment in answer["segments"]:
        if cursor and not text[cursor - 1 : cursor].isspace() and cursor < len(text):
            cursor += 1 if text[cursor] == " " else 0
        start = text.find(segment["text"].strip(), cursor)
        end = start + len(segment["text"].strip())
        spans.append((start, end, segment["label"]))
        cursor = end
    gold = []
    for first, end in units:
        counts = dict.fromkeys(CLASSES, 0)
        for token in tokens[first:end]:
            for s, e, label in spans:
                if s <= token.start_char < e:
                    counts[label] += 1
                    break
        gold.append(CLASSES.index(max(counts, key=lambda k: counts[k])))
    return gold


def dataset(answers: Sequence[dict], features=None) -> tuple[np.ndarray, np.ndarray]:
    features = features or unit_features
    xs, ys = [], []
    for answer in answers:
        for version in (answer, bench.result_first(answer)):
            if version is None:
                continue
            text, _, _ = bench.good_text(version)
            tokens = tokenize(Transcript.from_text(text))
            units = star.split_units(tokens, has_punctuation(tokens))
            xs.append(features(units, tokens))
            ys.extend(unit_gold(version, units, tokens))
    return np.vstack(xs), np.array(ys)


class Model:
    def __init__(self, weights: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> None:
        self.weights, self.mean, self.scale = weights, mean, scale

    def log_proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights
        z -= z.max(axis=1, keepdims=True)
        return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def train(x: np.ndarray, y: np.ndarray, l2: float = 0.3, steps: int = 3000,
          decay: float = 0.0) -> Model:
    """`l2` is divided by the number of rows (the old classifier's setting); `decay` is not
    (a fixed weight decay, what a model with hundreds of embedding features needs)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    mean[0], scale[0] = 0.0, 1.0
    xs = (x - mean) / scale
    onehot = np.eye(len(CLASSES))[y]
    weights = np.zeros((x.shape[1], len(CLASSES)))
    rate = 0.5
    for _ in range(steps):
        z = xs @ weights
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = xs.T @ (p - onehot) / len(y) + (l2 / len(y) + decay) * weights
        weights -= rate * grad
    return Model(weights, mean, scale)


def train_accelerated(x: np.ndarray, y: np.ndarray, decay: float, steps: int = 1500) -> Model:
    """Multinomial logistic regression with weight decay by Nesterov's accelerated gradient,
    step 1/L from the largest curvature of the loss (the softmax Hessian is at most half the
    features' second-moment matrix): hundreds of correlated embedding columns make a fixed
    step of 0.5 diverge."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    constant = scale < 1e-5
    mean[constant], scale[constant] = 0.0, 1.0
    xs = (x - mean) / scale
    onehot = np.eye(len(CLASSES))[y]
    curvature = float(np.linalg.eigvalsh(xs.T @ xs / len(y))[-1]) * 0.5 + decay
    rate = 1.0 / curvature
    weights = np.zeros((x.shape[1], len(CLASSES)))
    previous = weights
    for step in range(1, steps + 1):
        look = weights + (step - 1) / (step + 2) * (weights - previous)
        z = xs @ look
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = xs.T @ (p - onehot) / len(y) + decay * look
        previous, weights = weights, look - rate * grad
    return Model(weights, mean, scale)


def learned_label_units(model: Model, mix: float, features=None, complete: bool = True):
    """label_units with the classifier's log-probabilities as emissions (mixed with the rules'
    emissions by `mix`: 1.0 = classifier only), decoded as the rules are (`star.complete_path`,
    a part left out only when confident) or, with `complete` False, by the plain Viterbi pass."""
    features = features or unit_features

    def label_units(units, tokens):
        if not units:
            return []
        x = features(units, tokens)
        logp = model.log_proba(x)
        rules = _rule_emissions(units, tokens) if mix < 1.0 else None
        emissions = []
        total = max(1, len(tokens))
        for row, (first, end) in enumerate(units):
            s, t, a, r, o = logp[row]
            pre = o + (0.0 if first / total < 0.2 else -6.0)
            post = o + (0.0 if end / total > 0.8 else -6.0)
            learned = [pre, s, t, a, r, post]
            if rules is not None:
                learned = [mix * v + (1 - mix) * w for v, w in zip(learned, rules[row],
                                                                    strict=True)]
            emissions.append(learned)
        if not complete:
            return star.best_path(emissions)
        texts = [" ".join(t.norm for t in tokens[a:b] if t.norm) for a, b in units]
        outcome = [c["R"] > max(0.0, c["A"]) for c in star.unit_cue_scores(texts)]
        return star.complete_path(emissions, outcome)

    return label_units


def _rule_emissions(units, tokens):
    captured: list[list[float]] = []
    original = star._emissions

    def spy(*args, **kwargs):
        row = original(*args, **kwargs)
        captured.append(row)
        return row

    star._emissions = spy
    try:
        _RULE_LABEL_UNITS(units, tokens)
    finally:
        star._emissions = original
    return captured


class EmbeddedFeatures:
    """Per unit: `unit_features`, the rules' own emission row (their six scores), and the
    all-MiniLM-L6-v2 embedding of the unit's words (384 values; with `context`, also the
    embeddings of the units before and after it). Embeddings are kept by text in `cache`."""

    def __init__(self, cache: Path | None, context: bool = False, rules: bool = True,
                 hand: bool = True) -> None:
        self.cache_path, self.context, self.rules, self.hand = cache, context, rules, hand
        self.vectors: dict[str, np.ndarray] = {}
        if cache is not None and cache.exists():
            stored = np.load(cache, allow_pickle=False)
            self.vectors = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
        self._encoder: Any = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.vectors})
        if missing:
            if self._encoder is None:
                from minilm import Encoder

                self._encoder = Encoder()
            for text, vector in zip(missing, self._encoder.encode(missing), strict=True):
                self.vectors[text] = vector
        return np.array([self.vectors[t] for t in texts], dtype=float).reshape(len(texts), -1)

    def save(self) -> None:
        if self.cache_path is not None and self.vectors:
            texts = list(self.vectors)
            np.savez(self.cache_path, texts=np.array(texts),
                     vectors=np.array([self.vectors[t] for t in texts]))

    def __call__(self, units, tokens) -> np.ndarray:
        texts = [" ".join(t.text for t in tokens[a:b]) for a, b in units]
        vectors = self.embed(texts)
        columns = [unit_features(units, tokens) if self.hand else np.ones((len(units), 1))]
        if self.rules:
            columns.append(np.array(_rule_emissions(units, tokens), dtype=float))
        columns.append(vectors)
        if self.context:
            blank = np.zeros((1, vectors.shape[1]))
            columns += [np.vstack([blank, vectors[:-1]]), np.vstack([vectors[1:], blank])]
        return np.hstack(columns)


def figures(good: list[dict], weak: list[dict]) -> dict[str, object]:
    return bench.evaluate(good, weak, Transcript.from_text, False)


def answer_tables(good: list[dict]) -> np.ndarray:
    """Word counts per answer: shape (answers, 2, 4, 3) = [as written, result first] x S/T/A/R
    x [true positive, false positive, false negative] (zeros where there is no reordering)."""
    tables = np.zeros((len(good), 2, len(bench.LABELS), 3))
    for number, answer in enumerate(good):
        for version_number, version in enumerate((answer, bench.result_first(answer))):
            if version is None:
                continue
            _, _, gold, predicted = bench.label_answer(version, Transcript.from_text)
            counts = bench.Counts()
            counts.add(gold, predicted)
            tables[number, version_number] = [counts.table[n] for n in bench.LABELS]
    return tables


def macro_f1(table: np.ndarray) -> np.ndarray:
    """Macro-F1 over the last two axes (..., 4 parts, [tp, fp, fn])."""
    tp, fp, fn = table[..., 0], table[..., 1], table[..., 2]
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1e-9), 0.0)
    return f1.mean(axis=-1)


def bootstrap_delta(mine: np.ndarray, rules: np.ndarray, draws: int = 2000) -> str:
    """The difference in macro-F1 (as written, result first) against the rules with a 95 %
    interval, answers resampled with replacement (a paired bootstrap: the same answers for
    both)."""
    rng = np.random.default_rng(13)
    picks = rng.integers(0, len(mine), size=(draws, len(mine)))
    delta = macro_f1(mine[picks].sum(axis=1)) - macro_f1(rules[picks].sum(axis=1))
    point = macro_f1(mine.sum(axis=0)) - macro_f1(rules.sum(axis=0))
    low, high = np.percentile(delta, [2.5, 97.5], axis=0)
    return "  ".join(
        f"{name} {point[i]:+.3f} [{low[i]:+.3f}, {high[i]:+.3f}]"
        for i, name in enumerate(("delta F1", "delta res-first"))
    )


HEADER = (f"{'held out':<8} {'method':<20} {'macro-F1':>8} {'res-first':>9} {'false-abs':>9} "
          f"{'all-four':>8} {'AUC':>6} {'missing':>10}")


def _row(held: str, method: str, r: dict[str, object]) -> str:
    return (f"{held:<8} {method:<20} {r['macro_f1']:>8.3f} {r['result_first_f1']:>9.3f} "
            f"{r['false_absent']:>9.1%} {r['all_four_share']:>8.1%} {r['auc']:>6.3f} "
            f"{r['missing_recall']:>7.0%}/{r['missing_total']}")


def final(args: argparse.Namespace, names: list[str]) -> int:
    """Every classifier trained on all of `names`, the rules and each mix measured on one set."""
    good_file, weak_file, _ = bench.SETS[args.final]
    good, weak = bench.load(bench.DATA / good_file), bench.load(bench.DATA / weak_file)
    train_good = [a for n in names for a in bench.load(bench.DATA / bench.SETS[n][0])]
    print(f"trained on {', '.join(names)}; measured on {args.final}")
    print(HEADER)
    print(_row(args.final, "rules", figures(good, weak)), flush=True)
    models = [("learned", train(*dataset(train_good)), unit_features)]
    if args.embed:
        embedded = EmbeddedFeatures(args.cache)
        x, y = dataset(train_good, embedded)
        models.append(("embed", train_accelerated(x, y, args.decay), embedded))
    for method, model, features in models:
        for mix in [float(m) for m in args.mix.split(",")]:
            star.label_units = learned_label_units(model, mix, features, not args.best_path)
            try:
                print(_row(args.final, f"{method} {mix:.2f}", figures(good, weak)), flush=True)
            finally:
                star.label_units = _RULE_LABEL_UNITS
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev1,dev2")
    parser.add_argument("--mix", default="1.0,0.5", help="classifier shares to try")
    parser.add_argument("--embed", action="store_true",
                        help="also the classifier over MiniLM embeddings + rule features")
    parser.add_argument("--context", action="store_true",
                        help="with --embed, add the neighbouring units' embeddings")
    parser.add_argument("--decay", type=float, default=1.0,
                        help="weight decay of the embedding classifier")
    parser.add_argument("--bootstrap", action="store_true",
                        help="each method's macro-F1 difference from the rules, 95%% interval")
    parser.add_argument("--embed-only", action="store_true",
                        help="the embedding classifier sees the embeddings alone (no rules)")
    parser.add_argument("--best-path", action="store_true",
                        help="decode the classifiers by the plain Viterbi pass, not as the rules")
    parser.add_argument("--no-hand", action="store_true", help="skip the hand-feature classifier")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "interview-sim-minilm-cache.npz",
                        help="embeddings kept between runs, by unit text")
    parser.add_argument("--final", metavar="SET",
                        help="for whoever measures the held-back parts, once, at the end: train "
                        "on all of --sets and measure only SET (no figures are tuned from it)")
    args = parser.parse_args()
    names = [n for n in args.sets.split(",") if n]
    if any("held" in n for n in names):
        parser.error("held-back sets are not trained on (use --final to measure one)")
    if args.final:
        return final(args, names)
    data = {}
    for name in names:
        good_file, weak_file, _ = bench.SETS[name]
        data[name] = (bench.load(bench.DATA / good_file), bench.load(bench.DATA / weak_file))
    mixes = [float(m) for m in args.mix.split(",")]
    embedded = EmbeddedFeatures(args.cache, args.context, rules=not args.embed_only,
                                hand=not args.embed_only) if args.embed else None
    print(HEADER)
    pooled: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    fold_tables: dict[tuple[str, str], np.ndarray] = {}
    for held in names:
        print(_row(held, "rules", figures(*data[held])), flush=True)
        rule_tables = answer_tables(data[held][0]) if args.bootstrap else None
        train_good = [a for n in names if n != held for a in data[n][0]]
        models = []
        if not args.no_hand:
            models.append(("learned", train(*dataset(train_good)), unit_features))
        if embedded is not None:
            x, y = dataset(train_good, embedded)
            embedded.save()
            models.append(("embed", train_accelerated(x, y, args.decay), embedded))
        for method, model, features in models:
            for mix in mixes:
                star.label_units = learned_label_units(model, mix, features,
                                                       not args.best_path)
                try:
                    print(_row(held, f"{method} {mix:.2f}", figures(*data[held])), flush=True)
                    if rule_tables is not None:
                        tables = answer_tables(data[held][0])
                        pooled.setdefault(f"{method} {mix:.2f}", []).append((tables, rule_tables))
                        fold_tables[(held, f"{method} {mix:.2f}")] = tables
                        print(f"{'':<8} {'':<20} " + bootstrap_delta(tables, rule_tables))
                finally:
                    star.label_units = _RULE_LABEL_UNITS
        if embedded is not None:
            embedded.save()
    for method, pairs in pooled.items():
        # Every left-out set's answers together, each labelled by the model that did not see it.
        mine = np.concatenate([m for m, _ in pairs])
        rules = np.concatenate([r for _, r in pairs])
        print(f"{'pooled':<8} {method:<20} " + bootstrap_delta(mine, rules))
    for mix in mixes:
        # What the embeddings add: the embedding classifier against the hand-feature one.
        embed, hand = f"embed {mix:.2f}", f"learned {mix:.2f}"
        folds = [n for n in names if (n, embed) in fold_tables and (n, hand) in fold_tables]
        for held in folds + (["pooled"] if len(folds) > 1 else []):
            pick = folds if held == "pooled" else [held]
            mine = np.concatenate([fold_tables[(n, embed)] for n in pick])
            theirs = np.concatenate([fold_tables[(n, hand)] for n in pick])
            print(f"{held:<8} {embed + ' vs hand':<20} " + bootstrap_delta(mine, theirs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
