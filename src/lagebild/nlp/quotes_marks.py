"""Pairs of quotation marks in German text.

Written by hand because no library pairs German quotation marks: „…“ and “…” share the
character “ (German closer, English opener), straight quotes "…" open and close with the same
character, and ‚…‘ nests inside the others. Only the outermost pairs are returned; nested
pairs belong to the quotation around them.
"""

from __future__ import annotations

# opener -> characters that close it
_CLOSERS: dict[str, str] = {"„": "“”\"", "»": "«", "«": "»", "“": "”\"", "›": "‹", "\"": "\""}
_MAX_QUOTE_CHARS = 4000  # an opener left open longer than this was not a quotation mark


def _opens_here(text: str, i: int) -> bool:
    """Straight and English quotes open a quotation only before a non-space and after a space/bracket."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([/–—-:") and not after.isspace()


def quote_mark_pairs(text: str) -> list[tuple[int, int]]:
    """Outermost quotation ``(start, end)`` char spans, marks included (``text[start]`` is the opener)."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    opener = ""
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if open_at is not None and i - open_at > _MAX_QUOTE_CHARS:
            # never closed: restart scanning right after the stray opener
            i = open_at + 1
            open_at = None
            continue
        if open_at is None:
            if ch in "„»«›" or (ch in "“\"" and _opens_here(text, i)):
                if ch == "«" and not _opens_here(text, i):
                    i += 1
                    continue
                open_at, opener = i, ch
        elif ch in _CLOSERS[opener] and not (ch == "\"" and opener == "„" and _opens_here(text, i)):
            if i > open_at + 1:
                pairs.append((open_at, i + 1))
            open_at = None
        elif ch == opener and ch in "„»":
            # a new opener of the same kind before a closer: the earlier one was not closed
            # (e.g. a quotation continued in the next paragraph); start again here
            open_at = i
        i += 1
    return pairs
