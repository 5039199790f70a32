"""A session plan, run in order: the one sequence the room and headless practice share.

`simulator.interview.plan` decides up front who asks what; `PlannedSession` walks that plan on an
`Interview`: every persona introduces themselves in their own voice, each planned turn is asked in
its persona's voice with its lead-in, the follow-up comes from the plan (a harder probe where
round one was weak, the panel's question after a presentation) or from the answer's missing part,
the candidate's own questions get in-character replies, and the first persona closes.

The caller decides when to move on (a key in the room, the next answer in a script) and calls
the blocking steps from one thread; every step reports through `on_event` like the Interview."""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.analysis import AnswerAnalysis
    from simulator.interview.banks import Question
    from simulator.interview.events import OnEvent
    from simulator.interview.personas import Persona
    from simulator.interview.plan import InterviewPlan, PlannedTurn
    from simulator.interview.runner import AskedTurn, Interview
    from simulator.storage.records import SessionRecord, TurnRecord


@dataclass(frozen=True)
class Reply:
    """The interviewer's in-character answer to one of the candidate's questions."""

    question: str
    depth: str
    answer: str


MISSING_FIRST = frozenset({"no_action", "no_result"})
"""Flaws of a story (its actions, its outcome missing) whose probe comes before a pressed
area's harder one."""


def asks_for_what_is_there(probe: str, analysis: AnswerAnalysis | None) -> bool:
    """Whether `probe` asks for something the answer already has: any flaw code its words ask
    about (`simulator.analysis.follow_up.probe_asks`: "Give me a specific example, with the
    numbers" -> vague, no_metrics) that is not among the answer's flaws; or, for a probe that
    asks only beyond STAR ("What was the hardest decision, and who disagreed?"), everything it
    asks told in the answer as a reply would tell it (`judge_follow_up`), a "who disagreed"
    only by an answer that names someone and tells their disagreement. False without an
    analysis, and for a probe whose words name nothing ("Tell me about a change you found
    hard")."""
    if analysis is None:
        return False
    from simulator.analysis.follow_up import GIVES_PART, judge_follow_up, probe_asks

    flaws = set(analysis.flaw_codes)
    asks = probe_asks(probe)
    if any(code in GIVES_PART and code not in flaws for code in asks):
        return True
    beyond = [code for code in asks if code not in GIVES_PART]
    if not beyond or len(beyond) < len(asks):
        return False
    if (
        "named_person" in beyond
        and _DISAGREEMENT_ASKED.search(probe)
        and not _DISAGREEMENT_TOLD.search(analysis.transcript.text)
    ):
        return False
    return judge_follow_up(analysis.transcript, beyond[0], also=beyond[1:]).gives


_DISAGREEMENT_ASKED = re.compile(r"\b(disagree\w*|objected|pushed back|against you)\b", re.I)
_DISAGREEMENT_TOLD = re.compile(
    r"\b(disagree\w*|did ?n[o']t agree|not agree|objected|object(ed)? to|pushed back|argued"
    r"|against (it|the idea|my|this|that)|(was|were) (not|n't) (happy|convinced|keen)|unhappy"
    r"|resisted|push ?back|not on board|didn't like|did not like|fought|clash\w*)\b",
    re.I,
)
"""A probe asking who disagreed, and an answer that tells someone did ("the finance man was not
happy", "my manager pushed back")."""


class PlannedSession:
    """Runs `plan` on `interview`, one blocking step at a time.

    `follow_ups=False` asks only the planned turns (a one-question practice from a script)."""

    def __init__(
        self, plan: InterviewPlan, interview: Interview, *, follow_ups: bool = True
    ) -> None:
        self.plan = plan
        self.interview = interview
        self.follow_ups = follow_ups
        self.position = 0
        """Index of the next planned turn to ask."""
        self._planned: dict[int, PlannedTurn] = {}
        """Turn number (as stored) -> the planned turn it answers (follow-ups and re-asks too)."""
        self._asked_from: int | None = None
        """Number of the turn that first asked the current planned question."""
        self._askers: set[str] = set()
        """Ids of the personas who have asked something in this session."""
        self._probes_asked: set[str] = set()
        """The follow-ups asked in this session, as said: a plan's probe is asked once."""
        if plan.round_one_notes:
            interview.keep_round_one_notes(
                [(note.note, note.competencies) for note in plan.round_one_notes])

    @property
    def turns(self) -> tuple[PlannedTurn, ...]:
        return self.plan.turns

    @property
    def current(self) -> PlannedTurn | None:
        """The planned turn asked last (None before the first)."""
        return self.plan.turns[self.position - 1] if self.position else None

    @property
    def upcoming(self) -> PlannedTurn | None:
        """The planned turn `ask_next` will ask (None when the plan is done)."""
        turns = self.plan.turns
        return turns[self.position] if self.position < len(turns) else None

    @property
    def remaining(self) -> int:
        return len(self.plan.turns) - self.position

    def planned_for(self, number: int) -> PlannedTurn | None:
        return self._planned.get(number)

    # -- the steps, in the order a session takes them ---------------------------------------

    def introduce(self, on_event: OnEvent, cancel: threading.Event | None = None) -> list[str]:
        """Each persona of the plan introduces themselves, in their own voice (a panel: each in
        turn), naming the company when there is a profile. Returns the lines said."""
        company = self.interview.company
        lines: list[str] = []
        if not self.plan.introduction:
            return lines
        for persona in self.plan.personas:
            line = self.plan.introduce(persona, company)
            self.interview.say(
                line, on_event=on_event, cancel=cancel, persona=persona, part="introduction"
            )
            lines.append(line)
        return lines

    def ask_next(
        self, on_event: OnEvent, cancel: threading.Event | None = None
    ) -> AskedTurn | None:
        """The next planned turn, asked in its persona's voice; None when the plan is done."""
        if self.position >= len(self.plan.turns):
            return None
        planned = self.plan.turns[self.position]
        spoken = self.next_spoken_text()
        self.position += 1
        asked = self.interview.ask(
            planned.question,
            persona=planned.persona,
            spoken_text=spoken,
            on_event=on_event,
            cancel=cancel,
        )
        self._planned[asked.number] = planned
        self._asked_from = asked.number
        self._askers.add(asked.persona.id)
        return asked

    def next_spoken_text(self) -> str | None:
        """What `ask_next` will say: the planned words, but without the persona's transition
        line ("Good, thanks. Next one.") when nothing was answered since the last planned
        question was asked (it was skipped, or the candidate moved on without a word): the
        line thanks for an answer. None when the plan is done."""
        planned = self.upcoming
        if planned is None:
            return None
        text = planned.question.text
        if (
            planned.kind == "question"
            and planned.spoken_text.endswith(text)
            and self._asked_from is not None
            and not self._answered_since(self._asked_from)
        ):
            return text
        return planned.spoken_text

    def _answered_since(self, number: int) -> bool:
        """Whether any turn from `number` on (the question, its re-asks, retakes, follow-up)
        holds an answer: stored, not skipped."""
        return any(
            turn.number >= number and not turn.skipped for turn in self.interview.turns
        )

    def again_spoken_text(self, persona: Persona) -> str:
        """What `ask_again` will say as `persona`: a planned question handed over (see
        `Persona.take_over`); a talk or the candidate's questions as planned."""
        planned = self.current
        if planned is None:
            raise RuntimeError("ask_again before the first question")
        if planned.kind != "question":
            return planned.spoken_text
        heard = {p.id for p in self.plan.personas} if self.plan.introduction else set()
        heard |= self._askers
        return persona.take_over(planned.question, introduced=persona.id in heard)

    def ask_again(
        self,
        persona: Persona,
        on_event: OnEvent,
        cancel: threading.Event | None = None,
    ) -> AskedTurn:
        """The current planned question once more, as `persona` would ask it (their voice and
        lead-in): switching interviewer mid-question."""
        planned = self.current
        if planned is None:
            raise RuntimeError("ask_again before the first question")
        spoken = self.again_spoken_text(persona)
        asked = self.interview.ask(
            planned.question, persona=persona, spoken_text=spoken, on_event=on_event, cancel=cancel
        )
        self._planned[asked.number] = planned
        self._askers.add(persona.id)
        return asked

    def follow_up(self, turn: TurnRecord, analysis: AnswerAnalysis | None) -> str | None:
        """The one follow-up for this answer, or None. After a talk: the panel's question, the
        first of the plan's not asked before in this session. After a question round one
        doubted: the plan's harder probe, the first not asked before that asks for nothing the
        answer has (`asks_for_what_is_there`), else the persona's probe for the answer's most
        important missing part. Follow-ups are never followed up."""
        if not self.follow_ups or turn.follow_up_of is not None or turn.empty:
            return None  # no probe into an answer with no words: there is nothing to follow
        planned = self._planned.get(turn.number)
        if planned is not None and planned.kind == "question":
            # On the round-one question asked again, an answer that still lacks what round one
            # doubted is pressed on that doubt first ("Never said what changed afterwards": how
            # did it turn out?), whatever else it lacks (breaker14 B20; docs/data-format.md).
            doubted = _doubt_probe(planned, analysis, self._probes_asked)
            if doubted is not None:
                return doubted
        if planned is None or (planned.kind == "question" and not planned.pressed):
            return self.interview.follow_up(turn, analysis)
        if planned.kind == "your_questions":
            return None
        fresh = [probe for probe in planned.follow_ups if probe not in self._probes_asked]
        if planned.kind != "question":
            # The panel's question after a talk is its own question about the talk ("Suppose
            # the data shows the drop is only on mobile. What next?"), not a probe for a part
            # the talk lacks: a talk has no STAR flaws to say what it lacks, and reading it as
            # an answer that "already told" the probe left the panel silent after some talks.
            return fresh[0] if fresh else None
        # A story that never says what the speaker did or how it ended is asked for that
        # first, as any interviewer would ("how did it turn out?" before "was there anything in
        # their view you came round to?"); a reply to the harder probe would leave it missing.
        if analysis is not None and MISSING_FIRST & set(analysis.flaw_codes):
            probe = self.interview.follow_up(turn, analysis)
            if probe is not None:
                return probe
        # A pressed area: the plan's own harder probe, the first not asked yet in this session
        # that asks for nothing the answer already gave; else the probe for what it lacks. A
        # persona's probe for a flaw (round one's doubt pressed: "Did it make a difference you
        # could see?" for no_result) is asked only of an answer that has that flaw: after
        # "zero corrupted-save reports in the first month" it asked for the outcome again,
        # while the answer's real gap, told as "we", went unprobed (breaker16 D25).
        by_code = planned.persona.probes_for(planned.question.kind)
        flawed = set(analysis.flaw_codes) if analysis is not None else None
        for probe in fresh:
            codes = {code for code, probes in by_code.items() if probe in probes}
            if codes and flawed is not None and not codes & flawed:
                continue
            if not asks_for_what_is_there(probe, analysis):
                return probe
        return self.interview.follow_up(turn, analysis)

    def ask_follow_up(
        self,
        turn: TurnRecord,
        probe: str,
        on_event: OnEvent,
        cancel: threading.Event | None = None,
    ) -> AskedTurn:
        """`probe`, asked by the persona who asked `turn`, as a turn that points back at it."""
        planned = self._planned.get(turn.number)
        question: Question = planned.question if planned else self._question_of(turn)
        persona = planned.persona if planned else self.interview.persona
        if persona.id != turn.persona_id:
            persona = next(
                (p for p in self.plan.personas if p.id == turn.persona_id), self.interview.persona
            )
        asked = self.interview.ask(
            question,
            persona=persona,
            spoken_text=probe,
            follow_up_of=turn.number,
            on_event=on_event,
            cancel=cancel,
        )
        if planned is not None:
            self._planned[asked.number] = planned
        self._probes_asked.add(probe)
        return asked

    def reply(
        self, turn: TurnRecord, on_event: OnEvent, cancel: threading.Event | None = None
    ) -> list[Reply]:
        """After the candidate's own questions: the persona answers each one in character
        (spoken), in the order asked. Returns the replies (empty for any other kind of turn)."""
        review = (turn.analysis or {}).get("candidate_questions")
        if not isinstance(review, Mapping):
            return []
        persona = next(
            (p for p in self.plan.personas if p.id == turn.persona_id), self.interview.persona
        )
        replies: list[Reply] = []
        for found in review.get("questions") or ():
            if not isinstance(found, Mapping) or not str(found.get("answer", "")).strip():
                continue
            reply = Reply(str(found.get("text", "")), str(found.get("depth", "")), found["answer"])
            self.interview.say(
                reply.answer, on_event=on_event, cancel=cancel, persona=persona, part="reply"
            )
            replies.append(reply)
        return replies

    def close(self, on_event: OnEvent, cancel: threading.Event | None = None) -> str:
        """The first persona's closing words, spoken; returns them."""
        lead = self.plan.personas[0] if self.plan.personas else self.interview.persona
        self.interview.say(
            self.plan.closing, on_event=on_event, cancel=cancel, persona=lead, part="closing"
        )
        return self.plan.closing

    def finish(self, *, interrupted: bool = False) -> SessionRecord:
        """Store the session as finished, or as interrupted when the user ended it early."""
        return self.interview.finish(interrupted=interrupted)

    def _question_of(self, turn: TurnRecord) -> Any:
        for planned in self.plan.turns:
            if planned.question.id == turn.question_id:
                return planned.question
        raise RuntimeError(f"turn {turn.number} answers no planned question")


def _doubt_probe(
    planned: PlannedTurn, analysis: AnswerAnalysis | None, asked: Collection[str]
) -> str | None:
    """The persona's probe for the round-one doubt of a question asked again (its
    `asked_before.doubt`, then every other doubt its feedback names: "Never said how it ended,
    and no numbers"), when the answer still shows the flaw the doubt is about (the doubt's
    `probe_codes`: "no_result" for "how it ended"; for the numbers, also the card's "the result
    has no number"); the first not asked yet in the session. None for any other question or
    answer. An answer that now tells the end with no figure is asked for the figure: the
    numbers half was left to the summary, unprobed (breaker16 D17)."""
    from simulator.analysis.answer import NO_NUMBER_WHY
    from simulator.analysis.doubts import BY_KEY, doubts_in

    before = planned.question.asked_before
    doubt = BY_KEY.get(before.doubt) if before is not None else None
    if before is None or doubt is None or analysis is None:
        return None
    doubts = [doubt, *(d for d in doubts_in(before.feedback) if d.key != doubt.key)]
    found = set(analysis.flaw_codes)
    unmeasured = any(why.why == NO_NUMBER_WHY for why in analysis.points_why)
    by_code = planned.persona.probes_for(planned.question.kind)
    for each in doubts:
        open_codes = found | ({"no_metrics"} if each.key == "numbers" and unmeasured else set())
        for code in each.probe_codes:
            if code in open_codes:
                fresh = [p for p in by_code.get(code, ()) if p not in asked]
                if fresh:
                    return fresh[0]
    return None
