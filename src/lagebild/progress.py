"""How library code reports progress without printing: it calls a ``Progress`` callback.

The CLI passes one that drives a Rich progress bar on stderr; notebooks pass nothing.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, label: str, done: int, total: int | None = None) -> None: ...


def no_progress(label: str, done: int, total: int | None = None) -> None:
    """The default: report nothing."""
