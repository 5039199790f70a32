"""Rules against a learned sentence classifier for the STAR labels, compared set by set
(leave one set out): does learning the weights from our labelled answers generalise better to a
set written in other registers than the hand-set weights in `simulator/analysis/star.py`?

    .venv/bin/python bench/star_learned.py --write             # the product's coefficients
    .venv/bin/python bench/star_learned.py --bootstrap         # leave one set out, dev1-dev4
    .venv/bin/python bench/star_learned.py --sets dev1,dev2,dev3,dev4 --embed --bootstrap
    .venv/bin/python bench/star_learned.py --sets dev1,dev2,dev3,dev4 --embed --final held4

Re-run `--write` after every change to the STAR rules' cues or segmenter
(simulator/analysis/cues.py, star.py's `split_units` and `unit_cue_scores`) or to the feature
code (simulator/analysis/star_learned.py) and commit the file it writes: the product's learned
layer sits on the rules' cue points, so stale coefficients no longer match what they were
trained on (a changed feature list is refused by tests/analysis/test_star_learned.py). It trains
the product's classifier (the hand features, mixed half and half with the rules at run time) on
the good answers of every development set, never on a held-back part.

`--learner crf` trains the layer through the decoding it is used with (`train_crf`, a linear-chain
CRF in numpy whose emissions are the product's mixed scores and whose transitions are the rules'
own) instead of unit by unit (`--learner logistic`, the product's, below); the ninth session
measured it and kept the logistic one (bench/star_learned.md). `--speech DIR` measures the folds
through speech (flite -> the default engine, transcripts cached in DIR), `--train-speech DIR`
trains the layer on the recognized transcripts of the same answers (each recognized word with the
label of the written word it aligns with; measured in the tenth session and not shipped,
bench/star_learned.md), and `--measure SETS` leaves out only some sets (each still trained on
all the others).

    .venv/bin/python bench/star_learned.py --speech DIR --train-speech DIR --mix 0.5

The logistic classifier is multinomial logistic regression (numpy, L2, full-batch gradient descent)
over one row per unit of the answer (the rules' own segmenter cuts the units): the rule cue points
per part, whether a number measures an outcome, verb-first notes, vague non-outcomes, the unit's
place in the answer (start, end, first, last), its length, the headline test, and the first-person
past, modal, "we" and "I" counts (`simulator.analysis.star_learned.unit_features`, the product's
own feature code, scored by the product's `Classifier`). Its log-probabilities replace the hand-set
emission scores in the same decoding as the rules (`star.complete_path`; `--best-path` for the
plain Viterbi pass), or are mixed with them (`--mix`: the classifier's share). It is trained on the
good answers of every set but the one measured, as written and told result first (the bench's own
reordering), and measured with `analysis_accuracy.evaluate`, so both columns are the same figures.

`--embed` adds a second classifier whose rows also hold the rules' six emission scores and the
unit's all-MiniLM-L6-v2 sentence embedding (384 values, `bench/minilm.py`, numpy, no torch;
weights from requirements/models-embed.txt), with weight decay `--decay` (1.0: chosen on dev1-3
before dev4 was opened). `--bootstrap` gives each method's macro-F1 difference from the rules
with a 95 % interval (answers resampled, paired), per set and pooled, and the embedding classifier
against the hand-feature one. Figures and the decision: bench/star_learned.md."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis_accuracy as bench

from simulator.analysis import star, star_learned
from simulator.analysis.tokens import Token, has_punctuation, tokenize
from simulator.speech.stt import Transcript

CLASSES = star_learned.CLASSES
SEEN = ("dev1", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7",
        "held1", "held2", "held3", "held4", "held5", "held6", "held7", "dev8", "held8", "dev9",
        "held9", "dev10", "held10", "dev11", "held11", "dev12", "held12",
        # dev13: measured once at the start of the twelfth session before any tuning
        # (macro-F1 0.889 rules alone, 0.891 with the shipped layer), so it may be trained on.
        "dev13",
        # held13: measured once at the end of the twelfth session (text macro-F1 0.919).
        "held13",
        # dev14: measured once at the start of the thirteenth session before any tuning (macro-F1
        # 0.872); held14 once at its end (0.918).
        "dev14", "held14",
        # dev15: measured once at the start of the fourteenth session before any tuning (macro-F1
        # 0.840); held15 once at its end (0.880).
        "dev15", "held15",
        # dev16: measured once at the start of the fifteenth session before any tuning (macro-F1
        # 0.894); held16 once at its end (0.894).
        "dev16", "held16",
        # dev17: measured once at the start of the sixteenth session before any tuning (macro-F1
        # 0.880); held17 once at its end (0.881 at the start code, 0.888 at the end).
        "dev17", "held17")
"""Sets whose answers have been looked at by whoever tunes the rules, so they may be trained on;
a held-back set joins only after its one measurement."""


def unit_features(units: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> np.ndarray:
    """The product's hand features (`simulator.analysis.star_learned.unit_features`) as an array,
    one row per unit."""
    return np.array(star_learned.unit_features(units, tokens, _cue_rows(units, tokens)),
                    dtype=float).reshape(len(units), len(star_learned.FEATURES))


def _cue_rows(units: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> list[dict[str, float]]:
    """The cue rows the product's layer sees (`star.label_units`, through
    `star.placed_cue_scores`): on recognized speech, an event is others' only in a unit that opens
    on a subject of its own; late in the story, words that order steps are no Action cue where
    someone else acts."""
    rows = star.unit_cue_scores([" ".join(t.norm for t in tokens[a:b] if t.norm)
                                 for a, b in units])
    return star.placed_cue_scores(units, tokens, rows)


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


AUGMENT = False
"""Also train on each good answer with parts left out (`without_parts`)."""


def without_parts(answer: dict, parts: set[str]) -> dict | None:
    """The answer with the segments of `parts` left out (None when nothing or no Action would be
    left): what a weak answer that starts with its actions, or never tells how it ended, looks
    like. Trained on complete answers alone, the classifier learns that the first sentence is
    the scene whatever it says."""
    segments = [s for s in answer["segments"] if s["label"] not in parts]
    if len(segments) == len(answer["segments"]) or not any(s["label"] == "A" for s in segments):
        return None
    return {**answer, "segments": segments}


def dataset(answers: Sequence[dict], features=None) -> tuple[np.ndarray, np.ndarray]:
    plain = features is None and not AUGMENT
    features = features or unit_features
    xs, ys = [], []
    for answer in answers:
        if plain and id(answer) in _ROWS:  # the same answer in every fold but its own
            xs.append(_ROWS[id(answer)][1])
            ys.extend(_ROWS[id(answer)][2])
            continue
        start, gold_from = len(xs), len(ys)
        if TRAIN_SPOKEN is not None:
            # Recognized speech as written (result first is not spoken: no transcripts), each
            # recognized word with the label of the written word it aligns with.
            text, gold_words, gold_labels = bench.good_text(answer)
            tokens = tokenize(TRAIN_SPOKEN(text))
            units = star.split_units(tokens, has_punctuation(tokens))
            labels = bench.align_labels([t.text for t in tokens], gold_words, gold_labels)
            xs.append(features(units, tokens))
            ys.extend(CLASSES.index(_most(labels[a:b])) for a, b in units)
            if plain:
                _ROWS[id(answer)] = (answer, np.vstack(xs[start:]), ys[gold_from:])
            continue
        versions = [answer, bench.result_first(answer)]
        if AUGMENT:
            versions += [without_parts(answer, {"S", "T"}), without_parts(answer, {"R"})]
        for version in versions:
            if version is None:
                continue
            text, _, _ = bench.good_text(version)
            tokens = tokenize(Transcript.from_text(text))
            units = star.split_units(tokens, has_punctuation(tokens))
            xs.append(features(units, tokens))
            ys.extend(unit_gold(version, units, tokens))
        if plain:
            _ROWS[id(answer)] = (answer, np.vstack(xs[start:]), ys[gold_from:])
    return np.vstack(xs), np.array(ys)


def _most(labels: Sequence[str]) -> str:
    """The label most of a unit's words have (ties to the first in CLASSES, as unit_gold)."""
    return max(CLASSES, key=lambda label: (labels.count(label), -CLASSES.index(label)))


TRAIN_SPOKEN: Any = None
"""`--train-speech DIR`: the layer is trained on the good answers spoken by flite and
transcribed by the default engine (analysis_accuracy.SpokenTranscripts, cached in DIR), the gold
labels carried onto the recognized words (analysis_accuracy.align_labels). Measured in the tenth
session and not shipped (the product labels recognized speech by the rules alone, TYPED_ONLY):
bench/star_learned.md."""


_ROWS: dict[int, tuple[dict, np.ndarray, list[int]]] = {}
"""dataset()'s rows per answer (kept with the answer, so its id stays its own), made once a run."""


class Model:
    """The classifier as numpy arrays while training; `shipped()` gives the product's form."""

    def __init__(self, weights: np.ndarray, mean: np.ndarray, scale: np.ndarray,
                 features=None) -> None:
        self.weights, self.mean, self.scale = weights, mean, scale
        self.features = features or unit_features

    def log_proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights
        z -= z.max(axis=1, keepdims=True)
        return z - np.log(np.exp(z).sum(axis=1, keepdims=True))

    def unit_log_proba(self, units, tokens, cue_rows, rules) -> np.ndarray:
        return self.log_proba(self.features(units, tokens, rules=rules)
                              if isinstance(self.features, EmbeddedFeatures)
                              else self.features(units, tokens))

    def shipped(self) -> star_learned.Classifier:
        return star_learned.Classifier(
            tuple(tuple(float(v) for v in row) for row in self.weights),
            tuple(float(v) for v in self.mean), tuple(float(v) for v in self.scale))


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


def train_accelerated(x: np.ndarray, y: np.ndarray, decay: float, steps: int = 1500,
                      features=None) -> Model:
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
    return Model(weights, mean, scale, features)


STATE_CLASS = (4, 0, 1, 2, 3, 4)
"""The class column (CLASSES) each of the decoder's six states (star._STATES: other before, S,
T, A, R, other after) reads from the layer."""
_TRANSITIONS = np.array(star._TRANSITIONS)
_OPENING = np.array([0.0, 0.0, 0.0, 0.0, 0.0, -4.0])
"""star._viterbi's opening scores: a story rarely opens after its end."""


def gold_states(gold: Sequence[int]) -> list[int]:
    """Each unit's state on the decoder's path from its gold class: "other" before the first
    part is the state before the story, after it the state after."""
    states, begun = [], False
    for label in gold:
        if label == CLASSES.index("other"):
            states.append(5 if begun else 0)
        else:
            begun = True
            states.append(label + 1)
    return states


def sequences(
    answers: Sequence[dict],
) -> list[tuple[np.ndarray, np.ndarray, list[int], np.ndarray]]:
    """One (features, the rules' emission rows, gold states, the product's bar on the layer's
    "other" per state) per good answer, as
    written and told result first, for the answers the layer labels (MIN_UNITS units or more):
    what the product decodes, with the rules' rows as it mixes them (after the result-first
    reading) and the layer's "other" barred where the product bars it."""
    out = []
    for answer in answers:
        if id(answer) in _SEQUENCES:  # the same answer in every fold but its own
            out.extend(_SEQUENCES[id(answer)][1])
            continue
        start = len(out)
        for version in (answer, bench.result_first(answer)):
            if version is None:
                continue
            text, _, _ = bench.good_text(version)
            tokens = tokenize(Transcript.from_text(text))
            units = star.split_units(tokens, has_punctuation(tokens))
            rules = _rule_emissions(units, tokens)
            if len(rules) < star_learned.MIN_UNITS:
                continue
            total = max(1, len(tokens))
            barred = [[0.0 if first / total < 0.2 else -6.0, 0.0, 0.0, 0.0, 0.0,
                       0.0 if end / total > 0.8 else -6.0] for first, end in units]
            out.append((unit_features(units, tokens), np.array(rules, dtype=float),
                        gold_states(unit_gold(version, units, tokens)), np.array(barred)))
        _SEQUENCES[id(answer)] = (answer, out[start:])
    return out


_SEQUENCES: dict[int, tuple[dict, list]] = {}
"""sequences() per answer (kept with the answer, so its id stays its own), made once a run."""


def _log_sum_exp(a: np.ndarray, axis: int) -> np.ndarray:
    top = a.max(axis=axis, keepdims=True)
    return (top + np.log(np.exp(a - top).sum(axis=axis, keepdims=True))).squeeze(axis)


def train_crf(seqs, share: float = 0.5, l2: float = 1.0, steps: int = 200,
              rate: float = 0.05) -> Model:
    """The layer's weights trained through the decoding it is used with: a linear-chain CRF
    whose emissions are the product's mixed scores, (1 - share) * the rules' rows + share *
    (the layer's class scores, "other" barred as the product bars it), and whose transitions
    are the rules' own (star._TRANSITIONS, fixed). It maximises the likelihood of each answer's
    gold path (L2 `l2`, divided by the number of units; Adam, `steps` full-batch steps), so the
    weights learn what the rules get wrong on the path, not each unit's part on its own. The
    log-softmax the product takes of the class scores subtracts the same number from every
    state of a unit, so the decoded path is the CRF's."""
    x_all = np.vstack([s[0] for s in seqs])
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0) + 1e-6
    constant = scale < 1e-5
    mean[constant], scale[constant] = 0.0, 1.0
    mean[0], scale[0] = 0.0, 1.0
    count, longest, width = len(seqs), max(len(s[2]) for s in seqs), x_all.shape[1]
    x = np.zeros((count, longest, width))
    offset = np.zeros((count, longest, 6))
    mask = np.zeros((count, longest), dtype=bool)
    gold = np.zeros((count, longest), dtype=int)
    for n, (features, rules, states, barred) in enumerate(seqs):
        length = len(states)
        x[n, :length] = (features - mean) / scale
        offset[n, :length] = (1 - share) * rules + share * barred
        mask[n, :length] = True
        gold[n, :length] = states
    onehot = np.zeros((count, longest, 6))
    np.put_along_axis(onehot, gold[:, :, None], 1.0, 2)
    onehot *= mask[:, :, None]
    units = int(mask.sum())
    weights = np.zeros((width, len(CLASSES)))
    moment, second = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, steps + 1):
        emissions = offset + share * (x @ weights)[:, :, list(STATE_CLASS)]
        alpha = np.zeros((count, longest, 6))
        alpha[:, 0] = emissions[:, 0] + _OPENING
        for t in range(1, longest):
            forward = _log_sum_exp(alpha[:, t - 1, :, None] + _TRANSITIONS[None], 1)
            alpha[:, t] = np.where(mask[:, t, None], forward + emissions[:, t], alpha[:, t - 1])
        log_z = _log_sum_exp(alpha[:, -1], 1)
        beta = np.zeros((count, longest, 6))
        for t in range(longest - 2, -1, -1):
            backward = _log_sum_exp(_TRANSITIONS[None] + (emissions[:, t + 1]
                                                          + beta[:, t + 1])[:, None, :], 2)
            beta[:, t] = np.where(mask[:, t + 1, None], backward, 0.0)
        marginals = np.exp(alpha + beta - log_z[:, None, None]) * mask[:, :, None]
        d_states = marginals - onehot
        d_classes = np.zeros((count, longest, len(CLASSES)))
        for state, column in enumerate(STATE_CLASS):
            d_classes[:, :, column] += d_states[:, :, state]
        grad = (share * np.einsum("ntf,ntc->fc", x, d_classes) + l2 * weights) / units
        moment = 0.9 * moment + 0.1 * grad
        second = 0.999 * second + 0.001 * grad * grad
        weights -= rate * (moment / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step))
                                                        + 1e-8)
    return Model(weights, mean, scale)


LEARNER = "logistic"
"""How the hand-feature layer is trained: "logistic" (train, each unit on its own: the product's)
or "crf" (train_crf, through the decoding; measured in the ninth session and not shipped: it lost
held7 by 0.021, bench/star_learned.md)."""


L2 = 0.3
"""`--l2`: the logistic layer's L2 (divided by the number of rows; the product's 0.3)."""

DROPPED: tuple[str, ...] = ()
"""`--drop`: features held at zero while training (so their weights stay 0): a smaller layer
measured without a change of the feature code."""


def train_layer(answers: Sequence[dict]) -> Model:
    """The hand-feature layer trained on `answers` (good ones) by LEARNER."""
    if LEARNER == "crf":
        return train_crf(sequences(answers))
    x, y = dataset(answers)
    if DROPPED:
        x = x.copy()
        x[:, [star_learned.FEATURES.index(name) for name in DROPPED]] = 0.0
    return train(x, y, l2=L2)


PART_SHARES: dict[str, float] = {}
"""`--part-shares S=0.3,...`: the layer's share per part's column (the others at --mix): the
layer kept off the parts it does not help on new writers. "other" sets both "other" states."""


def _mix_by_part(share: float):
    """star_learned.mix_emissions with the layer's share set per decoder state."""
    states = ("other", "S", "T", "A", "R", "other")
    by_state = [PART_SHARES.get(name, share) for name in states]

    def mix(rules, units, tokens, cue_rows):
        mixed = original_mix(rules, units, tokens, cue_rows)
        if mixed is None or share <= 0.0:
            return mixed
        out = []
        for m, r in zip(mixed, rules, strict=True):
            # m = share * learned + (1 - share) * r, so learned = (m - (1 - share) * r) / share
            learned = [(mv - (1 - share) * rv) / share for mv, rv in zip(m, r, strict=True)]
            out.append([k * lv + (1 - k) * rv for k, lv, rv in zip(by_state, learned, r,
                                                                    strict=True)])
        return out

    original_mix = star_learned.mix_emissions
    return mix


RULES_PLACE: tuple[str, ...] = ()
"""`--rules-place T,...`: these parts sit on the units the rules' own path gives them (the layer
places only the others): a decision-level gate, where --part-shares changes a column's scale."""


def _placed_by_rules(complete, within):
    """star.complete_path and star.path_with_parts wrapped so the mixed decoding keeps the units
    of RULES_PLACE's parts where the rules' path (the complete_path just before) put them."""
    last: list = []
    kept = {star._STATES.index(part) for part in RULES_PLACE}

    def recording(*args, **kwargs):
        path = complete(*args, **kwargs)
        last[:] = [path]
        return path

    def constrained(emissions, parts):
        if not last or len(last[0]) != len(emissions):
            return within(emissions, parts)
        rows = []
        for label, row in zip(last[0], emissions, strict=True):
            mine = {s for s in kept if star._STATES[s] == label}
            rows.append([value if (state in mine or (not mine and state not in kept))
                         else -1e6 if mine or state in kept else value
                         for state, value in enumerate(row)])
        return within(rows, parts)

    return recording, constrained


PARTS_BY_RULES = True
"""`--parts mixed`: the mixed scores also decide which parts are told (False)."""


@contextmanager
def labelled_by(model: Model | None, mix: float = 0.0, complete: bool = True) -> Iterator[None]:
    """The product labels with `model` at share `mix` (None: the rules alone), decoded as the
    rules are (`star.complete_path`, a part left out only when confident) or, with `complete`
    False, by the plain Viterbi pass."""
    original, parts, mixing = star.complete_path, star_learned.PARTS_BY_RULES, star.mix_emissions
    if not complete:
        star.complete_path = lambda emissions, outcome: star.best_path(emissions)
    star_learned.PARTS_BY_RULES = PARTS_BY_RULES
    if PART_SHARES and model is not None:
        star.mix_emissions = _mix_by_part(mix)
    within = star.path_with_parts
    if RULES_PLACE and model is not None:
        star.complete_path, star.path_with_parts = _placed_by_rules(star.complete_path, within)
    try:
        with star_learned.use(model, mix):
            yield
    finally:
        star.complete_path, star_learned.PARTS_BY_RULES = original, parts
        star.mix_emissions, star.path_with_parts = mixing, within


def _rule_emissions(units, tokens) -> list[list[float]]:
    """The rules' own emission rows for the units (what the product mixes the layer with)."""
    captured: list[list[float]] = []

    class Capture:
        def unit_log_proba(self, units, tokens, cue_rows, rules):
            captured.extend(list(row) for row in rules)
            return [[0.0] * len(CLASSES) for _ in units]

    with star_learned.use(Capture(), 1.0):
        star.label_units(units, tokens)
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

    def __call__(self, units, tokens, rules=None) -> np.ndarray:
        texts = [" ".join(t.text for t in tokens[a:b]) for a, b in units]
        vectors = self.embed(texts)
        columns = [unit_features(units, tokens) if self.hand else np.ones((len(units), 1))]
        if self.rules:
            rules = _rule_emissions(units, tokens) if rules is None else rules
            columns.append(np.array(rules, dtype=float))
        columns.append(vectors)
        if self.context:
            blank = np.zeros((1, vectors.shape[1]))
            columns += [np.vstack([blank, vectors[:-1]]), np.vstack([vectors[1:], blank])]
        return np.hstack(columns)


SPOKEN: Any = None
"""`--speech DIR`: answers are measured as flite -> the default engine transcribes them
(analysis_accuracy.SpokenTranscripts, cached in DIR), with the layer used on recognized speech
too (star_learned.TYPED_ONLY off); trained on typed text unless `--train-speech`."""


def figures(good: list[dict], weak: list[dict]) -> dict[str, object]:
    """analysis_accuracy's figures for the labelling in use (`labelled_by`); through speech
    with `--speech` (answers as written only, as analysis_accuracy --speech)."""
    if SPOKEN is None:
        return bench.evaluate(good, weak, Transcript.from_text, False)
    typed_only = star_learned.TYPED_ONLY
    star_learned.TYPED_ONLY = False
    try:
        return bench.evaluate(good, weak, SPOKEN, False, reorder=False)
    finally:
        star_learned.TYPED_ONLY = typed_only


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
          f"{'all-four':>8} {'AUC':>6} {'missing':>10} {'flaw-rec':>8}")


def _row(held: str, method: str, r: dict[str, object]) -> str:
    return (f"{held:<8} {method:<20} {r['macro_f1']:>8.3f} {r['result_first_f1']:>9.3f} "
            f"{r['false_absent']:>9.1%} {r['all_four_share']:>8.1%} {r['auc']:>6.3f} "
            f"{r['missing_recall']:>7.0%}/{r['missing_total']} {r['flaw_recall']:>8.3f}")


def _parts_row(held: str, method: str, r: dict[str, object]) -> str:
    """Each part's word-level F1, as written."""
    f1: dict[str, float] = r["f1"]  # type: ignore[assignment]
    return f"{'':<8} {'':<20} F1 " + "  ".join(f"{part} {f1[part]:.3f}" for part in bench.LABELS)


SUMMARY = (("macro_f1", "macro-F1", min), ("result_first_f1", "res-first", min),
           ("missing_recall", "missing", min), ("false_absent", "false-abs", max),
           ("all_four_share", "all-four", min), ("auc", "AUC", min),
           ("flaw_recall", "flaw-rec", min))
"""The figures summarised over the folds, each with its worst fold's function."""


def summary(results: dict[str, dict[str, dict[str, object]]]) -> list[str]:
    """Lines of the fold mean and the worst fold of each figure per method (`results`: method ->
    left-out set -> figures), and missing parts found pooled over every fold."""
    lines = [f"{'method':<20} " + " ".join(f"{label:>15}" for _, label, _ in SUMMARY)
             + f" {'missing pooled':>15}",
             f"{'':<20} " + " ".join(f"{'mean / worst':>15}" for _ in SUMMARY)]
    for method, folds in results.items():
        cells = []
        for key, _, worst in SUMMARY:
            values = [float(r[key]) for r in folds.values()  # type: ignore[arg-type]
                      if r[key] == r[key]]  # a fold with no part left out has no recall
            cells.append(f"{sum(values) / len(values):.3f} / {worst(values):.3f}" if values
                         else "-")  # result first is not measured through speech
        found = sum(round(float(r["missing_recall"]) * int(r["missing_total"]))  # type: ignore[arg-type]
                    for r in folds.values() if r["missing_total"])
        total = sum(int(r["missing_total"]) for r in folds.values())  # type: ignore[arg-type]
        lines.append(f"{method:<20} " + " ".join(f"{c:>15}" for c in cells)
                     + f" {found:>8}/{total:<6}")
    lines.append("each part's F1 (as written), mean over the left-out sets; against the rules, "
                 "sets up / down by more than 0.0005 and the largest loss")
    rules = results.get("rules", {})
    for method, folds in results.items():
        cells = []
        for part in bench.LABELS:
            values = {n: r["f1"][part] for n, r in folds.items()}  # type: ignore[index]
            cell = f"{part} {sum(values.values()) / len(values):.3f}"
            if method != "rules" and rules:
                deltas = {n: v - rules[n]["f1"][part] for n, v in values.items()  # type: ignore[index]
                          if n in rules}
                up = sum(d > 0.0005 for d in deltas.values())
                down = sum(d < -0.0005 for d in deltas.values())
                worst = min(deltas, key=lambda n: deltas[n])
                cell += f" ({up}/{down}, {worst} {deltas[worst]:+.3f})"
            cells.append(cell)
        lines.append(f"{method:<20} " + "  ".join(cells))
    return lines


def write(names: list[str]) -> int:
    """Train on the good answers of every set in `names` (as written and told result first, as a
    fold is trained) and write the product's coefficients file, with the commit it was trained
    at (the cues it sits on)."""
    train_good = [a for n in names for a in bench.load(bench.DATA / bench.SETS[n][0])]
    if LEARNER == "crf":
        seqs = sequences(train_good)
        model, units = train_crf(seqs), sum(len(s[2]) for s in seqs)
    else:
        x, y = dataset(train_good)
        model, units = train(x, y), len(y)
    root = Path(__file__).resolve().parents[1]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, text=True,
                            capture_output=True, check=False).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "simulator",
                            f":!{star_learned.COEFFICIENTS.relative_to(root)}"], cwd=root,
                           text=True, capture_output=True, check=False).stdout.strip()
    star_learned.COEFFICIENTS.write_text(model.shipped().to_json(
        written_by="bench/star_learned.py --write", trained_on=names,
        commit=commit + ("+changes" if dirty else ""), answers=len(train_good), units=units,
        **({"learner": "crf (train_crf: through the decoding, share 0.5)", "l2": 1.0,
            "steps": 200} if LEARNER == "crf" else {"learner": "logistic", "l2": 0.3,
                                                    "steps": 3000})))
    print(f"trained on {', '.join(names)} ({len(train_good)} answers, {units} units, "
          f"{LEARNER}) at {commit}"
          f"{' with uncommitted changes in simulator/' if dirty else ''}; wrote "
          f"{star_learned.COEFFICIENTS.relative_to(root)}")
    return 0


def final(args: argparse.Namespace, names: list[str]) -> int:
    """Every classifier trained on all of `names`, the rules and each mix measured on one set."""
    good_file, weak_file, _ = bench.SETS[args.final]
    good, weak = bench.load(bench.DATA / good_file), bench.load(bench.DATA / weak_file)
    train_good = [a for n in names for a in bench.load(bench.DATA / bench.SETS[n][0])]
    print(f"trained on {', '.join(names)}; measured on {args.final}")
    print(HEADER)
    with labelled_by(None):
        result = figures(good, weak)
        print(_row(args.final, "rules", result), flush=True)
        print(_parts_row(args.final, "rules", result), flush=True)
    models = [("learned", train_layer(train_good), unit_features)]
    if args.embed:
        embedded = EmbeddedFeatures(args.cache)
        x, y = dataset(train_good, embedded)
        models.append(("embed", train_accelerated(x, y, args.decay, features=embedded),
                        embedded))
    for method, model, _features in models:
        for mix in [float(m) for m in args.mix.split(",")]:
            layer = model.shipped() if method == "learned" else model
            with labelled_by(layer, mix, not args.best_path):
                result = figures(good, weak)
                print(_row(args.final, f"{method} {mix:.2f}", result), flush=True)
                print(_parts_row(args.final, f"{method} {mix:.2f}", result), flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SEEN))
    parser.add_argument("--parts", choices=("rules", "mixed"), default="rules",
                        help="who decides which parts are told: the rules alone (the product's "
                        "setting) or the mixed scores")
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
    parser.add_argument("--rules-only", action="store_true",
                        help="only the rules' row per set and the summary over the sets (what a "
                        "change of the rules does, with nothing trained)")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "interview-sim-minilm-cache.npz",
                        help="embeddings kept between runs, by unit text")
    parser.add_argument("--speech", type=Path, metavar="DIR",
                        help="measure through speech: flite speaks each answer, the default "
                        "engine transcribes it (cached in DIR), and the layer labels recognized "
                        "speech too (TYPED_ONLY off); trained on typed text unless --train-speech")
    parser.add_argument("--train-speech", type=Path, metavar="DIR",
                        help="train the hand-feature layer on the good answers through speech "
                        "(flite -> the default engine, transcripts cached in DIR; as written "
                        "only), the gold labels aligned onto the recognized words (measured only: "
                        "the product labels recognized speech by the rules alone)")
    parser.add_argument("--measure", metavar="SETS",
                        help="leave out only these of --sets (each still trained on all the "
                        "others): fewer folds, as through speech, where transcripts are slow")
    parser.add_argument("--writers", metavar="NUMBERS",
                        help="leave out a writer, not a set: for each number N (e.g. 8,9,10,11) "
                        "the layer is trained without devN and heldN both and measured on each "
                        "of them that is in --sets (a new writer's figures, both sets unseen)")
    parser.add_argument("--l2", type=float, default=0.3,
                        help="the logistic layer's L2 (divided by the number of rows)")
    parser.add_argument("--drop", metavar="FEATURES",
                        help="train with these features held at zero (comma-separated names)")
    parser.add_argument("--part-shares", metavar="PART=SHARE,...",
                        help="the layer's share per part (S, T, A, R, other), the rest at --mix")
    parser.add_argument("--rules-place", metavar="PARTS",
                        help="these parts (e.g. T) stay on the units the rules' path gives them; "
                        "the layer places the others")
    parser.add_argument("--final", metavar="SET",
                        help="for whoever measures the held-back parts, once, at the end: train "
                        "on all of --sets and measure only SET (no figures are tuned from it)")
    parser.add_argument("--learner", choices=("logistic", "crf"), default="logistic",
                        help="train the hand-feature layer each unit on its own (logistic, the "
                        "product's) or through the decoding (crf, ninth session, not shipped)")
    parser.add_argument("--augment", action="store_true",
                        help="also train on each good answer without its S and T, and without R")
    parser.add_argument("--write", action="store_true",
                        help="train the hand-feature classifier on all of --sets and write the "
                        "product's coefficients (simulator/analysis/star_learned.json)")
    args = parser.parse_args()
    global AUGMENT, LEARNER, L2, DROPPED
    AUGMENT, LEARNER, L2 = args.augment, args.learner, args.l2
    DROPPED = tuple(n for n in (args.drop or "").split(",") if n)
    unknown = [n for n in DROPPED if n not in star_learned.FEATURES]
    if unknown:
        parser.error(f"no feature {unknown[0]}")
    global RULES_PLACE
    RULES_PLACE = tuple(p for p in (args.rules_place or "").split(",") if p)
    if args.part_shares:
        PART_SHARES.update({k: float(v) for k, v in (
            item.split("=") for item in args.part_shares.split(",") if item)})
    names = [n for n in args.sets.split(",") if n]
    unseen = [n for n in names if n not in SEEN]
    if unseen:
        parser.error(f"{unseen[0]} is not trained on: only sets already measured and looked at "
                     f"({', '.join(SEEN)}); use --final to measure a held-back set once")
    global PARTS_BY_RULES, SPOKEN, TRAIN_SPOKEN
    PARTS_BY_RULES = args.parts == "rules"
    if args.speech:
        SPOKEN = bench.SpokenTranscripts(args.speech, "slt", None)
    if args.train_speech:
        if args.write:
            parser.error("--train-speech is measured only: the product labels recognized "
                         "speech by the rules alone (star_learned.TYPED_ONLY)")
        TRAIN_SPOKEN = bench.SpokenTranscripts(args.train_speech, "slt", None)
    if args.write:
        return write(names)
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
    results: dict[str, dict[str, dict[str, object]]] = {}
    fold_tables: dict[tuple[str, str], np.ndarray] = {}
    measured = [n for n in args.measure.split(",") if n] if args.measure else names
    folds = [([held], [held]) for held in measured]
    if args.writers:
        folds = []
        for number in (n for n in args.writers.split(",") if n):
            left = [n for n in (f"dev{number}", f"held{number}") if n in names]
            if not left:
                parser.error(f"neither dev{number} nor held{number} is in --sets")
            folds.append((left, left))
    for left_out, fold_sets in folds:
        rule_tables = {}
        for held in fold_sets:
            with labelled_by(None):
                results.setdefault("rules", {})[held] = figures(*data[held])
                print(_row(held, "rules", results["rules"][held]), flush=True)
                print(_parts_row(held, "rules", results["rules"][held]), flush=True)
                if args.bootstrap:
                    rule_tables[held] = answer_tables(data[held][0])
        if args.rules_only:
            continue
        train_good = [a for n in names if n not in left_out for a in data[n][0]]
        models = []
        if not args.no_hand:
            models.append(("learned", train_layer(train_good), unit_features))
        if embedded is not None:
            x, y = dataset(train_good, embedded)
            embedded.save()
            models.append(("embed", train_accelerated(x, y, args.decay, features=embedded),
                            embedded))
        for method, model, _features in models:
            for mix in mixes:
                layer = model.shipped() if method == "learned" else model
                for held in fold_sets:
                    with labelled_by(layer, mix, not args.best_path):
                        result = figures(*data[held])
                        results.setdefault(f"{method} {mix:.2f}", {})[held] = result
                        print(_row(held, f"{method} {mix:.2f}", result), flush=True)
                        print(_parts_row(held, f"{method} {mix:.2f}", result), flush=True)
                        if held in rule_tables:
                            tables = answer_tables(data[held][0])
                            pooled.setdefault(f"{method} {mix:.2f}", []).append(
                                (tables, rule_tables[held]))
                            fold_tables[(held, f"{method} {mix:.2f}")] = tables
                            print(f"{'':<8} {'':<20} "
                                  + bootstrap_delta(tables, rule_tables[held]))
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
    print(f"\nover the {len(results['rules'])} left-out sets (false absent: worst is the "
          "highest)")
    print("\n".join(summary(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
