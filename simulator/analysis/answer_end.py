"""Whether an answer sounds finished, from its words: the recorder waits a shorter silence after
an answer that has told its result in a complete last sentence, and a longer one after words that
stop mid-clause ("…and then I", "because the"). Silence length alone cannot tell a thinking pause
from the end; what was said before it can.

`answer_end_verdict(text)` -> "done" | "open" | "unsure". Pure and cheap (a few ms on a long
answer: one tokenize and one STAR segmentation)."""

from __future__ import annotations

from typing import Literal

Verdict = Literal["done", "open", "unsure"]

DANGLING = frozenset(
    {
        "and", "but", "or", "so", "because", "since", "then", "that", "which", "who", "when",
        "while", "if", "the", "a", "an", "to", "of", "with", "for", "in", "on", "at", "from",
        "by", "into", "my", "our", "their", "his", "her", "its", "i", "we", "they", "was", "were",
        "is", "are", "had", "have", "um", "uh", "er", "like", "also", "after", "before", "as",
    }
)  # fmt: skip
"""Words a clause does not end on: a pause after one is the middle of a thought."""

MIN_WORDS_DONE = 15
"""An answer shorter than this is never "done" by its words: one sentence that sounds like a
result ("We had no metrics.") is often the opening of a story."""


def answer_end_verdict(text: str) -> Verdict:
    """"done": at least MIN_WORDS_DONE words, the last sentence complete (ends in . ! or ?, not
    on a dangling word) and the last part of the answer its Result. "open": the words stop
    mid-clause (a dangling last word, or a comma). "unsure": anything else, no words included."""
    stripped = text.strip()
    if not stripped:
        return "unsure"
    words = stripped.split()
    last = words[-1].strip("\"'”’)").lower()
    bare = last.rstrip(".,!?;:…")
    if last.endswith((",", ";", ":", "…", "-", "—")) or (bare in DANGLING and last == bare):
        return "open"
    if not last.endswith((".", "!", "?")) or bare in DANGLING or len(words) < MIN_WORDS_DONE:
        return "unsure"
    from simulator.analysis.star import segment_answer
    from simulator.analysis.tokens import has_punctuation, tokenize
    from simulator.speech.stt import Transcript

    tokens = tokenize(Transcript.from_text(stripped))
    if not tokens:
        return "unsure"
    segments = segment_answer(stripped, tokens, has_punctuation(tokens))
    return "done" if segments and segments[-1].label == "R" else "unsure"
