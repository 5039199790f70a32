"""What a first-round interviewer doubted about an answer, and whether an answer now settles it.

Round-one notes say in the candidate's own words what did not convince ("They said I never said
what I did myself", "no numbers", "rambled"). A second round asks the question again to see if
that doubt is gone, so the same reading serves three places: the angle the question is asked
again from ("This time tell me what you did yourself"), the probe the interviewer keeps ready for
it, and the summary's verdict on today's answer ("met: you said what you did yourself: “I
called their operations head”").

A doubt is found from the feedback's words (`doubt_in`; the company wins, else the complaint
written first), or, when they name none, from the notes' areas (`ownership`, `results`). The
verdict (`doubt_settled`) reads only what the analysis already found: its flaws (we_not_i,
no_metrics, vague, too_long), its STAR parts (with what follow-ups gave) and the answer's own
sentences. Pure: plain values in, plain values out."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Doubt:
    """One kind of round-one doubt."""

    key: str
    """Stored with the answer ("ownership"): the summary reads the verdict from it."""
    about: str
    """What was doubted, as the summary names it ("what you did yourself")."""
    angle: str
    """How the question is asked again ("This time tell me what you did yourself, ...")."""
    words: re.Pattern[str]
    """Feedback words that name it ("we", "myself", "what I did")."""
    probe_codes: tuple[str, ...] = ()
    """The flaw codes whose probes press on it, the interviewer's first follow-up."""
    areas: tuple[str, ...] = ()
    """Note areas (`competencies`) that name it when the feedback's words do not."""


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


COMPANY = Doubt(
    "company",
    "tying it to what you know about them",
    "This time tie it to what you know about us, not to any company.",
    # "nothing about buses or us" (breaker15 B10): "us" in notes on round one is the company.
    _words(r"\b(company|research\w*|us|why here|motivat\w*|know about)\b"),
)
HEADLINE = Doubt(
    "headline",
    "the headline first",
    "This time give me the outcome in your first sentence, then how you got there.",
    # "wanted the headline first", "the bottom line up front", "get to the point", "lead with the
    # result": the order asked for, not the end itself (breaker16 D17: "Senior leader wanted
    # the headline first" was never checked). Before "result" among the doubts, so "the result
    # first" is this one.
    _words(
        r"\b(headlines?|bottom[- ]line|up ?front|lead with|(get|came|come|got) to the point"
        r"|(point|result|outcome|conclusion|answer|summary) (first|at the start|up ?front))\b"
    ),
)
DOUBTS: tuple[Doubt, ...] = (
    COMPANY,
    HEADLINE,
    Doubt(
        "result",
        "how it ended",
        "This time take it right to the end: what changed because of you, and how did you "
        "know it had?",
        _words(
            r"\b(end|ended|ending|results?|outcomes?|impact|finish\w*|(what|nothing) changed"
            r"|what (happened|came of it)|(a|any|the|what) difference)\b"
        ),
        ("no_result", "no_metrics"),
        ("results",),
    ),
    Doubt(
        "checked",
        "how you checked it was right",
        "This time tell me how you checked it was right: what you compared it with, and what "
        "you found.",
        _words(r"\b(check\w*|verif\w*|validat\w*|tested|accura\w*|sanity)\b"),
    ),
    Doubt(
        "numbers",
        "numbers",
        "This time put numbers on it: how big the problem was, and what changed, in figures.",
        _words(r"\b(numbers?|figures?|metrics?|quantif\w*|measur\w*|data)\b"),
        ("no_metrics",),
    ),
    Doubt(
        "lessons",
        "what you would do differently",
        "This time tell me what you would do differently, and what you took from it.",
        _words(r"\b(differently|lessons?|learn\w*|reflect\w*|hindsight)\b"),
    ),
    Doubt(
        "specifics",
        "one particular occasion",
        "This time give me one particular occasion, with the who, the when and a figure or two.",
        _words(r"\b(vague|specific\w*|details?|concrete|general|generic|examples?|fuzzy)\b"),
        ("vague",),
    ),
    Doubt(
        "ownership",
        "what you did yourself",
        "This time tell me what you did yourself, not what the team did.",
        _words(
            r"\b(we|team|own|ownership|yourself|myself|mine|yours|(your|my|which) (part|role)"
            r"|(what|which) (i|you) (did|do|personally)|credit|contribution|individual\w*)\b"
        ),
        ("we_not_i",),
        ("ownership",),
    ),
    Doubt(
        "brief",
        "keeping it short",
        "This time keep it to a minute and a half, and lead with the point.",
        _words(r"\b(long|rambl\w*|concise|brief|short|waffl\w*|rushed|wander\w*|meander\w*"
               r"|tangents?|went on)\b"),
        ("too_long",),
    ),
)
BY_KEY = {doubt.key: doubt for doubt in DOUBTS}
ANSWER_AREAS: dict[str, str] = {"results": "how your stories ended, with a number"}
"""Note areas that are about how stories are told, not what they are about ("results": the
commonest round-one note, "wanted more numbers in the stories"): no bank question is tagged
with them, so they steer the angle, the probes and the summary's verdict, not which questions
come. Area -> what it doubts, as `banks lint` lists it."""


def doubt_in(feedback: str, areas: Collection[str] = ()) -> Doubt | None:
    """The doubt `feedback` names: knowing the company wins (that is what a second round
    checks); otherwise the complaint written first ("rambled ... the point came at the end" is
    about length, not the end). When the words name none, the first doubt one of `areas` names
    (lower case); None when neither does."""
    named = doubts_in(feedback)
    if named:
        return named[0]
    return next((d for d in DOUBTS if set(d.areas) & set(areas)), None)


def doubts_in(feedback: str) -> tuple[Doubt, ...]:
    """Every doubt `feedback`'s words name, the one `doubt_in` gives first, then the others in
    the order written: "Never said how it ended, and no numbers." doubts how it ended and the
    numbers, and an answer that tells the end with no figure settles only the first (breaker16
    D17: the summary called the doubt met while the card said "the result has no number")."""
    found = sorted(
        (match.start(), -match.end(), index)
        for index, doubt in enumerate(DOUBTS[1:], 1)
        if (match := doubt.words.search(feedback))
    )
    named: list[Doubt] = []
    reach = -1
    for start, end, index in found:
        # Words inside another doubt's words are that doubt's: "the result first" asks for the
        # order, not for how it ended.
        if start < reach:
            continue
        named.append(DOUBTS[index])
        reach = max(reach, -end)
    if COMPANY.words.search(feedback):
        named.insert(0, COMPANY)
    return tuple(named)


@dataclass(frozen=True)
class Settled:
    """Whether an answer settles a round-one doubt, and the words that show it."""

    doubt: Doubt
    met: bool
    evidence: str
    """A quote of the answer that shows it ("I called their operations head"), or what is
    still missing; "" when there is nothing to quote."""

    @property
    def line(self) -> str:
        """One line for the summary: "met: what you did yourself (“I called ...”)" or "still
        open: numbers (no figure for the result)"."""
        said = f" ({self.evidence})" if self.evidence else ""
        return f"{'met' if self.met else 'still open'}: {self.doubt.about}{said}"


_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
_OWN_ACTION = re.compile(
    r"\bI(?: (?:then|also|just|personally|myself|quickly|first))? (?!(?:was|am|were|had|have|"
    r"think|thought|feel|felt|guess|believe|mean|know|knew|don't|did not|didn't|would|could|"
    r"should|might|will|wanted|hoped|liked|love|like)\b)[a-z]+\b",
    re.IGNORECASE,
)
"""A first-person action: "I called their operations head", "I then wrote a fallback"; not a
state or a view ("I was", "I think", "I would")."""
_ADMISSION = re.compile(
    r"I (?:\w+ )?(?:missed|forgot|failed|lost|overlooked|misread|misjudged|messed|mixed|broke|"
    r"got (?:it|that|this) wrong)\b",
    re.IGNORECASE,
)
"""The miss owned up to ("I missed it by two days"): the story's problem, not proof of what the
speaker did about it."""
_CHECKED = re.compile(
    r"\b(checked|check|compared|compare|verified|validated|tested|reconciled|cross-checked|"
    r"double-checked|matched|audited|spot-checked|sampled)\b",
    re.IGNORECASE,
)
_LESSON = re.compile(
    r"\b(differently|next time|now i|since then|i learn\w*|i learnt|lessons?|taught me|"
    r"i would (?:now|have)|these days i|from then on)\b",
    re.IGNORECASE,
)


def doubt_settled(
    doubt: Doubt,
    text: str,
    *,
    flaws: Collection[str],
    told: Collection[str] = (),
    figures: Sequence[str] = (),
    company_facts: Sequence[str] = (),
    result_text: str = "",
    action_text: str | None = None,
    owned: bool | None = None,
    result_first: bool | None = None,
) -> Settled:
    """Whether an answer settles `doubt`. `text`: the answer; `flaws`: the analysis's flaw codes;
    `told`: the STAR labels present (with what its follow-ups gave); `figures`: the measured
    figures the analysis found; `company_facts`: the profile's facts it used (or the values it
    connected to); `result_text`: its Result's words; `action_text`: its Action's words, where
    the proof of the speaker's own part is quoted from (else the whole answer); `owned`: whether
    the answer's ownership score found an action told as the speaker's own (None when not
    known: then an "I ..." action in the words decides). One judgement of ownership for one
    answer: the verdict never contradicts the turn's score (breaker14 B9). `result_first`:
    whether the analysis heard the answer open with its outcome (its order): the headline first
    is met by that alone, as the card's "You opened with the result" says."""
    sentences = [s.strip() for s in _SENTENCES.split(text) if s.strip()]
    if doubt.key == "headline":
        opening = _quotes(sentences[:1])
        if result_first:
            return Settled(doubt, True, opening)
        return Settled(doubt, False, f"opened on {opening}" if opening else "not told")
    if doubt.key == "ownership":
        told_in = sentences if action_text is None else [
            s.strip() for s in _SENTENCES.split(action_text) if s.strip()]
        actions = [_clause(s[m.start():]) for s in told_in for m in _OWN_ACTION.finditer(s)
                   if not _ADMISSION.match(s[m.start():])]
        if "we_not_i" in flaws:
            return Settled(doubt, False, "still mostly what the team did")
        if owned is False or (owned is None and not actions):
            return Settled(doubt, False, "no action told as your own")
        return Settled(doubt, True, _quotes(actions or [
            _clause(_PART_LABEL.sub("", s)) for s in told_in]))
    if doubt.key == "result":
        if "R" in told and "no_result" not in flaws:
            return Settled(doubt, True, _quotes([result_text]) if result_text else "")
        return Settled(doubt, False, "no outcome told")
    if doubt.key == "numbers":
        if figures and "no_metrics" not in flaws:
            return Settled(doubt, True, _quotes(figures))
        return Settled(doubt, False, "no figure for what changed")
    if doubt.key == "specifics":
        return Settled(doubt, "vague" not in flaws, "" if "vague" not in flaws else
                       "still general, no particular occasion")
    if doubt.key == "brief":
        return Settled(doubt, "too_long" not in flaws, "" if "too_long" not in flaws else
                       "still long")
    if doubt.key == "company":
        if company_facts:
            return Settled(doubt, True, ", ".join(company_facts[:2]))
        return Settled(doubt, False, "nothing specific to them")
    pattern = _CHECKED if doubt.key == "checked" else _LESSON
    shown = [s for s in sentences if pattern.search(s)]
    return Settled(doubt, bool(shown), _quotes(shown) if shown else "not told")


_PART_LABEL = re.compile(r"^\s*(a|actions?)\s*:\s*", re.IGNORECASE)
"""A notes line's own label ("A: mapped every miss"), left out of a quote."""
_CLAUSE_END = re.compile(r"[,;:.!?]| and | but | so | because | which ")


def _clause(text: str) -> str:
    """`text` up to the end of its first clause ("I called their operations head the same
    afternoon, gave her ..." -> "I called their operations head the same afternoon")."""
    end = _CLAUSE_END.search(text, 2)
    return text[: end.start()] if end else text


def _quotes(found: Iterable[str], most: int = 2, words: int = 8) -> str:
    """The first `most` of `found`, each cut to `words` words, in quotes."""
    cut = []
    for item in list(found)[:most]:
        said = item.split()
        cut.append(" ".join(said[:words]).rstrip(",.;") + ("…" if len(said) > words else ""))
    return ", ".join(f"\u201c{item}\u201d" for item in cut)
