"""5-fold cross-validation of NER learners on GermEval 2014 dev (COMPARISON.md, round 4).

Each fold trains on the other 4/5 of GermEval dev + the europeana share of ``NerSettings`` and is scored on its
fifth (strict BILOU spans of the model alone, constrained Viterbi as in ``nlp.ner``; no lexicon rules). Scores
are pooled over the five folds. GermEval test is never read.

    PYTHONPATH=src LAGEBILD_DATA=../shared/data python scripts/ner_cv.py perceptron --epochs 6 8
    PYTHONPATH=src LAGEBILD_DATA=../shared/data python scripts/ner_cv.py crf --c1 0.05 --c2 0.01

The POS tags and feature strings of all sentences are cached in ``--cache`` (the slow part of a run).
The CRF needs python-crfsuite (`pip install python-crfsuite`; not a project dependency, the CRF was not adopted).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from pathlib import Path

import numpy

from lagebild.nlp.ner import (
    TAGS,
    FeatureExtractor,
    allowed_transitions,
    bilou_from_iob,
    load_lexicons,
    load_word_clusters,
    spans_from_bilou,
    viterbi,
)
from lagebild.nlp.train_ner import (
    NerSettings,
    _clean_iob,
    _emissions,
    _encode,
    _Encoded,
    _frequent_features,
    _Perceptron,
    default_training_files,
    pos_tags,
    read_europeana,
    read_germeval,
)
from lagebild.progress import Progress

Strings = list[list[str]]


def _fit_crf(
    encoded: list[_Encoded], n_features: int, c1: float, c2: float, max_iterations: int, progress: Progress,
    possible_states: bool = False,
) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Linear-chain CRF weights (CRFsuite, L-BFGS with L1 ``c1`` / L2 ``c2``) in the perceptron's layout.

    A first-order CRF scores a path exactly like the perceptron (state weights per feature × tag plus tag
    transitions), so its weights go into the same labeller.npz and ``nlp.ner`` decodes them unchanged.
    CRFsuite has no sentence-start transitions: the start row stays zero (the BILOU mask is added on export).
    Feature rows go in as their index strings with their count per word (a row may occur twice in a word's
    features, and the perceptron's emissions count it twice too)."""
    import tempfile

    import pycrfsuite  # only for this experiment; not a project dependency (the CRF was not adopted)

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        # BILOU transitions never seen in gold still get (negative) weights; the mask forbids them anyway
        "feature.possible_transitions": True,
        # weights also for (feature, tag) pairs never seen together: negative evidence, as the perceptron learns
        "feature.possible_states": possible_states,
    })
    for enc in encoded:
        ends = numpy.append(enc.offsets[1:], len(enc.flat)).tolist()
        items = []
        for start, end in zip(enc.offsets.tolist(), ends, strict=True):
            counts: dict[str, float] = {}
            for r in enc.flat[start:end].tolist():
                key = str(r)
                counts[key] = counts.get(key, 0.0) + 1.0
            items.append(counts)
        trainer.append(pycrfsuite.ItemSequence(items), [TAGS[k] for k in enc.gold.tolist()])
    progress("train ner (CRF)", 0, max_iterations)
    with tempfile.TemporaryDirectory() as tmp:
        model_file = str(Path(tmp) / "ner.crfsuite")
        trainer.train(model_file)
        tagger = pycrfsuite.Tagger()
        tagger.open(model_file)
        info = tagger.info()
        tagger.close()
    tag_index = {t: i for i, t in enumerate(TAGS)}
    weights = numpy.zeros((n_features, len(TAGS)))
    for (attr, label), w in info.state_features.items():
        weights[int(attr), tag_index[label]] = w
    transitions = numpy.zeros((len(TAGS) + 1, len(TAGS)))
    for (frm, to), w in info.transitions.items():
        transitions[tag_index[frm], tag_index[to]] = w
    progress("train ner (CRF)", max_iterations, max_iterations)
    return weights, transitions


def prepare(cache: Path, settings: NerSettings) -> tuple[list[Strings], list[list[str]], int]:
    """Feature strings and BILOU gold of dev (first) and the europeana share (after); number of dev sentences."""
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    germeval, europeana = default_training_files()
    dev = read_germeval(germeval)
    extra = []
    for path in europeana:
        passages = [s for s in read_europeana(path) if any(t != "O" for t in s[1])]
        extra.extend(passages[:: max(1, round(1 / settings.europeana_share))])
    sentences = dev + extra
    tags = pos_tags([w for w, _ in sentences])
    extractor = FeatureExtractor(load_lexicons(), load_word_clusters())
    strings = [extractor.sentence_strings(w, t) for (w, _), t in zip(sentences, tags, strict=True)]
    gold = [bilou_from_iob(_clean_iob(t)) for _, t in sentences]
    result = (strings, gold, len(dev))
    with cache.open("wb") as fh:
        pickle.dump(result, fh)
    return result


class Counts:
    def __init__(self) -> None:
        self.tp: dict[str, int] = {}
        self.pred: dict[str, int] = {}
        self.gold: dict[str, int] = {}

    def add(self, pred: list[str], gold: list[str]) -> None:
        p, g = set(spans_from_bilou(pred)), set(spans_from_bilou(gold))
        for name, spans in (("pred", p), ("gold", g), ("tp", p & g)):
            table = getattr(self, name)
            for _, _, label in spans:
                table[label] = table.get(label, 0) + 1
                table["all"] = table.get("all", 0) + 1

    def f1(self, label: str = "all") -> float:
        n = self.pred.get(label, 0) + self.gold.get(label, 0)
        return 2 * self.tp.get(label, 0) / n if n else 0.0

    def row(self) -> str:
        return " ".join(f"{k}={self.f1(k):.4f}" for k in ("all", "PER", "ORG", "LOC", "OTH"))


def decode(weights: numpy.ndarray, transitions: numpy.ndarray, enc: _Encoded) -> list[str]:
    return [TAGS[k] for k in viterbi(_emissions(weights, enc), transitions)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("learner", choices=["perceptron", "crf"])
    parser.add_argument("--epochs", type=int, nargs="*", default=[6, 8])
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--possible-states", action="store_true")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only-fold", type=int, nargs="*", default=None, help="score only these folds (screening)")
    parser.add_argument("--europeana-every", type=int, default=1, help="use every n-th of the cached europeana")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ner_cv_prep.pkl"))
    args = parser.parse_args()
    strings, gold, n_dev = prepare(args.cache, NerSettings())
    mask = numpy.where(allowed_transitions(), 0.0, -numpy.inf)
    extra = list(range(n_dev, len(strings)))[:: args.europeana_every]
    counts: dict[str, Counts] = {}
    started = time.perf_counter()
    for fold in args.only_fold if args.only_fold is not None else range(args.folds):
        train = [i for i in range(n_dev) if i % args.folds != fold] + extra
        test = [i for i in range(n_dev) if i % args.folds == fold]
        names = _frequent_features([strings[i] for i in train], args.min_count)
        rows = {f: i for i, f in enumerate(names)}
        enc = {i: _encode(strings[i], rows, gold[i]) for i in train + test}
        if args.learner == "perceptron":
            model = _Perceptron(len(names))
            rng = random.Random(0)
            order = list(train)
            for epoch in range(1, max(args.epochs) + 1):
                rng.shuffle(order)
                for k in order:
                    model.learn(enc[k])
                if epoch in args.epochs:
                    w, t = model.averaged()
                    for i in test:
                        counts.setdefault(f"epoch {epoch}", Counts()).add(decode(w, t + mask, enc[i]), gold[i])
        else:
            w, t = _fit_crf([enc[i] for i in train], len(names), args.c1, args.c2, args.iterations,
                            lambda *a: None, args.possible_states)
            for i in test:
                counts.setdefault("crf", Counts()).add(decode(w, t + mask, enc[i]), gold[i])
        print(f"fold {fold} done {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    settings = f"c1={args.c1} c2={args.c2} it={args.iterations} ps={args.possible_states}"
    label = (f"{args.learner} {settings}" if args.learner == "crf"
             else args.learner)
    for name, c in counts.items():
        folds = "" if args.only_fold is None else f" folds={args.only_fold}"
        print(f"{label} {name}{folds} min_count={args.min_count} eu_every={args.europeana_every}: {c.row()} "
              f"({time.perf_counter() - started:.0f}s)", flush=True)


if __name__ == "__main__":
    main()
