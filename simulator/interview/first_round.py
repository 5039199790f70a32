"""Notes from a first-round interview: what was asked and what the interviewers said.

A second round usually presses on what the first round left doubtful. Writing those notes down
lets the plan favour the same areas (without repeating the same questions) and lets the persona
follow up harder there, which is the rehearsal that matters most.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from simulator import limits
from simulator.datafiles import FieldReader, Scope, SourceText, parse_file, read_source
from simulator.errors import DataFileError
from simulator.interview.banks import DEFAULT_TARGET_S, AskedBefore, Question, QuestionBank
from simulator.storage.records import RECALL_BANK


@dataclass(frozen=True)
class FeedbackNote:
    note: str
    competencies: tuple[str, ...]


@dataclass(frozen=True)
class FirstRoundNotes:
    asked: tuple[AskedBefore, ...] = ()
    feedback: tuple[FeedbackNote, ...] = ()
    source: Path | None = None
    name: str = ""
    """What the user called these notes ("Harbour Lane round 1, Nov 2026"); "": unnamed."""

    def asked_question_ids(self, banks: dict[str, QuestionBank]) -> set[str]:
        """Qualified ids of the bank questions already asked: by id, or by wording as noted
        (`bank_question_for`: "Tell me about a time you missed a deadline" is
        behavioral/pressure-missed)."""
        questions = [q for bank in banks.values() for q in bank.questions]
        ids = {q.id for q in questions}
        found: set[str] = set()
        for asked in self.asked:
            if asked.question in ids:
                found.add(asked.question)
            elif (same := bank_question_for(asked.question, questions)) is not None:
                found.add(same.id)
        return found

    def weak_competencies(self, banks: dict[str, QuestionBank]) -> set[str]:
        """Competencies the first round doubted: named in feedback, or tagged on a question
        (named by id, or in words a bank question asks: `bank_question_for`) whose answer was
        weak or drew critical feedback."""
        from simulator.analysis.doubts import ANSWER_AREAS, doubt_in

        weak = {c for note in self.feedback for c in note.competencies}
        questions = {q.id: q for bank in banks.values() for q in bank.questions}
        for asked in self.asked:
            if not (asked.weak or asked.feedback):
                continue
            weak.update(asked.competencies)
            same = questions.get(asked.question) or bank_question_for(
                asked.question, questions.values()
            )
            if same is not None:
                weak.update(same.competencies)
            # What the feedback doubted, in the user's words ("Couldn't tell which part was
            # yours": ownership), presses the questions of its areas too, whatever the question
            # was (breaker14 B11: notes in plain words pressed nothing). Not an area of how
            # every story is told ("results"): one answer's missing end is asked again on that
            # question, not pressed on every story.
            if asked.feedback and (doubt := doubt_in(asked.feedback)) is not None:
                weak.update(set(doubt.areas) - set(ANSWER_AREAS))
        known = known_areas(banks)
        # An area said short ("data" for "data-analysis") means the areas it names.
        return {meant for area in weak for meant in areas_meant(area, known) or {area}}

    def to_ask_again(self) -> AskedBefore | None:
        """The round-one question most worth asking again: the first one whose answer was weak,
        else the first that drew feedback; None when no asked question did either."""
        return next((a for a in self.asked if a.weak), None) or next(
            (a for a in self.asked if a.feedback), None
        )


BRIEF_TARGET_S = (45.0, 90.0)
"""The target of a question asked again because round one's answer ran long: what the angle
asks for, so the timing feedback holds the answer to it."""
DEFAULT_ANGLE = "This time come at it from another side, with a different example if you have one."


def angle_for(feedback: str, areas: Collection[str] = ()) -> str:
    """The instruction that turns a round-one question into a new one, chosen from what the
    notes say was weak ("never said how it ended" asks for the end this time; "never said what I
    did myself" for your own part), else from the notes' areas (`ownership`, `results`):
    `simulator.analysis.doubts.doubt_in`. Not knowing the company wins (that is what a second
    round checks); otherwise the complaint written first ("rambled ... the point came at the
    end" asks for brevity, not for the end)."""
    # Imported here, as in ask_again and known_areas: loading banks and plans (the home screen,
    # `banks lint`) needs none of the doubts' patterns (bench/content_load.py).
    from simulator.analysis.doubts import doubt_in

    doubt = doubt_in(feedback, areas)
    return doubt.angle if doubt is not None else DEFAULT_ANGLE


def ask_again(notes: FirstRoundNotes, banks: dict[str, QuestionBank]) -> Question | None:
    """A round-one question put again, differently: the question as the notes remember it,
    then an angle drawn from what was weak about the answer (its feedback, and any feedback
    note on the same competencies). The question keeps its bank's kind, target and follow-ups
    when the notes name a bank question, and carries the note (`Question.asked_before`, with
    the wording resolved) so the summary can put the two answers side by side."""
    from dataclasses import replace

    from simulator.analysis.doubts import COMPANY, doubt_in
    from simulator.analysis.questions import classify_question

    before = notes.to_ask_again()
    if before is None:
        return None
    by_id = {q.id: q for bank in banks.values() for q in bank.questions}
    named = by_id.get(before.question)
    # A question noted in the user's words that a bank asks ("Tell me about a time you missed
    # a deadline") keeps those words, and is that bank question (its id, kind, follow-ups), so
    # compare puts today's answer beside the other answers to it.
    original = named or bank_question_for(before.question, by_id.values())
    wording = named.text if named is not None else before.question.strip()
    competencies = before.competencies or (original.competencies if original else ())
    related = [n for n in notes.feedback if set(n.competencies) & set(competencies)]
    # What was said of this very answer wins over general notes on its areas: "never said what
    # changed because of it" is about the end, even beside a note wanting "concrete results".
    doubt = doubt_in(before.feedback) or doubt_in(
        " ".join(n.note for n in related),
        [*before.competencies, *(c for n in related for c in n.competencies)],
    )
    # Notes are jotted, not typed out ("why us??"): classify the words, not the punctuation.
    words = re.sub(r"[^\w\s']", " ", wording)
    kind = original.kind if original is not None else classify_question(words)
    if doubt is not None and doubt.key == "specifics" and kind in ("company", "motivation"):
        # "Sounded generic" said of a why-us answer doubts what draws them to this company,
        # not that no occasion was told (breaker15 B10: it came back asking for "one particular
        # occasion, with the who, the when and a figure").
        doubt = COMPANY
    angle = doubt.angle if doubt is not None else DEFAULT_ANGLE
    target = original.target_s if original is not None else DEFAULT_TARGET_S[kind]
    if doubt is not None and doubt.key == "brief":
        target = (min(target[0], BRIEF_TARGET_S[0]), min(target[1], BRIEF_TARGET_S[1]))
    quoted, after = _quoted(wording)
    slug = original.short_id if original is not None else "-".join(_WORDS.findall(wording.lower()))
    return Question(
        id=f"{RECALL_BANK}/{slug[:60] or 'question'}",
        text=f"In your first round you were asked \u201c{quoted}\u201d{after} I'd like to come "
        f"back to it. {angle}",
        kind=kind,
        competencies=competencies,
        target_s=target,
        talking_points=(angle,),
        follow_ups=original.follow_ups if original is not None else (),
        bank_id=RECALL_BANK,
        difficulty=3,
        asked_before=replace(
            before,
            question=wording,
            competencies=competencies,
            doubt=doubt.key if doubt is not None else "",
        ),
    )


_WORDS = re.compile(r"[a-z0-9]+")
_ASKS = re.compile(
    r"^(what|why|how|when|where|who|whom|which|whose|do|does|did|is|are|was|were|can|could|"
    r"would|will|should|have|has|had)\b",
    re.IGNORECASE,
)
"""The first word of a question that was noted without its "?" ("why this company")."""


def _quoted(wording: str) -> tuple[str, str]:
    """The round-one question as quoted, and what follows the closing quote: a "?" is added only
    to words that ask ("why this company" -> "why this company?"); a statement ("Tell me about a
    time you disagreed with a colleague") is quoted as noted, and the sentence ends after the
    quote."""
    if wording.endswith(("?", ".", "!")):
        return wording, ""
    if _ASKS.match(wording):
        return f"{wording}?", ""
    return wording, "."


_NOT_CONTENT = frozenset(
    """a about an and any are as at be been can could describe did do does ever example for from
    give had has have how i in is it me of on once one or please some something someone tell
    that the there this through time times to us walk was we were what when where which who
    why with would you your""".split()  # noqa: SIM905
)
"""Words every question has ("tell me about a time you ..."): only the rest say what it asks."""
SAME_QUESTION_SHARE = 0.3
"""The share of a bank question's content words a noted question must have (besides having all
of its own, and at least two): "a time you missed a deadline" has both of "Tell me about a
deadline you missed. What happened, and what did you tell people?"'s four ("deadline",
"missed", "happened", "people") it needs."""


def bank_question_for(wording: str, questions: Iterable[Question]) -> Question | None:
    """The bank question a question noted in the user's own words is: its wording exactly, or
    the one whose content words hold every content word of the note (at least two, by their
    stems, "missed" meets "miss"), the closest of them when several do; None when no bank
    question asks it ("why freight and not hotels??")."""
    from simulator.analysis.company_facts import stem

    def content(text: str) -> set[str]:
        # Two letters say nothing of what is asked ("u" jotted for "you", "at", "it").
        return {
            _SAME_AS.get(w, stem(w)) for w in _WORDS.findall(text.lower())
            if len(w) > 2 and w not in _NOT_CONTENT
        }

    noted = _normalise(wording)
    listed = list(questions)
    exact = next((q for q in listed if _normalise(q.text) == noted), None)
    if exact is not None:
        return exact
    words = content(_AT_WORK.sub(" ", wording))
    if len(words) < 2:
        return None
    best: tuple[tuple[bool, float], Question] | None = None
    for question in listed:
        theirs = content(question.text)
        share = len(words) / len(theirs) if theirs else 0.0
        # A question tagged with its areas first: "a time you made a mistake" is the
        # behavioral bank's mistake story more than a role bank's untagged one.
        rank = (bool(question.competencies), share)
        if words <= theirs and share >= SAME_QUESTION_SHARE and (best is None or rank > best[0]):
            best = (rank, question)
    return best[1] if best is not None else None


_SAME_PEOPLE = (
    ("colleague", "colleagues", "teammate", "teammates", "coworker", "coworkers", "workmate",
     "workmates", "peer", "peers"),
    ("manager", "managers", "boss", "bosses", "supervisor", "supervisors"),
    ("customer", "customers", "client", "clients"),
)
"""Words that name the same people in a question: a note jots the one the user says ("a time
you disagreed with a teammate"), a bank writes another ("...disagreed with a colleague")
(breaker16 D9)."""
_SAME_AS = {word: group[0] for group in _SAME_PEOPLE for word in group}


_AT_WORK = re.compile(r"\b(at|in|from|during) (your |my |the )?(work|job|workplace)\b", re.I)
"""Where every story happens ("a time you made a mistake at work"): no bank question says it,
so it does not tell which one was asked."""


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
                answer=reader.text("answer", required=False),
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
    name = top.text("name", required=False, max_chars=limits.LABEL_CHARS)
    top.finish()
    return FirstRoundNotes(
        asked=tuple(asked), feedback=tuple(notes), source=source.path, name=name
    )


def load_first_round(path: Path) -> FirstRoundNotes:
    """Read first-round notes. Raises DataFileError: the first problem in the file, with
    every problem in its `problems`."""
    notes, errors = parse_file(path, parse_first_round)
    if errors:
        raise DataFileError.first_of(errors)
    if notes is None:  # parse_file gives an item whenever there are no errors
        raise DataFileError(path, "could not be read as first-round notes")
    return notes


def load_checked_first_round(path: Path) -> FirstRoundNotes:
    """load_first_round, then the check `banks lint` makes: every area is one the banks know
    (what `plan`, `practice` and the room use, so a typo is not run silently). Raises the first
    problem as a DataFileError (file:line: field: problem), with every problem of both kinds,
    in the order of their lines, in its `problems`."""
    from simulator.interview.banks import load_banks

    known = known_areas(load_banks().items)
    try:
        notes = load_first_round(path)
    except DataFileError as error:
        problems = list(error.problems)
        with contextlib.suppress(DataFileError):  # not TOML at all: the error says so
            problems += unknown_areas(path, known)
        raise DataFileError.first_of(sorted(problems, key=line_order)) from None
    errors = unknown_areas(path, known)
    if errors:
        raise DataFileError.first_of(errors)
    return notes


def line_order(error: DataFileError) -> int:
    """Where a problem sorts: by its line, a problem with no line (the file as a whole, or
    "N more problem(s)") last."""
    return error.line if error.line is not None else sys.maxsize


def known_areas(banks: Mapping[str, QuestionBank]) -> set[str]:
    """The areas notes can name: every competency a bank question is tagged with, every
    kind of question the banks ask (what the app calls a question: "motivation", "culture"),
    every bank's role (what `plan` can drill, `plan._questions_for`), and the areas about how
    the stories are told (`simulator.analysis.doubts.ANSWER_AREAS`: "results")."""
    from simulator.analysis.doubts import ANSWER_AREAS

    areas = {c for bank in banks.values() for q in bank.questions for c in q.competencies}
    kinds = {q.kind for bank in banks.values() for q in bank.questions}
    roles = {bank.role for bank in banks.values() if bank.role}
    return areas | kinds | roles | set(ANSWER_AREAS)


def areas_meant(area: str, known: Collection[str]) -> set[str]:
    """The known areas `area` names: itself when known, else those it is a whole part of
    ("data" -> "data-analysis"; "customer" -> "customer-focus", "customer-service"); empty when
    it names none."""
    said = area.strip().lower()
    if said in known:
        return {said}
    return {k for k in known if said and said in re.split(r"[-_ ]", k)}


def unknown_areas(path: Path, known: Collection[str]) -> list[DataFileError]:
    """Every `competencies` entry of `[[asked]]` and `[[feedback]]` that is not in `known`, as
    "file:line: asked[0].competencies: unknown area 'x'; known: ...". An area nothing is tagged
    with steers nothing, so the notes would silently not press where round one doubted.
    Raises DataFileError when the file cannot be read."""
    source = read_source(path)
    listed = ", ".join(sorted(known))
    for table in ("asked", "feedback"):
        entries = source.data.get(table)
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            areas = entry.get("competencies") if isinstance(entry, dict) else None
            for area in areas if isinstance(areas, list) else ():
                if isinstance(area, str) and not areas_meant(area, known):
                    source.error(
                        f"unknown area {area.strip()!r}; known: {listed}",
                        f"{table}[{index}].competencies",
                        Scope(table, index),
                    )
    return source.errors
