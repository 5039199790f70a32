"""The company you are interviewing with, as an optional TOML file you write before practising.

Interviewers in a second round expect you to know the company: its values, its news, who it
competes with, what the role is for. With a profile loaded, personas mention it in their
introductions, the plan asks what you know about it, about its news and competitors and about a
value, and the analysis notes which answer connects to which stated value and which facts of the
profile an answer about the company used, missed or got wrong (`fact_check`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simulator import limits
from simulator.datafiles import FieldReader, SourceText, parse_file
from simulator.errors import DataFileError

if TYPE_CHECKING:
    from simulator.analysis.company_facts import FactCheck

_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "our",
        "your",
        "we",
        "you",
        "are",
        "is",
        "be",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "from",
        "that",
        "this",
        "it",
        "as",
        "an",
        "all",
        "every",
        "always",
        "first",
        "not",
        "but",
        "can",
        "get",
        "has",
        "had",
        "was",
        "who",
        "how",
        "why",
        "let",
        "its",
        "one",
        "nothing",
        "everything",
        "anything",
        "something",
        "never",
        "more",
        "less",
        "make",
        "do",
        # Words that relate a value's two sides ("Customers before convenience", "People over
        # process"): they name neither, and "before" is in half the stories ever told.
        "before",
        "after",
        "over",
        "above",
        "under",
        "than",
        "into",
        "through",
        "without",
        "within",
        "beyond",
        "ahead",
        "instead",
        "rather",
        "what",
        "when",
        "where",
        # Verbs every story uses ("I could see the gap", "kept everyone informed"): in a value's
        # name ("Customers see it first", "Keep it simple") they are not what it is about.
        "see",
        "keep",
        # Pronouns and modals: "Customers can always reach their money" is not shown by
        # "their", nor by "could" (breaker16 D3: a printer fixed for "their" shop was linked).
        "their",
        "theirs",
        "them",
        "they",
        "his",
        "her",
        "hers",
        "him",
        "she",
        "ours",
        "yours",
        "mine",
        "could",
        "would",
        "should",
        "might",
        "must",
        "will",
        "shall",
        "may",
        "whether",
        "which",
        "while",
        "during",
        "until",
        "because",
    ]
)


_MEANING_LETTERS = 4
"""A description's word of fewer letters ("day", "own") is too common to show its value."""
_MEANING_WORDS_NEEDED = 2
"""Distinct words of a value's description a story must tell to show it by its meaning (all of
them when it has fewer): a value is a relation ("no bus leaves the depot with a known defect,
even if it runs late": a defect against the timetable), and one of its words shared with a story
("the depot", "I changed the order") is chance, not the value done (breaker15 B13)."""
_NOT_MEANING = frozenset("""
    even just only also still very much many most some each such same other ever well really
    quite almost already again often usually whatever however these those them they their
    about back then there here doing done does said says goes going gone came comes
""".split())  # noqa: SIM905
"""Function words of a description ("even if it runs late", "the same day", "with what we are
doing about it") and the forms of the verbs every story uses (say, do, go, come), that pass the
length test but say nothing of the value: one of them shows nothing, and their word forms
("even" -> "evening") still less."""
_NOUN_AFTER = re.compile(
    r"\b(?:the|a|an|every|each|its|our|their|his|her|my|your|this|that|any|no) ([a-z][a-z'-]+)"
    r"|\b([a-z][a-z'-]+) (?:is|are|was|were|has|have|gets|must|should)\b"
)
"""A description's word right after a determiner ("at the stop", "every change") or right before
its verb ("every timetable change is tested"): a noun."""
_OWN_DEED = re.compile(
    r"\b(i|we) (\w+ly )?(?!(was|am|were|had|have|think|thought|feel|felt|would|could|should"
    r"|might|will|wanted|hoped|knew|know|guess|believe|do not|did not|don't|didn't)\b)[a-z]+\b",
    re.IGNORECASE,
)
"""A sentence where the speaker (or their team) does something: "I raised", "we moved"."""


@dataclass(frozen=True)
class CompanyValue:
    name: str
    description: str
    cues: tuple[str, ...]
    """Lower-case words or phrases that show an answer touches this value."""

    @property
    def meaning(self) -> tuple[str, ...]:
        """The description's own words ("raise a concern the same day": raise, concern, same):
        what the user wrote the value means, in the app's form (which has no cues field) or a
        file. Weaker than a cue: they show the value only where the speaker acts
        (`CompanyProfile.connections`)."""
        words = _WORD.findall(self.description.lower())
        return tuple(dict.fromkeys(
            w for w in words if len(w) >= _MEANING_LETTERS and w not in _STOP_WORDS
            and w not in _NOT_MEANING and w not in self.cues
        ))


@dataclass(frozen=True)
class ValueConnection:
    value: CompanyValue
    cue: str
    """The words in the answer that made the connection."""

    @property
    def note(self) -> str:
        return f"Connects to the company value \u201c{self.value.name}\u201d ({self.cue!r})."


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    values: tuple[CompanyValue, ...]
    news: tuple[str, ...]
    competitors: tuple[str, ...]
    role_title: str
    role_expectations: tuple[str, ...]
    source: Path | None = None
    field: str = ""
    """The field of work, as the profile says it (`field = "health"`; "" unsaid): interviewers
    speak and listen in its terms (`Persona.in_field_of`)."""

    def in_field(self, field: str, words: Iterable[str]) -> bool:
        """Whether this profile is in the field of work `field`: its `field` says so, or,
        without one, one of `words` (lower-case word beginnings: "hospital", "nurs") begins a
        word of its name, role title or duties."""
        if self.field:
            return self.field.strip().lower() == field
        text = " ".join([self.name, self.role_title, *self.role_expectations]).lower()
        return any(re.search(rf"\b{re.escape(word)}", text) for word in words)

    def to_dict(self) -> dict[str, object]:
        """The profile as a session stores it (session.json "company_profile"), so an answer
        judged again (`reanalyze`) is judged against the profile it was practised with, even
        after the file was edited or deleted."""
        return {
            "name": self.name,
            "values": [
                {"name": v.name, "description": v.description, "cues": list(v.cues)}
                for v in self.values
            ],
            "news": list(self.news),
            "competitors": list(self.competitors),
            "role": {"title": self.role_title, "expectations": list(self.role_expectations)},
            "field": self.field,
        }

    @classmethod
    def from_stored(cls, data: object) -> CompanyProfile | None:
        """The profile a session stored (`to_dict`), or None when there is none or it is not
        of that shape (a file edited by hand): the caller then judges without it."""
        if not isinstance(data, Mapping) or not isinstance(data.get("name"), str):
            return None
        role = data.get("role") if isinstance(data.get("role"), Mapping) else {}

        def texts(value: object) -> tuple[str, ...]:
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        values = tuple(
            CompanyValue(v["name"], str(v.get("description") or ""), texts(v.get("cues")))
            for v in data.get("values") or ()
            if isinstance(v, Mapping) and isinstance(v.get("name"), str)
        ) if isinstance(data.get("values"), list) else ()
        return cls(
            name=data["name"],
            values=values,
            news=texts(data.get("news")),
            competitors=texts(data.get("competitors")),
            role_title=str(role.get("title") or ""),  # type: ignore[union-attr]
            role_expectations=texts(role.get("expectations")),  # type: ignore[union-attr]
            field=str(data.get("field") or ""),
        )

    def placeholders(self) -> dict[str, str]:
        """Words for {company}, {value}, {news}, {competitor} and {role} in persona wording."""
        filled = {"company": self.name}
        if self.values:
            # The value by its name, as the profile writes it: a name is often an imperative
            # ("Own the outcome"), which lower-cased into a sentence read "delivers on own the
            # outcome".
            filled["value"] = f"our value \u201c{self.values[0].name}\u201d"
        if self.news:
            filled["news"] = as_clause(self.news[0])
        if self.competitors:
            filled["competitor"] = self.competitors[0]
        if self.role_title:
            filled["role"] = self.role_title
        return filled

    def connections(self, answer_text: str) -> list[ValueConnection]:
        """The stated values an answer speaks to, each with the words that showed it. Only
        what was told counts (`analysis.flaws.told_sentences`): a cue in a sentence that says
        what one would or might do ("If I had to reduce waste, I would...") or only a view of
        what matters ("I think owning the outcome is very important") shows no value, nor
        does a story that puts the fault on others show one of owning it."""
        from simulator.analysis.blame import blamed_others, ownership_values
        from simulator.analysis.company_facts import value_cue_heard
        from simulator.analysis.flaws import told_sentences

        told = [f" {sentence} " for sentence in told_sentences(answer_text)]
        # A story that puts the fault on others shows no value of owning it, whatever its
        # words (breaker14 B5: "I told my manager it was the agency's fault").
        disowned = set(ownership_values([v.name for v in self.values])
                       if blamed_others(answer_text) else ())

        found: list[ValueConnection] = []
        for value in self.values:
            if value.name in disowned:
                continue
            # A cue in any of its forms ("customers", "customer"), never the start of another
            # word ("We care" is not "career").
            # A count before it is scenery ("three customers"), not the value shown.
            cue = next(
                (c for c in value.cues if any(value_cue_heard(t, c) for t in told)), None
            )
            if cue is None:
                cue = self._meaning_shown(value, told, answer_text)
            if cue is not None:
                found.append(ValueConnection(value, cue))
        return found


    def _meaning_shown(
        self, value: CompanyValue, told: Sequence[str], answer_text: str
    ) -> str | None:
        """The words of `value`'s description (", "-joined) that show it in a told story, or
        None: the meaning in the speaker's own deed ("raise a concern the same day": "I raised
        my concern with the manager the same morning"), not in the scene alone (breaker14 B17,
        a meaning typed in the app was never used), and by at least `_MEANING_WORDS_NEEDED` of
        its words. A word of the company's own world (its name, news, rivals, role: "depot" for
        a bus operator) is in every answer about it and shows no value (breaker15 B13)."""
        from simulator.analysis.company_facts import value_cue_heard
        from simulator.analysis.flaws import told_sentences
        from simulator.analysis.word_forms import same_word

        world = self._world_words()
        meaning = [w for w in value.meaning
                   if not any(same_word(w, seen) or same_word(seen, w) for seen in world)]
        if not meaning:
            return None
        nouns = {w for pair in _NOUN_AFTER.findall(value.description.lower()) for w in pair}

        def said(text: str, word: str) -> bool:
            # A noun of the description ("at the stop", "every change") is that thing, itself
            # or many: "the leaks stopped" and "I changed the order" are other words.
            if word in nouns:
                return re.search(rf"(?<![\w'-]){re.escape(word)}(?:s|es)?(?![\w'-])",
                                 text) is not None
            return value_cue_heard(text, word)

        acted = [f" {told_one} " for sentence in re.split(r"(?<=[.!?])\s+", answer_text)
                 if _OWN_DEED.search(sentence) for told_one in told_sentences(sentence)]
        in_deed = [w for w in meaning if any(said(t, w) for t in acted)]
        if not in_deed:
            return None
        heard = [w for w in meaning if w in in_deed or any(said(t, w) for t in told)]
        if len(heard) < min(_MEANING_WORDS_NEEDED, len(meaning)):
            return None
        return ", ".join(heard)

    def _world_words(self) -> frozenset[str]:
        """The words of the company's own world: its name, news, competitors, role title and
        duties (lower case, four letters or more)."""
        text = " ".join([self.name, *self.news, *self.competitors, self.role_title,
                         *self.role_expectations]).lower()
        return frozenset(w for w in _WORD.findall(text) if len(w) >= _MEANING_LETTERS)

    def fact_check(self, answer_text: str, question: str = "") -> FactCheck:
        """Which of this profile's news, competitors, values and role an answer to `question`
        used, missed or contradicted (`simulator.analysis.company_facts.check_facts`)."""
        from simulator.analysis.company_facts import check_facts

        return check_facts(
            answer_text,
            company=self.name,
            news=self.news,
            competitors=self.competitors,
            values=[(v.name, v.cues) for v in self.values],
            shown=[link.value.name for link in self.connections(answer_text)],
            role=self.role_title,
            duties=self.role_expectations,
            question=question,
        )


def as_clause(news: str) -> str:
    """A news line as one of the company's interviewers says it after "You'll know that" or
    "You will have seen that": no trailing full stop; a headline with no subject given "we"
    ("Opened a new hub in Rotterdam" -> "we opened a new hub in Rotterdam"; "Opens a new hub"
    -> "we open a new hub"; "Named best employer" -> "we were named best employer"); a first
    word capitalised only as the first word lower-cased ("In September we opened ..." -> "in
    September we opened ..."); a line that starts with a name ("Kestrel bought ...") as
    written."""
    clause = news.strip().rstrip(".")
    first, _, rest = clause.partition(" ")
    word = first.lower()
    if first[:1].isupper() and _headline_verb(word, rest):
        if word in _PASSIVE_HEADLINE:
            return f"we were {word} {rest}".strip()
        return f"we {_plural(word)} {rest}".strip()
    if clause[:1].isupper() and clause[1:2].islower() and word in _CLAUSE_OPENERS:
        clause = clause[0].lower() + clause[1:]
    return clause


def _headline_verb(word: str, rest: str) -> bool:
    """Whether a news line opening on `word` (lower case) is a headline with no subject: a verb
    in the past ("opened", "won") or the headline present ("opens", "launches"). A word in
    "-ed" followed within three words by another is an adjective ("Automated warehouse opened
    in Leeds")."""
    if word in _HEADLINE_VERBS or word in _PASSIVE_HEADLINE:
        return True
    if not (word.endswith("ed") and len(word) > 4) or word in _NOT_HEADLINE_VERBS:
        return False
    after = rest.lower().split()[:3]
    return not any(w.isalpha() and w.endswith("ed") and len(w) > 4 for w in after)


def _plural(verb: str) -> str:
    """A headline's present ("opens", "launches", "buys") as said of "we" ("open", "launch",
    "buy"); a past form as it is."""
    if verb not in _HEADLINE_PRESENT:
        return verb
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1]


_HEADLINE_PRESENT = frozenset("""
    opens launches wins buys acquires expands signs announces hires joins moves partners raises
    cuts adds reaches completes enters introduces reports unveils invests starts begins becomes
    sells doubles triples hits passes celebrates marks rolls takes makes closes merges agrees
    secures
""".split())  # noqa: SIM905
"""Verbs in the present a headline opens on ("Opens new hub"): said of "we" without the -s."""
_HEADLINE_VERBS = frozenset("""
    won began became bought sold made took built grew led set broke brought chose drew gave got
    kept left lost met ran rose saw sent spent struck went wrote overtook underwent held
""".split()) | _HEADLINE_PRESENT  # noqa: SIM905
"""Verbs a headline opens on with its subject left out, besides the "-ed" ones."""
_PASSIVE_HEADLINE = frozenset("""
    named ranked awarded voted listed shortlisted certified chosen selected recognised recognized
    featured rated granted nominated accredited
""".split())  # noqa: SIM905
"""Headline verbs that tell what was done to the company: "Named best employer" is "we were
named best employer", never "we named best employer"."""
_NOT_HEADLINE_VERBS = frozenset("""
    hundred united limited advanced automated embedded integrated dedicated talented speed need
    seed feed breed shred
""".split())  # noqa: SIM905
"""Words in "-ed" that open a news line as an adjective or a noun ("United Freight ...")."""


_CLAUSE_OPENERS = frozenset((
    "we", "the", "in", "on", "at", "last", "this", "our", "since", "after", "before", "from",
    "earlier", "recently", "next", "a", "an", "its", "their", "over", "by", "early", "late",
    "back", "for", "with", "just", "new", "today", "now", "that", "these", "two", "three",
    "four", "five", "during", "throughout", "across",
))
"""First words of a news line that are capitalised only as its first word ("In September 2026
we opened ..."): lower-cased after "You'll know that"; a name ("Kestrel opened ...") is kept
(`as_clause`)."""


def cues_from_name(name: str, description: str = "") -> tuple[str, ...]:
    """Cue words for a value written without cues: its significant words (matched in any of
    their forms, `simulator.analysis.word_forms`), each followed by its related words
    (`simulator.interview.related_words`: "waste" brings "spoil", "thrown away", "food bank").
    A word too common to show the value by itself (an entry with `alone = false`: "value",
    "money", "working", "patient") is no cue alone: the value's whole name is ("value for
    money"), and its related words are ("money": "budget", "saved ... pounds")."""
    from simulator.interview.related_words import alone, related_to, related_words

    words = _WORD.findall(f"{name} {description}".lower())
    cues = [w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words]
    # Three letters are enough for a value's own word ("Own the outcome" -> "own", whose forms
    # include "owned" and "ownership"); the stop words above keep the short function words out.
    own = [c for c in cues if c not in _STOP_WORDS and len(c) >= 3]
    table = related_words()
    lone = [c for c in own if alone(c, table)]
    whole = [" ".join(_WORD.findall(name.lower()))] if len(lone) < len(own) else []
    related = (c for word in own for c in related_to(word, table))
    return tuple(dict.fromkeys([*whole, *lone, *related]))


def parse_company(source: SourceText) -> CompanyProfile:
    top = FieldReader(source, source.data)
    name = top.label("name")
    values: list[CompanyValue] = []
    named: dict[str, int] = {}
    for number, reader in enumerate(top.table_readers("values")):
        value_name = reader.label("name")
        # Two values of one name: the second would be judged, linked and reported as the first
        # (breaker16 D29: a copied entry passed lint with 0 problems).
        first = named.setdefault(" ".join(value_name.lower().split()), number)
        if value_name and first != number:
            reader.error("name", f"{value_name!r} is already the name of values[{first}]")
        description = reader.text("description", required=False)
        cues = tuple(c.lower() for c in reader.texts("cues", max_chars=limits.LABEL_CHARS))
        values.append(CompanyValue(value_name, description, cues or cues_from_name(value_name)))
        reader.finish()
    news = top.texts("news")
    competitors = top.texts("competitors", max_chars=limits.LABEL_CHARS)
    field = top.label("field", required=False).strip().lower()
    role_title = ""
    expectations: tuple[str, ...] = ()
    role = top.table_reader("role")
    if role is not None:
        role_title = role.label("title")
        expectations = role.texts("expectations")
        role.finish()
    top.finish()
    return CompanyProfile(
        name=name,
        values=tuple(values),
        news=news,
        competitors=competitors,
        role_title=role_title,
        role_expectations=expectations,
        source=source.path,
        field=field,
    )


def load_company(path: Path) -> CompanyProfile:
    """Read a profile. Raises DataFileError: the first problem in it, with every problem in
    its `problems`."""
    profile, errors = parse_file(path, parse_company)
    if errors:
        raise DataFileError.first_of(errors)
    if profile is None:  # parse_file gives an item whenever there are no errors
        raise DataFileError(path, "could not be read as a company profile")
    return profile
