"""Shared statements: the same quote reported by several outlets is one statement.

Within a story, each article's statements (its quotes grouped by ``Quote.statement``) are compared
with the statements already seen: same speaker (canonical entity or surname) and nearly
the same words (word-set overlap), or any speaker when the article is a copy of the article the
statement came from (a reprint may resolve the speaker differently). The shared id is the
statement id of the earliest report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.stories.features import term_counts, words
from lagebild.types import Analysis, Quote


@dataclass
class _Reported:
    shared_id: str
    doc: str
    speakers: frozenset[str]
    terms: frozenset[str]


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
    if not a or not b:
        return 0.0
    if min(len(a), len(b)) < 3:  # too short to judge by overlap ("Nein."): only identical words
        return 1.0 if a == b else 0.0
    return len(a & b) / min(len(a), len(b))


def shared_statements(
    story_members: Sequence[Analysis],
    entity_links: dict[str, str],
    copy_root: dict[str, str],
    threshold: float = 0.6,
) -> dict[str, str]:
    """Quote id → shared statement id for the quotes of one story's articles (members in time order)."""
    seen: list[_Reported] = []
    # Indexes into ``seen``: only earlier statements sharing a speaker key or the copy root can match, so a
    # large story is not compared all-against-all. Candidates are visited in ``seen`` order (ties keep the earliest).
    by_speaker: dict[str, list[int]] = {}
    by_root: dict[str, list[int]] = {}
    result: dict[str, str] = {}
    for analysis in story_members:
        doc = analysis.article.id
        groups: dict[str, list[Quote]] = {}
        for q in analysis.quotes:
            groups.setdefault(q.statement, []).append(q)
        for statement, quotes in groups.items():
            text = " ".join(q.text for q in quotes)
            terms = frozenset(term_counts(words(text)))
            speakers = frozenset().union(*(_speaker_keys(q, entity_links) for q in quotes))
            root = copy_root.get(doc, doc)
            best: tuple[float, _Reported] | None = None
            candidates: set[int] = set(by_root.get(root, ()))
            for key in speakers:
                candidates.update(by_speaker.get(key, ()))
            for index in sorted(candidates):
                earlier = seen[index]
                if earlier.doc == doc:
                    continue
                score = _overlap(terms, earlier.terms)
                if score >= threshold and (best is None or score > best[0]):
                    best = (score, earlier)
            shared = best[1].shared_id if best else statement
            by_root.setdefault(root, []).append(len(seen))
            for key in speakers:
                by_speaker.setdefault(key, []).append(len(seen))
            seen.append(_Reported(shared_id=shared, doc=doc, speakers=speakers, terms=terms))
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
