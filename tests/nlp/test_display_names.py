"""Display names in their base form: organisations and places named in an oblique case."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.nlp.display_names import head_in_nominative, nominative_name


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Statistischem Bundesamt", "Statistisches Bundesamt"),
        ("des Statistischen Bundesamts", "Statistisches Bundesamt"),
        ("der Deutschen Eisenbahn AG", "Deutsche Eisenbahn AG"),
        ("den Vereinten Nationen", "Vereinte Nationen"),
        ("des Deutschen Roten Kreuzes", "Deutsches Rotes Kreuz"),
        ("Deutsche Gewerkschaftsbund", "Deutscher Gewerkschaftsbund"),
        ("des Internationalen Währungsfonds", "Internationaler Währungsfonds"),
        ("Europäischen Zentralbank", "Europäische Zentralbank"),
        ("Welternährungsprogramms", "Welternährungsprogramm"),
        ("Die Polizei", "Polizei"),
    ],
)
def test_oblique_names_come_back_in_the_nominative(written: str, base: str) -> None:
    assert nominative_name(written) == base


@pytest.mark.parametrize(
    "name",
    [
        "Olaf Scholz",  # a person: no adjective, no known head
        "Bundesamt für Statistik",  # nothing inflected before the head
        "eine mit den Verhandlungen vertraute Person",  # an unnamed source keeps its indefinite article
        "Grünen",  # a nominalised adjective alone is no adjective before a head
        "Neuen Zürcher Zeitung",  # the word after the adjective is no head the lexicon knows: left as written
    ],
)
def test_names_it_cannot_read_stay_as_written(name: str) -> None:
    assert nominative_name(name) == name


def test_a_genitive_ending_is_removed_only_where_the_lexicon_shows_it_is_one() -> None:
    assert head_in_nominative("Hauses") == ("Haus", "N")
    assert head_in_nominative("Währungsfonds") == ("Währungsfonds", "M")
    assert head_in_nominative("Bahns") is None  # feminine nouns take no genitive -s
    assert head_in_nominative("Scholz") is None


def test_speakers_and_figure_sources_show_the_base_form(nlp: Language) -> None:
    doc = nlp("Laut Statistischem Bundesamt stieg die Zahl der Fälle auf 1.200. "
              "Der Konzern teilte mit, die Züge führen wieder.")
    sources = {c.source.name for c in doc._.claims if c.source is not None}
    assert "Statistisches Bundesamt" in sources
    speakers = [q.speaker.name for q in doc._.quotes]
    assert "Konzern" in speakers
