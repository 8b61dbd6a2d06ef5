"""The times evaluation scores detection and resolved dates against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.errors import UsageError
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


def test_bad_gold_records_are_skipped_and_named(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    good = {"id": "x", "split": "dev", "published": "2026-03-12", "text": "Am Freitag kam er.",
            "times": [{"text": "Am Freitag", "value": "2026-03-06"}]}
    absent = {**good, "id": "y", "times": [{"text": "am Montag", "value": None}]}
    undated = {**good, "id": "z", "published": "März"}
    gold.write_text("\n".join([json.dumps(good), "{oops", json.dumps(absent), json.dumps(undated)]) + "\n",
                    encoding="utf-8")
    report = evaluate_times(gold)
    assert report.metrics["time_f1"] == 1.0  # the good record alone is scored
    skipped = [line for line in report.details if line.startswith("skipped")]
    assert skipped == [f"skipped {gold}:2: not JSON: Expecting property name enclosed in double quotes (column 2)",
                       f"skipped {gold}:3: text 'am Montag' (occurrence 1) is not in the text",
                       f"skipped {gold}:4: published 'März' is no ISO date"]


def test_a_missing_gold_file_is_a_one_line_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="gold file not found"):
        evaluate_times(tmp_path / "nowhere.jsonl")
    with pytest.raises(UsageError, match="gold file not found"):
        evaluate_times(tmp_path / "nowhere.json")


def test_entries_the_scorer_would_trip_over_are_caught_before_counting(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    good = {"id": "x", "split": "dev", "published": "2026-03-12", "text": "Am Freitag kam er.",
            "times": [{"text": "Am Freitag", "value": "2026-03-06"}]}
    bad = [{**good, "times": [{"text": "Am Freitag"}]},  # no value
           {**good, "times": [{"text": "Am Freitag", "value": None, "occurrence": 0}]},
           {**good, "times": [{"text": "", "value": None}]},
           {**good, "published": 20260312},
           {**good, "times": ["Am Freitag"]}]
    gold.write_text("\n".join(json.dumps(r) for r in [good, *bad]) + "\n", encoding="utf-8")
    report = evaluate_times(gold)
    assert report.metrics["time_f1"] == 1.0
    reasons = [line.split(": ", 2)[-1] for line in report.details if line.startswith("skipped")]
    assert reasons == ["missing field value",
                       "text must be a non-empty string and occurrence a whole number from 1",
                       "text must be a non-empty string and occurrence a whole number from 1",
                       "published 20260312 is no ISO date",
                       "times[0] is no object"]


def test_an_unreadable_gold_file_is_a_one_line_error_and_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    broken = tmp_path / "g.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(UsageError, match=r"g\.jsonl\.gz unreadable after line 0"):
        evaluate_times(broken)
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"id": "x", "text": "Größe"}\n'.encode("latin-1"))
    with pytest.raises(UsageError, match="not UTF-8 text"):
        evaluate_times(latin)
    bom = tmp_path / "bom.json"  # JSON lines under a .json name, with a byte-order mark: no manifest, read line by line
    record = {"id": "x", "text": "Am Freitag kam er.", "published": "2026-03-12",
              "times": [{"text": "Am Freitag", "value": "2026-03-06"}]}
    bom.write_text("\ufeff" + json.dumps(record) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    assert evaluate_times(bom).metrics["time_f1"] == 1.0
