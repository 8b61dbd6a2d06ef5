"""The reproducible recipe behind the committed NER model (``lagebild train ner``).

Training data: GermEval 2014 **dev** (outer column; -deriv/-part → O, since "deutschen" is not a
named entity for our purposes) plus europeana-ner-de (historic newspapers, PER/LOC/ORG, CC0).
Every tenth GermEval dev sentence is held out for model selection (best epoch, early stopping); the
committed weights are then refit on all of dev for that many epochs (``NerSettings.refit_all``).
GermEval **test** is never read here; it is only used by ``lagebild eval ner``.

The model is the BILOU sequence labeller of ``lagebild.nlp.ner`` trained as an averaged structured
perceptron: Viterbi-decode each training sentence with the current weights and, where the best
path differs from the gold one, add the gold path's features and subtract the predicted path's.
The STTS tags it uses come from the committed ``lagebild_morphology`` model run on the gold words.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from lagebild.datafiles import file_sha256
from lagebild.nlp.ner import (
    DEFAULT_MODEL,
    LABELS,
    LEXICON_DIR,
    TAGS,
    FeatureExtractor,
    allowed_transitions,
    bilou_from_iob,
    entity_word_table,
    load_lexicons,
    load_word_clusters,
    save_labeller,
    spans_from_bilou,
    viterbi,
    write_entity_words,
)
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path

Sentence = tuple[list[str], list[str]]  # words, IOB tags (PER/ORG/LOC/OTH only)


@dataclass(frozen=True)
class NerSettings:
    """Training schedule and data mix; the defaults are what the committed model was trained with."""

    min_count: int = 3  # features seen fewer times in training are dropped (smaller model, less overfitting)
    europeana: bool = True
    europeana_share: float = 0.5  # every 2nd europeana passage with entities (ties all of them on held-out)
    max_epochs: int = 20
    patience: int = 4
    prune: float = 0.01  # features whose averaged weights all stay below this are not written
    # > 1: a word → entity type gazetteer from the training data, jackknifed over this many folds (0: none;
    # it did not help on held-out dev, see RECIPE.md)
    entity_word_folds: int = 0
    # After the held-out tenth has chosen the epoch count, train again on all of GermEval dev for that many
    # epochs: 10 % more in-domain data for a 2,200-sentence corpus (5-fold CV: see COMPARISON.md).
    refit_all: bool = True
    seed: int = 0


def _outer_tag(tag: str) -> str:
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    return tag


def read_germeval(path: Path, column: int = 2) -> list[Sentence]:
    """GermEval 2014 TSV (index, word, outer tag, inner tag); ``column`` 2 = outer level, tags as in the file."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#") and "\t" in line and not line.split("\t")[0].isdigit():
                continue
            if not line.strip():
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            parts = line.split("\t")
            if len(parts) <= column:
                continue
            words.append(parts[1])
            tags.append(parts[column])
    if words:
        sentences.append((words, tags))
    return sentences


_EUROPEANA_TAG = re.compile(r"^([BI])[^A-Za-z]?([A-Za-z]+)$")


def _normalise_europeana_tag(tag: str) -> str:
    """The OCR corpus has typos in its tags ("B_PER", "B.PER", "B-PEr"); anything else becomes O."""
    m = _EUROPEANA_TAG.match(tag)
    if not m or m.group(2).upper() not in LABELS:
        return "O"
    return f"{m.group(1)}-{m.group(2).upper()}"


def read_europeana(path: Path, max_len: int = 60) -> list[Sentence]:
    """europeana-ner-de ``word TAG`` lines; the files have few sentence breaks, so split at sentence ends."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        nonlocal words, tags
        if words:
            sentences.append((words, tags))
        words, tags = [], []

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# "):
                flush()
                continue
            parts = line.split()
            if len(parts) != 2:
                flush()
                continue
            word, tag = parts
            tag = _normalise_europeana_tag(tag)
            words.append(word)
            tags.append(tag)
            if (word in {".", "!", "?"} and tag == "O") or len(words) >= max_len:
                flush()
    flush()
    return sentences


def _clean_iob(tags: list[str]) -> list[str]:
    """Outer level, -deriv/-part → O, and an I- without a matching predecessor becomes B-."""
    out: list[str] = []
    for tag in tags:
        tag = _outer_tag(tag)
        if tag.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def make_examples(nlp: Language, sentences: list[Sentence]) -> list[Example]:
    examples = []
    for words, tags in sentences:
        predicted = Doc(nlp.vocab, words=words)
        reference = Doc(nlp.vocab, words=words, ents=_clean_iob(tags))
        examples.append(Example(predicted, reference))
    return examples



def default_training_files() -> tuple[Path, list[Path]]:
    germeval = data_path("germeval2014-ner", "NER-de-dev.tsv")
    europeana_dir = data_path("europeana-ner-de")
    return germeval, sorted(europeana_dir.glob("*.bio"))


def pos_tags(sentences: list[list[str]], progress: Progress = no_progress) -> list[list[str]]:
    """STTS tags of gold-tokenised sentences from the committed sentence + morphology components."""
    from lagebild.nlp.pipeline import build_pipeline

    nlp = build_pipeline(components=("lagebild_sentences", "lagebild_morphology"))
    out: list[list[str]] = []
    for k, words in enumerate(sentences):
        doc = Doc(nlp.vocab, words=words)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        out.append([t.tag_ or "_" for t in doc])
        if k % 500 == 0:
            progress("train ner (POS tags)", k, len(sentences))
    return out


@dataclass
class _Encoded:
    flat: numpy.ndarray  # feature rows of all words
    offsets: numpy.ndarray  # start of each word's rows in ``flat``
    gold: numpy.ndarray  # gold tag index per word


def _encode(strings: list[list[str]], rows: dict[str, int], gold: list[str]) -> _Encoded:
    flat: list[int] = []
    offsets: list[int] = []
    for feats in strings:
        offsets.append(len(flat))
        flat += [r for r in map(rows.get, feats) if r is not None]
    tag_index = {t: i for i, t in enumerate(TAGS)}
    return _Encoded(numpy.array(flat, dtype=numpy.int64), numpy.array(offsets, dtype=numpy.int64),
                    numpy.array([tag_index[t] for t in gold], dtype=numpy.int64))


def _emissions(weights: numpy.ndarray, enc: _Encoded) -> numpy.ndarray:
    return numpy.add.reduceat(weights[enc.flat], enc.offsets, axis=0)


class _Perceptron:
    """Averaged structured perceptron (Collins 2002) with the lazy-averaging trick: ``acc`` sums
    step × update, so the average is ``w - acc / steps`` without touching every weight every step."""

    def __init__(self, n_features: int) -> None:
        n_tags = len(TAGS)
        self.w = numpy.zeros((n_features, n_tags))
        self.acc = numpy.zeros((n_features, n_tags))
        self.t = numpy.zeros((n_tags + 1, n_tags))
        self.t_acc = numpy.zeros((n_tags + 1, n_tags))
        self.mask = numpy.where(allowed_transitions(), 0.0, -numpy.inf)
        self.steps = 1

    def transitions(self, t: numpy.ndarray) -> numpy.ndarray:
        return t + self.mask

    def learn(self, enc: _Encoded) -> None:
        pred = numpy.array(viterbi(_emissions(self.w, enc), self.transitions(self.t)), dtype=numpy.int64)
        gold = enc.gold
        if not numpy.array_equal(pred, gold):
            ends = numpy.append(enc.offsets[1:], len(enc.flat))
            for i in numpy.flatnonzero(pred != gold):
                rows = enc.flat[enc.offsets[i] : ends[i]]
                for tag, sign in ((gold[i], 1.0), (pred[i], -1.0)):
                    numpy.add.at(self.w, (rows, tag), sign)
                    numpy.add.at(self.acc, (rows, tag), sign * self.steps)
            start = len(TAGS)
            gold_prev = numpy.concatenate([[start], gold[:-1]])
            pred_prev = numpy.concatenate([[start], pred[:-1]])
            for a, b, sign in ((gold_prev, gold, 1.0), (pred_prev, pred, -1.0)):
                numpy.add.at(self.t, (a, b), sign)
                numpy.add.at(self.t_acc, (a, b), sign * self.steps)
        self.steps += 1

    def averaged(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        return self.w - self.acc / self.steps, self.t - self.t_acc / self.steps


def _span_f1(weights: numpy.ndarray, transitions: numpy.ndarray, encoded: list[_Encoded]) -> float:
    tp = n_pred = n_gold = 0
    for enc in encoded:
        pred = set(spans_from_bilou([TAGS[k] for k in viterbi(_emissions(weights, enc), transitions)]))
        gold = set(spans_from_bilou([TAGS[k] for k in enc.gold]))
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def _frequent_features(strings: list[list[list[str]]], min_count: int) -> list[str]:
    """Feature strings seen at least ``min_count`` times, in first-seen order (deterministic rows)."""
    counts: dict[str, int] = {}
    for sentence in strings:
        for feats in sentence:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
    return [f for f, c in counts.items() if c >= min_count]


def _fit(
    encoded: list[_Encoded], n_features: int, epochs: int, rng: random.Random, progress: Progress
) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Averaged perceptron weights after a fixed number of epochs (no held-out data left to stop on)."""
    model = _Perceptron(n_features)
    order = list(range(len(encoded)))
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for k in order:
            model.learn(encoded[k])
        progress("train ner (refit on all of dev)", epoch, epochs)
    return model.averaged()


def train_ner(
    output: Path | None = None,
    progress: Progress = no_progress,
    settings: NerSettings | None = None,
    germeval: Path | None = None,
    europeana: list[Path] | None = None,
) -> str:
    """Train the NER model and write it (with RECIPE.md) to ``output`` (default: the package's models/ner).

    Returns a one-line summary with the held-out F1 and training time.
    """
    settings = settings or NerSettings()
    if germeval is None:
        germeval, default_europeana = default_training_files()
        if europeana is None:
            europeana = default_europeana
    europeana = (europeana or []) if settings.europeana else []
    output = output or DEFAULT_MODEL
    rng = random.Random(settings.seed)
    started = time.perf_counter()

    dev_sentences = read_germeval(germeval)
    held_out = [s for i, s in enumerate(dev_sentences) if i % 10 == 0]
    train_sentences = [s for i, s in enumerate(dev_sentences) if i % 10 != 0]
    for path in europeana:
        # Only passages with entities: the historic OCR text is mostly noise for modern news.
        passages = [s for s in read_europeana(path) if any(t != "O" for t in s[1])]
        step = max(1, round(1 / settings.europeana_share)) if settings.europeana_share > 0 else len(passages) + 1
        train_sentences.extend(passages[::step])

    lexicons, clusters = load_lexicons(), load_word_clusters()
    all_sentences = train_sentences + held_out
    tags = pos_tags([w for w, _ in all_sentences], progress)
    folds = settings.entity_word_folds
    cleaned = [(w, _clean_iob(t)) for w, t in train_sentences]
    entity_words = entity_word_table(cleaned) if folds else {}
    extractor = FeatureExtractor(lexicons, clusters, entity_words)  # as at run time
    fold_extractors = [
        FeatureExtractor(lexicons, clusters, entity_word_table(s for i, s in enumerate(cleaned) if i % folds != k))
        for k in range(folds)
    ]
    strings = [
        (fold_extractors[k % folds] if k < len(train_sentences) and folds else extractor).sentence_strings(w, t)
        for k, ((w, _), t) in enumerate(zip(all_sentences, tags, strict=True))
    ]
    gold = [bilou_from_iob(_clean_iob(t)) for _, t in all_sentences]
    names = _frequent_features(strings[: len(train_sentences)], settings.min_count)
    rows = {f: i for i, f in enumerate(names)}
    encoded = [_encode(s, rows, g) for s, g in zip(strings, gold, strict=True)]
    train_enc, held_enc = encoded[: len(train_sentences)], encoded[len(train_sentences) :]

    model = _Perceptron(len(names))
    best_f1, best_epoch = -1.0, 0
    best: tuple[numpy.ndarray, numpy.ndarray] | None = None
    history: list[dict[str, float]] = []
    order = list(range(len(train_enc)))
    for epoch in range(1, settings.max_epochs + 1):
        rng.shuffle(order)
        for k in order:
            model.learn(train_enc[k])
        weights, transitions = model.averaged()
        f1 = _span_f1(weights, model.transitions(transitions), held_enc)
        history.append({"epoch": epoch, "held_out_f1": round(f1, 4)})
        if f1 > best_f1:
            best_f1, best_epoch, best = f1, epoch, (weights, transitions)
        progress("train ner (epochs)", epoch, settings.max_epochs)
        if epoch - best_epoch >= settings.patience:
            break
    assert best is not None
    weights, transitions = best
    if settings.refit_all:
        names = _frequent_features(strings, settings.min_count)
        rows = {f: i for i, f in enumerate(names)}
        all_enc = [_encode(s, rows, g) for s, g in zip(strings, gold, strict=True)]
        weights, transitions = _fit(all_enc, len(names), best_epoch, random.Random(settings.seed), progress)
    seconds = time.perf_counter() - started
    keep = numpy.flatnonzero(numpy.abs(weights).max(axis=1) >= settings.prune)
    save_labeller(output, [names[k] for k in keep], weights[keep], model.transitions(transitions))
    if entity_words:
        write_entity_words(output, entity_words)
    n_words = sum(len(w) for w, _ in train_sentences)
    _write_recipe(output, settings, [germeval, *europeana], len(train_sentences), n_words, len(held_out), best_f1,
                  best_epoch, seconds, history, len(keep))
    return (
        f"ner model written to {output}: held_out_f1={best_f1:.4f} (epoch {best_epoch}), "
        f"{len(train_sentences)} training sentences / {n_words} words, {len(keep)} features, {seconds:.0f}s"
    )


def _morphology_files() -> list[Path]:
    from lagebild.nlp.train_morphology import MODEL_FILE, weights_path

    return [p for p in (MODEL_FILE, weights_path(MODEL_FILE)) if p.exists()]


def _write_recipe(
    output: Path,
    settings: NerSettings,
    files: list[Path],
    n_sentences: int,
    n_words: int,
    n_held_out: int,
    best_f1: float,
    best_epoch: int,
    seconds: float,
    history: list[dict[str, float]],
    n_features: int,
) -> None:
    size = sum(p.stat().st_size for p in output.rglob("*") if p.is_file() and p.suffix != ".md")
    lines = [
        "# lagebild NER model (PER/ORG/LOC/OTH)",
        "",
        "Rebuild: `lagebild train ner` (writes this folder; needs LAGEBILD_DATA). "
        "Evaluate: `lagebild eval ner` (GermEval 2014 test, never used in training).",
        "",
        "## Training data (sha256)",
        "",
        *[f"- `{p.parent.name}/{p.name}` {file_sha256(p)}" for p in files],
        "",
        "Lexicon features (`src/lagebild/data/lexicons`, sha256):",
        "",
        *[f"- `{p.name}` {file_sha256(p)}" for p in sorted(LEXICON_DIR.iterdir()) if p.is_file()],
        "",
        "POS features from the morphology model (retrain NER whenever it changes), sha256:",
        "",
        *[f"- `{p.name}` {file_sha256(p)}" for p in _morphology_files()],
        "",
        "GermEval dev: outer column, -deriv/-part → O; every 10th sentence held out for model selection.",
        *(["The committed weights are refit on all of GermEval dev (held-out tenth included) plus europeana for the",
           "chosen number of epochs (`refit_all`); the held-out score below is the selection run's."]
          if settings.refit_all else []),
        f"Training: {n_sentences} sentences, {n_words} words; held out: {n_held_out} sentences.",
        "",
        "## Settings",
        "",
        "```json",
        json.dumps(settings.__dict__, ensure_ascii=False, indent=1),
        "```",
        "",
        "## Scores",
        "",
        f"Held-out GermEval dev entity F1: {best_f1:.4f} (best epoch {best_epoch}); training time {seconds:.0f}s; "
        f"model size {size / 1e6:.1f} MB ({n_features} features × {len(TAGS)} BILOU tags).",
        "",
        "Per epoch: " + ", ".join(f"{h['epoch']:.0f}:{h['held_out_f1']:.3f}" for h in history),
        "How this architecture and these settings were chosen (all variants measured, with speed):",
        "COMPARISON.md (hand-maintained; update it when you change the recipe).",
        "",
    ]
    (output / "RECIPE.md").write_text("\n".join(lines), encoding="utf-8")

