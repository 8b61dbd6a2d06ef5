"""STUB (to be replaced)."""
from __future__ import annotations

from lagebild.types import PartialDate


def parse_published(value: str) -> PartialDate | None:
    return PartialDate.from_iso(value[:10]) if value else None
