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
        ("Der Umsatz lag bei 4,6 Milliarden Euro.", 4.6e9, "EUR", None, "Umsatz"),
        ("Zwei Drittel der Befragten sind dagegen.", 66.67, "%", None, "Befragten"),
        ("Die Quote lag bei 6,2 Prozent.", 6.2, "%", None, "Quote"),
        ("Sie stieg um 3 Prozentpunkte.", 3, "pp", None, "Prozentpunkte"),
        ("Jeder Dritte kennt die Pläne nicht.", 33.33, "%", None, "Jeder Dritte"),
        ("Zwölf Verdächtige wurden gefasst.", 12, None, None, "Verdächtige"),
        ("Die Abgabe beträgt 50 Cent.", 0.5, "EUR", None, "Abgabe"),
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
        "Im Juni wurden laut Statistischem Bundesamt 1.200 Fälle gezählt.": "Statistisches Bundesamt",
        "Nach Angaben der Polizei kamen 12.000 Menschen.": "Polizei",
        "Nach EU-Angaben kamen 38.000 Migranten.": "EU",
        "Frontex zufolge waren es 12 Prozent mehr.": "Frontex",
        "Die Inflation lag bei 2,6 Prozent, wie das Statistische Bundesamt mitteilte.": "Statistisches Bundesamt",
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


@pytest.mark.parametrize(
    "text",
    [
        "Die Boeing 747 landete sicher.",
        "Auf der A9 galt zeitweise Tempo 80.",
        "Der Konzern bestellte Schiffe vom Typ Meridian 300 für die Ostsee.",
        "Nach Paragraf 218 ist das strafbar.",
        "Das Gericht prüft Artikel 5 des Gesetzes.",
        "An Covid-19 erkrankten viele.",
        "Der SV Lindau gewann mit 4:2 und steht auf Platz 3.",
        "Bitte melden Sie sich unter 0711 8990-0.",
        "Trainer Hollen sprach von „40 starken Minuten“.",
        "Er wurde zu drei Jahren Haft verurteilt.",
    ],
)
def test_labels_models_and_durations_are_not_figures(text: str) -> None:
    assert claims(text) == []


def test_rate_denominator_is_not_a_figure_and_ranges_share_the_unit() -> None:
    assert [c.value for c in claims("Die Inzidenz lag bei 10,1 Fällen pro 100.000 Einwohner.")] == [10.1]
    found = claims("Erwartet wird ein Wachstum von 4 bis 5 Milliarden Euro.")
    assert [(c.value, c.unit) for c in found] == [(4e9, "EUR"), (5e9, "EUR")]
    (km,) = claims("Der Sturm brachte Böen von bis zu 140 Kilometern pro Stunde.")
    assert (km.value, km.unit) == (140, "km/h")


def test_unit_after_a_label_word_is_still_a_figure() -> None:
    (claim,) = claims("Der Bund stellt in diesem Jahr 310 Millionen Euro bereit.")
    assert claim.value == 310e6


def names(text: str, **kwargs: object) -> list[str | None]:
    return [c.source.name if c.source else None for c in claims(text, **kwargs)]


def test_das_teilte_mit_covers_the_preceding_sentences() -> None:
    text = (
        "Bei der Wahl kam die CDU auf 31,4 Prozent. Die Beteiligung lag bei 64,2 Prozent. "
        "Das teilte die Landeswahlleiterin am Montag mit."
    )
    assert names(text) == ["Landeswahlleiterin", "Landeswahlleiterin"]


def test_das_geht_aus_hervor_and_closing_teilte_mit() -> None:
    text = (
        "Die Reederei beförderte 1,4 Millionen Passagiere. "
        "Das geht aus dem Halbjahresbericht des Unternehmens hervor."
    )
    assert names(text) == ["Halbjahresbericht des Unternehmens"]
    text = (
        "Die Quote stieg auf 6,2 Prozent. "
        "Insgesamt waren 2,95 Millionen Menschen ohne Job, teilte die Bundesagentur mit."
    )
    assert names(text) == ["Bundesagentur", "Bundesagentur"]
    # ", sagte X" speaks only for its own sentence
    text = "Im Rat stimmten 38 Mitglieder dafür. Mehr als 6.000 Menschen unterschrieben, sagte Ratsherr Jan Otte."
    assert names(text) == [None, "Ratsherr Jan Otte"]


def test_wie_mitteilte_opening_a_paragraph_covers_it() -> None:
    text = (
        "Wie die Stadtverwaltung mitteilte, waren 48.200 Menschen aufgerufen. Die Beteiligung lag bei 38,6 Prozent. "
        "Der Amtsinhaber erhielt 52,1 Prozent der Stimmen.\nIn Nachbarorten gab es 12 Beschwerden."
    )
    assert names(text) == ["Stadtverwaltung", "Stadtverwaltung", "Stadtverwaltung", None]


def test_anaphoric_es_takes_the_previous_source() -> None:
    text = "Laut Senat wurden 7.800 Wohnungen genehmigt. Im Vorjahr waren es noch 9.100."
    assert names(text) == ["Senat", "Senat"]


def test_subject_frames_pick_the_reporter() -> None:
    text = "Der Weihnachtsmarkt zählte rund 250.000 Besucher, teilte der Schaustellerverband mit."
    assert names(text) == ["Schaustellerverband"]
    assert names("Den Schaden beziffert die Polizei auf etwa 300.000 Euro.") == ["Polizei"]
    assert names("Für 2027 rechnet Finanzchefin Petra Lange mit einem Plus von 10 Prozent.") == [
        "Finanzchefin Petra Lange"
    ]
    text = "Händler verwiesen auf Kürzungen von 500.000 Barrel pro Tag, die die Opec angekündigt hatte."
    assert names(text) == ["Opec"]


def test_agency_as_subject_is_a_weaker_source() -> None:
    (claim,) = claims("Bei einer Kontrolle kontrollierte die Polizei am Freitag 1.870 Fahrzeuge.")
    assert claim.source is not None and claim.source.name == "Polizei"
    assert claim.confidence < 0.8
    assert names("Gegen die Polizei gab es 14 Beschwerden.") == [None]


def test_pronoun_is_never_a_source_name() -> None:
    text = "„Wir haben 40 Prozent mehr Anfragen“, sagte Ingrid Maas. Die Kosten bezifferte sie auf 12.000 Euro."
    assert names(text) == ["Ingrid Maas", "Ingrid Maas"]
    assert names("Nach ihren Worten fehlen 20.000 Fachkräfte.") == [None]


def test_role_noun_takes_the_quote_speakers_name() -> None:
    text = "Die Ökonomin sagte, das Wachstum liege bei 0,3 Prozent."
    at = text.index("Die Ökonomin")
    speaker = Speaker(mention=TextSpan(at, at + 12, "Die Ökonomin"), entity="d#e1", name="Veronika Brandt")
    quote = Quote("d#q1", "d", 17, len(text) - 1, text[17:-1], "indirect", "d#s1", 0.8, speaker)
    assert names(text, quotes=[quote]) == ["Veronika Brandt"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Die Inflation lag im Februar bei 6,2 Prozent.", "Inflation"),
        ("Im Februar lag die Arbeitslosenquote bei 5,1 Prozent.", "Arbeitslosenquote"),
        ("Der Schaden beläuft sich auf 4,6 Milliarden Euro.", "Schaden"),
        ("Die Polizei bezifferte den Schaden auf acht Millionen Euro.", "Schaden"),
        ("Die Schadenssumme liegt nach Schätzungen der Versicherung bei rund 11,5 Millionen Euro.", "Schadenssumme"),
        ("Nach Angaben der Stadt kostet der Neubau 12 Millionen Euro.", "Neubau"),
        ("Der Anteil stieg auf 6,2 Prozent der Beschäftigten.", "Beschäftigten"),
        ("Der Rechnungshof hat den Sanierungsstau an den Schulen auf 9,8 Milliarden Euro beziffert.", "Sanierungsstau"),
        ("Die Kosten schätzt das Ministerium auf drei Millionen Euro.", "Kosten"),
        ("Die Stadt zahlt 5 Millionen Euro.", "Euro"),  # no measure verb: the unit stands in
    ],
)
def test_measured_noun_is_the_subject_not_the_unit(text: str, subject: str) -> None:
    (claim,) = claims(text)
    assert claim.subject.text == subject


def test_a_place_resolved_as_speaker_is_not_the_source() -> None:
    text = "Die Polizei Bremerhaven ermittelt. Die Polizei hatte den Schaden auf acht Millionen Euro beziffert."
    police = text.index("Die Polizei", 10)
    quote = Quote(id="d#q1", doc="d", start=police, end=len(text), text=text[police:], kind="reported",
                  statement="d#s1", confidence=0.8,
                  speaker=Speaker(mention=TextSpan(police, police + 11, "Die Polizei"), name="Bremerhaven"))
    place = text.index("Bremerhaven")
    city = Entity("d#e1", "Bremerhaven", "LOC", mentions=[Evidence("d", place, place + 11)])
    (claim,) = claims(text, quotes=[quote], entities=[city])
    assert claim.source is not None and claim.source.name == "Polizei"
    # a place that reports with its own verb stays a source
    (beijing,) = claims("Peking teilte mit, 300 Soldaten seien abgezogen worden.")
    assert beijing.source is not None and beijing.source.name == "Peking"


def test_the_measured_thing_is_not_its_own_source() -> None:
    (claim,) = claims("Die Kosten schätzt das Ministerium auf drei Millionen Euro.")
    assert claim.subject.text == "Kosten"
    assert claim.source is None or claim.source.name != "Die Kosten"


def test_topicalised_measured_thing_takes_the_source_after_the_verb() -> None:
    (claim,) = claims("Die Kosten für den Neubau schätzt der Rechnungshof auf 48 Millionen Euro.")
    assert claim.subject.text == "Kosten"
    assert claim.source is not None and claim.source.name == "Rechnungshof"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Laut Statistischem Bundesamt stieg die Zahl der Asylanträge auf 41.812.", "41.812", "Asylanträge"),
        ("Auf 2.950 kletterte die Zahl der Insolvenzen im Mai.", "2.950", "Insolvenzen"),
        ("Der Anteil der Raucher sank nach Angaben der Krankenkasse auf 18 Prozent.", "18 Prozent", "Raucher"),
    ],
)
def test_count_noun_subject_is_the_counted_genitive(text: str, figure: str, subject: str) -> None:
    claim = next(c for c in find_claims(text) if figure in c.text)
    assert claim.subject.text == subject
    assert text[claim.subject.start : claim.subject.end] == subject
    assert claim.text == figure  # the count phrase stays apart from the figure's own span


def test_figure_phrase_is_never_its_own_source() -> None:
    text = "Drei von vier Eltern wünschen sich längere Betreuungszeiten, wie eine Befragung der Gewerkschaft belegt."
    quote = Quote(
        id="q1",
        doc="doc",
        start=0,
        end=len(text),
        text=text,
        kind="indirect",
        statement=text,
        confidence=0.5,
        speaker=Speaker(mention=TextSpan(0, 20, text[0:20]), entity=None, name=text[0:20]),
    )
    claim = find_claims(text, quotes=[quote])[0]
    assert claim.source is not None
    assert "Gewerkschaft" in claim.source.name


@pytest.mark.parametrize(
    ("text", "sources", "subjects"),
    [
        (
            "Die Polizei sprach von 12.000 Teilnehmern, die Veranstalter von 30.000.",
            ["Polizei", "Veranstalter"],
            ["Teilnehmern", "Teilnehmern"],
        ),
        (
            "Laut Polizei kamen 8.500 Menschen, laut Veranstaltern 15.000.",
            ["Polizei", "Veranstalter"],  # the source in its base form (display_names)
            ["Menschen", "Menschen"],
        ),
        (
            "Die Gewerkschaft zählte 4.000 Streikende, der Arbeitgeberverband nur 1.800.",
            ["Gewerkschaft", "Arbeitgeberverband"],
            ["Streikende", "Streikende"],
        ),
    ],
)
def test_gapped_parallel_clause_has_its_own_source_and_the_elided_noun(
    text: str, sources: list[str], subjects: list[str]
) -> None:
    claims = find_claims(text)
    assert [c.source.name.split()[-1] if c.source else None for c in claims] == sources
    assert [c.subject.text for c in claims] == subjects


def test_no_gapping_without_an_earlier_counting_frame() -> None:
    claims = find_claims("Der Verein hat 300 Mitglieder, die Stadt 2.000 Einwohner.")
    assert all(c.source is None for c in claims)
