"""`lagebild bench nlp`: the benchmark corpus (real news or generated) and the report's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation.bench_nlp import bench_corpus, bench_nlp, generate_corpus


def test_generated_corpus_has_the_requested_size_and_is_german_news() -> None:
    articles = generate_corpus(3000)
    words = sum(len(a.split()) for a in articles)
    assert 3000 <= words < 3000 + 60
    text = " ".join(articles)
    assert "sagte" in text and "Prozent" in text
    assert generate_corpus(3000) == articles  # deterministic


def test_generated_corpus_repeats_its_numbers_like_real_news() -> None:
    # Unique random numbers in every sentence would defeat the tokenizer cache; real news repeats its figures.
    tokens = " ".join(generate_corpus(20_000)).split()
    numbers = [t for t in tokens if any(ch.isdigit() for ch in t)]
    assert len(numbers) > 500
    assert len(set(numbers)) < 0.4 * len(numbers)


def test_without_data_the_generated_corpus_is_used_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_DATA", str(tmp_path / "nothing-here"))
    corpus = bench_corpus(2000)
    assert corpus.source == "generated"
    assert "generated" in corpus.description
    assert corpus.words >= 2000


def test_real_news_corpus_when_the_data_is_there(shared_data: Path) -> None:
    corpus = bench_corpus(5000)
    assert corpus.source == "news"
    assert "german-news-quotes" in corpus.description
    assert 5000 <= corpus.words < 5000 + max(len(a.split()) for a in corpus.articles)
    big = bench_corpus(400_000)  # more than the data holds: the texts repeat, in order
    assert big.words >= 400_000
    assert "repeated" in big.description
    assert big.articles.count(big.articles[0]) >= 2


def test_bench_reports_words_per_second_split_and_corpus() -> None:
    report = bench_nlp(words=1500, source="generated")
    assert report.name == "bench.nlp"
    assert set(report.metrics) == {"backbone_wps", "tokenizer_wps", "ratio", "single_doc_wps"}
    assert report.metrics["single_doc_wps"] > 0
    assert any("nlp.pipe in batches of 32" in line for line in report.details)  # says how the headline is timed
    assert any(line.startswith("one document per call") for line in report.details)
    assert report.metrics["backbone_wps"] > 0 and report.metrics["tokenizer_wps"] > 0
    assert 0 < report.metrics["ratio"] < 1.5
    assert any("lagebild_morphology" in line for line in report.details)
    assert report.details[0].startswith("corpus: generated")


def test_bench_times_the_backbone_in_the_batches_lagebild_run_uses() -> None:
    import inspect

    from lagebild.analysis import analyse_articles
    from lagebild.evaluation.bench_nlp import RUN_BATCH_SIZE

    assert inspect.signature(analyse_articles).parameters["batch_size"].default == RUN_BATCH_SIZE


def test_news_articles_for_the_end_to_end_bench_are_distinct_dated_articles(shared_data: Path) -> None:
    from lagebild.evaluation.bench import news_articles

    articles = news_articles(3000)
    assert sum(len(a.text.split()) for a in articles) >= 2500
    assert len({a.id for a in articles}) == len(articles)
    assert len({a.text for a in articles}) == len(articles)  # never repeated: repeats would be stored as copies
    assert all(a.published is not None and 2000 <= a.published.year <= 2030 for a in articles)
    assert all(a.title and not a.title[0].isdigit() and "(" not in a.title[-1:] for a in articles)


def test_end_to_end_bench_stores_every_article_and_keeps_start_up_out() -> None:
    import os

    from lagebild.evaluation.bench import bench_run

    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    try:
        report = bench_run(words=800)
    finally:  # the bench pins the process to one core: give the rest of the test session its cores back
        if cpus is not None:
            os.sched_setaffinity(0, cpus)
    assert report.metrics["run_wps"] > 0 and report.metrics["articles"] >= 1
    assert f"stored {int(report.metrics['articles'])}," in " ".join(report.details)
    assert any(line.startswith("start-up") for line in report.details)
    assert not any("WARNING" in line for line in report.details)
