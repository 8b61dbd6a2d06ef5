"""The HTML briefing: one self-contained file (inline CSS, no scripts, no external assets).

Per story: its articles and outlets, who said what (with shared statements across outlets), figures with
their sources (and cross-source comparisons from ``lagebild.stories.comparison``), a dated
timeline and the main actors. Every quote, figure and date links to its place in the article text,
rendered below with the spans highlighted at their original offsets.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from lagebild.errors import LagebildError
from lagebild.report.view import CorpusView, load_view
from lagebild.store.query import Filters
from lagebild.store.sqlite import date_range
from lagebild.stories import comparison
from lagebild.types import Analysis, Article, Claim, PartialDate, Quote, Story, TextSpan

KIND_LABELS = {"direct": "direkt", "indirect": "indirekt", "mixed": "gemischt", "reported": "berichtet"}
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
NO_STORY = "Ohne Story"
ENTITY_TYPE_LABELS = {"PER": "Person", "ORG": "Organisation", "LOC": "Ort", "OTH": "Sonstiges"}
# Statements below this confidence (bare "nach Angaben …" attributions, reported speech acts, guesses at
# continuations) are kept but collapsed, so the desk first sees what the extraction is sure about.
CONFIDENT = 0.75
CUE_CHARS = 40  # reported speech acts use the whole predicate as cue; the briefing shows its start only
SHOWN_CLAIMS = 12  # rows of the figures table before the rest is collapsed
SHOWN_EVENTS = 10  # timeline rows before the rest is collapsed


def anchor(kind: str, ident: str) -> str:
    """An HTML id for any domain id: readable prefix plus a short hash (ids may hold any character)."""
    readable = re.sub(r"[^A-Za-z0-9_-]+", "-", ident)[:40].strip("-")
    return f"{kind}-{readable}-{hashlib.sha1(ident.encode('utf-8')).hexdigest()[:6]}"


def german_date(value: PartialDate | None) -> str:
    if value is None:
        return "ohne Datum"
    if value.month is None:
        return str(value.year)
    if value.day is None:
        return f"{MONTHS[value.month - 1]} {value.year}"
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def german_number(value: float | None) -> str:
    """2900000 → "2,9 Mio.", 2.4 → "2,4", 12000 → "12.000" (German separators)."""
    if value is None:
        return "–"
    magnitude = abs(value)
    for size, word in ((1e12, "Bio."), (1e9, "Mrd."), (1e6, "Mio.")):
        if magnitude >= size:
            return f"{value / size:,.2f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace(
                "_", ".") + f" {word}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _date_key(value: PartialDate) -> tuple[str, str]:
    """Partial dates have no total order (``None`` month); order them by the day range they cover."""
    lo, hi = date_range(value)
    return lo or "", hi or ""


def sentence_around(text: str, start: int, end: int, limit: int = 320) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: a light heuristic (punctuation or line break), which is all a
    briefing excerpt needs; the exact offsets are still the span's own."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start))
    left = 0 if left < 0 else left + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end),
                                    text.find("! ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    left = max(left, start - limit)
    right = min(right, end + limit)
    while left < start and text[left].isspace():
        left += 1
    return left, right


# --------------------------------------------------------------------------- highlighted article text


@dataclass
class Mark:
    start: int
    end: int
    css: str  # "q" quote, "f" figure, "d" date, "x" dropped boilerplate
    ident: str | None = None  # anchor placed at the start
    title: str = ""


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The escaped text with every mark as a span; overlapping marks are cut into flat segments carrying the
    classes of every mark covering them (HTML cannot nest overlapping elements)."""
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = defaultdict(list)
    for mark in marks:
        starts[mark.start].append(mark)
    parts: list[str] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        for mark in starts.get(lo, []):
            if mark.ident:
                parts.append(f'<span class="anchor" id="{escape(mark.ident)}"></span>')
        covering = [m for m in marks if m.start <= lo and hi <= m.end and m.start < m.end]
        chunk = escape(text[lo:hi])
        if covering:
            classes = " ".join(sorted({m.css for m in covering}))
            title = " · ".join(dict.fromkeys(m.title for m in covering if m.title))
            parts.append(f'<span class="hl {classes}" title="{escape(title)}">{chunk}</span>')
        else:
            parts.append(str(chunk))
    return Markup("".join(parts))


# --------------------------------------------------------------------------- view model


@dataclass
class ArticleBlock:
    article: Article
    anchor: str
    date: str
    copy_of: Article | None
    analysed: bool
    body: Markup
    counts: dict[str, int]


@dataclass
class QuoteEntry:
    quote: Quote
    anchor: str
    speaker: str
    speaker_detail: str
    kind: str
    outlet: str
    occurrences: list[tuple[str, str]]  # (outlet, anchor) of every report of the statement in view, one per article
    first_outlet: str
    outlets: int
    parts: list[tuple[str, str]] = field(default_factory=list)  # (text, anchor) of every sentence of the statement
    confidence: float = 0.0  # the best confidence among the statement's sentences
    cue: str = ""


@dataclass
class SpeakerGroup:
    """Everything one speaker said in a story, with the speaker's role/party once."""

    name: str
    detail: str
    entries: list[QuoteEntry]
    named: bool  # False for the "nicht zugeordnet" bucket of quotes without any speaker


@dataclass
class ClaimRow:
    """One figure as the story reports it: the same value and wording in several articles (copies, reprints)
    is one row with every outlet linked."""

    value: str
    text: str
    sources: list[str]
    occurrences: list[tuple[str, str]]  # (outlet, anchor)


@dataclass
class ComparisonSide:
    value: str
    sources: list[str]
    occurrences: list[tuple[str, str]]  # (outlet, anchor)


@dataclass
class ClaimEntry:
    claim: Claim
    anchor: str
    value: str
    subject: str
    source: str
    outlet: str


@dataclass
class TimelineEntry:
    date: str
    sort_key: tuple[int, int, int]
    when: str
    context: Markup
    anchor: str
    outlet: str
    actors: list[str]
    occurrences: list[tuple[str, str]] = field(default_factory=list)  # (outlet, anchor), copies merged


@dataclass
class StoryBlock:
    id: str
    anchor: str
    title: str
    span: str
    articles: list[ArticleBlock]
    outlets: list[str]
    quotes: list[QuoteEntry] = field(default_factory=list)
    claims: list[ClaimEntry] = field(default_factory=list)
    comparisons: list[list[ClaimEntry]] = field(default_factory=list)
    speakers: list[SpeakerGroup] = field(default_factory=list)  # confident statements, grouped by speaker
    minor_quotes: list[QuoteEntry] = field(default_factory=list)  # low-confidence statements, collapsed
    claim_rows: list[ClaimRow] = field(default_factory=list)
    conflicts: list[tuple[str, list[ComparisonSide]]] = field(default_factory=list)  # (subject, sides)
    timeline: list[TimelineEntry] = field(default_factory=list)
    actors: list[tuple[str, str]] = field(default_factory=list)  # (name, type)
    origin: str = ""


class _Builder:
    def __init__(self, view: CorpusView) -> None:
        self.view = view
        self.copy_of = {c.doc: c.copy_of for c in view.result.copies}
        self.seq = {a.article.id: i for i, a in enumerate(view.analyses)}
        self.statement_reports: dict[str, list[Quote]] = defaultdict(list)
        for quote in view.quotes():
            self.statement_reports[quote.statement].append(quote)

    def article(self, doc: str) -> Article:
        return self.view.by_id[doc].article

    def outlet(self, doc: str) -> str:
        # files without metadata have no outlet; their id's last part still tells two of them apart
        article = self.article(doc)
        return article.outlet or f"ohne Medium ({article.id.rsplit('/', 1)[-1]})"

    def order_key(self, doc: str) -> tuple[str, int]:
        article = self.article(doc)
        return (article.published.iso() if article.published else "9999", self.seq[doc])

    def article_block(self, analysis: Analysis) -> ArticleBlock:
        a = analysis.article
        marks = [Mark(d.start, d.end, "x", title="ausgeblendet (Boilerplate)") for d in a.dropped]
        for q in analysis.quotes:
            speaker = self.speaker_name(self.view.quote(q))
            marks.append(Mark(q.start, q.end, "q", anchor("q", q.id), f"Zitat: {speaker}"))
        for c in analysis.claims:
            marks.append(Mark(c.start, c.end, "f", anchor("c", c.id), f"Zahl: {german_number(c.value)} {c.unit or ''}"))
        for t in analysis.times:
            marks.append(Mark(t.start, t.end, "d", anchor("t", t.id), f"Datum: {t.value.iso() if t.value else '?'}"))
        copy_of = self.copy_of.get(a.id)
        return ArticleBlock(
            article=a, anchor=anchor("doc", a.id), date=german_date(a.published) + (" (erschlossen)" if
                                                                                    a.published_inferred else ""),
            copy_of=self.article(copy_of) if copy_of in self.view.by_id else None,
            analysed=analysis.analysed, body=highlight(a.text, marks),
            counts={"quotes": len(analysis.quotes), "claims": len(analysis.claims), "times": len(analysis.times)},
        )

    def speaker_name(self, quote: Quote) -> str:
        """The name a quote shows, for a quote as the view maps it (``CorpusView.quote``: the linked entity's name)."""
        if quote.speaker.name:
            return quote.speaker.name
        return quote.speaker.mention.text if quote.speaker.mention else "Unbekannt"

    def speaker_detail(self, quote: Quote) -> str:
        entity = self.view.entity_by_id.get(quote.speaker.entity or "")
        if entity is None:
            # (persons named together, "Angela Merkel und Emmanuel Macron", are named, though by no single entity)
            named = quote.speaker.entity or self.view.speaker_members(quote)
            return "" if named else "nicht namentlich zugeordnet"
        return ", ".join([*entity.roles[:2], *entity.affiliations[:2]])

    def first_report(self, reports: list[Quote]) -> Quote:
        """The earliest report of a statement; a known copy never counts as the first (partial dates
        such as "2024-11" cannot tell which came first, the copy relation can)."""
        originals = [q for q in reports if q.doc not in self.copy_of] or reports
        return min(originals, key=lambda q: self.order_key(q.doc))

    def occurrence(self, doc: str, target: str) -> tuple[str, str]:
        return (self.outlet(doc) + (" (Kopie)" if doc in self.copy_of else ""), target)

    def quote_entries(self, docs: list[str]) -> list[QuoteEntry]:
        entries: list[QuoteEntry] = []
        seen: set[str] = set()
        doc_set = set(docs)
        for doc in sorted(docs, key=self.order_key):
            for raw in self.view.by_id[doc].quotes:
                quote = self.view.quote(raw)
                if quote.statement in seen:
                    continue
                seen.add(quote.statement)
                reports = sorted(self.statement_reports[quote.statement], key=lambda q: self.order_key(q.doc))
                in_view = [q for q in reports if q.doc in doc_set] or [quote]
                # show the statement as its first original report words it (a copy may be dated earlier)
                primary = self.first_report(in_view)
                first_in_doc: dict[str, Quote] = {}
                for q in sorted(in_view, key=lambda q: (q.doc in self.copy_of, self.order_key(q.doc), q.start)):
                    first_in_doc.setdefault(q.doc, q)  # one link per article, originals first
                parts = sorted((q for q in in_view if q.doc == primary.doc), key=lambda q: q.start)
                quote = parts[0]
                outlets = list(dict.fromkeys(self.outlet(q.doc) for q in reports))
                cue = quote.cue.text if quote.cue else ""
                speaker = self.speaker_name(quote)
                entries.append(QuoteEntry(
                    quote=quote, anchor=anchor("q", quote.id),
                    speaker=speaker,
                    speaker_detail=self.speaker_detail(quote), kind=KIND_LABELS.get(quote.kind, quote.kind),
                    outlet=self.outlet(primary.doc),
                    occurrences=[self.occurrence(q.doc, anchor("q", q.id)) for q in first_in_doc.values()],
                    first_outlet=self.outlet(self.first_report(reports).doc), outlets=len(outlets),
                    parts=[(q.text, anchor("q", q.id)) for q in parts],
                    confidence=max(q.confidence for q in parts),
                    cue=cue if len(cue) <= CUE_CHARS else cue[:CUE_CHARS].rsplit(" ", 1)[0] + " …",
                ))
        return entries

    def speaker_groups(self, entries: list[QuoteEntry]) -> list[SpeakerGroup]:
        """Confident statements by speaker: most statements first (ties: who spoke first), the bucket of
        statements without a speaker last."""
        groups: dict[str, list[QuoteEntry]] = defaultdict(list)
        # The same person may come with a linked entity in one article and only a name in another: either
        # the entity or the name joins a statement to an existing group.
        key_of: dict[str, str] = {}
        for entry in entries:
            name = "" if entry.speaker == "Unbekannt" else entry.speaker.casefold()
            entity = entry.quote.speaker.entity or ""
            key = key_of.get(entity) or key_of.get(name) or entity or name
            for alias in (entity, name):
                if alias:
                    key_of.setdefault(alias, key)
            groups[key].append(entry)
        result: list[SpeakerGroup] = []
        for key, group in groups.items():
            names = Counter(e.speaker for e in group)
            detail = next((e.speaker_detail for e in group if e.speaker_detail and e.quote.speaker.entity), "")
            result.append(SpeakerGroup(names.most_common(1)[0][0] if key else "Nicht zugeordnet", detail, group,
                                       named=bool(key)))
        first = {id(g): i for i, g in enumerate(result)}
        return sorted(result, key=lambda g: (not g.named, -len(g.entries), first[id(g)]))

    def claim_rows(self, claims: list[Claim]) -> list[ClaimRow]:
        rows: dict[tuple[float | None, str | None, str], ClaimRow] = {}
        for claim in claims:
            key = (claim.value, claim.unit, claim.text.casefold())
            row = rows.get(key)
            if row is None:
                row = rows[key] = ClaimRow(german_number(claim.value) + (f" {claim.unit}" if claim.unit else ""),
                                           claim.text, [], [])
            if claim.source and claim.source.name and claim.source.name not in row.sources:
                row.sources.append(claim.source.name)
            if all(target != anchor("c", claim.id) for _, target in row.occurrences):
                row.occurrences.append(self.occurrence(claim.doc, anchor("c", claim.id)))
        return list(rows.values())

    def conflicts(self, groups: list[list[ClaimEntry]]) -> list[tuple[str, list[ComparisonSide]]]:
        """Comparison groups that actually disagree: one side per distinct value, with every source and outlet
        giving it (12.000 laut Polizei vs 30.000 laut Gewerkschaft)."""
        result: list[tuple[str, list[ComparisonSide]]] = []
        for group in groups:
            sides: dict[str, ComparisonSide] = {}
            for entry in group:
                side = sides.setdefault(entry.value, ComparisonSide(entry.value, [], []))
                if entry.source and entry.source not in side.sources:
                    side.sources.append(entry.source)
                side.occurrences.append(self.occurrence(entry.claim.doc, entry.anchor))
            if len(sides) > 1:
                result.append((group[0].subject, list(sides.values())))
        return result

    def claim_entry(self, claim: Claim) -> ClaimEntry:
        value = german_number(claim.value) + (f" {claim.unit}" if claim.unit else "")
        return ClaimEntry(claim=claim, anchor=anchor("c", claim.id), value=value, subject=claim.subject.text,
                          source=claim.source.name if claim.source else "", outlet=self.outlet(claim.doc))

    def timeline(self, story: Story | None, docs: list[str]) -> list[TimelineEntry]:
        times = {t.id: t for d in docs for t in self.view.by_id[d].times}
        events = [e for e in self.view.result.timeline if story is not None and e.story == story.id]
        rows: list[tuple[str, int, int, list[str], str]] = []  # doc, start, end, actors, time id
        if events:
            rows = [(e.doc, e.start, e.end, e.actors, e.time) for e in events]
        else:  # the stories stage has not built a timeline: use every resolved date
            rows = [(t.doc, t.start, t.end, [], t.id) for t in times.values() if t.value is not None]
        entries: list[TimelineEntry] = []
        by_sentence: dict[tuple[str, str], TimelineEntry] = {}
        for doc, start, end, actors, time_id in sorted(rows, key=lambda r: (self.order_key(r[0]), r[1])):
            time = times.get(time_id)
            value = time.value if time is not None else None
            text = self.article(doc).text
            lo, hi = sentence_around(text, start, end)
            lo, hi = min(lo, start), max(hi, end)  # an event's span is already its sentence: keep it whole
            # highlight the date expression itself, not the whole event sentence
            mark_start, mark_end = (time.start, time.end) if time is not None and time.doc == doc and \
                lo <= time.start < time.end <= hi else (start, end)
            context = Markup(f"{escape(text[lo:mark_start])}<mark>{escape(text[mark_start:mark_end])}</mark>"
                             f"{escape(text[mark_end:hi])}")
            names = [self.view.entity_by_id[a].name if a in self.view.entity_by_id else a for a in actors]
            target = anchor("t", time_id) if time else anchor("doc", doc)
            same = by_sentence.get((german_date(value), text[lo:hi]))
            if same is not None:  # a copy or reprint dates the same sentence: one row, every outlet linked
                same.occurrences.append(self.occurrence(doc, target))
                continue
            entry = TimelineEntry(
                date=german_date(value),
                sort_key=(value.year, value.month or 0, value.day or 0) if value else (9999, 0, 0),
                when=text[start:end], context=context, anchor=target,
                outlet=self.outlet(doc), actors=list(dict.fromkeys(names)),
                occurrences=[self.occurrence(doc, target)],
            )
            by_sentence[(entry.date, text[lo:hi])] = entry
            entries.append(entry)
        return sorted(entries, key=lambda e: e.sort_key)

    def actors(self, story: Story | None, docs: list[str]) -> list[tuple[str, str]]:
        if story is not None and story.actors:
            return [(self.view.entity_by_id[a].name, ENTITY_TYPE_LABELS.get(self.view.entity_by_id[a].type, ""))
                    if a in self.view.entity_by_id else (a, "") for a in story.actors]
        counts: Counter[str] = Counter()
        for doc in docs:
            for entity in self.view.by_id[doc].entities:
                canonical = self.view.canonical(entity.id) or entity.id
                counts[canonical] += max(1, len(entity.mentions))
        ranked = [e for e, _ in counts.most_common() if e in self.view.entity_by_id]
        return [(self.view.entity_by_id[e].name, ENTITY_TYPE_LABELS.get(self.view.entity_by_id[e].type, ""))
                for e in ranked[:8]]

    def story_block(self, story: Story | None, docs: list[str]) -> StoryBlock:
        ordered = sorted(docs, key=self.order_key)
        dates = [p for p in (self.article(d).published for d in ordered) if p is not None]
        start = story.start if story and story.start else (min(dates, key=_date_key) if dates else None)
        end = story.end if story and story.end else (max(dates, key=_date_key) if dates else None)
        span = german_date(start) if start == end else f"{german_date(start)} – {german_date(end)}"
        claims = [self.view.claim(c) for d in ordered for c in self.view.by_id[d].claims]
        comparisons: list[list[ClaimEntry]] = []
        if claims:
            texts = {d: self.article(d).text for d in ordered}
            groups = comparison.compare_claims(claims, texts)
            comparisons = [[self.claim_entry(c) for c in group] for group in groups if len(group) > 1]
        origin = ""
        if story is not None and story.origin is not None:
            origin = story.origin.name
        quotes = self.quote_entries(ordered)
        return StoryBlock(
            id=story.id if story else "",
            anchor=anchor("story", story.id if story else NO_STORY),
            title=story.title if story else NO_STORY,
            span=span if dates or (story and story.start) else "ohne Datum",
            articles=[self.article_block(self.view.by_id[d]) for d in ordered],
            outlets=list(dict.fromkeys(self.outlet(d) for d in ordered)),
            quotes=quotes,
            claims=[self.claim_entry(c) for c in claims],
            comparisons=comparisons,
            speakers=self.speaker_groups([q for q in quotes if q.confidence >= CONFIDENT]),
            minor_quotes=[q for q in quotes if q.confidence < CONFIDENT],
            claim_rows=self.claim_rows(claims),
            conflicts=self.conflicts(comparisons),
            timeline=self.timeline(story, ordered),
            actors=self.actors(story, ordered),
            origin=origin,
        )

    def stories(self) -> list[StoryBlock]:
        blocks: list[StoryBlock] = []
        assigned: set[str] = set()
        for story in self.view.result.stories:
            docs = [d for d in story.documents if d in self.view.by_id]
            if docs:
                assigned.update(docs)
                blocks.append(self.story_block(story, docs))

        def recency(block: StoryBlock) -> str:
            return max((a.article.published.iso() for a in block.articles if a.article.published), default="")

        blocks.sort(key=lambda b: (len(b.articles), recency(b)), reverse=True)
        rest = [a.article.id for a in self.view.analyses if a.article.id not in assigned]
        if rest:
            blocks.append(self.story_block(None, rest))
        return blocks

    def summary(self) -> dict[str, Any]:
        articles = [a.article for a in self.view.analyses]
        dates = sorted((a.published for a in articles if a.published), key=_date_key)
        return {
            "articles": len(articles),
            "outlets": len({a.outlet for a in articles if a.outlet}),
            "stories": len(self.view.result.stories),
            "quotes": sum(len(a.quotes) for a in self.view.analyses),
            "claims": sum(len(a.claims) for a in self.view.analyses),
            "not_german": sum(1 for a in self.view.analyses if not a.analysed),
            "date_range": (f"{german_date(dates[0])} – {german_date(dates[-1])}" if dates and dates[0] != dates[-1]
                           else german_date(dates[0]) if dates else "ohne Datum"),
            "filters": self.view.filters.describe(),
        }


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("lagebild.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["percent"] = lambda v: f"{round(v * 100)} %"
    env.filters["span_text"] = lambda s: s.text if isinstance(s, TextSpan) else ""
    return env


def render_briefing(view: CorpusView) -> str:
    builder = _Builder(view)
    template = _environment().get_template("briefing.html.j2")
    return template.render(summary=builder.summary(), stories=builder.stories(), no_story=NO_STORY,
                           shown_claims=SHOWN_CLAIMS, shown_events=SHOWN_EVENTS, confident=CONFIDENT)


def write_briefing(db: Path, out: Path, filters: Filters) -> None:
    """Render the briefing for the selected part of the store ``db`` into the HTML file ``out``."""
    html = render_briefing(load_view(db, filters))
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as e:
        raise LagebildError(f"cannot write {out}: {e}") from e
