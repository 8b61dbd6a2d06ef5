"""Story clustering quality (B-cubed, pairwise, copies) and speed.

Gold file format (``examples/gold-stories.tsv``), UTF-8 TSV, ``#`` starts a comment line::

    doc_id<TAB>story_label[<TAB>copy_of=<doc_id>]

Every listed document belongs to the story named by its label (labels are arbitrary strings);
the optional third column marks the document as a (near-)copy of another listed document.
Only documents listed in the gold file are scored.
"""

from __future__ import annotations

import resource
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.errors import UsageError
from lagebild.evaluation import EvalReport, prf
from lagebild.progress import Progress, no_progress


@dataclass
class GoldStories:
    labels: dict[str, str]
    copies: dict[str, str] = field(default_factory=dict)  # doc → doc it copies


def read_gold(path: Path) -> GoldStories:
    if not path.exists():
        raise UsageError(f"gold file not found: {path}")
    gold = GoldStories(labels={})
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise UsageError(f"{path}:{n}: expected doc_id<TAB>story_label[<TAB>copy_of=<doc_id>]")
        doc = cols[0].strip()
        gold.labels[doc] = cols[1].strip()
        for extra in cols[2:]:
            extra = extra.strip()
            if extra.startswith("copy_of="):
                gold.copies[doc] = extra[len("copy_of="):].strip()
    return gold


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the gold documents (a missing prediction is a singleton)."""
    docs = list(gold)
    if not docs:
        return 0.0, 0.0, 0.0
    pred = {d: predicted.get(d, "\x00single:" + d) for d in docs}
    pair_counts = Counter((pred[d], gold[d]) for d in docs)
    pred_sizes = Counter(pred.values())
    gold_sizes = Counter(gold.values())
    p = sum(pair_counts[(pred[d], gold[d])] / pred_sizes[pred[d]] for d in docs) / len(docs)
    r = sum(pair_counts[(pred[d], gold[d])] / gold_sizes[gold[d]] for d in docs) / len(docs)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Precision/recall/F1 of same-story document pairs."""
    docs = list(gold)
    pred = {d: predicted.get(d, "\x00single:" + d) for d in docs}

    def pairs(counts: Iterable[int]) -> int:
        return sum(c * (c - 1) // 2 for c in counts)

    tp = pairs(Counter((pred[d], gold[d]) for d in docs).values())
    return prf(tp, pairs(Counter(pred.values()).values()), pairs(Counter(gold.values()).values()))


def copy_groups(links: dict[str, str]) -> dict[str, str]:
    """Doc → representative of its copy group (connected components of copy links)."""
    parent: dict[str, str] = {}

    def find(d: str) -> str:
        parent.setdefault(d, d)
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in links.items():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in list(parent)}


def copy_scores(predicted: dict[str, str], gold: dict[str, str], docs: set[str]) -> tuple[float, float, float]:
    """Pairwise P/R/F1 of copy groups among ``docs``: two documents pair when copy links connect them.

    Scoring groups rather than links does not depend on which of several reprints a copy is said
    to copy (a reprint of a reprint is a copy of the original too).
    """
    pred = {d: g for d, g in copy_groups({a: b for a, b in predicted.items() if a in docs and b in docs}).items()}
    truth = copy_groups(gold)
    universe = sorted(docs | set(truth))
    return pairwise({d: pred.get(d, d) for d in universe}, {d: truth.get(d, d) for d in universe})


def read_gold_origins(path: Path) -> dict[str, str | None] | None:
    """Story label → the outlet where it first appeared (None: no origin), from the ``stories``
    section of a ``manifest.json`` next to the gold file; None when there is no such manifest."""
    import json

    if not path.exists():
        return None
    stories = json.loads(path.read_text(encoding="utf-8")).get("stories")
    if not isinstance(stories, dict):
        return None
    return {label: (entry.get("origin") or None) for label, entry in stories.items() if isinstance(entry, dict)}


def origin_accuracy(
    stories: Iterable[tuple[list[str], str | None]], labels: dict[str, str], origins: dict[str, str | None]
) -> tuple[float, list[str]]:
    """Share of gold stories whose predicted story (the one holding most of their documents) names
    the gold origin (case-insensitive; no origin must be predicted as none), and the misses."""
    found: dict[str, tuple[int, str | None]] = {}
    for docs, origin in stories:
        for label, n in Counter(labels[d] for d in docs if d in labels).items():
            if n > found.get(label, (0, None))[0]:
                found[label] = (n, origin)
    misses = []
    for label, want in origins.items():
        got = found.get(label, (0, None))[1]
        if (got or "").casefold() != (want or "").casefold():
            misses.append(f"origin of {label}: predicted {got!r}, gold {want!r}")
    return (1.0 - len(misses) / len(origins) if origins else 0.0), misses


def evaluate_stories(gold: Path, inputs: list[str] | None = None, progress: Progress = no_progress) -> EvalReport:
    """Ingest and analyse the inputs in memory, cluster them and score against the gold clustering."""
    from lagebild.analysis import analyse_articles
    from lagebild.ingest.readers import read_inputs
    from lagebild.stories import cluster, link_entities

    truth = read_gold(gold)
    sources = inputs or [str(gold.parent / "articles")]
    if not inputs and not Path(sources[0]).exists():
        raise UsageError(f"no articles given and {sources[0]} does not exist")
    from lagebild.settings import get_settings
    from lagebild.types import Article

    articles = [a for a in read_inputs(sources, max_bytes=get_settings().max_bytes) if isinstance(a, Article)]
    analyses = []
    for i, analysis in enumerate(analyse_articles(articles)):
        analyses.append(analysis)
        progress("analysing", i + 1, len(articles))
    _, links = link_entities([e for a in analyses for e in a.entities])  # as update_stories does
    result = cluster(analyses, entity_links=links, progress=progress)
    predicted = result.membership
    bp, br, bf = bcubed(predicted, truth.labels)
    pp, pr, pf = pairwise(predicted, truth.labels)
    cp, cr, cf = copy_scores({c.doc: c.copy_of for c in result.copies}, truth.copies, set(truth.labels))
    missing = [d for d in truth.labels if d not in predicted]
    details = [f"gold documents: {len(truth.labels)}, gold stories: {len(set(truth.labels.values()))}, "
               f"predicted stories over them: {len({predicted[d] for d in truth.labels if d in predicted})}"]
    if missing:
        details.append(f"gold documents not among the inputs: {', '.join(missing[:10])}")
    titles = {s.id: s.title for s in result.stories}
    by_story: dict[str, list[str]] = {}
    for d in truth.labels:
        by_story.setdefault(predicted.get(d, "-"), []).append(f"{d}[{truth.labels[d]}]")
    for sid, docs in sorted(by_story.items()):
        details.append(f"{sid} {titles.get(sid, '')[:60]!r}: {' '.join(docs)}")
    details.append(f"copies: predicted {len(result.copies)}, gold {len(truth.copies)}, P={cp:.3f} R={cr:.3f}")
    metrics = {"bcubed_f1": bf, "bcubed_p": bp, "bcubed_r": br, "pairwise_f1": pf, "copies_f1": cf}
    origins = read_gold_origins(gold.parent / "manifest.json")
    if origins:
        predicted_origins = [(s.documents, s.origin.name if s.origin else None) for s in result.stories]
        metrics["origin_accuracy"], misses = origin_accuracy(predicted_origins, truth.labels, origins)
        details.append(f"origins: {len(origins) - len(misses)} of {len(origins)} stories as in manifest.json")
        details.extend(misses)
    return EvalReport(name="stories", metrics=metrics, details=details)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def bench_stories(sizes: list[int], progress: Progress = no_progress) -> EvalReport:
    """Articles/s, peak memory, first-vs-last-10% time per article and B-cubed F1 on synthetic corpora.

    Timed: ``cluster`` over pre-built Analysis objects, signatures included, on one core.
    ``docs_per_s_N`` counts the process's CPU time (what one core spends; on a shared machine wall
    time also measures the neighbours); the wall-clock rate is in the details. Memory is the
    process's peak resident set (``getrusage``; tracemalloc would slow the timed code severalfold),
    which includes the generated corpus.
    """
    from lagebild.stories import cluster
    from lagebild.stories.features import stop_words
    from lagebild.stories.synthetic import generate

    stop_words()  # a one-time load (spaCy's lists), not per-article work: keep it out of the first 10%
    if not sizes or any(n < 10 for n in sizes):
        raise UsageError("sizes must be whole numbers of at least 10")
    metrics: dict[str, float] = {}
    details = []
    slowdown = 0.0
    for n in sizes:
        progress(f"generating {n} synthetic articles", 0, n)
        corpus = generate(n)
        stamps: list[tuple[int, float]] = []

        # Stamps in CPU time: on a shared machine wall time would measure the neighbours' load too.
        def timing(label: str, done: int, total: int | None = None, _stamps: list = stamps) -> None:
            _stamps.append((done, time.process_time()))
            progress(label, done, total)

        started = time.perf_counter()
        cpu_started = time.process_time()
        stamps.append((0, cpu_started))
        result = cluster(corpus.analyses, details=False, progress=timing)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        tenth = max(1, n // 10)
        # Per-article time of the online loop over the first and the last 10% of the stream.
        head = next((t, d) for d, t in stamps if d >= tenth)
        tail = next((t, d) for d, t in stamps if d >= n - tenth)
        first = (head[0] - stamps[0][1]) / max(1, head[1] - stamps[0][0])
        last = (stamps[-1][1] - tail[0]) / max(1, stamps[-1][0] - tail[1])
        slowdown = last / first if first > 0 else 0.0
        tenths = []  # CPU µs per article over each tenth of the stream (stories keep accumulating)
        for k in range(10):
            a = next((st for st in stamps if st[0] >= k * n // 10), stamps[-1])
            b = next((st for st in stamps if st[0] >= (k + 1) * n // 10), stamps[-1])
            if b[0] > a[0]:
                tenths.append(f"{(b[1] - a[1]) / (b[0] - a[0]) * 1e6:,.0f}")
        _, _, f = bcubed(result.membership, corpus.gold)
        _, _, cf = copy_scores({c.doc: c.copy_of for c in result.copies}, corpus.gold_copies, set(corpus.gold))
        metrics[f"docs_per_s_{n}"] = n / cpu
        metrics[f"peak_mb_{n}"] = _peak_rss_mb()
        metrics[f"bcubed_f1_{n}"] = f
        metrics[f"copies_f1_{n}"] = cf
        metrics[f"slowdown_ratio_{n}"] = slowdown
        details.append(
            f"n={n}: {n / cpu:,.0f} articles/s of CPU time ({n / elapsed:,.0f}/s wall), "
            f"process peak RSS {_peak_rss_mb():,.0f} MB, "
            f"first 10% {first * 1e6:,.0f} µs/article, last 10% {last * 1e6:,.0f} µs/article (CPU), "
            f"gold stories {len(set(corpus.gold.values()))}, predicted {len(result.stories)}, "
            f"B-cubed F1 {f:.4f}, copies F1 {cf:.4f} ({len(corpus.gold_copies)} gold copies)"
        )
        details.append(f"n={n}: CPU µs/article per tenth of the stream: {' '.join(tenths)}")
    metrics["slowdown_ratio"] = slowdown  # of the largest size: last-10% over first-10% CPU time per article
    return EvalReport(name="bench.stories", metrics=metrics, details=details)
