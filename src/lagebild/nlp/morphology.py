"""``lagebild_morphology``: UPOS, STTS, lemma and verb morphology (Mood, Tense, Person, Number).

Design (chosen for speed: HanTa, the best packaged German tagger, runs at ~2k words/s and has no mood):

* STTS tags come from a greedy averaged perceptron trained offline (``lagebild train morphology``) with a
  tag dictionary that answers frequent unambiguous words without scoring. UPOS is derived from the STTS
  tag plus word-specific exceptions learnt from UD German-GSD dev (e.g. AUX vs VERB).
* Lemmas come from the baked lexicon (GSD dev, HanTa, spacy-lookups-data), then simple suffix rules.
* Finite verbs get ``VerbForm=Fin|Mood|Tense|Person|Number`` from ``data/morph/verb_forms.tsv``
  (irregular and unique forms) or from their endings relative to the lemma, disambiguated by the
  clause's subject ("ich habe" Ind, "er habe" Konjunktiv I, "es gebe" Konjunktiv I, "sie planen" Ind)
  and by conditional context for forms that are identical in the past indicative and Konjunktiv II
  ("wenn er mehr Geld hätte/plante", "sollte"). Konjunktiv I = Mood=Sub|Tense=Pres, II = Mood=Sub|Tense=Past.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from lagebild.nlp.gc_pause import without_collector
from lagebild.nlp.sentences import token_texts
from lagebild.nlp.train_morphology import (
    MODEL_FILE,
    coarse,
    features,
    load_clusters,
    shape_of,
    upos_features,
    upos_weights_path,
    weights_path,
    word_cluster,
)
from lagebild.settings import PACKAGE_DATA

VERB_FORMS_FILE = PACKAGE_DATA / "morph" / "verb_forms.tsv"

# Analyses are (mood, tense, person, number).
Analysis = tuple[str, str, str, str]

SUBJECT_PRONOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "ich": (("1", "Sing"),),
    "du": (("2", "Sing"),),
    "er": (("3", "Sing"),),
    "es": (("3", "Sing"),),
    "man": (("3", "Sing"),),
    "wir": (("1", "Plur"),),
    "ihr": (("2", "Plur"),),
    "sie": (("3", "Sing"), ("3", "Plur")),
}
CLAUSE_DELIMITERS = frozenset(
    {",", ";", ":", "(", ")", "„", "“", "”", "»", "«", '"', "–", "-", "—", "und", "oder", "aber", "sondern", "denn"}
)
CONDITIONAL_WORDS = frozenset({"wenn", "falls", "sofern", "ob", "würde", "würden", "wäre", "wären", "hätte", "hätten"})
PAST_MARKERS = frozenset(
    {"damals", "gestern", "zuvor", "ursprünglich", "früher", "vorher", "bereits", "einst", "eigentlich"}
)
UMLAUTS = frozenset("äöü")
# Standard STTS → UPOS for tags GSD dev never shows (GSD splits "am" = "an dem", so no APPRART).
_STTS_UPOS = {
    "APPRART": "ADP",
    "APZR": "ADP",
    "PTKANT": "INTJ",
    "ITJ": "INTJ",
    "VAIMP": "AUX",
    "VVIMP": "VERB",
    "PPOSS": "PRON",
    "PWAT": "DET",
    "PRELAT": "DET",
    "PTKA": "ADV",
    "NNE": "PROPN",
}
_QUOTE_OPENERS = frozenset({"„", "»", '"', "“", ":"})
_MODALS = frozenset({"können", "müssen", "dürfen", "sollen", "wollen", "mögen"})
# Table forms that are also common non-verbs ("weiß" white, "wart", "sein" possessive…): never forced to verbs.
_NOT_ONLY_VERBS = frozenset({"weiß", "weiss", "wart", "mag", "hab", "will"})


@dataclass(frozen=True)
class TaggerModel:
    tagdict: dict[str, str]
    feature_rows: dict[str, int]  # feature → row of ``matrix``
    matrix: numpy.ndarray  # averaged perceptron weights, features × classes (float32), plus a zero row
    classes: list[str]
    xpos_upos: dict[str, str]
    word_upos: dict[str, str]
    lemmas: dict[str, str]
    lookup_lemmas: dict[str, str]
    clusters: dict[str, int] = field(default_factory=dict)
    # UPOS refiner: a second perceptron for STTS tags whose UPOS depends on context (NN → NOUN/PROPN, …).
    refine_xpos: frozenset[str] = frozenset()
    upos_weights: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)  # feature → (class, weight)
    upos_classes: list[str] = field(default_factory=list)
    name_nouns: frozenset[str] = frozenset()  # nouns with a PROPN weight of their own in the refiner
    name_clusters: frozenset[str] = frozenset()  # word clusters with a PROPN weight for nouns in the refiner
    _caches: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # fast paths, built lazily

    def may_be_name(self, words: list[str], lowers: list[str], i: int, initial: bool) -> bool:
        """Whether the noun at i can be part of a name (GSD: PROPN) at all: a capitalised or hyphen neighbour
        ("Europäische Union", "IG Metall", "Strack-Zimmermann"), an acronym ("EG"), or a word or word cluster the
        refiner weighs towards PROPN ("Union", month names). Other nouns are NOUN without scoring (saves most
        refiner calls)."""
        word = words[i]
        if lowers[i] in self.name_nouns or word.isupper():
            return True
        if i > 0 and not initial and (words[i - 1][:1].isupper() or words[i - 1] == "-"):
            return True
        if i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1] == "-"):
            return True
        return word_cluster(word, self.clusters) in self.name_clusters

    def refine_upos(self, words: list[str], lowers: list[str], tags: list[str], i: int, end: int, initial: bool) -> str:
        """The UPOS of word i (whose tag is in ``refine_xpos``) in its sentence context (sentence ends at ``end``)."""
        # Sparse pure-Python scoring: each refiner feature has weights for one to three classes, so this is
        # several times faster than a numpy row sum (whose per-call overhead dominates for ~12 rows).
        scores = [0.0] * len(self.upos_classes)
        weights = self.upos_weights
        for f in upos_features(words, lowers, tags, i, end, initial, word_cluster(words[i], self.clusters)):
            ws = weights.get(f)
            if ws is not None:
                for c, v in ws:
                    scores[c] += v
        return self.upos_classes[scores.index(max(scores))]

    def predict(self, feats: list[str]) -> str:
        # One numpy row sum instead of a Python loop over per-class weights: ~50x faster per word. Unknown
        # features map to the matrix's last row, which is all zeros; ``take`` is ~2x faster than fancy indexing.
        rows: list[int] = list(map(self.feature_rows.get, feats, repeat(self.matrix.shape[0] - 1)))  # type: ignore[arg-type]
        return self.classes[int(self.matrix.take(rows, axis=0).sum(axis=0).argmax())]

    def tag(self, words: list[str], initial: list[bool]) -> list[str]:
        """STTS tags for one stream of words; ``initial`` marks sentence starts (tag history resets)."""
        return self.scorer.tag(words, initial)

    def tag_exact(self, words: list[str], initial: list[bool]) -> list[str]:
        """The reference implementation of :meth:`tag` (one float32 row sum per word): tests check that the fast
        scorer agrees with it, and the fast scorer falls back to :meth:`predict` on near-ties."""
        lowers = [w.lower() for w in words]
        tags: list[str] = []
        prev, prev2 = "<s>", "<s2>"
        tagdict = self.tagdict
        for i, w in enumerate(words):
            # A direct quote starts like a sentence („Stoppt den Krieg!“): same features, fresh tag history.
            ini = initial[i] or (i > 0 and words[i - 1] in _QUOTE_OPENERS)
            if ini:
                prev, prev2 = "<s>", "<s2>"
            tag = tagdict.get(w) or _punctuation_tag(w)
            if tag is None:
                tag = self.predict(features(words, lowers, i, prev, prev2, ini, word_cluster(w, self.clusters)))
            tags.append(tag)
            prev2, prev = prev, tag
        return tags

    @property
    def scorer(self) -> PerceptronScorer:
        found: PerceptronScorer | None = self._caches.get("scorer")
        if found is None:
            found = self._caches["scorer"] = PerceptronScorer(self)
        return found

    @property
    def refiner(self) -> UposRefinerCache:
        found: UposRefinerCache | None = self._caches.get("refiner")
        if found is None:
            found = self._caches["refiner"] = UposRefinerCache(self)
        return found

    def upos(self, word: str, xpos: str) -> str:
        found = self.word_upos.get(word.lower() + "\t" + xpos) or self.xpos_upos.get(xpos)
        if found is None:
            return "PUNCT" if xpos.startswith("$") else _STTS_UPOS.get(xpos, "X")
        return found

    def verb_lemma(self, low: str) -> str | None:
        """The verb lemma of a lower-case form if the lexicons know it as a verb form (not as an adjective)."""
        if low + "\tA" in self.lemmas:
            return None
        lemma = self.lemmas.get(low + "\tV") or self.lookup_lemmas.get(low)
        if lemma is None or not lemma.endswith("n") or lemma == low:
            return None
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        return lemma if low.startswith(stem[: max(2, len(stem) - 2)]) else None

    def repair_verbs(self, words: list[str], lowers: list[str], tags: list[str], initial: list[bool]) -> None:
        """Finite verbs the perceptron rarely saw (Konjunktiv I/II after a noun subject, "Die Maßnahme zeige
        Wirkung") get adjective/adverb tags; a known verb form right after a subject-like word is finite."""
        table = verb_forms()
        for j, tag in enumerate(tags):
            if (
                (initial[j] or (j > 0 and words[j - 1] in _QUOTE_OPENERS))
                and tag in ("NE", "NN")
                and j + 1 < len(tags)
                and tags[j + 1] in ("PPER", "ART", "PIS")
            ):
                # Sentence-initial verbs look like names to the perceptron ("Sagen Sie …", "Könnte die …"):
                # ask again as a lower-case word in mid-sentence.
                retry = self.tagdict.get(lowers[j]) or self.predict(
                    features(
                        lowers,
                        lowers,
                        j,
                        tags[j - 1] if j else "<s>",
                        tags[j - 2] if j > 1 else "<s2>",
                        False,
                        word_cluster(lowers[j], self.clusters),
                    )
                )
                if retry[0] == "V":
                    tags[j] = retry
                    tag = retry
            if tag[0] == "V" or tag[0] == "$" or tag in ("ART", "APPR", "KON", "KOUS", "PPER", "PRF"):
                continue
            low = lowers[j]
            entry = table.get(low)
            if entry is not None and low != entry[0] and low not in _NOT_ONLY_VERBS:
                lemma = entry[0]
            elif tag in ("ADJA", "ADJD", "ADV", "NN", "NE") and (not initial[j] or tag not in ("NN", "NE")):
                if words[j][:1].isupper() and not initial[j]:
                    continue
                prev = tags[j - 1] if j > 0 else ""
                if prev not in ("NN", "NE", "PPER", "PIS", "PDS", "$,") or not low.endswith(("e", "en", "t")):
                    continue
                found = self.verb_lemma(low)
                if found is None:
                    continue
                lemma = found
            else:
                continue
            tags[j] = "VAFIN" if lemma in ("sein", "haben", "werden") else "VMFIN" if lemma in _MODALS else "VVFIN"

    def lemma(self, word: str, xpos: str, initial: bool) -> str:
        key_class = "\t" + coarse(xpos)
        found = self.lemmas.get(word + key_class)
        if found is None and (initial or word.isupper()) and xpos not in ("NN", "NE"):
            found = self.lemmas.get(word.lower() + key_class) or self.lookup_lemmas.get(word.lower())
        if found is None:
            if xpos == "NE" or (word.isupper() and len(word) > 1):
                return word  # names and acronyms are their own lemma ("AFP", not "Afp")
            found = self.lookup_lemmas.get(word)
        if found is not None:
            return found
        return _rule_lemma(word, xpos, initial)


@lru_cache(maxsize=4096)
def _punctuation_tag(word: str) -> str | None:
    """STTS for pure punctuation tokens ("„", "–", "?!"), so the perceptron never guesses them."""
    if word[:1].isalnum():  # letters and digits are no punctuation: most words stop here, without the scan below
        return None
    if not all(unicodedata.category(ch).startswith("P") for ch in word):
        return None
    if word in (",",):
        return "$,"
    if all(ch in ".!?…;:" for ch in word):
        return "$."
    return "$("


# The fast path sums the same float32 weights in float64 and in a different order than :meth:`TaggerModel.predict`
# (which adds 17 float32 rows in feature order). The two results differ by at most γ₁₆·Σ|w| per class (Higham's
# bound for sequential summation, γ₁₆ ≈ 9.5e-7) with Σ|w| ≤ 17 rows × the largest weight; whenever the best and
# second-best class are closer than twice that, the word is scored again exactly, so the tags are identical.
_SUM_ERROR_PER_WEIGHT = 2 * 17 * 16 * 2.0**-24 * 1.01
_GAP = "\x00gap"  # the pseudo-word between documents tagged together (compared by identity, never a token)


class PerceptronScorer:
    """Greedy STTS tagging with the tagger's weights, fast and with identical results.

    * Everything that does not depend on the tag history is looked up once per word type and kept in numpy
      tables indexed by a word-type id: the tag dictionary/punctuation answer, the feature rows of the word
      itself (b w s3 s2 s4 p2 sh c cs, for sentence-initial and other positions), its rows as a neighbour
      (pw ps / nw ns / n2) and its ``tw`` row for every previous tag. A document is then a vector of type ids,
      and all its words are scored with a few numpy calls.
    * Greedy tagging is a causal system (word i's tag depends on the two tags before it). All words are scored
      with the tags guessed so far and re-scored until no tag changes (Jacobi iteration on a triangular
      system): the fixed point is unique and equals the greedy left-to-right result; it is reached after at
      most one round per word of the longest run of words that neither the tag dictionary nor a sentence start
      decides (typically 3 rounds per article).
    * Sums are float64 in another order than :meth:`TaggerModel.predict`'s float32 sum; near-ties are scored
      again exactly (see ``_SUM_ERROR_PER_WEIGHT``).

    Written by hand because the perceptron is: no library scores this model format."""

    MAX_TYPES = 200_000  # the tables start afresh beyond this many word types (bounded memory on huge runs)

    def __init__(self, model: TaggerModel) -> None:
        self.model = model
        self.matrix = model.matrix
        self.zero_row = model.matrix.shape[0] - 1
        self.margin = _SUM_ERROR_PER_WEIGHT * float(numpy.abs(model.matrix).max())
        # Every tag a word can get (model classes, tag dictionary, punctuation) plus the history markers, indexed;
        # the first len(classes) indices are the model's classes.
        names = list(model.classes)
        for tag in [*model.tagdict.values(), "$,", "$.", "$("]:
            if tag not in names:
                names.append(tag)
        self.start_index, self.start2_index = len(names), len(names) + 1
        names += ["<s>", "<s2>"]
        self.tag_names: list[str] = names
        self.tag_index: dict[str, int] = {t: k for k, t in enumerate(names)}
        # (prev, prev2) → sum of the rows of features "t"+prev and "tt"+prev|prev2, for every pair at once.
        pairs = [(self._row("t" + p), self._row("tt" + p + "|" + p2)) for p in names for p2 in names]
        self.history_table = (
            self.matrix.take(numpy.array(pairs).ravel(), axis=0)
            .reshape(len(names), len(names), 2, -1)
            .sum(axis=2, dtype="float64")
        )
        # Lower-case form → rows of "w", "pw", "nw", "n2" + form: a new word type's rows that depend on its whole
        # form in one look-up, without building its feature strings (new types are most of the cost of text not
        # seen before). Cut once per model from its feature list; same rows as ``_row`` of each string.
        by_lower: dict[str, tuple[int, ...]] | None = model._caches.get("rows_by_lower")
        if by_lower is None:
            by_lower = model._caches["rows_by_lower"] = self._rows_by_piece(("w", "pw", "nw", "n2"))
        self._by_lower = by_lower
        self._reset_types()

    def _rows_by_piece(self, prefixes: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
        """Piece → (row of prefixes[0] + piece, row of prefixes[1] + piece, …), the zero row where the model lacks
        a feature, for every piece the model has a feature of. A feature is entered under each of the prefixes it
        starts with, so ``table[piece][k] == _row(prefixes[k] + piece)`` for every piece in the table."""
        table: dict[str, list[int]] = {}
        index_of = {prefix: k for k, prefix in enumerate(prefixes)}
        lengths = sorted({len(prefix) for prefix in prefixes})
        for feature, row in self.model.feature_rows.items():
            for length in lengths:  # one dict look-up per prefix length, not a startswith per prefix
                k = index_of.get(feature[:length])
                if k is not None:
                    rows = table.get(feature[length:])
                    if rows is None:
                        rows = table[feature[length:]] = [self.zero_row] * len(prefixes)
                    rows[k] = row
        return {piece: tuple(rows) for piece, rows in table.items()}

    def _reset_types(self) -> None:
        self._type_of: dict[str, int] = {}
        self._words: list[str] = []
        capacity = 4096
        self._fixed = numpy.full(capacity, -1, dtype="intp")  # tag index from tag dictionary/punctuation, or -1
        self._opens_quote = numpy.zeros(capacity, dtype=bool)  # a word after it starts like a sentence
        self._own = numpy.zeros((capacity, 2, 9), dtype="intp")  # [type, initial] → own feature rows
        self._neighbour = numpy.zeros((capacity, 5), dtype="intp")  # pw ps (as previous) nw ns (next) n2
        self._tag_word = numpy.full((capacity, len(self.tag_names)), -1, dtype="intp")  # tw rows, -1 = not yet
        self._by_suffix: dict[str, tuple[int, int, int]] = {}  # last 3 letters → s3 ps ns
        self._by_affix: dict[tuple[str, str, str], tuple[int, int, int]] = {}  # → s2 s4 p2
        self._by_shape: dict[tuple[str, str], tuple[int, int, int, int]] = {}  # (shape, cluster) → sh shI c cs
        # Pseudo word types for the document edges (the features use "<s>" / "</s>" there).
        self._add_types(["<s>", "</s>"])
        self._edge_before, self._edge_after = 0, 1
        # The gap between two documents tagged in one stream: as a previous word it is "<s>", as a next word
        # "</s>" (its neighbour rows are copied from the edges), and its tag is fixed (never scored). Two gaps
        # between documents keep every word's next and next-but-one neighbour inside its own document.
        self._add_types([_GAP])
        del self._type_of[_GAP]  # no real token can map to it
        self._gap = 2
        self._neighbour[self._gap, 0:2] = self._neighbour[self._edge_before, 0:2]
        self._neighbour[self._gap, 2:5] = self._neighbour[self._edge_after, 2:5]
        self._fixed[self._gap] = self.start_index

    def _row(self, feature: str) -> int:
        return self.model.feature_rows.get(feature, self.zero_row)

    def _grow(self, needed: int) -> None:
        capacity = len(self._fixed)
        while capacity < needed:
            capacity *= 2
        grow = capacity - len(self._fixed)
        self._fixed = numpy.concatenate([self._fixed, numpy.full(grow, -1, dtype="intp")])
        self._opens_quote = numpy.concatenate([self._opens_quote, numpy.zeros(grow, dtype=bool)])
        self._own = numpy.concatenate([self._own, numpy.zeros((grow, 2, 9), dtype="intp")])
        self._neighbour = numpy.concatenate([self._neighbour, numpy.zeros((grow, 5), dtype="intp")])
        self._tag_word = numpy.concatenate(
            [self._tag_word, numpy.full((grow, len(self.tag_names)), -1, dtype="intp")]
        )

    def _add_types(self, new_words: list[str]) -> None:
        """Register word types: their rows are computed in Python and written to the tables in one go."""
        first = len(self._words)
        end = first + len(new_words)
        if end > len(self._fixed):
            self._grow(end)
        get, zero = self.model.feature_rows.get, self.zero_row
        by_suffix, by_shape, by_affix = self._by_suffix, self._by_shape, self._by_affix
        tagdict, tag_index, clusters = self.model.tagdict, self.tag_index, self.model.clusters
        fixed: list[int] = []
        # Flat row lists written to the tables with one ``fromiter`` each (numpy converts nested tuples slowly):
        # per word 2 × 9 own rows (b w s3 s2 s4 p2 sh c cs, then the same with the sentence-initial shape) and
        # 5 neighbour rows (pw ps nw ns n2). New word types are most of the cost of text not seen before.
        own: list[int] = []
        neighbour: list[int] = []
        bias = get("b", zero)
        by_lower, unknown_lower = self._by_lower, (zero,) * 4
        for word in new_words:
            low = word.lower()
            tag = tagdict.get(word) or _punctuation_tag(word)
            fixed.append(-1 if tag is None else tag_index[tag])
            # Rows shared by many word types (suffixes, prefix, shape, cluster) come from small tables.
            s3 = low[-3:]
            suffix = by_suffix.get(s3)
            if suffix is None:
                suffix = by_suffix[s3] = (get("s3" + s3, zero), get("ps" + s3, zero), get("ns" + s3, zero))
            affix_key = (low[-2:], low[-4:], low[:2])
            affix = by_affix.get(affix_key)
            if affix is None:
                affix = by_affix[affix_key] = (
                    get("s2" + affix_key[0], zero),
                    get("s4" + affix_key[1], zero),
                    get("p2" + affix_key[2], zero),
                )
            shape_key = (shape_of(word), word_cluster(word, clusters))
            shaped = by_shape.get(shape_key)
            if shaped is None:
                shape, cluster = shape_key
                shaped = by_shape[shape_key] = (
                    get("sh" + shape, zero),
                    get("sh" + shape + "I", zero),
                    get("c" + cluster, zero),
                    get("cs" + cluster + shape, zero),
                )
            lowered = by_lower.get(low, unknown_lower)  # rows of "w", "pw", "nw", "n2" + low
            w = lowered[0]
            own += (bias, w, suffix[0], affix[0], affix[1], affix[2], shaped[0], shaped[2], shaped[3],
                    bias, w, suffix[0], affix[0], affix[1], affix[2], shaped[1], shaped[2], shaped[3])
            neighbour += (lowered[1], suffix[1], lowered[2], suffix[2], lowered[3])
        self._type_of.update(zip(new_words, range(first, end), strict=True))
        self._words.extend(new_words)
        self._fixed[first:end] = fixed
        self._opens_quote[first:end] = [w in _QUOTE_OPENERS for w in new_words]
        self._own[first:end] = numpy.fromiter(own, dtype="intp", count=len(own)).reshape(-1, 2, 9)
        self._neighbour[first:end] = numpy.fromiter(neighbour, dtype="intp", count=len(neighbour)).reshape(-1, 5)

    def _types(self, words: list[str]) -> list[int]:
        if len(self._words) + len(words) > self.MAX_TYPES:
            self._reset_types()
        get = self._type_of.get
        ids = [get(w, -1) for w in words]
        if -1 in ids:
            self._add_types(list(dict.fromkeys(w for t, w in zip(ids, words, strict=True) if t < 0)))
            ids = [get(w, -1) for w in words]
        return ids

    def _tag_word_rows(self, types: numpy.ndarray, prev: numpy.ndarray) -> numpy.ndarray:
        """Rows of the features "tw" + previous tag + "|" + word, filled into the table on first use."""
        found = self._tag_word[types, prev]
        missing = numpy.flatnonzero(found < 0)
        if len(missing):
            names, words, row = self.tag_names, self._words, self._row
            new_types, new_prev = types[missing], prev[missing]
            rows = [
                row("tw" + names[p] + "|" + words[t].lower())
                for t, p in zip(new_types.tolist(), new_prev.tolist(), strict=True)
            ]
            self._tag_word[new_types, new_prev] = rows
            found[missing] = rows
        return found

    def tag(self, words: list[str], initial: list[bool]) -> list[str]:
        """Same tags as :meth:`TaggerModel.tag_exact`."""
        return self.tag_many([(words, initial)])[0]

    def tag_many(self, streams: list[tuple[list[str], list[bool]]]) -> list[list[str]]:
        """:meth:`tag` for many documents (word streams with their sentence starts) in one numpy pass.

        On text not seen before the per-call cost of numpy (and of registering new word types) dominates a short
        document; the documents are joined with two gap pseudo-words between them, so every word sees the same
        neighbours, tag history and features as when its document is tagged alone, and the tags are identical."""
        lengths = [len(words) for words, _ in streams]
        if not any(lengths):
            return [[] for _ in streams]
        stream: list[str] = []
        starts_list: list[bool] = []
        firsts: list[int] = []  # stream position of every non-empty document's first word
        for words, initial in streams:
            if words:
                firsts.append(len(stream))
                stream += words
                stream += (_GAP, _GAP)
                starts_list += initial
                starts_list += (True, True)
        ids = self._types_with_gaps(stream)
        n = len(stream)
        # Position i's previous word is padded[i], its next word padded[i + 2] and the one after that padded[i + 3].
        padded = numpy.array([self._gap, *ids, self._gap, self._gap], dtype="intp")
        types = padded[1 : n + 1]
        starts = numpy.array(starts_list, dtype=bool)
        starts[1:] |= self._opens_quote[types[:-1]]  # a direct quote starts like a sentence
        tags = self._fixed[types]
        pos = numpy.flatnonzero(tags < 0)
        if len(pos):
            self._solve(stream, types, padded, starts, pos, tags, numpy.array(firsts, dtype="intp"))
        names = self.tag_names
        all_tags = [names[t] for t in tags.tolist()]
        out: list[list[str]] = []
        k = 0
        for length in lengths:
            if length:
                out.append(all_tags[firsts[k] : firsts[k] + length])
                k += 1
            else:
                out.append([])
        return out

    def _types_with_gaps(self, stream: list[str]) -> list[int]:
        if len(self._words) + len(stream) > self.MAX_TYPES:
            self._reset_types()
        get, gap = self._type_of.get, self._gap
        ids = [gap if w is _GAP else get(w, -1) for w in stream]
        if -1 in ids:
            self._add_types(list(dict.fromkeys(w for t, w in zip(ids, stream, strict=True) if t < 0)))
            ids = [gap if w is _GAP else get(w, -1) for w in stream]
        return ids

    def _solve(
        self,
        words: list[str],
        types: numpy.ndarray,
        padded: numpy.ndarray,
        starts: numpy.ndarray,
        pos: numpy.ndarray,
        tags: numpy.ndarray,
        firsts: numpy.ndarray,
    ) -> None:
        """Fill ``tags`` at ``pos`` (the words the perceptron scores) with the greedy tagger's tags. ``words`` is
        the joined stream (documents separated by gaps) and ``firsts`` the positions where documents begin."""
        n, m = len(words), len(pos)
        matrix = self.matrix
        # Feature order does not matter here (float64 sums; near-ties are re-scored exactly below).
        neighbours = self._neighbour
        rows = numpy.concatenate(
            [
                self._own[types[pos], starts[pos].astype("intp")],
                neighbours[padded[pos], 0:2],
                neighbours[padded[pos + 2], 2:4],
                neighbours[padded[pos + 3], 4:5],
            ],
            axis=1,
        )
        base = matrix.take(rows.ravel(), axis=0).reshape(m, rows.shape[1], -1).sum(axis=1, dtype="float64")
        # History resets at sentence(-like) starts and at every document's first word: prev = <s>, prev2 = <s2>
        # there, and prev2 = <s> right after a reset.
        reset = starts.copy()
        reset[firsts] = True
        after_reset = numpy.zeros(n, dtype=bool)
        after_reset[1:] = reset[:-1]
        reset_at = reset[pos]
        prev2_start = after_reset[pos] & ~reset_at
        pos1 = numpy.maximum(pos - 1, 0)
        pos2 = numpy.maximum(pos - 2, 0)
        word_types = types[pos]
        start, start2 = self.start_index, self.start2_index
        history = self.history_table
        zero_row = self.zero_row
        model = self.model
        exact: dict[tuple[int, int, int], int] = {}
        # Jacobi rounds over the words whose tag history changed in the previous round only: a word's score
        # depends on nothing else that changes, so the others keep their tags (same fixed point, less work).
        active = numpy.arange(m)
        for _ in range(n + 1):
            a_reset = reset_at[active]
            prev = numpy.where(a_reset, start, tags[pos1[active]])
            prev2 = numpy.where(a_reset, start2, numpy.where(prev2_start[active], start, tags[pos2[active]]))
            scores = base[active] + history[prev, prev2]
            tw = self._tag_word_rows(word_types[active], prev)
            if (tw != zero_row).any():
                scores += matrix.take(tw, axis=0)
            chosen = scores.argmax(axis=1)
            top = scores[numpy.arange(len(active)), chosen]
            near = numpy.count_nonzero(scores >= (top - self.margin)[:, None], axis=1) > 1
            for a in numpy.flatnonzero(near).tolist():  # near-tie: the exact float32 sum decides
                k = int(active[a])
                key = (k, int(prev[a]), int(prev2[a]))
                found = exact.get(key)
                if found is None:
                    i = int(pos[k])
                    first = int(firsts[numpy.searchsorted(firsts, i, side="right") - 1])
                    end = words.index(_GAP, first)
                    doc_words = words[first:end]
                    feats = features(
                        doc_words,
                        [w.lower() for w in doc_words],
                        i - first,
                        self.tag_names[key[1]],
                        self.tag_names[key[2]],
                        bool(starts[i]),
                        word_cluster(words[i], model.clusters),
                    )
                    found = model.classes.index(model.predict(feats))
                    exact[key] = found
                chosen[a] = found
            differs = tags[pos[active]] != chosen
            if not differs.any():
                return
            changed = active[differs]
            tags[pos[changed]] = chosen[differs]
            # The words right after a changed one (as prev) and the one after that (as prev2), if scored.
            followers = numpy.concatenate([pos[changed] + 1, pos[changed] + 2])
            active = numpy.unique(numpy.searchsorted(pos, followers[numpy.isin(followers, pos)]))


def _dense_upos_weights(model: TaggerModel) -> tuple[dict[str, int], numpy.ndarray]:
    """The refiner's sparse weights as a dense float64 matrix (one row per feature, then an all-zero row)."""
    rows = {feature: k for k, feature in enumerate(model.upos_weights)}
    dense = numpy.zeros((len(rows) + 1, len(model.upos_classes)), dtype=numpy.float64)
    for feature, k in rows.items():
        for c, v in model.upos_weights[feature]:
            dense[k, c] += v  # one weight per class (as loaded): the stored value itself
    return rows, dense


class UposRefinerCache:
    """:meth:`TaggerModel.refine_upos` (for a document's non-verb words at once: :meth:`refine_many`) and
    :meth:`TaggerModel.may_be_name`, with their look-ups cached per word type and per tag pair. The refiner's feature
    rows are found once per key instead of once per word (fresh strings must be hashed on every look-up); the
    weights are then added in the same order as ``upos_features`` lists the features, so the float sums, and the
    UPOS, are exactly those of ``refine_upos``."""

    MAX_ENTRIES = 300_000  # per table; a full table starts afresh (bounded memory on huge runs)

    def __init__(self, model: TaggerModel) -> None:
        self.model = model
        self._name_like: dict[str, bool] = {}
        # feature → row of a dense (features + zero row) × classes float64 matrix
        self._dense: numpy.ndarray | None = None
        self._dense_rows: dict[str, int] = {}
        self._word_rows: dict[tuple[str, str], tuple[int, int, int, int, str]] = {}  # (x, word) → b w c s3, shape
        self._pair_row: dict[tuple[str, str, str], int] = {}  # (kind, x, value) → row

    def _row_of(self, feature: str) -> int:
        """The feature's row in ``_dense`` (the zero row when the refiner lacks it)."""
        if self._dense is None:
            self._dense_rows, self._dense = _dense_upos_weights(self.model)
        return self._dense_rows.get(feature, len(self._dense_rows))

    def refine_many(
        self,
        words: list[str],
        lowers: list[str],
        tags: list[str],
        todo: list[int],
        ends: list[int],
        initial: list[bool],
    ) -> list[str]:
        """:meth:`TaggerModel.refine_upos` of the non-verb words ``todo`` (sentence ends ``ends``) of one word stream
        in one numpy pass.

        The feature rows of each word are those ``upos_features`` lists, in the same order; the dense class scores are
        added one feature at a time from 0.0 (each feature has one weight per class at most, absent classes add
        0.0, which leaves a float unchanged), so every sum, and the first-maximum UPOS, is that of :meth:`refine`.
        The per-word Python loop over sparse weights was the refiner's cost."""
        if not todo:
            return []
        row, pair = self._row_of, self._pair_row_of
        statics = self._word_rows
        flat: list[int] = []
        for i, end in zip(todo, ends, strict=True):
            x = tags[i]
            w = words[i]
            ini = initial[i]
            key = (x, w)
            static = statics.get(key)
            if static is None:
                if len(statics) > self.MAX_ENTRIES:
                    statics.clear()
                lw = lowers[i]
                static = statics[key] = (
                    row("b" + x),
                    row("w" + x + lw),
                    row("c" + x + word_cluster(w, self.model.clusters)),
                    row("s3" + x + lw[-3:]),
                    shape_of(w),
                )
            if i > 0 and not ini:
                prv, px = lowers[i - 1], tags[i - 1]
                caps = "C" if prv[:1] != words[i - 1][:1] else "l"
            else:
                prv, px, caps = "<s>", "<s>", "S"
            if i + 1 < end:
                nxt, nx = lowers[i + 1], tags[i + 1]
                caps += "C" if nxt[:1] != words[i + 1][:1] else "l"
            else:
                nxt, nx = "</s>", "</s>"
                caps += "E"
            flat += (
                static[0],
                static[1],
                pair("px", x, px),
                pair("nx", x, nx),
                pair("pnx", x, px + "\t" + nx),
                pair("pw", x, prv),
                pair("nw", x, nxt),
                static[2],
                pair("sh", x, static[4] + ("I" if ini else "") + caps),
                static[3],
            )
        assert self._dense is not None
        gathered = self._dense[numpy.fromiter(flat, dtype=numpy.intp, count=len(flat)).reshape(len(todo), 10)]
        scores = numpy.zeros((len(todo), self._dense.shape[1]), dtype=numpy.float64)
        for k in range(10):  # one feature at a time, in refine's order: the same float sums
            scores += gathered[:, k]
        classes = self.model.upos_classes
        return [classes[c] for c in scores.argmax(axis=1).tolist()]

    def _pair_row_of(self, kind: str, x: str, value: str) -> int:
        key = (kind, x, value)
        found = self._pair_row.get(key)
        if found is None:
            if len(self._pair_row) > self.MAX_ENTRIES:
                self._pair_row.clear()
            if kind == "pnx":
                px, _, nx = value.partition("\t")
                feature = "pnx" + px + x + nx
            else:
                feature = kind + x + value
            found = self._pair_row[key] = self._row_of(feature)
        return found

    def may_be_name(self, words: list[str], lowers: list[str], i: int, initial: bool) -> bool:
        word = words[i]
        name_like = self._name_like.get(word)
        if name_like is None:
            if len(self._name_like) > self.MAX_ENTRIES:
                self._name_like.clear()
            model = self.model
            name_like = self._name_like[word] = (
                lowers[i] in model.name_nouns
                or word.isupper()
                or word_cluster(word, model.clusters) in model.name_clusters
            )
        if name_like:
            return True
        if i > 0 and not initial and (words[i - 1][:1].isupper() or words[i - 1] == "-"):
            return True
        return i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1] == "-")

def _rule_lemma(word: str, xpos: str, initial: bool) -> str:
    """Last resort for words in no lexicon: strip the commonest inflection endings."""
    if xpos in ("NN", "NE", "FM", "XY", "CARD") or not word[:1].isalpha():
        return word
    low = word.lower() if initial or xpos.startswith(("V", "ADJ")) else word
    if xpos == "ADJA":
        for suffix in ("en", "em", "er", "es", "e"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                return low[: -len(suffix)]
    if xpos in ("VVFIN", "VVIMP"):
        for suffix in ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                stem = low[: -len(suffix)]
                return stem + ("n" if stem.endswith(("el", "er")) else "en")
    return low


@lru_cache(maxsize=2)
def load_tagger(path: Path = MODEL_FILE) -> TaggerModel:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    with numpy.load(weights_path(path)) as npz:
        names = npz["features"].tolist()
        matrix = npz["matrix"].astype("float32")
    matrix = numpy.vstack([matrix, numpy.zeros((1, matrix.shape[1]), dtype="float32")])  # row for unknown features
    upos_weights: dict[str, tuple[tuple[int, float], ...]] = {}
    upos_classes: list[str] = []
    refine = upos_weights_path(path)
    if refine.exists():
        with numpy.load(refine) as npz:
            upos_classes = npz["classes"].tolist()
            upos_matrix = npz["matrix"].astype("float32")
            for name, row in zip(npz["features"].tolist(), upos_matrix, strict=True):
                nonzero = row.nonzero()[0]
                upos_weights[name] = tuple((int(c), float(row[c])) for c in nonzero)
    return TaggerModel(
        tagdict=data["tagdict"],
        feature_rows={f: k for k, f in enumerate(names)},
        matrix=matrix,
        classes=data["classes"],
        xpos_upos=data["xpos_upos"],
        word_upos=data["word_upos"],
        lemmas=data["lemmas"],
        lookup_lemmas=data["lookup_lemmas"],
        clusters=load_clusters() if data.get("version", 2) >= 3 else {},
        refine_xpos=frozenset(data.get("refine_xpos", ()) if upos_classes else ()),
        upos_weights=upos_weights,
        upos_classes=upos_classes,
        name_nouns=frozenset(
            f[3:]
            for f, ws in upos_weights.items()
            if f.startswith("wNN") and any(upos_classes[c] == "PROPN" and v > 0 for c, v in ws)
        ),
        name_clusters=frozenset(
            f[3:]
            for f, ws in upos_weights.items()
            if f.startswith("cNN") and any(upos_classes[c] == "PROPN" and v > 0 for c, v in ws)
        ),
    )


@lru_cache(maxsize=1)
def verb_forms(path: Path = VERB_FORMS_FILE) -> dict[str, tuple[str, tuple[Analysis, ...]]]:
    """Lower-case form → (lemma, analyses) from the irregular-verb table."""
    table: dict[str, tuple[str, tuple[Analysis, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, lemma, analyses = line.split("\t")
        parsed = tuple(tuple(a.split(".")) for a in analyses.split())
        table[form] = (lemma, parsed)  # type: ignore[assignment]
    return table


# --------------------------------------------------------------------------- verb mood


def _verb_stem(lemma: str) -> str:
    low = lemma.lower()
    if low.endswith("en"):
        return low[:-2]
    if low.endswith("n"):
        return low[:-1]
    return low


@lru_cache(maxsize=65_536)  # a pure function of the word form and lemma (the verb table is loaded once)
def candidate_analyses(form: str, lemma: str) -> tuple[Analysis, ...]:
    """All analyses a finite verb form can have, from the table or from its endings relative to the lemma."""
    low = form.lower()
    entry = verb_forms().get(low)
    if entry is not None:
        return entry[1]
    stem = _verb_stem(lemma)
    s13 = (("1", "Sing"), ("3", "Sing"))
    p13 = (("1", "Plur"), ("3", "Plur"))

    def a(mood: str, tense: str, pn: tuple[tuple[str, str], ...]) -> list[Analysis]:
        return [(mood, tense, p, n) for p, n in pn]

    # "-eln"/"-ern" verbs drop the e: "handle", "ändre" (ich handle / er handle).
    if stem.endswith(("el", "er")) and low == stem[:-2] + stem[-1] + "e":
        low = stem + "e"
    if stem and low.startswith(stem):
        rest = low[len(stem) :]
        # e-epenthesis ("arbeitet", "rechnet", "atmet"): -et/-est are then indicative, not Konjunktiv I.
        dental = stem.endswith(("d", "t")) or (
            stem.endswith(("m", "n"))
            and len(stem) > 2
            and stem[-2] not in "aeiouäöülr"
            and not (stem[-2] == "h" and stem[-3] in "aeiouäöü")
        )
        if rest == "e":
            # 1sg Konjunktiv I equals the indicative; that reading is Ind by convention.
            return tuple(a("Ind", "Pres", (("1", "Sing"),)) + a("Sub", "Pres", (("3", "Sing"),)))
        if rest in ("en", "n"):
            return tuple(a("Ind", "Pres", p13))
        if rest in ("st",):
            return tuple(a("Ind", "Pres", (("2", "Sing"),)))
        if rest == "t":
            return tuple(a("Ind", "Pres", (("3", "Sing"), ("2", "Plur"))))
        if rest == "est":
            return tuple(a("Ind" if dental else "Sub", "Pres", (("2", "Sing"),)))
        if rest == "et":
            if dental:
                return tuple(a("Ind", "Pres", (("3", "Sing"), ("2", "Plur"))))
            return tuple(a("Sub", "Pres", (("2", "Plur"),)))
        if rest in ("te", "ete"):
            return tuple(a("Ind", "Past", s13) + a("Sub", "Past", s13))
        if rest in ("ten", "eten"):
            return tuple(a("Ind", "Past", p13) + a("Sub", "Past", p13))
        if rest in ("test", "etest"):
            return tuple(a("Ind", "Past", (("2", "Sing"),)))
        if rest in ("tet", "etet"):
            return tuple(a("Ind", "Past", (("2", "Plur"),)))
    # Stem change: strong or mixed verb.
    umlaut_added = any(ch in UMLAUTS for ch in low) and not any(ch in UMLAUTS for ch in stem)
    if low.endswith(("st", "t")) and not low.endswith(("te", "ten")):
        if low.endswith("st"):
            return tuple(a("Ind", "Pres", (("2", "Sing"),)))
        # "gibt", "hält" (present with vowel change) vs "hielt", "bot" (strong past): umlaut or i/ä → present
        if umlaut_added or "i" in low[-3:]:
            return tuple(a("Ind", "Pres", (("3", "Sing"),)))
        return tuple(a("Ind", "Past", s13))
    if low.endswith("e"):
        if umlaut_added or not low.endswith("te"):
            return tuple(a("Sub", "Past", s13))
        return tuple(a("Ind", "Past", s13))
    if low.endswith("en"):
        if umlaut_added:
            return tuple(a("Sub", "Past", p13))
        # strong past plural = Konjunktiv II plural ("stiegen", "gingen"): context decides
        return tuple(a("Ind", "Past", p13) + a("Sub", "Past", p13))
    return tuple(a("Ind", "Past", s13))


def _subject_persons(
    lowers: list[str], xposes: list[str], start: int, end: int, verb: int, candidates: tuple[Analysis, ...]
) -> tuple[tuple[str, str], ...]:
    """Person/number of the clause's subject pronoun. Subject pronouns precede object pronouns ("dass ich
    sie gebe"), so the leftmost pronoun before the verb wins, else the first after it ("Deshalb gebe es");
    a pronoun whose person fits none of the verb's analyses is skipped. No pronoun: 3rd person (a noun)."""
    possible = {(c[2], c[3]) for c in candidates}
    order = list(range(start, verb)) + list(range(verb + 1, end))
    for k in order:
        w = lowers[k]
        persons = SUBJECT_PRONOUNS.get(w)
        if persons is None or (w == "ihr" and xposes[k] != "PPER"):
            continue
        if any(p in possible for p in persons):
            return persons
    return (("3", "Sing"), ("3", "Plur"))


def _clause_bounds(lowers: list[str], sent_start: int, sent_end: int, i: int) -> tuple[int, int]:
    start = i
    while start > sent_start and lowers[start - 1] not in CLAUSE_DELIMITERS:
        start -= 1
    end = i + 1
    while end < sent_end and lowers[end] not in CLAUSE_DELIMITERS:
        end += 1
    return start, end


def choose_analysis(
    lowers: list[str], xposes: list[str], sent_start: int, sent_end: int, i: int, candidates: tuple[Analysis, ...]
) -> Analysis:
    """Pick one analysis using the subject (person/number) and, for Ind/Sub past look-alikes, the context."""
    start, end = _clause_bounds(lowers, sent_start, sent_end, i)
    persons = _subject_persons(lowers, xposes, start, end, i, candidates)
    fitting = [c for c in candidates if (c[2], c[3]) in persons] or list(candidates)
    moods = {c[0] for c in fitting}
    if len(moods) == 1:
        return fitting[0]
    tenses = {c[1] for c in fitting if c[0] == "Sub"}
    if "Pres" in tenses:
        # "-e" forms: 1sg indicative only with "ich" (handled by persons); otherwise Konjunktiv I.
        sub = [c for c in fitting if c[0] == "Sub"]
        return sub[0]
    # Past indicative vs Konjunktiv II look-alikes ("plante", "sollte", "wollte").
    conditional = _conditional_context(lowers, sent_start, sent_end, start, end, i)
    word = lowers[i]
    if word.startswith("sollte") and not conditional:
        past_context = any(w in PAST_MARKERS for w in lowers[sent_start:sent_end])
        past_context = past_context or any(
            x.endswith("FIN") and k != i and _looks_past(lowers[k])
            for k, x in enumerate(xposes[sent_start:sent_end], sent_start)
        )
        conditional = not past_context
    wanted = "Sub" if conditional else "Ind"
    for c in fitting:
        if c[0] == wanted:
            return c
    return fitting[0]


def _looks_past(word: str) -> bool:
    return word in ("war", "waren", "hatte", "hatten", "wurde", "wurden") or word.endswith(("te", "ten"))


def _conditional_context(lowers: list[str], sent_start: int, sent_end: int, start: int, end: int, i: int) -> bool:
    clause = lowers[start:end]
    if any(w in CONDITIONAL_WORDS for w in clause) or ("als" in clause and i + 1 < end and lowers[i + 1] == "ob"):
        return True
    if "als" in clause and "ob" in clause:
        return True
    # Verb-first conditional: "Sollte es regnen, …", "Hätte er Zeit, …" (clause-initial, followed by a comma).
    if i == start and end < sent_end and lowers[end] == "," and i == sent_start:
        return True
    # Main clause after a "wenn" clause or with a Konjunktiv II elsewhere in the sentence.
    sentence = lowers[sent_start:sent_end]
    return any(w in ("würde", "würden", "wäre", "wären", "hätte", "hätten") for w in sentence) and any(
        w in ("wenn", "falls") for w in sentence
    )


def verb_features(
    lowers: list[str], xposes: list[str], sent_start: int, sent_end: int, i: int, form: str, lemma: str
) -> str:
    """The ``token.morph`` string of the finite verb at i."""
    candidates = candidate_analyses(form, lemma)
    mood, tense, person, number = choose_analysis(lowers, xposes, sent_start, sent_end, i, candidates)
    if _imperative(lowers, sent_start, sent_end, i, xposes):
        if i + 1 < sent_end and lowers[i + 1] == "sie":  # formal "Seien Sie …"
            return "Mood=Imp|Number=Plur|Person=3|VerbForm=Fin"
        if lowers[i].endswith("t"):  # "Stoppt den Krieg!"
            return "Mood=Imp|Number=Plur|Person=2|VerbForm=Fin"
        return "Mood=Imp|Number=Sing|Person=2|VerbForm=Fin"
    return f"Mood={mood}|Number={number}|Person={person}|Tense={tense}|VerbForm=Fin"


def _imperative(lowers: list[str], sent_start: int, sent_end: int, i: int, xposes: list[str]) -> bool:
    """Clause-initial verb (sentence start, after ":" or an opening quote, or after "bitte") that is no
    question and has no subject pronoun after it, or is followed by formal "Sie" ("Seien Sie vorsichtig")."""
    if xposes[i].endswith("IMP"):
        return True
    k = i - 1
    if k >= sent_start and lowers[k] == "bitte":
        k -= 1
    if k >= sent_start and lowers[k] not in (":", "„", "»", '"'):
        return False
    last = sent_end - 1
    while last > i and lowers[last] in ("“", "”", "«", "»", '"', ")", "."):
        last -= 1
    if lowers[last] == "?":
        return False
    word = lowers[i]
    nxt = lowers[i + 1] if i + 1 < sent_end else ""
    if nxt == "sie":
        # "Hätten Sie das gewusst, …" is a conditional, not an imperative.
        return word.endswith("en") and word not in ("hätten", "wären", "würden", "könnten", "müssten", "dürften")
    if lowers[last] != "!":
        return False
    return nxt not in ("ich", "du", "er", "es", "wir", "ihr", "man")


# --------------------------------------------------------------------------- component


class MorphologyTagger:
    """Callable spaCy component; keeps the string-hash caches between documents."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self._strings: dict[str, int] = {}
        self._morphs: dict[str, int] = {}
        self._plain: dict[tuple[str, str, bool], tuple[int, int, int, int]] = {}
        self._verbs: dict[tuple[str, str, bool], tuple[str, str]] = {}  # verbs' context-free UPOS and lemma

    def _h(self, s: str) -> int:
        h = self._strings.get(s)
        if h is None:
            h = self.vocab.strings.add(s)
            self._strings[s] = h
        return h

    def _m(self, s: str) -> int:
        h = self._morphs.get(s)
        if h is None:
            h = self.vocab.morphology.add(s)
            self._morphs[s] = h
        return h

    @without_collector  # builds no reference cycles; see gc_pause
    def __call__(self, doc: Doc) -> Doc:
        words = _DocWords(doc)
        return self._annotate(doc, words, load_tagger().tag(words.words, words.initial))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Like calling the component on each doc, with the STTS tagging of ``batch_size`` docs in one numpy pass
        (the same tags: see :meth:`PerceptronScorer.tag_many`); ``nlp.pipe`` uses this."""
        for batch in minibatch(docs, size=batch_size):
            yield from self._tag_batch(list(batch))

    @without_collector  # builds no reference cycles; see gc_pause
    def _tag_batch(self, docs: list[Doc]) -> list[Doc]:
        doc_words = [_DocWords(doc) for doc in docs]
        all_tags = load_tagger().scorer.tag_many([(w.words, w.initial) for w in doc_words])
        return [self._annotate(doc, w, tags) for doc, w, tags in zip(docs, doc_words, all_tags, strict=True)]

    def _annotate(self, doc: Doc, doc_words: _DocWords, tags: list[str]) -> Doc:
        """Write UPOS, STTS, lemma and verb morphology to ``doc`` given the perceptron's STTS ``tags``."""
        n = len(doc)
        if n == 0:
            return doc
        model = load_tagger()
        refine_xpos = model.refine_xpos
        refiner = model.refiner
        texts, idx, words, initial = doc_words.texts, doc_words.idx, doc_words.words, doc_words.initial
        lowers = [w.lower() for w in words]
        model.repair_verbs(words, lowers, tags, initial)
        _repair_finite(lowers, tags, initial)
        # Sentence bounds over the word stream.
        bounds: list[int] = [j for j, ini in enumerate(initial) if ini] + [len(words)]
        space = self._h("SPACE")
        sp_tag = self._h("_SP")
        plain, verbs = self._plain, self._verbs
        # Non-verbs' UPOS, tag and lemma depend only on (word, tag, sentence-initial): their finished rows are
        # looked up for all words at once (verbs are never in ``plain``); only the misses, the verbs and the words
        # whose UPOS is refined in context (NOUN or PROPN, …) go through the loop below.
        found: list[tuple[int, int, int, int] | None] = list(map(plain.get, zip(words, tags, initial, strict=True)))
        todo = [
            j for j, tag, row in zip(range(len(words)), tags, found, strict=True) if row is None or tag in refine_xpos
        ]
        b = 0
        refined: list[int] = []  # words whose UPOS the refiner decides in context: scored together after the loop
        refined_ends: list[int] = []
        for j in todo:
            word, tag, ini = words[j], tags[j], initial[j]
            if tag[0] != "V":
                cached = found[j]
                if cached is None:
                    upos = model.upos(word, tag)
                    cached = (self._h(upos), self._h(tag), self._h(model.lemma(word, tag, ini)), 0)
                    if len(plain) < 500_000:
                        plain[(word, tag, ini)] = cached
                if tag in refine_xpos and (tag != "NN" or refiner.may_be_name(words, lowers, j, ini)):
                    while bounds[b + 1] <= j:
                        b += 1
                    refined.append(j)
                    refined_ends.append(bounds[b + 1])
                found[j] = cached
                continue
            while bounds[b + 1] <= j:
                b += 1
            # A verb's UPOS and lemma before the context rules below depend only on (word, tag, sentence-initial).
            key = (word, tag, ini)
            verb = verbs.get(key)
            if verb is None:
                verb = (model.upos(word, tag), model.lemma(word, tag, ini))
                if len(verbs) < 500_000:
                    verbs[key] = verb
            upos, lemma = verb
            morph = ""
            if (
                tag.endswith("INF")
                and j + 1 < len(words)
                and lowers[j + 1] == "sie"
                and _clause_initial(lowers, bounds[b], j)
            ):
                # "Sagen Sie uns …", "Lassen Sie uns …": a clause-initial infinitive form before "Sie" is finite.
                tag = "VAIMP" if tag.startswith("VA") else "VVIMP"
            if tag.endswith(("FIN", "IMP")):
                morph = verb_features(lowers, tags, bounds[b], bounds[b + 1], j, word, lemma)
                if lemma == "haben" and upos in ("AUX", "VERB"):
                    # UD: "haben" is AUX only with a participle ("hat gesagt"), else a full verb ("hat Glück").
                    c_start, c_end = _clause_bounds(lowers, bounds[b], bounds[b + 1], j)
                    upos = "AUX" if _has_participle(tags, c_start, c_end) else "VERB"
                elif upos == "VERB" and lemma in ("sein", "werden"):
                    upos = "AUX"
            found[j] = (self._h(upos), self._h(tag), self._h(lemma), self._m(morph) if morph else 0)
        refined_upos = refiner.refine_many(words, lowers, tags, refined, refined_ends, initial)
        for j, upos in zip(refined, refined_upos, strict=True):
            cached = found[j]
            assert cached is not None
            found[j] = (self._h(upos), cached[1], cached[2], 0)
        # fromiter over the flattened rows is several times faster than numpy.array on a list of tuples.
        word_rows = numpy.fromiter(chain.from_iterable(found), dtype="uint64", count=4 * len(found))  # type: ignore[arg-type]
        if len(idx) == n:
            array = word_rows.reshape(n, 4)
        else:
            array = numpy.zeros((n, 4), dtype="uint64")
            array[idx] = word_rows.reshape(-1, 4)
            is_space = numpy.ones(n, dtype=bool)
            is_space[idx] = False
            for k in numpy.flatnonzero(is_space).tolist():  # whitespace tokens: all tokens the words leave out
                array[k] = (space, sp_tag, self._h(texts[k]), 0)
        doc.from_array([POS, TAG, LEMMA, MORPH], array)  # type: ignore[arg-type]
        return doc


class _DocWords:
    """A doc's token texts and its words (non-space tokens) with their sentence starts, as the tagger reads them."""

    __slots__ = ("texts", "idx", "words", "initial")

    def __init__(self, doc: Doc) -> None:
        self.texts: list[str] = token_texts(doc) if len(doc) else []  # from the ORTH column: no Token objects
        starts = doc.to_array([SENT_START]).tolist() if len(doc) else []
        self.idx: list[int] = [k for k, w in enumerate(self.texts) if not w.isspace()]
        self.words: list[str] = [self.texts[k] for k in self.idx]
        self.initial: list[bool] = [starts[k] == 1 for k in self.idx]
        if self.initial:
            self.initial[0] = True


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "„", "“", "”", "»", "«", '"', "–", "—"})


def _repair_finite(lowers: list[str], tags: list[str], initial: list[bool]) -> None:
    """A clause needs a finite verb: "-en" forms are finite or infinitive alike ("Wir entscheiden am Freitag",
    "dass die Gespräche fortgesetzt werden"); if a clause has no finite verb, its infinitive becomes finite
    (the last one in a subordinate clause, the first one in a main clause). zu-infinitives are left alone."""
    n = len(tags)
    start = 0
    for j in range(n + 1):
        if j < n and not initial[j] and lowers[j] not in _CLAUSE_BREAKS:
            continue
        if j > start:
            _repair_clause(lowers, tags, start, j)
        start = j + 1 if j < n and lowers[j] in _CLAUSE_BREAKS else j


def _repair_clause(lowers: list[str], tags: list[str], start: int, end: int) -> None:
    infinitives: list[int] = []
    for k in range(start, end):
        tag = tags[k]
        if tag.endswith(("FIN", "IMP")) or tag in ("PTKZU", "KOUI", "VVIZU"):
            return
        if tag.endswith("INF") and lowers[k].endswith("n"):
            infinitives.append(k)
    if not infinitives:
        # "Die Aktie verliert an Wert": a participle-looking form without "ge" is a finite verb.
        for k in range(start, end):
            if tags[k] == "VVPP" and "ge" not in lowers[k] and lowers[k].endswith("t"):
                tags[k] = "VVFIN"
                return
        return
    subordinate = tags[start] in ("KOUS", "PRELS", "PWS", "PWAV", "PRELAT")
    k = infinitives[-1] if subordinate else infinitives[0]
    tags[k] = tags[k][:2] + "FIN"


def _clause_initial(lowers: list[str], sent_start: int, j: int) -> bool:
    k = j - 1
    if k >= sent_start and lowers[k] == "bitte":
        k -= 1
    return k < sent_start or lowers[k] in (":", "„", "»", '"')


def _has_participle(tags: list[str], start: int, end: int) -> bool:
    """A participle, or an infinitive not after "zu" ("hätte kaufen können", "habe mich beraten lassen")."""
    return any(
        t.endswith("PP") or (t.endswith("INF") and tags[k - 1] != "PTKZU") for k, t in enumerate(tags[start:end], start)
    )


@Language.factory("lagebild_morphology", assigns=["token.pos", "token.tag", "token.lemma", "token.morph"])
def make_morphology(nlp: Language, name: str) -> MorphologyTagger:
    return MorphologyTagger(nlp)
