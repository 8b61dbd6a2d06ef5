"""The literal pre-checks that let ``_detect`` skip patterns must never change what it finds."""

from __future__ import annotations

import pytest

import lagebild.nlp.times as times

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
