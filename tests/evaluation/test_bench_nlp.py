"""`lagebild bench nlp`: the generated corpus and the report's shape."""

from __future__ import annotations

from lagebild.evaluation.bench_nlp import bench_nlp, generate_corpus


def test_generated_corpus_has_the_requested_size_and_is_german_news() -> None:
    articles = generate_corpus(3000)
    words = sum(len(a.split()) for a in articles)
    assert 3000 <= words < 3000 + 60
    text = " ".join(articles)
    assert "sagte" in text and "Prozent" in text
    assert generate_corpus(3000) == articles  # deterministic


def test_bench_reports_words_per_second_and_split() -> None:
    report = bench_nlp(words=1500)
    assert report.name == "bench.nlp"
    assert set(report.metrics) == {"backbone_wps", "tokenizer_wps", "ratio"}
    assert report.metrics["backbone_wps"] > 0 and report.metrics["tokenizer_wps"] > 0
    assert 0 < report.metrics["ratio"] < 1.5
    assert any("lagebild_morphology" in line for line in report.details)
