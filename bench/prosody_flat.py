"""Where "flat delivery" starts: pitch variation (semitones, standard deviation around the
speaker's median, `simulator.analysis.prosody`) on real human speech and on deliberately
monotone synthetic speech, and how often each threshold would call real speech flat.

Three groups, each clip measured by the project's own `analyze_prosody` (Praat's tracker):
  real       the WAVs of the real-speech folder (the argument; human speakers, mostly read aloud)
  synthetic  flite and espeak-ng at their normal settings (machine intonation, for reference)
  flat       the same sentences made monotone on purpose: flite with `int_f0_target_stddev=0`,
             espeak-ng inside SSML `<prosody range="x-low">`
Clips with under half a second of voiced speech are not judged (`analyze_prosody` gives None),
as in the app. For the threshold in use (FLAT_PITCH_SD_ST) and a few around it the table gives
the false-flag rate on real speech and the share of monotone clips caught, and the script
suggests a threshold: the geometric midpoint between the most varied monotone clip and the least
varied real one (equal ratios of margin on both sides).

    .venv/bin/python bench/prosody_flat.py ../shared/speech/real [--quiet]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.analysis.prosody import FLAT_PITCH_SD_ST, analyze_prosody
from simulator.audio.clip import Clip

SENTENCES = (
    "So the thing is, we had the numbers wrong for three months and nobody checked, and when I "
    "finally looked I found the report was pulling from the old warehouse table.",
    "My role was coordinator. I make the plan, I call every supplier, I check the delivery each "
    "morning. After six weeks we have zero late orders.",
    "I would start by asking the customer what they actually need, because the ticket said one "
    "thing and the phone call said something quite different.",
    "Honestly, I learned to ask for help earlier. We lost two weeks before anyone noticed the "
    "problem with the contract, and that was on me.",
    "First I listened. Then I wrote down both options with their costs and took them to my "
    "manager, and we chose the cheaper one together.",
    "The release failed on a Friday evening. I rolled it back, wrote the incident note that "
    "night, and on Monday we added the missing test.",
)
"""Our own sentences, in the registers answers come in (run-on, terse non-native, plain)."""

FLITE_VOICES = ("slt", "kal", "awb", "rms")
FLITE_FLAT_VOICES = ("slt", "kal", "awb")
"""rms ignores `int_f0_target_stddev` (its clips measure the same either way): not monotone."""
ESPEAK_VOICES = ("en", "en-us")
THRESHOLDS = (0.8, 1.0, 1.2, 1.5, 1.8, 2.0)


def _flite(text: str, voice: str, path: Path, *, flat: bool) -> Path:
    flite = shutil.which("flite")
    if flite is None:
        sys.exit("flite is missing (Debian: apt-get install flite)")
    settings = ["--setf", "int_f0_target_stddev=0"] if flat else []
    subprocess.run([flite, "-voice", voice, *settings, "-t", text, "-o", str(path)], check=True)
    return path


def _espeak(text: str, voice: str, path: Path, *, flat: bool) -> Path:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        sys.exit("espeak-ng is missing (Debian: apt-get install espeak-ng)")
    if flat:
        ssml = f'<speak><prosody range="x-low">{text}</prosody></speak>'
        command = [espeak, "-m", "-v", voice, "-w", str(path), ssml]
    else:
        command = [espeak, "-v", voice, "-w", str(path), text]
    subprocess.run(command, check=True, capture_output=True)
    return path


def _measure(path: Path) -> float | None:
    found = analyze_prosody(Clip.from_wav(path))
    return None if found is None else found.pitch_sd_st


def _synthetic(workdir: Path, *, flat: bool) -> dict[str, float | None]:
    kind = "flat" if flat else "normal"
    measured: dict[str, float | None] = {}
    for index, text in enumerate(SENTENCES):
        for voice in FLITE_FLAT_VOICES if flat else FLITE_VOICES:
            path = _flite(text, voice, workdir / f"flite-{voice}-{kind}-{index}.wav", flat=flat)
            measured[path.stem] = _measure(path)
        for voice in ESPEAK_VOICES:
            path = _espeak(text, voice, workdir / f"espeak-{voice}-{kind}-{index}.wav", flat=flat)
            measured[path.stem] = _measure(path)
    return measured


def _summary(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<10} no clip judged"
    ordered = sorted(values)
    tenth = ordered[int(0.1 * (len(ordered) - 1))]
    return (
        f"{name:<10} n={len(values):<3} min {ordered[0]:.2f}  p10 {tenth:.2f}  "
        f"median {statistics.median(values):.2f}  max {ordered[-1]:.2f} semitones"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("real", type=Path, help="folder of real-speech WAVs")
    parser.add_argument("--quiet", action="store_true", help="no line per clip")
    args = parser.parse_args()
    real: dict[str, float | None] = {p.name: _measure(p) for p in sorted(args.real.glob("*.wav"))}
    if not real:
        sys.exit(f"{args.real}: no WAV files")
    with tempfile.TemporaryDirectory() as folder:
        normal = _synthetic(Path(folder), flat=False)
        flat = _synthetic(Path(folder), flat=True)
    groups = {"real": real, "synthetic": normal, "flat": flat}
    if not args.quiet:
        for group, measured in groups.items():
            for name, value in measured.items():
                shown = "not judged (< 0.5 s voiced)" if value is None else f"{value:.2f}"
                print(f"{group:<10} {name:<40} {shown}")
    judged = {g: [v for v in m.values() if v is not None] for g, m in groups.items()}
    print("\npitch variation (SD, semitones) by group")
    for group, values in judged.items():
        skipped = len(groups[group]) - len(values)
        print(_summary(group, values) + (f"  ({skipped} not judged)" if skipped else ""))
    print("\nthreshold  real flagged (false flags)  synthetic flagged  flat caught")
    for threshold in sorted({*THRESHOLDS, FLAT_PITCH_SD_ST}):
        row = [sum(v < threshold for v in judged[g]) for g in ("real", "synthetic", "flat")]
        mark = "  <- in use" if threshold == FLAT_PITCH_SD_ST else ""
        print(
            f"{threshold:9.2f}  {row[0]:>3}/{len(judged['real'])} "
            f"({100 * row[0] / len(judged['real']):4.1f} %)"
            f"{row[1]:>15}/{len(judged['synthetic'])}"
            f"{row[2]:>16}/{len(judged['flat'])}{mark}"
        )
    gap_low, gap_high = max(judged["flat"]), min(judged["real"])
    print(
        f"\nmost varied monotone clip {gap_low:.2f}, least varied real clip {gap_high:.2f}: "
        f"suggested threshold {(gap_low * gap_high) ** 0.5:.2f} semitones"
    )
    false_flags = sum(v < FLAT_PITCH_SD_ST for v in judged["real"])
    caught = sum(v < FLAT_PITCH_SD_ST for v in judged["flat"])
    print(
        f"\nfalse_flag_rate_real {100 * false_flags / len(judged['real']):.1f} %  "
        f"flat_caught {100 * caught / max(1, len(judged['flat'])):.1f} %  "
        f"threshold {FLAT_PITCH_SD_ST:.2f} semitones"
    )


if __name__ == "__main__":
    main()
