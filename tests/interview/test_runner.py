"""The session runner on real parts: real espeak speech into the virtual speaker, real flite
answers through the virtual microphone, the real recognizer, analysis and store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from simulator.config import Settings
from simulator.interview import runner
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.events import (
    DeliveryMeasured,
    Event,
    LevelChanged,
    StateChanged,
    TurnFinished,
)
from simulator.interview.personas import get_persona
from simulator.interview.runner import AnswerControls, Interview
from simulator.storage.store import SessionStore
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio

FAST = Settings(engine="pocketsphinx", silence_s=0.8)


def question(bank: str, short_id: str):
    return load_banks().items[bank].question(short_id)


def states(events: list[Event]) -> list[str]:
    return [e.state for e in events if isinstance(e, StateChanged)]


@pytest.mark.slow
def test_a_voice_turn_reports_progress_in_order_and_is_stored(
    tmp_path: Path, virtual_audio: VirtualAudio
) -> None:
    interview = Interview(persona=get_persona("peer"), bank_id="behavioral", settings=FAST)
    events: list[Event] = []
    asked = interview.ask(question("behavioral", "conflict-peer"), on_event=events.append)
    virtual_audio.feed_mic(
        flite_clip("I disagreed with a colleague about testing, so I ran a small trial.", tmp_path)
    )
    turn = interview.answer_by_voice(asked, AnswerControls(), events.append)
    assert turn is not None

    assert states(events) == ["speaking", "your_turn", "listening", "transcribing", "feedback"]
    first_level = next(i for i, e in enumerate(events) if isinstance(e, LevelChanged))
    listening = next(i for i, e in enumerate(events) if getattr(e, "state", "") == "listening")
    assert listening < first_level  # "speak now" is said as the microphone goes live
    # The feedback is announced first; the pitch analysis follows it, and the stored and
    # returned turn has both.
    finished, measured = events[-2:]
    assert isinstance(finished, TurnFinished) and "delivery" not in (finished.turn.analysis or {})
    assert isinstance(measured, DeliveryMeasured) and measured.turn == turn
    assert turn.analysis is not None and turn.analysis["delivery"]["pitch_sd_st"] > 0
    assert {**turn.analysis, "delivery": None} == {**finished.turn.analysis, "delivery": None}
    assert "trial" in turn.transcript["text"]

    record = interview.finish()
    assert SessionStore().load(record.id).turns == (turn,)


@pytest.mark.slow
def test_the_delivery_is_measured_only_once_the_feedback_is_shown(
    tmp_path: Path, virtual_audio: VirtualAudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Praat holds the interpreter while it tracks pitch: a caller that paints the feedback
    says when it is on screen (`AnswerControls.shown`), and only then is the delivery measured
    and announced."""
    monkeypatch.setattr(runner, "SHOWN_WAIT_S", 600.0)  # only `shown` may end the wait here
    interview = Interview(persona=get_persona("peer"), bank_id="behavioral", settings=FAST)
    asked = interview.ask(question("behavioral", "conflict-peer"), on_event=lambda e: None)
    virtual_audio.feed_mic(
        flite_clip("I disagreed with a colleague about testing, so I ran a small trial.", tmp_path)
    )
    controls = AnswerControls(shown=threading.Event())
    events: list[Event] = []
    announced = threading.Event()

    def on_event(event: Event) -> None:
        events.append(event)
        if isinstance(event, TurnFinished):
            announced.set()

    answering = threading.Thread(
        target=interview.answer_by_voice, args=(asked, controls, on_event), daemon=True
    )
    answering.start()
    assert announced.wait(timeout=300)
    waiting = [e for e in events if isinstance(e, DeliveryMeasured)]
    stored = SessionStore().load(interview.session_id).turns[0].analysis or {}
    controls.shown.set()
    answering.join(timeout=300)
    assert not answering.is_alive()
    assert waiting == [] and "delivery" not in stored
    assert isinstance(events[-1], DeliveryMeasured)
    assert "delivery" in (SessionStore().load(interview.session_id).turns[0].analysis or {})


def test_cancelled_answer_is_not_transcribed_but_its_audio_stays(
    tmp_path: Path, virtual_audio: VirtualAudio
) -> None:
    interview = Interview(
        persona=get_persona("peer"), bank_id="behavioral", settings=FAST, speak=False
    )
    asked = interview.ask(question("behavioral", "conflict-peer"), on_event=lambda e: None)
    virtual_audio.feed_mic(flite_clip("I started to answer and then", tmp_path))
    controls = AnswerControls()
    controls.cancel_answer()
    assert interview.answer_by_voice(asked, controls, lambda e: None) is None
    assert (interview.folder / "turn-01-answer.wav").is_file()
    assert interview.turns == []


def test_interrupted_skipped_and_empty_answers_are_marked_in_session_json(
    tmp_path: Path, virtual_audio: VirtualAudio
) -> None:
    interview = Interview(
        persona=get_persona("peer"), bank_id="behavioral", settings=FAST, speak=False
    )
    bank_question = question("behavioral", "conflict-peer")
    said = flite_clip("I split the release into two smaller ones and we shipped", tmp_path)

    # Ctrl-C or quitting mid-answer (pressed before the first block here): kept, marked.
    asked = interview.ask(bank_question, on_event=lambda e: None)
    virtual_audio.feed_mic(said)
    interrupted = AnswerControls()
    interrupted.interrupt()
    turn = interview.answer_by_voice(asked, interrupted, lambda e: None)
    assert turn is not None and turn.interrupted and turn.ended_by == "interrupt"

    # The skip key mid-answer: stored as skipped with its audio, not analysed, not in the run.
    asked = interview.ask(bank_question, on_event=lambda e: None)
    virtual_audio.feed_mic(said)
    skipping = AnswerControls()
    skipping.skip()
    assert interview.answer_by_voice(asked, skipping, lambda e: None) is None

    # Nothing typed.
    asked = interview.ask(bank_question, on_event=lambda e: None)
    empty = interview.answer_by_text(asked, "   ", lambda e: None)
    # A full answer, for contrast.
    asked = interview.ask(bank_question, on_event=lambda e: None)
    full = interview.answer_by_text(asked, "I split the release and we shipped.", lambda e: None)

    stored = SessionStore().load(interview.finish().id)
    flags = [(t.number, t.interrupted, t.skipped, t.empty) for t in stored.turns]
    assert flags[1:] == [(2, False, True, True), (3, False, False, True), (4, False, False, False)]
    assert flags[0][:3] == (1, True, False)
    on_disk = (interview.folder / "session.json").read_text()
    assert '"skipped": true' in on_disk and '"empty": true' in on_disk
    skipped = stored.turns[1]
    assert skipped.analysis is None and skipped.ended_by == "skipped"
    assert (interview.folder / str(skipped.answer_audio)).is_file()
    assert [t.number for t in interview.turns] == [1, 3, 4]
    assert empty.empty and not full.empty
    # The transcript is stored once, beside the analysis, not inside it too.
    assert full.analysis is not None and "transcript" not in full.analysis
    assert stored.turns[3].transcript["text"] == "I split the release and we shipped."
    # None of the cut-short, skipped or empty answers counts; the full one does.
    from simulator.storage.views import views

    assert [v.counts for v in views(stored)] == [False, False, False, True]


def test_retake_and_follow_up_point_back_at_the_first_attempt() -> None:
    manager = get_persona("hiring-manager")
    interview = Interview(persona=manager, bank_id="behavioral", settings=FAST, speak=False)
    events: list[Event] = []
    asked = interview.ask(question("behavioral", "conflict-peer"), on_event=events.append)
    first = interview.answer_by_text(
        asked,
        "My colleague and I disagreed about the schema. I wrote up both options.",
        events.append,
    )
    retake = interview.retake(asked, on_event=events.append)
    assert (retake.number, retake.retake_of) == (2, 1)
    second = interview.answer_by_text(retake, "We argued. Then it was fine.", events.append)
    assert second.retake_of == 1

    analysis = next(e.analysis for e in events if isinstance(e, TurnFinished) and e.turn == first)
    probe = interview.follow_up(first, analysis)
    assert probe is not None and probe in {p for ps in manager.probes.values() for p in ps}


def test_a_follow_up_is_judged_against_its_probe_and_merged_into_its_question() -> None:
    manager = get_persona("hiring-manager")
    interview = Interview(persona=manager, bank_id="behavioral", settings=FAST, speak=False)
    events: list[Event] = []
    asked = interview.ask(question("behavioral", "conflict-peer"), on_event=events.append)
    first = interview.answer_by_text(
        asked,
        "Our night team and the day team kept arguing about who restocked the fridges at the "
        "corner shop where I worked. The owner asked me to sort it out. I sat both shift leads "
        "down, I wrote a checklist for each shift and I pinned it by the till.",
        events.append,
    )
    assert first.analysis is not None
    assert not first.analysis["star"]["parts"]["R"]["present"]
    probe = interview.follow_up(first, next(
        e.analysis for e in events if isinstance(e, TurnFinished) and e.turn == first))
    assert probe in manager.probes["no_result"]
    follow = interview.ask(
        asked.question, on_event=events.append, spoken_text=probe, follow_up_of=first.number
    )
    reply = interview.answer_by_text(
        follow, "The arguments stopped and empty fridges went from most mornings to none.",
        events.append,
    )
    stored = reply.analysis
    assert stored is not None and reply.follow_up_of == first.number
    assert stored["follow_up"]["probe_code"] == "no_result" and stored["follow_up"]["gives"]
    assert stored["star"]["parts"]["R"]["present"]
    assert {"no_situation", "no_task", "no_action"}.isdisjoint(
        f["code"] for f in stored["star"]["flaws"]
    )
    assert stored["score"] > first.analysis["score"]


def test_presentation_and_candidate_questions_get_their_own_review() -> None:
    leader = get_persona("senior-leader")
    interview = Interview(persona=leader, bank_id="exercise", settings=FAST, speak=False)
    events: list[Event] = []
    banks = load_banks().items
    talk = next(q for q in banks["exercise"].questions if q.kind == "presentation")
    asked = interview.ask(talk, on_event=events.append)
    turn = interview.answer_by_text(
        asked,
        "Today I will cover three points. First, the numbers. Second, the risks. Finally, the "
        "plan. To sum up, we grow carefully. Thank you.",
        events.append,
    )
    assert turn.analysis is not None
    review = turn.analysis["presentation"]
    assert review["opening"] and review["close"] and review["main_points"] >= 2

    ask_back = next(q for q in banks["questions-to-ask"].questions)
    asked = interview.ask(ask_back, on_event=events.append)
    turn = interview.answer_by_text(
        asked, "What would success look like in the first six months?", events.append
    )
    assert turn.analysis is not None
    reviewed = turn.analysis["candidate_questions"]["questions"]
    assert reviewed and reviewed[0]["answer"] in leader.answers.values()


def test_answers_that_touch_a_company_value_are_noted(tmp_path: Path) -> None:
    profile = tmp_path / "company.toml"
    profile.write_text(
        'name = "Harbour Lane Foods"\n\n[[values]]\nname = "Customers first"\n'
        'cues = ["customer", "shopper"]\n'
    )
    interview = Interview(
        persona=get_persona("hiring-manager"),
        bank_id="behavioral",
        settings=FAST,
        speak=False,
        company=load_company(profile),
    )
    asked = interview.ask(question("behavioral", "conflict-peer"), on_event=lambda e: None)
    turn = interview.answer_by_text(
        asked, "I called the customer myself and fixed the order.", lambda e: None
    )
    assert turn.analysis is not None
    assert turn.analysis["company_values"][0]["value"] == "Customers first"


def test_say_speaks_in_the_persona_voice(virtual_audio: VirtualAudio) -> None:
    interview = Interview(persona=get_persona("senior-leader"), bank_id="behavioral", settings=FAST)
    events: list[Event] = []
    interview.say("Thank you for your questions.", on_event=events.append)
    assert states(events) == ["speaking", "idle"]
    assert abs(virtual_audio.played()).max() > 0.05


def test_the_question_is_stored_apart_from_the_persona_lead_in() -> None:
    """A persona's transition line ("Good, thanks. Next one.") is said, but the stored question
    is the question: lists, comparisons and exports show it alone."""
    manager = get_persona("hiring-manager")
    conflict = question("behavioral", "conflict-peer")
    spoken = manager.rephrase(conflict)
    lead_in = spoken[: -len(conflict.text)].strip()
    assert lead_in  # the persona does say something before the question
    interview = Interview(persona=manager, bank_id="behavioral", settings=FAST, speak=False)
    asked = interview.ask(conflict, on_event=lambda e: None, spoken_text=spoken)
    turn = interview.answer_by_text(asked, "We argued about tests; I ran a trial.", lambda e: None)
    probe = "And what did you learn from it?"
    follow = interview.ask(
        conflict, on_event=lambda e: None, spoken_text=probe, follow_up_of=turn.number
    )
    follow_turn = interview.answer_by_text(follow, "To listen first.", lambda e: None)
    record = interview.finish()

    stored = SessionStore().load(record.id).turns
    assert (stored[0].question_text, stored[0].lead_in) == (conflict.text, lead_in)
    assert stored[0].spoken_text == spoken
    assert (stored[1].question_text, stored[1].lead_in) == (probe, "")
    assert follow_turn.question_text == probe


def test_a_harder_probe_from_the_plan_is_judged_against_what_it_asks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Round one doubted the candidate on conflict, so the plan presses the conflict question
    with the persona's harder probe ("a specific example, with the numbers"). The reply is judged
    against both things that probe asks and merged into the question like a missing-part
    probe's reply; `reanalyze` judges it the same way."""
    from simulator.cli import main
    from simulator.interview import plan
    from simulator.interview.first_round import FeedbackNote, FirstRoundNotes
    from simulator.interview.sequence import PlannedSession

    manager = get_persona("hiring-manager")
    banks = load_banks().items
    notes = FirstRoundNotes(feedback=(FeedbackNote("thin on conflict", ("conflict",)),))
    built = plan.in_order(manager, banks["behavioral"], 1, first_round=notes, banks=banks)
    assert built.turns[0].pressed
    interview = Interview(persona=manager, bank_id="behavioral", settings=FAST, speak=False)
    session = PlannedSession(built, interview)
    events: list[Event] = []
    asked = session.ask_next(events.append)
    assert asked is not None
    first = interview.answer_by_text(
        asked,
        "me and the other planner at the print works we did not agree how to schedule the rush "
        "jobs, he wanted first come first served and I wanted by deadline. my manager said "
        "settle it between you. so I have proposed we try my way for two weeks on one press "
        "and I kept a sheet of every job and when it was due",
        events.append,
    )
    assert first.analysis is not None and not first.analysis["star"]["parts"]["R"]["present"]
    probe = session.follow_up(first, None)
    assert probe == manager.harder_probes[0]
    follow = session.ask_follow_up(first, probe, events.append)

    # Own actions, but not the number the probe asked for: not given, whatever its length.
    no_number = interview.answer_by_text(
        follow,
        "On the press where we tried it I sorted the rush jobs by due date every morning, and "
        "I showed him the sheet at the end of each day.",
        events.append,
    )
    judged = (no_number.analysis or {})["follow_up"]
    assert judged["asks"] == ["vague", "no_metrics"] and not judged["gives"]
    # It told its own part on one occasion: the message names only what is missing.
    assert "did not give a number for the result" in judged["message"]
    assert "a specific occasion" not in judged["message"]
    assert judged["looked_for"] == ["a specific occasion", "a number for the result"]

    again = interview.retake(follow, on_event=events.append)
    with_number = interview.answer_by_text(
        again,
        "On that press I sorted the rush jobs by due date myself, and late jobs went from nine "
        "in the first week to two in the second, so he agreed we use it on all four presses.",
        events.append,
    )
    stored = with_number.analysis
    assert stored is not None and with_number.follow_up_of == first.number
    assert stored["follow_up"]["asks"] == ["vague", "no_metrics"] and stored["follow_up"]["gives"]
    assert stored["star"]["parts"]["R"]["present"]
    assert {"no_result", "no_metrics"}.isdisjoint(f["code"] for f in stored["star"]["flaws"])
    assert {s["label"] for s in stored["star"]["segments"]} == {"A"}
    assert stored["score"] > first.analysis["score"]

    record = interview.finish()
    assert main(["reanalyze", record.id]) == 0
    printed = capsys.readouterr().out
    # Numbered as the room asked: the reply under its question, not as turns 2 and 3.
    assert "question 1: score" in printed and "question 1 · follow-up: question now" in printed
    assert "turn 2" not in printed and "question 2" not in printed
    again_stored = SessionStore().load(record.id).turns
    assert [(t.analysis or {}).get("follow_up") for t in again_stored] == [
        None, judged, stored["follow_up"]
    ]


def test_a_harder_probe_beyond_star_is_judged_by_what_it_asks_not_by_length() -> None:
    """The senior leader presses a doubted area with "your first ninety days": a long reply
    with no time steps is not credited, a short plan in steps is, and the stored judgment says
    what was looked for."""
    from simulator.interview import plan
    from simulator.interview.events import ignore_events
    from simulator.interview.first_round import FeedbackNote, FirstRoundNotes
    from simulator.interview.sequence import PlannedSession

    leader = get_persona("senior-leader")
    banks = load_banks().items
    notes = FirstRoundNotes(feedback=(FeedbackNote("unsure on conflict", ("conflict",)),))
    built = plan.in_order(leader, banks["behavioral"], 1, first_round=notes, banks=banks)
    interview = Interview(persona=leader, bank_id="behavioral", settings=FAST, speak=False)
    session = PlannedSession(built, interview)
    asked = session.ask_next(ignore_events)
    assert asked is not None
    first = interview.answer_by_text(
        asked,
        "Two of my engineers argued for a week about the test setup, so I sat them down, each "
        "one explained their reasons, and in the end we took the simpler one of the two setups.",
        ignore_events,
    )
    probe = session.follow_up(first, None)
    assert probe is not None and "ninety days" in probe
    follow = session.ask_follow_up(first, probe, ignore_events)
    vague = interview.answer_by_text(
        follow,
        "I would really listen to everybody and build trust, and show with my attitude that I "
        "care about the people and about doing things properly in this team.",
        ignore_events,
    )
    judged = (vague.analysis or {})["follow_up"]
    assert not judged["gives"] and "time_plan" in judged["asks"]
    assert "a plan in time steps (first this, by then that)" in judged["looked_for"]
    steps = interview.answer_by_text(
        interview.retake(follow, on_event=ignore_events),
        "week one i d meet each lead alone. by week four i pick the worst recurring fight and "
        "set a rule for it. by month three i show you the escalations count.",
        ignore_events,
    )
    assert (steps.analysis or {})["follow_up"]["gives"]


def test_a_harder_probe_is_not_asked_for_what_the_answer_already_gave() -> None:
    """The plan presses a doubted area with "Give me a specific example, with the numbers." An
    answer that already told one occasion and its figure does not get that probe: the plan's
    next probe that asks for something else is asked instead, and none when every one asks for
    what is there and nothing is missing."""
    from simulator.analysis import AnswerAnalysis
    from simulator.interview import plan
    from simulator.interview.first_round import FeedbackNote, FirstRoundNotes
    from simulator.interview.sequence import PlannedSession, asks_for_what_is_there

    manager = get_persona("hiring-manager")
    banks = load_banks().items
    notes = FirstRoundNotes(feedback=(FeedbackNote("thin on conflict", ("conflict",)),))
    built = plan.in_order(manager, banks["behavioral"], 1, first_round=notes, banks=banks)
    interview = Interview(persona=manager, bank_id="behavioral", settings=FAST, speak=False)
    session = PlannedSession(built, interview)
    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis

    asked = session.ask_next(keep)
    assert asked is not None
    first = interview.answer_by_text(
        asked,
        "Last spring at the call centre the refund team and the billing team kept blaming each "
        "other for wrong refunds, and I was the one asked to sort it out. I sat both leads down, "
        "I mapped every refund step with them on one sheet and I moved the amount check to "
        "billing. After two months refund errors dropped by 40 percent and the two leads still "
        "run that weekly check together.",
        keep,
    )
    analysis = analyses[first.number]
    assert analysis is not None
    probe = session.follow_up(first, analysis)
    harder = manager.harder_probes[0]
    assert "with the numbers" in harder and asks_for_what_is_there(harder, analysis)
    assert probe != harder
    assert probe is None or not asks_for_what_is_there(probe, analysis)


def test_a_probe_beyond_star_is_asked_whatever_the_answer_had() -> None:
    """'Who disagreed with you?' asks for nothing a STAR answer is judged on, so a complete
    answer does not make it a probe for what is already there."""
    from simulator.analysis import analyze_answer
    from simulator.interview.sequence import asks_for_what_is_there
    from simulator.speech.stt import Transcript

    complete = analyze_answer(
        Transcript.from_text(
            "In my last job our supplier contracts were far too expensive and I had to bring "
            "spend down. I compared three vendors and I renegotiated the biggest contract "
            "myself. In the end I cut costs by 30 percent."
        ),
        question_kind="behavioral",
    )
    hardest = "What was the hardest decision in that, and who disagreed with you?"
    assert not asks_for_what_is_there(hardest, complete)
    assert asks_for_what_is_there("Put a number on it: what did it save?", complete)
