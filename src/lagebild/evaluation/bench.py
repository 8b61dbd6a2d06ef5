"""``lagebild bench run``: end-to-end words/s of ``run`` on one core, beside a plain regex tokenizer.

The whole job is timed as a user runs it: reading JSONL, cleaning, language id, the German pipeline,
storing every article in SQLite and clustering stories. The regex tokenizer is measured over the same
texts in the same process, so the ratio is stable on a noisy machine even when absolute speeds are not.
Speeds use this process's CPU time (``time.process_time``): on a shared, busy machine wall time mostly measures
the other processes. Wall seconds are reported beside it.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from lagebild.evaluation import EvalReport
from lagebild.evaluation.synthetic_news import WORD, generate_articles
from lagebild.progress import Progress, no_progress


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


def bench_run(words: int = 300_000, progress: Progress = no_progress) -> EvalReport:
    from lagebild.nlp.pipeline import load_pipeline
    from lagebild.runner import run_corpus

    pin_to_one_core()
    articles = generate_articles(words)
    texts = [a.text for a in articles]
    n_words = sum(len(WORD.findall(t)) for t in texts)
    from lagebild.clean.language import identify_language

    load_pipeline()  # loading models is start-up cost, not throughput
    identify_language("Das ist ein deutscher Satz.")  # loads the language model (start-up cost, too)
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
            f"corpus: {len(articles)} generated articles, {n_words} words; one core",
            f"lagebild run: {elapsed:.1f} s CPU ({wall:.1f} s wall) → {run_wps:,.0f} words/s (goal ≥ 15,000)",
            f"regex tokenizer on the same texts: {regex_wps:,.0f} words/s",
            f"stored {summary.stored}, quotes {summary.quotes}, figures {summary.figures}, stories {summary.stories}",
        ],
    )
