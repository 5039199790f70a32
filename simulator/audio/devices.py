"""What sound devices this machine has, for `doctor`, device choice in settings, and the clear
"no microphone" / "no speaker" messages. sounddevice is imported on call: listing devices
initialises PortAudio, which a command that never touches audio should not pay for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeviceInfo:
    """One PortAudio device. `inputs`/`outputs` are channel counts (0: cannot record/play)."""

    index: int
    name: str
    inputs: int
    outputs: int
    default_input: bool
    default_output: bool

    def describe(self) -> str:
        roles = [
            role
            for role, present in (
                ("default input", self.default_input),
                ("default output", self.default_output),
            )
            if present
        ]
        suffix = f" [{', '.join(roles)}]" if roles else ""
        return f"{self.index}: {self.name} ({self.inputs} in, {self.outputs} out){suffix}"


def list_devices() -> list[DeviceInfo]:
    """Every device PortAudio sees, in its index order (empty on a machine with no sound)."""
    import sounddevice as sd

    default_in, default_out = _default_indexes()
    return [
        DeviceInfo(
            index=int(device["index"]),
            name=str(device["name"]),
            inputs=int(device["max_input_channels"]),
            outputs=int(device["max_output_channels"]),
            default_input=device["index"] == default_in,
            default_output=device["index"] == default_out,
        )
        for device in sd.query_devices()
    ]


def default_input_device() -> DeviceInfo | None:
    """The device a MicrophoneSource() with no device records from, or None if there is none."""
    return next((d for d in list_devices() if d.default_input and d.inputs > 0), None)


def default_output_device() -> DeviceInfo | None:
    """The device a Player() with no device plays on, or None if there is none."""
    return next((d for d in list_devices() if d.default_output and d.outputs > 0), None)


def _default_indexes() -> tuple[int, int]:
    """PortAudio's default input and output indexes; -1 where there is no default device."""
    import sounddevice as sd

    found: list[int] = []
    for kind in ("input", "output"):
        try:
            found.append(int(sd.query_devices(kind=kind)["index"]))
        except sd.PortAudioError:
            found.append(-1)
    return found[0], found[1]
