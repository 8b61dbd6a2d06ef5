"""The briefing as a browser shows it: headless Chromium screenshot and rendered DOM."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from lagebild.report.briefing import write_briefing
from lagebild.store.query import Filters

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=90, check=False,
        )


@pytest.fixture(scope="module")
def briefing(report_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "briefing.html"
    write_briefing(report_db, out, Filters())
    return out


def test_screenshot_is_a_non_trivial_png(briefing: Path, tmp_path: Path) -> None:
    png = tmp_path / "briefing.png"
    result = chromium(f"--screenshot={png}", "--window-size=1280,2000", briefing.as_uri())
    assert png.exists(), result.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1280 and int.from_bytes(data[20:24], "big") == 2000
    assert len(data) > 50_000  # a blank page compresses to a few kB


def test_rendered_dom_holds_the_quotes(briefing: Path) -> None:
    result = chromium("--dump-dom", briefing.as_uri())
    dom = result.stdout
    assert "„Die Lage ist ernst“" in dom and "„wichtigen Signal“" in dom
    assert "Wer hat was gesagt" in dom and "Veronika Grimm" in dom
    assert "<script>alert" not in dom  # the article's markup stays text
