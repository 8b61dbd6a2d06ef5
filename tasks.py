#!/usr/bin/env python3
"""The README's two commands; each sets itself up on a fresh machine with only Python on it.

    python3 tasks.py demo   # venv + install, then run lagebild on the bundled sample corpus
    python3 tasks.py test   # venv + install (+ Chromium as root), lint, types, tests, quality gates

Uses only the standard library, since it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"

# Quality gates run in CI after the tests: each `lagebild eval …` fails below its pinned minimum.
# The first three read LAGEBILD_DATA; without it they are skipped with a visible reason.
GATES = [
    (["eval", "tagging"], "ud-german-gsd"),
    (["eval", "ner"], "germeval2014-ner"),
    (["eval", "quotes", "--split", "dev"], "german-news-quotes"),
    (["eval", "stories", "--gold", "examples/gold-stories.tsv"], None),
    (["eval", "figures"], None),
    (["eval", "times"], None),
]


def say(msg: str) -> None:
    print(f"[tasks] {msg}", file=sys.stderr, flush=True)


def sh(*cmd: str | Path, check: bool = True, **kw: object) -> int:
    say(" ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=check, cwd=ROOT, **kw).returncode  # type: ignore[call-overload]


def setup(extras: str) -> None:
    """Create .venv and install the project (skipped when pyproject.toml is unchanged)."""
    if not PY.exists():
        sh(sys.executable, "-m", "venv", VENV)
    stamp = VENV / ".setup-stamp"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == want:
        return
    sh(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(PY, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]" if extras else ".")
    stamp.write_text(want)


def ensure_chromium() -> None:
    """Browser checks need Chromium: install Debian's package as root, else the tests skip visibly."""
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if sh("apt-get", "update", "-qq", check=False, env=env) == 0:
            sh("apt-get", "install", "-y", "-qq", "chromium", check=False, env=env)
    if not shutil.which("chromium"):
        say("Chromium not available: browser checks will be skipped")


def lagebild(*args: str) -> int:
    return sh(BIN / "lagebild", *args, check=False)


def demo() -> int:
    setup("")
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    db = out / "demo.db"
    code = lagebild("run", "examples/articles", "--db", str(db))
    if code not in (0, 3):
        return code
    lagebild("report", "--db", str(db), "-o", str(out / "briefing.html"))
    lagebild("export", "--db", str(db), "--format", "json", "-o", str(out / "export.json"))
    say(f"briefing: {out / 'briefing.html'}  export: {out / 'export.json'}")
    return 0


def test() -> int:
    started = time.monotonic()
    setup("dev")
    ensure_chromium()
    failed = []
    if sh(BIN / "ruff", "check", "src", "tests", "tasks.py", check=False):
        failed.append("ruff")
    if sh(BIN / "mypy", check=False):
        failed.append("mypy")
    code = sh(PY, "-m", "pytest", "-q", check=False)
    if code not in (0,):
        failed.append("pytest")
    data = Path(os.environ.get("LAGEBILD_DATA", "../shared/data"))
    if not data.is_absolute():
        data = ROOT / data
    for gate, needs in GATES:
        if needs and not (data / needs).is_dir():
            say(f"SKIPPED gate {' '.join(gate)}: {data / needs} not found (set LAGEBILD_DATA)")
            continue
        if lagebild(*gate, "--gate"):
            failed.append(" ".join(gate))
    verdict = "failed: " + ", ".join(failed) if failed else "all passed"
    say(f"finished in {time.monotonic() - started:.0f}s; {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    commands = {"demo": demo, "test": test}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(commands[sys.argv[1]]())
