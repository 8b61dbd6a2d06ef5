"""The filtered picture of a store that export and briefing both render.

Filters select documents; this module restricts the cross-document layer to them (stories keep only
selected documents, copies and timeline rows need their documents selected, canonical entities need a
mention or link in a selected document) and maps document-level ids to the shared ones: quotes get the
shared statement id, speaker/source entities the canonical entity id (falling back to the document-level
id when the stories stage linked none).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from lagebild.store.query import Filters
from lagebild.store.sqlite import Store
from lagebild.types import Analysis, Claim, ClaimSource, Entity, Quote, Story, StoryResult


@dataclass
class CorpusView:
    analyses: list[Analysis]
    result: StoryResult
    filters: Filters

    def __post_init__(self) -> None:
        self.by_id: dict[str, Analysis] = {a.article.id: a for a in self.analyses}
        self.entity_by_id: dict[str, Entity] = {e.id: e for e in self.entities()}
        for analysis in self.analyses:  # document-level entities, for fallbacks and roles
            for entity in analysis.entities:
                self.entity_by_id.setdefault(entity.id, entity)

    def canonical(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        return self.result.entity_links.get(entity_id, entity_id)

    def entities(self) -> list[Entity]:
        """Canonical entities, or the document-level ones when the stories stage has not linked any."""
        if self.result.entities:
            return self.result.entities
        return [e for a in self.analyses for e in a.entities]

    def entity_name(self, entity_id: str | None, fallback: str | None) -> str | None:
        """The name of the entity a speaker or source links to: the canonical one where the stories stage linked
        it, so that one actor has one name across the corpus ("sie" in one article and "Okonjo" in another are
        both Amara Okonjo), else the document-level entity's; ``fallback`` (the analysis-time name) without one."""
        entity = self.entity_by_id.get(entity_id or "")
        return entity.name if entity is not None else fallback

    def speaker_members(self, quote: Quote) -> list[str]:
        """The persons a speaker names together ("Merkel und Macron betonten": both speak): a coordinated speaker
        has no single entity (``entity=None``, the name of both: "Angela Merkel und Emmanuel Macron"), and its
        members are the (canonical) ids of the person entities mentioned inside its mention, in text order. [] for
        a speaker with an entity, and for a mention naming fewer than two persons."""
        mention, analysis = quote.speaker.mention, self.by_id.get(quote.doc)
        if quote.speaker.entity is not None or mention is None or analysis is None:
            return []
        found = sorted((m.start, m.end, self.canonical(e.id) or e.id) for e in analysis.entities if e.type == "PER"
                       for m in e.mentions if m.doc == quote.doc and mention.start <= m.start and m.end <= mention.end)
        # only a mention made of the names and their conjunctions: "Ein Berater von Angela Merkel und Emmanuel
        # Macron" is someone else, whom the names merely describe
        rest = mention.text
        for start, end, _ in found:  # blank each name out (same length, so later offsets still fit)
            rest = rest[:start - mention.start] + " " * (end - start) + rest[end - mention.start:]
        if any(word not in {"und", "sowie", ","} for word in rest.replace(",", " , ").split()):
            return []
        members = list(dict.fromkeys(entity_id for _, _, entity_id in found))
        return members if len(members) >= 2 else []

    def quote(self, quote: Quote) -> Quote:
        """The quote as exported: shared statement id, canonical speaker entity and its name."""
        entity = self.canonical(quote.speaker.entity)
        speaker = dataclasses.replace(quote.speaker, entity=entity, name=self.entity_name(entity, quote.speaker.name))
        return dataclasses.replace(
            quote, statement=self.result.statements.get(quote.id, quote.statement), speaker=speaker
        )

    def claim(self, claim: Claim) -> Claim:
        source: ClaimSource | None = claim.source
        if source is not None:
            entity = self.canonical(source.entity)
            source = dataclasses.replace(source, entity=entity, name=self.entity_name(entity, None) or source.name)
        return dataclasses.replace(claim, source=source)

    def quotes(self) -> list[Quote]:
        return [self.quote(q) for a in self.analyses for q in a.quotes]

    def claims(self) -> list[Claim]:
        return [self.claim(c) for a in self.analyses for c in a.claims]


def restrict(result: StoryResult, analyses: list[Analysis], filters: Filters) -> StoryResult:
    """The story layer as far as it concerns the selected documents."""
    selected = {a.article.id for a in analyses}
    doc_entities = {e.id for a in analyses for e in a.entities}
    quote_ids = {q.id for a in analyses for q in a.quotes}
    wanted_stories = set(filters.stories)

    entity_links = {d: c for d, c in result.entity_links.items() if d in doc_entities}
    linked = set(entity_links.values())
    entities: list[Entity] = []
    for entity in result.entities:
        mentions = [m for m in entity.mentions if m.doc in selected]
        if filters.empty or mentions or entity.id in linked:
            entities.append(dataclasses.replace(entity, mentions=mentions))
    kept_entities = {e.id for e in entities}

    def actors(ids: list[str]) -> list[str]:
        return [e for e in ids if e in kept_entities] if result.entities else list(ids)

    stories: list[Story] = []
    for story in result.stories:
        if wanted_stories and story.id not in wanted_stories:
            continue
        documents = [d for d in story.documents if d in selected]
        if not documents:
            continue
        origin = story.origin if story.origin is not None and story.origin.evidence.doc in selected else None
        stories.append(dataclasses.replace(story, documents=documents, actors=actors(story.actors), origin=origin))
    kept_stories = {s.id for s in stories}
    return StoryResult(
        stories=stories,
        membership={d: s for d, s in result.membership.items() if d in selected and s in kept_stories},
        copies=[c for c in result.copies if c.doc in selected and c.copy_of in selected],
        statements={q: s for q, s in result.statements.items() if q in quote_ids},
        timeline=[
            dataclasses.replace(t, actors=actors(t.actors))
            for t in result.timeline
            if t.doc in selected and t.story in kept_stories
        ],
        entities=entities,
        entity_links=entity_links,
    )


def load_view(db: Path, filters: Filters) -> CorpusView:
    """Read the selected part of the store through a read-only connection."""
    with Store(db, readonly=True) as store:
        ids = filters.doc_ids(store)
        analyses = list(store.iter_analyses(ids))
        result = store.load_story_result()
    return CorpusView(analyses, restrict(result, analyses, filters), filters)
