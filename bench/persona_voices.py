"""How different the interviewers sound: median pitch (f0) and the time one fixed sentence takes,
for every persona, spoken by the espeak-ng command and by the app's own synthesizer (pyttsx3
over libespeak-ng). The two columns should agree; when the app's rate differs from the
command's, the persona's settings did not reach the voice.

    .venv/bin/python bench/persona_voices.py --runs 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.audio.clip import Clip
from simulator.interview.personas import load_personas
from tests.interview.voice_measure import median_f0, speech_seconds

SENTENCE = "Tell me about a time you disagreed with a colleague and how you settled it."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="app synthesizer runs per persona")
    args = parser.parse_args()
    binary = shutil.which("espeak-ng")
    if binary is None:
        sys.exit("espeak-ng is missing (Debian: apt-get install espeak-ng)")
    with tempfile.TemporaryDirectory() as workdir:
        # A private data home: the app's prompt cache must not answer for the synthesizer.
        os.environ["INTERVIEW_SIM_HOME"] = workdir
        from simulator.speech.engines.espeak import get_synthesizer

        synthesizer = get_synthesizer()
        print(
            f"{'persona':<16} {'voice':<22} {'cli f0':>7} {'cli s':>6} {'app f0':>7} {'app s':>6}"
        )
        for persona in load_personas().items.values():
            voice = persona.voice
            path = Path(workdir) / f"{persona.id}.wav"
            command = [binary, "-v", voice.espeak_id, "-p", str(voice.pitch), "-s", str(voice.rate)]
            subprocess.run([*command, "-w", str(path), SENTENCE], check=True, capture_output=True)
            cli = Clip.from_wav(path)
            app_f0, app_s = [], []
            for run in range(args.runs):
                # A different text each run (a trailing space) so the cache never answers.
                clip = synthesizer.synthesize(SENTENCE + " " * run, voice)
                app_f0.append(median_f0(clip))
                app_s.append(speech_seconds(clip))
            print(
                f"{persona.id:<16} {voice.espeak_id:<22} {median_f0(cli):7.0f} "
                f"{speech_seconds(cli):6.2f} {statistics.median(app_f0):7.0f} "
                f"{statistics.median(app_s):6.2f}  (app s: {', '.join(f'{s:.2f}' for s in app_s)})"
            )


if __name__ == "__main__":
    main()
