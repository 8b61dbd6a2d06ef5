"""Reading lagebild's plain-text data files (lexicons, pattern lists): one entry per line, ``#`` comments."""

from __future__ import annotations

from pathlib import Path


def read_entries(path: Path, *, missing_ok: bool = False) -> list[str]:
    """The stripped, non-empty, non-comment lines of a UTF-8 data file (``[]`` for a missing file if allowed)."""
    if missing_ok and not path.exists():
        return []
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return entries
