"""Shared statements: the same quote reported by several outlets is one statement.

Within a story, each article's statements (its quotes grouped by ``Quote.statement``) are compared
with the statements already seen: same speaker (canonical entity or surname) and nearly
the same words (word-set overlap), or any speaker when the article is a copy of the article the
statement came from (a reprint may resolve the speaker differently). The shared id is the
statement id of the earliest report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from lagebild.stories.features import term_counts, words
from lagebild.types import Analysis, Quote


def _speaker_keys(quote: Quote, entity_links: dict[str, str]) -> set[str]:
    """The canonical entity id when linked across documents, and the last word of the speaker's name.

    Outlets name the same person differently ("Veronika Brandt", "Brandt"); the surname (or the role
    noun of an unresolved speaker, "die Ökonomin") is what they share. Near-same quote text is required too.
    """
    s = quote.speaker
    keys = set()
    if s.entity:
        linked = entity_links.get(s.entity, s.entity)
        if linked != s.entity or "#" not in linked:  # a canonical id, not an unlinked doc-level one
            keys.add("id:" + linked)
    if s.name:
        name_words = words(s.name)
        if name_words:
            keys.add(name_words[-1])
    return keys


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: a shortened or extended rendering of the same quote still matches."""
    return _overlap_of_counts(len(a & b), len(a), len(b))


def _overlap_of_counts(common: int, size: int, other: int) -> float:
    """``_overlap`` of two word sets of ``size`` and ``other`` words with ``common`` words in common (what
    ``shared_statements`` counts through its index)."""
    smaller = size if size < other else other
    if smaller == 0:
        return 0.0
    if smaller < 3:  # too short to judge by overlap ("Nein."): only identical words
        return 1.0 if common == size == other else 0.0
    return common / smaller


def shared_statements(
    story_members: Sequence[Analysis],
    entity_links: dict[str, str],
    copy_root: dict[str, str],
    threshold: float = 0.6,
) -> dict[str, str]:
    """Quote id → shared statement id for the quotes of one story's articles (members in time order).

    Each statement is matched against the earlier statement with the highest ``_overlap`` of at least
    ``threshold`` (> 0) that shares a speaker key or the copy root, the earliest on ties.
    """
    if threshold <= 0:
        raise ValueError("threshold must be positive: statements without a common word never match")
    # Earlier statements, by number: their document, word count and shared id (parallel lists: the loop below is
    # the hot path of a large story).
    docs_of: list[str] = []
    sizes: list[int] = []
    shared_of: list[str] = []
    # Why an inverted index: a large story repeats a few speakers, so "earlier statements sharing a speaker key"
    # grows with the story and comparing word sets with each is quadratic. A positive overlap needs a common
    # word, so the index (speaker key or copy root, word) → earlier statements counts the common words of exactly
    # the candidates that can match, at C speed (Counter over the posting lists).
    postings: dict[tuple[str, str, str], list[int]] = {}
    result: dict[str, str] = {}
    for analysis in story_members:
        doc = analysis.article.id
        groups: dict[str, list[Quote]] = {}
        for q in analysis.quotes:
            groups.setdefault(q.statement, []).append(q)
        root = copy_root.get(doc, doc)
        for statement, quotes in groups.items():
            text = " ".join(q.text for q in quotes)
            terms = frozenset(term_counts(words(text)))
            speakers = frozenset().union(*(_speaker_keys(q, entity_links) for q in quotes))
            index_keys = [("root", root)] + [("speaker", key) for key in speakers]
            common_words: dict[int, int] = {}
            for kind, key in index_keys:
                # A candidate reached through several keys gets the same count from each: plain dict update.
                common_words.update(
                    Counter(chain.from_iterable(postings.get((kind, key, term), ()) for term in terms))
                )
            best_index = -1
            best_score = 0.0
            size = len(terms)
            for index, common in common_words.items():
                if docs_of[index] == doc:
                    continue
                score = _overlap_of_counts(common, size, sizes[index])
                if score >= threshold and (
                    best_index < 0 or score > best_score or (score == best_score and index < best_index)
                ):
                    best_index, best_score = index, score
            shared = shared_of[best_index] if best_index >= 0 else statement
            number = len(docs_of)
            for kind, key in index_keys:
                for term in terms:
                    postings.setdefault((kind, key, term), []).append(number)
            docs_of.append(doc)
            sizes.append(size)
            shared_of.append(shared)
            for q in quotes:
                result[q.id] = shared
    return result


@dataclass
class StatementCoverage:
    """Who carried a shared statement: outlets in order of first report, and the first report's quote."""

    statement: str
    first_quote: str
    first_doc: str
    outlets: list[str]
    quotes: list[str]


def statement_coverage(statements: dict[str, str], analyses: Sequence[Analysis]) -> dict[str, StatementCoverage]:
    """Shared statement id → coverage, for the export and briefing ("carried by 3 outlets, first by …").

    Reports are ordered by published date, then input order; an article without outlet counts under its id.
    """
    order = {a.article.id: i for i, a in enumerate(analyses)}
    reports = []
    for a in analyses:
        p = a.article.published
        when = (p.year, p.month or 0, p.day or 0) if p else (9999, 0, 0)
        for q in a.quotes:
            if q.id in statements:
                outlet = a.article.outlet or a.article.id
                reports.append((when, order[a.article.id], q.start, q.id, a.article.id, outlet))
    coverage: dict[str, StatementCoverage] = {}
    for _, _, _, quote, doc, outlet in sorted(reports):
        shared = statements[quote]
        entry = coverage.get(shared)
        if entry is None:
            entry = coverage[shared] = StatementCoverage(shared, quote, doc, [], [])
        entry.quotes.append(quote)
        if outlet not in entry.outlets:
            entry.outlets.append(outlet)
    return coverage
