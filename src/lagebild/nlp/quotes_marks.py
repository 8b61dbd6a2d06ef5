"""Pairs of quotation marks in German text.

Written by hand because no library pairs German quotation marks: „…“ and “…” share the
character “ (German closer, English opener), straight quotes "…" open and close with the same
character, and ‚…‘ nests inside the others. Only the outermost pairs are returned; nested
pairs belong to the quotation around them.

Two typographic conventions make one quotation from several opening marks:

* a quotation over several paragraphs opens every paragraph with an opening mark and closes only in
  the last one („Erster Absatz.¶„Zweiter Absatz.“);
* a quotation inside a quotation is sometimes set with the same marks instead of ‚…‘ („Er nannte
  es „Unsinn“, sagte sie.“).

When the marks do not balance that way (a stray opener never closed), scanning starts again after it.
"""

from __future__ import annotations

import re

# opener -> characters that close it
_CLOSERS: dict[str, str] = {"„": "“”\"", "»": "«", "«": "»", "“": "”\"", "›": "‹", "\"": "\""}
_MAX_QUOTE_CHARS = 4000  # an opener left open longer than this was not a quotation mark
# every character that opens or closes in the scan below (the openers, which are _CLOSERS' keys, and their closers):
# the scan jumps from one to the next, since any other character changes nothing (a char-by-char loop over every
# article was slow). Built from _CLOSERS so that a new opener or closer is never jumped over.
_MARK = re.compile("[" + re.escape("".join(sorted(set(_CLOSERS).union(*_CLOSERS.values())))) + "]")


def _opens_here(text: str, i: int) -> bool:
    """Straight and English quotes open a quotation only before a non-space and after a space/bracket."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([/–—-:") and not after.isspace()


def _paragraph_start(text: str, i: int) -> bool:
    """The mark at i is the first non-space character of its line."""
    line_start = text.rfind("\n", 0, i) + 1
    return not text[line_start:i].strip()


def _continues_paragraph(text: str, open_at: int, i: int) -> bool:
    """An opener at the start of a paragraph continues the quotation opened at ``open_at`` in an earlier
    paragraph: that paragraph ended a sentence without closing it, and the quotation itself began a paragraph,
    a sentence or followed a colon (the convention for quotations over several paragraphs)."""
    if not _paragraph_start(text, i) or "\n" not in text[open_at:i]:
        return False
    if _last_char_before(text, i) not in (".", "!", "?", "…", ":"):
        return False
    # a quotation opened after a finished sentence ("…, sagte sie. „Wir müssen …¶„…“") is as much a new start
    return _paragraph_start(text, open_at) or _last_char_before(text, open_at) in (":", ".", "!", "?")


def _last_char_before(text: str, i: int) -> str:
    """The last non-space character before i ("" at the start); a scan, not text[:i].rstrip(), which copies."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return text[j] if j >= 0 else ""


def quote_mark_pairs(text: str) -> list[tuple[int, int]]:
    """Outermost quotation ``(start, end)`` char spans, marks included (``text[start]`` is the opener)."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    opener = ""
    nested = 0  # same-kind openers inside the open quotation, not yet closed
    straight_open = False  # a straight "…" quotation inside an open „…“ awaits its closing mark
    n = len(text)
    first = _MARK.search(text)
    i = first.start() if first else n
    while i <= n:
        if open_at is not None and (i == n or i - open_at > _MAX_QUOTE_CHARS):
            # never closed: restart scanning right after the stray opener, without it
            i = open_at + 1
            open_at = None
            nested = 0
            straight_open = False
            continue
        if i == n:
            break
        ch = text[i]
        if open_at is None:
            if ch in "„»«›" or (ch in "“\"" and _opens_here(text, i)):
                if ch == "«" and not _opens_here(text, i):
                    i += 1
                    continue
                open_at, opener = i, ch
        elif opener == ch == "\"" and not nested and _opens_here(text, i) and _continues_paragraph(text, open_at, i):
            pass  # "Erster Absatz.¶"Zweiter Absatz.": a straight mark opening the next paragraph closes nothing
        elif opener == "„" and ch == "\"" and (straight_open or _opens_here(text, i)):
            straight_open = not straight_open  # „Er nannte es "Unsinn", sagte sie“: straight quotes inside
        elif ch in _CLOSERS[opener]:
            if nested:
                nested -= 1
            else:
                if i > open_at + 1:
                    pairs.append((open_at, i + 1))
                open_at = None
        elif ch == opener and ch in "„»":
            if not nested and _continues_paragraph(text, open_at, i):
                pass  # the next paragraph of the same quotation
            elif _paragraph_start(text, i):
                # a new opener of the same kind at a paragraph start: the earlier one was not closed; start again
                open_at = i
                nested = 0
                straight_open = False
            else:
                nested += 1  # a quotation inside the quotation, set with the same marks
        # on to the next mark; an opener left open too long is still dropped at the top of the loop, as nothing
        # between here and there could have closed it
        following = _MARK.search(text, i + 1)
        i = following.start() if following else n
    return pairs
