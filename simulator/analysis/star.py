"""STAR structure of a spoken answer: which words tell the Situation, the Task, the Action and the
Result, and what is missing or weak.

The answer is cut into short units (sentences where there is punctuation; pauses and discourse
markers such as "so", "as a result" or "my job was" where there is none). Each unit gets a score
per label from cues that hold across roles and industries (the grammar of setting a scene, of
owning a goal, of doing, of an outcome) plus where it sits in the answer. A Viterbi pass then
picks the most likely sequence of labels, favouring the usual order S → T → A → R while still
allowing result-first answers and results told between actions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from simulator.analysis.tokens import Token

Label = Literal["S", "T", "A", "R", "other"]
STAR_LABELS: tuple[Label, ...] = ("S", "T", "A", "R")
PART_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}

# ---------------------------------------------------------------------------------------------
# Cutting the answer into units

_STRONG_MARKERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "as a result", "in the end", "the result was", "the outcome was", "the end result",
        "which meant", "that meant", "this meant", "my job was", "my role was", "my task was",
        "my goal was", "my responsibility was", "the goal was", "our goal was", "i was asked",
        "i was tasked", "i was responsible", "i needed to", "i had to", "by the end",
        "ultimately", "eventually", "since then", "what i learned", "i learned", "after that",
        "and then", "so i", "first i", "then i", "next i", "i decided", "i started by",
        "because of that", "thanks to that", "within a", "over the next", "looking back",
        "the problem was", "the issue was", "the challenge was", "at the end", "overall",
        "the next day", "afterwards", "from then on", "i ended up", "we ended up",
        "it was up to me", "so we", "in total",
    )
)
_WEAK_MARKERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "so", "then", "but", "and i", "and we", "and the", "once", "now", "because",
        "which", "when i", "when we", "i", "we", "my", "our", "after", "finally", "first",
        "second", "next", "also", "and that",
    )
)
_CLAUSE_MARKERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "as a result", "which meant", "that meant", "this meant", "in the end", "by the end",
        "because of that", "ultimately", "eventually", "and as a result", "so in the end",
        "which led to", "and within", "and after", "and since then", "and by the end",
        "within a", "within an", "within half", "within two", "within three", "within six",
        "a week later", "a month later", "a year later", "the next morning", "the next day",
    )
)
"""Where punctuated text changes part inside a sentence (nearly always into the result)."""
_NEW_CLAUSE_WORDS = frozenset({"i", "we", "so", "then", "after", "within", "finally"})
"""After a comma in a long run-on, these start a new sentence far more often than not."""
_COMMA_PAUSE_S = 0.3
"""A comma followed by a breath this long is where a spoken sentence ended."""
_MIN_UNIT_WORDS = 4
"""A marker does not cut off fewer words than this; very short units carry too little."""
_UNPUNCTUATED_PAUSE_S = 0.45
_PUNCTUATED_PAUSE_S = 1.0
_LONG_UNIT_WORDS = 22
"""Units longer than this are cut at weaker markers too (run-on speech)."""


def _marker_at(norms: Sequence[str], index: int, markers: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(norms[index : index + len(m)]) == m for m in markers)


def split_units(tokens: Sequence[Token], punctuated: bool) -> list[tuple[int, int]]:
    """Units as (first, end) token ranges covering all tokens in order."""
    norms = [t.norm for t in tokens]
    cuts = [0]
    for index in range(1, len(tokens)):
        previous, current = tokens[index - 1], tokens[index]
        unit_length = index - cuts[-1]
        gap = (
            current.start - previous.end
            if current.start is not None and previous.end is not None
            else 0.0
        )
        if previous.sentence_end:
            cut = True
        elif gap >= (_PUNCTUATED_PAUSE_S if punctuated else _UNPUNCTUATED_PAUSE_S):
            cut = unit_length >= 2
        elif unit_length < _MIN_UNIT_WORDS:
            cut = False
        elif punctuated:
            # Recognizers sometimes join sentences with a comma: long run-ons are cut at the
            # same markers as unpunctuated speech.
            cut = previous.clause_end and (
                _marker_at(norms, index, _CLAUSE_MARKERS)
                or (unit_length >= 14 and _marker_at(norms, index, _STRONG_MARKERS))
                or (unit_length >= 10 and norms[index] in _NEW_CLAUSE_WORDS)
                or (unit_length >= 6 and gap >= _COMMA_PAUSE_S)
            )
        elif _marker_at(norms, index, _STRONG_MARKERS):
            cut = True
        elif norms[index] in {"i", "we"} and index + 1 < len(norms) and unit_length >= 6:
            # "... regular routes | i listed every delivery": a subject and a past-tense verb
            # begin a new spoken sentence.
            cut = bool(_PAST_VERB.fullmatch(norms[index + 1]))
        else:
            cut = _marker_at(norms, index, _WEAK_MARKERS) and (
                unit_length >= _LONG_UNIT_WORDS or norms[index] in {"so", "then", "but", "and"}
            )
        if cut:
            cuts.append(index)
    cuts.append(len(tokens))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]


# ---------------------------------------------------------------------------------------------
# Cues. Patterns run over " ".join(norms) of a unit; weights are log-odds-like points.

_PAST_ACTION_VERBS = (
    "set up|called|met|spoke|talked|wrote|built|created|organi[sz]ed|scheduled|arranged|started"
    "|began|decided|proposed|suggested|pulled|gathered|analy[sz]ed|reviewed|mapped|designed"
    "|drafted|rewrote|trained|coached|asked|sat down|listened|reached out|contacted|emailed"
    "|escalated|negotiated|offered|put together|put|introduced|implemented|tested|ran|led"
    "|broke|split|prioriti[sz]ed|made|took|gave|sent|checked|went|brought|shadowed|documented"
    "|explained|presented|pitched|volunteered|stayed|followed up|chose|moved|changed|rebuilt"
    "|automated|fixed|debugged|traced|identified|found|researched|interviewed|surveyed"
    "|compared|prepared|planned|booked|updated|redesigned|adjusted|tracked|paired|delegated"
    "|assigned|recruited|hired|mentored|used|tried|focused|spent|kept|made sure|double checked"
    "|double-checked|flagged|raised|agreed|compiled|calculated|launched|rolled out|piloted"
    "|created|ordered|cleaned|restocked|rearranged|walked|showed|taught|demonstrated|visited"
    "|looked|dug|worked out|figured out|came up|wrote up|sketched|prototyped|refactored|merged"
    "|deployed|migrated|configured|installed|replaced|removed|added|cut|simplified|streamlined"
    "|standardi[sz]ed|coordinated|facilitated|mediated|apologi[sz]ed|acknowledged|reassured"
    "|calmed|administered|assessed|monitored|documented|informed|notified|paged|alerted"
    "|requested|applied|submitted|filed|handled|managed|drove|phoned|texted|messaged|invited"
    "|hosted|ran|divided|reorgani[sz]ed|batched|labeled|labelled|colour-coded|color-coded"
    "|printed|posted|shared|circulated|picked|stepped|jumped|took over|covered|swapped"
    "|reworked|rewired|repaired|inspected|measured|counted|audited|reconciled|modeled|modelled"
    "|forecast|budgeted|costed|quoted|priced|framed|reframed|persuaded|convinced|pushed|insisted"
    "|shifted|switched|turned|opened|closed|wrapped up|finished|completed|delivered|shipped"
)
_IRREGULAR_PAST = (
    "told|said|got|left|lost|won|sold|bought|paid|held|stood|caught|fought|sought|taught|wrote"
    "|drew|grew|threw|flew|rode|spoke|chose|froze|hid|lent|spent|sent|built|dealt|sat|let|hit"
    "|shut|quit|read|led|fed|met|ran|began|came|became|did|gave|took|made|found|kept|brought"
    "|went"
)
_MENTAL_PAST = "thought|felt|knew|understood|meant|saw|heard|learnt|hoped|wished"
"""Past verbs of thinking or perceiving: they tell a real occasion but are not actions."""
_PAST_ACTION = rf"(?:{_PAST_ACTION_VERBS}|{_IRREGULAR_PAST})"
PAST_ACTION = rf"(?:{_PAST_ACTION_VERBS}|{_IRREGULAR_PAST}|{_MENTAL_PAST})"
"""Any past-tense verb that tells of one real occasion (regular -ed verbs are matched apart)."""
_NOT_AFTER_WHEN = r"(?<!when )(?<!while )(?<!since )(?<!after )(?<!until )(?<!before )"
""""When I started as…" sets a scene; "I started by…" is an action."""
_STATE_VERBS_ED = (
    "(?:realised|realized|noticed|wanted|needed|used|learned|liked|loved|hated|hoped|worried"
    "|wondered|assumed|believed|seemed|appeared|expected|supposed|owned|joined|started)"
)
"""-ed verbs that describe a state of mind or a circumstance rather than an action."""
_NUMBER_WORDS = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion"
    r"|half|double|twice|triple|a third|a quarter|dozen)"
)
_UNITS = (
    r"(?:%|percent|per cent|percentage points?|points?|dollars?|pounds?|euros?|k\b|hours?"
    r"|minutes?|days?|weeks?|months?|years?|people|customers|clients|patients|students|users"
    r"|calls|tickets|orders|sales|deals|accounts|x\b|times|grades?|stars?|shifts|beds|units"
    r"|errors|complaints|incidents|bugs|sign-ups|signups|leads|members|percent)"
)
METRIC_PATTERN = re.compile(
    rf"(?:\$|£|€)\s?\d|\d[\d,.]*\s?(?:%|k\b|x\b)|\b{_NUMBER_WORDS}(?: {_NUMBER_WORDS})*"
    rf" (?:\w+ )?{_UNITS}|\bfrom {_NUMBER_WORDS}\b.{{0,30}}\bto {_NUMBER_WORDS}\b"
    r"|\b(?:doubled|tripled|halved|quadrupled)\b"
    r"|\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|twice)\b"
)
"""Anything counted: a result with a number in it can be checked."""
CONCRETE_OUTCOME_PATTERN = re.compile(
    r"\b(?:renewed|promoted|passed|won|signed|shipped|launched|hired|discharged|adopted|approved"
    r"|on time|on schedule|ahead of schedule|under budget|on budget|zero|no longer|first time"
    r"|record|award|every|all of|none of|nobody|never again|still (?:use|uses|used|in use)"
    r"|became the|standard|rolled out|went live|graduated|certified|accepted|offered me|funded"
    r"|reopened|recovered|retained|kept the|closed the|met the deadline|hit the|beat the"
    r"|top|best|highest|lowest|fewer|more than|less than|faster|quicker|sooner|early|earlier"
    r"|before the (deadline|sale|launch|event|end)|no more|any more|anymore|again|full recovery"
    r"|review|came back|bought|booked|chose|agreed to|joined|stayed|reopened|returned|none"
    r"|not (?:a single|once|one)|(?:haven't|hasn't|hadn't|didn't|did not) (?:had|have|run out"
    r"|lose|lost|miss|missed|need|see|get))\b"
)

_CUES: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    label: tuple((re.compile(pattern, re.MULTILINE), weight) for pattern, weight in table)
    for label, table in {
        "S": (
            (r"^(so |okay |well )?(the )?(situation|context|background|setting)( was| is|:)?\b",
             3.0),
            (r"\b(at|in|during) my (last|previous|current|old|first|second|former) (job|role"
             r"|company|position|school|placement|internship|employer|team|workplace|practice"
             r"|store|hospital|year|semester|term)\b", 2.2),
            (r"\b(when|while|back when) (i|we) (was|were|worked|started|joined|had|did)\b", 1.6),
            (r"\bi (was working|worked|used to work|was employed|was interning|was volunteering"
             r"|volunteered|interned|served|started|was hired|was brought in|was a student"
             r"|was studying|was placed|joined|had just joined|had just started) (as|at|for|in|on"
             r"|with|a|an|the)\b", 1.8),
            (r"\bi was (a|an|the) (\w+ ){0,3}(at|in|for|on|with)\b", 1.4),
            (r"^(so |um |well )*as (a|an|the) (\w+ ){0,3}(at|in|for|on|with)\b", 1.2),
            (r"\b(i'm|i am) (a|an) (\w+ ){0,2}\w+\b|\bi work (as|at|in|for|on)\b", 1.2),
            (r"\b(had|'d) (been|grown|fallen|risen|gone|become|begun|dropped|doubled|increased"
             r"|decreased|declined|slipped|stalled|piled up|built up|left|quit)\b", 0.8),
            (r"\bbefore that\b|\b(i'd|i had|we'd|we had|they'd|they had) (been|always|never"
             r"|just)\b|\b(was|were) (\w+ing)\b", 0.6),
            (r"\bi was (moved|transferred|promoted|placed|seconded|hired|new|part of|in (a|the|my"
             r"|our) (team|group|class|course|year))\b|\bi('d| had) never\b|\bin my (first"
             r"|final|second|third|last) (year|week|month|term|semester)\b", 1.2),
            (r"\b(a few|a couple of|two|three|four|five|several|some|many) (years|months|weeks"
             r"|days) (ago|back|earlier)\b", 1.3),
            (r"\blast (year|month|summer|spring|winter|fall|autumn|quarter|semester|term"
             r"|christmas|season)\b", 1.0),
            (r"\bback in\b|\bat the time\b|\bat that (time|point)\b|\bin (19|20)\d\d\b", 1.0),
            (r"\bthere (was|were|had been|'d been)\b|\bthere's this\b", 1.1),
            (r"\b(was|were|had been) (struggling|falling|behind|failing|losing|facing|dealing"
             r"|having|getting|running (late|behind|low|out)|short|understaffed|overloaded|late"
             r"|unhappy|frustrated|stuck|growing|dropping|rising|slipping|piling|missing|down"
             r"|overdue|over budget|known for|constantly|always|not|never|about to|due|set to"
             r"|supposed|planning|moving|launching|migrating|going through|in the middle)\b", 1.1),
            (r"\b(we|they|he|she|it|the team|our team|the company|the client|the store|the ward"
             r"|the school|the project|the system|the process|the department) (was|were|had"
             r"|had been|used to|kept)\b", 0.7),
            (r"\b(the|a|one|our) (problem|issue|situation|context|background|complaint|trouble"
             r"|setup|backlog) (was|is|were|started|came)\b", 1.0),
            (r"\b(i|we) (had|got|inherited|noticed|received) (a|an|this|one|our|some|two|three"
             r"|several) \b", 0.6),
            (r"\b(this|it) (was|happened)\b", 0.3),
            (r"\bone (day|time|evening|night|morning|shift|week|weekend|afternoon)\b|\bonce\b",
             0.9),
            (r"\bbecause (of )?(the|a|our|they|it|we)\b", 0.2),
        ),
        "T": (
            (r"^(so |okay |well )?(the |my )?(task|objective|goal|challenge)( was| is|:)?\b",
             1.5),
            (r"\b(my|our) (job|role|task|goal|responsibility|aim|objective|assignment|mission"
             r"|challenge|part|brief|remit|priority|focus|target|deadline|plan|idea) (was|is"
             r"|became|here|there|then|in this|for)\b", 2.6),
            (r"\b(set|gave|give|given) (myself|me|us|the team) (a |the |an )?(\w+ ){0,2}(goal"
             r"|target|challenge|deadline|task|job)\b|\bthe (goal|aim|target|challenge) of\b"
             r"|\bgave (me|myself|us|the team) (\w+ ){1,3}to\b", 2.0),
            (r"\b(wanted|needed|asked|expected) (someone|somebody|one of us|a volunteer|me|us)"
             r" to\b|\bi (volunteered|offered|agreed|signed up|stepped up) to (lead|take|run|own"
             r"|look|handle|sort|fix|organi[sz]e|coordinate|be)\b", 1.6),
            (r"\b(i|we) (needed|wanted|had) (us|them|him|her|the team|everyone|people) to\b",
             1.4),
            (r"\b(the|our) (goal|task|aim|objective|challenge|mandate|brief|ask|deadline"
             r"|target|priority|expectation|requirement) (was|is|were)\b", 2.2),
            (r"\bi (was|got|had been|'d been|'m) (asked|tasked|responsible|expected|assigned"
             r"|charged|brought in|hired|put in charge|given|chosen|picked|nominated|the one"
             r"|in charge|accountable|on the hook|supposed)\b", 2.2),
            (r"\b(i|we) (needed|had|wanted|was going|were going) to\b", 1.4),
            (r"\b(it was|it fell) (up to me|my job|my responsibility|on me|to me)\b", 2.3),
            (r"\b(responsible for|in charge of|tasked with|accountable for|owned the|owner of"
             r"|in charge)\b", 1.5),
            (r"\b(asked me|wanted me|needed me|expected me|told me) to\b", 1.7),
            (r"\b(needed|had) to be\b|\bby (the end of|friday|monday|tuesday|wednesday|thursday"
             r"|the deadline|next)\b|\bwithin (a|two|three|one|\d+) (days?|weeks?|months?"
             r"|hours?)\b", 0.6),
            (r"\bwithout (losing|breaking|going|upsetting|hurting|missing|dropping)\b", 0.8),
            (r"\b(so )?the question was\b|\bi knew i (had|needed) to\b|\bi wanted to make sure\b"
             r"|\b(had|needed) to (figure out|find a way|make sure|get|fix|convince|deliver|come"
             r"up|turn|keep|win|bring|reduce|improve|sort out|calm|resolve|hit|meet)\b", 1.0),
        ),
        "A": (
            (r"^(so |okay |well )?(the )?(actions?|steps?)( i took| i took were| was| were|:)?"
             r"\b|\bthe (first |next )?(step|action|thing) i took\b", 3.0),
            (r"\bi (go|call|sit down|ask|tell|start|decide|set up|write|build|talk|speak|put"
             r"|take|pull|move|organi[sz]e|schedule|book|meet|email|reach out|get everyone)\b",
             0.7),
            (rf"{_NOT_AFTER_WHEN}\bi (first |then |also |quickly |immediately |personally "
             rf"|eventually |actually "
             rf"|just |finally |carefully |directly |initially |proactively )?{_PAST_ACTION}\b",
             1.7),
            (rf"{_NOT_AFTER_WHEN}\bi (?!{_STATE_VERBS_ED}\b)(\w+ed)\b", 0.7),
            (r"\bi (decided|started by|began by|chose|made sure|went ahead|took the|took it"
             r"|set about)\b", 1.2),
            (r"\bwhat i did (first |next |then )?was\b|\bthe first thing i did\b|\bi did (two"
             r"|three|a few|several) things\b", 2.0),
            (r"\b(first|firstly|second|secondly|third|thirdly|then|next|after that|from there"
             r"|to start|to begin|step one|the first thing|the next thing|once that|meanwhile"
             r"|at the same time|in parallel|also)\b", 0.6),
            (r"\bso i\b|\bthen i\b|\band i\b", 0.6),
            (rf"\b(we|my team and i|the two of us|together we) (first |then |also |quickly )?"
             rf"{_PAST_ACTION}\b", 0.6),
            (r"\b(i|we) (would|'d|will|'ll|could|might) (start|first|begin|then|call|talk|speak"
             r"|meet|ask|check|look|set|make|try|escalate|prioriti[sz]e|review|gather|sit"
             r"|reach|explain|work|find|get|bring|take|schedule|document|follow)\b", 0.9),
            (r"\bi'd\b|\bi'll\b", 0.3),
            (r"\bby (\w+ing)\b", 0.3),
        ),
        "R": (
            (r"^(so |okay |well )?(the |as a )?(results?|outcome|impact)( was| were| is|:)?\b",
             2.0),
            (r"\b(resulted in|resulting in|led to|leading to|contributed to|which helped"
             r"|this helped|that helped|paid off)\b", 1.6),
            (r"\b(as a result|in the end|the result|the results|the outcome|ultimately|by the end"
             r"|at the end of|ended up|end result|all in all|because of (that|this)|thanks to"
             r"|which meant|that meant|this meant|it meant|since then|from then on|to this day"
             r"|in the months after|a (week|month|year|few weeks|few months) later|afterwards"
             r"|after (a|two|three|six|\w+) (weeks|months|days))\b", 1.9),
            (r"\b(increased|decreased|reduced|improved|grew|rose|fell|dropped|cut|saved"
             r"|doubled|tripled|halved|boosted|lowered|shortened|went (up|down)|came (down|back)"
             r"|climbed|jumped|exceeded|beat|surpassed|won|landed|secured|retained|recovered"
             r"|went live|launched on|finished|delivered|signed|renewed|passed|hit|met|shipped"
             r"|completed|approved|accepted|agreed|chose|selected|adopted|invited|most)\b", 0.8),
            (r"\b(before|ahead of) (the )?(deadline|schedule|time|due date)\b|\b(early|on time"
             r"|in time|on schedule|under budget)\b", 1.0),
            (r"%|\bpercent\b|\bper cent\b|\bfrom \S+ to \S+|\bfrom\b.{1,40}\bto (about |around "
             r"|just |only |under |over |less than |more than )?(\d|none|zero|one|two|three|four"
             r"|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a |an |half|nearly"
             r"|almost)", 1.4),
            (r"\b(didn't|did not|never|haven't|hasn't|hadn't) (have|get|see|lose|miss|run out"
             r"|need|hear|receive|had|got|lost|missed) (any|a single|again|once|one|another"
             r"|since)\b|\b(left|went home|walked away|came away) (happy|satisfied|smiling"
             r"|pleased|relieved|delighted)\b", 1.2),
            (r"\b(feedback|thanked|thank|praised|recogni[sz]ed|promoted|award|adopted|still"
             r"|became|on time|under budget|ahead of schedule|no more|no longer|never|zero"
             r"|the first time|record|best|highest|lowest|fewer|less|more|faster|quicker"
             r"|smoother|calmer|happier|stronger|better)\b", 0.7),
            (r"\b(i|we) (learned|learnt|realized|realised|took away|now know|would do|'d do"
             r"|still)\b|\bwhat i (learned|took)\b|\blesson\b|\btaught me\b|\bnext time\b"
             r"|\bgoing forward\b|\blooking back\b|\bsince then\b|\bnow i\b|\bto this day\b",
             1.6),
            (r"\b(was|were|felt|seemed) (happy|thrilled|pleased|satisfied|grateful|delighted"
             r"|relieved|impressed|glad|comfortable|confident)\b", 1.2),
            (r"\b(now|today|later)\b", 0.4),
            (r"\bfinally\b|\boverall\b", 0.6),
        ),
        "other": (
            (r"^((um|umm|uh|er|erm|ah|hmm|mm|so|okay|ok|well|yeah|right|like|you know|i mean)"
             r"( |$))+$", 3.0),
            (r"^(so |um |uh |well |okay |ok |right |yeah |hmm |oh )*(that's a (really )?(great"
             r"|good|tough|hard|interesting|fun) question|good question|great question|let me"
             r" think|let me see|hmm|sure|absolutely|of course|yes|yeah|okay|ok|right|alright"
             r"|so)( so)?$", 3.0),
            (r"^(so |um |uh |well |okay |ok |yeah |hmm )*(that's a (really )?(great|good|tough"
             r"|hard|interesting|fun) question|good question|great question|let me think"
             r"|let me see|i (can|could) think of|i have (a good|an|one) example|one example"
             r"|an example (that|would)|a (good )?example)\b", 2.2),
            (r"\b(so yeah|yeah so|that's (about |pretty much |basically |really )?(it|all|the"
             r" story|my answer|what happened)|hope (that|this) (answers|helps|makes)|does that"
             r" answer|i think that's (it|all|about it)|anyway|that's (one|an|my) example"
             r"|and that's how)\b", 2.2),
        ),
    }.items()
}
_PAST_VERB = re.compile(rf"{PAST_ACTION}|\w+ed")
_PAST_FIRST_PERSON = re.compile(rf"\bi (\w+ly )?({PAST_ACTION}|\w+ed)\b")


def cue_score(label: str, text: str) -> float:
    """The strongest single cue for `label` in `text` (lower-case words)."""
    return max((w for p, w in _CUES[label] if p.search(text)), default=0.0)


def unit_cue_scores(unit_texts: Sequence[str]) -> list[dict[str, float]]:
    """Cue points per label for each unit. All units are searched in one text, one line each
    (no pattern crosses a line), so each pattern runs once per answer, not once per unit."""
    text = "\n".join(unit_texts)
    line_starts = [0]
    for unit_text in unit_texts[:-1]:
        line_starts.append(line_starts[-1] + len(unit_text) + 1)
    counts: list[dict[tuple[str, int], int]] = [{} for _ in unit_texts]
    for label, table in _CUES.items():
        for number, (pattern, _weight) in enumerate(table):
            for match in pattern.finditer(text):
                unit = bisect.bisect_right(line_starts, match.start()) - 1
                key = (label, number)
                counts[unit][key] = counts[unit].get(key, 0) + 1
    scores = []
    for unit, found in enumerate(counts):
        totals = dict.fromkeys(_CUES, 0.0)
        for (label, number), count in found.items():
            totals[label] += _CUES[label][number][1] * min(count, 2) ** 0.5
        if METRIC_PATTERN.search(unit_texts[unit]):
            totals["R"] += 1.0
        scores.append(totals)
    return scores


# ---------------------------------------------------------------------------------------------
# Sequence labelling

_STATES: tuple[Label, ...] = ("other", "S", "T", "A", "R", "other")
_PRE, _S, _T, _A, _R, _POST = range(6)
_BACKWARD_COST = {
    (_R, _S): 0.5,  # result-first answers, then the story
    (_R, _A): 1.0,  # a result mid-story, then more actions
    (_A, _T): 1.4,
    (_A, _S): 1.8,
    (_T, _S): 1.0,
    (_R, _T): 1.8,
}


def _transition(source: int, target: int) -> float:
    if source == target:
        return 0.0
    if source == _PRE:
        return -0.1
    if target == _PRE:
        return -9.0
    if source == _POST:
        return -4.0
    if target > source:
        return -0.25 - 0.35 * (target - source - 1) if target != _POST else -0.3
    return -_BACKWARD_COST.get((source, target), 3.0)


_TRANSITIONS = [[_transition(s, t) for t in range(len(_STATES))] for s in range(len(_STATES))]


def _emissions(
    s: dict[str, float],
    starts_at: float,
    ends_at: float,
    words: int,
    is_first: bool,
    is_last: bool,
) -> list[float]:
    """Scores per state for one unit that spans [starts_at, ends_at] of the answer (0..1)."""
    position = (starts_at + ends_at) / 2
    other = s["other"] - 1.6 - 0.08 * max(0, words - 6)
    # Where a part usually sits in an answer: scene first, outcome last. A sentence that states
    # a goal or duty is the task even when told with a verb of doing ("I gave myself a year to").
    return [
        other + (0.0 if starts_at < 0.2 else -6.0),
        s["S"] + 1.3 * (0.45 - position) + (0.6 if is_first else 0.0) - 0.25 * s["A"]
        - 2.0 * max(0.0, position - 0.7),
        s["T"] - 0.3 + 0.8 * (0.3 - abs(position - 0.3)) - 2.0 * max(0.0, position - 0.6),
        s["A"] + 0.6 - 1.4 * abs(position - 0.55) - (0.8 if s["A"] == 0 else 0.0) - 0.5 * s["T"],
        s["R"] + 2.0 * (position - 0.6) - (0.8 if s["R"] == 0 else 0.0)
        + (0.5 if is_last else 0.0),
        other + (0.0 if ends_at > 0.8 else -6.0),
    ]


def label_units(units: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> list[Label]:
    total = max(1, len(tokens))
    unit_texts = [" ".join(t.norm for t in tokens[first:end] if t.norm) for first, end in units]
    emissions = []
    for number, ((first, end), cues) in enumerate(
        zip(units, unit_cue_scores(unit_texts), strict=True)
    ):
        emissions.append(
            _emissions(
                cues, first / total, end / total, end - first, number == 0,
                number == len(units) - 1,
            )
        )
    if not emissions:
        return []
    count = len(_STATES)
    best = [emissions[0][state] + (-4.0 if state == _POST else 0.0) for state in range(count)]
    back: list[list[int]] = []
    for row in emissions[1:]:
        pointers, scores = [], []
        for target in range(count):
            arriving = [best[s] + _TRANSITIONS[s][target] for s in range(count)]
            source = arriving.index(max(arriving))
            pointers.append(source)
            scores.append(arriving[source] + row[target])
        back.append(pointers)
        best = scores
    state = max(range(count), key=lambda s: best[s])
    path = [state]
    for pointers in reversed(back):
        state = pointers[state]
        path.append(state)
    return [_STATES[s] for s in reversed(path)]


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Segment:
    label: Label
    first_token: int
    end_token: int
    """One past the last token."""
    start_char: int
    end_char: int
    start: float | None
    end: float | None
    text: str

    @property
    def words(self) -> int:
        return self.end_token - self.first_token

    def to_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Part:
    present: bool
    share_words: float
    seconds: float | None
    words: int

    def to_dict(self) -> dict[str, object]:
        return {
            "present": self.present,
            "share_words": round(self.share_words, 3),
            "seconds": None if self.seconds is None else round(self.seconds, 2),
        }


def segment_answer(text: str, tokens: Sequence[Token], punctuated: bool) -> tuple[Segment, ...]:
    """Labelled segments in order, not overlapping, together covering every word."""
    units = split_units(tokens, punctuated)
    labels = label_units(units, tokens)
    merged: list[tuple[Label, int, int]] = []
    for (first, end), label in zip(units, labels, strict=True):
        if merged and merged[-1][0] == label:
            merged[-1] = (label, merged[-1][1], end)
        else:
            merged.append((label, first, end))
    segments = []
    for label, first, end in merged:
        start_char = tokens[first].start_char
        end_char = max(tokens[end - 1].end_char, start_char)
        segments.append(
            Segment(
                label=label,
                first_token=first,
                end_token=end,
                start_char=start_char,
                end_char=end_char,
                start=tokens[first].start,
                end=tokens[end - 1].end,
                text=text[start_char:end_char],
            )
        )
    return tuple(segments)


def summarize_parts(segments: Sequence[Segment], total_words: int) -> dict[str, Part]:
    parts: dict[str, Part] = {}
    for label in STAR_LABELS:
        mine = [s for s in segments if s.label == label]
        words = sum(s.words for s in mine)
        timed = [s for s in mine if s.start is not None and s.end is not None]
        seconds = (
            sum(s.end - s.start for s in timed if s.end is not None and s.start is not None)
            if mine and len(timed) == len(mine)
            else None
        )
        parts[label] = Part(bool(mine), words / total_words if total_words else 0.0, seconds, words)
    return parts


def segment_norms(segment: Segment, tokens: Sequence[Token]) -> list[str]:
    return [t.norm for t in tokens[segment.first_token : segment.end_token]]


def past_first_person_actions(text: str) -> list[str]:
    """"I called", "I rewrote"…: the grammar of a real, specific occasion told in the first
    person."""
    return [
        m.group(0)
        for m in _PAST_FIRST_PERSON.finditer(text)
        if m.group(2) not in {"needed", "wanted", "used", "liked", "loved", "hated", "learned"}
    ]
