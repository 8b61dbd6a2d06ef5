"""``lagebild eval quotes`` and ``lagebild bench quotes``: quotation detection and speaker attribution.

Gold: german-news-quotes (Petersen-Frey & Biemann 2024; CC BY-NC-SA 4.0), one article per line with
``originalText`` and ``annotations`` (quote/cue/speaker/frame spans with character offsets, ``type``,
``isNested``). The metric:

* quote detection — gold and predicted quotes are matched one to one, best overlap first; a pair
  matches when the spans overlap by at least half of the longer span (a gold quote in several pieces
  counts from its first to its last character). Kinds need not agree. Gold ``isNested`` quotes are
  not counted; a prediction matching no (counted) gold quote counts against precision.
  Per type: recall per gold type; precision per predicted kind, with direct → Direct,
  indirect and mixed → Indirect (mixed is indirect speech with quoted fragments), reported → Reported.
  ``indirect_f1`` joins the gold types Indirect, FreeIndirect and IndirectFreeIndirect.
* speaker — a matched pair is correct when the predicted speaker mention overlaps the gold speaker
  span, or the predicted speaker's name contains the gold speaker's head noun (case-insensitive); a
  gold quote without speaker is correct when the prediction has none. P = correct / predicted,
  R = correct / gold.

The gold speaker's head noun: the first capitalised word of the speaker phrase, or, when that word
starts a run of capitalised words ("Präsident John F. Kennedy", "Veronika Grimm"), the run's last word. A run ends
at a bracket, comma or dash: "Günther Oettinger (CDU)" → Oettinger, "Halima Jouini, Vorstandsmitglied …" → Jouini.

Statement pieces: the export contract makes each sentence of indirect speech its own quote (sharing a
``statement`` id), while the gold data marks a run of Konjunktiv-I continuation sentences as ONE quote. So the
rule for gold pieces applies to predictions too, in the evaluation only (the output is unchanged): predicted
quotes of one article that share a statement id, are of kind indirect or mixed, and follow each other with only
whitespace between them count as one predicted quote from the first piece's start to the last piece's end (with
the first piece's speaker, the one its statement was introduced with). The headline keys (``quote_f1``,
``speaker_f1``, …) use the joined statements; ``*_sentences`` keys give the same numbers with every sentence
counted on its own.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.errors import InputError
from lagebild.evaluation import EvalReport, json_records, prf, skipped_details
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path
from lagebild.types import PartialDate, Quote

DATASET = "german-news-quotes"
GOLD_TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
# predicted kind -> the gold type group its precision counts for
_KIND_GROUP = {"direct": "direct", "mixed": "indirect", "indirect": "indirect", "reported": "reported"}
_TYPE_GROUP = {"Direct": "direct", "Indirect": "indirect", "FreeIndirect": "indirect",
               "IndirectFreeIndirect": "indirect", "Reported": "reported"}
_DATE_IN_NAME = re.compile(r"\((\d{4})-(\d{2})-(\d{2})\)")


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    type: str
    speaker: tuple[tuple[int, int], ...]  # char spans of the speaker (empty: no speaker)
    speaker_head: str | None


def speaker_head(text: str) -> str | None:
    """The head noun of a gold speaker phrase (see module docstring)."""
    # Words, and the brackets/commas/dashes that close the head's phrase: "Günther Oettinger (CDU)" and "Halima
    # Jouini, Vorstandsmitglied …" have their heads before the parenthesis and the apposition.
    tokens = re.findall(r"[\w][\w.-]*|[(),;\[\]–—]|(?<!\S)-(?!\S)", text)
    words = [t for t in tokens if t[0].isalnum() or t[0] == "_"]
    for i, w in enumerate(tokens):
        if w[:1].isupper() and w.lower() not in {"der", "die", "das", "ein", "eine", "dem", "den", "des"}:
            j = i
            while j + 1 < len(tokens) and tokens[j + 1][:1].isupper():
                j += 1
            return tokens[j].rstrip(".")
    return words[-1] if words else None


def article_problem(article: dict[str, Any]) -> str | None:
    """Why a record cannot be scored (None when it can): the fields the metric reads, with offsets inside the text."""
    text = article.get("originalText")
    if not isinstance(text, str):
        return "no originalText string"
    annotations = article.get("annotations", [])
    if not isinstance(annotations, list):
        return "annotations is not a list"
    for n, ann in enumerate(annotations):
        try:
            if ann.get("isNested"):
                continue  # not counted (see gold_quotes), so not read
            if ann["type"] not in GOLD_TYPES:
                return f"annotation {n}: unknown type {ann['type']!r}"
            for part in ("quote", "speaker"):
                for span in ann[part]["spans"]:
                    begin, end = span["charBegin"], span["charEnd"]
                    if not (isinstance(begin, int) and isinstance(end, int) and 0 <= begin <= end <= len(text)):
                        return f"annotation {n}: {part} span {begin}-{end} outside the text"
            if ann["speaker"]["spans"] and not isinstance(ann["speaker"]["text"], str):
                return f"annotation {n}: speaker text is not a string"
        except (KeyError, TypeError, AttributeError) as e:
            return f"annotation {n}: missing or malformed field {e}"
    return None


def read_articles(path: Path, skipped: list[InputError] | None = None) -> Iterator[dict[str, Any]]:
    """The articles of a german-news-quotes file; records that cannot be scored go to ``skipped`` with the reason."""
    problems: list[InputError] = [] if skipped is None else skipped
    for place, article in json_records(path, problems, "quotes file"):
        problem = article_problem(article)
        if problem is None:
            yield article
        else:
            problems.append(InputError(f"{place} ({article.get('fileName', 'no fileName')})", problem))


def gold_quotes(article: dict[str, Any]) -> list[GoldQuote]:
    out = []
    for ann in article.get("annotations", []):
        if ann.get("isNested"):
            continue
        spans = ann["quote"]["spans"]
        if not spans:
            continue
        speaker_spans = tuple((s["charBegin"], s["charEnd"]) for s in ann["speaker"]["spans"])
        out.append(GoldQuote(
            start=min(s["charBegin"] for s in spans),
            end=max(s["charEnd"] for s in spans),
            type=ann["type"],
            speaker=speaker_spans,
            speaker_head=speaker_head(ann["speaker"]["text"]) if speaker_spans else None,
        ))
    return out


def match_quotes(gold: list[GoldQuote], pred: list[Quote]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, best overlap first; overlap ≥ half the longer span."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0 and overlap * 2 >= max(g.end - g.start, p.end - p.start):
                candidates.append((overlap, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def speaker_correct(g: GoldQuote, p: Quote) -> bool:
    mention = p.speaker.mention
    if not g.speaker:
        return mention is None
    if mention is None:
        return False
    if any(s < mention.end and mention.start < e for s, e in g.speaker):
        return True
    name = (p.speaker.name or "").lower()
    return bool(g.speaker_head) and g.speaker_head.lower() in name  # type: ignore[union-attr]


def analyse_article(nlp: Language, article: dict[str, Any], doc_id: str) -> Doc:
    """Runs the pipeline on the article's original text (with the date from the file name as published date)."""
    doc = nlp.make_doc(article["originalText"])
    doc._.doc_id = doc_id
    m = _DATE_IN_NAME.search(article.get("fileName", "") or article.get("documentName", ""))
    if m:
        with contextlib.suppress(ValueError):  # a malformed date in a file name is no reason to stop
            doc._.published = PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


_JOINABLE_KINDS = frozenset({"indirect", "mixed"})


def join_statement_pieces(text: str, pred: list[Quote]) -> list[Quote]:
    """Predictions with the indirect sentences of one statement joined (see module docstring), in text order.

    Pieces join only when they share a statement id, both are indirect/mixed and the text between them is
    whitespace; a joined quote is ``mixed`` when any piece is, and keeps the first piece's speaker and cue.
    """
    joined: list[Quote] = []
    for q in sorted(pred, key=lambda q: (q.start, q.end)):
        last = joined[-1] if joined else None
        if (last is not None and q.kind in _JOINABLE_KINDS and last.kind in _JOINABLE_KINDS
                and q.statement == last.statement and last.end <= q.start and not text[last.end:q.start].strip()):
            kind = "mixed" if "mixed" in (last.kind, q.kind) else "indirect"
            joined[-1] = replace(last, end=q.end, text=text[last.start:q.end], kind=kind)  # type: ignore[arg-type]
        else:
            joined.append(q)
    return joined


@dataclass
class QuoteCounts:
    gold: Counter[str]
    gold_found: Counter[str]
    pred: Counter[str]
    pred_found: Counter[str]
    speaker_correct: int = 0
    # predicted / matched quotes per confidence value: is a quote of confidence 0.85 right 85% of the time?
    by_confidence: Counter[float] = field(default_factory=Counter)
    found_by_confidence: Counter[float] = field(default_factory=Counter)

    @classmethod
    def empty(cls) -> QuoteCounts:
        return cls(Counter(), Counter(), Counter(), Counter())


def score_article(gold: list[GoldQuote], pred: list[Quote], counts: QuoteCounts) -> list[tuple[int, int]]:
    pairs = match_quotes(gold, pred)
    for g in gold:
        counts.gold[g.type] += 1
    for p in pred:
        counts.pred[_KIND_GROUP[p.kind]] += 1
        counts.by_confidence[round(p.confidence, 2)] += 1
    for gi, pi in pairs:
        counts.gold_found[gold[gi].type] += 1
        counts.pred_found[_KIND_GROUP[pred[pi].kind]] += 1
        counts.found_by_confidence[round(pred[pi].confidence, 2)] += 1
        counts.speaker_correct += speaker_correct(gold[gi], pred[pi])
    return pairs


STATEMENT_RULE = ("predicted indirect/mixed quotes of one statement id separated only by whitespace count as ONE quote "
                  "(as gold marks Konjunktiv-I runs); *_sentences keys count every sentence on its own")


def report_from_counts(counts: QuoteCounts, articles: int, sentences: QuoteCounts | None = None) -> EvalReport:
    """The report; ``sentences`` (the same predictions scored without joining statement pieces) adds ``*_sentences``."""
    n_gold = sum(counts.gold.values())
    n_pred = sum(counts.pred.values())
    tp = sum(counts.gold_found.values())
    qp, qr, qf = prf(tp, n_pred, n_gold)
    sp, sr, sf = prf(counts.speaker_correct, n_pred, n_gold)
    details = [f"statement pieces: {STATEMENT_RULE}",
               f"articles={articles} gold quotes={n_gold} predicted={n_pred} matched={tp}",
               f"{'gold type':<22}{'gold':>6}{'found':>7}{'recall':>8}"]
    for t in GOLD_TYPES:
        g, f = counts.gold[t], counts.gold_found[t]
        details.append(f"{t:<22}{g:>6}{f:>7}{(f / g if g else 0.0):>8.3f}")
    details.append(f"{'group':<22}{'gold':>6}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}")
    group_f1: dict[str, float] = {}
    for group in ("direct", "indirect", "reported"):
        g = sum(counts.gold[t] for t in GOLD_TYPES if _TYPE_GROUP[t] == group)
        gf = sum(counts.gold_found[t] for t in GOLD_TYPES if _TYPE_GROUP[t] == group)
        pn, pf = counts.pred[group], counts.pred_found[group]
        p = pf / pn if pn else 0.0
        r = gf / g if g else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        group_f1[group] = f1
        details.append(f"{group:<22}{g:>6}{pn:>7}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
    details.append(f"quote P={qp:.3f} R={qr:.3f} F1={qf:.3f}   speaker P={sp:.3f} R={sr:.3f} F1={sf:.3f}")
    details.append("calibration: confidence  predicted  matched share")
    for value in sorted(counts.by_confidence, reverse=True):
        n = counts.by_confidence[value]
        details.append(f"  {value:>10.2f}  {n:>9}  {counts.found_by_confidence[value] / n:>13.3f}")
    metrics = {
        "quote_f1": qf, "speaker_f1": sf, "direct_f1": group_f1["direct"], "indirect_f1": group_f1["indirect"],
        "reported_f1": group_f1["reported"], "quote_p": qp, "quote_r": qr,
    }
    if sentences is not None:
        per_sentence = report_from_counts(sentences, articles)
        sm = per_sentence.metrics
        details.append(f"per sentence (pieces not joined): predicted={sum(sentences.pred.values())} "
                       f"quote P={sm['quote_p']:.3f} R={sm['quote_r']:.3f} F1={sm['quote_f1']:.3f}   "
                       f"speaker F1={sm['speaker_f1']:.3f}   indirect F1={sm['indirect_f1']:.3f}")
        for key in ("quote_f1", "speaker_f1", "indirect_f1", "quote_p", "quote_r"):
            metrics[f"{key}_sentences"] = sm[key]
    return EvalReport("quotes", metrics, details)


def evaluate_quotes(split: str = "dev", file: Path | None = None, progress: Progress = no_progress,
                    nlp: Language | None = None, quotes_model: Path | None = None) -> EvalReport:
    """Quote detection and speaker P/R/F1 of the ``lagebild run`` pipeline on german-news-quotes.

    ``quotes_model`` adds the optional learned quotation layer (``lagebild.nlp.quotes_learned``).
    """
    path = file if file is not None else data_path(DATASET, f"{split}.jsonl.gz")
    skipped: list[InputError] = []
    articles = list(read_articles(path, skipped))  # before the pipeline loads: a wrong path fails at once
    if nlp is None:
        from lagebild.nlp.pipeline import load_pipeline

        nlp = load_pipeline(quotes_model=quotes_model)
    counts = QuoteCounts.empty()
    sentences = QuoteCounts.empty()
    for n, article in enumerate(articles):
        doc = analyse_article(nlp, article, f"a{n}")
        gold = gold_quotes(article)
        pred = doc._.quotes or []
        score_article(gold, join_statement_pieces(doc.text, pred), counts)
        score_article(gold, pred, sentences)
        progress("quotes", n + 1, len(articles))
    report = report_from_counts(counts, len(articles), sentences)
    report.details[:0] = skipped_details(skipped)
    return report


def bench_quotes(words: int = 200_000, progress: Progress = no_progress) -> EvalReport:
    """Words/s of ``lagebild_quotes`` alone on dev articles repeated to ``words`` words.

    The pipeline runs up to ``lagebild_entities`` first (untimed); then only the quotation
    component is timed on those docs.
    """
    from lagebild.nlp.pipeline import BACKBONE, build_pipeline, load_pipeline

    full = load_pipeline()
    quotes = full.get_pipe("lagebild_quotes")
    upstream = build_pipeline(components=BACKBONE + ("lagebild_entities",))
    texts = [a["originalText"] for a in read_articles(data_path(DATASET, "dev.jsonl.gz"))]
    docs: list[Doc] = []
    total = 0
    while total < words and texts:
        for text in texts:
            doc = upstream(text)
            docs.append(doc)
            total += sum(1 for t in doc if not t.is_punct and not t.is_space)
            progress("bench.quotes: prepare", min(total, words), words)
            if total >= words:
                break
    start = time.perf_counter()
    for n, doc in enumerate(docs):
        quotes(doc)
        if n % 50 == 0:
            progress("bench.quotes: quotes", n + 1, len(docs))
    seconds = time.perf_counter() - start
    n_quotes = sum(len(d._.quotes or []) for d in docs)
    details = [f"docs={len(docs)} words={total} quotes={n_quotes} seconds={seconds:.2f}"]
    return EvalReport("bench.quotes", {"words_per_s": total / seconds if seconds else 0.0, "words": float(total)},
                      details)
