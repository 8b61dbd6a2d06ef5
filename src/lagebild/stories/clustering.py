"""Online, incremental story clustering with near-duplicate (copy) detection.

Each article, in ingestion order, is first checked for being a copy of an earlier article
(MinHash LSH over word shingles); a copy joins its original's story. Otherwise the article's
term vector and entities retrieve candidate stories from inverted indexes (only the most recent
``postings_cap`` stories per term/entity, counted in C), the best few are scored exactly and the
article joins the best story that accepts it or founds a new one. Work per article is bounded by
``query_terms × postings_cap``, independent of the number of stories.

What separates a follow-up (the convoy attack days after the summit, on the same conflict) from
a retelling of the same event, with signals a real system has:

* term specificity: TF-IDF weights are divided by ``1 + ln(stories that recently took the term
  up)``, so the background vocabulary of an ongoing conflict, which recurs in all its stories,
  counts less than the terms of one event;
* story cohesion: a story accepts an article only if it scores at least ``cohesion_ratio`` of
  the story's mean join score. Retellings of one event match their story about as closely as
  the earlier ones did; a follow-up shares only part of the event and falls well short;
* time: the score decays once the article is more than ``same_days`` from the story's dates;
* entities count only across languages (where words cannot meet): within one language the names
  are words of the text already, and a conflict's actors appear in all its stories.

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
from itertools import chain, repeat
from operator import itemgetter, mul

import numpy as np

from lagebild.stories.features import NUM_PERM, DocFeatures, jaccard
from lagebild.types import Copy


@dataclass(frozen=True)
class ClusterParams:
    """Tuning of story clustering (defaults chosen on the synthetic set and examples/)."""

    copy_threshold: float = 0.5  # estimated shingle Jaccard at which an article is a copy
    join_threshold: float = 0.13  # minimum score to join a story
    cohesion_ratio: float = 0.5  # ... and at least this share of the story's mean join score (its cohesion)
    discount_spread_terms: bool = True  # weigh terms down by the number of stories holding them (see _vector)
    spread_days: float = 30.0  # ... counting a story holding the term this many days ago as 1/e (recent spread)
    cohesion_prior: float = 0.25  # a story's cohesion before evidence: one pseudo-join with this score, so that
    # a single close retelling does not make a young story refuse the next, looser one
    query_terms: int = 10  # how many of the article's top terms retrieve candidates
    postings_cap: int = 16  # most recent stories looked at per term/entity
    rescore: int = 4  # candidates scored exactly (6 measured the same B-cubed on the synthetic set, for more time)
    centroid_terms: int = 80  # terms a story keeps in its centroid
    entity_weight: float = 0.35  # share of the score from shared entities, across languages
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


_DECAY_DAYS = 366  # gaps beyond a year count as no recent story at all
_TABLE_SIZE = 4096
_LOGS = [0.0] + [math.log(n) for n in range(1, _TABLE_SIZE + 1)]  # log of small document frequencies, looked up


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
    langs: set[str | None] = field(default_factory=set)
    join_total: float = 0.0  # sum of the scores with which articles joined (the founder excluded)
    joins: int = 0

    def cohesion(self, prior: float) -> float:
        """Mean score with which articles joined this story, with one pseudo-join scoring ``prior``."""
        return (self.join_total + prior) / (self.joins + 1)

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
        self.df: dict[str, int] = {}
        self.n_docs = 0
        self.term_postings: dict[str, list[int]] = {}
        # term → (stories that took it up, exponentially decayed; day of the latest): its recent spread
        self.spread: dict[str, tuple[float, int | None]] = {}
        self._decay = [math.exp(-gap / self.params.spread_days) for gap in range(_DECAY_DAYS)]
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
            found = self._best_story(features, vector)
            if found is None:
                index = self._new_story(self._fresh_id(doc))
            else:
                index, score = found
                self.stories[index].join_total += score
                self.stories[index].joins += 1
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
        """L2-normalised, specificity-weighted TF-IDF vector (then counts the doc in the frequencies).

        IDF uses the document frequencies seen so far. Specificity divides a term's weight by
        ``1 + ln(stories)`` for the number of stories that took the term up recently (each counted
        with weight ``exp(-days ago / spread_days)``): the background terms of an ongoing conflict
        ("Waffenruhe", the country, its ministers) recur in every story about it and say little
        about which event an article reports, while event terms live in one story. Only recent
        stories count, so that a word used by some unrelated story months ago is not discounted.
        """
        self.n_docs += 1
        log = math.log
        offset = log(self.n_docs + 1) + 1.0  # idf = log((n + 1) / (df + 1)) + 1
        df = self.df
        get_df = df.get
        get_spread = self.spread.get
        logs, decay = _LOGS, self._decay
        discount = self.params.discount_spread_terms
        day = features.day
        weights = {}
        # One pass per term in plain Python: counting the document and weighting in the same loop
        # is cheaper than Counter.update plus a second lookup (this runs for every article).
        for t, tf in features.terms.items():
            d = get_df(t, 0) + 1
            df[t] = d
            entry = get_spread(t)
            if entry is None or not discount:
                factor = 1.0
            else:
                stories, last = entry
                if day is not None and last is not None and day > last:
                    stories *= decay[day - last] if day - last < _DECAY_DAYS else 0.0
                factor = 1.0 / (1.0 + log(stories)) if stories > 1.0 else 1.0
            weights[t] = tf * (offset - (logs[d + 1] if d < _TABLE_SIZE else log(d + 1))) * factor
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def _time_factor(self, distance: float | None) -> float:
        """1 within ``same_days`` of the story's dates, then decaying; 0.8 when either date is unknown."""
        if distance is None:
            return 0.8
        if distance <= self.params.same_days:
            return 1.0
        return math.exp(-(distance - self.params.same_days) / self.params.decay_days)

    def _best_story(self, features: DocFeatures, vector: dict[str, float]) -> tuple[int, float] | None:
        """The best-scoring candidate story the article may join, with its score (None: found a new one).

        A story accepts an article scoring at least ``join_threshold`` and at least
        ``cohesion_ratio`` × the story's cohesion: an established story whose articles all matched
        it closely does not take in an article that shares only part of its event (a follow-up).
        """
        p = self.params
        # Retrieval: how many of the article's top terms and of its entities each recent story shares,
        # counted in C (Counter over the chained postings); the few best are then scored exactly.
        query = sorted(vector, key=vector.__getitem__, reverse=True)[: p.query_terms]
        cap = -p.postings_cap
        term_postings, entity_postings = self.term_postings, self.entity_postings
        postings = [term_postings[t][cap:] for t in query if t in term_postings]
        postings += [entity_postings[e][cap:] for e in features.entities if e in entity_postings]
        rough = Counter(chain.from_iterable(postings))
        looked = sum(map(len, postings))
        self.last_candidates = looked
        self.max_candidates = max(self.max_candidates, looked)
        if not rough:
            return None
        stories = self.stories
        # sorted (C) beats heapq.nlargest (Python) on these few dozen candidates
        shortlist = sorted(rough.items(), key=itemgetter(1), reverse=True)[: p.rescore]
        best: tuple[float, int] | None = None
        first, last = features.day, features.last_day
        for s, _ in shortlist:
            story = stories[s]
            distance = story.distance_days(first, last)
            if distance is not None and distance > p.window_days:
                continue
            score = self._score(story, features, vector, distance)
            if score < p.join_threshold or score < p.cohesion_ratio * story.cohesion(p.cohesion_prior):
                continue
            if best is None or score > best[0]:
                best = (score, s)
        return None if best is None else (best[1], best[0])

    def _score(
        self, story: StoryState, features: DocFeatures, vector: dict[str, float], distance: float | None
    ) -> float:
        # Dot product with map/sum so the loop runs in C (this is the innermost scoring step).
        dot = sum(map(mul, vector.values(), map(story.centroid.get, vector.keys(), repeat(0.0))))
        score = dot / story.norm
        if features.entities and features.lang not in story.langs:
            # Across languages the words hardly meet; shared names are what ties the article to the story.
            # Within one language names are words of the text already, and the actors of a conflict
            # recur in all its stories, so they would only blur related stories together.
            shared = len(features.entities & story.entities.keys())
            overlap = shared / len(features.entities)
            score = (1 - self.params.entity_weight) * score + self.params.entity_weight * overlap
        return score * self._time_factor(distance)

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
        story.langs.add(features.lang)
        self.membership[features.doc] = story.id
        centroid = story.centroid
        # The squared norm is kept up to date term by term (recomputed exactly after pruning). A term
        # new to the centroid enters the story into the term's postings in the same pass; one pruned
        # later stays posted (retrieval then finds the story, and exact scoring ignores the term).
        squared = story.norm_squared
        get = centroid.get
        posted = story.posted_terms
        postings, spread, decay, day = self.term_postings, self.spread, self._decay, features.day
        for t, w in vector.items():
            before = get(t, 0.0)
            after = centroid[t] = before + w
            squared += after * after - before * before
            if before == 0.0 and t not in posted:
                posted.add(t)
                posting = postings.get(t)
                if posting is None:
                    postings[t] = [index]
                    spread[t] = (1.0, day)
                else:
                    posting.append(index)
                    stories, last = spread[t]
                    if day is not None and last is not None and day != last:
                        gap = abs(day - last)
                        weight = decay[gap] if gap < _DECAY_DAYS else 0.0
                        # Decay the count to the newer day; an older (out-of-order) article adds less.
                        spread[t] = (stories * weight + 1.0, day) if day > last else (stories + weight, last)
                    else:
                        spread[t] = (stories + 1.0, last if day is None else day)
        if len(centroid) > self.params.centroid_terms * 3 // 2:
            kept = heapq.nlargest(self.params.centroid_terms, centroid.items(), key=itemgetter(1))
            story.centroid = centroid = dict(kept)
            squared = sum(w * w for w in centroid.values())
        story.norm_squared = squared
        story.norm = math.sqrt(squared) if squared > 0.0 else 1.0
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
