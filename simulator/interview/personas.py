"""Interviewers as data: who is asking, how they sound, and what they listen for.

Each persona is a TOML file a user can copy into their data folder and edit (a copy with the same
id replaces the built-in). The analysis sees a persona only as an `Audience`, so it stays free of
voices and wording; the runner uses the voice, the probes and the time scale.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from simulator import limits, locations
from simulator.analysis.audience import (
    ANSWER_TOPICS,
    FLAW_CODES,
    QUESTION_KINDS,
    Audience,
    Theme,
)
from simulator.datafiles import Catalog, FieldReader, SourceText, load_catalog
from simulator.speech.tts import VoiceSettings

if TYPE_CHECKING:
    from simulator.interview.banks import Question
    from simulator.interview.company import CompanyProfile

DEFAULT_PERSONA = "hiring-manager"

COMPANY_FIELDS = ("company", "value", "news", "competitor", "role")
"""Placeholders a persona's wording may use, filled from a company profile."""


@dataclass(frozen=True)
class InField:
    """How a persona speaks and listens in one field of work (`[[in_field]]` in its file): a
    senior leader in a hospital asks what an answer meant for patients, not for revenue."""

    field: str
    """The field's name as a company profile says it (`field = "health"`)."""
    words: tuple[str, ...] = ()
    """Lower-case word beginnings that show the field in a profile without a `field` key (its
    name, the role's title and duties: "hospital", "ward", "nurs")."""
    title: str = ""
    """The persona's job title in this field ("" keeps theirs)."""
    introduction: str = ""
    """Their introduction in this field ("" keeps theirs)."""
    themes: tuple[Theme, ...] = ()
    """Themes of the persona (same id) said in this field's terms: label and advice replace
    theirs when given, cues are added to theirs."""

    def shown_in(self, company: CompanyProfile) -> bool:
        """Whether `company`'s profile is in this field: its `field` says so, or, without one,
        one of `words` begins a word of its name, role title or duties."""
        return company.in_field(self.field, self.words)


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    title: str
    role_label: str
    """Who this is in the process: "Hiring manager", "Senior leader", "Peer", ..."""
    listens_for: str
    """One line: what this audience listens for (shown on the home card)."""
    voice: VoiceSettings
    introduction: str
    transitions: tuple[str, ...]
    closing: str
    themes: tuple[Theme, ...]
    category_weights: Mapping[str, float]
    """Question kind -> relative weight when this persona picks questions for a full mock."""
    probes: Mapping[str, tuple[str, ...]]
    """Flaw code (simulator.analysis.audience.FLAW_CODES) -> follow-ups for an answer with it."""
    target_scale: float
    """Multiplies every question's target length: 0.8 for someone who wants it brief."""
    source: Path
    company_line: str = ""
    """Said after the introduction when a company profile is loaded; may use {company} etc."""
    approach: str = ""
    """Said after the introduction when this persona asks the questions (how they like answers:
    "stories beat theory"); not when the candidate asks theirs or gives a talk."""
    second_round: str = ""
    """Said after the introduction only when round-one notes steer the session."""
    answers: Mapping[str, str] = field(default_factory=dict)
    """Topic of a candidate's question -> this persona's brief answer (see ANSWER_TOPICS)."""
    invitation: str = "What would you like to ask me?"
    """How this persona opens the floor for the candidate's questions."""
    harder_probes: tuple[str, ...] = ()
    """Follow-ups for areas the first round flagged as weak: pointed, asking for specifics."""
    why_probes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """`probes` for an answer to why us, why this role or what you know about us (WHY_KINDS):
    the file's `[why_probes]`, else WHY_PROBES. A story probe ("and how did it turn out?")
    does not fit an answer that tells no story."""
    why_harder_probes: tuple[str, ...] = ()
    """`harder_probes` for WHY_KINDS (the file's `why_harder_probes`, else WHY_HARDER_PROBES)."""
    kind_harder_probes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Question kind -> the harder probes for a pressed question of that kind, instead of
    `harder_probes` (the file's `[kind_harder_probes]`): a technical lead's "suppose the load
    triples overnight" fits a system, not a story about raising a concern."""
    kind_transitions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Question kind -> lead-ins said only before a question of that kind, besides
    `transitions` (the file's `[kind_transitions]`): "Right, a technical one." before a
    technical question, never before a values story."""
    in_fields: tuple[InField, ...] = ()
    """How this persona speaks and listens in other fields of work (`in_field_of`)."""
    field: str = ""
    """The field this persona was adapted to (`in_field_of`); "" as the file wrote it."""

    def in_field_of(self, company: CompanyProfile | None) -> Persona:
        """This persona as they are in `company`'s field of work (the first `in_fields` entry
        the profile shows, `InField.shown_in`): their title, introduction and themes in that
        field's terms. Unchanged without a profile, without a matching entry, or once adapted."""
        if company is None or self.field:
            return self
        entry = next((f for f in self.in_fields if f.shown_in(company)), None)
        if entry is None:
            return self
        own = {theme.id: theme for theme in entry.themes}

        def adapted(theme: Theme) -> Theme:
            other = own.get(theme.id)
            if other is None:
                return theme
            return replace(
                theme,
                label=other.label or theme.label,
                advice=other.advice or theme.advice,
                cues=tuple(dict.fromkeys([*theme.cues, *other.cues])),
            )

        return replace(
            self,
            title=entry.title or self.title,
            introduction=entry.introduction or self.introduction,
            themes=tuple(adapted(theme) for theme in self.themes),
            field=entry.field,
        )

    def __hash__(self) -> int:
        # The mapping fields are not hashable; id and file identify a persona.
        return hash((self.id, self.source))

    @property
    def audience(self) -> Audience:
        return Audience(id=self.id, name=f"{self.role_label} ({self.name})", themes=self.themes,
                        brief=self.target_scale < 1.0)

    def rephrase(self, question: Question, company: CompanyProfile | None = None) -> str:
        """The question as this persona would ask it: one of their lead-ins, then the text.

        The lead-in is chosen from the question id so the same question always sounds the same
        from the same persona (a replay or a retake matches what was heard)."""
        transitions = (*self.transitions, *self.kind_transitions.get(question.kind, ()))
        if not transitions:
            return question.text
        lead_in = fill(transitions[zlib.crc32(question.id.encode()) % len(transitions)], company)
        return f"{lead_in} {_continued(lead_in, question.text, company)}"

    def take_over(self, question: Question, *, introduced: bool) -> str:
        """The question as this persona asks it when the candidate hands it to them before or
        after answering someone else (switching interviewer): no transition line, since those
        thank the candidate for an answer that may not have come ("Thanks for that."). Someone
        the candidate has not heard yet says who they are first."""
        hello = "" if introduced else f"I'm {self.name}, {self.title}. "
        return f"{hello}Let me take this one. {question.text}"

    def introduce(
        self,
        company: CompanyProfile | None = None,
        *,
        asking: bool = True,
        second_round: bool = False,
    ) -> str:
        """The opening words: the introduction, then `second_round` (only with `second_round`,
        i.e. round-one notes), `approach` (only when `asking`: this persona asks the
        questions), and the company line when there is a profile."""
        parts = [self.introduction]
        if second_round and self.second_round:
            parts.append(self.second_round)
        if asking and self.approach:
            parts.append(self.approach)
        if company is not None and self.company_line:
            line = self.company_line if asking else _without_promise(self.company_line)
            if line:
                parts.append(line)
        return " ".join(fill(part, company) for part in parts)

    def probes_for(self, kind: str) -> Mapping[str, tuple[str, ...]]:
        """Flaw code -> follow-ups for an answer to a question of `kind`: `why_probes` (each
        code the file leaves out from WHY_PROBES) for WHY_KINDS, else `probes`."""
        if kind not in WHY_KINDS:
            return self.probes
        return {**WHY_PROBES, **self.why_probes}

    def harder_probes_for(self, kind: str) -> tuple[str, ...]:
        """The harder probes for a pressed question of `kind`: the file's own for that kind
        (`kind_harder_probes`), else `why_harder_probes` or WHY_HARDER_PROBES for WHY_KINDS,
        else `harder_probes`."""
        if kind in self.kind_harder_probes:
            return self.kind_harder_probes[kind]
        if kind not in WHY_KINDS:
            return self.harder_probes
        return self.why_harder_probes or WHY_HARDER_PROBES

    def probe_for(self, code: str, turn_number: int) -> str | None:
        """A follow-up for a flaw, varied by turn so two probes in a row differ."""
        choices = self.probes.get(code, ())
        return choices[(turn_number - 1) % len(choices)] if choices else None


WHY_KINDS = frozenset({"motivation", "company"})
"""Question kinds answered with reasons and what one knows, not a story: why us, why this role,
what do you know about us."""

WHY_PROBES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "vague": (
        "That could be anyone's answer. What is it about this role, here, that you want?",
        "Can you make that specific to us: what in particular draws you here?",
    ),
    "too_short": (
        "Say a little more: what would this role give you that your last one did not?",
    ),
    "too_long": ("If you had to put it in one sentence, why this role?",),
    "hypothetical": (
        "What have you already done that tells you you'd enjoy this work?",
    ),
})
"""Follow-ups by flaw code for WHY_KINDS when a persona file has no `[why_probes]` (or leaves a
code out): they ask for reasons tied to the company and the role, never for a story's outcome.
A code missing here has no probe for these kinds."""

WHY_HARDER_PROBES: tuple[str, ...] = (
    "Last time that answer could have been about any company. What draws you to us in "
    "particular?",
    "What did you find out about us before today, and how does it fit what you want to do "
    "next?",
)
"""The harder probes for a WHY_KINDS question round one doubted, when the persona file has no
`why_harder_probes`."""


_PROMISE = re.compile(r"\bI(?:'|\u2019)ll\b[^.!?]*\b(?:ask|listen)", re.IGNORECASE)
"""Words by which a line promises questions ("so I'll probably ask about that")."""


def _without_promise(line: str) -> str:
    """`line` without what it promises to ask, for a session where this persona asks nothing
    (the candidate's questions, a talk): a clause "so I'll probably ask about that" is cut, a
    sentence "That's the context I'll be asking in" left out. "" when nothing is left."""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        promise = _PROMISE.search(sentence)
        if promise is None:
            kept.append(sentence)
            continue
        clause = re.search(r",\s*(?:so|and)\s+[^,]*$", sentence[: promise.end()])
        if clause is not None and clause.start() > 0:
            kept.append(sentence[: clause.start()].rstrip() + ".")
    return " ".join(kept)


_SENTENCE_WORD = re.compile(r"(?:[A-Z][a-z]+|A(?= [a-z]))\b(?!['\u2019.-])")
"""A first word capitalised only because it starts a sentence ("Tell", the article "A"), not
"I'm", "AI" or "E-mail"."""


def _continued(lead_in: str, text: str, company: CompanyProfile | None) -> str:
    """`text` as it reads after `lead_in`: a lead-in that runs on into the question ("Cool.
    So,") takes it in lower case ("So, tell me about..."), unless its first word is a name (the
    company's) or not an ordinary word."""
    word = _SENTENCE_WORD.match(text)
    if not lead_in.rstrip().endswith(",") or word is None:
        return text
    if company is not None and word.group(0) in company.name.split():
        return text
    return text[0].lower() + text[1:]


NEUTRAL_FIELDS = {
    "company": "the company",
    "value": "the way we work",
    "news": "what's been happening here lately",
    "competitor": "our competitors",
    "role": "this role",
}
"""What each placeholder reads as when no company profile is loaded."""

_TEMPLATE_PART = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
"""`{{`, `}}`, a `{field}` (whatever is inside, checked against COMPANY_FIELDS), or a lone brace."""


def fill(template: str, company: CompanyProfile | None) -> str:
    """Fill {company}, {value}, ... from a profile, or with neutral words when there is none.

    Only bare field names are substituted: no format specs, conversions or attributes (a width
    like `{company:>30000000000}` once cost every command its memory). Anything else in braces,
    which `parse_persona` already refused, is left as written."""
    values = {**NEUTRAL_FIELDS, **(company.placeholders() if company is not None else {})}

    def substitute(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        return values.get(name, token)

    return _TEMPLATE_PART.sub(substitute, template)


def template_problem(text: str) -> str | None:
    """Why `text` is not a valid persona template, or None when it is."""
    for match in _TEMPLATE_PART.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            return f"a lone {token!r}; write {{{{ and }}}} for literal braces"
        if name not in COMPANY_FIELDS:
            shown = token if len(token) <= 40 else token[:37] + "..."
            return (
                f"unknown placeholder {shown}; known: {', '.join(COMPANY_FIELDS)} "
                "(names only, no format specs)"
            )
    return None


def _check_template(reader: FieldReader, key: str, text: str) -> None:
    problem = template_problem(text)
    if problem is not None:
        reader.error(key, f"bad {{placeholder}}: {problem}")


def _theme_kinds(reader: FieldReader) -> tuple[str, ...]:
    """A theme's `kinds`: question kinds, each one of QUESTION_KINDS."""
    kinds = reader.texts("kinds", max_chars=limits.LABEL_CHARS)
    unknown = [k for k in kinds if k not in QUESTION_KINDS]
    if unknown:
        reader.error("kinds", f"{unknown[0]!r} is not one of: {', '.join(QUESTION_KINDS)}")
        return tuple(k for k in kinds if k in QUESTION_KINDS)
    return kinds


def parse_persona(source: SourceText) -> Persona:
    top = FieldReader(source, source.data)
    ident = top.identifier()
    name = top.label("name")
    title = top.label("title")
    role_label = top.label("role_label")
    listens_for = top.label("listens_for")
    introduction = top.text("introduction")
    transitions = top.texts("transitions", required=True, min_items=1)
    closing = top.text("closing")
    company_line = top.text("company_line", required=False)
    approach = top.text("approach", required=False)
    second_round = top.text("second_round", required=False)
    invitation = top.text("invitation", required=False, default="What would you like to ask me?")
    target_scale = top.number("target_scale", 1.0, minimum=0.3, maximum=3.0)
    for key, text in (
        ("introduction", introduction),
        ("company_line", company_line),
        ("approach", approach),
        ("second_round", second_round),
        ("closing", closing),
        ("invitation", invitation),
    ):
        _check_template(top, key, text)
    for text in transitions:
        _check_template(top, "transitions", text)

    voice = VoiceSettings()
    voice_table = top.table_reader("voice", required=True)
    if voice_table is not None:
        voice = VoiceSettings(
            voice=voice_table.label("voice"),
            variant=voice_table.label("variant", required=False),
            rate=voice_table.integer("rate", 170, minimum=80, maximum=400),
            pitch=voice_table.integer("pitch", 50, minimum=0, maximum=99),
            volume=voice_table.number("volume", 0.9, minimum=0.0, maximum=1.0),
        )
        voice_table.finish()

    themes: list[Theme] = []
    theme_ids: set[str] = set()
    for theme_reader in top.table_readers("themes", required=True):
        theme = Theme(
            id=theme_reader.identifier(),
            label=theme_reader.label("label"),
            cues=tuple(
                c.lower()
                for c in theme_reader.texts(
                    "cues", required=True, min_items=1, max_chars=limits.LABEL_CHARS
                )
            ),
            advice=theme_reader.text("advice"),
            order=theme_reader.choice("order", ("", "result_first", "brief"), default=""),
            part=theme_reader.choice("part", ("", "S", "T", "A", "R"), default=""),
            needs=theme_reader.choice("needs", ("", "S", "T", "A", "R"), default=""),
            kinds=_theme_kinds(theme_reader),
            asked=tuple(
                c.lower() for c in theme_reader.texts("asked", max_chars=limits.LABEL_CHARS)
            ),
            shown_by=theme_reader.text_lists("shown_by", max_chars=limits.LABEL_CHARS),
            by_company_news=theme_reader.boolean("by_company_news", False),
        )
        if theme.id in theme_ids:
            theme_reader.error("id", f"duplicate theme id {theme.id!r}")
        theme_ids.add(theme.id)
        themes.append(theme)
        theme_reader.finish()

    in_fields: list[InField] = []
    for field_reader in top.table_readers("in_field"):
        field_name = field_reader.label("field").strip().lower()
        field_intro = field_reader.text("introduction", required=False)
        _check_template(field_reader, "introduction", field_intro)
        field_themes: list[Theme] = []
        for theme_reader in field_reader.table_readers("themes"):
            theme_id = theme_reader.identifier()
            if theme_id not in theme_ids:
                theme_reader.error("id", f"no theme {theme_id!r} in this persona to adapt")
            field_themes.append(Theme(
                id=theme_id,
                label=theme_reader.label("label", required=False),
                cues=tuple(c.lower() for c in theme_reader.texts(
                    "cues", max_chars=limits.LABEL_CHARS)),
                advice=theme_reader.text("advice", required=False),
            ))
            theme_reader.finish()
        in_fields.append(InField(
            field=field_name,
            words=tuple(w.lower() for w in field_reader.texts(
                "words", max_chars=limits.LABEL_CHARS)),
            title=field_reader.label("title", required=False),
            introduction=field_intro,
            themes=tuple(field_themes),
        ))
        field_reader.finish()

    weights = top.number_map("category_weights", keys=QUESTION_KINDS, minimum=0.0, maximum=100.0)
    probes = top.text_list_map("probes", keys=FLAW_CODES)
    harder = top.texts("harder_probes")
    why_probes = top.text_list_map("why_probes", keys=FLAW_CODES)
    why_harder = top.texts("why_harder_probes")
    kind_harder = top.text_list_map("kind_harder_probes", keys=QUESTION_KINDS)
    kind_transitions = top.text_list_map("kind_transitions", keys=QUESTION_KINDS)
    for texts in kind_transitions.values():
        for text in texts:
            _check_template(top, "kind_transitions", text)
    answers_reader = top.table_reader("answers")
    answers: dict[str, str] = {}
    if answers_reader is not None:
        for topic in ANSWER_TOPICS:
            text = answers_reader.text(topic, required=False)
            if text:
                answers[topic] = text
        answers_reader.finish()
    top.finish()
    return Persona(
        id=ident,
        name=name,
        title=title,
        role_label=role_label,
        listens_for=listens_for,
        voice=voice,
        introduction=introduction,
        transitions=transitions,
        closing=closing,
        themes=tuple(themes),
        category_weights=MappingProxyType(weights),
        probes=MappingProxyType(probes),
        target_scale=target_scale,
        source=source.path,
        company_line=company_line,
        approach=approach,
        second_round=second_round,
        answers=MappingProxyType(answers),
        invitation=invitation,
        harder_probes=harder,
        why_probes=MappingProxyType(why_probes),
        why_harder_probes=why_harder,
        kind_harder_probes=MappingProxyType(kind_harder),
        kind_transitions=MappingProxyType(kind_transitions),
        in_fields=tuple(in_fields),
    )


def persona_dirs() -> list[Path]:
    return [locations.builtin_data_dir("personas"), locations.user_personas_dir()]


def load_personas() -> Catalog[Persona]:
    """Every persona: built-ins, then the user's files (same id replaces the built-in)."""
    return load_catalog("persona", persona_dirs(), parse_persona, lambda p: p.id)


def display_names(personas: Iterable[Persona] | None = None) -> dict[str, str]:
    """Persona id -> the name every screen, list and report shows for that interviewer (the
    persona's `name`, "Maya Okafor"), for `personas` (default: every persona that loads). Ids
    are what a user types (`--persona peer`); an id missing here (a persona since removed) is
    shown as itself (`storage.views.asker_name`)."""
    if personas is None:
        personas = load_personas().items.values()
    return {persona.id: persona.name for persona in personas if persona.name.strip()}


def get_persona(persona_id: str) -> Persona:
    """One persona by id; broken files are logged, an unknown id lists the choices."""
    catalog = load_personas()
    catalog.report_errors()
    return catalog.get(persona_id)
