"""The reproducible recipe behind the committed NER model (``lagebild train ner``).

Training data: GermEval 2014 **dev** (outer column; -deriv/-part → O, since "deutschen" is not a
named entity for our purposes) plus europeana-ner-de (historic newspapers, PER/LOC/ORG, CC0).
Every tenth GermEval dev sentence is held out for model selection (best epoch, early stopping).
GermEval **test** is never read here; it is only used by ``lagebild eval ner``.

The model is spaCy's transition-based NER with a small hash-embedding CNN (no pretrained vectors
exist offline); the gazetteer flags of ``lagebild.nlp.ner`` are embedded as extra features.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from lagebild.nlp.ner import (
    DEFAULT_MODEL,
    FEATURE_ATTRS,
    LABELS,
    LEXICON_DIR,
    LEXICON_FLAG_ATTRS,
    add_lexicon_features,
)
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path

Sentence = tuple[list[str], list[str]]  # words, IOB tags (PER/ORG/LOC/OTH only)


@dataclass(frozen=True)
class NerSettings:
    """Size and schedule of the model; the defaults are what the committed model was trained with."""

    width: int = 64
    depth: int = 2
    window: int = 1
    hidden: int = 64
    rows: tuple[int, ...] = (5000, 1000, 2500, 1000)  # NORM, PREFIX, SUFFIX, SHAPE
    lexicon_rows: int = 128
    cluster_rows: int = 1024  # 0: no Brown-cluster feature
    lexicon_features: bool = True
    europeana: bool = True
    europeana_share: float = 0.5  # every 2nd passage with entities: keeps an epoch short (training on 2 shared cores)
    max_epochs: int = 14
    patience: int = 3
    dropout: float = 0.2
    seed: int = 0

    def lexicon_flags(self) -> list[str]:
        return list(LEXICON_FLAG_ATTRS) if self.lexicon_features else []


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


def build_ner_nlp(settings: NerSettings) -> Language:
    nlp = spacy.blank("de")
    if settings.lexicon_features:
        add_lexicon_features(nlp.vocab)
    model: dict[str, Any] = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": settings.hidden,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "lagebild.LexiconHashEmbed.v1",
                "width": settings.width,
                "attrs": list(FEATURE_ATTRS),
                "rows": list(settings.rows),
                "lexicon_flags": settings.lexicon_flags(),
                "lexicon_rows": settings.lexicon_rows,
                "cluster_rows": settings.cluster_rows,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": settings.width,
                "window_size": settings.window,
                "maxout_pieces": 3,
                "depth": settings.depth,
            },
        },
    }
    ner = nlp.add_pipe("ner", config={"model": model})
    for label in LABELS:
        ner.add_label(label)  # type: ignore[attr-defined]
    return nlp


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_training_files() -> tuple[Path, list[Path]]:
    germeval = data_path("germeval2014-ner", "NER-de-dev.tsv")
    europeana_dir = data_path("europeana-ner-de")
    return germeval, sorted(europeana_dir.glob("*.bio"))


def _batches(examples: list[Example], rng: random.Random) -> Iterator[list[Example]]:
    shuffled = list(examples)
    rng.shuffle(shuffled)
    yield from minibatch(shuffled, size=16)


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
    europeana = europeana if settings.europeana else []
    europeana = europeana or []
    output = output or DEFAULT_MODEL
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)

    dev_sentences = read_germeval(germeval)
    held_out = [s for i, s in enumerate(dev_sentences) if i % 10 == 0]
    train_sentences = [s for i, s in enumerate(dev_sentences) if i % 10 != 0]
    for path in europeana:
        # Only passages with entities: the historic OCR text is mostly noise for modern news, and the
        # entity-free passages double the training time for little gain.
        passages = [s for s in read_europeana(path) if any(t != "O" for t in s[1])]
        step = max(1, round(1 / settings.europeana_share)) if settings.europeana_share > 0 else len(passages) + 1
        train_sentences.extend(passages[::step])

    nlp = build_ner_nlp(settings)
    train_examples = make_examples(nlp, train_sentences)
    held_out_examples = make_examples(nlp, held_out)
    optimizer = nlp.initialize(lambda: train_examples)

    started = time.perf_counter()
    best_f1, best_epoch, best_bytes = -1.0, 0, b""
    history: list[dict[str, float]] = []
    for epoch in range(1, settings.max_epochs + 1):
        losses: dict[str, float] = {}
        for batch in _batches(train_examples, rng):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = nlp.evaluate(held_out_examples)
            f1 = float(scores.get("ents_f") or 0.0)
            if f1 > best_f1:
                best_f1, best_epoch, best_bytes = f1, epoch, nlp.to_bytes()
                output.mkdir(parents=True, exist_ok=True)
                nlp.to_disk(output)  # keep the best model on disk, so an interrupted run leaves a usable one
        history.append({"epoch": epoch, "loss": round(losses.get("ner", 0.0), 1), "held_out_f1": round(f1, 4)})
        progress("train ner (epochs)", epoch, settings.max_epochs)
        if epoch - best_epoch >= settings.patience:
            break
    seconds = time.perf_counter() - started

    nlp.from_bytes(best_bytes)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    n_words = sum(len(w) for w, _ in train_sentences)
    files = [germeval, *europeana]
    _write_recipe(output, settings, files, len(train_sentences), n_words, len(held_out), best_f1, best_epoch,
                  seconds, history)
    return (
        f"ner model written to {output}: held_out_f1={best_f1:.4f} (epoch {best_epoch}), "
        f"{len(train_sentences)} training sentences / {n_words} words, {seconds:.0f}s"
    )


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
) -> None:
    size = sum(p.stat().st_size for p in output.rglob("*") if p.is_file() and p.name != "RECIPE.md")
    lines = [
        "# lagebild NER model (PER/ORG/LOC/OTH)",
        "",
        "Rebuild: `lagebild train ner` (writes this folder; needs LAGEBILD_DATA). "
        "Evaluate: `lagebild eval ner` (GermEval 2014 test, never used in training).",
        "",
        "## Training data (sha256)",
        "",
        *[f"- `{p.parent.name}/{p.name}` {_sha256(p)}" for p in files],
        "",
        "Lexicon features (`src/lagebild/data/lexicons`, sha256):",
        "",
        *[f"- `{p.name}` {_sha256(p)}" for p in sorted(LEXICON_DIR.iterdir()) if p.is_file()],
        "",
        "GermEval dev: outer column, -deriv/-part → O; every 10th sentence held out for model selection.",
        f"Training: {n_sentences} sentences, {n_words} words; held out: {n_held_out} sentences.",
        "",
        "## Settings",
        "",
        "```json",
        json.dumps(
            {**settings.__dict__, "attrs": [*FEATURE_ATTRS, *settings.lexicon_flags()]}, ensure_ascii=False, indent=1
        ),
        "```",
        "",
        "## Scores",
        "",
        f"Held-out GermEval dev entity F1: {best_f1:.4f} (best epoch {best_epoch}); training time {seconds:.0f}s; "
        f"model size {size / 1e6:.1f} MB.",
        "",
        "Per epoch: " + ", ".join(f"{h['epoch']:.0f}:{h['held_out_f1']:.3f}" for h in history),
        "",
    ]
    (output / "RECIPE.md").write_text("\n".join(lines), encoding="utf-8")
