"""The JSON contract holds for any input, not only for tidy answers: segments in order, not
overlapping, indexing the text, covering every word; no exception on odd spacing, punctuation
or timings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.analysis import FLAW_CODES, analyze_answer
from simulator.speech.stt import Transcript, Word

VOCABULARY = (
    "i we the so and then um uh like you know was were my job task result as a result "
    "called fixed team customer percent 20% twenty . , ? ! — ' \" situation: finally "
    "usually would I'd. We. Result: (it) ..."
)
WORDS = st.sampled_from(VOCABULARY.split(" "))


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=120), st.sampled_from([" ", "  ", "\n", " , "]))
def test_segments_cover_the_text_in_order(words: list[str], separator: str) -> None:
    text = separator.join(words)
    data = analyze_answer(Transcript.from_text(text)).to_dict()
    segments = data["star"]["segments"]
    previous = 0
    for segment in segments:
        assert previous <= segment["start_char"] <= segment["end_char"] <= len(text)
        previous = segment["end_char"]
    covered = "".join(text[s["start_char"] : s["end_char"]] for s in segments)
    if any(c.isalnum() for c in text):
        assert "".join(covered.split()) == "".join(text.split())
    else:  # punctuation alone holds no words to label
        assert segments == []
    assert {f["code"] for f in data["star"]["flaws"]} <= set(FLAW_CODES)
    assert 0 <= data["score"] <= 100


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(WORDS, st.floats(0.05, 0.6), st.floats(0.0, 4.0)), max_size=80))
def test_timed_words_give_consistent_timing(items: list[tuple[str, float, float]]) -> None:
    words, clock = [], 0.0
    for text, length, gap in items:
        words.append(Word(text, clock, clock + length))
        clock += length + gap
    transcript = Transcript(" ".join(w.text for w in words), tuple(words), "test")
    timing = analyze_answer(transcript).to_dict()["timing"]
    if timing["words"] == 0:
        assert timing["wpm"] is None and timing["pauses"] == []
        return
    assert timing["speech_s"] <= timing["duration_s"] + 1e-6
    assert all(p["end"] - p["start"] >= 1.0 - 1e-9 for p in timing["pauses"])
    assert all(p["end"] - p["start"] >= 3.0 - 1e-9 for p in timing["long_pauses"])
    starts = [p["start"] for p in timing["pauses"]]
    assert starts == sorted(starts)
