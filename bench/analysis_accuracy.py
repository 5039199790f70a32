"""How well the analysis finds STAR parts and flaws, and how well its score separates good answers
from weak ones, on labelled answers (bench/data/*.jsonl, written by us).

    .venv/bin/python bench/analysis_accuracy.py                     # typed text
    .venv/bin/python bench/analysis_accuracy.py --speech            # spoken by flite, transcribed
    .venv/bin/python bench/analysis_accuracy.py --good bench/data/star_good_holdout.jsonl \
        --weak bench/data/star_weak_holdout.jsonl                   # the held-out part

Good answers: {"question", "segments": [{"label", "text"}]}. Weak answers: {"question", "text",
"flaws": [...]}. Through speech, the recognizer's words are aligned back to the labelled words, so
the same word-level F1 is comparable with text."""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.analysis import FLAW_CODES, AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

DATA = Path(__file__).resolve().parent / "data"
LABELS = ("S", "T", "A", "R")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def norm(word: str) -> str:
    return re.sub(r"[^a-z0-9%']", "", word.lower().replace("’", "'"))


def good_text(answer: dict) -> tuple[str, list[str], list[str]]:
    """The answer's text, its words and each word's gold label."""
    words: list[str] = []
    labels: list[str] = []
    for segment in answer["segments"]:
        for word in segment["text"].split():
            words.append(word)
            labels.append(segment["label"])
    return " ".join(words), words, labels


def predicted_word_labels(analysis: AnswerAnalysis) -> tuple[list[str], list[str]]:
    """Each transcript token (text.split() of what was analysed) with its predicted label."""
    text = analysis.transcript.text
    words, labels = [], []
    for match in re.finditer(r"\S+", text):
        words.append(match.group(0))
        label = "other"
        for segment in analysis.star.segments:
            if segment.start_char <= match.start() < max(segment.end_char, segment.start_char + 1):
                label = segment.label
                break
        labels.append(label)
    return words, labels


def align_labels(gold_words: list[str], hyp_words: list[str], hyp_labels: list[str]) -> list[str]:
    """Predicted labels carried onto the gold words through a word alignment."""
    matcher = difflib.SequenceMatcher(
        None, [norm(w) for w in gold_words], [norm(w) for w in hyp_words], autojunk=False
    )
    mapped: list[str | None] = [None] * len(gold_words)
    for tag, g1, g2, h1, h2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and h2 > h1):
            for offset in range(g2 - g1):
                source = h1 + min(h2 - h1 - 1, offset * (h2 - h1) // max(1, g2 - g1))
                mapped[g1 + offset] = hyp_labels[source]
    result: list[str] = []
    last = "other"
    for label in mapped:
        last = label if label is not None else last
        result.append(last)
    return result


def roc_auc(positives: list[float], negatives: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


class SpokenTranscripts:
    """Answers spoken by flite and transcribed by the default engine, cached by text."""

    def __init__(self, cache: Path, voice: str, engine: str | None) -> None:
        from simulator.speech.stt import default_recognizer

        self.cache = cache
        self.voice = voice
        self.cache.mkdir(parents=True, exist_ok=True)
        self.recognizer = default_recognizer(engine)
        self.flite = shutil.which("flite")
        if not self.flite:
            raise SystemExit("flite is not installed")

    def __call__(self, text: str) -> Transcript:
        from simulator.audio.clip import Clip

        key = hashlib.sha1(f"{self.voice}|{self.recognizer.model}|{text}".encode()).hexdigest()
        cached = self.cache / f"{key}.json"
        if cached.exists():
            return Transcript.from_dict(json.loads(cached.read_text()))
        with tempfile.TemporaryDirectory() as work:
            wav = Path(work) / "answer.wav"
            subprocess.run(
                [str(self.flite), "-voice", self.voice, "-t", text, "-o", str(wav)], check=True
            )
            transcript = self.recognizer.transcribe(Clip.from_wav(wav))
        cached.write_text(json.dumps(transcript.to_dict()))
        return transcript


def evaluate(
    good: list[dict], weak: list[dict], make: Callable[[str], Transcript], verbose: bool
) -> dict[str, object]:
    counts = {label: [0, 0, 0] for label in LABELS}  # true positive, false positive, false neg
    all_four = 0
    scores_good: list[float] = []
    scores_weak: list[float] = []
    flaw_counts = {code: [0, 0, 0] for code in FLAW_CODES}
    for answer in good:
        text, gold_words, gold_labels = good_text(answer)
        analysis = analyze_answer(make(text), question=answer["question"])
        hyp_words, hyp_labels = predicted_word_labels(analysis)
        predicted = align_labels(gold_words, hyp_words, hyp_labels)
        for gold_label, label in zip(gold_labels, predicted, strict=True):
            for name in LABELS:
                if label == name and gold_label == name:
                    counts[name][0] += 1
                elif label == name:
                    counts[name][1] += 1
                elif gold_label == name:
                    counts[name][2] += 1
        all_four += all(analysis.star.parts[name].present for name in LABELS)
        scores_good.append(analysis.score)
        _count_flaws(flaw_counts, set(), set(analysis.flaw_codes))
        if verbose:
            _show(answer["question"], gold_words, gold_labels, predicted, analysis)
    for answer in weak:
        analysis = analyze_answer(make(answer["text"]), question=answer["question"])
        scores_weak.append(analysis.score)
        _count_flaws(flaw_counts, set(answer["flaws"]), set(analysis.flaw_codes))
        if verbose and set(answer["flaws"]) != set(analysis.flaw_codes):
            print(f"WEAK {answer['question'][:60]!r}: gold {sorted(answer['flaws'])} "
                  f"got {sorted(analysis.flaw_codes)} score {analysis.score}")
    f1 = {}
    for name, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1[name] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    tp = sum(c[0] for c in flaw_counts.values())
    fp = sum(c[1] for c in flaw_counts.values())
    fn = sum(c[2] for c in flaw_counts.values())
    return {
        "good": len(good),
        "weak": len(weak),
        "f1": f1,
        "macro_f1": sum(f1.values()) / len(f1),
        "all_four_share": all_four / len(good) if good else 0.0,
        "flaw_precision": tp / (tp + fp) if tp + fp else 0.0,
        "flaw_recall": tp / (tp + fn) if tp + fn else 0.0,
        "flaws": flaw_counts,
        "auc": roc_auc(scores_good, scores_weak) if good and weak else float("nan"),
        "median_score_good": sorted(scores_good)[len(scores_good) // 2] if good else None,
        "median_score_weak": sorted(scores_weak)[len(scores_weak) // 2] if weak else None,
    }


def _count_flaws(counts: dict[str, list[int]], gold: set[str], found: set[str]) -> None:
    for code in gold & found:
        counts[code][0] += 1
    for code in found - gold:
        counts[code][1] += 1
    for code in gold - found:
        counts[code][2] += 1


def _show(
    question: str, words: list[str], gold: list[str], predicted: list[str],
    analysis: AnswerAnalysis,
) -> None:
    wrong = sum(g != p for g, p in zip(gold, predicted, strict=True))
    if not wrong and not analysis.flaw_codes:
        return
    print(f"--- {question[:70]} ({wrong}/{len(words)} words wrong; flaws "
          f"{list(analysis.flaw_codes)})")
    line: list[str] = []
    current = None
    for word, g, p in zip(words, gold, predicted, strict=True):
        tag = g if g == p else f"{g}>{p}"
        if tag != current:
            if line:
                print(f"  [{current}] {' '.join(line)}")
            line, current = [], tag
        line.append(word)
    print(f"  [{current}] {' '.join(line)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--good", type=Path, default=DATA / "star_good.jsonl")
    parser.add_argument("--weak", type=Path, default=DATA / "star_weak.jsonl")
    parser.add_argument("--speech", action="store_true",
                        help="speak each answer with flite and transcribe it first")
    parser.add_argument("--voice", default="slt", help="flite voice (slt, rms, awb, kal)")
    parser.add_argument("--engine", help="recognizer for --speech (default: the default engine)")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "interview-sim-bench-speech",
                        help="where spoken transcripts are kept between runs")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="use only the first N good and N/2 weak answers (speech is slow)")
    parser.add_argument("--verbose", action="store_true", help="show every mislabelled answer")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    make: Callable[[str], Transcript] = (
        SpokenTranscripts(args.cache, args.voice, args.engine) if args.speech
        else Transcript.from_text
    )
    good, weak = load(args.good), load(args.weak)
    if args.limit:
        good, weak = good[: args.limit], weak[: max(1, args.limit // 2)]
    result = evaluate(good, weak, make, args.verbose)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    engine = args.engine or "default engine"
    mode = f"speech (flite {args.voice} -> {engine})" if args.speech else "text"
    f1 = result["f1"]
    assert isinstance(f1, dict)
    print(f"{mode}: {result['good']} good, {result['weak']} weak answers")
    print("word F1   " + "  ".join(f"{k} {v:.3f}" for k, v in f1.items())
          + f"   macro {result['macro_f1']:.3f}")
    print(f"all four parts found in {result['all_four_share']:.1%} of good answers")
    print(f"flaws     precision {result['flaw_precision']:.3f}  recall {result['flaw_recall']:.3f}")
    flaws = result["flaws"]
    assert isinstance(flaws, dict)
    for code, (tp, fp, fn) in flaws.items():
        if tp or fp or fn:
            print(f"  {code:<13} found {tp}  false {fp}  missed {fn}")
    print(f"score ROC AUC good vs weak {result['auc']:.3f}  (median good "
          f"{result['median_score_good']}, weak {result['median_score_weak']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
