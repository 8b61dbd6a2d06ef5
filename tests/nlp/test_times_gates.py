"""The literal pre-checks that let ``_detect`` skip patterns must never change what it finds."""

from __future__ import annotations

import re

import pytest

import lagebild.nlp.times as times
from lagebild.nlp.regex_guard import with_first_char_guard

TEXTS = [
    "Am Dienstag, 14. März 2026, traf sich der Ausschuss; vom 17. bis 19. Juli tagt er erneut.",
    "Die Zahl stieg im dritten Quartal 2025 und in Q4/2025, Anfang 2027 soll sie sinken.",
    "Zum Jahresende und Ende des Jahres, seit dem Vorjahr, vor drei Jahren und in zwei Wochen.",
    "In der Nacht zum Mittwoch, am Wochenende, an Ostern und über Weihnachten blieb es ruhig.",
    "Heute sagte sie, im Frühjahr 2023 und im kommenden Sommer, vergangene Woche und im Jahr 2019.",
    "Gestern Abend am 3.10.2024 und bis 12.06. — Mitte Mai, im Oktober 2021, seit Montagmorgen.",
    "Der Text hat kein Datum, nur Zahlen wie 1.000.000 und 4,6 Milliarden Euro.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_required_words_do_not_change_detection(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [(h.start, h.end, h.kind, h.fields) for h in times._detect(text)]
    monkeypatch.setattr(times, "_required_words", lambda: {})
    ungated = [(h.start, h.end, h.kind, h.fields) for h in times._detect(text)]
    assert gated == ungated


def test_every_pattern_has_a_gate_implied_by_its_matches() -> None:
    gates = times._required_words()
    assert set(gates) == {kind for kind, _ in times._patterns()}
    for text in TEXTS:
        for kind, pattern in times._patterns():
            for m in pattern.finditer(text):
                assert gates[kind].search(m.group(0)), (kind, m.group(0))



def _detect_all() -> list[list[tuple[int, int, str, dict[str, int | str | None]]]]:
    return [[(h.start, h.end, h.kind, h.fields) for h in times._detect(text)] for text in TEXTS]


def test_first_char_guards_do_not_change_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = _detect_all()
    assert all(p.pattern.startswith("(?=[") for _, p in times._patterns())  # the fast path is in use
    times._patterns.cache_clear()
    monkeypatch.setattr(times, "with_first_char_guard", lambda pattern: pattern)
    try:
        unguarded = _detect_all()
        assert not any(p.pattern.startswith("(?=[") for _, p in times._patterns())
    finally:
        times._patterns.cache_clear()  # rebuilt with guards once the patch is undone
    assert guarded == unguarded
    assert sum(map(len, guarded)) > 20  # the texts exercise the patterns


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # optional prefix, word boundary, lookbehind and a top-level alternation (the guard must cover both sides)
        (r"(?:(?:[Aa]m|[Vv]om)\s+)?\b(?P<m>März|Mai)\b|(?<![\d.])\d{1,2}\.", "Am März, vom Mai. 12. und 3.4. amMai"),
        (r"\bQ(?P<q>[1-4])(?:\s*/?\s*(?P<y>20\d\d))?\b", "Q3/2025, XQ4 und Q1 2026"),
        (r"[A-ZÄÖÜ][a-zäöüß]+\s+-?\d+", "Tempo 30, Golf -8, Ärger 2, über 3"),
    ],
)
def test_first_char_guard_keeps_every_match(pattern: str, text: str) -> None:
    guarded = with_first_char_guard(pattern)
    assert guarded != pattern and guarded.startswith("(?=[")
    plain = [(m.span(), m.groupdict()) for m in re.finditer(pattern, text)]
    assert plain  # the example matches something
    assert [(m.span(), m.groupdict()) for m in re.finditer(guarded, text)] == plain


@pytest.mark.parametrize("pattern", [r"(?i:mai)", r".+tag", r"[^\d]+", r"(?:am)?\s*", r"\b(?:x|)\b"])
def test_first_char_guard_leaves_patterns_it_cannot_bound(pattern: str) -> None:
    # inline flags, any character, negated classes, and patterns that can match the empty string
    assert with_first_char_guard(pattern) == pattern


def test_first_char_guard_lists_the_possible_first_characters() -> None:
    assert with_first_char_guard(r"\b(?:[Ii]m\s+)?(?:Vorjahr|Q\d)") == r"(?=[IQVi])(?:\b(?:[Ii]m\s+)?(?:Vorjahr|Q\d))"
