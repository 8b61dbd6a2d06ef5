from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import networkx as nx
import pytest

from lagebild.errors import StoreError, UsageError
from lagebild.report.export import SCHEMA_PATH, write_export
from lagebild.report.view import load_view
from lagebild.store.query import Filters

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def export(db: Path, filters: Filters | None = None) -> dict[str, Any]:
    out = io.StringIO()
    write_export(db, "json", out, filters or Filters())
    data = json.loads(out.getvalue())
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    return data


def assert_offsets(data: dict[str, Any]) -> None:
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for d in data["documents"]:
        for s in d["dropped"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
    for item in data["quotes"] + data["claims"] + data["times"] + data["timeline"]:
        text = texts[item["doc"]]
        assert text[item["start"]:item["end"]] == item["text"], item
    for q in data["quotes"]:
        for span in (q["cue"], q["speaker"]["mention"]):
            if span:
                assert texts[q["doc"]][span["start"]:span["end"]] == span["text"]
    for c in data["claims"]:
        assert texts[c["doc"]][c["subject"]["start"]:c["subject"]["end"]] == c["subject"]["text"]
    for e in data["entities"]:
        for m in e["mentions"]:
            assert m["doc"] in texts and m["end"] <= len(texts[m["doc"]])


def test_json_export_is_valid_and_uses_shared_ids(report_db: Path) -> None:
    data = export(report_db)
    assert data["lagebild_export"] == 1
    assert [d["id"] for d in data["documents"]] == ["a1", "a2", "a3", "en1"]
    assert data["documents"][1]["published"] == "2024-11" and data["documents"][1]["published_inferred"] is True
    quotes = {q["id"]: q for q in data["quotes"]}
    assert quotes["a1#q1"]["statement"] == quotes["a2#q1"]["statement"] == "S1"
    assert quotes["a1#q2"]["statement"] == "a1#s2"  # no shared statement → its own
    assert quotes["a1#q1"]["speaker"]["entity"] == "E1" and quotes["a3#q1"]["speaker"]["entity"] == "E4"
    assert quotes["a3#q2"]["speaker"] == {"mention": None, "entity": None, "name": None}
    claims = {c["id"]: c for c in data["claims"]}
    assert claims["a1#c1"]["source"]["entity"] == "E3" and claims["a1#c2"]["value"] == 2900000
    assert claims["a1#c3"]["source"] is None
    assert [e["id"] for e in data["entities"]] == ["E1", "E2", "E3", "E4", "E5"]
    assert data["stories"][0]["origin"]["evidence"]["doc"] == "a1"
    assert_offsets(data)


def test_schema_rejects_a_broken_export(report_db: Path) -> None:
    data = export(report_db)
    data["quotes"][0]["kind"] = "hearsay"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    data = export(report_db)
    del data["documents"][0]["published_inferred"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_without_story_layer_falls_back_to_document_level_ids(bare_db: Path) -> None:
    data = export(bare_db)
    assert data["stories"] == [] and data["copies"] == [] and data["timeline"] == []
    assert {e["id"] for e in data["entities"]} >= {"a1#e1", "a2#e2", "a3#e1"}
    quote = next(q for q in data["quotes"] if q["id"] == "a1#q1")
    assert quote["statement"] == "a1#s1" and quote["speaker"]["entity"] == "a1#e1"
    assert_offsets(data)


def test_filters_carry_over_to_derived_rows(report_db: Path) -> None:
    data = export(report_db, Filters.parse(outlets=["Beispiel-Zeitung"]))
    assert [d["id"] for d in data["documents"]] == ["a1", "a3"]
    assert {q["doc"] for q in data["quotes"]} == {"a1", "a3"}
    assert data["copies"] == []  # a2 (the copy) is not selected
    assert [s["documents"] for s in data["stories"]] == [["a1"], ["a3"]]
    assert "E5" not in {e["id"] for e in data["entities"]}  # Bundesagentur only appears in a2
    assert all(m["doc"] in ("a1", "a3") for e in data["entities"] for m in e["mentions"])
    data = export(report_db, Filters.parse(stories=["s2"]))
    assert [d["id"] for d in data["documents"]] == ["a3"] and [s["id"] for s in data["stories"]] == ["s2"]
    assert [t["doc"] for t in data["timeline"]] == ["a3"]
    assert_offsets(data)


def test_json_to_a_file(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    write_export(report_db, "json", out, Filters())
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["title"] == "Grimm warnt <vor> Rezession"


def test_csv_tables(report_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    write_export(report_db, "csv", folder, Filters())
    names = {p.name for p in folder.iterdir()}
    assert names == {f"{t}.csv" for t in ("documents", "copies", "stories", "entities", "quotes", "claims", "times",
                                          "timeline", "dropped", "mentions")}

    def read(table: str) -> list[dict[str, str]]:
        with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    documents = {d["id"]: d for d in read("documents")}
    assert documents["a2"]["copy_of"] == "a1" and documents["a2"]["story"] == "s1"
    text = documents["a1"]["text"]
    quotes = {q["id"]: q for q in read("quotes")}
    q = quotes["a1#q1"]
    assert q["speaker_name"] == "Veronika Grimm" and q["speaker_entity"] == "E1" and q["statement"] == "S1"
    assert text[int(q["cue_start"]):int(q["cue_end"])] == q["cue_text"] == "sagte"
    assert text[int(q["start"]):int(q["end"])] == q["text"]
    assert quotes["a3#q2"]["cue_start"] == "" and quotes["a3#q2"]["speaker_name"] == ""
    stories = {s["id"]: s for s in read("stories")}
    assert stories["s1"]["documents"] == "a1|a2" and stories["s1"]["actors"] == "E1|E3"
    assert stories["s1"]["origin_name"] == "Deutschlandfunk" and stories["s2"]["origin_name"] == ""
    entities = {e["id"]: e for e in read("entities")}
    assert entities["E1"]["aliases"] == "Grimm|die Ökonomin"
    assert len([m for m in read("mentions") if m["entity"] == "E1"]) == 2
    claims = {c["id"]: c for c in read("claims")}
    assert claims["a1#c1"]["source_name"] == "Statistisches Bundesamt" and claims["a1#c1"]["value"] == "3"
    assert read("dropped")[0]["text"] == "Startseite > Wirtschaft"
    assert len(read("times")) == 3 and len(read("timeline")) == 2 and len(read("copies")) == 1


def test_graphml_loads_back(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    write_export(report_db, "graphml", out, Filters())
    graph = nx.read_graphml(out)
    assert graph.nodes["story:s1"]["type"] == "story"
    assert graph.nodes["story:s1"]["label"] == "Grimm warnt vor Rezession"
    assert graph.nodes["entity:E1"]["label"] == "Veronika Grimm"
    said = [(u, v, d) for u, v, d in graph.edges(data=True) if d["relation"] == "said_in"]
    weights = {(u, v): d["weight"] for u, v, d in said}
    assert weights[("entity:E1", "story:s1")] == 3  # two quotes in a1, one in a2
    assert weights[("entity:E4", "story:s2")] == 1
    appears = {(u, v) for u, v, d in graph.edges(data=True) if d["relation"] == "appears_in"}
    assert ("entity:E5", "story:s1") in appears and ("entity:E2", "story:s1") in appears


def test_graphml_without_stories_uses_document_nodes(bare_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    write_export(bare_db, "graphml", out, Filters())
    graph = nx.read_graphml(out)
    assert graph.nodes["document:a1"]["type"] == "document"
    assert any(d["relation"] == "said_in" for _, _, d in graph.edges(data=True))


def test_errors(report_db: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        write_export(report_db, "xml", tmp_path / "x", Filters())
    with pytest.raises(StoreError, match="no store"):
        write_export(tmp_path / "missing.db", "json", io.StringIO(), Filters())


def test_exported_speaker_and_source_carry_the_canonical_entity_name(report_db: Path) -> None:
    # the analysis may have named a speaker by its mention ("sie", "Grimm"); linked to a canonical entity, every
    # export row and graph node shows that entity's one name, so an actor is not split over several spellings
    view = load_view(report_db, Filters())
    analysis = view.by_id["a1"]
    quote = dataclasses.replace(analysis.quotes[0], speaker=dataclasses.replace(analysis.quotes[0].speaker, name="sie"))
    assert view.quote(quote).speaker.name == "Veronika Grimm" and view.quote(quote).speaker.entity == "E1"
    claim = next(c for c in analysis.claims if c.source is not None)
    assert claim.source is not None
    renamed = dataclasses.replace(claim, source=dataclasses.replace(claim.source, name="Destatis"))
    exported = view.claim(renamed).source
    assert exported is not None and exported.name == "Statistisches Bundesamt" and exported.entity == "E3"
    unlinked = dataclasses.replace(quote, speaker=dataclasses.replace(quote.speaker, entity=None, name="Polizei"))
    assert view.quote(unlinked).speaker.name == "Polizei"


def test_speakers_named_together_credit_each_person() -> None:
    # "Merkel und Macron betonten": both speak, so the speaker has no single entity (entity None, the name of both);
    # the export keeps that name, and the network credits each person's entity with the statement
    from lagebild.report.briefing import _Builder
    from lagebild.report.export import build_graph
    from lagebild.report.view import CorpusView
    from lagebild.types import Analysis, Article, Entity, Evidence, Quote, Speaker, StoryResult, TextSpan

    text = ("Angela Merkel empfing Emmanuel Macron. Merkel und Macron betonten, die Union sei stark. "
            "Ein Sprecher sagte, das Treffen sei gut verlaufen.")

    def at(needle: str, after: int = 0) -> TextSpan:
        start = text.index(needle, after)
        return TextSpan(start, start + len(needle), needle)

    merkel = Entity("d#e0", "Angela Merkel", "PER", mentions=[Evidence("d", 0, 13), Evidence("d", 39, 45)])
    macron = Entity("d#e1", "Emmanuel Macron", "PER", mentions=[Evidence("d", 22, 37), Evidence("d", 50, 56)])
    pair_content, unnamed_content = at("die Union sei stark"), at("das Treffen sei gut verlaufen")
    pair = Quote("d#q1", "d", pair_content.start, pair_content.end, pair_content.text, "indirect", "d#s1", 0.9,
                 speaker=Speaker(at("Merkel und Macron"), None, "Angela Merkel und Emmanuel Macron"))
    unnamed = Quote("d#q2", "d", unnamed_content.start, unnamed_content.end, unnamed_content.text, "indirect", "d#s2",
                    0.9, speaker=Speaker(at("Ein Sprecher"), None, "ein Sprecher"))
    article = Article(id="d", text=text, url="", outlet="Beispiel", title="Treffen", published=None,
                      published_inferred=False, lang="de", dropped=[], source="d.txt")
    view = CorpusView([Analysis(article, [merkel, macron], [pair, unnamed], [], [])], StoryResult(), Filters())
    assert view.speaker_members(pair) == ["d#e0", "d#e1"]
    assert view.speaker_members(unnamed) == []
    # someone the names only describe is not the named persons: "Ein Berater von Merkel und Macron"
    adviser = dataclasses.replace(pair, speaker=Speaker(TextSpan(0, 56, "Angela Merkel empfing Emmanuel Macron. "
                                                                        "Merkel und Macron"), None, "x"))
    assert view.speaker_members(adviser) == []
    exported = view.quote(pair).speaker
    assert (exported.entity, exported.name) == (None, "Angela Merkel und Emmanuel Macron")
    graph = build_graph(view)
    said = {u for u, _, d in graph.edges(data=True) if d["relation"] == "said_in"}
    assert said == {"entity:d#e0", "entity:d#e1", "speaker:ein Sprecher"}
    briefing = _Builder(view)
    assert briefing.speaker_detail(pair) == "" and briefing.speaker_detail(unnamed) == "nicht namentlich zugeordnet"
