"""What story clustering reads from an article: content terms, entity keys and a MinHash signature.

Signatures are MinHash digests (``rensa``, Rust) over word 4-shingles. ``rensa`` was chosen by
measurement on 300-word texts (64 permutations, one core): datasketch ``MinHash.update_batch``
~860 docs/s, datasketch ``MinHash.bulk`` ~1,000 docs/s, rensa ~19,000 docs/s. Shingles are formed
from rensa's stable 64-bit word hashes with numpy (joining shingle strings in Python was the
bottleneck), so signatures are identical across processes and can be cached in the store.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import numpy as np
from rensa import RMinHash

from lagebild.datafiles import read_entries
from lagebild.settings import PACKAGE_DATA
from lagebild.types import Analysis

NUM_PERM = 64
SEED = 1729
SHINGLE = 4
SIGNATURE_VERSION = "minhash-r64-w4-v1"  # the store cache key: bump when any of the above changes

_WORD = re.compile(r"\w[\w-]*\w|\w", re.UNICODE)
_PUNCTUATION = ".,;:!?()[]{}<>„“”‚‘’'\"»«›‹–—-/…*#|"
# Light German suffix folding so that "Regierung"/"Regierungen", "Gipfels"/"Gipfel" meet in the
# inverted index. No stemmer is among the dependencies and retrieval only needs a cheap,
# deterministic conflation, not linguistically correct stems.
_SUFFIXES = ("ern", "en", "er", "es", "em", "e", "n", "s")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's German and English stop words plus the news words in data/stories/stopwords.txt."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    extra = _read_lines("stopwords.txt")
    return frozenset({w.lower() for w in DE} | {w.lower() for w in EN} | {w.lower() for w in extra})


def _read_lines(name: str) -> list[str]:
    return read_entries(PACKAGE_DATA / "stories" / name)


def words(text: str) -> list[str]:
    """Lower-cased whitespace tokens, punctuation still attached (the unit of both shingles and terms).

    ``str.split`` is several times faster than a word regex; ``fold`` strips the punctuation once
    per distinct token (memoised), so terms are clean words while shingles stay exact.
    """
    return text.lower().split()


def fold(word: str) -> str | None:
    """The index term for a word, or None for stop words, numbers and very short words."""
    if len(_FOLDED) > _MEMO_LIMIT:  # bound the memo on endless vocabularies
        _FOLDED.clear()
    return _FOLDED[word]


class _FoldMemo(dict[str, "str | None"]):
    """Word → index term, folding a word on its first lookup.

    ``__missing__`` lets ``map(memo.__getitem__, tokens)`` run in C for every known word and drop
    into Python only for new ones (cheaper than first finding the unknown words with a set).
    """

    def __missing__(self, word: str) -> str | None:
        term = self[word] = _fold(word)
        return term


_FOLDED = _FoldMemo()
_MEMO_LIMIT = 500_000


def _fold(token: str) -> str | None:
    word = token.strip(_PUNCTUATION)
    if len(word) < 3 or not _WORD.fullmatch(word) or word in stop_words() or word[0].isdigit():
        return None
    if len(word) >= 6 and word.endswith(_SUFFIXES):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


def term_counts(tokens: Sequence[str]) -> dict[str, int]:
    """Index term → count, with all per-token work in C except folding words seen for the first time."""
    if len(_FOLDED) > _MEMO_LIMIT:  # bound the memo on endless vocabularies
        _FOLDED.clear()
    counts: dict[str | None, int] = Counter(map(_FOLDED.__getitem__, tokens))
    counts.pop(None, None)
    return counts  # type: ignore[return-value]


def entity_keys(analysis: Analysis, entity_links: dict[str, str] | None = None) -> set[str]:
    """Keys of the named entities of an article: canonical ids when linked, else lower-cased names."""
    keys: set[str] = set()
    for e in analysis.entities:
        if entity_links and e.id in entity_links:
            keys.add(entity_links[e.id])
        elif e.name:
            keys.add("n:" + e.name.lower())
    return keys


# A run of capitalised words in any language ("Katrin Albers", "Velmora", "Drevno"): the only
# language-independent handle on a non-German article, for which the German NER finds nothing.
_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[\w](?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*[\w])*")
MIN_BORROWED_NAMES = 3  # fewer shared names ("Berlin", "Euro") say too little to tie a story together


def name_keys(analyses: Sequence[Analysis], entity_links: dict[str, str] | None = None) -> dict[tuple[str, ...], str]:
    """Folded entity name (casefold, diacritics stripped) → entity key, over articles that have entities."""
    from lagebild.nlp.entities import fold_name

    index: dict[tuple[str, ...], str] = {}
    for analysis in analyses:
        for e in analysis.entities:
            if not e.name:
                continue
            folded = fold_name(e.name)
            if folded and (len(folded) > 1 or len(folded[0]) >= 3):
                key = entity_links[e.id] if entity_links and e.id in entity_links else "n:" + e.name.lower()
                index.setdefault(folded, key)
    return index


def borrowed_entity_keys(text: str, names: dict[tuple[str, ...], str]) -> set[str]:
    """Entity keys for an article without entities (e.g. not German): capitalised word runs whose
    folded form is the name of an entity found in the German articles; the longest match wins.
    Only returned when at least ``MIN_BORROWED_NAMES`` distinct names match, so that a couple of
    ubiquitous names cannot pull an unrelated foreign-language article into a story."""
    from lagebild.nlp.entities import fold_name

    keys: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        i = 0
        while i < len(words):
            for n in range(min(4, len(words) - i), 0, -1):
                key = names.get(fold_name(" ".join(words[i : i + n])))
                if key is not None:
                    keys.add(key)
                    i += n
                    break
            else:
                i += 1
    return keys if len(keys) >= MIN_BORROWED_NAMES else set()


def signatures(token_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """MinHash digests (uint32, one row of NUM_PERM per text) over word shingles, in one batch."""
    if not token_lists:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    # Texts shorter than a shingle are padded so that every text has exactly one shingle or more.
    padded = [list(t) + [""] * (SHINGLE - len(t)) if len(t) < SHINGLE else t for t in token_lists]
    hashed = RMinHash.hash_token_sets(padded)
    lengths = np.fromiter((len(t) for t in padded), dtype=np.int64, count=len(padded))
    flat = np.fromiter(itertools.chain.from_iterable(hashed), dtype=np.uint64, count=int(lengths.sum()))
    # Order-sensitive combination of SHINGLE consecutive word hashes (wrapping arithmetic), over the
    # whole batch at once; shingles that would cross into the next text are dropped below.
    n = len(flat) - SHINGLE + 1
    shingles = flat[:n].copy()
    with np.errstate(over="ignore"):
        for k in range(1, SHINGLE):
            shingles = shingles * np.uint64(0x100000001B3) ^ flat[k : n + k]
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    keep = np.ones(len(flat), dtype=bool)
    for k in range(1, SHINGLE):
        keep[starts + lengths - k] = False
    shingles = shingles[keep[:n]]
    offsets = np.concatenate(([0], np.cumsum(lengths - SHINGLE + 1))).astype(np.uint64)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(shingles, offsets, NUM_PERM, SEED)
    return np.asarray(matrix.to_rows(), dtype=np.uint32)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two digests."""
    return float(np.count_nonzero(a == b)) / len(a)


_LOG_TF_SIZE = 256
_LOG_TF = [0.0] + [1.0 + math.log(c) for c in range(1, _LOG_TF_SIZE)]  # log-scaled tf of small counts, looked up


@dataclass
class DocFeatures:
    """The clustering features of one article."""

    doc: str
    terms: dict[str, float]  # top content terms → tf (log-scaled), before IDF
    entities: set[str]
    day: int | None  # first day of the published date as a day ordinal
    title: str
    last_day: int | None = None  # last day it may mean ("2026-03" → 31 March); day precision: == day
    lang: str | None = None  # the article's language: term overlap only means something within one language


def day_range(analysis: Analysis) -> tuple[int | None, int | None]:
    """First and last day (ordinals) the published date may mean, at its precision."""
    p = analysis.article.published
    if p is None:
        return None, None
    if p.day is not None and p.month is not None:
        day = dt.date(p.year, p.month, p.day).toordinal()
        return day, day
    if p.month is not None:
        last = calendar.monthrange(p.year, p.month)[1]
        return dt.date(p.year, p.month, 1).toordinal(), dt.date(p.year, p.month, last).toordinal()
    return dt.date(p.year, 1, 1).toordinal(), dt.date(p.year, 12, 31).toordinal()


def doc_features(
    analysis: Analysis,
    tokens: Sequence[str],
    entity_links: dict[str, str] | None = None,
    max_terms: int = 30,
    names: dict[tuple[str, ...], str] | None = None,
) -> DocFeatures:
    """Clustering features; ``names`` (see ``name_keys``) gives entity-less articles borrowed entity keys."""
    counts = term_counts(tokens)
    title = analysis.article.title or ""
    if title:
        # A headline names the story: its terms count double.
        for t in term_counts(words(title)):
            counts[t] = counts.get(t, 0) + 2
    top = sorted(counts.items(), key=itemgetter(1), reverse=True)[:max_terms]
    first, last = day_range(analysis)
    table = _LOG_TF
    return DocFeatures(
        doc=analysis.article.id,
        terms={t: table[c] if c < _LOG_TF_SIZE else 1.0 + math.log(c) for t, c in top},
        entities=entity_keys(analysis, entity_links)
        if analysis.entities or not names
        else borrowed_entity_keys(analysis.article.text, names),
        day=first,
        title=title,
        last_day=last,
        lang=analysis.article.lang,
    )
