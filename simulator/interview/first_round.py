"""Notes from a first-round interview: what was asked and what the interviewers said.

A second round usually presses on what the first round left doubtful. Writing those notes down
lets the plan favour the same areas (without repeating the same questions) and lets the persona
follow up harder there, which is the rehearsal that matters most.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator import limits
from simulator.datafiles import FieldReader, SourceText, parse_file
from simulator.errors import DataFileError
from simulator.interview.banks import QuestionBank


@dataclass(frozen=True)
class AskedBefore:
    question: str
    """A question id ("behavioral/conflict-peer") or the wording as remembered."""
    feedback: str
    weak: bool
    """The interviewer was not convinced by the answer."""
    competencies: tuple[str, ...]


@dataclass(frozen=True)
class FeedbackNote:
    note: str
    competencies: tuple[str, ...]


@dataclass(frozen=True)
class FirstRoundNotes:
    asked: tuple[AskedBefore, ...] = ()
    feedback: tuple[FeedbackNote, ...] = ()
    source: Path | None = None

    def asked_question_ids(self, banks: dict[str, QuestionBank]) -> set[str]:
        """Qualified ids of the bank questions already asked (by id, or by identical wording)."""
        by_text = {_normalise(q.text): q.id for bank in banks.values() for q in bank.questions}
        ids = {q.id for bank in banks.values() for q in bank.questions}
        found: set[str] = set()
        for asked in self.asked:
            if asked.question in ids:
                found.add(asked.question)
            elif _normalise(asked.question) in by_text:
                found.add(by_text[_normalise(asked.question)])
        return found

    def weak_competencies(self, banks: dict[str, QuestionBank]) -> set[str]:
        """Competencies the first round doubted: named in feedback, or tagged on a question
        whose answer was weak or drew critical feedback."""
        weak = {c for note in self.feedback for c in note.competencies}
        questions = {q.id: q for bank in banks.values() for q in bank.questions}
        for asked in self.asked:
            if not (asked.weak or asked.feedback):
                continue
            weak.update(asked.competencies)
            if asked.question in questions:
                weak.update(questions[asked.question].competencies)
        return weak


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("?", " ").replace(".", " ").split())


def parse_first_round(source: SourceText) -> FirstRoundNotes:
    top = FieldReader(source, source.data)
    asked: list[AskedBefore] = []
    for reader in top.table_readers("asked"):
        asked.append(
            AskedBefore(
                question=reader.text("question"),
                feedback=reader.text("feedback", required=False),
                weak=reader.boolean("weak", False),
                competencies=tuple(
                    c.lower() for c in reader.texts("competencies", max_chars=limits.LABEL_CHARS)
                ),
            )
        )
        reader.finish()
    notes: list[FeedbackNote] = []
    for reader in top.table_readers("feedback"):
        notes.append(
            FeedbackNote(
                note=reader.text("note"),
                competencies=tuple(
                    c.lower()
                    for c in reader.texts(
                        "competencies", required=True, min_items=1, max_chars=limits.LABEL_CHARS
                    )
                ),
            )
        )
        reader.finish()
    top.finish()
    return FirstRoundNotes(asked=tuple(asked), feedback=tuple(notes), source=source.path)


def load_first_round(path: Path) -> FirstRoundNotes:
    """Read first-round notes; the first problem in the file is raised as a DataFileError."""
    notes, errors = parse_file(path, parse_first_round)
    if errors:
        raise errors[0]
    if notes is None:  # parse_file gives an item whenever there are no errors
        raise DataFileError(path, "could not be read as first-round notes")
    return notes
