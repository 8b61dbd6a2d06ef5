"""The domain types every stage of lagebild speaks.

All offsets are Python string indices (code points) into the article's original
text: ``article.text[span.start:span.end] == span.text`` holds for every span.
The types mirror the export contract (``schema/export-v1.json``); ``to_json()``
gives exactly the exported shape so the library API and the export agree.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC", "OTH"]
QuoteKind = Literal["direct", "indirect", "mixed", "reported"]
TimeAnchor = Literal["published", "text", "none"]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to year, month or day precision ("2024", "2024-11", "2024-11-26")."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            import datetime as _dt

            _dt.date(self.year, self.month or 1, self.day)  # raises ValueError on 31.02.

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        m = _PARTIAL_DATE.match(value)
        if not m:
            raise ValueError(f"not an ISO date of the form YYYY[-MM[-DD]]: {value!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class TextSpan:
    """A span of an article's original text."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Evidence:
    """Where in which document something was read."""

    doc: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass
class Article:
    """One ingested article, before analysis.

    ``text`` is the original text exactly as ingested (for HTML: the extracted main text);
    ``dropped`` lists boilerplate lines that analysis skips (their offsets still point into ``text``).
    ``source`` says where the article was read from ("news/a1.txt", "feed.jsonl:17") for messages.
    """

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    published_inferred: bool = False
    lang: str | None = None
    dropped: list[TextSpan] = field(default_factory=list)
    source: str = ""

    @property
    def content_hash(self) -> str:
        """Identity of the article's content: a changed text, title, date or outlet is a new version."""
        h = hashlib.sha256()
        for part in (self.text, self.title or "", self.url or "", self.outlet or "",
                     self.published.iso() if self.published else ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published.iso() if self.published else None,
            "published_inferred": self.published_inferred,
            "lang": self.lang,
            "text": self.text,
            "dropped": [d.to_json() for d in self.dropped],
        }


@dataclass
class Entity:
    """A named entity: within one document (``doc`` set) or canonical across documents."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "affiliations": list(self.affiliations),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass
class Speaker:
    """Who said a quote: the mention in the text, the resolved entity and a display name.

    An unnamed source ("eine mit den Verhandlungen vertraute Person") keeps its mention
    with ``entity=None``; ``name`` is then the mention text in its base form, without a leading definite
    article ("laut Statistischem Bundesamt" -> "Statistisches Bundesamt"; see ``nlp.display_names``).
    Persons named together ("Merkel und Macron betonten") have no single entity either: ``entity=None`` and
    ``name`` names both ("Angela Merkel und Emmanuel Macron"); exports find each person by the entity mentions
    inside the mention (``report.view.CorpusView.speaker_members``).
    """

    mention: TextSpan | None = None
    entity: str | None = None
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "mention": self.mention.to_json() if self.mention else None,
            "entity": self.entity,
            "name": self.name,
        }


@dataclass
class Quote:
    """One contiguous quotation as the text presents it.

    A direct quotation over several sentences is one quote; each sentence of indirect
    speech is its own quote; quotes of one statement share ``statement``.
    """

    id: str
    doc: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    statement: str
    confidence: float
    speaker: Speaker = field(default_factory=Speaker)
    cue: TextSpan | None = None
    medium: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "statement": self.statement,
            "confidence": round(self.confidence, 4),
            "medium": self.medium,
            "cue": self.cue.to_json() if self.cue else None,
            "speaker": self.speaker.to_json(),
        }


@dataclass
class ClaimSource:
    """Who a figure is attributed to ("laut Statistischem Bundesamt")."""

    name: str
    evidence: TextSpan
    entity: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "entity": self.entity,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end},
        }


@dataclass
class Claim:
    """A cited figure: value (absolute, as a number), unit, qualifier, counted thing and source."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    qualifier: str | None
    subject: TextSpan
    confidence: float
    source: ClaimSource | None = None

    def to_json(self) -> dict[str, Any]:
        value: float | int | None = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        return {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "subject": self.subject.to_json(),
            "confidence": round(self.confidence, 4),
            "source": self.source.to_json() if self.source else None,
        }


@dataclass
class TimeExpression:
    """A time expression and the date it resolves to, at the precision the text gives."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    value: PartialDate | None
    anchor: TimeAnchor
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value.iso() if self.value else None,
            "anchor": self.anchor,
            "confidence": round(self.confidence, 4),
        }


@dataclass
class Copy:
    """``doc`` is a (near-)copy of the earlier ``copy_of`` (agency text reprinted, updated version)."""

    doc: str
    copy_of: str
    similarity: float

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "copy_of": self.copy_of, "similarity": round(self.similarity, 4)}


@dataclass
class Origin:
    """Where a story first appeared ("im Interview mit dem Deutschlandfunk")."""

    name: str
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "evidence": self.evidence.to_json()}


@dataclass
class Story:
    id: str
    title: str
    documents: list[str]
    start: PartialDate | None = None
    end: PartialDate | None = None
    actors: list[str] = field(default_factory=list)
    origin: Origin | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "documents": list(self.documents),
            "start": self.start.iso() if self.start else None,
            "end": self.end.iso() if self.end else None,
            "actors": list(self.actors),
            "origin": self.origin.to_json() if self.origin else None,
        }


@dataclass
class TimelineEvent:
    story: str
    time: str
    doc: str
    start: int
    end: int
    text: str
    actors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Analysis:
    """Everything lagebild reads from one article (what ``lagebild.analyse`` returns).

    Entities here are document-level (ids ``<doc>#e<n>``); the store links them across
    documents into canonical entities for the export.
    """

    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)

    @property
    def analysed(self) -> bool:
        """False for articles that were not analysed (not German)."""
        return self.article.lang == "de"


@dataclass
class StoryResult:
    """The cross-document layer, recomputed by ``lagebild.stories`` and stored as one unit.

    ``membership`` maps doc id → story id; ``statements`` maps quote id → shared statement id
    (the same statement reported by several outlets); ``entity_links`` maps document-level
    entity ids (``doc#eN``) → canonical entity ids; ``entities`` are the canonical entities.
    """

    stories: list[Story] = field(default_factory=list)
    membership: dict[str, str] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)
    statements: dict[str, str] = field(default_factory=dict)
    timeline: list[TimelineEvent] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    entity_links: dict[str, str] = field(default_factory=dict)
