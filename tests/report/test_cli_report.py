"""`lagebild export` and `lagebild report` on a hand-built store, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app


def test_export_json_to_stdout_with_filters(report_db: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(report_db), "--since", "2024-11-20", "--outlet",
                                      "Beispiel-Zeitung"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["a1", "a3"]  # a3 is dated 2024, which overlaps


def test_report_writes_html_and_rejects_bad_dates(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.html"
    result = CliRunner().invoke(app, ["report", "--db", str(report_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Wer hat was gesagt" in out.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["report", "--db", str(report_db), "-o", str(out), "--until", "31.02.2024"])
    assert result.exit_code == 2 and "--until" in result.output


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output
