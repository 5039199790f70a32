"""A presentation's clocks really run: the preparation countdown ticks down on Textual's own
timer to "time is up", then the talk, spoken into the virtual microphone and recorded by the real
recorder, moves the talk clock sample by sample past its slot, where the clock warns. The
exercise is the bank's own, cut to a two-second preparation and a three-second slot so the test
waits seconds, not minutes; every wait is on the screen's state, never a fixed sleep."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest

from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.personas import get_persona
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.routes import InterviewSetup, StartInterview
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.meters import AnswerTimer
from simulator.tui.widgets.persona_card import PersonaCard
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import settled, until

PREPARE_S = 2.0
SLOT = (1.5, 3.0)
TALK = "Three points. First the delay, then our fix, then its cost. In short, it worked."


def _short_exercise() -> plan.InterviewPlan:
    banks = dict(load_banks().items)
    exercise = next(b for b in banks.values() if b.kind == "exercise")
    short = dataclasses.replace(exercise.questions[0], prepare_s=PREPARE_S, target_s=SLOT)
    banks[exercise.id] = dataclasses.replace(exercise, questions=(short,))
    return plan.presentation(get_persona("hiring-manager"), banks)


@pytest.mark.slow
def test_preparation_counts_down_and_the_talk_clock_runs_past_the_slot(
    tmp_path: Path, private_home: Path, virtual_audio: VirtualAudio
) -> None:
    talk = flite_clip(TALK, tmp_path, name="talk")
    assert talk.duration_s > SLOT[1] * 1.25 + 1.0, "the talk must run well past its slot"
    parts = AppParts(load_settings=lambda: Settings(engine="pocketsphinx", silence_s=0.8))
    session_plan = _short_exercise()

    async def scenario() -> tuple[list[float], list[str], list[float], list[str], str]:
        app = make_app(parts)
        async with app.run_test(size=(110, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await until(pilot, lambda: "loading" not in app.engine_status, "the engine", 120)
            await settled(pilot)
            app.post_message(
                StartInterview(
                    InterviewSetup(
                        plan=session_plan,
                        personas=session_plan.personas,
                        bank=None,
                        mode="presentation",
                        typed_reason=None,
                    )
                )
            )
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the room")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            assert screen.typed_reason is None, "the virtual microphone is found"
            await until(pilot, lambda: screen.asked is not None, "the brief")

            # The countdown: every value it showed, sampled while waiting for it to end.
            mode_line = screen.query_one("#mode-line")
            left: list[float] = []
            lines: list[str] = []

            def preparation_over() -> bool:
                left.append(screen.prep_left_s)
                lines.append(str(mode_line.render()))
                return screen.prep_left_s <= 0

            await until(pilot, preparation_over, "the preparation time to run out")

            # The talk: the clock's every value, from the recorder's level events.
            timer = screen.query_one(AnswerTimer)
            clock: list[float] = []
            shown: list[str] = []

            def tick(elapsed_s: float) -> None:
                clock.append(elapsed_s)
                shown.append(str(timer.render()))

            screen.watch(timer, "elapsed_s", tick, init=False)
            virtual_audio.feed_mic(talk)
            await pilot.press("space")
            await settled(pilot)
            assert screen.interview is not None and len(screen.interview.turns) == 1
            return left, lines, clock, shown, screen.interview.session_id

    left, lines, clock, shown, session_id = asyncio.run(scenario())

    # The countdown went 0:02, 0:01, then "time is up", one second per tick.
    assert left[0] == PREPARE_S and sorted(set(left), reverse=True) == [2.0, 1.0, 0.0]
    assert any(line.startswith("Preparation: 0:02 left") for line in lines)
    assert any(line.startswith("Preparation: 0:01 left") for line in lines)
    assert lines[-1].startswith("Preparation time is up") and "0:03 slot" in lines[-1]

    # The talk clock moved forward many times, through the slot and past it.
    moving = [t for t in clock if t > 0]
    assert len(moving) > 20 and moving == sorted(moving)
    assert moving[-1] >= talk.duration_s - 0.1
    within = [text for t, text in zip(clock, shown, strict=True) if SLOT[0] <= t <= SLOT[1]]
    over = [text for t, text in zip(clock, shown, strict=True) if t > SLOT[1] * 1.25]
    assert within and not any("over" in text or "past" in text for text in within)
    assert over and all("well over time" in text for text in over)
    assert "target 0:02–0:03" in shown[-1]  # 1.5 s rounds to 2, as the feedback's "2–3 s"

    (turn,) = SessionStore().load(session_id).turns
    assert turn.question_kind == "presentation" and turn.answer_mode == "voice"
    assert turn.analysis["presentation"]["slot_s"] == SLOT[1]
    assert turn.analysis["presentation"]["slot_verdict"] == "over"


TYPED_TALK = (
    "Today I'll cover three things about the outage. First, what broke: the cache expired "
    "at night. Second, what we changed: a warm-up job and an alarm. Third, what it cost: two "
    "days of work. To sum up, I recommend we keep the alarm. Happy to take questions."
)


@pytest.mark.usefixtures("no_audio_devices")
def test_the_preparation_line_goes_when_the_talk_is_sent_and_no_tip_asks_for_what_is_there(
    private_home: Path,
) -> None:
    from tests.tui.conftest import quiet_parts, type_answer

    full = plan.presentation(get_persona("hiring-manager"), dict(load_banks().items))

    async def scenario() -> tuple[str, str, str, str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await settled(pilot)
            app.post_message(
                StartInterview(
                    InterviewSetup(
                        plan=full,
                        personas=full.personas,
                        bank=None,
                        mode="presentation",
                        typed_reason="no microphone found",
                    )
                )
            )
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the room")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await until(pilot, lambda: screen.asked is not None, "the brief")
            mode_line = screen.query_one("#mode-line")
            during = str(mode_line.render())
            await pilot.press("t")
            await type_answer(pilot, TYPED_TALK)
            await settled(pilot)
            assert screen.last_turn is not None, "the talk's feedback"
            after = str(mode_line.render())
            tips = str(screen.query_one("#tips").render())
            review = str(screen.query_one("#review").render())
            return during, after, tips, review

    during, after, tips, review = asyncio.run(scenario())
    assert "Preparation:" in during
    assert "Preparation" not in after and after.startswith("Typed mode: no microphone found")
    assert "opening ✓" in review
    assert "open" not in tips.lower(), tips
