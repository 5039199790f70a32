"""Question banks as data: what gets asked, what a strong answer covers, and how long it should be.

A bank is one TOML file of [[questions]]. Question ids are written short in the file and carried
qualified as "bank/question", so a question recorded in a session can always be found again even
when two banks use the same short id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from simulator import limits, locations
from simulator.analysis.audience import QuestionKind
from simulator.analysis.questions import DEFAULT_TARGET_S as _DEFAULT_TARGET_S
from simulator.datafiles import Catalog, FieldReader, SourceText, load_catalog
from simulator.errors import UnknownNameError

if TYPE_CHECKING:
    from simulator.interview.company import CompanyProfile

DEFAULT_BANK = "behavioral"

BankKind = Literal["behavioral", "role", "culture", "questions-to-ask", "exercise"]
BANK_KINDS: tuple[str, ...] = get_args(BankKind)

QUESTION_KINDS_BY_BANK: dict[str, tuple[str, ...]] = {
    "behavioral": ("behavioral",),
    "role": ("behavioral", "technical", "situational"),
    "culture": ("culture", "motivation", "about_you", "company", "practical"),
    "questions-to-ask": ("questions_to_ask",),
    "exercise": ("presentation",),
}
"""Which question kinds each bank kind may hold; the first is the default."""

DEFAULT_TARGET_S = _DEFAULT_TARGET_S
"""Seconds a good answer takes when a question does not say
(`simulator.analysis.questions.DEFAULT_TARGET_S`, the one table)."""


@dataclass(frozen=True)
class AskedBefore:
    """A question from a first-round interview, as its notes remember it
    (`simulator.interview.first_round`)."""

    question: str
    """A question id ("behavioral/conflict-peer") or the wording as remembered."""
    feedback: str
    weak: bool
    """The interviewer was not convinced by the answer."""
    competencies: tuple[str, ...]
    answer: str = ""
    """What the candidate remembers answering in round one ("" when not written down)."""
    doubt: str = ""
    """For a question asked again: the key of what round one doubted
    (`simulator.analysis.doubts.Doubt.key`, "ownership"); "" when the notes name nothing."""


@dataclass(frozen=True)
class ExerciseInField:
    """An exercise as it is set in one field of work (`[[questions.in_field]]` in an exercise
    bank): a case for a hospital is about a ward or a clinic, not a launch in a new country."""

    field: str
    """The field's name as a company profile says it (`field = "health"`)."""
    words: tuple[str, ...] = ()
    """Lower-case word beginnings that show the field in a profile without a `field` key (its
    name, the role's title and duties), as a persona's `[[in_field]]` has them."""
    text: str = ""
    """The prompt in this field ("" keeps the question's)."""
    talking_points: tuple[str, ...] = ()
    """What a strong talk covers in this field (empty keeps the question's)."""
    follow_ups: tuple[str, ...] = ()
    """The follow-ups in this field (empty keeps the question's)."""


@dataclass(frozen=True)
class Question:
    id: str
    """Qualified: "bank/question"."""
    text: str
    kind: QuestionKind
    competencies: tuple[str, ...]
    target_s: tuple[float, float]
    talking_points: tuple[str, ...]
    """What a strong answer covers."""
    follow_ups: tuple[str, ...]
    bank_id: str
    difficulty: int = 2
    """1 a warm-up, 2 standard, 3 a second-round stretch."""
    prepare_s: float = 0.0
    """Preparation time before a presentation or case exercise starts."""
    asked_before: AskedBefore | None = None
    """For a round-one question asked again (`first_round.ask_again`): the notes about it."""
    in_fields: tuple[ExerciseInField, ...] = ()
    """How this exercise is set in other fields of work (`in_field_of`)."""

    @property
    def short_id(self) -> str:
        return self.id.split("/", 1)[-1]

    def in_field_of(self, company: CompanyProfile | None) -> Question:
        """This exercise as it is set in `company`'s field of work: the first `in_fields` entry
        the profile shows (`CompanyProfile.in_field`, as for interviewers) gives the prompt,
        talking points and follow-ups, the id stays. Unchanged without a profile or without a
        matching entry."""
        if company is None:
            return self
        entry = next((f for f in self.in_fields if company.in_field(f.field, f.words)), None)
        if entry is None:
            return self
        return replace(
            self,
            text=entry.text or self.text,
            talking_points=entry.talking_points or self.talking_points,
            follow_ups=entry.follow_ups or self.follow_ups,
            in_fields=(),
        )


@dataclass(frozen=True)
class QuestionBank:
    id: str
    title: str
    kind: BankKind
    role: str | None
    questions: tuple[Question, ...]
    source: Path

    def question(self, question_id: str) -> Question:
        """A question of this bank by short or qualified id."""
        for question in self.questions:
            if question_id in (question.id, question.short_id):
                return question
        raise UnknownNameError(
            f"question in bank {self.id!r}", question_id, [q.short_id for q in self.questions]
        )


def parse_bank(source: SourceText) -> QuestionBank:
    top = FieldReader(source, source.data)
    bank_id = top.identifier()
    title = top.label("title")
    kind = top.choice("kind", BANK_KINDS)
    role = top.identifier("role") if kind == "role" else None
    allowed_kinds = QUESTION_KINDS_BY_BANK.get(kind, ())
    questions: list[Question] = []
    seen: set[str] = set()
    for reader in top.table_readers("questions", required=True):
        question = _parse_question(reader, bank_id, kind, allowed_kinds)
        if question.short_id in seen:
            reader.error("id", f"duplicate question id {question.short_id!r}")
        seen.add(question.short_id)
        questions.append(question)
    if source.data.get("questions") == []:
        top.error("questions", "a bank needs at least one [[questions]] entry")
    top.finish()
    return QuestionBank(
        id=bank_id,
        title=title,
        kind=kind,  # type: ignore[arg-type]  # checked by choice() above
        role=role,
        questions=tuple(questions),
        source=source.path,
    )


def _parse_question(
    reader: FieldReader, bank_id: str, bank_kind: str, allowed_kinds: tuple[str, ...]
) -> Question:
    short_id = reader.identifier()
    text = _said_as_written(reader, reader.text("text"))
    if bank_kind == "role":
        # Role banks mix kinds, and the kind decides how an answer is judged: say it every time.
        kind = reader.choice("kind", allowed_kinds)
    else:
        kind = reader.choice("kind", allowed_kinds, default=next(iter(allowed_kinds), ""))
    competencies = reader.texts(
        "competencies",
        required=bank_kind == "behavioral",
        min_items=0,
        max_chars=limits.LABEL_CHARS,
    )
    if bank_kind == "behavioral" and "competencies" in reader.table and not competencies:
        reader.error("competencies", "needs at least 1 competency")
    default_target = DEFAULT_TARGET_S.get(kind, (60.0, 120.0))
    target_s = reader.seconds_range("target_s", default_target)
    talking_points = reader.texts("talking_points")
    follow_ups = reader.texts("follow_ups")
    difficulty = reader.integer("difficulty", 2, minimum=1, maximum=3)
    prepare_s = 0.0
    in_fields: list[ExerciseInField] = []
    if bank_kind == "exercise":
        prepare_s = reader.number("prepare_s", 120.0, minimum=0.0, maximum=1800.0)
        for field_reader in reader.table_readers("in_field"):
            in_fields.append(ExerciseInField(
                field=field_reader.label("field").strip().lower(),
                words=tuple(w.lower() for w in field_reader.texts(
                    "words", max_chars=limits.LABEL_CHARS)),
                text=_said_as_written(field_reader, field_reader.text("text", required=False)),
                talking_points=field_reader.texts("talking_points"),
                follow_ups=field_reader.texts("follow_ups"),
            ))
            field_reader.finish()
    reader.finish()
    return Question(
        id=f"{bank_id}/{short_id}",
        text=text,
        kind=kind,  # type: ignore[arg-type]  # checked by choice() above
        competencies=tuple(c.lower() for c in competencies),
        target_s=target_s,
        talking_points=talking_points,
        follow_ups=follow_ups,
        bank_id=bank_id,
        difficulty=difficulty,
        prepare_s=prepare_s,
        in_fields=tuple(in_fields),
    )


def _said_as_written(reader: FieldReader, text: str) -> str:
    """`text` (a question's `text`), with an error when it holds a placeholder."""
    placeholder = re.search(r"\{[^{}]*\}", text)
    if placeholder:
        # Question text is said as written: a "{name}" would be read out, braces and all.
        reader.error(
            "text",
            f"has {placeholder.group()!r}, but question text takes no placeholders (it is said "
            "as written): write the words",
        )
    return text


def bank_dirs() -> list[Path]:
    return [locations.builtin_data_dir("question_banks"), locations.user_banks_dir()]


def load_banks() -> Catalog[QuestionBank]:
    """Every bank: built-ins, then the user's files (same id replaces the built-in)."""
    return load_catalog("question bank", bank_dirs(), parse_bank, lambda b: b.id)


def get_bank(bank_id: str) -> QuestionBank:
    """One bank by id; broken files are logged, an unknown id lists the choices."""
    catalog = load_banks()
    catalog.report_errors()
    return catalog.get(bank_id)


def find_question(question_id: str, banks: Catalog[QuestionBank] | None = None) -> Question:
    """A question by qualified id ("behavioral/conflict-peer"), or by short id when only one bank
    has it."""
    catalog = banks if banks is not None else load_banks()
    bank_id, _, short = question_id.rpartition("/")
    if bank_id:
        return catalog.get(bank_id).question(short)
    matches = [q for b in catalog.items.values() for q in b.questions if q.short_id == short]
    if len(matches) == 1:
        return matches[0]
    # Listing every question would bury the answer; the bank prefixes show the way to them.
    choices = [q.id for q in matches] or [f"{bank}/<question>" for bank in catalog.items]
    raise UnknownNameError("question", question_id, choices)
