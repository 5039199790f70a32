"""Filler words and phrases ("um", "you know", filler "like"…) with where they were said. Some
filler is normal speech (up to about five a minute), so the rate matters more than the count.
Counts only what the transcript holds: recognizers that drop "um" hide it from us too."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.analysis.timing import TYPICAL_WPM
from simulator.analysis.tokens import Token, tokenize

NORMAL_PER_MINUTE = 5.0
"""Fillers a minute that listeners do not notice; coaching targets the excess over this."""

MIN_RATE_MINUTES = 20 / 60
"""Speech shorter than this (20 s) gets no rate-based filler tip. A single "um" in under 12 s
reads as over NORMAL_PER_MINUTE (one in an 11 s clip is 5.5 a minute), a rate one sound cannot
support; from 20 s on it takes at least two fillers to pass it. The count is still reported."""

NORMAL_PER_100_WORDS = NORMAL_PER_MINUTE / TYPICAL_WPM * 100
"""The same threshold for a typed answer, which has no time: NORMAL_PER_MINUTE at a
conversational pace (TYPICAL_WPM), about 3.3 fillers per 100 words."""
MIN_RATE_WORDS = round(MIN_RATE_MINUTES * TYPICAL_WPM)
"""A typed answer shorter than this (50 words, MIN_RATE_MINUTES at TYPICAL_WPM) gets no
rate-based filler tip, as a short recording does not."""

_SOUNDS = {
    "um": "um", "umm": "um", "ummm": "um", "uhm": "um", "mm": "um", "hmm": "hmm", "hm": "hmm",
    "uh": "uh", "uhh": "uh", "er": "er", "erm": "er", "err": "er", "ah": "ah", "ahh": "ah",
}
"""Hesitation sounds, spelled as recognizers spell them -> the one name we report."""
_ALWAYS_FILLER_WORDS = frozenset({"basically", "literally"})
_DETERMINERS = frozenset(
    {"what", "this", "that", "the", "a", "an", "any", "every", "some", "which", "same",
     "different", "these", "those", "all", "one", "no", "another", "whatever", "each", "my",
     "your", "our", "their", "his", "her", "its", "right", "wrong", "only", "first"}
)
# "like" is a verb or a comparison after these words, not a filler.
_LIKE_NOT_FILLER_BEFORE = frozenset(
    {"i", "you", "we", "they", "he", "she", "would", "i'd", "we'd", "you'd", "they'd", "don't",
     "didn't", "do", "does", "did", "doesn't", "really", "feel", "felt", "feels", "look",
     "looked", "looks", "seem", "seems", "seemed", "sound", "sounds", "sounded", "something",
     "anything", "nothing", "things", "thing", "just", "more", "less", "much", "lot", "people",
     "would've", "to", "not", "is", "it's", "was", "be", "been", "exactly", "acted", "treated",
     "tastes", "smells", "smelled", "most", "liked", "also", "even", "still", "who", "that",
     "which", "wouldn't", "might", "will", "may", "can", "could", "should"}
)
_LIKE_SUBJECTS = frozenset({"i", "you", "we", "they"})
"""Subjects whose verb "like" is, with no mark between them ("I like", "we like")."""
# "like I said", "like we agreed": "like" means "as", reporting what was said or planned.
_LIKE_AS_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "everyone", "the"})
_LIKE_AS_VERBS = frozenset(
    {"said", "say", "mentioned", "mention", "told", "explained", "asked", "discussed",
     "agreed", "planned", "promised", "expected", "wrote", "showed", "described", "put"}
)
# "like a detective would", "like the old team did": a comparison closed by its own verb.
# Only a verb standing for the whole clause: "like the counts was wrong" is filler "like".
_LIKE_COMPARISON_VERBS = frozenset({"would", "does", "did", "do", "could", "can", "will"})
_YOU_KNOW_NOT_FILLER_AFTER = frozenset(
    {"that", "what", "how", "where", "who", "when", "why", "if", "whether", "the", "a", "an",
     "him", "her", "it", "them", "about", "this", "those", "these", "me", "us", "more", "exactly",
     "yourself", "someone", "somebody", "anyone", "something", "anything", "everyone", "which"}
)


@dataclass(frozen=True)
class Filler:
    text: str
    token_index: int
    start: float | None

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start}


@dataclass(frozen=True)
class FillerReport:
    count: int
    per_minute: float | None
    """None for typed text, which has no time."""
    items: tuple[Filler, ...]
    minutes: float | None = None
    """The speaking time the rate was taken over (not stored; `excessive` needs it)."""
    words: int | None = None
    """A typed answer's words, which its rate is taken over instead (not stored)."""

    @property
    def per_100_words(self) -> float | None:
        """Fillers per 100 words of a typed answer (None for speech, which has `per_minute`)."""
        if self.per_minute is not None or not self.words:
            return None
        return 100.0 * self.count / self.words

    @property
    def per_minute_at_pace(self) -> float | None:
        """Fillers a minute: heard, or for typed text as if said at TYPICAL_WPM, so one
        threshold (NORMAL_PER_MINUTE) and one score rule serve both."""
        if self.per_minute is not None:
            return self.per_minute
        per_100 = self.per_100_words
        return None if per_100 is None else per_100 * TYPICAL_WPM / 100

    @property
    def by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.text] = counts.get(item.text, 0) + 1
        return dict(sorted(counts.items(), key=lambda pair: -pair[1]))

    @property
    def excessive(self) -> bool:
        """Over NORMAL_PER_MINUTE, over at least MIN_RATE_MINUTES of speech; typed, over
        NORMAL_PER_100_WORDS in at least MIN_RATE_WORDS words."""
        per_100 = self.per_100_words
        if per_100 is not None:
            return (self.words or 0) >= MIN_RATE_WORDS and per_100 > NORMAL_PER_100_WORDS
        return (
            self.per_minute is not None
            and self.minutes is not None
            and self.minutes >= MIN_RATE_MINUTES
            and self.per_minute > NORMAL_PER_MINUTE
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "count": self.count,
            "per_minute": None if self.per_minute is None else round(self.per_minute, 2),
            "items": [item.to_dict() for item in self.items],
        }


def find_fillers(tokens: tuple[Token, ...]) -> tuple[Filler, ...]:
    """Every filler in order. Multi-word fillers are reported once, at their first word."""
    norms = [t.norm for t in tokens]
    found: list[Filler] = []
    index = 0
    while index < len(tokens):
        phrase = _filler_at(norms, tokens, index)
        if phrase:
            found.append(Filler(phrase, index, tokens[index].start))
            index += len(phrase.split())
        else:
            index += 1
    return tuple(found)


def _filler_at(norms: list[str], tokens: tuple[Token, ...], index: int) -> str | None:
    word = norms[index]
    before = norms[index - 1] if index > 0 else ""
    after = norms[index + 1] if index + 1 < len(norms) else ""
    starts_clause = index == 0 or tokens[index - 1].clause_end or tokens[index - 1].sentence_end
    if word in _SOUNDS:
        return _SOUNDS[word]
    if word in _ALWAYS_FILLER_WORDS:
        return word
    if word == "you" and after == "know":
        following = norms[index + 2] if index + 2 < len(norms) else ""
        closes = tokens[index + 1].clause_end or tokens[index + 1].sentence_end
        if closes or following not in _YOU_KNOW_NOT_FILLER_AFTER:
            return "you know"
        return None
    if word == "i" and after == "mean":
        following = norms[index + 2] if index + 2 < len(norms) else ""
        if before not in {"what", "that", "if", "do", "did", "you"} and following not in {
            "to", "it", "that", "what", "when"
        }:
            return "i mean"
        return None
    if word in {"sort", "kind"} and after == "of":
        if before in _DETERMINERS or before in {"of", "in", "some"}:
            return None
        if _kind_after_describing_word(norms, index):
            return None
        return f"{word} of"
    if word == "like":
        if not tokens[index].clause_end and _like_means_as(norms, index):
            return None
        if _like_such_as(before, after) or _like_a_verb_after_and(norms, index):
            return None
        if before in _LIKE_SUBJECTS and not starts_clause:
            # "It is the kind of problem I like: the forecast...", "the part I like, because...":
            # a subject and its verb, whatever mark follows (breaker14 B23). "I, like, rang
            # him" keeps its comma after the subject: a filler.
            return None
        if starts_clause or tokens[index].clause_end:
            return "like"
        if before in _LIKE_NOT_FILLER_BEFORE:
            return None
        if before in {"it", "them"} and after in _COMPARED_THING_OPENERS:
            # "we ran it like the other depots", "I treat them like my own": a comparison of
            # how the deed was done, with the thing compared after it (breaker15 B23).
            return None
        if after[:1].isdigit() or after in {"um", "uh", "a", "an", "the", "really", "so", "just",
                                              "super", "totally", "maybe", "two", "three",
                                              "four", "five", "ten", "twenty", "half", "every"}:
            return "like"
        if before in {"and", "but", "so", "um", "uh", "because", "were"}:
            return "like"
    return None


_COMPARED_THING_OPENERS = frozenset(
    {"the", "a", "an", "my", "our", "their", "his", "her", "your", "any", "every", "this",
     "that", "those", "these", "someone", "everyone", "anyone"}
)
"""Words that open the thing a deed is compared with after "did it like"."""
_NOT_DESCRIBING = frozenset({"bit", "little", "lot", "really", "very", "just", "pretty"})
"""Words between "a" and "kind of" that make it the hedge: "a bit kind of lost"."""


def _kind_after_describing_word(norms: list[str], index: int) -> bool:
    """ "a new kind of inspection plan", "the right sort of people": "kind of" names a kind, with
    a describing word between its determiner and it (breaker15 B23); "a bit kind of" is the
    hedge."""
    if index < 2:
        return False
    describing = norms[index - 1]
    return (
        norms[index - 2] in _DETERMINERS
        and describing.isalpha()
        and describing not in _NOT_DESCRIBING
        and not describing.endswith("ly")
    )


_LIKE_VERB_PAIRS = frozenset(
    {"use", "know", "trust", "love", "enjoy", "want", "need", "buy", "read", "watch", "follow",
     "recommend", "respect", "admire", "prefer", "understand", "share", "play", "visit"}
)
"""Verbs that "and like" can follow as a second verb: "the app my friends use and like"."""


def _like_such_as(before: str, after: str) -> bool:
    """"like" meaning "such as" before an example told as a deed: "the small ones nobody
    wanted, like fixing broken report links" (breaker10 D27). A filler "like" stands before a
    clause or a number, and after "and", "so", "was"."""
    return (
        len(after) > 4 and after.endswith("ing")
        and before not in {"and", "but", "so", "um", "uh", "because", "was", "were", "is", "are",
                           "i'm", "we're", "they're", "just", "then"}
    )


def _like_a_verb_after_and(norms: list[str], index: int) -> bool:
    """"like" as the second of two verbs: "which my friends use and like" (breaker10 D27)."""
    return (
        index >= 2 and norms[index - 1] in {"and", "or"} and norms[index - 2] in _LIKE_VERB_PAIRS
    )


def _like_means_as(norms: list[str], index: int) -> bool:
    """True when "like" at `index` introduces a clause of its own: "like I said", "like we
    agreed", "like planned", "like a detective would", "like the old rota did"."""
    following = norms[index + 1 : index + 5]
    if not following:
        return False
    if following[0] in _LIKE_AS_VERBS:
        return True
    if len(following) >= 2 and following[0] in _LIKE_AS_SUBJECTS - {"the"}:
        return following[1] in _LIKE_AS_VERBS
    if following[0] in {"a", "an", "the", "my", "our", "any"}:
        # the determiner, one or two words of noun phrase, then the comparison's own verb
        return any(word in _LIKE_COMPARISON_VERBS for word in following[2:4])
    return False


def only_fillers(text: str) -> bool:
    """Whether `text` holds words and every one is a filler ("um... uh", "er, you know"):
    nothing was said to judge, as with silence (breaker13 B7). An answer of fillers alone is
    then an empty answer: not scored, not followed up, left out of averages and trends."""
    from simulator.speech.stt import Transcript

    tokens = tokenize(Transcript(text=text))
    words = {index for index, token in enumerate(tokens) if token.norm}
    if not words:
        return False
    covered = {
        filler.token_index + step
        for filler in find_fillers(tokens)
        for step in range(len(filler.text.split()))
    }
    return words <= covered


def filler_report(tokens: tuple[Token, ...], speaking_minutes: float | None) -> FillerReport:
    items = find_fillers(tokens)
    per_minute = (
        len(items) / speaking_minutes if speaking_minutes is not None and speaking_minutes > 0
        else None
    )
    # Typed text has no time: its rate is taken over its words.
    words = sum(1 for t in tokens if t.norm) if speaking_minutes is None else None
    return FillerReport(len(items), per_minute, items, speaking_minutes, words)
