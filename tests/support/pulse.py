"""A private PulseAudio with null sinks: a virtual microphone and speaker that run in real time.

The ALSA file plugin (virtual_audio.py) is exact but unpaced, so it cannot show what happens when a
recording is killed mid-answer or a playback is cancelled mid-word. This server, with its own
socket, state and ALSA config under one tmp dir, plays a WAV into the `micfeed` sink (whose monitor
is the default source, i.e. the microphone) at the speed of speech, and records whatever reaches
the `vspk` sink. Nothing touches a user's own sound setup; every process is stopped by its PID.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import numpy as np

from simulator.audio.clip import RATE, Clip
from tests.support.virtual_audio import SYSTEM_ALSA_CONF

SINK_RATE = 48_000
_START_TIMEOUT_S = 60.0
"""How long a private server may take to answer, and its first recording stream to deliver,
before the test fails with the reason. A limit for a server that never comes, not a wait: both
end as soon as the server answers (well under a second on an idle machine). 15 s was too short
under load: with four workers on a machine at load 20-45, two servers started for the
device-loss tests did not answer within 15 s."""
_LATENCY_MS = "300"
"""How far ahead paplay/pacat/parec buffer. With 50 ms (enough on an idle two-core machine) the
fed answer had dropouts at load average 10 (correlation 0.55-0.97); with 300 ms it stayed at 0.998
or better. A deep buffer delays nothing here: playback starts as soon as the first data is in."""


class PulseStartError(RuntimeError):
    """The private PulseAudio could not start; the message says why (tests must fail on it)."""


class PrivatePulse:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.runtime = root / "run"
        self.socket = self.runtime / "native"
        self._server: subprocess.Popen[bytes] | None = None
        self._keepalive: list[subprocess.Popen[bytes]] = []
        self._helpers: list[subprocess.Popen[bytes]] = []

    def env(self) -> dict[str, str]:
        """Variables that point a process (and its ALSA default device) at this server."""
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_RUNTIME_PATH": str(self.runtime),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "PULSE_STATE_PATH": str(self.root / "state"),
            "PULSE_COOKIE": str(self.root / "cookie"),
            "ALSA_CONFIG_PATH": f"{SYSTEM_ALSA_CONF}:{self.root / 'asound.conf'}",
        }

    def start(self) -> None:
        missing = [t for t in ("pulseaudio", "pactl", "pacat", "paplay", "parec") if not _which(t)]
        if missing:
            raise PulseStartError(
                f"missing {', '.join(missing)}: install pulseaudio pulseaudio-utils "
                "libasound2-plugins (./dev.sh test does)"
            )
        self.runtime.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)
        (self.root / "state").mkdir(exist_ok=True)
        script = self.root / "test.pa"
        script.write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}\n"
            f"load-module module-null-sink sink_name=vspk rate={SINK_RATE} channels=1\n"
            f"load-module module-null-sink sink_name=micfeed rate={SINK_RATE} channels=1\n"
            "set-default-sink vspk\n"
            "set-default-source micfeed.monitor\n"
        )
        (self.root / "asound.conf").write_text(
            "pcm.!default { type pulse }\nctl.!default { type pulse }\n"
        )
        log = open(self.root / "pulseaudio.log", "wb")  # noqa: SIM115 - lives as long as the server
        self._server = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "-F",
                str(script),
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--disable-shm=yes",
                "--log-target=stderr",
                "--log-level=error",
            ],
            env=self._child_env(),
            stdout=log,
            stderr=log,
        )
        log.close()
        self._wait_until_answering()
        # Without a stream playing into them, null sinks deliver audio in 2-second lumps.
        for sink in ("micfeed", "vspk"):
            self._keepalive.append(
                subprocess.Popen(
                    [
                        "pacat",
                        "--playback",
                        f"--device={sink}",
                        f"--latency-msec={_LATENCY_MS}",
                        "--raw",
                        "--format=s16le",
                        f"--rate={SINK_RATE}",
                        "--channels=1",
                        "/dev/zero",
                    ],
                    env=self._child_env(),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        self._warm_up()
        dead = [p.args for p in self._keepalive if p.poll() is not None]
        if dead:
            self.stop()
            raise PulseStartError(f"the silent keep-alive stream exited at once: {dead}")

    def _warm_up(self) -> None:
        """Record from the microphone once until audio flows. The first recording stream on a
        fresh server gets its first audio only after ~1.3 s; later ones within ~0.1 s. Paying that
        here keeps it out of every test that feeds the microphone right after opening it."""
        reader = subprocess.Popen(
            [
                "parec",
                "--device=micfeed.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=50",
            ],
            env=self._child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert reader.stdout is not None
        timer = threading.Timer(_START_TIMEOUT_S, reader.kill)
        timer.start()
        try:
            got = reader.stdout.read(RATE // 10 * 2)  # 0.1 s of audio
        finally:
            timer.cancel()
            _end(reader)
            reader.stdout.close()
        if not got:
            self.stop()
            raise PulseStartError("the virtual microphone delivered no audio")

    def feed_mic(self, wav_path: Path) -> subprocess.Popen[bytes]:
        """Start playing `wav_path` into the virtual microphone, in real time. Returns the paplay
        process: `.wait()` for the end of the answer, or leave it; stop() ends it."""
        process = subprocess.Popen(
            ["paplay", "--device=micfeed", f"--latency-msec={_LATENCY_MS}", str(wav_path)],
            env=self._child_env(),
            stderr=subprocess.PIPE,
        )
        self._helpers.append(process)
        return process

    def capture_speaker(self, raw_path: Path) -> SpeakerCapture:
        """Start recording what reaches the virtual speaker into `raw_path` until `stop()`."""
        process = subprocess.Popen(
            [
                "parec",
                "--device=vspk.monitor",
                f"--latency-msec={_LATENCY_MS}",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                str(raw_path),
            ],
            env=self._child_env(),
            stderr=subprocess.DEVNULL,
        )
        self._helpers.append(process)
        return SpeakerCapture(process, raw_path)

    def crash(self) -> None:
        """SIGKILL the server: to every client it is a sound device vanishing mid-stream."""
        if self._server is not None:
            self._server.kill()
            self._server.wait(timeout=5)

    def stop(self) -> None:
        """Stop every process this object started, by PID, newest first."""
        for process in [*reversed(self._helpers), *reversed(self._keepalive)]:
            _end(process)
        self._helpers.clear()
        self._keepalive.clear()
        if self._server is not None:
            _end(self._server)
            self._server = None

    def _child_env(self) -> dict[str, str]:
        return {**os.environ, **self.env()}

    def _wait_until_answering(self) -> None:
        assert self._server is not None
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._server.poll() is not None:
                log = (self.root / "pulseaudio.log").read_text(errors="replace").strip()
                status = self._server.returncode
                self._server = None
                self.stop()
                raise PulseStartError(f"pulseaudio exited with status {status}: {log[-800:]}")
            answered = subprocess.run(
                ["pactl", "info"], env=self._child_env(), capture_output=True, check=False
            )
            if answered.returncode == 0:
                return
            time.sleep(0.1)
        self.stop()
        raise PulseStartError(f"pulseaudio did not answer within {_START_TIMEOUT_S:g} s")


class SpeakerCapture:
    """A running parec. `stop()` ends it and returns what the speaker played as a Clip."""

    def __init__(self, process: subprocess.Popen[bytes], raw_path: Path) -> None:
        self.process = process
        self.raw_path = raw_path

    def stop(self) -> Clip:
        _end(self.process, signal.SIGINT)
        data = self.raw_path.read_bytes() if self.raw_path.exists() else b""
        return Clip(np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2").astype(np.int16))


def _which(tool: str) -> bool:
    return shutil.which(tool) is not None


def _end(process: subprocess.Popen[bytes], first: signal.Signals = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(first)
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=3)
