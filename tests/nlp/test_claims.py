"""Figures with their sources: values, units, qualifiers, subjects, source attribution, offsets."""

from __future__ import annotations

import pytest

from lagebild.nlp.claims import find_claims
from lagebild.nlp.times import find_times
from lagebild.types import Claim, Entity, Evidence, PartialDate, Quote, Speaker, TextSpan


def claims(text: str, **kwargs: object) -> list[Claim]:
    times = find_times(text, PartialDate(2026, 3, 12), "d").times
    found = find_claims(text, "d", times=times, **kwargs)  # type: ignore[arg-type]
    for c in found:
        assert text[c.start : c.end] == c.text
        assert text[c.subject.start : c.subject.end] == c.subject.text
        if c.source:
            ev = c.source.evidence
            assert text[ev.start : ev.end] == ev.text
    return found


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "subject"),
    [
        ("Über 2.300 Beschäftigte sollen gehen.", 2300, None, "über", "Beschäftigte"),
        ("Es gab 41.812 Asylanträge.", 41812, None, None, "Asylanträge"),
        ("Es kamen mehr als 10.000 Geflüchtete.", 10000, None, "mehr als", "Geflüchtete"),
        ("Das Fest zog rund 50.000 Besucher:innen an.", 50000, None, "rund", "Besucher:innen"),
        ("Der Umsatz lag bei 4,6 Milliarden Euro.", 4.6e9, "EUR", None, "Euro"),
        ("Zwei Drittel der Befragten sind dagegen.", 66.67, "%", None, "Befragten"),
        ("Die Quote lag bei 6,2 Prozent.", 6.2, "%", None, "Prozent"),
        ("Sie stieg um 3 Prozentpunkte.", 3, "pp", None, "Prozentpunkte"),
        ("Jeder Dritte kennt die Pläne nicht.", 33.33, "%", None, "Jeder Dritte"),
        ("Zwölf Verdächtige wurden gefasst.", 12, None, None, "Verdächtige"),
        ("Die Abgabe beträgt 50 Cent.", 0.5, "EUR", None, "Cent"),
        ("Der Konzern meldete einen Gewinn von 812 Mio. Dollar.", 8.12e8, "USD", None, "Gewinn"),
    ],
)
def test_figure_values(text: str, value: float, unit: str | None, qualifier: str | None, subject: str) -> None:
    (claim,) = claims(text)
    assert claim.value == pytest.approx(value, rel=1e-3)
    assert (claim.unit, claim.qualifier, claim.subject.text) == (unit, qualifier, subject)


def test_vague_amount_keeps_text_without_value() -> None:
    (claim,) = claims("Hunderttausende harren aus, Dutzende Anwohner flohen.")[:1]
    assert claim.value is None and claim.text == "Hunderttausende"
    assert [c.subject.text for c in claims("Dutzende Anwohner flohen.")] == ["Anwohner"]


def test_claim_span_covers_figure_and_subject() -> None:
    (claim,) = claims("Über 2.300 Beschäftigte sollen gehen.")
    assert claim.text == "Über 2.300 Beschäftigte" and claim.id == "d#c1"


@pytest.mark.parametrize(
    "text",
    [
        "Das Treffen ist am 14. März um 14.30 Uhr.",
        "Im Jahr 2024 spielte der Verein in der 3. Liga.",
        "Ein 52-Jähriger wohnt in der Hauptstraße 12.",
        "Nach Paragraf 218 und Nr. 5 ist das verboten.",
        "Hinweise unter 0711 8990-3300. Das Spiel endete 2:1.",
        "Er wartete drei Stunden, seit 20 Jahren kommt er.",
    ],
)
def test_not_figures(text: str) -> None:
    assert claims(text) == []


def test_sources_from_frames() -> None:
    cases = {
        "Im Juni wurden laut Statistischem Bundesamt 1.200 Fälle gezählt.": "Statistischem Bundesamt",
        "Nach Angaben der Polizei kamen 12.000 Menschen.": "Polizei",
        "Nach EU-Angaben kamen 38.000 Migranten.": "EU",
        "Frontex zufolge waren es 12 Prozent mehr.": "Frontex",
        "Die Inflation lag bei 2,6 Prozent, wie das Statistische Bundesamt mitteilte.": "Statistische Bundesamt",
        "Über 2.300 Beschäftigte sollen gehen, teilte das Unternehmen am Dienstag mit.": "Unternehmen",
        "Laut „Financial Times“ prüft die Bank den Abbau von 3.000 Stellen.": "Financial Times",
    }
    for text, source in cases.items():
        (claim,) = claims(text)
        assert claim.source is not None and claim.source.name == source, text


def test_list_attributes_each_figure_to_its_source() -> None:
    text = "Die Bilanz: 14 Festnahmen (laut Polizei), 230 Einsätze und 47 Verletzte (laut Feuerwehr)."
    found = claims(text)
    assert [(c.value, c.source.name if c.source else None) for c in found] == [
        (14, "Polizei"), (230, "Feuerwehr"), (47, "Feuerwehr"),
    ]


def test_competing_sources_in_one_sentence() -> None:
    text = "Laut Polizei kamen rund 12.000 Menschen, die Veranstalter sprachen von 30.000 Teilnehmenden."
    assert [c.source.name for c in claims(text) if c.source] == ["Polizei", "Veranstalter"]


def test_figure_inside_quote_is_attributed_to_the_speaker() -> None:
    text = "„Wir haben 500 neue Stellen geschaffen“, betonte die Chefin. Sie lobte das Team."
    at = text.index("die Chefin")
    speaker = Speaker(mention=TextSpan(at, at + 10, "die Chefin"), entity="d#e1", name="Anna Berger")
    end = text.index("“") + 1
    quote = Quote("d#q1", "d", 0, end, text[:end], "direct", "d#s1", 0.9, speaker)
    (claim,) = claims(text, quotes=[quote])
    assert claim.source is not None and claim.source.name == "Anna Berger" and claim.source.entity == "d#e1"


def test_source_links_to_document_entity() -> None:
    text = "Laut BAMF gab es 41.812 Asylanträge."
    bamf = Entity("d#e1", "BAMF", "ORG", mentions=[Evidence("d", 5, 9)])
    (claim,) = claims(text, entities=[bamf])
    assert claim.source is not None and claim.source.entity == "d#e1"


def test_component_runs_after_times() -> None:
    import spacy

    from lagebild.nlp import extensions  # noqa: F401
    from lagebild.nlp.claims import extract_claims
    from lagebild.nlp.times import resolve_times

    doc = spacy.blank("de")("Am 14. März kamen 300 Gäste.")
    doc._.doc_id = "x"
    doc._.published = PartialDate(2026, 3, 20)
    extract_claims(resolve_times(doc))
    assert [(c.id, c.value, c.subject.text) for c in doc._.claims] == [("x#c1", 300, "Gäste")]
