"""Fixtures for the story tests: small German articles with entities, quotes and dates."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.types import Analysis, Article, Entity, Evidence, PartialDate, Quote, Speaker

MakeAnalysis = Callable[..., Analysis]


def make_analysis(
    doc: str,
    text: str,
    published: str | None = "2026-03-04",
    *,
    title: str | None = None,
    entities: tuple[str, ...] = (),
    quotes: tuple[tuple[str, str], ...] = (),
    lang: str = "de",
) -> Analysis:
    """An analysed article; ``entities`` are names found in ``text``; ``quotes`` are (speaker, quoted text)."""
    article = Article(id=doc, text=text, title=title, lang=lang,
                      published=PartialDate.from_iso(published) if published else None)
    ents = []
    for n, name in enumerate(entities):
        start = text.index(name)
        ents.append(Entity(id=f"{doc}#e{n}", name=name, type="PER",
                           mentions=[Evidence(doc, start, start + len(name))]))
    qs = []
    for n, (speaker, said) in enumerate(quotes):
        start = text.index(said)
        qs.append(Quote(id=f"{doc}#q{n}", doc=doc, start=start, end=start + len(said), text=said, kind="direct",
                        statement=f"{doc}#s{n}", confidence=0.9, speaker=Speaker(name=speaker)))
    return Analysis(article=article, entities=ents, quotes=qs)




AGENCY = (
    "Die Gewerkschaft VGS hat für Donnerstag einen bundesweiten Bahnstreik angekündigt. Der Ausstand soll "
    "24 Stunden dauern und den Fernverkehr sowie den Regionalverkehr weitgehend lahmlegen. VGS-Chef Martin "
    "Kessler sagte in Frankfurt: „Die Geduld unserer Mitglieder ist am Ende.“ Die Bahn nannte den Streik "
    "unverhältnismäßig und kündigte einen Notfahrplan an. Pendler sollten sich auf massive Ausfälle einstellen, "
    "hieß es. Die Tarifverhandlungen waren in der vergangenen Woche ohne Ergebnis abgebrochen worden. Die "
    "Gewerkschaft fordert höhere Löhne und eine kürzere Arbeitszeit für das Zugpersonal."
)


@pytest.fixture
def analysis_factory() -> MakeAnalysis:
    return make_analysis


@pytest.fixture
def agency_text() -> str:
    """An agency article (reprinted by several outlets in the tests)."""
    return AGENCY
