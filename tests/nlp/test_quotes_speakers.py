"""Speaker attribution rules of lagebild_quotes (issue 4): appositions, object pronouns, case of the phrase after
the verb, the source of cue-less Konjunktiv-I sentences, postposed source phrases and mis-tagged sentence openers."""

from __future__ import annotations

from spacy.language import Language

from lagebild.types import Quote


def analyse(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    quotes: list[Quote] = doc._.quotes
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker.mention is not None:
            m = q.speaker.mention
            assert text[m.start:m.end] == m.text
    return quotes


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


def mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention is not None else None


def test_apposition_subject_before_verb(nlp: Language) -> None:
    text = ("Der frühere Landrat und Kreistagsvorsitzende, Manfred Kessler (CDU), warnte die Grünen vor einem "
            "„unehrlichen Wahlkampf“.")
    q = quote_with(analyse(nlp, text), "unehrlichen")
    assert mention(q) == "Der frühere Landrat und Kreistagsvorsitzende, Manfred Kessler (CDU)"
    assert q.speaker.name == "Manfred Kessler"


def test_apposition_subject_before_auxiliary(nlp: Language) -> None:
    text = ("Der Fraktionschef im hessischen Landtag, Thomas Berger, hatte Müller gestern aufgefordert, "
            "sein Mandat niederzulegen.")
    q = quote_with(analyse(nlp, text), "Mandat")
    assert mention(q) == "Der Fraktionschef im hessischen Landtag, Thomas Berger"
    assert q.speaker.name == "Thomas Berger"


def test_sie_after_verb_is_object_when_subject_precedes(nlp: Language) -> None:
    text = "Der Hauptgeschäftsführer des Verbands nannte sie „fahrlässig“ und „unseriös“."
    quotes = analyse(nlp, text)
    assert quotes
    assert all(mention(q) == "Der Hauptgeschäftsführer des Verbands" for q in quotes)


def test_sie_after_verb_is_subject_in_inverted_clause(nlp: Language) -> None:
    text = "Die Ministerin Anna Keller besuchte die Klinik. „Das ist ein guter Tag“, sagte sie."
    q = quote_with(analyse(nlp, text), "guter Tag")
    assert mention(q) == "sie"


def test_feminine_dative_after_verb_is_no_subject(nlp: Language) -> None:
    text = "Ein Augenzeuge erzählte der Nachrichtenagentur Reuters, Bewaffnete hätten das Dorf angegriffen."
    q = quote_with(analyse(nlp, text), "Bewaffnete")
    assert mention(q) == "Ein Augenzeuge"


def test_genitive_name_after_verb_is_no_subject(nlp: Language) -> None:
    text = ("Das Nobelkomitee würdigte damit Obamas Einsatz zur „Stärkung der internationalen Diplomatie“. "
            "Obama habe ein neues Klima geschaffen.")
    quotes = analyse(nlp, text)
    assert quotes
    assert all(mention(q) != "Obamas" for q in quotes)
    assert mention(quote_with(quotes, "Stärkung")) is not None
    assert "Nobelkomitee" in (mention(quote_with(quotes, "Stärkung")) or "")


def test_konjunktiv_sentence_after_an_intervening_subject(nlp: Language) -> None:
    text = ("„Wir kämpfen weiter“, sagte Gewerkschaftschef Paul Weber. Die Stadt hatte das Angebot abgelehnt. "
            "Staatspräsident Georg Lindqvist ist besorgt. Der Konflikt sei nicht ethnisch motiviert.")
    q = quote_with(analyse(nlp, text), "ethnisch")
    assert mention(q) == "Staatspräsident Georg Lindqvist"
    assert q.speaker.name == "Georg Lindqvist"


def test_konjunktiv_continuation_keeps_speaker_when_pronoun_is_the_same_person(nlp: Language) -> None:
    text = ("Der Ministerpräsident Jan Holm sagte, das Land stehe vor harten Jahren. Er wirkte müde. "
            "Die Reformen seien aber unumgänglich.")
    q = quote_with(analyse(nlp, text), "unumgänglich")
    assert q.speaker.name == "Jan Holm"
    assert mention(q) != "Er"


def test_postposed_source_phrase_is_the_speaker(nlp: Language) -> None:
    text = ("Konzernchef Jean Morel weist die Vorwürfe zurück. "
            "Seiner Meinung nach hätte die Aufsicht den Start verhindern müssen.")
    q = quote_with(analyse(nlp, text), "Aufsicht")
    assert mention(q) == "Seiner Meinung"
    assert q.speaker.name == "Jean Morel"


def test_dem_vernehmen_nach_is_an_unnamed_source(nlp: Language) -> None:
    text = ("Karl Brandt hat sich bereit erklärt, auf das Amt zu verzichten. "
            "Dem Vernehmen nach soll Brandt den Vorsitz der Stiftung übernommen haben.")
    q = quote_with(analyse(nlp, text), "Stiftung")
    assert mention(q) == "Dem Vernehmen"
    assert q.speaker.entity is None


def test_capitalised_sentence_opener_before_cue_is_the_subject(nlp: Language) -> None:
    text = "Vertraute der Familie berichteten, dass die beiden oft gemeinsam gesegelt seien."
    q = quote_with(analyse(nlp, text), "gesegelt")
    assert mention(q) == "Vertraute der Familie"
