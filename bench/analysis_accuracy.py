"""How well the analysis finds STAR parts and flaws, and how well its score separates good answers
from weak ones, on labelled answers (bench/data/*.jsonl, written by us).

    .venv/bin/python bench/analysis_accuracy.py                 # the development sets, typed
    .venv/bin/python bench/analysis_accuracy.py --heldback      # + the held-back parts
    .venv/bin/python bench/analysis_accuracy.py --speech        # spoken by flite, transcribed
    .venv/bin/python bench/analysis_accuracy.py --speech --line-pause 0.5   # lines said apart
    .venv/bin/python bench/analysis_accuracy.py --speech --writer-punctuation   # its words only
    .venv/bin/python bench/analysis_accuracy.py --speech --as-typed   # no spoken-text rules
    .venv/bin/python bench/analysis_accuracy.py --sets dev2 --verbose   # one set, every miss
    .venv/bin/python bench/analysis_accuracy.py --learned 0.5   # STAR rules + learned layer

Sets: dev1 (star_good/star_weak, the first set), held1 (its holdout), dev2 (star2_*, a second
set in other registers: run-on speech, notes and bullets, present perfect and present-tense
stories, result first, long answers), held2 (star2_*_heldback, not looked at while tuning),
dev3 (star3_*, a third set written by someone who never read the STAR rules: non-native English,
false starts, terse bullets, rambles of 360-450 words, "we" stories, results buried or first,
numbers that are not outcomes, vague closings) and held3 (star3_*_heldback, by the same writer,
other topics; kept unseen by whoever tunes the rules and measured once at the end), and dev4
(star4_*, a fourth set by another writer who never read the rules: polished written sample answers
with the task implicit or under "Situation:" headers, Arabic, Polish, Brazilian, Japanese and
Scottish speakers, trades and frontline jobs, terse 45-70 word answers, results in someone else's
words, two stories in one answer, failures and their repair) and held4 (star4_*_heldback, by the
same writer with other jobs and speakers; unseen by whoever tunes, measured once at the end), and
dev5 (star5_*, a fifth set by a writer who never read the rules nor ran this script on it:
Singaporean/Malaysian, Filipino, Ghanaian, South African, Hong Kong, Italian, Dutch, Mexican,
Colombian and Ukrainian speakers, second-person and historic-present stories, stammered restarts,
recogniser-style transcripts, hedged answers, honest failures, result-first answers and answers
that leave one part out on purpose) and held5 (star5_*_heldback, by the same writer, same
registers, other jobs and speakers; unseen by whoever tunes, measured once at the end), and dev6
(star6_*, a sixth set by a writer who never read the rules nor ran this script or the analysis on
it: Kenyan, Pakistani, Taiwanese, Thai, Romanian, Greek, Welsh, Geordie and Australian speakers,
recogniser transcripts with homophone slips, terse notes and bullets, present-perfect and
historic-present stories, results as plain past events or inside an action's last clause, hedged
answers, failures, result-first and result-in-the-middle answers, answers that leave one part out)
and held6 (star6_*_heldback, by the same writer, same kinds of register, other jobs and speakers;
unseen by whoever tunes, measured once at the end), and dev7 (star7_*, a seventh set by a writer
who never read the rules nor ran this script or the analysis on it: trades and public-service
speakers, Hungarian, Nepali, Somali, Sri Lankan, Lithuanian, Zimbabwean, Cuban and Argentinian
English, Yorkshire, Scouse and Southern US speech, run-on transcripts with fillers, terse notes,
long answers, task inside the situation, results as a named person's reaction or a policy
adopted, numbers that are not outcomes, "we" stories, answers that leave one part out) and held7
(star7_*_heldback, by the same writer, same kinds of register, other jobs and speakers; unseen by
whoever tunes, measured once at the end), and dev8 (star8_*, an eighth set by a writer who never
read the rules nor ran this script or the analysis on it: care, farming, pharmacy, labs, transport,
civil service, ex-forces, senior leaders and graduates; Bulgarian, Eritrean, Swedish, Dari,
Venezuelan, Mongolian, Hebrew, Khmer, Georgian, Cameroonian, Serbian, Latvian, Moroccan,
Peruvian, Tanzanian, Punjabi, Congolese and Croatian speakers; run-on transcripts with restarts
and self-corrections, terse notes, long answers with digressions and two stories, result first
and in the middle, answers that leave one part out) and held8 (star8_*_heldback, by the same
writer, same kinds of register, other jobs and speakers; unseen by whoever tunes, measured once
at the end by the lead), and dev9 (star9_*, a ninth set by a writer who never read the rules nor
ran this script or the analysis on it, weighted toward the outside check's registers: polished
career-page sample answers, some with "Situation:" headings or the task only implied, graduates
and students, senior second-round answers with the headline first, Polish, Brazilian, Japanese,
Korean, Vietnamese, Turkish, Syrian, Bosnian, Malayalam and Icelandic speakers, recogniser-
punctuated run-on speech, long answers with two threads of action, numbers that are not outcomes,
result first and in the middle, answers that leave one part out) and held9 (star9_*_heldback, by
the same writer, same kinds of register, other jobs and speakers; unseen by whoever tunes,
measured once at the end by the lead), and dev10 (star10_*, a tenth set by a writer who never
read the rules nor ran this script or the analysis on it, weighted toward gaps a coach should
spot: over 40 % of its good answers leave one part out, most often the Task, with endings that
are only effort or feeling; the rest hide their parts: task inside the situation or self-set,
result first, in the middle or in an action's last clause; Maltese, Moldovan, Zambian, Bajan,
Catalan, Macedonian, Tunisian, Uruguayan, Kyrgyz, Fijian, Rwandan, Bolivian, Guyanese,
Malawian, Austrian, Iraqi, Sierra Leonean, Manc and West Country speakers, recogniser
transcripts, terse notes, over-formal corporate prose, long panel answers) and held10
(star10_*_heldback, by the same writer, same kinds of register, other jobs and speakers; unseen by
whoever tunes, measured once at the end by the lead), and dev11 (star11_*, an eleventh set by a
writer who never read the rules nor ran this script or the analysis on it: about 45 % of its good
answers tell all four parts in natural ways (task as a duty of the role, a question or a self-set
aim; results in someone else's words or honestly mixed), 30 % leave one part out (Task, Result,
Situation or an own Action), the rest result first or in the middle; Shetland, Hawaiian Pidgin,
Quebecois, Swiss German, Afrikaans, Xhosa, Angolan, Burundian, Bahamian, Costa Rican, Uyghur,
Konkani, Kuwaiti, Faroese, Frisian, Sicilian, Lancashire, New York and Minnesotan speakers, notes
with French and German headers, nerves and false starts, spoken lists, quoted emails and chat
messages, parenthetical corrections, ethics and changed-your-mind questions) and held11
(star11_*_heldback, by the same writer, same kinds of register, other jobs and speakers; sealed:
measured once at the end by the lead, not run by --heldback until then), and dev12 (star12_*, a
twelfth set by a writer who never read the rules nor ran this script or the analysis on it: 17
of its 45 good answers tell all four parts, 16 leave exactly one out (Task, Result or
Situation), 12 put the result first or in the middle; Tyneside, Yoruba, Maori, Cork, Eritrean,
Bermudian, Belfast, Pittsburgh, Javanese, Zanzibari, Sami, Bristol, Gibraltarian, Doric,
Chamorro, Acadian, Tasmanian, Ozark, Dari, Baltimore, Hausa, Kikuyu, Persian, Wolof, Cajun,
Devon, Norfolk, Khmer and Vincentian speakers, jargon-heavy DevOps, lab and accounting answers,
headline-first senior answers, two results, tasks as worries, spoken lists, recogniser
transcripts, typed notes) and held12 (star12_*_heldback, by the same writer, same mix, other
jobs and speakers; measured once at the end of the eleventh session), and dev13 (star13_*,
a thirteenth writer's set: non-native speakers, trades and first jobs, long senior answers,
omissions told plainly) and held13 (star13_*_heldback, same writer; measured once at the end of
the twelfth session), and dev14 (star14_*, a fourteenth writer's set: speakers and jobs no
earlier set used, omissions told plainly) and held14 (star14_*_heldback, same writer;
measured once at the end of the thirteenth session), and dev15 (star15_*, a fifteenth writer's
set: speakers and jobs no earlier set used, spoken, noted, second-person and present-tense
stories, second-round questions) and held15 (star15_*_heldback, same writer; measured once at
the end of the fourteenth session), and dev16 (star16_*, a sixteenth writer's set: office,
professional and second-round answers, career changers) and held16 (star16_*_heldback, same
writer; measured once at the end of the fifteenth session), and dev17 (star17_*, a seventeenth
writer's set: early-career people, apprentices and trades, hospitality, retail, care, drivers,
front-line public service, volunteers, second-language speakers, run-ons and transcripts) and
held17 (star17_*_heldback, same writer; measured once at the end of the sixteenth session).

Figures per set:
- word-level F1 per part and macro-F1 over S/T/A/R, answers as written;
- result-first F1: the same answers with their Result segments moved to the front;
- missing-part recall: of the parts a labelled answer leaves out, the share marked missing;
- false-absent rate: of the parts a labelled answer has, the share marked missing;
- all-four rate: labelled answers with all four parts that are found to have all four;
- ROC AUC of the score, all-four labelled answers against weak ones;
- flaw precision and recall on weak answers; follow-up judgments (did the follow-up give what
  the probe asked for?) where the set has follow-ups.

Good answers: {"question", "segments": [{"label", "text"}]}; a segment whose text ends in a
line break is joined to the next without a space (notes and bullets). Weak answers: {"question",
"text", "flaws": [...]}. Follow-ups: {"question", "first", "probe_code", "probe", "text",
"gives"}. Through speech, the recognizer's words are aligned back to the labelled words, so the
same word-level F1 is comparable with text."""

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

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.analysis import FLAW_CODES, AnswerAnalysis, analyze_answer, star_learned
from simulator.audio.clip import Clip
from simulator.speech.stt import Transcript, Word

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
    text = ""
    for segment in answer["segments"]:
        if text and not text[-1].isspace():
            text += " "
        text += segment["text"]
        for word in segment["text"].split():
            words.append(word)
            labels.append(segment["label"])
    return text.rstrip(), words, labels


def result_first(answer: dict) -> dict | None:
    """The same answer told result first: its Result segments moved to the front (None when it
    has no Result or already opens with it)."""
    segments = answer["segments"]
    results = [s for s in segments if s["label"] == "R"]
    story = [s for s in segments if s["label"] not in ("R", "other")]
    if not results or not story or segments[0]["label"] == "R":
        return None
    return {**answer, "segments": results + story}


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


RECOGNIZER_CODE = (
    "simulator.audio.clip",
    "simulator.speech.stt",
    "simulator.speech.streaming",
    "simulator.speech.voice_activity",
)
"""Modules whose source decides a transcript besides the recognizer's own module: a cached
transcript is kept under a key that holds their source, so a change to the recognizer or to how
its words are assembled is measured on fresh transcripts, not on ones made by the old code."""


def recognizer_code(recognizer: object) -> str:
    """A digest of the source of the recognizer's module and of RECOGNIZER_CODE."""
    import importlib
    import inspect

    digest = hashlib.sha1()
    for name in sorted({type(recognizer).__module__, *RECOGNIZER_CODE}):
        digest.update(inspect.getsource(importlib.import_module(name)).encode())
    return digest.hexdigest()[:12]


class SpokenTranscripts:
    """Answers spoken by flite and transcribed by the default engine, cached by voice, model,
    recognizer code (recognizer_code) and text."""

    def __init__(
        self, cache: Path, voice: str, engine: str | None, line_pause_s: float = 0.0
    ) -> None:
        from simulator.speech.stt import default_recognizer

        self.cache = cache
        self.voice = voice
        self.line_pause_s = line_pause_s
        self.cache.mkdir(parents=True, exist_ok=True)
        self.recognizer = default_recognizer(engine)
        self.code = recognizer_code(self.recognizer)
        self.flite = shutil.which("flite")
        if not self.flite:
            raise SystemExit("flite is not installed")

    def key(self, text: str) -> str:
        """The cache file's name (without .json) for `text` spoken and transcribed."""
        made_by = f"{self.voice}|{self.recognizer.model}|{self.code}"
        if self.line_pause_s and "\n" in text.strip():
            made_by += f"|lines {self.line_pause_s}"
        return hashlib.sha1(f"{made_by}|{text}".encode()).hexdigest()

    def __call__(self, text: str) -> Transcript:
        cached = self.cache / f"{self.key(text)}.json"
        if cached.exists():
            return Transcript.from_dict(json.loads(cached.read_text()))
        with tempfile.TemporaryDirectory() as work:
            transcript = self.recognizer.transcribe(self.spoken(text, Path(work)))
        cached.write_text(json.dumps(transcript.to_dict()))
        return transcript


    def spoken(self, text: str, work: Path) -> Clip:
        """`text` said by flite; with line_pause_s, each typed line said on its own and that
        much silence between lines (flite reads a line break as a space, with no pause)."""
        lines = [text]
        if self.line_pause_s:
            lines = [line for line in text.split("\n") if line.strip()] or [text]
        clips = []
        for number, line in enumerate(lines):
            wav = work / f"line{number}.wav"
            subprocess.run(
                [str(self.flite), "-voice", self.voice, "-t", line, "-o", str(wav)], check=True
            )
            clips.append(Clip.from_wav(wav))
        if len(clips) == 1:
            return clips[0]
        gap = np.zeros(int(self.line_pause_s * clips[0].rate), dtype=np.int16)
        pieces = [part for clip in clips for part in (clip.samples, gap)][:-1]
        return Clip(np.concatenate(pieces), clips[0].rate)


_TRAILING_MARKS = re.compile(r"[.,;:!?…—–-]+$")


def with_writer_punctuation(recognized: Transcript, written: str) -> Transcript:
    """The recognizer's words and times with the writer's marks instead of its own: each
    recognized word aligned to a written word (difflib on the normalised words) ends with that
    word's trailing marks, the others with none. Tells how much of what speech loses is the
    recognizer's punctuation and how much its words (--writer-punctuation)."""
    written_words = written.split()
    words = [w for w in recognized.words if w.text.strip()]
    matcher = difflib.SequenceMatcher(
        None, [norm(w) for w in written_words], [norm(w.text) for w in words], autojunk=False
    )
    aligned: dict[int, int] = {}
    for tag, g1, g2, h1, _h2 in matcher.get_opcodes():
        if tag == "equal":
            aligned.update({h1 + offset: g1 + offset for offset in range(g2 - g1)})
    marked = []
    for number, word in enumerate(words):
        bare = _TRAILING_MARKS.sub("", word.text.strip()) or word.text.strip()
        mark = _TRAILING_MARKS.search(written_words[aligned[number]]) if number in aligned else None
        marked.append(Word(bare + (mark.group(0) if mark else ""), word.start, word.end))
    return Transcript(" ".join(w.text for w in marked), tuple(marked), recognized.engine,
                      recognized.model, recognized.duration_s)


def as_typed(transcript: Transcript) -> Transcript:
    """The same words with no times, so the analysis reads them as a typed answer (--as-typed)."""
    return Transcript.from_text(transcript.text)


class Counts:
    """Word-level true positives, false positives and false negatives per part."""

    def __init__(self) -> None:
        self.table = {label: [0, 0, 0] for label in LABELS}

    def add(self, gold_labels: list[str], predicted: list[str]) -> None:
        for gold_label, label in zip(gold_labels, predicted, strict=True):
            for name in LABELS:
                if label == name and gold_label == name:
                    self.table[name][0] += 1
                elif label == name:
                    self.table[name][1] += 1
                elif gold_label == name:
                    self.table[name][2] += 1

    def f1(self) -> dict[str, float]:
        f1 = {}
        for name, (tp, fp, fn) in self.table.items():
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1[name] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f1


def label_answer(
    answer: dict, make: Callable[[str], Transcript]
) -> tuple[AnswerAnalysis, list[str], list[str], list[str]]:
    text, gold_words, gold_labels = good_text(answer)
    analysis = analyze_answer(make(text), question=answer["question"])
    hyp_words, hyp_labels = predicted_word_labels(analysis)
    return analysis, gold_words, gold_labels, align_labels(gold_words, hyp_words, hyp_labels)


def evaluate(
    good: list[dict],
    weak: list[dict],
    make: Callable[[str], Transcript],
    verbose: bool,
    follow_ups: list[dict] = (),  # type: ignore[assignment]
    reorder: bool = True,
) -> dict[str, object]:
    counts, first_counts = Counts(), Counts()
    complete = all_four = 0
    absent = [0, 0]  # parts left out: [marked missing, total]
    present = [0, 0]  # parts told: [marked missing, total]
    scores_good: list[float] = []
    scores_weak: list[float] = []
    flaw_counts = {code: [0, 0, 0] for code in FLAW_CODES}
    for answer in good:
        analysis, gold_words, gold_labels, predicted = label_answer(answer, make)
        counts.add(gold_labels, predicted)
        gold_parts = {s["label"] for s in answer["segments"]}
        for name in LABELS:
            marked_missing = not analysis.star.parts[name].present
            tally = present if name in gold_parts else absent
            tally[0] += marked_missing
            tally[1] += 1
        if gold_parts >= set(LABELS):
            complete += 1
            all_four += all(analysis.star.parts[name].present for name in LABELS)
            scores_good.append(analysis.score)
            _count_flaws(flaw_counts, set(), set(analysis.flaw_codes))
        if verbose:
            _show(answer["question"], gold_words, gold_labels, predicted, analysis)
        reordered = result_first(answer) if reorder else None
        if reordered is not None:
            analysis, gold_words, gold_labels, predicted = label_answer(reordered, make)
            first_counts.add(gold_labels, predicted)
            if verbose:
                _show("(result first) " + answer["question"], gold_words, gold_labels, predicted,
                      analysis)
    for answer in weak:
        analysis = analyze_answer(make(answer["text"]), question=answer["question"])
        scores_weak.append(analysis.score)
        _count_flaws(flaw_counts, set(answer["flaws"]), set(analysis.flaw_codes))
        if verbose and set(answer["flaws"]) != set(analysis.flaw_codes):
            print(f"WEAK {answer['question'][:60]!r}: gold {sorted(answer['flaws'])} "
                  f"got {sorted(analysis.flaw_codes)} score {analysis.score}")
    follow_right = 0
    for item in follow_ups:
        gives = _follow_up_gives(item, make)
        follow_right += gives == item["gives"]
        if verbose and gives != item["gives"]:
            print(f"FOLLOW-UP {item['probe_code']} {item['text'][:60]!r}: gold {item['gives']}")
    f1 = counts.f1()
    first_f1 = first_counts.f1()
    tp = sum(c[0] for c in flaw_counts.values())
    fp = sum(c[1] for c in flaw_counts.values())
    fn = sum(c[2] for c in flaw_counts.values())
    return {
        "good": len(good),
        "weak": len(weak),
        "f1": f1,
        "macro_f1": sum(f1.values()) / len(f1),
        "result_first_f1": sum(first_f1.values()) / len(first_f1) if reorder else float("nan"),
        "missing_recall": absent[0] / absent[1] if absent[1] else float("nan"),
        "missing_total": absent[1],
        "false_absent": present[0] / present[1] if present[1] else float("nan"),
        "all_four_share": all_four / complete if complete else 0.0,
        "complete": complete,
        "flaw_precision": tp / (tp + fp) if tp + fp else 0.0,
        "flaw_recall": tp / (tp + fn) if tp + fn else 0.0,
        "flaws": flaw_counts,
        "auc": roc_auc(scores_good, scores_weak) if scores_good and weak else float("nan"),
        "median_score_good": sorted(scores_good)[len(scores_good) // 2] if scores_good else None,
        "median_score_weak": sorted(scores_weak)[len(scores_weak) // 2] if scores_weak else None,
        "follow_ups": len(follow_ups),
        "follow_ups_right": follow_right,
    }


def _follow_up_gives(item: dict, make: Callable[[str], Transcript]) -> bool:
    """Whether the analysis finds that a follow-up gave what its probe asked for."""
    try:
        from simulator.analysis.follow_up import judge_follow_up
    except ImportError:
        return False
    judgment = judge_follow_up(make(item["text"]), item["probe_code"])
    return judgment.gives


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


SETS = {
    "dev1": ("star_good.jsonl", "star_weak.jsonl", None),
    "held1": ("star_good_holdout.jsonl", "star_weak_holdout.jsonl", None),
    "dev2": ("star2_good.jsonl", "star2_weak.jsonl", "star2_followups.jsonl"),
    "held2": (
        "star2_good_heldback.jsonl", "star2_weak_heldback.jsonl", "star2_followups_heldback.jsonl"
    ),
    "dev3": ("star3_good.jsonl", "star3_weak.jsonl", "star3_followups.jsonl"),
    "held3": (
        "star3_good_heldback.jsonl", "star3_weak_heldback.jsonl", "star3_followups_heldback.jsonl"
    ),
    "dev4": ("star4_good.jsonl", "star4_weak.jsonl", "star4_followups.jsonl"),
    "held4": (
        "star4_good_heldback.jsonl", "star4_weak_heldback.jsonl", "star4_followups_heldback.jsonl"
    ),
    "dev5": ("star5_good.jsonl", "star5_weak.jsonl", "star5_followups.jsonl"),
    "held5": (
        "star5_good_heldback.jsonl", "star5_weak_heldback.jsonl", "star5_followups_heldback.jsonl"
    ),
    "dev6": ("star6_good.jsonl", "star6_weak.jsonl", "star6_followups.jsonl"),
    "held6": (
        "star6_good_heldback.jsonl", "star6_weak_heldback.jsonl", "star6_followups_heldback.jsonl"
    ),
    "dev7": ("star7_good.jsonl", "star7_weak.jsonl", "star7_followups.jsonl"),
    "held7": (
        "star7_good_heldback.jsonl", "star7_weak_heldback.jsonl", "star7_followups_heldback.jsonl"
    ),
    "dev8": ("star8_good.jsonl", "star8_weak.jsonl", "star8_followups.jsonl"),
    "held8": (
        "star8_good_heldback.jsonl", "star8_weak_heldback.jsonl", "star8_followups_heldback.jsonl"
    ),
    "dev9": ("star9_good.jsonl", "star9_weak.jsonl", "star9_followups.jsonl"),
    "held9": (
        "star9_good_heldback.jsonl", "star9_weak_heldback.jsonl", "star9_followups_heldback.jsonl"
    ),
    "dev10": ("star10_good.jsonl", "star10_weak.jsonl", "star10_followups.jsonl"),
    "held10": (
        "star10_good_heldback.jsonl",
        "star10_weak_heldback.jsonl",
        "star10_followups_heldback.jsonl",
    ),
    "dev11": ("star11_good.jsonl", "star11_weak.jsonl", "star11_followups.jsonl"),
    "held11": (
        "star11_good_heldback.jsonl",
        "star11_weak_heldback.jsonl",
        "star11_followups_heldback.jsonl",
    ),
    "dev12": ("star12_good.jsonl", "star12_weak.jsonl", "star12_followups.jsonl"),
    "held12": (
        "star12_good_heldback.jsonl",
        "star12_weak_heldback.jsonl",
        "star12_followups_heldback.jsonl",
    ),
    "dev13": ("star13_good.jsonl", "star13_weak.jsonl", "star13_followups.jsonl"),
    "held13": (
        "star13_good_heldback.jsonl",
        "star13_weak_heldback.jsonl",
        "star13_followups_heldback.jsonl",
    ),
    "dev14": ("star14_good.jsonl", "star14_weak.jsonl", "star14_followups.jsonl"),
    "held14": (
        "star14_good_heldback.jsonl",
        "star14_weak_heldback.jsonl",
        "star14_followups_heldback.jsonl",
    ),
    "dev15": ("star15_good.jsonl", "star15_weak.jsonl", "star15_followups.jsonl"),
    "held15": (
        "star15_good_heldback.jsonl",
        "star15_weak_heldback.jsonl",
        "star15_followups_heldback.jsonl",
    ),
    "dev16": ("star16_good.jsonl", "star16_weak.jsonl", "star16_followups.jsonl"),
    "held16": (
        "star16_good_heldback.jsonl",
        "star16_weak_heldback.jsonl",
        "star16_followups_heldback.jsonl",
    ),
    "dev17": ("star17_good.jsonl", "star17_weak.jsonl", "star17_followups.jsonl"),
    "held17": (
        "star17_good_heldback.jsonl",
        "star17_weak_heldback.jsonl",
        "star17_followups_heldback.jsonl",
    ),
}
HELD_BACK = (
    "held1", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10",
    "held11", "held12", "held13", "held14", "held15", "held16", "held17",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev1,dev2,dev3",
                        help=f"comma-separated, from {', '.join(SETS)} (default dev1,dev2,dev3)")
    parser.add_argument("--heldback", action="store_true",
                        help=f"add the held-back parts ({', '.join(HELD_BACK)}) to the sets")
    parser.add_argument("--speech", action="store_true",
                        help="speak each answer with flite and transcribe it first")
    parser.add_argument("--voice", default="slt", help="flite voice (slt, rms, awb, kal)")
    parser.add_argument("--engine", help="recognizer for --speech (default: the default engine)")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "interview-sim-bench-speech",
                        help="where spoken transcripts are kept between runs")
    parser.add_argument("--line-pause", type=float, default=0.0, metavar="SECONDS",
                        help="with --speech, say each typed line on its own with this much "
                        "silence between lines (flite runs lines together without a pause)")
    parser.add_argument("--writer-punctuation", action="store_true",
                        help="with --speech, keep the recognizer's words and times but put the "
                        "writer's commas and full stops on them (what punctuation costs)")
    parser.add_argument("--as-typed", action="store_true",
                        help="with --speech, analyse the recognized words as a typed answer, "
                        "without their times (what the spoken-text rules add)")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="use only the first N good and N/2 weak answers (speech is slow)")
    parser.add_argument("--result-first", action="store_true",
                        help="with --speech, also speak every answer told result first (slow)")
    parser.add_argument("--verbose", action="store_true", help="show every mislabelled answer")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--learned", type=float, metavar="SHARE",
                        help="the learned STAR layer's share (simulator/analysis/star_learned.py;"
                        " 0: the rules alone; default: the product's setting)")
    args = parser.parse_args()
    if args.learned is not None:
        star_learned.LEARNED_SHARE = args.learned
    make: Callable[[str], Transcript] = (
        SpokenTranscripts(args.cache, args.voice, args.engine, args.line_pause) if args.speech
        else Transcript.from_text
    )
    if (args.writer_punctuation or args.as_typed) and not args.speech:
        parser.error("--writer-punctuation and --as-typed go with --speech")
    if args.writer_punctuation or args.as_typed:
        spoken = make

        def make(text: str) -> Transcript:
            transcript = spoken(text)
            if args.writer_punctuation:
                transcript = with_writer_punctuation(transcript, text)
            return as_typed(transcript) if args.as_typed else transcript

    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    if args.heldback:
        names += [n for n in HELD_BACK if n not in names]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
    results = {}
    for name in names:
        good_file, weak_file, follow_file = SETS[name]
        good, weak = load(DATA / good_file), load(DATA / weak_file)
        follow_ups = load(DATA / follow_file) if follow_file else []
        if args.limit:
            good, weak = good[: args.limit], weak[: max(1, args.limit // 2)]
        reorder = args.result_first or not args.speech
        results[name] = evaluate(good, weak, make, args.verbose, follow_ups, reorder)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    engine = args.engine or "default engine"
    mode = f"speech (flite {args.voice} -> {engine})" if args.speech else "text"
    if args.writer_punctuation:
        mode += ", the writer's punctuation"
    if args.as_typed:
        mode += ", read as typed"
    for name, result in results.items():
        _print(f"{name}, {mode}", result)
    return 0


def _print(title: str, result: dict[str, object]) -> None:
    f1 = result["f1"]
    assert isinstance(f1, dict)
    print(f"== {title}: {result['good']} labelled, {result['weak']} weak answers")
    print("word F1   " + "  ".join(f"{k} {v:.3f}" for k, v in f1.items())
          + f"   macro {result['macro_f1']:.3f}   result-first {result['result_first_f1']:.3f}")
    print(f"missing part marked missing {result['missing_recall']:.1%} "
          f"(of {result['missing_total']}), present part marked missing (false absent) "
          f"{result['false_absent']:.1%}")
    print(f"all four parts found in {result['all_four_share']:.1%} of "
          f"{result['complete']} labelled answers that have all four")
    print(f"flaws     precision {result['flaw_precision']:.3f}  recall {result['flaw_recall']:.3f}")
    flaws = result["flaws"]
    assert isinstance(flaws, dict)
    for code, (tp, fp, fn) in flaws.items():
        if tp or fp or fn:
            print(f"  {code:<13} found {tp}  false {fp}  missed {fn}")
    print(f"score ROC AUC good vs weak {result['auc']:.3f}  (median good "
          f"{result['median_score_good']}, weak {result['median_score_weak']})")
    if result["follow_ups"]:
        print(f"follow-ups judged right {result['follow_ups_right']} of {result['follow_ups']}")


if __name__ == "__main__":
    raise SystemExit(main())
