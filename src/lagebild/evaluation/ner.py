"""``lagebild eval ner``: named entities on GermEval 2014 **test** (never used for training).

The pipeline tags the gold tokens (Docs built from the gold words, then the backbone components:
sentences, morphology, NER — or an external ``--model`` pipeline's components). Scores are strict
span matches on the outer level:

- ``overall_f1`` / ``per_f1`` / ``org_f1`` / ``loc_f1`` / ``oth_f1``: the four types lagebild
  produces, with -deriv/-part annotations ("deutschen", "SPD-Chef") counted as no entity;
- ``official_outer_f1``: GermEval's 12-class outer measure, where -deriv/-part spans are gold
  entities our predictions can never match (so this number is lower by design).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.evaluation import EvalReport, prf
from lagebild.nlp.ner import spans_from_iob_tags
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path

TYPES = ("PER", "ORG", "LOC", "OTH")
SpanSet = set[tuple[int, int, str]]


def spans_from_iob(tags: list[str]) -> SpanSet:
    """(start, end, label) token spans; an I- tag that does not continue its label starts a new span."""
    return set(spans_from_iob_tags(tags))


def gold_word_spans(doc: Doc, words: list[str]) -> SpanSet:
    """``doc.ents`` as (start, end, label) spans over the gold words the Doc was built from.

    A component may retokenize (the sentence splitter splits "1918." into "1918" "."), so Doc token
    indices can drift from gold word indices; character offsets do not. An entity whose edges are not
    gold word edges cannot match any gold span and keeps a negative index, so it still counts as predicted.
    """
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    if len(doc) == len(words):
        return {(e.start, e.end, e.label_) for e in doc.ents}
    position = 0
    # Doc(words=...) puts one space after every word, so word i starts where the previous one ended + 1.
    for i, word in enumerate(words):
        starts[position] = i
        ends[position + len(word)] = i + 1
        position += len(word) + 1
    return {
        (starts.get(e.start_char, -1 - k), ends.get(e.end_char, -1 - k), e.label_) for k, e in enumerate(doc.ents)
    }


def _backbone(model: str | None) -> Language:
    from lagebild.nlp.pipeline import BACKBONE, build_pipeline

    return build_pipeline(model=model, components=BACKBONE)


def tag_gold_tokens(
    nlp: Language,
    sentences: list[list[str]],
    progress: Progress = no_progress,
    cpu_seconds: dict[str, float] | None = None,
) -> list[Doc]:
    """Run the pipeline's components (not its tokenizer) over Docs made of the gold words.

    ``cpu_seconds`` collects each component's process CPU time (wall time is meaningless on a shared machine).
    """
    docs = [Doc(nlp.vocab, words=words) for words in sentences]
    out: list[Doc] = []
    batch = 256
    for i in range(0, len(docs), batch):
        chunk = docs[i : i + batch]
        for name, proc in nlp.pipeline:
            started = time.process_time()
            chunk = list(proc.pipe(chunk)) if hasattr(proc, "pipe") else [proc(d) for d in chunk]
            if cpu_seconds is not None:
                cpu_seconds[name] = cpu_seconds.get(name, 0.0) + time.process_time() - started
        out.extend(chunk)
        progress("eval ner", len(out), len(docs))
    return out


def evaluate_ner(progress: Progress = no_progress, model: str | None = None, path: Path | None = None) -> EvalReport:
    """Strict outer-level span F1 on GermEval 2014 test (or the TSV at ``path``)."""
    from lagebild.nlp.train_ner import read_germeval

    path = path or data_path("germeval2014-ner", "NER-de-test.tsv")
    gold_sentences = read_germeval(path)
    nlp = _backbone(model)
    cpu_seconds: dict[str, float] = {}
    docs = tag_gold_tokens(nlp, [w for w, _ in gold_sentences], progress, cpu_seconds)
    n_words = sum(len(d) for d in docs)

    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    official_tp = official_gold = 0
    for (words, tags), doc in zip(gold_sentences, docs, strict=True):
        pred = {s for s in gold_word_spans(doc, words) if s[2] in TYPES}
        raw_gold = spans_from_iob(tags)
        gold = {s for s in raw_gold if s[2] in TYPES}
        official_gold += len(raw_gold)
        official_tp += len(pred & raw_gold)
        for label in TYPES:
            tp[label] += len({s for s in pred & gold if s[2] == label})
            n_pred[label] += sum(1 for s in pred if s[2] == label)
            n_gold[label] += sum(1 for s in gold if s[2] == label)

    metrics: dict[str, float] = {}
    details = [f"GermEval 2014 {path.name}: {len(docs)} sentences, {n_words} words, model={model or 'lagebild'}",
               f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    p, r, f = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    metrics["overall_f1"] = f
    for label in TYPES:
        lp, lr, lf = prf(tp[label], n_pred[label], n_gold[label])
        metrics[f"{label.lower()}_f1"] = lf
        details.append(f"{label:<8}{lp:>8.4f}{lr:>8.4f}{lf:>8.4f}{n_gold[label]:>8}{n_pred[label]:>8}")
    details.append(f"{'overall':<8}{p:>8.4f}{r:>8.4f}{f:>8.4f}{sum(n_gold.values()):>8}{sum(n_pred.values()):>8}")
    _, _, official_f = prf(official_tp, sum(n_pred.values()), official_gold)
    metrics["official_outer_f1"] = official_f
    details.append(f"official 12-class outer F1 (deriv/part as gold entities): {official_f:.4f}")
    for name, seconds in cpu_seconds.items():
        details.append(f"{name}: {n_words / seconds if seconds else 0:.0f} words/s (CPU time, gold tokens)")
    return EvalReport(name="ner", metrics=metrics, details=details)
