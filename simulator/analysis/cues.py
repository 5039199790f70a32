"""The cue lexicon of the STAR analysis: word lists and patterns for the grammar of setting a
scene, owning a goal, doing, and an outcome, plus the phrases that end a spoken sentence. Data, not
the algorithm: `star.py` cuts and labels with these, `flaws.py` and `answer.py` borrow them, so a
cue can be tuned without touching the segmenter.

Patterns run over lower-case words joined by single spaces (Token.norm); weights are
log-odds-like points added to a unit's score for a part."""

from __future__ import annotations

import re
from typing import Any, cast

_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """`re.compile(pattern, flags)`, done on the first use instead of at import. Compiling this
    module's patterns cost 30-35 ms of CPU (120-160 ms wall on a busy machine) in every process
    that imports the analysis (the app, each test worker, helper programs), many of which never
    run them. After the first use the compiled pattern's own methods answer, so a match costs
    what it did."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _PATTERN_METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles when first used; it answers as the compiled one would."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


STRONG_MARKERS: tuple[tuple[str, ...], ...] = tuple(
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
WEAK_MARKERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "so", "then", "but", "and i", "and we", "and the", "once", "now", "because",
        "which", "when i", "when we", "i", "we", "my", "our", "after", "finally", "first",
        "second", "next", "also", "and that",
    )
)
CLAUSE_MARKERS: tuple[tuple[str, ...], ...] = tuple(
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
NEW_CLAUSE_WORDS = frozenset({"i", "we", "so", "then", "after", "within", "finally"})
"""After a comma in a long run-on, these start a new sentence far more often than not."""
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
    # Speaking up is a deed in a story of a disagreement: "I argued we should delay one week".
    "|argued|recommended|objected|warned|urged|lobbied|challenged|questioned|pointed out"
    "|made the case|pushed back|advised"
)
_IRREGULAR_PAST = (
    "told|said|got|left|lost|won|sold|bought|paid|held|stood|caught|fought|sought|taught|wrote"
    "|drew|grew|threw|flew|rode|spoke|chose|froze|hid|lent|spent|sent|built|dealt|sat|let|hit"
    "|shut|quit|read|led|fed|met|ran|began|came|became|did|gave|took|made|found|kept|brought"
    "|went|knelt|rang|swept|lit|shook|dug|stuck|struck|hung|bent|wore|woke|fled|forgave|bit"
    "|tore|drove|bound|wound|swung|slid|spun|sprang|withdrew|overcame|undertook|oversaw|rewrote"
)
_REGULAR_ACTION = _lazy(_PAST_ACTION_VERBS)


def bare_action_verb(word: str) -> bool:
    """Whether `word` is the bare form of a listed regular past action ("move" of "moved", "ask"
    of "asked", "plan" of "planned"): a recognizer drops a spoken "-ed" ("I cut two features,
    move testing earlier and ask the designers..."), so the speaker still tells the deed."""
    if len(word) < 3 or not word.isalpha():
        return False
    forms = (word + "d", word + "ed", word + word[-1] + "ed")
    return any(_REGULAR_ACTION.fullmatch(form) for form in forms)


def bare_deed_verb(word: str) -> bool:
    """Whether `word` is the bare form of an action verb, regular (`bare_action_verb`) or not
    ("write", "run", "make"), as the steps after "what I did was" are told ("pair each
    starter with a buddy, write up the hardest calls and run a quiz"). Not a verb of thinking
    or perceiving ("know", "feel", "see")."""
    return bare_action_verb(word) or (word in _PRESENT_IRREGULAR and word not in _MENTAL_BARE)


_MENTAL_BARE = frozenset({"know", "think", "feel", "see", "hear", "come", "lose", "win"})
"""Bare forms of `_PRESENT_IRREGULAR` that tell no deed of the speaker's."""
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
    r"(?:\d[\d,.]*|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion"
    r"|half|double|twice|triple|a third|a quarter|dozen)"
)
_UNITS = (
    r"(?:%|percent|per cent|percentage points?|points?|dollars?|pounds?|euros?|k\b|hours?"
    r"|minutes?|days?|weeks?|months?|years?|people|customers|clients|patients|students|users"
    r"|calls|tickets|orders|sales|deals|accounts|x\b|times|grades?|stars?|shifts|beds|units"
    r"|errors|complaints|incidents|bugs|sign-ups|signups|leads|members|percent)"
)
CHANGE_WORDS = (
    r"(?:went|gone|goes|go|dropped|drops|fell|falls|rose|risen|rises|grew|grown|cut|cuts"
    r"|reduced|brought|took|taken|moved|got|shrank|climbed|increased|decreased|improved"
    r"|jumped|halved|doubled|tripled|lowered|raised|slashed|sped|slowed|changed|shifted"
    r"|shortened|trimmed|came|down|up|rising|falling|dropping)"
)
"""Words that tell something changed, so a "from X to Y" after them is a change."""
FIGURE_UNITS = (
    r"(?:%|percent\b|per cent\b|percentage points?\b|points?\b|dollars?\b|pounds?\b"
    r"|euros?\b|k\b|grand\b|hours?\b|hrs?\b|minutes?\b|mins?\b|seconds?\b|days?\b"
    r"|weeks?\b|months?\b|x\b)"
)
"""Units that make a bare figure a measure (time taken, money, share, points)."""
METRIC_PATTERN = _lazy(
    rf"(?:\$|£|€)\s?\d|\d[\d,.]*\s?(?:%|k\b|x\b)|\b{_NUMBER_WORDS}(?: {_NUMBER_WORDS})*"
    rf" (?:\w+ )?{_UNITS}|\bfrom {_NUMBER_WORDS}\b.{{0,30}}\bto {_NUMBER_WORDS}\b"
    r"|\b(?:doubled|tripled|halved|quadrupled)\b"
    r"|\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|twice)\b"
)
"""Anything counted: a result with a number in it can be checked."""
CONCRETE_OUTCOME_PATTERN = _lazy(
    r"\b(?:stopped|completely|cancell?ed|credit|walked out|(?:asked|wanted) (?:me|us) to (?:use"
    r"|present|share|run|roll|lead|train|do|try)|(?:used|copied|adopted|took) (?:it|the same|my"
    r"|our)|(?:sent|wrote) (?:in |us |me )?a (?:letter|card|note|review)|the same (?:level|rate)"
    r"|renewed|promoted|passed|won|signed|shipped|launched|hired|discharged|adopted|approved"
    r"|on time|on schedule|ahead of schedule|under budget|on budget|zero|no longer|first time"
    r"|record|award|every|all of|none of|nobody|never again|still (?:use|uses|used|in use)"
    r"|became the|standard|rolled out|went live|graduated|certified|accepted|offered me|funded"
    r"|reopened|recovered|retained|kept the|closed the|met the deadline|hit the|beat the"
    r"|top|best|highest|lowest|fewer|more than|less than|faster|quicker|sooner|early|earlier"
    r"|before the (deadline|sale|launch|event|end)|no more|any more|anymore|again|full recovery"
    r"|review|came back|bought|booked|chose|agreed to|joined|stayed|reopened|returned|none"
    r"|not (?:a single|once|one)|(?:haven't|hasn't|hadn't|didn't|did not) (?:had|have|run out"
    r"|lose|lost|miss|missed|need|see|get)"
    # People who took up what the speaker brought in: "after two months everyone was using it"
    # (breaker10 D15).
    r"|(?:was|were|are|is|'re) (?:all |now |still |already |happily |actually )?(?:using|following)"
    r" (?:it|them|the (?:new |same )?\w+))\b"
)

ORDERING_WORDS = (
    r"\b(first|firstly|second|secondly|third|thirdly|then|next|after that|from there"
    r"|to start|to begin|step one|the first thing|the next thing|once that|meanwhile"
    r"|at the same time|in parallel|also)\b"
)
"""Words that order a story's steps ("then", "next", "after that"). As an Action cue they count
only where the speaker or the team acts, or before the story's second half (star.label_units):
"then the customer found cracks", "after that the customer released the order", "the next day the
boiler was fixed" are others' events told in order, the first clause of the outcome. Over the
seen sets, late units with someone else's event and this as their only Action cue were 2,714
Result words to 195 Action words, and 296 Result words were read as Action. With this and
cues.PURPOSE_CLAUSE, bench/star_learned.py --rules-only: macro-F1 up on 12 of 21 sets (dev3 0.922
-> 0.929, dev5 0.937 -> 0.942, dev7 0.899 -> 0.903, held9 0.896 -> 0.899; dev11, first read
before the change, 0.797 -> 0.799), down on held5 (-0.001) and held7 (-0.002), mean 0.910 ->
0.911; result-first up on 2 (dev11 0.823 -> 0.830), down on 3 (held5 -0.006, held7 -0.005,
held4 -0.003). Counted anywhere in the answer, result-first fell on 8 sets: a headline's "the
next morning" kept it from reading as the scene."""

CUES: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    label: tuple((_lazy(pattern, re.MULTILINE), weight) for pattern, weight in table)
    for label, table in {
        "S": (
            # A failure story opening on the mistake named as such ("I made a big mistake in my
            # first month", "so I messed up a supplier order"): what the story is about, not a
            # step taken (breaker9 D2). No seen set's figure moves.
            # Named as the subject too: "The biggest mistake I made was at a catering company".
            (r"^(so |well |okay |um |and )*(i|we) (\w+ )?(made (a|an|one) (\w+ ){0,2}(mistake"
             r"|error|blunder)|(messed|screwed|mucked) (\w+ )?up)\b|^(so |well |okay |um |and )*"
             r"(the|my|one) (\w+ ){0,2}(mistake|error|blunder|failure) (that )?(i|we) (\w+ )?(made"
             r"|did|had)\b", 2.0),
            # ...or on the day it happened, after a headline: "That was the morning a forklift hit
            # a racking upright" (breaker13 B14).
            (r"^(so |and )?(that|this|it) (was|all happened|happened) (at|when|in|during|back|while"
             r"|the outcome of|the result of|after|a few|two|three|last|(on )?the (day|morning"
             r"|night|afternoon|evening|week|weekend|shift) (when|that|before|after|of|a|an|the|my"
             r"|our|his|her|their|we|i|he|she|they|someone|somebody))\b", 2.0),
            (r"\bi (ran|managed|led|headed|supervised|coordinated) (the |a |our )(\w+ ){0,2}(team"
             r"|desk|department|shop|store|office|unit|ward|site|shift|section|crew) (for|at|in"
             r"|of)\b", 1.8),
            # ...or announced: "Let me explain the background.", "let me give you the context"
            # (read as an order's verb first, an Action, and the scene after it as more of it).
            (r"^(so |okay |well )?(the )?(situation|context|background|setting)( was| is|:)?\b"
             r"|^(so |okay |well |first )?let me (\w+ ){0,3}(the |some )?(background|context"
             r"|situation|setting|scene)\b", 3.0),
            (r"\b(at|in|during) my (last|previous|current|old|first|second|former) (job|role"
             r"|company|position|school|placement|internship|employer|team|workplace|practice"
             r"|store|hospital|year|semester|term)\b", 2.2),
            (r"\b(when|while|back when) (i|we) (was|were|worked|started|joined|had|did)\b", 1.6),
            # Where it was, told first: "At the charity where I volunteered, our food bank...".
            (r"^(so |well |okay |um )*(at|in) (the|a|an|my|our|this|one) ([\w'-]+ ){1,3}"
             r"(where|when) (i|we) (worked|volunteered|was|were|used to|started|had|lived"
             r"|studied|trained|helped|taught|ran|managed)\b", 2.0),
            (r"\bi (was working|worked|used to work|was employed|was interning|was volunteering"
             r"|volunteered|interned|served|started|was hired|was brought in|was a student"
             r"|was studying|was placed|joined|had just joined|had just started) (as|at|for|in|on"
             r"|with|a|an|the)\b", 1.8),
            (r"\bi was (a|an|the) ([\w-]+ ){0,4}(at|in|for|on|with)\b"
             # Where the speaker was, said plainly: "so I was at a mining software mob in Perth".
             r"|^((so|well|okay|yeah|look|right|righto|alright|and) )*(i|we) (was|were) at (a|an"
             r"|the|my|our)"
             r" (?!(end|start|point|stage|limit|top|bottom|same)\b)", 1.4),
            # Arriving somewhere in a role sets the scene like joining does: "so i came to the
            # vineyard for the harvest as a picker", "we moved to Leeds for my husband's job".
            (r"\b(i|we) (first |had just |just )?(came|moved|arrived|went|relocated|got here"
             r"|came back) (to|into|over to|out to|back to|in) ([\w'-]+ ){1,6}(as (a|an|the)"
             r"|for (the|a|my|his|her|our) [\w-]+ (job|season|harvest|placement|contract|work"
             r"|course|degree))\b", 1.4),
            # The role told without an article, as many speakers do: "i was team leader in the
            # baggage area", "I was process engineer in semiconductor company".
            (r"\bi was (?!(a|an|the|my|our) )([\w-]+ ){0,2}(leader|manager|engineer|supervisor"
             r"|officer|nurse|clerk|technician|operator|driver|teacher|planner|assistant|coordinator|analyst"
             r"|developer|designer|lead|head|porter|chef|cook|agent|consultant|controller"
             r"|inspector|intern|trainee|apprentice|receptionist|cashier|pharmacist|paramedic"
             r"|midwife|fitter|mechanic|electrician|tester|editor|librarian|conservator|ranger"
             r"|lifeguard|guard|captain|foreman|secretary|accountant|auditor|pilot) (in|at|for|on"
             r"|with|of)\b", 1.4),
            (r"^(so |um |well )*as (a|an|the) (\w+ ){0,3}(at|in|for|on|with)\b", 1.2),
            (r"\b(i'm|i am) (a|an) (\w+ ){0,2}\w+\b|\bi work (as|at|in|for|on)\b", 1.2),
            # The speaker's own business or post, in the present: "I run a small yoga studio
            # with four teachers", "I own a little bakery in...".
            (r"\bi (run|own|manage|co-own) (a|an|the|our|my) (small |little |big |busy "
             r"|family |local |tiny )?[\w-]+( [\w-]+){0,2} (on|in|at|for|with|near|called|that"
             r"|outside)\b", 1.4),
            (r"\b(had|'d) (been|grown|fallen|risen|gone|become|begun|dropped|doubled|increased"
             r"|decreased|declined|slipped|stalled|piled up|built up|left|quit)\b", 0.8),
            # A clause that opens on someone else's deed told in the past perfect ("our
            # director had decided to cut the night vans", "the council had closed the road"):
            # done before the story's time, so it is how things stood when it began (breaker10
            # D10: read as the Task after a headline). Not a duty given ("the yard manager had
            # asked us to..."). Of the seen sets' good units that open so, 14 of 19 are the
            # Situation as written; under 1.0 it leaves "others' event" (a late Result) alone.
            (rf"^(so |and |but |well |um |then )*(the|our|my|his|her|their|he|she|they) "
             rf"([\w'-]+ ){{0,3}}(had|'d) (\w+ly |already "
             rf"|just |recently |also )?({PAST_ACTION}|\w{{3,}}ed)\b(?! (me|us|him|her|them) to\b)",
             0.9),
            (r"\bbefore that\b|\b(i'd|i had|we'd|we had|they'd|they had) (been|always|never"
             r"|just)\b|\b(was|were) (\w+ing)\b", 0.6),
            (r"\bi was (moved|transferred|promoted|placed|seconded|hired|new|part of|in (a|the|my"
             r"|our) (team|group|class|course|year))\b|\bi('d| had) never\b|\bin my (first"
             r"|final|second|third|last) (year|week|month|term|semester)\b", 1.2),
            (r"\b(a few|a couple of|two|three|four|five|several|some|many) (years|months|weeks"
             r"|days) (ago|back|earlier)\b", 1.3),
            (r"\blast (year|month|summer|spring|winter|fall|autumn|quarter|semester|term"
             r"|christmas|season)\b", 1.0),
            # An answer opening on when it was sets the scene, whatever others wanted in it
            # ("so last year my manager wanted us to…").
            (r"^(so |well |okay |um |and )*(last|early last|late last|this past) (year|month|week"
             r"|summer|spring|winter|fall|autumn|quarter|season)\b|^(so |well |okay |um |and )*"
             r"(a few|a couple of|two|three|four|five|some) (years|months|weeks) ago\b", 2.0),
            # (not a note's "checkout back in 12 min": how long it took to come back)
            (r"\bback in\b(?! (\S+ ){1,2}(min|mins|minutes|hours?|hrs?|days|seconds|secs)\b)"
             r"|\bat the time\b|\bat that (time|point)\b|\bin (19|20)\d\d\b", 1.0),
            # (not "there" as a place: "but getting there was messy", "the road there was long")
            (r"(?<!getting )(?<!get )(?<!got )(?<!road )(?<!way )(?<!journey )(?<!route )"
             r"(?<!path )(?<!going )\bthere (was|were|had been|'d been)\b|\bthere's this\b", 1.1),
            (r"\b(we|they|he|she|it|the team|our team|the company|the client|the store|the ward"
             r"|the school|the project|the system|the process|the department) (was|were|had"
             r"|had been|used to|kept)\b", 0.7),
            (r"\b(the|a|one|our) (problem|issue|situation|context|background|complaint|trouble"
             r"|setup|backlog) (was|is|were|started|came)\b", 1.0),
            (r"\b(i|we) (had|got|inherited|noticed|received) (a|an|this|one|our|some|two|three"
             r"|several) \b", 0.6),
            # A lack that the story will fill: "the warehouse had no pick lists".
            (r"\b(had|there (was|were)) (no|hardly any|not (a|any|one)) (?!idea|clue)\w+", 1.0),
            # Someone brought in with their state: "a newly qualified nurse, Priya, who was
            # scared of the drug round", "a customer who was furious about..." (D13d).
            (r"\b(a|an|one|this|our|my|the) ([\w-]+,? ){1,4}who (was|were|had been|'d been) "
             r"(\w+ly |so |really |very |always |still |quite )?(scared|afraid|nervous|new|angry"
             r"|upset|furious|struggling|behind|stuck|worried|anxious|frightened|unhappy|failing"
             r"|confused|overwhelmed|isolated|lonely|sick|ill|unwell|late|missing|off)\b", 1.0),
            (r"\b(this|it) (was|happened)\b", 0.3),
            (r"\bone (day|time|evening|night|morning|shift|week|weekend|afternoon)\b|\bonce\b",
             0.9),
            (r"\bbecause (of )?(the|a|our|they|it|we)\b", 0.2),
            # The speaker's standing place in the world, told in the grammar of a state rather
            # than an event: a role named by an agent noun ("i am clinical pharmacist in gp
            # surgery", "i was lead climber on a tree job"), the present of one's work in a
            # past story ("i drive the shuttle bus between the terminals", "i work in a call
            # centre"), how many there are ("we are four persons") and how long it has been
            # ("since five years", "was working there for six years"; not "we mapped it for two
            # years"). A result-first answer's story starts over on these: over dev1-8 and
            # held1-8, 170 units so told were Situations and 4 were Tasks (a role named with
            # "the" or "his" is the speaker's part in the occasion: the Task cue below). "i'm" is
            # one word as typed ("i (am|'m)" never met it), "im" as spoken text writes it, and
            # "you're" a story told to "you": over the 28 seen sets the units so told with an
            # agent noun are 25 Situations and one aside.
            (r"\b(i (am|was)|i'm|im|you're|you are) (?!(the|his|her|their|its|my|our)\b)(a |an )?"
             r"(\w+ ){0,2}(?!(under"
             r"|over|after|never|ever|other|rather|together|whether|later|better|longer|older"
             r"|younger|closer|faster|bigger|smaller|happier|easier)\b)[a-z]{2,}(er|or|ist|ian|ant"
             r"|ent|eer|ee|man|woman) (in|at|for|on|with|of)\b"
             r"|^(so |and |well |um |uh |okay |yeah |right )*(i|we|i'm|im|we're)"
             r" (\w+ly |also |mostly |normally |usually |still )?(am |are )?((work|working|study"
             r"|studying|live|living)"
             r" (as|at|in|for|on|with)|(drive|driving|teach|teaching) (?!(him|her|them|me|us|it|to"
             r"|back|home|over|round|up|down)\b)\w+)\b"
             r"|\b(we|there) (are|were) (\w+ ){0,2}(people|persons|of us)\b"
             r"|\bsince (\w+ ){0,2}(years?|months?)\b|\b(am|is|are|was|were|been|\w+ing)"
             r" (\w+ ){0,4}for (two|three|four|five|six|seven|eight|nine|ten|\d+|many|several"
             r"|a few|over \w+) years\b", 1.6),
            # A role told as what the speaker was there ("in my role as a warehouse team leader",
            # "three months into my first job as an hr assistant at..."), and the time they
            # became it ("when i co-founded a small coffee business").
            (r"\bas (a|an) (?!(result|team|whole|rule|favour|thank|template|example|precaution"
             r"|start|group|family|test|one-off|backup|matter|way|reminder|last|first|quick|short"
             r"|temporary|stopgap|pilot|trial|one)\b)[\w-]+( [\w-]+){0,3} (at|in|for|on|with|of)\b"
             r"|\b(when|while|back when) (i|we) (became|founded|co-founded|took over|moved|arrived"
             r"|came|first)\b", 1.4),
            # The speaker's standing job told in the present, with "the" and the place it is
            # at ("i'm the librarian at a secondary school", "you're the director of a small
            # choir in bautzen", "im tower captain at a church in a village"): the present of a
            # past story is how things stand, so at its opening it is the scene, as "i was the
            # night manager at a hotel" already was. Only with a place brought in as new ("a",
            # "an", a count): "i'm the manager on shift", "you're the lifeguard on that zone"
            # are the speaker's part in the occasion (the Task cue below). Over the 28 seen sets
            # (dev1-14, held1-14) the 28 units that open so are all Situations; told after an
            # outcome told first, several were read as more of it (dev10, held7, held14).
            (r"^(so |and |well |um |uh |okay |yeah |right |but )*(i'm|im|i am|you're|you are)"
             r" (?!(the )?(one|only|not|responsible|supposed|going|in charge|a|an)\b)(the )?"
             r"([\w-]+ ){1,4}(at|in|of|on|for|with|out of|off|near) (a|an|two|three|four|five"
             r"|six|seven|eight|nine|ten|\d+)\b", 1.4),
        ),
        "T": (
            # The speaker's part in this occasion, named with a definite or possessive role and
            # no place of its own ("i was the senior on duty", "and i was her named nurse", "as
            # the allocated social worker"): told after the scene, it is whose job the story was.
            # A job told with a place ("i was the night manager at a hotel by the airport") is
            # the scene. Over dev1-8 and held1-8 the 27 units that open so were all Tasks.
            # ("i'm the" is one word, as typed: "i'm the bosun on that boat": rules alone,
            # macro-F1 dev7 0.899 -> 0.901, held10 0.887 -> 0.888, 19 sets unchanged)
            (r"^(and |so |but |well |um )*(i (am|'m|was)|i'm|as) (the|his|her|their|its)"
             r" (?!(one|only one|first (one|to)|same)\b)(?!.*\b(at|in|for|with|on) (a|an)\b)"
             r"(\S+ ){0,10}\S+$",
             2.2),
            # Obligation with the speaker (or the "you" of a role) as subject, whatever the
            # verb: "I must be sure the discharge is safe", "as team leader I have to...",
            # "you have to keep that engine turning", a note's "had to confirm before 4pm".
            # (and "got to" as many say it: "you've got to get them scanned", "i gotta make it
            # right"; not "i got to him in two minutes", where it is arriving)
            (r"\b(i|we|you) (\w+ly |also |still |just |then |now |really |only )?(must|have to"
             r"|has to|ought to|(am|was|were|are) supposed to|should(?! have\b))\b"
             r"|\b(i|we|you)('ve| have) (\w+ly |just |really |still )?got to (?!know\b)\w+"
             r"|\b(i|we|you) gotta\b"
             r"|\byou (had to|need to|needed to)\b|\b(it was|it is|it's) (\w+ly )?(necessary"
             r"|essential|vital|crucial|critical|urgent) (for (me|us) )?to\b"
             r"|^(and |so |but |then )?(had to|have to|must|need to|needed to) (?!be\b)\w+", 1.4),
            # Duty and ownership said with the noun: "it was my duty to", "my work was to",
            # "it was upon me", "was obviously on me", "the final say is mine", "mine to fix",
            # "so my call", "I have responsibility to", "the one who must make sure".
            (r"\b(my|our|your) (duty|obligation)\b|\b(my|our) (work|rule|part|duty) (was|is) to\b"
             r"|\b(my|our) (job|duty|rule|role|task|work)'s\b"
             r"|\b(is|was|'s|were) (\w+ly |all |then |now |really |basically |kind of |sort of )"
             r"(on|upon|up to|down to) (me|us|you)\b|\b(is|was|'s) upon (me|us)\b"
             r"|\b(is|was|'s) (\w+ly |all |really )?(on|up to|down to) you\b"
             r"|\bis mine\b|\bmine to \w+"
             r"|\b(it was|it's|it is|so) (my|our) (problem|call|work|shout|case)\b"
             # The work named as the speaker's own: "it was my project from the first plan".
             r"|\b(it was|it's|it is) my (own )?project\b"
             # A name signed on the work: "it was my name on the test, so i owned that clock".
             r"|\bmy name (is |was |'s )?on (the|it|that|this)\b(?! (\w+ )?(list|door|badge|rota))"
             r"|\b(have|had|has) (the |a )?(responsibility|duty) (to|for|of)\b"
             r"|\bthe (only )?one (who |that )?(must|has to|had to|have to|should|needs to"
             r"|needed to|was supposed to)\b|\bi was the only one (free|available|left|on|there"
             r"|trained|qualified|who could)\b"
             r"|\bthe question (for me|for us|i had|we had) (was|is)\b"
             # "My objective, as team leader, was to...": the goal with the role in between.
             r"|\b(my|our) (job|role|task|goal|aim|objective|responsibility|duty|mission|brief"
             r"|priority|work)( \w+){1,4} (was|is|were) to\b"
             # "i kind of made it my thing that year to", "the team's job was to get every..."
             r"|\bmade it (my|our) (\w+ )?(thing|job|mission|goal|priority|business|aim|project"
             r"|responsibility) (\w+ ){0,3}to\b|\b[\w-]+'s (whole |main |first |only )?(job|task"
             r"|goal|mission|brief|target|aim|priority) (was|is) to\b"
             # The duty as the thing to do: "what I had to do was find where it were coming from".
             r"|\bwhat (i|we) (had|needed|was supposed|were supposed) to (do|sort|fix|figure out"
             r"|work out) (was|is)\b", 2.0),
            (r"\bi (volunteered|offered|agreed|signed up|stepped up|promised|committed) to \w+",
             1.2),
            # Owning it in other words: "fixing it is on me", "it's me who decides", "the
            # measuring is my job", "i must decide", "i needed the farmer to let us".
            (r"\b(is|was|'s) (all )?(on|up to|down to) (me|us)\b|\b(it's|it is|it was) (me|you|us)"
             r" who\b|\b(is|was|are|were|'s) (kind of |sort of |really |basically |fully "
             r"|entirely |solely |squarely |formally |ultimately |wholly |always |also "
             r"|all )?(my"
             r"|our) (job|responsibility|task|call|role)\b|\b(i|we) (must|have to|need to)"
             r" (decide|find|make|get|fix|sort|keep|choose|cover|stop|bring|solve|handle"
             r"|organi[sz]e|convince"
             r"|deliver|finish|clear)\b|\b(i|we) (needed|wanted|had to get) (the|my|our|his|her"
             r"|their) (\w+ ){0,2}to\b", 2.0),
            # Owning a mistake as its own sentence: "It was my mistake.", "and that was my fault":
            # the speaker's part in a failure story, before what they did about it (the seen sets'
            # two such sentences are both Tasks; "I told her it was my error" is a deed, not this).
            (r"^(and |so |but |well |um )*(it|that|this) was (all |entirely |completely |totally "
             r"|really )?(my|our) (own )?(mistake|fault|error|blunder)\b", 2.0),
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
            # ...or of a thing: "i needed that to stop", "we needed it fixed before the weekend".
            (r"\b(i|we) (needed|wanted|had) (us|them|him|her|the team|everyone|people) to\b"
             r"|\b(i|we) (really |just )?needed (that|it|this|these|those) (to (?!be\b)\w+|stopped"
             r"|fixed|sorted|done|gone|finished|changed|back)\b", 1.4),
            (r"\b(the|our) (goal|task|aim|objective|challenge|mandate|brief|ask|deadline"
             r"|target|priority|expectation|requirement) (was|is|were)\b"
             # "so the job was basically two things: find out why...", "the job was get as many
             # as we could down" (not "the job was done")
             r"|\bthe job (was|is)\b(?! (done|finished|completed|over|a success))", 2.2),
            (r"\b(i (was|got|had been|'d been|'m)|i'd been|i've been|i'm) (asked|tasked|responsible"
             r"|expected|assigned"
             r"|charged|brought in|hired|put in charge|chosen|picked|nominated|the one"
             r"|in charge|accountable|on the hook|supposed"
             # (not a thing handed over with what it is: "i was given a case about a plasterer
             # who...", "i was given a route with fourteen drops" set the scene; "i was given
             # the job of", "given responsibility for" stay the task: 4 and 4 units of the seen
             # sets)
             r"|given(?! (a|an) ([\w-]+ ){1,2}(with|about|when|that|who|which|from)\b))\b", 2.2),
            (r"\b(i|we) (\w+ly |also |still |just |then |really )?(needed|had|wanted|was going"
             r"|were going) to\b", 1.4),
            (r"\b(it was|it fell) (up to me|my job|my responsibility|on me|to me)\b", 2.3),
            # Owning the goal, said any way: "so is my responsibility to", "it was down to me
            # to", "my manager tasked me to", "leader ask me find", "gave me until September",
            # "the account was mine".
            (r"\b(is|was|'s) (my|our) (responsibility|decision|call|job|problem) (to|if"
             r"|whether)\b|\b(down to|up to|on) me to\b|\b(tasked|charged) (me|us)\b"
             r"|\b(ask|asks|tell|tells|want|wants|give|gives) (me|us) (to )?(find|fix|make|bring"
             r"|get|take|sort|run|lead|organi[sz]e|handle|solve|prepare|check|do)\b"
             r"|\b(gave|given|give) (me|us|myself) (until|till|\w+ (days|weeks|months) to)\b"
             r"|\b(was|is|'s) (all )?(mine|ours) (to|from|now)\b|\bwas mine\b"
             r"|\b(my|our) (job|task|role|goal|brief|priority|part|duty|responsibility)"
             r" (\w+ ){1,3}(was|is) to\b"
             r"|\b(this one|it) (is|'s) (all )?yours\b|\byou own (it|this)\b"
             # The duty told as what falls under the speaker, as Indian English often says it:
             # "being the fleet supervisor, the brake cost was coming under me" (breaker15 B20).
             r"|\b(was|is|were|are|came|comes|come|fell|falls) (\w+ )?(coming |falling )?under"
             r" (me|my (\w+ )?(charge|responsibility|remit|control|area|department|scope))\b", 2.3),
            # A duty named by the role: "getting a crash reproduced is the tester's whole job".
            (r"\b(is|was|'s) (the|a|an) [\w-]+'s (whole |entire |main |first |real )?(job|duty"
             r"|responsibility)\b", 2.0),
            # Taking the problem on is the task even when told as a decision ("so I decide to
            # take this problem by myself"), which otherwise sounds like an action.
            (r"\b(take|took|taking) (this|that) (job|task|problem)\b|\b(take|took|taking) (the )?"
             r"responsibility\b|\b(take|took) it on\b", 3.5),
            (r"\b(responsible for|in charge of|tasked with|accountable for|owned the|owner of"
             r"|in charge|i owned (that|this|our|my|all the))\b", 1.5),
            (r"\bwithout (losing|breaking|going|upsetting|hurting|missing|dropping)\b", 0.8),
            (r"^(so |and )?(my|our) (job|task|role|goal|brief|remit|mission|target|call|decision"
             r"|duty|responsibility)\b|^me to \w+"
             r"|\bgoal mine\b|\b(it's|it was) (yours|mine)\b|\bi took it on\b"
             r"|\bi (am|was|'m) responsible to\b|\basked me (if|whether) i\b", 2.4),
            # The duty named with a word on it ("my main responsibility was that every farmer
            # gets a fair weight", "so the tight deadline was that two hundred booklets...",
            # not "my biggest challenge was a bridge inspection", the example named),
            # "our assignment that day was to hold that line"), the speaker's worry, what was at
            # stake for them ("my worry was that if we cut over like that the terminals would
            # start timing out"), and what it was all for ("the whole point was to get the
            # neighbours to take over the lot themselves").
            (r"\b(my|our) (main|biggest|only|real|whole|specific|immediate|key|primary|overall"
             r"|sole|top|big) (job|role|task|goal|responsibility|aim|objective|assignment|mission"
             r"|brief|remit|priority|focus|target|deadline|duty) (was|is|became|were)\b"
             r"|\b(the|our) (?!(first|next|last|same|new|only)\b)\w+ (goal|task|aim|objective"
             r"|mandate|brief|ask|deadline|target|priority|expectation|requirement|assignment"
             r"|remit) (was|is|were)\b"
             r"|\b(my|our) (assignment|mandate|remit|mission)( \w+){1,4} (was|is|were) to\b"
             r"|^(so |and |but |well )?(my|our) (biggest |main |real |only |big |first )?(worry"
             r"|concern|fear) (was|is)\b"
             r"|\bthe (whole |main |only |real |entire )?(point|idea) (of (it|this|that|the \w+) )?"
             r"(was|is) to\b", 2.2),
            # The time given to do it, in any unit: "i had about an hour to sort it", "we had
            # one shift to" ("an hour" was not heard). With the self-set decision, the duty told
            # by what one could not just do, "the job was" and "my name on the" below, rules
            # alone over the 21 seen sets (bench/analysis_accuracy.py --learned 0): 12 sets
            # gain macro-F1, none loses: dev11 0.808 -> 0.820 (Task 0.756 -> 0.803), held8
            # 0.860 -> 0.879, held2 0.952 -> 0.962, dev7 0.901 -> 0.910, dev10 0.919 -> 0.927,
            # held7 0.873 -> 0.879; result-first up on 8 sets; false absent down on dev10,
            # dev11, held7, held8 (e.g. held8 3.3 -> 2.6 %).
            (r"\b(i|we) (only |just )?had ([\w-]+ ){1,3}(days?|weeks?|months?|hours?|minutes?"
             r"|shifts?|quarter|term|night|morning|afternoon|evening|weekend) to\b|\b(i|we) need"
             r" to\b",
             1.8),
            (r"\b(my|the|our) (\w+ ){0,2}(boss|manager|head|director|lead|leader|owner"
             # "wanted" with what it wanted done ("my manager wanted me to...", "the owner wanted
             # that halved"), or "wanted to" alone; not "wanted to" placed in time: "the director
             # wanted to keep the old buses when the electric ones came" is his stance then, the
             # scene of an influence story (breaker15 B20).
             r"|coordinator|pharmacist|supervisor) (\w+ ){0,2}(asked|wanted(?! to\b)"
             r"|wanted to(?!.*\bwhen\b)|told|gave|said|made it)\b", 1.1),
            (r"\btook on the (role|job|task) of\b"
             r"|\btook on (the|a|an) ([\w-]+ ){1,2}(role|job|task)\b", 2.0),
            (r"\b(so )?the question was\b|\bi knew i (had|needed) to\b|\bi wanted to make sure\b"
             r"|\b(had|needed) to (figure out|find a way|make sure|get|fix|convince|deliver|come"
             r"up|turn|keep|win|bring|reduce|improve|sort out|calm|resolve|hit|meet)\b", 1.0),
            # A goal owned in the words that the sets' Tasks with no cue used: a note's "aim:" or
            # "needed:", someone sending or asking the speaker to do it ("the housing
            # association sent me in to find out", "i'd been asked by the head to", "my manager
            # say i can try to make"), a self-set goal ("nobody asked me"), a decision or
            # problem that was the speaker's ("it was my decision as managing director", "my
            # problem to solve"), "i'm supposed to", "the job was to", "and had to feed them".
            (r"^(aim|aims|brief|needed|need|target|remit|mission|purpose|to do|job to do)\b"
             r"|\b(sent|asked|told|wanted|brought|called|put|got) (me|us) (in |over |out |down "
             r"|back |up )?to (find|fix|sort|make|get|look|work|check|confirm|see|come up|figure"
             r"|deal|rebuild|stop|calm)\b(?! the same)"
             r"|\b(been |was |me )?asked by (my|the|our|his|her) ([\w-]+ ){1,2}to\b"
             r"|\b(say|says|said) (that )?(i|we) (can|could|should|must|need to|have to|had to)"
             r" (try|make|take|look|sort|fix|find|do|run|lead)\b"
             r"|\b(was|is|'s) (my|our) (decision|problem|call|job|responsibility|work)\b"
             r"|\b(my|our|your) (problem|job|mess|rescue|call) to (solve|fix|sort|make|sort out"
             r"|deal with|clear)\b|\b(it's|is) your (rescue|call|job|problem|shout)\b"
             r"|\b(i'm|we're|you're) (\w+ly )?(supposed|meant|expected) to\b"
             r"|\bthe (job|task|goal|aim|brief|mission|ask) (was|is) to\b"
             r"|\b(i|we) (was|were) ([\w-]+ ){1,4}and had to\b", 1.4),
            # A goal the speaker set themselves: "nobody asked me, but I decided to make a map".
            (r"\bnobody (has |had |ever )?asked me\b|\bnobody told me to\b"
             r"|\bwithout (anyone|anybody) asking\b", 2.5),
            # ...or told as a decision about what should be, not a deed: "i decided for myself
            # that i would not place families in a flat...", "i decided that we needed one
            # schedule for the whole fleet" (over the seen sets, 3 units, all Tasks). As with
            # taking the problem on (below), the verb of deciding sounds like an action, so
            # the cue outweighs it.
            (r"\bdecided (for myself |myself |on my own )?(,? ?[\w']+ [\w']+ [\w']+,? )?that (i|we)"
             r" (would|will|should|must|need|needed|had to|want|wanted|was going|were going)\b",
             3.5),
            # Obligation, assignment and aim in wordings the cues above missed: "i was obliged
            # to find a solution", "i was required to ensure", "so it became my problem", "so
            # i took it as my job to", "the members chose me to find a buyer", "what i was
            # trying to do was cut down...", "my manager requested that i revise..." (over the
            # seen sets, 9 units so told, all Tasks but "i took it as my mistake"). Rules alone
            # (bench/analysis_accuracy.py --learned 0): macro-F1 held10 0.888 -> 0.896, dev8
            # 0.827 -> 0.834, dev11 0.820 -> 0.826, held9 +0.003, held8 +0.001, the other 16
            # sets unchanged; false absent dev11 4.2 -> 3.0 %, held10 4.4 -> 3.6 %.
            # What others expected of the speaker, with the preposition many speakers use ("they
            # were expecting from me to make it faster", "what she wanted of us was", breaker13
            # B15), the aim named with whose or what it is for ("the ask from my uncle was",
            # "my target for the quarter was") and a duty given with the role between ("the
            # owner asked me, as the scheduler, to cut..."): over the seen sets' sentences that
            # read so, 8 are Tasks, none another part.
            (r"\b(expect|expects|expected|expecting|want|wants|wanted|wanting|need|needs|needed"
             r"|ask|asked|asking|demand|demanded|require|required) (from|of) (me|us)\b"
             r"|\b(the|our|my) (goal|task|aim|objective|challenge|mandate|brief|ask|deadline"
             r"|target|priority|expectation|requirement|job|mission) (from|of|for) (\w+ ){1,3}"
             r"(was|is|were)\b"
             r"|\b(asked|told|wanted|needed|expected|got|sent|trusted|chose|picked) (me|us) as"
             r" (the|a|an|our|my) ([\w-]+ ){1,3}to \w+", 2.0),
            (r"\b(was|were|am|are|felt|feel|'m) (\w+ly )?(obliged|required|bound|duty-bound) to\b"
             r"|\b(became|becomes|become) (my|our) (task|job|problem|responsibility|duty|mission)\b"
             r"|\btook it (as|upon) (my|myself)\b(?! (\w+ )?(mistake|fault|error))"
             r"|\b(chose|picked|elected|appointed|nominated|voted) (me|us) to\b"
             r"|\bwhat (i|we) (was|were) (trying|meant|hoping|aiming) to (do|achieve|fix|get|solve)"
             r" (was|is)\b|\brequested that (i|we)\b", 1.8),
            # Ownership and the deed owed, in one: "it was my shipment to accept and to prepare
            # the documents", "so it was my problem to solve" (over the seen sets, 34 units so
            # told, all Tasks; rules alone, held10 macro-F1 0.898 -> 0.901, the other 20 sets
            # unchanged).
            (r"\b(it|this|that) (was|is|'s) (my|our) ([\w-]+ ){1,2}to (?!(the|a|an|my|our|his|her"
             r"|their|be|me|us|him|them|do with)\b)\w+", 2.0),
            # The duty told by what the speaker could not do instead, or by nobody else doing
            # it: "so i could not just hand it over and hope", "i can't just leave it running",
            # "nobody else was going to do it", "i'm not meant to get involved" (over the seen
            # sets, 10 units so told, all Tasks).
            (r"\b(can't|cannot|couldn't|could not|can not) just\b"
             r"|\b(nobody|no one|no-one) else (was|were) (going|gonna) to\b"
             r"|\b(i'm|i am|i was|we're|we were|you're) not (\w+ly )?(supposed|meant|expected"
             r"|allowed) to\b", 1.4),
        ),
        "A": (
            (r"^(so |okay |well )?(the )?(actions?|steps?)( i took| i took were| was| were|:)?"
             r"\b|\bthe (first |next )?(step|action|thing) i took\b", 3.0),
            (r"\bi (go|call|sit down|ask|tell|start|decide|set up|write|build|talk|speak|put"
             r"|take|pull|move|organi[sz]e|schedule|book|meet|email|reach out|get everyone)\b",
             0.7),
            (rf"{_NOT_AFTER_WHEN}\bi (first |then |also |quickly |immediately |personally "
             rf"|eventually |actually "
             # (with a prefix too: "i re-read the rebate agreement", as -ed verbs below)
             rf"|just |finally |carefully |directly |initially |proactively )?(re-?|co-|pre-"
             rf"|double-|cross-)?{_PAST_ACTION}\b", 1.7),
            (rf"{_NOT_AFTER_WHEN}\bi (?!{_STATE_VERBS_ED}\b)((re-|co-|pre-|double-|cross-)?\w+ed)"
             r"\b", 0.7),
            (r"\bi (decided|started by|began by|chose|made sure|went ahead|took the|took it"
             r"|set about)\b", 1.2),
            (r"\bwhat i did (first |next |then )?was\b|\bthe first thing i did\b|\bi did (two"
             r"|three|a few|several) things\b", 2.0),
            # Steps told as named things after an ordinal: "my first step was a buddy list, then
            # a sheet of the hardest calls", "first, a buddy for every starter. second, ..."
            # (breaker13 B20). Over the seen sets' sentences opening on such a marker: 30
            # Actions, 5 Results (all five "after that, ..."), none another part.
            (r"^(so |and |then )?(my|the) (first|next|second|third|last|final) (step|move) was\b"
             r"|^(so |and )?(first(ly)?|second(ly)?|third(ly)?|fourth(ly)?|step (one|two|three))"
             r"\b(?! of all)(?! thing)(?! time)", 2.0),
            (ORDERING_WORDS, 0.6),
            (r"\bso i\b|\bthen i\b|\band i\b", 0.6),
            (rf"\b(we|my team and i|the two of us|together we) (first |then |also |quickly "
             rf"|basically |just |actually |basically just )?"
             rf"{_PAST_ACTION}\b", 0.6),
            (r"\b(i|we) (would|'d|will|'ll|could|might) (start|first|begin|then|call|talk|speak"
             r"|meet|ask|check|look|set|make|try|escalate|prioriti[sz]e|review|gather|sit"
             r"|reach|explain|work|find|get|bring|take|schedule|document|follow)\b", 0.9),
            (r"\bi'd\b|\bi'll\b", 0.3),
            # A talk had with someone is a deed, though "had" alone tells a state ("I had a
            # coffee with him away from the office and it came out that...", breaker16 D6).
            (r"\b(i|we) (then |first |also |just |quickly )?had (a|an) (quick |long |quiet "
             r"|proper |short |private |honest |frank |serious |little )?(coffee|chat|word|talk"
             r"|meeting|conversation|sit-down|catch-up|look) with\b", 1.6),
            (r"\bby (\w+ing)\b", 0.3),
        ),
        "R": (
            (r"^(so |okay |well )?(the |as a )?(results?|outcome|impact)( was| were| is|:)?\b",
             2.0),
            (r"\b(resulted in|resulting in|led to|leading to|contributed to|which helped"
             r"|this helped|that helped|paid off)\b", 1.6),
            (r"\b(as a result|in the end|the result|the results|the outcome|ultimately|by the end"
             r"|by the time"
             r"|at the end of|ended up|end result|all in all|because of (that|this)|thanks to"
             r"|which meant|that meant|this meant|it meant|since then|from then on|to this day"
             r"|in the months after|a (week|month|year|few weeks|few months) later|afterwards"
             r"|after (a|two|three|six|\w+) (weeks|months|days))\b", 1.9),
            # What others had or could do once it was done: "so after that new people had
            # everything on day one", "from that week the counts arrived before eight" (breaker9
            # D11; not the speaker's next step, nor "after that it was my job to").
            (r"^(so |and |then )*(after that|after this|from that (day|week|month|point)( on)?"
             r"|from then) (?!(i|we|i'd|we'd|it|there|my|our)\b)(\w+ ){1,3}(had|got|could"
             r"|stopped|arrived|were|came in|went)\b", 1.9),
            (r"\b(increased|decreased|reduced|improved|grew|rose|fell|dropped|cut|saved"
             r"|doubled|tripled|halved|boosted|lowered|shortened|went (up|down)|came back"
             # (someone who "came down" the stairs is no number coming down)
             r"|(?<!he )(?<!she )(?<!they )came down"
             r"|climbed|jumped|exceeded|beat|surpassed|won|landed|secured|retained|recovered"
             r"|went live|launched on|finished|delivered|signed|renewed|passed|hit|met|shipped"
             r"|completed|approved|accepted|agreed|chose|selected|adopted|invited|most)\b", 0.8),
            (r"\b(before|ahead of) (the )?(deadline|schedule|time|due date)\b|\b(early|on time"
             r"|in time|on schedule|under budget)\b", 1.0),
            (r"%|\bpercent\b|\bper cent\b", 1.4),
            # "From X to Y" is a measured change when something changed ("waits went from forty
            # minutes to twelve", "we cut it from 9 to 2") or a figure carries its unit ("from
            # £40k to £12k"), not a span of time or place ("I studied every morning from 6 to
            # 8", "a convoy from Karachi to Gwadar"). Over the seen sets' segments with a
            # "from ... to": 68 of 89 with a change word are Results, 4 of 15 without (breaker12
            # V10).
            (rf"\b{CHANGE_WORDS}\b.{{0,60}}\bfrom\b.{{1,40}}\bto\b"
             rf"|\bfrom (about |around )?[£$€]?{_NUMBER_WORDS}\s?{FIGURE_UNITS}.{{0,20}}\bto\b"
             rf"|\bfrom\b.{{1,40}}\bto (about |around |just |only |under |over |less than "
             rf"|more than )?[£$€]?{_NUMBER_WORDS}\s?{FIGURE_UNITS}", 1.4),
            (r"\b(didn't|did not|never|haven't|hasn't|hadn't) (have|get|see|lose|miss|run out"
             r"|need|hear|receive|had|got|lost|missed|ran out) (any|a single|again|once|one|another"
             r"|since)\b|\b(left|went home|walked away|came away) (happy|satisfied|smiling"
             r"|pleased|relieved|delighted)\b", 1.2),
            # A record against the years before: "which was the first time in five years",
            # "first time in its history" (over the seen sets' sentences so told, 10 of 10 are
            # Results; held16 read such a headline as the scene, its "there was no road
            # blockade that year" as how things stood).
            (r"\bfirst time in (about |over |nearly |almost )?(\w+ )?(years|months|decades"
             r"|seasons|history)\b|\bfirst time in (its|our|their|the \w+'s) history\b", 1.6),
            # A verdict others give and a loss that did not come: "a five-star review", "no
            # refund", "not one person on the crew got sick" (over the seen sets' sentences: 9
            # of 10, 8 of 8 and 6 of 6 are Results; three headlines so told were read as scenes).
            (r"\b(five|5|four|4)[- ]stars?\b|\bno (refunds?|claims?)\b|\b(not one|not a single)"
             r" (\w+ ){0,4}(got|was|were|had|fell|missed|complained|left|lost|came)\b", 1.2),
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
            # How things stand now, in the present tense of a past story: "and now the practice
            # sends me other patients", "the institute now uses my camera design" (over dev1-8
            # and held1-8: 35 Results, 1 Action, 1 Situation).
            (r"\bnow (\w+ ){0,2}[a-z]+[^s]s\b|\b(she|he|they|it) now [a-z]+[^s]s\b", 1.2),
            (r"^(so |and )?(within|after|by|over) (the next |the following |a |an |half an |about "
             r"|just |only |less than |under )?(\w+ )?(hours?|days?|weeks?|months?|years?|quarters?"
             r"|terms?|shifts?|minutes?)\b(?! (i|we) (?!was |were |had |still |no longer ))", 1.3),
            (r"\b(thanked|rated|received|became the standard|made (their|his|her|our) (flight"
             r"|deadline|target)|no sign of|slept through)\b", 0.8),
            (r"\bkept (the|our|my) (\w+ ){1,2}(the same|unchanged|flat|down|low|under)\b|\b(ran"
             r"|held|delivered|finished|completed|made) (every|all) (single )?\w+", 1.2),
            (r"\b(nobody|no one|none of us|everyone|everybody) (had to |needed to |ever )?(stayed"
             r"|got|had|asked|complained|left|came back|missed|turned up|ran out)\b",
             0.9),
            (r"\b(was|were|came|got|is|are) back\b|\bgot (\w+ ){0,2}back\b|\bwalked out of\b"
             # A note's restored service: "checkout back in 12 min", "site back up within the hour"
             r"|\bback (up |online |to normal )?(in|within) (\S+ ){1,2}(min|mins|minutes|hours?"
             r"|hrs?|days|seconds|secs)\b"
             # ...not in a clause that picks out a thing ("any release that had no rollback
             # plan", breaker16 D5).
             r"|(?<!that )(?<!which )\b(lost|had|missed|saw|got) (almost |hardly "
             r"|nearly |virtually )?(no|none|hardly any|nothing)\b", 1.2),
            (r"\bfinally\b|\boverall\b", 0.6),
            # Another person's changed behaviour told after the actions: "after that the
            # director started asking me directly for the numbers".
            (r"\b(he|she|they|the (\w+ ){0,2}(director|manager|boss|client|clients|customer"
             r"|customers|team|teams|staff|board|ceo|cfo|head|lead|leads|finance|store|stores"
             r"|users|colleagues)|my (\w+ ){0,2}(boss|manager|director|lead|team|colleagues)"
             r"|everyone|everybody|people|others) (now |even |then |also |soon |actually )?"
             r"(started|began|stopped) (\w+ing|to \w+)\b", 1.4),
            # Done by a time: "by the wednesday every bus was arriving before the bell", "all the
            # results were out by nine" (not a deadline: "had to be ready by nine").
            (r"^(?!.*\b(had to|have to|has to|must|needed|need to|needs to|deadline|due|supposed"
             r"|asked|wanted|wants)\b).*(?<!one )(?<!step )(?<!day )(?<!bit )(?<!side )\bby (the )?"
             r"(monday|tuesday|wednesday|thursday|friday"
             r"|saturday|sunday|weekend|third day|second day|next day|end of the (day|week|month"
             r"|shift)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon"
             r"|midnight|quarter (to|past)|half past|\d)"
             # ...or by the day the work was for, opening the clause: "by the go-live date every
             # record was across", "by the inspection the logs were complete" (breaker13 B12).
             r"|^(so |and |then )*by (the|that) ([\w-]+ ){0,2}(date|day|launch|opening|go-live"
             r"|handover|inspection|audit|visit|deadline|morning|afternoon|evening|night"
             r"|weekend|week|month|year)\b,? (?!(i|we) )", 1.2),
            # Praise left behind, in any tense: "he leave a review mentioning my name".
            (r"\b(left|leave|leaves|wrote|write|writes|sent|send|sends|posted|post|posts|gave|give"
             r"|gives) (us |me |the team )?(a|an) (\w+ ){0,2}(review|letter|card|note of thanks"
             r"|thank you note|compliment|testimonial)\b", 1.4),
            # A failure that stopped, a date that held: "the points haven't failed since",
            # "we handed over on the friday", "the showcase went ahead on the original date".
            (r"\b(haven't|hasn't|have not|has not|never) (\w+ )?(failed|recurred|slipped|broken"
             r"|happened|come back|gone down|missed)\b( \w+){0,4} since\b|\b(handed (it )?over"
             r"|went ahead|delivered on|signed off|came in under|opened on time)\b", 1.4),
            # A state that has lasted, told with "since" closing the clause: "he has kept coming
            # every month since", "it's been in the match day plan ever since" (in the 23 seen
            # sets' sentences: 30 Results, nothing else). 23 seen sets, rules alone
            # (bench/analysis_accuracy.py --learned 0): macro-F1 held9 +0.002, held5 +0.002,
            # dev3, held10 +0.001, dev9 -0.002; result first held6 +0.022, held9 +0.009, dev9
            # +0.008, no set down. Not a state told with a copula ("the phones have been busy
            # since"): a background state, as often as not (tests/analysis/test_answer_end.py).
            (r"^(?!.*\b(been|was|were|is|are) \w+ since$).*\bsince$|\bever since\b", 1.4),
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
            # Closing and opening asides: "so yes, that is my example", "oh that's a nice one".
            (r"\b(that's|that is) (\w+ ){0,2}(example|one|story)$|^(so )?(yeah|yes) (so )?(i really"
             r" (enjoyed|liked|loved)|that's|that is)\b", 2.2),
            (r"^(oh |so |um |well |okay |ok )*(that's|that is) a (really )?(nice|good|great|tough"
             r"|hard|interesting|fun) one( um| yeah| so)*$|^(so |yeah |yes |um )*(that's|that is)"
             r" (\w+ ){0,2}(example|one|story)$", 3.0),
            (r"\b(so yeah|yeah so|that's (about |pretty much |basically |really )?(it|all|the"
             r" story|my answer|what happened)|hope (that|this) (answers|helps|makes)|does that"
             r" answer|i think that's (it|all|about it)|anyway|that's (one|an|my) example"
             r"|and that's how)\b", 2.2),
        ),
    }.items()
}
PAST_VERB = _lazy(rf"{PAST_ACTION}|\w+ed")
PAST_FIRST_PERSON = _lazy(rf"\bi (\w+ly )?({PAST_ACTION}|\w+ed)\b")


# Flaw cues: telling what one would do or usually does instead of one occasion.

_PARTICIPLE = (
    r"(?!(?:been|done|gone|seen|shown|had|got|left|made|taken|given|written|told|found|known"
    r"|\w+(?<!e)ed)\b)"
)
"""After "i'd", a past participle is "I had" ("my manager said i'd done everything by the book"),
no plan: MODAL took the Result points of such a closing sentence (star.unit_cue_scores) and the
sentence went back to the Action. Over the 23 seen sets (bench/analysis_accuracy.py --learned 0)
macro-F1 held7 +0.003, held8 +0.002, held10 -0.001 (it finds one more part left out), the rest
unchanged; with the learned layer dev12 -0.002 too (its MODAL-rate feature); flaws unchanged."""
CREDO = _lazy(
    r"\b(i|we) (always |really |strongly |truly |do |personally )?(believe|think|feel|find)"
    r"( that)? (\w+ ){1,4}(is|are) (always |just )?(the most important|the key|so important"
    r"|very important|really important|important|key|crucial|essential|vital|everything)\b"
)
"""A belief told in the present ("Well, I always believe teamwork is the most important"): the
speaker's creed, no outcome, wherever it is told (breaker11 D5: an opening creed was read as the
result told first, and the answer's real, vague ending was never judged)."""
CLOSING_CREED = _lazy(
    # A belief about how things are, or how anyone in a role should be: "I believe a leader has
    # to make the hard calls", "I really believe people want to be told the truth".
    r"\bi (really |strongly |truly |do |personally |always |still |just )?believe (that )?(a|an"
    r"|any|every|each|you|we|people|everyone|everybody|it's|it is|in)\b"
    # A duty of anyone in the role, or of "you" in general: "a leader has to own them", "you
    # just have to be patient with them" (told in the speaker's own voice: `closing_creed`).
    r"|\b(you|(a|an|any|every|each) \w+) (just |really |always |sometimes |simply |still )?(has"
    r" to|have to|must|should|need to|needs to|got to|'ve got to) \w+"
    # What matters to the speaker: "that's very important to me".
    r"|\b(that's|that is|it's|it is|this is) (\w+ )?(very |really |so |the most |most )?"
    r"(important|what matters|what it's all about|what counts) (to|for) me\b"
    # Who the speaker is: "I'm just a guy who likes things running right", "I am someone who
    # adapts fast".
    r"|\b(i'm|i am) (just |really |basically |simply |the kind of |the sort of |the type of )?"
    r"((a|an) )?(\w+ )?(guy|person|man|woman|girl|lad|bloke|someone|somebody|type) (who|that)\b"
    # How the day or the moment was for the speaker: "it was a good day for me", "that was a big
    # growth moment for me as a manager".
    r"|\b(it|that|this) (was|has been) (a|an|one) (\w+ ){0,3}(day|moment|night|shift|week|time"
    r"|morning|evening|afternoon|period|year|chapter) (for me|of my (life|career|working life"
    r"|time))\b"
    r"|\b(it|that|this) (was|has been) the (\w+ ){0,2}(day|moment|night|shift|week|time|morning"
    r"|evening|year|month) of my (life|career|working life)\b"
)
"""How a speaker closes a story with no outcome after the last action: a belief, a duty of
anyone in the role, what matters to them, who they are, or how the day felt to them, told in
the present or about themselves. It tells who the speaker is, not what came of the story (the
convention of bench/data/README.md: a vague closing is no Result). A lasting change ("since then
every new starter has to do it") carries its own outcome cue and is not read so (star.py asks
for no Result cue in the unit)."""
_SAYING = _lazy(r"\b(said|says|say|tell|tells|told|telling|asked|asks|goes|went like)\b")


def closing_creed(text: str) -> bool:
    """Whether a unit or segment (lower-case words) closes on a creed (CLOSING_CREED) in the
    speaker's own voice: "he told me you must stop the cars waiting" is an instruction quoted
    in the story (the Task), not a creed."""
    return bool(CLOSING_CREED.search(text)) and not _SAYING.search(text)


_WAY_OF = (
    r"\b(that's|that is|this is|it's|it is) (just |simply |also )?(the way|how) (i|we|my|his|her"
    r"|our|their|a|an|any|every|each|the) ([\w'-]+ ){0,2}?(works?|worked|does|did|do|does things"
    r"|did things|was raised|were raised|was brought up|runs?|ran)\b"
)
_PRIORITY = (
    r"\bthe (most important|first|main|number one|golden|key|biggest|top|only real) (thing|rule"
    r"|priority|point|duty|job)\b|\b(comes?|goes) first\b|\bfirst rule\b|\bwhat (really )?"
    r"(matters|counts)\b|\bmatters (most|more)\b|\ball (you|one|anyone|anybody|an? [\w-]+) can"
    r" (do|ask)\b|\bwhat (it's|it is) all about\b|\b(is|are) everything\b"
)
_GENERAL_HABIT = (
    r"\b(i|we|you|one|people|everyone|everybody|(a|an|every|any|each) ([\w-]+ )?[\w-]+)"
    r" (just |really |also )?(always|never)\b"
)
GENERAL_CREED = _lazy(rf"{_WAY_OF}|{_PRIORITY}|{_GENERAL_HABIT}")
"""The frames a creed is told in: what comes first or matters most ("honesty is the most
important thing with a customer", "my men come home alive, that is the first rule", "the guest
always comes first", "that is all an observer can do"), what the speaker or anyone always or
never does ("I always tell my officers...", "you never leave a crew alone up there"), or whose
way it is ("that is the way my father worked", "that's just how I was raised")."""
_OCCASION_LINK = _lazy(
    r"\b(now|nowadays|these days|today|to this day|since|still|anymore|any more|no longer|again"
    r"|after that|from then|from that|from this|next time|going forward|learn\w*|lesson\w*|taught"
    r"|realis\w*|realiz\w*|showed me|shows me|remind\w*)\b"
)
"""Words that tie a present statement to the story's occasion: a change that lasts ("now the
kids ask for it", "the line still runs that way", "nobody has been hurt since") or a lesson
taken from it ("since then I always...", "it taught me...": the Result, bench/data/README.md)."""
_PAST_EVENT = _lazy(rf"\b(was|were|had|{PAST_ACTION})\b|\b\w+[^e\W]ed\b")


def general_creed(text: str) -> bool:
    """Whether a unit (lower-case words) is a creed by its shape: a general statement in the
    present (GENERAL_CREED's frames) with nothing in it that happened on the story's occasion
    (no past-tense event outside "the way my father worked") and nothing that ties it to the
    occasion (_OCCASION_LINK: "now", "since", "still", a lesson). held14 left two Results out and
    closed on such a creed ("For me, my men come home alive, that is the first rule, always.";
    "I think honesty is the most important thing with a customer."), and both were read as the
    Result; in the seen sets' Results every "always" after the last action comes with such a
    link ("now I always test on the client's machine first")."""
    if not GENERAL_CREED.search(text) or _OCCASION_LINK.search(text):
        return False
    return not _PAST_EVENT.search(re.sub(_WAY_OF, " ", text))


_CREDIT_GIVEN = _lazy(
    r"\b(i|we) (just |also |really )?(want|wanted|have|need|'d like|would like) to (say )?(thank"
    r"|give (a |some )?(big |special )?(thanks|credit|shout ?out))\b"
    r"|\b(couldn't|could not|can't|cannot|wouldn't|would not) have (done|managed) it without\b"
    r"|\b(were|was|are|is) (just |really |absolutely |truly |so |all )?(brilliant|amazing"
    r"|wonderful|fantastic|superb|incredible|outstanding|heroes|stars|a (real |great )?pleasure"
    r" to work with)\b"
)
"""Thanks or praise given to others: "I want to say thank you to all the volunteers", "the team
I had on that were just brilliant", "the embroiderers were wonderful", "we couldn't have done it
without them"."""
_OWN_STYLE = _lazy(
    r"\b(that's|that is|this is|it's|it is) (really |just |very much |simply |always )?(my|our)"
    r" (style|nature|personality|way of working)\b"
    r"|\b(kind|sort|type) of [\w-]+ (i am|i'm)\b"
    r"|^((so|and|but|well|yeah|i think) )*(i|we) (really |just |always |much )?(like|prefer|love"
    r"|enjoy) to \w+"
)
"""The speaker's own style, told in the present: "that's really my style", "I think this is the
kind of person I am", "I like to get out of the office and see things for myself"."""


def credit_or_style(text: str) -> bool:
    """Whether a unit (lower-case words) gives thanks or praise to others (_CREDIT_GIVEN) or tells
    the speaker's own style (_OWN_STYLE, with nothing that ties it to the story's occasion:
    "now I like to check..." is how things stand since). Told where a story closes, after its
    last action, either is a closing with no outcome (bench/data/README.md: a vague closing is no
    Result): dev14, held15 and dev16 each closed an answer with no Result so, and the rules read
    it as the Result."""
    return bool(_CREDIT_GIVEN.search(text)) or bool(
        _OWN_STYLE.search(text) and not _OCCASION_LINK.search(text))


MODAL = _lazy(
    r"\b(i|we|you) (would|will|could|might|should|'ll) (\w+)\b|\b(i|we|you) 'd "
    rf"{_PARTICIPLE}(\w+)\b|\b(i'll|we'll|you'll) (\w+)\b|\b(i'd|we'd|you'd) {_PARTICIPLE}"
    r"(\w+)\b|\b(i'm gonna|i would)\b|\b(i'm going to|i am going to)\b"
    r"(?! (the|a|an|each|every|all|my|his|her|their|our|your|this|that|these|those|school"
    r"|work|church|town|hospital|court|market|bed|class)\b)"
)
"""A plan or a hypothesis ("I would call", "we'll see", "I'm going to fix"); "going to" before a
place or a person is movement, not the future ("I am going to each house myself", a present-
tense story)."""
PLAN_OR_HOPE = _lazy(
    r"\b(i|we)('re| are|'m| am) (now |still |really |already |also )?(hoping|planning|aiming"
    r"|intending) to\b|\bhopefully\b|\b(the|our|my) plan (now |for next \w+ )?is to\b"
    r"|\b(i|we) (now |really |also )?(hope|plan|intend|aim) to\b"
    r"|\bnext (year|season|spring|summer|autumn|fall|winter|month|time) (it|we|i|they)('ll"
    r"| will)\b"
)
"""What the speaker hopes or plans from here on, told in the present ("now we are hoping to make
it every year", "next year I'm planning to get a second drum", "hopefully it grows", "the plan is
to open a second stand"): what is still to come, no outcome, however the story's ending sounds
(held15: two answers ending so were given a Result)."""
HABITUAL = _lazy(
    r"\b(i|we) (usually|always|typically|generally|normally|often|tend to|try to|like to"
    r"|make sure|never|would always|will always)\b|\b(usually|typically|generally|normally"
    r"|in general|as a rule|most of the time),? (i|we|my|you)\b|\bwhenever (i|we|there's"
    r"|there is|a|someone|something)\b|\bevery time (i|we|a|someone)\b|\b(i'm|i am) (the kind"
    r" of person|someone who|a person who|(very|really|pretty|quite) (good|strong|organi[sz]ed"
    r"|patient|calm))\b|\bmy approach is\b|\bi believe\b|\bi think it's important\b"
    r"|\bin my experience\b"
)
"""What someone does in general, as opposed to what they did once."""
OCCASION = _lazy(
    r"\b(ago|last (year|month|week|summer|spring|winter|fall|autumn|quarter|semester|term)"
    r"|in (19|20)\d\d|one (day|time|evening|night|morning|shift|week)|once"
    r"|(at|in) my (last|previous|current|old|first) \w+|when i was|while i was"
    r"|that (day|week|month|morning|night|shift|year)|at the time|back in"
    r"|there was (a|one|this)|i had (a|an|one|this) (customer|client"
    r"|patient|student|colleague|manager|project)|(?<!\bin )the day|during (my|the|our|a|that))\b"
)
GENERIC_CLAIM = _lazy(
    r"\b(great|good|amazing|exciting|leading|innovative|fast growing|fast-growing) (company"
    r"|opportunity|culture|place to work|team|reputation|brand)|\b(i'm|i am) (really |very )?"
    r"(passionate|hard working|hardworking|a hard worker|a team player|motivated|driven"
    r"|a people person|detail oriented|a fast learner|a quick learner|a perfectionist)"
    r"|\b(always wanted|dream job|grow (my|as a)|career growth|next step in my career"
    r"|learn and grow|make a difference|challenge myself|good fit|great fit)\b"
)
"""Claims that fit any candidate: they need a specific behind them."""
WE_WORDS = _lazy(r"\b(we|we've|we'd|we'll|we're|our|us|ourselves)\b")
I_WORDS = _lazy(r"\b(i|i'd|i'll|i've|i'm|my|me|myself)\b")




# Tense. Non-native speakers often tell a past story in the present perfect ("I have called the
# agency"), and some people tell it in the present ("I call the agency"). Both are rewritten to
# the simple past before the cues are matched, so the same story gets the same judgment.

_PARTICIPLES = {
    "been": "was", "done": "did", "gone": "went", "seen": "saw", "taken": "took",
    "given": "gave", "written": "wrote", "spoken": "spoke", "chosen": "chose", "begun": "began",
    "driven": "drove", "known": "knew", "shown": "showed", "grown": "grew", "broken": "broke",
    "forgotten": "forgot", "got": "got", "gotten": "got", "had": "had", "made": "made",
    "put": "put", "set": "set", "sent": "sent", "built": "built", "found": "found",
    "told": "told", "said": "said", "brought": "brought", "thought": "thought", "kept": "kept",
    "led": "led", "met": "met", "run": "ran", "read": "read", "left": "left", "come": "came",
    "become": "became", "paid": "paid", "bought": "bought", "taught": "taught", "held": "held",
    "spent": "spent", "won": "won", "lost": "lost", "sold": "sold", "stood": "stood",
    "split": "split", "cut": "cut", "let": "let", "hit": "hit", "caught": "caught",
}
_PRESENT_IRREGULAR = {
    "go": "went", "take": "took", "give": "gave", "write": "wrote", "speak": "spoke",
    "choose": "chose", "begin": "began", "drive": "drove", "know": "knew", "find": "found",
    "tell": "told", "say": "said", "bring": "brought", "think": "thought", "keep": "kept",
    "lead": "led", "meet": "met", "run": "ran", "get": "got", "make": "made", "sit": "sat",
    "send": "sent", "build": "built", "buy": "bought", "pay": "paid", "teach": "taught",
    "hold": "held", "spend": "spent", "stand": "stood", "come": "came", "leave": "left",
    "ring": "rang", "see": "saw", "feel": "felt", "lose": "lost", "win": "won", "sell": "sold",
    "catch": "caught", "hear": "heard", "swap": "swapped", "stop": "stopped", "plan": "planned",
    "drop": "dropped", "ship": "shipped", "chat": "chatted", "grab": "grabbed",
}
_PRESENT_REGULAR = frozenset(
    base
    for verb in re.findall(r"[a-z]+ed\b", _PAST_ACTION_VERBS)
    for base in (verb[:-2], verb[:-1])
    if len(base) >= 3
)
"""Base forms of the regular action verbs ("call" for "called"; "organise" for "organised")."""
_PRESENT_TO_PAST = {
    **{base: (base + "d" if base.endswith("e") else base + "ed") for base in _PRESENT_REGULAR},
    **_PRESENT_IRREGULAR,
}
_SAME_IN_PAST = frozenset(
    {"put", "set", "cut", "let", "hit", "read", "split", "spread", "shut", "quit", "cost"}
)
_PRESENT_OUTCOME_TO_PAST = {
    "recovers": "recovered", "saves": "saved", "drops": "dropped", "falls": "fell",
    "rises": "rose", "improves": "improved", "reduces": "reduced", "doubles": "doubled",
    "halves": "halved", "gets back": "got back",
    "goes up": "went up", "goes down": "went down", "comes down": "came down",
    "disappears": "disappeared", "renews": "renewed",
}
"""Outcome verbs told of someone else in the present ("the company recovers about forty thousand
dollars"): in a present-tense story the outcome, told in the past for the cues like the
speaker's own actions (breaker10 D2). Not words that are as often nouns ("the quick wins",
"the bus stops", "the signs", "boarding passes"): told as past they read as an outcome."""
_PRESENT_OUTCOME = _lazy(
    r"\b(" + "|".join(sorted(_PRESENT_OUTCOME_TO_PAST, key=len, reverse=True)) + r")\b"
)
_PERFECT = _lazy(
    r"\b(i|we|you|he|she|it|they|who|that|\w+s|\w+) (have|has|'ve|'s) (just |also |then |already "
    r"|finally |first )?(\w+ed|" + "|".join(_PARTICIPLES) + r")\b"
)
_CONTRACTED_PERFECT = _lazy(
    r"\b(i've|we've|they've|he's|she's|it's) (just |also |then |already |finally |first )?"
    r"(\w+ed|" + "|".join(p for p in _PARTICIPLES if p != "got") + r")\b"
)
_PRESENT_FIRST_PERSON = _lazy(
    r"\b(i|we) (also |then |first |just |quickly |immediately |finally )?("
    + "|".join(sorted(_PRESENT_TO_PAST, key=len, reverse=True)) + r")\b"
)
_PRESENT_BE = _lazy(
    r"\b(i'm|i am|it's|it is|we're|we are|that's|there's|there are|is|are|they're)\b"
)
_PAST_BE = {
    "i'm": "i was", "i am": "i was", "it's": "it was", "it is": "it was", "we're": "we were",
    "we are": "we were", "that's": "that was", "there's": "there was", "there are": "there were",
    "is": "was", "are": "were", "they're": "they were",
}
_HABIT_WORDS = _lazy(
    r"\b(usually|always|typically|generally|normally|often|tend|whenever|every time|would"
    r"|'d|will|'ll|could|might|should)\b"
)


def _perfect_to_past(match: re.Match[str]) -> str:
    subject, _, adverb, verb = match.groups()
    return f"{subject} {adverb or ''}{_PARTICIPLES.get(verb, verb)}"


def _contracted_to_past(match: re.Match[str]) -> str:
    subject, adverb, verb = match.groups()
    bare = subject.split("'")[0]
    return f"{bare} {adverb or ''}{_PARTICIPLES.get(verb, verb)}"


_ANY_PAST = _lazy(rf"\b({PAST_ACTION}|was|were|had|\w\w+ed)\b")
"""A verb told in the past, whoever does it."""


def _own_tenses(text: str) -> tuple[list[re.Match[str]], int]:
    """The speaker's own deeds told in the present (matches) and the number told in the past."""
    found = [m for m in _PRESENT_FIRST_PERSON.finditer(text) if m.group(3) not in _SAME_IN_PAST]
    past = sum(m.group(2) not in _SAME_IN_PAST for m in PAST_FIRST_PERSON.finditer(text))
    return found, past


def present_narrative(text: str, heard: bool = False) -> bool:
    """Whether `text` (lower-case words) tells a story in the present tense: several
    first-person present actions, few past ones, and no habit or hypothesis words. Not when every
    present one comes before the first verb in the past, whoever's, and those in the past
    outnumber them more than twice: the opening tells what the speaker does for a living ("I
    manage a small embroidery workshop in Funchal, we make..."), the story after it is told in
    the past by others' deeds ("the hotel ordered...", "the older ones took extra pieces"), with
    few or none of the speaker's own (held15, dev15: the job read as the first deed, the
    Action said to be told where others did all the work).

    `heard`: recognized speech, whose tense drifts. tiny.en writes some of a present-tense
    story's verbs in the past or with "'d" ("I help the supervisor" -> "I held the supervisor",
    "I tell my supervisor" -> "I'd tell my supervisor", "I ask" -> "I asked"), so a story the
    writer told in the present came back with as many past verbs as present ones and a "habit"
    word, was read as told in the past, and its present-tense scene ("It's my second week in a
    parcel warehouse, I'm eighteen") as deeds: the Situation went to the Action. There "'d" is
    no habit word and the present deeds need only be as many as the past ones. Through speech
    (cached flite slt -> tiny.en, held11-16 each alone) macro-F1 held13 0.8985 -> 0.9019 (two
    answers told in the present), the other five sets unchanged."""
    found, past = _own_tenses(text)
    habits = _HABIT_WORDS.findall(text)
    if heard:
        habits = [word for word in habits if word != "'d"]
    if not (len(found) >= 2 and (len(found) > 2 * past or (heard and len(found) >= past))
            and len(habits) <= 1):
        return False
    told_past = [m.start() for m in _ANY_PAST.finditer(text)]
    return not (told_past and found[-1].start() < told_past[0]
                and len(told_past) > 2 * len(found))


def own_deeds_in_present(text: str) -> bool:
    """Whether `text` (lower-case words) tells the speaker's own deeds in the present: at least
    two, and more than twice as many as in the past (habit words or not)."""
    found, past = _own_tenses(text)
    return len(found) >= 2 and len(found) > 2 * past


def as_past_narrative(text: str, present: bool | None = None) -> str:
    """`text` (lower-case words) with the present perfect, and a present-tense story, told in
    the simple past ("i have called" and "i call" become "i called"). `present` says whether the
    answer as a whole is a present-tense story (decided once for all its units)."""
    text = _PERFECT.sub(_perfect_to_past, text)
    text = _CONTRACTED_PERFECT.sub(_contracted_to_past, text)
    if present is None:
        present = present_narrative(text)
    if present:
        text = _PRESENT_FIRST_PERSON.sub(
            lambda m: f"{m.group(1)} {m.group(2) or ''}{_PRESENT_TO_PAST[m.group(3)]}", text
        )
        text = _PRESENT_BE.sub(lambda m: _PAST_BE[m.group(1)], text)
        text = _PRESENT_OUTCOME.sub(lambda m: _PRESENT_OUTCOME_TO_PAST[m.group(1)], text)
    return text



# Outcomes. A number is a metric only when it measures what changed (a before and after, a
# percentage, money, time saved, a count of the result); "three managers", "2019", "twice" or
# "7 a.m." are not.

_NUM = (
    r"(?:\d[\d,.]*|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half"
    r"|a few|a couple of|a dozen|dozens of|hundreds of)"
)
_RATE = r"(a|an|per|each|every) (day|week|month|shift|night|hour|year|morning|evening|run|batch)"
"""A count told per period: "6 loaves a day", "40 calls per shift"."""
_AGAINST = (
    r"mine|my way|ours|our way|now|after|afterwards|instead|against|compared|versus|vs|down to"
    r"|up to|(with )?(my|the new|our) (\w+ )?(way|plan|rota|system|method|sheet|list|idea"
    r"|version|schedule|change|changes)|then only|but only|and only|only"
)
"""Words that set one count against the one before it ("6 a day, mine 2", "…, now only 2")."""
_NOT_WHEN = r"(?! (weeks|months|years|o'clock|am|pm|a\.?m|p\.?m)\b)"
"""After a compared count: not a time ("after 3 months", "7 a.m."); before "instead of" no
"at", "by" or "half" either ("home at half three instead of half five" says when)."""
_NOT_YEAR = r"(?!(?:19|20)\d\d\b)"
"""Before a count: not a year ("before 2019")."""
_NOT_STATE = r"(?<!had )(?<!have )(?<!has )(?<!was )(?<!were )(?<!are )(?<!is )(?<!be )"
"""Before "only 2 a day": not a state of the scene ("we had only 2 nurses a night")."""
_ROUGHLY = r"(about |around |roughly |nearly |almost |over |some |maybe |close to )?"
"""A hedge before a count: "instead of about thirty"."""
_OVER_A_SPAN = (
    r"(in|over|during|for|across) (the |that |those )?(next |following |first |whole "
    r"|rest of the )?"
    r"([\w-]+ ){0,2}?(days|weeks|months|quarters|years|season|summer|winter|year|month|week"
    r"|quarter|term)\b,?"
)
"""The span a count of events is told over: "two incidents in the next three months instead of
about thirty" (breaker16 D13)."""
OUTCOME_METRIC = _lazy(
    rf"%|\bper ?cent\b|\bpercentage points?\b|[$£€]\s?\d|\b\d[\d,.]*k\b"
    rf"|\bfrom (about |around |over |under |nearly |almost |roughly |approximately "
    rf"|more or less )?{_NUM}\b.{{0,40}}\bto (about "
    rf"|around |just |only |under |over |less than |more than |nearly |almost )?({_NUM}|none"
    rf"|zero|a |an |half)"
    rf"|\b(up|down|fell|dropped|rose|grew|increased|decreased|reduced|cut|saved|improved"
    rf"|went up|went down|came down|shortened|lowered|raised|gained)( \w+){{0,3}}"
    rf" (by )?(about |around |over |under |nearly |almost |more than |less than |another )?{_NUM}"
    rf"\b(?! (who|which|whose)\b)"  # "ended up being the one who fixed it" (breaker10 D7)
    rf"|\b{_NUM} (\w+ ){{0,2}}(fewer|more|less|faster|quicker|earlier|sooner|higher|lower"
    rf"|times (faster|more|as|over))( \w+){{0,3}} (than|a (day|week|month|year)|per|each)\b"
    rf"|\b{_NUM} (\w+ )?(faster|quicker|earlier|sooner|times (faster|more|as|over))\b"
    rf"|\b(doubled|tripled|halved|quadrupled)\b"
    rf"|\btook (\w+ ){{0,2}}{_NUM} (\w+ )?(off|out of)\b"
    rf"|\bzero\b|\b(no|not one|not a single|none of the) (\w+ ){{0,2}}(complaints?|errors?"
    rf"|incidents?"
    rf"|failures?|defects?|bugs?|returns?|findings?|admissions?|losses|absences?|tickets?|pages"
    rf"|outages?|accidents?|escalations?|sedation|delays?)\b|\bnone in production\b"
    rf"|\b(in|within|after) (under |less than |about |just |only )?{_NUM} (more )?(minutes|hours"
    rf"|days|weeks|months)\b"
    rf"|\b(under|below|less than) (about )?{_NUM} (minutes|hours|days|weeks|months|percent"
    rf"|points?)\b|\b(over|above|more than) (about )?{_NUM} (percent|points?)\b"
    rf"|\b(a|one|two) (third|quarter|fifth|tenth)s?\b|\bby (more than |about |nearly )?half\b"
    rf"|\bcompared (with|to) {_NUM}\b|\bonly {_NUM} (\w+ ){{0,2}}(failed|left|missed|were|was"
    rf"|complained|affected|delayed)\b"
    rf"|\b(all|every one of) (the )?{_NUM}\b|\b(filled|signed|sold|hired|recruited|won|closed"
    rf"|raised|saved|recovered|retained|trained|onboarded|enrolled|placed|vaccinated|housed"
    rf"|resettled)( \w+){{0,2}} {_NUM}\b"
    # Work done for people is a count of the result only when it is new ("visiting fourteen
    # new villages"); "visited thirty doctors every week" is the work itself.
    rf"|\b(reached|served|treated|seen|visiting|visited|serving|receiving|reaching|treating"
    rf"|seeing|welcoming|hosting)( \w+){{0,2}} {_NUM} (new|more|extra|additional)\b"
    # A count of people who did something because of it: "three juniors asked to join".
    rf"|\b{_NUM} (of (the|them|our|those|these) )?(\w+ )?(juniors|customers|clients|patients"
    rf"|students|staff|colleagues|members|volunteers|families|users|people|teams|shops|stores"
    rf"|schools|drivers|nurses|trainees|managers|suppliers|tenants|villages|farms|sites)( \w+)?"
    rf" (asked (to|for|if)|applied"
    rf"|signed up|joined|came back|returned|renewed|volunteered|requested|switched|chose|moved"
    rf"|stayed|enrolled|passed|qualified|adopted)\b"
    # A count set against another count: before and after, one way against another.
    rf"|\b{_NUM} (\w+ ){{0,3}}{_RATE}\b[^.;!?]{{0,40}}?\b({_AGAINST})\b,? (\w+ ){{0,3}}?(only "
    rf"|just |about |around |under |less than )?{_NUM}\b{_NOT_WHEN}"
    rf"|(?<!at )(?<!half )(?<!by )\b{_NUM} (\w+ ){{0,3}}({_OVER_A_SPAN} )?instead of (the |a |an )?"
    rf"(usual |normal |old |planned )?{_ROUGHLY}{_NUM}\b{_NOT_WHEN}"
    rf"|\b(before|used to be|it was|they were|there were|we had|we were)\b,? (\w+ ){{0,3}}{_NUM}"
    rf"\b[^.;!?]{{0,40}}?\b(now|afterwards|since then|these days|after (that|it|the \w+|my \w+))"
    rf"\b,? (\w+ ){{0,3}}?(only |just |about |around |under )?{_NUM}\b{_NOT_WHEN}"
    # The same without a verb, as a reply or a note gives it: "five a month before, none
    # after", "before about ten a week, after only two".
    rf"|\b{_NUM} ([\w-]+ ){{0,3}}{_RATE},? before\b,? (and |but )?(now )?(only |just |about "
    rf"|around |under )?({_NUM}|none|zero|no [\w-]+)( [\w-]+){{0,3}}? (after|afterwards|since)\b"
    rf"|\bbefore\b,? (about |around |roughly |nearly |almost |over )?{_NOT_YEAR}{_NUM}\b"
    rf"{_NOT_WHEN}[^.;!?]{{0,40}}?\bafter(wards)?\b,? (only |just |about |around |under )?"
    rf"({_NOT_YEAR}{_NUM}|none|zero)\b{_NOT_WHEN}"
    # A rate that is the outcome: "now only 2 a day", "only 2 a week now" (not "we had only 2
    # nurses a night", a scene).
    rf"|\b(now|nowadays|these days) ((?!had|have|has|was|were|is|are)\w+ ){{0,3}}?{_NUM}"
    rf" (\w+ ){{0,2}}{_RATE}\b"
    rf"|{_NOT_STATE}\b(only|just) {_NUM} (\w+ ){{0,4}}({_RATE} )?(now|these days|nowadays"
    rf"|any more|anymore)\b"
)
"""A number that measures the outcome: a change or count of the result ("from 12 to 3", "cut
40 minutes", "hired all 6"), or a count set against another ("6 loaves a day, with my way only
2", "2 instead of 6", "before 6 a week, now 1"), or a rate told as the outcome ("only 2 a day
now"). A count alone ("three managers", "in 2019", "twice") is none; flaws.measured leaves out
times of day and years."""
NON_OUTCOME = _lazy(
    # "it was fine" is a shrug; "it was fine after that" tells the state after the change (over
    # the seen sets' sentences "<x> was fine after/since...", 5 of 5 are Results).
    r"\b(learning experience|learned a lot|learnt a lot|taught me a lot|(good|great|valuable"
    r"|interesting|positive) experience|grew a lot|grown a lot|(did|doing|done) (my|our) best"
    r"|tried to help|try to help|helped out|help out|wherever i could|where i could|however i could"
    r"|was involved in|got through (it|them|that)|it was fine(?! (after|since|again|from then"
    r"|ever since|by then))|made a difference|more resilient"
    r"|kept going|keep going|just tried|learning curve|(good|big|real) learning( for me)?"
    r"|(learn|learns|learned|learnt|taught me|teaches you|taught us) (a lot|so much|a great deal"
    r"|a thing or two|a huge amount|loads|plenty)|(do|try to do) my best"
    r"|(was|is|'s|been) (a |an )?(\w+ ){0,3}(experience|lesson) for (me|us|everyone|all of us)"
    r"|(was|is|'s) (a |an )?(\w+ ){0,2}(beautiful|nice|good|great|important|valuable|big|useful)"
    r" (experience|lesson)|(that's|that is|it's|it is) (just |all )?part of the job"
    r"|(have|has|had) to get used to|(that's|that is) (just )?how it (is|goes)"
    r"|you (learn|learnt|learned|realise|realize) (to|that|how)"
    r"|(went|turned out|worked out) (about |pretty |quite |more or less )?as well as (it|they"
    r"|we) could|(just )?one of those things|you (live and )?learn$"
    r"|(it )?(makes|made|make) (you|me|us) (a )?(better|stronger|more (patient|confident"
    r"|resilient|careful)))\b"
    # How it went from week to week, with nothing that changed: "some weeks were better than
    # others", "we had our ups and downs", "it was hit and miss" (breaker9 D10).
    r"|\bsome (\w+ ){0,2}(were|was|went|are|got) (a (bit|little|lot) )?(better|worse|easier"
    r"|harder|calmer|smoother|quieter) than (others|other (\w+ ){0,2}(ones|days|weeks|times))\b"
    r"|\b(had|have|has) (its|their|our|my|some|a few) (ups and downs|good (days|weeks) and bad)"
    r"|\b(it|things|that|results) (was|were) (a bit |quite |very )?(hit and miss|up and down)\b"
    # The speaker's own readiness, with nothing that came of it: "basically I was always
    # available for them", "I was there for the team" (breaker10 D6).
    r"|\b(i|we) (was|were|am|are|'m|'re|have been|had been) (\w+ ){0,2}?(available|there|around"
    r"|on hand|on call|reachable|just a call away) (for|to) (them|him|her|you|everyone|anyone"
    r"|everybody|people|the (\w+ )?(team|staff|branches|users|customers|people))\b"
)
"""What sounds like an ending but tells no outcome: "it was a learning experience", "it was a
beautiful experience for me", "you learn a lot from something like that", "it's a change you just
have to get used to", "that's just how it is with couriers"."""
ABOUT_THE_EXAMPLE = _lazy(
    r"^(\w+ ){0,4}?(let me (think|see|pick|take|choose|go with|tell you about)|i (can|could) think"
    r" of|i('ve| have) got (one|two|three|a|an)\b|i have (one|two|a|an) (\w+ )?(example|one|story"
    r"|for)|i('ll| will) (go with|choose|pick|take|use|tell you about)|i('m| am) going to (use|go"
    r" with|pick|take|talk about|tell you about)|(this|that) one is (a bit of |quite )?(a|long)"
    r"|(that's|that is) a (really |very )?(good|great|nice|tough|hard|interesting|fun) (question"
    r"|one)|the (example|one) that comes to mind)\b"
    r"|\b(that's|that is|this is|this was) (probably |really |basically |just )?(my|the|one|an"
    r"|a good) (\w+ ){0,2}(example|one|story)\b(?! (where|when|about|from|of|that|who))"
    r"|\b(that's|that is|this is|that was|this was) (pretty much |basically |just |really "
    r"|more or less |kind of |exactly )?(how|the way) i (usually |always |generally )?(handled?"
    r"|deal|dealt|approach|approached|work|do|did|went about|go about)\b"
    r"|\b(that's|that is|that was|this was) (the|my) (decision|choice|call|experience)"
    r"( i (made|took|had))?\b(?! (where|when|about|from|of|that|who|which|to|for|was|is)\b)"
    r"|\bthat was that\b"
    r"|^(and |so |okay |ok |well |yeah )*(thank you|thanks)( (very|so) much)?( for (the|your|this"
    r"|that|having|asking|listening)( [\w-]+){0,2})?$"
    r"|\bi hope (it|that|this) (is|was|wasn't|isn't|answers)\b|\bhappy to (go into|talk|explain)"
    r"\b|\btells you (a lot )?(about )?how i\b|\bsomething i (bring|take|carry)\b"
)
"""Talk about the example rather than the example itself: choosing it first ("let me think,
I've got one", "I'll go with the one from the hotel"), naming it at the end ("so that's my
example", "that is how I handled the situation", "so that's the decision I made and how I went
about it", "so that was my experience", "so yeah, that was that", "I hope it is not too long",
"thank you for the question")."""
HARD_TIME = _lazy(
    r"\bit was (a |an )?(very |really |quite )?(hard|tough|difficult|stressful|busy|long|intense)"
    r" (time|period|few weeks|month|week) for (everybody|everyone|all of us|us|me)\b"
)
"""How hard it was, told at the end: no outcome either (and, told first, part of the scene)."""
VERB_FIRST = _lazy(
    rf"^(then |also |first |next |finally |quickly )?((re-|co-|pre-|double-)?{PAST_ACTION}"
    rf"|(?!(needed|wanted)\b)(re-|co-|pre-|double-)?\w+ed)\b"
)
"""A line or note that starts with a past verb and no subject: "Rang every caterer...". Not a
note's "needed:" or "wanted:", which heads what was needed ("- needed: passport issued before
Thursday"), the task: 3 such units of the seen sets, all Tasks, were read as Actions. With the
"given a <thing> about/with" scene (cues.CUES["T"]), rules alone over the 21 seen sets
(bench/analysis_accuracy.py --learned 0): macro-F1 dev8 0.834 -> 0.840 (parts left out found
13 -> 14 of 15), held4 0.934 -> 0.938, held10 0.896 -> 0.898, the other 18 sets unchanged."""
_IMPERATIVE_IRREGULAR = "ring|tell|give|send|take|put|write|bring|keep|get|set|go"
_NOT_IMPERATIVE = frozenset({"use", "start", "open", "close", "turn", "look", "move", "change"})
IMPERATIVE_FIRST = _lazy(
    r"^(then |also |first |next |finally |and |- )?("
    + "|".join(sorted((b for b in _PRESENT_REGULAR if b not in _NOT_IMPERATIVE), key=len,
                      reverse=True))
    + rf"|{_IMPERATIVE_IRREGULAR})\b(?! (up|down|of|to|is|was|were|are|and|or)\b)"
)
"""A note that starts with a verb of doing in its plain form, as a plan or a checklist is
written ("escalate.", "call the outreach team, handover with SBAR", "stay with him, recheck in
15 min"): an action with the speaker left out (breaker6 D9)."""
_PLACED_ED = (
    "(?:based|hired|asked|promoted|posted|assigned|tasked|employed|placed|stationed|seconded"
    "|transferred|located|situated|expected|scheduled|appointed|named|called in|brought in)"
)
"""-ed words that open a note's scene or task, not an action: "based in Nairobi", "asked to"."""
OPENS_WITH_ACTION = _lazy(
    rf"^(so |and |then |um |uh |well |okay |ok |yeah |right )*((i |we )?(i|we) (\w+ly |just "
    rf"|first |then |also |quickly )?({_PAST_ACTION}|(?!{_STATE_VERBS_ED}\b)(re-|co-|double-)?"
    rf"\w+ed)|(first |then |quickly )?({_PAST_ACTION}"
    rf"|(?!{_STATE_VERBS_ED}\b|{_PLACED_ED}\b)\w+ed))\b"
)
"""A unit that begins with the speaker doing something ("I cut the fabric...", "i i went to the
lead developer", a note's "stopped the lift halfway"): told first with no scene cue, the story
starts in its action, not its scene."""
NOTE_HEADER = _lazy(r"^(s|t|a|r|situation|task|action|actions|result|results|steps) ")
"""A note's part name at the start of its line ("A: split dough runs in two" -> "a split...")."""
OWN_SUBJECT = _lazy(r"\b(i|i'd|i've|i'm)\b")
"""The speaker as a subject: a unit with it tells what they did or were."""
OPTION_TOLD = _lazy(
    r"\b(one|the other|another|the first|the second|the third|my|our|the (only |best "
    r"|cheapest |safest |obvious )?(option|idea|choice|plan|alternative|proposal|suggestion))"
    r" (option |idea |choice |plan |proposal )?(was|is|would be) to\b"
    r"|^(\w+ ){0,8}?(how|what) (many|much|often|long|number of|share of)\b(?!.*\b(fell|dropped"
    r"|rose|halved|doubled|went (down|up)|came down)\b)"
    r"|\b(called|set up|arranged|booked|scheduled|organi[sz]ed|wanted) (a|another|an urgent"
    r"|a proper|a follow-up) (meeting|call|review|catch-up|conversation|chat)\b"
)
"""An option laid out ("the other was to keep it and cut agency nights instead", "my plan was
to") or the figures gathered ("two weeks of data: how many patients came back after 6pm, how
many observations were late") or a meeting called ("then the matron called a meeting with both
of us"): what could be done, was looked at or comes next, not how it ended (breaker6 D2)."""
OWN_SIDE_ACTION = _lazy(
    rf"^(so |and |then |um |uh |well |okay |ok |yeah |right )*we (also|as well) "
    rf"({_PAST_ACTION_VERBS})\b"
    rf"|\bwe ({_PAST_ACTION_VERBS})\b.*\bwe ({_PAST_ACTION_VERBS})\b"
)
"""A unit that tells "we" doing one more thing ("we also called the chaplain") or a list of
things ("we opened the side room, we arranged chairs"): the speaker's side acting, so no one
else's event (breaker6 D8). An outcome told with "we" ("we lost the sale", "and we brought in
the whole harvest without losing a single day") stays one."""
ANNOUNCED_HEADLINE = _lazy(
    r"^(\w+ ){0,3}?((the )?headline( is| was)?|bottom line|in short|long story short|short version"
    r"|the short answer|the (end )?result (is|was)|the outcome (is|was)|to start with the"
    r" (result|outcome|end)|spoiler|the end of (it|the story|all that) (is|was))\b"
)
"""Words that announce the outcome at the very start ("so the headline is ...", "bottom line:"):
the speaker says the result is told first (star.label_units, answer.py's headline check)."""
OTHERS_PAST_EVENT = _lazy(
    rf"\b(?<!had )(?<!'d )(?<!n't just )(?<!n't )(?<!\bto )({PAST_ACTION}"
    rf"|(?<!so they )(?<!so it )(?<!so we )(?<!so he )(?<!so she )(?<!so i )(?<!so you )didn't"
    rf"|(?!(?:needed|wanted|used|started|joined|based|called|named|supposed)\b)\w{{3,}}ed)\b"
)
"""A past event (not a past perfect, not a negated state such as "weren't squeezed in", not an
infinitive: "had decided to cut the night vans" tells no event, though "cut" is also a past).
"didn't" is "did not" said aloud: "it didn't fail once after that" is an event as "did not" is
(not in a purpose: "so she didn't have only my word for it")."""
SUBORDINATE_OR_FINDING = _lazy(
    r"^(and |so |but )?(when|which|while|because|if|as|who|where|until|since|though|although)\b"
    r"|.*\b(turned out|happened|found out)\b"
)
"""A clause that hangs on another ("when she told me...") or tells what was found ("it turned
out most of the delay came from..."): neither tells how things ended."""
TASK_CLAUSE = _lazy(
    r"^(and|so|but|,) (then |basically |kind of )?(as (the|a|an|our|their|his|her|the only)"
    r" (\w+ ){1,4}?)?"
    r"(i (have |'ve )?(had|needed|knew i had|knew i"
    r" needed|had"
    r" to find a way) to|i had (\w+ ){1,3}(days|weeks|months|hours|minutes) to|(my|our) (job"
    r"|role|task|goal|brief|manager|boss|lead|team leader|head"
    r"|director)\b|it (was|is|'s|has been) (on me|upon me|down to me|my job|up to me"
    r"|my responsibility|my duty|mine)"
    r"|it's (on me|my job|up to me)|(the|my|our) (\w+ ){0,2}(asked|told|wanted|gave|said|made it)"
    r" (me|it's|it was|very clear)|i (was|am|'m) (asked|responsible|tasked|the one|in charge))\b"
    r"|^responsible for\b"
)
"""Where a task starts inside a sentence that set the scene: ", and I had six weeks to...", also
after the speaker's role: "...leaving the counts to the others, and as the planner it was on me
to..." (breaker9 D5: the scene and the task were one unit, read as the Task, and "Situation
missing" quoted the scene)."""
RESULT_CLAUSE = _lazy(
    r"^(and|which|so|,) (then |in the end |eventually |after that )?(\w+ ){0,4}(dropped|fell|falls"
    r"|went (up|down|from)|goes (up|down|from)|rose|halved|doubled|came (down|back)|comes back"
    r"|improved|increased|decreased|took (another )?\S+ \S+ off|got a pulse|walked out"
    r"|stopped|disappeared|settled|passed)\b"
    r"|^(and|so|,) (then |after that |in the end )?(nobody|no one|none of (them|us|the \w+)"
    r"|everybody|everyone) (\w+ ){0,2}(asked|complained|left|missed|had to|came back|got|was"
    r"|were)\b"
)
"""Where a result starts inside a sentence of action: "...and the build dropped to twelve", or
after a comma: "...showed him the numbers, error reports went down from 40 to 6"."""
WHICH_EFFECT = _lazy(
    # A relative clause on the whole last deed that tells its effect: "...moved the machine
    # nearer the window, which cut the failures to zero" (not "which was by the door", "which
    # took two days", "which I printed": a thing described, an effort, a deed).
    r"^,? ?which (then |in the end |eventually |also |quickly |soon )?(cut|saved|brought (\w+ )"
    r"{0,3}(down|up|back)|fixed|solved|reduced|halved|doubled|lowered|raised|increased"
    r"|improved|freed up|ended|removed|eliminated|stopped|shortened|sped up|got rid of)\b"
)
"""An effect told on the last deed of the answer's last sentence (star.split_units): with an
ending told after it, the clause is the deed's side effect and stays with the action."""
_GOAL_VERBS = (
    r"save|cut|reduce|lower|improve|increase|raise|boost|double|halve|speed up|free up|avoid"
    r"|prevent|stop|get|make|keep|meet|hit|finish|deliver|win|grow|protect|shorten|bring"
    r"|clear|reach|beat|fix"
)
GOAL_OR_SWITCH = _lazy(
    # A purpose: "to save overtime", "in order to double the meetings", "so that queues would
    # drop", "so we could save twenty minutes" (not "which helped us to cut", "we managed to").
    rf"(?<!help )(?<!helped )(?<!helps )(?<!helping )(?<!managed )(?<!able )(?<!enough )"
    rf"(?<!allowed )(?<!enabled )(?<!us )(?<!them )(?<!me )(?<!used )(?<!going )(?<!days )"
    rf"(?<!weeks )(?<!months )(?<!hours )(?<!minutes )"
    rf"\b(in order |so as )?to ({_GOAL_VERBS})\b( [\w'%-]+){{0,8}}"
    r"|\bso (that )?(i|we|they|he|she|it|the \w+|our \w+|\w+s) (could|would|can|might)"
    r"( [\w'%-]+){1,8}"
    # A deadline set with a plan or a duty: "decided to move everything to the cloud by the end
    # of 2024", "I had to get him useful by the end of the season" (breaker16 D4: read as an
    # outcome told first): the date the work was due, not one it was done by.
    r"|\b(decided|decide|decides|planned|plans|wanted|aimed|agreed|promised|committed|set out"
    r"|needed|need|needs|had|has|have|asked( \w+)?|told( \w+)?) to (?!(be|have)\b)\w+"
    r"( (?!by\b)[\w'%-]+){0,10} by (the )?((end|start|beginning|close|middle) of( the)?"
    r" [\w'-]+|(january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|(19|20)\d\d)\b( [\w'-]+){0,1}"
    # A change of how things are done, decided in the scene: "moved the count from a weekend to
    # a weekday", "switched the handover from paper to tablets" (no number on either side).
    r"|\b(move|moved|moving|moves|switch|switched|switching|switches|change|changed|changing"
    r"|changes|shift|shifted|migrate|migrated|migrating|convert|converted|transfer|transferred)"
    r"( (?!from\b)[\w'-]+){0,6} from ((?!(\d|about|around|almost|nearly|over|under)\b)"
    r"[a-z][\w'-]* ){1,5}to ((?!(\d|about|around)\b)[a-z][\w'-]*)( [\w'-]+){0,3}"
    # A price set against another's, as the scene of a sale: "our price was thirty percent above
    # their current supplier" (breaker9 a20, read as a result told first).
    # What the speaker put forward, not what came of it: "proposed the thursday early shift
    # instead", "suggested the early release for one region" (breaker13 B6: a note's last
    # bullet, a proposal, was read as the Result and the story's missing outcome never asked).
    r"|\b(proposed|suggested|recommended|pitched|put forward|argued for|pushed for|asked for"
    r"|offered to)( (?!(and|but|so|which|then|until|when)\b)[\w'%-]+){1,8}"
    rf"|\b(price|prices|quote|quotes|rate|rates|offer|bid|fee|fees|cost|costs) (was|were|is|are)"
    rf" (about |around |nearly |almost |over |still )?{_NUM}( ?(percent|%|[\w-]+))? (above|higher"
    rf"|more|over|cheaper|below|lower|dearer)( than)?( [\w'-]+){{0,4}}"
)
"""Words that tell what someone wanted or changed, not what came of it: a Result cue inside them
(star.unit_cue_scores) counts for nothing, nor does a number there measure an outcome. breaker8
D4: "My manager decided to move our stock count from a weekend to a weekday to save overtime" was
read as a Result told first; "The hospital switched the night handover from paper to tablets so
we could save twenty minutes" still was. Over the 19 seen sets (bench/star_learned.py
--rules-only) macro-F1 mean 0.912 -> 0.914: dev4 0.920 -> 0.928, dev6 +0.008, held7 +0.008,
held9 0.887 -> 0.893, dev10 (not looked at before) 0.912 -> 0.918; result-first dev7 +0.017,
held7 +0.013, dev4 +0.011; held8 finds its 15th left-out part; no set loses anything."""


PURPOSE_CLAUSE = _lazy(
    r"^(and |then |um |uh )?so (that )?(?!(it|that|this|there|i|we)\b)(\w+ ){1,3}?(could|would|can"
    r"|might|didn't have to|did not have to|don't have to|doesn't have to|didn't need to"
    r"|did not need to|don't need to|doesn't need to|didn't need|doesn't need|wouldn't|couldn't"
    r"|can't|won't|will|would never|could never|can never|never had to)\b"
    # ...or what it was for if a thing went wrong: "so if it failed once it would just try
    # again" (breaker16 D5; over the seen sets no Result opens so).
    r"|^(and |then |um |uh )?so (that )?if\b[^.;]{0,60}?\b(would|could|will|can|might)\b"
)
"""A clause that tells what an action was for, someone else as its subject: "so the planner could
follow without calling me", "so they did not have to chase us", "so his customs would not stop
it". Cut off the action's sentence at its "so", it read as someone else's event told late, that is
a Result. Such a unit (with no Result cue of its own) counts as the Action it belongs to: over
the seen sets 477 Action words opened so to 113 Result words, those all in units that go on to
an outcome after "and" (figures with cues.ORDERING_WORDS)."""


TURN_BACK = _lazy(
    r"\b(the (interesting|important|tricky|hard|real) (part|bit|thing) (is|was) how"
    r"|(let me|i'll|i will|i can) (tell|explain|walk you through|show) (you )?how"
    r"|(this|that|here) is how|how (i|we) got (it )?there"
    # "...no orders were lost, but getting there was messy", "but the road there was long"
    r"|but (getting|the (road|way|route|path|journey)) there (was|wasn't|took|is)"
    r"|but it (was not|wasn't|was never|was far from) (easy|simple|smooth|straightforward))\b"
)
"""A speaker turning from the outcome they told first, or in the middle, to how it came about
(breaker9 D1: "Within forty minutes the site was back up and no orders were lost, but getting
there was messy. I had to restore service..." was read as the scene). Used by the labeller
(star.TURN_BACK_POINTS) and by answer._results_before_actions."""


HEADER_WORDS = frozenset(
    {"situation", "context", "background", "task", "goal", "objective", "action", "actions",
     "result", "results", "outcome", "impact", "challenge", "approach", "steps"}
)
"""A line holding only one of these names the part that follows (notes)."""


_OUTCOME_FRAME = (
    r"^(so |and |then |um |uh |well )*(by|within|after|over|in|from|since|ever since) |"
    r"\b(now|since then|from then on|after that|afterwards|in the end|ever since|these days"
    r"|nowadays|no longer|any more|anymore)\b|\bsince$"
    # The present perfect of a state that has lasted: "and he has filed on time every year".
    r"|\b(has|have) (not |never |always |still )?\w+(ed|en)\b"
)
_CHANGE_TOLD = r"\bfrom\b.{1,40}\bto\b|\b(went|go|goes|gone|came|come|comes) (up|down)\b"
"""A change told from one state to another ("go down from almost every week to maybe once")."""
PAST_PERFECT_SCENE = _lazy(
    rf"^(?!.*(?:{_OUTCOME_FRAME}))"
    # The past perfect as the clause's own verb: "sales in the north had fallen by 15 percent",
    # "our night shift had missed its pick target for a month" (not "the customer withdrew the
    # complaint they had raised", whose own verb comes first).
    r"(so |and |but |well |um |uh )*(?!(?:i|we|he|she|they|it)\b)((?!(?:who|which|that|when"
    rf"|while|because|and|so|but|i|we|he|she|they|{PAST_ACTION}|\w+ed)\b)(?:[\w'-]+) ){{1,6}}"
    r"(had|'d) (\w+ly |already |just |never |long |been )?(been|gone|fallen|grown|become|begun"
    r"|risen|lost|run|got|gotten|sat|slipped|\w+ed)\b"
)
NOT_RECALLED = _lazy(
    r"\b(i|we) (do not|don't|did not|didn't|can not|cannot|can't|could not|couldn't)"
    r" (really |quite |exactly |fully |even |honestly )?(remember|recall)( (now|any more"
    r"|anymore|exactly|really|honestly))? (exactly |now |really )?(what|how) (exactly )?(i|we"
    r"|they|the team) (did|had done|changed|tried|went about|fixed|sorted|handled)\b"
)
"""The speaker saying they do not remember what was done ("I do not remember exactly what we
did"): no deed is told, whatever its words (breaker14 B13: read as the Action, 45 points above
an answer that leaves its actions out without a word)."""
BEFORE_VALUE = _lazy(
    rf"^(?!.*(?:{_OUTCOME_FRAME}|{_CHANGE_TOLD}))(?:(so |well |and )?(on|at|in|during) (a|an"
    rf"|the|my|our|one|that|this) ([\w'-]+ ){{1,4}}?)?(?P<measure>(?:(?!(?:and|that|which|because"
    rf"|so|but|there|it|they|we|i|he|she|her|him|them|{PAST_ACTION}|\w+ed)\b)[\w'-]+ ){{1,8}})"
    rf"(was|were|stood at|sat at|ran at|averaged|hovered at|hovered around) (only |just |about "
    rf"|around |roughly |barely |under |over |nearly |almost |less than |more than |at )?"
    rf"(?P<value>{_NUM}) ?(percent|per cent|%|minutes|hours|days|weeks|seconds|pounds|euros"
    rf"|dollars|(a|an|per) \w+|out of)\b"
)
"""A measure's value told as how it stood ("the van fill rate was only 62 percent": a count with
its unit or rate), with no change in it: `measure` holds the words before the verb (no clause
word, pronoun or past verb among them), from the unit's start or after where it was ("At the
Leeds hub ..."), `value` the value."""
NUMBER = _lazy(rf"\b{_NUM}\b")
"""A count or amount, in digits or words."""
SCENE_STATE = _lazy(
    rf"{PAST_PERFECT_SCENE.pattern}|^(?!.*(?:{_OUTCOME_FRAME}|{_CHANGE_TOLD}))(?:"
    # A state that held again and again: "there were gaps most weeks", "the bay was always
    # blocked", "filled in by whoever remembered".
    r".*\b((was|were|had|got|went) (\w+ )?(always|usually|often|constantly|regularly"
    r"|repeatedly)|(always|usually|often|constantly|regularly|repeatedly) (was|were|had|got|went"
    r"|ran|came|left|missed|broke|failed|arrived|ended)|most (days|weeks|months|nights"
    r"|shifts|mornings|evenings|of the time)|(every|each)"
    r" (single )?(day|week|month|night|shift"
    r"|morning|evening|weekend|year|time)|week after week|day after day|month after month|all the"
    r" time|again and again|whoever|whenever|used to)\b"
    # What was still to do: "I had the signage, the parking plan and the rota all still to do".
    r"|.*\b(still|all|yet) (to do|to be done|to finish|due|outstanding)\b"
    # ...and the stakes of the moment: "with sixty buses still to fill before the first runs".
    r"|.*\bwith ([\w'-]+ ){1,4}(still|yet|left) to (be )?[\w'-]+)"
)
"""A unit that tells how things stood before the story, not a thing that happened in it: a
past perfect as its own verb, or a state that held again and again. Told first, that is the
scene, never the outcome told first (breaker13 B3: "On my ward the drug fridge log was filled
in by whoever remembered, so there were gaps most weeks" was praised as a headline), and so is
what was still to do. Not when
the unit is framed as what came after ("by March...", "within a month...", "now...")."""


_OCCASION_TIME = (
    r"(day|night|morning|afternoon|evening|shift|week|weekend|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|fall|winter)"
)
OCCASION_BEGINS = _lazy(
    r"(^|\b(and|but|then|so|until|till) )(then |early |late )?(on )?one ([\w-]+ )?"
    + _OCCASION_TIME + r"\b(?! (later|after|before|earlier)\b)"
    r"|\bthere (was|came) (a|an|one|this) ([\w-]+ ){1,2}(one|on one) ([\w-]+ )?"
    + _OCCASION_TIME + r"\b"
)
"""Where the story's one occasion begins, at the opening of a clause ("one night a big ship came
in eleven hours late", "and one July I was training a new tech", "and there was a storm one
February"): what the speaker told before it is how things usually went, the background of that
day, not a deed of the story. Not "one day later" (a step's time), nor a deed's own time told
at its end ("I stopped the match one Sunday morning")."""


def background_to_occasion(first: str, following: str = "") -> bool:
    """Whether the opening sentence `first` (lower-case words) is the background of an occasion
    that begins after it: later in that sentence, or in the sentence `following` it ("I drove
    straddle carrier at a container terminal in Busan. One night a big ship came in...", "I ran
    the grain dryer on a big arable farm. Harvest time, we were drying wheat round the clock,
    and one night I'd set the burner too high"). A sentence that itself opens on the occasion
    ("one sunday i stopped the match") is its first deed."""
    return (any(m.start() > 0 for m in OCCASION_BEGINS.finditer(first))
            or OCCASION_BEGINS.search(following) is not None)


_NOT_A_STANDING_VERB = (
    "was|were|had|did|do|does|think|remember|guess|mean|know|believe|feel|hope|suppose|reckon"
    "|say|want|need|like|love|hate|can|cannot|can't|could|would|will|should|might|must|may"
    "|shall|got|get|go|am|is|are|have|has|see|try|tell|ask|come|kind|sort|first|then|just|also"
    "|really|always|never|still|all|both|only|um|uh|er|i|we|don't|dont|didn't|didnt|start|begin"
    "|keep|stop|continue|decide"
)
STANDING_JOB = _lazy(
    r"^((so|and|well|um|uh|okay|yeah|right|but|oh) )*(i|we) ((mostly|usually|normally|also"
    r"|basically|generally|actually) )?(?P<verb>(?!(" + _NOT_A_STANDING_VERB + r")\b)[a-z]{2,})"
    r" (?!(him|her|them|me|us|it|that|this|those|these|to|up|down|out|back|over|off|myself"
    r"|ourselves)\b)((a|an|the|some|our|my) )?([\w'-]+ ){0,5}?(on|in|at|for|out of|off|near"
    r"|outside|around|across|from|north of|south of|east of|west of)\b"
)
"""A clause that opens on what the speaker does for a living, in the present simple, with what
they work on and where or for whom: "i haul fuel on the winter road up to...", "so i fly a float
plane, a beaver, out of a lake north of...", "so i build floats for one of the krewes". The verb
is checked apart (standing_job): no past form, and none of the few verbs that are the same in
the past ("i cut", "i set up")."""
_STANDING_SINCE = _lazy(r"\b(now|still|since|anymore|today|every|always|again)\b")
"""...and not how things stand since ("we still make it that way", "i check them every week
now"): after the actions that is the Result."""


def standing_job(unit_text: str) -> bool:
    """Whether a unit (lower-case words) opens on the speaker's standing work told in the present
    simple (STANDING_JOB), not a deed in the past, however spelled ("i reran", "i redrew")."""
    found = STANDING_JOB.match(unit_text)
    if found is None or _STANDING_SINCE.search(unit_text):
        return False
    verb = found.group("verb")
    bare = re.sub(r"^(re|un|over|out|mis|with|under)-?", "", verb)
    return not (verb.endswith(("ed", "ing")) or verb in _SAME_IN_PAST
                or PAST_VERB.fullmatch(verb) or PAST_VERB.fullmatch(bare))


def heard_standing_job(unit_text: str) -> bool:
    """Whether a recognized answer's opening (lower-case words) has the shape of the speaker's
    standing work (STANDING_JOB: "i run a custom harvest crew...", "i grow mussels in a bay on
    the north shore") in whatever tense the recognizer wrote its verb. tiny.en writes a spoken
    "I run", "I manage", "I grow", "I train" or "I work" at an answer's start as "I ran", "I
    managed", "I grew", "I trained", "I worked" (on flite speech of the six cached seen sets,
    held11-15 and dev13, 13 of the answers that open on the speaker's job in the present came back
    in the past), so the present-tense check of standing_job never met it and the job was read
    as the story's first deed: the whole scene went to the Action and "Situation missing" was
    said. Typed text keeps the writer's tense and is read by standing_job alone. At the
    answer's opening a job's habit ("every fall", "always") is part of the job; only words of
    how things stand since (_HEARD_SINCE: "now", "still") make it something else. The caller
    passes the opening unit with at least its first ten words: the recognizer's comma often
    cuts the job from its place ("i ran a custom harvest group, we start in texas...").

    Through speech (the six cached sets, each alone), macro-F1 held15 0.787 -> 0.826, held12
    0.838 -> 0.850, held11 0.858 -> 0.868, held14 0.873 -> 0.874, held13 and dev13 unchanged;
    told parts reported missing held15 5.5 -> 2.7 %, held11 3.9 -> 2.3 %, held12 4.7 -> 3.9 %;
    left-out parts found 94 of 119 both ways (held11 loses two, one an opening deed heard as a
    job: "i reran the whole election leaflet job" came back "i ran the whole..."; held12 and
    held15 gain one each). Typed figures are unchanged."""
    found = STANDING_JOB.match(unit_text)
    return found is not None and not _HEARD_SINCE.search(unit_text)


_HEARD_SINCE = _lazy(r"\b(now|still|since|anymore|today|again)\b")
"""Words of how things stand since the story, which no opening job is told with."""
