"""Online, incremental story clustering with near-duplicate (copy) detection.

Each article, in ingestion order, is first checked for being a copy of an earlier article
(MinHash LSH over word shingles); a copy joins its original's story. Otherwise the article's
TF-IDF term vector and entities retrieve candidate stories from inverted indexes (only the most
recent ``postings_cap`` stories per term/entity, within a time window), the best candidates are
scored (cosine to the story centroid, shared entities, time proximity) and the article joins the
best story above ``join_threshold`` or founds a new one. Work per article is bounded by
``query_terms × postings_cap``, independent of the number of stories.

Story ids derive from the founding article's id, so re-running the same input gives the same
ids, and ids restored from an earlier run (``prior``) are kept.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter, mul

import numpy as np

from lagebild.stories.features import NUM_PERM, DocFeatures, jaccard
from lagebild.types import Copy


@dataclass(frozen=True)
class ClusterParams:
    """Tuning of story clustering (defaults chosen on the synthetic set and examples/)."""

    copy_threshold: float = 0.5  # estimated shingle Jaccard at which an article is a copy
    join_threshold: float = 0.15  # minimum score to join a story: mid-gap on examples/ (wrong ≤ 0.12, right ≥ 0.177)
    query_terms: int = 10  # how many of the article's top terms retrieve candidates
    postings_cap: int = 16  # most recent stories looked at per term/entity
    rescore: int = 6  # candidates scored exactly
    centroid_terms: int = 80  # terms a story keeps in its centroid
    entity_weight: float = 0.35  # share of the score from shared entities (when the article has any)
    window_days: int = 10  # stories further away than this in time are not candidates
    same_days: float = 1.0  # up to this many days apart counts as "same time"
    decay_days: float = 2.5  # then the score decays with this scale (a week apart: ~0.1)


class BandIndex:
    """LSH banding over MinHash digest rows: query, then insert, one article at a time.

    Written here because the digests come from rensa and are cached as plain arrays:
    rensa's own LSH only queries live ``RMinHash`` objects (not rebuildable from a digest) and
    datasketch's LSH wants datasketch MinHash objects of its own hashing scheme.
    """

    def __init__(self, num_perm: int = NUM_PERM, bands: int = 16) -> None:
        self.bands = bands
        self.rows = num_perm // bands
        # Bucket key: hash of (band, band bytes), a plain int (in-memory only, rebuilt every run);
        # most buckets hold one document, stored bare rather than in a list to save memory.
        self.buckets: dict[int, str | list[str]] = {}
        width = self.rows * np.dtype(np.uint32).itemsize
        self._slices = [(b * width, (b + 1) * width) for b in range(bands)]

    def _keys(self, digest: np.ndarray) -> list[int]:
        # Python's hash of each band's bytes (numpy per band costs more than it saves on 16 tiny
        # slices); the same bytes in two different bands colliding only adds a candidate that the
        # Jaccard check rejects.
        raw = digest.tobytes()
        return [hash(raw[a:b]) for a, b in self._slices]

    def query(self, digest: np.ndarray) -> set[str]:
        return self._query_keys(self._keys(digest))

    def _query_keys(self, keys: list[int]) -> set[str]:
        found: set[str] = set()
        buckets = self.buckets
        for key in keys:
            hit = buckets.get(key)
            if hit is None:
                continue
            if isinstance(hit, str):
                found.add(hit)
            else:
                found.update(hit)
        return found

    def query_and_insert(self, doc: str, digest: np.ndarray) -> set[str]:
        """``query`` then ``insert`` with the band keys computed once (the online loop does both)."""
        keys = self._keys(digest)
        found = self._query_keys(keys)
        self._insert_keys(doc, keys)
        return found

    def insert(self, doc: str, digest: np.ndarray) -> None:
        self._insert_keys(doc, self._keys(digest))

    def _insert_keys(self, doc: str, keys: list[int]) -> None:
        buckets = self.buckets
        for key in keys:
            hit = buckets.get(key)
            if hit is None:
                buckets[key] = doc
            elif isinstance(hit, str):
                buckets[key] = [hit, doc]
            else:
                hit.append(doc)


def story_id_for(doc: str) -> str:
    """A story's id, derived from its founding article's id (stable across runs)."""
    return "s-" + hashlib.sha1(doc.encode("utf-8")).hexdigest()[:12]


@dataclass
class StoryState:
    id: str
    docs: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    norm: float = 1.0  # L2 norm of the centroid, refreshed when it changes (scored far more often than joined)
    norm_squared: float = 0.0
    entities: Counter[str] = field(default_factory=Counter)
    first_day: int | None = None
    last_day: int | None = None
    posted_terms: set[str] = field(default_factory=set)
    posted_entities: set[str] = field(default_factory=set)

    def distance_days(self, first: int | None, last: int | None = None) -> float | None:
        """Days between the story's date range and [first, last] (0 when they overlap)."""
        last = first if last is None else last
        if first is None or last is None or self.first_day is None or self.last_day is None:
            return None
        if last < self.first_day:
            return float(self.first_day - last)
        if first > self.last_day:
            return float(first - self.last_day)
        return 0.0


class StoryClusterer:
    """Online clustering state: add articles one at a time with ``add``."""

    def __init__(self, params: ClusterParams | None = None) -> None:
        self.params = params or ClusterParams()
        self.stories: list[StoryState] = []
        self.story_index: dict[str, int] = {}
        self.membership: dict[str, str] = {}
        self.copies: list[Copy] = []
        self.copy_root: dict[str, str] = {}  # doc → the original it (transitively) copies
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.term_postings: dict[str, list[int]] = {}
        self.entity_postings: dict[str, list[int]] = {}
        self.lsh = BandIndex()  # 16 bands × 4 rows: pairs at Jaccard 0.5 collide with probability ~0.65, at 0.7 ~0.99
        self.digests: dict[str, np.ndarray] = {}
        self.last_candidates = 0  # candidates looked at for the latest article (sublinearity checks)
        self.max_candidates = 0

    # ------------------------------------------------------------------ public

    def add(self, features: DocFeatures, digest: np.ndarray | None, prior_story: str | None = None) -> str:
        """Place one article; returns its story id. ``prior_story`` restores an earlier decision."""
        doc = features.doc
        original = self._find_original(doc, digest)
        vector = self._vector(features)
        if prior_story is not None:
            index = self.story_index.get(prior_story)
            if index is None:
                index = self._new_story(prior_story)
        elif original is not None:
            index = self.story_index[self.membership[original]]
        else:
            index = self._best_story(features, vector)
            if index is None:
                index = self._new_story(self._fresh_id(doc))
        self._join(index, features, vector)
        if digest is not None:
            self.digests[doc] = digest
        return self.stories[index].id

    # ------------------------------------------------------------------ copies

    def _find_original(self, doc: str, digest: np.ndarray | None) -> str | None:
        """The earlier article this one copies (if any); also enters the article into the LSH index."""
        if digest is None:
            return None
        candidates = self.lsh.query_and_insert(doc, digest)
        if not candidates:
            return None
        best: tuple[float, str] | None = None
        for other in sorted(candidates):
            sim = jaccard(digest, self.digests[other])
            if sim >= self.params.copy_threshold and (best is None or sim > best[0]):
                best = (sim, other)
        if best is None:
            return None
        sim, other = best
        self.copies.append(Copy(doc=doc, copy_of=other, similarity=sim))
        self.copy_root[doc] = self.copy_root.get(other, other)
        return other

    # ------------------------------------------------------------------ scoring

    def _vector(self, features: DocFeatures) -> dict[str, float]:
        """L2-normalised TF-IDF vector with the document frequencies seen so far (then counts the doc)."""
        self.n_docs += 1
        log = math.log
        offset = log(self.n_docs + 1) + 1.0  # idf = log((n + 1) / (df + 1)) + 1
        df = self.df
        df.update(features.terms.keys())
        weights = {t: tf * (offset - log(df[t] + 1)) for t, tf in features.terms.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def _time_factor(self, story: StoryState, features: DocFeatures) -> float:
        distance = story.distance_days(features.day, features.last_day)
        if distance is None:
            return 0.8
        if distance <= self.params.same_days:
            return 1.0
        return math.exp(-(distance - self.params.same_days) / self.params.decay_days)

    def _best_story(self, features: DocFeatures, vector: dict[str, float]) -> int | None:
        p = self.params
        query = sorted(vector.items(), key=itemgetter(1), reverse=True)[: p.query_terms]
        rough: dict[int, float] = {}
        get = rough.get
        stories = self.stories
        cap = -p.postings_cap
        looked = 0
        empty: list[int] = []
        for term, weight in query:
            posting = self.term_postings.get(term, empty)[cap:]
            looked += len(posting)
            for s in posting:
                rough[s] = get(s, 0.0) + weight * stories[s].centroid.get(term, 0.0)
        for key in features.entities:
            posting = self.entity_postings.get(key, empty)[cap:]
            looked += len(posting)
            for s in posting:
                rough[s] = get(s, 0.0) + 0.5
        self.last_candidates = looked
        self.max_candidates = max(self.max_candidates, looked)
        if not rough:
            return None
        shortlist = sorted(rough.items(), key=itemgetter(1), reverse=True)[: p.rescore]
        best: tuple[float, int] | None = None
        for s, _ in shortlist:
            story = self.stories[s]
            distance = story.distance_days(features.day, features.last_day)
            if distance is not None and distance > p.window_days:
                continue
            score = self._score(story, features, vector)
            if best is None or score > best[0]:
                best = (score, s)
        if best is None or best[0] < p.join_threshold:
            return None
        return best[1]

    def _score(self, story: StoryState, features: DocFeatures, vector: dict[str, float]) -> float:
        # Dot product with map/sum so the loop runs in C (this is the innermost scoring step).
        dot = sum(map(mul, vector.values(), map(story.centroid.get, vector.keys(), repeat(0.0))))
        cosine = dot / story.norm
        score = cosine
        if features.entities:
            shared = len(features.entities & story.entities.keys())
            overlap = shared / len(features.entities)
            score = (1 - self.params.entity_weight) * cosine + self.params.entity_weight * overlap
        return score * self._time_factor(story, features)

    # ------------------------------------------------------------------ state

    def _fresh_id(self, doc: str) -> str:
        base = story_id_for(doc)
        candidate, n = base, 1
        while candidate in self.story_index:  # a replaced founder re-founding a story: keep ids unique
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def _new_story(self, story_id: str) -> int:
        self.stories.append(StoryState(id=story_id))
        index = len(self.stories) - 1
        self.story_index[story_id] = index
        return index

    def _join(self, index: int, features: DocFeatures, vector: dict[str, float]) -> None:
        story = self.stories[index]
        story.docs.append(features.doc)
        self.membership[features.doc] = story.id
        centroid = story.centroid
        # The squared norm is kept up to date term by term (recomputed exactly after pruning).
        squared = story.norm_squared
        get = centroid.get
        for t, w in vector.items():
            before = get(t, 0.0)
            after = centroid[t] = before + w
            squared += after * after - before * before
        if len(centroid) > self.params.centroid_terms * 3 // 2:
            kept = heapq.nlargest(self.params.centroid_terms, centroid.items(), key=itemgetter(1))
            story.centroid = centroid = dict(kept)
            squared = sum(w * w for w in centroid.values())
        story.norm_squared = squared
        story.norm = math.sqrt(squared) if squared > 0.0 else 1.0
        for t in vector:
            if t in centroid and t not in story.posted_terms:
                story.posted_terms.add(t)
                self.term_postings.setdefault(t, []).append(index)
        for e in features.entities:
            story.entities[e] += 1
            if e not in story.posted_entities:
                story.posted_entities.add(e)
                self.entity_postings.setdefault(e, []).append(index)
        if features.day is not None:
            last = features.last_day if features.last_day is not None else features.day
            story.first_day = features.day if story.first_day is None else min(story.first_day, features.day)
            story.last_day = last if story.last_day is None else max(story.last_day, last)


def run_clusterer(
    features: Sequence[DocFeatures],
    digests: Sequence[np.ndarray | None],
    prior: dict[str, str] | None = None,
    params: ClusterParams | None = None,
) -> StoryClusterer:
    """Feed articles in order through a fresh clusterer; ``prior`` maps doc → story id to restore."""
    clusterer = StoryClusterer(params)
    prior = prior or {}
    for f, d in zip(features, digests, strict=True):
        clusterer.add(f, d, prior.get(f.doc))
    return clusterer
