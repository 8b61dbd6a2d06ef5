"""The figures evaluation scores value, subject and source against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.evaluation.figures import GOLD_FIGURES, evaluate_figures, same_source


def test_bundled_gold_set_is_large_and_consistent() -> None:
    records = [json.loads(line) for line in GOLD_FIGURES.read_text(encoding="utf-8").splitlines()]
    figures = [f for r in records for f in r["figures"]]
    assert len(figures) >= 150
    assert {r["split"] for r in records} == {"dev", "heldout", "heldout2"}
    assert sum(len(r["figures"]) for r in records if r["split"] == "heldout2") >= 60
    for r in records:
        for f in r["figures"]:
            assert f["figure"] in r["text"]


def test_scores_a_small_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    record = {"id": "x", "split": "dev", "published": "2026-03-10",
              "text": "Laut Polizei kamen 12.000 Menschen. Es waren 5 Busse.",
              "figures": [{"figure": "12.000", "value": 12000, "unit": None, "qualifier": None,
                           "subject": "Menschen", "source": "Polizei"},
                          {"figure": "5", "value": 6, "unit": None, "qualifier": None,
                           "subject": "Busse", "source": None}]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate_figures(gold)
    assert report.name == "figures"
    assert report.metrics["value_f1"] == 0.5  # the second gold value is deliberately wrong
    assert report.metrics["subject_f1"] == 1.0
    assert report.metrics["source_f1"] == 1.0
    assert report.metrics["figure_source_f1"] == 0.5


def test_source_names_match_across_inflection() -> None:
    assert same_source("Statistischem Bundesamt", "Statistisches Bundesamt")
    assert same_source("Sprecher des Landkreises", "Sprecher des Landkreises")
    assert not same_source("Polizei", "Veranstalter")
    assert same_source(None, None) and not same_source("Polizei", None)


def test_manifest_is_recognised_by_shape(tmp_path: Path) -> None:
    from lagebild.evaluation.times import is_manifest

    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"articles": {}}), encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(json.dumps([1, 2]), encoding="utf-8")
    assert is_manifest(manifest)
    assert not is_manifest(other)
    assert not is_manifest(GOLD_FIGURES)
    assert not is_manifest(None)


def test_figure_records_the_scorer_cannot_read_are_skipped_by_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    figure = {"figure": "12.000", "value": 12000, "unit": None, "qualifier": None, "subject": "Menschen",
              "source": "Polizei"}
    good = {"id": "x", "split": "dev", "published": "2026-03-10", "text": "Laut Polizei kamen 12.000 Menschen.",
            "figures": [figure]}
    no_unit = {**good, "figures": [{k: v for k, v in figure.items() if k != "unit"}]}
    text_value = {**good, "figures": [{**figure, "value": "zwölftausend"}]}
    gold.write_text("\n".join(json.dumps(r) for r in [good, no_unit, text_value]) + "\n", encoding="utf-8")
    report = evaluate_figures(gold)
    assert report.metrics["figure_source_f1"] == 1.0  # the good record alone
    assert [line for line in report.details if line.startswith("skipped")] == [
        f"skipped {gold}:2: figures[0]: missing field unit",
        f"skipped {gold}:3: figures[0]: value must be a number or null"]
