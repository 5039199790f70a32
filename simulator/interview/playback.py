"""Sound out of the room outside an interview: a stored question or answer played back, and an
interviewer's introduction as a preview of their voice. The app is given one `Playback` (see
`simulator.tui.parts.AppParts`) so the UI never builds audio or speech engines itself; the CLI's
`sessions replay` plays stored files through the same `play_stored`.

Nothing heavy is imported until something plays: building a Playback costs nothing at start-up."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.interview.personas import Persona
    from simulator.storage.store import SessionStore

Device = int | str | None
"""A PortAudio output device: an index, a name substring, or None for the default."""


class Playback:
    """Plays on the output device each call names (the settings' `output_device`)."""

    def play_stored(
        self,
        store: SessionStore,
        session_id: str,
        name: str,
        *,
        start_s: float = 0.0,
        speed: float = 1.0,
        cancel: threading.Event | None = None,
        on_progress: Callable[[float], None] | None = None,
        device: Device = None,
    ) -> bool:
        """Play the stored audio file `name` of a session from `start_s` seconds. True when it
        played to its end, False when `cancel` stopped it. `on_progress(position_s)` gets the
        position in the file's own time (so it starts at `start_s`), about every 20 ms, on this
        thread. Raises StorageError (missing, or not in the session folder), AudioFileError
        (unreadable WAV) or AudioDeviceError (no output device)."""
        from simulator.audio.clip import Clip
        from simulator.audio.playback import Player

        clip = Clip.from_wav(store.audio_file(session_id, name))
        if start_s > 0:
            clip = clip.slice_s(start_s)

        def progress(position_s: float) -> None:
            if on_progress is not None:
                on_progress(start_s + position_s)

        player = Player(device=device)
        return player.play(clip, cancel, speed, progress if on_progress else None)

    def preview_voice(self, persona: Persona, *, device: Device = None) -> None:
        """Say `persona`'s introduction in their voice, to its end (espeak-ng). Raises
        EngineUnavailableError without a synthesizer, AudioDeviceError without a speaker."""
        from simulator.audio.playback import Player
        from simulator.speech.engines.espeak import get_synthesizer

        clip = get_synthesizer().synthesize(persona.introduce(), persona.voice)
        Player(device=device).play(clip)
