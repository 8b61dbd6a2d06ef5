"""Time expressions: detection, resolution against the publication date, inference of the publication date."""

from __future__ import annotations

import pytest

from lagebild.nlp.times import find_times, infer_published
from lagebild.types import PartialDate

PUB = PartialDate(2026, 3, 12)  # a Thursday


def values(text: str, published: PartialDate | None = PUB) -> dict[str, str | None]:
    result = find_times(text, published, "d")
    for t in result.times:
        assert text[t.start : t.end] == t.text
    return {t.text: (t.value.iso() if t.value else None) for t in result.times}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Treffen war am 14. März 2025.", {"am 14. März 2025": "2025-03-14"}),
        ("Die Frist endet am 14.03.2026.", {"am 14.03.2026": "2026-03-14"}),
        ("Er wurde im Oktober 2021 festgenommen.", {"im Oktober 2021": "2021-10"}),
        ("Die Tat geschah im Frühjahr 2023.", {"im Frühjahr 2023": "2023"}),
        ("Die Reform kommt zum 1. Juli.", {"zum 1. Juli": "2026-07-01"}),
        ("Die Ministerin traf am Dienstagabend ein.", {"am Dienstagabend": "2026-03-10"}),
        ("Am Freitag will sie weiterreisen.", {"Am Freitag": "2026-03-13"}),
        ("Gestern tagte der Rat, heute nicht.", {"Gestern": "2026-03-11", "heute": "2026-03-12"}),
        ("Der Bundestag stimmt kommende Woche ab.", {"kommende Woche": "2026-03"}),
        ("Im vergangenen Monat stiegen die Preise.", {"Im vergangenen Monat": "2026-02"}),
        ("Vor einigen Tagen wurde er gesehen.", {"Vor einigen Tagen": None}),
        ("Ende des Jahres erscheint das Album.", {"Ende des Jahres": "2026-12"}),
    ],
)
def test_absolute_and_relative_dates(text: str, expected: dict[str, str | None]) -> None:
    assert values(text) == expected


def test_anchor_says_where_the_date_comes_from() -> None:
    times = find_times("Am 3. Mai 2024 und am Montag, vor einigen Tagen.", PUB, "d").times
    assert [t.anchor for t in times] == ["text", "published", "none"]
    assert [t.id for t in times] == ["d#t1", "d#t2", "d#t3"]


def test_month_without_year_follows_the_tense() -> None:
    december = PartialDate(2026, 12, 10)
    assert values("Die Stadt plant, im Januar mit dem Bau zu beginnen.", december) == {"im Januar": "2027-01"}
    assert values("Im Februar war der Entwurf vorgestellt worden.", december) == {"Im Februar": "2026-02"}


def test_weekday_and_date_pair_is_checked() -> None:
    published = PartialDate(2026, 6, 4)
    fitting = find_times("Sie beraten am Montag (8. Juni) in Luxemburg.", published, "d").times[0]
    wrong = find_times("Der Gipfel ist am Donnerstag (6. Juni).", published, "d").times[0]
    assert fitting.value == PartialDate(2026, 6, 8) and fitting.confidence > 0.8
    assert wrong.value == PartialDate(2026, 6, 6)  # the explicit date wins
    assert wrong.confidence < fitting.confidence


def test_month_only_publication_date_keeps_weekdays_unresolved() -> None:
    assert values("Am Freitag begann, was am 2. März vereinbart war.", PartialDate(2026, 3)) == {
        "Am Freitag": None,
        "am 2. März": "2026-03-02",
    }


def test_publication_date_is_inferred_from_the_text() -> None:
    text = "Stand: 14. Mai 2026\nDer Landtag hat am Mittwoch das Gesetz beschlossen."
    result = find_times(text, None, "d")
    assert result.published == PartialDate(2026, 5, 14) and result.published_inferred
    assert [(t.text, t.value) for t in result.times][-1] == ("am Mittwoch", PartialDate(2026, 5, 13))
    assert infer_published("Am 14. Januar 2026 tagte er, am 20. Januar 2026 stimmte er zu.") == PartialDate(2026, 1, 20)
    assert infer_published("Keine Daten hier.") is None


def test_not_dates() -> None:
    assert values("Um 14.30 Uhr kamen 1.000 Menschen, der Umsatz stieg um 4,6 Prozent.") == {}
    assert values("Der Sommer war heiß. In den vergangenen Monaten regnete es kaum.") == {}


def test_component_sets_doc_times_and_inferred_date() -> None:
    import spacy

    from lagebild.nlp import extensions  # noqa: F401
    from lagebild.nlp.times import resolve_times

    doc = spacy.blank("de")("Aktualisiert am 02.03.2026\nAm Sonntagabend brannte es.")
    doc._.doc_id = "a1"
    resolve_times(doc)
    assert doc._.published == PartialDate(2026, 3, 2) and doc._.published_inferred
    assert [t.value for t in doc._.times] == [PartialDate(2026, 3, 2), PartialDate(2026, 3, 1)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Über Ostern wird gebaut.", PartialDate(2026, 3, 20), {"Über Ostern": "2026-04-05"}),
        ("An Pfingsten ist die Brücke frei.", PartialDate(2026, 3, 20), {"An Pfingsten": "2026-05-24"}),
        ("Am Karfreitag war es ruhig.", PartialDate(2027, 4, 1), {"Am Karfreitag": "2027-03-26"}),
        ("Zu Neujahr wird es mild.", PartialDate(2026, 12, 28), {"Zu Neujahr": "2027-01-01"}),
        (
            "Zum Tag der Deutschen Einheit kamen viele.",
            PartialDate(2026, 10, 5),
            {"Zum Tag der Deutschen Einheit": "2026-10-03"},
        ),
        ("Weihnachtsmärkte öffnen bald.", PartialDate(2026, 11, 20), {}),
    ],
)
def test_holidays_resolve_to_their_day(text: str, published: PartialDate, expected: dict[str, str | None]) -> None:
    assert values(text, published) == expected


def test_easter_computus() -> None:
    from lagebild.nlp.times import easter_sunday

    assert [easter_sunday(y).isoformat() for y in (2024, 2025, 2026, 2027)] == [
        "2024-03-31",
        "2025-04-20",
        "2026-04-05",
        "2027-03-28",
    ]


def test_weekend_resolves_to_its_saturday() -> None:
    friday = PartialDate(2026, 11, 20)
    assert values("Am kommenden Wochenende öffnen die Märkte.", friday) == {"Am kommenden Wochenende": "2026-11-21"}
    past = values("Am vergangenen Wochenende hatte es geschneit.", friday)
    assert past == {"Am vergangenen Wochenende": "2026-11-14"}
    monday = PartialDate(2026, 10, 5)
    assert values("Am Wochenende blieb es ruhig.", monday) == {"Am Wochenende": "2026-10-03"}
    assert values("Das Wochenende war lang.", monday) == {}


def test_quarters_resolve_to_the_year_by_tense() -> None:
    february = PartialDate(2026, 2, 12)
    assert values("Im vierten Quartal war die Wirtschaft geschrumpft.", february) == {"Im vierten Quartal": "2025"}
    assert values("Im dritten Quartal soll es besser werden.", february) == {"Im dritten Quartal": "2026"}
    assert values("Für Q4 2027 plant der Konzern Zukäufe.", february) == {"Für Q4 2027": "2027"}


def test_night_seit_and_month_edges() -> None:
    friday = PartialDate(2026, 3, 13)
    assert values("In der Nacht zu Mittwoch brach ein Feuer aus.", friday) == {"In der Nacht zu Mittwoch": "2026-03-11"}
    assert values("Seit Montag ermittelt die Polizei.", friday) == {"Seit Montag": "2026-03-09"}
    assert values("Die Sperrung gilt bis Ende April.", friday) == {"bis Ende April": "2026-04"}
    assert values("Mitte Januar hatte der Rat gewarnt.", friday) == {"Mitte Januar": "2026-01"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporting verb dates the statement, not the holiday the speaker talks about
        ("„Ostern wird für uns die wichtigste Zeit, da brauchen wir jede Kiste“, sagte der Händler.",
         {"Ostern": "2026-04-05"}),
        ("„Zu Pfingsten ist das Lager wieder voll“, erklärte die Sprecherin.", {"Zu Pfingsten": "2026-05-24"}),
        ("Nach Weihnachten sei mit Engpässen zu rechnen, teilte der Verband mit.", {"Nach Weihnachten": "2026-12-25"}),
        ("Am Samstag beginne der Streik, sagte die Gewerkschaft.", {"Am Samstag": "2026-03-14"}),
        ("Der Streik habe am Montag begonnen, sagte die Gewerkschaft.", {"am Montag": "2026-03-09"}),
        # a past holiday still looks back
        ("An Ostern hatte die Polizei Kontrollen verstärkt.", {"An Ostern": "2025-04-20"}),
    ],
)
def test_reporting_frame_does_not_set_the_tense(text: str, expected: dict[str, str]) -> None:
    assert values(text) == expected


def test_published_is_inferred_from_a_later_reported_date_without_year() -> None:
    text = (
        "Der Brand in der Nacht zum 12. März 2026 ist aufgeklärt. Das teilte die Polizei am Samstag, "
        "dem 14. März, mit. Die Sprecherin sagte am Samstag, es gebe keine Hinweise auf Brandstiftung. "
        "Der Prozess beginnt am 30. März."
    )
    result = find_times(text, None, "d")
    assert result.published == PartialDate(2026, 3, 14) and result.published_inferred
    by_text = {t.text: t.value.iso() for t in result.times if t.value}
    assert by_text["am Samstag"] == "2026-03-14"
    assert by_text["am 30. März"] == "2026-03-30"


def test_a_future_date_without_year_does_not_move_the_inferred_publication() -> None:
    text = "Am 10. März 2026 stimmte der Rat zu. Die Bauarbeiten beginnen am 15. März."
    assert infer_published(text) == PartialDate(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Weihnachten ist für den Handel die wichtigste Zeit.", PUB, {"Weihnachten": "2026-12-25"}),
        ("Am zweiten Weihnachtstag bleibt der Laden zu.", PUB, {"Am zweiten Weihnachtstag": "2026-12-26"}),
        # a holiday that has just passed is the one meant
        ("Über Weihnachten ist es ruhig geblieben.", PartialDate(2026, 12, 28), {"Über Weihnachten": "2026-12-25"}),
        ("Über Ostern ist der Markt geschlossen.", PartialDate(2026, 12, 28), {"Über Ostern": "2027-03-28"}),
    ],
)
def test_holiday_without_tense_is_the_coming_one(text: str, published: PartialDate, expected: dict[str, str]) -> None:
    assert values(text, published) == expected


def test_timeline_sentences_keep_dates_in_parentheses_and_abbreviations() -> None:
    from lagebild.nlp.times_text import sentence_bounds

    text = "Der Streik beginnt am Donnerstag (5. März) um 6 Uhr. Betroffen sind u. a. Pendler, ca. 40.000 Menschen."
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "Der Streik beginnt am Donnerstag (5. März) um 6 Uhr.",
        "Betroffen sind u. a. Pendler, ca. 40.000 Menschen.",
    ]
