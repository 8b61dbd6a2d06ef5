"""The embedded default store: one SQLite file holding articles, their analyses and the story layer.

SQLite used the way datasette uses it: WAL journal so readers never block the one writer, explicit
``BEGIN IMMEDIATE … COMMIT`` transactions (one per article, so a failing article rolls back alone),
read-only connections (``mode=ro`` URI) for report and export, and ``PRAGMA user_version`` with an
ordered list of migrations (``lagebild.store.schema``).

Replacing an article keeps its original ingestion ``seq``: the corpus order is the order in which
articles were first seen, and an updated version of an article stays where the first version was.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from lagebild.errors import StoreError
from lagebild.store.schema import MIGRATIONS, SCHEMA_VERSION
from lagebild.types import (
    Analysis,
    Article,
    Claim,
    ClaimSource,
    Copy,
    Entity,
    Evidence,
    Origin,
    PartialDate,
    Quote,
    Speaker,
    Story,
    StoryResult,
    TextSpan,
    TimeExpression,
    TimelineEvent,
)

SaveOutcome = Literal["stored", "replaced", "unchanged"]

# Tables whose rows belong to one analysed document (deleted with it).
_DOC_TABLES = ("dropped", "entities", "mentions", "quotes", "claims", "times", "features")
_STORY_TABLES = (
    "stories", "story_documents", "story_actors", "membership", "copies", "statements",
    "timeline", "timeline_actors", "canonical_entities", "canonical_mentions", "entity_links",
)


def date_range(value: PartialDate | None) -> tuple[str | None, str | None]:
    """The first and last day (ISO) a partial date covers: "2024-11" → ("2024-11-01", "2024-11-30")."""
    if value is None:
        return None, None
    if value.month is None:
        return f"{value.year:04d}-01-01", f"{value.year:04d}-12-31"
    if value.day is None:
        first = dt.date(value.year, value.month, 1)
        nxt = dt.date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
    return value.iso(), value.iso()


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.from_iso(value) if value else None


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


class Store:
    """One SQLite file. Writable stores are created and migrated on open; read-only ones must exist."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.is_file():
                    raise StoreError(f"no store at {self.path} (run `lagebild run … --db {self.path}` first)")
                self._conn = sqlite3.connect(
                    self.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                if self.path.parent and not self.path.parent.exists():
                    raise StoreError(f"cannot create store {self.path}: folder {self.path.parent} does not exist")
                self._conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open store {self.path}: {e}") from e
        try:
            self._conn.execute("PRAGMA busy_timeout = 10000")
            self._conn.execute("PRAGMA foreign_keys = ON")
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.path} has schema version {version}, newer than this lagebild supports "
                    f"({SCHEMA_VERSION}); upgrade lagebild to read it"
                )
            if readonly:
                if version < SCHEMA_VERSION:
                    raise StoreError(
                        f"store {self.path} has schema version {version}, expected {SCHEMA_VERSION}; "
                        "open it once with `lagebild run` to migrate it"
                    )
            else:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate(version)
        except sqlite3.DatabaseError as e:
            self._conn.close()
            raise StoreError(f"{self.path} is not a lagebild store: {e}") from e
        except StoreError:
            self._conn.close()
            raise

    # ------------------------------------------------------------------ lifecycle

    def _migrate(self, version: int) -> None:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            # executescript would commit an open transaction first, so the script carries its own.
            script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
            try:
                self._conn.executescript(script)
            except sqlite3.Error as e:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise StoreError(f"cannot migrate store {self.path} to schema version {number}: {e}") from e

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _write(self) -> _Transaction:
        if self.readonly:
            raise StoreError(f"store {self.path} is open read-only")
        return _Transaction(self._conn)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    # ------------------------------------------------------------------ documents

    def content_hash(self, doc_id: str) -> str | None:
        row = self._conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def doc_ids(self) -> list[str]:
        """Every stored article id in ingestion order."""
        return [r[0] for r in self._rows("SELECT id FROM documents ORDER BY seq")]

    def save_analysis(self, analysis: Analysis) -> SaveOutcome:
        """Store one article with everything read from it, in one transaction.

        Same id and content hash as stored → ``"unchanged"`` (nothing written). Same id, other content →
        the article and everything derived from it (including its story-level rows) is replaced.
        """
        article = analysis.article
        digest = article.content_hash
        with self._write():
            row = self._conn.execute("SELECT content_hash, seq FROM documents WHERE id = ?", (article.id,)).fetchone()
            if row is not None and row[0] == digest:
                return "unchanged"
            lo, hi = date_range(article.published)
            values = (
                digest, article.url, article.outlet, article.title,
                article.published.iso() if article.published else None, lo, hi,
                int(article.published_inferred), article.lang, article.text, article.source,
            )
            if row is None:
                seq = self._conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
                self._insert(
                    "documents", "id, seq, content_hash, url, outlet, title, published, published_lo, "
                    "published_hi, published_inferred, lang, text, source",
                    [(article.id, seq, *values)],
                )
            else:
                self._delete_story_rows([article.id])
                self._delete_derived([article.id])
                self._conn.execute(
                    "UPDATE documents SET content_hash = ?, url = ?, outlet = ?, title = ?, published = ?, "
                    "published_lo = ?, published_hi = ?, published_inferred = ?, lang = ?, text = ?, source = ? "
                    "WHERE id = ?",
                    (*values, article.id),
                )
            self._insert_derived(analysis)
            return "stored" if row is None else "replaced"

    def forget(self, ids: Iterable[str]) -> list[str]:
        """Remove articles with everything derived from them; returns the ids that were not stored."""
        wanted = list(dict.fromkeys(ids))
        with self._write():
            present = {r[0] for r in self._in("SELECT id FROM documents WHERE id IN ({})", wanted)}
            found = [i for i in wanted if i in present]
            if found:
                self._delete_story_rows(found)
                self._delete_derived(found)
                self._in("DELETE FROM documents WHERE id IN ({})", found)
        return [i for i in wanted if i not in present]

    def _insert(self, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> None:
        names = [name.strip() for name in columns.split(",")]
        sql = f"INSERT INTO {table} ({', '.join(f'[{n}]' for n in names)}) VALUES ({', '.join('?' * len(names))})"
        self._conn.executemany(sql, rows)

    def _in(self, sql: str, values: Sequence[Any], extra: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run ``sql`` with its ``{}`` replaced by placeholders for ``values`` (in chunks below SQLite's limit)."""
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            rows.extend(self._conn.execute(sql.format(",".join("?" * len(chunk))), (*chunk, *extra)).fetchall())
        return rows

    def _delete_derived(self, ids: Sequence[str]) -> None:
        for table in _DOC_TABLES:
            self._in(f"DELETE FROM {table} WHERE doc IN ({{}})", ids)

    def _delete_story_rows(self, ids: Sequence[str]) -> None:
        """Remove story-level rows naming these documents (their stories are recomputed by the stories stage)."""
        self._in("DELETE FROM statements WHERE quote IN (SELECT id FROM quotes WHERE doc IN ({}))", ids)
        orphan_candidates = {
            r[0] for r in self._in(
                "SELECT canonical FROM entity_links WHERE doc_entity IN (SELECT id FROM entities WHERE doc IN ({}))",
                ids,
            )
        } | {r[0] for r in self._in("SELECT entity FROM canonical_mentions WHERE doc IN ({})", ids)}
        self._in("DELETE FROM entity_links WHERE doc_entity IN (SELECT id FROM entities WHERE doc IN ({}))", ids)
        self._in("DELETE FROM canonical_mentions WHERE doc IN ({})", ids)
        # A canonical entity that was only known from these documents goes with them.
        orphans = [
            e for e in sorted(orphan_candidates)
            if not self._conn.execute("SELECT 1 FROM entity_links WHERE canonical = ? LIMIT 1", (e,)).fetchone()
            and not self._conn.execute("SELECT 1 FROM canonical_mentions WHERE entity = ? LIMIT 1", (e,)).fetchone()
        ]
        if orphans:
            self._in("DELETE FROM canonical_entities WHERE id IN ({})", orphans)
            self._in("DELETE FROM story_actors WHERE entity IN ({})", orphans)
            self._in("DELETE FROM timeline_actors WHERE entity IN ({})", orphans)
        self._in("DELETE FROM membership WHERE doc IN ({})", ids)
        self._in("DELETE FROM story_documents WHERE doc IN ({})", ids)
        self._in("DELETE FROM copies WHERE doc IN ({})", ids)
        self._in("DELETE FROM copies WHERE copy_of IN ({})", ids)
        self._in("DELETE FROM timeline_actors WHERE event IN (SELECT ord FROM timeline WHERE doc IN ({}))", ids)
        self._in("DELETE FROM timeline WHERE doc IN ({})", ids)
        self._in(
            "UPDATE stories SET origin_name = NULL, origin_doc = NULL, origin_start = NULL, origin_end = NULL "
            "WHERE origin_doc IN ({})", ids,
        )
        # A story left without documents is gone.
        self._conn.execute("DELETE FROM story_actors WHERE story NOT IN (SELECT story FROM story_documents)")
        self._conn.execute("DELETE FROM membership WHERE story NOT IN (SELECT story FROM story_documents)")
        self._conn.execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM story_documents)")

    def _insert_derived(self, analysis: Analysis) -> None:
        a = analysis.article
        self._insert("dropped", "doc, ord, start, end, text",
            [(a.id, i, d.start, d.end, d.text) for i, d in enumerate(a.dropped)],
        )
        self._insert("entities", "doc, ord, id, name, type, aliases, roles, affiliations",
            [(a.id, i, e.id, e.name, e.type, _json_list(e.aliases), _json_list(e.roles), _json_list(e.affiliations))
             for i, e in enumerate(analysis.entities)],
        )
        self._insert("mentions", "doc, entity_ord, ord, mention_doc, start, end",
            [(a.id, i, j, m.doc, m.start, m.end) for i, e in enumerate(analysis.entities)
             for j, m in enumerate(e.mentions)],
        )
        self._insert(
            "quotes", "doc, ord, id, start, end, text, kind, statement, confidence, speaker_start, "
            "speaker_end, speaker_text, speaker_entity, speaker_name, cue_start, cue_end, cue_text, medium",
            [(a.id, i, q.id, q.start, q.end, q.text, q.kind, q.statement, q.confidence,
              *_span_cols(q.speaker.mention), q.speaker.entity, q.speaker.name, *_span_cols(q.cue), q.medium)
             for i, q in enumerate(analysis.quotes)],
        )
        self._insert(
            "claims", "doc, ord, id, start, end, text, value, unit, qualifier, subject_start, subject_end, "
            "subject_text, confidence, source_name, source_entity, source_start, source_end, source_text",
            [(a.id, i, k.id, k.start, k.end, k.text, k.value, k.unit, k.qualifier, *_span_cols(k.subject), k.confidence,
              k.source.name if k.source else None, k.source.entity if k.source else None,
              *_span_cols(k.source.evidence if k.source else None))
             for i, k in enumerate(analysis.claims)],
        )
        self._insert("times", "doc, ord, id, start, end, text, value, anchor, confidence",
            [(a.id, i, t.id, t.start, t.end, t.text, t.value.iso() if t.value else None, t.anchor, t.confidence)
             for i, t in enumerate(analysis.times)],
        )

    def iter_analyses(self, ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        """The stored analyses: all in ingestion order, or those of ``ids`` in the given order (unknown ids skipped)."""
        order = self.doc_ids() if ids is None else list(ids)
        for doc_id in order:
            analysis = self._load_analysis(doc_id)
            if analysis is not None:
                yield analysis

    def _load_analysis(self, doc_id: str) -> Analysis | None:
        row = self._conn.execute(
            "SELECT url, outlet, title, published, published_inferred, lang, text, source FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        url, outlet, title, published, inferred, lang, text, source = row
        dropped = [TextSpan(s, e, t) for s, e, t in
                   self._rows('SELECT start, "end", text FROM dropped WHERE doc = ? ORDER BY ord', (doc_id,))]
        article = Article(id=doc_id, text=text, url=url, outlet=outlet, title=title, published=_date(published),
                          published_inferred=bool(inferred), lang=lang, dropped=dropped, source=source)
        mentions: dict[int, list[Evidence]] = defaultdict(list)
        for entity_ord, mdoc, s, e in self._rows(
            'SELECT entity_ord, mention_doc, start, "end" FROM mentions WHERE doc = ? ORDER BY entity_ord, ord',
            (doc_id,),
        ):
            mentions[entity_ord].append(Evidence(mdoc, s, e))
        entities = [
            Entity(id=i, name=n, type=t, aliases=json.loads(al), roles=json.loads(ro), affiliations=json.loads(af),
                   mentions=mentions.get(o, []))
            for o, i, n, t, al, ro, af in self._rows(
                "SELECT ord, id, name, type, aliases, roles, affiliations FROM entities WHERE doc = ? ORDER BY ord",
                (doc_id,),
            )
        ]
        quotes = [
            Quote(id=r[0], doc=doc_id, start=r[1], end=r[2], text=r[3], kind=r[4], statement=r[5], confidence=r[6],
                  speaker=Speaker(mention=_span(r[7], r[8], r[9]), entity=r[10], name=r[11]),
                  cue=_span(r[12], r[13], r[14]), medium=r[15])
            for r in self._rows(
                'SELECT id, start, "end", text, kind, statement, confidence, speaker_start, speaker_end, speaker_text, '
                "speaker_entity, speaker_name, cue_start, cue_end, cue_text, medium "
                "FROM quotes WHERE doc = ? ORDER BY ord",
                (doc_id,),
            )
        ]
        claims = []
        for r in self._rows(
            'SELECT id, start, "end", text, value, unit, qualifier, subject_start, subject_end, subject_text, '
            "confidence, source_name, source_entity, source_start, source_end, source_text FROM claims "
            "WHERE doc = ? ORDER BY ord",
            (doc_id,),
        ):
            evidence = _span(r[13], r[14], r[15])
            source = ClaimSource(r[11], evidence, r[12]) if r[11] is not None and evidence else None
            claims.append(Claim(id=r[0], doc=doc_id, start=r[1], end=r[2], text=r[3], value=r[4], unit=r[5],
                                qualifier=r[6], subject=TextSpan(r[7], r[8], r[9]), confidence=r[10], source=source))
        times = [
            TimeExpression(id=r[0], doc=doc_id, start=r[1], end=r[2], text=r[3], value=_date(r[4]), anchor=r[5],
                           confidence=r[6])
            for r in self._rows(
                'SELECT id, start, "end", text, value, anchor, confidence FROM times WHERE doc = ? ORDER BY ord',
                (doc_id,),
            )
        ]
        return Analysis(article=article, entities=entities, quotes=quotes, claims=claims, times=times)

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Just the articles (cheaper than ``iter_analyses`` when the analysis is not needed)."""
        for analysis in self.iter_analyses(ids):
            yield analysis.article

    def select_doc_ids(
        self,
        since: PartialDate | None = None,
        until: PartialDate | None = None,
        outlets: Iterable[str] = (),
        stories: Iterable[str] = (),
    ) -> list[str]:
        """Document ids in ingestion order, filtered by published date range overlap, outlet and story.

        A partial date matches when the days it covers overlap the window ("2024-11" overlaps
        ``since=2024-11-15``); articles without a date are left out as soon as a date bound is given.
        """
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("published_hi >= ?")
            params.append(date_range(since)[0])
        if until is not None:
            where.append("published_lo <= ?")
            params.append(date_range(until)[1])
        outlet_list = list(outlets)
        if outlet_list:
            where.append(f"outlet IN ({','.join('?' * len(outlet_list))})")
            params.extend(outlet_list)
        story_list = list(stories)
        if story_list:
            where.append(
                f"(id IN (SELECT doc FROM membership WHERE story IN ({','.join('?' * len(story_list))})) "
                f"OR id IN (SELECT doc FROM story_documents WHERE story IN ({','.join('?' * len(story_list))})))"
            )
            params.extend(story_list * 2)
        sql = "SELECT id FROM documents" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY seq"
        return [r[0] for r in self._rows(sql, params)]

    # ------------------------------------------------------------------ features

    def put_features(self, name: str, features: dict[str, bytes]) -> None:
        """Cache per-document blobs (e.g. MinHash signatures); ids not in the store are ignored."""
        with self._write():
            known = set(self.doc_ids())
            self._conn.executemany(
                "INSERT OR REPLACE INTO features (name, doc, data) VALUES (?, ?, ?)",
                [(name, doc, sqlite3.Binary(data)) for doc, data in features.items() if doc in known],
            )

    def get_features(self, name: str) -> dict[str, bytes]:
        return {doc: bytes(data) for doc, data in self._rows("SELECT doc, data FROM features WHERE name = ?", (name,))}

    # ------------------------------------------------------------------ story layer

    def story_assignments(self) -> dict[str, str]:
        """doc id → story id as last saved."""
        return {doc: story for doc, story in self._rows("SELECT doc, story FROM membership ORDER BY ord")}

    def save_story_result(self, result: StoryResult) -> None:
        """Replace the whole cross-document layer in one transaction."""
        with self._write():
            for table in _STORY_TABLES:
                self._conn.execute(f"DELETE FROM {table}")
            self._insert(
                "stories", "ord, id, title, start, end, origin_name, origin_doc, origin_start, origin_end",
                [(i, s.id, s.title, s.start.iso() if s.start else None, s.end.iso() if s.end else None,
                  s.origin.name if s.origin else None, s.origin.evidence.doc if s.origin else None,
                  s.origin.evidence.start if s.origin else None, s.origin.evidence.end if s.origin else None)
                 for i, s in enumerate(result.stories)],
            )
            self._insert("story_documents", "story, ord, doc",
                          [(s.id, j, d) for s in result.stories for j, d in enumerate(s.documents)])
            self._insert("story_actors", "story, ord, entity",
                          [(s.id, j, e) for s in result.stories for j, e in enumerate(s.actors)])
            self._insert("membership", "doc, story, ord",
                          [(d, s, i) for i, (d, s) in enumerate(result.membership.items())])
            self._insert("copies", "ord, doc, copy_of, similarity",
                          [(i, k.doc, k.copy_of, k.similarity) for i, k in enumerate(result.copies)])
            self._insert("statements", "quote, statement, ord",
                          [(q, s, i) for i, (q, s) in enumerate(result.statements.items())])
            self._insert("timeline", "ord, story, time, doc, start, end, text",
                          [(i, t.story, t.time, t.doc, t.start, t.end, t.text) for i, t in enumerate(result.timeline)])
            self._insert("timeline_actors", "event, ord, entity",
                          [(i, j, e) for i, t in enumerate(result.timeline) for j, e in enumerate(t.actors)])
            self._insert("canonical_entities", "ord, id, name, type, aliases, roles, affiliations",
                [(i, e.id, e.name, e.type, _json_list(e.aliases), _json_list(e.roles), _json_list(e.affiliations))
                 for i, e in enumerate(result.entities)],
            )
            self._insert("canonical_mentions", "entity, ord, doc, start, end",
                          [(e.id, j, m.doc, m.start, m.end) for e in result.entities for j, m in enumerate(e.mentions)])
            self._insert("entity_links", "doc_entity, canonical, ord",
                          [(d, k, i) for i, (d, k) in enumerate(result.entity_links.items())])

    def load_story_result(self) -> StoryResult:
        documents: dict[str, list[str]] = defaultdict(list)
        for story, doc in self._rows("SELECT story, doc FROM story_documents ORDER BY story, ord"):
            documents[story].append(doc)
        actors: dict[str, list[str]] = defaultdict(list)
        for story, entity in self._rows("SELECT story, entity FROM story_actors ORDER BY story, ord"):
            actors[story].append(entity)
        stories = [
            Story(id=sid, title=title, documents=documents.get(sid, []), start=_date(start), end=_date(end),
                  actors=actors.get(sid, []),
                  origin=Origin(oname, Evidence(odoc, ostart, oend)) if oname is not None else None)
            for sid, title, start, end, oname, odoc, ostart, oend in self._rows(
                'SELECT id, title, start, "end", origin_name, origin_doc, origin_start, origin_end '
                "FROM stories ORDER BY ord"
            )
        ]
        event_actors: dict[int, list[str]] = defaultdict(list)
        for event, entity in self._rows("SELECT event, entity FROM timeline_actors ORDER BY event, ord"):
            event_actors[event].append(entity)
        timeline = [
            TimelineEvent(r[1], r[2], r[3], r[4], r[5], r[6], actors=event_actors.get(r[0], []))
            for r in self._rows('SELECT ord, story, time, doc, start, "end", text FROM timeline ORDER BY ord')
        ]
        mentions: dict[str, list[Evidence]] = defaultdict(list)
        for entity, doc, s, e in self._rows(
            'SELECT entity, doc, start, "end" FROM canonical_mentions ORDER BY entity, ord'
        ):
            mentions[entity].append(Evidence(doc, s, e))
        entities = [
            Entity(id=i, name=n, type=t, aliases=json.loads(al), roles=json.loads(ro), affiliations=json.loads(af),
                   mentions=mentions.get(i, []))
            for i, n, t, al, ro, af in self._rows(
                "SELECT id, name, type, aliases, roles, affiliations FROM canonical_entities ORDER BY ord"
            )
        ]
        return StoryResult(
            stories=stories,
            membership=dict(self._rows("SELECT doc, story FROM membership ORDER BY ord")),
            copies=[Copy(*r) for r in self._rows("SELECT doc, copy_of, similarity FROM copies ORDER BY ord")],
            statements=dict(self._rows("SELECT quote, statement FROM statements ORDER BY ord")),
            timeline=timeline,
            entities=entities,
            entity_links=dict(self._rows("SELECT doc_entity, canonical FROM entity_links ORDER BY ord")),
        )

    # ------------------------------------------------------------------ summary

    def counts(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return int(self._conn.execute(sql).fetchone()[0])

        return {
            "documents": count("SELECT COUNT(*) FROM documents"),
            "quotes": count("SELECT COUNT(*) FROM quotes"),
            "claims": count("SELECT COUNT(*) FROM claims"),
            "times": count("SELECT COUNT(*) FROM times"),
            "entities": count("SELECT COUNT(*) FROM canonical_entities")
            or count("SELECT COUNT(*) FROM entities"),
            "stories": count("SELECT COUNT(*) FROM stories"),
            "copies": count("SELECT COUNT(*) FROM copies"),
        }


def _span_cols(span: TextSpan | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span is not None else (None, None, None)


def _span(start: int | None, end: int | None, text: str | None) -> TextSpan | None:
    return TextSpan(start, end, text) if start is not None and end is not None and text is not None else None


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls back this transaction only."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(f"store is busy or not writable: {e}") from e

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as e:
                self._conn.execute("ROLLBACK")
                raise StoreError(f"could not commit to the store: {e}") from e
        else:
            self._conn.execute("ROLLBACK")
