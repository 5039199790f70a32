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
    on a dangling word) and the last part of the answer its Result (the last STAR segment, or
    a result cue in the last spoken unit). "open": the words stop
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
    from simulator.analysis.star import segment_answer, split_units, unit_cue_scores
    from simulator.analysis.tokens import has_punctuation, tokenize
    from simulator.speech.stt import Transcript

    tokens = tokenize(Transcript.from_text(stripped))
    if not tokens:
        return "unsure"
    punctuated = has_punctuation(tokens)
    segments = segment_answer(stripped, tokens, punctuated)
    if segments and segments[-1].label == "R":
        return "done"
    # The sequence labeller reads a short answer's last clause as the Action it closes ("...,
    # fixed the timing, and the build has been green since."); a result cue in the last unit
    # ("renewed", "on time", "the faster one") after an Action says the result was told all
    # the same. A cue in an answer with no Action yet ("we had no metrics...") is a Situation.
    if not any(segment.label == "A" for segment in segments):
        return "unsure"
    units = split_units(tokens, punctuated)
    first, end = units[-1]
    last_unit = " ".join(token.norm for token in tokens[first:end])
    return "done" if unit_cue_scores([last_unit])[0]["R told"] > 0 else "unsure"
