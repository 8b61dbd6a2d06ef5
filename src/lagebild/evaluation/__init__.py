"""Evaluation and benchmark reports, and the quality gates pinned in ``gates.toml``.

Every ``lagebild eval …`` / ``lagebild bench …`` command returns an ``EvalReport``: the CLI writes
``details`` (a human-readable table) to stderr and ``metrics`` as one ``key=value`` line to stdout
(fractions, not percent). ``--gate`` fails when a metric is below its pinned minimum.
"""

from __future__ import annotations

import gzip
import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.errors import InputError, UsageError

GATES_FILE = Path(__file__).with_name("gates.toml")


@dataclass
class EvalReport:
    name: str  # "ner", "tagging", "quotes", "bench.run", …
    metrics: dict[str, float]
    details: list[str] = field(default_factory=list)

    def line(self) -> str:
        def fmt(v: float) -> str:
            if isinstance(v, int) or float(v).is_integer() and abs(v) >= 10:
                return str(int(v))
            return f"{v:.4f}" if abs(v) < 10 else f"{v:.1f}"

        return " ".join(f"{k}={fmt(v)}" for k, v in self.metrics.items())


def load_gates() -> dict[str, dict[str, float]]:
    with GATES_FILE.open("rb") as fh:
        return tomllib.load(fh)


def check_gate(report: EvalReport) -> list[str]:
    """Failures (empty when every pinned minimum is met). A pinned metric that is missing fails."""
    minimums = load_gates().get(report.name, {})
    failures = []
    for key, minimum in minimums.items():
        value = report.metrics.get(key)
        if value is None:
            failures.append(f"{report.name}.{key} missing (minimum {minimum})")
        elif value < minimum:
            failures.append(f"{report.name}.{key}={value:.4f} below minimum {minimum}")
    return failures


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def existing_file(path: Path, what: str) -> Path:
    """``path`` when it is a readable file; else the one-line error the user sees ("gold file not found: …")."""
    if not path.is_file():
        raise UsageError(f"{what} not found: {path}")
    return path


def json_records(
    path: Path, skipped: list[InputError], what: str = "gold file"
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The JSON objects of a JSON-lines file (``.gz`` is read as gzip), each with its place ("file:line").

    A line that is no JSON object is not scored: it goes to ``skipped`` as "file:line: reason" and the run goes
    on, since one bad record must not end an evaluation. The report lists the skipped lines (``skipped_details``).
    """
    opener = gzip.open if existing_file(path, what).suffix == ".gz" else open
    n = 0
    try:
        # utf-8-sig: a byte-order mark an editor wrote must not cost the first record
        with opener(path, "rt", encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    skipped.append(InputError(f"{path}:{n}", f"not JSON: {e.msg} (column {e.colno})"))
                    continue
                if not isinstance(record, dict):
                    skipped.append(InputError(f"{path}:{n}", f"a JSON {type(record).__name__}, not an object"))
                    continue
                yield f"{path}:{n}", record
    except (OSError, EOFError, UnicodeDecodeError) as e:
        # an unreadable, truncated or non-gzip ".gz", or a file in another encoding: the file as a whole is unusable
        reason = "not UTF-8 text" if isinstance(e, UnicodeDecodeError) else str(e) or type(e).__name__
        raise UsageError(f"{what} {path} unreadable after line {n}: {reason}") from e


def skipped_details(skipped: list[InputError]) -> list[str]:
    """Report lines for records an evaluation could not score (first ten, then a count)."""
    lines = [f"skipped {e}" for e in skipped[:10]]
    if len(skipped) > 10:
        lines.append(f"… and {len(skipped) - 10} more skipped records")
    return lines
