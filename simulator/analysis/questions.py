"""What kind of question was asked decides which checks are fair: only behavioral questions
("tell me about a time…") are judged against STAR. Also holds the default answer lengths per kind,
as data a question bank can override."""

from __future__ import annotations

import re

from simulator.analysis.audience import QuestionKind

DEFAULT_TARGET_S: dict[str, tuple[float, float]] = {
    "behavioral": (60.0, 120.0),
    "situational": (45.0, 90.0),
    "technical": (45.0, 120.0),
    "motivation": (30.0, 75.0),
    "company": (30.0, 90.0),
    "about_you": (45.0, 90.0),
    "culture": (40.0, 90.0),
    "questions_to_ask": (30.0, 120.0),
    "presentation": (240.0, 300.0),
    "practical": (2.0, 45.0),
}
"""Seconds a good answer takes (min, max) by question kind, when its question does not say: from
common coaching practice (a STAR story in one to two minutes, a motivation answer under a minute
and a quarter, a practical answer - a pay range, a notice period - in a sentence or two). The
one table: a bank question without `target_s` gets it too (`simulator.interview.banks`), so an
answer judged with its question or without it (a question since removed, `analyze` without
`--question`) is held to the same length."""

OWN_QUESTION_KINDS: frozenset[str] = frozenset({"questions_to_ask"})
"""Kinds where the candidate asks rather than answers (their questions for the interviewer): what
belongs to answers is not applied. No length target (a good question takes five seconds), so
their timing has no target and no verdict; no STAR view; no audience fit (an interviewer's
themes are about answers). Their own review is analysis.candidate_questions."""
NO_STAR_KINDS: frozenset[str] = OWN_QUESTION_KINDS | {"presentation", "company", "practical"}
"""Kinds whose turns are not STAR answers (the candidate's questions, a talk, an answer about the
company, a practical answer such as a pay range or a start date): their STAR parts are not
judged or shown (`StarReport.applies` is False). An answer about the company has its own
judgment (`simulator.analysis.company_answer`)."""
LENGTH_FLAW_KINDS: frozenset[str] = (
    frozenset(DEFAULT_TARGET_S) - OWN_QUESTION_KINDS - {"presentation"}
)
"""Kinds whose answers get a too-short / too-long flaw: not the candidate's own questions, and
not a talk, whose time is judged against its slot by analysis.presentation."""

# Checked in order: the first kind whose pattern matches wins, so the narrow kinds come first
# ("tell me about yourself" before "tell me about a time").
_KIND_PATTERNS: tuple[tuple[QuestionKind, str], ...] = (
        (
            "questions_to_ask",
            r"\b(any|some|what) questions (do you have )?(for|about) "
            r"(me|us|the (team|role|company))"
            r"|\bdo you have (any )?questions\b|\bwhat (would|do) you (like to|want to) ask\b",
        ),
        (
            "about_you",
            r"\btell (me|us) (a (little|bit) )?(more )?about yourself\b|\bintroduce yourself\b"
            r"|\bwalk (me|us) through (your|ur) (background|resume|résumé|cv|career)\b"
            r"|\bdescribe yourself\b|\bwho are you\b",
        ),
        (
            "presentation",
            r"\b(prepare|give|deliver) (a|us a|me a) (short )?(presentation|talk|pitch)\b"
            r"|\bpresent (your|a|the)\b|\bin (five|ten|\d+) minutes\b|\bpitch (me|us)\b",
        ),
        (
            "behavioral",
            r"\b(tell|talk to) (me|us) about (a|an|one|the last|the|some) (time|occasion|moment"
            r"|situation|project|example|instance|case|mistake|failure|conflict|challenge"
            r"|decision|success|achievement|accomplishment)\b"
            r"|\b(describe|share|recall|walk (me|us) through|talk about|give (me|us)) (a|an|one"
            r"|the|your|some) (specific )?(time|occasion|situation|example|instance|moment"
            r"|project|case)\b|\bgive (me |us )?(an|a specific|one|some) examples?\b"
            r"|\bhave you ever\b|\bcan you think of a time\b|\bwhen (did|have) you (last )?\b"
            r"|\bwhat (is|was|'s) (an|a|the) (example|time|occasion)\b"
            r"|\bwhat (is|was|'s|would you say (is|was)) (the|your) (biggest|greatest|hardest"
            r"|toughest|best|worst|proudest|most \w+) (achievement|accomplishment|failure"
            r"|mistake|challenge|success|project|decision|setback|conflict)\b"
            r"|\b(achievement|accomplishment|project|moment)s? (that )?you('re| are) (most )?proud"
            r" of\b"
            r"|\b(a|one) time (when|that|you)\b",
        ),
        (
            # After the stories ("tell me about a time you negotiated your pay" is one), before
            # the hypotheticals ("would you be willing to relocate?" asks for a yes and a when).
            "practical",
            r"\b(salary|pay|compensation|remuneration|package|rate) (expectations?|range|band"
            r"|requirements?)\b|\bexpected (salary|pay|rate)\b|\bwhat (salary|pay|rate)\b"
            r"|\bhow much (do|would) you (expect|want|need|like)\b|\bnotice period\b"
            r"|\b(when|how soon) (can|could|would) you (start|join|begin)\b|\bstart date\b"
            r"|\b(willing|able|happy|open|prepared) to (relocate|travel|commute|move"
            r"|work (weekends|nights|shifts|overtime|on site|onsite|from the office))\b"
            r"|\brelocation\b|\bright to work\b|\bvisa sponsorship\b|\bwhat hours\b"
            r"|\byour availability\b",
        ),
        (
            # Before the hypotheticals: "Where would you like to be in a few years?" asks for a
            # plan tied to this role, not what one would do in a scenario.
            "motivation",
            r"\bwhere (would|do|will) you (like|want|hope|expect|plan) to be\b",
        ),
        (
            "situational",
            r"\bwhat would you do\b|\bhow would you\b|\bwhat would you\b|\bimagine\b"
            r"|\bsuppose\b|\bif you (were|had|found|saw|noticed|disagreed|got|joined|could)\b"
            r"|\bwhat if\b|\bhow (will|should|might) you\b|\blet'?s say\b|\bwould you\b",
        ),
        (
            "company",
            r"\bwhat (do |did )?you know about (us|our|the company|[a-z]+ ?[a-z]*'s)\b"
            r"|\bwhat do you know about\b|\bwhat (have you|did you) (found|find) out about\b"
            r"|\bwhy (do|would) you want to (work|join) (here|for us|with us|at)\b"
            r"|\bwhy (do|would) you want (this|the) (role|job|position|post)\b"
            r"|\bwhy (this|our|the) (company|role|job|position|organi[sz]ation|team)\b"
            r"|\bwhy (us|here)\b|\bwhat (attracts|attracted|draws|drew) you to (us|this|our|the)"
            r" (company|role|job|position|team)?\b|\bwhat does our mission mean\b",
        ),
        (
            "motivation",
            r"\bwhy (do|would) you want\b|\bwhy (this|our|us|the) \b|\bwhy (are|were) you "
            r"(interested|applying|leaving|looking)\b|\bwhat (attracts|attracted|draws|drew|"
            r"excites|interests|motivates) you\b|\bwhy should we (hire|choose|pick)\b"
            r"|\bwhere do you see yourself\b|\bwhy (did|do) you (choose|apply|pick)\b"
            r"|\bwhy now\b"
            # A question that opens on "why" and asks for no story or plan (those matched above)
            # asks about a choice: "why logistics and not retail?", "why did you leave sales?".
            r"|^why\b",
        ),
        (
            "culture",
            r"\b(what|which) kind of (team|environment|culture|manager|workplace|work)\b"
            r"|\bhow do you (like to work|work best|prefer to|handle|deal with|approach|manage"
            r"|prioriti[sz]e|stay|keep)\b|\b(work|working|management|leadership|communication)"
            r" style\b|\bwhat (do|does) .{0,20}(value|mean to you)\b|\bstrengths?\b"
            r"|\bweakness(es)?\b",
        ),
        (
            "technical",
            r"\bexplain\b|\bwhat is the difference\b|\bhow does\b|\bhow do (you|we|i) "
            r"(design|implement|calculate|measure|test|debug|scale)\b|\bdesign (a|an|the)\b"
            r"|\bwhat (is|are) (a|an|the)\b|\bdefine\b|\bwhat happens when\b",
        ),
)
_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _KIND_PATTERNS)


def classify_question(text: str) -> QuestionKind:
    """The kind of an interview question. An unrecognised question counts as behavioral, the
    kind this coach is mostly asked to judge and the one whose checks are the most demanding."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    for kind, pattern in _PATTERNS:
        if pattern.search(lowered):
            return kind
    return "behavioral"
