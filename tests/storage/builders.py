"""Small builders for storage tests: real records, real folders, real SQLite."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from simulator.audio.clip import Clip
from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.speech.stt import Transcript, Word
from simulator.storage.records import TurnRecord
from simulator.storage.store import SessionStore
from simulator.storage.writer import SessionWriter


def spoken_transcript(text: str, seconds_per_word: float = 0.4) -> Transcript:
    words = tuple(
        Word(token, index * seconds_per_word, (index + 1) * seconds_per_word)
        for index, token in enumerate(text.split())
    )
    return Transcript(
        text=text,
        words=words,
        engine="pocketsphinx",
        model="en-us",
        duration_s=len(words) * seconds_per_word,
    )


def make_turn(
    number: int,
    *,
    question_id: str | None = "conflict",
    text: str = "we shipped it on time because I split the work",
    score: float | None = 70.0,
    answer_audio: str | None = None,
    question_audio: str | None = None,
    kind: str = "behavioral",
) -> TurnRecord:
    return TurnRecord(
        number=number,
        persona_id="hiring-manager",
        question_id=question_id,
        question_text="Tell me about a time you disagreed with a teammate.",
        question_kind=kind,
        question_audio=question_audio,
        answer_audio=answer_audio,
        answer_mode="voice" if answer_audio else "typed",
        transcript=spoken_transcript(text).to_dict(),
        analysis=None if score is None else {"score": score},
        started="2026-01-05T10:00:00.000+00:00",
        ended="2026-01-05T10:01:00.000+00:00",
        ended_by="silence",
    )


def new_writer(store: SessionStore, persona: str = "hiring-manager") -> SessionWriter:
    return store.create_session(
        mode="practice", persona_ids=[persona], bank_id="core", engine="pocketsphinx", model="en-us"
    )


def tone(seconds: float, frequency: float = 440.0) -> Clip:
    times = np.arange(int(seconds * 16_000)) / 16_000
    return Clip.from_float(0.3 * np.sin(2 * np.pi * frequency * times))


def finished_session(store: SessionStore, turns: int = 2, with_audio: bool = False) -> str:
    writer = new_writer(store)
    for number in range(1, turns + 1):
        answer = None
        if with_audio:
            path = writer.audio_path(number, "answer")
            tone(0.5 + number / 10).write_wav(path)
            answer = path.name
        writer.add_turn(make_turn(number, answer_audio=answer))
    writer.finish()
    return writer.id


def session_file(store: SessionStore, session_id: str) -> Path:
    return store.root / session_id / "session.json"


SWITCH_START = "2026-01-12T09:30:00.000+00:00"
PANEL_START = "2026-01-05T09:30:00.000+00:00"
PANEL_ANSWER = (
    "At the depot in 2023 the forklift rota left the early shift short twice a week. I was "
    "asked to sort it out, so I mapped who held which licence and trained three people to "
    "cover. After two months we had no short shifts and overtime was down by a quarter."
)
SHORT_ANSWER = "Sorted it with the team, it worked out fine."
RAMBLING = (
    "so um the thing is we had this vendor and basically like they kept sending the wrong "
    "pallets and I guess I kind of just called them every day until it sort of got better"
)


def switch_session() -> str:
    """Typed answers: the hiring manager asks, the recruiter takes the same question over."""
    question = get_bank("behavioral").questions[0]
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"), store=store, settings=Settings(), speak=False
    )
    first = interview.ask(question, on_event=ignore_events)
    interview.answer_by_text(first, RAMBLING, ignore_events)
    again = interview.ask(question, persona=get_persona("recruiter"), on_event=ignore_events)
    interview.answer_by_text(again, SHORT_ANSWER, ignore_events)
    record = interview.finish()
    store.save(dataclasses.replace(record, started=SWITCH_START, ended=SWITCH_START))
    return record.id


def panel_session() -> str:
    """A panel of three; only the first of them got to ask before the session ended."""
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"),
        panel=[get_persona("peer"), get_persona("technical-lead")],
        store=store,
        settings=Settings(),
        speak=False,
    )
    asked = interview.ask(get_bank("behavioral").questions[1], on_event=ignore_events)
    interview.answer_by_text(asked, PANEL_ANSWER, ignore_events)
    record = interview.finish()
    store.save(dataclasses.replace(record, started=PANEL_START, ended=PANEL_START))
    return record.id
