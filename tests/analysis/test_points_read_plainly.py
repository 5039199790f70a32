"""Points lost that read as they are (breaker12 V11-V13): a reason ending in a figure is not read
with its points ("against 5 5"), a pause list that shows six of nine says so, and a few words
scored 0 do not lose 187 points of 100. Answers are our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import PointsWhy, ScoreParts, at_most_all, points_why_lines
from simulator.analysis.report import render_report
from simulator.speech.stt import Transcript, Word

QUESTION = "Tell me about a time you fixed something nobody else wanted to touch."


def test_each_reason_keeps_its_points_apart_from_its_words() -> None:
    (line,) = points_why_lines([
        PointsWhy("delivery", 5, "fillers: about 10 a minute at your pace, against 5"),
        PointsWhy("delivery", 4, "shorter than the 60–120 s target"),
    ])
    assert line == ("delivery 9: fillers: about 10 a minute at your pace, against 5 \u22125; "
                    "shorter than the 60–120 s target \u22124"), line


def test_a_pause_list_cut_short_says_how_many_more() -> None:
    said = ("so the pallets kept tipping at the dock and i rebuilt the wrapping order with the "
            "night crew and it stopped")
    words, clock = [], 0.0
    for index, word in enumerate(said.split(" ")):
        clock += 1.6 if index and index % 2 == 0 else 0.1  # a pause before every other word
        words.append(Word(word, clock, clock + 0.3))
        clock += 0.3
    transcript = Transcript(" ".join(w.text for w in words), tuple(words), "test", "none", clock)
    report = render_report(analyze_answer(transcript, question=QUESTION))
    (line,) = [x for x in report.splitlines() if "pauses ≥1 s:" in x]
    counted = int(line.split("pauses ≥1 s:")[1].split("—")[0])
    assert counted > 6 and line.endswith(f" and {counted - 6} more"), line


def test_the_points_lost_add_up_to_at_most_all_there_are() -> None:
    analysis = analyze_answer(Transcript.from_text("I sorted it."), question=QUESTION)
    parts = analysis.score_parts.to_dict()
    assert analysis.score == 0
    assert sum(parts.values()) == 100, parts
    assert at_most_all(ScoreParts(10, 20, 0, 5)) == ScoreParts(10, 20, 0, 5)
    shrunk = at_most_all(ScoreParts(71, 75, 8, 33))
    assert sum(shrunk.to_dict().values()) == 100 and shrunk.structure == 71
    assert shrunk.specificity > shrunk.delivery > shrunk.ownership
