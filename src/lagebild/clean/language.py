"""STUB (to be replaced)."""
from __future__ import annotations


def identify_language(text: str) -> str:
    return "de"
