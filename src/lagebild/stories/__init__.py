"""Stories across outlets: copies, clustering, shared statements, origin.

``cluster(analyses, prior)`` is the pure core (no store): it returns a ``StoryResult`` with the
stories, doc → story membership, copies and shared statements. ``update_stories(store, progress)``
is what the runner calls after ingestion: it restores earlier story assignments, caches MinHash
signatures in the store, links entities across documents, builds timelines and saves the result.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from lagebild.nlp.gc_pause import collector_paused
from lagebild.progress import Progress, no_progress
from lagebild.stories.clustering import ClusterParams, StoryClusterer, StoryState, story_id_for
from lagebild.stories.features import (
    SIGNATURE_VERSION,
    doc_features,
    name_keys,
    signatures,
    term_counts,
    words,
)
from lagebild.stories.origin import story_origin
from lagebild.stories.statements import shared_statements, statement_coverage
from lagebild.types import Analysis, Entity, PartialDate, Story, StoryResult, TimelineEvent

if TYPE_CHECKING:
    from lagebild.store.sqlite import Store

__all__ = [
    "ClusterParams",
    "cluster",
    "compute_signatures",
    "link_entities",
    "statement_coverage",
    "story_id_for",
    "update_stories",
]


_CHUNK = 1000


def compute_signatures(analyses: Sequence[Analysis]) -> dict[str, np.ndarray]:
    """MinHash digests of the articles' texts (batch), doc id → uint32 row."""
    rows = signatures([words(a.article.text) for a in analyses])
    return {a.article.id: rows[i] for i, a in enumerate(analyses)}


def cluster(
    analyses: Sequence[Analysis],
    prior: dict[str, str] | None = None,
    *,
    entity_links: dict[str, str] | None = None,
    digests: dict[str, np.ndarray] | None = None,
    params: ClusterParams | None = None,
    progress: Progress = no_progress,
    details: bool = True,
) -> StoryResult:
    """Cluster articles (in ingestion order) into stories.

    ``prior`` maps doc ids → story ids decided earlier; those docs keep their story. ``digests``
    may hold cached signatures (missing ones are computed). With ``details=False`` only membership
    and copies are filled (no titles, origins, statements), which is what the benchmark times.
    """
    entity_links = entity_links or {}
    digests = digests or {}
    # The loop allocates many small containers but no reference cycles; with a large heap of
    # analyses the cyclic collector's repeated full scans cost about a quarter of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        clusterer = _run(analyses, prior or {}, entity_links, digests, params, progress)
    finally:
        if collecting:
            gc.enable()
    result = StoryResult(membership=dict(clusterer.membership), copies=list(clusterer.copies),
                         entity_links=dict(entity_links))
    if details:
        # Same reason as above: shared statements and origins allocate many small objects and no cycles.
        with collector_paused():
            _describe(result, clusterer, analyses, entity_links)
    else:
        result.stories = [Story(id=s.id, title="", documents=list(s.docs)) for s in clusterer.stories]
    return result


def _run(
    analyses: Sequence[Analysis],
    prior: dict[str, str],
    entity_links: dict[str, str],
    digests: dict[str, np.ndarray],
    params: ClusterParams | None,
    progress: Progress,
) -> StoryClusterer:
    clusterer = StoryClusterer(params)
    total = len(analyses)
    # Articles without entities (not German, or the NER found none) borrow the German articles'
    # entity names that occur in their text: built over the whole batch, so the order does not matter.
    names = name_keys(analyses, entity_links) if any(not a.entities for a in analyses) else None
    # In chunks: tokens are needed for both signatures and terms, but not kept for the whole corpus.
    for begin in range(0, total, _CHUNK):
        chunk = analyses[begin : begin + _CHUNK]
        tokens = [words(a.article.text) for a in chunk]
        todo = [i for i, a in enumerate(chunk) if a.article.id not in digests]
        rows = signatures([tokens[i] for i in todo])
        fresh = {chunk[i].article.id: rows[k] for k, i in enumerate(todo)}
        for analysis, toks in zip(chunk, tokens, strict=True):
            doc = analysis.article.id
            features = doc_features(analysis, toks, entity_links, names=names)
            clusterer.add(features, fresh[doc] if doc in fresh else digests[doc], prior.get(doc))
        progress("clustering stories", begin + len(chunk), total)
    return clusterer


def _date_key(p: PartialDate | None) -> tuple[int, int, int]:
    if p is None:
        return (9999, 99, 99)
    return (p.year, p.month or 0, p.day or 0)


def _describe(
    result: StoryResult, clusterer: StoryClusterer, analyses: Sequence[Analysis], entity_links: dict[str, str]
) -> None:
    by_doc = {a.article.id: a for a in analyses}
    order = {a.article.id: i for i, a in enumerate(analyses)}
    for state in clusterer.stories:
        members = sorted(
            (by_doc[d] for d in state.docs if d in by_doc),
            key=lambda a: (_date_key(a.article.published), order[a.article.id]),
        )
        if not members:
            continue
        dates = [a.article.published for a in members if a.article.published is not None]
        story = Story(
            id=state.id,
            title=_title(state, members),
            documents=[a.article.id for a in members],
            start=min(dates, key=_date_key) if dates else None,
            end=max(dates, key=_date_key) if dates else None,
            actors=_actors(members, entity_links),
            origin=story_origin(members),
        )
        result.stories.append(story)
        result.statements.update(shared_statements(members, entity_links, clusterer.copy_root))


def _title(state: StoryState, members: Sequence[Analysis]) -> str:
    """The most central headline: the one whose terms weigh most in the story's centroid."""
    best: tuple[float, str] | None = None
    for a in members:
        title = (a.article.title or "").strip()
        if not title:
            continue
        terms = term_counts(words(title))
        score = sum(state.centroid.get(t, 0.0) for t in terms) / (len(terms) ** 0.5 if terms else 1.0)
        if best is None or score > best[0]:
            best = (score, title)
    if best is not None:
        return best[1]
    first_line = next((line.strip() for line in members[0].article.text.splitlines() if line.strip()), "")
    return first_line if len(first_line) <= 120 else first_line[:117].rstrip() + "…"


def _actors(members: Sequence[Analysis], entity_links: dict[str, str], limit: int = 5) -> list[str]:
    """Canonical ids of the people and organisations mentioned most across the story's articles."""
    counts: Counter[str] = Counter()
    for a in members:
        for e in a.entities:
            if e.type in ("PER", "ORG"):
                counts[entity_links.get(e.id, e.id)] += max(1, len(e.mentions))
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


# ---------------------------------------------------------------------------- with the store


def link_entities(entities: list[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """Cross-document entity linking (lagebild.nlp.entities); identity until that exists."""
    try:
        from lagebild.nlp.entities import link_across_documents  # type: ignore[attr-defined]
    except ImportError:
        return entities, {e.id: e.id for e in entities}
    linked: tuple[list[Entity], dict[str, str]] = link_across_documents(entities)
    return linked


def _timeline_builder() -> Callable[[Story, list[Analysis], dict[str, str]], list[TimelineEvent]] | None:
    try:
        from lagebild.stories.timeline import build_timeline  # type: ignore[import-not-found]
    except ImportError:
        return None
    builder: Any = build_timeline
    return builder  # type: ignore[no-any-return]


def _signature_blob(analysis: Analysis, digest: np.ndarray) -> bytes:
    # The content hash prefix invalidates a cached signature when the article is replaced.
    return bytes.fromhex(analysis.article.content_hash[:16]) + digest.astype("<u4").tobytes()


def _cached_digests(analyses: Sequence[Analysis], cache: dict[str, bytes]) -> dict[str, np.ndarray]:
    digests = {}
    for a in analyses:
        blob = cache.get(a.article.id)
        if blob and blob[:8] == bytes.fromhex(a.article.content_hash[:16]):
            digests[a.article.id] = np.frombuffer(blob[8:], dtype="<u4").astype(np.uint32)
    return digests


def update_stories(store: Store, progress: Progress = no_progress) -> StoryResult:
    """Recompute the cross-document layer of the store (keeping earlier story assignments) and save it."""
    analyses = list(store.iter_analyses())
    prior = store.story_assignments()
    digests = _cached_digests(analyses, store.get_features(SIGNATURE_VERSION))
    fresh = compute_signatures([a for a in analyses if a.article.id not in digests])
    if fresh:
        by_id = {a.article.id: a for a in analyses}
        store.put_features(SIGNATURE_VERSION, {d: _signature_blob(by_id[d], v) for d, v in fresh.items()})
        digests.update(fresh)
    entities, links = link_entities([e for a in analyses for e in a.entities])
    result = cluster(analyses, prior, entity_links=links, digests=digests, progress=progress)
    result.entities = entities
    result.entity_links = links
    build = _timeline_builder()
    if build is not None:
        by_id = {a.article.id: a for a in analyses}
        for i, story in enumerate(result.stories):
            result.timeline.extend(build(story, [by_id[d] for d in story.documents], links))
            progress("building timelines", i + 1, len(result.stories))
    store.save_story_result(result)
    return result
