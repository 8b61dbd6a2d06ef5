"""The times evaluation scores detection and resolved dates against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.evaluation.times import GOLD_TIMES, evaluate_times


def test_bundled_gold_set_is_large() -> None:
    records = [json.loads(line) for line in GOLD_TIMES.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["times"]) for r in records) >= 150
    assert any(r["published"] is None for r in records)


def test_scores_a_small_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    record = {"id": "x", "split": "dev", "published": "2026-03-12",
              "text": "Am Freitag kam er, gestern ging er.",
              "times": [{"text": "Am Freitag", "value": "2026-03-06"}, {"text": "gestern", "value": "2026-03-01"}]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate_times(gold)
    assert report.metrics["time_f1"] == 1.0
    assert report.metrics["date_accuracy"] == 0.5  # the second gold date is deliberately wrong


def test_heldout2_block_has_forty_expressions() -> None:
    records = [json.loads(line) for line in GOLD_TIMES.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["times"]) for r in records if r["split"] == "heldout2") >= 40
