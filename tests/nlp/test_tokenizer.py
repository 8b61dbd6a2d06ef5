"""The German news tokenizer: exact token texts for the cases news text needs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.nlp.tokenizer import make_blank_german


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_blank_german()


def texts(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Das ist falsch“, sagte er.", ["„", "Das", "ist", "falsch", "“", ",", "sagte", "er", "."]),
        ("»Nein«, sagte sie.", ["»", "Nein", "«", ",", "sagte", "sie", "."]),
        ('‚Ja‘ und "so"', ["‚", "Ja", "‘", "und", '"', "so", '"']),
        ("Er sagte:„Nein.“Dann", ["Er", "sagte", ":", "„", "Nein", ".", "“", "Dann"]),
        ("“gut”", ["“", "gut", "”"]),
    ],
)
def test_quotes_are_split_off(nlp: Language, text: str, expected: list[str]) -> None:
    assert texts(nlp, text) == expected


def test_abbreviations_keep_their_period(nlp: Language) -> None:
    got = texts(nlp, "z. B. z.B. Dr. Nr. Prof. bzw. u. a. ca. Mio. Mrd. Abs. St. etc. vgl. ggf.")
    assert got == [
        "z.",
        "B.",
        "z.B.",
        "Dr.",
        "Nr.",
        "Prof.",
        "bzw.",
        "u.",
        "a.",
        "ca.",
        "Mio.",
        "Mrd.",
        "Abs.",
        "St.",
        "etc.",
        "vgl.",
        "ggf.",
    ]


def test_dates_ordinals_times_numbers(nlp: Language) -> None:
    assert texts(nlp, "am 3. März, 1. Juli und am 14.03.2026 um 8.30 Uhr") == [
        "am",
        "3.",
        "März",
        ",",
        "1.",
        "Juli",
        "und",
        "am",
        "14.03.2026",
        "um",
        "8.30",
        "Uhr",
    ]
    assert texts(nlp, "4,6 1.000 41.812 10.000 6,2% 6,2 Prozent") == [
        "4,6",
        "1.000",
        "41.812",
        "10.000",
        "6,2",
        "%",
        "6,2",
        "Prozent",
    ]


def test_gender_forms_and_hyphenated_names(nlp: Language) -> None:
    assert texts(nlp, "Bürger:innen Lehrer*innen Lehrer_innen BürgerInnen Lehrer/innen") == [
        "Bürger:innen",
        "Lehrer*innen",
        "Lehrer_innen",
        "BürgerInnen",
        "Lehrer/innen",
    ]
    assert texts(nlp, "Marie-Agnes EU-Kommission CDU-Chef SPD/Grüne") == [
        "Marie-Agnes",
        "EU-Kommission",
        "CDU-Chef",
        "SPD",
        "/",
        "Grüne",
    ]


def test_web_tokens(nlp: Language) -> None:
    assert texts(nlp, "https://www.tagesschau.de/inland/a-1.html info@spd.de #Klimastreik, @tagesschau:") == [
        "https://www.tagesschau.de/inland/a-1.html",
        "info@spd.de",
        "#Klimastreik",
        ",",
        "@tagesschau",
        ":",
    ]


def test_offsets_match_original_text(nlp: Language) -> None:
    text = "Die Ökonomin sagte:„Die Inflation sei 6,2% hoch.“ #Wirtschaft"
    for tok in nlp.make_doc(text):
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text


def test_registered_tokenizer_can_be_named_in_a_config() -> None:
    import spacy

    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "lagebild.tokenizer.v1"}}})
    assert [t.text for t in nlp("#Klimastreik")] == ["#Klimastreik"]
