from __future__ import annotations

import re
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.report.briefing import Mark, anchor, german_date, german_number, highlight, write_briefing
from lagebild.store.query import Filters
from lagebild.types import PartialDate


@pytest.fixture(scope="module")
def html(report_db: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("briefing") / "briefing.html"
    write_briefing(report_db, out, Filters())
    return out.read_text(encoding="utf-8")


def test_has_the_expected_sections(html: str) -> None:
    for heading in ("Wer hat was gesagt", "Zahlen und Quellen", "Zeitleiste", "Hauptakteure", "Artikel"):
        assert heading in html
    assert html.index("Grimm warnt vor Rezession") < html.index("Haushalt 2025") < html.index("Ohne Story")
    assert "von 2 Medien berichtet, zuerst: Beispiel-Zeitung" in html  # a2 is a copy of a1
    assert "Kopie von Beispiel-Zeitung" in html
    assert "nicht analysiert (en)" in html
    assert "Bundesagentur für Arbeit" in html and "2,9 Mio." in html
    assert "Ökonomin, Sachverständigenrat" in html
    assert "<style>" in html and "<script" not in html.replace("&lt;script", "")
    assert "http" not in html.split("<body")[0]  # no external assets


def test_escapes_html_from_articles(html: str) -> None:
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co." in html
    assert "Grimm warnt &lt;vor&gt; Rezession" in html


def test_quotes_link_to_their_place_in_the_article_text(html: str) -> None:
    target = anchor("q", "a1#q1")
    assert f'href="#{target}"' in html
    # the anchor sits inside the article text, right before the highlighted quote
    assert re.search(rf'<span class="anchor" id="{target}"></span><span class="hl q" title="Zitat: Veronika Grimm">'
                     r"„Die Lage ist ernst“</span>", html)
    for ident in re.findall(r'href="#([^"]+)"', html):
        assert f'id="{ident}"' in html, ident


def test_renders_without_a_story_layer(bare_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.html"
    write_briefing(bare_db, out, Filters())
    html = out.read_text(encoding="utf-8")
    assert html.count('<section class="story"') == 1 and "Ohne Story" in html
    assert "„Die Lage ist ernst“" in html and "14. November 2024" in html  # timeline from resolved dates


def test_filters_and_empty_selection(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.html"
    write_briefing(report_db, out, Filters.parse(stories=["s2"]))
    html = out.read_text(encoding="utf-8")
    assert "Haushalt 2025" in html and "Grimm warnt vor Rezession" not in html and "Storys: s2" in html
    write_briefing(report_db, out, Filters.parse(since="2030"))
    assert "Keine Artikel für diese Auswahl." in out.read_text(encoding="utf-8")
    with pytest.raises(StoreError):
        write_briefing(tmp_path / "missing.db", out, Filters())


def test_highlight_cuts_overlapping_marks_into_flat_segments() -> None:
    html = highlight("a<b> c", [Mark(0, 4, "q", "q-1", "Zitat"), Mark(2, 6, "f")])
    assert html == ('<span class="anchor" id="q-1"></span><span class="hl q" title="Zitat">a&lt;</span>'
                    '<span class="hl f q" title="Zitat">b&gt;</span><span class="hl f" title=""> c</span>')


def test_german_formats() -> None:
    assert german_number(2_900_000) == "2,9 Mio." and german_number(12000) == "12.000" and german_number(2.45) == "2,45"
    assert german_number(1.5e9) == "1,5 Mrd." and german_number(None) == "–"
    assert german_date(PartialDate(2024, 3, 1)) == "1. März 2024" and german_date(PartialDate(2024, 3)) == "März 2024"
    assert german_date(None) == "ohne Datum"


def test_shows_cross_source_comparisons(report_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.report import briefing
    from lagebild.types import Claim

    def same_subject(claims: list[Claim]) -> list[list[Claim]]:
        groups: dict[str, list[Claim]] = {}
        for claim in claims:
            if claim.value is not None and claim.value > 1000:
                groups.setdefault(claim.subject.text.lower(), []).append(claim)
        return list(groups.values())

    monkeypatch.setattr(briefing, "_load_compare_claims", lambda: same_subject)
    out = tmp_path / "b.html"
    write_briefing(report_db, out, Filters())
    html = out.read_text(encoding="utf-8")
    block = html[html.index('<div class="compare">'):]
    block = block[:block.index("\n")]  # the comparison is one line of side-by-side boxes
    assert "Vergleich: Die Zahl der Arbeitslosen" in html
    assert "<b>2,9 Mio.</b>Statistisches Bundesamt" in block and "<b>3 Mio.</b>Bundesagentur für Arbeit" in block
