"""Through speech, the Task's own tail (its deadline, reason or condition), cut off by a pause
or a recognizer's full stop, stays with the Task: a fragment with no cue of any part, after the
Task and before any Action, went to the Action after it."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript, Word

QUESTION = "Tell me about a time you handled an emergency."


def paused(text: str, wpm: float = 160.0, pause_s: float = 0.6) -> Transcript:
    """`text` as a recognizer writes it with no marks: lower case, each word timed at `wpm`,
    and a breath of `pause_s` where the text has " | "."""
    step, at, words = 60.0 / wpm, 0.0, []
    for piece in text.split(" | "):
        for word in piece.split():
            words.append(Word(word, at, at + 0.8 * step))
            at += step
        at += pause_s
    return Transcript(" ".join(w.text for w in words), tuple(words), engine="faster-whisper",
                      model="tiny.en", duration_s=at)


LIFT = (
    "i look after the lifts in a big shopping centre in leeds and one saturday the main lift "
    "stuck between floors with a family inside | it was my job to get them out safely | before "
    "the hour the fire brigade gives us was up | i rang the lift company and talked the family "
    "through it on the intercom | and i wound the car down by hand to the first floor | the "
    "family were out in forty minutes and the centre stayed open all day"
)


def labelled(text: str) -> list[tuple[str, str]]:
    analysis = analyze_answer(paused(text), question=QUESTION)
    return [(s.label, s.text) for s in analysis.star.segments]


def test_the_tasks_deadline_after_a_pause_is_the_task() -> None:
    labels = labelled(LIFT)
    task = next(text for label, text in labels if label == "T")
    assert task.endswith("before the hour the fire brigade gives us was up"), labels
    action = next(text for label, text in labels if label == "A")
    assert action.startswith("i rang the lift company"), labels


def test_a_fragment_with_the_speakers_deed_stays_an_action() -> None:
    # "i wound the car down" tells a deed: no Task's tail, even with no cue word before it.
    labels = labelled(LIFT.replace("| before the hour the fire brigade gives us was up ", ""))
    assert [label for label, _ in labels] == ["S", "T", "A", "R"], labels
    assert labels[2][1].startswith("i rang the lift company"), labels
