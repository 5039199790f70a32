"""A missing-part probe already asked about a question in this session is not asked about it
again (the next one is, or none), and an answer to why us / why this role is probed with
questions about reasons and the company, never a story's "how did it turn out?", pressed or not
(new-user report 5: the same probe came back across turns; a round-one motivation question
pressed harder got "Tell me about a time that went badly with a teammate")."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis
from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import AskedBefore, find_question, load_banks
from simulator.interview.events import Event, TurnFinished
from simulator.interview.first_round import FirstRoundNotes
from simulator.interview.personas import WHY_HARDER_PROBES, WHY_PROBES, get_persona
from simulator.interview.runner import AskedTurn, Interview
from simulator.interview.sequence import PlannedSession
from simulator.storage.records import TurnRecord

# A forklift driver's story, told plainly, that never says how it ended.
NO_ENDING = (
    "Last winter our loading bay had pallets blocking the fire exit every night shift. I was "
    "the shift lead, so it was on me. I marked a yellow zone on the floor, I moved the empty "
    "pallets to the yard each hour and I told the agency drivers where they could stop."
)
SHRUG = "I don't really remember, to be honest."
# Why this role, in a second language: nothing about the firm or the role itself.
GENERIC_WHY = (
    "I am looking for a good company with growth and nice people, where I can learn many new "
    "things and develop myself, because this is important for everybody."
)


class _Room:
    """One practice session answered in writing, keeping each turn's analysis."""

    def __init__(self, persona_id: str, bank: str) -> None:
        self.interview = Interview(
            persona=get_persona(persona_id), bank_id=bank,
            settings=Settings(engine="pocketsphinx"), speak=False,
        )
        self.analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(self, event: Event) -> None:
        if isinstance(event, TurnFinished):
            self.analyses[event.turn.number] = event.analysis

    def answer(self, asked: AskedTurn, text: str) -> tuple[TurnRecord, str | None]:
        turn = self.interview.answer_by_text(asked, text, self.keep)
        return turn, self.interview.follow_up(turn, self.analyses[turn.number])

    def probe(self, turn: TurnRecord, probe: str) -> None:
        asked = self.interview.ask(
            find_question(turn.question_id or ""), spoken_text=probe, follow_up_of=turn.number,
            on_event=self.keep,
        )
        self.interview.answer_by_text(asked, SHRUG, self.keep)


def test_a_probe_asked_about_a_question_is_not_asked_about_it_again() -> None:
    room = _Room("hiring-manager", "behavioral")
    manager = room.interview.persona
    question = find_question("behavioral/ownership-inherited")
    first = room.interview.ask(question, on_event=room.keep)
    asked = []
    attempt = first
    for _ in range(4):  # the same story, never with its ending, and a shrug to each probe
        turn, probe = room.answer(attempt, NO_ENDING)
        if probe is None:
            break
        assert probe not in asked, asked
        asked.append(probe)
        room.probe(turn, probe)
        attempt = room.interview.retake(first, on_event=room.keep)
    # Both of the manager's "how did it end" probes came, one each, then other flaws' or none.
    assert set(manager.probes["no_result"]) <= set(asked), asked
    assert asked[:2] != [asked[0]] * 2

    # Another question may be asked the same probe: it is about another story.
    other = room.interview.ask(find_question("behavioral/conflict-peer"), on_event=room.keep)
    _, probe = room.answer(other, NO_ENDING)
    assert probe in manager.probes["no_result"]


def test_why_this_role_is_probed_for_reasons_not_for_a_story() -> None:
    room = _Room("peer", "culture")
    peer = room.interview.persona
    asked = room.interview.ask(find_question("culture/why-this-role"), on_event=room.keep)
    _, probe = room.answer(asked, GENERIC_WHY)
    assert probe is not None
    assert probe in {p for probes in WHY_PROBES.values() for p in probes}, probe
    assert probe not in {p for probes in peer.probes.values() for p in probes}


def test_a_pressed_motivation_question_gets_harder_probes_that_fit_it() -> None:
    peer = get_persona("peer")
    banks = load_banks().items
    # Round-one notes as jotted: a why question the interviewer found generic, filed under a
    # competency the story questions share, so the story questions are pressed too.
    notes = FirstRoundNotes(asked=(AskedBefore(
        "why warehouses and not shops??", "Generic, nothing about us.", True, ("ownership",),
    ),))
    built = plan.full_mock([peer], banks, count=6, first_round=notes, seed=2)
    pressed = [t for t in built.turns if t.pressed]
    why = [t for t in pressed if t.question.kind in ("motivation", "company")]
    assert why and len(pressed) > len(why), [t.question.id for t in pressed]
    for turn in why:
        assert turn.follow_ups[: len(WHY_HARDER_PROBES)] == WHY_HARDER_PROBES
        assert not set(peer.harder_probes) & set(turn.follow_ups), turn.follow_ups
    for turn in pressed:
        if turn not in why:
            assert turn.follow_ups[: len(peer.harder_probes)] == peer.harder_probes

    interview = Interview(
        persona=peer, bank_id="culture", settings=Settings(engine="pocketsphinx"), speak=False,
    )
    session = PlannedSession(built, interview)
    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis

    probed = []
    story_probes = set(peer.harder_probes) | {p for ps in peer.probes.values() for p in ps}
    while (asked := session.ask_next(keep)) is not None:
        turn = interview.answer_by_text(asked, GENERIC_WHY, keep)
        probe = session.follow_up(turn, analyses[turn.number])
        if asked.question.kind in ("motivation", "company"):
            assert probe not in story_probes, (asked.question.id, probe)
            probed.append(probe)
    assert any(probe in WHY_HARDER_PROBES for probe in probed), probed
