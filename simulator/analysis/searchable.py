"""Would a quick web search answer this question? The check the your-questions review makes
beside depth: asking an interviewer when the company was founded, how many people work there,
what it sells, where its offices are or what it does spends a question on what the company's
own site or public profile says, and reads as not having prepared.

A question is searchable when it asks for such a fact and nothing an outsider could not know: a
question that also asks how something is lived or changed inside ("How has the culture changed
since you were founded?"), or about the team, the role, its challenges or success, is not.
With a company profile, what the profile holds counts too: asking for the values, the
competitors or a piece of news the candidate was given to read. Pure functions over text; the
profile comes in as plain strings (`KnownFacts`), so analysis needs nothing from interview."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_FIRM = (
    r"(?:the company|your company|the firm|your firm|the business|the organi[sz]ation|you guys"
    r"|you as a company{name})"
)
"""How a question names the company as such, or by the profile's company name (`{name}`)."""
_ORG = _FIRM[:-1] + "|you)"
"""The same, or a plain "you" where it can only mean the company ("where are you based")."""

_PUBLIC_FACTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "when it was founded",
        (
            r"\bwhen (?:was|were|did) .{0,40}\b(?:found|start|establish|set up|creat|begin|began)",
            r"\bwhat year .{0,40}\b(?:found|start|establish|set up)",
            r"\bhow old is " + _FIRM,
            r"\bhow long (?:has|have) " + _FIRM + r" (?:been|existed)",
            r"\bwho (?:founded|started|set up) ",
            r"\bfounded\b",
        ),
    ),
    (
        "how many people work there",
        (
            r"\bhow many (?:people|employees|staff|workers|colleagues|persons)\b",
            r"\bhow (?:big|large) is " + _FIRM + r"\b",
            r"\b(?:headcount|number of employees|size of the company|company size)\b",
        ),
    ),
    (
        "how big it is",
        (
            # "How many buses do you have?" (breaker15 B22): the fleet, stores or customers a
            # company counts are on its website.
            r"\bhow many (?:\w+ ){1,2}(?:do|does) (?:you|you guys|" + _FIRM[3:-1]
            + r") (?:have|run|operate|own|serve) (?:now |today |in total |altogether )?$",
        ),
    ),
    (
        "what it sells",
        (
            r"\bwhat (?:kind of |sort of |type of )?(?:products?|services?|solutions?) "
            r"(?:do|does|are|is|have)\b",
            r"\bwhat (?:do|does) " + _ORG + r" (?:sell|make|offer|produce|manufacture)\b",
            r"\b(?:main|key|core|biggest) (?:products?|services?|brands?)\b",
        ),
    ),
    (
        "where its offices are",
        (
            r"\bwhere (?:is|are) (?:the |your |its )?(?:company s |main )?(?:offices?|headquarters"
            r"|head office|hq|sites?|warehouses?|factories|stores)\b",
            r"\bwhere (?:is|are) " + _ORG + r" (?:based|located|headquartered)\b",
            r"\bhow many (?:offices|sites|locations|stores|branches|countries|warehouses)\b",
            r"\bwhich (?:countries|cities) ",
            r"\bheadquarter",
        ),
    ),
    (
        "what the company does",
        (
            r"\bwhat (?:exactly )?(?:does|do) " + _FIRM + r" (?:actually )?do\b",
            # "What do you do as a company?" (breaker14 B16: judged "fine, not clearly about the
            # company"); "what do you do here" may ask the interviewer's own job, so not that.
            r"\bwhat (?:exactly )?(?:does|do) (?:you|you guys) (?:\w+ )?do (?:\w+ )?as an? "
            r"(?:company|business|firm|organi[sz]ation)\b",
            r"\bwhat (?:is|s) " + _FIRM + r" (?:about|doing)\b",
            r"\bwhat (?:business|industry|sector|market) (?:are|is) " + _FIRM + r" in\b",
        ),
    ),
    (
        "who leads it",
        (
            r"\bwho (?:is|s) (?:the |your )?(?:ceo|chief executive|founder|owner|managing director"
            r"|president|chairman|chair)\b",
            r"\bwho (?:runs|owns|leads) " + _FIRM + r"\b",
        ),
    ),
    (
        "its revenue",
        (
            r"\b(?:what|how much) (?:is|s|was|are|were|does|do|did) .{0,30}\b(?:revenue|turnover"
            r"|annual sales|profits?|earn|make a year)\b",
            r"\b(?:annual|yearly|last year s) (?:revenue|turnover|sales|profits?)\b",
            r"\b(?:revenue|turnover|profits?)\b.{0,30}\bhow (?:much|big|high)\b",
        ),
    ),
    (
        "whether it is listed",
        (r"\b(?:stock exchange|stock market|publicly traded|listed on|public company)\b",),
    ),
)
"""(the fact, patterns that ask for it) over lower-case text without punctuation."""

_INSIDE = (
    "day to day",
    "in practice",
    "personally",
    "for you",
    "you yourself",
    "like for",
    "feel",
    "experience",
    "how has",
    "how have",
    "how did",
    "how will",
    "how would",
    "how does that",
    "how do those",
    "how is that",
    "why",
    "chang",
    "affect",
    "impact",
    "mean for",
    "means for",
    "the team",
    "my team",
    "your team",
    "this team",
    "this role",
    "the role",
    "this job",
    "the job",
    "challeng",
    "hardest",
    "difficult",
    "priorit",
    "strateg",
    "success",
    "next year",
    "plans for",
    "plan to",
    "going forward",
    "learn",
)
"""Words (or their first letters: "chang" for changed, changing) that ask for what only someone
inside can say: such a question is not searchable even when it names a public fact."""
_ASKS_INSIDE = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in _INSIDE) + ")")

_VALUES = (
    r"\b(?:what|which) (?:are|is|would you say are) (?:the |your |its |our )?"
    r"(?:company s |core |main |key |company |guiding )*values?\b"
)
_COMPETITORS = (
    r"\bwho (?:are|is) (?:your|the|its) (?:main |biggest |key |closest )*"
    r"(?:competitors?|rivals?|competition)\b",
    r"\bwho (?:do|does) " + _ORG + r" compete with\b",
    r"\bwhat (?:companies|firms) (?:do|does) " + _ORG + r" compete with\b",
)
_NEWS_OVERLAP = 2
"""Content words a question must share with one news line to be asking for that news."""
_CONTENT = re.compile(r"[a-z0-9]{4,}")
_COMMON = frozenset(
    [
        "about",
        "after",
        "also",
        "been",
        "could",
        "does",
        "from",
        "have",
        "into",
        "just",
        "last",
        "more",
        "most",
        "much",
        "over",
        "should",
        "that",
        "their",
        "them",
        "they",
        "this",
        "those",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "year",
        "years",
        "company",
        "recent",
        "recently",
        "news",
        "true",
        "heard",
        "read",
    ]
)


@dataclass(frozen=True)
class KnownFacts:
    """What a company profile gives the candidate to read before the interview (all optional):
    the company's name, its value names, its competitors and its news lines."""

    company: str = ""
    values: Sequence[str] = ()
    competitors: Sequence[str] = ()
    news: Sequence[str] = ()
    role: Sequence[str] = ()
    """The role's title and what it is expected to do ("Fleet Maintenance Planner", "Lead the
    night fitters' schedule"): a question about them is about the role (`asks_about_role`)."""


def _plain(text: str) -> str:
    lowered = text.lower().replace("\u2019", "'").replace("'", " ")
    return " " + " ".join(re.sub(r"[^a-z0-9 ]", " ", lowered).split()) + " "


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:6]


def searchable_fact(question: str, known: KnownFacts | None = None) -> str:
    """The fact a quick search (or the candidate's own company profile) would give for
    `question`, said as the review says it ("when it was founded", "its values: your company
    profile lists them"); "" when the question asks for more than a public fact."""
    found = _public_match(question, known)
    if found is None:
        return ""
    kind, detail = found
    return {
        "public": detail,
        "values": "its values: your company profile lists them",
        "value": f"its value \u201c{detail}\u201d: your company profile lists it",
        "competitors": "its competitors: your company profile lists them",
        "competitor": f"that it competes with {detail}: your company profile says so",
        "news": f"its news (\u201c{detail}\u201d): your company profile says so",
    }[kind]


def profile_reply(question: str, known: KnownFacts | None) -> str:
    """What an interviewer says to `question` from the company profile's own facts: the values
    named, the competitors named, the news line the question is about; "" when the profile
    holds nothing the question asks (the persona's own reply for its topic is used then)."""
    if known is None:
        return ""
    found = _public_match(question, known)
    if found is None:
        return ""
    kind, detail = found
    company = known.company.strip() or "we"
    if kind == "values":
        return (
            f"You'll find them on our site: {_listed(known.values)}. "
            "Ask me how one of them plays out day to day, that's the interesting part."
        )
    if kind == "value":
        return (
            f"Yes, \u201c{detail}\u201d is one of ours. In this team it shows in how we review "
            "each other's work and own what we ship."
        )
    if kind == "competitors":
        return (
            f"Mostly {_listed(known.competitors)}. What decides most deals is something I'd "
            "rather you tell me after a few months here."
        )
    if kind == "competitor":
        return f"Yes, we meet {detail} in a lot of deals. It keeps {company} sharp."
    if kind == "news":
        return f"Yes: {detail.rstrip('.')}. This team will feel that in its work this year."
    return ""


def _listed(items: Sequence[str]) -> str:
    names = [item.strip() for item in items if item.strip()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _public_match(question: str, known: KnownFacts | None) -> tuple[str, str] | None:
    """(kind, detail) of the public fact `question` asks for, or None: kind is "public" (detail:
    the fact as the review says it), "values", "value" (the value), "competitors",
    "competitor" (its name) or "news" (the profile's line)."""
    text = _plain(question)
    if _ASKS_INSIDE.search(text):
        return None
    known = known or KnownFacts()
    name = _plain(known.company).strip()
    # "Brightwell" for "Brightwell Logistics": people shorten a company's name.
    names = [n for n in dict.fromkeys([name, name.split(" ")[0]]) if len(n) >= 4]
    named = "".join(f"|{re.escape(n)}" for n in names)
    for fact, patterns in _PUBLIC_FACTS:
        for pattern in patterns:
            if re.search(pattern.replace("{name}", named), text):
                return "public", fact
    if known.values and re.search(_VALUES, text):
        return "values", ""
    if known.values and "value" in text:
        for value in known.values:
            if _plain(value).strip() and _plain(value) in text:
                return "value", value
    if known.competitors:
        if any(re.search(p.replace("{name}", named), text) for p in _COMPETITORS):
            return "competitors", ""
        for competitor in known.competitors:
            if _plain(competitor).strip() and _plain(competitor) in text:
                return "competitor", competitor
    line = _news_asked_about(question, known)
    if line and len(_beyond(question, line)) <= _NEWS_BEYOND:
        return "news", line.strip()
    return None


_NEWS_BEYOND = 1
"""Content words a question about a news line may hold that the line does not ("is it true you
opened the new unit *already*?") and still ask only for that news; with more it asks what the
profile does not say ("how will the falls programme be rolled out to the new unit?")."""


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _CONTENT.findall(_plain(text)) if w not in _COMMON}


def _news_asked_about(question: str, known: KnownFacts | None) -> str:
    """The news line `question` speaks about (shares `_NEWS_OVERLAP` content words with, the
    most shared first), or ""."""
    if known is None:
        return ""
    asked = _content(question)
    shared = [(len(asked & _content(line)), line) for line in known.news]
    count, line = max(shared, default=(0, ""))
    return line if count >= _NEWS_OVERLAP else ""


def _beyond(question: str, line: str) -> set[str]:
    return _content(question) - _content(line)


_ROLE_OVERLAP = 2
"""Content words a question must share with the role's title and duties to be about the role."""


def asks_about_role(question: str, known: KnownFacts | None) -> bool:
    """Whether `question` asks about the role the profile describes: it shares `_ROLE_OVERLAP`
    content words with the role's title and duties ("How do the night fitters and the planner
    share the work today?" for a planner who leads "the night fitters' schedule", breaker15
    B22: judged "not clearly about the role, team or company")."""
    if known is None or not known.role:
        return False
    role: set[str] = set().union(*(_content(line) for line in known.role))
    return len(_content(question) & role) >= _ROLE_OVERLAP


def builds_on_news(question: str, known: KnownFacts | None) -> str:
    """The news line of the profile `question` builds on while asking what the line does not
    say ("How will the Safe Steps programme reach the new unit?" on "we opened a new unit"):
    the mark of a prepared question; "" for none, or for a question the line answers
    (`searchable_fact`)."""
    line = _news_asked_about(question, known)
    if not line or searchable_fact(question, known):
        return ""
    return line.strip()
