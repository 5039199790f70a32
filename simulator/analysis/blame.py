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
    + r"(my fault|my mistake|my error|my doing|down to me|on me)\b|\bnothing to do with me\b"
    # "more on the finance side than on me", "more down to the agency than to me": the fault
    # weighed onto others (breaker16 D20: "it was not really on me, the QA team had signed off")
    + r"|\b(more|mostly|much more|rather) (on|down to|with) (the |our |my )?[a-z]+( [a-z]+)?"
    + r"( side| end| team)? (than|rather than) (on |to |with )?(me|mine|my side|my end|us)\b"
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
    before = re.search(r"\b(the|it was|it's|that was|this was|it|that|this)( \w+ly)? $",
                       said[: blamed.start()])
    return said[before.start() if before else blamed.start() : blamed.end()]


_PERSON = (
    r"colleagues?|co-?workers?|team ?mates?|drivers?|fitters?|cashiers?|apprentices?|trainees?"
    r"|cleaners?|porters?|nurses?|chefs?|cooks?|waiters?|waitress(es)?|clerks?|agents?"
    r"|engineers?|technicians?|mechanics?|suppliers?|contractors?|managers?|supervisors?"
    r"|assistants?|workers?|operators?|operatives?|pickers?|packers?|loaders?|handlers?"
    r"|builders?|labourers?|laborers?|electricians?|plumbers?|joiners?|welders?|painters?"
    r"|tailors?|cutters?|designers?|developers?|analysts?|accountants?|teachers?|carers?|temps?"
    r"|interns?|juniors?|starters?|hires?|receptionists?|pharmacists?|doctors?|volunteers?"
    r"|guards?|couriers?|dispatchers?|planners?|bakers?|baristas?|bartenders?|housekeepers?"
    r"|storem[ae]n|tradesm[ae]n|forem[ae]n|lads?|guys?|girls?|boys?|man|men|woman|women"
    r"|partners?|deputy|boss|leads?|leaders?|secretary|vendors?|agency|inspectors?|officers?"
    r"|coordinators?|team|crew|shift|staff|member of (the )?(staff|team)"
    r"|office|bureau|department|desk|testers?|reviewers?|auditors?|checkers?|approvers?"
    r"|surveyors?|firm|provider"
)
"""Words for a person at work, by their job or place in it (`MISSTEP_DOER`)."""
MISSTEP_DOER = re.compile(
    r"^\W*(\w+\W+){0,8}?(?<!\bfor )(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\bof )(?<!\bby )"
    r"(?<!\bat )(?<!\bon )(?<!\bin )(?<!\babout )"
    r"\b(?P<doer>i|we|me and \w+|he|she|they|someone|somebody"
    rf"|(the|a|an|our|my|one of (the|our|my)) (\w+ ){{0,2}}?({_PERSON}))\b(?P<rest>.*)$"
)
"""Who does what a clause tells: its first person not after a preposition ("for the new
manager" is no doer), within its first words (an opener such as "last summer on a job in
Leek" or "to be honest" may come before)."""
_MISSTEP = re.compile(
    r"\b(wrong(ly)?|forgot|forgotten|by mistake|by accident|accidentally|mistakenly"
    r"|without (checking|looking|asking|reading|telling|testing|counting)|skipped"
    r"|mixed up|misread|mislabell?ed|miscounted|misjudged|overlooked"
    r"|(did not|didn't|had not|hadn't|never) (check|read|look|ask|tell|test|count|confirm|lock"
    r"|close|switch|put|send|sign|follow|update|write|pass|label)\w*)\b"
)
"""A slip told in a clause: something done wrong, forgotten, skipped, done without the check
it needed, or a check not done."""
_NOT_DONE_BY = re.compile(
    r"^ (just |then |also )?(got|gets|received|(had|has|have)(?! (\w+ )?(\w+ed|\w+en|done|made"
    r"|sent|put|let|set|cut|left|run|built|brought|bought|taught|caught|lost|kept|told|read"
    r"|signed off)\b)|was|were|saw|found|noticed|spotted"
    r"|ended up|asked|called|rang|complained|came|arrived|waited|could not|couldn't|said|says"
    r"|told|tell|thought|think|admitted|reported|felt|believed|knew|worried)\b"
)
"""A person who receives, finds or reports the slip rather than makes it ("the customer got the
wrong size", "she said the colour was wrong"); "had" only as a verb of its own ("he had the
wrong list"), not before the deed ("the bureau had loaded the wrong date" is the bureau's)."""
_CLAUSE = re.compile(r"[.;:!?,]|\b(?:and|but|so|because|when|while|then|although|though)\b")


def others_slip(text: str) -> str:
    """The clause that tells a slip made by someone else ("the night fitter signed the check
    without looking", "our apprentice wired the socket to the wrong circuit") in a story that
    tells no slip of the speaker's own ("I sent it to the wrong depot", "we forgot") and owns
    none (`OWNED`): told to "a mistake you made", such a story is someone else's mistake even
    with no word of fault or blame (breaker15 B8). "" otherwise, and where no slip's doer is
    told."""
    said = " ".join(text.lower().replace("\u2019", "'").split())
    if OWNED.search(said):
        return ""
    found = ""
    for clause in _CLAUSE.split(said):
        slip = _MISSTEP.search(clause)
        doer = MISSTEP_DOER.match(clause[: slip.start()]) if slip else None
        if doer is None:
            continue
        who = doer.group("doer")
        if who in ("i", "we") or who.startswith("me and"):
            if _NOT_DONE_BY.match(doer.group("rest")):
                # The speaker telling or finding the slip ("I told the director what had gone
                # wrong") owns no slip of their own (breaker16 D20).
                continue
            return ""
        if not found and not _NOT_DONE_BY.match(doer.group("rest")):
            found = clause.strip()
    return found
