"""The weaknesses a coach names, from one fixed vocabulary, each with a message a person can act on
and the words that triggered it. Only behavioral answers are held to STAR; other kinds of
question get the checks that fit them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from simulator.analysis.audience import FlawCode, QuestionKind
from simulator.analysis.cues import (
    CONCRETE_OUTCOME_PATTERN,
    GENERIC_CLAIM,
    HABITUAL,
    HEADER_WORDS,
    I_WORDS,
    METRIC_PATTERN,
    MODAL,
    NON_OUTCOME,
    OCCASION,
    OUTCOME_METRIC,
    PAST_ACTION,
    PAST_FIRST_PERSON,
    VERB_FIRST,
    WE_WORDS,
    as_past_narrative,
)
from simulator.analysis.questions import LENGTH_FLAW_KINDS
from simulator.analysis.star import (
    PART_NAMES,
    Part,
    Segment,
    cue_score,
    part_sentences,
    past_first_person_actions,
    segment_norms,
)
from simulator.analysis.theme_words import told_in_other_words
from simulator.analysis.timing import TimingReport
from simulator.analysis.tokens import Token

_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    r"|july|august|september|october|november|december|spring|summer|autumn|winter)\b"
)
"""A month or season named: when the scene was."""

EVALUATIVE = re.compile(
    r"\b(better|worse|well|fine|good|great|nice|happier|happy|pleased|positive|successful"
    r"|success|smoother|easier|improved|improvement|resolved|sorted|worked out|went well"
    r"|helped|paid off|speak for themselves|a lot|much)\b"
)
"""Words that judge an outcome without saying what changed: a Result told only with these
cannot be checked."""
JUDGED = re.compile(
    r"\b(was|were|is|are|became|become|got|gets|get|seemed|seems|felt|feels|looked|looks"
    r"|turned out|ended up|has been|have been|had been|been)"
    r"( (much|a lot|far|quite|really|very|so|a bit|a little|even|way|definitely|generally"
    r"|overall|all|more|kind of|sort of|pretty))*"
    r" (better|worse|well|fine|good|great|nice|happier|happy|pleased|satisfied|positive"
    r"|successful|a success|smoother|easier|faster|quicker|calmer|clearer|confident|popular"
    r"|improved|resolved|sorted|ok|okay|comfortable|relaxed|motivated|engaged)\b"
    # How it went, whatever went: "it went well", "the handover next morning went smoothly",
    # "the launch went off fine" (breaker13 B9: only "it", "things" and the like were heard,
    # so "the handover went well" cost 5 points and "the matron was happy" 40).
    r"|\b(went|turned out|went off|passed off|came off) (all |really |very |quite |pretty "
    r"|so |absolutely |perfectly )?(well|fine|great|ok|okay|nicely|smoothly|without a hitch)\b"
    r"|\b(it|things|everything|that|this) (all )?(worked out|paid off|improved|got better)\b"
    r"|\b(improved|went up|increased|grew|dropped|went down|decreased|rose|helped)"
    r" (a lot|quite a lot|a bit|significantly|dramatically|massively|hugely|greatly|a little)\b"
    r"|\b(much|a lot|far|way) (better|worse|happier|smoother|easier|faster|quicker)\b"
    r"|\b(positive|good|great|nice) feedback\b|\b(people|everyone|everybody|they|customers"
    r"|staff|the team) (\w+ )?(enjoyed|liked|loved|appreciated) it\b"
    r"|\bfeedback (was|were) (\w+ )?(good|positive|great)\b"
)
"""A Result that only judges how it went ("things got better", "it went well", "the process
became much faster", "sales went up a lot"): the judgment, not what changed. EVALUATIVE's words
inside a concrete outcome do not count ("put in a good word", "a fine-line tattoo", "no sign of
it getting worse")."""
_SCENE = re.compile(r"\b(during|while|at the time|it was|there was|there were|we had)\b")
"""Words that set a scene in the clause after a headline ("fire alarm during boarding")."""

SHORT_FACTOR = 0.4
"""An answer whose words take under 40% of the shortest target length at TYPICAL_WPM (60 words,
24 s, for a 60 s minimum) is too short to tell a story in."""
LONG_FACTOR = 1.5
"""An answer half again over the longest target loses the listener: three minutes for a story
(450 words at TYPICAL_WPM), the upper end of common coaching practice (a story in two minutes,
three at most). Between the target and this line the timing line says the answer ran over and
the score's delivery part pays for it; the flaw is for a ramble. Blind writers of eight
labelled sets wrote good stories of up to 446 words, and tagged too long only answers of 507
words or more, but one (381 words, dev1); at 1.25 (375 words) 19 good answers were called too
long."""

WHOLE_STORY_SHORT_FACTOR = 0.2
"""A story that tells all four STAR parts is too short only under this share of the shortest
target (30 words, 12 s, for a 60 s minimum), not SHORT_FACTOR's: blind writers of six labelled
sets (dev4-6, held4-6) wrote good terse stories of 36-59 words with a scene, a task, the
actions and a result ("Ferry office, Piraeus: a man missed his boat because we printed the
wrong time. I had to get him to Paros that day. I called the other company, paid the
difference. He arrived the same night."), and tagged too short only answers that leave a part
out. The timing line still says such an answer is short, and the score's delivery part pays
for it (answer._length_deficit)."""


@dataclass(frozen=True)
class Flaw:
    code: FlawCode
    message: str
    evidence: tuple[str, ...]
    no_story: bool = False
    """The answer tells no real occasion at all (a plan, an opinion, what one usually does):
    its words are no STAR parts, whatever they would be in a story."""
    share: float = 1.0
    """How much of its points a flaw judged by degree costs, 0..1 (the set-up share for
    "unbalanced", `setup_share_cost`); 1 for every other flaw."""
    degree: str = ""
    """The degree in words, for the line that says why the points were lost ("62% of the
    answer is set-up; 55% or less costs nothing, 75% or more all its points")."""

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "evidence": list(self.evidence)}


def _quote(words: Sequence[str], limit: int = 10) -> str:
    text = " ".join(w for w in words if w)
    parts = text.split()
    return " ".join(parts[:limit]) + ("…" if len(parts) > limit else "")


def find_flaws(
    kind: QuestionKind,
    tokens: Sequence[Token],
    segments: Sequence[Segment],
    parts: Mapping[str, Part],
    timing: TimingReport,
    question: str | None = None,
) -> tuple[Flaw, ...]:
    """Flaws, most important first. `question`: the question answered (None: unknown, and
    whether the answer addresses it is not judged)."""
    norms = [t.norm for t in tokens]
    text = " ".join(n for n in norms if n)
    flaws: list[Flaw] = []
    if kind in LENGTH_FLAW_KINDS:
        flaws.extend(_length_flaws(timing, kind, parts, has_example(text)))
    if not tokens:
        return tuple(flaws)
    if kind == "behavioral":
        story_flaws = _story_flaws(
            text, [*noted_actions(tokens), *named_steps(segments, tokens)]) or _planned_actions(
            tokens, segments)
        flaws[:0] = story_flaws
        if any(f.no_story for f in story_flaws):
            # No occasion told: a short answer needs the whole story, not "the detail".
            flaws = [f if f.code != "too_short" else
                     _length_flaws(timing, kind, told=frozenset())[0] for f in flaws]
        if not story_flaws:
            structure = _structure_flaws(tokens, segments, parts, question)
            # A too-short story asks only for the parts no flaw says are missing (a scene told
            # after a headline is told, though the labeller did not cut it out as a part).
            told = story_told(parts, structure)
            terse = _terse_but_whole(timing, parts, structure)
            flaws = [f if f.code != "too_short" else
                     _length_flaws(timing, kind, told=told)[0] for f in flaws
                     if not (terse and f.code == "too_short")]
            flaws.extend(structure)
    elif kind == "situational":
        plan = [m.group(0) for m in MODAL.finditer(text)] + past_first_person_actions(text)
        if not plan and not parts["A"].present:
            flaws.append(Flaw("no_action", "Say what you would actually do, step by step: "
                              "\"First I would…, then…\".", (_quote(norms, 8),)))
        flaws.extend(_plan_without_example(text))
    elif kind in ("motivation", "company", "about_you", "culture"):
        flaws.extend(_generic_claims(tokens, text))
        if kind == "culture":
            flaws.extend(_plan_without_example(text))
        if question and kind in ("motivation", "company"):
            flaws[:0] = no_reason_why(question, text)
    if question and kind in ("behavioral", "situational"):
        # An answer that tells no story at all (a view, a plan) is named as that, not as a
        # story about something else: the themes are what a story is about.
        another = off_topic(question, text, " ".join(t.text for t in tokens),
                            story=not any(f.no_story for f in flaws))
        if another:
            # The length tip asks for what fits the question, not for more of another story
            # ("enough to say why your example matters" on a story that answers nothing asked).
            flaws = [f if f.code != "too_short" else _length_flaws(
                timing, kind, answers_another=True)[0] for f in flaws]
        flaws[:0] = another
    if question and not any(f.code == "off_topic" for f in flaws):
        flaws[:0] = strength_as_weakness(question, text)
    return tuple(flaws)


WEAKNESS_ASKED = re.compile(
    r"\byour (\w+ ){0,2}weakness(es)?\b"
    r"|\bweakness(es)? (do|would|have|did) you\b"
    r"|\b(working|trying) (\w+ )?(on|to) (get|getting|become|be) better\b"
    r"|\b(get|getting) better at\b(?! (\w+ ){0,3}(for|in) (the|your) (team|company))"
    r"|\b(improve|change|work on) about yourself\b|\bdevelopment (areas?|needs?)\b"
    r"|\bareas? (for|of|to) (develop|improv)\w*"
)
"""A question about a weakness of the speaker's own and what they do about it ("What is your
biggest weakness?", "What is one thing you are working to get better at?"), not one about a
weakness in a process ("a control weakness you fixed")."""
_DISGUISED = re.compile(
    r"\b(perfectionis\w*|workaholic|(work|works|working|worked) too (hard|much|long)"
    r"|care[sd]? too much|caring too much|too (much of a )?(perfectionist|dedicated|committed"
    r"|detail[- ]oriented|hard[- ]working|thorough|passionate|loyal|conscientious|driven"
    r"|careful)|(very|too|really) high standards|expect too much of myself"
    r"|give (it )?(too much|110|a hundred and ten)|can't switch off|cannot switch off"
    r"|never switch off)\b"
)
"""A strength told as the weakness: caring, working or checking too much."""
_DISMISSED = re.compile(
    r"\b(good problem|good thing|(actually|really|in a way|also) (a|my) strength|a strength"
    r" really|not (really|such) a bad thing|nothing gets missed|(it|that) pays off"
    r"|(better|good) to have)\b"
)
"""The weakness then called a strength ("a good problem to have", "actually a strength")."""
_REMEDY = re.compile(
    r"\b(i('ve| have)? (now |also )?(started|begun|began|learned|learnt|set|put|made|asked"
    r"|booked|joined|taken|took|signed up|been working)\b|(now|these days|since then|so now"
    r"|nowadays) i\b|i (now|always) (\w+ )?(set|give|ask|stop|check|use|block|limit|time"
    r"|delegate|hand|say|write|keep|let|plan)\b|i'?m (working on|learning|trying to|getting"
    r" better)|i am (working on|learning|trying to|getting better)|to fix (it|this|that)"
    r"|what i do (now|about it)|i (use|keep|ask|block|limit|set) (a|an|my|the|myself|two|one"
    r"|\d+)\b)"
)
"""What the speaker does about it: a change started ("since the summer I keep a list", "I now
set a time limit", "I'm working on it by...")."""


def strength_as_weakness(question: str, text: str) -> list[Flaw]:
    """Where the question asks for a weakness of the speaker's own (`WEAKNESS_ASKED`): an answer
    that gives a strength in disguise ("I'm a perfectionist, I care too much") and says nothing
    it does about it, or calls it a strength after all, dodges the question (breaker15 B26: the
    perfectionist humble-brag scored 83, as well as a real weakness with what was done about it,
    85). Named as not answering it, which costs what another story would."""
    if not WEAKNESS_ASKED.search(question.lower().replace("\u2019", "'")):
        return []
    said = " ".join(text.lower().replace("\u2019", "'").split())
    disguised = _DISGUISED.search(said)
    if disguised is None:
        return []
    if _REMEDY.search(said) and not _DISMISSED.search(said):
        return []
    return [Flaw("off_topic", "This does not answer the question asked: a strength told as a "
                 f"weakness (\u201c{disguised.group(0)}\u201d) with nothing you do about it "
                 "sounds like a dodge. Pick a real one, say what it cost once, and what you "
                 "now do about it.", (disguised.group(0),))]


_WENT_WRONG_ANYWHERE = "|".join((
    # Anything, any job: a sudden turn, a crisis, fear in the room.
    r"sudden\w*|unexpected\w*|emergenc\w*|crisis|urgent\w*|panic\w*|chao\w*|scared|afraid"
    r"|worr\w*|struggl\w*|overwhelm\w*|trouble\w*|risk\w*|danger\w*|unsafe|hazard\w*"
    r"|threat\w*|went down|dropp\w*|drops?|fell|falls?|fallen|falling|collaps\w*|ran out"
    r"|run(ning)? out|shortage\w*|overbook\w*|double.booked|no.show\w*|quit|resign\w*"
    r"|walked out|absent|sick|ill|unwell",
    # Health and care: a patient or resident getting worse.
    r"deteriorat\w*|unconscious|unresponsive|confus\w*|bleed\w*|bled|blood pressure|seizure\w*"
    r"|fever|sepsis|septic|infect\w*|pain|injur\w*|hurt|wound\w*|arrest|chok\w*|allerg\w*"
    r"|overdose\w*|distress\w*|agitat\w*|aggress\w*|wander\w*|scream\w*|refus\w*|alarm\w*",
    # Transport and the road: a vehicle or route that failed.
    r"breakdown|stuck|strand\w*|divert\w*|collision|collided|derail\w*|closure|closed"
    r"|blocked|puncture\w*|flat tyre|strike|storm|snow|ice|icy|flood\w*",
    # Trades, sites and kitchens: the building or the kit that failed.
    r"leak\w*|burst|fire|smoke|sparks?|crack\w*|short circuit|power cut|outage\w*|tripped"
    r"|gas|burn\w*|contaminat\w*|recall\w*|bug|glitch\w*|freez\w*",
))
"""What going wrong sounds like beyond the office ("a mistake", "late", "the server crashed"):
a patient whose blood pressure dropped, a resident who wandered off, a coach that broke down,
a burst pipe. The "went wrong" theme's words must hold in any field the banks cover (nursing,
care, transport, trades), or a clinical emergency reads as a story about nothing going wrong."""


_NEGATED = (
    r"(is|are|was|were|did|does|do|had|has|have|could|would|can|will) not"
    r"|(isn|aren|wasn|weren|didn|doesn|don|hadn|hasn|haven|couldn|wouldn|can|won)'t")
"""A verb said not to hold ("it did not work", "the name wasn't right", "he had not written
his part"): how people tell that something fell short, without a word for it. A plain "not"
or "no" is not one: "no near misses since" and "not one book waited" tell a good outcome."""
_DEADLINE_TOLD = (
    r"\b(deadlines?|due|dates?|on time|in time|late\w*|overdue|delay\w*|behind|schedul\w*"
    r"|until|by (the )?(\w+ )?(monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|weekend|end|morning|evening|night|afternoon|start|time|next|following|noon"
    r"|midnight|\d+\w*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|winter|christmas|then)|(\w+ )?(minutes?|hours?|days?"
    r"|weeks?|months?) (left|to go|later|notice|away|to (do|get|make|finish|fix|deliver))"
    r"|(minutes?|hours?|days?|weeks?) before|in (one|a|an|half an?|just|\w+) (morning|day"
    r"|night|afternoon|evening|hours?|days?|weeks?|minutes?)"
    r"|only (\w+ ){0,2}(minutes?|hours?|days?|weeks?)|within|clock|hurry|rush\w*|urgent\w*"
    r"|asap|quick\w*|fast\w*|tight|pressure|cut.?off|target|go.live|launch\w*|tonight"
    r"|tomorrow|today|o'clock|a\.?m|p\.?m|no time|enough time|little time|out of time"
    r"|timelines?|timescales?|time ?frames?|save time|lose time|lost time|sla|slipp\w*"
    r"|overran|overrun|extension|extend\w*|postpon\w*|push(ed)? back|ready|overtime"
    r"|on (the )?((last|next|following|same|first) )?(monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|weekend|day)|(monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)s? (morning|afternoon|evening|night)|late nights?|all night"
    r"|(work|worked|working) (late|weekends|saturdays|sundays|nights|through)|before (the|a"
    r"|an|our|my|his|her|their|it|we|they|i) (\w+ ){0,2}(came|comes?|started|starts?"
    r"|opened|opens?|arrived|arrives?|left|leaves?|went|began|begins?|closed|closes?|ran"
    r"|runs?)|(lost|gained|saved|had|gave us|given) (a|an|one|two|three|four|five|six|\w+)"
    r" (days?|weeks?|hours?|nights?))\b"
)
"""How any story tells when something was due or how little time there was: a date, a day,
"by Friday", "on time", a few days to go, hours before the doors opened. A story of pressure
tells it as often as what was at stake (held15: "two months before the parade", "in nine days"),
so the pressure theme takes these words too."""
_THEMES: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, needs, re.compile(asked), re.compile(told))
    for name, needs, asked, told in (
        ("a disagreement", "who disagreed with whom, or about what",
         r"\b(disagree\w*|conflicts?|argument|argued|clash\w*|stand (your|my) ground|stood firm"
         r"|stand firm|push(ed)? back|didn't agree|did not agree|difficult (colleague|partner"
         r"|person|manager|people)|tension|(not )?get(ting)? along|fell out|falling out)\b",
         r"\b(disagree\w*|agree\w*|conflict\w*|argu\w*|clash\w*|row|fight\w*|fought|tension|tense"
         r"|push(ed|ing)? back|object\w*|refus\w*|insist\w*|wanted|want|thought|believed|felt"
         r"|said no|complained|complaining|frustrat\w*|annoy\w*|upset|angry|unhappy|shout\w*"
         r"|opinion|different (view|idea|approach|way)|convinc\w*|persuad\w*|compromise"
         r"|middle ground|both|each other|lazy|ignor\w*|rude|blam\w*|let it go|i said"
         r"|told (him|her|them)|(his|her|their) side|point of view|talk(ed|ing)? it through"
         r"|changed (my|his|her|their) minds?|resist\w*|hat(ed|e)|reluctan\w*|sceptic\w*"
         r"|skeptic\w*|moan\w*|grumbl\w*|pushback|against it|didn't like|did not like)\b"),
        ("someone not doing their share", "who fell short, and in what",
         r"\b(not pulling (their|his|her) weight|underperform\w* (colleague|member|employee"
         r"|person|report|worker)|(someone|somebody|a colleague|an employee|a member of staff)"
         r" (who was )?(underperform\w*|slacking)|manage (someone's|their|his|her) performance)\b",
         r"\b(underperform\w*|perform\w*|weight|slack\w*|lazy|struggl\w*|behind|mistakes?"
         r"|errors?|late|lateness|absent\w*|sick|missing|missed|skipp\w*|kept|never|quality"
         r"|complain\w*|targets?|standards?|warning|disciplin\w*|improvement plan|capability"
         r"|attitude|effort|coast\w*|not doing|wasn't doing|didn't do|did not do|too slow"
         r"|slower|fell short|falling short|left (it|them|the)|gone|off|stopp\w*"
         r"|the others|the rest|half"
         rf"|{_NEGATED})\b"),
        ("someone taking credit", "who took the credit, and for what work",
         r"\b((took|take|taking|takes|stole|steal\w*|claim\w*|got|gets|given|gave|giving)"
         r" (the |all the |any |most of the )?credit|credit for)\b",
         r"\b(credit\w*|claim\w*|prais\w*|thank\w*|recogni[sz]\w*|acknowledg\w*|mention\w*"
         r"|named?|names|whose|own work|name on|(as|for) (his|hers|theirs|its|(his|her|their|its)"
         r" own)|(his|her|their) (own )?(work|idea|team's work)|my (own )?(work|idea|ideas|report"
         r"|analysis|design|slides?|numbers|plan|code|figures|spreadsheet|research|model|deck"
         r"|proposal|dashboard|name)|behind (my|her|his) back|left (me|my name|her|him|them)"
         r" (out|off)|(glory|applause|limelight|spotlight)|stole|steal\w*|pass\w* (it |them )?off"
         r"|present\w*|pitch\w*|without (saying|naming|mentioning)|who (did|had done|built|wrote"
         r"|made) (it|the work))\b"),
        ("someone you served", "who the customer (patient, guest, client) was and what they "
         "needed",
         r"\b(customers?|clients?|patients?|guests?|passengers?|shoppers?|buyers?|residents?)\b",
         r"\b(customer|client|patient|guest|passenger|shopper|buyer|resident|user|famil(y|ies)"
         r"|relative|mother|father|mum|dad|son|daughter|wife|husband|parent|caller|visitor|member"
         r"|tenant|student|pupil|child|kid|man|woman|lady|gentleman|guy|people|public|account"
         r"|owner|he|she|they|them|her|him|his|order|booking|complain\w*)s?\b"),
        ("something that went wrong", "what went wrong",
         r"\b(mistakes?|errors?|failures?|failed|went wrong|go wrong|goes wrong|didn't go"
         r"|did not go|not go as|didn't work|did not work|let you down|wrong)\b",
         r"\b(mistake|wrong|error|fault|forgot|forget|missed|miss|fail\w*|late|broke\w*|problem"
         r"|issue|sorry|apolog\w*|blame\w*|lost|should have|oops|reali[sz]\w*|noticed"
         r"|bad|worse|crash\w*|stopp\w*|delay\w*|wrongly|incorrect\w*"
         r"|accident\w*|complain\w*|angry|upset|damage\w*|spill\w*|cancel\w*|missing|odd"
         r"|strange|weird|behind|gone|(go|goes|gone|going) down|cut out|sent (\w+ )?back"
         rf"|{_NEGATED}"
         rf"|{_WENT_WRONG_ANYWHERE})\b"),
        ("a mistake or a failure of your own", "what you got wrong, or what failed",
         r"\b(mistakes? (you|i) (made|make)|(you|i) (made|make) (a|an) (mistake|error)|your own "
         r"(mistake|error)|(you|i) got (something|it|things) wrong|turned out (to be )?wrong"
         r"|(you|i) failed|a failure|professional failure|learn\w* from (a )?failure)\b",
         r"\b(mistakes?|errors?|wrong\w*|faults?|forgot\w*|forget\w*|overlook\w*"
         r"|missed|miss|fail\w*|should (not )?have|shouldn't have|blam\w*|own(ed)? (it|up)|admit\w*"
         r"|apolog\w*|sorry|lessons?|learn\w*|regret\w*|reali[sz]\w*|assum\w*|too (late|early"
         r"|much|little|fast|quick|soon|many|few|slow)|not enough|careless\w*|rush\w*"
         r"|mis(read|calculat\w*|judg\w*|understood|understand\w*|label\w*|count\w*|typ\w*"
         r"|heard|plac\w*|filed|spel\w*|routed|sent|print\w*|took)|mix(ed)? up|confus\w*|late|lost"
         r"|broke\w*|damag\w*|complain\w*|bad|worse|missing|rather than|since then"
         r"|from then on|never again|next time|(now|since then) i (always|never)"
         rf"|{_NEGATED})\b"),
        ("a deadline", "when it was due or how little time there was",
         r"\b(deadlines?|due|tight timeline|than time|(hit|hitting|meet|meeting|miss|missed)"
         r" (a|the) (date|target))\b",
         _DEADLINE_TOLD),
        ("pressure or an emergency", "what put you under pressure: what was at stake, or how "
         "little time there was",
         r"\b(under pressure|stress\w*|emergenc\w*|crisis|crises|calm|urgent|in a hurry"
         r"|high.pressure|pressured|time pressure|little time|short notice|last minute)\b",
         r"\b(pressure|stress\w*|calm\w*|panic\w*|busy|busiest|peak|rush\w*|hurry|quick\w*"
         r"|fast\w*|immediately|straight away|right away|at once|seconds?|minutes?|hours?"
         r"|deadline|due|on time|in time|late|delay\w*|behind|until|tonight|tomorrow|today"
         r"|overnight|o'clock|a\.?m|p\.?m|time|queue\w*|backlog|everyone|stake|safe\w*"
         r"|fail\w*|problem|wrong|mistake|error|broke\w*|crash\w*|stopp\w*|lost|miss\w*"
         r"|angry|upset|shout\w*|complain\w*|escalat\w*|critical|serious|severe|major|huge"
         r"|cut out|(go|goes|went|gone|going) down|life|lives|died|death|dying|ambulance|police"
         r"|hospital|999|911|cpr|evacuat\w*|rescue\w*|short.staffed|understaffed|alone"
         r"|about to|lose|losing|damag\w*"
         rf"|{_WENT_WRONG_ANYWHERE})\b|{_DEADLINE_TOLD}"),
    )
)
"""What a question asks about, by its words, and the words any answer about it uses (name,
what the answer should say, the question's words, the answer's words). The answer's words are
broad on purpose: a story about a disagreement that never says who disagreed is rare, and
none of the 511 good answers of dev1-7/held1-7 misses its question's theme. A disagreement's
words are those of two sides, not of any story: "not", "n't", "late", "problem", "against"
were in 39 %, 25 %, 10 %, 6 % and 4 % of the seen sets' good answers to other questions, so a
delivery story with "not one went to the wrong door, against nine in March" passed for one
(the README run); "complaints" counted as an outcome ("the complaints stopped") is no one
complaining. Another person's stance said with a negation ("he didn't like", "she was wrong")
is `_OTHER_SIDE`. Still 58 % of the good answers to other questions would pass for a
disagreement: the check names only a story with no second side at all.

Each kind of question a story can miss has its own theme, so one well-told story does not pass
for every question (breaker14 B3: a walkway painted in a loading bay scored 96 for a missed
deadline, a wrong call, a credit taken): a deadline (a date, "by Friday", "on time", a few days
to go), pressure or an emergency, a mistake or failure of one's own (an admission, a lesson, a
verb said not to hold), someone not doing their share (B4: no longer filed under a
disagreement, which an underperformer story need not tell), credit taken. Over the good
answers of the 28 seen sets (dev1-dev14, held1-held14), each theme against the answers whose
question it matches: no new false "does not answer" (1 of 1,281 before and after, a nurse's
headline without a patient); of 833 good answers to questions of no theme, the share each
would name off-question: a deadline 22 % (1 % before), a mistake of one's own 23 %, someone
falling short 16 %, something that went wrong 9 % (3 %), pressure 4 %."""
_OTHER_SIDE = tuple(f"{{someone}} {said}" for said in (
    "said", "didn't", "did not", "wouldn't", "would not", "would never", "won't", "never",
    "kept", "had kept", "refused", "disliked", "told me", "was sure", "was convinced",
    "would rather", "pushed", "objected", "was wrong", "were wrong"))
"""Another person who holds a view or will not do something ("he didn't like other people
using it", "she would never hand over", "the auditor said my marking was", "she was wrong"):
the other side of a disagreement or of a difficult colleague, told without a word of either
(`theme_words`: `{someone}` is a pronoun, a role or a name, so it is read in the answer as
said, with its capitals)."""
ABOUT_ME = re.compile(
    r"^([\w']+ ){0,6}?(my (biggest|greatest|main|key|best|strongest) (strength|skill|quality"
    r"|asset|weakness)(es|s)?|i('ve| have) always wanted to (work|be|become)"
    r"|i('m| am) (a |an |very |really |quite |someone |the kind )\w*( \w+)? (person"
    r"|worker|learner|player|communicator|organiser|organizer)|i('m| am) (good|great|strong)"
    r" (at|with)|i have (\w+ ){0,2}years? of experience|i('ve| have) always been (passionate"
    r"|interested|good))\b"
    r"|\b(i (want|would like|'d like|wanted) to (work|join) (here|for you|with you|at your"
    r"|for your|in your)|i applied (to|for) this|why i (want|applied))\b"
)
"""An answer that opens on what the speaker is like, or why they want the job: an answer to
"tell me about yourself" or "why us", given to another question."""
_ASKSABOUT_ME = re.compile(
    r"\b(strengths?|weakness\w*|yourself|about you|why|proud\w*|best at|good at|motivat\w*)\b")
"""A question that itself asks what the speaker is like or why."""
_NOT_TOPIC = frozenset({
    "tell", "about", "time", "describe", "give", "example", "when", "what", "would", "could",
    "should", "does", "have", "with", "from", "that", "this", "there", "their", "they", "them",
    "then", "than", "into", "some", "something", "someone", "somebody", "situation", "story",
    "just", "really", "right", "mate", "okay", "well", "need", "needed", "make", "made", "making",
    "take", "took", "deal", "dealt", "handle", "handled", "handling", "work", "worked", "working",
    "after", "before", "during", "where", "which", "while", "will", "your", "were", "being",
    "able", "also", "very", "more", "most", "much", "many", "other", "others", "times", "went",
    "going", "goes", "thing", "things", "start", "walk", "through", "share", "case", "gave",
    "given", "told", "asked", "kind", "sort", "couple", "recent", "recently", "last", "first",
    "ever", "once", "real"
})
"""Words of a question that say how it asks, not what about."""
_COUNTING = re.compile(
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred"
    r"|thousand|million|percent|half|double|twice)"
)
"""Numbers in a question's words ("fifteen percent"): a figure, not what it is about."""


def asks_disagreement(question: str | None) -> bool:
    """Whether `question` asks about a disagreement (`_THEMES`' first: "strongly disagreed with
    a colleague", "pushed back on a decision")."""
    _, _, asks, _ = next(theme for theme in _THEMES if theme[0] == "a disagreement")
    return asks.search((question or "").lower().replace("\u2019", "'")) is not None


_STANCE = re.compile(
    r"\b[a-z']+ (really |strongly |still |just |also |honestly )?(wanted|thought|believed|felt"
    r"|insisted|argued|preferred|was sure|was convinced|would rather|refused|did not want"
    r"|didn't want|did not agree|didn't agree|disagreed|objected|pushed back)\b"
    r"|\b(was not|wasn't|were not|weren't) in agreement\b|\bcould(n't| not) agree\b"
)
"""A side of a disagreement told as someone's view ("he wanted to retry every card", "I was
not in agreement at all", "Priya strongly believed"): not a sentence that only names it ("the
disagreement, it was with the other shift leader")."""


def tells_disagreement(sentence: str) -> bool:
    """Whether `sentence` (lower-case words) tells a side of a disagreement (`_STANCE`)."""
    return _STANCE.search(sentence.lower()) is not None


_OTHER_STORY_WORDS = 25
"""An answer that misses its question's theme in fewer words is thin, not about another thing."""


_HARD_THEMES = frozenset({"a disagreement", "something that went wrong"})
"""Themes of a question about a hard time, which a candidate may dodge with a success."""
_SUCCESS_INSTEAD = re.compile(
    r"\b(proud\w*|(biggest|greatest|best|proudest) (success|achievement|moment|win)"
    r"|success story)\b"
)
_SUCCESS_OPENING_WORDS = 40
"""A success announced in an answer's first words, to a question about a failure or a
disagreement, is another story ("failure, well, my best moment was…", "one project I am very
proud of was…"): in the seen sets, 4 weak answers tagged off-topic open so, and no good
answer to such a question does (a good one may say it is proud of the recovery, later)."""


_OFF_TOPIC_QUOTE_WORDS = 10
"""Words of an off-topic answer quoted as what was heard instead."""


def off_topic(
    question: str, text: str, said: str | None = None, story: bool = True
) -> list[Flaw]:
    """Whether an answer (`text`, lower-case words) answers another question than `question`:
    it never touches what the question is about (`_THEMES`: a disagreement with no one
    disagreeing), or it opens on what the speaker is like or why they want the job
    (`ABOUT_ME`) and says none of the question's own words, in any of their forms (breaker6
    D7: "A key metric dropped fifteen percent overnight. What do you do first?" answered "I
    think my biggest strength is SQL…"). Judged by words, so explainable: the flaw's evidence
    is what was looked for and not heard. `said`: the answer as said (capitals kept, for
    names; default `text`). `story`: False when the answer tells no story at all, which is
    then not judged by what a story is about."""
    from simulator.analysis.word_forms import has_phrase

    asked = question.lower().replace("’", "'")
    for name, needs, asks, tells in _THEMES if story else ():
        theme = asks.search(asked)
        # A few words that miss the theme are a thin answer ("we just fixed it together, it
        # was fine"), which the length and STAR flaws name; another story takes more.
        told = tells.search(text) or (
            name == "a disagreement" and told_in_other_words((_OTHER_SIDE,), said or text))
        first_words = " ".join(text.split()[:_SUCCESS_OPENING_WORDS])
        success = _SUCCESS_INSTEAD.search(first_words) if name in _HARD_THEMES else None
        if theme is not None and success is not None:
            return [Flaw("off_topic", f"This does not answer the question asked: it is about "
                         f"{name}, and your answer opens on a success instead. Tell one time "
                         "that fits the question.", (success.group(0),))]
        if theme is not None and len(text.split()) >= _OTHER_STORY_WORDS and not told:
            # The evidence is what was heard (shown as "heard: ..."), so the answer's own
            # opening, not the question's words it lacks (breaker8 D21 quoted "pushed back").
            return [Flaw("off_topic", f"This does not answer the question asked: it is about "
                         f"{name}, and your answer never says {needs}. Tell one time that fits "
                         "the question.", (" ".join(text.split()[:_OFF_TOPIC_QUOTE_WORDS]),))]
    if _ASKSABOUT_ME.search(asked):
        return []
    opening = ABOUT_ME.search(text)
    if opening is None:
        return []
    topic = [w for w in dict.fromkeys(re.findall(r"[a-z']+", asked))
             if len(w) >= 4 and w not in _NOT_TOPIC and not _COUNTING.fullmatch(w)]
    if not topic or any(has_phrase(text, w) for w in topic):
        return []
    return [Flaw("off_topic", "This does not answer the question asked: it says what you are "
                 f"like, and none of what the question is about ({', '.join(topic[:4])}). "
                 "Answer that first, then bring in your strengths.",
                 (opening.group(0),))]


_ASKS_WHY_WANTED = re.compile(
    r"\bwhy (do|would|did|are|have) you (\w+ )?(want\w*|wish\w*|appl\w*|choos\w*|chose"
    r"|interested|keen)|\bwhy (this|our|us|here|join)\b|\bwhat (draws|drew|attracts|attracted)"
    r" you\b|\bwhy (do|would|did) you (\w+ )?(work|join) (here|us|for us|with us)\b"
)
"""A question that asks why the candidate wants this job or employer ("Why do you want this
role?", "What draws you to us?"); not why they are leaving, whose reasons are of any kind."""
_MOTIVE = re.compile(
    r"\b(because|cause|since|so that|reasons?|why|want\w*|wish\w*|like|liked|love\w*|enjoy\w*"
    r"|interest\w*|excit\w*|attract\w*|drawn|draws?|appeal\w*|chance|opportunit\w*|growth"
    r"|to grow|grow (as|my|into)"
    r"|learn\w*|passion\w*|motivat\w*|looking for|look for|care\w* about|matters?|believe\w*"
    r"|admire\w*|respect\w*|next step|career|challeng\w*|keen|hope\w*|dream|proud|fits?"
    r"|suits?|inspir\w*|impress\w*|i'd|i would|i could|i can|i will|i'll)\b"
)
"""Words that give a reason to want a job: "because", "I want", "what draws me", "the chance
to", "I could bring"."""


def no_reason_why(question: str, text: str) -> list[Flaw]:
    """A story told to "why do you want this role?" that never says why (breaker14 B3: a safety
    story scored 85 for "Why do you want this role?", charged only for no link to the role): it
    answers another question. An answer of `_OTHER_STORY_WORDS` or more that tells a story
    (two deeds of the speaker's own or more) with none of `_MOTIVE`'s words, to a question
    `_ASKS_WHY_WANTED`."""
    if not _ASKS_WHY_WANTED.search(question.lower().replace("’", "'")):
        return []
    if len(text.split()) < _OTHER_STORY_WORDS or _MOTIVE.search(text):
        return []
    if len(past_first_person_actions(text)) < 2:
        return []  # reasons told as what the place is like ("a good company, nice people")
    return [Flaw("off_topic", "This does not answer the question asked: it asks why you want "
                 "it, and your answer never says why (what draws you, because…). Say your "
                 "reason first, then the story that backs it.",
                 (" ".join(text.split()[:_OFF_TOPIC_QUOTE_WORDS]),))]


_NOTE_LABELS = frozenset({"s", "t", "a", "r", *HEADER_WORDS})
"""A note's part label before its colon ("A: re-planned routes", "Result: ...")."""


STEPS_NAMED = re.compile(
    r"(so |and |then )?((my|the) (first|next|second|third|last|final) (step|move) was"
    r"|(first|firstly|second|secondly|third|thirdly|step one|step two)\b(?! of all))"
)
"""Steps the speaker took, told as things after an ordinal ("my first step was a buddy list, then
a sheet of the hardest calls", "first, a buddy for every starter"): their own Action though no
verb is said (breaker13 B20)."""


_STEP_MARKER = re.compile(r"\b(first|firstly|second|secondly|third|thirdly|fourth|then|next"
                          r"|finally|lastly|last)\b")


def named_steps(segments: Sequence[Segment], tokens: Sequence[Token]) -> list[str]:
    """Own steps told as things after ordinals (STEPS_NAMED): one per ordinal or "then" in the
    Action segments that open so ("my first step was a buddy list, then a sheet..., and last a
    quiz": three), each as "step <marker>". They count as own, concrete actions for ownership
    and for the vague check."""
    steps: list[str] = []
    for segment in segments:
        said = " ".join(segment_norms(segment, tokens))
        if segment.label == "A" and STEPS_NAMED.match(said):
            steps += [f"step {marker}" for marker in _STEP_MARKER.findall(said)]
    return steps


def noted_actions(
    tokens: Sequence[Token], segments: Sequence[Segment] | None = None, after_commas: bool = True
) -> list[str]:
    """Actions told as notes, with no subject: the speaker's own by the note's form ("A:
    re-planned pick routes, pulled 2 staff from returns, did night pick myself"; "Rang every
    caterer."). A clause that starts a sentence, a line or a note after its part label, and
    inside an Action part also one after a comma or semicolon, and opens with a past verb.
    `segments`: count only those inside Action segments (None: anywhere); `after_commas`
    False: not those after a comma, which may go on with a subject named before them ("My
    manager, Mr Usher, got on the phone"), only after a semicolon, which lists notes ("10 min
    demo each shift; printed cards"). Returns the verbs with the word after them ("pulled
    2")."""
    norms = [t.norm for t in tokens]
    inside = None
    if segments is not None:
        inside = {i for s in segments if s.label == "A" for i in range(s.first_token, s.end_token)}
    found: list[str] = []
    for index in range(len(tokens)):
        if inside is not None and index not in inside:
            continue
        previous = tokens[index - 1] if index else None
        starts = previous is None or previous.sentence_end or (
            previous.text.endswith(":") and previous.norm in _NOTE_LABELS
            and (index < 2 or tokens[index - 2].sentence_end))
        if not starts and inside is not None and previous is not None:
            starts = previous.text.endswith((",", ";") if after_commas else ";") and (
                index - 1 in inside)
        if starts and norms[index] not in _NOTE_LABELS:
            words = " ".join(norms[index : index + 2])
            if VERB_FIRST.match(words) and not _STATE_FIRST.match(words):
                found.append(words)
    return found


_STATE_FIRST = re.compile(
    r"^(then |also )?(was|were|had|did not|didn't|needed|wanted|used|worried|seemed|liked"
    r"|loved|hated|hoped|supposed|assumed|based|called it|tired|surprised|excited)\b"
)
"""Past forms that open a note without telling an action ("was late", "needed a van")."""


def names_in(tokens: Sequence[Token]) -> list[str]:
    """Capitalised words inside a sentence, the pronoun I left out: names of places, products,
    employers, people ("the night crossing to Tallinn")."""
    return [
        t.text for previous, t in pairwise(tokens)
        if t.text[:1].isupper() and t.norm.split("'")[0] != "i" and not previous.sentence_end
    ]


def _plan_without_example(text: str) -> list[Flaw]:
    """A plan told only as what one would or usually does ("I would first stay calm… then I'd
    go to the stakeholders"), with no real time behind it (`has_example`). Writers of every
    labelled set that has such answers (dev4, held4, dev6) call them weak: an interviewer who
    asks "how would you handle…" still believes a plan that one real occasion backs."""
    planned = [m.group(0) for m in MODAL.finditer(text)] + [
        m.group(0) for m in HABITUAL.finditer(text)]
    if len(planned) < 2 or has_example(text):
        return []
    return [Flaw("hypothetical", "A plan on its own is hard to believe: back it with one real "
                 "time you handled something like it, what you did and how it ended.",
                 tuple(planned[:5]))]


def _generic_claims(tokens: Sequence[Token], text: str) -> list[Flaw]:
    """Reasons or self-descriptions that would fit any candidate and any employer."""
    generic = [m.group(0) for m in GENERIC_CLAIM.finditer(text)]
    # Names (capitalised words inside a sentence) and numbers make a claim specific.
    named = names_in(tokens)
    counted = METRIC_PATTERN.findall(text)
    if len(generic) >= 2 and len(named) + len(counted) < 2:
        return [Flaw("vague", "This could be said by anyone about any employer. Name what is "
                     "specific: the team, the product, a number, a moment from your work.",
                     tuple(generic[:5]))]
    return []


def has_example(text: str) -> bool:
    """One real occasion, an action of the speaker's own, or a measured outcome ("errors went
    down from 12 to 3"; lower-case words): an example backs the point."""
    return bool(past_first_person_actions(as_past_narrative(text)) or OCCASION.search(text)
                or OUTCOME_METRIC.search(text))


_STORY_STEPS = (("S", "set the scene"), ("A", "say what you did"), ("R", "say how it ended"))


def story_needs(told: set[str] | frozenset[str]) -> str:
    """What a story too short for its question should add, given the STAR parts `told`: only
    the parts it lacks ("set the scene and say how it ended"), or, with all of them, "" (then
    it needs the detail of the actions, `STORY_DETAIL`)."""
    missing = [words for label, words in _STORY_STEPS if label not in told]
    if len(missing) <= 1:
        return "".join(missing)
    return f"{', '.join(missing[:-1])} and {missing[-1]}"


STORY_DETAIL = "the detail of what you did and why"
"""What a short story with all its parts should add."""


_MISSING_FLAW = {"S": "no_situation", "A": "no_action", "R": "no_result"}
_MISSING_CODES = frozenset({"no_situation", "no_task", "no_action", "no_result"})


def _terse_but_whole(
    timing: TimingReport, parts: Mapping[str, Part], structure: Sequence[Flaw]
) -> bool:
    """Whether a story is terse but whole: all four STAR parts found, no flaw saying one is
    missing, and at least WHOLE_STORY_SHORT_FACTOR of the shortest target long. Such a story
    is not called too short (see WHOLE_STORY_SHORT_FACTOR)."""
    if timing.target_s is None or any(f.code in _MISSING_CODES for f in structure):
        return False
    return all(parts[label].present for label in "STAR") and (
        timing.said_s >= timing.target_s[0] * WHOLE_STORY_SHORT_FACTOR)


def story_told(parts: Mapping[str, Part], flaws: Sequence[Flaw]) -> frozenset[str]:
    """The STAR parts a story told: present, or with no flaw saying it is missing."""
    # A scene that lacks only where and when is told: a length tip does not ask to set it.
    codes = {f.code for f in flaws if f.message != WHERE_AND_WHEN}
    return frozenset(
        {label for label, part in parts.items() if part.present}
        | {label for label, code in _MISSING_FLAW.items() if code not in codes}
    )


def _length_flaws(
    timing: TimingReport,
    kind: QuestionKind,
    parts: Mapping[str, Part] | None = None,
    has_example: bool = False,
    *,
    told: frozenset[str] | None = None,
    answers_another: bool = False,
) -> list[Flaw]:
    # The length itself is said once, beside the target, in the timing line; the tip says
    # what to do about it, in the terms of the question's kind (a story only for STAR), and
    # asks only for what the answer has not told yet.
    if timing.target_s is None:
        return []
    seconds = timing.estimated_s
    low, high = timing.target_s
    story = kind == "behavioral"
    # Short is judged by what was said, at a conversational pace: a brisk speaker (or a
    # synthetic voice at 190 wpm) tells the same story in fewer seconds, and is not short for it.
    if timing.said_s < low * SHORT_FACTOR:
        if told is None:
            told = frozenset(label for label, part in (parts or {}).items() if part.present)
        if answers_another:
            enough = "enough to answer what it asks."
        elif story:
            needs = story_needs(told)
            enough = f"enough to {needs}." if needs else f"room for {STORY_DETAIL}."
        elif has_example:
            enough = "enough to say why your example matters."
        else:
            enough = "enough to make your point and back it with one concrete example."
        return [Flaw("too_short", f"Too short for this question: aim for {low:.0f}–{high:.0f} s,"
                     f" {enough}", (_words(timing.words),))]
    if seconds > high * LONG_FACTOR:
        cut = ("Cut the background to a sentence or two and keep the actions and result." if story
               else "Give your main point first and cut what does not support it.")
        return [Flaw("too_long", f"Too long for this question: aim for {low:.0f}–{high:.0f} s."
                     f" {cut}", (_words(timing.words),))]
    return []


def _words(count: int) -> str:
    return f"{count} word" if count == 1 else f"{count} words"


OPINION = re.compile(
    r"\b(i think|i believe|i feel|in my opinion|in my view|for me|to me|personally)\b,?"
    r"( that)? (\w+ ){0,6}?(is|are|'s) (very |really |so |the most |most |super |extremely "
    r"|quite )?(important|key|essential|crucial|vital|everything|the key|the main thing"
    r"|the most important thing|what matters)\b"
    r"|\bthe (most important|main|key|biggest) (thing|point|lesson|skill)s? (is|are|was)\b"
    r"|\b(the key|what matters most) (is|are)\b"
)
"""A view of what matters, told in place of an occasion ("I think owning the outcome is very
important", "for me communication is the key", "the most important thing is to listen")."""


def opinion_only(sentence: str) -> bool:
    """Whether a sentence (lower-case words) gives a view of what matters (`OPINION`) and tells
    nothing the speaker did: it shows no value and no STAR part."""
    return OPINION.search(sentence) is not None and not past_first_person_actions(
        as_past_narrative(sentence, present=False))


_SENTENCE = re.compile(r"[.!?;\n]+")
_WORD = re.compile(r"[a-z][a-z'-]+")
_WOULD_SENTENCE = re.compile(
    r"^\W*(if|imagine|suppose|supposing)\b|(?<!so )(?<!so that )\b(i|we|you|this|that|it)"
    r" (would|will|might|could)\b|\b(i'd|we'd|you'd|i'll|we'll)\b|\b(going to|gonna)\b"
)
"""A sentence that says what one would, could or will do, or opens with "if" ("so we could
reuse crates" says why something was done, and is told)."""


def told_sentences(text: str) -> list[str]:
    """The sentences of an answer (any case) that tell what was, as lower-case words: not what
    one would, could or will do (`_WOULD_SENTENCE`), nor only a view of what matters
    (`opinion_only`). A company value is shown only by these (docs/data-format.md)."""
    told = []
    for sentence in _SENTENCE.split(text.lower()):
        words = " ".join(_WORD.findall(sentence))
        if words and not _WOULD_SENTENCE.search(sentence) and not opinion_only(
                " ".join(re.findall(r"[\w']+", sentence))):
            told.append(words)
    return told


NO_OCCASION = ("No specific occasion comes through. Name one real situation and say what you "
               "did in it.")
"""The message of the vague flaw for an answer with no past action and no time named: it keeps
its STAR parts (a terse present-tense story lands here too), but its scene is not told."""


_YOU_HABIT = re.compile(
    r"\byou('re| are)? (always|usually|never|normally|typically|generally|often)\b"
    r"|\ball the time\b|\bthe (trick|secret) is\b|\b(that's|that is|this is) how (a|an|the|you)\b"
    r"|\bevery (day|time|shift|night|morning|week)\b|\bhow you\b"
)
"""What marks a "you" as anyone, any time ("you're always under pressure", "that's how you
stay calm") rather than the speaker on one occasion."""


_IN_GENERAL = re.compile(
    r"\b(in general|in every (job|team|role|place)|in all my (\w+ )?(roles|jobs)|every day i"
    r"|whether (i|it) (am|is|'m)|(that's|that is|it's|it is) (just |kind of |sort of )?how i"
    r"|how i (work|am)|i've always been|i have always been|when i (start|join|get|have|see)"
    r"|my (greatest|biggest|main|key) (strength|achievement|skill) is|i make sure"
    r"|(i'm|i am) (sort of |kind of |quite |really |very )?(a|an) \w+ (learner|worker|person"
    r"|player|communicator|planner|leader)|(people|everybody|everyone|managers|colleagues)"
    r" (\w+ ){0,2}(know|say|said|have said|tell me) (that )?i"
    r"|(know|knows) (that )?they can count on me"
    r"|how you (deal|handle|approach|cope))\b"
)
"""What someone is like in general, not on one occasion ("my greatest strength is", "that's
just how I work", "whether I am checking a report or...", "in every job you have conflicts")."""


_ACROSS_A_CAREER = re.compile(
    r"\b(throughout my (career|working life)|in my (whole )?career|over my career|over the years"
    r"|in (all )?my (previous|past|other|different) (roles|jobs|positions|teams|workplaces)"
    r"|in every (role|team|job|place|position|organi[sz]ation|company|workplace)"
    r"|into every (role|team|job)|every (role|team|job) i|wherever i('ve| have)? (worked|been)"
    r"|(i've|i have|i'm|i am) always|since i was \w+"
    r"|(my|the) (managers?|seniors?|colleagues|bosses|boss|head chefs?|teams?|supervisors?)"
    r" (\w+ ){0,2}(have (always|often)|would (all )?(tell|say)|always|often|would probably)"
    r"|(i'm|i am) (a |the )?(great|big|firm|strong) believer"
    r"|my (philosophy|view|belief|approach) (is|has always been)"
    r"|(that's|that is) (just )?(how|who) i am|(i'm|i am) (the|that|a) (sort|kind|type) of"
    r"|i tend to|i (always|usually|generally|normally) \w+"
    r"|(i'm|i am) (very |quite |really |so |well )?(hard ?working|reliable|proactive|adaptable"
    r"|flexible|sincere|organi[sz]ed|calm|resilient|used to)"
    r"|i (\w+ )?(believe|think) (that )?(\w+ ){0,3}(is|are|should|comes|has to|have to|needs?)"
    r"|you have to|people (can|respond|cope)|many (times|recognitions|occasions)"
    r"|several (\w+ )?(operations|projects|teams|times))\b"
)
"""Claims that span a career or say what someone is like: across every role ("throughout my
career", "wherever I've worked"), always ("I've always believed"), a belief or philosophy ("my
view is", "I'm a great believer"), a trait ("I'm quite proactive"), or others' praise in
general ("my managers have often commented")."""
_BROAD_CLAIMS = 3
"""An answer with this many such claims (HABITUAL, _IN_GENERAL, _ACROSS_A_CAREER; overlapping
ones counted once), no time named and fewer than two events of the speaker's own in the simple
past describes a person, not an occasion. On the seen sets (dev1-9, held1-8) 8 weak answers
their writers call vague were missed so ("I have consistently demonstrated strong leadership
skills. In my previous roles I have led…": the present perfect read as a story's past); no
good answer has three with no own event."""
_NO_EVENT_VERB = re.compile(
    r"\b(tried|helped|supported|learned|learnt|enjoyed|worked|did|was|were|had|been)\b")
"""Past verbs of the speaker that tell no event: effort, a job held, a state."""


def across_a_career(said: str) -> list[str]:
    """The broad claims of an answer's words as said (lower case): matches of HABITUAL,
    _IN_GENERAL and _ACROSS_A_CAREER, overlapping ones merged, in order."""
    spans = sorted(m.span() for pattern in (HABITUAL, _IN_GENERAL, _ACROSS_A_CAREER)
                   for m in pattern.finditer(said))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [said[start:end] for start, end in merged]


def _perfect_as_past(text: str) -> str:
    """`text` with only the present perfect told in the simple past ("i have led" -> "i led"),
    a present-tense story left as it is (cues.as_past_narrative with present=False)."""
    return as_past_narrative(text, present=False)


def second_person_actions(text: str, whole: str | None = None) -> list[str]:
    """The speaker's actions in a story told in the second person ("so you start the standby
    pump first, you call the bridge"; lower-case words), as "i <past verb>": three or more
    actions and nothing in the `whole` answer (default `text`) that makes the "you" generic
    (`_YOU_HABIT`); else none."""
    whole = text if whole is None else whole
    if "you" not in text or _YOU_HABIT.search(whole):
        return []
    if whole is not text and len(second_person_actions(whole)) < 3:
        return []
    mine = set(past_first_person_actions(text))
    told = as_past_narrative(re.sub(r"\byou\b", "i", text), present=True)
    actions = [a for a in past_first_person_actions(told) if a not in mine]
    return actions if len(actions) >= 3 or whole is not text else []


_REAL_SCENE = re.compile(
    r"^((so|well|okay|um|uh|and) )*(at|in) (my|our|the|a|one) ([\w'-]+ ){1,4}?(we|i|they|there"
    r"|the [\w'-]+|our [\w'-]+) (had|was|were|got|kept|ran|used to)\b"
)
"""An answer that opens on a real place and how things stood there, in the past ("at my clinic
we had the problem that...", "in our office there were..."): an occasion, whatever the speaker
goes on to say they would do."""
_WOULD_ACTIONS = ("Your actions are told as what you would do: say what you actually did that "
                  "time, in the past tense.")


_PAST_MODAL = re.compile(
    r"^(i|we) (could|would|will|'d|'ll) (?!have\b)|^(i'd|we'd|i'll|we'll) (?!have\b)|^i would$")
"""A first-person "could", "would" or "will" that can tell a past deed: an ability used ("I
could convince the director" = I managed to, in many second languages) or a habit ("every
Friday I would go through the files"; Indian English "I will go through"). "would have" and
"could have" are what did not happen."""
_PAST_CLAUSE = re.compile(rf"\b(was|were|had|{PAST_ACTION})\b|\b\w+[^e\W]ed\b")
_NOT_TOLD_PAST = re.compile(
    r"\b(would|could|might|should|will|'d|'ll|if|whether|unless|hopefully|maybe|to)( \w+){0,4}")
"""Words whose verbs tell no past event: a modal's clause, a condition, a purpose."""
_TOLD_NOW = re.compile(r"\b(is|are|am|i'm|it's|that's|there's|they're|we're|you're|you|say"
                       r"|i think|i believe)\b")
"""Words of an answer told in the present or to the listener around its modals ("my approach
... the keys are", "say we lost a funder", "that's how I'll approach any crisis"): a plan or a
view, whatever past verbs it holds."""


def _past_story_modals(text: str, modal: Sequence[re.Match[str]]) -> bool:
    """Whether a story's modal clauses are told in the past around them: a past-tense clause
    before the first ("guests waited forty minutes to check in") and a past outcome after the
    last ("the wait went down to about ten minutes"), and every modal of the kind that can tell a
    past ability or habit (_PAST_MODAL). Then "I could convince the director", "every Friday I
    would go through the files" are what the speaker did that time, not a plan (breaker17 F31);
    an answer told as what one would do has no past event after its plan."""
    if not modal or not all(_PAST_MODAL.match(m.group(0)) for m in modal):
        return False
    before = _NOT_TOLD_PAST.sub(" ", text[:modal[0].start()])
    after = _NOT_TOLD_PAST.sub(" ", text[modal[-1].end():])
    if _TOLD_NOW.search(f"{before} {after}"):
        return False
    return bool(_PAST_CLAUSE.search(before)) and bool(_PAST_CLAUSE.search(after))


def _first_sentence(text: str) -> str:
    """The first words of `text` (lower-case words, no punctuation): about a first sentence,
    enough to tell whether the scene is told as a plan ("at my clinic we would...")."""
    return " ".join(text.split()[:25])


def _story_flaws(text: str, noted: Sequence[str] = ()) -> list[Flaw]:
    """A behavioral answer that never tells one real occasion: hypothetical or generic."""
    noted = [*noted, *second_person_actions(text)]
    said = text
    text = as_past_narrative(text)
    modals = list(MODAL.finditer(text))
    modal = [] if _past_story_modals(text, modals) else [m.group(0) for m in modals]
    habitual = [m.group(0) for m in HABITUAL.finditer(text)]
    past = past_first_person_actions(text) + list(noted) + [
        m.group(0) for m in re.finditer(rf"\bwe (\w+ly )?({PAST_ACTION}|\w+ed)\b", text)
    ]
    occasions = [m.group(0) for m in OCCASION.finditer(text)] + [
        m.group(0) for m in _DAY_NAMED.finditer(text)]
    views = [m.group(0) for m in OPINION.finditer(said)]
    # Two "would"s (or one and a view of what matters) and nothing told as done is a plan,
    # however short the answer.
    told_as_plan = bool(modal) and len(modal) + len(views) >= 2 and not past and not occasions
    if (told_as_plan or (len(modal) >= 3 and len(modal) > 1.5 * len(past) + len(occasions))
            ) and _REAL_SCENE.match(said) and not MODAL.search(_first_sentence(said)):
        # "At my clinic we had double bookings every week. I was the manager so I wanted to fix
        # it. I would start with...": a real occasion and the speaker's duty in it, then what
        # they would do. The scene and the task are told; the actions are the fault
        # (breaker15 B19: every part was "other", "no real occasion told").
        return [Flaw("hypothetical", _WOULD_ACTIONS, tuple(modal[:5]))]
    if told_as_plan or (len(modal) >= 3 and len(modal) > 1.5 * len(past) + len(occasions)):
        return [Flaw("hypothetical", "The question asks what you did, not what you would do: "
                     "pick one real time and tell it in the past tense.",
                     tuple([*modal, *views][:5]), no_story=True)]
    if views and not past and not occasions and len(said.split()) >= 12:
        return [Flaw("vague", "This is your view of what matters, not a time you showed it: "
                     "pick one real occasion and say what you did and how it ended.",
                     tuple(views[:5]), no_story=True)]
    if len(habitual) >= 2 and len(habitual) > len(past) + len(occasions):
        return [Flaw("vague", "This describes what you usually do. Name one specific occasion "
                     "(when, where, who) and walk through it.", tuple(habitual[:5]),
                     no_story=True)]
    # Judged on the words as said: a present-tense generality is no present-tense story.
    general = list(dict.fromkeys(m.group(0) for pattern in (HABITUAL, _IN_GENERAL)
                                 for m in pattern.finditer(said)))
    own_past = [m.group(0) for m in PAST_FIRST_PERSON.finditer(_perfect_as_past(said))
                if m.group(2) not in {"was", "were", "had", "did"}]
    if len(own_past) < 2 and (len(general) >= 3 or (len(general) >= 2 and not occasions)):
        return [Flaw("vague", "This describes what you are like in general. Name one specific "
                     "occasion (when, where, who) and walk through what you did.",
                     tuple(general[:5]), no_story=True)]
    # A career told in claims ("throughout my career I have led teams… my managers have often
    # commented… in every team I have been part of"): its present perfect is no story's past.
    broad = across_a_career(said)
    timed = [o for o in occasions if not o.startswith(("at my ", "in my "))]
    own_events = [m.group(0) for m in PAST_FIRST_PERSON.finditer(said)
                  if not _NO_EVENT_VERB.search(m.group(0))]
    if len(broad) >= _BROAD_CLAIMS and not timed and len(own_events) < 2:
        return [Flaw("vague", "This describes what you are like in general. Name one specific "
                     "occasion (when, where, who) and walk through what you did.",
                     tuple(broad[:5]), no_story=True)]
    effort = [m.group(0) for m in NON_OUTCOME.finditer(text)]
    concrete = [p for p in past if not re.search(r"\b(tried|helped|supported|learned|learnt"
                                                 r"|enjoyed|did|was|were|had)\b", p)]
    # One concrete action of your own and a measured outcome is a specific story, whatever
    # effort phrase sits near it ("he agreed to keep going that way").
    # "I mapped every step… and cut out the copying": the verbs an "I" clause shares are the
    # speaker's concrete actions too (breaker11 D8).
    concrete += [f"i {verb}" for verb in _shared_i_verbs(text)
                 if verb not in {"tried", "helped", "supported", "learned", "learnt", "did"}]
    own = [p for p in concrete if p.startswith("i ")]  # "we kept going" is no own action
    specific = bool(own) and OUTCOME_METRIC.search(text) is not None
    if effort and len(concrete) < 2 and not specific and len(text.split()) >= 25:
        return [Flaw("vague", "Your part comes through only in general terms. Name the two or "
                     "three things you did yourself, and what changed because of them.",
                     tuple(effort[:5]))]
    # A measured change ("late invoices went from 35 percent to under 5 percent in four
    # months") happened once: with no deed of the speaker's told, what is missing is the Action
    # (its own flaw), not the occasion (breaker11 D8).
    changed = OUTCOME_METRIC.search(text) is not None and measured(text)
    if (not past and not occasions and not changed and len(text.split()) >= 25
            and len(events_told(said)) < 2):
        evidence = habitual or modal or [" ".join(text.split()[:8])]
        # Not no_story: with no past verb nor time named, a present-tense story in notes ("I
        # measure the lift, ask supplier…", held5) lands here too, and keeps its parts.
        return [Flaw("vague", NO_OCCASION, tuple(evidence[:5]))]
    return []


_PERFECT_OR_INFINITIVE = re.compile(
    r"\b(have|has|had|'ve|'d|to|been|be|will|would|can|could|should|must|might|was|were)"
    r"( (not|never|always|often|also|just|already|consistently|usually|ever|all))* \w+"
    r"|\bused to\b"
)
"""A verb after have/had, to, a modal or was: a life so far, a plan, a habit or a state ("I
was brought up", "she used to say"), not an event."""
_EVENT_PAST = re.compile(rf"\b({PAST_ACTION})\b")


_DAY_NAMED = re.compile(
    r"\b(one|that|on (a|the|that)|the next|the following|the same) (monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|weekend|summer|winter|spring|autumn|christmas|easter"
    r"|bank holiday|morning|afternoon|evening|night)\b"
    r"|(?<!every )(?<!each )(?<!most )(?<!all )\b(monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b(?!s)"
    r"|\b(last|in|that|early|late|mid|by|on) (january|february|march|april|june|july|august"
    r"|september|october|november|december)\b"
)
"""A day or season named as the one it happened ("came in one Monday", "on the Saturday of the
long weekend", "the next morning", "Pharmacy, Monday morning, fridge alarm", "last March"): one
real occasion
(cues.OCCASION names others); "every Monday" and "on Mondays" are habits."""


def events_told(said: str) -> list[str]:
    """The past-tense verbs (`PAST_ACTION`) of an answer's words as said (lower case) that tell
    events, whoever did them ("a family showed up… they got a spot… the dad came by"), leaving
    out the present perfect, infinitives and modals ("I have led teams", "I've always handled
    it"): two or more tell one occasion in the past, though the speaker's own part is not in it
    (that is a missing Action, not a missing occasion)."""
    return [m.group(0) for m in _EVENT_PAST.finditer(_PERFECT_OR_INFINITIVE.sub(" ", said))]


_WHEN_NOT_HOW_MUCH = re.compile(
    r"^(after|in) (about |around |over |nearly |almost )?\S+ (more )?(minutes|hours|days|weeks"
    r"|months)$|^(up|down) at \S+$|^from (\d{1,2}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)([:.]\d\d)?( ?(am|pm|a\.?m\.?|p\.?m\.?|o'clock|in the (morning|evening"
    r"|afternoon)|at night))? to (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)$"
)
"""Numbers OUTCOME_METRIC reads that tell when, not how much changed: "after 2 weeks", "up at
5", "from 9 to 5", "from 9.30 in the morning to 6" (a time, a time of day, working hours).
Hours are told bare or with a clock word; with the thing counted after the first number ("from
nine days to three", "from eleven stops to two") it is a before and after, a measure."""
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(19|20)\d\d")


def _years_only(found: str) -> bool:
    """Whether the numbers of a matched measure are all years, with no percent or money
    ("from 2019 to 2021"): when, not how much."""
    numbers = _NUMBER.findall(found)
    return bool(numbers) and not re.search(r"[%$£€]|\d+k\b|per ?cent", found) and all(
        _YEAR.fullmatch(n) for n in numbers) and not re.search(
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b", found)


_CLOCK_AFTER = re.compile(r"^\s*(am|pm|a m|p m|o'clock|in the (morning|evening|afternoon))\b")
_COUNT_PER = re.compile(r"\b(a|an|per) (day|week|month|shift|year)\b")
"""A count told per period: "from 12 per week to 1", "from 12 to 1 a week" are counts, not
hours of the day as "from 9 to 5" is ("from 9 to 12 each day" stays hours)."""
_RATE_TO_RATE = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty) (\w+ )?(a|per) (day|week|month|shift|year) to "
    r"(only |just |about |around )?"
    r"(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|zero)"
    r" (\w+ )?(a|per) \4\b")
"""One rate turned into another without a "from": "12 per week to 1 per week"."""


_COUNT = (
    r"(\d[\d,.]*(st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|full|whole|entire|once|twice)"
)
_SET_AGAINST = re.compile(
    # "day two instead of day nine", "one hour instead of a full day"
    rf"(?<!at )(?<!half )(?<!by )\b{_COUNT}( \w+){{0,3}},? instead of (the |a |an )?(\w+ ){{0,2}}?"
    rf"{_COUNT}\b(?! (weeks|months|years) ago)"
    # "on the second working day, before it was the ninth", "one hour, before that a full day"
    rf"|\b{_COUNT}\b[^.;!?]{{0,50}}?,? (before|previously|earlier|in the past),? (it was|that it"
    rf" was|that was|it took|that took|it used to (be|take)|we (needed|took|had)|that|they were"
    rf"|there were) (about |around |nearly |almost |over |the |a |an )?(\w+ ){{0,2}}?{_COUNT}\b"
)
"""An outcome set against what it was, with the counts told as days, ordinals or a whole
period rather than "from X to Y" (breaker8 D7): "invoices now go out on day two instead of day
nine", "the run takes one hour instead of a full day", "on the second working day, before it
was the ninth"."""


_AMOUNT = (
    r"(?:(?:about|around|over|nearly|almost|roughly|some|more than|at least|close to) )?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a few"
    r"|hundreds of|thousands of)(?:[ -](?:hundred|thousand|million|grand|and|one|two|three"
    r"|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))*"
)
_MONEY = (
    rf"(?:[$£€] ?\d[\d,.]*(?: ?(?:k|m|thousand|million))?|{_AMOUNT} (?:euros?|dollars?|pounds?"
    r"|quid|bucks|rupees?|lakhs?|crores?|naira|rand|cedis?|shillings?|pesos?|reais|zlotys?"
    r"|forints?|dirhams?|ringgit|yen|francs?|kronor|krona)\b)"
)
MEASURED_OUTCOME = re.compile(
    # Money the outcome brought or stopped losing: "stopped losing about two hundred euros of
    # dough every weekend", "got back about forty thousand dollars", "€3,000 saved".
    r"\b(?:saved|saves|saving|recovered|recovers|got back|gets back|won back|wins back"
    r"|brought in|brings in|earned|earns|generated|generates|avoided|stopped (?:losing|paying"
    r"|wasting|spending)|no longer (?:lose|loses|lost|losing|pay|pays|paid|spend|spends|spent"
    rf"|waste|wastes|wasted))(?: [\w'-]+){{0,4}}? {_MONEY}"
    rf"|{_MONEY} (?:[\w'-]+ ){{0,3}}?(?:less|more|cheaper|lower|higher|saved|recovered|back)\b"
    # Time saved: "the report went out eleven days early", "two weeks ahead of the plan".
    rf"|\b{_AMOUNT} (?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?) (?:early|earlier|ahead"
    r"|before (?:the )?(?:deadline|due date|schedule|plan)|sooner|faster|quicker|shorter"
    r"|less|saved)\b"
    # ... or "a day ahead of schedule", "half a day early".
    r"|\b(?:a|an|half an?) (?:full |whole |working )?(?:minute|hour|day|shift|week|month)"
    r" (?:early|earlier|ahead|before (?:the )?(?:deadline|due date|schedule|plan)|sooner)\b"
    # A before and after told side by side: "ten days before, four days after".
    rf"|\b{_AMOUNT} (?:[\w-]+ ){{0,2}}before\b,? (?:and |but |now |only |just )*{_AMOUNT}"
    r"(?: [\w-]+){0,2}? after(?:wards)?\b"
    # A share of the days set against what it was: "on four of five days, against one day the
    # week before", "nine out of ten orders, up from six".
    rf"|\b{_AMOUNT} (?:(?:[\w-]+ )?out |)of (?:the |every |all )?{_AMOUNT}\b(?: [\w'-]+){{0,6}}?,?"
    rf" (?:against|compared (?:with|to)|versus|up from|down from|instead of) (?:about |only "
    rf"|just )?(?:{_AMOUNT}|none|zero)\b"
    # A count set against another: "only three parcels, compared to around forty the year
    # before", "nine of eleven, up from four".
    rf"|\b{_AMOUNT}\b(?: [\w'-]+){{0,6}}?,? (?:compared (?:with|to)|against|versus|up from"
    rf"|down from) (?:about |around |nearly |almost |over |only |just |roughly )?{_AMOUNT}\b"
    # How late or close it came in: "only fifteen minutes late", "within an hour of schedule".
    rf"|\b{_AMOUNT} (?:\w+ )?(?:minutes?|hours?|days?|weeks?) (?:late|behind)\b"
    rf"|\bwithin (?:a|an|{_AMOUNT}) (?:minutes?|hours?|days?) of (?:the )?(?:schedule|plan"
    r"|deadline|target|due date)\b"
    # What the effort brought in, counted: "we collected almost three tonnes".
    rf"|\b(?:collected|donated|gathered|raised|sold|cleared)(?: [\w'-]+){{0,2}}? {_AMOUNT}\b"
    # Not one missed: "no missed pick-ups in the first month".
    r"|\b(?:no|not one|not a single|zero) (?:missed|late|failed|lost|broken|wrong|delayed"
    r"|cancelled|canceled|dropped|unpaid|overdue) [\w-]+"
    # Errors or losses brought to none: "picking errors went to 0", "complaints dropped to nil".
    r"|\b(?:went|dropped|fell|came|went down|are down|were down|is down|was down|cut|brought"
    r" (?:it |them )?down) to (?:0|zero|nil|none|nothing)\b"
)
"""Measured outcomes told in other words than cues.OUTCOME_METRIC's: money saved or got back,
time saved ("eleven days early"), a before and after side by side. One notion of a measured
outcome for the answer (`measured`) and for a reply to "Do you have a number for that?"
(follow_up), so the two never disagree on the same words (breaker10 D5)."""
_A_SCORE = re.compile(r"\bout of\b|\d/\d")
"""A score ("from four out of ten to eight", "from 4/10 to 8"): small numbers that are no
hours of the day."""


_SPOKEN_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|a hundred|a thousand|half|none|zero)\b"
)
_FILLER_WORD = re.compile(r"\b(?:uh|um|uhm|er|erm|ah|hmm)\b ?")
_HEDGE_BEFORE_NUMBER = re.compile(
    r"\b(?:(?:like|just|roughly|maybe|about|around|approximately|nearly|almost|under|over"
    r"|below|above|barely|some|close to|more or less|a bit|a little|a tad|well|something like"
    r"|give or take|only|less than|more than|not quite|a touch) )+(?=" + _SPOKEN_NUMBER + ")"
)
"""How a speaker hedges or fills before a figure ("to like two", "from, uh, twenty", "just under
three", "a bit over forty"): the figure still measures the outcome (breaker14 B8, breaker15
B16), so `measured` reads the words again without them."""
_RATIO = (
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ )?(?:in|out of)"
    r" (?:every )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|a hundred|hundred)\b"
)
_TWO_RATIOS = re.compile(rf"{_RATIO}.*{_RATIO}")
"""A share told as "one in twenty", set against the one before ("one in five"): a before and
after."""
_NONE_AGAINST = re.compile(
    r"\b(?:no|none|zero|not one|not a single|nobody|no one)\b[^.;!?]{0,50}?,? (?:against"
    r"|compared (?:with|to)|versus|down from|where (?:there|it) (?:had been|were|was)) (?:about "
    r"|around |nearly |almost |over |some )?" + _SPOKEN_NUMBER
)
"""None set against the count before: "no frost breakdowns that winter, against eleven the
winter before"."""
_NONE_OVER_A_PERIOD = re.compile(
    r"\b(?:in|over|for|during|within) the (?:next|following|first) (?:\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|few)? ?(?:days?|weeks?|months?"
    r"|years?|quarters?|shifts?)\b[^.;!?]{0,60}?\b(?:no|not one|not a single|nobody|no one"
    r"|none|zero)\b"
    r"|\b(?:no|not one|not a single|nobody|no one|none|zero)\b[^.;!?]{0,60}?\b(?:in|over"
    r"|for|during|within) the (?:next|following|first) (?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|eighteen|twenty|few)? ?(?:days?|weeks?|months?|years?"
    r"|quarters?|shifts?)\b"
    r"|\bnever (?:been |had |seen |were |was )?(?:more|fewer|less|over) (?:than )?" + _SPOKEN_NUMBER
    # ...or over the rest of a period, or the whole of one: "nobody handed back a shift for the
    # rest of the year", "we did not have one double booking for the whole winter season"
    # (breaker16 D15).
    + r"|\b(?:no|not one|not a single|nobody|no one|none|zero|without a single|did not have one"
    r"|didn't have one|never had one)\b[^.;!?]{0,60}?\b(?:for|over|during|in|all) (?:the )?(?:rest"
    r" of the|whole|entire|full) (?:\w+ )?(?:days?|weeks?|months?|years?|quarters?|seasons?|terms?"
    r"|winter|summer|spring|autumn)\b"
)
"""None over a stated period is a count ("in the next six months we found no loose wheel
nuts"), and so is a cap held since ("never more than 2 buses waiting since June")."""
_TIME_SAVED = re.compile(
    r"\b(?:save|saves|saving|saved|cut|cuts|cutting|free|frees|freeing|freed) (?:[\w'-]+ )"
    r"{0,3}?" + _SPOKEN_NUMBER + r" ?(?:[\w-]+ )?(?:minutes?|hours?|days?|weeks?|shifts?)\b"
)
"""Time the change saves, told in any tense: "saving about 400 hours a month", "we save
about 400 hours per month" (breaker15 B16/B17)."""


def measured(text: str) -> bool:
    """Whether `text` (lower-case words) holds a number that measures an outcome
    (cues.OUTCOME_METRIC or MEASURED_OUTCOME), leaving out the ones that only say when
    (`_WHEN_NOT_HOW_MUCH`) or give a time of day ("4 to 5 a.m."), or name only years ("from
    2019 to 2021"). Small numbers "from 12 to 1" are hours unless told per period ("from 12 to
    1 a week") or as a score ("from four out of ten to eight"). A hedge or filler before the
    figure ("to like two") does not hide it (`_HEDGE_BEFORE_NUMBER`)."""
    if _measured_as_told(text) or _TWO_RATIOS.search(text) or _NONE_AGAINST.search(text) or (
            _NONE_OVER_A_PERIOD.search(text) or _TIME_SAVED.search(text)):
        return True
    plain = _HEDGE_BEFORE_NUMBER.sub("", _FILLER_WORD.sub("", text))
    return plain != text and _measured_as_told(plain)


def _measured_as_told(text: str) -> bool:
    """`measured` on the words as they stand."""
    if _RATE_TO_RATE.search(text) or _SET_AGAINST.search(text) or MEASURED_OUTCOME.search(text):
        return True
    start = 0
    while (match := OUTCOME_METRIC.search(text, start)) is not None:
        found = match.group(0)
        per_period = found.startswith("from ") and (
            _COUNT_PER.search(found) is not None
            or _COUNT_PER.match(text, match.end() + 1) is not None)
        when = _WHEN_NOT_HOW_MUCH.match(found) and not per_period and not _A_SCORE.search(found)
        if not (when or _years_only(found) or (
            found.startswith("from ") and _CLOCK_AFTER.match(text[match.end():])
        )):
            return True
        # A when may open a measure: "in 50 minutes instead of 80".
        start = match.start() + 1
    return False


_NOT_A_DOER = (
    r"(?:i|we|it|that|this|things|everything|everyone|everybody|was|were|had|have|has|be|been"
    r"|to|and|not|just|really|also|then|so|but|or|end|the|a|an|of|in|on|at|for|with|about|up"
    r"|out|kind|sort)"
)
_JUDGING_OR_STATE = frozenset({
    "needed", "wanted", "started", "joined", "based", "called", "named", "supposed",
    "noticed", "realised", "realized", "seemed", "appeared", "looked", "felt", "helped",
    "improved", "resolved", "sorted", "worked", "appreciated", "liked", "loved", "enjoyed",
    "learned", "learnt", "got", "became", "thought", "believed", "hoped", "expected",
    # Words said about it are comments, not events: "the team leader said things were much
    # better", "she thanked me" (dev1, dev7, held1 weak answers, labelled no_metrics).
    "said", "told", "thanked", "praised", "complimented", "mentioned", "commented", "smiled",
    "laughed", "talked", "ended",
    # A change with no figure is how it went, not what happened ("sales have increased very
    # much", dev6).
    "increased", "decreased", "grew", "dropped", "rose", "fell", "reduced", "boosted",
    "declined", "went", "changed",
})
_OTHERS_DEED = re.compile(
    rf"\b(?!{_NOT_A_DOER}\b)[a-z']+ (?:have |has )?(?:also |all |finally |both |then )?"
    rf"(?!used to\b)({PAST_ACTION}|[a-z]{{3,}}ed)\b"
)
"""Someone else doing something ("both planners switched over", "the client signed"): a concrete
event, not a judgment of how it went."""


_COUNTED_THINGS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d+|half|most|all"
    r"|none|both)(?: of (?:the|our|his|her|their|my|them|those|these))?(?: (?:\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve|twenty))? (?:[a-z']+ )?[a-z']{3,}s (?:had|needed"
    r"|were|failed|passed|came|went|got|showed|turned|stayed|kept|left|arrived)\b"
)
"""A count of things and what they had or did ("three of the six pallets had wrong labels",
"both trucks passed"): what a check found or how the things stood, concrete beside a judgment
(breaker15 B11)."""
_STATE_NOW = re.compile(r"\b(?:is|are) (?!(?:still|not|being|going)\b)[a-z]{3,} now\b")
"""A thing's state now, told in a word that does not judge ("the dough is smooth now", after
"the dough came out lumpy"): the change itself, concrete (breaker15 B11). The judging words
(`JUDGED`: "it is better now") are taken out before this is looked for."""


_CHECK_PASSED = re.compile(
    r"\b(matched|balanced|reconciled|tallied|added up)\b"
    r"|\bto the (cent|penny|pound|dollar|euro|minute|second|gram|last [a-z]+)\b"
)
"""Figures that now agree ("the next month end it matched to the cent", "the books balanced"):
a check that passed, concrete beside a judgment ("...and she was happy", breaker16 D11)."""


def judged_only(result_text: str) -> bool:
    """Whether a Result (lower-case words) only judges how it went (`JUDGED`: "it went well
    and things got better") and says nothing measured or concrete besides the judgment: a
    judgment beside a concrete event ("both planners switched over and the team was much
    happier", breaker8 D6) is a concrete outcome with a comment, not an unmeasured one."""
    if not JUDGED.search(result_text) or measured(result_text):
        return False
    rest = JUDGED.sub(" ", result_text)
    if CONCRETE_OUTCOME_PATTERN.search(rest) or _COUNTED_THINGS.search(rest) or (
            _STATE_NOW.search(rest)) or _CHECK_PASSED.search(rest):
        return False
    return not any(m.group(1) not in _JUDGING_OR_STATE for m in _OTHERS_DEED.finditer(rest))


_PAST_HABIT_WOULD = re.compile(r"^(i|we) (would|'d)\b|^(i'd|we'd|i would)\b")
"""A "would" that can tell a past habit ("that month I would stand next to her")."""


def _planned_actions(tokens: Sequence[Token], segments: Sequence[Segment]) -> list[Flaw]:
    """A story whose Action part is told only as what the speaker would do ("I would change the
    order days, and I would start a discount"), however real its scene: a plan, not an
    occasion's actions (a retake that imagines a better answer)."""
    action = " ".join(n for s in segments if s.label == "A" for n in segment_norms(s, tokens))
    modal = [m.group(0) for m in MODAL.finditer(action)]
    if not modal or past_first_person_actions(action) or noted_actions(tokens, segments):
        return []
    # Own actions told in the present, as a second language or a present-tense story tells
    # them ("I make new labels, I'd change the order of the route and I do short training"):
    # as many as the modal clauses, and the one "I'd" is a slip (a recognizer's "I'd change"
    # for "I change"), not a plan (breaker13 B18: 93 -> 40 for one "I'd").
    if len(past_first_person_actions(as_past_narrative(action, present=True))) >= len(modal):
        return []
    told = " ".join(t.norm for t in tokens if t.norm)
    if _past_story_modals(told, list(MODAL.finditer(told))):
        return []
    if OCCASION.search(action) and all(_PAST_HABIT_WOULD.search(m) for m in modal):
        # "Every shift that month I would stand next to her": what the speaker did again and
        # again on that occasion, not a plan (breaker6 D13d).
        return []
    return [Flaw("hypothetical", _WOULD_ACTIONS, tuple(modal[:5]))]


def _structure_flaws(
    tokens: Sequence[Token], segments: Sequence[Segment], parts: Mapping[str, Part],
    question: str | None = None,
) -> list[Flaw]:
    norms = [t.norm for t in tokens]
    flaws: list[Flaw] = []
    opening = (_quote(norms[:10], 8),)
    closing = (_closing_quote(norms, tokens),)
    if not parts["A"].present:
        flaws.append(Flaw("no_action", "Say what YOU did, step by step; the actions are the heart "
                          "of the answer.", opening))
    if not parts["R"].present:
        flaws.append(Flaw("no_result", "Finish with the result: what changed because of what you "
                          "did, with a number if you have one.", closing))
    text = " ".join(n for n in norms if n)
    told = [s for s in segments if s.label != "other"]
    # A result-first answer tells its context after the headline (its first sentence or
    # line, or its opening Result part if shorter): look for it there.
    start = 0
    if len(told) >= 2 and told[0].label == "R":
        first_end = next((i + 1 for i, t in enumerate(tokens) if t.sentence_end), len(tokens))
        start = min(told[0].end_token, first_end)
    after = norms[start:]
    opening_text = " ".join(n for n in after[: max(12, len(after) // 4)] if n)
    # A time named in the first sentence ("I labelled two samples wrong in the lab once"), or a
    # scene told in the present ("my colleague's off sick, her report's due at nine"), is the
    # context the tip would ask for.
    situation_cue = (cue_score("S", opening_text) >= 1.2
                     or cue_score("S", as_past_narrative(opening_text)) >= 1.2
                     or OCCASION.search(_DURATION.sub(" ", _opening_sentence(norms, tokens)))
                     is not None)
    if start:
        # After a headline the scene comes in a clause ("Jan: client angry", "in January they
        # are angry"), in any tense: a weaker cue, or a time named, tells it.
        scene = as_past_narrative(opening_text)
        situation_cue = (cue_score("S", scene) >= 0.7 or OCCASION.search(scene) is not None
                         or _MONTH.search(scene) is not None or _SCENE.search(scene) is not None)
    if not parts["S"].present and not situation_cue:
        if not start and _opening_sets_up(tokens, segments):
            # The opening already tells what was going on ("A colleague wanted to rebuild our
            # report and I thought we should fix the old one, because..."; breaker8 D14): ask
            # only for what it lacks, not for context it has; with where or when named too, the
            # scene is all there.
            first = _opening_sentence(norms, tokens)
            if not (_WHERE_OR_WHEN.search(first) or _MONTH.search(first)):
                flaws.append(Flaw("no_situation", WHERE_AND_WHEN, opening))
        else:
            where = "After the headline, give" if start else "Open with"
            flaws.append(Flaw("no_situation", f"{where} one or two sentences of context: where "
                              "you were, when, and what was going on.", opening))
    # After a headline the task is often told inside the scene ("as account lead it was on me").
    told_in_scene = start > 0 and (situation_cue or cue_score("T", as_past_narrative(text)) >= 1.3)
    if (not parts["T"].present and not parts["S"].present and not told_in_scene
            and cue_score("T", text) < 1.3):
        flaws.append(Flaw("no_task", "Say what you were responsible for or trying to achieve "
                          "before the actions.", opening))
    result_words = [
        n for s in segments if s.label == "R" for n in segment_norms(s, tokens)
    ]
    result_text = " ".join(result_words)
    # Only a Result that judges ("much better", "it went well") without saying what changed
    # is unmeasured: a concrete outcome can be told in more ways than any list holds ("the
    # customer has ordered a second line"), but the words that only judge are few.
    unmeasured = (
        judged_only(result_text)
        or (_NO_FIGURES.search(result_text) is not None
            and _HEDGED.search(_leading_to_result(segments, norms)) is not None)
    ) and not measured(_opening_sentence(norms, tokens))
    # With no Action told, the missing action is what to fix: a number for an outcome the
    # answer does not say the speaker brought about is not (no weak answer of the labelled
    # sets is tagged both; 4 tagged no_action were also told to add a number).
    if result_words and unmeasured and parts["A"].present:
        flaws.append(Flaw("no_metrics", "The result is not measurable. Add a number, a before and "
                          "after, or a concrete outcome (a renewal, a date met).",
                          (_quote(result_words, 12),)))
    action_text = " ".join(n for s in segments if s.label == "A" for n in segment_norms(s, tokens))
    we_words = _team_words(action_text)
    i_words = [m.group(0) for m in I_WORDS.finditer(action_text)] + _shared_i_verbs(action_text)
    # A story told wholly as "we", with no I, me or my anywhere, hides the speaker's part
    # wherever its actions were placed (dev7, dev8, held2, held7: "we brought in new scanners,
    # we changed the layout… we put a league table up", read as set-up or result).
    we_done = [m.group(0) for m in _WE_DID.finditer(text)]
    if len(we_done) >= 3 and not I_WORDS.search(text) and len(we_words) < 3:
        we_words, i_words = we_done, []
        action_text = " ".join(we_done)
    if len(we_words) >= 3 and len(we_words) > 2 * len(i_words):
        phrases = [m.group(0) for m in re.finditer(r"\bwe \w+\b", action_text)][:5]
        flaws.append(Flaw("we_not_i", f"The actions are told as \"we\" ({len(we_words)} times) "
                          f"against \"I\" ({len(i_words)}): say what you did yourself.",
                          tuple(phrases or we_words[:5])))
    flaws.extend(_balance_flaws(segments, parts, tokens, sides=asks_disagreement(question)))
    if any(f.code == "we_not_i" for f in flaws):
        # A story told as "we" is first told to say what the speaker did; the team's result
        # then is no number to ask for yet (no weak answer of dev1-9/held1-9 is labelled both:
        # 26 no_metrics, 33 we_not_i; two all-"we" stories were told both).
        flaws = [f for f in flaws if f.code != "no_metrics"]
    return flaws


_NO_FIGURES = re.compile(
    r"\b(i |we )?(don't|do not|didn't|did not|can't|cannot|couldn't|could not) (really )?(have"
    r"|know|remember|recall|measure|track|get) (the |any |exact |precise |real |hard )*(numbers"
    r"|figures|data|stats|statistics|metrics|count)\b"
    r"|\bno (exact |precise |real |hard )+(numbers|figures|data|stats)\b"
)
_HEDGED = re.compile(r"\b(i think|i guess|i suppose|i believe|i hope|probably|maybe|kind of"
                     r"|sort of|more or less helped)\b")
"""The speaker says the result has no figure ("but I don't have exact numbers, sorry"): a
hedged outcome (`_HEDGED`: "I kind of ended up fixing it … there were less mistakes") the answer
itself calls unmeasured is told to find one (breaker10 D7). A concrete outcome with the same
apology ("they stayed, but I don't have the figures") keeps only the small no-number deduction."""


def _leading_to_result(segments: Sequence[Segment], norms: Sequence[str]) -> str:
    """The Result's words and the dozen before its first one ("i think it helped because
    after that…"), lower case."""
    first = next((s.first_token for s in segments if s.label == "R"), None)
    if first is None:
        return ""
    result = [n for s in segments if s.label == "R" for n in norms[s.first_token : s.end_token]]
    return " ".join(n for n in [*norms[max(0, first - 12) : first], *result] if n)


WHERE_AND_WHEN = ("Your opening says what was going on; add where and when it was (which team "
                  "or place, roughly when) so the listener can picture it.")
"""The no_situation message for a story whose opening sentence is set-up already
(`_opening_sets_up`): what it lacks is where and when, not context."""
_WHERE_OR_WHEN = re.compile(
    r"\b(in|at|on) (our|the|my|a|an|one) (\w+ ){0,2}(office|site|shop|store|branch|ward|hospital"
    r"|clinic|school|depot|warehouse|plant|factory|kitchen|restaurant|hotel|bank|centre|center"
    r"|team|department|lab|firm|agency|company|airport|station|project)\b"
    r"|\b(first|second|third|last|final|busiest) (year|week|month|day|shift|season|quarter)\b"
    r"|\b(19|20)\d\d\b"
)
"""Where or when a scene was, named in an opening that sets up ("in the Leeds office", "in my
second year", "in 2021"); OCCASION and _MONTH name more."""
_SPEAKER_FIRST = frozenset({"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "my",
                            "so", "then", "first", "firstly"})
_BECAUSE = re.compile(r"\b(because|since|as|so that|after|when)\b")


def _opening_sets_up(tokens: Sequence[Token], segments: Sequence[Segment]) -> bool:
    """Whether the answer's first sentence is set-up that tells what was going on: read as
    Situation or Task from the first word, and either about someone or something other than
    the speaker ("A colleague wanted to rebuild our delivery report", "Our invoice run was
    always late"; "my manager wanted…" counts, "my job was…" not) or giving the reason behind
    it ("…, because the hub managers were used to it")."""
    told = [s for s in segments if s.label != "other"]
    if not told or told[0].label not in ("S", "T") or told[0].first_token > 2:
        return False
    first = _opening_sentence([t.norm for t in tokens], tokens)
    words = [w for w in first.split() if w not in ("um", "uh", "yeah", "well", "okay", "ok")]
    if not words:
        return False
    others = words[0] not in _SPEAKER_FIRST or (
        words[0] == "my" and len(words) > 1 and words[1] not in _OWN_ROLE)
    return others or (len(words) >= 12 and _BECAUSE.search(first) is not None)


_OWN_ROLE = frozenset({"job", "task", "role", "goal", "aim", "responsibility", "brief",
                       "assignment", "objective", "part", "duty", "mission"})
"""Words after "my" that tell the speaker's own task, not someone else's doing."""


_PLACE_PREPOSITION = frozenset(
    {"with", "for", "to", "of", "at", "in", "on", "from", "by", "about", "against"})
_STATE_VERB = frozenset({"were", "was", "are", "had", "'re"})


def _team_words(text: str) -> list[str]:
    """The "we" words of `text` (lower case) that tell the team acting: not a place or company
    the speaker acted with or for ("I ran site visits with our managers", "it cost us"), nor
    the team's state after the speaker's deed ("I priced it so we were not the cheapest");
    breaker11 D3."""
    words = re.findall(r"[a-z']+", text)
    team = []
    for i, word in enumerate(words):
        if not WE_WORDS.fullmatch(word):
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in {"our", "us"} and before in _PLACE_PREPOSITION:
            continue
        if word == "we" and after in _STATE_VERB:
            continue
        team.append(word)
    return team


_SHARED_VERB = re.compile(rf"(?:, (?:and |then )?|\band (?:then )?)({PAST_ACTION}|[a-z]{{3,}}ed)\b"
                          r"(?= (?:(?:out|up|down|off|back|over|through) )?"
                          r"(?:the|a|an|it|them|him|her|every|each|all|our|my|their|his)\b)")
_OWN_CLAUSE = re.compile(r"\bi (?:\w+ly |also |then |just )?(\w+)\b")


def _shared_i_verbs(text: str) -> list[str]:
    """The verbs that share the speaker's "I" in one sentence of `text` (lower case): "I ran
    site visits, built the model and priced it" tells three own actions though "I" is said
    once. Each counts only after an "I" clause and before the next "we"."""
    shared: list[str] = []
    for sentence in re.split(r"[.;?!]", text):
        own = _OWN_CLAUSE.search(sentence)
        if own is None:
            continue
        rest = sentence[own.end():]
        team = re.search(r"\bwe\b", rest)
        rest = rest[: team.start()] if team else rest
        shared += [m.group(1) for m in _SHARED_VERB.finditer(rest)]
    return shared


_WE_DID = re.compile(rf"\bwe (\w+ly |also |then |all |just )?({PAST_ACTION}|\w+ed)\b")
"""An action told as the team's: "we changed the layout", "we also trained everyone"."""
_DURATION = re.compile(r"\bfor (one|a|an|two|three|\d+) \w+")
"""How long something went on ("overtime every day for one week"): no time the scene was."""
_OPENING_WORDS = 30
"""At most this many words of an answer's first sentence are read as its opening (recognised
speech can run on with no sentence end)."""


_CLOSING_WORDS = 16
"""At most this many words of the answer's end are quoted as where it stopped."""
_CLAUSE_OPENERS = frozenset({"i", "we", "so", "and", "but", "then"})
"""Words a spoken clause opens on, where an unpunctuated closing is cut for its quote."""


def _closing_quote(norms: Sequence[str], tokens: Sequence[Token]) -> str:
    """The answer's end as the evidence that no outcome was told: whole clauses from a sentence
    or clause start, never a cut that changes what they say. The last ten words of "I never
    found out how it ended because I left the company a month later" are "it ended because I
    left the company a month later", which reads as the very outcome the tip asks for
    (breaker14 B1). With no punctuation to cut at, the quote opens on a word a clause opens on
    ("i", "so", "and"...); with neither, it is the last ten words."""
    count = len(tokens)
    window = range(max(0, count - _CLOSING_WORDS), max(0, count - 3))
    start = next((i for i in window if i == 0 or tokens[i - 1].sentence_end
                  or tokens[i - 1].clause_end), None)
    if start is None:
        start = next((i for i in window if norms[i] in _CLAUSE_OPENERS), None)
    if start is None:
        return _quote(norms[-10:], 10)
    return _quote(norms[start:], _CLOSING_WORDS)


def _opening_sentence(norms: Sequence[str], tokens: Sequence[Token]) -> str:
    """The answer's first sentence (lower-case words, at most _OPENING_WORDS). A number there
    that measures an outcome ("In the three months after, we had zero falls at night, when
    before we had one a week") is the result told first, read or not as the Result: the answer
    is not told to add a number. No weak answer of dev1-7 and held1-6 flagged no_metrics opens
    on a measure; a good dev7 answer did, read as its scene."""
    end = next((i + 1 for i, t in enumerate(tokens[:_OPENING_WORDS]) if t.sentence_end),
               _OPENING_WORDS)
    return " ".join(n for n in norms[:end] if n)


LONG_SETUP_SHARE = 0.45
"""Share of an answer's words in its Situation and Task from which it is set-up heavy (no
"clear structure" praise, answer.LONG_SETUP)."""


_A_JOB = re.compile(
    r"\bi (worked|was working|studied|lived|was based|did my (\w+ )?(placement|internship"
    r"|apprenticeship|training|residency|rotation))( \w+)?\b")
"""The speaker's job or placement told as the scene ("I worked as a planner", "where I did
my placement"): where they were, not something they did on the occasion."""


def _first_own_action_at(tokens: Sequence[Token]) -> float | None:
    """Where the first sentence that tells an action of the speaker's own starts, as a share of
    the answer's words (0: the first sentence); None when no sentence tells one."""
    words = sum(1 for t in tokens if t.norm)
    if not words:
        return None
    before, sentence = 0, []
    for token in tokens:
        if token.norm:
            sentence.append(token.norm)
        if token.sentence_end or token is tokens[-1]:
            told = _A_JOB.sub(" ", " ".join(sentence))
            if past_first_person_actions(as_past_narrative(told)):
                return before / words
            before += len(sentence)
            sentence = []
    return None


SETUP_FREE = 0.55
"""Over this share of the story's words in its set-up (Situation and Task) the answer is told to
trim it (the "unbalanced" flaw)."""
SETUP_FULL = 0.75
"""From this share of set-up the flaw costs all its points; between SETUP_FREE and here, in
proportion, so a word or two more of scene does not move the score by the flaw's whole weight
(breaker12 V7: 55 % of set-up cost 10 points and 53 % nothing, and a recogniser's slip moved
an answer across)."""
LATE_FREE = LONG_SETUP_SHARE
LATE_FULL = 0.8
"""Where the speaker's first own action starts, as a share of the answer, from which a story
with little action is set-up heavy (LATE_FREE, nothing yet) and costs the flaw's points in full
(LATE_FULL, = WHOLLY_SETUP)."""


def setup_share_cost(setup: float, late: float | None = None) -> float:
    """The share of the "unbalanced" flaw's points an answer pays, 0..1: by its set-up share
    (SETUP_FREE..SETUP_FULL), or by how late its first own action comes (LATE_FREE..LATE_FULL),
    the larger."""
    by_share = (setup - SETUP_FREE) / (SETUP_FULL - SETUP_FREE)
    by_late = 0.0 if late is None else (late - LATE_FREE) / (LATE_FULL - LATE_FREE)
    return min(1.0, max(0.0, by_share, by_late))


def _setup_degree(setup: float, late: float | None, share: float) -> str:
    """The set-up's degree in words, for the points line."""
    if late is not None and (late - LATE_FREE) / (LATE_FULL - LATE_FREE) >= (
            setup - SETUP_FREE) / (SETUP_FULL - SETUP_FREE):
        said = (f"your first action comes after {late:.0%} of the answer; "
                f"{LATE_FREE:.0%} or less costs nothing, {LATE_FULL:.0%} or more all its points")
    else:
        said = (f"{setup:.0%} of the answer is set-up; {SETUP_FREE:.0%} or less costs nothing, "
                f"{SETUP_FULL:.0%} or more all its points")
    return said


WHOLLY_SETUP = LATE_FULL
STORY_WORDS_FOR_BALANCE = 60
"""A story with fewer words in its parts is too short for its shares to be judged."""
"""The set-up share at which a long answer (WHOLLY_SETUP_WORDS or more) with an Action is
unbalanced even with its Result not found."""
WHOLLY_SETUP_WORDS = 100


def stance_share(segments: Sequence[Segment], tokens: Sequence[Token]) -> float:
    """The share of the answer's words in set-up sentences (Situation, Task) that tell a side of
    a disagreement (`tells_disagreement`: "He wanted to retry every failed card", "I was not in
    agreement at all")."""
    total = sum(1 for t in tokens if t.norm)
    if not total:
        return 0.0
    stance = sum(len(said) for said, _ in part_sentences(segments, tokens, ("S", "T"))
                 if tells_disagreement(" ".join(said)))
    return stance / total


def _balance_flaws(
    segments: Sequence[Segment], parts: Mapping[str, Part], tokens: Sequence[Token],
    sides: bool = False,
) -> list[Flaw]:
    """Too much set-up for the action, in a story that tells its scene, its actions and its
    result, or only its scene and actions at WHOLLY_SETUP of a long answer. Where no Action, or
    under that no Result, was found, the flaw that says so is the one to fix, and the shares
    cannot be judged: the missing part's words were read as set-up or action. Good
    answers whose Result was misread paid both flaws (60 points) and scored under weak answers
    with one real flaw (dev6, held5)."""
    total = sum(p.words for p in parts.values())
    if total < STORY_WORDS_FOR_BALANCE or not (parts["S"].present or parts["T"].present):
        return []
    setup = parts["S"].share_words + parts["T"].share_words
    if sides:
        # To a question about a disagreement, its sides told before the actions are what it
        # asks for, not set-up to trim (breaker16 D10: "Trim the situation" for a situation
        # that was the disagreement itself).
        setup = max(0.0, setup - stance_share(segments, tokens))
    action = parts["A"].share_words
    late = _first_own_action_at(tokens)
    if total >= WHOLLY_SETUP_WORDS and late is not None and late >= WHOLLY_SETUP:
        # The speaker's first own action comes after four fifths of a long answer ("…and the
        # manager was not there because it was his day off. I found them a room."), however
        # its parts were read: a scene told at length before one short step, which the
        # labeller may have split into set-up, action and result (dev1, dev4, dev6: labelled
        # unbalanced, told only "no action" or "no result").
        heavy = "S" if parts["S"].words >= parts["T"].words else "T"
        first = next(s for s in segments if s.label == heavy)
        share = setup_share_cost(setup, late)
        return [Flaw("unbalanced", f"{late:.0%} of the answer comes before anything you did. "
                     f"Trim the {PART_NAMES[heavy].lower()} and spend the time on what you did.",
                     (_quote(segment_norms(first, tokens), 10),), share=share,
                     degree=_setup_degree(setup, late, share))]
    if not parts["A"].present:
        return []
    if not parts["R"].present and (total < WHOLLY_SETUP_WORDS or setup < WHOLLY_SETUP):
        # Four fifths of a long answer told as set-up before a short Action is unbalanced,
        # its Result found or not ("…the lab upstairs was closed until six. So I did the
        # testing myself."): the writers of dev9, held1, held7 and held8 named the balance on
        # 4 such answers of 101-163 words, where only the missing Result was named. With no
        # Action found the share is not judged: its words may have been read as set-up.
        return []
    # Little action beside a long result is no set-up problem: the flaw says "trim the set-up",
    # so it needs set-up to trim, by the parts or by where the speaker's first action comes (a
    # dev4 story told 21% as set-up and 70% as its result was told to trim its task; a scene
    # read as the Result still has its first action late).
    if setup > SETUP_FREE or (action < 0.15 and max(setup, late or 0.0) >= LONG_SETUP_SHARE):
        heavy = "S" if parts["S"].words >= parts["T"].words else "T"
        first = next(s for s in segments if s.label == heavy)
        counted = late if action < 0.15 else None
        share = setup_share_cost(setup, counted)
        return [Flaw("unbalanced", f"{setup:.0%} of the answer is set-up and {action:.0%} is "
                     f"action. Trim the {PART_NAMES[heavy].lower()} and spend the time on what "
                     "you did.", (_quote(segment_norms(first, tokens), 10),), share=share,
                     degree=_setup_degree(setup, counted, share))]
    return []


_QUANTITY_UNITS = {
    "time": r"sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?",
    "money": r"euros?|dollars?|pounds?|quid|bucks|k",
    "percent": r"%|percent|per cent",
}
_QUANTITY = re.compile(
    r"(?<!\bat )(?<!\bafter )(?<!\bfor )(?<!\bnext )(?<!\blast )(?<!\bevery )"
    r"(?<!\beach )\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|an?|half an?)(?:-\d+)? ?"
    r"(?:working |business |calendar |full |whole )?("
    + "|".join(f"(?P<{kind}>{units})" for kind, units in _QUANTITY_UNITS.items())
    + r")(?![\w-])(?! (ago|later|before|after|earlier|in advance|notice)\b)"
)
"""A quantity with its unit: a duration ("forty minutes", "12 min", "3-4 hrs"), money or a
share. Not a when ("after two weeks", "at 7", "every day", "two weeks ago")."""
_RATE_TOLD_NOW = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few"
    r"|several) (times|x|\w+s)? ?(a|per|each) (day|week|month|shift|night|hour|year)"
    r" (now|these days|nowadays)\b|\b\d+x (a|per) (day|week|month)\b"
    r"|\bagainst (about |around |roughly |nearly |almost |over )?(\d[\d,.]*|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r" ([\w-]+ ){0,3}(a|per) (day|week|month|shift|year),? (before|previously|earlier|last year)\b"
)
"""An after value told as how often it happens now ("the team ships three times a day now",
"3x a day"), or a count set against the one before ("none at all, against about six a month
before")."""


_COUNT_WORD = (
    r"(?:\d+(?!\.\d)(?![\d,:])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds of|dozens of|a dozen)"
)
_COUNTED_OUTCOME = re.compile(
    # More or fewer of a thing than before: "six more beds free", "three more wards asked".
    rf"\b{_COUNT_WORD} (more|fewer|extra|additional) (?!(times?|minutes?|hours?|days?|weeks?"
    r"|months?|years?|goes?|tries|chances?|rounds?|steps?|things?|questions?)\b)([a-z-]+ )?"
    r"[a-z-]+s\b"
    # What the work found or stopped, counted: "found two bugs", "caught three errors".
    r"|\b(found|caught|spotted|uncovered|discovered|fixed|prevented|avoided|stopped|cleared"
    rf"|closed|solved|resolved|traced|picked up|flagged) (\w+ ){{0,2}}?{_COUNT_WORD}"
    r" (((wrong|bad|faulty|broken|damaged|missing|duplicated?|expired|mislabell?ed|misrouted)"
    r" [a-z-]+)|([a-z-]+ )?(bugs?|errors?|defects?|faults?|mistakes?|issues?|problems?|leaks?"
    r"|cases?|incidents?|fraud\w*|duplicates?|discrepanc\w+|gaps?|risks?|breaches?"
    r"|complaints?))\b"
    # A share of a count: "eleven of the next twelve", "of the next twelve starters, eleven".
    rf"|\b{_COUNT_WORD} out of {_COUNT_WORD}\b"
    rf"|\b({_COUNT_WORD} )?of the (next|first|following|last) {_COUNT_WORD}\b"
)
"""A count that measures the outcome without a before value (breaker13 B1): more or fewer of
a thing ("six more beds free by Friday"), what the work found or stopped ("we found two bugs
that staging never showed", "caught three wrong packets"), or a share ("of the next twelve
starters, eleven stayed"). Not a count alone ("three managers came", "in 2019", "twice", "two
more times", "at 7 a.m.")."""


def measured_against(result: str, before: str) -> bool:
    """Whether a Result (lower-case words) measures its outcome against what the rest of the
    answer (`before`: the scene and the task, lower-case words) gave: it states the after value
    of a quantity whose before value was told there ("the pipeline took forty minutes" ... "it
    now takes 12 minutes"), or tells a rate as it is now or against the one before (breaker13
    B1: such a result was told "the result has no number")."""
    if measured(result) or _RATE_TOLD_NOW.search(result) or _COUNTED_OUTCOME.search(result):
        return True
    found = [kind for m in _QUANTITY.finditer(result) for kind, v in m.groupdict().items() if v]
    after = set(found)
    if not after:
        return False
    if " from " in f" {result} " and len(found) > len(after):
        return True  # "the wait went from over an hour to about twenty minutes"
    return any(kind in after for m in _QUANTITY.finditer(before)
               for kind, v in m.groupdict().items() if v)
