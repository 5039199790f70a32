"""`export -o report.md` writes Markdown and `-o report.html` HTML without `--format`: the
new user had to give `--format` beside a file name that already said it (new-user report 5,
item 18). A suffix that names neither is refused with what to do; printing defaults to md."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from tests.trust.helpers import cli_here


@pytest.fixture
def session_id() -> str:
    interview = Interview(
        persona=get_persona("peer"), bank_id="behavioral", store=SessionStore(),
        settings=Settings(), speak=False,
    )
    asked = interview.ask(get_bank("behavioral").questions[0], on_event=lambda event: None)
    interview.answer_by_text(
        asked, "Night shift, 2022: I re-slotted the fast movers and picks went up a fifth.",
        lambda event: None,
    )
    return interview.finish().id


def test_the_suffix_names_the_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_id: str
) -> None:
    for name, starts in (("r.md", "# "), ("r.HTML", "<!DOCTYPE html>")):
        code, _, err = cli_here(capsys, "export", session_id, "-o", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).read_text(encoding="utf-8").lstrip().startswith(starts)


def test_an_unknown_suffix_says_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_id: str
) -> None:
    code, _, err = cli_here(capsys, "export", session_id, "-o", str(tmp_path / "r.txt"))
    assert code == 2
    assert "'.txt'" in err and "--format" in err
    assert not (tmp_path / "r.txt").exists()


def test_printing_without_a_format_is_markdown(
    capsys: pytest.CaptureFixture[str], session_id: str
) -> None:
    code, out, _ = cli_here(capsys, "export", session_id)
    assert code == 0 and out.startswith("# ")
