"""Export the store: JSON (export contract version 1), CSV tables, or a GraphML network.

The JSON is built from the domain objects' ``to_json()`` so the library API and the export agree;
its shape is pinned by ``lagebild/schema/export-v1.json``. CSV flattens the same objects (nested
fields become ``speaker_name``, ``cue_start`` …; lists are joined with ``|``). GraphML is the
speaker–story–entity network for Gephi.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from lagebild.errors import LagebildError, UsageError
from lagebild.report.view import CorpusView, load_view
from lagebild.store.query import Filters

EXPORT_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "export-v1.json"


def export_json(view: CorpusView) -> dict[str, Any]:
    """The export contract (version 1) as a JSON-ready dict."""
    return {
        "lagebild_export": EXPORT_VERSION,
        "documents": [a.article.to_json() for a in view.analyses],
        "copies": [c.to_json() for c in view.result.copies],
        "stories": [s.to_json() for s in view.result.stories],
        "entities": [e.to_json() for e in view.entities()],
        "quotes": [q.to_json() for q in view.quotes()],
        "claims": [c.to_json() for c in view.claims()],
        "times": [t.to_json() for a in view.analyses for t in a.times],
        "timeline": [t.to_json() for t in view.result.timeline],
    }


# --------------------------------------------------------------------------- CSV

# Leading columns per table; any further fields the domain types gain are appended after them.
CSV_COLUMNS: dict[str, list[str]] = {
    "documents": ["id", "url", "outlet", "title", "published", "published_inferred", "lang", "story", "copy_of",
                  "text"],
    "copies": ["doc", "copy_of", "similarity"],
    "stories": ["id", "title", "documents", "start", "end", "actors", "origin_name", "origin_evidence_doc",
                "origin_evidence_start", "origin_evidence_end"],
    "entities": ["id", "name", "type", "aliases", "roles", "affiliations"],
    "mentions": ["entity", "doc", "start", "end"],
    "quotes": ["id", "doc", "start", "end", "text", "kind", "statement", "confidence", "medium", "cue_start", "cue_end",
               "cue_text", "speaker_name", "speaker_entity", "speaker_mention_start", "speaker_mention_end",
               "speaker_mention_text"],
    "claims": ["id", "doc", "start", "end", "text", "value", "unit", "qualifier", "subject_start", "subject_end",
               "subject_text", "confidence", "source_name", "source_entity", "source_evidence_start",
               "source_evidence_end"],
    "times": ["id", "doc", "start", "end", "text", "value", "anchor", "confidence"],
    "timeline": ["story", "time", "doc", "start", "end", "text", "actors"],
    "dropped": ["doc", "start", "end", "text"],
}


def flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become ``outer_inner`` columns, lists of scalars are joined with ``|``."""
    flat: dict[str, Any] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = "|".join(str(v) for v in value)
        elif isinstance(value, bool):
            flat[name] = "true" if value else "false"
        elif value is None:
            flat[name] = ""
        else:
            flat[name] = value
    return flat


def csv_tables(view: CorpusView) -> dict[str, list[dict[str, Any]]]:
    data = export_json(view)
    copy_of = {c["doc"]: c["copy_of"] for c in data["copies"]}
    documents = []
    for d in data["documents"]:
        row = flatten({k: v for k, v in d.items() if k != "dropped"})
        row["story"] = view.result.membership.get(d["id"], "")
        row["copy_of"] = copy_of.get(d["id"], "")
        documents.append(row)
    return {
        "documents": documents,
        "copies": [flatten(c) for c in data["copies"]],
        "stories": [flatten(s) for s in data["stories"]],
        "entities": [flatten({k: v for k, v in e.items() if k != "mentions"}) for e in data["entities"]],
        "mentions": [flatten({"entity": e["id"], **m}) for e in data["entities"] for m in e["mentions"]],
        "quotes": [flatten(q) for q in data["quotes"]],
        "claims": [flatten(c) for c in data["claims"]],
        "times": [flatten(t) for t in data["times"]],
        "timeline": [flatten(t) for t in data["timeline"]],
        "dropped": [flatten({"doc": d["id"], **s}) for d in data["documents"] for s in d["dropped"]],
    }


def write_csv(view: CorpusView, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in csv_tables(view).items():
        columns = list(CSV_COLUMNS[table])
        for row in rows:
            columns.extend(k for k in row if k not in columns)
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows(rows)


# --------------------------------------------------------------------------- GraphML


def build_graph(view: CorpusView) -> nx.MultiDiGraph:
    """Speakers, entities and stories as nodes; ``said_in``, ``appears_in`` and ``quotes_about`` edges.

    Documents outside any story stand in for their story (node type ``document``). A speaker without a
    resolved entity ("ein Sprecher") becomes a ``speaker`` node keyed by its name; speakers named together
    ("Merkel und Macron betonten", no single entity: ``CorpusView.speaker_members``) give each person's entity the
    edges. ``quotes_about`` links a speaker to each entity mentioned inside its quotes (weight = number of such
    mentions).
    """
    graph = nx.MultiDiGraph()
    entity_names = {e.id: e for e in view.entities()}

    def context(doc: str) -> str:
        story = view.result.membership.get(doc)
        if story is not None:
            return f"story:{story}"
        node = f"document:{doc}"
        if node not in graph:
            article = view.by_id[doc].article
            graph.add_node(node, type="document", label=article.title or doc, outlet=article.outlet or "")
        return node

    for story in view.result.stories:
        graph.add_node(f"story:{story.id}", type="story", label=story.title, documents=len(story.documents),
                       start=story.start.iso() if story.start else "", end=story.end.iso() if story.end else "")

    def entity_node(entity_id: str) -> str:
        node = f"entity:{entity_id}"
        if node not in graph:
            entity = entity_names.get(entity_id) or view.entity_by_id.get(entity_id)
            graph.add_node(node, type="entity", label=entity.name if entity else entity_id,
                           entity_type=entity.type if entity else "OTH")
        return node

    said: Counter[tuple[str, str]] = Counter()
    about: Counter[tuple[str, str]] = Counter()
    for analysis in view.analyses:
        doc = analysis.article.id
        mentions = [(view.canonical(e.id), m) for e in analysis.entities for m in e.mentions if m.doc == doc]
        for quote in (view.quote(q) for q in analysis.quotes):
            if quote.speaker.entity is not None:
                speakers = [entity_node(quote.speaker.entity)]
            elif members := view.speaker_members(quote):
                speakers = [entity_node(member) for member in members]  # "Merkel und Macron": each of them said it
            elif quote.speaker.name:
                speakers = [f"speaker:{quote.speaker.name}"]
                graph.add_node(speakers[0], type="speaker", label=quote.speaker.name, entity_type="")
            else:
                continue
            for speaker in speakers:
                said[(speaker, context(doc))] += 1
                for entity_id, m in mentions:
                    if entity_id is not None and quote.start <= m.start and m.end <= quote.end:
                        target = entity_node(entity_id)
                        if target != speaker:
                            about[(speaker, target)] += 1
    appears: Counter[tuple[str, str]] = Counter()
    for analysis in view.analyses:
        doc = analysis.article.id
        for entity in analysis.entities:
            canonical = view.canonical(entity.id)
            if canonical is not None:
                appears[(entity_node(canonical), context(doc))] += 1
    for (source, target), weight in said.items():
        graph.add_edge(source, target, key="said_in", relation="said_in", weight=weight)
    for (source, target), weight in appears.items():
        graph.add_edge(source, target, key="appears_in", relation="appears_in", weight=weight)
    for (source, target), weight in about.items():
        graph.add_edge(source, target, key="quotes_about", relation="quotes_about", weight=weight)
    return graph


# --------------------------------------------------------------------------- entry point


def write_export(db: Path, fmt: str, out: Path | TextIO, filters: Filters) -> None:
    """Write the selected part of the store ``db`` as ``json``, ``csv`` (a folder) or ``graphml``."""
    if fmt not in ("json", "csv", "graphml"):
        raise UsageError(f"unknown export format {fmt!r} (json, csv, graphml)")
    view = load_view(db, filters)
    if fmt == "json":
        data = export_json(view)
        if isinstance(out, Path):
            with _open(out) as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        else:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.write("\n")
        return
    if not isinstance(out, Path):
        raise UsageError(f"--format {fmt} writes to a path (-o)")
    if fmt == "csv":
        try:
            write_csv(view, out)
        except OSError as e:
            raise LagebildError(f"cannot write CSV tables to {out}: {e}") from e
    else:
        try:
            nx.write_graphml(build_graph(view), out)
        except OSError as e:
            raise LagebildError(f"cannot write {out}: {e}") from e


def _open(path: Path) -> TextIO:
    try:
        return path.open("w", encoding="utf-8")
    except OSError as e:
        raise LagebildError(f"cannot write {path}: {e}") from e
