"""Who a figure is attributed to: source frames ("laut …", "nach Angaben …", "… zufolge", "wie … mitteilte",
", teilte … mit", "die Polizei zählte …") found in the text, each with the noun phrase naming the source.

Hand-written because German attribution frames are a closed, news-specific set no library covers; the
frames themselves are data (``lagebild/data/figures/source_frames.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.nlp.times_text import data_lines, data_table

_TOKEN = re.compile(r"„[^“”\"\n]{1,80}[“”\"]|\"[^\"\n]{1,80}\"|[\w][\w:*./'’-]*\w|[\w]|[^\w\s]")
_DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "seiner",
        "seine",
        "ihrer",
        "ihre",
        "ihres",
        "ihren",
        "örtlicher",
        "örtlichen",
        "eigenen",
        "eigener",
        "unseren",
    ]
)
_CONNECTORS = frozenset(["der", "des", "von", "für", "und", "zur", "zum", "vom"])
_ADJECTIVE_END = re.compile(r"(?:e|en|er|es|em)$")


@dataclass(frozen=True)
class SourceFrame:
    """A source phrase in the text: ``start``/``end`` cover the whole frame ("laut Polizei"),
    ``name_start``/``name_end`` the words naming the source ("Polizei"); ``local`` frames (in parentheses)
    attribute only the figures right before them."""

    start: int
    end: int
    name_start: int
    name_end: int
    name: str
    local: bool = False


@lru_cache(maxsize=1)
def _frames() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for kind, words in data_table("figures", "source_frames.tsv"):
        table.setdefault(kind, []).append(words)
    return table


@lru_cache(maxsize=1)
def _containers() -> frozenset[str]:
    return frozenset(data_lines("figures", "source_containers.txt"))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group(0)) for m in _TOKEN.finditer(text[start:end])]


def _is_name_token(tok: str) -> bool:
    return tok[:1] in '„"' or tok[:1].isupper() or (tok[:1].isdigit() is False and any(c.isupper() for c in tok[1:2]))


def noun_phrase_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase naming a source that begins at ``start``: determiners and adjectives, then capitalised
    words, quoted titles and connectors ("des Instituts der deutschen Wirtschaft"); ends before a verb, a number
    or punctuation. Returns the span of the naming words without leading determiners."""
    toks = _tokens(text, start, limit)
    first: int | None = None
    last: int | None = None
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        low = tok.lower()
        if _is_name_token(tok) and not tok[0].isdigit() and (tok[0] in '„"' or tok[0].isalpha()):
            first = s if first is None else first
            last = e
            i += 1
            continue
        if tok in ("-",) and last is not None:
            i += 1
            continue
        if low in _DETERMINERS and (first is None or low in _CONNECTORS):
            i += 1
            continue
        if first is not None and low in _CONNECTORS:
            i += 1
            continue
        if tok.isalpha() and tok.islower() and _ADJECTIVE_END.search(low):
            # an adjective is part of the phrase only if a capitalised word follows
            j = i + 1
            while j < len(toks) and toks[j][2].isalpha() and toks[j][2].islower() and _ADJECTIVE_END.search(toks[j][2]):
                j += 1
            if j < len(toks) and _is_name_token(toks[j][2]) and toks[j][2][0].isalpha() and not first:
                i = j
                continue
            if (
                j < len(toks)
                and first is not None
                and toks[i - 1][2].lower() in _CONNECTORS
                and _is_name_token(toks[j][2])
            ):
                i = j
                continue
        break
    if first is None or last is None:
        return None
    return first, last


def noun_phrase_before(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase ending right before ``end`` ("Frontex" in "Frontex zufolge", "dem Bericht")."""
    toks = _tokens(text, limit, end)
    first: int | None = None
    last: int | None = None
    for s, e, tok in reversed(toks):
        low = tok.lower()
        if (tok[0] in '„"' or tok[0].isupper()) and tok[0] not in ",.;:":
            first = s
            last = e if last is None else last
            continue
        if low in _CONNECTORS or (tok.islower() and _ADJECTIVE_END.search(low) and first is not None):
            continue
        break
    if first is None or last is None:
        return None
    while first is not None and text[first:last].split()[0].lower() in _DETERMINERS:
        first += len(text[first:last].split()[0]) + 1
    return first, last


def strip_container(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Angaben der Veranstalter" → "Veranstalter"; "einer Umfrage des Instituts Forsa" → "Instituts Forsa"."""
    start, end = span
    m = re.match(r"(?:(\w+)\s+)?(\w+)\s+(?:des|der|von|vom)\s+", text[start:end])
    if m and m.group(2).lower() in _containers() and (m.group(1) is None or m.group(1).lower() in _DETERMINERS):
        return start + m.end(), end
    return span


def _name(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].strip('„“"”')


def _words_regex(words: list[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    f = _frames()
    return {
        "before": re.compile(rf"(?i:(?<![\w])(?:{_words_regex(f['before'])}))(?:\s+(?:des|der|von|vom))?\s+"),
        "compound": re.compile(
            r"\b[Nn]ach\s+(?:eigenen\s+)?(?P<who>[A-ZÄÖÜ][\w-]*?)-?(?:[Aa]ngaben|[Zz]ählung|[Ss]chätzungen)\b"
        ),
        "own": re.compile(r"\b[Nn]ach\s+eigenen\s+Angaben\b"),
        "after": re.compile(rf"\s+(?:{_words_regex(f['after'])})\b"),
        "verb": re.compile(rf"(?:[,“”\"»]|–)\s*(?:{_words_regex(f['verb'])})\s+"),
        "wie": re.compile(rf"\b[Ww]ie\s+(?:aus\s+)?(?P<np>[^,.;:!?]{{2,80}}?)\s+(?:{_words_regex(f['final'])})\b"),
        "subject": re.compile(rf"(?:{_words_regex(f['subject'])})\b"),
        "paren": re.compile(r"\(\s*(?:laut|Quelle:|nach Angaben)\s+"),
    }


def find_source_frames(text: str, sentence: tuple[int, int]) -> list[SourceFrame]:
    """Every source frame inside one sentence."""
    s_start, s_end = sentence
    pats = _patterns()
    frames: list[SourceFrame] = []

    def add(start: int, end: int, span: tuple[int, int] | None, local: bool = False) -> None:
        if span is None:
            return
        span = strip_container(text, span)
        name = _name(text, span)
        if name and not name[0].isdigit():
            frames.append(SourceFrame(start, max(end, span[1]), span[0], span[1], name, local))

    for m in pats["before"].finditer(text, s_start, s_end):
        if re.match(r"nach\s+eigenen", text[m.start() : m.end()], re.I):
            continue
        local = text[max(s_start, m.start() - 2) : m.start()].rstrip().endswith("(")
        add(m.start() - (1 if local else 0), m.end(), noun_phrase_after(text, m.end(), s_end), local)
    for m in pats["compound"].finditer(text, s_start, s_end):
        who = m.group("who")
        if who.lower() in ("eigenen",):
            continue
        base = re.sub(r"(?<=[a-zäöü])s$", "", who) if who.endswith("ens") or who.endswith("ungs") else who
        frames.append(SourceFrame(m.start(), m.end(), m.start("who"), m.start("who") + len(base), base))
    for m in pats["own"].finditer(text, s_start, s_end):
        subject = noun_phrase_after(text, s_start, m.start())
        if subject:
            add(m.start(), m.end(), subject)
    for m in pats["after"].finditer(text, s_start, s_end):
        clause_start = max([s_start] + [i + 1 for i in range(s_start, m.start()) if text[i] in ",;:("])
        add(clause_start, m.end(), noun_phrase_before(text, m.start(), clause_start))
    for m in pats["verb"].finditer(text, s_start, s_end):
        add(m.start() + 1, m.end(), noun_phrase_after(text, m.end(), s_end))
    for m in pats["wie"].finditer(text, s_start, s_end):
        np_span = noun_phrase_after(text, m.start("np"), m.end("np"))
        add(m.start(), m.end(), np_span)
    for m in pats["subject"].finditer(text, s_start, s_end):
        clause_start = max([s_start] + [i + 1 for i in range(s_start, m.start()) if text[i] in ",;:"])
        words = text[clause_start : m.start()].split()
        # the reporting verb must follow the clause's subject directly (allowing an auxiliary "hat/hatte")
        if not words or len(words) > 6 or any(w[0].isdigit() for w in words):
            continue
        span = noun_phrase_after(text, clause_start, m.start())
        if span and text[span[1] : m.start()].strip() in ("", "hat", "hatte", "hatten", "haben"):
            add(clause_start, m.end(), span)
    frames.sort(key=lambda f: f.start)
    return frames
