"""compare_claims groups figures on the same counted thing that disagree in value or source."""

from __future__ import annotations

from lagebild.nlp.claims import find_claims
from lagebild.stories.comparison import compare_claims
from lagebild.types import Claim


def test_groups_same_subject_with_different_values_and_sources() -> None:
    police = find_claims("Laut Polizei kamen 12.000 Teilnehmer.", "a")
    organisers = find_claims("Die Veranstalter sprachen von 30.000 Teilnehmern.", "b")
    unrelated = find_claims("Laut Polizei wurden 14 Festnahmen gezählt.", "c")
    groups = compare_claims(police + organisers + unrelated)
    assert [[(c.doc, c.value) for c in g] for g in groups] == [[("a", 12000), ("b", 30000)]]


def test_agreeing_claims_and_claims_without_subject_are_not_grouped() -> None:
    same = find_claims("Laut Polizei kamen 12.000 Teilnehmer.", "a") + find_claims(
        "Laut Polizei kamen 12.000 Teilnehmer.", "b"
    )
    paid = "Die Stadt zahlt {} Millionen Euro."
    percent = find_claims(paid.format("6,2"), "c") + find_claims(paid.format(5), "d")
    assert compare_claims(same) == []
    assert compare_claims(percent) == []


def _story(*articles: tuple[str, str]) -> tuple[list[Claim], dict[str, str]]:
    claims = [c for doc, text in articles for c in find_claims(text, doc)]
    return claims, dict(articles)


def _values(groups: list[list[Claim]]) -> list[list[tuple[str, float | None]]]:
    return [[(c.doc, c.value) for c in g] for g in groups]


def test_different_counted_things_or_orders_of_magnitude_are_not_grouped() -> None:
    claims, texts = _story(
        ("a", "Laut Statistischem Bundesamt werden in Niedersachsen rund 740.000 Kinder in Kitas betreut."),
        ("b", "Eine Notbetreuung bietet die Stadt nach eigenen Angaben für etwa 900 Kinder an."),
        ("c", "Nach Angaben der Vereinten Nationen wurden neun Menschen getötet."),
        ("d", "Laut Rotem Kreuz harren noch rund 60.000 Menschen in der Stadt aus."),
        ("e", "Nach einer Studie fehlen bundesweit rund 125.000 Fachkräfte."),
        ("f", "In Hessen fehlen laut Sozialministerium knapp 3.000 Fachkräfte."),
    )
    assert compare_claims(claims) == []
    assert compare_claims(claims, texts) == []


def test_figures_for_different_places_are_not_competing_estimates() -> None:
    claims, texts = _story(
        ("a", "In Hessen fehlen laut Sozialministerium knapp 3.000 Fachkräfte."),
        ("b", "In Bremen fehlen nach Senatsangaben etwa 1.800 Fachkräfte."),
    )
    assert _values(compare_claims(claims)) == [[("a", 3000), ("b", 1800)]]  # without texts places are unknown
    assert compare_claims(claims, texts) == []


def test_persons_quoting_figures_need_a_shared_context() -> None:
    claims, texts = _story(
        ("a", "An 310 Schulen gebe es kein stabiles Netz, sagte Hanna Vosskamp."),
        ("b", "Man müsse 400 Schulen wirklich sanieren, sagte Thomas Albrecht."),
    )
    assert compare_claims(claims, texts) == []


def test_elliptic_figures_join_the_competing_estimates() -> None:
    claims, texts = _story(
        ("a", "Nach Angaben der Polizei beteiligten sich rund 12.000 Menschen an der Kundgebung."),
        ("b", "Zur Kundgebung kamen laut Gewerkschaft rund 30.000 Menschen. Die Polizei zählte etwa 12.000."),
        ("c", "In Hamburg fehlen laut Senat 300 Lehrkräfte, in Bremen nach Behördenangaben etwa 200."),
    )
    estimates = [("a", 12000), ("b", 30000), ("b", 12000)]
    assert _values(compare_claims(claims, texts)) == [estimates]
    # without texts the places (Hamburg, Bremen) are unknown, so the gapped "etwa 200" (Lehrkräfte) may pair up
    assert estimates in _values(compare_claims(claims))
