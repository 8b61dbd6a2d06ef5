"""``lagebild eval times``: time expression detection and date resolution against a hand-written gold set.

Gold format (JSONL, one article per line; the bundled set is ``evaluation/gold/times.jsonl``)::

    {"id": "t01", "split": "dev" | "heldout", "published": "2026-03-12" | "2026-03" | null,
     "text": "...", "times": [{"text": "am Dienstagabend", "value": "2026-03-10" | null}],
     "inferred_published": "2026-05-14"}          # optional: expected date when "published" is null

``times[].text`` is a substring of ``text`` (its first occurrence, or the n-th with ``"occurrence": n``).
A predicted expression matches a gold one when their spans overlap. ``date_accuracy`` is the share of
matched gold expressions whose resolved value (ISO, or null for "unresolvable") equals the gold value.
The "heldout" split was written with the rest but not looked at while the rules were developed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lagebild.evaluation import EvalReport, prf
from lagebild.progress import Progress, no_progress
from lagebild.types import PartialDate

GOLD_TIMES = Path(__file__).parent / "gold" / "times.jsonl"


def load_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``needle`` in ``text`` (ValueError when absent)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _counts() -> dict[str, int]:
    return {"tp": 0, "pred": 0, "gold": 0, "resolved_ok": 0, "matched": 0, "inferred_ok": 0, "inferred": 0}


def evaluate_times(gold: Path | None = None, progress: Progress = no_progress) -> EvalReport:
    from lagebild.nlp.times import find_times

    records = load_gold(gold or GOLD_TIMES)
    by_split: dict[str, dict[str, int]] = {}
    details: list[str] = []
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
