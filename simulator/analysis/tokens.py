"""One tokenisation shared by every check: each word of the transcript with its lower-case form,
its place in `transcript.text` (so feedback can quote and highlight it) and its times. Typed text,
Whisper output and unpunctuated recognizer output all come out the same shape."""

from __future__ import annotations

from dataclasses import dataclass, replace

from simulator.speech.stt import Transcript, Word

_EDGE_PUNCTUATION = "\"'“”‘’()[]{}<>,.;:!?…—–-*•·+~"
_CLOSING_QUOTES = "\"'”’)]"
_SENTENCE_END = (".", "!", "?", "…")
_CLAUSE_END = (",", ";", ":", "—", "–")
_ABBREVIATIONS = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "e.g.", "i.e.", "vs.", "st.", "no.", "cf.", "viz."}
)
"""Abbreviations that never end a sentence: a title or a "for example" always has more after it."""
_CLOSING_ABBREVIATIONS = frozenset(
    {"a.m.", "p.m.", "etc.", "approx.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "min.",
     "hrs.", "mins.", "sec.", "secs."}
)
"""Abbreviations that may end a sentence, their full stop standing for both ("...at 7 a.m. The
next day..."). Punkt's orthographic rule decides (Kiss and Strunk, "Unsupervised Multilingual
Sentence Boundary Detection", Computational Linguistics 32(4), 2006; NLTK's sentence splitter): the
sentence ends there only when the next word opens with a capital letter. "a meeting at 7 a.m. for
the rest of 2019" is one sentence, and its last words were read as a Result of their own
(breaker9 D6). Recognized words go through the same rule (Whisper writes "7 a.m." too)."""
_NUMBER_SIGN = "no."
"""An abbreviation only before a number ("No. 4 platform"); "I had to say no." ends a sentence."""
_SEARCH_WINDOW = 200
"""How far ahead in the text a recognized word may be found before it is treated as missing."""


@dataclass(frozen=True)
class Token:
    text: str
    """The word as written or recognized, punctuation included."""
    norm: str
    """Lower case, straight apostrophes, no surrounding punctuation: what the rules match."""
    start_char: int
    end_char: int
    start: float | None
    end: float | None
    sentence_end: bool
    """The word closes a sentence (., ! or ?)."""
    clause_end: bool
    """The word is followed by a comma, semicolon, colon or dash."""


def normalize(word: str) -> str:
    plain = word.replace("’", "'").replace("‘", "'").lower()
    return plain.strip(_EDGE_PUNCTUATION)


def tokenize(transcript: Transcript) -> tuple[Token, ...]:
    """The transcript's words as Tokens, each located in `transcript.text`.

    Recognizers' words may differ slightly from the joined text (spacing, case); each word is
    looked up in order, and a word that cannot be found gets an empty span where it would be."""
    text = transcript.text
    words = [w for w in transcript.words if w.text.strip()]
    if not words:
        words = [Word(part) for part in text.split()]
    lowered = text.lower()
    cursor = 0
    tokens: list[Token] = []
    for word in words:
        written = word.text.strip()
        found = lowered.find(written.lower(), cursor, cursor + _SEARCH_WINDOW + len(written))
        if found >= 0:
            start_char, end_char = found, found + len(written)
            cursor = end_char
        else:
            start_char = end_char = cursor
        lowered_written = written.lower()
        bare = written.rstrip(_CLOSING_QUOTES)
        tokens.append(
            Token(
                text=written,
                norm=normalize(written),
                start_char=start_char,
                end_char=end_char,
                start=word.start,
                end=word.end,
                sentence_end=bare.endswith(_SENTENCE_END) and lowered_written not in _ABBREVIATIONS,
                clause_end=bare.endswith(_CLAUSE_END),
            )
        )
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() == _NUMBER_SIGN and not tokens[index + 1].norm[:1].isdigit():
            tokens[index] = replace(token, sentence_end=True)
        elif token.sentence_end and token.text.lower().rstrip(_CLOSING_QUOTES) in (
            _CLOSING_ABBREVIATIONS
        ):
            following = tokens[index + 1].text.lstrip(_EDGE_PUNCTUATION)
            tokens[index] = replace(token, sentence_end=following[:1].isupper())
    return _mark_line_ends(_attach_punctuation(tokens, text), text)


def _starts_line(text: str, start_char: int) -> bool:
    before = text[:start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def _attach_punctuation(tokens: list[Token], text: str) -> tuple[Token, ...]:
    """Lone punctuation ("—", " . ") is not a word: it joins the word before it (or, at the
    start of the answer or of a line, as a bullet, the word after it), so word counts stay true
    and segments still cover it."""
    words: list[Token] = []
    pending_start: int | None = None
    pending_end = 0
    for token in tokens:
        if token.norm:
            if pending_start is not None:
                token = replace(token, start_char=pending_start)
                pending_start = None
            words.append(token)
        elif pending_start is not None:
            pending_end = token.end_char
        elif words and not _starts_line(text, token.start_char):
            words[-1] = replace(
                words[-1],
                end_char=max(words[-1].end_char, token.end_char),
                sentence_end=words[-1].sentence_end or token.sentence_end,
                clause_end=words[-1].clause_end or token.clause_end,
            )
        else:
            pending_start, pending_end = token.start_char, token.end_char
    if pending_start is not None and words:  # punctuation after the last word
        words[-1] = replace(words[-1], end_char=max(words[-1].end_char, pending_end))
    return tuple(words)


def _mark_line_ends(tokens: tuple[Token, ...], text: str) -> tuple[Token, ...]:
    """A line break ends a sentence: typed notes and bullets rarely close their lines with a
    full stop."""
    marked = list(tokens)
    for index, token in enumerate(tokens[:-1]):
        if not token.sentence_end and "\n" in text[token.end_char : tokens[index + 1].start_char]:
            marked[index] = replace(token, sentence_end=True)
    return tuple(marked)


def has_punctuation(tokens: tuple[Token, ...]) -> bool:
    """Whether sentence boundaries can be trusted (typed text, Whisper) or must be inferred."""
    ends = sum(1 for t in tokens if t.sentence_end)
    return ends > 0 and len(tokens) / ends < 60
