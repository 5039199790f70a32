"""The import map of `simulator/`, read statically from every file (imports inside functions and
under TYPE_CHECKING count too): arrows only run down the floors, and only `simulator/tui/` imports
Textual. A deferred import is still an arrow: it decides what a module may know about."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import simulator

PACKAGE = Path(simulator.__file__).parent

FLOORS = [
    "errors",
    "limits",
    "safe_text",
    "private_files",
    "locations",
    "datafiles",
    "config",
    "audio",
    "speech",
    "analysis",
    "storage",
    "interview",
    "tui",
    "commands",
    "cli",
    "__main__",
]
"""Each top-level module or folder of `simulator/`, ground floor first. A module may import from
its own floor and the floors below it, never from one above."""


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(("simulator", *parts)), path


def _imports(name: str, path: Path) -> Iterator[tuple[int, str]]:
    """(line, imported module or name) for every import in the file, relative ones resolved."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            if base == "simulator":
                for alias in node.names:
                    yield node.lineno, f"simulator.{alias.name}"
            else:
                yield node.lineno, base


def _floor(module: str) -> int | None:
    """The floor of a `simulator.X...` module; None for the package itself (its version)."""
    parts = module.split(".")
    if len(parts) < 2 or parts[1] == "__version__":
        return None
    return FLOORS.index(parts[1])


def test_every_part_of_the_package_has_a_floor() -> None:
    tops = {path.relative_to(PACKAGE).parts[0].removesuffix(".py") for _, path in _modules()}
    assert tops - {"__init__"} == set(FLOORS)


def test_no_import_runs_back_up_a_floor() -> None:
    upward = []
    for name, path in _modules():
        here = _floor(name)
        for line, target in _imports(name, path):
            if not target.startswith("simulator."):
                continue
            there = _floor(target)
            if here is not None and there is not None and there > here:
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    assert upward == []


def test_only_the_tui_imports_textual() -> None:
    offenders = []
    for name, path in _modules():
        if name.startswith("simulator.tui"):
            continue
        for line, target in _imports(name, path):
            if target == "textual" or target.startswith("textual."):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    assert offenders == []


def test_the_checks_see_deferred_imports() -> None:
    """The walk finds an import inside a function body, so a deferred Textual import or a
    deferred upward import cannot slip past the two checks above."""
    practice = PACKAGE / "commands" / "practice.py"
    found = {target for _, target in _imports("simulator.commands.practice", practice)}
    assert "simulator.tui.app" in found


def _module_graph() -> dict[str, set[str]]:
    """module -> the package modules it imports (a `from pkg import name` of a submodule counts
    as importing that submodule)."""
    modules = dict(_modules())
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for _, target in _imports(name, path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            # A package's __init__ is run by importing any of its modules: not an arrow.
            if target and target != name and not name.startswith(target + "."):
                graph[name].add(target)
    return graph


def test_no_module_imports_itself_through_others() -> None:
    graph = _module_graph()
    circles = []
    for start in graph:
        # Depth-first from each module: any path back to it is a circle.
        stack, seen = [(start, (start,))], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    circles.append(" -> ".join((*path, start)))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, (*path, nxt)))
    assert circles == []


def test_the_tui_builds_no_audio_or_speech_engine() -> None:
    """Playback and voice previews reach the UI as a part the app is given
    (`simulator.interview.playback.Playback`); no screen opens a player or a synthesizer."""
    offenders = []
    for name, path in _modules():
        if not name.startswith("simulator.tui"):
            continue
        for line, target in _imports(name, path):
            if target.startswith(("simulator.audio.playback", "simulator.speech.engines")):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    assert offenders == []
