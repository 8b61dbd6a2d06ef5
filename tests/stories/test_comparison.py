"""compare_claims groups figures on the same counted thing that disagree in value or source."""

from __future__ import annotations

from lagebild.nlp.claims import find_claims
from lagebild.stories.comparison import compare_claims


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
    percent = find_claims("Die Quote lag bei 6,2 Prozent.", "c") + find_claims("Die Quote lag bei 5 Prozent.", "d")
    assert compare_claims(same) == []
    assert compare_claims(percent) == []
