"""Named entities PER/ORG/LOC/OTH (``doc.ents``) from the committed trained model plus lexicons.

The model (``lagebild/models/ner``, rebuilt by ``lagebild train ner``, recipe in its RECIPE.md) is
spaCy's transition-based NER over a small hash-embedding CNN. Gazetteers from
``lagebild/data/lexicons`` enter the model as lexical features: each list is a spaCy lexeme flag
(``Vocab.add_flag``) that the model embeds next to NORM/PREFIX/SUFFIX/SHAPE, so the model learns how
far to trust a list instead of a hand-written rule overriding it. A user extends a list by adding
lines to the text file; the flags are recomputed when the pipeline is built.

Public helpers used by training, entity canonicalisation and evaluation:

``load_lexicons()``            the parsed lexicon files (``Lexicons``)
``add_lexicon_features(vocab)`` registers the gazetteer flags on a vocabulary
``FEATURE_ATTRS``              the token attributes the model embeds
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from lagebild.errors import ModelMissing
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

    def is_role(self, word: str) -> bool:
        """A role noun: listed, or a capitalised compound ending in a listed ending (Bundesfinanzminister)."""
        if word in self.role_words:
            return True
        if not word[:1].isupper():
            return False
        low = word.casefold()
        return any(low.endswith(e) and len(low) > len(e) + 2 for e in self.role_endings)

    def is_org_word(self, word: str) -> bool:
        if word in self.org_words:
            return True
        if not word[:1].isupper():
            return False
        low = word.casefold()
        return any(low.endswith(e) and len(low) > len(e) + 2 for e in self.org_endings)


def _read_lines(name: str, directory: Path) -> list[str]:
    path = directory / name
    if not path.exists():
        return []
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


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


# Lexeme flag ids 40-45 are free in spaCy (built-in flags end at 18; custom flags may use 19-63).
# They are fixed, not allocated, because the trained model's config names them.
LEXICON_FLAGS: dict[str, int] = {
    "first_name": 40,
    "place": 41,
    "organisation": 42,
    "party": 43,
    "role": 44,
    "org_word": 45,
}
FEATURE_ATTRS: tuple[str, ...] = ("NORM", "PREFIX", "SUFFIX", "SHAPE")
LEXICON_FLAG_ATTRS: tuple[str, ...] = tuple(f"FLAG{flag}" for flag in LEXICON_FLAGS.values())


@dataclass(frozen=True)
class WordClusters:
    """Brown cluster ids keyed by spaCy ORTH hash, as sorted arrays for a vectorised lookup."""

    keys: numpy.ndarray  # sorted uint64 word hashes
    values: numpy.ndarray  # uint64 cluster ids

    def lookup(self, orths: numpy.ndarray) -> numpy.ndarray:
        """Cluster id per ORTH hash (0 for words not in the table)."""
        if not len(self.keys):
            return numpy.zeros(len(orths), dtype="uint64")
        idx = numpy.searchsorted(self.keys, orths).clip(0, len(self.keys) - 1)
        return numpy.where(self.keys[idx] == orths, self.values[idx], numpy.uint64(0)).astype("uint64")


@lru_cache(maxsize=1)
def load_word_clusters(path: Path = LEXICON_DIR / "word_clusters.tsv.gz") -> WordClusters:
    """The Brown clusters of ``word_clusters.tsv.gz`` (see its header)."""
    import gzip

    from spacy.strings import hash_string  # type: ignore[attr-defined]

    table: dict[int, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, _, cluster = line.rstrip("\n").rpartition("\t")
            if word:
                table[hash_string(word)] = int(cluster)
    keys = numpy.fromiter(sorted(table), dtype="uint64", count=len(table))
    values = numpy.fromiter((table[int(k)] for k in keys), dtype="uint64", count=len(table))
    return WordClusters(keys, values)


@registry.architectures("lagebild.LexiconHashEmbed.v1")
def lexicon_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_flags: list[str],
    lexicon_rows: int,
    cluster_rows: int = 0,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed plus ONE embedding of the gazetteer flags packed into a bit pattern
    and (``cluster_rows`` > 0) one of the word's Brown cluster.

    Written here because MultiHashEmbed gives every attribute its own table: six binary flags
    would double the width of the mixing layer, the most expensive step of the tok2vec; and
    spaCy 3 has no cluster attribute any more.
    """
    tables: list[Model] = [HashEmbed(width, n_rows, column=i, seed=7 + i, dropout=0.0) for i, n_rows in enumerate(rows)]
    if lexicon_flags:
        tables.append(HashEmbed(width, lexicon_rows, column=len(tables), seed=7 + len(tables), dropout=0.0))
    if cluster_rows:
        tables.append(HashEmbed(width, cluster_rows, column=len(tables), seed=7 + len(tables), dropout=0.0))
    extractor: Model[list[Doc], list[Ints2d]] = Model(
        "lexicon_features",
        _extract_features,
        attrs={"attrs": list(attrs), "flags": list(lexicon_flags), "clusters": bool(cluster_rows)},
    )
    return chain(
        extractor,
        list2ragged(),
        with_array(concatenate(*tables)),
        with_array(Maxout(width, width * len(tables), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def _extract_features(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    attrs: list[str] = model.attrs["attrs"]
    flags: list[str] = model.attrs["flags"]
    clusters = load_word_clusters() if model.attrs["clusters"] else None
    features = []
    for doc in docs:
        table = doc.to_array([*attrs, *flags, "ORTH"]).astype("uint64")
        columns = [table[:, : len(attrs)]]
        if flags:
            bits = numpy.zeros((len(doc), 1), dtype="uint64")
            for i in range(len(flags)):
                bits[:, 0] |= table[:, len(attrs) + i] << numpy.uint64(i)
            columns.append(bits)
        if clusters is not None:
            columns.append(clusters.lookup(table[:, -1]).reshape(-1, 1))
        features.append(model.ops.asarray2i(numpy.hstack(columns), dtype="uint64"))  # type: ignore[arg-type]
    return features, lambda d_features: []


def lexicon_getters(lex: Lexicons) -> dict[str, Callable[[str], bool]]:
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


def add_lexicon_features(vocab: Vocab, lexicons: Lexicons | None = None) -> None:
    """Register the gazetteer flags on ``vocab`` (for existing and future lexemes)."""
    getters = lexicon_getters(lexicons or load_lexicons())
    for name, flag_id in LEXICON_FLAGS.items():
        vocab.add_flag(getters[name], flag_id=flag_id)


def apply_lexicon_rules(doc: Doc, lex: Lexicons) -> Doc:
    """Corrections the lists make certain, after the model ("Siemens AG" tagged PER → ORG).

    - a span ending in a legal form or organisation word (AG, GmbH, e.V., -ministerium) is an ORG;
    - a span that is exactly a listed party or organisation is an ORG;
    - a listed party or organisation the model missed (a token outside every span) becomes an ORG.
    """
    from spacy.tokens import Span

    known_orgs = lex.organisations | frozenset(lex.parties)
    spans: list[Span] = []
    covered: set[int] = set()
    for ent in doc.ents:
        label = ent.label_
        if ent.text in known_orgs or (len(ent) > 1 and lex.is_org_word(ent[-1].text)):
            label = "ORG"
        spans.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
        covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i not in covered and token.text in known_orgs and token.text[:1].isupper():
            spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


class EntityRecogniser:
    """Runs the trained NER model (sharing the pipeline's vocabulary) on a Doc, then the lexicon rules."""

    def __init__(self, nlp: Language, model_path: Path, lexicon_rules: bool = True) -> None:
        import spacy

        if not (model_path / "config.cfg").exists():
            raise ModelMissing(str(model_path), "rebuild it with `lagebild train ner`")
        add_lexicon_features(nlp.vocab)
        self._model = spacy.load(model_path, vocab=nlp.vocab)
        self._ner: Any = self._model.get_pipe("ner")
        self._lexicons = load_lexicons() if lexicon_rules else None
        load_word_clusters()  # read once now rather than inside the first document
        for label in LABELS:
            nlp.vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        doc = self._ner(doc)
        return apply_lexicon_rules(doc, self._lexicons) if self._lexicons else doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in self._ner.pipe(docs, batch_size=batch_size):
            yield apply_lexicon_rules(doc, self._lexicons) if self._lexicons else doc


@Language.factory(
    "lagebild_ner", assigns=["doc.ents"], default_config={"model_path": None, "lexicon_rules": True}
)
def make_entity_recogniser(nlp: Language, name: str, model_path: str | None, lexicon_rules: bool) -> EntityRecogniser:
    return EntityRecogniser(nlp, Path(model_path) if model_path else DEFAULT_MODEL, lexicon_rules)
