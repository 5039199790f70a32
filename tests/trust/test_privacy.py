"""Private by default, proven on full sessions run as a user runs them.

Each session runs in a child process under an audit hook (tests/trust/guarded_run.py) that
refuses and logs every name lookup, connect and send: headless with pocketsphinx, headless with
the default engine (faster-whisper tiny.en, no HF_HUB_OFFLINE), and the TUI driven by Pilot. The
same sessions then show that everything under the data home is 0600/0700, and that deleting a
session removes its audio, JSON and index rows. Names a user types never reach outside the data
folders, through every command that takes one."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from simulator.tui.parts import AppParts
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio
from tests.trust.helpers import (
    SHORT_ANSWER,
    cli_here,
    modes_not_private,
    network_attempts,
    run_guarded,
    tree_snapshot,
)

pytestmark = pytest.mark.slow


def index_rows(home: Path, session_id: str) -> int:
    """Rows mentioning `session_id` in any table of the SQLite index."""
    with sqlite3.connect(home / "index.sqlite3") as db:
        tables = [row[0] for row in db.execute("select name from sqlite_master where type='table'")]
        total = 0
        for table in tables:
            columns = [row[1] for row in db.execute(f"pragma table_info('{table}')")]
            for column in columns:
                total += db.execute(
                    f"select count(*) from '{table}' where \"{column}\" = ?", (session_id,)
                ).fetchone()[0]
    return total


@pytest.fixture
def spoken_answer(virtual_audio: VirtualAudio, tmp_path: Path) -> VirtualAudio:
    virtual_audio.feed_mic(flite_clip(SHORT_ANSWER, tmp_path))
    return virtual_audio


@pytest.mark.parametrize("engine", ["pocketsphinx", "default"])
def test_a_headless_voice_session_never_touches_the_network_and_stays_private(
    tmp_path: Path,
    private_home: Path,
    spoken_answer: VirtualAudio,
    capsys: pytest.CaptureFixture[str],
    engine: str,
) -> None:
    log = tmp_path / "network.log"
    engine_args = [] if engine == "default" else ["--engine", engine]
    result = run_guarded(
        private_home,
        log,
        "cli",
        "practice",
        "--no-tui",
        "--json",
        *engine_args,
        env=spoken_answer.env(),
    )
    assert network_attempts(log) == []
    assert result.returncode == 0, result.stderr
    turn = json.loads(result.stdout)
    assert turn["transcript"]["engine"] == ("faster-whisper" if engine == "default" else engine)
    assert "deployment" in turn["transcript"]["text"].lower()
    assert turn["analysis"]["timing"]["wpm"] > 0
    folder = Path(turn["folder"])
    assert (folder / turn["answer_audio"]).is_file() and (folder / "session.json").is_file()

    assert modes_not_private(private_home) == []

    # Deleting it takes the audio, the JSON and every index row with it.
    session_id = turn["session"]
    assert index_rows(private_home, session_id) >= 1
    code, _, err = cli_here(capsys, "sessions", "--delete", session_id)
    assert code == 0, err
    assert not folder.exists()
    assert index_rows(private_home, session_id) == 0
    assert session_id not in cli_here(capsys, "sessions", "--json")[1]


def test_a_tui_voice_session_never_touches_the_network_and_stays_private(
    tmp_path: Path, private_home: Path, spoken_answer: VirtualAudio
) -> None:
    log = tmp_path / "network.log"
    result = run_guarded(private_home, log, "tui", env=spoken_answer.env())
    assert network_attempts(log) == []
    assert result.returncode == 0, result.stderr[-3000:]
    session_id = result.stdout.strip().splitlines()[-1]
    from simulator.storage.store import SessionStore

    [turn] = SessionStore().load(session_id).turns
    assert turn.answer_mode == "voice" and turn.answer_audio
    assert "deployment" in str(turn.transcript["text"]).lower()
    assert (private_home / "recordings" / session_id / turn.answer_audio).is_file()
    assert modes_not_private(private_home) == []


def test_whisper_loads_and_transcribes_without_the_hub(tmp_path: Path, private_home: Path) -> None:
    """The default engine's model comes from the installed package: `transcribe`, which builds
    faster-whisper the way the app does, makes no attempt even with HF_HUB_OFFLINE unset."""
    answer = tmp_path / "answer.wav"
    flite_clip(SHORT_ANSWER, tmp_path).write_wav(answer)
    log = tmp_path / "network.log"
    result = run_guarded(
        private_home, log, "cli", "analyze", str(answer), "--engine", "faster-whisper", "--json"
    )
    assert network_attempts(log) == []
    assert result.returncode == 0, result.stderr
    assert "deployment" in result.stdout.lower()
    assert "HF_HUB_OFFLINE" not in os.environ or os.environ["HF_HUB_OFFLINE"] in ("", "0")


@pytest.mark.parametrize("reply", ["n\n", ""], ids=["declined", "no-terminal"])
def test_a_download_asks_first_and_connects_only_when_told(
    tmp_path: Path, private_home: Path, reply: str
) -> None:
    log = tmp_path / "network.log"
    result = run_guarded(private_home, log, "cli", "models", "install", "small.en", stdin=reply)
    assert network_attempts(log) == []
    assert result.returncode == 1, result.stderr
    assert "This will connect to huggingface.co" in result.stderr
    assert "nothing downloaded" in result.stderr and "Traceback" not in result.stderr


def test_an_explicit_download_says_so_before_it_connects(
    tmp_path: Path, private_home: Path
) -> None:
    """Also the guard's own check: a real attempt is caught, so the empty logs above mean
    something. The refused connection ends in one line."""
    log = tmp_path / "network.log"
    result = run_guarded(private_home, log, "cli", "models", "install", "small.en", "--yes")
    attempts = network_attempts(log)
    assert attempts and all("huggingface.co" in line for line in attempts), attempts
    assert result.stderr.index("This will connect to huggingface.co") < result.stderr.index(
        "could not download"
    )
    assert result.returncode == 2
    error_lines = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(error_lines) == 1 and "Traceback" not in result.stderr


# -- names from the user -------------------------------------------------------------------------

ESCAPES = ["../outside", "../../etc/passwd", "/etc/passwd", "..", ".", "", "a/../../b"]


@pytest.mark.parametrize("name", ESCAPES)
def test_session_names_never_reach_outside_the_recordings(
    private_home: Path, no_audio_devices: None, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Every command that takes a session: refused in one line, nothing outside is touched,
    including a folder next to the recordings that looks exactly like a session."""
    outside = private_home / "outside"
    outside.mkdir(parents=True)
    (outside / "session.json").write_text("{}")
    (outside / "turn-01-answer.wav").write_bytes(b"RIFF")
    before = tree_snapshot(outside)
    for argv in (
        ["sessions", "--delete", name],
        ["replay", name],
        ["export", name, "--format", "md"],
        ["reanalyze", name],
    ):
        code, out, err = cli_here(capsys, *argv)
        assert code == 2, (argv, out, err)
        assert len(err.strip().splitlines()) == 1, err
        assert tree_snapshot(outside) == before, argv


def test_a_session_folder_linked_outside_is_not_followed_by_delete(
    tmp_path: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "session.json").write_text('{"id": "20260101-000000-abcdef"}')
    (victim / "precious.wav").write_bytes(b"RIFF....")
    recordings = private_home / "recordings"
    recordings.mkdir(parents=True)
    (recordings / "20260101-000000-abcdef").symlink_to(victim, target_is_directory=True)

    cli_here(capsys, "sessions", "--delete", "20260101-000000-abcdef")
    assert (victim / "precious.wav").read_bytes() == b"RIFF...."
    assert (victim / "session.json").exists()


@pytest.mark.parametrize("flag", ["--persona", "--bank", "--question"])
@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "../personas/x"])
def test_persona_bank_and_question_names_are_names_not_paths(
    private_home: Path, capsys: pytest.CaptureFixture[str], flag: str, name: str
) -> None:
    """In this process: a name is refused before the typed answer is read (pytest's stdin
    raises if it is read), and nothing is written."""
    code, out, err = cli_here(capsys, "practice", "--no-tui", "--silent", "--typed", flag, name)
    assert code == 2, out
    assert "unknown" in err and "Traceback" not in err
    assert not (private_home / "recordings").exists() or not any(
        (private_home / "recordings").iterdir()
    )


def test_a_tui_session_with_every_kind_of_turn_leaves_only_private_files(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    """Question audio is written for a persona switch and for a question then skipped, besides
    the usual turns: a follow-up, a retake. Under a loose umask every file is still 0600 and
    every folder 0700 (a switch's WAV was 0644 when it skipped the private write)."""
    import asyncio

    from simulator.tui.app import make_app
    from simulator.tui.screens.interview import InterviewScreen, StateLine
    from simulator.tui.screens.summary import SummaryScreen
    from simulator.tui.widgets.persona_card import PersonaCard
    from tests.tui.conftest import STRONG_ANSWER, WEAK_ANSWER, quiet_parts, type_answer, until

    async def scenario() -> list[tuple[int | None, int | None]]:
        app = make_app(
            quiet_parts(new_interview=AppParts().new_interview), bank_id="behavioral"
        )
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)

            async def asked() -> None:
                await until(
                    pilot, lambda: screen.asked is not None and not screen.busy, "the question"
                )

            async def typed(answer: str) -> None:
                before = screen.last_turn
                await pilot.press("t")
                await type_answer(pilot, answer)  # waits for the box to have focus first
                await until(
                    pilot,
                    lambda: screen.last_turn is not before and not screen.busy,
                    "feedback and the answer worker's end",
                )

            await asked()
            await typed(WEAK_ANSWER)
            assert screen.probe, "a weak answer draws a follow-up"
            await pilot.press("f")
            await asked()
            await typed(STRONG_ANSWER)
            await pilot.press("r")  # after a follow-up: which to answer again
            await until(pilot, lambda: app.screen is not screen, "the retake choice")
            await pilot.press("enter")  # the follow-up
            await until(pilot, lambda: app.screen is screen, "the interview again")
            await asked()
            await typed(STRONG_ANSWER)
            await pilot.press("p")  # another interviewer asks it again: a new question WAV
            await until(pilot, lambda: app.screen is not screen, "the chooser")
            await pilot.press("down", "enter")
            await until(pilot, lambda: app.screen is screen, "the interview again")
            await asked()
            await pilot.press("s")  # skipped before answering: its WAV stays
            await asked()
            await typed(STRONG_ANSWER)
            assert screen.query_one(StateLine).state == "feedback"
            session_id = screen.interview.session_id if screen.interview else ""
            await pilot.press("e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            # Leaving before the summary's header has its title raises inside Textual.
            await until(pilot, lambda: app.screen.query("HeaderTitle"), "the summary's header")
            await pilot.pause()
        from simulator.storage.store import SessionStore

        turns = SessionStore().load(session_id).turns
        return [(t.follow_up_of, t.retake_of) for t in turns]

    previous = os.umask(0o022)
    try:
        kinds = asyncio.run(scenario())
    finally:
        os.umask(previous)
    assert any(follow for follow, _ in kinds) and any(retake for _, retake in kinds)
    wavs = sorted(p.name for p in private_home.rglob("turn-*-question.wav"))
    # The first question, the follow-up, the switched one (then skipped), the next: a retake
    # reuses its question's audio.
    assert wavs == [f"turn-0{n}-question.wav" for n in (1, 2, 4, 5)]
    assert modes_not_private(private_home) == []
