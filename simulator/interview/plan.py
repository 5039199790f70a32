"""What a practice session will ask, decided before it starts.

A plan is a list of turns (who asks, what, and what kind of turn it is) for one of the
second-round modes: a full mock (one persona or a panel taking turns), a drill on one competency
or role, the candidate's own questions, or a presentation / case exercise. Building it up front
keeps the runner simple (it asks turn after turn) and makes a session reproducible from a seed.
Pure: the caller passes personas, banks, past scores, a company profile and first-round notes.
"""

from __future__ import annotations

import random
import re
import statistics
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from simulator.errors import SimulatorError, UnknownNameError
from simulator.interview.banks import Question, QuestionBank
from simulator.interview.company import CompanyProfile
from simulator.interview.first_round import FeedbackNote, FirstRoundNotes
from simulator.interview.personas import Persona, fill
from simulator.storage.records import COMPANY_BANK, RECALL_BANK, same_question

Mode = Literal["full", "drill", "your-questions", "presentation"]
MODES: tuple[str, ...] = ("full", "drill", "your-questions", "presentation")
TurnKind = Literal["question", "your_questions", "presentation"]

FULL_MOCK_MIN = 5
FULL_MOCK_MAX = 8
PANEL_MAX = 3
"""A panel has at most this many interviewers, each a different one (the room's picker offers
the same): a fourth voice, or one person introduced twice, is not an interview."""
WEAK_AREA_WEIGHT = 3.0
"""How much more likely a question is when the first round doubted its competency."""
REPEAT_KIND_DAMPING = 0.5
"""Each question of a kind already planned halves that kind's chance: keeps the mock mixed."""
DIFFICULTY_WEIGHT = {1: 0.5, 2: 1.0, 3: 1.5}
"""After the warm-up, a second round leans to the harder questions without excluding any."""
ROLE_SLOTS = frozenset({1, 3})
"""Turns that ask from the role's own bank when a role is given: a second round always tests
the job itself, and a weighted draw from a pool mostly of general questions might not."""
WEAK_FIRST = 2
"""With first-round notes, this many questions on the doubted areas open the mock."""
# COMPANY_BANK (storage.records): bank_id of the questions a plan writes from a company profile
# (they live in no bank file); the history keys their answers by company too.


@dataclass(frozen=True)
class PlannedTurn:
    persona: Persona
    question: Question
    kind: TurnKind
    spoken_text: str
    """What the persona says: their lead-in and the question, company details filled in."""
    follow_ups: tuple[str, ...] = ()
    """Follow-ups in the order to use them; harder ones first where the first round was weak."""
    pressed: bool = False
    """True when this turn returns to an area the first round doubted."""
    prepare_s: float = 0.0
    slot_s: float = 0.0
    """For a presentation: how long the talk may run."""


@dataclass(frozen=True)
class InterviewPlan:
    mode: Mode
    personas: tuple[Persona, ...]
    introduction: str
    turns: tuple[PlannedTurn, ...]
    closing: str
    second_round: bool = False
    """Round-one notes steer this plan: the introductions say it is the second round."""
    round_one_notes: tuple[FeedbackNote, ...] = ()
    """Round one's general notes (`[[feedback]]`): the session keeps them, so its summary can
    say whether today's answers met each."""
    focus: str = ""
    """For a drill: the competency or role it works on ("conflict", "nursing"); "" otherwise."""
    focus_reason: str = ""
    """Why the drill works on `focus` when no target was named ("your weakest area ..."); ""
    when the target was named."""

    @property
    def focus_line(self) -> str:
        """What a drill works on, in one line ("Drill: conflict, your weakest area by past
        scores"); "" for any other plan."""
        if not self.focus:
            return ""
        return f"Drill: {self.focus}" + (f", {self.focus_reason}" if self.focus_reason else "")

    def introduce(self, persona: Persona, company: CompanyProfile | None) -> str:
        """`persona`'s introduction for this plan: `_introduce`."""
        return _introduce(persona, company, self.mode, self.second_round)


def _introduce(
    persona: Persona, company: CompanyProfile | None, mode: Mode, second_round: bool
) -> str:
    """The opening words: the persona's way of asking ("stories beat theory") only where they
    ask the questions (not when the candidate asks theirs or gives a talk), and "thanks for
    coming back for the second round" only when round-one notes steer the session."""
    asking = mode not in ("your-questions", "presentation")
    return persona.introduce(company, asking=asking, second_round=second_round)


def full_mock(
    personas: Sequence[Persona],
    banks: Mapping[str, QuestionBank],
    *,
    count: int = 6,
    role: str | None = None,
    company: CompanyProfile | None = None,
    first_round: FirstRoundNotes | None = None,
    seed: int | None = None,
) -> InterviewPlan:
    """5-8 mixed questions; with several personas, a panel asking in turn, each picking by its
    own category weights. Draws from the behavioral and culture banks and the role's bank."""
    if not personas:
        raise SimulatorError("a full mock needs at least one persona")
    _check_panel(personas)
    if not FULL_MOCK_MIN <= count <= FULL_MOCK_MAX:
        raise SimulatorError(
            f"a full mock has {FULL_MOCK_MIN} to {FULL_MOCK_MAX} questions, not {count}"
        )
    rng = random.Random(seed)
    pool, role_bank = _full_mock_pool(banks, role)
    if len(pool) < count:
        raise SimulatorError(f"only {len(pool)} questions available for a full mock")
    weak, already_asked = _first_round_areas(first_round, banks)
    pool = [q for q in pool if q.id not in already_asked] or pool

    turns: list[PlannedTurn] = []
    kinds_used: dict[str, int] = {}
    fixed = _fixed_slots(count, personas, company, first_round, banks)
    pool = _not_covered_by_recall(pool, fixed.values(), count - len(fixed))
    weak_pool = [q for q in pool if weak & question_areas(q)]
    weak_slots = min(WEAK_FIRST, len(weak_pool), count - 1)
    for index in range(count):
        persona = personas[index % len(personas)]
        role_questions = [q for q in pool if role is not None and q.bank_id == role_bank]
        weak_pool = [q for q in pool if weak & question_areas(q)]
        if index in fixed:
            question = fixed[index]
        elif index < weak_slots and weak_pool:
            # What round one doubted comes back first, while the panel is fresh.
            question = _pick(persona, weak_pool, kinds_used, weak, rng, first=False)
            pool.remove(question)
        elif index in ROLE_SLOTS and role_questions:
            question = _pick(persona, role_questions, kinds_used, weak, rng, first=False)
            pool.remove(question)
        else:
            question = _pick(persona, pool, kinds_used, weak, rng, first=index == 0)
            pool.remove(question)
        kinds_used[question.kind] = kinds_used.get(question.kind, 0) + 1
        turns.append(_turn(persona, question, company, weak, first=not turns))
    return InterviewPlan(
        mode="full",
        personas=tuple(personas),
        introduction=" ".join(
            _introduce(p, company, "full", first_round is not None) for p in personas
        ),
        turns=tuple(turns),
        closing=personas[0].closing,
        second_round=first_round is not None,
        round_one_notes=first_round.feedback if first_round is not None else (),
    )


def drill(
    target: str,
    persona: Persona,
    banks: Mapping[str, QuestionBank],
    *,
    scores: Mapping[str, float] | None = None,
    count: int | None = None,
    company: CompanyProfile | None = None,
    first_round: FirstRoundNotes | None = None,
) -> InterviewPlan:
    """Questions on one competency ("conflict") or one role ("nursing" or "role-nursing"),
    weakest first by the caller's past scores (question id -> score, higher is better).

    Questions never scored sit at the median of the scored ones: new material comes after
    the clearly weak answers but before the ones already done well."""
    questions = drill_questions(target, banks)
    scores = scores or {}
    known = [scores[q.id] for q in questions if q.id in scores]
    middle = statistics.median(known) if known else 0.0
    order = {q.id: position for position, q in enumerate(questions)}
    questions.sort(key=lambda q: (scores.get(q.id, middle), q.id not in scores, order[q.id]))
    if count is not None:
        questions = questions[: max(1, count)]
    weak, _ = _first_round_areas(first_round, banks)
    return InterviewPlan(
        mode="drill",
        personas=(persona,),
        introduction=_introduce(persona, company, "drill", first_round is not None),
        turns=tuple(
            _turn(persona, q, company, weak, first=i == 0) for i, q in enumerate(questions)
        ),
        closing=persona.closing,
        second_round=first_round is not None,
        round_one_notes=first_round.feedback if first_round is not None else (),
        focus=target,
    )


def weakest_target(bank: QuestionBank, scores: Mapping[str, float]) -> str:
    """What a drill from `bank` should work on: its role for a role bank, otherwise the
    competency whose past answers scored lowest (never-answered competencies count as weakest,
    so a first drill covers new ground; ties go to the bank's order)."""
    if bank.kind == "role" and bank.role:
        return bank.role
    by_competency: dict[str, list[float]] = {}
    for question in bank.questions:
        for competency in question.competencies:
            found = by_competency.setdefault(competency, [])
            if question.id in scores:
                found.append(scores[question.id])
    if not by_competency:
        raise UnknownNameError("competency in bank", bank.id, [])
    order = list(by_competency)

    def weakness(competency: str) -> tuple[float, int]:
        found = by_competency[competency]
        return (statistics.mean(found) if found else -1.0, order.index(competency))

    return min(order, key=weakness)


def drill_questions(target: str, banks: Mapping[str, QuestionBank]) -> list[Question]:
    """Every question a drill on `target` covers, in bank order."""
    for bank in banks.values():
        if bank.kind == "role" and target in (bank.role, bank.id):
            return list(bank.questions)
    matching = [
        q
        for bank in banks.values()
        if bank.kind in ("behavioral", "role")
        for q in bank.questions
        if target in q.competencies
    ]
    if matching:
        return matching
    choices = {c for bank in banks.values() for q in bank.questions for c in q.competencies}
    choices |= {bank.role for bank in banks.values() if bank.role}
    raise UnknownNameError("competency or role", target, sorted(choices))


def your_questions(
    persona: Persona,
    banks: Mapping[str, QuestionBank],
    *,
    invitation_id: str | None = None,
    company: CompanyProfile | None = None,
) -> InterviewPlan:
    """The persona opens the floor; the candidate asks, the analysis judges the depth and the
    persona answers in character (simulator.analysis.candidate_questions)."""
    bank = _bank_of_kind(banks, "questions-to-ask")
    question = bank.question(invitation_id) if invitation_id else bank.questions[0]
    spoken = fill(persona.invitation, company) if invitation_id is None else question.text
    turn = PlannedTurn(
        persona=persona,
        question=question,
        kind="your_questions",
        spoken_text=spoken,
        follow_ups=question.follow_ups,
    )
    return InterviewPlan(
        mode="your-questions",
        personas=(persona,),
        introduction=_introduce(persona, company, "your-questions", False),
        turns=(turn,),
        closing=persona.closing,
    )


def presentation(
    persona: Persona,
    banks: Mapping[str, QuestionBank],
    *,
    exercise_id: str | None = None,
    bank_id: str | None = None,
    company: CompanyProfile | None = None,
    seed: int | None = None,
) -> InterviewPlan:
    """A prompt, then `prepare_s` of preparation, then a talk of up to `slot_s`: the exercise
    `exercise_id` (see `find_exercise`), else one drawn by `seed` from the exercise bank
    `bank_id`, else from every exercise bank (the built-in one and the user's own); set in
    `company`'s field of work where the exercise has an entry for it (`Question.in_field_of`:
    a hospital's case is about a ward, not a launch in a new country)."""
    if exercise_id:
        question = find_exercise(exercise_id, banks)
    else:
        pool = [q for bank in exercise_banks(banks, bank_id) for q in bank.questions]
        question = random.Random(seed).choice(pool)
    return InterviewPlan(
        mode="presentation",
        personas=(persona,),
        introduction=_introduce(persona, company, "presentation", False),
        turns=(_talk_turn(persona, question.in_field_of(company)),),
        closing=persona.closing,
    )


def exercise_banks(
    banks: Mapping[str, QuestionBank], bank_id: str | None = None
) -> list[QuestionBank]:
    """The exercise banks with questions (only `bank_id` when given), in catalogue order.
    Raises UnknownNameError naming the exercise banks when there is none (or `bank_id` is
    not one of them)."""
    found = [b for b in banks.values() if b.kind == "exercise" and b.questions]
    chosen = [b for b in found if bank_id is None or b.id == bank_id]
    if not chosen:
        what = "exercise bank" if bank_id else "question bank of kind"
        raise UnknownNameError(what, bank_id or "exercise", [b.id for b in found])
    return chosen


def find_exercise(exercise_id: str, banks: Mapping[str, QuestionBank]) -> Question:
    """An exercise by qualified id ("hl-exercise/stockouts") or by short id ("stockouts") from
    any exercise bank, the built-in one or the user's own. Raises UnknownNameError listing the
    exercises (qualified where two banks share a short id)."""
    bank_id, _, short = exercise_id.strip().rpartition("/")
    every = [q for bank in exercise_banks(banks) for q in bank.questions]
    matches = [q for q in every if q.short_id == short and (not bank_id or q.bank_id == bank_id)]
    if len(matches) == 1:
        return matches[0]
    shared = {q.short_id for q in every if sum(o.short_id == q.short_id for o in every) > 1}
    choices = [q.id if q.short_id in shared or bank_id else q.short_id for q in every]
    if matches:  # two banks share the short id: the qualified ids say which
        choices = [q.id for q in matches]
    raise UnknownNameError("exercise", exercise_id, choices)


def _talk_turn(persona: Persona, question: Question) -> PlannedTurn:
    """A presentation or case exercise as a turn: its prompt, its own preparation time, and
    its slot (the top of its target)."""
    return PlannedTurn(
        persona=persona,
        question=question,
        kind="presentation",
        spoken_text=question.text,
        follow_ups=question.follow_ups,
        prepare_s=question.prepare_s,
        slot_s=question.target_s[1],
    )


RECALL_SLOT = 1
"""With round-one notes, the round-one question asked again comes second: right after the first
weak area, while it is still fresh which answer did not convince."""
KNOWLEDGE_SLOT = 2
"""With a profile, "what do you know about us" comes third, after the warm-up or weak areas."""


def _fixed_slots(
    count: int,
    personas: Sequence[Persona],
    company: CompanyProfile | None,
    first_round: FirstRoundNotes | None,
    banks: Mapping[str, QuestionBank],
) -> dict[int, Question]:
    """Turns a full mock asks from the notes and the profile rather than the banks, by index:
    the round-one question again (RECALL_SLOT), "what do you know about us" (KNOWLEDGE_SLOT),
    a value story (second to last) and, when there are at least six questions, the news and
    competitors (third to last). Each is worded for the persona who will ask it."""
    from simulator.interview.first_round import ask_again

    fixed: dict[int, Question] = {}
    if first_round is not None:
        again = ask_again(first_round, dict(banks))
        if again is not None:
            fixed[RECALL_SLOT] = again
    if company is None:
        return fixed

    def asker(index: int) -> Persona:
        return personas[index % len(personas)]

    wanted = [
        (KNOWLEDGE_SLOT, company_knowledge_question(company, asker(KNOWLEDGE_SLOT))),
        (count - 2, company_value_question(company, count - 2) if company.values else None),
        (count - 3, company_market_question(company, asker(count - 3))),
    ]
    for index, question in wanted:
        if question is not None and index not in fixed and 0 < index < count:
            fixed[index] = question
    return fixed


_KNOWLEDGE_WORDINGS = (
    "What do you know about {company} so far? What we do, what has changed here lately, and "
    "who we are up against.",
    "Tell me what you found out about {company} before today: what we do, what has been in "
    "the news, and who you see as our competitors.",
    "Before we go on: what do you know about us at {company}? Anything in the news that "
    "caught your eye, and how do we compare with our competitors?",
)
_MARKET_WORDINGS = {
    "both": (
        "You will have seen that {news}. How does that change things for us against "
        "{competitors}?",
        "Something in the news: {news}. If you were in my seat, what would you do about "
        "{competitors} now?",
    ),
    "news": (
        "You will have seen that {news}. What do you make of it, and what would it mean for "
        "this role?",
        "Something in the news: {news}. Where do you think that leaves us?",
    ),
    "competitors": (
        "How do you see {company} against {competitors}? Where do we win, and where do they?",
        "Say a customer is choosing between us and {competitors}. What should make them "
        "pick {company}?",
    ),
}
KNOWLEDGE_PREFIX = f"{COMPANY_BANK}/know-"
"""Ids of the questions whose answers are checked against the profile's facts."""


def question_areas(question: Question) -> set[str]:
    """The areas round-one notes can press `question` on: its competencies and its kind (a
    doubt on "motivation" presses the why-this-role questions, which carry no competency)."""
    return {*question.competencies, question.kind}


def company_knowledge_question(company: CompanyProfile, persona: Persona) -> Question:
    """ "What do you know about us", in one of a few wordings chosen by the persona asking (so
    each interviewer asks it their own way, and the same one always the same way)."""
    wording = _KNOWLEDGE_WORDINGS[zlib.crc32(persona.id.encode()) % len(_KNOWLEDGE_WORDINGS)]
    return Question(
        id=f"{KNOWLEDGE_PREFIX}us",
        text=wording.format(company=company.name),
        kind="company",
        competencies=("motivation",),
        target_s=(45.0, 90.0),
        talking_points=(
            "What the company does, in your own words",
            "Something recent: news, a launch, a change",
            "Who it competes with and what sets it apart",
        ),
        follow_ups=("What would you change about what we do, if you could?",),
        bank_id=COMPANY_BANK,
        difficulty=1,
    )


def company_market_question(company: CompanyProfile, persona: Persona) -> Question | None:
    """A question on the profile's news and competitors (None when it lists neither), worded
    for `persona`; its answer is checked against the profile's facts too."""
    rivals = " and ".join(company.competitors[:2])
    news = company.placeholders().get("news", "")
    which = "both" if news and rivals else "news" if news else "competitors" if rivals else ""
    if not which:
        return None
    wordings = _MARKET_WORDINGS[which]
    wording = wordings[zlib.crc32(persona.id.encode()) % len(wordings)]
    text = wording.format(company=company.name, news=news, competitors=rivals)
    return Question(
        id=f"{KNOWLEDGE_PREFIX}market",
        text=text[0].upper() + text[1:],
        kind="company",
        competencies=("commercial awareness",),
        target_s=(45.0, 90.0),
        talking_points=(
            "Show you know the news and what it means",
            "Name what sets the company apart from its competitors",
            "Link it to what you would do in the role",
        ),
        follow_ups=("What would worry you most about that, in this job?",),
        bank_id=COMPANY_BANK,
    )


def company_value_question(company: CompanyProfile, index: int = 0) -> Question:
    """A question written from the profile: a story that shows one of the company's values."""
    value = company.values[index % len(company.values)]
    slug = "-".join(re.findall(r"[a-z0-9]+", value.name.lower()))[:40] or "value"
    text = (
        f"One of the values at {company.name} is \u201c{value.name}\u201d. "
        "Tell me about a time your own work showed it."
    )
    return Question(
        id=f"{COMPANY_BANK}/value-{slug}",
        text=text,
        kind="behavioral",
        competencies=("culture",),
        target_s=(60.0, 120.0),
        talking_points=(f"A real example of {value.name.lower()}", "What it changed"),
        follow_ups=("Why does that value matter to you personally?",),
        bank_id=COMPANY_BANK,
    )


def company_question(
    question_id: str, company: CompanyProfile, persona: Persona | None = None
) -> Question | None:
    """The question a plan writes from `company`'s profile with id `question_id`
    ("company/know-us", "company/know-market", "company/value-waste-nothing"), worded as
    `persona` (None: the first wording) would ask it; None for any other id."""
    if persona is None:
        from simulator.interview.personas import load_personas

        persona = next(iter(load_personas().items.values()))
    written = [
        company_knowledge_question(company, persona),
        company_market_question(company, persona),
        *(company_value_question(company, index) for index in range(len(company.values))),
    ]
    return next((q for q in written if q is not None and q.id == question_id), None)


def _full_mock_pool(
    banks: Mapping[str, QuestionBank], role: str | None
) -> tuple[list[Question], str | None]:
    """The questions a full mock draws from, and the id of the role's bank (if a role)."""
    pool: list[Question] = []
    role_bank: str | None = None
    for bank in banks.values():
        if bank.kind in ("behavioral", "culture"):
            pool.extend(bank.questions)
        elif role is not None and bank.kind == "role" and role in (bank.role, bank.id):
            pool.extend(bank.questions)
            role_bank = bank.id
    if role is not None and role_bank is None:
        roles = [b.role for b in banks.values() if b.role]
        raise UnknownNameError("role", role, roles)
    return pool, role_bank


def _check_panel(personas: Sequence[Persona]) -> None:
    """Raises SimulatorError when a persona is named twice or there are more than PANEL_MAX."""
    ids = [p.id for p in personas]
    twice = next((i for n, i in enumerate(ids) if i in ids[:n]), None)
    if twice is not None:
        raise SimulatorError(
            f"interviewer {twice!r} is named twice: a panel has {PANEL_MAX} different "
            "interviewers at most",
            hint="name each interviewer once",
        )
    if len(ids) > PANEL_MAX:
        raise SimulatorError(
            f"a panel has {PANEL_MAX} interviewers at most, not {len(ids)}",
            hint="pick two or three",
        )


def role_of(bank: QuestionBank | None) -> str | None:
    """The role a role bank is for ("nursing" for role-nursing), else None."""
    if bank is None or bank.kind != "role":
        return None
    return bank.role or bank.id


def _not_covered_by_recall(
    pool: list[Question], fixed: Iterable[Question], needed: int
) -> list[Question]:
    """`pool` without the questions whose first competency a round-one question asked again
    already covers: with "conflict" asked again, a second conflict story ("Tell me about a time
    you strongly disagreed with a colleague") repeats it. Kept whole when fewer than `needed`
    questions would be left."""
    covered = {c for q in fixed if q.bank_id == RECALL_BANK for c in q.competencies}
    left = [q for q in pool if not (q.competencies and q.competencies[0] in covered)]
    return left if len(left) >= needed else pool


def _first_round_areas(
    notes: FirstRoundNotes | None, banks: Mapping[str, QuestionBank]
) -> tuple[set[str], set[str]]:
    if notes is None:
        return set(), set()
    return notes.weak_competencies(dict(banks)), notes.asked_question_ids(dict(banks))


def _pick(
    persona: Persona,
    pool: list[Question],
    kinds_used: Mapping[str, int],
    weak: set[str],
    rng: random.Random,
    *,
    first: bool,
) -> Question:
    if first:
        # Real interviews open gently: a warm-up when there is one this persona would ask.
        warm = [q for q in pool if q.difficulty == 1 and persona.category_weights.get(q.kind, 1)]
        if warm:
            return rng.choice(warm)
    weights = []
    for question in pool:
        weight = persona.category_weights.get(question.kind, 1.0)
        weight *= REPEAT_KIND_DAMPING ** kinds_used.get(question.kind, 0)
        if weak & question_areas(question):
            weight *= WEAK_AREA_WEIGHT
        weight *= DIFFICULTY_WEIGHT[question.difficulty]
        weights.append(weight)
    if not any(weights):
        return rng.choice(pool)
    return rng.choices(pool, weights=weights, k=1)[0]


def _turn(
    persona: Persona,
    question: Question,
    company: CompanyProfile | None,
    weak: set[str],
    *,
    first: bool = False,
) -> PlannedTurn:
    """One planned question. The first of a session comes straight after the introduction, so
    it is asked plainly: a lead-in such as "Good, thanks. Next one." only fits after an answer."""
    from simulator.analysis.doubts import ANSWER_AREAS, BY_KEY, DOUBTS

    pressed = bool(weak & question_areas(question))
    follow_ups = question.follow_ups
    if pressed:
        # Harder probes that fit the kind: a story's ("who disagreed with you?") for a story,
        # reasons tied to the company for why us / why this role.
        follow_ups = persona.harder_probes_for(question.kind) + follow_ups
    # What round one doubted is pressed first: on the question asked again, its own doubt ("You
    # said 'we' a lot. Which part was yours?"); on every story, a doubt about how the stories
    # were told ("results": "And how did it turn out?").
    doubts = [BY_KEY[question.asked_before.doubt]] if (
        question.asked_before is not None and question.asked_before.doubt in BY_KEY
    ) else []
    if question.kind == "behavioral":
        told = weak & set(ANSWER_AREAS)
        doubts += [d for d in DOUBTS if told & set(d.areas) and d not in doubts]
        pressed = pressed or bool(told)
    by_code = persona.probes_for(question.kind)
    own = [probe for d in doubts for code in d.probe_codes for probe in by_code.get(code, ())[:1]]
    follow_ups = tuple(dict.fromkeys([*own, *follow_ups]))
    spoken = question.text if first else persona.rephrase(question, company)
    return PlannedTurn(
        persona=persona,
        question=question,
        kind="question",
        spoken_text=spoken,
        follow_ups=follow_ups,
        pressed=pressed,
    )


def _bank_of_kind(banks: Mapping[str, QuestionBank], kind: str) -> QuestionBank:
    for bank in banks.values():
        if bank.kind == kind and bank.questions:
            return bank
    raise UnknownNameError("question bank of kind", kind, [b.kind for b in banks.values()])


def build(
    mode: str,
    personas: Sequence[Persona],
    banks: Mapping[str, QuestionBank],
    *,
    bank_id: str | None = None,
    count: int | None = None,
    role: str | None = None,
    target: str | None = None,
    exercise_id: str | None = None,
    scores: Mapping[str, float] | None = None,
    company: CompanyProfile | None = None,
    first_round: FirstRoundNotes | None = None,
    seed: int | None = None,
) -> InterviewPlan:
    """The plan for `mode` (one of MODES, or "practice": the chosen bank in order): what `plan`
    prints, the room runs and `practice --no-tui --mode` runs, from the same choices.

    `bank_id` is the question bank chosen (the room's "Question bank", `--bank`): a role bank
    adds its questions to a full mock as `role` does (`role` wins when both are given), a drill
    with no `target` works on its weakest area (without a bank: the behavioral bank's, by
    `scores`), a presentation draws from it when it is an exercise bank, and "practice" asks it
    in order. Several `personas` are a panel taking turns (a full mock). Raises SimulatorError /
    UnknownNameError on a bad choice (a count below 1, a persona named twice, an unknown bank)."""
    if not personas:
        raise SimulatorError("a session needs at least one persona")
    # Each interviewer as they are in the profile's field of work (title, introduction, what
    # they listen for): `Persona.in_field_of`.
    personas = [persona.in_field_of(company) for persona in personas]
    if count is not None and count < 1:
        raise SimulatorError(f"the number of questions must be 1 or more, not {count}")
    bank = None
    if bank_id is not None:
        if bank_id not in banks:
            raise UnknownNameError("question bank", bank_id, list(banks))
        bank = banks[bank_id]
    if mode == "practice":
        if bank is None:
            raise SimulatorError("practising a bank in order needs the bank")
        return in_order(
            personas[0], bank, count or 1, company=company, first_round=first_round, banks=banks
        )
    if mode == "full":
        return full_mock(
            personas,
            banks,
            count=6 if count is None else count,
            role=role or role_of(bank),
            company=company,
            first_round=first_round,
            seed=seed,
        )
    if mode == "drill":
        reason = ""
        if target is None:
            drilled = bank if bank is not None else _bank_of_kind(banks, "behavioral")
            target = weakest_target(drilled, scores or {})
            reason = (
                f"the role of {drilled.id}" if target == drilled.role
                else f"your weakest area in {drilled.id} by past scores (one never practised "
                "counts as weakest)"
            )
        built = drill(
            target,
            personas[0],
            banks,
            scores=scores,
            count=count,
            company=company,
            first_round=first_round,
        )
        return replace(built, focus_reason=reason)
    if mode == "your-questions":
        return your_questions(personas[0], banks, company=company)
    if mode == "presentation":
        # The chosen bank's own talks when it is an exercise bank (the user's, with its own
        # preparation time), else one from every exercise bank.
        chosen = bank.id if bank is not None and bank.kind == "exercise" else None
        return presentation(
            personas[0], banks, exercise_id=exercise_id, bank_id=chosen, company=company,
            seed=seed,
        )
    raise UnknownNameError("mode", mode, list(MODES))


def in_order(
    persona: Persona,
    bank: QuestionBank,
    count: int,
    *,
    company: CompanyProfile | None = None,
    first_round: FirstRoundNotes | None = None,
    banks: Mapping[str, QuestionBank] | None = None,
) -> InterviewPlan:
    """The first `count` questions of one bank, in its order, with the persona's introduction,
    lead-ins and close: practising a bank from the top. With first-round notes, the questions
    on a doubted area move to the front (keeping their order) and are pressed harder."""
    every = dict(banks or {bank.id: bank})
    weak, _ = _first_round_areas(first_round, every)
    questions = [*_not_asked_again(bank.questions, first_round, every)][: max(1, count)]
    questions.sort(key=lambda q: not weak & question_areas(q))
    if bank.kind == "exercise":
        # An exercise bank in order is a run of talks, each with its own preparation time.
        return InterviewPlan(
            mode="presentation",
            personas=(persona,),
            introduction=_introduce(persona, company, "presentation", False),
            turns=tuple(_talk_turn(persona, q.in_field_of(company)) for q in questions),
            closing=persona.closing,
        )
    return InterviewPlan(
        mode="drill",
        personas=(persona,),
        introduction=_introduce(persona, company, "drill", first_round is not None),
        turns=tuple(
            _turn(persona, q, company, weak, first=i == 0) for i, q in enumerate(questions)
        ),
        closing=persona.closing,
        second_round=first_round is not None,
        round_one_notes=first_round.feedback if first_round is not None else (),
    )


def _not_asked_again(
    questions: Sequence[Question],
    first_round: FirstRoundNotes | None,
    banks: Mapping[str, QuestionBank],
) -> Iterator[Question]:
    """A bank's questions, in order, as a second round asks them: a question round one asked
    is not asked word for word again. The one the notes doubt comes in its place asked from
    the angle round one left open (`first_round.ask_again`); the others are left out, so the
    next questions of the bank take their places."""
    if first_round is None:
        yield from questions
        return
    from simulator.interview.first_round import ask_again

    asked = first_round.asked_question_ids(dict(banks))
    again = ask_again(first_round, dict(banks))
    for question in questions:
        if again is not None and same_question(again.id, question.id):
            yield again
        elif question.id not in asked:
            yield question


def single(
    persona: Persona, question: Question, company: CompanyProfile | None = None
) -> InterviewPlan:
    """One question and nothing around it (no introduction, no close): a quick practice. An
    exercise is asked as a talk, with its preparation time and slot."""
    if question.kind == "presentation":
        return InterviewPlan(
            mode="presentation", personas=(persona,), introduction="",
            turns=(_talk_turn(persona, question.in_field_of(company)),), closing="",
        )
    turn = PlannedTurn(
        persona=persona,
        question=question,
        kind="question",
        spoken_text=question.text,
        follow_ups=question.follow_ups,
    )
    return InterviewPlan(
        mode="drill", personas=(persona,), introduction="", turns=(turn,), closing=""
    )
