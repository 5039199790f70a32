"""What a session folder's `session.json` holds, as plain frozen dataclasses.

The JSON file is the truth (the SQLite index is only a cache of it), so reading one is strict: a
field of the wrong type gives a SessionFormatError that names the field, never a half-built
record. Files written by older versions are upgraded on read, one schema step at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast

from simulator.errors import StorageError, UnknownNameError
from simulator.speech.stt import Transcript

SCHEMA_VERSION = 2
"""The version written by this code. See docs/session-format.md for what each version changed."""

AnswerMode = Literal["voice", "typed"]
SessionStatus = Literal["in_progress", "finished", "interrupted", "damaged"]
ANSWER_MODES: tuple[AnswerMode, ...] = ("voice", "typed")
STATUSES: tuple[SessionStatus, ...] = ("in_progress", "finished", "interrupted", "damaged")

RECALL_BANK = "round-one"
"""The bank part of the id of a round-one question asked again ("round-one/conflict-peer", from
`simulator.interview.first_round.ask_again`): it lives in no bank file, and when the notes named
a bank question its id ends as that question's does (`same_question`)."""


COMPANY_BANK = "company"
"""The bank part of the id of a question written from a company profile ("company/know-us",
"company/value-compassion", `simulator.interview.plan`): the same id asks about each company."""


def question_key(question_id: str | None, company: str) -> str | None:
    """What the history groups answers by: the question's id, and for a question written from
    a company profile the id with the company ("company/know-us@Northwind Parcel"), so what
    was said about one company is never merged with, or ranked as, another's. None for a
    question with no id."""
    if question_id and company and question_id.partition("/")[0] == COMPANY_BANK:
        return f"{question_id}@{company}"
    return question_id


def same_question(asked: str, stored: str) -> bool:
    """Whether an answer stored under question id `stored` answers the question `asked`: the same
    id, or one of them a round-one question asked again and the other the bank question it came
    from ("round-one/conflict-peer" and "behavioral/conflict-peer"). Compare lists both."""
    if asked == stored:
        return True
    bank_a, _, short_a = asked.partition("/")
    bank_b, _, short_b = stored.partition("/")
    return bool(short_a) and short_a == short_b and RECALL_BANK in (bank_a, bank_b)


class SessionFormatError(StorageError):
    """A session.json that is not a session this version can read."""


@dataclass(frozen=True)
class TurnRecord:
    """One question and its answer. Audio names are file names inside the session folder."""

    number: int
    persona_id: str
    question_id: str | None
    question_text: str
    question_kind: str
    question_audio: str | None
    answer_audio: str | None
    answer_mode: AnswerMode
    transcript: dict[str, Any]
    """Transcript.to_dict() of the answer; kept as data so old files never need the class."""
    analysis: dict[str, Any] | None
    """AnswerAnalysis.to_dict() at the time of the answer (reanalyze replaces it)."""
    started: str
    ended: str | None
    ended_by: str | None
    """Why the answer ended: the recorder's reason (silence, stop, max_length, device_lost),
    source_end for an answer read from a file, typed, interrupt for Ctrl-C or quitting
    mid-answer, skipped, or crash for a recovered answer."""
    interrupted: bool = False
    """The answer was cut short: Ctrl-C or quitting mid-answer (what was said is kept and
    transcribed), or the program died (audio recovered, transcript empty until reanalysed)."""
    retake_of: int | None = None
    follow_up_of: int | None = None
    lead_in: str = ""
    """What the interviewer said before the question (a persona's transition line), kept apart
    from `question_text` so lists, comparisons and exports show the question alone."""
    skipped: bool = False
    """The user skipped the question while answering: the audio so far is kept, not analysed."""
    analysis_problem: str | None = None
    """Why the stored analysis could not be read ("session.turns[0].analysis.score: expected a
    number or null"), None when it was. The analysis is derived from the transcript, so a bad
    one is dropped (`analysis` None) rather than making the whole session unreadable:
    `reanalyze` rebuilds it, and the answers stay exportable. Not written back."""

    @property
    def empty(self) -> bool:
        """Nothing was said or typed (the transcript has no text), or nothing but fillers ("um...
        uh", `fillers.only_fillers`): no word to judge either way. Written to session.json for
        other readers; always derived from the transcript when read."""
        text = self.transcript.get("text") if isinstance(self.transcript, dict) else None
        if not (isinstance(text, str) and text.strip()):
            return True
        from simulator.analysis.fillers import only_fillers

        return only_fillers(text)

    @property
    def spoken_text(self) -> str:
        """Everything the interviewer said for this turn, as heard in the question audio."""
        return f"{self.lead_in} {self.question_text}".strip()

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "persona_id": self.persona_id,
            "question_id": self.question_id,
            "question_text": self.question_text,
            "lead_in": self.lead_in,
            "question_kind": self.question_kind,
            "question_audio": self.question_audio,
            "answer_audio": self.answer_audio,
            "answer_mode": self.answer_mode,
            "transcript": self.transcript,
            "analysis": self.analysis,
            "started": self.started,
            "ended": self.ended,
            "ended_by": self.ended_by,
            "interrupted": self.interrupted,
            "skipped": self.skipped,
            "empty": self.empty,
            "retake_of": self.retake_of,
            "follow_up_of": self.follow_up_of,
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "turn") -> TurnRecord:
        fields = _Fields(data, where)
        mode = fields.text("answer_mode")
        if mode not in ANSWER_MODES:
            raise SessionFormatError(f"{where}.answer_mode: expected one of {ANSWER_MODES}")
        try:
            analysis = _checked_analysis(fields.optional_mapping("analysis"), f"{where}.analysis")
            problem = None
        except SessionFormatError as error:  # derived data: dropped, named, rebuilt on demand
            analysis, problem = None, error.message
        return cls(
            number=fields.integer("number"),
            persona_id=fields.text("persona_id"),
            question_id=fields.optional_text("question_id"),
            question_text=fields.text("question_text"),
            question_kind=fields.text("question_kind"),
            question_audio=fields.optional_text("question_audio"),
            answer_audio=fields.optional_text("answer_audio"),
            answer_mode=cast(AnswerMode, mode),
            transcript=_checked_transcript(fields.mapping("transcript"), f"{where}.transcript"),
            analysis=analysis,
            analysis_problem=problem,
            started=fields.text("started"),
            ended=fields.optional_text("ended"),
            ended_by=fields.optional_text("ended_by"),
            interrupted=fields.flag("interrupted", default=False),
            skipped=fields.flag("skipped", default=False),
            retake_of=fields.optional_integer("retake_of"),
            follow_up_of=fields.optional_integer("follow_up_of"),
            lead_in=fields.optional_text("lead_in") or "",
        )

    def answer_transcript(self) -> Transcript:
        return Transcript.from_dict(self.transcript)

    @property
    def score(self) -> float | None:
        """The analysis score (0-100) if the analysis gave one."""
        value = (self.analysis or {}).get("score")
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value)


@dataclass(frozen=True)
class PendingTurn:
    """An answer being recorded right now. Written before recording starts, so that after a crash
    `SessionStore.recover` knows which WAV to repair and what question it answered."""

    number: int
    answer_audio: str
    started: str
    persona_id: str = ""
    question_id: str | None = None
    question_text: str = ""
    question_kind: str = ""
    question_audio: str | None = None
    retake_of: int | None = None
    follow_up_of: int | None = None
    lead_in: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "answer_audio": self.answer_audio,
            "started": self.started,
            "persona_id": self.persona_id,
            "question_id": self.question_id,
            "question_text": self.question_text,
            "lead_in": self.lead_in,
            "question_kind": self.question_kind,
            "question_audio": self.question_audio,
            "retake_of": self.retake_of,
            "follow_up_of": self.follow_up_of,
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "pending") -> PendingTurn:
        fields = _Fields(data, where)
        return cls(
            number=fields.integer("number"),
            answer_audio=fields.text("answer_audio"),
            started=fields.text("started"),
            persona_id=fields.optional_text("persona_id") or "",
            question_id=fields.optional_text("question_id"),
            question_text=fields.optional_text("question_text") or "",
            question_kind=fields.optional_text("question_kind") or "",
            question_audio=fields.optional_text("question_audio"),
            retake_of=fields.optional_integer("retake_of"),
            follow_up_of=fields.optional_integer("follow_up_of"),
            lead_in=fields.optional_text("lead_in") or "",
        )


@dataclass(frozen=True)
class RoundOneNote:
    """One general note from round one ("Senior leader wanted the headline first, answers
    rambled.") and the areas it was filed under ("results")."""

    note: str
    areas: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"note": self.note, "areas": list(self.areas)}

    @classmethod
    def all_from(cls, data: object) -> tuple[RoundOneNote, ...]:
        """The notes stored as `to_dict` wrote them; context, not the user's answers: anything
        unreadable is left out rather than making the session unreadable."""
        found: list[RoundOneNote] = []
        for item in data if isinstance(data, list) else ():
            if isinstance(item, Mapping) and isinstance(item.get("note"), str):
                areas = item.get("areas")
                found.append(cls(item["note"], tuple(
                    a for a in (areas if isinstance(areas, list) else ()) if isinstance(a, str))))
        return tuple(found)


@dataclass(frozen=True)
class SessionRecord:
    id: str
    schema_version: int
    started: str
    ended: str | None
    mode: str
    persona_ids: tuple[str, ...]
    bank_id: str | None
    engine: str
    model: str
    turns: tuple[TurnRecord, ...] = ()
    status: SessionStatus = "in_progress"
    damage: str | None = None
    """Why a damaged session cannot be read; None otherwise."""
    pending: PendingTurn | None = field(default=None)
    company: str = ""
    """The company of the profile practised with ("": none); older files have no such key."""
    company_profile: Mapping[str, Any] | None = None
    """That profile as it was when practised (`CompanyProfile.to_dict()`), so `reanalyze` asks
    what the interview asked; None without a profile and in files written before it."""
    round_one_notes: tuple[RoundOneNote, ...] = ()
    """Round one's general notes (the notes file's `[[feedback]]`) the session was planned
    with, so the summary can say whether today's answers met each ("Senior leader wanted the
    headline first"); empty without notes and in files written before them."""

    @property
    def interviewers(self) -> tuple[str, ...]:
        """Everyone who asked in this session, in order of appearance: the panel it was
        planned with (`persona_ids`), then anyone the user switched to."""
        askers = (*self.persona_ids, *(turn.persona_id for turn in self.turns))
        return tuple(dict.fromkeys(a for a in askers if a))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "schema_version": self.schema_version,
            "started": self.started,
            "ended": self.ended,
            "mode": self.mode,
            "persona_ids": list(self.persona_ids),
            "bank_id": self.bank_id,
            "engine": self.engine,
            "model": self.model,
            "company": self.company,
            "company_profile": dict(self.company_profile) if self.company_profile else None,
            **({"round_one_notes": [note.to_dict() for note in self.round_one_notes]}
               if self.round_one_notes else {}),
            "status": self.status,
            "damage": self.damage,
            "pending": self.pending.to_dict() if self.pending else None,
            "turns": [turn.to_dict() for turn in self.turns],
        }

    @classmethod
    def from_dict(cls, data: object) -> SessionRecord:
        """Read any supported schema version (older ones are upgraded first)."""
        fields = _Fields(upgrade(data), "session")
        status = fields.text("status")
        if status not in STATUSES:
            raise SessionFormatError(f"session.status: expected one of {STATUSES}")
        turns = fields.sequence("turns")
        pending = fields.optional_mapping("pending")
        return cls(
            id=fields.text("id"),
            schema_version=SCHEMA_VERSION,
            started=fields.text("started"),
            ended=fields.optional_text("ended"),
            mode=fields.text("mode"),
            persona_ids=tuple(fields.text_list("persona_ids")),
            bank_id=fields.optional_text("bank_id"),
            engine=fields.text("engine"),
            model=fields.text("model"),
            turns=tuple(
                TurnRecord.from_dict(turn, f"session.turns[{index}]")
                for index, turn in enumerate(turns)
            ),
            status=cast(SessionStatus, status),
            damage=fields.optional_text("damage"),
            pending=PendingTurn.from_dict(pending, "session.pending") if pending else None,
            company=fields.optional_text("company") or "",
            # Context for reanalyze, not the user's answers: a bad value is read as none
            # rather than making the whole session unreadable.
            company_profile=_mapping_or_none(fields.data.get("company_profile")),
            round_one_notes=RoundOneNote.all_from(fields.data.get("round_one_notes")),
        )

    def turn(self, number: int) -> TurnRecord:
        for turn in self.turns:
            if turn.number == number:
                return turn
        raise UnknownNameError("turn", str(number), [str(t.number) for t in self.turns])

    @property
    def analysis_damage(self) -> str | None:
        """Which stored analyses could not be read, as the listing says it ("feedback damaged:
        session.turns[0].analysis.score: expected a number or null"); None: every one was."""
        problems = [t.analysis_problem for t in self.turns if t.analysis_problem]
        if not problems:
            return None
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return f"feedback damaged: {problems[0]}{more}"

    @property
    def is_empty(self) -> bool:
        """Finished or interrupted without a single answer: not a practice worth listing."""
        return not self.turns and self.pending is None and self.status != "damaged"

    def with_turn(self, turn: TurnRecord) -> SessionRecord:
        """This record with `turn` added, or replacing the turn with the same number."""
        kept = tuple(t for t in self.turns if t.number != turn.number)
        ordered = tuple(sorted((*kept, turn), key=lambda t: t.number))
        pending = None if self.pending and self.pending.number == turn.number else self.pending
        return replace(self, turns=ordered, pending=pending)


# -- schema upgrades -------------------------------------------------------------------------


def _upgrade_v1(old: dict[str, Any]) -> dict[str, Any]:
    """v1 (the first prototype) had one persona per session, a `finished` flag instead of a status,
    question fields nested under `question`, `typed` instead of an answer mode, and no pending
    turn. The audio file names are kept as they were: the files on disk are not renamed."""
    turns = []
    for index, turn in enumerate(_Fields(old, "session").sequence("turns")):
        fields = _Fields(turn, f"session.turns[{index}]")
        question = _Fields(fields.mapping("question"), f"session.turns[{index}].question")
        typed = fields.flag("typed", default=False)
        turns.append(
            {
                "number": fields.integer("n"),
                "persona_id": old.get("persona"),
                "question_id": question.optional_text("id"),
                "question_text": question.text("text"),
                "question_kind": question.optional_text("kind") or "general",
                "question_audio": fields.optional_text("question_wav"),
                "answer_audio": fields.optional_text("answer_wav"),
                "answer_mode": "typed" if typed else "voice",
                "transcript": fields.mapping("transcript"),
                "analysis": fields.optional_mapping("analysis"),
                "started": fields.text("started"),
                "ended": fields.optional_text("ended"),
                "ended_by": "typed" if typed else None,
                "interrupted": False,
                "retake_of": None,
                "follow_up_of": None,
            }
        )
    persona = old.get("persona")
    return {
        "id": old.get("id"),
        "schema_version": 2,
        "started": old.get("started"),
        "ended": old.get("ended"),
        "mode": old.get("mode", "practice"),
        "persona_ids": [persona] if isinstance(persona, str) else persona,
        "bank_id": old.get("bank"),
        "engine": old.get("engine"),
        "model": old.get("model", ""),
        "status": "finished" if old.get("finished") else "interrupted",
        "damage": None,
        "pending": None,
        "turns": turns,
    }


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_v1}
"""version -> function turning a file of that version into the next version."""


def upgrade(data: object) -> dict[str, Any]:
    """`data` brought to SCHEMA_VERSION, one step at a time."""
    if not isinstance(data, dict):
        raise SessionFormatError("session: expected a JSON object at the top")
    version = data.get("schema_version", data.get("version"))
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionFormatError("session.schema_version: missing or not a positive whole number")
    if version > SCHEMA_VERSION:
        raise SessionFormatError(
            f"session.schema_version: {version} was written by a newer interview-sim "
            f"(this one reads up to {SCHEMA_VERSION})",
            hint="upgrade interview-sim to open it",
        )
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](data)
        version += 1
    return data


def _checked_transcript(data: dict[str, Any], where: str) -> dict[str, Any]:
    """A stored transcript that Transcript.from_dict and the figures built on it can trust."""
    fields = _Fields(data, where)
    fields.text("text")
    for index, word in enumerate(fields.sequence("words")):
        word_fields = _Fields(word, f"{where}.words[{index}]")
        word_fields.text("text")
        word_fields.optional_number("start")
        word_fields.optional_number("end")
    fields.optional_number("duration_s")
    if "notices" in data:
        fields.text_list("notices")
    for key in ("engine", "model"):
        if key in data:
            fields.text(key)
    return data


def _checked_analysis(data: dict[str, Any] | None, where: str) -> dict[str, Any] | None:
    """A stored analysis whose fields every reader uses have the documented types: the score a
    number (or null), the STAR, timing and filler reports and the points lost objects, the tips
    a list of text. Raises SessionFormatError naming the field with a wrong type: the turn
    then keeps no analysis and says why (`TurnRecord.analysis_problem`), instead of a wrong
    type being read as "no score" without a word."""
    if data is None:
        return None
    fields = _Fields(data, where)
    fields.optional_number("score")
    for key in ("star", "timing", "fillers", "score_parts"):
        if key in data:
            fields.optional_mapping(key)
    if "tips" in data:
        fields.text_list("tips")
    return data


# -- strict field access ---------------------------------------------------------------------


_INT_LIMIT = 2**53
"""Whole numbers past this (exact in a double, and far inside SQLite's 64 bits) are refused."""


class _Fields:
    """Typed reads from a JSON object, each failure naming the field."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise SessionFormatError(f"{where}: expected a JSON object")
        self.data = data
        self.where = where

    def _fail(self, key: str, expected: str) -> SessionFormatError:
        return SessionFormatError(f"{self.where}.{key}: expected {expected}")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise self._fail(key, "text")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise self._fail(key, "text or null")
        return value

    def integer(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > _INT_LIMIT:
            raise self._fail(key, "a whole number")
        return value

    def optional_integer(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > _INT_LIMIT:
            raise self._fail(key, "a whole number or null")
        return value

    def optional_number(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(key, "a number or null")
        return float(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.data.get(key)
        if not isinstance(value, Mapping):
            raise self._fail(key, "a JSON object")
        return dict(value)

    def optional_mapping(self, key: str) -> dict[str, Any] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise self._fail(key, "a JSON object or null")
        return dict(value)

    def sequence(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self._fail(key, "a list")
        return value

    def text_list(self, key: str) -> list[str]:
        values = self.sequence(key)
        if not all(isinstance(value, str) for value in values):
            raise self._fail(key, "a list of texts")
        return values


def _mapping_or_none(value: object) -> dict[str, Any] | None:
    return dict(value) if isinstance(value, Mapping) else None
