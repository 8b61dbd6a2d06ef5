"""Reading lagebild's data files: plain-text lexicons and pattern lists (one entry per line, ``#`` comments), and
the checksums the training recipes record for the data they read."""

from __future__ import annotations

import hashlib
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


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in blocks (training data files run to tens of MB)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
