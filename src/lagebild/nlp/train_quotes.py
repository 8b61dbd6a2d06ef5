"""The recipe behind the optional learned quotation model (``lagebild train quotes``).

Data: german-news-quotes **train** split only (700 Wikinews articles, CC BY-NC-SA 4.0 — the model inherits
that licence and is written to ``artifacts/quotes-nc/``, never into the package). Every fifth training
article is held out to choose the number of epochs and the decision margins; the final model is then
retrained on all training articles with those choices. The dev split is only read by
``lagebild eval quotes --quotes-model …``; the upstream test split is not in the data folder.

1. The rules-only pipeline (``lagebild run`` without the model) analyses every article.
2. Training examples, aligned to the gold quotes with the evaluation's own matcher:
   verify  — each rule quote, labelled with the group of the gold quote it matches or "none";
   detect  — each sentence no rule quote touches, labelled with the group of a not yet found gold quote
             that the whole sentence matches (Direct gold counts as "none": quotation marks are the rules' job);
   speaker — for each gold quote found by a rule quote (or by a whole free sentence), the candidate
             mentions, positive where they overlap the gold speaker ("no speaker" when the gold has none).
3. Averaged perceptrons (classifiers for verify/detect, a ranker for speaker), deterministic order (seeded
   shuffles). Margins are chosen greedily on the held-out articles by quote F1 + speaker F1.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.datafiles import file_sha256
from lagebild.errors import InputError
from lagebild.evaluation.quotes import (
    DATASET,
    GoldQuote,
    QuoteCounts,
    analyse_article,
    gold_quotes,
    match_quotes,
    read_articles,
    report_from_counts,
    score_article,
)
from lagebild.nlp.quotes_learned import (
    DETECT_CLASSES,
    MODEL_FILE,
    VERIFY_CLASSES,
    DocFeatures,
    LinearModel,
    QuoteModel,
    apply_model,
    free_sentences,
    quote_sentences,
)
from lagebild.nlp.quotes_lexicon import load_lexicon
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path
from lagebild.types import Quote, QuoteKind, Speaker

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_OUTPUT = REPO_ROOT / "artifacts" / "quotes-nc"
_TYPE_GROUP = {"Direct": "direct", "Indirect": "indirect", "FreeIndirect": "indirect",
               "IndirectFreeIndirect": "indirect", "Reported": "reported"}


@dataclass(frozen=True)
class TrainSettings:
    seed: int = 13
    held_out_every: int = 5  # every n-th training article is held out for model selection
    max_epochs: int = 10
    # never below 0: a rule quote is dropped only when "none" out-scores every quotation class
    drop_margins: tuple[float, ...] = (0.0, 2.0, 5.0, 10.0, 20.0, 1e9)
    add_margins: tuple[float, ...] = (-5.0, -2.0, 0.0, 2.0, 5.0, 10.0, 1e9)
    relabel_margins: tuple[float, ...] = (0.0, 5.0, 20.0, 1e9)


@dataclass
class AnalysedArticle:
    doc: Doc
    gold: list[GoldQuote]
    features: DocFeatures


# --------------------------------------------------------------------------- perceptrons


class AveragedPerceptron:
    """Multi-class (or, with one class, ranking) perceptron with weight averaging (the w - u/c trick)."""

    def __init__(self, classes: Sequence[str]) -> None:
        self.classes = tuple(classes)
        self.w: dict[str, np.ndarray] = {}
        self.u: dict[str, np.ndarray] = {}
        self.c = 1

    def scores(self, feats: Sequence[str]) -> np.ndarray:
        total = np.zeros(len(self.classes))
        for f in feats:
            row = self.w.get(f)
            if row is not None:
                total += row
        return total

    def update(self, feats: Sequence[str], column: int, value: float) -> None:
        for f in feats:
            if f not in self.w:
                self.w[f] = np.zeros(len(self.classes))
                self.u[f] = np.zeros(len(self.classes))
            self.w[f][column] += value
            self.u[f][column] += self.c * value

    def tick(self) -> None:
        self.c += 1

    def averaged(self) -> LinearModel:
        weights = {}
        for f, w in self.w.items():
            avg = w - self.u[f] / self.c
            if np.any(np.abs(avg) > 1e-4):
                weights[f] = np.round(avg, 4)
        return LinearModel(self.classes, weights)


EpochCallback = Callable[[int, LinearModel], None]


def train_classifier(examples: list[tuple[list[str], str]], classes: Sequence[str], epochs: int,
                     seed: int, after_epoch: EpochCallback | None = None) -> LinearModel:
    model = AveragedPerceptron(classes)
    rng = random.Random(seed)
    order = list(range(len(examples)))
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for i in order:
            feats, label = examples[i]
            guess = int(np.argmax(model.scores(feats)))
            gold = model.classes.index(label)
            if guess != gold:
                model.update(feats, gold, 1.0)
                model.update(feats, guess, -1.0)
            model.tick()
        if after_epoch is not None:
            after_epoch(epoch, model.averaged())
    return model.averaged()


def train_ranker(examples: list[tuple[list[list[str]], set[int]]], epochs: int, seed: int,
                 after_epoch: EpochCallback | None = None) -> LinearModel:
    model = AveragedPerceptron(("score",))
    rng = random.Random(seed)
    order = list(range(len(examples)))
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for i in order:
            options, positives = examples[i]
            scores = [float(model.scores(o)[0]) for o in options]
            guess = max(range(len(options)), key=lambda k: (scores[k], -k))
            if guess not in positives:
                best = max(positives, key=lambda k: (scores[k], -k))
                model.update(options[best], 0, 1.0)
                model.update(options[guess], 0, -1.0)
            model.tick()
        if after_epoch is not None:
            after_epoch(epoch, model.averaged())
    return model.averaged()


# --------------------------------------------------------------------------- examples


def analyse(path: Path, nlp: Language, progress: Progress, label: str,
            skipped: list[InputError] | None = None) -> list[AnalysedArticle]:
    """The articles of ``path`` through the rules; records that cannot be read go to ``skipped``."""
    lex = load_lexicon()
    articles = list(read_articles(path, skipped))
    out = []
    for n, article in enumerate(articles):
        doc = analyse_article(nlp, article, f"a{n}")
        out.append(AnalysedArticle(doc, gold_quotes(article), DocFeatures(doc, lex)))
        progress(label, n + 1, len(articles))
    return out


def _sentence_matches(g: GoldQuote, span: tuple[int, int]) -> bool:
    overlap = min(g.end, span[1]) - max(g.start, span[0])
    return overlap > 0 and overlap * 2 >= max(g.end - g.start, span[1] - span[0])


def verify_examples(articles: list[AnalysedArticle]) -> list[tuple[list[str], str]]:
    out = []
    for a in articles:
        rules = a.doc._.quotes or []
        by_sentence = quote_sentences(a.features, rules)
        matched = {pi: gi for gi, pi in match_quotes(a.gold, rules)}
        for pi, q in enumerate(rules):
            label = _TYPE_GROUP[a.gold[matched[pi]].type] if pi in matched else "none"
            out.append((a.features.quote_features(q, by_sentence), label))
    return out


def _free_sentence_gold(a: AnalysedArticle) -> list[tuple[int, GoldQuote | None]]:
    """Each free sentence with the not-yet-found gold quote the whole sentence matches (or None)."""
    rules = a.doc._.quotes or []
    found = {gi for gi, _ in match_quotes(a.gold, rules)}
    open_gold = [g for gi, g in enumerate(a.gold) if gi not in found]
    out = []
    used: set[int] = set()
    for n in free_sentences(a.features, rules):
        span = a.features.sentence_span(n)
        hit = next((i for i, g in enumerate(open_gold) if i not in used and _sentence_matches(g, span)), None)
        if hit is not None:
            used.add(hit)
        out.append((n, open_gold[hit] if hit is not None else None))
    return out


def detect_examples(articles: list[AnalysedArticle]) -> list[tuple[list[str], str]]:
    out = []
    for a in articles:
        by_sentence = quote_sentences(a.features, a.doc._.quotes or [])
        for n, g in _free_sentence_gold(a):
            label = "none" if g is None or g.type == "Direct" else _TYPE_GROUP[g.type]
            out.append((a.features.sentence_features(n, by_sentence), label))
    return out


def speaker_examples(articles: list[AnalysedArticle]) -> list[tuple[list[list[str]], set[int]]]:
    out = []
    for a in articles:
        rules = a.doc._.quotes or []
        pairs: list[tuple[GoldQuote, Quote]] = [(a.gold[gi], rules[pi]) for gi, pi in match_quotes(a.gold, rules)]
        for n, g in _free_sentence_gold(a):
            if g is not None:
                s, e = a.features.sentence_span(n)
                kind: QuoteKind = "reported" if g.type == "Reported" else "indirect"
                pairs.append((g, Quote("", a.doc._.doc_id, s, e, a.doc.text[s:e], kind, "", 0.4, Speaker())))
        for g, q in pairs:
            options = a.features.speaker_candidates(q)
            positives = set()
            for k, (cand, _) in enumerate(options):
                if cand is None:
                    if not g.speaker:
                        positives.add(k)
                    continue
                doc = a.doc
                cs, ce = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1].text)
                if any(s < ce and cs < e for s, e in g.speaker):
                    positives.add(k)
            if positives:
                out.append(([f for _, f in options], positives))
    return out


# --------------------------------------------------------------------------- selection


def classifier_f1(model: LinearModel, examples: list[tuple[list[str], str]]) -> float:
    """Micro F1 over the non-"none" labels."""
    tp = n_pred = n_gold = 0
    for feats, label in examples:
        guess = model.classes[int(np.argmax(model.scores(feats)))]
        n_pred += guess != "none"
        n_gold += label != "none"
        tp += guess == label != "none"
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def ranker_accuracy(model: LinearModel, examples: list[tuple[list[list[str]], set[int]]]) -> float:
    correct = 0
    for options, positives in examples:
        scores = [float(model.scores(o)[0]) for o in options]
        correct += max(range(len(options)), key=lambda k: (scores[k], -k)) in positives
    return correct / len(examples) if examples else 0.0


def best_epochs(train: Callable[[EpochCallback], LinearModel], score: Callable[[LinearModel], float]
                ) -> tuple[int, float]:
    """The epoch count whose averaged weights score best on held-out examples (one training run)."""
    best = [1, -1.0]

    def after_epoch(epoch: int, model: LinearModel) -> None:
        value = score(model)
        if value > best[1] + 1e-9:
            best[0], best[1] = epoch, value

    train(after_epoch)
    return int(best[0]), float(best[1])


def end_to_end(model: QuoteModel, articles: list[AnalysedArticle]) -> tuple[float, float, float, float]:
    """(quote F1, speaker F1, their sum, sum of the per-group F1s) of the rules plus the model."""
    counts = QuoteCounts.empty()
    for a in articles:
        score_article(a.gold, apply_model(a.doc, model), counts)
    m = report_from_counts(counts, len(articles)).metrics
    return m["quote_f1"], m["speaker_f1"], m["quote_f1"] + m["speaker_f1"], \
        m["direct_f1"] + m["indirect_f1"] + m["reported_f1"]


def rules_only(articles: list[AnalysedArticle]) -> tuple[float, float]:
    counts = QuoteCounts.empty()
    for a in articles:
        score_article(a.gold, a.doc._.quotes or [], counts)
    metrics = report_from_counts(counts, len(articles)).metrics
    return metrics["quote_f1"], metrics["speaker_f1"]


def choose_margins(model: QuoteModel, held: list[AnalysedArticle], settings: TrainSettings,
                   progress: Progress) -> QuoteModel:
    """Greedy, one margin at a time (drop per kind group, add, relabel) on held-out articles, by quote F1 +
    speaker F1 + the mean of the per-group F1s (so that pruning one kind is not paid for by another)."""
    grids: list[tuple[str, tuple[float, ...]]] = [(f"drop:{g}", settings.drop_margins)
                                                  for g in ("direct", "indirect", "reported")]
    grids += [("add_margin", settings.add_margins), ("relabel_margin", settings.relabel_margins)]
    total = sum(len(g) for _, g in grids)
    done = 0
    off = {"direct": 1e9, "indirect": 1e9, "reported": 1e9}
    model = replace(model, drop_margin=1e9, group_drop=off, add_margin=1e9, relabel_margin=1e9)
    for name, grid in grids:
        best_model, best_score = model, -1.0
        for value in grid:
            if name.startswith("drop:"):
                candidate = replace(model, group_drop=dict(model.group_drop, **{name[5:]: value}))
            elif name == "add_margin":
                candidate = replace(model, add_margin=value)
            else:
                candidate = replace(model, relabel_margin=value)
            scores = end_to_end(candidate, held)
            score = scores[2] + scores[3] / 3
            if score > best_score + 1e-9:
                best_model, best_score = candidate, score
            done += 1
            progress("train.quotes: margins", done, total)
        model = best_model
    return model



def train_quotes(output: Path | None = None, progress: Progress = no_progress,
                 settings: TrainSettings | None = None, train_file: Path | None = None) -> str:
    """Train the learned quotation model on the train split and write ``quotes-nc.npz`` to ``output``.

    ``output`` is a folder (default: ``artifacts/quotes-nc`` at the repository root). Returns a
    one-line summary with held-out scores (rules only vs rules + model) and the training time.
    """
    from lagebild.nlp.pipeline import build_pipeline

    settings = settings or TrainSettings()
    path = train_file or data_path(DATASET, "train.jsonl.gz")
    output = output or DEFAULT_OUTPUT
    started = time.perf_counter()
    nlp = build_pipeline(rules_only=True)
    skipped: list[InputError] = []
    articles = analyse(path, nlp, progress, "train.quotes: analyse", skipped)
    final, summary = fit(articles, settings, progress)
    final.meta.update({"data": f"{DATASET}/{path.name}", "data_sha256": file_sha256(path)})
    final.save(output / MODEL_FILE)
    seconds = time.perf_counter() - started
    unread = f"; {len(skipped)} records skipped, first: {skipped[0]}" if skipped else ""
    return f"quotes model: {output / MODEL_FILE} ({summary}); {seconds:.0f}s{unread}"


def fit(articles: list[AnalysedArticle], settings: TrainSettings, progress: Progress = no_progress
        ) -> tuple[QuoteModel, str]:
    """Choose epochs and margins on held-out articles, then retrain on all; returns the model and a summary."""
    held = [a for i, a in enumerate(articles) if i % settings.held_out_every == 0]
    train = [a for i, a in enumerate(articles) if i % settings.held_out_every != 0]

    v_train, v_held = verify_examples(train), verify_examples(held)
    d_train, d_held = detect_examples(train), detect_examples(held)
    s_train, s_held = speaker_examples(train), speaker_examples(held)
    progress("train.quotes: epochs", 0, 3)
    epochs, seed = settings.max_epochs, settings.seed
    v_epochs, v_f1 = best_epochs(lambda cb: train_classifier(v_train, VERIFY_CLASSES, epochs, seed, cb),
                                 lambda m: classifier_f1(m, v_held))
    progress("train.quotes: epochs", 1, 3)
    d_epochs, d_f1 = best_epochs(lambda cb: train_classifier(d_train, DETECT_CLASSES, epochs, seed, cb),
                                 lambda m: classifier_f1(m, d_held))
    progress("train.quotes: epochs", 2, 3)
    s_epochs, s_acc = best_epochs(lambda cb: train_ranker(s_train, epochs, seed, cb),
                                  lambda m: ranker_accuracy(m, s_held))
    progress("train.quotes: epochs", 3, 3)
    held_model = QuoteModel(train_classifier(v_train, VERIFY_CLASSES, v_epochs, settings.seed),
                            train_classifier(d_train, DETECT_CLASSES, d_epochs, settings.seed),
                            train_ranker(s_train, s_epochs, settings.seed))
    held_model = choose_margins(held_model, held, settings, progress)
    held_rules = rules_only(held)
    held_scores = end_to_end(held_model, held)

    final = QuoteModel(
        train_classifier(v_train + v_held, VERIFY_CLASSES, v_epochs, settings.seed),
        train_classifier(d_train + d_held, DETECT_CLASSES, d_epochs, settings.seed),
        train_ranker(s_train + s_held, s_epochs, settings.seed),
        drop_margin=held_model.drop_margin, group_drop=held_model.group_drop,
        relabel_margin=held_model.relabel_margin, add_margin=held_model.add_margin,
        meta={"articles": len(articles),
              "epochs": {"verify": v_epochs, "detect": d_epochs, "speaker": s_epochs},
              "held_out": {"verify_f1": round(v_f1, 4), "detect_f1": round(d_f1, 4),
                           "speaker_accuracy": round(s_acc, 4),
                           "rules_quote_f1": round(held_rules[0], 4), "rules_speaker_f1": round(held_rules[1], 4),
                           "model_quote_f1": round(held_scores[0], 4), "model_speaker_f1": round(held_scores[1], 4)}},
    )
    drops = ",".join(f"{k}={v:g}" for k, v in sorted(final.group_drop.items()))
    summary = (f"epochs verify={v_epochs} detect={d_epochs} speaker={s_epochs}; margins drop {drops} "
               f"add={final.add_margin:g} relabel={final.relabel_margin:g}; held-out quote F1 {held_rules[0]:.3f} -> "
               f"{held_scores[0]:.3f}, speaker F1 {held_rules[1]:.3f} -> {held_scores[1]:.3f}")
    return final, summary

