"""How an answer about the company is judged: "What do you know about us?", "Why here?", "Why this
role?" (question kind "company"). Such an answer tells no story, so it has no STAR view and pays
no STAR penalty; it is judged on what an interviewer asking it listens for:

- what it knows: the company profile's facts it used (news, competitors, values), or without a
  profile the specifics it names (names, figures, "your stores");
- whether it got a fact wrong (a month, a figure): each wrong fact costs points and is never
  counted as used; a competitor the profile does not list is named, not charged (breaker15
  B15: a real rival the candidate knew of and the profile left out cost 15 points and "get
  the facts right"): the profile is the candidate's own notes, not all of the market;
- whether it links what it knows to the role (the role's title or its duties, "this role", what
  the candidate would do in it).

Pure: the facts come in as the stored form of the profile check
(`simulator.analysis.company_facts.FactCheck.to_dict()`), so an answer judged again without the
profile (`reanalyze`) gets the same score from the facts it stored."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from simulator.analysis.company_facts import role_words
from simulator.analysis.cues import METRIC_PATTERN

WRONG_FACT_POINTS = 15
"""Points off per fact the answer got wrong: a wrong month or figure told to the company's own
interviewer undoes more than a missing one would."""
WRONG_FACT_MOST = 45
KNOWN_POINTS = 30
"""Points off, in proportion, for knowing fewer than `wanted` specifics of the company."""
KNOWLEDGE_WANTED = 2
"""Specifics a "what do you know about us" answer should name: two show research, one may be
the company's name repeated back."""
REASON_WANTED = 1
"""Specifics a "why here / why this role" answer should name to back its reason."""
ROLE_LINK_POINTS = 15
"""Points off when what is known is not linked to the role."""

_ASKS_REASONS = re.compile(r"\b(why|want|attract\w*|draws?|drew|mean to you|choose)\b")


@dataclass(frozen=True)
class CompanyJudgment:
    """The judgment of one answer about the company."""

    asks: str
    """"knowledge" (what do you know about us), "reasons" (why here, why this role) or
    "narrow" (what one piece of news means, against the competitors it names: judged on the
    facts it names, `FactCheck.asked`)."""
    checked: bool
    """True when a company profile's facts were checked."""
    known: tuple[str, ...]
    """The profile's facts used ("competitor: FreshRoute"), or without a profile the specifics
    named (names and figures)."""
    wrong: tuple[str, ...]
    """One note per fact got wrong ("You said “Sept” where the profile says “October” ...")."""
    role_link: str
    """The words that link it to the role ("" when none)."""
    unlisted: tuple[str, ...] = ()
    """One note per competitor named that the profile does not list ("You named “Arla” as a
    competitor; ..."): a specific named, which costs nothing."""
    role_fact: bool = False
    """Whether the profile check counted the role among the facts used (its list shows it):
    the summary counts it with them, so its count and that list agree."""

    asked: tuple[str, ...] = ()
    """For a narrow question, the facts it names ("news: Opened a new hub ...")."""

    @property
    def wanted(self) -> int:
        """Specifics the answer should name: two for what it knows, one for a reason or for
        the one thing a narrow question asks about."""
        return KNOWLEDGE_WANTED if self.asks == "knowledge" else REASON_WANTED

    @property
    def short(self) -> int:
        """Specifics wanted that the answer did not name at all. A fact named but got wrong
        was named: it costs its own points (`WRONG_FACT_POINTS`), not those of a fact left
        out as well (breaker14 B15: three facts got wrong were charged as wrong and as
        "nothing specific about them named", beside the tip "Name two things ...")."""
        return max(0, self.wanted - len(self.known) - len(self.wrong) - len(self.unlisted))

    def points_lost(self) -> dict[str, float]:
        """Points lost by score part: "structure" (what it covers: specifics known, the link
        to the role) and "specificity" (facts got wrong)."""
        short = self.short
        return {
            "structure": KNOWN_POINTS * short / self.wanted
            + (0 if self.role_link else ROLE_LINK_POINTS),
            "specificity": min(WRONG_FACT_MOST, WRONG_FACT_POINTS * len(self.wrong)),
        }

    def points_why(self) -> list[tuple[str, str, float]]:
        """`points_lost` with why, each (score part, why in a few words, points)."""
        short = self.short
        why: list[tuple[str, str, float]] = []
        if short:
            named = "nothing specific" if not self.known else f"{len(self.known)} specific"
            why.append(("structure", f"{named} about them named, of {self.wanted} wanted",
                        KNOWN_POINTS * short / self.wanted))
        if not self.role_link:
            why.append(("structure", "not linked to the role", float(ROLE_LINK_POINTS)))
        if self.wrong:
            count = len(self.wrong)
            why.append(("specificity", f"{count} fact{'s' if count > 1 else ''} got wrong",
                        float(min(WRONG_FACT_MOST, WRONG_FACT_POINTS * count))))
        return why

    def tips(self) -> list[str]:
        """What to change, most important first: a wrong fact, too little known, no link to
        the role; praise when none applies."""
        tips: list[str] = []
        if self.wrong:
            # Every wrong fact named: "(1 more wrong)" left the user to find which.
            more = f" Also: {' '.join(self.wrong[1:])}" if len(self.wrong) > 1 else ""
            tips.append(f"Get the facts right before the day: {self.wrong[0]}{more}")
        if self.short and self.asks == "narrow":
            topic = self.asked[0].partition(": ")[2] if self.asked else "what it named"
            tips.append(
                f"Answer what was asked: say what \u201c{topic}\u201d means for them, and "
                "where it leaves them against the competitors it named."
            )
        elif self.short:
            tips.append(
                "Name two things you found out about them: a recent change or piece of news, a "
                "competitor and how they differ, or one of their values."
                if self.asks == "knowledge"
                else "Back your reason with one thing specific to them: their news, their "
                "customers, a value, what the team does."
            )
        if not self.role_link:
            tips.append("Link it to the role: say what it means for the job you would do there.")
        tips.extend(self.unlisted)
        if not tips:
            tips.append("You used what you know of them and tied it to the role: keep it that "
                        "specific.")
        return tips

    @property
    def summary(self) -> str:
        """One line: 'About the company: 2 facts used · 1 wrong · linked to the role'."""
        noun = "fact" if self.checked else "specific"
        count = len(self.known) + self.role_fact
        used = f"{count} {noun}{'' if count == 1 else 's'} used"
        wrong = f" · {len(self.wrong)} wrong" if self.wrong else ""
        if self.unlisted:
            wrong += f" · {len(self.unlisted)} not in your profile"
        link = "linked to the role" if self.role_link else "no link to the role"
        return f"About the company: {used}{wrong} · {link}"

    def to_dict(self) -> dict[str, object]:
        """The stored form (a turn's analysis key "company_answer")."""
        return {
            "asks": self.asks,
            "checked": self.checked,
            "known": list(self.known),
            "wrong": list(self.wrong),
            "unlisted": list(self.unlisted),
            "role_link": self.role_link,
            "summary": self.summary,
            "asked": list(self.asked),
        }


def judge_company_answer(
    text: str,
    question: str | None,
    *,
    facts: Mapping[str, object] | None = None,
    names: Sequence[str] = (),
    role_terms: Sequence[str] = (),
) -> CompanyJudgment:
    """Judge an answer about the company. `facts`: the profile check's stored form (`used`,
    `missed`, `wrong` lists; None without a profile: the specifics are `names` and the figures
    in `text`); `role_terms`: the role's title and duties from the profile, whose words also
    link the answer to the role when the check did not judge the role. Linked to the role
    means the answer talks about the job (`company_facts.role_words`), never that a news item
    it repeats shares a word with the role's title."""
    lowered = " ".join(re.findall(r"[a-z0-9%'£$€]+", text.lower()))
    asks = "reasons" if question and _ASKS_REASONS.search(question.lower()) else "knowledge"
    asked: tuple[str, ...] = ()
    if facts is not None:
        used = [item for item in _items(facts.get("used")) if item.get("kind") != "role"]
        named = _items(facts.get("asked"))
        if named:
            # A narrow question counts what the answer said about the facts it named.
            asks = "narrow"
            asked = tuple(f"{item.get('kind', '')}: {item.get('text', '')}" for item in named)
            used = [item for item in used if item in named]
        known = tuple(f"{item.get('kind', '')}: {item.get('text', '')}" for item in used)
        told = [(item.get("kind"), str(item.get("note") or item.get("said") or ""))
                for item in _items(facts.get("wrong"))]
        # A competitor the profile does not list is not a fact got wrong: the profile holds
        # the rivals the candidate chose to research, not every one there is.
        wrong = tuple(note for kind, note in told if kind != "competitor")
        unlisted = tuple(note for kind, note in told if kind == "competitor" and note)
        role_used = next((str(item.get("text") or "") for item in _items(facts.get("used"))
                          if item.get("kind") == "role"), "")
        if any(item.get("kind") == "role" for item in _items(facts.get("missed"))):
            # The check judged the role (its title, duties, talk about the job, news left
            # out): its words are not looked for again, or the card would say both "linked
            # to the role" and "You missed: role".
            role_terms = ()
    else:
        figures = [m.group(0) for m in METRIC_PATTERN.finditer(lowered)]
        known = tuple(dict.fromkeys([*names, *figures]))
        wrong = ()
        unlisted = ()
        role_used = ""
    return CompanyJudgment(
        asks=asks,
        checked=facts is not None,
        known=known,
        wrong=tuple(w for w in wrong if w),
        role_link=_role_link(text, role_terms, role_used),
        unlisted=unlisted,
        role_fact=bool(role_used),
        asked=asked,
    )


def _role_link(text: str, role_terms: Sequence[str], role_used: str) -> str:
    """The words that tie the answer to the role: the role as the profile check found it
    (`role_used`: its title said, a duty told, or talk about the job), else, without a
    profile, the first sentence that talks about the job ("this role", "I could help", or the
    role's title and duties in `role_terms`, `company_facts.role_words`)."""
    if role_used:
        return role_used
    title, duties = (role_terms[0], role_terms[1:]) if role_terms else ("", ())
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        found = role_words(sentence, title, duties)
        if found:
            return found
    return ""


def _items(value: object) -> list[Mapping[str, object]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]
