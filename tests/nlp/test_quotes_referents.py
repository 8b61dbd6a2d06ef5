"""Role nouns that refer back to a person named before (issue 4: "die Ökonomin" -> Veronika Grimm): descriptions by
occupation, party or age, the nearer of two persons with the same role, and unnamed roles that stay unnamed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_quotes import analyse  # the shared helper: checks every span against the text


def last_speaker(nlp: Language, text: str) -> tuple[str | None, str | None]:
    quotes = analyse(nlp, text)
    assert quotes, text
    speaker = quotes[-1].speaker
    return (speaker.mention.text if speaker.mention is not None else None), speaker.name


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # a description by occupation or party, the person named before without it
        ("Klaus Meier gründete die Firma vor zwanzig Jahren. Der Unternehmer sagte, die Energiepreise seien das "
         "größte Problem.", "Der Unternehmer", "Klaus Meier"),
        ("Veronika Grimm gehört dem Sachverständigenrat an. Die Ökonomin sagte, die Kosten seien zu hoch.",
         "Die Ökonomin", "Veronika Grimm"),
        ("Grünen-Chefin Ricarda Lang besuchte am Dienstag eine Schule. Die Grünen-Politikerin sagte, die Bildung "
         "müsse Vorrang haben.", "Die Grünen-Politikerin", "Ricarda Lang"),
        # the gender tells which of two persons: the first name, the article of a nominalised adjective
        ("Veronika Grimm und Marcel Fratzscher äußerten sich am Montag. Der Ökonom sagte, die Kosten seien zu hoch.",
         "Der Ökonom", "Marcel Fratzscher"),
        ("Bundesfinanzminister Christian Lindner legte den Haushalt vor. Der Liberale betonte, die Schuldenbremse "
         "gelte auch im nächsten Jahr.", "Der Liberale", "Christian Lindner"),
        # a noun whose form does not show its gender (descriptive_roles.txt gives it)
        ("Markus Weber verlor bei dem Brand sein Haus. Der Familienvater sagte, er wisse nicht, wie es weitergehe.",
         "Der Familienvater", "Markus Weber"),
        # an age noun: the article tells the gender
        ("Der Unternehmer Thomas Berger aus Ulm wurde am Montag festgenommen. Der 52-Jährige sagte, er sei "
         "unschuldig.", "Der 52-Jährige", "Thomas Berger"),
        ("Anna Schulz und Markus Weber verloren bei dem Brand ihr Haus. Die 38-Jährige sagte, sie wisse nicht, wie "
         "es weitergehe.", "Die 38-Jährige", "Anna Schulz"),
    ],
)
def test_description_refers_to_the_person_named_before(nlp: Language, text: str, mention: str, name: str) -> None:
    assert last_speaker(nlp, text) == (mention, name)


def test_of_two_persons_with_the_role_the_one_named_last(nlp: Language) -> None:
    text = ("Wirtschaftsminister Robert Habeck sprach am Morgen. Am Nachmittag äußerte sich Verkehrsminister Volker "
            "Wissing. Der Minister sagte, die Autobahnen müssten saniert werden.")
    assert last_speaker(nlp, text) == ("Der Minister", "Volker Wissing")


@pytest.mark.parametrize(
    "text",
    [
        # a plural with the same form ("die Wissenschaftler") is a group, not the person named before
        "Der Forscher Ken Berg stellte die Studie vor. Die Wissenschaftler sagten, die Werte seien gestiegen.",
        # an office may be held by someone the text never names: "der Richter" is not the defendant named before
        "Der Angeklagte Thomas Mair schwieg. Der Richter sagte, die Tat sei grausam gewesen.",
    ],
)
def test_group_or_office_is_not_the_person_named_before(nlp: Language, text: str) -> None:
    assert last_speaker(nlp, text)[1] not in {"Ken Berg", "Thomas Mair"}


def test_masculine_role_after_die_is_a_group(nlp: Language) -> None:
    # "die" before a masculine role noun makes it plural: not the man who was the subject before
    text = "Friedrich Merz kritisierte die Pläne. Die Wissenschaftler sagten, die Kosten seien zu hoch."
    assert last_speaker(nlp, text) == ("Die Wissenschaftler", "Wissenschaftler")


def test_unnamed_spokesman_stays_unnamed(nlp: Language) -> None:
    text = ("Bundeskanzler Olaf Scholz war nicht anwesend. Ein Sprecher des Ministeriums sagte, die Prüfung dauere "
            "noch an. Der Sprecher fügte hinzu, ein Ergebnis werde im Herbst erwartet.")
    assert last_speaker(nlp, text)[1] == "ein Sprecher des Ministeriums"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "sie" continues the body or group that is the subject of the sentence before
        ("Die Polizei Köln sperrte die Straße am Abend ab. Sie teilte mit, es habe zwei Verletzte gegeben.",
         "Polizei Köln"),
        ("Die Grünen legten am Montag einen Antrag vor. Sie forderten, die Mittel für den Klimaschutz zu verdoppeln.",
         "Grünen"),
    ],
)
def test_pronoun_continues_the_body_of_the_sentence_before(nlp: Language, text: str, name: str) -> None:
    assert last_speaker(nlp, text) == ("Sie", name)


def test_singular_pronoun_may_be_the_woman_after_the_body(nlp: Language) -> None:
    # "Sie sagte, sie sei unschuldig" after "Die Polizei nahm die Frau fest": not the police
    text = "Die Polizei nahm die Frau am Abend fest. Sie sagte, sie sei unschuldig."
    assert last_speaker(nlp, text)[1] != "Polizei"


def test_pronoun_after_a_person_named_since_is_that_person(nlp: Language) -> None:
    text = ("Die Regierung will eine neue Verfassung verabschieden. Halima Jouini sagte dazu: „Frauen haben sich "
            "gegen den Diktator gestellt“, betont sie.")
    assert last_speaker(nlp, text)[1] == "Halima Jouini"
