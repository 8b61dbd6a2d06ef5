"""Small text helpers shared by the time, figure and timeline code: lexicon loading and sentence bounds.

Sentence bounds are computed from the text itself (not from a Doc) because the timeline works on stored
analyses without a Doc, and because date ordinals ("am 14. März") must never end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lagebild.nlp.sentences import sentence_openers
from lagebild.nlp.tokenizer import load_abbreviations
from lagebild.settings import PACKAGE_DATA


def data_lines(*parts: str) -> list[str]:
    """Non-comment, non-empty lines of a lexicon file under ``lagebild/data``."""
    path: Path = PACKAGE_DATA.joinpath(*parts)
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(line)
    return lines


def data_table(*parts: str) -> list[list[str]]:
    """Tab-separated rows of a lexicon file under ``lagebild/data``."""
    return [line.split("\t") for line in data_lines(*parts)]


# Abbreviations after which a period does not end a sentence (German news usage).
_ABBREVIATIONS = frozenset(
    [
        "z.B",
        "bzw",
        "ca",
        "Dr",
        "Prof",
        "Nr",
        "Mio",
        "Mrd",
        "Tsd",
        "St",
        "Str",
        "Abs",
        "Art",
        "vgl",
        "ggf",
        "evtl",
        "inkl",
        "usw",
        "etc",
        "Jan",
        "Feb",
        "Mär",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
        "u.a",
        "d.h",
        "o.ä",
        "Hr",
        "Fr",
        "Mrs",
        "Mr",
        "Jh",
        "Bd",
        "S",
        "v.a",
        "i.d.R",
        "zzgl",
        "rd",
    ]
)
_ABBREVIATIONS_LOWER = frozenset(a.lower() for a in _ABBREVIATIONS)
_BOUNDARY = re.compile(r"[.!?…]+[“”\"«»’)]*(?=\s+[„\"«»(\[]?[A-ZÄÖÜ0-9])|\n+")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, bool]:
    """The tokenizer's abbreviation list (``data/tokenizer/abbreviations.txt``): abbreviation → may end a sentence."""
    return load_abbreviations()


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    return frozenset(row[0].rstrip(".") for row in data_table("times", "months.tsv"))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace-trimmed; newlines always end a sentence."""
    # times, claims and the timeline all split the same article: split it once (a fresh list per caller).
    return list(_sentence_bounds(text))


@lru_cache(maxsize=8)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    bounds: list[tuple[int, int]] = []
    start = 0
    months = _month_words()
    abbreviations = _abbreviations()
    openers = sentence_openers()
    for m in _BOUNDARY.finditer(text):
        if m.group(0) == ".":
            before = _word_before(text, start, m.start())
            # "(5. März)", "„Nr. 3": brackets and quotes before the word do not change what it is.
            word = (before.group(1) if before else "").lstrip("([„\"«»‚'")
            after = re.match(r"\s+[„\"«»(\[]?(\w+)", text[m.end() :])
            nxt = after.group(1) if after else ""
            # Same rules as the pipeline's sentence splitter (nlp/sentences.py): an abbreviation or ordinal
            # keeps its period unless a typical sentence opener follows (and, for abbreviations, only those
            # marked "final" such as "usw." may end a sentence at all).
            opener = nxt.lower() in openers
            final = abbreviations.get(word.rstrip(".") + ".")
            if final is not None:
                if not (final and opener):
                    continue
            elif word.rstrip(".").lower() in _ABBREVIATIONS_LOWER or len(word) == 1 and word.isalpha():
                continue
            if word.isdigit() and (nxt in months or len(word) <= 2 and (nxt.isdigit() or nxt == "bis")):
                continue
            if word.isdigit() and len(word) <= 2 and not opener:
                continue  # "am 5. Polizeirevier", "der 3. Platz": an ordinal, not a sentence end
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _append(bounds, text, start, end)
        start = m.end()
    _append(bounds, text, start, len(text))
    return tuple(bounds)


# Run-on text without sentence ends (tables, lists, scraped pages) would make one huge "sentence", and times and
# claims look across the sentence per expression or figure: quadratic time. The longest real news sentence here
# (german-news-quotes, UD German-GSD) is 741 characters; 1,500 is about the 200 tokens of nlp/sentences.py.
MAX_SENTENCE_CHARS = 1500


def _word_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """``re.search(r"(\\S+)$", text[start:end])``, looking back only a few characters unless the word is longer:
    searching the whole sentence so far for every period costs quadratic time on long runs without sentence ends."""
    window = max(start, end - 64)
    found = _LAST_WORD.search(text[window:end])
    if found is not None and found.start() == 0 and window > start:
        return _LAST_WORD.search(text[start:end])  # the word may go on before the window
    return found


_LAST_WORD = re.compile(r"(\S+)$")


def _append(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start)
        _append(bounds, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        bounds.append((start, end))


def _cut(text: str, start: int) -> int:
    """Where an over-long sentence from ``start`` is cut: after its last ; or : within the limit, else after the
    last comma, else at the last space, else hard at the limit. Pieces are at least a quarter of the limit."""
    lo, hi = start + MAX_SENTENCE_CHARS // 4, start + MAX_SENTENCE_CHARS
    for marks in (";:", ","):
        at = max(text.rfind(mark, lo, hi) for mark in marks)
        if at != -1:
            return at + 1
    at = text.rfind(" ", lo, hi)
    return at if at != -1 else hi


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence containing ``offset`` (or the nearest one before it)."""
    best = bounds[0] if bounds else (0, 0)
    for start, end in bounds:
        if start <= offset < end:
            return start, end
        if start > offset:
            break
        best = (start, end)
    return best
