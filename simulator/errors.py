"""One base error for everything a user can cause or fix, so the CLI and the app can show a
single clear line instead of a traceback."""

from __future__ import annotations

from collections.abc import Sequence


class SimulatorError(Exception):
    """An error with a message a user can act on. `hint` says what to do about it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class DataFileError(SimulatorError):
    """A persona, question bank, profile or session file that cannot be used as written."""

    def __init__(
        self, path: object, message: str, line: int | None = None, key: str | None = None
    ) -> None:
        where = f"{path}"
        if line is not None:
            where += f":{line}"
        what = f"{key}: {message}" if key else message
        super().__init__(f"{where}: {what}")
        self.path = path
        self.line = line
        self.key = key
        self.problems: tuple[DataFileError, ...] = (self,)
        """Every problem found in the file, this one first (`first_of`)."""

    @staticmethod
    def first_of(problems: Sequence[DataFileError]) -> DataFileError:
        """The first of `problems` (one file's, at least one) to raise where one error is
        expected (a command prints it), carrying them all in `problems`, so a form can show
        every field that is wrong at once instead of one a save."""
        first = problems[0]
        first.problems = tuple(problems)
        return first


class UnknownNameError(SimulatorError):
    """A persona, bank, engine or session asked for by a name that does not exist."""

    def __init__(self, kind: str, name: str, choices: list[str]) -> None:
        listed = ", ".join(sorted(choices)) or "none"
        super().__init__(f"unknown {kind} {name!r}", hint=f"choose one of: {listed}")
        self.kind = kind
        self.name = name
        self.choices = choices


class AudioDeviceError(SimulatorError):
    """No usable microphone or speaker."""


class AudioFileError(SimulatorError):
    """An audio file that is missing, empty or not audio."""


class EngineUnavailableError(SimulatorError):
    """A speech engine or model that is not installed or fails its checks."""


class StorageError(SimulatorError):
    """The recordings directory or a session in it cannot be read or written."""
