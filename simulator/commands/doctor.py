"""`interview-sim doctor`: what this machine has for the program and, for each missing piece, the
command that fixes it. Exits non-zero only when something essential is missing: without a
microphone or speaker the program still works (typed answers, questions on screen)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Check:
    area: str
    name: str
    ok: bool
    detail: str
    fix: str = ""
    essential: bool = False


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check devices, voices, speech engines and folders; say how to fix what is missing",
    )
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    checks = [*_devices(), *_voices(), *_engines(), *_folders()]
    if args.json:
        print(json.dumps([asdict(check) for check in checks], indent=2))
    else:
        area = ""
        for check in checks:
            if check.area != area:
                area = check.area
                print(f"\n{area}")
            mark = "ok " if check.ok else ("ERR" if check.essential else "-- ")
            print(f"  {mark} {check.name}: {check.detail}")
            if not check.ok and check.fix:
                print(f"      fix: {check.fix}")
    broken = [check for check in checks if check.essential and not check.ok]
    files = [check for check in checks if check.name in USER_FILES and not check.ok]
    if not args.json:
        print(
            "\nAll essentials are in place."
            if not broken
            else f"\n{len(broken)} essential piece(s) missing: see the fixes above."
        )
        if files:
            # Not essential (the rest still load), but every command warns about them.
            print(
                f"{len(files)} problem(s) in your own files: see above, or run "
                "interview-sim banks lint."
            )
    return 1 if broken else 0


USER_FILES = ("persona file", "question bank file")
"""Checks that are the user's own data files failing to load: named in the last lines."""


SYSTEM_FIX = (
    "./dev.sh start (installs espeak-ng, libportaudio2 and flite), or: "
    "sudo apt-get install espeak-ng libportaudio2"
)


def _devices() -> list[Check]:
    area = "Sound devices"
    try:
        from simulator.audio.devices import list_devices
    except OSError as error:  # sounddevice raises OSError when libportaudio is missing
        return [Check(area, "PortAudio", False, str(error), SYSTEM_FIX, essential=True)]
    devices = list_devices()
    checks = [Check(area, "PortAudio", True, f"{len(devices)} device(s)")]
    for device in devices:
        checks.append(Check(area, f"device {device.index}", True, device.describe()))
    has_input = any(d.default_input and d.inputs for d in devices)
    has_output = any(d.default_output and d.outputs for d in devices)
    checks.append(
        Check(
            area,
            "microphone",
            has_input,
            "default input found"
            if has_input
            else "none: answers can be typed (--typed) or read from a file (--answer-from)",
            "connect a microphone, or check your sound settings (arecord -l lists cards)",
        )
    )
    checks.append(
        Check(
            area,
            "speaker",
            has_output,
            "default output found" if has_output else "none: questions are shown, not spoken",
            "connect headphones or speakers (aplay -l lists cards)",
        )
    )
    return checks


def _voices() -> list[Check]:
    area = "Interviewer voices (espeak-ng)"
    from simulator.errors import SimulatorError

    try:
        from simulator.speech.engines.espeak import get_synthesizer

        synthesizer = get_synthesizer()
        voices = synthesizer.list_voices()
    except SimulatorError as error:
        return [Check(area, "espeak-ng", False, error.message, SYSTEM_FIX, essential=True)]
    english = [v.id for v in voices if v.id.startswith("en")]
    checks = [Check(area, "espeak-ng", True, f"{len(voices)} voices, {len(english)} English")]
    from simulator.interview.personas import load_personas

    catalog = load_personas()
    for persona in catalog.items.values():
        try:
            synthesizer.check_voice(persona.voice)
            checks.append(Check(area, f"persona {persona.id}", True, persona.voice.espeak_id))
        except SimulatorError as error:
            checks.append(
                Check(
                    area,
                    f"persona {persona.id}",
                    False,
                    error.message,
                    f"edit {persona.source} (espeak-ng --voices lists voices)",
                )
            )
    for problem in catalog.errors:
        checks.append(Check(area, "persona file", False, str(problem), "interview-sim banks lint"))
    return checks


def _engines() -> list[Check]:
    area = "Speech recognition"
    checks: list[Check] = []
    try:
        import pocketsphinx  # noqa: F401 - only checking that it is importable

        checks.append(Check(area, "pocketsphinx", True, "installed (fallback engine)"))
    except ImportError as error:
        checks.append(
            Check(
                area,
                "pocketsphinx",
                False,
                str(error),
                ".venv/bin/pip install pocketsphinx",
                essential=True,
            )
        )
    try:
        import faster_whisper  # noqa: F401

        checks.append(Check(area, "faster-whisper", True, "installed (default engine)"))
    except ImportError as error:
        checks.append(
            Check(area, "faster-whisper", False, str(error), ".venv/bin/pip install faster-whisper")
        )
    from simulator.speech.models import MODELS, statuses

    for status in statuses():
        spec = MODELS.get(status.name)
        fix = spec.install_hint if spec else f"interview-sim models install {status.name}"
        if status.state == "not joined":
            fix = f"interview-sim models verify {status.name} (joins the two parts once)"
        checks.append(
            Check(
                area,
                f"model {status.name}",
                status.state in ("ready", "downloaded", "not joined"),
                f"{status.state}: {status.detail}",
                fix,
            )
        )
    return checks


def _folders() -> list[Check]:
    from simulator import locations

    area = "Your data"
    home = locations.data_home()
    checks = [Check(area, "data folder", True, str(home))]
    recordings = locations.recordings_dir()
    if recordings.exists():
        import os

        usable = recordings.is_dir() and os.access(recordings, os.W_OK | os.X_OK)
        checks.append(
            Check(
                area,
                "recordings",
                usable,
                str(recordings) + ("" if usable else " is not a writable folder"),
                f"move it aside and let the program create it: mv {recordings} {recordings}.old",
                essential=True,
            )
        )
    else:
        checks.append(Check(area, "recordings", True, f"{recordings} (created on first session)"))
    from simulator.interview.banks import load_banks

    for problem in load_banks().errors:
        checks.append(
            Check(area, "question bank file", False, str(problem), "interview-sim banks lint")
        )
    for kind in ("personas", "question_banks"):
        folder = locations.builtin_data_dir(kind)
        checks.append(
            Check(
                area,
                f"built-in {kind}",
                folder.is_dir(),
                str(folder),
                "reinstall the package: ./dev.sh start",
                essential=True,
            )
        )
    return checks
