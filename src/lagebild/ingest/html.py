"""The article inside an HTML page: main text and metadata via trafilatura (dates via htmldate).

trafilatura drops navigation, footers, teasers and comments from the markup; what it returns as the
main text becomes the article's ``text`` (its first line is usually the headline). The publication
date comes from the page's metadata (htmldate, original date rather than last update, no guessing from
free text), so a date merely mentioned in the article is never mistaken for the publication date.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura

from lagebild.ingest.dates import parse_published
from lagebild.types import PartialDate

# Library etiquette: trafilatura/htmldate log warnings about odd pages; without a handler Python
# would print them to stderr. Applications that configure logging still receive them.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Fewer letters than this is navigation residue ("Home"), not an article.
MIN_ARTICLE_LETTERS = 40

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True)
class PageArticle:
    """What an HTML page yields: the main text and the metadata found around it."""

    text: str
    title: str | None = None
    url: str | None = None
    site_name: str | None = None
    published: PartialDate | None = None


def extract_article(html: str, url: str | None = None) -> PageArticle | None:
    """The main article of ``html``, or None when the page holds no extractable article text."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, LookupError) as e:  # malformed markup deep in lxml
        logging.getLogger(__name__).debug("trafilatura failed: %s", e)
        return None
    if document is None:
        return None
    meta = document if isinstance(document, dict) else document.as_dict()
    text = meta.get("text") or ""
    if sum(1 for ch in text if ch.isalpha()) < MIN_ARTICLE_LETTERS:
        return None
    published = None
    if date := meta.get("date"):
        try:
            published = parse_published(str(date))
        except ValueError:
            published = None
    return PageArticle(
        text=text,
        title=(meta.get("title") or "").strip() or None,
        url=meta.get("url") or None,
        site_name=(meta.get("sitename") or "").strip() or None,
        published=published,
    )
