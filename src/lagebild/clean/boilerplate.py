"""STUB (to be replaced)."""
from __future__ import annotations

from lagebild.types import TextSpan


def find_boilerplate(text: str) -> list[TextSpan]:
    return []
