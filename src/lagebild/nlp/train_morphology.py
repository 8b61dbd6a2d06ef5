"""Rebuilds the committed POS/lemma model ``data/morph/tagger.json.gz`` (``lagebild train morphology``).

Recipe (all inputs are packaged or in LAGEBILD_DATA; never a test split):

1. Silver STTS tags and lemmas: HanTa's packaged TIGER-trained model (``morphmodel_ger.pgz``) tags the
   pre-tokenised sentences of GermEval 2014 **dev** (CC BY 4.0) and europeana-ner-de (historic newspapers,
   CC0). HanTa is far too slow for run time (~2k words/s) but fine as an offline teacher. The
   german-news-quotes text is deliberately NOT used: it is CC BY-NC-SA, and a tagger trained on it would
   inherit that licence.
2. Gold: UD German-GSD **dev** (UPOS, STTS, lemma), weighted up because it is hand-checked and defines
   the UPOS conventions (e.g. AUX vs VERB, PROPN for NN-tagged names).
3. A greedy averaged perceptron (features: word, affixes, shape, Brown word cluster from
   ``data/lexicons/word_clusters.tsv.gz``, neighbouring words and previous tags) learns STTS from 1+2.
   Frequent, unambiguous words go into a tag dictionary and skip the model at run time (this is where most
   of the speed comes from).
4. UPOS = f(word, STTS) learnt from GSD dev, except for the STTS tags in ``REFINE_XPOS`` (NN, PDS, PTKVZ, …),
   where a second averaged perceptron trained on GSD dev's gold UPOS decides in context (GSD tags the nouns
   of names PROPN: "Europäische Union", "IG Metall"); lemmas from GSD dev, then HanTa's lemmas, then
   spacy-lookups-data's German lemma table (all baked into the artifact, so neither HanTa nor
   spacy-lookups-data is needed at run time).

The perceptron is written by hand because no installed library offers a fast CPU tagger that runs
without a model hub; spaCy's trainable tagger was measured too slow for the 25k words/s budget.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lagebild.datafiles import file_sha256
from lagebild.progress import Progress, no_progress
from lagebild.settings import PACKAGE_DATA, data_path

MORPH_DIR = PACKAGE_DATA / "morph"
MODEL_FILE = MORPH_DIR / "tagger.json.gz"
RECIPE_FILE = MORPH_DIR / "RECIPE.md"

GOLD_WEIGHT = 3  # GSD dev sentences are seen this many times per epoch
EPOCHS = 6
SEED = 13
TAGDICT_MIN_COUNT = 15
TAGDICT_MAX_AMBIGUITY = 0.02
WEIGHT_PRUNE = 0.05  # averaged weights smaller than this are dropped (keeps the artifact small)
UPOS_EPOCHS = 10
# STTS tags whose UPOS GSD splits by context (NN: NOUN, or PROPN inside names like "Europäische Union";
# PDS/PIS: PRON or DET; PTKVZ: ADP or ADV; KOKOM/KOUS: SCONJ, CCONJ or ADP): the UPOS refiner decides these,
# every other tag maps to UPOS through a table. Chosen on held-out GSD dev: refining NE, ADJA, ADV, ADJD, CARD
# and verbs did not help (verbs keep the participle rule in morphology.py) and costs speed.
REFINE_XPOS = ("NN", "PDS", "PIS", "PIAT", "PDAT", "PTKVZ", "KOKOM", "KOUS", "KOUI")


@dataclass(frozen=True)
class Word:
    """One syntactic word of an annotated sentence (multiword tokens like "zum" are expanded to "zu dem")."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str


def read_conllu(path: Path) -> Iterator[list[Word]]:
    """Sentences of syntactic words; range lines (multiword tokens) and empty nodes are skipped."""
    sentence: list[Word] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 6 or "-" in cols[0] or "." in cols[0]:
                continue
            sentence.append(Word(cols[1], cols[2], cols[3], cols[4], cols[5]))
    if sentence:
        yield sentence


# --------------------------------------------------------------------------- features


@lru_cache(maxsize=100_000)
def shape_of(word: str) -> str:
    """A coarse word shape: X for upper, x for lower, d for digit, the char itself otherwise; runs collapsed."""
    out: list[str] = []
    for ch in word[:8]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def features(
    words: list[str], lowers: list[str], i: int, prev: str, prev2: str, initial: bool, cluster: str = "-"
) -> list[str]:
    """The perceptron's features for word i (must be identical in training and tagging). ``cluster`` is the
    word's Brown cluster (see :func:`word_cluster`): it tells names from nouns for words the training data lacks."""
    w = words[i]
    lw = lowers[i]
    n = len(words)
    nxt = lowers[i + 1] if i + 1 < n else "</s>"
    nxt2 = lowers[i + 2] if i + 2 < n else "</s>"
    prv = lowers[i - 1] if i > 0 else "<s>"
    return [
        "b",
        "w" + lw,
        "s3" + lw[-3:],
        "s2" + lw[-2:],
        "s4" + lw[-4:],
        "p2" + lw[:2],
        "sh" + shape_of(w) + ("I" if initial else ""),
        "t" + prev,
        "tt" + prev + "|" + prev2,
        "tw" + prev + "|" + lw,
        "pw" + prv,
        "ps" + prv[-3:],
        "nw" + nxt,
        "ns" + nxt[-3:],
        "n2" + nxt2,
        "c" + cluster,
        "cs" + cluster + shape_of(w),
    ]


def word_cluster(word: str, clusters: dict[str, int]) -> str:
    """The Brown cluster id of a word (cased form first, then lower case) as a feature value; "-" if unknown."""
    found = clusters.get(word)
    if found is None:
        found = clusters.get(word.lower())
    return "-" if found is None else str(found)


def load_clusters() -> dict[str, int]:
    """The shared word clusters (data/lexicons/word_clusters.tsv.gz); the tagger must be retrained if they change."""
    from lagebild.nlp.ner import load_word_clusters

    return load_word_clusters()


_NONFINITE_VERB = ("VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF")


def verb_context(xposes: list[str], i: int, end: int) -> str:
    """For AUX vs VERB (GSD: sein/haben/werden/modals are AUX only with a dependent verb): which non-finite
    verb follows in the rest of the sentence — "P" participle, "I" bare infinitive, "Z" zu-infinitive, "-" none."""
    for k in range(i + 1, end):
        x = xposes[k]
        if x in _NONFINITE_VERB:
            if x.endswith("INF") and xposes[k - 1] == "PTKZU":
                return "Z"
            return "P" if x.endswith("PP") else "I"
        if x == "VVIZU":
            return "Z"
    return "-"


def upos_features(
    words: list[str], lowers: list[str], xposes: list[str], i: int, end: int, initial: bool, cluster: str
) -> list[str]:
    """Features of the UPOS refiner for word i with STTS tag xposes[i]; every feature is conjoined with the tag."""
    x = xposes[i]
    w = words[i]
    lw = lowers[i]
    prv = lowers[i - 1] if i > 0 and not initial else "<s>"
    nxt = lowers[i + 1] if i + 1 < end else "</s>"
    px = xposes[i - 1] if i > 0 and not initial else "<s>"
    nx = xposes[i + 1] if i + 1 < end else "</s>"
    # Capitalised neighbours mark multiword names ("Europäische Union", "IG Metall"), which GSD tags PROPN.
    caps = ("C" if prv[:1] != words[i - 1][:1] else "l") if px != "<s>" else "S"
    caps += ("C" if nxt[:1] != words[i + 1][:1] else "l") if nx != "</s>" else "E"
    feats = [
        "b" + x,
        "w" + x + lw,
        "px" + x + px,
        "nx" + x + nx,
        "pnx" + px + x + nx,
        "pw" + x + prv,
        "nw" + x + nxt,
        "c" + x + cluster,
        "sh" + x + shape_of(w) + ("I" if initial else "") + caps,
        "s3" + x + lw[-3:],
    ]
    if x[0] == "V":
        feats.append("v" + x + verb_context(xposes, i, end) + lw)
        feats.append("vc" + x + verb_context(xposes, i, end))
    return feats


class AveragedPerceptron:
    """Greedy averaged perceptron over string features (training side)."""

    def __init__(self, classes: Iterable[str]) -> None:
        self.classes = sorted(set(classes))
        self.weights: dict[str, dict[str, float]] = {}
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self.i = 0

    def predict(self, feats: list[str]) -> str:
        scores: dict[str, float] = defaultdict(float)
        for f in feats:
            ws = self.weights.get(f)
            if ws:
                for c, v in ws.items():
                    scores[c] += v
        return max(self.classes, key=lambda c: (scores[c], c))

    def update(self, truth: str, guess: str, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            ws = self.weights.setdefault(f, {})
            for c, d in ((truth, 1.0), (guess, -1.0)):
                w = ws.get(c, 0.0)
                key = (f, c)
                self._totals[key] += (self.i - self._stamps[key]) * w
                self._stamps[key] = self.i
                ws[c] = w + d

    def averaged(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for f, ws in self.weights.items():
            kept: dict[str, float] = {}
            for c, w in ws.items():
                key = (f, c)
                total = self._totals[key] + (self.i - self._stamps[key]) * w
                avg = round(total / max(self.i, 1), 3)
                if abs(avg) >= WEIGHT_PRUNE:
                    kept[c] = avg
            if kept:
                out[f] = kept
        return out


# --------------------------------------------------------------------------- silver data

# HanTa's tag spellings → the STTS variant UD German-GSD uses (so silver and gold tags agree).
_HANTA_TAG_FIX = {"NNA": "NN", "NNI": "NN", "PROAV": "PAV", "$": "$(", "PPOSS": "PPOSAT"}


def _hanta_stts(tag: str) -> str:
    """HanTa writes 'VV(FIN)' and 'ADJ(A)'; STTS is 'VVFIN', 'ADJA'. '$(' stays as it is."""
    if tag.endswith(")") and "(" in tag and not tag.startswith("$"):
        tag = tag.replace("(", "").replace(")", "")
    return _HANTA_TAG_FIX.get(tag, tag)


EUROPEANA_FILES = ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio")
MAX_SILVER_SENTENCE = 60  # europeana "sentences" can run for hundreds of OCR tokens


def _europeana_sentences() -> list[list[str]]:
    """Token lists from europeana-ner-de (``token TAG`` lines, ``#`` comments, blank lines between sentences)."""
    sentences: list[list[str]] = []
    for name in EUROPEANA_FILES:
        current: list[str] = []
        with data_path("europeana-ner-de", name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                token = line.rstrip("\n").rsplit(" ", 1)[0].strip()
                if not token:
                    if current:
                        sentences.append(current)
                    current = []
                    continue
                current.append(token)
                if len(current) >= MAX_SILVER_SENTENCE:
                    sentences.append(current)
                    current = []
        if current:
            sentences.append(current)
    return sentences


def _raw_sentences(progress: Progress) -> list[list[str]]:
    sentences: list[list[str]] = _europeana_sentences()
    current: list[str] = []
    with data_path("germeval2014-ner", "NER-de-dev.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                if current:
                    sentences.append(current)
                current = []
                continue
            current.append(cols[1])
    if current:
        sentences.append(current)
    progress("read raw sentences", len(sentences), len(sentences))
    return sentences


def silver_sentences(progress: Progress, cache: Path | None = None) -> list[list[tuple[str, str, str]]]:
    """(form, STTS, lemma) per word from HanTa; cached to ``cache`` when given (HanTa takes minutes)."""
    if cache is not None and cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            return [[(w, _hanta_stts(t), lem) for w, t, lem in s] for s in json.load(fh)]
    from HanTa import HanoverTagger as ht  # offline only

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    raw = _raw_sentences(progress)
    out: list[list[tuple[str, str, str]]] = []
    for k, sent in enumerate(raw):
        tagged = tagger.tag_sent(sent, taglevel=1)
        out.append([(w, _hanta_stts(t), lem) for w, lem, t in tagged])
        if k % 200 == 0:
            progress("HanTa silver tags", k, len(raw))
    if cache is not None:
        with gzip.open(cache, "wt", encoding="utf-8") as fh:
            json.dump(out, fh)
    return out


# --------------------------------------------------------------------------- lemma lexicon


def _spacy_lemma_table() -> dict[str, str]:
    import spacy_lookups_data  # offline only

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


def coarse(stts: str) -> str:
    """The lemma lexicon's key class: lemmas depend on the word class, not on the fine STTS tag."""
    if stts.startswith("V"):
        return "V"
    if stts in ("NN", "NE"):
        return "N"
    if stts.startswith("ADJ"):
        return "A"
    return "O"



def train_morphology(
    output: Path | None = None,
    progress: Progress = no_progress,
    cache: Path | None = None,
    gold: list[list[Word]] | None = None,
) -> str:
    """Build the tagger artifact; returns a one-line summary. ``gold`` replaces GSD dev (for held-out experiments)."""
    if gold is None:
        gold = list(read_conllu(data_path("ud-german-gsd", "de_gsd-ud-dev.conllu")))
    silver = silver_sentences(progress, cache)

    # Training examples (form, stts).
    examples: list[list[tuple[str, str]]] = [[(w, t) for w, t, _ in s] for s in silver]
    examples += [[(w.form, w.xpos) for w in s] for s in gold if all(w.xpos != "_" for w in s)] * GOLD_WEIGHT

    # Tag dictionary: frequent words that (almost) always carry one tag.
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in examples:
        for w, t in s:
            counts[w][t] += 1
    tagdict: dict[str, str] = {}
    for w, c in counts.items():
        tag, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= TAGDICT_MIN_COUNT and 1 - n / total <= TAGDICT_MAX_AMBIGUITY:
            tagdict[w] = tag

    clusters = load_clusters()
    classes = {t for s in examples for _, t in s}
    model = AveragedPerceptron(classes)
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        correct = total = 0
        for k, idx in enumerate(order):
            sent = examples[idx]
            words = [w for w, _ in sent]
            lowers = [w.lower() for w in words]
            prev, prev2 = "<s>", "<s2>"
            for i, (_w, truth) in enumerate(sent):
                guess = tagdict.get(words[i])
                if guess is None:
                    feats = features(words, lowers, i, prev, prev2, i == 0, word_cluster(words[i], clusters))
                    guess = model.predict(feats)
                    model.update(truth, guess, feats)
                correct += guess == truth
                total += 1
                prev2, prev = prev, guess
            if k % 2000 == 0:
                progress(f"perceptron epoch {epoch + 1}/{EPOCHS}", k, len(order))
        progress(f"perceptron epoch {epoch + 1} train acc {correct / max(total, 1):.4f}", len(order), len(order))
    weights = model.averaged()

    # UPOS from (word, STTS) and from STTS alone, learnt on GSD dev.
    upos_by_xpos: dict[str, Counter[str]] = defaultdict(Counter)
    upos_by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for gold_sentence in gold:
        for word in gold_sentence:
            upos_by_xpos[word.xpos][word.upos] += 1
            upos_by_word[word.form.lower() + "\t" + word.xpos][word.upos] += 1
    xpos_upos = {x: c.most_common(1)[0][0] for x, c in upos_by_xpos.items()}
    word_upos = {
        key: votes.most_common(1)[0][0]
        for key, votes in upos_by_word.items()
        if votes.most_common(1)[0][0] != xpos_upos.get(key.split("\t")[1]) and votes.most_common(1)[0][1] >= 2
    }

    # Lemmas: GSD dev gold > HanTa silver (majority) > spaCy lookups; keyed by form + coarse class.
    lemma_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for silver_sentence in silver:
        for form, t, lem in silver_sentence:
            if lem and lem != form:
                lemma_votes[form + "\t" + coarse(t)][lem] += 1
    for gold_sentence in gold:
        for word in gold_sentence:
            if word.lemma != "_":
                lemma_votes[word.form + "\t" + coarse(word.xpos)][word.lemma] += 100
    for silver_sentence in silver:  # identity votes count too ("er" → "er", "bereit" → "bereit")
        for form, t, lem in silver_sentence:
            if lem == form:
                lemma_votes[form + "\t" + coarse(t)][lem] += 1
    lookup = {f: lem for f, lem in _spacy_lemma_table().items() if f != lem}
    lemmas: dict[str, str] = {}
    for key, votes in lemma_votes.items():
        best = votes.most_common(1)[0][0]
        key_form = key.split("\t")[0]
        # Identity lemmas are only stored where they must override the lookup table (keeps the file small).
        if best != key_form or key_form in lookup or key_form.lower() in lookup:
            lemmas[key] = best

    refine_xpos = sorted(REFINE_XPOS)
    upos_weights, upos_classes = _train_upos_refiner(
        gold, set(refine_xpos), tagdict, weights, sorted(classes), clusters, progress
    )

    artifact = {
        "version": 3,
        "refine_xpos": refine_xpos,
        "classes": sorted(classes),
        "tagdict": tagdict,
        "xpos_upos": xpos_upos,
        "word_upos": word_upos,
        "lemmas": lemmas,
        "lookup_lemmas": lookup,
    }
    out = output or MODEL_FILE
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(artifact, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    write_weights(weights, sorted(classes), weights_path(out))
    write_weights(upos_weights, upos_classes, upos_weights_path(out))
    n_silver = sum(len(s) for s in silver)
    n_gold = sum(len(s) for s in gold)
    summary = (
        f"wrote {out} ({out.stat().st_size // 1024} KiB) + {weights_path(out).name} "
        f"({weights_path(out).stat().st_size // 1024} KiB) + {upos_weights_path(out).name} "
        f"({upos_weights_path(out).stat().st_size // 1024} KiB): {len(weights)} features, "
        f"{len(upos_weights)} UPOS-refiner features, {len(tagdict)} tag-dict words, "
        f"{len(lemmas)} lemma entries, {len(lookup)} lookup lemmas; trained on {n_silver} silver + {n_gold} gold words"
    )
    if output is None:
        _write_recipe(summary.replace(str(out), "data/morph/" + out.name))
    return summary


def _train_upos_refiner(
    gold: list[list[Word]],
    refine_xpos: set[str],
    tagdict: dict[str, str],
    weights: dict[str, dict[str, float]],
    stts_classes: list[str],
    clusters: dict[str, int],
    progress: Progress,
) -> tuple[dict[str, dict[str, float]], list[str]]:
    """A second averaged perceptron, trained on GSD dev's gold UPOS for the words whose *predicted* STTS tag
    (as the run-time tagger assigns it) is in ``refine_xpos``; learns GSD's conventions in context."""
    import numpy

    from lagebild.nlp.morphology import TaggerModel

    names = sorted(weights)
    matrix = numpy.zeros((len(names) + 1, len(stts_classes)), dtype="float32")  # last row: unknown features
    class_index = {c: k for k, c in enumerate(stts_classes)}
    for row, f in enumerate(names):
        for c, v in weights[f].items():
            matrix[row, class_index[c]] = v
    tagger = TaggerModel(
        tagdict=tagdict,
        feature_rows={f: k for k, f in enumerate(names)},
        matrix=matrix,
        classes=stts_classes,
        xpos_upos={},
        word_upos={},
        lemmas={},
        lookup_lemmas={},
        clusters=clusters,
    )
    examples: list[tuple[list[str], str]] = []
    for sent in gold:
        words = [w.form for w in sent]
        lowers = [w.lower() for w in words]
        initial = [True] + [False] * (len(words) - 1)
        xposes = tagger.tag(words, initial)
        for i, word in enumerate(sent):
            if xposes[i] in refine_xpos:
                cluster = word_cluster(words[i], clusters)
                examples.append((upos_features(words, lowers, xposes, i, len(words), i == 0, cluster), word.upos))
    model = AveragedPerceptron({upos for _, upos in examples})
    rng = random.Random(SEED)
    for epoch in range(UPOS_EPOCHS):
        rng.shuffle(examples)
        for feats, truth in examples:
            model.update(truth, model.predict(feats), feats)
        progress(f"UPOS refiner epoch {epoch + 1}/{UPOS_EPOCHS}", epoch + 1, UPOS_EPOCHS)
    return model.averaged(), model.classes


def upos_weights_path(model_file: Path) -> Path:
    """The UPOS refiner's weights (same layout as :func:`weights_path`)."""
    return model_file.with_name(model_file.name.replace(".json.gz", "") + ".upos.npz")


def weights_path(model_file: Path) -> Path:
    """The perceptron weights live beside the lexicon file as a numpy matrix (loads in milliseconds)."""
    return model_file.with_name(model_file.name.replace(".json.gz", "") + ".weights.npz")


def write_weights(weights: dict[str, dict[str, float]], classes: list[str], path: Path) -> None:
    import numpy

    class_index = {c: k for k, c in enumerate(classes)}
    names = sorted(weights)
    matrix = numpy.zeros((len(names), len(classes)), dtype="float16")
    for row, f in enumerate(names):
        for c, v in weights[f].items():
            matrix[row, class_index[c]] = v
    numpy.savez_compressed(path, features=numpy.array(names), matrix=matrix, classes=numpy.array(classes))


def _write_recipe(summary: str) -> None:
    inputs = {
        **{f"europeana-ner-de/{n}": data_path("europeana-ner-de", n) for n in EUROPEANA_FILES},
        "(package) data/lexicons/word_clusters.tsv.gz": PACKAGE_DATA / "lexicons" / "word_clusters.tsv.gz",
        "germeval2014-ner/NER-de-dev.tsv": data_path("germeval2014-ner", "NER-de-dev.tsv"),
        "ud-german-gsd/de_gsd-ud-dev.conllu": data_path("ud-german-gsd", "de_gsd-ud-dev.conllu"),
    }
    lines = [
        "# How data/morph/tagger.json.gz is built",
        "",
        "`lagebild train morphology` (src/lagebild/nlp/train_morphology.py) rebuilds it deterministically",
        "(fixed seed) from these inputs (sha256, first 16 hex digits) plus HanTa's packaged `morphmodel_ger.pgz`",
        "and spacy-lookups-data's `de_lemma_lookup.json.gz` (install the `train` extra). The STTS tagger and the",
        "UPOS refiner (`tagger.upos.npz`) use the word clusters of `data/lexicons/word_clusters.tsv.gz` as features,",
        "so retrain after that file changes.",
        "",
    ]
    lines += [f"- `{name}` {file_sha256(path)[:16]}" for name, path in inputs.items()]
    lines += [
        "",
        "Last build: " + summary,
        "",
        "Scores: `lagebild eval tagging` (the last measured line is in evaluation/gates.toml, [tagging]).",
        "",
    ]
    RECIPE_FILE.write_text("\n".join(lines), encoding="utf-8")
