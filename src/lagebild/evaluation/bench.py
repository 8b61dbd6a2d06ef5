"""``lagebild bench run``: end-to-end words/s of ``run`` on one core, beside a plain regex tokenizer.

The whole job is timed as a user runs it: reading JSONL, cleaning, language id, the German pipeline,
storing every article in SQLite and clustering stories. The regex tokenizer is measured over the same
texts in the same process, so the ratio is stable on a noisy machine even when absolute speeds are not.
Speeds use this process's CPU time (``time.process_time``): on a shared, busy machine wall time mostly measures
the other processes. Wall seconds are reported beside it.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from lagebild.evaluation import EvalReport
from lagebild.evaluation.synthetic_news import WORD, generate_articles
from lagebild.progress import Progress, no_progress
from lagebild.types import Article, PartialDate

_NAME_DATE = re.compile(r"\((\d{4})-(\d{2})-(\d{2})\)\s*$")  # "11059 - Titel (2005-08-20)"
_NAME_TITLE = re.compile(r"^\d+\s*-\s*|\s*\(\d{4}-\d{2}-\d{2}\)\s*$")


def pin_to_one_core() -> None:
    """Benchmarks speak of one core: pin this process (and BLAS threads) to a single CPU."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def regex_tokenizer_wps(texts: list[str], repeats: int = 3) -> float:
    words = sum(len(WORD.findall(t)) for t in texts)
    timings = []
    for _ in range(repeats):
        started = time.process_time()
        for text in texts:
            WORD.findall(text)
        timings.append(time.process_time() - started)
    return words / statistics.median(timings)


def news_articles(words: int) -> list[Article]:
    """Real German news articles from LAGEBILD_DATA (german-news-quotes), each once, up to ``words`` words.
    Not repeated: a repeated article would be stored as a copy, which is not what a real feed looks like."""
    from lagebild.evaluation.bench_nlp import NEWS_DATASET
    from lagebild.settings import data_path

    articles: list[Article] = []
    total = 0
    for split in ("train", "dev"):
        with gzip.open(data_path(NEWS_DATASET, f"{split}.jsonl.gz"), "rt", encoding="utf-8") as fh:
            for line in fh:
                if total >= words:
                    return articles
                record = json.loads(line)
                text = record["originalText"]
                name = record.get("documentName", "")
                dated = _NAME_DATE.search(name)
                published = PartialDate(*map(int, dated.groups())) if dated else None
                title = _NAME_TITLE.sub("", name).strip() or None
                articles.append(Article(id=f"news/{split}/{len(articles):05d}", text=text, title=title,
                                        outlet="wikinews.example", published=published))
                total += len(WORD.findall(text))
    return articles


def bench_run(words: int = 300_000, progress: Progress = no_progress, source: str = "generated") -> EvalReport:
    """End-to-end words/s. ``source``: "generated" (templates, any size; the default, so figures stay comparable)
    or "news" (real articles from LAGEBILD_DATA, each once, so at most ~190,000 words)."""
    from lagebild.nlp.pipeline import load_pipeline
    from lagebild.runner import run_corpus

    pin_to_one_core()
    articles = news_articles(words) if source == "news" else generate_articles(words)
    texts = [a.text for a in articles]
    n_words = sum(len(WORD.findall(t)) for t in texts)
    from lagebild.clean.language import identify_language

    # Loading models is start-up cost, not throughput. The runner asks for load_pipeline(None) (a different cache
    # key than load_pipeline()), and components load their models on first use: run one text through it.
    started = time.process_time()
    load_pipeline(None)("Die Ministerin sagte am Montag in Berlin, die Lage sei ernst.")
    identify_language("Das ist ein deutscher Satz.")  # loads the language model (start-up cost, too)
    startup = time.process_time() - started
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as tmp:
        feed = Path(tmp) / "bench.jsonl"
        with feed.open("w", encoding="utf-8") as fh:
            for a in articles:
                record = {"id": a.id, "text": a.text, "title": a.title, "outlet": a.outlet,
                          "published": a.published.iso() if a.published else None}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        started, wall_started = time.process_time(), time.perf_counter()
        summary = run_corpus([str(feed)], Path(tmp) / "bench.db", progress=progress)
        elapsed, wall = time.process_time() - started, time.perf_counter() - wall_started
    run_wps = n_words / elapsed
    regex_wps = regex_tokenizer_wps(texts)
    return EvalReport(
        name="bench.run",
        metrics={
            "run_wps": run_wps,
            "regex_tokenizer_wps": regex_wps,
            "ratio": run_wps / regex_wps,
            "words": n_words,
            "articles": len(articles),
            "seconds": elapsed,
            "wall_seconds": wall,
        },
        details=[
            f"corpus: {len(articles)} {'real news' if source == 'news' else 'generated'} articles, {n_words} words;"
            " one core",
            f"lagebild run: {elapsed:.1f} s CPU ({wall:.1f} s wall) → {run_wps:,.0f} words/s (goal ≥ 15,000)",
            f"regex tokenizer on the same texts: {regex_wps:,.0f} words/s",
            f"start-up (loading models, not timed above): {startup:.1f} s CPU",
            f"stored {summary.stored}, quotes {summary.quotes}, figures {summary.figures}, stories {summary.stories}",
            *(
                [f"WARNING: {summary.skipped} articles skipped, e.g. {summary.errors[:1]}: the speed is not valid"]
                if summary.skipped
                else []
            ),
        ],
    )
