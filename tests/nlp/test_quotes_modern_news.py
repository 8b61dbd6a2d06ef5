"""Quotation rules on everyday modern German news (dpa / regional papers): source frames, media, questions."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_quotes import analyse  # the shared helper: checks every span against the text

# ------------------------------------------------------------------ a question put to someone is not their statement


@pytest.mark.parametrize(
    "text",
    [
        "Auf die Frage, ob er zurücktreten werde, antwortete der Minister: „Nein.“",
        "Auf die Frage, warum die Bahn so spät komme, sagte die Sprecherin nichts.",
        "Auf die Frage, ob er zurücktreten werde, antwortete der Minister ausweichend.",
    ],
)
def test_question_before_answer_is_no_statement(nlp: Language, text: str) -> None:
    quotes = analyse(nlp, text)
    assert not [q for q in quotes if q.kind == "indirect" and ("ob " in q.text or "warum" in q.text)]


def test_statement_with_a_question_noun_stays(nlp: Language) -> None:
    # the question noun is the subject of a reported clause with its own Konjunktiv I: still a statement
    quotes = analyse(nlp, "Die Frage, ob er antrete, sei offen, sagte der Minister.")
    assert [q.text for q in quotes] == ["Die Frage, ob er antrete, sei offen"]


# ------------------------------------------------------------------ two clauses, two sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut Sozialministerium wurden 300 Menschen geimpft, nach Senatsangaben waren es 500.",
         [("wurden 300 Menschen geimpft", "Sozialministerium"), ("waren es 500", "Senatsangaben")]),
        ("Nach Angaben der Polizei wurde niemand verletzt, laut Feuerwehr entstand ein Schaden von 50.000 Euro.",
         [("wurde niemand verletzt", "Angaben der Polizei"), ("entstand ein Schaden von 50.000 Euro", "Feuerwehr")]),
    ],
)
def test_each_clause_keeps_its_own_source(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = analyse(nlp, text)
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == expected


def test_frame_with_relative_clause_is_not_split(nlp: Language) -> None:
    quotes = analyse(nlp, "Laut Polizei wurde der Mann festgenommen, der am Abend flüchten wollte.")
    assert len(quotes) == 1 and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "Polizei"


# ------------------------------------------------------------------ the source phrase's own extent


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a body's "für" phrase after its genitive head belongs to its name
        ("Die Zahl ist nach Angaben des Bundesamts für Migration und Flüchtlinge gesunken.",
         "Angaben des Bundesamts für Migration und Flüchtlinge"),
        ("Nach Angaben des Bundesministeriums für Gesundheit ist die Zahl gesunken.",
         "Angaben des Bundesministeriums für Gesundheit"),
        # a common noun after a genitive singular head opens the clause's next phrase
        ("In Gaza fehlen nach Angaben des Welternährungsprogramms Lebensmittel für Millionen Menschen.",
         "Angaben des Welternährungsprogramms"),
        # a name after it is the body's name
        ("Nach Angaben des Vereins Pro Asyl ist die Zahl gesunken.", "Angaben des Vereins Pro Asyl"),
        # one noun after each "für"/"und"/"in": the next noun opens the clause's next phrase
        ("In Deutschland leben nach Angaben des Bundesamts für Statistik Millionen Menschen in Armut.",
         "Angaben des Bundesamts für Statistik"),
        # a name made of ordinary nouns, before the finite verb of the sentence's first phrase
        ("Nach Angaben des Netzwerks Recherche wurden 20 Journalisten bedroht.", "Angaben des Netzwerks Recherche"),
        ("Nach Angaben des Verbands Wohneigentum steigen die Preise.", "Angaben des Verbands Wohneigentum"),
        # "von" with an indefinite article and someone who speaks names the holder
        ("Nach Angaben von einem Sprecher der Polizei wurde niemand verletzt.",
         "Angaben von einem Sprecher der Polizei"),
    ],
)
def test_source_phrase_extent(nlp: Language, text: str, mention: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.mention is not None and q.speaker.mention.text == mention


# ------------------------------------------------------------------ media


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage sei ernst, sagte die Bürgermeisterin unserer Zeitung.",
        "Die Lage sei ernst, sagte die Bürgermeisterin gegenüber unserer Redaktion.",
        "Im Gespräch mit unserer Redaktion sagte der Landrat, die Lage sei ernst.",
    ],
)
def test_own_paper_as_medium(nlp: Language, text: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.medium == "eigene Redaktion"
    assert q.speaker.mention is not None and "Redaktion" not in q.speaker.mention.text


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Auf Instagram schrieb die Sängerin, sie brauche eine Pause.", "Instagram"),
        ("Der Minister schrieb auf LinkedIn, er freue sich.", "LinkedIn"),
        # a programme joined to its broadcaster by a hyphen, also opening the sentence
        ("Im ARD-„Morgenmagazin“ sagte die Ministerin, man werde nicht zustimmen.", "Morgenmagazin"),
    ],
)
def test_platform_and_programme_media(nlp: Language, text: str, medium: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.medium == medium


def test_lower_case_programme_title_keeps_the_cue(nlp: Language) -> None:
    # "„heute journal“" joined to "ZDF-" is a title: the saying verb before it still takes the content after it
    (q,) = analyse(nlp, "Der SPD-Politiker sagte im ZDF-„heute journal“, man werde nicht zustimmen.")
    assert q.text == "man werde nicht zustimmen"
    assert q.cue is not None and q.cue.text == "sagte"
    assert q.medium == "heute journal"


# ------------------------------------------------------------------ speakers


def test_possessive_object_is_no_speaker(nlp: Language) -> None:
    # "ihr" before a noun is a possessive, not the pronoun "ihr": the subject before the verb speaks
    (q,) = analyse(nlp, "Die Olympiasiegerin kündigte nach dem Rennen ihr Karriereende an.")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Olympiasiegerin"


def test_genitive_country_before_role_is_not_the_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "Irans Außenminister sagte, die Lage sei ernst.")
    assert [q.speaker.name for q in quotes] == ["Irans Außenminister"]
    # with the person named, the role refers to them later on
    text = ("Irans Außenminister Abbas Araghchi sagte, die Lage sei ernst. "
            "Später sagte Irans Außenminister, man sei bereit.")
    assert [q.speaker.name for q in analyse(nlp, text)] == ["Abbas Araghchi", "Abbas Araghchi"]


def test_hiess_es_von_names_the_source(nlp: Language) -> None:
    (q,) = analyse(nlp, "Der Schaden wird auf rund 200.000 Euro geschätzt, hieß es von der Polizei.")
    assert q.speaker.mention is not None and q.speaker.mention.text == "der Polizei"


def test_von_with_indefinite_article_is_no_holder(nlp: Language) -> None:
    # "von einem Unfall" is what the findings say; the clause's subject holds them
    (q,) = analyse(nlp, "Die Polizei geht nach ersten Erkenntnissen von einem Unfall aus.")
    assert q.speaker.name == "Polizei"
    assert q.speaker.mention is not None and "Unfall" not in q.speaker.mention.text


def test_quoted_journal_in_fronted_source_phrase(nlp: Language) -> None:
    (q,) = analyse(nlp, "Laut einer Studie im Fachblatt „Nature“ schmilzt das Eis schneller als bisher angenommen.")
    assert q.kind == "indirect"
    assert q.text == "schmilzt das Eis schneller als bisher angenommen"


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # in a verb-final clause the dative medium stands right before the saying verb
        ("Wie ein Sprecher der Staatsanwaltschaft Köln der Deutschen Presse-Agentur sagte, wird gegen drei Personen "
         "ermittelt.", "Deutsche Presse-Agentur"),
        ("Wie die Ministerin dem „Spiegel“ bestätigte, soll das Gesetz geändert werden.", "Spiegel"),
        ("Wie der Landrat unserer Zeitung sagte, soll die Klinik schließen.", "eigene Redaktion"),
    ],
)
def test_medium_before_verb_final_cue(nlp: Language, text: str, medium: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.medium == medium


def test_so_after_bare_quotation_names_the_speaker(nlp: Language) -> None:
    (q,) = analyse(nlp, "„Das Ergebnis ist enttäuschend.“ So kommentierte die Parteichefin die Hochrechnung.")
    assert q.kind == "direct"
    assert q.speaker.mention is not None and q.speaker.mention.text == "die Parteichefin"


def test_so_after_plain_sentence_attributes_nothing(nlp: Language) -> None:
    assert analyse(nlp, "Die Opposition ist unzufrieden. So kritisierte sie die hohen Kosten.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a view shared, or a reflexive verb: nobody is named as the one who said the words
        "„Wir geben nicht nach.“ So sieht es auch die Opposition.",
        "„Wir geben nicht nach.“ So erklärte sich der Minister den Erfolg.",
        # the phrase after "– so" + verb must speak itself, not only its genitive
        "„Wir geben nicht nach“ – so lautet das Motto der Gewerkschaft.",
    ],
)
def test_so_after_quotation_without_speaker(nlp: Language, text: str) -> None:
    assert all(q.speaker.mention is None for q in analyse(nlp, text))


def test_so_with_reflexive_speech_verb_names_the_speaker(nlp: Language) -> None:
    # "sich äußern" is speech: only a dative "sich" with an object of its own ("sich den Erfolg erklären") is not
    (q,) = analyse(nlp, "„Das ist ein Skandal.“ So äußerte sich der Minister am Abend.")
    assert q.speaker.mention is not None and q.speaker.mention.text == "der Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher der Deutschen Presse-Agentur sagte, die Meldung sei falsch.",
        "Ein Mitarbeiter der dpa sagte, die Meldung sei falsch.",
        "Wie ein Reporter der Nachrichtenagentur Reuters sagte, sei die Meldung falsch.",
    ],
)
def test_agency_of_the_speakers_employer_is_no_medium(nlp: Language, text: str) -> None:
    # after a staff role noun "der …" is the genitive of the employer, who is part of the speaker phrase
    (q,) = analyse(nlp, text)
    assert q.medium is None
    assert q.speaker.mention is not None and q.speaker.mention.text.endswith(("Presse-Agentur", "dpa", "Reuters"))


@pytest.mark.parametrize(
    "text",
    [
        "Wie ein Polizeisprecher der dpa sagte, brannte das Haus.",
        "Wie ein Augenzeuge der dpa sagte, brannte das Haus.",
    ],
)
def test_agency_after_compound_or_witness_is_the_medium(nlp: Language, text: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.medium == "dpa"


@pytest.mark.parametrize(
    "text",
    [
        "Den Vorwurf, dass er gelogen habe, wies Müller zurück.",
        "Die Forderung, dass er zurücktrete, wies Müller zurück.",
    ],
)
def test_noun_with_dass_clause_is_not_its_own_speaker(nlp: Language, text: str) -> None:
    quotes = analyse(nlp, text)
    assert quotes and all(q.speaker.name == "Müller" for q in quotes)


def test_quoted_organisation_after_von_is_no_medium(nlp: Language) -> None:
    text = "Ein Sprecher sagte dem „Spiegel“, man prüfe das. Wie sie der „Zeit“ sagte, soll das Gesetz geändert werden."
    assert [q.medium for q in analyse(nlp, text)] == ["Spiegel", "Zeit"]
    text = "Wohlrab von der „Aktion Deutschland hilft“ sagte, es fehlten Spenden."
    assert all(q.medium is None for q in analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "„Wir werden nicht nachgeben“ – so reagiert die Gewerkschaft auf das Angebot.",
        "„Wir werden nicht nachgeben“, so reagierte die Gewerkschaft.",
    ],
)
def test_so_and_verb_after_quotation_names_the_speaker(nlp: Language, text: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.kind == "direct" and q.text == "„Wir werden nicht nachgeben“"
    assert q.speaker.mention is not None and q.speaker.mention.text == "die Gewerkschaft"


def test_later_frame_opening_a_main_clause_keeps_it(nlp: Language) -> None:
    # the second frame opens a main clause of its own: the first frame does not take it over
    quotes = analyse(nlp, "Laut Polizei wurde der Mann festgenommen, nach eigenen Angaben war er betrunken.")
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == [
        ("wurde der Mann festgenommen", "Polizei"), ("nach eigenen Angaben war er betrunken", "er")]


def test_first_frame_frames_the_sentence(nlp: Language) -> None:
    # the "nach eigenen Angaben" of the relative clause does not take the sentence from the opening "Laut Polizei"
    (q,) = analyse(nlp, "Laut Polizei wurde der Mann festgenommen, der nach eigenen Angaben unschuldig ist.")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Polizei"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quoted name with a verb in it, after an article or a noun with its article, does not end the wie-clause
        ("Wie Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, fehlen Spenden.", "Moritz Wohlrab"),
        ("Wie die Initiative „Wir sind mehr“ mitteilte, kamen 5000 Menschen.", "die Initiative „Wir sind mehr“"),
    ],
)
def test_wie_clause_across_quoted_name_with_verb(nlp: Language, text: str, speaker: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.mention is not None and q.speaker.mention.text == speaker


@pytest.mark.parametrize(("text", "medium"), [
    # the words naming a medium inside what was said are content, not where it was said
    ("Er sagte, er habe das auf YouTube gesehen.", None),
    ("„Ich habe das im Deutschlandfunk gehört“, sagte er.", None),
    # outside the content they name the medium, also in a reported act spanning its sentence
    ("Die Zahl sei gestiegen, schrieb der Minister auf Instagram.", "Instagram"),
    ("Die Ministerin forderte im Deutschlandfunk mehr Geld.", "Deutschlandfunk"),
])
def test_a_medium_named_inside_the_content_is_no_medium(nlp: Language, text: str, medium: str | None) -> None:
    (q,) = analyse(nlp, text)
    assert q.medium == medium
