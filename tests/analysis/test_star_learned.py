"""The learned layer over the STAR rules (simulator/analysis/star_learned.py): its shipped
coefficients match the feature code, it finds the parts of answers unlike our examples, and a
missing or broken coefficients file leaves the rules labelling alone with one warning."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer, star, star_learned
from simulator.analysis.tokens import has_punctuation, tokenize
from simulator.speech.stt import Transcript, Word

Q = "Tell me about a time you improved how your team worked."

# A Polish warehouse coordinator, present and present perfect for the past, "teached".
NON_NATIVE = (
    "In my last company in Lodz I am working as warehouse coordinator, and we have every week "
    "many wrong shipments, customers was angry. My manager give me the responsibility to make "
    "the mistakes less before the Christmas season. I have made a checklist for the packing "
    "table and I have teached the night shift how to scan each box two times. Also I am "
    "speaking every Monday with drivers about the problems they see. After two months the wrong "
    "shipments go down from around forty in a week to six, and my manager ask me to do the same "
    "in the second warehouse."
)
TERSE_NOTES = (
    "Context: clinic front desk, 3 receptionists, phone queue 25 min at peak.\n"
    "Goal: get callers answered in under 5 min, no extra staff.\n"
    "- moved repeat prescriptions to an online form\n"
    "- split shifts so two on phones 8-10am\n"
    "- wrote scripts for the five commonest questions\n"
    "Outcome: peak wait down to 4 min in six weeks, complaints halved."
)
# Polished and written, the task only implied ("I offered to redesign..."), the scene told in a
# long first sentence that the rules alone read as an action and an outcome.
POLISHED_IMPLICIT_TASK = (
    "At the charity where I volunteered, our Saturday food bank depended on a paper sign-up "
    "sheet, which meant that families we served often queued for an hour only to hear that the "
    "parcels had run out. I offered to redesign how we booked collections. Over two weekends I "
    "set up a simple text booking line, I trained four older volunteers to take bookings by "
    "phone for families without mobiles, and I worked with the warehouse team so that parcels "
    "were packed to the number of bookings. The queue disappeared almost completely, no family "
    "was turned away in the following three months, and the model was adopted by two "
    "neighbouring food banks."
)
RESULT_FIRST = (
    "We cut the month-end close from nine working days to four, and the auditors signed off "
    "with no findings for the first time in three years. I was the finance analyst at a "
    "logistics firm where the close dragged because every subsidiary sent its numbers in a "
    "different spreadsheet. My task was to get a faster close without adding people. I built "
    "one shared template, automated the bank reconciliations with the tools we already had, "
    "and ran a weekly half hour with each subsidiary's accountant until they used it."
)


@pytest.fixture
def layer_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layer at the share the bench measured, placing the parts the rules find
    (`PARTS_BY_RULES`): the product's setting, held here whatever it becomes."""
    monkeypatch.setattr(star_learned, "LEARNED_SHARE", 0.5)
    monkeypatch.setattr(star_learned, "PARTS_BY_RULES", True)


@pytest.fixture
def fresh_load() -> Iterator[None]:
    """Each test reads the coefficients again, and the shipped file is back afterwards."""
    star_learned.forget()
    yield
    star_learned.forget()


def test_the_shipped_coefficients_match_the_feature_code() -> None:
    stored = json.loads(star_learned.COEFFICIENTS.read_text(encoding="utf-8"))
    tokens = tokenize(Transcript.from_text(NON_NATIVE))
    units = star.split_units(tokens, has_punctuation(tokens))
    texts = [" ".join(t.norm for t in tokens[a:b] if t.norm) for a, b in units]
    rows = star_learned.unit_features(units, tokens, star.unit_cue_scores(texts))
    produced = {len(row) for row in rows}
    assert produced == {len(star_learned.FEATURES)}, (
        f"unit_features gives {produced} columns but FEATURES names "
        f"{len(star_learned.FEATURES)}")
    assert stored["features"] == list(star_learned.FEATURES), (
        f"the stored coefficients were trained on other features ({len(stored['features'])} "
        f"stored, {len(star_learned.FEATURES)} now); {star_learned.RETRAIN}")
    assert len(stored["weights"]) == len(stored["mean"]) == len(star_learned.FEATURES)
    # Every set measured when it was trained (bench/star_learned.py SEEN then: held10 after its
    # one measurement, dev11 once it landed). held11-17 and dev12-17 are seen now but not
    # trained on: learned12, learned13, learned14 and learned15 did not retrain (learned15: a
    # retrain on all 28 seen sets tied the shipped layer on the sets neither saw and lost to it
    # on 8 of 14 writers left out, bench/star_learned.md); the next retrain adds them here.
    # Never the sealed held-back part of the newest set, which is measured once at the end.
    assert set(stored["trained_on"]) >= (
        {f"dev{n}" for n in range(1, 12)} | {f"held{n}" for n in range(1, 11)})
    assert "held11" not in stored["trained_on"]
    assert "held12" not in stored["trained_on"]
    assert "held13" not in stored["trained_on"]
    assert "held14" not in stored["trained_on"]
    assert "held15" not in stored["trained_on"]
    assert "held16" not in stored["trained_on"]
    assert "held17" not in stored["trained_on"]
    assert star_learned.load() is not None


def test_the_product_ships_with_the_layer_placing_the_rules_parts() -> None:
    """LEARNED_SHARE's docstring gives the leave-one-set-out figures: the product labels with the
    layer, which moves the polished answer's task onto its offer, while which parts are told
    stays the rules' judgment."""
    assert star_learned.LEARNED_SHARE == 0.5
    assert star_learned.PARTS_BY_RULES
    with star_learned.use(None):
        rules = analyze_answer(Transcript.from_text(POLISHED_IMPLICIT_TASK), question=Q)
    product = analyze_answer(Transcript.from_text(POLISHED_IMPLICIT_TASK), question=Q)
    assert [s.label for s in product.star.segments] == ["S", "T", "A", "R"]
    assert product.star.segments[1].text == "I offered to redesign how we booked collections."
    assert [s.text for s in product.star.segments] != [s.text for s in rules.star.segments]
    assert {k for k, p in product.star.parts.items() if p.present} == {
        k for k, p in rules.star.parts.items() if p.present}


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (NON_NATIVE, ["S", "T", "A", "R"]),
        (TERSE_NOTES, ["S", "T", "A", "R"]),
        # "I offered to redesign how we booked collections": the task, taken on.
        (POLISHED_IMPLICIT_TASK, ["S", "T", "A", "R"]),
        (RESULT_FIRST, ["R", "S", "T", "A"]),
    ],
    ids=["non-native", "terse-notes", "polished-implicit-task", "result-first"],
)
def test_the_learned_labelling_finds_the_parts(
    text: str, labels: list[str], layer_on: None
) -> None:
    assert star_learned.load() is not None
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    assert [s.label for s in analysis.star.segments][: len(labels)] == labels
    # No part the answer tells is reported missing (the implicit task is not asked for).
    assert not {"no_situation", "no_task", "no_action", "no_result"} & set(analysis.flaw_codes)
    if labels[0] == "R":
        assert analysis.star.segments[0].text.startswith("We cut the month-end close")


def test_the_layer_changes_what_the_rules_alone_find(layer_on: None) -> None:
    """The polished answer's task is "I offered to redesign how we booked collections": with the
    layer it is, where the rules alone take the scene's second clause for the task and the offer
    for an action (so this test fails if the layer stops being used)."""
    with star_learned.use(None):
        rules = analyze_answer(Transcript.from_text(POLISHED_IMPLICIT_TASK), question=Q)
    mixed = analyze_answer(Transcript.from_text(POLISHED_IMPLICIT_TASK), question=Q)

    def task(analysis: AnswerAnalysis) -> str:
        return next(s.text for s in analysis.star.segments if s.label == "T")

    assert task(rules).startswith("which meant that families")
    assert task(mixed) == "I offered to redesign how we booked collections."
    assert mixed.star.segments[0].text.startswith("At the charity where I volunteered")


@pytest.mark.parametrize(
    "content",
    [None, "{ not json", json.dumps({"classes": list(star_learned.CLASSES),
                                     "features": ["bias", "cue_S"], "mean": [0, 0],
                                     "scale": [1, 1], "weights": [[0] * 5] * 2})],
    ids=["missing", "not-json", "other-features"],
)
def test_a_missing_or_broken_file_leaves_the_rules_with_one_warning(
    content: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, fresh_load: None, layer_on: None,
) -> None:
    path = tmp_path / "star_learned.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(star_learned, "COEFFICIENTS", path)
    with star_learned.use(None):
        rules = [s.label for s in analyze_answer(
            Transcript.from_text(POLISHED_IMPLICIT_TASK), question=Q).star.segments]
    with caplog.at_level(logging.WARNING, logger=star_learned.__name__):
        for _ in range(2):
            analysis = analyze_answer(Transcript.from_text(POLISHED_IMPLICIT_TASK), question=Q)
            assert [s.label for s in analysis.star.segments] == rules
    warnings = [r for r in caplog.records if r.name == star_learned.__name__]
    assert len(warnings) == 1
    assert "rules label alone" in warnings[0].getMessage()
    assert "star_learned.json" in warnings[0].getMessage()
    if content is not None and content.startswith("{\""):
        assert star_learned.RETRAIN in warnings[0].getMessage()


# Terse notes: the role and the goal on one line between the scene and the steps.
PANTO_NOTES = (
    "Village hall panto, December. Lighting desk died on the dress rehearsal night.\n"
    "I was stage manager -> get the show lit, keep opening night.\n"
    "Borrowed a desk from the school drama dept\n"
    "Re-patched all 24 channels with the caretaker\n"
    "Re-plotted the cues on paper overnight\n"
    "Ran a cue-to-cue at 5pm with the cast\n"
    "Opening night went up on time. Full house, and the school lent us the desk again for spring."
)


def test_with_parts_by_rules_the_layer_moves_labels_but_never_which_parts_are_told(
    layer_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`PARTS_BY_RULES`: the parts told, and so the parts reported missing, are the rules' own;
    the same answer with the mixed scores deciding the parts too tells others (so this test
    fails if the switch stops keeping them)."""
    with star_learned.use(None):
        rules = analyze_answer(Transcript.from_text(PANTO_NOTES), question=Q)
    monkeypatch.setattr(star_learned, "PARTS_BY_RULES", False)
    free = analyze_answer(Transcript.from_text(PANTO_NOTES), question=Q)
    monkeypatch.setattr(star_learned, "PARTS_BY_RULES", True)
    kept = analyze_answer(Transcript.from_text(PANTO_NOTES), question=Q)

    def told(analysis: AnswerAnalysis) -> set[str]:
        return {label for label, part in analysis.star.parts.items() if part.present}

    assert told(free) != told(rules)
    assert told(kept) == told(rules)
    missing = {"no_situation", "no_task", "no_action", "no_result"}
    assert missing & set(kept.flaw_codes) == missing & set(rules.flaw_codes)


def test_recognized_speech_is_labelled_by_the_rules_alone() -> None:
    """TYPED_ONLY: the layer was chosen on typed text and lost through speech, so a transcript
    with word times (what a recognizer gives) is the rules' own, layer on or off."""
    clock, words = 0.5, []
    for text in POLISHED_IMPLICIT_TASK.split():
        words.append(Word(text, clock, clock + 0.3))
        clock += 0.4
    spoken = Transcript(POLISHED_IMPLICIT_TASK, tuple(words), "test", duration_s=clock)
    assert star_learned.LEARNED_SHARE > 0 and star_learned.TYPED_ONLY
    with star_learned.use(None):
        rules = analyze_answer(spoken, question=Q)
    product = analyze_answer(spoken, question=Q)
    assert [(s.label, s.text) for s in product.star.segments] == [
        (s.label, s.text) for s in rules.star.segments]
    assert not star_learned.active(tokenize(spoken))
    assert star_learned.active(tokenize(Transcript.from_text(POLISHED_IMPLICIT_TASK)))
