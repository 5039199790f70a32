"""An interviewer who names the company's value in the introduction says it as a name. A value
is often written as an order ("Leave it better", "Own the outcome"); lower-cased into the
sentence it read "how the firm delivers on leave it better". Real persona files, real profile."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.company import load_company
from simulator.interview.personas import fill, get_persona


def test_the_value_is_said_as_its_name(tmp_path: Path) -> None:
    path = tmp_path / "glenmoor.toml"
    path.write_text(
        'name = "Glenmoor Care"\n\n[[values]]\nname = "Leave it better"\n', encoding="utf-8"
    )
    company = load_company(path)
    for persona_id in ("hiring-manager", "peer"):
        line = fill(get_persona(persona_id).company_line, company)
        assert "\u201cLeave it better\u201d" in line, line
        assert "leave it better" not in line, line
    # Without a profile the line still reads as plain words.
    assert "{value}" not in fill(get_persona("hiring-manager").company_line, None)
