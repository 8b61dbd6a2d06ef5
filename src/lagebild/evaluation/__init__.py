"""Evaluation and benchmark reports, and the quality gates pinned in ``gates.toml``.

Every ``lagebild eval …`` / ``lagebild bench …`` command returns an ``EvalReport``: the CLI writes
``details`` (a human-readable table) to stderr and ``metrics`` as one ``key=value`` line to stdout
(fractions, not percent). ``--gate`` fails when a metric is below its pinned minimum.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

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
