"""Which earlier person a pronoun or a role noun in a speaker mention names (issue 4): the gender a first name tells,
the subject of the sentence before, and indefinite role nouns that introduce someone new."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_quotes import analyse  # the shared helper: checks every span against the text

from lagebild.nlp.ner import load_lexicons
from lagebild.types import Quote


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


def test_first_names_tell_gender_where_every_locale_agrees() -> None:
    genders = load_lexicons().first_name_genders
    assert genders["Annegret"] == "F" and genders["Recep"] == "M" and genders["Peter"] == "M"
    assert "Andrea" not in genders and "Kim" not in genders  # names of both genders tell nothing


def test_er_does_not_name_a_woman_speaker(nlp: Language) -> None:
    text = ("„Das war wichtig“, sagte Annegret Hollmann vom Bundesverband. Unternehmer Recep Yıldız gab sich "
            "kämpferisch. Er habe bereits mit zwei Nachbarbetrieben gesprochen, sagte er am Freitagabend.")
    q = quote_with(analyse(nlp, text), "Nachbarbetrieben")
    assert q.speaker.mention is not None and q.speaker.mention.text == "er"
    assert q.speaker.name == "Recep Yıldız"


def test_a_pronoun_continues_the_subject_of_the_sentence_before(nlp: Language) -> None:
    text = ("„Das war wichtig“, sagte Thomas Berg vom Verband. Unternehmer Peter Schmidt gab sich kämpferisch. "
            "Er habe bereits mit Nachbarn gesprochen, sagte er.")
    assert quote_with(analyse(nlp, text), "Nachbarn").speaker.name == "Peter Schmidt"
    # without a person subject in between, the pronoun stays with the last speaker
    text = "„Das war wichtig“, sagte Thomas Berg vom Verband. Er habe bereits mit Nachbarn gesprochen, sagte er."
    assert quote_with(analyse(nlp, text), "Nachbarn").speaker.name == "Thomas Berg"
    # a person in an attribute of the subject ("die Wahl Schmidts") is not the subject
    text = ("„Das war wichtig“, sagte Thomas Berg vom Verband. Zuvor war die Wahl Schmidts schon sicher gewesen. "
            "Er habe bereits mit Nachbarn gesprochen, sagte er.")
    assert quote_with(analyse(nlp, text), "Nachbarn").speaker.name == "Thomas Berg"


def test_an_indefinite_role_noun_is_someone_new(nlp: Language) -> None:
    text = ("Messungen hätten keine gefährlichen Werte ergeben, teilte ein Sprecher der Stadt mit. "
            "Ein Polizeisprecher sagte, die Ursache sei unklar.")
    q = quote_with(analyse(nlp, text), "Ursache")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Ein Polizeisprecher"
    assert q.speaker.name == "ein Polizeisprecher"


def test_an_organisation_noun_names_the_organisation_named_before(nlp: Language) -> None:
    text = ("Die Verkehrsgewerkschaft Schiene (VGS) hat zum Streik bei der Deutschen Eisenbahn AG (DEAG) aufgerufen. "
            "Der Konzern rief Reisende auf, nicht notwendige Fahrten zu verschieben.")
    q = quote_with(analyse(nlp, text), "Fahrten")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Der Konzern"
    assert q.speaker.name == "Deutsche Eisenbahn AG"
    # a company noun needs a company: no legal form, no referent
    text = ("Die Stadt Hamburg plant neue Radwege. "
            "Der Konzern rief Reisende auf, nicht notwendige Fahrten zu verschieben.")
    assert quote_with(analyse(nlp, text), "Fahrten").speaker.name == "Konzern"


def test_a_surname_the_recogniser_missed_ends_the_phrase_and_names_the_person(nlp: Language) -> None:
    text = ("Der marvanische Außenminister Aleksander Vorin kündigte an, sein Land werde die Gespräche fortsetzen. "
            "Zugleich forderte Vorin Schadenersatz für die Familien der getöteten Fahrer.")
    q = quote_with(analyse(nlp, text), "Schadenersatz")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Vorin"
    assert q.speaker.name == "Aleksander Vorin"


def test_a_party_member_noun_names_the_politician_before(nlp: Language) -> None:
    text = ("Der SPD-Fraktionschef Lars Klingberg forderte mehr Geld. "
            "Davon decke das Programm nicht einmal die Hälfte, sagte der Sozialdemokrat.")
    assert quote_with(analyse(nlp, text), "Hälfte").speaker.name == "Lars Klingberg"


@pytest.mark.parametrize("text", [
    # a central bank or a research society is no company, whatever its name ends in
    "Die Porsche SE legte Zahlen vor. Die Weltbank warnte. Der Konzern rief Anleger auf, ruhig zu bleiben.",
    "Die Max-Planck-Gesellschaft forscht. Der Konzern rief Anleger auf, ruhig zu bleiben.",
    # a company named only inside a quotation is someone the speaker talks about
    "„Die Volkswagen AG lügt“, sagte Müller. Der Konzern rief Anleger auf, ruhig zu bleiben.",
])
def test_a_company_noun_does_not_name_an_organisation_of_another_kind(nlp: Language, text: str) -> None:
    q = quote_with(analyse(nlp, text), "ruhig")
    assert q.speaker.name not in {"Weltbank", "Max-Planck-Gesellschaft", "Volkswagen AG"}
    if "Porsche" in text:
        assert q.speaker.name == "Porsche SE"


def test_a_place_inside_an_organisation_name_is_no_city(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "Der SV Darmstadt 98 gewann. Die Stadt teilte mit, der Platz werde saniert."),
                   "Platz")
    assert q.speaker.name == "Stadt"


@pytest.mark.parametrize("attribute", ["Der Sprecher von Peter Schmidt", "Die Tochter des Peter Schmidt"])
def test_a_person_in_an_attribute_of_the_subject_is_not_what_a_pronoun_continues(nlp: Language, attribute: str) -> None:
    text = f"„Das war wichtig“, sagte Thomas Berg. {attribute} äußerte sich. Er habe nichts gewusst, sagte er."
    assert quote_with(analyse(nlp, text), "nichts gewusst").speaker.name == "Thomas Berg"


def test_a_first_name_tells_the_gender_only_of_the_person_it_names(nlp: Language) -> None:
    # "Die Familie von Angela Schmidt" is a family: Angela's name says nothing about it
    text = ("„Das war wichtig“, sagte Peter Berg. Die Familie von Angela Schmidt meldete sich. "
            "Er habe nichts gewusst, sagte er.")
    assert quote_with(analyse(nlp, text), "nichts gewusst").speaker.name == "Peter Berg"


def test_a_named_spokesman_subject_is_what_a_pronoun_continues(nlp: Language) -> None:
    text = ("„Das war wichtig“, sagte Thomas Berg. Der Sprecher der Polizei Peter Schmidt äußerte sich. "
            "Er habe nichts gewusst, sagte er.")
    assert quote_with(analyse(nlp, text), "nichts gewusst").speaker.name == "Peter Schmidt"


def test_a_possessive_before_an_adjective_opens_the_speaker_phrase(nlp: Language) -> None:
    text = ("Die Grünen verteidigten das Programm. Ihr bildungspolitischer Sprecher Björn Albrecht räumte ein, "
            "dass das Geld nicht für alle Schulen reiche.")
    q = quote_with(analyse(nlp, text), "reiche")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Ihr bildungspolitischer Sprecher Björn Albrecht"
    assert q.speaker.name == "Björn Albrecht"


@pytest.mark.parametrize(("text", "name"), [
    ("Die Ministerpräsidentin reiste am Montag nach Berlin. „Wir brauchen Hilfe“, sagte sie.", "Ministerpräsidentin"),
    ("Der Bürgermeister besuchte die Unglücksstelle. Er sei erschüttert, sagte er.", "Bürgermeister"),
    ("Ein Polizist wurde verletzt. „Das war knapp“, sagte er später.", "ein Polizist"),
    # the subject's gender and number must fit the pronoun; the subject must be a role noun; no other person noun of
    # that gender may follow it
    ("Der Bürgermeister besuchte die Unglücksstelle. „Es ist schlimm“, sagte sie.", "sie"),
    ("Die Abgeordneten stimmten dagegen. „Das ist ein Skandal“, sagte sie.", "sie"),
    ("Die Kritik der Ministerin war scharf. „Das ist ein Skandal“, sagte sie.", "sie"),
    ("Der Arzt untersuchte den Patienten. „Ich habe starke Schmerzen“, sagte er.", "er"),
])
def test_a_pronoun_without_named_antecedent_names_the_role_subject_before(nlp: Language, text: str,
                                                                         name: str) -> None:
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker.name == name
