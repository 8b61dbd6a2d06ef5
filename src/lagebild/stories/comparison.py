"""Cross-source comparison of figures: the same counted thing reported with different values or sources
(12.000 Teilnehmende laut Polizei vs. 30.000 laut Veranstaltern).

Precision matters more than recall here: a wrong group ("9 Tote" next to "60.000 Menschen") misleads the reader,
a missing one only costs a line. Two figures are compared only when they count the same thing (same head noun and
unit) under comparable circumstances:

* their values lie within ``MAX_RATIO`` of each other (competing estimates of one event are of the same order;
  740.000 children in care vs 900 in emergency care are different counts), and
* they come from different named sources (the text marks them as competing: "laut Polizei … laut Veranstaltern"),
  or, when article texts are given, their sentences share a content word besides the counted noun (same event or
  measure), or the same source's figure is repeated by another outlet. Figures quoted from persons ("An 310
  Schulen gebe es kein WLAN", sagte X) need that shared context.
* Two figures of one article from the same source are never compared (a contrast, "400 statt 1.400 Schulen").
* When article texts are given, figures whose clauses name different places ("in Schleswig-Holstein … 3.000,
  in Hamburg … 1.800"; "bundesweit" vs "in Hamburg") are different counts. Without texts this check is skipped,
  so callers that have the articles should pass them.

A figure without a counted noun ("Die Polizei zählte etwa 12.000.", "schätzte die Zahl auf 12.000") counts the
thing of the figure just before it in the same article (within ``ELLIPSIS_CHARS``), provided another article
states that value for that thing explicitly (else the borrowed noun is only a guess). Groups are complete-linkage:
every member is comparable with every other one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from lagebild.nlp.times_text import data_lines, sentence_at, sentence_bounds
from lagebild.settings import PACKAGE_DATA
from lagebild.types import Claim

# Gender and plural endings that do not change what is counted ("Besucher:innen", "Teilnehmern", "Geflüchtete").
_ENDINGS = re.compile(r"(?::innen|\*innen|_innen|innen|Innen|en|er|e|n|s)$")
MAX_RATIO = 3.0
ELLIPSIS_CHARS = 160


def subject_key(claim: Claim) -> str | None:
    """The normalised counted thing of a claim, or None when the text named none (subject = unit or number)."""
    text = claim.subject.text
    if not text or not text[0].isalpha() or not text[0].isupper() or claim.subject.start >= claim.end:
        return None
    if claim.unit is not None and claim.subject.end <= claim.end and text in claim.text.split()[-1:]:
        return None  # the unit stood in for a missing subject
    word = text.split("-")[-1].lower() if "-" in text else text.lower()
    for _ in range(2):
        word = _ENDINGS.sub("", word) if len(word) > 5 else word
    return word


def _source_key(claim: Claim) -> str | None:
    """The source name without its frame words ("Angaben der Vereinten Nationen" = "Vereinten Nationen")."""
    if claim.source is None:
        return None
    name = re.sub(r"^(?:(?:neuen?|eigenen)\s+)?(?:Angaben|Schätzungen|Zahlen|Daten)\s+(?:der|des|von)\s+", "",
                  claim.source.name.strip())
    name = re.sub(r"^(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)\s+", "", name)
    return name.lower() or None


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Words that say nothing about which event a figure belongs to (``data/figures/context_stopwords.txt``)."""
    return frozenset(data_lines("figures", "context_stopwords.txt"))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    path = PACKAGE_DATA / "lexicons" / "first_names.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _is_person(claim: Claim) -> bool:
    words = claim.source.name.split() if claim.source else []
    return len(words) >= 2 and words[0] in _first_names()


def _context(claim: Claim, texts: Mapping[str, str] | None) -> frozenset[str] | None:
    """Content-word stems of the claim's sentence, without its figure, counted noun and source."""
    text = texts.get(claim.doc) if texts else None
    if not text:
        return None
    start, end = sentence_at(sentence_bounds(text), claim.start)
    skip = {w.lower() for w in re.findall(r"\w+", claim.text + " " + (claim.source.name if claim.source else ""))}
    words = {w.lower() for w in re.findall(r"[^\W\d_]{5,}", text[start:end])}
    return frozenset(w[:5] for w in words - skip - _stopwords())


def _places(claim: Claim, texts: Mapping[str, str] | None) -> frozenset[str] | None:
    """Where the figure's clause says it holds ("in Hamburg", "in Kitas", "bundesweit"): figures for different
    places ("in Schleswig-Holstein … 3.000, in Hamburg … 1.800") are different counts."""
    text = texts.get(claim.doc) if texts else None
    if not text:
        return None
    start, end = sentence_at(sentence_bounds(text), claim.start)
    left = max([start] + [i + 1 for i in range(start, claim.start) if text[i] in ",;"])
    right = min([end] + [i for i in range(claim.end, end) if text[i] in ",;"])
    clause = text[left:right]
    found = {m.group(1) for m in re.finditer(r"\b[Ii]n\s+(?:de[mr]\s+)?([A-ZÄÖÜ][\w-]+)", clause)}
    found |= {w.lower() for w in re.findall(r"\b(?:bundes|landes|deutschland|europa|welt)weit\b", clause, re.I)}
    return frozenset(found)


_Context = tuple[frozenset[str] | None, frozenset[str] | None]  # content-word stems, places


def _comparable(a: Claim, b: Claim, contexts: Mapping[str, _Context]) -> bool:
    va, vb = abs(a.value or 0.0), abs(b.value or 0.0)
    if min(va, vb) == 0.0:
        if va != vb:
            return False
    elif max(va, vb) / min(va, vb) > MAX_RATIO:
        return False
    (ca, pa), (cb, pb) = contexts.get(a.id, (None, None)), contexts.get(b.id, (None, None))
    if pa is not None and pb is not None and pa - pb and pb - pa:
        return False  # each names a place the other does not: different counts
    sa, sb = _source_key(a), _source_key(b)
    if a.doc == b.doc and sa == sb:
        return False
    if sa and sa == sb and va == vb:
        return True  # the same source's figure repeated by another outlet
    if sa and sb and sa != sb and not (_is_person(a) or _is_person(b)):
        return True
    return bool(ca and cb and ca & cb)


def _elliptic_keys(claims: list[Claim]) -> dict[str, str]:
    """Counted things for figures without a noun, taken from the figure just before them in the same article."""
    keys: dict[str, str] = {}
    last: dict[str, Claim] = {}
    elliptic: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.doc, c.start)):
        key = subject_key(claim)
        previous = last.get(claim.doc)
        if key is not None:
            keys[claim.id] = key
            last[claim.doc] = claim
        elif (
            claim.unit is None
            and previous is not None
            and previous.unit is None
            and 0 <= claim.start - previous.end <= ELLIPSIS_CHARS
        ):
            keys[claim.id] = keys[previous.id]
            elliptic.append(claim)
    # A borrowed counted thing is a guess ("in Hamburg etwa 1.800" may count the same or something else): keep it
    # only when another article states that value for that thing explicitly.
    stated = {(keys[c.id], c.doc, round(c.value or 0.0, 6)) for c in claims if c.id in keys and c not in elliptic}
    for claim in elliptic:
        value = round(claim.value or 0.0, 6)
        if not any(k == keys[claim.id] and d != claim.doc and v == value for k, d, v in stated):
            del keys[claim.id]
    return keys


def compare_claims(claims: list[Claim], texts: Mapping[str, str] | None = None) -> list[list[Claim]]:
    """Groups of claims (within one story) on the same counted thing and unit that differ in value or named
    source, each group ordered as given (see the module docstring for when figures are comparable). ``texts``
    (article id → text) lets sentences' shared words count as the same context."""
    keys = _elliptic_keys([c for c in claims if c.value is not None])
    by_thing: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in claims:
        key = keys.get(claim.id)
        if key is None or claim.value is None:
            continue
        by_thing.setdefault((key, claim.unit), []).append(claim)
    contexts = {
        c.id: (_context(c, texts), _places(c, texts))
        for members in by_thing.values()
        if len(members) > 1
        for c in members
    }
    result = []
    for members in by_thing.values():
        groups: list[list[Claim]] = []
        for claim in members:
            home = next((g for g in groups if all(_comparable(claim, other, contexts) for other in g)), None)
            if home is None:
                groups.append([claim])
            else:
                home.append(claim)
        for group in groups:
            if len(group) < 2:
                continue
            values = {round(c.value or 0.0, 6) for c in group}
            sources = {_source_key(c) for c in group} - {None}
            if len(values) > 1 or len(sources) > 1:
                result.append(group)
    return result
