"""Speaker attribution rules of lagebild_quotes (issue 4): appositions, object pronouns, case of the phrase after
the verb, the source of cue-less Konjunktiv-I sentences, postposed source phrases and mis-tagged sentence openers."""

from __future__ import annotations

from spacy.language import Language
from test_quotes import analyse  # the shared helper: checks every span against the text

from lagebild.types import Quote


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


# ---- round 2: missing speakers of cued quotes, document and place sources


def test_nach_eigenen_angaben_marks_the_source_phrase_and_names_the_subject(nlp: Language) -> None:
    text = "Nach eigenen Angaben verkaufte der Verlag im vergangenen Jahr rund zwei Millionen Bücher."
    q = quote_with(analyse(nlp, text), "Bücher")
    assert mention(q) == "eigenen Angaben"
    assert q.speaker.name is not None and "Verlag" in q.speaker.name


def test_coordinated_clause_has_its_own_subject(nlp: Language) -> None:
    text = "Der Streik dauerte drei Tage und die Pendler befürchten, dass es nicht der letzte war."
    q = quote_with(analyse(nlp, text), "letzte")
    assert mention(q) == "die Pendler"


def test_coordinated_participle_shares_the_first_subject(nlp: Language) -> None:
    text = "Taucher der Wasserschutzpolizei haben den Rumpf untersucht und gestern bestätigt, dass es die „Adler“ sei."
    q = quote_with(analyse(nlp, text), "Adler")
    assert mention(q) == "Taucher der Wasserschutzpolizei"


def test_quoted_name_opening_the_clause_is_the_subject(nlp: Language) -> None:
    text = "„Radio Nordwelle“ berichtet unter Berufung auf einen Augenzeugen, dass das Dach eingestürzt sei."
    q = quote_with(analyse(nlp, text), "Dach")
    assert mention(q) == "„Radio Nordwelle“"


def test_quoted_name_after_the_verb_across_blank_space(nlp: Language) -> None:
    text = "„Sie war die Stimme einer Generation“,      schrieb „Die Woche“ in einem Nachruf."
    q = quote_with(analyse(nlp, text), "Stimme")
    assert mention(q) == "„Die Woche“"


def test_quoted_newspaper_inside_a_skipped_phrase_is_no_subject(nlp: Language) -> None:
    text = ("„Wir prüfen das“, sagte die Sprecherin. Der Sprecher wollte gegenüber der „Nordsee Zeitung“ nicht "
            "bestätigen, dass die Werft verkauft werde.")
    q = quote_with(analyse(nlp, text), "Werft")
    assert mention(q) != "„Nordsee Zeitung“"


def test_lower_case_compound_after_the_verb_is_the_subject(nlp: Language) -> None:
    text = "Zudem wirft der ai-Report den Behörden vor, Beschwerden von Häftlingen zu ignorieren."
    q = quote_with(analyse(nlp, text), "Häftlingen")
    assert mention(q) == "der ai-Report"


def test_extended_attribute_in_a_postposed_subject(nlp: Language) -> None:
    text = "„Das wird ein großer Abend“, schrieb die in Hamburg geborene Sängerin."
    q = quote_with(analyse(nlp, text), "Abend")
    assert mention(q) == "die in Hamburg geborene Sängerin"


def test_quantifier_inside_a_postposed_subject(nlp: Language) -> None:
    text = "„Wir bleiben zusammen“, erklärten die beiden Gründerinnen Mara Lenz und Ute Hahn."
    q = quote_with(analyse(nlp, text), "zusammen")
    assert (mention(q) or "").startswith("die beiden Gründerinnen")


def test_passive_with_a_report_as_source(nlp: Language) -> None:
    text = "In einem Bericht der Lübecker Nachrichten wurde vermutet, dass der Brand gelegt worden sei."
    q = quote_with(analyse(nlp, text), "Brand")
    assert mention(q) == "einem Bericht der Lübecker Nachrichten"


def test_passive_with_a_meeting_as_source(nlp: Language) -> None:
    text = "2004 war auf einer Tagung in Genf vorgeschlagen worden, die Frist zu verlängern."
    q = quote_with(analyse(nlp, text), "Frist")
    found = mention(q)
    assert found is not None and "Tagung" in found


def test_passive_without_source_has_no_speaker(nlp: Language) -> None:
    text = "Dem Trainer wird vorgeworfen, er habe die Spieler nicht gewarnt."
    q = quote_with(analyse(nlp, text), "gewarnt")
    assert mention(q) is None


def test_heisst_es_on_a_web_page(nlp: Language) -> None:
    text = "Auf der Festival-Homepage heißt es: „Alle Konzerte finden wie geplant statt.“"
    q = quote_with(analyse(nlp, text), "Konzerte")
    assert mention(q) == "der Festival-Homepage"


def test_passive_from_circles(nlp: Language) -> None:
    text = "Aus Regierungskreisen wurde berichtet, der Minister werde im Herbst zurücktreten."
    q = quote_with(analyse(nlp, text), "Herbst")
    assert mention(q) == "Regierungskreisen"


def test_konjunktiv_after_a_passive_sentence_with_agent(nlp: Language) -> None:
    text = ("Die Fusion wurde am Montag besiegelt. Von vielen Analysten wird der Schritt als mutig bewertet. "
            "So könne der Konzern seine Kosten deutlich senken.")
    q = quote_with(analyse(nlp, text), "Kosten")
    assert mention(q) == "vielen Analysten"


def test_passive_zitiert_takes_the_one_quoted(nlp: Language) -> None:
    text = "„Wir ziehen unsere Truppen erst im Sommer ab“, wird Verteidigungsminister Lindgren zitiert."
    q = quote_with(analyse(nlp, text), "Truppen")
    assert mention(q) == "Verteidigungsminister Lindgren"


def test_focus_particle_before_the_subject(nlp: Language) -> None:
    text = "Einzig Nintendo gab bekannt, für die Konsole ein Update anbieten zu wollen."
    q = quote_with(analyse(nlp, text), "Update")
    assert mention(q) == "Nintendo"


def test_name_with_role_apposition_before_the_verb(nlp: Language) -> None:
    text = "Karla Brenner, Pressesprecherin der Stadt Jena, sprach von einer „Gefahr für die Anwohner“."
    q = quote_with(analyse(nlp, text), "Anwohner")
    assert mention(q) == "Karla Brenner, Pressesprecherin der Stadt Jena"
    assert q.speaker.name == "Karla Brenner"


def test_subject_after_inverted_auxiliary_with_compound_role(nlp: Language) -> None:
    text = "Vor kurzem hatte ein Rebellenführer aus dem Norden erklärt, die Gruppe werde die Waffen niederlegen."
    q = quote_with(analyse(nlp, text), "Waffen")
    assert (mention(q) or "").startswith("ein Rebellenführer")


def test_misread_name_opening_the_sentence_before_a_perfect(nlp: Language) -> None:
    text = ("Die Polizei bekräftigt auch, „Kessin ist nicht Berlin.“ Jugendliche haben dagegen gegenüber der "
            "Lokalzeitung ausgesagt, dass Berlin das Vorbild sei.")
    q = quote_with(analyse(nlp, text), "Vorbild")
    assert mention(q) == "Jugendliche"


def test_es_for_a_neuter_body_named_before(nlp: Language) -> None:
    text = ("Das Landgericht nutzte die Begründung auch zur Verteidigung in eigener Sache. "
            "Es weist den Vorwurf als abwegig zurück, man habe das Verfahren verschleppt.")
    q = quote_with(analyse(nlp, text), "verschleppt")
    assert mention(q) == "Es"
    assert q.speaker.name == "Das Landgericht"


def test_expletive_es_is_no_speaker(nlp: Language) -> None:
    text = "Die Lage bleibt unklar. Es wird erwartet, dass die Preise weiter steigen."
    q = quote_with(analyse(nlp, text), "Preise")
    assert mention(q) is None


def test_quoted_word_inside_the_clause_keeps_the_subject(nlp: Language) -> None:
    text = "Die Landesregierung hatte den Bericht der Zeitung umgehend als „falsch“ zurückgewiesen."
    q = quote_with(analyse(nlp, text), "falsch")
    assert mention(q) == "Die Landesregierung"


def test_quoted_object_in_a_subordinate_perfect(nlp: Language) -> None:
    text = "Die Rede ist brisant, weil die Kanzlerin das Land im Mai als „verlässlichen Partner“ bezeichnet hat."
    q = quote_with(analyse(nlp, text), "Partner")
    assert (mention(q) or "").startswith("die Kanzlerin")


def test_abstract_subject_of_a_quotation_is_no_speaker(nlp: Language) -> None:
    # "Ihre Worte" names what was said, not who said it: the speaker of the previous sentence continues
    text = ("Bundeskanzlerin Angela Merkel sprach am Montag in Berlin. Ihre Worte waren deutlich: "
            "„Wir werden diese Krise gemeinsam bewältigen.“")
    q = quote_with(analyse(nlp, text), "Krise")
    assert q.speaker.name == "Angela Merkel"


def test_document_noun_ending_in_ung_still_speaks(nlp: Language) -> None:
    text = "Die Erklärung der Regierung betonte, die Reform sei dringend."
    q = quote_with(analyse(nlp, text), "Reform")
    assert (mention(q) or "").startswith("Die Erklärung")


def test_a_name_takes_no_genitive_attribute(nlp: Language) -> None:
    # "der georgischen Wahlkommission" is the dative object of "vorwerfen", not a genitive of "die OSZE"
    text = ("Des Weiteren wirft die OSZE der georgischen Wahlkommission vor, mit den Beobachtern nicht "
            "zusammengearbeitet zu haben.")
    q = quote_with(analyse(nlp, text), "Beobachtern")
    assert mention(q) == "die OSZE"


def test_genitive_after_a_role_noun_stays_in_the_phrase(nlp: Language) -> None:
    text = "Der Präsident der Ukraine sagte, man werde verhandeln."
    q = quote_with(analyse(nlp, text), "verhandeln")
    assert mention(q) == "Der Präsident der Ukraine"
