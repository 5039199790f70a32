"""Whether an answer sounds finished, from its words: the recorder waits a shorter silence after
an answer that has told its result in a complete last sentence, and a longer one after words that
stop mid-clause ("…and then I", "because the"). Silence length alone cannot tell a thinking pause
from the end; what was said before it can.

`answer_end_verdict(text)` -> "done" | "open" | "unsure". Pure and cheap (a few ms on a long
answer: one tokenize and one STAR segmentation)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Sequence

    from simulator.analysis.tokens import Token

Verdict = Literal["done", "open", "unsure"]

DANGLING = frozenset(
    {
        "and", "but", "or", "so", "because", "since", "then", "that", "which", "who", "when",
        "while", "if", "the", "a", "an", "to", "of", "with", "for", "in", "on", "at", "from",
        "by", "into", "my", "our", "their", "his", "her", "its", "i", "we", "they", "was", "were",
        "is", "are", "had", "have", "um", "uh", "er", "like", "also", "after", "before", "as",
        "your", "than", "whether", "about", "until", "erm", "been", "very", "really",
    }
)  # fmt: skip
"""Words a clause does not end on: a pause after one is the middle of a thought."""

STRANDED = frozenset(
    {
        "the", "a", "an", "and", "but", "or", "because", "my", "our", "their", "your", "his",
        "of", "with", "into", "than", "whether", "um", "uh", "er", "erm", "very", "been",
    }
)  # fmt: skip
"""Dangling words no sentence ends on even when the recognizer closed it with a full stop (it
often punctuates at a pause): "…and the." is a clause cut short, not a sentence."""

ENDS_A_SENTENCE = frozenset({"since", "then", "before", "after", "that", "so", "on", "in"})
"""Dangling words that also end a sentence as adverbs ("green ever since.", "I think so."):
after a full stop they are taken as the end of one."""

CLAUSE_OPENERS = frozenset({"and", "then", "so", "but", "because", "when", "while", "after"})
"""Before a last "I"/"we" ("…and then I."), these make the pronoun the start of a clause."""

JOINERS = frozenset({"and", "so"})
"""Words that open the last clause of a run-on sentence."""

MIN_WORDS_DONE = 15
"""An answer shorter than this is never "done" by its words: one sentence that sounds like a
result ("We had no metrics.") is often the opening of a story."""

LASTING_OUTCOME = re.compile(
    r"\b(ever since|since then|so far|to date|until now|till now|to this day|any ?more|no longer"
    r"|since)$"
    r"|\b(has|have|'s|'ve) (not |never )?(been|stayed|remained|kept|run|worked|held|gone)\b"
    r"|\b(is|are) (now|still)\b|\bnow (is|are|takes|runs|has|have|works|uses|ships|gets|goes)\b"
    r"|\b(stayed|remained|stays|remains|kept|is|are|was|were|has been|have been) (\w+ )?(green"
    r"|stable|steady|clean|fixed|solved|resolved|happy|satisfied|on track|on time|back to normal"
    r"|working again|in use|running)\b"
    r"|\bno (more )?(complaints?|issues?|errors?|incidents?|outages?|failures?|problems?)\b"
    r"|\bwithout (a |an |any |one )?(single )?(problem|issue|complaint|incident|error|failure)s?\b"
)
"""An outcome that lasts, told at the end of a story: the state things are in since the action
("the build has been green for three months since", "the client is still with us", "no more
complaints"). The STAR cues (simulator.analysis.cues) read events ("renewed", "dropped by
half"); these read a state that holds up to now, which in a past story is what happened after."""

SETUP_STATE = re.compile(
    r"\bhad (been|not|never|\w+ed)\b|\b(failing|broken|down|late|behind|angry|unhappy|upset"
    r"|crashing|stuck|missing|red|slow|worse|overdue|falling)\b"
)
"""Background told as a state ("the site had been down since May", "the client has been angry
since"): no outcome, so a pause after it may be a thinking pause before the Action."""

RESOLVED = re.compile(r"\b(no (more |longer )|never|not once|hasn't|haven't|has not|have not)\b")
"""A bad state that stopped ("no longer late", "hasn't been down since") is an outcome after all."""


def answer_end_verdict(text: str) -> Verdict:
    """"done": at least MIN_WORDS_DONE words, the last sentence complete (ends in . ! or ?, not
    on a dangling word) and the answer's last part an outcome: its Result (the last STAR
    segment), or, after an Action, a last clause with a result cue or an outcome that lasts
    (LASTING_OUTCOME, not a background state). "open": the words stop mid-clause (a dangling
    last word, a comma, or a full stop after a word no sentence ends on: "…and then I.").
    "unsure": anything else, no words included."""
    stripped = text.strip()
    if not stripped:
        return "unsure"
    words = stripped.split()
    last = words[-1].strip("\"'”’)").lower()
    bare = last.rstrip(".,!?;:…")
    before = words[-2].strip("\"',.").lower() if len(words) > 1 else ""
    if last.endswith((",", ";", ":", "…", "-", "—")) or (bare in DANGLING and last == bare):
        return "open"
    if bare in STRANDED or (bare in ("i", "we") and before in CLAUSE_OPENERS):
        return "open"
    if not last.endswith((".", "!", "?")) or len(words) < MIN_WORDS_DONE:
        return "unsure"
    if bare in DANGLING and bare not in ENDS_A_SENTENCE:
        return "unsure"
    from simulator.analysis.star import segment_answer, unit_cue_scores
    from simulator.analysis.tokens import has_punctuation, tokenize
    from simulator.speech.stt import Transcript

    tokens = tokenize(Transcript.from_text(stripped))
    if not tokens:
        return "unsure"
    punctuated = has_punctuation(tokens)
    segments = segment_answer(stripped, tokens, punctuated)
    first = _last_clause_start(tokens)
    clause = " ".join(token.norm for token in tokens[first:])
    result_cue = unit_cue_scores([clause])[0]["R told"] > 0
    if SETUP_STATE.search(clause) and not RESOLVED.search(clause) and not result_cue:
        # "The client has been angry since." may be read as a Result; it is a scene.
        return "unsure"
    if segments and segments[-1].label == "R":
        return "done"
    # The sequence labeller reads a short answer's last clause as the Action it closes ("...,
    # fixed the timing, and the build has been green since."); a result cue or a lasting
    # outcome in that clause after an Action says the result was told all the same. One in an
    # answer with no Action before it ("we had no metrics...") is a Situation.
    if first == 0 or not any(s.label == "A" and s.first_token < first for s in segments):
        return "unsure"
    return "done" if result_cue or LASTING_OUTCOME.search(clause) else "unsure"


def _last_clause_start(tokens: Sequence[Token]) -> int:
    """Index of the first token of the last clause: after the last comma or sentence end before
    the final token, or at the last joining word ("and", "so"), which a run-on answer without
    commas has in their place ("…offered a credit and they renewed…")."""
    first = 0
    for index, token in enumerate(tokens[:-1]):
        if token.sentence_end or token.clause_end:
            first = index + 1
        elif token.norm in JOINERS and index > first:
            first = index
    return first
