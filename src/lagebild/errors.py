"""Every error a user can see, defined in one place with its message.

The CLI turns these into one line on stderr and an exit code; library code raises them.
"""

from __future__ import annotations

from pathlib import Path


class LagebildError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user."""

    exit_code = 1


class UsageError(LagebildError):
    exit_code = 2


class InputError(LagebildError):
    """One input record could not be read; the batch continues without it."""

    exit_code = 3

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class DataMissing(LagebildError):
    """Evaluation/training data is not where LAGEBILD_DATA points."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"data not found: {path} (set LAGEBILD_DATA to the folder holding the shared data sets)"
        )


class ModelMissing(LagebildError):
    def __init__(self, name: str, hint: str = "") -> None:
        super().__init__(f"model not available: {name}" + (f" ({hint})" if hint else ""))


class StoreError(LagebildError):
    pass


class GateFailed(LagebildError):
    def __init__(self, failures: list[str]) -> None:
        self.failures = failures
        super().__init__("quality gate failed: " + "; ".join(failures))
