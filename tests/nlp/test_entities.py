"""Canonical entities within a document and across documents (lagebild.nlp.entities).

Docs are built with hand-set NER spans, so these tests check canonicalisation, not the NER model.
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.entities import (
    canonical_entities,
    entity_at,
    fold_name,
    link_across_documents,
    role_mentions,
    slug,
)
from lagebild.types import Entity


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def make_doc(blank: Language, tagged: str, doc_id: str = "d1") -> Doc:
    """ "Recep|B-PER Tayyip|I-PER Erdoğan|I-PER sagte …": words with optional IOB tags."""
    words, tags = [], []
    for item in tagged.split():
        word, _, tag = item.partition("|")
        words.append(word)
        tags.append(tag or "O")
    doc = Doc(blank.vocab, words=words, ents=tags)
    doc._.doc_id = doc_id
    return canonical_entities(doc)


def by_name(doc: Doc, name: str) -> Entity:
    matches = [e for e in doc._.entities if e.name == name]
    assert len(matches) == 1, [e.name for e in doc._.entities]
    return matches[0]


def test_fold_name_strips_case_diacritics_and_genitive() -> None:
    assert fold_name("Erdoğans") == fold_name("Erdogan") == fold_name("ERDOĞAN") == ("erdogan",)
    assert fold_name("Habeck'") == ("habeck",)
    assert fold_name("Boris Pistorius") == ("boris", "pistorius")  # a name ending in -us keeps it
    assert slug("Veronika Grimm") == "veronika-grimm"


def test_spelling_variants_and_surname_join_the_full_name(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Erdogans|B-PER Partei|O gewann|O . Recep|B-PER Tayyip|I-PER Erdoğan|I-PER sagte|O , "
        "Erdoğan|B-PER werde|O siegen|O . Erdogan|B-PER schwieg|O .",
    )
    people = [e for e in doc._.entities if e.type == "PER"]
    assert len(people) == 1
    person = people[0]
    assert person.name == "Recep Tayyip Erdoğan"
    assert person.id == "d1#e0"
    assert len(person.mentions) == 4
    assert {"Erdogans", "Erdoğan", "Erdogan"} <= set(person.aliases)
    for m in person.mentions:
        assert m.doc == "d1"
        assert doc.text[m.start : m.end] in {"Erdogans", "Recep Tayyip Erdoğan", "Erdoğan", "Erdogan"}


def test_an_organisation_named_in_an_oblique_case_gets_its_base_form(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Angaben|O der|O Deutschen|B-ORG Eisenbahn|I-ORG AG|I-ORG zufolge|O fielen|O Züge|O aus|O . "
        "Laut|O Statistischem|B-ORG Bundesamt|I-ORG stieg|O die|O Zahl|O . Peter|B-PER Deutschen|I-PER lachte|O .",
    )
    bahn = by_name(doc, "Deutsche Eisenbahn AG")
    assert "Deutschen Eisenbahn AG" in bahn.aliases  # what the text wrote stays findable
    assert by_name(doc, "Statistisches Bundesamt").type == "ORG"
    assert by_name(doc, "Peter Deutschen").type == "PER"  # person names are never re-inflected


def test_two_people_with_one_surname_stay_apart_and_surname_joins_nearest(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Olaf|B-PER Müller|I-PER kam|O . Anna|B-PER Müller|I-PER ging|O . Müller|B-PER lachte|O .",
    )
    olaf, anna = by_name(doc, "Olaf Müller"), by_name(doc, "Anna Müller")
    assert len(olaf.mentions) == 1
    assert len(anna.mentions) == 2  # the bare "Müller" follows Anna Müller


def test_roles_before_the_name_and_in_apposition(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Ökonomin|O Veronika|B-PER Grimm|I-PER warnt|O . Die|O Wirtschaftsweise|O Veronika|B-PER Grimm|I-PER sagt|O . "
        "Grimm|B-PER ,|O Professorin|O an|O der|O Universität|O ,|O lacht|O . Die|O Ökonomin|O sagte|O nichts|O .",
    )
    grimm = by_name(doc, "Veronika Grimm")
    assert grimm.roles == ["Ökonomin", "Wirtschaftsweise", "Professorin"]
    assert len(grimm.mentions) == 3
    roles = role_mentions(doc)
    bare = roles[-1]
    assert doc.text[bare.start : bare.end] == "Ökonomin" and bare.start > doc.text.index("Die Ökonomin")
    assert bare.entity == grimm.id  # "die Ökonomin" resolves to the person carrying that role
    assert all(r.entity == grimm.id for r in roles)
    assert (bare.start, bare.end, grimm.id) in doc._.speaker_mentions


def test_party_affiliation_and_party_led_role(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Lars|B-PER Klingbeil|I-PER (|O SPD|B-ORG )|O sagte|O . SPD-Chef|O Klingbeil|B-PER kommt|O . "
        "Grünen-Politikerin|O Ricarda|B-PER Lang|I-PER widerspricht|O .",
    )
    klingbeil = by_name(doc, "Lars Klingbeil")
    assert klingbeil.affiliations == ["SPD"]
    assert klingbeil.roles == ["Chef"]
    assert len(klingbeil.mentions) == 2
    assert by_name(doc, "SPD").type == "ORG"  # the party stays an entity of its own
    lang = by_name(doc, "Ricarda Lang")
    assert lang.roles == ["Politikerin"] and lang.affiliations == ["Grüne"]


def test_parenthesised_short_form_becomes_alias(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Die|O Deutsche|B-ORG Presse-Agentur|I-ORG (|O dpa|B-ORG )|O meldet|O . Laut|O dpa|B-ORG regnet|O es|O .",
    )
    orgs = [e for e in doc._.entities if e.type == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].name == "Deutsche Presse-Agentur"
    assert "dpa" in orgs[0].aliases
    assert len(orgs[0].mentions) == 3


def test_entity_at_finds_the_overlapping_mention(blank: Language) -> None:
    doc = make_doc(blank, "Angela|B-PER Merkel|I-PER besuchte|O Berlin|B-LOC .")
    start = doc.text.index("Merkel")
    found = entity_at(doc, start, start + 3)
    assert found is not None and found.name == "Angela Merkel"
    assert entity_at(doc, doc.text.index("besuchte"), doc.text.index("besuchte") + 8) is None
    berlin = entity_at(doc, doc.text.index("Berlin"), len(doc.text))
    assert berlin is not None and berlin.type == "LOC"


def _doc_entities(blank: Language, doc_id: str, tagged: str) -> list[Entity]:
    return list(make_doc(blank, tagged, doc_id)._.entities)


def test_link_across_documents_merges_variants_deterministically(blank: Language) -> None:
    entities = (
        _doc_entities(blank, "a", "Präsident|O Recep|B-PER Tayyip|I-PER Erdoğan|I-PER sprach|O in|O Ankara|B-LOC .")
        + _doc_entities(blank, "b", "Erdogan|B-PER (|O AKP|B-ORG )|O besuchte|O Ankara|B-LOC .")
        + _doc_entities(blank, "c", "Ökonomin|O Veronika|B-PER Grimm|I-PER warnt|O .")
        + _doc_entities(blank, "d", "Wirtschaftsweise|O Veronika|B-PER Grimm|I-PER mahnt|O .")
    )
    canonical, links = link_across_documents(entities)
    ids = {e.id for e in canonical}
    assert {"PER:recep-tayyip-erdogan", "LOC:ankara", "PER:veronika-grimm", "ORG:akp"} <= ids
    erdogan = next(e for e in canonical if e.id == "PER:recep-tayyip-erdogan")
    assert erdogan.name == "Recep Tayyip Erdoğan"
    assert {m.doc for m in erdogan.mentions} == {"a", "b"}
    assert erdogan.roles == ["Präsident"]
    grimm = next(e for e in canonical if e.id == "PER:veronika-grimm")
    assert grimm.roles == ["Ökonomin", "Wirtschaftsweise"]
    assert links["a#e0"] == links["b#e0"] == "PER:recep-tayyip-erdogan"
    assert set(links) == {e.id for e in entities}

    shuffled = list(entities)
    random.Random(3).shuffle(shuffled)
    canonical2, links2 = link_across_documents(shuffled)
    assert links2 == links
    assert [e.id for e in canonical2] == [e.id for e in canonical]


def test_link_across_documents_keeps_ambiguous_surnames_apart(blank: Language) -> None:
    entities = (
        _doc_entities(blank, "a", "Olaf|B-PER Müller|I-PER kam|O .")
        + _doc_entities(blank, "b", "Anna|B-PER Müller|I-PER ging|O .")
        + _doc_entities(blank, "c", "Müller|B-PER lachte|O .")
    )
    canonical, links = link_across_documents(entities)
    assert len(canonical) == 3
    assert links["c#e0"] == "PER:muller"
    assert links["a#e0"] != links["b#e0"]


def test_a_person_tagged_as_organisation_joins_the_person_with_that_surname(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Okonjo|B-PER sagte|O , die|O Waffenruhe|O halte|O . Die|O Gesandte|O Anna|B-ORG Okonjo|I-ORG reiste|O ab|O . "
        "Die|O Firma|O Hugo|B-ORG Boss|I-ORG wuchs|O . Merz|B-PER lachte|O . Die|O Regierung|B-ORG Merz|I-ORG "
        "schwieg|O .",
    )
    person = by_name(doc, "Anna Okonjo")
    assert person.type == "PER" and len(person.mentions) == 2
    assert by_name(doc, "Hugo Boss").type == "ORG"  # no person with that surname in the text: stays as tagged
    assert by_name(doc, "Regierung Merz").type == "ORG"  # "Regierung" is no first name
