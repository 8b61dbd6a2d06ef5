from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import UsageError
from lagebild.evaluation.stories import (
    bcubed,
    bench_stories,
    copy_scores,
    evaluate_stories,
    origin_accuracy,
    pairwise,
    read_gold,
    read_gold_origins,
)

GOLD = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}


def test_bcubed_on_a_hand_computed_clustering() -> None:
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}
    # Precision per item: a,b 2/2; c 1/3; d,e 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15.
    # Recall per item: a,b 2/3; c 1/3; d,e 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15.
    p, r, f = bcubed(predicted, GOLD)
    assert p == pytest.approx(11 / 15)
    assert r == pytest.approx(11 / 15)
    assert f == pytest.approx(11 / 15)


def test_bcubed_perfect_all_in_one_and_singletons() -> None:
    assert bcubed(dict(GOLD), GOLD) == pytest.approx((1.0, 1.0, 1.0))
    p, r, _ = bcubed({d: "one" for d in GOLD}, GOLD)
    assert p == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)
    assert r == pytest.approx(1.0)
    p, r, _ = bcubed({}, GOLD)  # nothing predicted: every document is its own story
    assert p == pytest.approx(1.0)
    assert r == pytest.approx((3 * 1 / 3 + 2 * 1 / 2) / 5)


def test_pairwise_on_a_hand_computed_clustering() -> None:
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}
    # Gold pairs: ab ac bc de (4). Predicted: ab cd ce de (4). Shared: ab de (2).
    assert pairwise(predicted, GOLD) == pytest.approx((0.5, 0.5, 0.5))


def test_copy_pairs_are_unordered() -> None:
    assert copy_scores({"b": "a", "z": "y"}, {"a": "b"}, {"a", "b", "y"}) == pytest.approx((1.0, 1.0, 1.0))


def test_read_gold_with_comments_and_copy_column(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("# comment\n\na\tstrike\nb\tstrike\tcopy_of=a\nc\tsummit\n", encoding="utf-8")
    truth = read_gold(gold)
    assert truth.labels == {"a": "strike", "b": "strike", "c": "summit"}
    assert truth.copies == {"b": "a"}
    gold.write_text("a strike\n", encoding="utf-8")
    with pytest.raises(UsageError):
        read_gold(gold)


def test_bench_reports_speed_memory_and_quality_on_a_small_synthetic_set() -> None:
    report = bench_stories([300])
    assert report.name == "bench.stories"
    assert report.metrics["docs_per_s_300"] > 0
    assert report.metrics["peak_mb_300"] > 0
    # The synthetic set has follow-up stories that overlap in time and vocabulary: measured 0.979 here.
    assert report.metrics["bcubed_f1_300"] > 0.93
    assert "slowdown_ratio" in report.metrics and "slowdown_ratio_300" in report.metrics
    assert any("per tenth of the stream" in line for line in report.details)


@pytest.mark.slow
def test_sample_corpus_clusters_close_to_gold() -> None:
    gold = Path("examples/gold-stories.tsv")
    if not gold.exists():
        pytest.skip("examples/gold-stories.tsv is not there")
    report = evaluate_stories(gold)
    assert report.metrics["bcubed_p"] >= 0.9
    assert report.metrics["bcubed_f1"] >= 0.9
    assert report.metrics["copies_f1"] >= 0.9


def test_copy_scores_compare_copy_groups_not_single_links() -> None:
    # A reprint of a reprint is a copy of the original too.
    assert copy_scores({"c": "b", "b": "a"}, {"b": "a", "c": "a"}, {"a", "b", "c", "d"}) == pytest.approx((1, 1, 1))
    p, r, _ = copy_scores({"d": "a"}, {"b": "a"}, {"a", "b", "d"})
    assert (p, r) == (0.0, 0.0)


def test_origin_accuracy_compares_the_majority_story_with_the_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text('{"stories": {"strike": {"origin": null}, "interview": {"origin": "Deutschlandfunk"}}}',
                        encoding="utf-8")
    origins = read_gold_origins(manifest)
    assert origins == {"strike": None, "interview": "Deutschlandfunk"}
    labels = {"a": "strike", "b": "strike", "c": "interview"}
    right = [(["a", "b"], None), (["c"], "deutschlandfunk")]
    assert origin_accuracy(right, labels, origins) == (1.0, [])
    wrong = [(["a", "b"], "Tagesspiegel"), (["c"], "Deutschlandfunk")]
    accuracy, misses = origin_accuracy(wrong, labels, origins)
    assert accuracy == 0.5 and "strike" in misses[0]
    assert read_gold_origins(tmp_path / "missing.json") is None
