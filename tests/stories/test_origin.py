from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.stories.origin import find_origins, story_origin
from lagebild.types import Analysis

MakeAnalysis = Callable[..., Analysis]


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        ("Das sagte Grimm am Sonntag im Interview mit dem Deutschlandfunk.", "Deutschlandfunk",
         "im Interview mit dem Deutschlandfunk"),
        ("Der Minister bestätigte gegenüber dem „Spiegel“ die Pläne.", "Spiegel", "gegenüber dem „Spiegel“"),
        ("Das Treffen sei gescheitert, wie die italienische Zeitung Corriere della Sera berichtet.",
         "Corriere della Sera", "wie die italienische Zeitung Corriere della Sera berichtet"),
        ("Nach Informationen der FAZ will die Regierung den Etat kürzen.", "FAZ", "Nach Informationen der FAZ"),
        ("Der Vertrag ist unterschrieben, wie die „Bild“-Zeitung berichtete.", "Bild",
         "wie die „Bild“-Zeitung berichtete"),
        ("Im Interview der Woche des Deutschlandfunks sagte die Ökonomin", "Deutschlandfunk",
         "Im Interview der Woche des Deutschlandfunks"),
    ],
)
def test_attribution_patterns_with_exact_evidence(
    analysis_factory: MakeAnalysis, text: str, name: str, phrase: str
) -> None:
    mentions = find_origins(analysis_factory("d", text))
    assert [m.name for m in mentions] == [name]
    ev = mentions[0].evidence
    assert (ev.doc, text[ev.start : ev.end]) == ("d", phrase)


@pytest.mark.parametrize(
    "text",
    [
        "Die Preise stiegen gegenüber dem Vorjahr um drei Prozent.",
        "Das berichtete die Polizei am Abend.",
        "Nach Angaben der Feuerwehr wurde niemand verletzt.",
    ],
)
def test_non_media_after_ambiguous_cues_is_no_origin(analysis_factory: MakeAnalysis, text: str) -> None:
    assert find_origins(analysis_factory("d", text)) == []


def test_story_origin_is_the_most_cited_outlet_with_its_first_evidence(analysis_factory: MakeAnalysis) -> None:
    members = [
        analysis_factory("a", "Wie der Spiegel berichtet, plant die Regierung Kürzungen.", "2026-03-01"),
        analysis_factory("b", "Die Kürzungen bestätigte das Ministerium gegenüber dem Spiegel.", "2026-03-02"),
        analysis_factory("c", "Nach Informationen der FAZ sind es Milliarden.", "2026-03-02"),
    ]
    origin = story_origin(members)
    assert origin is not None
    assert origin.name == "Spiegel"
    assert (origin.evidence.doc, origin.evidence.start, origin.evidence.end) == ("a", 0, 25)


def test_single_weak_cue_in_a_later_article_is_no_origin(analysis_factory: MakeAnalysis) -> None:
    members = [
        analysis_factory("a", "Die Gewerkschaft hat für Donnerstag einen Bahnstreik angekündigt.", "2026-03-04"),
        analysis_factory("b", "Der Streik trifft Pendler hart.", "2026-03-04"),
        analysis_factory("c", "Ein Sprecher sagte gegenüber dem „Tagesspiegel“, man sei vorbereitet.", "2026-03-05"),
    ]
    assert find_origins(members[2])[0].weak
    assert story_origin(members) is None


def test_weak_cues_count_in_the_earliest_article_or_in_two_articles(analysis_factory: MakeAnalysis) -> None:
    earliest = analysis_factory("a", "Der Minister bestätigte gegenüber dem „Spiegel“ die Pläne.", "2026-03-01")
    later = analysis_factory("b", "Die Pläne stoßen auf Kritik.", "2026-03-02")
    origin = story_origin([earliest, later])
    assert origin is not None and origin.name == "Spiegel" and origin.evidence.doc == "a"

    two_later = [
        analysis_factory("c", "Die Pläne stoßen auf Kritik.", "2026-03-01"),
        analysis_factory("d", "Der Minister bestätigte gegenüber dem „Spiegel“ die Pläne.", "2026-03-02"),
        analysis_factory("e", "Die Sprecherin sagte dem „Spiegel“, es bleibe dabei.", "2026-03-03"),
    ]
    origin = story_origin(two_later)
    assert origin is not None and origin.name == "Spiegel" and origin.evidence.doc == "d"


def test_strong_cue_in_a_later_article_is_an_origin(analysis_factory: MakeAnalysis) -> None:
    members = [
        analysis_factory("a", "Die Regierung plant Kürzungen.", "2026-03-01"),
        analysis_factory("b", "Wie der Spiegel zuerst berichtete, plant die Regierung Kürzungen.", "2026-03-02"),
    ]
    origin = story_origin(members)
    assert origin is not None and origin.name == "Spiegel"
    assert not find_origins(members[1])[0].weak
