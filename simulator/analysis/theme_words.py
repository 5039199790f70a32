"""Whether an answer speaks to an audience's theme in its own words, not the theme's cue words.

A theme's `cues` are words any one of which shows it ("compromise"). Some themes ask for two
things told together, which people tell in endless wordings: a peer's "describe the other view
and how you settled it" is spoken to by "he wanted fixed shifts ... I proposed a mixed rota" and
by "she believed fixed teams were better ... we found a middle ground", neither of which holds a
cue. Such a theme lists `shown_by`: groups of phrases, and an answer with a phrase of every group
speaks to it. A phrase may hold `{someone}`: another person, said as a pronoun (he, she, they),
a role ("my manager", "the other lead", "our client") or a name ("Priya"), never the speaker
("I", "we"); an adverb may stand after them ("she strongly believed"). `{deed}` is one word of
what was done ("I {deed} {someone}": the speaker acting on another person).

Pure: text in, a yes or no out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

SOMEONE = "{someone}"
"""The placeholder for another person in a `shown_by` phrase."""
DEED = "{deed}"
"""The placeholder for one word of what the speaker did, any verb but one of being ("I
{deed} {someone}": "I emailed the subcontractors", "I had the software vendor pull the logs",
"I persuaded the scaffolding firm", not "I was the planner")."""
_DEED = (r"(?!(?i:was|am|is|were|be|been|became|become|remained|stayed|seemed|felt|blamed"
         r"|fired|sacked|ignored|avoided|bypassed|overruled)\b)[A-Za-z]+"
         r"(?!\s+(?i:them|it|this|that|these|those)\b)")
"""A deed's word, not one of being nor one that shuts the other out ("I blamed the supplier",
"I ignored the manager"), and not done to "them" (the parts, the buses: no people)."""
PERSON = "{person}"
"""The placeholder for another person who is surely one: as `SOMEONE`, but a capitalised word
alone is not taken for a name. After "with" a capitalised word is as often a tool, a place or an
employer ("I worked with Excel", "with Leeds", "with Tesco") as a person (talk14 gave the hiring
manager's "Fit with the team" to "I worked with Excel"); "my colleague Priya" is still one."""

_ROLES = (
    "colleague|co-worker|coworker|manager|boss|lead|supervisor|client|customer|partner|peer|"
    "teammate|director|head|owner|engineer|planner|analyst|designer|developer|architect|nurse|"
    "driver|officer|counterpart|stakeholder|supplier|team|side|chef|doctor|teacher|friend|assistant|"
    "pharmacist|sister|matron|registrar|clerk|physio|therapist|midwife|porter|accountant|trainee|"
    "loader|picker|stylist|shipper|carrier|vendor|member|staff|volunteer|resident|patient|"
    "student|parent|agent|rep|technician|operator|worker|crew|cashier|cook|baker|tenant|lawyer|"
    "auditor|inspector|coordinator|specialist|consultant|contractor|courier|dispatcher|"
    "controller|people|person|user|buyer|junior|senior|aide|carer|guard|farmer|mechanic|leader|"
    "fitter|welder|electrician|plumber|cleaner|receptionist|waiter|waitress|bartender|"
    "housekeeper|caretaker|warden|handler|packer|installer|joiner|labourer|laborer|foreman|"
    "apprentice|intern|steward|attendant|paramedic|surgeon|pilot|conductor|machinist|binder|"
    "storekeeper|surveyor|manufacturer|maker|landlord|neighbour|neighbor|editor|writer|"
    # Parties that act for the speaker ("the scaffolding firm", "the helpdesk"): people at work.
    "subcontractor|firm|agency|helpdesk|help desk|service desk|provider"
)
# No "server": in a story at work it is as often the machine ("I rebuilt the server") as the
# waiter, who is "waiter" or "waitress".
_COUNT = (r"(?:two|three|four|five|six|seven|eight|nine|ten|both|each|every|all|several|some"
          r"|\d+)")
_PERSON = (
    rf"\b(?:(?i:(?:(?:my|our|the|their|his|her|a|one|other|{_COUNT})\s+)+(?:[a-z-]+\s+){{0,3}}"
    rf"(?:{_ROLES})(?:e?s)?\b|he|she|they|him|her|them|the\s+others?|everyone|everybody)"
    rf"|(?!(?:I|We|Us|Our|My|It|This|That|There|Then|So|And|But)\b)[A-Z][a-z]+)"
)
"""Another person, as `SOMEONE` stands for: case-blind for pronouns and roles ("him", "the two
most experienced loaders", "3 big shippers", "every driver"), a capitalised word for a name (a
sentence's "We", "So" or "Then" is not one)."""
_SURELY_A_PERSON = (
    rf"\b(?i:(?:(?:my|our|the|their|his|her|a|one|other|{_COUNT})\s+)+(?:[a-z-]+\s+){{0,3}}"
    rf"(?:{_ROLES})(?:e?s)?\b|he|she|they|him|her|them|the\s+others?|everyone|everybody)"
    rf"|[A-Z][a-z]+'s\s+(?i:(?:[a-z-]+\s+){{0,3}}(?:{_ROLES})(?:e?s)?\b)"
)
"""Another person, as `PERSON` stands for: `_PERSON` without a lone capitalised word, but with a
name's people ("Anya's team", "Tom's drivers")."""

_ADVERB = r"(?:\s+(?i:[a-z]+ly|also|still|just|really|always))?"

_APPOSITION = r"(?:\s*,\s+[^,.;:!?\n]{2,60}?,)?"
"""Who the person is, told between commas after them ("Tomasz, the other backend lead,
wanted…"; "my manager, who had run the site for years, insisted…"): the phrase goes on after
it as after the person (breaker13 B8)."""


@lru_cache(maxsize=256)
def _pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as a regular expression: words case-blind and whole at their start (a phrase
    word of four letters or more also matches its longer forms: "propos" in "proposal"), any
    space as any run of spaces, `SOMEONE` as `_PERSON` (with an adverb allowed after it)."""
    pieces = []
    people = re.split(r"(\{someone\}|\{person\}|\{deed\})", phrase)
    for index, piece in enumerate(people[::2]):
        if index:
            held = people[2 * index - 1]
            if held == DEED:
                pieces.append(_DEED)
            else:
                person = _PERSON if held == SOMEONE else _SURELY_A_PERSON
                pieces.append(person + _APPOSITION + _ADVERB)
        words = piece.split()
        if not words:
            pieces.append(r"\s*" if index else "")
            continue
        lead = r"\s+" if index and piece[:1].isspace() else ""
        body = r"\s+".join(f"(?i:{re.escape(word)})" for word in words)
        tail = r"\s+" if piece[-1:].isspace() else ""
        pieces.append(lead + body + tail)
    text = "".join(pieces)
    starts = r"\b" if not phrase.startswith((SOMEONE, PERSON, DEED)) else ""
    ends = r"\b" if not phrase.rstrip().endswith((SOMEONE, PERSON, DEED)) and len(
        phrase.split()[-1]) < 4 else ""
    return re.compile(starts + text + ends)


def found(phrase: str, text: str) -> bool:
    """Whether `text` holds `phrase` (see `_pattern`)."""
    return _pattern(phrase).search(text) is not None


def told_in_other_words(shown_by: Sequence[Sequence[str]], text: str) -> bool:
    """Whether `text` holds a phrase of every group of `shown_by`; False with no groups."""
    return bool(shown_by) and all(
        any(found(phrase, text) for phrase in group) for group in shown_by
    )
