"""Fillers: the sounds and phrases listeners hear as hesitation, told apart from the same words
doing real work ("I like the team", "what kind of role")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.fillers import find_fillers
from simulator.analysis.tokens import tokenize
from simulator.speech.stt import Transcript, Word


def fillers_in(text: str) -> list[str]:
    return [f.text for f in find_fillers(tokenize(Transcript.from_text(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, so I, uh, called the client.", ["um", "uh"]),
        ("Erm I mean we basically rebuilt it.", ["er", "i mean", "basically"]),
        ("It was, like, a really long week, you know?", ["like", "you know"]),
        ("We had like twenty people waiting.", ["like"]),
        ("I sort of took over the rota and kind of ran it.", ["sort of", "kind of"]),
        ("I like my team and I would like to stay.", []),
        ("It looked like a leak, just like the last one.", []),
        ("What kind of role is this? That sort of thing matters.", []),
        ("You know what I mean when I say that?", []),
        ("I mean to finish it by Friday.", []),
        # "like" meaning "as" (breaker9 D14): reporting, plans and comparisons with a verb
        ("Like we agreed on the call, I sent the rota first.", []),
        ("so like i told the matron, we re-did the list like planned", []),
        ("She checked every invoice like an auditor does.", []),
        ("It was like a week before we heard, like we were forgotten.", ["like"]),
        ("Like, the van was late again.", ["like"]),
        ("um, like the counts was wrong", ["um", "like"]),
        # "like" meaning "such as" before a deed, and "like" as a second verb (breaker10 D27)
        ("I took the jobs nobody wanted, like sorting the lost-property shelves.", []),
        ("It is the booking site that my cousins use and like.", []),
        ("we were like sorting it and, like, nobody helped", ["like", "like"]),
        # "like" as the verb of "I"/"we", whatever mark follows it (breaker14 B23)
        ("Night shifts are the work I like: quiet wards and time to talk.", []),
        ("Stock counts are the part we like, because the numbers are ours.", []),
        ("And I, like, rang the depot twice.", ["like"]),
        # a kind named with a describing word, and a deed compared with another (breaker15 B23)
        ("Electric vans mean a new kind of charging plan for the yard.", []),
        ("She hired the right sort of people and we ran it like the other sites.", []),
        ("It was a bit kind of messy, and, like, we lost the rota.", ["kind of", "like"]),
        ("I treat them like my own family and, honestly, kind of enjoy it.", ["kind of"]),
    ],
)
def test_fillers_in_context(text: str, expected: list[str]) -> None:
    assert fillers_in(text) == expected


def test_rate_per_minute_needs_time_and_normal_rate_is_not_coached() -> None:
    # 60 words over 30 s of speech with 3 fillers: 6 a minute, just over normal.
    words = []
    texts = ["um", "uh", "um"] + ["word"] * 57
    for index, text in enumerate(texts):
        words.append(Word(text, index * 0.5, index * 0.5 + 0.4))
    timed = analyze_answer(Transcript(" ".join(texts), tuple(words), "test"))
    assert timed.fillers.count == 3
    assert timed.fillers.per_minute == pytest.approx(3 / (29.9 / 60), rel=0.01)
    assert [item.start for item in timed.fillers.items] == [0.0, 0.5, 1.0]
    assert any("fillers a minute" in tip for tip in timed.tips)

    calm_texts = ["um"] + ["word"] * 59
    calm = analyze_answer(
        Transcript(" ".join(calm_texts),
                   tuple(Word(t, i * 0.5, i * 0.5 + 0.4) for i, t in enumerate(calm_texts)),
                   "test")
    )
    assert calm.fillers.per_minute is not None and calm.fillers.per_minute < 5
    assert not any("fillers a minute" in tip for tip in calm.tips)

    typed = analyze_answer(Transcript.from_text("Um, I, uh, fixed it."))
    assert typed.fillers.count == 2 and typed.fillers.per_minute is None
    assert typed.to_dict()["fillers"]["items"] == [
        {"text": "um", "start": None}, {"text": "uh", "start": None}
    ]


def test_a_short_clip_gets_no_filler_rate_tip() -> None:
    # One "um" in an 11 s clip (5.5 a minute): counted, but a single sound is no rate to coach.
    texts = ["um"] + ["ok", "so", "the", "van", "was", "late", "and", "i", "rang", "them"] * 2
    step = 11.0 / len(texts)
    short = analyze_answer(
        Transcript(" ".join(texts),
                   tuple(Word(t, i * step, i * step + step * 0.8) for i, t in enumerate(texts)),
                   "test")
    )  # fmt: skip
    assert short.fillers.count == 1 and short.fillers.per_minute is not None
    assert short.fillers.per_minute > 5
    assert not short.fillers.excessive
    assert not any("fillers a minute" in tip for tip in short.tips)
