"""Did a "what do you know about us" answer use what the candidate had researched?

The facts are the company profile's own lines (news items, competitors, values, the role's
title), passed in as plain text so this stays pure. For each fact the check says whether the
answer used it, and, where the answer speaks about a fact but gets a figure or a name different
from the profile (the fourth depot where the profile says the third, March for May, a competitor
the profile does not list), what it said and what the profile says.

The matching is by words, deliberately plain: a news line is spoken about when one sentence of
the answer (a line or bullet of typed notes counts as one) shares at least `NEWS_SHARED_WORDS`
of its significant words (by their Snowball stems, `stem`: "opened" meets "opening", "opera"
never "operations"; one more, short words too, when it states none of the line's figures:
"the failed delivery rate" touches the topic of "we cut failed deliveries by 18%" without
telling it), or one of them and a kind of
figure when no other line is closer ("revenue up 15%"), and is used when the figures of that
sentence that belong to it (`_owned_anchors`: in a sentence about two lines, each figure goes
to its own line) and its names contradict none of the line's (months also written short,
"Sept"; "12 percent" is "12%"; else it is only in `wrong`); a competitor or a value is used when
its name (a competitor's whole name or the word it goes by for short, "DHL" for "DHL Supply
Chain", `short_name`; for a value, one of its cue words) appears; a name said as a competitor
(near "compete", "vs", "bigger than", or listed beside a listed competitor) that the profile
does not list is in `wrong` as a competitor, which costs nothing (`company_answer`); the role
is used when a sentence talks about the job (`role_words`: the whole title, a duty, "this role",
"I would help"), leaving out the words it shares with the news it repeats."""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal

from simulator.analysis.word_forms import phrase_starts

FactKind = Literal["news", "competitor", "value", "role"]

NEWS_SHARED_WORDS = 2
"""Significant words a sentence of the answer must share with a news line to speak about it."""
_STEMMER: list[Any] = []
"""The Snowball English (Porter2) stemmer, made on first use (its package loads 8 ms of
stemmers for 34 languages): a word's inflections share its stem ("opened", "opening", "opens":
"open"; "deliveries", "delivery": "deliveri") while words that only begin alike do not
("opera", "operations": "opera", "oper"; "staffing", "stafford"). Compared on their first five
letters, as before, those met. One stemmer object keeps the word it works on, so calls take
`_STEMMER_LOCK` (the room analyses in worker threads)."""
_STEMMER_LOCK = threading.Lock()


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The Snowball stem of `word`, lower case ("Opened" -> "open"), a doubled last letter
    written once: Snowball undoubles it after an ending it cuts ("staffing" -> "staf") but
    keeps it in the bare word ("staff"), so the two would not meet."""
    with _STEMMER_LOCK:
        if not _STEMMER:
            import snowballstemmer

            _STEMMER.append(snowballstemmer.stemmer("english"))
        found = str(_STEMMER[0].stemWord(word.lower()))
    if len(found) > 3 and found[-1] == found[-2] and found[-1] not in "aeiou":
        return found[:-1]
    return found

_STOP = frozenset(
    """about after again also been before being both could does doing done each even ever
    from have having here into just last like made make many more most much must next only
    other over same should some such than that their them then there these they this those
    through under until very want was were what when where which while will with would your
    yours ours year years month months lately recent recently new news""".split()  # noqa: SIM905
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_COUNTS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_SHORT = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
"""Month abbreviations as notes write them ("opened Sept", "Oct 2026"), by the month they mean."""
_SHORT_ONLY_CAPITALISED = frozenset({"jan", "mar", "dec"})
"""Abbreviations that are also other words ("mar" the verb, "dec" in "dec lights"): a month only
when written with a capital, as "May" is."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?(?:st|nd|rd|th|%)?")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?:[-–•*]|\d{1,2}\)|\d\.)\s+")
"""Where a sentence ends: after . ! ? ;, at a line break, and before a bullet (" - ", " • ",
" 2) ", " 3. ") in notes typed on one line. A figure ending a sentence ("... by 18% in 2025.
Your rivals ...") is no bullet: a numbered bullet is one digit before a full stop, two before
a bracket."""
_FIGURE_KINDS = frozenset({"percent", "month", "ordinal", "year"})
"""Figures that tie a short note to a news line sharing only one word with it: "revenue up 15%"
speaks about "Revenue grew 12% ...", and so contradicts it."""
_LISTED_BESIDE = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b|\bnor\b)\s*(?:\band\b\s*)?")
"""What joins two names in a list ("FreshRoute, Ocado", "FreshRoute and Tesco")."""
_NAME_WORDS_NOT_NAMES = frozenset(
    "i i'm i've i'd i'll we you they he she it the a an and but so also ok okay yes no".split()  # noqa: SIM905
)
_COMPETING = re.compile(
    r"compet\w*|rivals?|against|versus|vs|players?|alternatives?|beat|beats|beating|than"
    r"|outsell\w*|outperform\w*"
)
"""Words (one at a time, lower case) that make a sentence about competing."""
COMPETING_WINDOW = 6
"""A name counts as said to be a competitor within this many words of such a word."""
_PLACE_BEFORE = frozenset(
    "in at across around throughout near from into outside within inside".split()  # noqa: SIM905
)
"""Words before a name that make it a place, not a company: "beat ParcelNorth in Sheffield and
Hull" names two towns where it beats a competitor, not two more competitors."""
ANSWERED_WINDOW = 3
"""A competing word followed within this many words by a listed competitor ("cheaper than
SwiftDrop's") has its other side named; the names before it are what is compared with that
competitor (the company's own hub, a region), not competitors."""


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    text: str
    """The profile's own words: a news line, a competitor's name, a value's name, a title."""


@dataclass(frozen=True)
class Mismatch:
    """The answer spoke about a fact but said something the profile contradicts."""

    fact: Fact
    said: str
    """The answer's word or name ("fourth", "Riga", "Nordline")."""
    profile_says: str
    """The profile's word or names at that place ("third", "Tallinn", "Baltic Link")."""

    @property
    def note(self) -> str:
        if self.fact.kind == "competitor":
            return (
                f"You named \u201c{self.said}\u201d as a competitor; the profile lists "
                f"{self.profile_says}. If they are one, add them to the profile, so practice "
                "checks what you say about them."
            )
        return (
            f"You said \u201c{self.said}\u201d where the profile says "
            f"\u201c{self.profile_says}\u201d ({self.fact.kind}: {self.fact.text})."
        )


@dataclass(frozen=True)
class FactCheck:
    used: tuple[Fact, ...]
    missed: tuple[Fact, ...]
    wrong: tuple[Mismatch, ...]
    asked: tuple[Fact, ...] = ()
    """The facts a narrow question names (the news line it is built on, the competitors it
    names: "How does [the hub] change things for us against Maersk and DHL?"); the answer is
    judged on these and the role, and nothing else is missed. Empty for a broad question
    ("what do you know about us"), judged on everything the profile holds."""

    def to_dict(self) -> dict[str, object]:
        """The stored form (session.json, a turn's analysis key "company_facts")."""

        def fact(item: Fact) -> dict[str, str]:
            return {"kind": item.kind, "text": item.text}

        return {
            "used": [fact(f) for f in self.used],
            "missed": [fact(f) for f in self.missed],
            "wrong": [
                {**fact(m.fact), "said": m.said, "profile_says": m.profile_says, "note": m.note}
                for m in self.wrong
            ],
            "asked": [fact(f) for f in self.asked],
        }


def check_facts(
    answer: str,
    *,
    company: str,
    news: Sequence[str] = (),
    competitors: Sequence[str] = (),
    values: Sequence[tuple[str, Sequence[str]]] = (),
    role: str = "",
    duties: Sequence[str] = (),
    question: str = "",
    shown: Collection[str] = (),
) -> FactCheck:
    """Which of the profile's facts `answer` used, missed or got wrong. `values` are (name, cue
    words) pairs (`simulator.interview.company.CompanyValue`), and `shown` the names of those the
    answer connects to by other words (`CompanyProfile.connections`: the meaning the user wrote
    for a value), which it used too: one card never says "Connected to the value X" and "You
    missed: value X" (breaker15 B13); `company` is the company's name,
    never counted as a competitor the answer made up; `duties`, the role's expectations, each
    of which told counts as using the role; `question`, the question answered: a news line it
    is built on (quotes: "You will have seen that we launched ...: how does it change ...") is
    spoken about by a sentence sharing one significant word with it, since the interviewer set it as
    the topic.

    A figure is checked against the news line it belongs to: in a sentence about two news
    lines ("you launched X in March 2026 and cut Y by 18% in 2025"), each figure goes to the
    line with that very figure, else to the line whose words stand nearest to it; a line
    that shares only a word or two with a sentence mostly about another line (a year beside
    "deliveries" in a sentence about the cut in failed deliveries) is not what that sentence
    is about, so its figures are not held against it."""
    answer = as_listed(answer, competitors)
    sentences = [
        clause
        for s in _SENTENCE_END.split(answer) if s.strip()
        for clause in _clauses(s)
    ] or [answer]
    caseless = _caseless(sentences)
    lowered = f" {' '.join(w.lower() for w in _WORD.findall(answer))} "
    used: list[Fact] = []
    missed: list[Fact] = []
    wrong: list[Mismatch] = []
    known_names = {_squash(company), *(_squash(c) for c in competitors)}
    # The question quotes the line it is built on (every significant word of it).
    topics = {line for line in news if _stems(line) and _stems(line) <= _stems(question)}
    about = [_news_about(sentence, news, known_names, topics) for sentence in sentences]
    for line in news:
        fact = Fact("news", line)
        told = [index for index, lines in enumerate(about) if line in lines]
        if not told:
            missed.append(fact)
            continue
        best = max(told, key=lambda index: _closeness(line, sentences[index]))
        sentence = sentences[best]
        owned = _owned_anchors(sentence, line, about[best])
        # A news item told with a figure or name the profile contradicts is wrong, not used:
        # listing it under both would tell the candidate it was right.
        contradicted = list(_contradictions(fact, sentence, known_names, owned, caseless))
        if contradicted:
            wrong.extend(contradicted)
        else:
            used.append(fact)
    said = f" {_squash(answer)} "
    asked_text = f" {_squash(question)} "
    asked = [Fact("news", line) for line in news if line in topics]
    for name in competitors:
        fact = Fact("competitor", name)
        short = short_name(name, [company, *competitors])
        named = f" {_squash(name)} " in said or bool(short and f" {short} " in said)
        (used if named else missed).append(fact)
        if f" {_squash(name)} " in asked_text or (short and f" {short} " in asked_text):
            asked.append(fact)
    # The profile's own names (its values, the role's title) are never a made-up competitor.
    own_names = {_squash(v) for v, _ in values} | ({_squash(role)} if role.strip() else set())
    wrong.extend(
        _made_up_competitors(sentences, competitors, known_names | own_names, news, caseless)
    )
    for value, cues in values:
        fact = Fact("value", value)
        words = [value.lower(), *cues]
        hit = value in shown or any(value_cue_heard(lowered, cue) for cue in words)
        (used if hit else missed).append(fact)
    if role.strip():
        fact = Fact("role", role)
        linked = any(
            role_words(sentence, role, duties, [*lines], field=bool(asked))
            for sentence, lines in zip(sentences, about, strict=True)
        )
        (used if linked else missed).append(fact)
    if asked:
        # A narrow question is judged on what it asks: the other facts were not asked for.
        missed = [f for f in missed if f in asked or f.kind == "role"]
        named_them = f" {_squash(company)} " in said if company.strip() else False
        if not (named_them or _ABOUT_THEM.search(lowered) or any(
                f.kind in ("competitor", "role") for f in used)):
            # The news's words told only of the speaker's own life ("I had my knee done in a
            # day unit", to what a new day surgery unit means against a rival) do not answer
            # what it means for them (breaker15 B15: an answer about the candidate's own car
            # and children scored twice a prepared answer with two slips).
            missed = [*missed, *(f for f in used if f in asked)]
            used = [f for f in used if f not in asked]
    return FactCheck(tuple(used), tuple(missed), tuple(wrong), tuple(asked))


_ABOUT_THEM = re.compile(
    r" (you(?! know | see | can imagine )|your|yours|you're|you've|you'll|you'd"
    r"|the (company|business|firm|group|trust|organisation|organization|bank|hospital|council)"
    r"|this (company|business|role|job|post)|here|us) "
)
"""Words that speak of the company asked about ("you", "your patients", "the business",
"here"), in lower-case words with spaces around: not "you know" said to fill a pause."""


_COUNT_BEFORE = re.compile(
    rf"(?:\d[\d,.]*|{'|'.join(_COUNTS)}|a few|several|some|many|dozens? of|hundreds of)"
    r"\s+(?:more\s+|other\s+|big\s+|main\s+|regular\s+|new\s+)?$"
)
"""A count just before a word ("three customers", "12 clients", "a few patients"): the people
counted as the story's scenery, not served in it."""


_PEOPLE = re.compile(
    r"(customer|client|shopper|buyer|guest|patient|passenger|user|resident|member|visitor"
    r"|tenant|student|pupil|colleague|people|staff)"
)
"""Cue words for the people a value is about: counted ("three customers") they are scenery."""


def value_cue_heard(text: str, cue: str) -> bool:
    """Whether `text` (lower case words) shows a company value by its `cue` (any form, whole
    words, `word_forms.has_phrase`), leaving out people only counted ("vans came back empty
    from the same three customers" shows nothing of "Customers first"; "9,000 euros less" is
    still money saved)."""
    counted_out = _PEOPLE.match(cue) is not None
    return any(
        not (counted_out and _COUNT_BEFORE.search(text[max(0, at - 30) : at]))
        for at in phrase_starts(text, cue)
    )


_NAME_TAILS = frozenset("""
    the a an and of royal general national united international global world first new north
    south east west great big city british american european euro best prime express logistics
    supply chain group holdings ltd limited inc plc llc gmbh co company corporation corp partners
    services solutions systems technologies freight transport health care bank
""".split())  # noqa: SIM905
"""Words that open or fill many company names ("Royal", "Global", "Logistics", "Ltd"): such a
first word alone does not name one company."""


def short_name(name: str, names: Sequence[str] = ()) -> str:
    """The word a company is called by for short, lower case ("dhl" for "DHL Supply Chain",
    "maersk" for "Maersk Logistics"): the first word of a name of two or more, when it is no
    word many names share (`_NAME_TAILS`) and no other of `names` (the company itself, the other
    competitors) opens on it; "" otherwise."""
    words = _squash(name).split()
    if len(words) < 2 or words[0] in _NAME_TAILS or words[0] in _STOP or len(words[0]) < 2:
        return ""
    first = words[0]
    others = [_squash(n).split() for n in names if _squash(n) != _squash(name)]
    return "" if any(other[:1] == [first] for other in others) else first


JOB_TALK = re.compile(
    r"\b(this|the|that) (role|job|position|post|team|work)\b"
    r"|\bas (a|an|the|your) (?!result\b)[a-z]+"
    r"|\bi (would|could|can|will|'d|want to|hope to) (help|bring|use|own|build|run|improve"
    r"|support|fix|cut|make|take|lead|start)\b|\bi (would|could|can|will|'d|want to|hope to)"
    r" (grow (the|your|our|its|a|an)|work (on|as))\b|\bi'd (help|bring|use|own|build"
    r"|support|fix|cut|like)\b|\bmy (skills?|experience|background|work)\b"
    r"|\b(fits?|match(es)?) (my|what i)\b|\b(kind|sort|type|line) of (work|job|role)\b",
    re.IGNORECASE,
)
"""Words that talk about the job itself: "this role", "as a ward manager", "I would help",
"I could build", "my experience". What the candidate would get from any job, or wanting one at
all ("I want to work here", "I can learn a lot and grow"), is no talk about this one (breaker15
B14); growing something or working on it is ("I could grow the night service", "I would work on
the rota")."""


_PERSON_WORDS = frozenset("""
    analyst manager lead leader senior junior head officer specialist associate assistant
    coordinator director executive consultant advisor adviser representative supervisor
    principal chief deputy trainee intern graduate operations
""".split())  # noqa: SIM905
"""Title words that name the person or their rank, not the field of the work: what is left of
"Operations Data Analyst" is "data"."""


def role_words(
    sentence: str,
    role: str,
    duties: Sequence[str] = (),
    news: Sequence[str] = (),
    *,
    field: bool = False,
) -> str:
    """The words of `sentence` that link it to the role ("" when none): the role's whole
    title (`role`), two significant words of one of its `duties`, or talk about the job
    (`JOB_TALK`); with `field` (an answer to a narrow question about one piece of news), also
    a word of the title's field ("the data on late deliveries" for an Operations Data Analyst:
    what the news means for that work). Words the sentence shares with the `news` lines it is
    about do not count: repeating "we opened a new acute medical unit" is news, not the job of
    "Ward Manager, Acute Medicine"."""
    own = _stems(sentence) - {stem for line in news for stem in _stems(line)}
    title = _stems(role)
    if title and title <= own:
        return role
    work = title - {stem(w) for w in _PERSON_WORDS}
    if field and work & own:
        return next(w for w in _WORD.findall(sentence) if stem(w) in work & own)
    for duty in duties:
        if len(_stems(duty) & own) >= min(NEWS_SHARED_WORDS, len(_stems(duty))) > 0:
            return duty
    named = _title_work(sentence, role, own)
    if named:
        return named
    found = JOB_TALK.search(" ".join(w.lower() for w in _WORD.findall(sentence)))
    return found.group(0) if found else ""


def _title_work(sentence: str, role: str, own: set[str]) -> str:
    """The words of `sentence` that name two words of the role's title or more, one of them
    its work rather than its rank (`_PERSON_WORDS`), in any form and an agent noun by its verb
    ("I want to plan maintenance for the fleet" and "as maintenance planner" for a Fleet
    Maintenance Planner, breaker15 B14): the job told in the speaker's words, with or without an
    article. "" when it names fewer."""
    words = [w for w in _WORD.findall(role) if w.isalpha() and len(w) > 3
             and w.lower() not in _STOP]
    if len(words) < 2:
        return ""

    def forms(word: str) -> set[str]:
        found = {stem(word)}
        low = word.lower()
        if low.endswith(("er", "or")) and len(low) > 5:
            found |= {stem(low[:-2]), stem(low[:-1])}  # planner -> plan, driver -> drive
        return found

    hits = [w for w in words if forms(w) & own]
    if len(hits) < 2 or all(w.lower() in _PERSON_WORDS for w in hits):
        return ""
    said = [w for w in _WORD.findall(sentence)
            if any(stem(w) in forms(h) for h in hits)]
    return " ".join(dict.fromkeys(w.lower() for w in said))


def _news_about(
    sentence: str, news: Sequence[str], known_names: set[str], topics: set[str]
) -> list[str]:
    """The news lines `sentence` is about, most closely first: a line it shares enough
    significant words with (`_speaks_about`), a line it shares one word and a kind of figure
    with when no other line is closer (a note: "revenue up 15%"), a line it names a name of
    (the "Leipzig hub"), or a line of the question's own topic (`topics`) it shares a word
    with. A line whose figures it does not state needs more of its words: "the failed delivery
    rate" is the topic of "We cut failed first deliveries by 18%", not the fact."""
    closeness = {line: _closeness(line, sentence) for line in news}
    top = max((shared for shared, _ in closeness.values()), default=0)
    said = {a.kind for a in _anchors(sentence)}
    found: list[str] = []
    for line in news:
        shared, figures = closeness[line]
        kinds = {a.kind for a in _anchors(line)}
        # A line whose figures the sentence leaves out is told by its event, not its topic:
        # one more of its words, short ones too ("cut failed deliveries", not "the failed
        # delivery rate").
        told = (not kinds or bool(kinds & said)) or len(
            _short_words(line) & _short_words(sentence)
        ) >= min(NEWS_SHARED_WORDS + 1, len(_short_words(line)))
        if (
            (told and shared >= min(NEWS_SHARED_WORDS, len(_stems(line))) > 0)
            or (shared >= 1 and figures >= 1 and shared == top)
            or (line in topics and shared >= 1)
            or _names_news(line, sentence, known_names)
        ):
            found.append(line)
    return sorted(found, key=lambda line: closeness[line], reverse=True)


def _owned_anchors(sentence: str, line: str, lines: Sequence[str]) -> list[_Anchor]:
    """The figures of `sentence` that belong to the news `line`, of the `lines` it is about:
    every figure when it is about that line alone; else a figure the line itself has, or one
    no other line has whose words stand nearer to `line`'s."""
    mine = _anchors(sentence)
    if len(lines) <= 1:
        return mine
    tokens = [t.lower() for t in _WORD.findall(sentence)]
    places = {
        other: [i for i, t in enumerate(tokens) if stem(t) in _stems(other)]
        for other in lines
    }
    figures = {other: {(a.kind, a.value) for a in _anchors(other)} for other in lines}

    def distance(anchor: _Anchor, other: str) -> int:
        return min((abs(anchor.at - i) for i in places[other]), default=len(tokens))

    owned: list[_Anchor] = []
    for anchor in mine:
        having = [o for o in lines if (anchor.kind, anchor.value) in figures[o]]
        owner = min(having or lines, key=lambda other: distance(anchor, other))
        if owner == line:
            owned.append(anchor)
    return owned


_NAME_PART = re.compile(r"[A-Za-z0-9]+")
_NAME_GAP = re.compile(r"[\s-]+")
_MOST_PARTS = 4


def as_listed(answer: str, names: Sequence[str]) -> str:
    """`answer` with each name of `names` spelled as listed where it is said with other spaces
    or hyphens ("Swift Box", "swift-box" for SwiftBox; "Parcelwise" for "Parcel Wise"), as
    speech recognizers write one-word brand names (breaker14 B7); an answer in lower case keeps
    it. Nothing else changes."""
    glued = {_NAME_GAP.sub("", name.lower()): name for name in names if name.strip()}
    if not glued:
        return answer
    parts = list(_NAME_PART.finditer(answer))
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(parts):
        for size in range(min(_MOST_PARTS, len(parts) - index), 0, -1):
            window = parts[index : index + size]
            if any(_NAME_GAP.fullmatch(answer[a.end() : b.start()]) is None
                   for a, b in pairwise(window)):
                continue
            name = glued.get("".join(p.group(0).lower() for p in window))
            said = answer[window[0].start() : window[-1].end()]
            if name is not None and said != name:
                found.append((window[0].start(), window[-1].end(),
                              name.lower() if said.islower() else name))
                index += size - 1
                break
        index += 1
    for start, end, name in reversed(found):
        answer = answer[:start] + name + answer[end:]
    return answer


def _squash(text: str) -> str:
    """`text`'s words in lower case, one space apart, a possessive "'s" dropped ("SwiftDrop's"
    is said as "swiftdrop")."""
    return " ".join(_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text))


_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")


def _stems(text: str) -> set[str]:
    """The significant words of `text`, as their stems (`stem`); a figure written as a word
    ("first", "twelve", "March") is a figure (`_anchors`), not one of them."""
    # A hyphenated word counts by its parts: "cross-dock" is said as "cross dock" too.
    parts = (p for w in _WORD.findall(text) for p in re.split(r"[-–]", w) if p)
    return {
        stem(w)
        for w in parts
        if len(w) > 3 and w.isalpha() and w.lower() not in _STOP
        and w.lower() not in _ORDINALS and w.lower() not in _COUNTS and not _month(w)
    }


_SHORT_STOP = frozenset((
    "the", "and", "for", "you", "our", "was", "are", "has", "had", "but", "not", "its", "all",
    "any", "can", "did", "got", "who", "how", "why", "per", "via", "out", "off", "too", "yet",
    "new", "one", "two", "six", "ten",
))


def _short_words(text: str) -> set[str]:
    """`_stems` with the three-letter words kept too ("cut", "won", "bed")."""
    return _stems(text) | {
        w.lower() for w in _WORD.findall(text)
        if len(w) == 3 and w.isalpha() and w.lower() not in _SHORT_STOP
    }


def _month(token: str) -> str:
    """The month `token` names ("October", "Oct", "sept."), else ""; "May" and the short forms
    that are also other words only with a capital."""
    word = token.lower().rstrip(".")
    if word in _MONTHS:
        return word if word != "may" or token[0].isupper() else ""
    if word in _MONTH_SHORT and (word not in _SHORT_ONLY_CAPITALISED or token[0].isupper()):
        return _MONTH_SHORT[word]
    return ""


def _closeness(line: str, sentence: str) -> tuple[int, int]:
    """How closely `sentence` speaks about the news `line`: shared significant words, then
    shared kinds of figure (a percentage, a month, an ordinal, a year)."""
    kinds = {a.kind for a in _anchors(line)} & {a.kind for a in _anchors(sentence)}
    return len(_stems(line) & _stems(sentence)), len(kinds & _FIGURE_KINDS)


def _speaks_about(line: str, sentence: str) -> bool:
    """`sentence` is about the news `line`: it shares NEWS_SHARED_WORDS of its significant words
    (all of them for a shorter line), or one of them and a kind of figure, as a note does
    ("revenue up 15%" for "Revenue grew 12% last year")."""
    shared, figures = _closeness(line, sentence)
    return shared >= min(NEWS_SHARED_WORDS, len(_stems(line))) or (shared >= 1 and figures >= 1)


def _names_news(line: str, sentence: str, known_names: set[str]) -> bool:
    """`sentence` says a name of the news `line` (a place, a product, a partner: a capitalised
    word inside it, in any case) that is not one of `known_names` (the company, competitors),
    and one more of the line's words (`_part_stems`: "the Ostrava dock" for "a cross-dock in
    Ostrava"). The name alone is where a story happened, not the news: "I cut near misses at
    Kingsford" tells nothing of "We opened a new aseptic unit in Kingsford"."""
    words = {w.lower() for w in _WORD.findall(sentence)}
    for name in _names(line):
        parts = _squash(name.text).split()
        if _squash(name.text) in known_names or not all(part in words for part in parts):
            continue
        others = _part_stems(line) - {stem(part) for part in parts}
        if others & _part_stems(sentence):
            return True
    return False


def _part_stems(text: str) -> set[str]:
    """The stems of `text`'s words of three letters or more, a hyphenated word's parts each
    ("cross-dock": "cross", "dock"), leaving out short and common words."""
    parts = (p for w in _WORD.findall(text) for p in w.lower().split("-"))
    return {
        stem(p) for p in parts
        if len(p) >= 3 and p.isalpha() and p not in _STOP and p not in _SHORT_STOP
        and p not in _ORDINALS and p not in _COUNTS and not _month(p)
    }


@dataclass(frozen=True)
class _Anchor:
    kind: str
    """"year", "month", "ordinal", "count" or "percent"."""
    value: int | float | str
    surface: str
    at: int = 0
    """Index of its word among the text's words."""


_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _number_said(tokens: Sequence[str], index: int) -> tuple[float, int] | None:
    """A number said in more than one word from `tokens[index]` on ("four hundred thousand",
    "twenty five", "1.2 million", "two hundred and fifty"), and how many words it took; None
    for a number of one word or none. "You replaced the billing system for four hundred
    thousand households" was held against the profile's "400,000" as "four" (a wrong fact,
    −15)."""
    total = current = 0.0
    used = 0
    for at in range(index, len(tokens)):
        word = tokens[at].lower()
        if used == 0 and re.fullmatch(r"\d+(?:\.\d+)?", word):
            current = float(word)
        elif word in _COUNTS and word != "hundred" and (
                used == 0
                # "twenty five"
                or (_COUNTS[word] < 10 and current % 100 >= 20 and current % 10 == 0)
                # "two hundred (and) fifty", "a thousand and six"
                or (current >= 100 and current % 100 == 0)
                or (current == 0 and total > 0)):
            current += _COUNTS[word]
        elif word == "hundred" and used and 0 < current < 100:
            current *= 100
        elif word in _SCALES and used and current:
            total += current * _SCALES[word]
            current = 0.0
        elif word == "and" and used and at + 1 < len(tokens) and tokens[at + 1].lower() in _COUNTS:
            pass
        else:
            break
        used += 1
    if used < 2:
        return None
    return total + current, used


def _anchors(text: str) -> list[_Anchor]:
    found: list[_Anchor] = []
    tokens = _WORD.findall(text)
    skip = 0
    for index, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        word = token.lower()
        said = _number_said(tokens, index)
        if said is not None:
            value, length = said
            skip = length - 1
            found.append(_Anchor("count", value, " ".join(tokens[index : index + length]),
                                 index))
            continue
        after = " ".join(t.lower() for t in tokens[index + 1 : index + 3])
        number = _COUNTS.get(word) or (
            float(word.replace(",", "")) if re.fullmatch(r"\d+(?:,\d\d\d)*(?:\.\d+)?", word)
            else None
        )
        if number is not None and re.match(r"(percent|per cent|pct)\b", after):
            # "12 percent", "twelve per cent": a percentage, as "12%" is.
            unit = "per cent" if after.startswith("per cent") else after.split()[0]
            found.append(_Anchor("percent", float(number), f"{token} {unit}", index))
        elif word in _ORDINALS:
            found.append(_Anchor("ordinal", _ORDINALS[word], token, index))
        elif word in _COUNTS:
            found.append(_Anchor("count", _COUNTS[word], token, index))
        elif month := _month(token):
            found.append(_Anchor("month", month, token, index))
        elif match := re.fullmatch(r"(\d+)(st|nd|rd|th)", word):
            found.append(_Anchor("ordinal", int(match.group(1)), token, index))
        elif word.endswith("%"):
            found.append(_Anchor("percent", float(word[:-1].replace(",", ".")), token, index))
        elif re.fullmatch(r"(19|20)\d\d", word):
            found.append(_Anchor("year", int(word), token, index))
        elif re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            found.append(_Anchor("count", float(word.replace(",", "")), token, index))
    return found


@dataclass(frozen=True)
class _Name:
    text: str
    before: str
    """The two words before it, lower case, the first as its stem (`stem`): "cross to" in
    "the night crossing to Tallinn"."""
    at: int
    """Index of its first word among the sentence's words."""
    start: int = 0
    end: int = 0
    """Where it stands in the sentence (characters)."""


def _names(sentence: str) -> list[_Name]:
    """Capitalised words and runs of them, leaving out the sentence's first word (capitalised
    for grammar, not as a name), months and the pronoun I. A comma or other mark between two
    capitalised words ends the run: "FreshRoute, Ocado" is two names."""
    found = list(_WORD.finditer(sentence))
    tokens = [m.group() for m in found]
    names: list[_Name] = []
    run: list[str] = []
    for index, token in enumerate([*tokens, ""]):
        joined = (
            not run
            or (index < len(tokens)
            and sentence[found[index - 1].end() : found[index].start()].isspace())
        )
        is_name = (
            0 < index < len(tokens)
            and token[:1].isupper()
            and token.lower() not in _NAME_WORDS_NOT_NAMES
            and not _month(token)
        )
        if is_name and joined:
            run.append(token)
            continue
        if run and len("".join(run)) == 1:
            run = []  # one letter ("D" of a recognised "D9") is no name
        if run:
            first = index - len(run)
            two = [t.lower() for t in tokens[max(0, first - 2) : first]]
            before = " ".join([*(stem(w) for w in two[:-1]), *two[-1:]])
            names.append(_Name(" ".join(run), before, first, found[first].start(),
                               found[index - 1].end()))
            run = []
        if is_name:
            run.append(token)
    return names


def _contradictions(
    fact: Fact,
    sentence: str,
    known_names: set[str],
    mine: Sequence[_Anchor],
    caseless: bool = False,
) -> Iterable[Mismatch]:
    """Figures (`mine`: the sentence's that belong to this news line) and names of the sentence
    that differ from the news line's of the same kind; in a `caseless` answer (spoken in lower
    case, or recognised so), the word standing where the line has its name ("hub in leeds"
    against "hub in Hull") is said as that name."""
    theirs = _anchors(fact.text)
    for kind in dict.fromkeys(a.kind for a in theirs):
        expected = [a for a in theirs if a.kind == kind]
        said = [a for a in mine if a.kind == kind]
        if said and not {a.value for a in said} & {a.value for a in expected}:
            # A figure written as digits is the likelier claim than a "one" in passing.
            said.sort(key=lambda a: not any(c.isdigit() for c in a.surface))
            yield Mismatch(fact, said[0].surface, expected[0].surface)
    # A name is contradicted only in the same place: "crossing to Riga" against "crossing to
    # Tallinn", not any other name the sentence holds ("I read in Postimees ...").
    fact_names = [n for n in _names(fact.text) if _squash(n.text) not in known_names]
    fact_words = {w for n in fact_names for w in _squash(n.text).split()}
    for name in _names(sentence):
        if _squash(name.text) in known_names or fact_words & set(_squash(name.text).split()):
            continue
        same_place = [n.text for n in fact_names if n.before and n.before == name.before]
        if same_place:
            yield Mismatch(fact, name.text, ", ".join(same_place))
            return
    if caseless:
        for name in fact_names:
            instead = _in_place_of(sentence, name, known_names)
            if instead:
                yield Mismatch(fact, instead, name.text)
                return


def _made_up_competitors(
    sentences: Sequence[str],
    competitors: Sequence[str],
    known_names: set[str],
    news: Sequence[str],
    caseless: bool = False,
) -> Iterable[Mismatch]:
    """Names said as competitors (in a sentence about competing) that the profile does not
    list; only when the profile lists competitors to compare with. In a `caseless` answer, a
    word listed beside a listed competitor ("beat northway and fernlink") is said as one."""
    if not competitors:
        return
    if caseless:
        yield from _listed_beside_caseless(sentences, competitors, known_names, news)
        return
    in_news = {w for line in news for n in _names(line) for w in _squash(n.text).split()}
    listed = ", ".join(competitors)
    seen: set[str] = set()
    for sentence in sentences:
        words = [w.lower() for w in _WORD.findall(sentence)]
        cues = [i for i, word in enumerate(words) if _COMPETING.fullmatch(word)]
        names = _names(sentence)
        # A name listed beside a listed competitor ("FreshRoute and Tesco") is said as one too.
        cues += [
            name.at
            for before, after in pairwise(names)
            for name in (before, after)
            if _LISTED_BESIDE.fullmatch(sentence[before.end : after.start])
            and {_squash(before.text), _squash(after.text)} & set(map(_squash, competitors))
        ]
        if not cues:
            continue
        rivals = set(map(_squash, competitors)) | {
            short for c in competitors if (short := short_name(c, competitors))
        }
        answered = {
            cue for cue in cues
            if any(0 < n.at - cue <= ANSWERED_WINDOW and _squash(n.text) in rivals for n in names)
        }
        places = _places(sentence, names)
        for name in names:
            squashed = _squash(name.text)
            if squashed in known_names or squashed in seen or set(squashed.split()) & in_news:
                continue
            if any(squashed in known or known in squashed for known in known_names):
                continue
            if name.at in places:
                continue
            near = [
                cue for cue in cues
                if abs(name.at - cue) <= COMPETING_WINDOW
                and not (cue in answered and name.at < cue)
            ]
            if not near:
                continue  # a name elsewhere in the sentence ("I worked at Tallink") is no claim
            seen.add(squashed)
            yield Mismatch(Fact("competitor", listed), name.text, listed)


def _places(sentence: str, names: Sequence[_Name]) -> set[int]:
    """Where (`_Name.at`) `sentence` names a place: after "in", "across", "from"...
    (`_PLACE_BEFORE`), and a name listed beside a place ("in Sheffield and Hull")."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    places: set[int] = set()
    previous: _Name | None = None
    for name in names:
        if (name.at > 0 and words[name.at - 1] in _PLACE_BEFORE) or (
            previous is not None
            and previous.at in places
            and _LISTED_BESIDE.fullmatch(sentence[previous.end : name.start])
        ):
            places.add(name.at)
        previous = name
    return places


def _caseless(sentences: Sequence[str]) -> bool:
    """The answer is written without capitals (spoken style typed in lower case, a recognizer
    that writes none): no word but a sentence's first and "I" begins with one, so names cannot
    be told by their case."""
    for sentence in sentences:
        words = _WORD.findall(sentence)[1:]
        if any(w[:1].isupper() and w.lower() not in _NAME_WORDS_NOT_NAMES for w in words):
            return False
    return True


CLAUSE_WORDS = 25
"""A sentence longer than this many words (a run-on spoken answer) is checked clause by clause,
split at its commas, so that one clause's figures and names are held against the news it tells
and not against another line the rest of the sentence is closer to."""


def _clauses(sentence: str) -> list[str]:
    """`sentence`, or its comma-separated clauses when it is longer than `CLAUSE_WORDS`; a list
    of names ("Baltline, DSV and Raben") stays whole, since a clause of one or two words joins
    the one before it."""
    if len(_WORD.findall(sentence)) <= CLAUSE_WORDS:
        return [sentence]
    clauses: list[str] = []
    for part in sentence.split(","):
        if clauses and len(_WORD.findall(part)) <= 2:
            clauses[-1] = f"{clauses[-1]},{part}"
        elif part.strip():
            clauses.append(part)
    return clauses or [sentence]


_ORDINARY = frozenset("""
    others other ones friends similar rest more less many few everyone everybody anyone nobody
    smaller bigger larger newer older local national big small etc firms companies players
    rivals competitors carriers brands people customers
""".split())  # noqa: SIM905
"""Words that end a list of companies without naming one ("Raben and others")."""


def _name_like(word: str, known_names: set[str]) -> bool:
    """`word` (lower case) could be a name where case cannot tell: a word of three letters or
    more, no short or common word, month, count or ordinal, and none of `known_names`."""
    return (
        len(word) >= 3 and word.isalpha() and not word.endswith("ly")  # "mainly", "probably"
        and word not in _STOP and word not in _SHORT_STOP
        and word not in _NAME_WORDS_NOT_NAMES and word not in _ORDINARY
        and word not in _ORDINALS and word not in _COUNTS and not _month(word)
        and not _COMPETING.fullmatch(word)
        and not any(word in known.split() for known in known_names)
    )


def _in_place_of(sentence: str, name: _Name, known_names: set[str]) -> str:
    """The word of `sentence` standing where the news line has `name` (after the same two
    words: "hub in leeds" for "hub in Hull"), when it is another name; "" otherwise."""
    if not name.before:
        return ""
    words = [w.lower() for w in _WORD.findall(sentence)]
    own = set(_squash(name.text).split())
    for index in range(2, len(words)):
        before = f"{stem(words[index - 2])} {words[index - 1]}"
        word = words[index]
        if before == name.before and word not in own and _name_like(word, known_names):
            return word
    return ""


def _listed_beside_caseless(
    sentences: Sequence[str],
    competitors: Sequence[str],
    known_names: set[str],
    news: Sequence[str],
) -> Iterable[Mismatch]:
    """Words listed beside a listed competitor in a caseless answer ("against raben and
    fernlink", "fernlink, raben"): each one that could be a name and is no word of the news
    is said as a competitor the profile does not list."""
    listed = ", ".join(competitors)
    names = [_squash(c).split() for c in competitors]
    names += [[short] for c in competitors if (short := short_name(c, competitors))]
    in_news = {w for line in news for w in _squash(line).split()}
    seen: set[str] = set()
    join = f"(?:{_LISTED_BESIDE.pattern})"
    for sentence in sentences:
        text = sentence.lower()
        beside: list[str] = []
        for name in names:
            said = r"\s+".join(map(re.escape, name))
            beside += re.findall(rf"\b{said}{join}([a-z][a-z'’-]*)", text)
            # Before the name only when the word opens the list ("vs schenker and dsv"), not
            # when it ends a clause ("ups mainly, and uniphar").
            beside += re.findall(
                rf"(?:^|[,;:]|\b(?:against|vs|versus|than|with|like|beat|beats))\s*"
                rf"([a-z][a-z'’-]*){join}{said}\b",
                text,
            )
        for word in beside:
            if word in seen or word in in_news or not _name_like(word, known_names):
                continue
            if any(word in name for name in names):
                continue
            seen.add(word)
            yield Mismatch(Fact("competitor", listed), word, listed)
