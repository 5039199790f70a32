"""Blame put on someone else where the speaker was asked to own something: a story told to "a
mistake you made" whose mistake is the loaders' ("honestly the mistake was the loaders', they
scanned the wrong trailer"), or told to a company whose value is to own the outcome ("I told my
manager it was the agency's fault"). A good answer may name what others got wrong while owning
its own part ("the supplier sent the wrong valves, but I should have checked the note"): only a
story that puts the fault on others and owns none of it is named (breaker14 B5)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FAULT = r"(fault|mistake|error|screw-?up|cock-?up|blunder)"
_NOT_OWN = (r"(?!(my|our|me|i|mine|ours|myself|no one|nobody|anyone|anybody|everyone|everybody"
            r"|someone|somebody|one)\b)")
_NOT_DENIED = (r"(?<!\bnot )(?<!n't )(?<!\bno )(?<!\bnever )(?<!\bnot the )(?<!n't the )"
               r"(?<!\bnot really )(?<!\bnot really the )")
_ALL_SAID = (r"(really |honestly |actually |clearly |all |entirely |completely |totally |mostly "
             r"|obviously |100% |purely |just )*")
BLAME = re.compile(
    # "it was the agency's fault", "their mistake", "the driver's error"
    _NOT_DENIED + r"\b" + _NOT_OWN + r"([a-z]+'s|[a-z]+s'|their|his|her) (own )?" + _FAULT + r"\b"
    # "the mistake was the loaders'", "the error was theirs", "the fault lay with them"
    r"|\b" + _FAULT + r" (was|lay|lies|is) " + _ALL_SAID
    + r"((with|on|down to) )?(the [a-z]+s'|the [a-z]+'s|theirs|his|hers|them|him)(?![\w'])"
    + r"|\b" + _FAULT + r" (was|is) " + _ALL_SAID + r"the [a-z]+s(?= *[,.;:]| they\b)"
    + r"|\b(fault|blame) (lay|lies|lay squarely|rests?|rested) (with|on) (the|them|him|her|their)\b"
    # "it was the drivers fault" as speech writes it
    + r"|\b(was|is) " + _ALL_SAID + r"the [a-z]+s " + _FAULT + r"\b"
    # "I blamed the night shift", "I put the blame on the agency"
    + r"|\bi (blamed|put (the |all the )?blame on|pointed the finger at) (?!myself\b)[a-z]+"
    # "it was the loaders, not me"; "not my fault"; "nothing to do with me"
    + r"|\b(them|him|her|they|theirs|the ([a-z]+ )?[a-z]*(ers?|ors?|ists?|man|men|team|crew"
    + r"|staff|shift|agency|office|department|supplier|suppliers|company|contractors?|client"
    + r"|customer)"
    + r"(?!\w))( [a-z]+)?,? not (me|mine|my [a-z]+)\b"
    + r"|\b(wasn't|was not|isn't|is not|not) (really |even |entirely |strictly |actually )?"
    + r"(my fault|my mistake|my error|down to me)|\bnothing to do with me\b"
)
"""The fault said to be someone else's, or said not to be the speaker's, not denied ("it was
not her fault" defends her)."""
OWNED = re.compile(
    _NOT_DENIED + r"\bmy (own )?(mistake|fault|error|slip|blunder|oversight|doing)\b"
    r"|\b" + _FAULT + r" (was|is) " + _ALL_SAID + r"(partly |also |half )?mine\b"
    r"|\bi (also |then |just |simply |had )?(should have|should've|shouldn't have|forgot|missed"
    r"|misread|misjudged|overlooked|mixed up|didn't check|did not check|never checked"
    r"|hadn't checked|had not checked|got (it|that|this|the \w+) wrong|messed up|made (a|the|an"
    r"|that|this|my) (\w+ )?(mistake|error|wrong call|bad call)|took (full |the )?(responsibility"
    r"|ownership|blame)|take (full |the )?(responsibility|ownership|blame)|owned (it|up|that"
    r"|the)|was wrong|am to blame|was to blame|apologi[sz]ed for my)\b"
)
"""The speaker owning a mistake ("my fault", "I should have checked", "I took the blame")."""

OWN_MISTAKE_ASKED = re.compile(
    r"\byou(('ve| have) )? (\w+ ){0,2}(made|make) (a |an )?(\w+ )?(mistake|error|wrong call"
    r"|bad call|bad decision)"
    r"|\b(mistakes?|errors?) (that )?you (\w+ )?(made|make)\b"
    r"|\byour (own )?(\w+ )?(mistakes?|errors?|failures?)\b"
    r"|\byou (\w+ )?(failed|fail)\b|\byou \w+ (that|which) (failed|went wrong)"
    r"|\byou(('ve| have) )? (\w+ )?(got|get) (it|something|things|\w+) wrong\b"
    r"|\bturned out (to be )?wrong\b|\badmit\w*\b"
    r"|(?<!spotted )(?<!caught )(?<!found )(?<!noticed )(?<!prevented )(?<!corrected )(?<!fix )"
    r"(?<!fixed )(?<!handled )(?<!with )\b(a|your) (\w+ )?(failure|mistake)\b(?! (by|made by))"
)
"""A question about a mistake or failure of the speaker's own ("a time you made a mistake", "a
professional failure you are not proud of", "a decision you made that turned out to be wrong",
"a mistake you learned from"), not one about a mistake found, prevented or someone else's
("a time you spotted a mistake", "a mistake by a colleague", "an equipment failure")..."""
_SOMEONE_ELSES_ASKED = re.compile(
    r"\b(made by|someone else's|somebody else's|other people's|others'|colleague's|team "
    r"member's|(a|your|another|an) (colleague|team ?mate|team member|member of (your|the) team"
    r"|manager|boss|supplier|contractor|report|direct report|employee|customer|client|someone"
    r"|somebody|person|vendor|partner|project|system|plan|product|launch|process)( who)? "
    r"(made|failed|fail|got|had|messed|let|went))\b"
)
"""...and not asked as someone else's ("a mistake made by a team member", "a colleague who
made a mistake") or a thing's ("a project that failed")."""
OWNERSHIP_VALUE = re.compile(
    r"\b(own|owning|owns|owned|ownership|owner|accountab\w*|responsib\w*|blame)\b")
"""A company value about owning what one does ("Own the outcome", "Take responsibility", "We
are accountable")."""


def asks_own_mistake(question: str | None) -> bool:
    """Whether `question` asks for a mistake or failure of the speaker's own."""
    asked = (question or "").lower().replace("\u2019", "'")
    return bool(OWN_MISTAKE_ASKED.search(asked)) and not _SOMEONE_ELSES_ASKED.search(asked)


def ownership_values(values: Sequence[str]) -> list[str]:
    """The company values about owning what one does (`OWNERSHIP_VALUE`), as named."""
    return [v for v in values if OWNERSHIP_VALUE.search(v.lower())]


def blamed_others(text: str) -> str:
    """The words that put the fault on someone else ("the mistake was the loaders'", "the
    agency's fault"), when the answer owns no mistake of its own (`OWNED`); else ""."""
    said = " ".join(text.lower().replace("\u2019", "'").split())
    blamed = BLAME.search(said)
    if blamed is None or OWNED.search(said):
        return ""
    before = re.search(r"\b(the|it was|it's|that was|this was)( \w+ly)? $", said[: blamed.start()])
    return said[before.start() if before else blamed.start() : blamed.end()]
