"""Canonical entities: which NER mentions are the same person, organisation, place or thing.

Within a document (component ``lagebild_entities``, after ``lagebild_ner``):

- mentions are compared by a folded key (casefold, diacritics stripped, genitive ``s``/``'``
  stripped from the last word): "Erdoğan", "Erdogans", "Erdogan" are one key;
- a person mention that is the tail of a longer name ("Erdoğan" after "Recep Tayyip Erdoğan")
  joins the full name (the nearest preceding one when two people share a surname);
- roles: a role noun from ``data/lexicons/roles.txt`` directly before a person ("Ökonomin Veronika
  Grimm") or as apposition after it ("Veronika Grimm, Ökonomin an der …"); a party-led compound
  ("SPD-Chef Lars Klingbeil", "Grünen-Politikerin") gives role "Chef" plus affiliation "SPD";
- affiliations: a party in parentheses after a person ("Lars Klingbeil (SPD)");
- aliases: a parenthesised short form after a name ("Deutsche Presse-Agentur (dpa)"); later
  mentions of the short form join that entity.

What this module provides for later components (quotes, claims):

``doc._.entities``          list[Entity], ids ``f"{doc._.doc_id}#e{n}"`` in order of first mention,
                            mentions as Evidence(doc_id, start_char, end_char)
``doc._.speaker_mentions``  list[tuple[int, int, str]]: (start_char, end_char, entity_id) for every
                            person mention and every role noun resolved to a person
``role_mentions(doc)``      list[RoleMention(start, end, role, entity)]: every role noun in the text
                            (outside entity spans), ``entity`` is the person it is attached to
                            ("Ökonomin Veronika Grimm") or, for a bare role ("die Ökonomin sagte"),
                            the nearest preceding person who carries that role; None if unknown
``entity_at(doc, start, end)`` the entity one of whose mentions overlaps the char span

Across documents: ``link_across_documents(entities)`` → canonical entities with ids like
``"PER:veronika-grimm"`` and the map doc-level id → canonical id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.nlp import extensions  # noqa: F401  (registers the extension attributes)
from lagebild.nlp.display_names import nominative_name
from lagebild.nlp.ner import Lexicons, load_lexicons
from lagebild.types import Entity, EntityType, Evidence

_TYPES: tuple[EntityType, ...] = ("PER", "ORG", "LOC", "OTH")
# Letters that NFKD does not decompose into base letter + mark.
_EXTRA_FOLD = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})
_GENITIVE_KEEP = ("us", "is", "os", "as", "ss", "x", "z", "ß")
_SLUG = re.compile(r"[^a-z0-9]+")
_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem"})
_SHORT_FORM = re.compile(r"^[A-Za-zÄÖÜäöü][A-Za-zÄÖÜäöü0-9&.\-]{0,9}$")


# Names repeat across mentions and documents: the folding helpers are pure, so they are memoised (bounded).
@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """casefold + strip diacritics: "Erdoğan" → "erdogan", "Gauß" → "gauss"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_EXTRA_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_genitive(word: str) -> str:
    """ "Erdogans" → "Erdogan", "Habeck'" → "Habeck"; keeps names that end in s anyway (Pistorius)."""
    if word.endswith(("'", "’")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.casefold().endswith(_GENITIVE_KEEP):
        return word[:-1]
    return word


def name_words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


@lru_cache(maxsize=65536)
def fold_name(name: str) -> tuple[str, ...]:
    """The comparison key of a name: folded words, genitive stripped from the last one."""
    words = [fold_word(w) for w in name_words(name)]
    if words:
        words[-1] = strip_genitive(words[-1])
    return tuple(w for w in words if w)


def slug(name: str) -> str:
    return _SLUG.sub("-", " ".join(fold_name(name))).strip("-")


class RoleMention(NamedTuple):
    start: int
    end: int
    role: str
    entity: str | None


@dataclass
class _Group:
    """An entity being built: its mentions (spans) and what the context says about it."""

    spans: list[Span] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)

    def add(self, span: Span) -> None:
        self.spans.append(span)
        self.labels[span.label_] += 1

    @property
    def type(self) -> EntityType:
        best = max(_TYPES, key=lambda t: (self.labels[t], -_TYPES.index(t)))
        return best

    def folded_names(self) -> set[tuple[str, ...]]:
        return {fold_name(s.text) for s in self.spans}


def _add_unique(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def canonical_name(forms: list[str]) -> str:
    """The display name: the longest form, preferring nominative ("Erdoğan" over "Erdoğans"), then the most frequent."""
    counts = Counter(forms)

    def rank(form: str) -> tuple[int, int, int, int]:
        words = name_words(form)
        nominative = int(bool(words) and strip_genitive(words[-1]) == words[-1])
        return (len(words), nominative, counts[form], -forms.index(form))

    return max(counts, key=rank)


def _split_party_compound(word: str, lex: Lexicons) -> tuple[str, str] | None:
    """ "SPD-Chef" → ("Chef", "SPD"); "Grünen-Politikerin" → ("Politikerin", "Grüne")."""
    head, sep, rest = word.partition("-")
    if sep and head in lex.parties and rest and lex.is_role(rest[:1].upper() + rest[1:]):
        return rest, lex.parties[head]
    return None


# word → (role, affiliation) | None, per lexicon object: every token of every document is looked up, and the
# answer depends only on the word. (Lexicons holds dicts, so it cannot be a dict key itself; the entry keeps
# a reference to it so its id cannot be reused while the cache lives.)
_ROLE_CACHE: dict[int, tuple[Lexicons, dict[str, tuple[str, str | None] | None]]] = {}
_ROLE_CACHE_LIMIT = 200_000


def _role_of_word(word: str, lex: Lexicons) -> tuple[str, str | None] | None:
    """(role, affiliation) if the word is a role noun."""
    entry = _ROLE_CACHE.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _ROLE_CACHE[id(lex)] = (lex, {})
    cache = entry[1]
    if word in cache:
        return cache[word]
    found: tuple[str, str | None] | None = _split_party_compound(word, lex)
    if not found and lex.is_role(word):
        found = (word, None)
    if len(cache) >= _ROLE_CACHE_LIMIT:
        cache.clear()
    cache[word] = found
    return found


def _role_of(token: Token, lex: Lexicons) -> tuple[str, str | None] | None:
    """(role, affiliation) if the token is a role noun."""
    return _role_of_word(token.text, lex)


def _role_before(span: Span, lex: Lexicons) -> tuple[Token, str, str | None] | None:
    if span.start == 0:
        return None
    token = span.doc[span.start - 1]
    found = _role_of(token, lex)
    return (token, *found) if found else None


def _role_after(span: Span, lex: Lexicons) -> tuple[Token, str, str | None] | None:
    """Apposition: "Veronika Grimm, Ökonomin an der …" / "Grimm, die Ökonomin, …"."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    if i < len(doc):
        found = _role_of(doc[i], lex)
        if found:
            return (doc[i], *found)
    return None


def _parenthesised_after(span: Span) -> Span | None:
    """The single short token in "( … )" right after the span: "(dpa)", "(SPD)"."""
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) + 0 and doc[i].text == "(" and doc[i + 2].text == ")":
        inner = doc[i + 1 : i + 2]
        if _SHORT_FORM.match(inner.text) and not inner.text.isdigit():
            return inner
    # "(CDU/CSU)" may be tokenised into several pieces
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 2, min(i + 6, len(doc))):
            if doc[j].text == ")":
                inner = doc[i + 1 : j]
                if inner.text.replace(" ", "") in load_lexicons().parties:
                    return inner
                break
    return None


def _acronym_of(short: str, name: str) -> bool:
    """ "dpa" for "Deutsche Presse-Agentur": initials of the words and hyphen parts, or any all-caps short form."""
    initials = "".join(part[0] for part in re.split(r"[\s\-]+", name) if part)
    return short.casefold() == initials.casefold() or (short.isupper() and len(short) >= 2)


def group_mentions(doc: Doc, lex: Lexicons | None = None) -> tuple[list[_Group], list[RoleMention]]:
    lex = lex or load_lexicons()
    spans = [s for s in doc.ents if s.label_ in _TYPES]
    groups: list[_Group] = []
    by_key: dict[tuple[str, ...], _Group] = {}
    alias_keys: dict[tuple[str, ...], _Group] = {}

    # Persons with the longest names first, so a shorter mention can join the full name even when it comes first.
    order = sorted(range(len(spans)), key=lambda i: (-(len(spans[i]) if spans[i].label_ == "PER" else 0), i))
    for idx in order:
        span = spans[idx]
        key = fold_name(span.text)
        if not key:
            continue
        group = by_key.get(key) or alias_keys.get(key)
        if group is None and span.label_ == "PER":
            group = _person_with_tail(span, key, groups)
        if group is None and span.label_ != "PER":
            group = _mistyped_person(span, key, groups, lex)
        if group is None:
            group = _Group()
            groups.append(group)
        by_key.setdefault(key, group)
        group.add(span)
        inner = _parenthesised_after(span)
        if inner is not None:
            party = lex.parties.get(inner.text.replace(" ", ""))
            if party and span.label_ == "PER":
                _add_unique(group.affiliations, party)
            elif span.label_ != "PER" and _acronym_of(inner.text, span.text):
                _add_unique(group.aliases, inner.text)
                alias_keys.setdefault(fold_name(inner.text), group)

    # Short forms that the model tagged before the "(dpa)" definition was seen join the alias owner.
    for group in list(groups):
        for key in group.folded_names():
            owner = alias_keys.get(key)
            if owner is not None and owner is not group:
                for span in group.spans:
                    owner.add(span)
                groups.remove(group)
                break
    groups = [g for g in groups if g.spans]
    groups.sort(key=lambda g: min(s.start for s in g.spans))
    for group in groups:
        group.spans.sort(key=lambda s: s.start)

    roles = _attach_roles(doc, groups, lex)
    return groups, roles


def _mistyped_person(span: Span, key: tuple[str, ...], groups: list[_Group], lex: Lexicons) -> _Group | None:
    """The person a first name + surname tagged as an organisation or place is ("Amara Okonjo" as ORG after the
    person "Okonjo"): only when a person with that surname is already known in the document, and the word before
    the surname is a first name (a known one, or a proper noun by its tag: "Regierung Merz" stays an organisation)."""
    first = span[0]
    if not 2 <= len(key) <= 3 or not (first.text in lex.first_names or first.pos_ == "PROPN"):
        return None
    for group in groups:
        if group.type == "PER" and any(fold_name(other.text)[-1:] == key[-1:] for other in group.spans):
            return group
    return None


def _person_with_tail(span: Span, key: tuple[str, ...], groups: list[_Group]) -> _Group | None:
    """The person whose fuller name ends with these words, nearest before the span (else the first after)."""
    best: tuple[int, _Group] | None = None
    for group in groups:
        if group.type != "PER":
            continue
        for other in group.spans:
            other_key = fold_name(other.text)
            if len(other_key) > len(key) and other_key[-len(key):] == key:
                distance = span.start - other.start if other.start <= span.start else 10**6 + other.start
                if best is None or distance < best[0]:
                    best = (distance, group)
    return best[1] if best else None


def _attach_roles(doc: Doc, groups: list[_Group], lex: Lexicons) -> list[RoleMention]:
    """Roles and party affiliations from the words around person mentions; every role noun as a RoleMention."""
    attached: dict[int, int] = {}  # token index of a role noun → group index
    for gi, group in enumerate(groups):
        if group.type != "PER":
            continue
        for span in group.spans:
            for found in (_role_before(span, lex), _role_after(span, lex)):
                if found is None:
                    continue
                token, role, party = found
                _add_unique(group.roles, role)
                if party:
                    _add_unique(group.affiliations, party)
                attached[token.i] = gi

    in_entity = {i for g in groups for s in g.spans for i in range(s.start, s.end)}
    mentions: list[RoleMention] = []
    doc_id = doc._.doc_id
    # One pass over the token texts and offsets as an array (no Token objects, which are costly to create);
    # most words are not role nouns and are rejected by the cached lookup, memoised here per orth id.
    strings = doc.vocab.strings
    by_orth: dict[int, tuple[str, tuple[str, str | None] | None]] = {}
    for i, (orth, idx) in enumerate(doc.to_array([ORTH, IDX]).tolist()):
        known = by_orth.get(orth)
        if known is None:
            word = strings[orth]
            known = by_orth[orth] = (word, _role_of_word(word, lex))
        text, role_found = known
        if not role_found or i in in_entity:
            continue
        role = role_found[0]
        role_owner = attached.get(i)
        if role_owner is None:
            role_owner = _last_person_with_role(groups, role, idx)
        entity = None if role_owner is None else f"{doc_id}#e{role_owner}"
        mentions.append(RoleMention(idx, idx + len(text), role, entity))
    return mentions


def _last_person_with_role(groups: list[_Group], role: str, before: int) -> int | None:
    """For a bare "die Ökonomin": the person with that role mentioned most recently before it."""
    wanted = fold_word(role)
    best: tuple[int, int] | None = None
    for gi, group in enumerate(groups):
        # Roles first: most groups have none, and the type is counted afresh on every access.
        if not group.roles or wanted not in {fold_word(r) for r in group.roles} or group.type != "PER":
            continue
        starts = [s.start_char for s in group.spans if s.start_char < before]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), gi)
    return best[1] if best else None


def _entity_id(doc: Doc, n: int) -> str:
    return f"{doc._.doc_id}#e{n}"


def build_entities(doc: Doc) -> tuple[list[Entity], list[RoleMention]]:
    groups, roles = group_mentions(doc)
    entities = []
    doc_id = doc._.doc_id
    for n, group in enumerate(groups):
        written = [s.text for s in group.spans]
        # organisations and places are mostly named in an oblique case ("laut Statistischem Bundesamt"): the display
        # name is their base form; what the text wrote stays among the aliases
        forms = written if group.type == "PER" else [nominative_name(f) for f in written]
        name = canonical_name(forms)
        aliases = [f for f in dict.fromkeys(forms + written) if f != name]
        for alias in group.aliases:
            _add_unique(aliases, alias)
        entities.append(
            Entity(
                id=f"{doc_id}#e{n}",
                name=name,
                type=group.type,
                aliases=aliases,
                roles=list(group.roles),
                affiliations=list(group.affiliations),
                mentions=[Evidence(doc_id, s.start_char, s.end_char) for s in group.spans],
            )
        )
    return entities, roles


def role_mentions(doc: Doc) -> list[RoleMention]:
    """Every role noun in the document with the person it refers to (if known); see the module docstring."""
    return build_entities(doc)[1]


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping the char span [start, end) (the largest overlap wins)."""
    best: tuple[int, Entity] | None = None
    for entity in doc._.entities or []:
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            touches = overlap > 0 or (start == end and m.start <= start < m.end)
            if touches and (best is None or overlap > best[0]):
                best = (overlap, entity)
    return best[1] if best else None


@Language.component("lagebild_entities", assigns=["doc._.entities", "doc._.speaker_mentions"])
def canonical_entities(doc: Doc) -> Doc:
    entities, roles = build_entities(doc)
    doc._.entities = entities
    speakers: list[tuple[int, int, str]] = [
        (m.start, m.end, e.id) for e in entities if e.type == "PER" for m in e.mentions
    ]
    speakers.extend((r.start, r.end, r.entity) for r in roles if r.entity)
    doc._.speaker_mentions = sorted(speakers)
    return doc


# --------------------------------------------------------------------------- across documents


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def link_across_documents(entities: list[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """Canonical entities across documents and the map document-level id → canonical id.

    Same type + same folded name (or alias) → one entity; a person known only by surname joins
    the one full-name person with that surname (left alone if the surname is ambiguous).
    Deterministic (independent of input order up to mention order) and linear in the input size.
    """
    uf = _UnionFind(len(entities))
    first_by_key: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, entity in enumerate(entities):
        for form in [entity.name, *entity.aliases]:
            key = (entity.type, fold_name(form))
            if not key[1]:
                continue
            if key in first_by_key:
                uf.union(first_by_key[key], i)
            else:
                first_by_key[key] = i

    # Surname-only persons: join the unique full-name person ending in that surname.
    full_by_surname: dict[tuple[str, ...], set[int]] = {}
    for i, entity in enumerate(entities):
        name_key = fold_name(entity.name)
        if entity.type == "PER" and len(name_key) > 1:
            full_by_surname.setdefault(name_key[-1:], set()).add(uf.find(i))
    for i, entity in enumerate(entities):
        name_key = fold_name(entity.name)
        if entity.type == "PER" and len(name_key) == 1:
            roots = {uf.find(r) for r in full_by_surname.get(name_key, set())}
            if len(roots) == 1:
                uf.union(roots.pop(), i)

    members: dict[int, list[int]] = {}
    for i in range(len(entities)):
        members.setdefault(uf.find(i), []).append(i)

    canonical: list[Entity] = []
    links: dict[str, str] = {}
    used_ids: set[str] = set()
    for root in sorted(members, key=lambda r: _group_sort_key(entities, members[r])):
        group = [entities[i] for i in members[root]]
        forms = [e.name for e in group for _ in e.mentions] or [e.name for e in group]
        name = canonical_name(forms)
        etype = Counter(e.type for e in group).most_common(1)[0][0]
        base = f"{etype}:{slug(name) or 'x'}"
        cid, n = base, 2
        while cid in used_ids:
            cid, n = f"{base}-{n}", n + 1
        used_ids.add(cid)
        aliases: list[str] = []
        roles: list[str] = []
        affiliations: list[str] = []
        mentions: list[Evidence] = []
        for e in group:
            for alias in [e.name, *e.aliases]:
                if alias != name:
                    _add_unique(aliases, alias)
            for role in e.roles:
                _add_unique(roles, role)
            for aff in e.affiliations:
                _add_unique(affiliations, aff)
            mentions.extend(e.mentions)
            links[e.id] = cid
        canonical.append(Entity(cid, name, etype, aliases, roles, affiliations, mentions))
    canonical.sort(key=lambda e: e.id)
    return canonical, links


def _group_sort_key(entities: list[Entity], indices: list[int]) -> tuple[str, str]:
    # Assign ids in a fixed order (by type and folded name, then first doc id) so "-2" suffixes are stable.
    first = min(indices, key=lambda i: entities[i].id)
    return (entities[first].type + ":" + slug(entities[first].name), entities[first].id)
