"""Analysing articles: clean → identify language → run the German pipeline → domain objects.

``analyse`` is the notebook entry point (``lagebild.analyse(text, published="2026-03-03")``);
``analyse_articles`` is the batch path ``lagebild run`` uses. Both return ``Analysis`` objects,
the same objects the store keeps and the export writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.clean.boilerplate import find_boilerplate
from lagebild.clean.language import identify_language
from lagebild.ingest.dates import parse_published
from lagebild.nlp.pipeline import load_pipeline
from lagebild.types import Analysis, Article, PartialDate, TextSpan


def mask_dropped(text: str, dropped: list[TextSpan]) -> str:
    """The text the pipeline reads: dropped lines blanked to spaces, so every offset stays valid."""
    if not dropped:
        return text
    chars = list(text)
    for span in dropped:
        for i in range(span.start, span.end):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


def prepare(article: Article) -> Article:
    """Fill the article's ``dropped`` boilerplate and ``lang`` (in place; returns it)."""
    if not article.dropped:
        article.dropped = find_boilerplate(article.text)
    if article.lang is None:
        article.lang = identify_language(mask_dropped(article.text, article.dropped))
    return article


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(mask_dropped(article.text, article.dropped))
    doc._.doc_id = article.id
    doc._.published = article.published
    return doc


def _collect(article: Article, doc: Doc) -> Analysis:
    if doc._.published_inferred and doc._.published is not None and article.published is None:
        article.published = doc._.published
        article.published_inferred = True
    return Analysis(
        article=article,
        entities=list(doc._.entities or []),
        quotes=list(doc._.quotes or []),
        claims=list(doc._.claims or []),
        times=list(doc._.times or []),
    )


def analyse_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Analysis]:
    """Analyse a stream of articles in order. Non-German articles are prepared but not analysed."""
    nlp = nlp or load_pipeline()
    pending: list[Article] = []

    def flush() -> Iterator[Analysis]:
        docs = [_make_doc(nlp, a) for a in pending]
        for article, doc in zip(pending, nlp.pipe(docs, batch_size=batch_size), strict=True):
            yield _collect(article, doc)
        pending.clear()

    for article in articles:
        prepare(article)
        if article.lang != "de":
            yield from flush()
            yield Analysis(article=article)
            continue
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def analyse(
    text: str,
    published: str | PartialDate | None = None,
    *,
    doc_id: str = "doc",
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
) -> Analysis:
    """Analyse one German article text. ``published`` anchors relative dates ("am Dienstag")."""
    if isinstance(published, str):
        published = parse_published(published)
    article = Article(id=doc_id, text=text, title=title, url=url, outlet=outlet, published=published)
    return next(analyse_articles([article], load_pipeline(model)))
