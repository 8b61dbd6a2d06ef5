"""Rule-based sentence boundaries for German news text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=("lagebild_sentences",))


def sents(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_closing_quote_belongs_to_the_sentence(nlp: Language) -> None:
    assert sents(nlp, "„Das ist falsch.“ Dann ging er.") == ["„Das ist falsch.“", "Dann ging er."]
    assert sents(nlp, "»Nein!« Sie lachte.") == ["»Nein!«", "Sie lachte."]


def test_quote_followed_by_comma_continues(nlp: Language) -> None:
    assert sents(nlp, "„Wir kommen!“, sagte sie. Gut.") == ["„Wir kommen!“, sagte sie.", "Gut."]


def test_colon_before_direct_quote_is_no_boundary(nlp: Language) -> None:
    assert sents(nlp, "Er sagte: „Wir bleiben.“ Dann ging er.") == ["Er sagte: „Wir bleiben.“", "Dann ging er."]


def test_abbreviations_and_ordinals_do_not_split(nlp: Language) -> None:
    text = "Dr. Müller kam am 3. März nach Berlin, z. B. mit Prof. Grimm. Das war gut."
    assert sents(nlp, text) == ["Dr. Müller kam am 3. März nach Berlin, z. B. mit Prof. Grimm.", "Das war gut."]
    assert sents(nlp, "Er wurde am 1. Juli 2. Sieger.") == ["Er wurde am 1. Juli 2. Sieger."]


def test_year_at_sentence_end_is_split_off(nlp: Language) -> None:
    doc = nlp("Das war 2019. Dann kam die Wende.")
    assert [s.text.strip() for s in doc.sents] == ["Das war 2019.", "Dann kam die Wende."]
    assert "2019" in [t.text for t in doc]


def test_final_abbreviation_before_sentence_opener(nlp: Language) -> None:
    assert sents(nlp, "Er kaufte Brot, Milch usw. Die Kasse war zu.") == [
        "Er kaufte Brot, Milch usw.",
        "Die Kasse war zu.",
    ]


def test_headlines_paragraphs_and_datelines(nlp: Language) -> None:
    text = "Steuerstreit eskaliert\nBerlin (dpa) – Die Koalition\nstreitet weiter.\n\nNeuer Absatz ohne Punkt\n\nEnde."
    assert sents(nlp, text) == [
        "Steuerstreit eskaliert",
        "Berlin (dpa) – Die Koalition\nstreitet weiter.",
        "Neuer Absatz ohne Punkt",
        "Ende.",
    ]


def test_question_exclamation_and_ellipsis(nlp: Language) -> None:
    assert sents(nlp, "Warum?! Weil es so ist… Und dann? Nichts.") == [
        "Warum?!",
        "Weil es so ist…",
        "Und dann?",
        "Nichts.",
    ]


def test_amount_with_separators_ends_the_sentence(nlp: Language) -> None:
    # "41.812." and "4,6." cannot be ordinals, unlike "3." in "am 3. März"
    assert sents(nlp, "Die Zahl stieg auf 41.812. „Wir haben keine Zeit“, sagte sie.") == [
        "Die Zahl stieg auf 41.812.",
        "„Wir haben keine Zeit“, sagte sie.",
    ]
    assert sents(nlp, "Der Wert lag bei 4,6. Experten waren überrascht.") == [
        "Der Wert lag bei 4,6.",
        "Experten waren überrascht.",
    ]
    assert len(sents(nlp, "Es kamen 1.200 Menschen am 3. März nach Berlin.")) == 1


def test_token_texts_match_the_tokens_also_after_a_split(nlp: Language) -> None:
    from lagebild.nlp.sentences import token_texts

    doc = nlp("Das Werk wurde 2019. Dann kam der Umbau\n\nam 3. März mit 4,6 Mio. Euro.")
    assert token_texts(doc) == [t.text for t in doc]
    assert "2019" in token_texts(doc) and "2019." not in token_texts(doc)
