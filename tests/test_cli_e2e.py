"""End to end through the CLI on the bundled sample corpus: counts, idempotency, export contract, offsets."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from lagebild import __version__

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "examples" / "articles"
BAD = REPO / "examples" / "bad"
GOLD = REPO / "examples" / "gold-stories.tsv"
SCHEMA = REPO / "src" / "lagebild" / "schema" / "export-v1.json"


def lagebild(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lagebild", *args],
        capture_output=True, text=True, input=stdin, cwd=cwd, env={**os.environ, "COLUMNS": "200"},
    )


def gold_ids() -> list[str]:
    return [line.split("\t")[0] for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    db = tmp_path_factory.mktemp("e2e") / "sample.db"
    result = lagebild("run", str(ARTICLES), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db, json.loads(result.stdout)


@pytest.fixture(scope="module")
def export(corpus_db: tuple[Path, dict]) -> dict:
    db, _ = corpus_db
    result = lagebild("export", "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version() -> None:
    result = lagebild("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"lagebild {__version__}"


def test_usage_error_exits_2() -> None:
    assert lagebild("export", "--format", "xml").returncode == 2
    assert lagebild("run").returncode == 2


def test_an_evaluation_of_a_missing_file_fails_in_one_line(tmp_path: Path) -> None:
    for args in (["quotes", "--file"], ["times", "--gold"], ["figures", "--gold"]):
        result = lagebild("eval", *args, str(tmp_path / "nowhere.jsonl"))
        assert result.returncode == 2 and result.stderr.strip().splitlines() == [
            f"error: {'quotes' if args[0] == 'quotes' else 'gold'} file not found: {tmp_path / 'nowhere.jsonl'}"]


def test_run_summary_counts_every_sample_article(corpus_db: tuple[Path, dict]) -> None:
    _, summary = corpus_db
    n = len(gold_ids())
    assert summary["read"] == n
    assert summary["stored"] == n
    assert summary["skipped"] == 0
    assert summary["not_german"] >= 1
    assert summary["quotes"] >= 40
    assert summary["figures"] >= 20
    assert summary["stories"] >= 5
    assert summary["copies"] >= 2


def test_rerun_is_idempotent(corpus_db: tuple[Path, dict], export: dict) -> None:
    db, _ = corpus_db
    result = lagebild("run", str(ARTICLES), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    again = json.loads(result.stdout)
    assert again["stored"] == 0 and again["replaced"] == 0
    assert again["unchanged"] == len(gold_ids())
    after = json.loads(lagebild("export", "--db", str(db), "--format", "json").stdout)
    for table in ("documents", "quotes", "claims", "times", "stories", "copies", "entities"):
        assert len(after[table]) == len(export[table]), table
    assert [s["id"] for s in after["stories"]] == [s["id"] for s in export["stories"]]


def test_export_matches_the_contract(export: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(export, schema)
    assert export["lagebild_export"] == 1
    assert sorted(d["id"] for d in export["documents"]) == sorted(gold_ids())


def _spans(export: dict):
    """Every (doc, start, end, text) the export claims, for the offset check."""
    for d in export["documents"]:
        for s in d["dropped"]:
            yield d["id"], s["start"], s["end"], s["text"]
    for q in export["quotes"]:
        yield q["doc"], q["start"], q["end"], q["text"]
        if q["cue"]:
            yield q["doc"], q["cue"]["start"], q["cue"]["end"], q["cue"]["text"]
        if q["speaker"]["mention"]:
            m = q["speaker"]["mention"]
            yield q["doc"], m["start"], m["end"], m["text"]
    for c in export["claims"]:
        yield c["doc"], c["start"], c["end"], c["text"]
        yield c["doc"], c["subject"]["start"], c["subject"]["end"], c["subject"]["text"]
    for t in export["times"]:
        yield t["doc"], t["start"], t["end"], t["text"]
    for e in export["timeline"]:
        yield e["doc"], e["start"], e["end"], e["text"]


def test_every_offset_points_at_its_text(export: dict) -> None:
    texts = {d["id"]: d["text"] for d in export["documents"]}
    checked = 0
    for doc, start, end, text in _spans(export):
        assert texts[doc][start:end] == text, (doc, start, end, text)
        checked += 1
    for e in export["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(texts[m["doc"]])
    assert checked > 100


def test_export_links_resolve(export: dict) -> None:
    docs = {d["id"] for d in export["documents"]}
    entities = {e["id"] for e in export["entities"]}
    times = {t["id"] for t in export["times"]}
    for s in export["stories"]:
        assert set(s["documents"]) <= docs
        assert set(s["actors"]) <= entities
    for q in export["quotes"]:
        assert q["speaker"]["entity"] is None or q["speaker"]["entity"] in entities
    for c in export["copies"]:
        assert c["doc"] in docs and c["copy_of"] in docs and 0 < c["similarity"] <= 1
    for ev in export["timeline"]:
        assert ev["time"] in times


def test_boilerplate_is_listed_as_dropped(export: dict) -> None:
    dropped = [s["text"] for d in export["documents"] for s in d["dropped"]]
    assert any(t.startswith("Anzeige") for t in dropped)
    assert any("Lesen Sie auch" in t for t in dropped)


def test_edited_article_replaces_its_earlier_version(tmp_path: Path) -> None:
    db = tmp_path / "edit.db"
    feed = tmp_path / "feed.jsonl"
    text = ("Streit um Schulgeld\n\nDie Ministerin Anna Berger sagte am Montag, es gebe kein Geld. "
            "„Wir müssen sparen“, sagte sie.")
    feed.write_text(json.dumps({"id": "a1", "text": text, "published": "2026-03-03"}, ensure_ascii=False) + "\n")
    assert lagebild("run", str(feed), "--db", str(db)).returncode == 0
    feed.write_text(json.dumps({"id": "a1", "text": text.replace("sparen", "handeln"),
                                "published": "2026-03-03"}, ensure_ascii=False) + "\n")
    second = json.loads(lagebild("run", str(feed), "--db", str(db), "--json").stdout)
    assert second["replaced"] == 1 and second["stored"] == 0
    out = json.loads(lagebild("export", "--db", str(db)).stdout)
    assert len(out["documents"]) == 1
    assert "handeln" in out["documents"][0]["text"]
    assert all("sparen" not in q["text"] for q in out["quotes"])


def test_forget_removes_article_and_derived(tmp_path: Path, corpus_db: tuple[Path, dict], export: dict) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db[0], db)
    victim = export["quotes"][0]["doc"]
    result = lagebild("forget", victim, "--db", str(db))
    assert result.returncode == 0, result.stderr
    out = json.loads(lagebild("export", "--db", str(db)).stdout)
    assert victim not in {d["id"] for d in out["documents"]}
    for table in ("quotes", "claims", "times", "timeline"):
        assert all(row["doc"] != victim for row in out[table]), table
    assert all(victim not in s["documents"] for s in out["stories"])
    assert lagebild("forget", "no-such-id", "--db", str(db)).returncode == 3


def test_bad_input_is_reported_and_the_rest_continues(tmp_path: Path, corpus_db: tuple[Path, dict]) -> None:
    db = tmp_path / "bad.db"
    shutil.copy(corpus_db[0], db)
    before = json.loads(lagebild("export", "--db", str(db)).stdout)
    good = tmp_path / "good.txt"
    good.write_text("Neue Meldung\n\nDer Bürgermeister Paul Kern sagte, die Brücke sei sicher.\n", encoding="utf-8")
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    truncated = tmp_path / "cut.txt.gz"
    truncated.write_bytes(gzip.compress(b"Ein Text, der abbricht. " * 100)[:60])
    result = lagebild("run", str(BAD), str(good), str(big), str(truncated), "--db", str(db), "--json")
    assert result.returncode == 3, result.stderr
    summary = json.loads(result.stdout)
    assert summary["stored"] == 1
    assert summary["skipped"] >= 5
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert any("huge.txt" in line for line in lines)
    assert any("cut.txt.gz" in line for line in lines)
    after = json.loads(lagebild("export", "--db", str(db)).stdout)
    assert len(after["documents"]) == len(before["documents"]) + 1


def test_stdin_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    record = {"id": "live/1", "text": "Eilmeldung\n\nDie Polizei meldete 300 Einsätze.", "outlet": "www.Example.de"}
    line = json.dumps(record)
    result = lagebild("run", "-", "--db", str(db), "--json", stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    out = json.loads(lagebild("export", "--db", str(db)).stdout)
    assert out["documents"][0]["id"] == "live/1"
    assert out["documents"][0]["outlet"] == "example.de"


def test_csv_and_graphml_exports(tmp_path: Path, corpus_db: tuple[Path, dict], export: dict) -> None:
    import csv

    import networkx as nx

    db, _ = corpus_db
    assert lagebild("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "csv")).returncode == 0
    with (tmp_path / "csv" / "quotes.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == len(export["quotes"])
    graph_file = tmp_path / "net.graphml"
    assert lagebild("export", "--db", str(db), "--format", "graphml", "-o", str(graph_file)).returncode == 0
    graph = nx.read_graphml(graph_file)
    assert graph.number_of_nodes() > 10 and graph.number_of_edges() > 10


def test_filters_limit_the_export(corpus_db: tuple[Path, dict], export: dict) -> None:
    db, _ = corpus_db
    outlet = export["documents"][0]["outlet"]
    out = json.loads(lagebild("export", "--db", str(db), "--outlet", outlet).stdout)
    assert out["documents"] and all(d["outlet"] == outlet for d in out["documents"])
    docs = {d["id"] for d in out["documents"]}
    assert all(q["doc"] in docs for q in out["quotes"])
    assert lagebild("export", "--db", str(db), "--since", "not-a-date").returncode == 2


def test_report_writes_the_briefing(tmp_path: Path, corpus_db: tuple[Path, dict], export: dict) -> None:
    db, _ = corpus_db
    html_file = tmp_path / "briefing.html"
    result = lagebild("report", "--db", str(db), "-o", str(html_file))
    assert result.returncode == 0, result.stderr
    html = html_file.read_text(encoding="utf-8")
    for story in export["stories"][:3]:
        assert story["title"].split()[0] in html
    named = [q for q in export["quotes"] if q["speaker"]["name"]]
    assert named and named[0]["speaker"]["name"] in html
