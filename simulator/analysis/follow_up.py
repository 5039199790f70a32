"""A follow-up answer judged for what it is: the reply to one probe ("And how did it turn out?"),
not a new attempt at the question. It is checked against what the probe asked for (the missing
outcome, a number, the speaker's own part) and merged into its question's STAR view; it is never
scored as a whole answer (answer.analyze_follow_up does the merge)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from simulator.analysis.cues import (
    CONCRETE_OUTCOME_PATTERN,
    HABITUAL,
    NON_OUTCOME,
    OCCASION,
    OUTCOME_METRIC,
    PAST_ACTION,
    PAST_FIRST_PERSON,
    as_past_narrative,
)
from simulator.analysis.flaws import JUDGED, MEASURED_OUTCOME, judged_only, measured
from simulator.analysis.praise import FOLLOW_UP_COUNTS
from simulator.analysis.spoken import answer_word_count
from simulator.analysis.star import Label, Part, cue_score, past_first_person_actions
from simulator.analysis.tokens import tokenize
from simulator.speech.stt import Transcript

_VAGUE_VERBS = re.compile(
    r"\b(tried|helped|supported|learned|learnt|enjoyed|did|was|were|had|said|thought|guess|meant)\b"
)
_CHANGED = re.compile(
    r"\b(stopped|went (up|down)|came (down|back)|disappeared|dropped|fell|rose|improved"
    r"|increased|decreased|got better"
    r"|kept (falling|dropping|improving|rising|growing|coming back|using|to)"
    r"|(didn't|did not|never|hasn't|has not|haven't) (\w+ ){1,2}(once|again|since)"
    r"|(took|rolled|brought|spread) (it|(the|my|our) (\w+ ){0,2}(idea|sheet|system|guide|way"
    r"|process|change|log|method)) (out )?to (the )?(other|all|every|rest)"
    r"|(half|a third|a quarter|twice|three times|four times) as (many|much|often|long|fast)"
    r"|paid for itself|pays for itself"
    r"|(went|came|arrived|finished|closed|shipped|was ready|were ready|was done|were done)( out)?"
    r" (\w+ ){0,4}instead of( \w+)?|asked me to (own|keep|take over|run|lead) it"
    r"|(got|won|brought|clawed|recovered) back (\w+ ){0,4}(dollars|pounds|euros|money|refunds"
    r"|credit))\b"
)
"""What changed, in a reply's words: "dropped", "it didn't close once in the next three
months", "my manager took the log idea to the other two centres", "half as many plants thrown
away", "the table paid for itself", "the report went out on Mondays instead of Wednesdays",
"the team asked me to own it", "got back about forty thousand dollars" (breaker10 D2). Not
"I just kept at it": carrying on is no outcome."""
_WENT_WRONG = re.compile(
    r"\b(arrived|came|got there|got (in|to|back to) (the|their|our|his|her) \w+|got back"
    r"|reached (the|their|our|his|her) \w+|was ready|were ready|was done|were done|finished"
    r"|landed|turned up|showed up) (\w+ ){0,3}(too late|late|just in time|in time|on time"
    r"|(before|after) (the|it|they|she|he|their|our|his|her) (\w+ ){0,3}(had )?(finished|closed"
    r"|ended|gone|left|started|begun|shut|sailed|opened))\b"
    r"|\b(moved|took|switched|gave|sent) (their|its|his|her|all their|the) (\w+ ){0,2}(to"
    r" (another|a different|a competitor|a rival|someone else)|elsewhere)"
    r"|\b(cancelled|canceled|withdrew|pulled|terminated) (the|their|its|his|her|our) (\w+ )?"
    r"(order|orders|contract|booking|account|subscription|deal|membership)\b"
    r"|\blost (the|their|our|a|that) (\w+ )?(account|contract|customer|client|order|deal|sale"
    r"|bid|tender|business)\b"
    r"|\b(it|that|this|the (new |whole |first )?(fix|plan|change|idea|trial|pilot|rota|system"
    r"|process|schedule|template|approach|layout|tool|workaround)) (failed|did ?n[o']?t (work"
    r"|help|fix it)(?! out)|never worked|made no difference)\b"
)
"""What came of it set against its deadline ("the boxes got to the school just in time", "the
boxes arrived after the fair had finished"), and what went wrong, in a reply's words: the
outcome told honestly when it was a bad one ("the school moved their orders to another
supplier", "the client cancelled the contract", "we lost the account", "the fix did not
work"). An outcome as much as one that went well (breaker13 B24: such a reply to "how did it
turn out?" was told it "did not give the outcome", while the same sentence closing the answer
was its Result). Not "it didn't work out", a verdict like "it went well" with nothing told."""
_TOOK_IT_UP = re.compile(
    r"(?<!\bi )\b(switched|moved|changed|went|came|got) (all |both |fully |completely )?(over"
    r"|across|round|around|on board)\b|(?<!\bi )\b(switched|moved|changed) (all |both |fully )?to\b"
    r"|(?<!\bi )(?<!\bi have )(?<!\bi had )\bswitched\b(?! (it|them|the|a|an|my|our|off|on)\b)"
    r"|(?<!had )(?<!have )(?<!has )\b(gone|vanished|disappeared) (for good|since|completely"
    r"|altogether|now)\b"
    r"|\b(started|began|kept|carried on|were|was|are|is|been) (using|to use|working with)\b"
    r"|(?<!\bi )\b(use|uses) (it|them|my|this) (\w+ ){0,3}(now|since|still)\b"
    r"|(?<!\bi )\b(is|are|was|were) (all |completely )?gone\b"
    r"|(?<!\bi )(?<!\bwe )\b(started|began) (to (order|book|pay|follow|apply|come back|ask for)"
    r"|(ordering|booking|paying|following|applying|coming back|asking for))\b"
    r"|(?<!\bi )(?<!\bwe )(?<!would )(?<!will )(?<!might )(?<!could )(?<!to )"
    r"\b(put|wrote|added|made) (it|them|my|our|the) (\w+ ){0,2}(in|into|part of)"
    r" (the|our|their|every|all) (\w+ ){0,2}(induction|training|handbook|manual|policy|policies"
    r"|procedure|standard|guidelines|onboarding|template|checklist for)\b"
    r"|\bfor good\b|\bever since\b|\bfrom then on\b|\bsince then\b|\bnever (went|looked) back\b"
    r"|(?<!\bi )\b(agreed|accepted|approved|adopted|copied|signed off|bought in|took it up"
    r"|picked it up|gave up|dropped)\b"
)
"""An outcome told as what the others did once the speaker had acted: they took it up ("both
planners switched to the tracker for good", "the drivers all started using it", "the ward
agreed", "customers started to order online", "everyone uses my rota now", "the Monday
panic is gone", "my manager put the checklist in the induction pack"), or it lasted ("ever
since", "never went back"). Not after "I": what the speaker did is their action, not the
outcome."""
_NOT_AN_OUTCOME_COUNT = re.compile(r"every\b|the first time\b")
"""CONCRETE_OUTCOME_PATTERN words that tell no outcome in a reply ("two sittings every Friday",
"the fifteenth of every month", "nervous the first time in charge")."""
_CHANGE_TOLD = re.compile(
    r"\b(before|after|from|fewer|less|more|down|up|dropped|fell|rose|saved|cut|instead|now"
    r"|none|no more|stopped|reduced|increased|went|only|compared)\b"
)
"""Words that set a count against another or say it changed: a count per period ("thirty
doctors every week", "two changeovers every shift") is the outcome only beside them ("from
two or three double bookings every week... none in the first month")."""
_AIMED = re.compile(
    r"\b(aim|aims|aimed|target|targets|goal|goals|objective|kpi|working towards|work towards"
    r"|wanted to|hoped to|planned to|expected to|was to get|were to get)\b"
)
"""A figure told as what was aimed for ("the aim we set was to get conversion up by a
fifth"): a target, not the outcome, unless the sentence also says it was reached."""
_REACHED = re.compile(
    r"\b(reached|hit|beat|met|achieved|exceeded|got there|made it|went (up|down)|dropped|fell"
    r"|rose|ended (up|at)|came in at|finished at)\b"
)
_NOT_THERE = re.compile(
    r"\b(i (wasn t|was not|wasn't) there|i (had )?left (before|just before|the company"
    r"|the team)|i (assume|presume|imagine|guess|suppose) (it|that|they|things)|i never (heard"
    r"|found out)|i (don t|do not|don't) know how (it|that|they))\b"
)
"""A reply that says the speaker does not know how it ended ("I got a secondment... so I wasn't
there for that part... I assume it went fine"): a guess is not the outcome."""
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a hundred|a few|a dozen"
    r"|hundreds of|dozens of)"
)
_REPLY_NUMBER = re.compile(
    rf"\bfrom (about |around |roughly |over |under |nearly |almost )?{_NUMBER}\b.{{0,90}}?\bto "
    rf"(about |around |roughly |just |only |under |over |less than |more than |nearly |almost )?"
    rf"({_NUMBER}|none|zero|nothing|half)\b"
    rf"|\b{_NUMBER} (\w+ ){{0,3}}(a|per|every|each) (day|week|month|year|shift|quarter|night)\b"
    r"|\b(went up|went down|rose|improved|dropped|fell|increased|decreased|grew|came down)"
    rf" by (about |around |roughly |nearly |almost |over |under |more than )?({_NUMBER}|a|half a)"
    r" \w+"
    rf"|\b{_NUMBER} (\w+ ){{0,3}}before\b(,? and| now)? (about |around |only |just )?"
    rf"({_NUMBER}|none|zero) (\w+ ){{0,3}}(after|now)\b"
)
"""Numbers a short reply to "with the numbers" gives beyond an answer's metric cues: a before
and after told with a long gap ("from 5 percent of the refunds we paid out to 3 percent"), a
count per period ("about 200 support tickets a week", an outcome only beside a change:
`_outcome_number`), a change by a quantity ("their mock results went up by about a
grade") and a terse before and after ("ten days before, four days after", breaker10 D12)."""
_REPLY_OCCASION = re.compile(
    r"\b(this one time|one time|that time|this time|there was this|there was a time|yesterday"
    r"|(a|one|two|three|few|couple of|some) (days?|weeks?|months?|years?) (back|before|earlier)"
    r"|before (one|two|three|four|five|six|a few|some) (days|weeks|months|years)"
    r"|in (january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|fall|winter|q[1-4])"
    r"|on (a |that |one )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)"
    r"|(my|the) (first|second|last) (day|week|month|year|shift)"
    r"|(the|that) (week|day|night|month) (before|after|of)|(at|in) (my|our|the) (old|last"
    r"|previous|former) (job|company|team|employer|place|school|hospital|store|shop|office)"
    r"|when i (worked|was working) (at|in|for|on)|(in|during) (the|that|my|our) (audit|launch"
    r"|migration|outage|rollout|move|merger|busy season|peak|inspection|strike|pandemic"
    r"|lockdown))\b"
)
"""Words that tell one real occasion, in the registers people reply in ("this one time", "a few
weeks back", "before two years" from a non-native speaker, "in Q3", "at my old job")."""

_REPLY_SCENE: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern), weight) for pattern, weight in (
        # "It was the back office of a bank", "This was a Saturday night at the depot".
        (r"^(so |well |okay |um |sure |yeah |yes |right |ok )*(it|this|that) (was|is) (at |in |on "
         r"|during |outside )?(the|a|an|my|our"
         r"|one) \w+", 0.7),
        # What had gone on before: "the previous lead had left suddenly", "nobody had touched".
        (r"\b(had|'d) (\w+ly )?(left|gone|quit|been|stopped|broken|piled up|built up|fallen"
         r"|touched|closed|changed|moved|grown|dropped|risen|run out|missed)\b", 0.6),
        # When: "it was at a warehouse in nairobi, 2023".
        (r"\b(19|20)\d\d\b", 0.6),
        # What was going on: "the depot was handling twice its usual parcels".
        (r"\b(was|were) (\w+ ){0,2}\w+ing\b", 0.6),
        # Where: "of a bank in Bangalore", "at a small dental practice".
        (r"\b(of|at|in|for) (a|an|the|our|my) (\w+ ){0,2}(company|bank|shop|store|hospital|ward"
         r"|office|warehouse|school|restaurant|hotel|factory|site|firm|agency|charity|council"
         r"|clinic|practice|depot|lab|garage|cafe|bakery|call centre|call center|branch)\b", 0.6),
    )
)
"""How a reply to "set the scene" tells it beyond the answer's Situation cues (breaker10 D1):
what it was, what had happened before, where. Their weights add up; a scene is given at
`_SCENE_GIVEN`."""
_SCENE_GIVEN = 1.2
_NAMED_PLACE = 0.6
"""What a place the reply names by its name adds to its scene (`_scene_places`)."""

_SCENE_PLACE = re.compile(
    r"\b(?:in|near|outside)\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+)?)"
    r"|\b([A-Z][\w'\u2019.-]+)\s+(?:office|branch|site|plant|campus|hospital|warehouse|depot"
    r"|store|factory|headquarters|hq|hub)\b"
)
"""A place a story is set in, as a typed reply or a recognizer that writes case gives it: "at
my last work in Makati", "2023, Krak\u00f3w office"."""
_NOT_A_PLACE = frozenset({
    "the", "a", "an", "my", "our", "this", "that", "their", "his", "her", "its", "i", "we",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "christmas", "easter", "spring", "summer", "autumn", "fall", "winter",
    "english", "excel", "finance", "sales", "marketing", "operations", "support", "engineering",
    "legal", "product", "procurement", "accounts", "payroll", "it", "hr",
})
"""Capitalised words after "in" that name a time, a tool, a language or a department."""


def _scene_places(text: str) -> set[str]:
    """The places `text` sets a story in, lower case ("makati", "krak\u00f3w"): no time, tool,
    department or word that only opens a sentence."""
    places = set()
    for match in _SCENE_PLACE.finditer(text):
        name = (match.group(1) or match.group(2)).rstrip(".")
        first = name.split()[0].lower()
        if first in _NOT_A_PLACE or any(c.isdigit() for c in name) or name.isupper():
            continue
        places.add(name.lower())
    return places


def another_place(reply: str, story: str) -> tuple[str, str] | None:
    """(the reply's place, the story's) when a reply opens in another place than the story it
    replies about was set in ("2023, Krak\u00f3w office..." to "set the scene" of a story
    "at my last work in Makati"): another story, whatever it gives. None when either names no
    place, or the reply names the story's place or the story names the reply's."""
    opening = re.split(r"(?<=[.!?])\s+|\n+\s*(?:[-*\u2022]\s*)?", reply.strip(), maxsplit=1)[0]
    opening = re.split(r"\s+[-*\u2022]\s+", opening)[0]
    theirs = _scene_places(opening)
    ours = _scene_places(" ".join(re.split(r"(?<=[.!?])\s+", story.strip())[:2]))
    if not theirs or not ours:
        return None
    said, told = reply.lower(), story.lower()
    if any(place in told for place in theirs) or any(place in said for place in ours):
        return None
    return sorted(theirs)[0], sorted(ours)[0]


GIVES_PART: dict[str, Label] = {
    "no_result": "R", "no_metrics": "R", "no_action": "A", "we_not_i": "A",
    "no_situation": "S", "no_task": "T", "vague": "A", "hypothetical": "A",
}
"""The STAR part a follow-up fills in when it gives what its probe asked for."""

_WANTED: dict[str, tuple[str, ...]] = {
    "no_result": ("outcome",), "no_metrics": ("number",), "no_action": ("own_action",),
    "we_not_i": ("own_action",), "vague": ("specific",), "hypothetical": ("own_action",),
    "no_situation": ("situation",), "no_task": ("task",),
}
"""What a reply must tell to give what the probe for each flaw code asked. "specific" (for a
probe asking for a specific example) is one real occasion, the speaker's own action in it, or a
measured figure: each makes the story one that happened, not what usually happens."""


_PROBE_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern, re.IGNORECASE))
    for code, pattern in (
        ("no_metrics", r"\b(numbers?|figures?|how (much|many)|percent(age)?)\b"),
        ("no_result", r"\b(turn(ed)? out|outcome|results?|what changed|in the end"
                      r"|how did it end|did it work|why it mattered|what difference"
                      r"|(make|made|makes) (a|any) difference|impact)\b"),
        ("we_not_i", r"\b(your (own )?(part|role|contribution)|which part was yours"
                     r"|you personally)\b"),
        ("no_action", r"\bwhat did you (actually |personally )?(do|change|try)\b|\bstep by step\b"
                      r"|\bhow you (approached|handled|tackled) it\b|\bthing you did\b"),
        ("vague", r"\b(specific|concrete|real) (example|occasion|instance|case)\b"
                  r"|\btell me about a time\b|\bwalk me through\b"),
        ("no_task", r"\b(responsible for|your (job|responsibility))\b"),
        ("no_situation", r"\b(set the scene|what was going on)\b"),
    )
)
"""Words by which a probe asks for a STAR part (the flaw code whose missing thing it is)."""

_PERSON_ROLES = (
    r"manager|boss|lead|leader|director|head|supervisor|colleague|coworker|teammate|peer"
    r"|engineer|developer|designer|analyst|client|customer|buyer|sponsor|owner|founder|ceo|cto"
    r"|cfo|vp|nurse|doctor|consultant|architect|partner|stakeholder|finance|sales|legal|ops"
    r"|operations|product|marketing|support|chef|driver|technician|auditor|vendor|supplier"
    r"|sister|matron|pharmacist|registrar|physio|therapist|midwife|porter|clerk|assistant|hca"
    r"|teacher|officer|coordinator|planner|controller|accountant|receptionist|student|trainee"
    r"|deputy|union|rep|staff|crew|chair"
)
_OBJECTED = (
    r"\b(?!(?:i|we|it|this|that|nobody|no one|everyone|everybody|they)\b)[a-z]+ "
    r"(disagreed|objected|pushed back|was against|were against|refused|argued|said no"
    r"|would not|wouldn t|did not agree|didn t agree)\b"
)
"""Someone named by a noun who stood against the speaker ("night sister disagreed", "Ops
objected"), in a terse reply without an article: it names who disagreed."""
_HARDEST = (
    r"\b(hardest|toughest|biggest|trickiest|hardest one|main) (one |decision |call |choice "
    r"|part |bit |thing )?(was |is )?(probably |definitely )?"
    r"(to \w+|(?!(?:no|some|every|any)?thing\b)\w+ing)\b"
    # A bare verb after "was", common in a second language ("hardest was change the rota"):
    # a verb is what comes before an object; a word that opens a noun or a clause is none.
    r"|\b(hardest|toughest|biggest|trickiest|main) (one |decision |call |choice |part |bit "
    r"|thing )?(was|is) (?!(?:the|a|an|my|our|his|her|their|this|that|these|those|it|not|so"
    r"|very|really|when|because|for|with|about|in|on|at|of|just|all|no|some|how|what|why"
    r"|who|probably|definitely|actually)\b)[a-z]+ (the|a|an|his|her|him|them|my|our|their|it"
    r"|this|that|to|off|out|up|down)\b"
)
"""The hardest decision told as what was done ("hardest: moving her off nights", "the toughest
call was to close the bay", "hardest was change the rota"): the decision itself, without
"decided"."""
_WANTS: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (code, looked_for, re.compile(asked, re.IGNORECASE), re.compile(given))
    for code, looked_for, asked, given in (
        (
            "named_person", "who it was (a person or role)",
            r"\bwho\b|\bwhom\b",
            rf"\b(my|our|the|their|a|one|his|her|two|both|an?) (\w+ ){{0,2}}({_PERSON_ROLES})s?\b"
            r"|\b(he|she) (was|wanted|said|thought|argued|pushed|disagreed|felt|did)\b"
            rf"|{_OBJECTED}",
        ),
        (
            "decision", "the decision itself (what was chosen over what)",
            r"\b(decision|decide|choices?|chose|choose|options?|pick)\b"
            r"|\b(hardest|toughest|biggest|difficult|tough|hard) call\b",
            r"\b(decided|decide|decision (was|is) to|chose|choose|picked|pick|went with|go with"
            r"|opted|whether to|instead of|rather than|trade ?off|the call (was|to))\b"
            rf"|{_HARDEST}",
        ),
        (
            "time_plan", "a plan in time steps (first this, by then that)",
            r"\bfirst (\w+ )?(ninety|90|sixty|60|thirty|30|hundred|100) days\b"
            r"|\bfirst (few )?(day|days|week|weeks|month|months)\b|\bafter a (week|month)\b",
            r"\b(first|second|third|next|last|by|in|within|after|end of|from) (the )?(\w+ )?"
            r"(days?|weeks?|months?|quarters?)\b|\b(day|week|month) (one|two|three|\d+)\b"
            # A rhythm or a rate is a step of the plan too: "a weekly priority meeting", "from
            # about 6 a month to 1" beside "in the first 90 days".
            r"|\b(daily|weekly|fortnightly|monthly|quarterly)\b"
            r"|\b(a|per|each|every) (day|week|month|quarter)\b",
        ),
        (
            "concrete_risk", "a concrete risk (what would fail, and how)",
            r"\b(breaks? first|risks?|failure modes?|go(es)? wrong|could fail"
            r"|weak(est)? (point|spot)|fell through|almost lost)\b",
            r"\b(break|breaks|broke|fail|fails|failed|failing|failure|run(s)? out|ran out"
            r"|fall(s)? over|fell over|time(s)? out|timed out|back(s|ed)? up|overload\w*|crash\w*"
            r"|slow(s|ed)? down|too slow|bottleneck\w*|lose|loses|lost|miss|misses|missed|leak\w*"
            r"|stall\w*|exhaust\w*|cope|go(es)? down|went down|late|delay\w*|over budget|churn\w*"
            r"|quit|walk away|pull(ed)? out|corrupt\w*|duplicat\w*|outage|lock(s|ed)? up)\b",
        ),
        (
            "others_view", "what they said or would say, in their words",
            r"\bwhat (would|did|do|does|will) (your|their|the|a|my|he|she|they|people|colleagues?"
            r"|teammates?|the people)\b[\w ]{0,40}?\b(say|tell|said|think)\b",
            r"\b(he|she|they|manager|boss|lead|colleagues?|teammates?|people|everyone|team"
            r"|customers?|clients?|nobody|somebody|someone)( \w+){0,2} (say|says|said|tell|tells"
            r"|told|call|calls|called|describe|described|complain\w*)\b",
        ),
        (
            "others_reaction", "how the others took it (what they said or did)",
            r"\bhow did (that|it|this) go with (the others|them|the team|your team|your colleagues"
            r"|people|everyone|the rest)\b|\bhow did (they|the others|the team|people|your team"
            r"|your colleagues|the rest) (react|take it|respond|feel)\b",
            r"\b(he|she|they|the others|others|everyone|everybody|nobody|people|the team|team"
            r"|colleagues|the rest|both|all of them|most of them|some of them"
            rf"|(the|my|our|a|one) (\w+ )?({_PERSON_ROLES})s?)( \w+){{0,2}} (said|say|says|agreed"
            r"|disagreed|liked|loved|hated|were|was|felt|reacted|pushed|complained|thanked|accepted"
            r"|helped|joined|asked|started|stopped|came round|got on|took it|objected|laughed"
            r"|worried|relaxed|calmed)\b"
            # What some of them then did, or the people close to them (breaker10 D14): "two of
            # them played their first concert", "their parents now organise the class".
            r"|\b(two|three|four|some|most|all|both|one|several|many|half) of (them|the \w+)"
            r"( \w+){0,2} (\w+ed|played|took|came|went|said|told|got|made|began|kept|became"
            r"|ran|led|won)\b"
            r"|\b(their|his|her) (\w+ )?(parents|families|family|boss|manager|team|colleagues"
            r"|friends|kids|children|students|pupils|customers|clients)( now| then| soon)? (\w+ed"
            r"|\w+s|organise|organize|run|ask|help|said|told|came|took|got|made)\b",
        ),
        (
            "measure", "how it is measured (a figure, a comparison or a check)",
            r"\bhow (would|will|did|do|could|can) (you|we) (measure|know|check|prove|tell|judge"
            r"|notice|show)\b|\bwhat would tell you\b",
            r"\b(measure\w*|track\w*|compar\w*|before and after|baseline|rate|count\w*"
            r"|number of|percent\w*|dashboard|survey\w*|metric\w*|a ?b test|control group"
            r"|monitor\w*|alert\w*|logs?|sample\w*|audit\w*|trend\w*|target|benchmark\w*"
            r"|week on week|month on month|test(s|ed)?|check(s|ed)?|ask(ed)? them|feedback)\b",
        ),
        (
            "would_do", "what you would do (an action you would take)",
            r"\bwhat would you (do|change|build|cut|delegate|ask|avoid|need|stop|start|keep"
            r"|drop|fix|prioriti[sz]e|give up)\b"
            r"|\bdo differently\b|\bwhat if\b|\bwhat (do|would) you do\b|\bwhat next\b"
            r"|\bwhat now\b|\bwhere do you look next\b",
            r"\bi( would| d| ll| will| am going to| m going to)\b"
            r"|^(first|then|next)?\s*(ask|call|check|talk|look|move|cut|add|stop|start|split"
            r"|bring|tell|write|set|hand|escalate|roll|ring|meet|map|fix|pause|keep)\b",
        ),
        (
            "came_round", "what of their view you came round to (or why you held yours)",
            r"\b(came|come|coming) (round|around)\b|\bchanged? your mind\b"
            r"|\b(anything|something|part|much) (in|of) (their|his|her|the other) (view|side"
            r"|argument|position|point)\b",
            r"\b(they|he|she|the \w+|my \w+|her|his|their) (\w+ ){0,2}(was|were|had|did have"
            r"|turned out) (right|partly right|half right|a point|a good point|a fair point)\b"
            r"|\bi (\w+ )?(came|come) (round|around)\b|\bi (\w+ )?(changed my mind|was wrong"
            r"|accepted|accept|admitted|admit|conceded|concede|agreed with|agree with"
            r"|understood|understand|realised|realized|appreciated|appreciate|learned that"
            r"|learnt that|see why|saw why|see that|saw that|took on|take on|kept their|kept his"
            r"|kept her|used their|used his|used her)\b|\bfair point\b|\bconvinced me\b"
            r"|\bin hindsight\b|\bi still (think|believe|feel|stand)\b|\bnot really\b"
            r"|\bno,? i (did not|didn t|still|stand)\b",
        ),
        (
            "reason", "the reason why",
            r"\bwhy\b(?! it mattered)",
            r"\b(because|since|so that|the reason|that s why|which meant|otherwise|due to|so we"
            r"|so i|so the|as it|as they|as we)\b",
        ),
    )
)
"""What a probe asks beyond STAR (a harder probe from the session plan, a bank's follow-up),
read from its words: (code, what is looked for in the reply, the probe's words that ask it,
the reply's words that give it; over lower-case text with apostrophes as spaces, "i d say").
Judged conservatively: a reply gives it only when such words are there."""

SUBSTANTIAL_WORDS = 15
"""A reply to a probe whose words name nothing gives an answer at this length or more."""
_SHRUG = re.compile(
    r"\b(i (do not|don t|dont) (really )?know|not sure|no idea|can t (really )?(remember|say)"
    r"|nothing (really|much)|not much)\b"
)
"""A reply that says it has no answer."""
SHRUG_WORDS = 12
"""A reply with a shrug and fewer words than this gives nothing, whatever words it holds."""
_AT_LEAST = {"time_plan": 2}
"""Distinct matches a `_WANTS` code needs: a plan in time steps has at least two."""
_NOT_NAMES = frozenset((
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Christmas", "English", "Excel",
))
"""Capitalised words inside a sentence that are not people."""


def _named(text: str) -> list[str]:
    """Capitalised words inside a sentence ("then Priya pushed back"): names of people, as a
    typed reply or a recognizer that writes case gives them."""
    names = []
    for match in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b", text):
        if match.group(0) not in _NOT_NAMES:
            names.append(match.group(0))
    return names

_ASKED: dict[str, str] = {
    "no_result": "the outcome", "no_metrics": "a number for the result",
    "no_action": "what you did", "we_not_i": "your own part", "vague": "a specific occasion",
    "hypothetical": "what you actually did", "no_situation": "the context",
    "no_task": "what you were responsible for",
    **{code: looked_for for code, looked_for, _, _ in _WANTS},
}
SUBSTANCE = f"a real answer (a fact, or {SUBSTANTIAL_WORDS} words or more; not a shrug)"
"""What a reply to a probe whose words name nothing is checked for: a figure, an outcome, an
action of the speaker's or an occasion ("Overtime in the depots fell 11% the next quarter."),
or failing those SUBSTANTIAL_WORDS words; a shrug that tells none of them gives nothing."""


def judged_by_its_words(code: str) -> bool:
    """Whether a persona's probe for the flaw `code` is judged by what its words ask
    (`probe_asks`) rather than by the code: a flaw that names no missing part (too_short,
    too_long, unbalanced), whose probes ask different things ("how you approached it", "what
    was the result?")."""
    return code not in _WANTED and code not in _ASKED


def probe_asks(probe: str) -> tuple[str, ...]:
    """What the words of `probe` ask for, in the order asked: for a probe that is not one of a
    persona's probes for a flaw (a harder probe from the session plan, a question bank's
    follow-up). Flaw codes for a STAR part, and `_WANTS` codes for what a probe asks beyond
    STAR. "Give me a specific example, with the numbers." -> ("vague", "no_metrics");
    "What was the hardest decision, and who disagreed?" -> ("decision", "named_person");
    "Tell me about a change you found hard." -> () (nothing named: any real reply gives it)."""
    found = []
    asks = [(code, pattern) for code, pattern in _PROBE_ASKS]
    asks += [(code, asked) for code, _, asked, _ in _WANTS]
    for code, pattern in asks:
        match = pattern.search(probe)
        if match:
            found.append((match.start(), code))
    return tuple(dict.fromkeys(code for _, code in sorted(found)))


@dataclass(frozen=True)
class FollowUpJudgment:
    probe_code: str
    """The flaw the probe targeted (simulator.analysis.FLAW_CODES), or for a probe beyond STAR
    the first thing its words ask (a `_WANTS` code: "named_person"); "" when they name nothing."""
    gives: bool
    """Whether the follow-up gave what the probe asked for."""
    gave: tuple[str, ...]
    """What it added, from: "outcome", "number", "own_action", "situation", "task", "specific"
    (an occasion, own action or figure that makes the story a real one)."""
    evidence: tuple[str, ...]
    """The words that show it (quoted, lower case)."""
    message: str
    asks: tuple[str, ...] = ()
    """Every code the probe asked about (flaw codes and `_WANTS` codes), `probe_code` first (a
    plan's probe may ask for two things: "a specific example, with the numbers"); empty when
    its words name nothing."""

    @property
    def looked_for(self) -> tuple[str, ...]:
        """What the reply was checked for, in words ("who it was (a person or role)")."""
        return tuple(dict.fromkeys(_ASKED[code] for code in self.asks if code in _ASKED)) or (
            SUBSTANCE,
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "probe_code": self.probe_code,
            "asks": list(self.asks),
            "looked_for": list(self.looked_for),
            "gives": self.gives,
            "gave": list(self.gave),
            "evidence": list(self.evidence),
            "message": self.message,
        }


def _outcome_sentence(text: str) -> re.Match[str] | None:
    """The first words of the reply's sentence that sounds most like an outcome (the highest
    Result cue), when one has any: a reply that tells the story again before its ending
    ("Well, to give you the full picture, the customer was a primary school... The boxes
    arrived an hour before the fair opened") is quoted by its ending, not its first words
    (breaker13 B10)."""
    sentences = [" ".join(re.sub(r"[^\w'%£$€ ]+", " ", s.lower()).split())
                 for s in re.split(r"(?<=[.!?;])\s+|\n+", text)]
    scored = [(cue_score("R", as_past_narrative(s)), -n, s) for n, s in enumerate(sentences) if s]
    if not scored:
        return None
    best, _, sentence = max(scored)
    return re.search(r"\S+( \S+){0,6}", sentence) if best > 0 else None


def judge_follow_up(
    transcript: Transcript,
    probe_code: str,
    *,
    also: Sequence[str] = (),
    worded: Sequence[str] = (),
) -> FollowUpJudgment:
    """Did this reply give what the probe for `probe_code` (a flaw code or a `_WANTS` code; ""
    for a probe whose words name nothing) asked for, and what `also` (further codes the same
    probe asked about, see `probe_asks`) asks too? Pure; the merge into the question's view is
    `merge_parts` (or answer.analyze_follow_up). A probe whose words name nothing is given by a
    reply of SUBSTANTIAL_WORDS words or more that is not a shrug ("I don't really know").
    `worded`: what the probe's words ask when they ask something else than its flaw's
    (`probe_asks` of a persona's "How did you know it had worked?" for no_metrics: how it was
    measured): the reply is judged against those words, and gives when it gives them or what
    the flaw lacks (a figure)."""
    if worded and probe_code in _WANTED and probe_code not in worded:
        by_code = judge_follow_up(transcript, probe_code, also=also)
        by_words = judge_follow_up(transcript, worded[0], also=worded[1:])
        judged = by_words if by_words.gives or not by_code.gives else by_code
        return replace(judged, probe_code=probe_code,
                       gave=tuple(dict.fromkeys((*judged.gave, *by_code.gave))))
    tokens = tokenize(transcript)
    words = answer_word_count(t.text for t in tokens)  # the count the delivery line shows
    norms = " ".join(t.norm for t in tokens if t.norm)
    plain = " ".join(norms.replace("'", " ").replace("\u2019", " ").split())
    text = as_past_narrative(norms)
    gave: dict[str, str] = {}
    number = _outcome_number(transcript.text, text)
    concrete = next((m for m in CONCRETE_OUTCOME_PATTERN.finditer(text)
                     if not _NOT_AN_OUTCOME_COUNT.match(text, max(0, m.start() - 4))
                     and not _NOT_AN_OUTCOME_COUNT.match(m.group(0))), None)
    empty_ending = NON_OUTCOME.search(text) or _NOT_THERE.search(plain)
    if number:
        gave["number"] = number.group(0)
        gave["measure"] = number.group(0)  # a figure for the result is how it is measured
    changed = (concrete or _CHANGED.search(text) or _TOOK_IT_UP.search(text)
               or _WENT_WRONG.search(text))
    if number or ((changed or cue_score("R", text) >= 1.4) and not empty_ending):
        gave["outcome"] = (number or changed or _outcome_sentence(transcript.text)
                           or re.search(r"\S+( \S+){0,6}", text) or [""])[0]
    judging = "outcome" in gave and not number and judged_only(text)
    verdict = JUDGED.search(text) if judging else None
    if verdict:
        # "It went well in the end, everyone was happy": a verdict on how it went, not what
        # changed. The same words closing an answer are a Result that "only judges how it
        # went" (flaws.judged_only), so as a reply they cannot stand for the missing outcome
        # (breaker15 B4: the question went 54 -> 96 on them, as on a concrete reply).
        gave.pop("outcome")
    # A reply in the present for what was done ("My part is, I write all the scripts…", a
    # second language's tense) tells the story's past; one that tells a habit ("usually I
    # write the lists") tells no part in that story: only its simple past counts.
    actions = own_deeds(transcript)
    if actions:
        gave["own_action"] = actions[0]
    occasion = OCCASION.search(text) or _REPLY_OCCASION.search(text)
    scene = sum(weight for pattern, weight in _REPLY_SCENE if any(
        pattern.search(line) for line in _lines(transcript)))
    if _scene_places(transcript.text):
        scene += _NAMED_PLACE  # "in Tralee": where it was, as a reply writes a place
    if cue_score("S", text) >= _SCENE_GIVEN or occasion or scene >= _SCENE_GIVEN:
        gave["situation"] = "…"
    if scene >= _SCENE_GIVEN:
        # Where it was and what was going on, told outright: the scene, whatever the probe
        # asked (breaker16 D27: "This was at a distribution centre outside Nairobi last year,
        # the Friday stock count was taking the whole afternoon" left "no Situation found").
        gave["scene"] = "…"
    if occasion and empty_ending and not (actions or number):
        # "There was one week… I just tried to keep going": a time named, nothing told in it.
        occasion = None
    specific = occasion or number
    if actions or specific:
        gave["specific"] = actions[0] if actions else specific[0] if specific else ""
    if cue_score("T", text) >= 1.3:
        gave["task"] = "…"
    shrug = bool(_SHRUG.search(plain)) and words < SHRUG_WORDS
    # A shrug inside a reply that tells something ("we had no idea for how long. I decided to
    # reroute the 14 trucks") is part of the story, not a refusal to answer.
    told = bool(number or concrete or actions or occasion)
    for code, _, _, given in _WANTS:
        if code in (probe_code, *also) and not shrug:
            found = [m for line in [plain, *_lines(transcript)] for m in given.finditer(line)]
            steps = {m.group(0).strip() for m in found}
            if code == "named_person":
                steps |= set(_named(transcript.text))
            if steps and len(steps) >= _AT_LEAST.get(code, 1):
                gave[code] = (found[0].group(0).strip() if found else sorted(steps)[0])
            if code == "others_reaction" and code not in gave:
                # How the others took it, told as what they then did: "finance kept using my
                # checklist", "both planners switched to the tracker"; not "I kept using it".
                took_it_up = next((m for m in _TOOK_IT_UP.finditer(text) if not re.search(
                    r"\b(i|we)( \w+)?\s*$", text[: m.start()])), None)
                if took_it_up:
                    gave[code] = took_it_up.group(0)
    asks = tuple(
        dict.fromkeys(code for code in (probe_code, *also) if code in _WANTED or code in _ASKED)
    )
    wanted = tuple(dict.fromkeys(w for code in asks for w in _WANTED.get(code, (code,))))
    gives = (
        all(w in gave for w in wanted)
        if wanted
        else (told or words >= SUBSTANTIAL_WORDS) and (told or not _SHRUG.search(plain))
    )
    if not gives and not (number or concrete):
        # A reply that dodged its probe ("who disagreed, and how did it turn out?" met with
        # "in the end things improved I guess") has not told the outcome by a loose cue: only
        # a figure or a concrete outcome in it counts, so it cannot clear a missing Result.
        gave.pop("outcome", None)
    evidence = tuple(
        _as_said(transcript.text, gave[w]) for w in wanted if w in gave and gave[w] != "…"
    )
    message = _message(asks, gives, evidence, gave)
    if verdict and not gives:
        said = _as_said(transcript.text, verdict.group(0))
        message = message.replace(
            "Answer the probe head on", f'"{said}" judges how it went, not what changed. '
            "Answer the probe head on", 1)
    return FollowUpJudgment(probe_code or (asks[0] if asks else ""), gives, tuple(gave), evidence,
                            message, asks)


_OWN_SHARE = re.compile(
    r"\bmy (?:own )?(?:part|bit|piece|job|role|share)\b(?: in (?:it|this|that|the \w+))?"
    r" (?:was|is)\b"
)
"""Words by which a reply names the speaker's own share of the work ("my bit was mostly the
backend, ...")."""
_LISTED_DEED = re.compile(
    r"(?:^|[,;:]|\band\b|\bthen\b)\s*(?:(?:also|then|mostly|mainly|just|i)\s+)*"
    rf"({PAST_ACTION}|put|[a-z]{{3,}}ed)\b"
)
"""A deed listed after the speaker's own share without its "I" (", wrote the api ... and did
the load test"): the way people answer "which part was yours?"."""
_NOT_LISTED_DEEDS = frozenset({
    "needed", "wanted", "used", "based", "called", "named", "involved", "supposed", "expected",
    "asked", "scared", "worried", "related", "interested", "tired", "stressed", "excited",
    "limited", "required", "allowed", "dedicated", "qualified", "experienced", "shared",
    "thought", "felt", "knew", "understood", "meant", "saw", "heard", "learnt", "hoped",
    "wished", "lost", "became",
})


def own_deeds(transcript: Transcript) -> list[str]:
    """The speaker's own deeds a reply tells ("i picked", "i wrote"): each told in the first
    person in the past (or in the present for the story's past: "My part is, I write all the
    scripts"; not a habit, "usually I write the lists"), not a vague verb ("I helped"); and
    after the speaker's own share ("my bit was mostly the backend, wrote the api for the
    autocomplete and did the load test"), each deed listed without its "I" (breaker16 D22:
    that reply was told it "did not give your own part")."""
    tokens = tokenize(transcript)
    norms = " ".join(t.norm for t in tokens if t.norm)
    habit = HABITUAL.search(norms) is not None or re.search(r"\bwhenever\b", norms) is not None
    done = ([m.group(0) for m in PAST_FIRST_PERSON.finditer(norms)] if habit else
            past_first_person_actions(as_past_narrative(norms, present=True)))
    deeds = [a for a in done if not _VAGUE_VERBS.search(a)]
    said = " ".join(transcript.text.lower().replace("\u2019", "'").split())
    share = _OWN_SHARE.search(said)
    if share is not None and not habit:
        rest = said[share.end():]
        listed = [m.group(1) for m in _LISTED_DEED.finditer(rest)
                  if m.group(1) not in _NOT_LISTED_DEEDS
                  and not re.search(r"\b(we|they|he|she|you)\s+$", rest[: m.start(1)])]
        told = {d.split()[-1] for d in deeds}
        deeds += [d for d in listed if d not in told]
    return deeds


def _measure(text: str) -> re.Match[str] | None:
    """The reply's figure for the result (cues.OUTCOME_METRIC, flaws.MEASURED_OUTCOME): the
    longest that measures how much changed (`flaws.measured`: "before about ten a week, after
    only two" over "down before about ten", which overlaps it) over one that only says when
    ("in two weeks"), which is kept when there is no other (but not hours: "from nine to
    five")."""
    found: list[re.Match[str]] = []
    start = 0
    while (match := OUTCOME_METRIC.search(text, start)) is not None:
        found.append(match)
        start = match.start() + 1
    # Money saved, time saved, a before and after side by side: the answer's notion too.
    found += MEASURED_OUTCOME.finditer(text)
    counted = [m for m in found if measured(m.group(0))]
    if counted:
        return max(counted, key=lambda m: len(m.group(0)))
    # Hours of the day ("from eight to four") are no when of the outcome either.
    found = [m for m in found if not m.group(0).startswith("from ")]
    return found[0] if found else None


def _outcome_number(said: str, text: str) -> re.Match[str] | None:
    """The figure in a reply (`text`: its words, lower case, told in the past) that measures an
    outcome: its metric (`_measure`), else a before and after or a count per period
    (`_REPLY_NUMBER`), leaving out a count per period that nothing sets against another
    or says changed (`_CHANGE_TOLD`), and any figure in a reply whose only sentences with a
    figure tell an aim (`_AIMED`) and not that it was reached (`said`: the reply as said)."""
    best = _measure(text)
    # A from-to the answer's notion reads as hours ("at the desk from eight to four") is none.
    found = [*([best] if best else []), *(
        m for m in _REPLY_NUMBER.finditer(text)
        if not m.group(0).startswith("from ") or measured(text[m.start():m.end() + 12]))]
    if not _CHANGE_TOLD.search(text):
        found = [m for m in found if not _PER_PERIOD.search(m.group(0))
                 or m.group(0).startswith("from ")]
    if not found:
        return None
    sentences = [" ".join(re.findall(r"[a-z0-9%']+", piece)) for piece in
                 re.split(r"[.!?;\n]+", said.lower().replace("’", "'"))]
    aimed = [x for x in sentences if _AIMED.search(x) and not _REACHED.search(x)]
    if aimed and all(any(m.group(0) in x for x in aimed) for m in found):
        return None
    return found[0]


_PER_PERIOD = re.compile(r"\b(a|per|every|each|on a) (day|week|month|year|shift|quarter|night)\b")

_UNIT_AFTER = r"(?:\s?(?:%|percent\b|per cent\b|euros?\b|dollars?\b|pounds?\b))?"


def _as_said(text: str, heard: str) -> str:
    """The words `heard` (lower case, as matched) quoted as the reply has them, with the unit
    that follows a figure: "dropped by 18" -> "dropped by 18%". `heard` unchanged when the
    reply does not hold those words in that order (a tense changed for matching)."""
    words = heard.split()
    if not words:
        return heard
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(word) for word in words) + _UNIT_AFTER
    found = re.search(pattern, text, re.IGNORECASE)
    if not found:
        return heard
    # A quote starts on a whole word: "stand-up went from…", not "up went from…" (breaker11
    # D15; the match reads the hyphen as a space).
    start = found.start()
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    return text[start:found.end()]


def _lines(transcript: Transcript) -> list[str]:
    """The reply's sentences and lines, lower case, apostrophes as spaces: a note that starts
    with a verb ("Ask the night team first") is found at the start of one."""
    lowered = transcript.text.lower().replace("'", " ").replace("\u2019", " ")
    pieces = re.split(r"[.!?;\n]+", lowered)
    return [" ".join(re.sub(r"[^a-z0-9% ]", " ", piece).split()) for piece in pieces if piece]


COUNTS = FOLLOW_UP_COUNTS
"""How a reply that gave what its probe asked ends its verdict (kept in `praise`, which lists
such a verdict as praise)."""


def score_stays(judgment: FollowUpJudgment, score: int) -> FollowUpJudgment:
    """`judgment` for a reply that gave what its probe asked but left its question at `score`
    (what the question lacks is in the first answer: its length, a part the probe did not ask
    for): its verdict says so rather than that the reply counts toward the answer."""
    if not judgment.gives or not judgment.message.endswith(COUNTS):
        return judgment
    kept = judgment.message[: -len(COUNTS)]
    return replace(judgment, message=f"{kept}, but the question stays at {score}/100: what it "
                                     "still lacks is in the first answer.")


def _message(
    asks: Sequence[str], gives: bool, evidence: tuple[str, ...], gave: Mapping[str, str]
) -> str:
    """What the reply gave, or which of the things looked for it did not give."""
    quoted = f' ("{evidence[0]}")' if evidence else ""
    asked = " and ".join(dict.fromkeys(_ASKED[code] for code in asks)) or SUBSTANCE
    if gives:
        return f"The follow-up gave {asked}{quoted}{COUNTS}"
    missing = [
        _ASKED[code] for code in asks
        if not all(w in gave for w in _WANTED.get(code, (code,)))
    ]
    return (f"The follow-up did not give {' and '.join(dict.fromkeys(missing)) or asked}. "
            "Answer the probe head on: one sentence with the fact it asked for.")


_REPAIRED_BY_GIVING: dict[str, tuple[str, ...]] = {
    "outcome": ("no_result",), "number": ("no_metrics",), "own_action": ("no_action", "we_not_i"),
    "scene": ("no_situation",),
}
"""Flaws a reply repairs whenever it gives the thing, whatever the probe asked: a reply that
tells the outcome and what the speaker did has told them, even if the probe asked for the task.
Situation and task cues are left out: in a short reply they are too weak to repair a part; a
scene told outright (where it was, when, what was going on: `_REPLY_SCENE`) is not."""


def looked_for_and_given(judgment: Mapping[str, object]) -> tuple[tuple[str, bool], ...]:
    """Each thing a stored judgment (`FollowUpJudgment.to_dict`) looked for, in words, and
    whether the reply gave it: a probe asking two things ("the decision, and who disagreed?")
    can get one of them. Judgments stored before `asks` was kept give their `looked_for` with
    the overall verdict."""
    raw = judgment.get("asks")
    asks = [str(a) for a in raw] if isinstance(raw, list | tuple) else []
    raw = judgment.get("gave")
    gave = {str(g) for g in raw} if isinstance(raw, list | tuple) else set()
    gives = bool(judgment.get("gives"))
    found = [
        (_ASKED[code], all(w in gave for w in _WANTED.get(code, (code,))))
        for code in asks
        if code in _ASKED
    ]
    if found and all(given for _, given in found) != gives:
        found = []  # judged by another version's rule: the overall verdict stands
    if found:
        return tuple(dict.fromkeys(found))
    raw = judgment.get("looked_for")
    named = [str(item) for item in raw] if isinstance(raw, list | tuple) else []
    return tuple((item, gives) for item in named or [SUBSTANCE])


def repaired_flaws(judgment: FollowUpJudgment | Mapping[str, object]) -> frozenset[str]:
    """The flaw codes of the first answer that this follow-up repairs: the probe's own when the
    reply gave what it asked for, and any flaw whose missing thing the reply told with evidence
    (its outcome, a number, its own action); nothing when it did not give what a probe beyond
    STAR asked. Takes a judgment or its stored dict."""
    if isinstance(judgment, FollowUpJudgment):
        code, gives, gave = judgment.probe_code, judgment.gives, judgment.gave
        asks = judgment.asks
    else:
        code = str(judgment.get("probe_code"))
        gives = bool(judgment.get("gives"))
        raw = judgment.get("gave")
        gave = tuple(str(g) for g in raw) if isinstance(raw, list | tuple) else ()
        raw = judgment.get("asks")
        asks = tuple(str(a) for a in raw) if isinstance(raw, list | tuple) else ()
    if not gives and asks and not set(asks) & set(_WANTED):
        # A dodged probe beyond STAR ("who disagreed?" met with "it was a hard time for
        # everybody") repairs nothing: a loose outcome cue in it is not the missing Result.
        return frozenset()
    codes = {code, *asks} if gives else set()
    for thing in gave:
        codes.update(_REPAIRED_BY_GIVING.get(thing, ()))
    return frozenset(codes)


def filled_labels(judgment: FollowUpJudgment | Mapping[str, object]) -> set[str]:
    """The STAR labels ("R") a follow-up fills in its question's view (`merge_parts`): the
    parts of the flaws it repairs. Takes a judgment or its stored dict."""
    return {GIVES_PART[code] for code in repaired_flaws(judgment) if code in GIVES_PART}


def merge_parts(parts: Mapping[str, Part], judgment: FollowUpJudgment) -> dict[str, Part]:
    """The question's STAR parts after the follow-up: each part it gave is now present (the
    probed one, and any it told with evidence: see `repaired_flaws`)."""
    merged = dict(parts)
    for label in filled_labels(judgment):
        if label in merged and not merged[label].present:
            merged[label] = Part(True, 0.0, None, 0)
    return merged



def joined(first: Transcript, reply: Transcript) -> Transcript:
    """The first answer and the reply to its probe as one answer: the reply's text after the
    first's (a full stop between them when the first has none), its word times moved on by the
    first's length (seconds), the lengths added. What the question's whole judgment reads
    (`answer.analyze_follow_up`); each transcript unchanged."""
    text = first.text.rstrip()
    if text and text[-1] not in ".!?":
        text += "."
    gap = first.duration_s
    if gap is None:
        gap = max((w.end for w in first.words if w.end is not None), default=0.0)
    words = (*first.words, *(
        replace(w, start=None if w.start is None else w.start + gap,
                end=None if w.end is None else w.end + gap)
        for w in reply.words
    ))
    if not first.words or not reply.words:
        words = ()
    duration = (None if first.duration_s is None or reply.duration_s is None
                else first.duration_s + reply.duration_s)
    return replace(first, text=f"{text} {reply.text.strip()}".strip(), words=words,
                   duration_s=duration)
