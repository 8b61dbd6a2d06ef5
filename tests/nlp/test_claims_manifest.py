"""Independent check: the full pipeline against the figures and dates examples/manifest.json expects
(written by another engineer without running any extractor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation import EvalReport

MANIFEST = Path(__file__).resolve().parents[2] / "examples" / "manifest.json"


@pytest.fixture(scope="session")
def manifest_reports() -> tuple[EvalReport, EvalReport]:
    if not MANIFEST.exists():
        pytest.skip("examples/manifest.json is absent")
    from lagebild.evaluation.figures import evaluate_figures
    from lagebild.evaluation.times import evaluate_times

    return evaluate_figures(MANIFEST), evaluate_times(MANIFEST)


def test_manifest_figures_are_found_with_values(manifest_reports: tuple[EvalReport, EvalReport]) -> None:
    figures, _ = manifest_reports
    assert figures.name == "figures.manifest"
    assert figures.metrics["figure_recall"] >= 0.95, figures.details
    assert figures.metrics["source_accuracy"] >= 0.7, figures.details


def test_manifest_dates_resolve(manifest_reports: tuple[EvalReport, EvalReport]) -> None:
    _, times = manifest_reports
    assert times.name == "times.manifest"
    assert times.metrics["time_recall"] >= 0.97, times.details
    assert times.metrics["date_accuracy"] >= 0.97, times.details
