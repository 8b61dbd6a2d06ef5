"""Named entities PER/ORG/LOC/OTH (``doc.ents``) from the committed trained model plus lexicons.

The model (``lagebild/models/ner``, rebuilt by ``lagebild train ner``, recipe and comparison with
the earlier spaCy transition-based model in its RECIPE.md) is a linear-chain sequence labeller over
BILOU tags: averaged structured perceptron weights for rich per-word features, tag transitions,
Viterbi decoding. Features: the word, its lower-case form, prefixes/suffixes, shape, Brown clusters
at several granularities, the STTS tag from ``lagebild_morphology`` (which runs before NER), the
neighbouring words, and gazetteer matches from ``lagebild/data/lexicons`` (single words and
multi-word entries), so the model learns how far to trust a list instead of a hand-written rule
overriding it. A user extends a list by adding lines to the text file (read when the pipeline is
built); retraining lets the model re-weigh the lists.

Public helpers used by training, entity canonicalisation and evaluation:

``load_lexicons()``              the parsed lexicon files (``Lexicons``)
``lexicon_getters(lexicons)``    token-level gazetteer tests
``FeatureExtractor``             the model's features (shared by training and tagging)
``SequenceLabeller``             the model; ``load_labeller`` / ``save_labeller``
``person_name_spans``            after the model: names with particles and initials made whole ("Ursula von der Leyen")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from lagebild.datafiles import read_entries
from lagebild.errors import ModelMissing
from lagebild.nlp.gc_pause import without_collector
from lagebild.nlp.sentences import token_texts
from lagebild.nlp.train_morphology import shape_of  # one word-shape definition for both taggers
from lagebild.settings import MODELS_DIR, PACKAGE_DATA

LEXICON_DIR = PACKAGE_DATA / "lexicons"
DEFAULT_MODEL = MODELS_DIR / "ner"
LABELS = ("PER", "ORG", "LOC", "OTH")


@dataclass(frozen=True)
class Lexicons:
    """The gazetteers and word lists under ``data/lexicons`` (see each file's header)."""

    first_names: frozenset[str]
    people: frozenset[str]
    places: frozenset[str]  # countries.txt + cities.txt + places.txt
    organisations: frozenset[str]
    parties: dict[str, str]  # surface form → canonical party name
    org_words: frozenset[str]  # whole words ("GmbH", "AG")
    org_endings: tuple[str, ...]  # lower-case word endings ("ministerium")
    role_words: frozenset[str]
    role_endings: tuple[str, ...] = field(default_factory=tuple)
    # first name → "F"/"M" where the name tells (first_name_genders.tsv): which person "er"/"sie" can point back to
    first_name_genders: dict[str, str] = field(default_factory=dict)

    def is_role(self, word: str) -> bool:
        """A role noun: listed, or a capitalised compound ending in a listed ending (Bundesfinanzminister)."""
        if word in self.role_words:
            return True
        if not word[:1].isupper():
            return False
        low = word.casefold()
        # endswith(tuple) rejects most words in one C call; the loop only checks the length condition.
        return low.endswith(self.role_endings) and any(
            low.endswith(e) and len(low) > len(e) + 2 for e in self.role_endings
        )

    def is_org_word(self, word: str) -> bool:
        if word in self.org_words:
            return True
        if not word[:1].isupper():
            return False
        low = word.casefold()
        return low.endswith(self.org_endings) and any(
            low.endswith(e) and len(low) > len(e) + 2 for e in self.org_endings
        )


def _read_lines(name: str, directory: Path) -> list[str]:
    return read_entries(directory / name, missing_ok=True)


def _split_endings(lines: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    words = frozenset(line for line in lines if not line.startswith("-"))
    endings = tuple(sorted({line[1:].casefold() for line in lines if line.startswith("-") and len(line) > 1}))
    return words, endings


@lru_cache(maxsize=4)
def load_lexicons(directory: Path = LEXICON_DIR) -> Lexicons:
    """Parse the lexicon files once per process."""
    parties: dict[str, str] = {}
    for line in _read_lines("parties.txt", directory):
        surface, _, canonical = line.partition("\t")
        parties[surface.strip()] = (canonical or surface).strip()
    org_words, org_endings = _split_endings(_read_lines("org_suffixes.txt", directory))
    role_words, role_endings = _split_endings(_read_lines("roles.txt", directory))
    places = set(_read_lines("countries.txt", directory))
    places.update(_read_lines("cities.txt", directory))
    places.update(_read_lines("places.txt", directory))
    genders = dict(line.split("\t", 1) for line in _read_lines("first_name_genders.tsv", directory) if "\t" in line)
    return Lexicons(
        first_names=frozenset(_read_lines("first_names.txt", directory)),
        people=frozenset(_read_lines("people.txt", directory)),
        places=frozenset(places),
        organisations=frozenset(_read_lines("organisations.txt", directory)),
        parties=parties,
        org_words=org_words,
        org_endings=org_endings,
        role_words=role_words,
        role_endings=role_endings,
        first_name_genders={name.strip(): g.strip() for name, g in genders.items() if g.strip() in ("F", "M")},
    )


def _single_words(entries: Iterable[str]) -> frozenset[str]:
    """Single-word entries and their genitive forms (Deutschlands, Merkels): token-level features."""
    words: set[str] = set()
    for entry in entries:
        if " " in entry:
            continue
        words.add(entry)
        if not entry.endswith(("s", "x", "z", "ß")):
            words.add(entry + "s")
    return frozenset(words)


def lexicon_getters(lex: Lexicons) -> dict[str, Callable[[str], bool]]:
    """Token-level tests for each gazetteer (single words, incl. genitive forms and party compounds)."""
    first_names = _single_words(lex.first_names | {p.split()[0] for p in lex.people})
    places = _single_words(lex.places)
    organisations = _single_words(lex.organisations)
    parties = frozenset(w for w in lex.parties if " " not in w) | frozenset(
        f"{p}-" for p in lex.parties if " " not in p
    )

    def party(text: str) -> bool:
        # "SPD" and compounds led by a party ("SPD-Chef", "CDU-Politikerin")
        return text in parties or text.split("-", 1)[0] in lex.parties

    return {
        "first_name": lambda text: text in first_names,
        "place": lambda text: text in places,
        "organisation": lambda text: text in organisations,
        "party": party,
        "role": lex.is_role,
        "org_word": lex.is_org_word,
    }


def multiword_gazetteer(lex: Lexicons, max_words: int = 4) -> dict[tuple[str, ...], str]:
    """Multi-word list entries ("New York", "Deutsche Bank") → PER/LOC/ORG, keyed by their words."""
    table: dict[tuple[str, ...], str] = {}
    for entries, label in ((lex.people, "PER"), (lex.places, "LOC"), (lex.organisations, "ORG"), (lex.parties, "ORG")):
        for entry in entries:
            words = tuple(entry.split())
            if 1 < len(words) <= max_words:
                table.setdefault(words, label)
    return table


@lru_cache(maxsize=1)
def load_word_clusters(path: Path = LEXICON_DIR / "word_clusters.tsv.gz") -> dict[str, int]:
    """The Brown cluster id of each word in ``word_clusters.tsv.gz`` (see its header)."""
    import gzip

    table: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, _, cluster = line.rstrip("\n").rpartition("\t")
            if word:
                table[word] = int(cluster)
    return table


# ----------------------------------------------------------------------------- tags

TAGS: tuple[str, ...] = ("O", *(f"{p}-{label}" for label in LABELS for p in "BILU"))


def bilou_from_iob(tags: list[str]) -> list[str]:
    """IOB (B-/I-/O) → BILOU; an I- that does not continue its label starts a new entity."""
    out = ["O"] * len(tags)
    spans = spans_from_iob_tags(tags)
    for start, end, label in spans:
        if end - start == 1:
            out[start] = f"U-{label}"
        else:
            out[start] = f"B-{label}"
            out[end - 1] = f"L-{label}"
            for k in range(start + 1, end - 1):
                out[k] = f"I-{label}"
    return out


def spans_from_iob_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if prefix == "I" and name == label and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in {"B", "I"} and name:
            start, label = i, name
    return spans


def spans_from_bilou(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a BILOU sequence that Viterbi made well-formed."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    for i, tag in enumerate(tags):
        prefix, label = tag[0], tag[2:]
        if prefix == "U":
            spans.append((i, i + 1, label))
        elif prefix == "B":
            start = i
        elif prefix == "L" and start >= 0:
            spans.append((start, i + 1, label))
            start = -1
        elif prefix == "O":
            start = -1
    return spans


def allowed_transitions() -> numpy.ndarray:
    """(len(TAGS)+1) × len(TAGS) booleans; the last row is the sentence start. Last tag must close (checked by END)."""
    n = len(TAGS)
    allowed = numpy.zeros((n + 1, n), dtype=bool)
    for j, to in enumerate(TAGS):
        for i, frm in enumerate([*TAGS, "START"]):
            inside = frm[:1] in ("B", "I")
            if to[:1] in ("I", "L"):
                allowed[i, j] = inside and frm[2:] == to[2:]
            else:
                allowed[i, j] = not inside
    return allowed


def closing_tags() -> numpy.ndarray:
    """Tags a sentence may end with (not B-/I-)."""
    return numpy.array([t[:1] not in ("B", "I") for t in TAGS])


# ----------------------------------------------------------------------------- features


# Brown cluster paths are stored bit-reversed (spacy-lookups-data), so the low bits are the path's prefix:
# masking gives coarser classes ("some proper noun" → "surname-like") for rare words.
_CLUSTER_BITS = (4, 6, 8, 10, 12)
_FLAG_NAMES = ("first_name", "place", "organisation", "party", "role", "org_word")


class FeatureExtractor:
    """The sequence labeller's feature strings. Word-level parts are cached per word form; only
    POS, sentence position, word bigrams and multi-word list matches are built per token.

    Training (``sentence_strings``) and tagging (``sentence_ids``) go through the same templates,
    so the features are identical by construction.
    """

    def __init__(
        self, lexicons: Lexicons, clusters: dict[str, int], entity_words: dict[str, str] | None = None
    ) -> None:
        self._getters = [(name, fn) for name, fn in lexicon_getters(lexicons).items()]
        # Words seen mostly inside entities of one type in the training data (stored with the model).
        self._entity_words = entity_words or {}
        self._multiword = multiword_gazetteer(lexicons)
        self._multiword_firsts = frozenset(k[0] for k in self._multiword)
        self._clusters = clusters
        self._templates: dict[str, tuple[tuple[str, ...], ...]] = {}
        # Feature strings shared by many word forms (see ``word_templates``); small, bounded by the model's vocabulary.
        self._cluster_strings: dict[int, tuple[str, tuple[str, ...], str, str]] = {}
        self._flag_strings: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str]]
        self._flag_strings = {}
        self._shape_strings: dict[tuple[str, bool, int], tuple[str, str, str, str, str, str]] = {}

    def word_keys(self, word: str) -> tuple[str, str, int, bool, tuple[str, ...]]:
        """(lower-case form, shape, Brown cluster, lower-case form has a cluster, lexicon flags) of one word form:
        what its features are built from besides its own letters."""
        low = word.lower()
        known_lower = word != low and low in self._clusters
        flags = tuple([name for name, fn in self._getters if fn(word)])
        seen_as = self._entity_words.get(word)
        if seen_as:
            flags += ("seen_" + seen_as,)
        return low, shape_of(word), self._clusters.get(word, 0), known_lower, flags

    def cluster_strings(self, cluster: int) -> tuple[str, tuple[str, ...], str, str]:
        """A cluster's features: own "c=", own bit prefixes, as word -1, as word +1 (cached)."""
        by_cluster = self._cluster_strings.get(cluster)
        if by_cluster is None:
            cl = [f"{b}:{cluster & ((1 << b) - 1)}" for b in _CLUSTER_BITS] if cluster else ["none"]
            by_cluster = self._cluster_strings[cluster] = (
                "c=" + str(cluster),
                tuple(["c" + c for c in cl]),
                "-1c6:" + cl[1] if cluster else "-1c=none",
                "+1c6:" + cl[1] if cluster else "+1c=none",
            )
        return by_cluster

    def flag_strings(
        self, flags: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str]:
        """Lexicon flags' features: own, as word -1, as word +1, as word -2, as word +2 (cached)."""
        by_flags = self._flag_strings.get(flags)
        if by_flags is None:
            joined = "|".join(flags)
            by_flags = self._flag_strings[flags] = (
                tuple(["g=" + f for f in flags]),
                tuple(["-1g=" + f for f in flags]),
                tuple(["+1g=" + f for f in flags]),
                "-2g=" + joined,
                "+2g=" + joined,
            )
        return by_flags

    def shape_strings(self, shape_key: tuple[str, bool, int]) -> tuple[str, str, str, str, str, str]:
        """(shape, lower-case form has a cluster, length up to 12)'s features: "sh=", "kl=", "len=", as word -1,
        as word +1, and the shape+known-lower key of the POS and bigram features (cached)."""
        by_shape = self._shape_strings.get(shape_key)
        if by_shape is None:
            if len(self._shape_strings) > 100_000:  # odd scripts and symbols make many shapes: bounded memory
                self._shape_strings.clear()
            shape, known_lower, length = shape_key
            by_shape = self._shape_strings[shape_key] = (
                "sh=" + shape,
                "kl=" + str(known_lower),
                "len=" + str(length),
                "-1sh=" + shape,
                "+1sh=" + shape,
                shape + str(known_lower),
            )
        return by_shape

    def word_templates(self, word: str) -> tuple[tuple[str, ...], ...]:
        """(own features, as word -1, as word +1, as word -2, as word +2, [lower, shape+known]) of one word form.

        Same strings in the same order as :meth:`word_templates_reference` (the order fixes the float sums).
        A new form only builds the strings of its own letters; those of its cluster, its lexicon flags and its
        shape/length are shared by many forms and come from small tables (new forms are most of the cost of
        tagging text not seen before)."""
        cached = self._templates.get(word)
        if cached is not None:
            return cached
        low, shape, cluster, known_lower, flags = self.word_keys(word)
        by_cluster = self.cluster_strings(cluster)
        by_flags = self.flag_strings(flags)
        by_shape = self.shape_strings((shape, known_lower, min(len(word), 12)))
        s3 = low[-3:]
        own = (
            "w=" + word, "l=" + low, "p3=" + low[:3], "p4=" + low[:4], "s2=" + low[-2:], "s3=" + s3,
            "s4=" + low[-4:], "s5=" + low[-5:], by_shape[0], by_cluster[0], by_shape[1], by_shape[2],
            *by_cluster[1], *by_flags[0],
        )
        if "-" in word[1:-1]:
            head, _, tail = low.partition("-")
            head_cluster = self._clusters.get(word.partition("-")[0], 0)
            own += ("h1=" + head, "h2=" + tail[-4:], "hc=" + str(head_cluster & 255))
        result = (
            own,
            ("-1l=" + low, "-1s3=" + s3, by_shape[3], by_cluster[2], *by_flags[1]),
            ("+1l=" + low, "+1s3=" + s3, by_shape[4], by_cluster[3], *by_flags[2]),
            ("-2l=" + low, by_flags[3]),
            ("+2l=" + low, by_flags[4]),
            (low, by_shape[5]),
        )
        if len(self._templates) < 300_000:
            self._templates[word] = result
        return result

    def word_templates_reference(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The plain (uncached, slower) :meth:`word_templates`, kept as the reference it is tested against."""
        low = word.lower()
        shape = shape_of(word)
        cluster = self._clusters.get(word, 0)
        known_lower = word != low and low in self._clusters
        flags = [name for name, fn in self._getters if fn(word)]
        seen_as = self._entity_words.get(word)
        if seen_as:
            flags.append("seen_" + seen_as)
        cl = [f"{b}:{cluster & ((1 << b) - 1)}" for b in _CLUSTER_BITS] if cluster else ["none"]
        own = [
            "w=" + word, "l=" + low, "p3=" + low[:3], "p4=" + low[:4], "s2=" + low[-2:], "s3=" + low[-3:],
            "s4=" + low[-4:], "s5=" + low[-5:], "sh=" + shape, "c=" + str(cluster), "kl=" + str(known_lower),
            "len=" + str(min(len(word), 12)),
            *["c" + c for c in cl],
            *["g=" + f for f in flags],
        ]
        if "-" in word[1:-1]:
            head, _, tail = low.partition("-")
            own += ["h1=" + head, "h2=" + tail[-4:]]
            head_cluster = self._clusters.get(word.partition("-")[0], 0)
            own.append("hc=" + str(head_cluster & 255))
        m1 = ["-1l=" + low, "-1s3=" + low[-3:], "-1sh=" + shape, "-1c6:" + cl[1] if cluster else "-1c=none",
              *["-1g=" + f for f in flags]]
        p1 = ["+1l=" + low, "+1s3=" + low[-3:], "+1sh=" + shape, "+1c6:" + cl[1] if cluster else "+1c=none",
              *["+1g=" + f for f in flags]]
        m2 = ["-2l=" + low, "-2g=" + "|".join(flags)]
        p2 = ["+2l=" + low, "+2g=" + "|".join(flags)]
        result = (tuple(own), tuple(m1), tuple(p1), tuple(m2), tuple(p2), (low, shape + str(known_lower)))
        return result

    def _multiword_marks(self, words: list[str]) -> list[str]:
        marks = [""] * len(words)
        for i, w in enumerate(words):
            if w not in self._multiword_firsts:
                continue
            for k in (4, 3, 2):
                if i + k > len(words):
                    continue
                label = self._multiword.get(tuple(words[i : i + k]))
                if label:
                    marks[i] = "mgB" + label
                    for j in range(i + 1, i + k):
                        marks[j] = "mgI" + label
                    break
        return marks

    def sentence_strings(self, words: list[str], pos: list[str]) -> list[list[str]]:
        """All feature strings of each word of one sentence (``pos``: STTS tags from lagebild_morphology)."""
        n = len(words)
        tpl = [self.word_templates(w) for w in words]
        marks = self._multiword_marks(words)
        out: list[list[str]] = []
        for i in range(n):
            feats = ["b", *tpl[i][0]]
            feats += tpl[i - 1][1] if i > 0 else ("-1=<s>",)
            feats += tpl[i + 1][2] if i + 1 < n else ("+1=</s>",)
            if i > 1:
                feats += tpl[i - 2][3]
            if i + 2 < n:
                feats += tpl[i + 2][4]
            feats += self._dynamic(tpl, pos, marks, i, n)
            out.append(feats)
        return out

    @staticmethod
    def pos_features(tm: str, t0: str, tp: str) -> tuple[str, ...]:
        """STTS tags of the word and its neighbours (``<s>``/``</s>`` at the sentence edges)."""
        return ("t0=" + t0, "t-1=" + tm, "t+1=" + tp, "tt-=" + tm + "|" + t0, "tt+=" + t0 + "|" + tp)

    @staticmethod
    def _dynamic(
        tpl: list[tuple[tuple[str, ...], ...]], pos: list[str], marks: list[str], i: int, n: int
    ) -> list[str]:
        low, shape_known = tpl[i][5]
        prev_low = tpl[i - 1][5][0] if i > 0 else "<s>"
        next_low = tpl[i + 1][5][0] if i + 1 < n else "</s>"
        t0 = pos[i]
        feats = [
            *FeatureExtractor.pos_features(pos[i - 1] if i > 0 else "<s>", t0, pos[i + 1] if i + 1 < n else "</s>"),
            "bl-=" + prev_low + "|" + low, "bl+=" + low + "|" + next_low, "t0sh=" + t0 + "|" + shape_known,
        ]
        if i == 0:
            feats.append("ini=" + shape_known)
        if marks[i]:
            feats.append(marks[i])
        return feats


# Feature-string prefixes whose rest is a piece of the word form itself (see ``FeatureExtractor.word_templates``).
_FORM_PIECE_PREFIXES = (
    "w=", "l=", "-1l=", "+1l=", "-2l=", "+2l=", "p3=", "p4=", "s2=", "s3=", "-1s3=", "+1s3=", "s4=", "s5=",
    "h1=", "h2=",
)


class FormFeatureRows:
    """The model rows of a word form's features, found without building its feature strings: the pieces of the
    form (itself, lower case, prefixes, suffixes, hyphen parts) are looked up in tables keyed by the piece (one per
    feature prefix, cut from the model's feature list), and the features shared by many forms (shape, cluster,
    lexicon flags) by their key. Same rows in the same order as looking up each string of ``word_templates``
    (-1 where the model lacks a feature). A new form otherwise costs ~25 string concatenations and hashes, most of
    the feature cost of text not seen before."""

    def __init__(self, feature_rows: dict[str, int], extractor: FeatureExtractor) -> None:
        self._feature_rows = feature_rows
        self._extractor = extractor
        by_prefix: dict[str, dict[str, int]] = {prefix: {} for prefix in _FORM_PIECE_PREFIXES}
        for feature, row in feature_rows.items():
            # None of the prefixes has a "=" before its last character: a feature starts with one exactly when
            # it does up to its first "=".
            cut = feature.find("=") + 1
            table = by_prefix.get(feature[:cut])
            if table is not None:
                table[feature[cut:]] = row
        self._word = by_prefix["w="]
        self._p3, self._p4 = by_prefix["p3="], by_prefix["p4="]
        self._s2, self._s4, self._s5 = by_prefix["s2="], by_prefix["s4="], by_prefix["s5="]
        self._h1, self._h2 = by_prefix["h1="], by_prefix["h2="]
        # The lower-case form and the 3-letter suffix are in several features each: one look-up gives all rows.
        self._low = self._joined([by_prefix[p] for p in ("l=", "-1l=", "+1l=", "-2l=", "+2l=")])
        self._s3 = self._joined([by_prefix[p] for p in ("s3=", "-1s3=", "+1s3=")])
        self._head_cluster = [self._row("hc=" + str(cluster)) for cluster in range(256)]
        # shape key → (rows of "sh=", "kl=", "len=", "-1sh=", "+1sh="; the shape+known-lower key)
        self._shape_rows: dict[tuple[str, bool, int], tuple[tuple[int, ...], str]] = {}
        self._cluster_rows: dict[int, tuple[int, tuple[int, ...], int, int]] = {}
        self._flag_rows: dict[tuple[str, ...], tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], int, int]]
        self._flag_rows = {}

    @staticmethod
    def _joined(tables: list[dict[str, int]]) -> dict[str, tuple[int, ...]]:
        rows: dict[str, list[int]] = {}
        for k, table in enumerate(tables):
            for piece, row in table.items():
                rows.setdefault(piece, [-1] * len(tables))[k] = row
        return {piece: tuple(found) for piece, found in rows.items()}

    def _row(self, feature: str) -> int:
        return self._feature_rows.get(feature, -1)

    def form_rows(self, word: str) -> tuple[list[int], list[int], list[int], list[int], list[int], str, str]:
        """(own rows, as word -1, +1, -2, +2 — each -1 where the model lacks the feature —, lower-case form,
        shape+known-lower key) of one word form: the rows of ``word_templates(word)[:5]`` and its ``[5]``."""
        ex = self._extractor
        low, shape, cluster, known_lower, flags = ex.word_keys(word)
        shape_key = (shape, known_lower, min(len(word), 12))
        shape_entry = self._shape_rows.get(shape_key)
        if shape_entry is None:
            if len(self._shape_rows) > 100_000:  # odd scripts and symbols make many shapes: bounded memory
                self._shape_rows.clear()
            strings = ex.shape_strings(shape_key)
            shape_entry = self._shape_rows[shape_key] = (tuple(map(self._row, strings[:5])), strings[5])
        by_shape = shape_entry[0]
        by_cluster = self._cluster_rows.get(cluster)
        if by_cluster is None:
            c, bits, m1, p1 = ex.cluster_strings(cluster)
            by_cluster = self._cluster_rows[cluster] = (self._row(c), tuple(map(self._row, bits)), self._row(m1),
                                                        self._row(p1))
        by_flags = self._flag_rows.get(flags)
        if by_flags is None:
            own_f, m1_f, p1_f, m2_f, p2_f = ex.flag_strings(flags)
            by_flags = self._flag_rows[flags] = (tuple(map(self._row, own_f)), tuple(map(self._row, m1_f)),
                                                 tuple(map(self._row, p1_f)), self._row(m2_f), self._row(p2_f))
        lows = self._low.get(low, _NO_ROWS_5)
        s3 = self._s3.get(low[-3:], _NO_ROWS_3)
        own = [
            self._word.get(word, -1), lows[0], self._p3.get(low[:3], -1), self._p4.get(low[:4], -1),
            self._s2.get(low[-2:], -1), s3[0], self._s4.get(low[-4:], -1), self._s5.get(low[-5:], -1),
            by_shape[0], by_cluster[0], by_shape[1], by_shape[2], *by_cluster[1], *by_flags[0],
        ]
        if "-" in word[1:-1]:
            head, _, tail = low.partition("-")
            head_cluster = ex._clusters.get(word.partition("-")[0], 0)
            own += (self._h1.get(head, -1), self._h2.get(tail[-4:], -1), self._head_cluster[head_cluster & 255])
        return (
            own,
            [lows[1], s3[1], by_shape[3], by_cluster[2], *by_flags[1]],
            [lows[2], s3[2], by_shape[4], by_cluster[3], *by_flags[2]],
            [lows[3], by_flags[3]],
            [lows[4], by_flags[4]],
            low,
            shape_entry[1],
        )


_NO_ROWS_5 = (-1,) * 5
_NO_ROWS_3 = (-1,) * 3


@dataclass
class SequenceLabeller:
    """A linear-chain model over BILOU tags: per-token feature weights plus tag-transition weights,
    decoded with Viterbi (structured averaged perceptron, trained by ``lagebild train ner``).

    Hand-written because no installed library offers a fast CRF/perceptron tagger; numpy keeps the
    scoring vectorised (one gather + ``add.reduceat`` per sentence) and the decoder short.
    """

    feature_rows: dict[str, int]
    weights: numpy.ndarray  # features × tags (float32)
    transitions: numpy.ndarray  # (tags + 1) × tags, last row = sentence start; -inf where not allowed
    extractor: FeatureExtractor
    _word_ids: dict[str, tuple[tuple[int, ...], ...]] = field(default_factory=dict)
    _pos_ids: dict[tuple[str, str, str, str], list[int]] = field(default_factory=dict)
    _word_vecs: dict[str, numpy.ndarray] = field(default_factory=dict)
    decode_batch: int = 256  # sentences per batched Viterbi call
    # Fast path (``emissions``): word form → (row in ``_form_vectors``, lower-case form, shape+known-lower key);
    # the table holds each form's summed weights as the word itself and as word -1, +1, -2, +2.
    _form_info: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    _form_vectors: numpy.ndarray = field(default_factory=lambda: numpy.zeros((0, 5, len(TAGS)), numpy.float32))
    _form_count: int = 1  # row 0 of the table stays zero: "no word here" (sentence frames)
    form_cache_size: int = 200_000  # forms kept before the table starts afresh (bounded memory on long streams)
    # POS-window key → its feature rows padded to 6 with the zero row; word pair → rows of "bl-=" and "bl+=" for
    # every pair the model has one of these features for (built once from ``feature_rows``, see ``_pair_table``).
    _pos_rows: dict[tuple[str, str, str, str], tuple[int, ...]] = field(default_factory=dict)
    _pair_rows: dict[tuple[str, str], tuple[int, int]] | None = None
    _padded_weights: numpy.ndarray | None = None
    _piece_rows: FormFeatureRows | None = None  # built on first use from ``feature_rows``

    def _ids_of_word(self, word: str) -> tuple[tuple[int, ...], ...]:
        cached = self._word_ids.get(word)
        if cached is None:
            cached = self._word_rows(word)
            if len(self._word_ids) < 300_000:
                self._word_ids[word] = cached
        return cached

    def _word_rows(self, word: str) -> tuple[tuple[int, ...], ...]:
        """The feature rows of a word form as the word itself and as word -1, +1, -2, +2 (unknown features dropped).

        Tuples, not lists: tuples of ints are untracked by the cyclic garbage collector once it has seen them, so
        long-lived caches of them do not make every full collection walk tens of thousands of containers (a
        quarter of the time on unseen text went to such collections)."""
        get = self.feature_rows.get
        return tuple(
            tuple([r for r in map(get, part) if r is not None]) for part in self.extractor.word_templates(word)[:5]
        )

    def _ids(self, strings: Iterable[str]) -> list[int]:
        rows = self.feature_rows
        return [r for r in map(rows.get, strings) if r is not None]

    def add_sentence_ids(
        self, words: list[str], pos: list[str], flat: list[int], offsets: list[int], word_parts: bool = True
    ) -> None:
        """Append a sentence's feature rows to ``flat`` and each word's start in ``flat`` to ``offsets``.

        Same features as ``FeatureExtractor.sentence_strings`` (unknown ones dropped), but the word-level
        and POS parts come from caches of row lists, so a word costs a few dict look-ups. Without
        ``word_parts``, the features of the word forms themselves (own and as ±1/±2 neighbour) are left
        out: ``emissions`` adds them from per-word sums.
        """
        n = len(words)
        ex = self.extractor
        rows = self.feature_rows
        empty: tuple[tuple[int, ...], ...] = ((), (), (), (), ())
        ids = [self._ids_of_word(w) for w in words] if word_parts else [empty] * n
        tpl = [ex.word_templates(w) for w in words]
        marks = ex._multiword_marks(words) if not ex._multiword_firsts.isdisjoint(words) else None
        pos_cache = self._pos_ids
        bias = rows.get("b")
        start_m1, end_p1 = rows.get("-1=<s>"), rows.get("+1=</s>")
        padded = ["<s>", *pos, "</s>"]
        for i in range(n):
            offsets.append(len(flat))
            if bias is not None:
                flat.append(bias)
            flat += ids[i][0]
            if i > 0:
                flat += ids[i - 1][1]
            elif start_m1 is not None:
                flat.append(start_m1)
            if i + 1 < n:
                flat += ids[i + 1][2]
            elif end_p1 is not None:
                flat.append(end_p1)
            if i > 1:
                flat += ids[i - 2][3]
            if i + 2 < n:
                flat += ids[i + 2][4]
            key = (padded[i], padded[i + 1], padded[i + 2], tpl[i][5][1])
            pos_ids = pos_cache.get(key)
            if pos_ids is None:
                pos_ids = self._ids([*ex.pos_features(key[0], key[1], key[2]), "t0sh=" + key[1] + "|" + key[3]])
                pos_cache[key] = pos_ids
            flat += pos_ids
            low = tpl[i][5][0]
            r = rows.get("bl-=" + (tpl[i - 1][5][0] if i > 0 else "<s>") + "|" + low)
            if r is not None:
                flat.append(r)
            r = rows.get("bl+=" + low + "|" + (tpl[i + 1][5][0] if i + 1 < n else "</s>"))
            if r is not None:
                flat.append(r)
            if i == 0:
                r = rows.get("ini=" + tpl[i][5][1])
                if r is not None:
                    flat.append(r)
            if marks and marks[i]:
                r = rows.get(marks[i])
                if r is not None:
                    flat.append(r)

    def _word_vectors(self, words: Iterable[str]) -> dict[str, numpy.ndarray]:
        """Word form → (5, tags): the summed weights of its features as the word itself, as word -1, +1, -2, +2.

        Forms not cached yet are summed together in one gather (one numpy call per batch, not per word).
        """
        cache = self._word_vecs
        found = {w: cache[w] for w in words if w in cache}
        new = [w for w in dict.fromkeys(words) if w not in found]
        if new:
            flat: list[int] = []
            offsets: list[int] = []
            for word in new:
                for part in self._ids_of_word(word):
                    offsets.append(len(flat))
                    flat += part
            sums = self.scores(flat, offsets).reshape(len(new), 5, -1)
            for word, vectors in zip(new, sums, strict=True):
                found[word] = vectors
                if len(cache) < 100_000:
                    cache[word] = vectors
        return found

    def emissions_reference(
        self, sentences: list[tuple[list[str], list[str]]]
    ) -> tuple[numpy.ndarray, list[int]]:
        """The previous (slower) ``emissions``, kept as the reference the fast path is tested against.

        Equal to ``scores(sentence_ids(...))`` up to float rounding, but most of a word's feature rows are
        its form's own and its neighbours' word features, which are the same every time the form occurs:
        they come from per-word sums (``_word_vectors``), shifted into place with numpy.
        """
        flat: list[int] = []
        offsets: list[int] = []
        lengths: list[int] = []
        all_words: list[str] = []
        for words, pos in sentences:
            self.add_sentence_ids(words, pos, flat, offsets, word_parts=False)
            all_words += words
            lengths.append(len(words))
        emissions = self.scores(flat, offsets)
        if not all_words:
            return emissions, lengths
        by_form = self._word_vectors(all_words)
        table = numpy.stack([by_form[w] for w in all_words])  # words × 5 roles × tags
        position = numpy.concatenate([numpy.arange(n) for n in lengths])  # index of each word in its sentence
        length = numpy.repeat(numpy.asarray(lengths), lengths)
        emissions += table[:, 0]
        for role, shift in ((1, 1), (3, 2)):  # word i-shift seen from word i
            inside = position[shift:] >= shift
            emissions[shift:][inside] += table[:-shift, role][inside]
        for role, shift in ((2, 1), (4, 2)):  # word i+shift seen from word i
            inside = position[:-shift] + shift < length[:-shift]
            emissions[:-shift][inside] += table[shift:, role][inside]
        return emissions, lengths

    def sentence_ids(self, words: list[str], pos: list[str]) -> tuple[list[int], list[int]]:
        """Flat feature rows of one sentence and each word's offset into them."""
        flat: list[int] = []
        offsets: list[int] = []
        self.add_sentence_ids(words, pos, flat, offsets)
        return flat, offsets

    def scores(self, flat: list[int] | numpy.ndarray, offsets: list[int] | numpy.ndarray) -> numpy.ndarray:
        """Per-word tag scores (words × tags)."""
        if not len(flat):
            return numpy.zeros((len(offsets), self.weights.shape[1]), dtype=self.weights.dtype)
        gathered = self.weights[numpy.asarray(flat, dtype=numpy.int64)]
        # reduceat needs valid offsets; a word without any known feature would get the next word's rows: zero it.
        offs = numpy.asarray(offsets, dtype=numpy.int64)
        sums = numpy.add.reduceat(gathered, numpy.minimum(offs, len(flat) - 1), axis=0)
        ends = numpy.append(offs[1:], len(flat))
        sums[ends == offs] = 0.0
        return sums

    def tag(self, words: list[str], pos: list[str]) -> list[str]:
        return self.tag_sentences([(words, pos)])[0]

    def tag_sentences_reference(self, sentences: list[tuple[list[str], list[str]]]) -> list[list[str]]:
        """The previous (slower) ``tag_sentences``, kept as the reference the fast path is tested against."""
        emissions, lengths = self.emissions_reference(sentences)
        if not len(emissions):
            return [[] for _ in sentences]
        starts = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]]).tolist()
        paths: list[list[int]] = [[] for _ in sentences]
        # Batched Viterbi pads every sentence of a batch to the longest one; batching sentences of similar
        # length (sorted) keeps the padding, and so the decoder's work, close to the real number of words.
        order = sorted((k for k in range(len(lengths)) if lengths[k]), key=lengths.__getitem__)
        for chunk in range(0, len(order), self.decode_batch):
            members = order[chunk : chunk + self.decode_batch]
            rows = numpy.concatenate([numpy.arange(starts[k], starts[k] + lengths[k]) for k in members])
            decoded = viterbi_batch_reference(emissions[rows], [lengths[k] for k in members], self.transitions)
            for k, path in zip(members, decoded, strict=True):
                paths[k] = path
        return [[TAGS[k] for k in path] for path in paths]


    # ------------------------------------------------------------------ fast path: one document, few numpy calls
    #
    # Same features, same float additions in the same order as ``emissions_reference`` (so the scores are
    # bit-identical), but per-token work is a handful of dict look-ups on cached tuples; everything else is a
    # fixed number of numpy calls per batch, whatever its length.

    def _weights_with_zero_row(self) -> numpy.ndarray:
        """The weights plus one all-zero row (index ``len(weights)``) standing for "feature unknown to the model",
        so feature rows can be gathered in fixed-width arrays; adding 0.0 leaves a float sum unchanged."""
        if self._padded_weights is None:
            zero = numpy.zeros((1, self.weights.shape[1]), dtype=self.weights.dtype)
            self._padded_weights = numpy.concatenate([self.weights, zero])
        return self._padded_weights

    def _forms(self, words: list[str]) -> tuple[numpy.ndarray, list[str], list[str]]:
        """Each word's row in ``_form_vectors``, its lower-case form and its shape+known-lower key.

        Forms seen for the first time are summed in one gather (``scores``, as in ``_word_vectors``)."""
        info = self._form_info
        if len(info) > self.form_cache_size:
            info.clear()
            self._form_count = 1
        found = [info.get(w) for w in words]
        if None in found:
            new = list(dict.fromkeys(w for w, f in zip(words, found, strict=True) if f is None))
            flat, offsets, new_lows, new_shapes = self._new_form_rows(new)
            sums = self.scores(flat, offsets).reshape(len(new), 5, -1)
            first = self._form_count
            needed = first + len(new)
            if self._form_vectors.shape[0] < needed:
                grown = numpy.zeros((max(needed, 2 * self._form_vectors.shape[0], 4096), 5, sums.shape[2]),
                                    dtype=sums.dtype)
                grown[: len(self._form_vectors)] = self._form_vectors
                self._form_vectors = grown
            self._form_vectors[first:needed] = sums
            for k, word in enumerate(new):
                info[word] = (first + k, new_lows[k], new_shapes[k])
            self._form_count = needed
            found = [info[w] for w in words]
        rows, lows, shapes = zip(*found, strict=True)  # type: ignore[misc]
        return numpy.fromiter(rows, dtype=numpy.intp, count=len(words)), list(lows), list(shapes)

    def _new_form_rows(self, new: list[str]) -> tuple[numpy.ndarray, numpy.ndarray, list[str], list[str]]:
        """The feature rows of new word forms, as ``scores`` wants them: each form's five parts (as the word itself,
        as word -1, +1, -2, +2) in turn, unknown features dropped, and where each part starts; then each form's
        lower-case form and shape+known-lower key.

        The same rows in the same order as :meth:`_word_rows` gives them, but found from the forms' pieces
        (``FormFeatureRows``) instead of their feature strings; the unknown ones are dropped with numpy."""
        if self._piece_rows is None:
            self._piece_rows = FormFeatureRows(self.feature_rows, self.extractor)
        form_rows = self._piece_rows.form_rows
        flat: list[int] = []
        counts: list[int] = []
        lows: list[str] = []
        shapes: list[str] = []
        for word in new:
            own, m1, p1, m2, p2, low, shape_known = form_rows(word)
            flat += own
            flat += m1
            flat += p1
            flat += m2
            flat += p2
            counts += (len(own), len(m1), len(p1), 2, 2)
            lows.append(low)
            shapes.append(shape_known)
        found = numpy.fromiter(flat, dtype=numpy.intp, count=len(flat))
        known = found >= 0
        part_of = numpy.repeat(numpy.arange(len(counts)), counts)
        known_counts = numpy.bincount(part_of[known], minlength=len(counts))
        return found[known], numpy.cumsum(known_counts) - known_counts, lows, shapes

    def _pair_table(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(previous lower-case word, lower-case word) → rows of "bl-=" + previous + "|" + word and "bl+=" + the
        same pair (the empty row ``len(self.weights)`` where the model lacks one), for every pair the model has
        either feature for. A feature string is entered under every split at a "|" (words may contain one), so a
        pair is found exactly when its joined feature string is a model feature."""
        table = self._pair_rows
        if table is None:
            none = len(self.weights)
            table = {}
            for feature, row in self.feature_rows.items():
                if not feature.startswith(("bl-=", "bl+=")):
                    continue
                side = 0 if feature[2] == "-" else 1
                joined = feature[4:]
                at = joined.find("|")
                while at >= 0:
                    pair = (joined[:at], joined[at + 1 :])
                    rows = list(table.get(pair, (none, none)))
                    rows[side] = row
                    table[pair] = (rows[0], rows[1])
                    at = joined.find("|", at + 1)
            self._pair_rows = table
        return table

    def _pos_window_rows(self, key: tuple[str, str, str, str], none: int) -> tuple[int, ...]:
        k0, k1, k2, k3 = key
        found = self._ids([*self.extractor.pos_features(k0, k1, k2), "t0sh=" + k1 + "|" + k3])
        return (*found, *([none] * (6 - len(found))))

    def emissions_flat(self, words: list[str], pos: list[str], lengths: list[int]) -> numpy.ndarray:
        """Per-word tag scores (words × tags) of consecutive sentences given flat: all words, all STTS tags,
        the sentence lengths. Bit-identical to ``emissions_reference``."""
        n = len(words)
        weights = self._weights_with_zero_row()
        none = len(self.weights)
        if n == 0:
            return numpy.zeros((0, weights.shape[1]), dtype=weights.dtype)
        forms, lows, shapes = self._forms(words)
        lens = numpy.asarray(lengths, dtype=numpy.intp)
        starts = numpy.cumsum(lens) - lens
        nonempty = lens > 0
        firsts, lasts = starts[nonempty], (starts + lens - 1)[nonempty]
        # Each sentence framed by <s> … </s>: a word's neighbours are then a fixed offset away in one flat list.
        framed_pos: list[str] = []
        framed_low: list[str] = []
        framed_shape: list[str] = []
        at = 0
        for length in lengths:
            framed_pos += ("<s>", *pos[at : at + length], "</s>")
            framed_low += ("<s>", *lows[at : at + length], "</s>")
            framed_shape += ("", *shapes[at : at + length], "")
            at += length
        # word g of sentence k sits at framed index g + 2k + 1; its POS window and its "bl-" pair start at g + 2k
        sentence_of = numpy.repeat(numpy.arange(len(lens)), lens)
        window = numpy.arange(n) + 2 * sentence_of
        pos_cache = self._pos_rows
        pos_keys = list(zip(framed_pos, framed_pos[1:], framed_pos[2:], framed_shape[1:], strict=False))  # windows
        pos_found = [pos_cache.get(k) for k in pos_keys]
        if None in pos_found:
            for w, key in enumerate(pos_keys):
                if pos_found[w] is None:
                    pos_found[w] = pos_cache[key] = self._pos_window_rows(key, none)
        # Most word pairs of unseen text are new and have no bigram feature: one look-up per pair in the table of
        # the pairs the model knows (no feature strings built, nothing cached per pair).
        pair_keys = list(zip(framed_low, framed_low[1:], strict=False))
        pair_found = list(map(self._pair_table().get, pair_keys, repeat((none, none), len(pair_keys))))
        # fromiter over the flattened tuples: several times faster than numpy.array on a list of tuples.
        pos_rows = numpy.fromiter(
            chain.from_iterable(pos_found), dtype=numpy.intp, count=6 * len(pos_found)  # type: ignore[arg-type]
        ).reshape(-1, 6)[window]
        pair_rows = numpy.fromiter(
            chain.from_iterable(pair_found), dtype=numpy.intp, count=2 * len(pair_found)  # type: ignore[arg-type]
        ).reshape(-1, 2)

        rows = self.feature_rows
        firsts_list = firsts.tolist()
        # Every feature row of every word in one (words × 13) matrix, in the order in which ``add_sentence_ids``
        # lists them (bias, <s>, </s>, 6 POS, 2 bigrams, ini, list match), ``none`` where a feature is absent;
        # the present ones, row by row, are exactly the reference's flat list, summed by the same ``scores``
        # (numpy's reduction order is not plain left-to-right, so only the same call gives the same floats).
        feature_rows = numpy.full((n, 13), none, dtype=numpy.intp)
        feature_rows[:, 0] = rows.get("b", none)
        feature_rows[firsts, 1] = rows.get("-1=<s>", none)
        feature_rows[lasts, 2] = rows.get("+1=</s>", none)
        feature_rows[:, 3:9] = pos_rows
        feature_rows[:, 9] = pair_rows[window, 0]
        feature_rows[:, 10] = pair_rows[window + 1, 1]
        feature_rows[firsts, 11] = [rows.get("ini=" + shapes[f], none) for f in firsts_list]
        extractor = self.extractor
        if not extractor._multiword_firsts.isdisjoint(words):
            for first, length in zip(starts.tolist(), lengths, strict=True):
                sentence = words[first : first + length]
                if extractor._multiword_firsts.isdisjoint(sentence):
                    continue
                for i, mark in enumerate(extractor._multiword_marks(sentence)):
                    if mark:
                        feature_rows[first + i, 12] = rows.get(mark, none)
        present = feature_rows != none
        counts = present.sum(axis=1)
        emissions = self.scores(feature_rows[present], numpy.cumsum(counts) - counts)

        # Then the word-form parts, in the reference's order: own, as word -1, -2, +1, +2 of its neighbours.
        # In the framed layout (row 0 of the form table is zero at the frames) a neighbour is a fixed offset
        # away and never crosses into another sentence.
        framed = numpy.zeros(len(framed_pos) + 1, dtype=numpy.intp)
        at_word = window + 1
        framed[at_word] = forms
        roles = self._form_vectors.reshape(-1, self._form_vectors.shape[2])  # (form, role) → row form * 5 + role
        parts = numpy.stack([forms * 5, framed[at_word - 1] * 5 + 1, framed[at_word - 2] * 5 + 3,
                             framed[at_word + 1] * 5 + 2, framed[at_word + 2] * 5 + 4], axis=1)
        gathered = roles[parts]
        for column in range(5):
            emissions += gathered[:, column]
        return emissions

    def emissions(self, sentences: list[tuple[list[str], list[str]]]) -> tuple[numpy.ndarray, list[int]]:
        """Per-word tag scores of many sentences, stacked (words × tags), and the sentence lengths.

        Equal to ``scores(sentence_ids(...))`` up to float rounding: most of a word's feature rows are its
        form's own and its neighbours' word features, summed once per form and shifted into place."""
        words = [w for ws, _ in sentences for w in ws]
        pos = [t for _, ts in sentences for t in ts]
        lengths = [len(ws) for ws, _ in sentences]
        return self.emissions_flat(words, pos, lengths), lengths

    def _decode(self, emissions: numpy.ndarray, lengths: list[int]) -> list[list[tuple[int, int, str]]]:
        """(start, end, label) word spans of each sentence (stacked emissions), via batched Viterbi."""
        spans: list[list[tuple[int, int, str]]] = [[] for _ in lengths]
        starts = numpy.cumsum(lengths) - numpy.asarray(lengths, dtype=numpy.intp)
        order = [k for k in range(len(lengths)) if lengths[k]]
        if len(order) > self.decode_batch:
            # Batched Viterbi pads every sentence of a batch to the longest one; batching sentences of similar
            # length (sorted) keeps the padding, and so the decoder's work, close to the real number of words.
            order.sort(key=lengths.__getitem__)
        for chunk in range(0, len(order), self.decode_batch):
            members = order[chunk : chunk + self.decode_batch]
            member_lengths = [lengths[k] for k in members]
            if len(members) == len(lengths):
                block = emissions
            else:
                block = emissions[numpy.concatenate([numpy.arange(starts[k], starts[k] + lengths[k]) for k in members])]
            paths = viterbi_paths(block, member_lengths, self.transitions)
            for k, found in zip(members, spans_from_paths(paths, member_lengths), strict=True):
                spans[k] = found
        return spans

    def tag_spans(self, words: list[str], pos: list[str], lengths: list[int]) -> list[list[tuple[int, int, str]]]:
        """(start, end, label) word spans of each of consecutive sentences given flat (see ``emissions_flat``)."""
        return self._decode(self.emissions_flat(words, pos, lengths), lengths)

    def tag_sentences(self, sentences: list[tuple[list[str], list[str]]]) -> list[list[str]]:
        """BILOU tags for many (words, STTS tags) sentences at once: one weight gather, one batched Viterbi."""
        emissions, lengths = self.emissions(sentences)
        if not len(emissions):
            return [[] for _ in sentences]
        starts = numpy.cumsum(lengths) - numpy.asarray(lengths, dtype=numpy.intp)
        tags: list[list[str]] = [[] for _ in sentences]
        order = sorted((k for k in range(len(lengths)) if lengths[k]), key=lengths.__getitem__)
        for chunk in range(0, len(order), self.decode_batch):
            members = order[chunk : chunk + self.decode_batch]
            rows = numpy.concatenate([numpy.arange(starts[k], starts[k] + lengths[k]) for k in members])
            paths = viterbi_paths(emissions[rows], [lengths[k] for k in members], self.transitions)
            for row, k in enumerate(members):
                tags[k] = [TAGS[t] for t in paths[row, : lengths[k]].tolist()]
        return tags


_CLOSING = closing_tags()


def viterbi(emissions: numpy.ndarray, transitions: numpy.ndarray) -> list[int]:
    """Best tag sequence under emissions (words × tags) and transitions ((tags+1) × tags, last row = start)."""
    n = emissions.shape[0]
    if n == 0:
        return []
    n_tags = emissions.shape[1]
    cols = numpy.arange(n_tags)
    trans = transitions[:-1]
    delta = transitions[-1] + emissions[0]
    back = numpy.empty((n, n_tags), dtype=numpy.int64)
    for i in range(1, n):
        cand = delta[:, None] + trans
        best = cand.argmax(axis=0)
        back[i] = best
        delta = cand[best, cols] + emissions[i]
    delta = numpy.where(_CLOSING, delta, -numpy.inf)
    path = [int(delta.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    path.reverse()
    return path


def viterbi_batch_reference(
    emissions: numpy.ndarray, lengths: list[int], transitions: numpy.ndarray
) -> list[list[int]]:
    """The previous (slower) ``viterbi_batch``, kept as the reference the fast decoder is tested against.

    One numpy step per position across all sentences: the per-step overhead of numpy dominates
    single-sentence decoding, so batching is what makes the labeller fast.
    """
    n_sent = len(lengths)
    if n_sent <= 1:
        return [viterbi(emissions, transitions)] if n_sent else []
    lens = numpy.asarray(lengths, dtype=numpy.int64)
    max_len = int(lens.max())
    n_tags = emissions.shape[1]
    padded = numpy.zeros((n_sent, max_len, n_tags), dtype=numpy.float32)
    padded[numpy.arange(max_len)[None, :] < lens[:, None]] = emissions
    trans = transitions[:-1].astype(numpy.float32)[None, :, :]
    delta = transitions[-1].astype(numpy.float32)[None, :] + padded[:, 0]
    back = numpy.zeros((n_sent, max_len, n_tags), dtype=numpy.int64)
    # Finished sentences keep being updated with padding (cheaper than masking every step); each one's
    # scores are copied out at its last word instead.
    final = delta.copy()
    ending = lens - 1
    for i in range(1, max_len):
        cand = delta[:, :, None] + trans
        back[:, i] = cand.argmax(axis=1)
        delta = cand.max(axis=1) + padded[:, i]
        done = numpy.flatnonzero(ending == i)
        if len(done):
            final[done] = delta[done]
    last = numpy.where(_CLOSING[None, :], final, -numpy.inf).argmax(axis=1)
    paths = numpy.zeros((n_sent, max_len), dtype=numpy.int64)
    cur = numpy.zeros(n_sent, dtype=numpy.int64)
    rows = numpy.arange(n_sent)
    for i in range(max_len - 1, -1, -1):
        cur = numpy.where(lens - 1 == i, last, cur)
        paths[:, i] = cur
        if i > 0:
            cur = numpy.where(i < lens, back[rows, i, cur], cur)
    return [paths[k, : lengths[k]].tolist() for k in range(n_sent)]


def viterbi_paths(emissions: numpy.ndarray, lengths: list[int], transitions: numpy.ndarray) -> numpy.ndarray:
    """Best tag sequences (sentences × longest sentence; positions past a sentence's end are filler) for
    sentences whose emissions are stacked in one (words × tags) array; same results as ``viterbi``.

    One step per position for all sentences at once, a few numpy calls per step into preallocated arrays:
    numpy's per-call overhead, not arithmetic, is what the decoder costs on news-length documents. The forward
    pass keeps only each tag's best score, reduced over the previous tag as the array's first axis (numpy then
    takes the maximum of whole contiguous slices, several times faster than a max/argmax over a last axis of 17);
    the backward sweep finds the one previous tag it follows per sentence and position, from the same float32
    sums (a maximum is exact and argmax takes the first best, so the path is the one a stored back-pointer gives).
    """
    n_sent = len(lengths)
    n_tags = emissions.shape[1]
    if n_sent == 0:
        return numpy.zeros((0, 0), dtype=numpy.intp)
    lens = numpy.asarray(lengths, dtype=numpy.intp)
    max_len = max(int(lens.max()), 1)
    inside = numpy.arange(max_len)[None, :] < lens[:, None]  # sentences × positions
    by_sentence = numpy.zeros((n_sent, max_len, n_tags), dtype=numpy.float32)
    by_sentence[inside] = emissions
    padded = numpy.ascontiguousarray(by_sentence.transpose(1, 0, 2))  # positions × sentences × tags
    from_to = transitions[:-1].astype(numpy.float32)  # from × to
    to_from = numpy.ascontiguousarray(from_to.T)
    scores = numpy.empty((max_len, n_sent, n_tags), dtype=numpy.float32)  # best path score ending in each tag
    candidates = numpy.empty((n_tags, n_sent, n_tags), dtype=numpy.float32)  # from × sentences × to
    numpy.add(transitions[-1].astype(numpy.float32), padded[0], out=scores[0])
    from_to_b = from_to[:, None, :]
    for i in range(1, max_len):
        numpy.add(scores[i - 1].T[:, :, None], from_to_b, out=candidates)
        numpy.maximum.reduce(candidates, axis=0, out=scores[i])
        scores[i] += padded[i]
    rows = numpy.arange(n_sent)
    final = scores[lens - 1, rows]
    last = numpy.where(_CLOSING[None, :], final, -numpy.inf).argmax(axis=1)
    paths = numpy.empty((max_len, n_sent), dtype=numpy.intp)
    current = last
    step = numpy.empty((n_sent, n_tags), dtype=numpy.float32)
    for i in range(max_len - 1, 0, -1):
        paths[i] = current
        # Past a sentence's end the path stays on its last tag (one backward sweep serves all sentences).
        numpy.add(scores[i - 1], to_from[current], out=step)
        current = numpy.where(inside[:, i], step.argmax(axis=1), current)
    paths[0] = current
    return paths.T


_PREFIX = tuple(t[:1] for t in TAGS)
_LABEL = tuple(t[2:] for t in TAGS)


def spans_from_paths(paths: numpy.ndarray, lengths: list[int]) -> list[list[tuple[int, int, str]]]:
    """``spans_from_bilou`` of each row of ``viterbi_paths`` (tag indices), visiting only non-O words."""
    spans: list[list[tuple[int, int, str]]] = [[] for _ in lengths]
    if not paths.size:
        return spans
    inside = numpy.arange(paths.shape[1])[None, :] < numpy.asarray(lengths)[:, None]
    sentences, positions = numpy.nonzero((paths != 0) & inside)  # TAGS[0] == "O"
    start, previous = -1, (-1, -2)
    for k, i, tag in zip(sentences.tolist(), positions.tolist(), paths[sentences, positions].tolist(), strict=True):
        if (k, i - 1) != previous:  # an O (or a new sentence) in between ends an open entity
            start = -1
        previous = (k, i)
        prefix = _PREFIX[tag]
        if prefix == "U":
            spans[k].append((i, i + 1, _LABEL[tag]))
        elif prefix == "B":
            start = i
        elif prefix == "L" and start >= 0:
            spans[k].append((start, i + 1, _LABEL[tag]))
            start = -1
    return spans


def viterbi_batch(emissions: numpy.ndarray, lengths: list[int], transitions: numpy.ndarray) -> list[list[int]]:
    """``viterbi`` for many sentences whose emissions are stacked in one (words × tags) array."""
    paths = viterbi_paths(emissions, lengths, transitions)
    return [paths[k, :length].tolist() for k, length in enumerate(lengths)]


MODEL_WEIGHTS = "labeller.npz"
MODEL_FEATURES = "features.txt.gz"
MODEL_ENTITY_WORDS = "entity_words.tsv.gz"


def entity_word_table(sentences: Iterable[tuple[list[str], list[str]]]) -> dict[str, str]:
    """Word → entity type, for words seen inside entities of that type more often than outside any entity.

    ``sentences`` are (words, IOB tags). The model uses this as one more gazetteer; training builds it
    from the other folds of the training data (jackknifing), so the model learns how far to trust it.
    """
    counts: dict[str, dict[str, int]] = {}
    for words, tags in sentences:
        for word, tag in zip(words, tags, strict=True):
            label = tag[2:] if tag[:2] in ("B-", "I-") else "O"
            by_label = counts.setdefault(word, {})
            by_label[label] = by_label.get(label, 0) + 1
    table: dict[str, str] = {}
    for word, by_label in counts.items():
        inside = {k: v for k, v in by_label.items() if k != "O"}
        if inside and sum(inside.values()) > by_label.get("O", 0):
            table[word] = max(sorted(inside), key=lambda k: inside[k])
    return table


def write_entity_words(path: Path, table: dict[str, str]) -> None:
    import gzip

    with gzip.GzipFile(path / MODEL_ENTITY_WORDS, "wb", compresslevel=9, mtime=0) as fh:
        fh.write("".join(f"{w}\t{label}\n" for w, label in sorted(table.items())).encode("utf-8"))


def read_entity_words(path: Path) -> dict[str, str]:
    import gzip

    if not (path / MODEL_ENTITY_WORDS).exists():
        return {}
    with gzip.open(path / MODEL_ENTITY_WORDS, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if "\t" in line)


def save_labeller(path: Path, feature_names: list[str], weights: numpy.ndarray, transitions: numpy.ndarray) -> None:
    """Write the model: weights as float16 (enough for perceptron weights, halves the artifact) + feature list."""
    import gzip

    path.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(path / MODEL_WEIGHTS, weights=weights.astype(numpy.float16),
                           transitions=transitions.astype(numpy.float32), tags=numpy.array(TAGS))
    with gzip.GzipFile(path / MODEL_FEATURES, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(feature_names) + "\n").encode("utf-8"))


def load_labeller(path: Path, lexicons: Lexicons | None = None) -> SequenceLabeller:
    import gzip

    if not (path / MODEL_WEIGHTS).exists():
        raise ModelMissing(str(path), "rebuild it with `lagebild train ner`")
    with numpy.load(path / MODEL_WEIGHTS) as data:
        weights = data["weights"].astype(numpy.float32)
        transitions = data["transitions"]
        if tuple(str(t) for t in data["tags"]) != TAGS:
            raise ModelMissing(str(path), "its tag set differs from this version; rebuild it with `lagebild train ner`")
    with gzip.open(path / MODEL_FEATURES, "rt", encoding="utf-8") as fh:
        names = fh.read().split("\n")[:-1]
    extractor = FeatureExtractor(lexicons or load_lexicons(), load_word_clusters(), read_entity_words(path))
    return SequenceLabeller({name: i for i, name in enumerate(names)}, weights, transitions, extractor)


def lexicon_rule_spans(
    words: list[str], spans: list[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    """Corrections the lists make certain, after the model ("Siemens AG" tagged PER → ORG), on token spans.

    - a span ending in a legal form or organisation word (AG, GmbH, e.V., -ministerium) is an ORG;
    - a span that is exactly a listed party or organisation is an ORG;
    - a listed party or organisation the model missed (a token outside every span) becomes an ORG.
    """
    known_orgs = lex.organisations | frozenset(lex.parties)
    out: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for start, end, label in spans:
        last = words[end - 1]
        if (end - start > 1 and lex.is_org_word(last)) or " ".join(words[start:end]) in known_orgs:
            label = "ORG"
        out.append((start, end, label))
        covered.update(range(start, end))
    for i, word in enumerate(words):
        if i not in covered and word in known_orgs and word[:1].isupper():
            out.append((i, i + 1, "ORG"))
    out.sort()
    return out


@dataclass(frozen=True)
class NameParticles:
    """``data/lexicons/name_particles.tsv`` (particle word sequences by kind) and ``noun_endings.txt``."""

    particles: dict[tuple[str, ...], str]  # ("von", "der") → "preposition" | "name"
    noun_endings: tuple[str, ...]
    longest: int = 3


@lru_cache(maxsize=4)
def load_name_particles(directory: Path = LEXICON_DIR) -> NameParticles:
    particles: dict[tuple[str, ...], str] = {}
    for line in _read_lines("name_particles.tsv", directory):
        words, _, kind = line.partition("\t")
        if words.split():
            particles[tuple(words.split())] = kind.strip() or "name"
    endings = tuple(sorted({e.casefold() for e in _read_lines("noun_endings.txt", directory)}))
    return NameParticles(particles, endings, max((len(k) for k in particles), default=1))


def _is_given_name(word: str, lex: Lexicons, loose: bool) -> bool:
    """A given name, also hyphenated ("Karl-Theodor", "Jean-François-Marie"). The curated gender list is the strict
    test (it leaves out names of both genders, so "Andrea von X" is not merged by it); ``loose`` also accepts
    first_names.txt, which holds some surnames (it was built from name spans)."""
    if word in lex.first_name_genders or (loose and word in lex.first_names):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in lex.first_name_genders or (loose and p in lex.first_names) for p in parts)


def _may_be_surname(word: str, lex: Lexicons, particles: NameParticles, common_nouns: Callable[[str], bool]) -> bool:
    """A capitalised word after a particle that can end a personal name: not an acronym ("SPD"), not a listed place,
    party, organisation or role, not a known common noun ("von der Universität")."""
    if len(word) < 2 or not word[:1].isupper() or not any(c.islower() for c in word):
        return False
    if word in lex.places or word in lex.organisations or word.split("-", 1)[0] in lex.parties:
        return False
    if lex.is_org_word(word) or lex.is_role(word) or common_nouns(word):
        return False
    low = word.casefold()
    return not (low.endswith(particles.noun_endings) or low.endswith(lex.org_endings))


def _particle_at(words: list[str], i: int, particles: NameParticles) -> tuple[int, str] | None:
    """(length, kind) of the longest name particle starting at word i."""
    for n in range(particles.longest, 0, -1):
        kind = particles.particles.get(tuple(words[i : i + n]))
        if kind:
            return n, kind
    return None


def person_name_spans(
    words: list[str],
    spans: list[tuple[int, int, str]],
    lex: Lexicons,
    particles: NameParticles | None = None,
    common_nouns: Callable[[str], bool] = lambda word: False,
) -> list[tuple[int, int, str]]:
    """Person names with a lower-case particle, which the model often cuts at the particle ("Ursula" of "Ursula von
    der Leyen", "Rafael van" of "Rafael van der Vaart", "Mohammed" + "Salman" of "Mohammed bin Salman"): the person
    span (or the given names before the particle) is extended over particle + surname, replacing what overlapped.

    Hand-written because the model sees each word in a window of two words either side, and particle names are
    rare in its training data. A particle that is also a German preposition (von, zu) needs given names before it
    (or a role noun before "von der": "Kommissionspräsidentin von der Leyen"), so "Scholz zu Gesprächen" and "Grimm
    von der Universität" stay apart. Later mentions of a particle surname found this way ("von der Leyen") become
    persons as well.
    """
    particles = particles or load_name_particles()
    spans = _adjacent_persons_joined(words, _with_initials(words, spans, lex), lex)
    label_at = {i: (s, e, label) for s, e, label in spans for i in range(s, e)}
    found: list[tuple[int, int]] = []
    surnames: set[tuple[str, ...]] = set()
    openers = {p[0] for p in particles.particles}
    i = 1
    while i < len(words) - 1:
        if words[i] not in openers:
            i += 1
            continue
        match = _particle_at(words, i, particles)
        if match is None:
            i += 1
            continue
        n, kind = match
        j = i + n  # the surname
        inside = label_at.get(i)
        if inside is not None and inside[2] != "PER":
            i += 1  # the particle belongs to another entity ("Universität von Amsterdam")
            continue
        if j >= len(words) or not _may_be_surname(words[j], lex, particles, common_nouns):
            i += 1
            continue
        after = label_at.get(j)
        if after is not None and after[2] != "PER" and after[1] > j + 1:
            i += 1  # the capitalised word opens a longer organisation or place name ("von der Deutschen Bank")
            continue
        following = words[j + 1] if j + 1 < len(words) else ""
        if kind == "preposition" and (
            _is_given_name(words[j], lex, False)
            or (after is not None and after[2] == "PER" and after[1] > j + 1)
            or following[:1].isupper()
            or following[:1].isdigit()
        ):
            # "das Tor von Manuel Neuer", "Renato Augusto von Bayer 04": the preposition is followed by a longer
            # name of its own
            i += 1
            continue
        end = after[1] if after is not None and after[2] == "PER" else j + 1
        start = _name_start(words, i, label_at, lex, kind == "name", common_nouns)
        if start is None and n > 1 and lex.is_role(words[i - 1]):
            start = i  # "Kommissionspräsidentin von der Leyen": the particle opens the name
        if start is None:
            i += 1
            continue
        found.append((start, end))
        surnames.add(tuple(words[i:end]))
        i = end
    if not found:
        return spans
    # later (or earlier) mentions of a particle surname: "von der Leyen sagte" after "Ursula von der Leyen", also
    # capitalised at the start of a sentence ("Von der Leyen sagte")
    for i in range(len(words)):
        for surname in surnames:
            here = words[i : i + len(surname)]
            if (
                len(here) == len(surname)
                and here[0] in (surname[0], surname[0].capitalize())
                and tuple(here[1:]) == surname[1:]
                and not any(s <= i < e for s, e in found)
            ):
                found.append((i, i + len(surname)))
    kept = [(s, e, label) for s, e, label in spans if not any(s < fe and fs < e for fs, fe in found)]
    return sorted(kept + [(s, e, "PER") for s, e in found])


_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöü]+-)?[A-ZÄÖÜ]\.$")  # "A.", "Hans-J."


def _with_initials(words: list[str], spans: list[tuple[int, int, str]], lex: Lexicons) -> list[tuple[int, int, str]]:
    """Initials right before a person span belong to the name ("A. Korsakow", "J. K. Rowling"); the model often
    leaves them out or tags a lone "J." as something else, which is dropped. A person span that opens with a given
    name takes no initial: the letter ends a sentence or a label before it ("in Gruppe C. Thomas Müller traf")."""
    starts: dict[int, int] = {}
    for start, _, label in spans:
        k = start
        if label != "PER" or _is_given_name(words[start], lex, False):
            continue
        while k > 0 and _INITIAL.match(words[k - 1]):
            k -= 1
        if k < start:
            starts[start] = k
    if not starts:
        return spans
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label == "PER" and start in starts:
            out.append((starts[start], end, label))
        elif not any(start < old and new < end for old, new in starts.items()):
            out.append((start, end, label))  # (a span reaching into the initials would overlap the person)
    return out


def _adjacent_persons_joined(words: list[str], spans: list[tuple[int, int, str]],
                             lex: Lexicons) -> list[tuple[int, int, str]]:
    """A person span with another person span right after it is one name, unless its last word is a surname: the
    model sometimes closes a rare given name as a name of its own ("Kofi" + "Annan"). A surname is a word that ends
    another person span of the document ("US-Präsident Donald Trump … nachdem Trump Putin angerufen hatte") and is
    no given name; such pairs stay two people. (A surname named only in the pair itself is not told apart.)"""
    person_ends = [words[end - 1] for start, end, label in spans if label == "PER"]
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if out and span[2] == "PER" and out[-1][2] == "PER" and out[-1][1] == span[0]:
            last = words[out[-1][1] - 1]
            if _is_given_name(last, lex, True) or person_ends.count(last) < 2:
                out[-1] = (out[-1][0], span[1], "PER")
                continue
        out.append(span)
    return out


def _name_start(
    words: list[str],
    particle: int,
    label_at: dict[int, tuple[int, int, str]],
    lex: Lexicons,
    loose: bool,
    common_nouns: Callable[[str], bool],
) -> int | None:
    """Where the name before a particle starts: a person span ending at (or inside) the particle, or given names.
    For a particle that is also a preposition the words before it must all be given names."""
    before = label_at.get(particle - 1)
    inside = label_at.get(particle)
    if inside is not None and inside[2] == "PER" and inside[0] < particle:
        before = inside  # the model took the particle but not the surname ("Rafael van")
    if before is not None and before[2] == "PER":
        start = before[0]
        return start if loose or all(_is_given_name(w, lex, False) for w in words[start:particle]) else None
    start = particle
    # a given name that is also a common noun ("am Tage von …") does not start a name the model missed
    while start > 0 and _is_given_name(words[start - 1], lex, loose) and not common_nouns(words[start - 1]):
        other = label_at.get(start - 1)
        if other is not None and (other[1] - other[0] > 1):
            break  # part of a longer entity of another type
        start -= 1
    return start if start < particle else None


def apply_lexicon_rules(doc: Doc, lex: Lexicons) -> Doc:
    """``lexicon_rule_spans`` applied to ``doc.ents``."""
    spans = lexicon_rule_spans([t.text for t in doc], [(e.start, e.end, e.label_) for e in doc.ents], lex)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    return doc


def _known_common_nouns() -> Callable[[str], bool]:
    """Words the morphology model's tag dictionary knows as common nouns or adjectives ("Polizei", "Deutschen")."""
    from lagebild.nlp.morphology import load_tagger

    tagger = load_tagger()
    tagdict, known_forms = tagger.tagdict, tagger.lookup_lemmas
    # also a capitalised word whose lower-case form is a known German word form ("zu Dank", "von Neuem"); nouns of
    # set phrases the tag dictionary lacks ("zu Mittag", "zu Fuß") are whole-word entries of noun_endings.txt
    return lambda word: tagdict.get(word) in ("NN", "ADJA") or word.lower() in known_forms


class EntityRecogniser:
    """Tags each sentence's words with the sequence labeller (POS from lagebild_morphology), then the lexicon rules."""

    def __init__(self, nlp: Language, model_path: Path, lexicon_rules: bool = True) -> None:
        self._labeller = load_labeller(model_path)
        self._lexicons = load_lexicons() if lexicon_rules else None
        self._particles = load_name_particles()
        self._common_nouns = _known_common_nouns()
        self._strings = nlp.vocab.strings
        self._text_of: dict[int, str] = {}
        for label in LABELS:
            nlp.vocab.strings.add(label)

    def _text(self, key: int) -> str:
        text = self._text_of.get(key)
        if text is None:
            text = self._strings[key] if key else "_"
            if len(self._text_of) < 500_000:
                self._text_of[key] = text
        return text

    def _sentences(self, doc: Doc) -> tuple[list[str], list[list[int]]]:
        """All token texts and, per sentence, the indices of its non-space tokens (from arrays: no Token objects)."""
        words, seen, lengths = self._words(doc)
        indices = seen.tolist()
        starts = numpy.cumsum(lengths) - numpy.asarray(lengths, dtype=numpy.intp)
        return words, [indices[s : s + n] for s, n in zip(starts.tolist(), lengths, strict=True)]

    def _words(self, doc: Doc) -> tuple[list[str], numpy.ndarray, list[int]]:
        """All token texts, the indices of the tokens the model sees (whitespace tokens — blanked boilerplate,
        line breaks — are invisible to it) and the number of those in each sentence."""
        if not len(doc):
            return [], numpy.zeros(0, dtype=numpy.intp), []
        table = doc.to_array(["SENT_START", "IS_SPACE"])
        seen = numpy.flatnonzero(table[:, 1] == 0)
        # a sentence without visible tokens adds no sentence (as the token-by-token grouping did)
        sentence_of = numpy.cumsum(table[:, 0] == 1)[seen]
        lengths = numpy.unique(sentence_of, return_counts=True)[1].tolist() if len(seen) else []
        return token_texts(doc), seen, lengths

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from self._tag_batch(list(batch))

    @without_collector  # builds no reference cycles; see gc_pause
    def _tag_batch(self, docs: list[Doc]) -> list[Doc]:
        all_words: list[str] = []
        all_pos: list[str] = []
        all_lengths: list[int] = []
        per_doc: list[tuple[list[str], list[int], int]] = []  # token texts, visible token indices, sentences
        for doc in docs:
            words, seen, lengths = self._words(doc)
            indices = seen.tolist()
            tags = doc.to_array("TAG")[seen].tolist() if len(doc) else []
            all_words += [words[i] for i in indices]
            known = self._text_of.get
            pos = [known(k, "") for k in tags]  # one dict look-up per token; _text fills the misses
            all_pos += pos if "" not in pos else [self._text(k) for k in tags]
            all_lengths += lengths
            per_doc.append((words, indices, len(lengths)))
        found = self._labeller.tag_spans(all_words, all_pos, all_lengths)
        sentence = 0
        for doc, (words, indices, n_sentences) in zip(docs, per_doc, strict=True):
            spans: list[tuple[int, int, str]] = []
            offset = 0
            for k in range(sentence, sentence + n_sentences):
                spans += ((indices[offset + s], indices[offset + e - 1] + 1, label) for s, e, label in found[k])
                offset += all_lengths[k]
            sentence += n_sentences
            if self._lexicons:
                spans = lexicon_rule_spans(words, spans, self._lexicons)
                spans = person_name_spans(words, spans, self._lexicons, self._particles, self._common_nouns)
            # set_ents directly: the ``doc.ents`` setter would build every Span a second time
            doc.set_ents([Span(doc, start, end, label=label) for start, end, label in spans], default="outside")
        return docs

    def spans_reference(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """Each doc's (start, end, label) token spans by the previous (slower) path — token-by-token sentence
        grouping, ``tag_sentences_reference`` — kept as the reference the fast path is tested against."""
        items: list[tuple[list[str], list[str]]] = []
        owners: list[tuple[int, list[int]]] = []
        all_words: list[list[str]] = []
        for d, doc in enumerate(docs):
            table = doc.to_array(["ORTH", "SENT_START", "IS_SPACE"])
            words = [self._text(k) for k in table[:, 0].tolist()]
            sentences: list[list[int]] = []
            current: list[int] = []
            for i, (sent_start, is_space) in enumerate(table[:, 1:].tolist()):
                if sent_start == 1 and current:
                    sentences.append(current)
                    current = []
                if not is_space:
                    current.append(i)
            if current:
                sentences.append(current)
            all_words.append(words)
            tags = [self._text(k) for k in doc.to_array("TAG").tolist()] if len(doc) else []
            for index in sentences:
                items.append(([words[i] for i in index], [tags[i] for i in index]))
                owners.append((d, index))
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        for (d, index), bilou in zip(owners, self._labeller.tag_sentences_reference(items), strict=True):
            found[d].extend((index[s], index[e - 1] + 1, label) for s, e, label in spans_from_bilou(bilou))
        if self._lexicons:
            found = [
                person_name_spans(w, lexicon_rule_spans(w, spans, self._lexicons), self._lexicons, self._particles,
                                  self._common_nouns)
                for w, spans in zip(all_words, found, strict=True)
            ]
        return found


@Language.factory(
    "lagebild_ner", assigns=["doc.ents"], default_config={"model_path": None, "lexicon_rules": True}
)
def make_entity_recogniser(nlp: Language, name: str, model_path: str | None, lexicon_rules: bool) -> EntityRecogniser:
    return EntityRecogniser(nlp, Path(model_path) if model_path else DEFAULT_MODEL, lexicon_rules)
