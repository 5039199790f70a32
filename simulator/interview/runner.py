"""One practice session, driven a turn at a time.

The TUI calls these blocking methods from thread workers and the headless CLI calls them in
sequence; both get progress through one `on_event` callback. Stopping and cancelling go through
threading.Events that the caller owns, so a key press ends an answer without the domain knowing
about keys. Engines are created lazily: a typed-only session never loads a speech model."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from simulator.audio.clip import Clip
from simulator.config import Settings, load_settings
from simulator.errors import AudioDeviceError
from simulator.interview.events import (
    DeliveryMeasured,
    LevelChanged,
    Notice,
    OnEvent,
    PartialTranscript,
    Said,
    StateChanged,
    TurnFinished,
)
from simulator.speech.stt import Transcript

if TYPE_CHECKING:
    from simulator.analysis import AnswerAnalysis
    from simulator.audio.playback import Player
    from simulator.audio.source import AudioSource
    from simulator.interview.banks import Question
    from simulator.interview.company import CompanyProfile
    from simulator.interview.personas import Persona
    from simulator.speech.streaming import StreamingTranscriber
    from simulator.speech.stt import Recognizer
    from simulator.speech.tts import Synthesizer
    from simulator.storage.records import AnswerMode, SessionRecord, TurnRecord
    from simulator.storage.store import SessionStore
    from simulator.storage.writer import SessionWriter


TRANSCRIPTION_STOPPED = (
    "Ctrl-C stopped the transcription of an answer recorded whole; run reanalyze to judge it"
)
"""The notice of an answer from a file stored whole whose transcription Ctrl-C stopped: the
answer is complete, so `reanalyze` transcribes and judges it (and no longer counts it as cut
short); an answer cut short while it was being stored stays interrupted."""


@dataclass
class AnswerControls:
    """Owned by the caller: set `stop` to end the answer now (it is kept), `cancel` to drop it;
    `interrupt()` and `skip()` say why, so the stored turn says so too."""

    stop: threading.Event = field(default_factory=threading.Event)
    cancel: threading.Event = field(default_factory=threading.Event)
    interrupted: threading.Event = field(default_factory=threading.Event)
    skipped: threading.Event = field(default_factory=threading.Event)
    shown: threading.Event | None = None
    """Set by a caller that shows the feedback, once it is on screen: the answer's delivery
    (pitch and loudness) is measured only then, because Praat's pitch tracker holds the
    interpreter (0.05 s on a 10 s answer, 0.3 s on a 77 s one) and would hold up the painting.
    None: measured as soon as the feedback is announced."""

    def reset(self) -> None:
        for event in (self.stop, self.cancel, self.interrupted, self.skipped, self.shown):
            if event is not None:
                event.clear()

    def cancel_answer(self) -> None:
        """Drop the answer: the recorder stops at once and nothing is transcribed."""
        self.cancel.set()
        self.stop.set()

    def interrupt(self) -> None:
        """Ctrl-C or quitting mid-answer: the answer so far is kept, transcribed and stored with
        `interrupted: true`."""
        self.interrupted.set()
        self.stop.set()
        if self.shown is not None:  # nothing waits for a feedback that will not be shown
            self.shown.set()

    def skip(self) -> None:
        """The user skips the question mid-answer: nothing is transcribed or analysed; the turn
        is stored with `skipped: true` and its audio so far."""
        self.skipped.set()
        self.cancel_answer()


SHOWN_WAIT_S = 2.0
"""How long an answer's delivery waits for the caller to say its feedback is shown (a screen left
meanwhile never says so)."""


@dataclass(frozen=True)
class AskedTurn:
    """A question that has been put to the user and waits for an answer."""

    number: int
    persona: Persona
    question: Question
    spoken_text: str
    question_audio: str | None
    retake_of: int | None = None
    follow_up_of: int | None = None
    asked_at: str = field(default_factory=lambda: _now())

    @property
    def question_text(self) -> str:
        """The question as asked, without the persona's lead-in: the bank's text, or for a
        follow-up the probe itself. What is stored, listed, compared and exported."""
        text = self.question.text
        # After a lead-in that runs on ("Cool. So, tell me...") the question starts lower case.
        tail = self.spoken_text[len(self.spoken_text) - len(text) :] if text else ""
        said = tail[:1].lower() == text[:1].lower() and tail[1:] == text[1:]
        if self.follow_up_of is None and text and said:
            return text
        return self.spoken_text

    @property
    def lead_in(self) -> str:
        """What the interviewer said before the question ("Good, thanks. Next one."), or ""."""
        return self.spoken_text[: len(self.spoken_text) - len(self.question_text)].strip()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _save_wav(clip: Clip, path: Path) -> None:
    """Write a question or answer WAV into the session; a full or read-only disk is one line."""
    try:
        clip.write_wav(path)
    except OSError as error:
        from simulator.storage.files import os_failure

        raise os_failure(error, f"cannot save {path.name}") from None


class Interview:
    def __init__(
        self,
        *,
        persona: Persona,
        mode: str = "practice",
        bank_id: str | None = None,
        store: SessionStore | None = None,
        synthesizer: Synthesizer | None = None,
        player: Player | None = None,
        recognizer: Recognizer | None = None,
        source_factory: Callable[[], AudioSource] | None = None,
        settings: Settings | None = None,
        speak: bool = True,
        company: CompanyProfile | None = None,
        panel: Sequence[Persona] = (),
    ) -> None:
        """`panel`: everyone who will ask in this session (stored as its persona_ids); the
        session starts with `persona`. Each is taken as they are in `company`'s field of work
        (`Persona.in_field_of`: a matron, not an engineering manager, at a hospital)."""
        persona = persona.in_field_of(company)
        panel = [member.in_field_of(company) for member in panel]
        self.persona = persona
        self.company = company
        self.settings = settings or load_settings()
        self.speak_questions = speak
        self._synthesizer = synthesizer
        self._player = player
        self._recognizer = recognizer
        self._source_factory = source_factory
        if store is None:
            from simulator.storage.store import SessionStore

            store = SessionStore()
        self.store = store
        self._writer: SessionWriter = store.create_session(
            mode=mode,
            persona_ids=list(dict.fromkeys([persona.id, *(p.id for p in panel)])),
            bank_id=bank_id,
            engine=self.settings.engine or "auto",
            model=self.settings.model or "",
            company=company.name if company is not None else "",
            company_profile=company.to_dict() if company is not None else None,
        )
        self.turns: list[TurnRecord] = []
        self._next_number = 1
        self._probes_asked: dict[str, set[str]] = {}
        """Question id -> the follow-ups asked about it in this session (`follow_up`)."""
        self._speaker_fault: str | None = None
        """The speaker's last failure, already told: each is told once, not on every line."""

    # -- parts, created on first use ---------------------------------------------------------

    @property
    def session_id(self) -> str:
        return self._writer.id

    @property
    def folder(self) -> Path:
        return self._writer.folder

    def keep_round_one_notes(self, notes: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Store round one's general notes (note, areas) with the session: its summary says
        whether today's answers met each."""
        from simulator.storage.records import RoundOneNote

        self._writer.keep_round_one_notes(
            [RoundOneNote(note, tuple(areas)) for note, areas in notes])

    def synthesizer(self) -> Synthesizer:
        if self._synthesizer is None:
            from simulator.speech.engines.espeak import get_synthesizer

            self._synthesizer = get_synthesizer()
        return self._synthesizer

    def player(self) -> Player:
        if self._player is None:
            from simulator.audio.playback import Player

            self._player = Player(device=self.settings.output_device)
        return self._player

    def recognizer(self) -> Recognizer:
        if self._recognizer is None:
            from simulator.speech.stt import default_recognizer

            self._recognizer = default_recognizer(self.settings.engine, self.settings.model)
        return self._recognizer

    def audio_source(self) -> AudioSource:
        if self._source_factory is not None:
            return self._source_factory()
        from simulator.audio.microphone import MicrophoneSource

        return MicrophoneSource(device=self.settings.input_device)

    # -- asking ------------------------------------------------------------------------------

    def ask(
        self,
        question: Question,
        *,
        persona: Persona | None = None,
        on_event: OnEvent,
        cancel: threading.Event | None = None,
        spoken_text: str | None = None,
        retake_of: int | None = None,
        follow_up_of: int | None = None,
    ) -> AskedTurn:
        """Put `question` to the user in `persona`'s voice (the current persona by default).

        Asking with another persona re-asks the same question, handed over to them
        (`Persona.take_over`)."""
        if persona is not None and persona.id != self.persona.id:
            persona = persona.in_field_of(self.company)  # its title in the company's field
            if not spoken_text:
                heard = any(turn.persona_id == persona.id for turn in self.turns)
                spoken_text = persona.take_over(question, introduced=heard)
            self.persona = persona
        number = self._next_number
        self._next_number += 1
        text = spoken_text or question.text
        if follow_up_of is not None:
            self._probes_asked.setdefault(question.id, set()).add(text)
        audio_name: str | None = None
        if self.speak_questions:
            on_event(StateChanged("speaking", self.persona.name))
            clip = self.synthesizer().synthesize(text, self.persona.voice)
            path = self._writer.audio_path(number, "question")
            _save_wav(clip, path)
            audio_name = path.name
            self._play(clip, cancel, on_event)
        on_event(StateChanged("your_turn"))
        return AskedTurn(
            number=number,
            persona=self.persona,
            question=question,
            spoken_text=text,
            question_audio=audio_name,
            retake_of=retake_of,
            follow_up_of=follow_up_of,
        )

    def say(
        self,
        text: str,
        *,
        on_event: OnEvent,
        cancel: threading.Event | None = None,
        persona: Persona | None = None,
        part: Literal["introduction", "reply", "prepare", "closing"] = "introduction",
    ) -> None:
        """A line that is not a question (an introduction, a closing, a reply to the candidate's
        questions), spoken in `persona`'s voice (the current persona by default). The line is
        always reported as a `Said` event, spoken only when questions are spoken."""
        if not text.strip():
            return
        speaker = persona or self.persona
        on_event(Said(speaker.id, text, part))
        if not self.speak_questions:
            return
        on_event(StateChanged("speaking", speaker.name))
        self._play(self.synthesizer().synthesize(text, speaker.voice), cancel, on_event)
        on_event(StateChanged("idle"))

    def _play(self, clip: Clip, cancel: threading.Event | None, on_event: OnEvent) -> None:
        try:
            self.player().play(clip, cancel)
        except AudioDeviceError as error:
            # The question is still on screen and stored; a missing speaker must not end practice.
            # It is told once while it lasts (not for each line spoken), and again if it changes.
            if str(error) != self._speaker_fault:
                self._speaker_fault = str(error)
                on_event(Notice(f"could not play the question: {error}"))
        else:
            self._speaker_fault = None

    def retake(self, asked: AskedTurn, *, on_event: OnEvent) -> AskedTurn:
        """The same question again, as a new turn that points back at the first attempt."""
        number = self._next_number
        self._next_number += 1
        on_event(StateChanged("your_turn", "retake"))
        return AskedTurn(
            number=number,
            persona=asked.persona,
            question=asked.question,
            spoken_text=asked.spoken_text,
            question_audio=asked.question_audio,
            retake_of=asked.retake_of or asked.number,
            # A retaken follow-up still answers the probe, and is judged against it.
            follow_up_of=asked.follow_up_of,
        )

    def follow_up(self, turn: TurnRecord, analysis: AnswerAnalysis | None) -> str | None:
        """The persona's probe for the most important missing part of an answer, worded for
        its question's kind (`Persona.probes_for`: no story probe after why us), if any. A
        probe already asked in this session about the same question is not asked again: the
        flaw's next probe is, else the next flaw's, else none. Of a flaw's probes, one not yet
        asked in the session at all comes first (varied by turn, so two in a row differ). A
        probe for more ("I'd like to hear how you approached it") whose words ask for a part the
        answer told waits for any probe of a part it lacks (`_asks_for_a_part_told`)."""
        if analysis is None or not self.settings.follow_up_probes or turn.empty:
            return None
        from simulator.analysis import probe_codes_in_order

        kind = turn.question_kind or str(analysis.question_kind)
        by_code = self.persona.probes_for(kind)
        here = self._probes_asked.get(turn.question_id or "", set())
        anywhere = set().union(*self._probes_asked.values())
        for missing_first in (True, False):
            for code in probe_codes_in_order(analysis):
                probes = by_code.get(code, ())
                if not probes:
                    continue
                start = (turn.number - 1) % len(probes)
                left = [p for p in probes[start:] + probes[:start] if p not in here and not (
                    missing_first and _asks_for_a_part_told(code, p, analysis))]
                if left:
                    return next((p for p in left if p not in anywhere), left[0])
        return None

    # -- answering ---------------------------------------------------------------------------

    def answer_by_voice(
        self, asked: AskedTurn, controls: AnswerControls, on_event: OnEvent
    ) -> TurnRecord | None:
        """Record until silence, `controls.stop` or the source ends; transcribe while recording.

        Returns None when the answer was cancelled (its partial recording stays on disk)."""
        from simulator.audio.recorder import record_answer
        from simulator.speech.hearing import hear
        from simulator.speech.streaming import StreamingTranscriber

        source = self.audio_source()  # raises AudioDeviceError with the typed-answer hint
        streaming = StreamingTranscriber(self.recognizer())
        path = self._writer.audio_path(asked.number, "answer")
        self._mark_pending(asked, path)
        started = _now()
        last_partial = ""
        live = False

        def on_level(level: float, elapsed_s: float) -> None:
            nonlocal last_partial, live
            if not live:
                # The first level comes with the first block: only now is the microphone really
                # live, so only now may the user be told to speak.
                live = True
                on_event(StateChanged("listening"))
            on_event(LevelChanged(level, elapsed_s))
            text = streaming.partial_text()
            if text != last_partial:
                last_partial = text
                on_event(PartialTranscript(text))

        try:
            recording = record_answer(
                source,
                path,
                stop=controls.stop,
                end_on_silence=self.settings.end_on_silence,
                silence_s=self.settings.silence_s,
                max_s=self.settings.max_answer_s,
                on_level=on_level,
                on_block=streaming.feed,
                end_judge=words_judge(streaming),
            )
            for message in recording.notices:
                on_event(Notice(message))
            if controls.cancel.is_set():
                streaming.close(wait=True)
                if controls.skipped.is_set():
                    self._store_skipped(asked, path.name, started, recording.duration_s)
                return None
            on_event(StateChanged("transcribing"))
            # Its level, noise and the voice left without words (speech.hearing), beside the
            # recognizer's words, so the feedback can say what the recording lost.
            transcript = hear(recording.clip, streaming.finish())
        except BaseException:
            # The transcription thread runs native code: it must be finished before anything
            # unwinds to interpreter exit (a daemon thread inside the recognizer at shutdown
            # aborts the process). The pending mark stays, so recovery keeps the answer.
            streaming.close(wait=True)
            raise
        for message in transcript.notices:
            on_event(Notice(message))
        interrupted = controls.interrupted.is_set()
        turn = self._complete(
            asked,
            transcript,
            answer_mode="voice",
            answer_audio=path.name,
            started=started,
            ended_by="interrupt"
            if interrupted and recording.ended_by == "stop"
            else (recording.ended_by),
            on_event=on_event,
            interrupted=interrupted,
            delivery={},  # measured below, once the feedback is out
        )
        if controls.shown is not None:
            controls.shown.wait(timeout=SHOWN_WAIT_S)
        measured = _delivery_of(recording.clip)
        if not measured:
            return turn
        revised = replace(turn, analysis={**(turn.analysis or {}), **measured})
        self._writer.add_turn(revised)
        self.turns[self.turns.index(turn)] = revised
        on_event(DeliveryMeasured(revised))
        return revised

    def _mark_pending(self, asked: AskedTurn, path: Path) -> None:
        """Say which answer is being written before its audio is: whatever stops the program
        then, recovery keeps that WAV as an interrupted turn."""
        self._writer.mark_in_progress(
            asked.number,
            path.name,
            persona_id=asked.persona.id,
            question_id=asked.question.id,
            question_text=asked.question_text,
            lead_in=asked.lead_in,
            question_kind=asked.question.kind,
            question_audio=asked.question_audio,
            retake_of=asked.retake_of,
            follow_up_of=asked.follow_up_of,
        )

    def _store_skipped(
        self, asked: AskedTurn, answer_audio: str, started: str, duration_s: float
    ) -> None:
        """A skipped answer, stored as what it is: its audio, no transcript, no analysis."""
        self._store_unanalysed(asked, answer_audio, started, duration_s, ended_by="skipped")

    def skip_unanswered(self, asked: AskedTurn, *, typed: bool = False) -> TurnRecord:
        """The user skipped `asked` before answering a word (`s` at "your turn"): stored as a
        skipped turn with no audio, no transcript and no analysis, so the summary, report and
        session.json show it where it was asked, and averages leave it out (`AnswerView.counts`).
        Returns the stored turn."""
        return self._store_unanalysed(
            asked, None, _now(), 0.0, ended_by="skipped", answer_mode="typed" if typed else "voice"
        )

    def _store_unanalysed(
        self,
        asked: AskedTurn,
        answer_audio: str | None,
        started: str,
        duration_s: float,
        *,
        ended_by: str,
        notice: str | None = None,
        answer_mode: AnswerMode = "voice",
    ) -> TurnRecord:
        """An answer kept without transcript or analysis: skipped, or cut short by Ctrl-C
        before it was transcribed (`reanalyze` transcribes it later)."""
        from simulator.storage.records import TurnRecord

        # No recognizer heard it: not "typed" for a voice answer (breaker16 D24: an
        # --answer-from turn stopped while transcribed was exported "heard by typed").
        transcript = replace(Transcript.from_text(""),
                             engine="typed" if answer_mode == "typed" else "")
        turn = TurnRecord(
            number=asked.number,
            persona_id=asked.persona.id,
            question_id=asked.question.id,
            question_text=asked.question_text,
            lead_in=asked.lead_in,
            question_kind=asked.question.kind,
            question_audio=asked.question_audio,
            answer_audio=answer_audio,
            answer_mode=answer_mode,
            transcript={
                **transcript.to_dict(),
                "duration_s": duration_s,
                "notices": [notice] if notice else [],
            },
            analysis=None,
            started=started,
            ended=_now(),
            ended_by=ended_by,
            skipped=ended_by == "skipped",
            interrupted=ended_by == "interrupt",
            retake_of=asked.retake_of,
            follow_up_of=asked.follow_up_of,
        )
        self._writer.add_turn(turn)
        return turn

    def answer_by_text(
        self, asked: AskedTurn, text: str, on_event: OnEvent, *, interrupted: bool = False
    ) -> TurnRecord:
        """A typed answer. Text that cannot be stored as UTF-8 (bytes standard input could not
        decode) is repaired first by `safe_text.storable`, so the answer is never lost.
        `interrupted`: a draft cut short by Ctrl-C, stored marked interrupted (ended_by
        "interrupt"), which leaves it out of averages."""
        from simulator.safe_text import storable

        return self._complete(
            asked,
            Transcript.from_text(storable(text)),
            answer_mode="typed",
            answer_audio=None,
            started=_now(),
            ended_by="interrupt" if interrupted else "typed",
            on_event=on_event,
            interrupted=interrupted,
        )

    def answer_from_clip(self, asked: AskedTurn, clip: Clip, on_event: OnEvent) -> TurnRecord:
        """An answer recorded elsewhere (--answer-from): stored and transcribed like a live one.

        Like a live answer it is marked pending and written block by block (0600) before it is
        transcribed. A full disk keeps what fit, and the turn, transcribed from memory, says
        so; Ctrl-C keeps the answer as an interrupted turn (its WAV whole or repaired) before
        the KeyboardInterrupt goes on."""
        from dataclasses import replace

        from simulator.audio.writer import StreamingWavWriter
        from simulator.errors import StorageError
        from simulator.speech.hearing import hear

        path = self._writer.audio_path(asked.number, "answer")
        self._mark_pending(asked, path)
        started = _now()
        lost: str | None = None
        writer: StreamingWavWriter | None = None
        whole = False
        try:
            try:
                with StreamingWavWriter(path, rate=clip.rate) as writer:
                    for start in range(0, len(clip.samples), clip.rate):
                        writer.write(clip.samples[start : start + clip.rate])
                whole = True
            except StorageError as error:  # a full disk: what fit is kept
                lost = f"the answer audio was not saved whole ({error})"
                on_event(Notice(lost))
            on_event(StateChanged("transcribing"))
            transcript = hear(clip, self.recognizer().transcribe(clip))
        except KeyboardInterrupt:
            kept = writer.duration_s if writer is not None else 0.0
            self._store_unanalysed(
                asked,
                path.name,
                started,
                kept,
                ended_by="interrupt",
                # Stored whole, the answer was complete: only its transcription was stopped,
                # and `reanalyze` judges it (breaker10 D22).
                notice=TRANSCRIPTION_STOPPED if whole else (
                    "stopped with Ctrl-C before it was transcribed; run reanalyze"),
            )
            raise
        if lost is not None:
            transcript = replace(transcript, notices=(*transcript.notices, lost))
        for message in transcript.notices:
            on_event(Notice(message))
        return self._complete(
            asked,
            transcript,
            answer_mode="voice",
            answer_audio=path.name,
            started=started,
            ended_by="source_end",
            on_event=on_event,
        )

    def _complete(
        self,
        asked: AskedTurn,
        transcript: Transcript,
        *,
        answer_mode: AnswerMode,
        answer_audio: str | None,
        started: str,
        ended_by: str,
        on_event: OnEvent,
        interrupted: bool = False,
        delivery: dict[str, object] | None = None,
    ) -> TurnRecord:
        """Judge, store and announce an answer. `delivery` is the prosody already measured
        (see _delivery_of); for recorded answers without it, it is measured from the WAV."""
        from simulator.interview.judging import analysis_request, judge, probe_codes
        from simulator.storage.records import TurnRecord

        question = asked.question
        request = analysis_request(question, asked.persona, self.company)
        first = next((t for t in self.turns if t.number == asked.follow_up_of), None)
        analysis: AnswerAnalysis | None
        stored: dict[str, Any] | None
        if asked.follow_up_of is not None and interrupted:
            # A reply cut short (Ctrl-C, a draft left with n, s or e) is no reply to judge: no
            # verdict on its probe and no merged score in session.json, where the question
            # keeps its first answer's (breaker13 B13: a skipped draft was stored as having
            # given the outcome, "question now 96"). Its words are kept.
            analysis, stored = None, None
        elif asked.follow_up_of is not None and first is not None:
            analysis, stored = judge(
                request,
                transcript,
                follows=Transcript.from_dict(first.transcript),
                probe=probe_codes(asked.persona, asked.question_text),
                probe_text=asked.question_text,
            )
        else:
            analysis, stored = judge(request, transcript)
        if stored is None:
            pass
        elif delivery is not None:
            stored.update(delivery)
        elif answer_audio is not None:
            stored.update(self._delivery(answer_audio))
        turn = TurnRecord(
            number=asked.number,
            persona_id=asked.persona.id,
            question_id=question.id,
            question_text=asked.question_text,
            lead_in=asked.lead_in,
            question_kind=question.kind,
            question_audio=asked.question_audio,
            answer_audio=answer_audio,
            answer_mode=answer_mode,
            transcript=transcript.to_dict(),
            analysis=stored,
            started=started,
            ended=_now(),
            ended_by=ended_by,
            interrupted=interrupted,
            retake_of=asked.retake_of,
            follow_up_of=asked.follow_up_of,
        )
        self._writer.add_turn(turn)
        self.turns.append(turn)
        on_event(StateChanged("feedback"))
        on_event(TurnFinished(turn, analysis))
        return turn

    def _delivery(self, answer_audio: str) -> dict[str, object]:
        """How the recorded answer sounds (pitch and energy variation, a flat-delivery note);
        empty when the audio is too short or cannot be read."""
        from simulator.errors import AudioFileError

        try:
            clip = Clip.from_wav(self.folder / answer_audio)
        except (OSError, ValueError, AudioFileError):  # an empty or unreadable recording
            return {}
        return _delivery_of(clip)

    @property
    def is_open(self) -> bool:
        """The session is still being written (not finished, not ended by Ctrl-C)."""
        return self._writer.is_open

    @property
    def answer_pending(self) -> bool:
        """An answer is being recorded or stored (its WAV marked in progress, not yet a turn)."""
        return self._writer.record.pending is not None

    def finish(self, *, interrupted: bool = False) -> SessionRecord:
        """Store the session as finished (`interrupted`: the user ended it before its end)."""
        return self._writer.finish(interrupted=interrupted)

    def end_interrupted(self) -> list[str]:
        """End the session after Ctrl-C. Its answers are stored already; an answer still pending
        (a second Ctrl-C before it was stored) is kept the way a crash keeps it: its WAV repaired
        and added as an interrupted turn. Returns the recovery notices."""
        if self._writer.record.pending is None:
            self._writer.finish(interrupted=True)
            return []
        self._writer.release()
        return self.store.recover()


def _delivery_of(clip: Clip) -> dict[str, object]:
    """{"delivery": Prosody as a dict} for an answer's audio; empty when it is too short to
    measure or the measurement fails on it."""
    from simulator.analysis.prosody import analyze_prosody

    try:
        found = analyze_prosody(clip)
    except ValueError:  # an empty recording
        return {}
    return {"delivery": found.to_dict()} if found is not None else {}


JUDGE_SLACK_S = 0.1
"""How far the recorder's end of speech (webrtcvad at aggressiveness 2, 30 ms frames) may lie
past the transcribed audio (cut by the streaming transcriber's own detector 0.1 s into the
silence it hears) with the words still trusted: the two detectors place the end of the last
word up to a few frames apart, and no word is that short."""


def words_judge(streaming: StreamingTranscriber) -> Callable[[float], str]:
    """The recorder's end-of-answer judge: what the streamed transcript says about the answer
    being over (simulator.analysis.answer_end), once every word up to the last speech has been
    transcribed; "unsure" before that, so a lagging transcript never ends an answer early."""
    from simulator.analysis.answer_end import answer_end_verdict

    verdicts: dict[str, str] = {}

    def judge(last_speech_end_s: float) -> str:
        if streaming.transcribed_through_s() < last_speech_end_s - JUDGE_SLACK_S:
            return "unsure"
        text = streaming.partial_text()
        if text not in verdicts:
            verdicts[text] = answer_end_verdict(text)
        return verdicts[text]

    return judge


def microphone_available() -> tuple[bool, str]:
    """Whether an input device exists, and if not, why: the app offers typed answers then."""
    from simulator.audio.devices import default_input_device

    try:
        found = default_input_device()
    except OSError as error:  # sounddevice raises OSError when PortAudio itself is missing
        return False, f"no microphone: PortAudio cannot start ({error})"
    if found is None:
        return False, "no microphone found (check it is plugged in: interview-sim doctor)"
    return True, ""


def _asks_for_a_part_told(code: str, probe: str, analysis: AnswerAnalysis) -> bool:
    """Whether `probe`, a persona's probe for `code`, a flaw that names no missing part
    (too_short: "Could you go into a bit more detail? I'd like to hear how you approached
    it."), asks in its words only for STAR parts the answer already told: a later flaw's probe
    for a part it lacks comes first (breaker13 B21: an answer with three own actions and no
    scene or task was asked for its approach); with none, it is asked. Not too_long, whose
    probe asks for the result in two sentences on purpose: a summary of what is there."""
    from simulator.analysis.follow_up import GIVES_PART, judged_by_its_words, probe_asks

    if code == "too_long" or not judged_by_its_words(code):
        return False
    parts = [asked for asked in probe_asks(probe) if asked in GIVES_PART]
    flaws = set(analysis.flaw_codes)
    return bool(parts) and not any(asked in flaws for asked in parts)
