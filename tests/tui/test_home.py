"""The home screen on the real persona and bank files, and the app's ways in and out."""

from __future__ import annotations

import asyncio

from textual.pilot import Pilot
from textual.widget import Widget

from simulator.tui.app import make_app
from simulator.tui.screens.help import HelpScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice, ChoicePicker
from simulator.tui.widgets.persona_card import CHOSEN_MARK, PersonaCard
from simulator.tui.widgets.session_list import SessionList
from tests.tui.conftest import STRONG_ANSWER, quiet_parts, typed_session, until


async def focus(pilot: Pilot[int], widget: Widget) -> None:
    """Focus `widget` and wait until it has it: Textual applies focus on its next turn, and a
    key pressed before that goes to the widget focused before."""
    widget.focus()
    await until(pilot, lambda: pilot.app.focused is widget, f"focus on {widget!r}")


def test_home_lists_the_three_interviewer_roles_with_what_they_listen_for() -> None:
    async def scenario() -> list[str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "focus on a card")
            cards = list(app.screen.query(PersonaCard))
            texts = []
            for card in cards:
                role, who, listens = card.lines()
                mark = f"  {CHOSEN_MARK}" if card.chosen else ""
                assert str(card.render()) == f"{role}{mark}\n{who}\n{listens}"
                assert card.persona.name in who and listens.startswith("Listens for: ")
                texts.append(role)
            return texts

    roles = asyncio.run(scenario())
    for role in ("Hiring manager", "Senior leader", "Peer"):
        assert role in roles


def test_keyboard_moves_between_interviewers_and_help_opens_and_closes() -> None:
    async def scenario() -> None:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "focus on a card")
            first = app.focused
            await pilot.press("down")
            assert isinstance(app.focused, PersonaCard) and app.focused is not first
            await pilot.press("up")
            assert app.focused is first
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, HomeScreen)
            await pilot.press("q")
        assert app.return_code == 0

    asyncio.run(scenario())


def test_recent_sessions_show_their_scores_and_open_for_replay() -> None:
    older = typed_session([STRONG_ANSWER], "2026-01-05T09:30:00.000+00:00")
    newer = typed_session([STRONG_ANSWER, STRONG_ANSWER], "2026-01-12T09:30:00.000+00:00")

    async def scenario() -> tuple[list[tuple[str, str, str, str, str]], list[str]]:
        from simulator.tui.screens.replay import ReplayScreen

        app = make_app(quiet_parts())
        opened: list[str] = []
        async with app.run_test(size=(100, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, HomeScreen)
            recent = screen.query_one("#recent", SessionList)
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await until(pilot, lambda: len(recent.sessions) == 2, "the stored sessions")
            rows = recent.rows()
            header = str(recent.render()).splitlines()[0].split()
            assert header == ["When", "Interviewers", "Turns", "Score"]

            await focus(pilot, recent)
            await pilot.press("down", "enter")  # the second row: the older session
            await until(pilot, lambda: isinstance(app.screen, ReplayScreen), "the replay")
            opened.append(app.screen.session_id)  # type: ignore[attr-defined]
            await pilot.press("escape")
            await until(pilot, lambda: app.screen is screen, "home again")
            await pilot.click(SessionList, offset=(2, 1))  # the first row, under the header
            await until(pilot, lambda: isinstance(app.screen, ReplayScreen), "the replay")
            opened.append(app.screen.session_id)  # type: ignore[attr-defined]
        return rows, opened

    rows, opened = asyncio.run(scenario())
    (when, persona, turns, score, mark), older_row = rows
    assert mark == "", "a finished session has no mark"
    assert when == "12 Jan 09:30" and persona == "Maya Okafor" and turns == "2"  # as her card
    assert older_row[0] == "05 Jan 09:30" and older_row[2] == "1"
    assert 0 < int(score) <= 100
    assert opened == [older, newer]


def test_command_palette_offers_the_main_actions_of_each_screen() -> None:
    async def scenario() -> list[str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            return [command.title for command in app.get_system_commands(app.screen)]

    titles = asyncio.run(scenario())
    for title in ("Start interview", "Hear interviewer's voice", "History", "Help", "Quit"):
        assert title in titles


def test_start_recovers_an_answer_a_crash_left_open(tmp_path: object) -> None:
    """A session whose program died mid-answer: the next start repairs its WAV, keeps the answer
    as an interrupted turn and says so."""
    from simulator.audio.clip import Clip
    from simulator.audio.writer import StreamingWavWriter
    from simulator.storage.store import SessionStore
    from tests.support.speech import flite_clip

    store = SessionStore()
    writer = store.create_session(
        mode="practice", persona_ids=["peer"], bank_id="behavioral", engine="auto", model=""
    )
    path = writer.audio_path(1, "answer")
    writer.mark_in_progress(1, path.name, question_text="Tell me about a deadline.")
    spoken = flite_clip("We had a deadline on Friday and I split the work.", path.parent)
    partial = StreamingWavWriter(path)
    partial.write(spoken.samples)
    partial.flush()  # what a killed writer leaves: samples on disk, header not final
    writer.release()

    async def scenario() -> tuple[str, list[str]]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, HomeScreen)
            recent = screen.query_one("#recent", SessionList)
            await until(
                pilot,
                lambda: len(recent.sessions) == 1 and len(app._notifications) > 0,
                "the recovered session and its notice",
            )
            return writer.id, [n.message for n in app._notifications]

    session_id, notices = asyncio.run(scenario())
    assert any(session_id in notice and "recovered" in notice for notice in notices), notices
    record = store.load(session_id)
    assert record.status == "interrupted" and record.turns[0].interrupted
    recovered = Clip.from_wav(path)
    assert abs(recovered.duration_s - spoken.duration_s) < 0.5


def test_drill_mode_starts_on_the_weakest_competency_of_the_bank() -> None:
    from simulator.interview.banks import get_bank
    from simulator.interview.plan import weakest_target
    from simulator.tui.screens.interview import InterviewScreen

    async def scenario() -> tuple[str, ...]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "focus on a card")
            app.screen.query_one("#mode", Choice).value = "drill"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            return tuple(q.id for q in screen.setup.questions)

    question_ids = asyncio.run(scenario())
    bank = get_bank("behavioral")
    target = weakest_target(bank, {})
    assert len(question_ids) == 3
    assert all(target in bank.question(qid).competencies for qid in question_ids)


def test_footer_is_rebuilt_only_when_the_keys_it_shows_change() -> None:
    """Moving between interviewer cards keeps the same keys, so the footer keeps its widgets;
    focusing the bank picker takes enter away from "Start", so the footer changes."""
    from textual.widgets._footer import FooterKey

    def footer_keys(app: object) -> list[FooterKey]:
        return list(app.screen.query(FooterKey))  # type: ignore[attr-defined]

    async def scenario() -> None:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "focus on a card")
            await until(
                pilot,
                lambda: "Start" in [key.description for key in footer_keys(app)],
                "the footer's keys for a card",
            )
            before = footer_keys(app)
            await pilot.press("down")
            await pilot.press("down")
            await pilot.pause()
            assert footer_keys(app) == before  # the very same widgets: nothing re-built

            app.screen.query_one("#bank", Choice).focus()
            await until(
                pilot,
                lambda: "Start" not in [key.description for key in footer_keys(app)],
                "the footer without Start while the bank picker has focus",
            )
            next(card for card in app.screen.query(PersonaCard) if card.chosen).focus()
            await until(
                pilot,
                lambda: "Start" in [key.description for key in footer_keys(app)],
                "Start back in the footer",
            )

    asyncio.run(scenario())


def test_settings_change_in_place_or_from_their_list_and_start_uses_them() -> None:
    """Right steps the mode, enter opens the list of counts, escape keeps the value, and the
    session that starts has the mode and number of questions shown."""
    from simulator.tui.screens.interview import InterviewScreen

    async def scenario() -> None:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "focus on a card")
            bank = app.screen.query_one("#bank", Choice)
            mode = app.screen.query_one("#mode", Choice)
            count = app.screen.query_one("#count", Choice)
            await until(pilot, lambda: bank.value == "behavioral", "the banks")
            assert "Behavioral" in str(bank.render())

            await focus(pilot, mode)
            await pilot.press("right")
            assert mode.value == "full" and "Full mock" in str(mode.render())
            await pilot.press("left", "left")
            assert mode.value == "presentation"  # wraps around
            await pilot.press("right")
            assert mode.value == "practice"

            await focus(pilot, count)
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the list")
            await pilot.press("escape")
            await until(pilot, lambda: not isinstance(app.screen, ChoicePicker), "list closed")
            assert count.value == 3
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the list")
            await pilot.press("up", "enter")  # from 3 to the one above: 2
            await until(pilot, lambda: count.value == 2, "two questions chosen")
            assert app.focused is count

            await focus(pilot, app.screen.query(PersonaCard).first())
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            assert screen.setup.mode == "practice" and len(screen.setup.questions) == 2
            assert screen.setup.bank.id == "behavioral"

    asyncio.run(scenario())
