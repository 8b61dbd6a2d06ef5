from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.report.briefing import (
    Mark,
    _Builder,
    anchor,
    german_date,
    german_number,
    highlight,
    sentence_around,
    write_briefing,
)
from lagebild.report.view import load_view
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

    def same_subject(claims: list[Claim], texts: object = None) -> list[list[Claim]]:
        groups: dict[str, list[Claim]] = {}
        for claim in claims:
            if claim.value is not None and claim.value > 1000:
                groups.setdefault(claim.subject.text.lower(), []).append(claim)
        return list(groups.values())

    monkeypatch.setattr(briefing.comparison, "compare_claims", same_subject)
    out = tmp_path / "b.html"
    write_briefing(report_db, out, Filters())
    html = out.read_text(encoding="utf-8")
    block = html[html.index('<div class="compare">'):]
    block = block[:block.index("\n")]  # the comparison is one line of side-by-side boxes
    assert "Abweichende Angaben: Die Zahl der Arbeitslosen" in html
    assert "<b>2,9 Mio.</b>laut Statistisches Bundesamt" in block
    assert "<b>3 Mio.</b>laut Bundesagentur für Arbeit" in block


def test_statements_are_grouped_by_speaker_and_low_confidence_ones_collapsed(html: str) -> None:
    grimm = html[html.index('<div class="speaker">'):html.index("Zahlen und Quellen")]
    assert "<b>Veronika Grimm</b>" in grimm and "· 2 Aussagen" in grimm
    assert grimm.count("<b>Veronika Grimm</b>") == 1  # the speaker once, then her statements
    # the shared statement is shown as the original words it, the copy is linked after it and marked
    assert grimm.index(anchor("q", "a1#q1")) < grimm.index(anchor("q", "a2#q1"))
    assert "Nachrichten-Portal (Kopie)</a>" in grimm and ">97 %</span>" in grimm
    minor = html[html.index('<details class="minor">'):]
    minor = minor[:minor.index("</details>")]
    assert "2 weitere Aussagen mit geringerer Konfidenz" in minor
    assert anchor("q", "a3#q2") in minor and ">30 %</span>" in minor and anchor("q", "a1#q1") not in minor
    assert "Keine sicher erkannten Zitate (siehe unten)." in html


def test_actor_types_are_german(html: str) -> None:
    actors = html[html.index('<ul class="actors">'):]
    actors = actors[:actors.index("</ul>")]
    assert "<small>Person</small>" in actors and "PER" not in actors


def _builder(report_db: Path) -> _Builder:
    return _Builder(load_view(report_db, Filters()))


def test_a_figure_repeated_in_a_copy_is_one_row_with_both_outlets(report_db: Path) -> None:
    builder = _builder(report_db)
    original = builder.view.claim(builder.view.by_id["a1"].claims[1])
    in_copy = dataclasses.replace(original, id="a2#cx", doc="a2")
    rows = builder.claim_rows([original, in_copy])
    assert len(rows) == 1 and rows[0].value == "2,9 Mio." and rows[0].sources == ["Statistisches Bundesamt"]
    assert rows[0].occurrences == [("Beispiel-Zeitung", anchor("c", original.id)),
                                   ("Nachrichten-Portal (Kopie)", anchor("c", "a2#cx"))]


def test_only_disagreeing_comparisons_are_shown_one_side_per_value(report_db: Path) -> None:
    builder = _builder(report_db)
    claims = [builder.view.claim(c) for a in builder.view.analyses for c in a.claims]
    a1_count = next(c for c in claims if c.id == "a1#c2")
    a2_count = next(c for c in claims if c.doc == "a2")
    same = builder.claim_entry(dataclasses.replace(a1_count, id="a1#cy"))
    first = builder.claim_entry(a1_count)
    groups = [[first, same, builder.claim_entry(a2_count)], [first, same]]
    conflicts = builder.conflicts(groups)
    assert len(conflicts) == 1  # the second group agrees with itself
    _subject, sides = conflicts[0]
    assert [s.value for s in sides] == ["2,9 Mio.", "3 Mio."] and len(sides[0].occurrences) == 2
    assert sides[1].sources == ["Bundesagentur für Arbeit"]


def test_timeline_marks_the_date_inside_the_event_sentence(report_db: Path) -> None:
    builder = _builder(report_db)
    story = next(s for s in builder.view.result.stories if s.id == "s1")
    event = next(e for e in builder.view.result.timeline if e.story == "s1")
    text = builder.article(event.doc).text
    lo, hi = sentence_around(text, event.start, event.end)
    builder.view.result.timeline = [dataclasses.replace(event, start=lo, end=hi)]  # the stage gives the sentence
    entry = builder.timeline(story, ["a1", "a2"])[0]
    assert "<mark>am Dienstag</mark>" in entry.context and text[lo:hi].split("am Dienstag")[0] in entry.context
    assert entry.occurrences == [("Beispiel-Zeitung", anchor("t", event.time))]


def test_a_speaker_linked_to_an_entity_is_shown_by_the_entity_name(report_db: Path) -> None:
    builder = _builder(report_db)
    entity = next(iter(builder.view.entity_by_id.values()))
    quote = next(q for a in builder.view.by_id.values() for q in a.quotes)
    pronoun = dataclasses.replace(quote, speaker=dataclasses.replace(quote.speaker, entity=entity.id, name="sie"))
    assert builder.speaker_name(builder.view.quote(pronoun)) == entity.name
    unknown = dataclasses.replace(quote, speaker=dataclasses.replace(quote.speaker, entity=None, name="Polizei"))
    assert builder.speaker_name(builder.view.quote(unknown)) == "Polizei"
    # the article text's tooltip names the speaker by the canonical entity, as the quote list does
    block = builder.article_block(builder.view.by_id["a1"])
    assert "Zitat: Veronika Grimm" in block.body
