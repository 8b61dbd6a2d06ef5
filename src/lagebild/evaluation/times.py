"""``lagebild eval times``: time expression detection and date resolution against a hand-written gold set.

Gold format (JSONL, one article per line; the bundled set is ``evaluation/gold/times.jsonl``)::

    {"id": "t01", "split": "dev" | "heldout", "published": "2026-03-12" | "2026-03" | null,
     "text": "...", "times": [{"text": "am Dienstagabend", "value": "2026-03-10" | null}],
     "inferred_published": "2026-05-14"}          # optional: expected date when "published" is null

``times[].text`` is a substring of ``text`` (its first occurrence, or the n-th with ``"occurrence": n``).
A predicted expression matches a gold one when their spans overlap. ``date_accuracy`` is the share of
matched gold expressions whose resolved value (ISO, or null for "unresolvable") equals the gold value.
The "heldout" split was written with the rest but not looked at while the rules were developed; the
"heldout2" block (other domains: sport, courts, weather, elections, health, companies, police, science; holidays,
quarters, weekends) was written before the second round of rule changes and scored before and after them.

``--gold examples/manifest.json`` (any ``*.json`` whose top level has ``"articles"``) instead scores the full pipeline
on the sample corpus next to the manifest (``examples/articles``) against the manifest's expected dates: an
independent check written without running any extractor (recall and date accuracy; the manifest lists only
some of the dates, so precision is not measured).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lagebild.errors import InputError
from lagebild.evaluation import EvalReport, existing_file, json_records, prf, skipped_details
from lagebild.progress import Progress, no_progress
from lagebild.types import Analysis, PartialDate

GOLD_TIMES = Path(__file__).parent / "gold" / "times.jsonl"


def gold_problem(rec: dict[str, Any], items: str, needle: str, fields: tuple[str, ...] = (),
                 numbers: tuple[str, ...] = ()) -> str | None:
    """Why a gold record cannot be scored (None when it can): ``id``/``text`` strings, a parseable ``published``,
    and each entry of ``rec[items]`` an object naming by ``needle`` a non-empty substring of the text (its n-th
    occurrence for ``"occurrence": n``, n ≥ 1) with the ``fields`` the scorer reads (``numbers``: a number or null).
    Checked before a record is counted, so a bad record never leaves a half-counted score."""
    if not isinstance(rec.get("id"), str) or not isinstance(rec.get("text"), str):
        return "id and text must be strings"
    published = rec.get("published")
    if published:
        try:
            if not isinstance(published, str):
                raise ValueError(published)
            PartialDate.from_iso(published)
        except ValueError:
            return f"published {published!r} is no ISO date"
    entries = rec.get(items)
    if not isinstance(entries, list):
        return f"{items} must be a list"
    for n, g in enumerate(entries):
        if not isinstance(g, dict):
            return f"{items}[{n}] is no object"
        missing = [f for f in (needle, *fields) if f not in g]
        if missing:
            return f"{items}[{n}]: missing field {', '.join(missing)}"
        occurrence = g.get("occurrence", 1)
        if not isinstance(g[needle], str) or not g[needle] or not isinstance(occurrence, int) or occurrence < 1:
            return f"{items}[{n}]: {needle} must be a non-empty string and occurrence a whole number from 1"
        bad = [f for f in numbers if g[f] is not None and (isinstance(g[f], bool) or not isinstance(g[f], int | float))]
        if bad:
            return f"{items}[{n}]: {', '.join(bad)} must be a number or null"
        try:
            gold_span(rec["text"], g[needle], occurrence)
        except ValueError:
            return f"{needle} {g[needle]!r} (occurrence {occurrence}) is not in the text"
    return None


def load_gold(path: Path, items: str, needle: str, fields: tuple[str, ...] = (),
              numbers: tuple[str, ...] = ()) -> tuple[list[dict[str, Any]], list[InputError]]:
    """The gold records that can be scored, and the skipped ones ("file:line: reason"; the rest is still scored)."""
    skipped: list[InputError] = []
    records = []
    for place, rec in json_records(path, skipped):
        problem = gold_problem(rec, items, needle, fields, numbers)
        if problem is None:
            records.append(rec)
        else:
            skipped.append(InputError(place, problem))
    return records, skipped


def gold_span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``needle`` in ``text`` (ValueError when absent)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def is_manifest(path: Path | None) -> bool:
    """True for the sample corpus manifest (a JSON object with "articles"), not a JSONL gold set."""
    if path is None or path.suffix != ".json":
        return False
    try:
        with existing_file(path, "gold file").open(encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False  # a JSON-lines gold file named *.json (its records are then read one by one)
    return isinstance(data, dict) and "articles" in data


def analyse_manifest_corpus(manifest: Path, progress: Progress) -> tuple[dict[str, Any], dict[str, Analysis]]:
    """The manifest's per-article entries and the pipeline's analyses of the corpus beside it (``articles/``)."""
    from lagebild.analysis import analyse_articles
    from lagebild.ingest.readers import read_inputs
    from lagebild.settings import get_settings
    from lagebild.types import Article

    with manifest.open(encoding="utf-8") as fh:
        entries: dict[str, Any] = json.load(fh)["articles"]
    read = read_inputs([str(manifest.parent / "articles")], max_bytes=get_settings().max_bytes)
    articles = [a for a in read if isinstance(a, Article) and a.id in entries]
    analyses: dict[str, Analysis] = {}
    for i, analysis in enumerate(analyse_articles(articles)):
        analyses[analysis.article.id] = analysis
        progress("analyse", i + 1, len(articles))
    return entries, analyses


def evaluate_times_manifest(manifest: Path, progress: Progress = no_progress) -> EvalReport:
    """Dates the manifest expects per article: found (a predicted expression overlaps the expected text) and
    resolved to the expected ISO value."""
    entries, analyses = analyse_manifest_corpus(manifest, progress)
    gold = found = resolved = 0
    details: list[str] = []
    for doc_id, entry in sorted(entries.items()):
        analysis = analyses.get(doc_id)
        for g in entry.get("times", []):
            gold += 1
            if analysis is None or g["text"] not in analysis.article.text:
                details.append(f"{doc_id}: {g['text']!r} not in the analysed text")
                continue
            start = analysis.article.text.index(g["text"])
            end = start + len(g["text"])
            match = next((t for t in analysis.times if t.start < end and start < t.end), None)
            if match is None:
                details.append(f"{doc_id}: missed {g['text']!r}")
                continue
            found += 1
            predicted = match.value.iso() if match.value else None
            if predicted == g["value"]:
                resolved += 1
            else:
                details.append(f"{doc_id}: {match.text!r} → {predicted}, expected {g['value']}")
    recall = found / gold if gold else 0.0
    accuracy = resolved / found if found else 0.0
    details.append(f"manifest dates={gold} found={found} resolved={resolved} ({len(analyses)} articles analysed)")
    metrics = {"time_recall": recall, "date_accuracy": accuracy, "resolved_recall": resolved / gold if gold else 0.0}
    return EvalReport("times.manifest", metrics, details)


def _counts() -> dict[str, int]:
    return {"tp": 0, "pred": 0, "gold": 0, "resolved_ok": 0, "matched": 0, "inferred_ok": 0, "inferred": 0}


def evaluate_times(gold: Path | None = None, progress: Progress = no_progress) -> EvalReport:
    from lagebild.nlp.times import find_times

    if is_manifest(gold):
        assert gold is not None
        return evaluate_times_manifest(gold, progress)
    records, skipped = load_gold(gold or GOLD_TIMES, "times", "text", fields=("value",))
    by_split: dict[str, dict[str, int]] = {}
    details: list[str] = skipped_details(skipped)
    for i, rec in enumerate(records):
        c = by_split.setdefault(rec.get("split", "dev"), _counts())
        published = PartialDate.from_iso(rec["published"]) if rec.get("published") else None
        result = find_times(rec["text"], published, rec["id"])
        if "inferred_published" in rec:
            c["inferred"] += 1
            ok = result.published is not None and result.published.iso() == rec["inferred_published"]
            c["inferred_ok"] += ok
            if not ok:
                details.append(f"{rec['id']}: inferred {result.published} != {rec['inferred_published']}")
        used: set[int] = set()
        for g in rec["times"]:
            start, end = gold_span(rec["text"], g["text"], g.get("occurrence", 1))
            c["gold"] += 1
            match = next(
                (k for k, t in enumerate(result.times) if k not in used and t.start < end and start < t.end), None
            )
            if match is None:
                details.append(f"{rec['id']}: missed {g['text']!r}")
                continue
            used.add(match)
            c["tp"] += 1
            c["matched"] += 1
            value = result.times[match].value
            predicted = value.iso() if value else None
            if predicted == g["value"]:
                c["resolved_ok"] += 1
            else:
                details.append(f"{rec['id']}: {result.times[match].text!r} → {predicted}, gold {g['value']}")
        c["pred"] += len(result.times)
        for k, t in enumerate(result.times):
            if k not in used:
                details.append(f"{rec['id']}: spurious {t.text!r} → {t.value}")
        progress("times", i + 1, len(records))
    total = _counts()
    for c in by_split.values():
        for key in total:
            total[key] += c[key]
    metrics: dict[str, float] = {}
    for name, c in [("all", total)] + sorted(by_split.items()):
        p, r, f = prf(c["tp"], c["pred"], c["gold"])
        acc = c["resolved_ok"] / c["matched"] if c["matched"] else 0.0
        details.append(
            f"{name:8s} gold={c['gold']:4d} P={p:.3f} R={r:.3f} F1={f:.3f} date_accuracy={acc:.3f}"
            f" inferred_published={c['inferred_ok']}/{c['inferred']}"
        )
        if name == "all":
            metrics.update(time_p=p, time_r=r, time_f1=f, date_accuracy=acc)
        else:
            metrics.update({f"{name}_time_f1": f, f"{name}_date_accuracy": acc})
    metrics["published_inferred_accuracy"] = total["inferred_ok"] / total["inferred"] if total["inferred"] else 0.0
    return EvalReport("times", metrics, details)
