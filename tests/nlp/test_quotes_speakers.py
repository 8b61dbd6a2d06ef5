"""Speaker attribution rules of lagebild_quotes (issue 4): appositions, object pronouns, case of the phrase after
the verb, the source of cue-less Konjunktiv-I sentences, postposed source phrases and mis-tagged sentence openers."""

from __future__ import annotations

import pytest
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
    assert q.speaker.name == "Landgericht"


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


def test_pronoun_after_quote_skips_names_inside_the_quotation(nlp: Language) -> None:
    text = ("Halima Jouini, Vorstandsmitglied der tunesischen Menschenrechtsliga, sagte dazu gegenüber der ARD: "
            "„Frauen haben sich gegen den Diktator Ben Ali gestellt, und nun wollen sie erreichen, dass die Rechte "
            "geschützt werden,“ betont sie.")
    q = quote_with(analyse(nlp, text), "Diktator")
    assert mention(q) == "sie"
    assert q.speaker.name == "Halima Jouini"


def test_colon_quote_after_speech_act_noun_is_the_subjects(nlp: Language) -> None:
    text = ("Der Experte von Greenpeace, Martin Hoffstetter, wandte sich gegen die Behauptung, die Kartoffelsorte "
            "werde nicht in die Nahrung gelangen: „Wo Genpflanzen angebaut werden, tauchen sie über kurz oder lang "
            "auch in Lebensmitteln auf.“")
    quotes = analyse(nlp, text)
    q = quote_with(quotes, "Genpflanzen")
    assert q.kind == "direct"
    assert mention(q) == "Der Experte von Greenpeace, Martin Hoffstetter"
    assert q.speaker.name == "Martin Hoffstetter"
    # the claim he opposes is not his: its noun stays the mention
    assert mention(quote_with(quotes, "Kartoffelsorte")) == "die Behauptung"


def test_colon_quote_after_fronted_object_takes_the_pronoun_subject(nlp: Language) -> None:
    text = ("Das ägyptische Angebot, Verwundete kostenlos in Krankenhäusern behandeln zu lassen, lehnt er jedoch ab: "
            "„Ägypten sollte alle Palästinenser ohne wenn und aber einreisen lassen. Nur Kranke und Verletzte – das "
            "lasse ich nicht zu.“")
    q = quote_with(analyse(nlp, text), "Palästinenser")
    assert q.kind == "direct"
    assert mention(q) == "er"


def test_konjunktiv_after_a_sentence_about_a_titled_name(nlp: Language) -> None:
    text = ("Wenn die Universität an ihrer Entscheidung festhält, steht Koch-Mehrin die Möglichkeit einer Klage vor "
            "dem Verwaltungsgericht offen. Dekan Berg sieht einen eventuellen Rechtsstreit gelassen. Von den "
            "Plagiatsvorwürfen habe man vor elf Jahren nichts gewusst.")
    q = quote_with(analyse(nlp, text), "Plagiatsvorwürfen")
    assert mention(q) == "Dekan Berg"


def test_speech_act_noun_without_source_takes_the_clause_subject(nlp: Language) -> None:
    text = ("So fassten die Hamburger Grünen am Donnerstag bei ihrer Landesmitgliederversammlung den Beschluss, "
            "Koalitionsgespräche mit der CDU zu führen.")
    q = quote_with(analyse(nlp, text), "Koalitionsgespräche")
    assert mention(q) == "die Hamburger Grünen"
    text = ("Thaksin Shinawatra, der seit einer Verurteilung im Exil lebt, wandte sich zuletzt an seine Anhänger "
            "mit der Aufforderung, ihre außerparlamentarische Macht zu demonstrieren.")
    q = quote_with(analyse(nlp, text), "außerparlamentarische")
    assert mention(q) == "Thaksin Shinawatra"


def test_von_phrase_opening_the_clause_before_konjunktiv_is_the_source(nlp: Language) -> None:
    text = "Von der italienischen Polizei kam die Information, bei den Toten handele es sich um Mitglieder des Clans."
    q = quote_with(analyse(nlp, text), "Toten")
    assert mention(q) == "Von der italienischen Polizei"


def test_standalone_demonstrative_is_the_speaker(nlp: Language) -> None:
    text = ("Die Moderatorin Nova Meierhenrich stand vor dem Käfig. „Während wir Menschen den Sommer genießen, geht "
            "das Elend der Tiere weiter.“, so letztere.")
    q = quote_with(analyse(nlp, text), "Elend")
    assert mention(q) == "letztere"
    assert q.speaker.name == "Nova Meierhenrich"
    text = "Für Shakira, so schrieb diese in einer Stellungnahme, sei es eine Ehre, gemeinsam mit Lopez aufzutreten."
    q = quote_with(analyse(nlp, text), "Ehre")
    assert mention(q) == "diese"


def test_demonstrative_before_a_noun_is_no_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Partei nannte diese Pläne „Unsinn“.")
    assert quotes and all(mention(q) == "Die Partei" for q in quotes)


def test_thing_before_the_verb_is_the_object_of_a_named_speaker(nlp: Language) -> None:
    text = ("Eine Verschiebung des Wahltermins bezeichnete Conze als fatal, weil die Kongolesen seit drei Jahren auf "
            "die Wahl warteten.")
    q = quote_with(analyse(nlp, text), "Verschiebung")
    assert mention(q) == "Conze"


def test_subject_of_a_causal_or_modal_clause_speaks(nlp: Language) -> None:
    text = ("Die Vorsitzenden des Tierheimes haben bereits massiv gegen diese Erhöhung protestiert, da sie befürchten, "
            "viele Nürnberger könnten sich die Tierhaltung nicht mehr leisten.")
    q = quote_with(analyse(nlp, text), "Tierhaltung")
    assert mention(q) == "sie"
    text = "Williams kommentierte dies inzwischen, indem er seinem Ex-Arbeitgeber vorwarf, ihn loswerden zu wollen."
    q = quote_with(analyse(nlp, text), "loswerden")
    assert mention(q) == "er"
    assert q.speaker.name == "Williams"


def test_apposed_subject_of_a_second_main_clause(nlp: Language) -> None:
    text = ("Kulturministerin Susanne Eisenmann (CDU) wies diese Behauptung zurück, die bildungspolitische Sprecherin "
            "der führenden Regierungsfraktion, Sandra Boser (GRÜNE), erklärte: „Neiddebatten sind völlig fehl am "
            "Platz und schaden allen.“")
    q = quote_with(analyse(nlp, text), "Neiddebatten")
    assert mention(q) == "die bildungspolitische Sprecherin der führenden Regierungsfraktion, Sandra Boser (GRÜNE)"
    assert q.speaker.name == "Sandra Boser"


def test_quotation_after_a_sentence_about_someone_else_is_theirs(nlp: Language) -> None:
    text = ("„Ich gehe“, sagte der Papst. Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden "
            "seit langem in die Rücktrittsabsicht seines Bruders eingeweiht. „Mein Bruder wünscht sich im Alter mehr "
            "Ruhe.“")
    q = quote_with(analyse(nlp, text), "Mein Bruder")
    assert mention(q) == "Der ältere Bruder des Papstes, Georg Ratzinger"
    assert q.speaker.name == "Georg Ratzinger"


def test_subject_of_the_main_clause_after_an_opening_subordinate_clause(nlp: Language) -> None:
    text = ("Die Flugbegleiter wollten den Mann beruhigen. Als ein Fluggast zu Hilfe eilte, biss der Randalierer den "
            "Fluggast und rief: „Lasst mich raus!“")
    q = quote_with(analyse(nlp, text), "Lasst mich")
    assert mention(q) == "der Randalierer"


def test_quotation_in_brackets_after_a_name_is_that_persons(nlp: Language) -> None:
    text = ("Weitere Staatsrepräsentanten gratulierten Obama, so der italienische Ministerpräsident Berlusconi, der "
            "Leiter der Internationalen Atomenergiebehörde IAEA, Mohammed ElBaradei („Mir fällt niemand ein, der "
            "diese Ehre mehr verdient hätte.“), und der norwegische Ministerpräsident.")
    q = quote_with(analyse(nlp, text), "Ehre")
    assert mention(q) == "Mohammed ElBaradei"


def test_apposed_subject_of_a_wie_clause(nlp: Language) -> None:
    text = ("Die Chemikalie hatte Raumtemperatur und stand unter Druck, wie Burt Rutan, Chef der Firma Scaled "
            "Composites, mitteilte. Die genaue Ursache der Explosion sei aber nicht klar.")
    quotes = analyse(nlp, text)
    for words in ("Raumtemperatur", "Ursache"):
        q = quote_with(quotes, words)
        assert mention(q) == "Burt Rutan, Chef der Firma Scaled Composites"
        assert q.speaker.name == "Burt Rutan"


def test_clause_after_comma_and_aber_shares_the_subject(nlp: Language) -> None:
    # "…, fordern aber X": the verb-first clause has no subject of its own; the phrase after it is the object
    text = "Die Gewerkschaften begrüßten den Kompromiss, fordern aber eine Erhöhung der Löhne im kommenden Jahr."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Gewerkschaften"


def test_er_does_not_point_back_to_a_feminine_subject(nlp: Language) -> None:
    text = ("Innenminister Klaus Berger (SPD) sprach am Montag in Bonn. Die Süddeutsche Zeitung berichtete, die "
            "Reform sei gescheitert. Er sagte dagegen, er wolle die Reform fortsetzen.")
    q = quote_with(analyse(nlp, text), "fortsetzen")
    assert mention(q) == "Er"
    assert q.speaker.name == "Klaus Berger"


def test_die_sicht_nach_oben_is_no_source_phrase(nlp: Language) -> None:
    text = ("Der Flugbetriebsleiter Reinhard Kraxner spekulierte über einen toten Winkel als Ursache. So sei die "
            "Sicht nach oben eingeschränkt.")
    q = quote_with(analyse(nlp, text), "Sicht")
    assert q.speaker.name == "Reinhard Kraxner"


def test_cue_verb_inside_the_report_leaves_the_speaker_of_the_sentence_before(nlp: Language) -> None:
    text = ("Der Flugbetriebsleiter Reinhard Kraxner spekulierte über einen toten Winkel als Ursache. So sei bei "
            "einem Hubschrauber die Sicht nach oben eingeschränkt, und die Piloten hätten sich möglicherweise "
            "gegenseitig nicht sehen können.")
    q = quote_with(analyse(nlp, text), "Piloten")
    assert q.speaker.name == "Reinhard Kraxner"


def test_speaker_label_with_a_phrase_before_the_colon(nlp: Language) -> None:
    text = ("Die Polizei fasste den Mann am Abend. Ein Hauptkommissar nach der Festnahme: "
            "„Er ist dort, wo er seit langem hätte sein sollen.“")
    assert mention(quote_with(analyse(nlp, text), "seit langem")) == "Ein Hauptkommissar"


def test_fuer_phrase_with_the_copula_holds_a_quoted_judgement(nlp: Language) -> None:
    text = "Für den Gesundheitsminister Jose Temporao ist die Lage in Rio de Janeiro „alarmierend“."
    quotes = [q for q in analyse(nlp, text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["„alarmierend“"]
    assert mention(quotes[0]) == "den Gesundheitsminister Jose Temporao"
    # a "für" phrase that names no one who could judge makes no quotation of a scare-quoted word
    assert [q for q in analyse(nlp, "Für das Jahr 2020 ist ein „Neustart“ geplant.") if q.kind == "direct"] == []


def test_das_with_a_modal_and_a_final_cue_attributes_the_quotation_before(nlp: Language) -> None:
    text = "„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der Debatte einräumen."
    assert mention(quote_with(analyse(nlp, text), "Zumutungen")) == "Bundesfinanzminister Peer Steinbrück"
    # a passive leaves the quotation's speaker open
    text = "„Die Wahl war gefälscht.“ Das wurde von der Regierung bestritten."
    assert mention(quote_with(analyse(nlp, text), "gefälscht")) is None


def test_document_of_a_relative_in_der_es_heisst_clause(nlp: Language) -> None:
    # "…, in der es heißt": the relative pronoun points back to the document, which is the source
    text = ("Das Ministerium veröffentlichte eine Erklärung der Aufsichtsbehörde, in der es heißt, dass die Sperre "
            "rechtmäßig sei.")
    assert mention(quote_with(analyse(nlp, text), "Sperre")) == "eine Erklärung der Aufsichtsbehörde"
    text = "Die Gewerkschaft verschickte einen Brief, in dem es hieß, die Verhandlungen seien gescheitert."
    assert mention(quote_with(analyse(nlp, text), "Verhandlungen")) == "einen Brief"
    # without the relative clause, "heißt es" names no source
    assert mention(quote_with(analyse(nlp, "Es heißt, die Verhandlungen seien gescheitert."), "Verhandlungen")) is None


def test_apposed_subject_of_a_wie_clause_after_a_direct_quotation(nlp: Language) -> None:
    text = "„Wir sind zufrieden“, wie Burt Rutan, Chef der Firma, mitteilte."
    (q,) = analyse(nlp, text)
    assert mention(q) == "Burt Rutan, Chef der Firma"
    assert q.speaker.name == "Burt Rutan"


def test_document_speaking_before_continuation_becomes_its_source(nlp: Language) -> None:
    # a report that "schildert" with no quote of its own is the source of the Konjunktiv I after it,
    # not the older statement's speaker
    quotes = analyse(nlp, "Die Polizei sagte, der Fahrer sei geflohen. Der Untersuchungsbericht schildert nun die "
                          "Fehlerkette. Ein Techniker habe am Vortag den Hebel umgestellt.")
    assert mention(quote_with(quotes, "der Fahrer sei geflohen")) == "Die Polizei"
    assert mention(quote_with(quotes, "Ein Techniker habe")) == "Der Untersuchungsbericht"


def test_focus_particle_selbst_before_the_subject(nlp: Language) -> None:
    # "Selbst" (like "Auch", "Sogar") is a focus particle, not the first word of a phrase: the subject follows it
    text = "Selbst die Wochenzeitung „Die Zeit“ hatte kritisiert, dass die Partei zu zögerlich sei."
    assert mention(quote_with(analyse(nlp, text), "zögerlich")) == "die Wochenzeitung „Die Zeit“"


def test_source_frame_in_the_cue_clause_is_the_speaker(nlp: Language) -> None:
    # the subject's words reach the text through the source the clause names: annotators mark that source
    text = ("Laut Informationen des Nachrichtenmagazins DER SPIEGEL hat der IWF angekündigt, keine Hilfe mehr "
            "leisten zu wollen.")
    assert mention(quote_with(analyse(nlp, text), "keine Hilfe")) == "Informationen des Nachrichtenmagazins DER SPIEGEL"
    text = ("Al Huthi trat zurück. Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm diskriminiert "
            "werde.")
    assert mention(quote_with(analyse(nlp, text), "Stamm")) == "„tagesschau.de“"
    # a frame in another clause, or the reporter's own "unter Berufung auf", leaves the subject as the speaker
    text = "Laut der Polizei war die Lage ruhig, der Bürgermeister erklärte aber, die Stadt sei besorgt."
    assert mention(quote_with(analyse(nlp, text), "besorgt")) == "der Bürgermeister"
    text = "Die Agentur berichtete unter Berufung auf Diplomaten, die Gespräche seien gescheitert."
    assert mention(quote_with(analyse(nlp, text), "gescheitert")) == "Die Agentur"


def test_oblique_determiner_marks_an_object_before_the_verb(nlp: Language) -> None:
    # "Ihren", "Seinen", "Einen": only an accusative or dative phrase takes these forms; the subject follows the verb
    text = "Ihren Widersacher Jeremy Corbyn forderte May auf, über einen Rücktritt nachzudenken."
    assert mention(quote_with(analyse(nlp, text), "Rücktritt")) == "May"
    text = "Der Streit eskaliert. Seinen Kollegen Peter Müller forderte Schmidt auf, das Amt niederzulegen."
    assert mention(quote_with(analyse(nlp, text), "Amt")) == "Schmidt"


def test_subject_of_a_passive_main_clause_is_no_source(nlp: Language) -> None:
    # "X wurden verletzt, die Verletzten seien …": the passive's subject is the one it happened to; the report
    # continues the source named before
    text = ("Bei dem Unfall sind laut den Angaben zwei Touristen ums Leben gekommen. Zwölf andere Mitglieder der "
            "Reisegruppe wurden verletzt, die Verletzten seien zehn deutsche Touristen und zwei Peruaner.")
    assert mention(quote_with(analyse(nlp, text), "die Verletzten seien")) == "den Angaben"
    # an active main clause keeps its subject as the speaker
    text = "Der Sprecher der Polizei äußerte sich am Abend, die Verletzten seien zehn deutsche Touristen."
    assert mention(quote_with(analyse(nlp, text), "die Verletzten seien")) == "Der Sprecher der Polizei"


def test_quotation_after_a_reported_clause_ending_in_a_colon_continues_its_statement(nlp: Language) -> None:
    # the Konjunktiv-I clause before the colon is the speaker's report; its subject ("Die Pflichten") says nothing
    text = ("Figeľ bekräftigte das Engagement der Kommission für die Grundrechte. Die Pflichten der Union seien im "
            "Vertrag klar festgelegt: „Daraus ergibt sich, dass nationales Recht dem Europäischen Recht nicht "
            "widersprechen darf.“")
    quotes = analyse(nlp, text)
    direct = quote_with(quotes, "Daraus ergibt sich")
    assert direct.kind == "direct"
    assert direct.speaker.name == quote_with(quotes, "Die Pflichten der Union seien").speaker.name
    assert mention(direct) == "Figeľ"


def test_coordinated_subjects_before_the_verb(nlp: Language) -> None:
    # coordinated adjectives and "sowohl … als auch" make one subject; the phrase after the verb is the object
    text = "Mubarak hat einen schweren Stand. Arabische und iranische Medien werfen ihm sogar offen Verrat vor."
    assert mention(quote_with(analyse(nlp, text), "Verrat")) == "Arabische und iranische Medien"
    text = ("Die Lage ist angespannt. Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär "
            "kündigten Untersuchungen an.")
    assert mention(quote_with(analyse(nlp, text), "Untersuchungen")) == \
        "Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär"
    # an adverbial adjective before the verb is still no subject
    text = "Besorgt äußerte sich der Minister, die Lage sei ernst."
    assert mention(quote_with(analyse(nlp, text), "Lage")) == "der Minister"


def test_reason_given_in_an_agentless_report_is_the_actors(nlp: Language) -> None:
    # "Als Begründung wurde angegeben, …": the reason for an act is given by the one the sentence before named
    text = ("Die Müllabfuhr kostet mehr. So hat der Konzern die Gebühren um sieben Prozent erhöht. Als Begründung "
            "wurde angegeben, die Kosten für kleinere Tonnen seien gestiegen.")
    assert mention(quote_with(analyse(nlp, text), "kleinere Tonnen")) == "der Konzern"
    # other agentless reports stay unattributed
    text = ("Die Müllabfuhr kostet mehr. So hat der Konzern die Gebühren um sieben Prozent erhöht. Es wurde "
            "angegeben, die Kosten für kleinere Tonnen seien gestiegen.")
    assert mention(quote_with(analyse(nlp, text), "kleinere Tonnen")) is None


def test_name_with_a_capitalised_adjective_before_the_verb_is_the_subject(nlp: Language) -> None:
    # "Die Vereinten Nationen" is a name (capitalised adjective) even when the NER misses it: not an object first
    text = ("Die Gespräche waren gut. Die Vereinten Nationen hatten die Europäische Union im Januar darum gebeten, "
            "sich mit Soldaten an der Mission zu beteiligen.")
    assert mention(quote_with(analyse(nlp, text), "Soldaten")) == "Die Vereinten Nationen"


def test_nobiliary_particle_belongs_to_the_name(nlp: Language) -> None:
    # "zu" inside a name ("Karl-Theodor zu Guttenberg") does not end the subject: the dative object after the
    # verb is no speaker
    text = ("Karl-Theodor zu Guttenberg, Obmann der Fraktion im Auswärtigen Ausschuss, warf der LINKEN daraufhin "
            "mangelnde Abgrenzung vor.")
    (q,) = analyse(nlp, text)
    assert q.kind == "reported"
    assert mention(q).startswith("Karl-Theodor zu Guttenberg")


def test_sentence_initial_plural_noun_before_its_verb_is_the_subject(nlp: Language) -> None:
    # an inflected capitalised word right before the finite verb is a noun subject, even when tagged as adjective
    (q,) = analyse(nlp, "Der Dollar fiel. Analysten halten einen Silberpreis von 60 Dollar für wahrscheinlich.")
    assert q.kind == "reported"
    assert mention(q) == "Analysten"


def test_speaker_phrase_takes_the_whole_organisation_name(nlp: Language) -> None:
    # the phrase runs to the end of the named organisation ("… für Luft- und Raumfahrt"), and before a relative
    # clause that phrase is the subject
    text = ("Gutachter der Deutschen Gesellschaft für Luft- und Raumfahrt, die die Maschine bereits untersuchten, "
            "gehen von einem Totalschaden aus.")
    (q,) = analyse(nlp, text)
    assert q.kind == "reported"
    assert mention(q) == "Gutachter der Deutschen Gesellschaft für Luft- und Raumfahrt"


def test_agentless_report_comes_from_the_place_after_aus(nlp: Language) -> None:
    # "aus <place>" names where an agentless reporting passive comes from; a reason after "aus" names nobody
    (q,) = analyse(nlp, "Bereits am Freitag wurde aus Italien der Tod der deutschen Schauspielerin gemeldet.")
    assert q.kind == "reported" and mention(q) == "Italien"
    (q,) = analyse(nlp, "Aus Sicherheitsgründen wurde der Vorfall erst spät gemeldet.")
    assert q.kind == "reported" and q.speaker.mention is None


def test_als_phrase_after_the_verb_leaves_the_subject_before_it(nlp: Language) -> None:
    # "nennt als Hauptursache X": the "als" phrase opens the object, so the phrase before the verb speaks even when
    # it is no known person or organisation noun
    text = ("Der Flughafen nennt als Hauptursache des anhaltenden Booms in Bremen die positive Geschäftsentwicklung "
            "von Ryanair am Standort Bremen.")
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and mention(q) == "Der Flughafen"


def test_pronoun_does_not_resume_a_dative_source_phrase(nlp: Language) -> None:
    # "Laut diesem Gutachten" is dative: no subject a later "Er" can point back to
    text = ("Laut diesem Gutachten wären nur Großbetriebe betroffen. Der Abgeordnete Jonas Weber gehört zu den "
            "Befürwortern der Reform. Er erklärte, mit der Reform solle Steuerbetrug bekämpft werden.")
    q = quote_with(analyse(nlp, text), "Steuerbetrug")
    assert mention(q) == "Er"
    assert q.speaker.name == "Jonas Weber"
    # the same with the plain article: "dem Gutachten" is dative too
    q = quote_with(analyse(nlp, text.replace("diesem", "dem")), "Steuerbetrug")
    assert q.speaker.name == "Jonas Weber"


def test_pronoun_does_not_resume_a_misread_object(nlp: Language) -> None:
    # "möglicherweise Pläne" (an adverb and an object read as a subject) is nobody "Er" continues with
    text = ("Die Täter hatten möglicherweise Pläne, weitere Anschläge zu verüben. Der Innenpolitiker Karl Brandt "
            "zählt zu den Kritikern der Behörden. Er forderte, die Ermittlungen müssten ausgeweitet werden.")
    q = quote_with(analyse(nlp, text), "Ermittlungen")
    assert mention(q) == "Er"
    assert q.speaker.name == "Karl Brandt"


@pytest.mark.parametrize("opening, subject", [
    ("Nächsten Monat will der Senat", "der Senat"),
    ("Anfang März will der Verband", "der Verband"),
    ("Samstagabend will die Gewerkschaft", "die Gewerkschaft"),  # a bare weekday compound
])
def test_fronted_time_phrase_is_no_speaker(nlp: Language, opening: str, subject: str) -> None:
    # an accusative time phrase before the finite verb is an adverbial: the subject follows the verb
    text = f"{opening} entscheiden, ob die Schule geschlossen werden müsse."
    q = quote_with(analyse(nlp, text), "Schule")
    assert mention(q) == subject


@pytest.mark.parametrize("text, words", [
    ("Das Tier hatte drei Schafe gerissen. Am Sonntag hatte der Landrat die Erlaubnis gegeben, den Wolf "
     "einzufangen, wonach er später wieder freigelassen werden sollte.", "freigelassen"),
    ("Es brannte in der Nacht. Ein Sprecher der Polizei konnte erste Berichte nicht bestätigen, wonach Zeugen "
     "eine Explosion gehört haben wollen.", "Explosion"),
])
def test_wonach_after_a_verb_names_no_phrase(nlp: Language, text: str, words: str) -> None:
    # after an infinitive "wonach" points to the whole clause: the words before it are no speaker phrase
    q = quote_with(analyse(nlp, text), words)
    assert mention(q) == "wonach"


def test_quoted_handle_is_the_subject(nlp: Language) -> None:
    # a quoted single word with a digit is a pseudonym, not quoted words: it is the subject, not the film before
    text = "Der Kurzfilm zeigt den Ablauf. „Hacker99“ erwähnte auch, dass er weiteren Code veröffentlichen werde."
    q = quote_with(analyse(nlp, text), "weiteren Code")
    assert mention(q) == "„Hacker99“"


@pytest.mark.parametrize("denial", ["Der Iran bestreitet dies.", "Der Iran streitet dies ab."])
def test_speech_act_subject_before_continuation_is_the_source(nlp: Language, denial: str) -> None:
    # the subject of a speech act in the sentence before is a new speaker even when no entity was recognised
    text = (f"Die Behörde sagte, der Iran betreibe eine Aufrüstung. {denial} Sein Programm diene ausschließlich "
            "der friedlichen Forschung.")
    q = quote_with(analyse(nlp, text), "Programm")
    assert mention(q) == "Der Iran"


# ------------------------------------------------------------------ inscriptions


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("Die Demonstranten zogen durch die Stadt. Auf dem Fronttransparent war die Parole „Freiheit statt Angst“ "
         "zu lesen.", "Freiheit", "dem Fronttransparent"),
        ("An jedem Gerät musste ein Zettel kleben, auf dem geschrieben stand: „Denke daran: Das Abhören ist "
         "verboten.“", "Denke", "ein Zettel"),
        ("Der Bürgermeister ließ ein Plakat aufhängen. Darauf waren die Worte zu lesen: „Paris unterstützt die "
         "Menschenrechte.“", "Paris", "Darauf"),
        ("Auf ihrer Homepage fanden sich Videos des Trainings. Auch das Motiv fand sich dort: „Wir glauben an das "
         "Ende der Welt.“", "glauben", "ihrer Homepage"),
    ],
)
def test_inscription_has_the_place_it_is_written_on_as_source(nlp: Language, text: str, words: str,
                                                              source: str) -> None:
    assert mention(quote_with(analyse(nlp, text), words)) == source


def test_quotation_without_inscription_predicate_keeps_its_speaker(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "Auf dem Parteitag sagte die Ministerin: „Wir bleiben dabei.“"), "bleiben")
    assert mention(q) == "die Ministerin"


def test_a_pronoun_under_an_event_verb_after_a_frame_is_what_the_source_reports_about(nlp: Language) -> None:
    # "Er war … aufgefallen" states an event; the Konjunktiv I of the "als" clause goes on reporting the ministry
    quotes = analyse(nlp, "Laut einer Mitteilung des Innenministeriums lebte der Mann seit Jahren ohne Papiere im "
                          "Land. Er war der Polizei bei einer Kontrolle aufgefallen, als er einen falschen Pass "
                          "vorgelegt habe.")
    assert mention(quote_with(quotes, "falschen Pass")) == "einer Mitteilung des Innenministeriums"


def test_a_pronoun_with_a_speech_verb_stays_the_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Anwalt Klaus Weber sagte, sein Mandant sei unschuldig. Er war nach dem Urteil "
                          "sichtlich bewegt, als er erklärte, er werde in Berufung gehen.")
    assert quote_with(quotes, "Berufung").speaker.name == "Klaus Weber"


def test_a_common_noun_after_a_role_noun_is_the_object_not_a_name(nlp: Language) -> None:
    quotes = analyse(nlp, "Im Mai hatte die Sängerin Klage eingereicht, sie sei verleumdet worden.")
    assert mention(quote_with(quotes, "verleumdet")) == "die Sängerin"
    quotes = analyse(nlp, "Die Sängerin Helene Fischer sagte, sie sei verleumdet worden.")
    assert quote_with(quotes, "verleumdet").speaker.name == "Helene Fischer"


def test_urteilen_cues_a_judgement_and_its_court(nlp: Language) -> None:
    # a court's ruling is reported like a statement, also with the cataphoric "Das urteilte X"
    quotes = analyse(nlp, "Das Gericht urteilte, die Kürzung der Pauschale sei rechtswidrig.")
    assert [(q.text, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("die Kürzung der Pauschale sei rechtswidrig", "Das Gericht")]
    quotes = analyse(nlp, "Die Kürzung der Pauschale ist rechtswidrig. "
                          "Das urteilte heute das Bundesverfassungsgericht.")
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == ["das Bundesverfassungsgericht"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Inflation wird nach der Vorhersage der Zentralbank im kommenden Jahr bei 51 Prozent liegen.",
         "der Vorhersage der Zentralbank"),
        ("Nach Vorhersagen des Wetterdienstes wird es am Wochenende stürmisch.", "Vorhersagen des Wetterdienstes"),
    ],
)
def test_forecast_is_a_source_noun_after_nach(nlp: Language, text: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == [speaker]


def test_so_frame_between_the_first_phrase_and_the_finite_verb(nlp: Language) -> None:
    # "X, so Y, <finite verb> …": the verb-second clause opened before the frame is Y's report, so a Konjunktiv-I
    # sentence after it continues Y, not the phrase before the frame
    text = ("Obama sagte, dass er die Idee unterstütze. Ein Komitee ist eine Lobbyorganisation, die Interessen "
            "vertritt. Den Komitees ist es möglich, Kandidaten zu unterstützen.\n\n"
            "Sein Rivale McCain, so Obama weiter, würde massiv Spenden erhalten. "
            "Er selber wolle aber unabhängig bleiben.")
    quotes = analyse(nlp, text)
    framed = quote_with(quotes, "Spenden")
    assert framed.text == "Sein Rivale McCain, so Obama weiter, würde massiv Spenden erhalten"
    assert mention(framed) == "Obama"
    assert quote_with(quotes, "unabhängig").speaker.name == "Obama"


def test_verb_final_perfect_clause_has_its_own_subject(nlp: Language) -> None:
    # "…, nachdem X entschieden hatte, …": the adverbial clause's own subject decided, not the main clause's
    text = "Diese Situation entstand, nachdem die Partei entschieden hatte, die Delegationen zu bestrafen."
    quotes = analyse(nlp, text)
    assert mention(quote_with(quotes, "Delegationen")) == "die Partei"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Einige vertreten die Auffassung, die Welt befände sich in der Endzeit.", "Einige"),
        ("Er sowie Giesel befürchten weitere Bündnisse: „Alle Mitglieder werden austreten.“", "Er sowie Giesel"),
    ],
)
def test_quantifier_or_coordinated_pronoun_before_the_verb_is_the_subject(nlp: Language, text: str,
                                                                          speaker: str) -> None:
    # the phrase after the verb ("die Auffassung", "weitere Bündnisse") is the object, not the speaker
    assert [mention(q) for q in analyse(nlp, text)] == [speaker]


def test_subject_after_the_finite_verb_that_follows_a_fronted_adverbial_clause(nlp: Language) -> None:
    # "Nachdem …, will heute X bekannt geben, …": the main clause opens with its verb; its subject follows
    text = "Nachdem lange darüber gesprochen wurde, will heute Außenminister Straw bekannt geben, dass er zurücktritt."
    assert [mention(q) for q in analyse(nlp, text)] == ["Außenminister Straw"]
    # a focus particle before the conjunction opens the same kind of clause
    text = "Selbst wenn die Zahlen steigen, will heute der Minister bekannt geben, dass die Steuern sinken."
    assert [mention(q) for q in analyse(nlp, text)] == ["der Minister"]


@pytest.mark.parametrize(
    "silence",
    ["Zu den Vorwürfen äußerte er sich nicht.", "Zu den Vorwürfen äußerte sich der Sprecher der Partei nicht."],
)
def test_a_negated_speech_act_names_no_new_source(nlp: Language, silence: str) -> None:
    # who kept silent is not the source of the Konjunktiv-I sentence after it: the last speaker goes on
    text = f"Der Minister Peter Müller erklärte, die Lage sei ernst. {silence} Man werde die Hilfe verstärken."
    assert mention(quote_with(analyse(nlp, text), "Hilfe")) == "Der Minister Peter Müller"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Es gab einen Skandal, in dessen Folge das Gericht festgestellt hatte, die Regierung sei im Recht gewesen.",
         "das Gericht"),
        ("Es gab einen Skandal, nach dem der Minister erklärte, die Regierung sei im Recht gewesen.", "der Minister"),
    ],
)
def test_subject_of_a_relative_clause_opened_by_a_preposition(nlp: Language, text: str, speaker: str) -> None:
    # the relative pronoun stands in the prepositional phrase; the clause's own noun phrase speaks
    assert [mention(q) for q in analyse(nlp, text)] == [speaker]


def test_a_passive_relative_clause_keeps_its_subject_out(nlp: Language) -> None:
    text = ("Der Hacker veröffentlichte ein Schreiben der Rechtsabteilung, in dem er darüber informiert wird, "
            "dass ein Gericht die Herausgabe seiner Daten verlangt.")
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ["dass ein Gericht die Herausgabe seiner Daten verlangt"]
    assert mention(quotes[0]) != "er"


def test_a_fronted_prepositional_phrase_of_a_main_clause_opens_no_relative_clause(nlp: Language) -> None:
    # "…, in der Regierung erklärte der Sprecher, …": article and noun after the preposition, the verb second
    text = "Der Streit dauert an, in der Regierung erklärte der Sprecher, er habe keine Kenntnis davon."
    assert [mention(q) for q in analyse(nlp, text)] == ["der Sprecher"]


@pytest.mark.parametrize("particle", ["nur", "zuletzt"])
def test_nicht_before_a_focus_particle_does_not_negate_the_speech_act(nlp: Language, particle: str) -> None:
    # "nicht nur wegen der Kosten" negates no clause: the union criticised, so it is the source of the sentence after
    text = (f"Der Minister sagte, das Gesetz komme bald. Die Gewerkschaft kritisierte das Gesetz nicht {particle} "
            "wegen der Kosten. Es sei ungerecht.")
    assert mention(quote_with(analyse(nlp, text), "ungerecht")) == "Die Gewerkschaft"


def test_a_demonstrative_alone_before_the_verb_is_the_subject(nlp: Language) -> None:
    text = ("Ein Passant wurde von vier Unbekannten angesprochen. Diese baten ihn um Zigaretten und drohten dem "
            "Mann an, ihn zu durchsuchen.")
    assert [mention(q) for q in analyse(nlp, text)] == ["Diese"]


def test_a_thing_before_an_inserted_clause_is_the_fronted_object(nlp: Language) -> None:
    # "Die Zahl …, die …, bezifferte X mit 13": the number cannot speak; the subject follows the verb
    text = ("Die Zahl der Menschen, die getötet worden sein sollen, bezifferte die chinesische Nachrichtenagentur "
            "Xinhua heute mit 13. Die Getöteten seien verbrannt worden.")
    quotes = analyse(nlp, text)
    assert mention(quote_with(quotes, "verbrannt")) == "die chinesische Nachrichtenagentur Xinhua"


def test_heisst_es_names_a_document_whose_attributes_include_an_adverb(nlp: Language) -> None:
    # "gestern" among the attributes ends the regular noun phrase; the document noun still names the source
    quotes = analyse(nlp, "Der Bischof bat um Rücknahme. „Ich bin zu dem Entschluss gekommen, den Papst um "
                          "Rücknahme zu bitten“, heißt es in einer gestern verbreiteten Erklärung.")
    assert mention(quote_with(quotes, "Entschluss")) == "einer gestern verbreiteten Erklärung"
    # no document noun after the preposition: no source is invented
    quotes = analyse(nlp, "Der Bischof bat um Rücknahme. „Ich bin zu dem Entschluss gekommen, den Papst um "
                          "Rücknahme zu bitten“, hieß es gestern in aller Kürze.")
    assert mention(quote_with(quotes, "Entschluss")) is None


# ---- display names of resolved speakers (QNAME): who a pronoun, a role phrase or a relative pronoun names


def test_pronoun_er_names_the_person_not_the_company(nlp: Language) -> None:
    text = ("„Wir sind bereit“, sagte Thomas Berger. Der Konzern Siemens kündigte an, Stellen abzubauen. "
            "Er erklärte, die Lage sei ernst.")
    q = quote_with(analyse(nlp, text), "ernst")
    assert mention(q) == "Er"
    assert q.speaker.name == "Thomas Berger"


def test_pronoun_er_is_no_source_phrase(nlp: Language) -> None:
    text = ("Nach Medieninformationen ist der Streit beigelegt. Auch bemängelte er, dass es für die Täter keine "
            "Strafe gebe.")
    q = quote_with(analyse(nlp, text), "Strafe")
    assert mention(q) == "er"
    assert q.speaker.name == "er"  # unresolved rather than "Medieninformationen"
    assert q.speaker.entity is None


def test_pronoun_er_skips_a_source_phrase_for_the_person(nlp: Language) -> None:
    text = ("Medieninformationen zufolge sei der Bürgermeister Karl Huber zurückgetreten. Auch bemängelte er, "
            "dass es für die Täter keine Strafe gebe.")
    q = quote_with(analyse(nlp, text), "Strafe")
    assert q.speaker.name == "Karl Huber"


def test_pronoun_in_continued_source_report_keeps_the_source(nlp: Language) -> None:
    # "er" is the guard the report is about, not its speaker: the report continues the railway's statement
    text = ("Nach Bahnangaben hätte es sich vorgestern um einen Fehler des Wärters gehandelt. Er hätte nicht daran "
            "gedacht, dass der Zug schon unterwegs war.")
    q = quote_with(analyse(nlp, text), "unterwegs")
    assert mention(q) == "Bahnangaben"
    assert q.speaker.name == "Bahn"  # (the compound names its holder first)


def test_pronoun_er_not_a_woman_known_by_the_article(nlp: Language) -> None:
    text = ("Die Grünen-Abgeordnete Selin Arslan verlangte, mehr Geflüchtete aufzunehmen. „Wir dürfen die Menschen "
            "nicht vergessen“, sagte Arslan. Er sagte, das Land sei am Limit.")
    q = quote_with(analyse(nlp, text), "Limit")
    assert mention(q) == "Er"
    assert q.speaker.entity is None and q.speaker.name == "Er"


def test_genitive_name_before_the_role_is_not_the_speaker(nlp: Language) -> None:
    text = "Tarsiens Chefunterhändler Ilja Remesch sagte, man sei zu Gesprächen bereit."
    q = quote_with(analyse(nlp, text), "Gesprächen")
    assert mention(q) == "Tarsiens Chefunterhändler Ilja Remesch"
    assert q.speaker.name == "Ilja Remesch"


@pytest.mark.parametrize(("text", "words", "name"), [
    ("Ein Gericht im US-Bundesstaat Virginia entschied, das Verfahren sei einzustellen.", "Verfahren",
     "ein Gericht im US-Bundesstaat Virginia"),
    ("Die Opposition im Bundestag kritisierte, die Regierung habe zu spät gehandelt.", "Regierung",
     "Opposition im Bundestag"),
])
def test_place_in_a_prepositional_attribute_is_not_the_speaker(nlp: Language, text: str, words: str,
                                                                name: str) -> None:
    # the speaker is the whole phrase, not the place inside its attribute ("Virginia", "Bundestag")
    assert quote_with(analyse(nlp, text), words).speaker.name == name


def test_a_so_frame_with_an_apposition_ends_the_quote_before_it(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Lage sei ernst, so Grimm, Vorsitzende des Verbands.")
    assert [(q.text, q.speaker.name) for q in quotes] == [("Die Lage sei ernst", "Grimm")]


def test_relative_pronoun_names_the_people_not_the_bare_place(nlp: Language) -> None:
    text = "Bei der Polizei gingen Notrufe besorgter Bürger aus der Schweiz und aus Baden ein, die von " \
           "Erschütterungen sprachen."
    q = quote_with(analyse(nlp, text), "Erschütterungen")
    assert mention(q) == "die"
    assert q.speaker.name is not None and "Bürger" in q.speaker.name


def test_pronoun_er_names_a_speaker_the_recogniser_took_for_a_place(nlp: Language) -> None:
    # a place named without article is neuter ("es"): a bare name "er" points back to is a person
    text = ("„Das ist Unsinn“, sagte Nick Brauns. Der Vorwurf sei haltlos, so Guttenberg wörtlich. Die Haltung der "
            "Partei bezeichnete er als „verlogen“.")
    q = quote_with(analyse(nlp, text), "verlogen")
    assert mention(q) == "er"
    assert q.speaker.name == "Guttenberg"


def test_pronoun_points_back_to_a_newly_introduced_role_speaker(nlp: Language) -> None:
    text = ("„Das ist ein Skandal“, sagte Paul Weber. Ein Sprecher des Übergangsrates sagte, man habe nichts gewusst. "
            "Er kündigte an, den Fall untersuchen zu lassen.")
    q = quote_with(analyse(nlp, text), "Fall")
    assert mention(q) == "Er"
    assert q.speaker.name == "ein Sprecher des Übergangsrates"


def test_name_after_an_age_is_the_display_name(nlp: Language) -> None:
    text = "Zudem kündigte der 53-jährige Uribe an, weiterhin gegen den Drogenhandel vorzugehen."
    q = quote_with(analyse(nlp, text), "Drogenhandel")
    assert mention(q) == "der 53-jährige Uribe"
    assert q.speaker.name == "Uribe"


def test_apposition_subject_before_a_doubled_space(nlp: Language) -> None:
    # scraped text often has two spaces after a comma; the apposition still ends at that comma
    (q,) = analyse(nlp, "Der Vorsitzende des Europarats, Jean Claude Mignon,  forderte mehr Geld.")
    assert q.kind == "reported"
    assert mention(q) == "Der Vorsitzende des Europarats, Jean Claude Mignon"


def test_plural_role_noun_in_er_read_as_adjective_is_the_subject(nlp: Language) -> None:
    # the tagger reads "Beobachter" before "werten" as an attributive adjective; a role noun before the finite verb
    # is the subject
    quotes = analyse(nlp, "Der Kandidat gewann die Wahl. Beobachter werten den Sieg als Erfolg für die Gemäßigten.")
    (q,) = [q for q in quotes if q.kind == "reported"]
    assert q.text == "Beobachter werten den Sieg als Erfolg für die Gemäßigten."
    assert mention(q) == "Beobachter"


def test_apposed_name_after_a_prepositional_attribute(nlp: Language) -> None:
    text = ("Die Stadt wartet ab. Erst vor zwei Tagen hatte der Investor für den Neubau, Larry Silverstein, "
            "zugesagt, nicht weiter über den Turm bestimmen zu wollen.")
    q = quote_with(analyse(nlp, text), "Turm")
    assert mention(q) == "der Investor für den Neubau, Larry Silverstein"
    assert q.speaker.name == "Larry Silverstein"


def test_apposed_name_with_an_initial(nlp: Language) -> None:
    text = "Gestern hat der Investor, Larry A. Silverstein, angekündigt, er werde gegen den Bescheid klagen."
    q = quote_with(analyse(nlp, text), "Bescheid")
    assert mention(q) == "der Investor, Larry A. Silverstein"
    assert q.speaker.name == "Larry A. Silverstein"


def test_laut_with_a_dative_possessive_names_the_source(nlp: Language) -> None:
    text = "Der Minister trat am Montag zurück. Er war laut seinem Anwalt über die Zahlungen nicht informiert."
    q = quote_with(analyse(nlp, text), "Zahlungen")
    assert mention(q) == "seinem Anwalt"


def test_sentence_initial_berichten_zufolge_is_the_source(nlp: Language) -> None:
    text = ("Der Konzern hat gegen das Urteil Berufung eingelegt. Berichten zufolge produziert das Werk jedes Jahr "
            "15.000 Tonnen Abfälle.")
    q = quote_with(analyse(nlp, text), "Abfälle")
    assert mention(q) == "Berichten"


def test_a_source_phrase_names_its_holder_not_the_place_in_the_holders_attribute(nlp: Language) -> None:
    quotes = analyse(nlp, "Nach Angaben des seismologischen Instituts von Athen habe das Beben eine Stärke von 5,1 "
                          "gehabt.")
    assert len(quotes) == 1 and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "Angaben des seismologischen Instituts von Athen"
    assert quotes[0].speaker.name == "seismologisches Institut von Athen"
    # the holder itself known as an entity still links
    quotes = analyse(nlp, "Nach Angaben des Statistischen Bundesamts in Wiesbaden sei die Zahl gestiegen.")
    assert quotes[0].speaker.name == "Statistisches Bundesamt" and quotes[0].speaker.entity is not None


def test_speech_act_in_konjunktiv_i_is_the_last_speakers_report(nlp: Language) -> None:
    # the cue verb itself is in Konjunktiv I: the sentence passes on what the prosecution said about the driver
    text = ("Die Staatsanwaltschaft gibt an, Spector werde durch seinen Fahrer belastet. Dieser behaupte, Spector sei "
            "ihm mit einer Pistole in der Hand entgegengekommen.")
    quotes = analyse(nlp, text)
    first, second = quote_with(quotes, "belastet"), quote_with(quotes, "Pistole")
    assert second.text.startswith("Dieser behaupte")
    assert mention(second) == "Die Staatsanwaltschaft"
    assert second.statement == first.statement


def test_indicative_speech_act_after_a_statement_keeps_its_own_speaker(nlp: Language) -> None:
    text = ("Die Staatsanwaltschaft gibt an, Spector werde durch seinen Fahrer belastet. Dieser behauptet, Spector sei "
            "ihm mit einer Pistole in der Hand entgegengekommen.")
    quotes = analyse(nlp, text)
    first, second = quote_with(quotes, "belastet"), quote_with(quotes, "Pistole")
    assert mention(second) == "Dieser"
    assert second.statement != first.statement


def test_impersonal_speech_act_in_konjunktiv_i_continues_the_report(nlp: Language) -> None:
    text = ("Mehrere weitere Körper seien in den Trümmern geortet worden. Man gehe davon aus, dass sie ebenfalls tot "
            "sind.")
    quotes = analyse(nlp, text)
    first, second = quote_with(quotes, "Trümmern"), quote_with(quotes, "ebenfalls")
    assert second.text.startswith("Man gehe davon aus")
    assert second.statement == first.statement


@pytest.mark.parametrize("verb", ["ätzte", "seufzte", "spottete", "schimpfte"])
def test_verbs_of_manner_of_speaking_attribute_a_direct_quote(nlp: Language, verb: str) -> None:
    q = quote_with(analyse(nlp, f"„Das ist doch ein Witz“, {verb} der Oppositionsführer."), "Witz")
    assert mention(q) == "der Oppositionsführer"
    assert q.cue is not None and q.cue.text == verb


def test_demnach_after_a_ruling_names_the_ruling(nlp: Language) -> None:
    # a source text with no one named ("aus dem Urteil") is itself the source of the "Demnach" sentence
    text = ("Das Massaker wurde zum Völkermord erklärt. Das geht aus dem Urteil hervor. Demnach ist die damalige "
            "Regierung nicht direkt verantwortlich.")
    q = quote_with(analyse(nlp, text), "Regierung")
    assert q.speaker.name == "Urteil"


def test_statement_after_nach_eigenem_bekunden_continues_the_subject(nlp: Language) -> None:
    text = ("Der Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden seit langem eingeweiht. Der "
            "Rücktritt sei ein natürlicher Vorgang.")
    quotes = analyse(nlp, text)
    assert mention(quote_with(quotes, "eingeweiht")) == "eigenem Bekunden"
    assert mention(quote_with(quotes, "Rücktritt")) == "Der Bruder des Papstes, Georg Ratzinger"


def test_the_plan_a_soll_sentence_follows_is_its_source(nlp: Language) -> None:
    # "Nach dem Gesetzentwurf … soll": with the modal "sollen" the "nach" phrase names whose plan it is
    quotes = analyse(nlp, "Die Koalition hat sich geeinigt, wie sie mitteilte. Nach dem Gesetzentwurf der Koalition "
                          "sollen die Schulen mehr Geld erhalten.")
    last = quotes[-1]
    assert last.text.startswith("Nach dem Gesetzentwurf")
    assert last.speaker.mention is not None and last.speaker.mention.text.startswith("dem Gesetzentwurf der Koalition")
    quotes = analyse(nlp, "Der Minister sagte, die Reform komme. Nach Schäubles Idee soll der Bundesrat anders "
                          "abstimmen.")
    assert quotes[-1].speaker.mention is not None and quotes[-1].speaker.mention.text == "Schäubles Idee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut unserem Korrespondenten sei die Lage in der Stadt ernst.", "unserem Korrespondenten"),
        ("Laut unserer Reporterin sei die Lage in der Stadt ernst.", "unserer Reporterin"),
    ],
)
def test_a_source_with_a_first_person_possessive_is_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    # the newspaper's own correspondent: "unser-" forms start a speaker phrase like "sein-"/"ihr-"
    (q,) = analyse(nlp, text)
    assert mention(q) == speaker


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Der Mann, der gestern kam, sei tot, sagte der Polizeisprecher.", "Der Mann, der gestern kam, sei tot",
     "der Polizeisprecher"),
    ("Die Firma, die im Juni gegründet wurde, habe keine Schulden, teilte das Gericht mit.",
     "Die Firma, die im Juni gegründet wurde, habe keine Schulden", "das Gericht"),
])
def test_a_subject_with_a_relative_clause_inside_the_reported_clause_is_not_the_inverted_cues_subject(
        nlp: Language, text: str, content: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == speaker


def test_a_subject_with_a_relative_clause_before_its_verb_still_speaks(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Sprecher, der seit Jahren im Amt ist, sagte, die Lage sei ernst.")
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Der Sprecher"


def test_a_pronoun_after_an_unnamed_role_speaker_shows_that_role(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Ministerin sagte, man müsse handeln. Sie fügte hinzu, man werde nicht nachgeben.")
    assert [(q.speaker.mention.text if q.speaker.mention else None, q.speaker.name) for q in quotes] == [
        ("Die Ministerin", "Ministerin"), ("Sie", "Ministerin")]
    quotes = analyse(nlp, "Der Polizeisprecher sagte, der Fahrer sei geflohen. Er bat um Hinweise und sagte, jede "
                          "Beobachtung könne helfen.")
    assert quotes[-1].speaker.name == "Polizeisprecher"


def test_inverted_subject_takes_apposed_name_before_content(nlp: Language) -> None:
    text = "Vor Journalisten in Berlin erklärte am Montag die Vorsitzende der Partei, Anna Keller, man werde klagen."
    q = quote_with(analyse(nlp, text), "klagen")
    assert q.text == "man werde klagen"
    assert mention(q) == "die Vorsitzende der Partei, Anna Keller"
    assert q.speaker.name == "Anna Keller"


def test_inverted_subject_takes_apposed_name_at_sentence_end(nlp: Language) -> None:
    text = "Die Lage ist ernst, erklärte gestern in Berlin der Sprecher der Bundesregierung, Steffen Seibert."
    q = quote_with(analyse(nlp, text), "Lage")
    assert mention(q) == "der Sprecher der Bundesregierung, Steffen Seibert"
    assert q.speaker.name == "Steffen Seibert"


def test_name_right_after_cue_comma_stays_in_content(nlp: Language) -> None:
    text = "Der Minister sagte, Angela Merkel, die Kanzlerin, habe zugestimmt."
    q = quote_with(analyse(nlp, text), "zugestimmt")
    assert q.text.startswith("Angela Merkel")
    assert mention(q) == "Der Minister"


@pytest.mark.parametrize(("text", "name"), [
    ("Der 45-jährige Familienvater aus Köln sagte, er sei schockiert.", "Der 45-jährige Familienvater aus Köln"),
    ("Die Deutsche Schutzvereinigung für Wertpapierbesitz (DSW) kritisierte, der Vorstand habe versagt.",
     "Deutsche Schutzvereinigung für Wertpapierbesitz (DSW)"),
])
def test_an_adjective_is_no_second_noun_before_an_attribute(nlp: Language, text: str, name: str) -> None:
    # the place or thing in the attribute after the head ("Köln", "Wertpapierbesitz") is not who speaks
    quotes = analyse(nlp, text)
    assert quotes and quotes[0].speaker.name == name


def test_a_person_named_after_an_unnamed_role_takes_the_later_pronoun(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Polizeisprecher sagte, der Täter sei geflohen. Der Familienvater Peter Müller wurde "
                          "später gefasst. Er sagte, er sei unschuldig.")
    assert quotes[-1].speaker.name == "Peter Müller"


def test_a_name_with_its_relative_clause_after_the_cue_is_the_contents_subject(nlp: Language) -> None:
    quotes = analyse(nlp, "Am Montag sagte der Minister, Angela Merkel, die gestern in Paris war, habe zugestimmt.")
    assert [q.text for q in quotes] == ["Angela Merkel, die gestern in Paris war, habe zugestimmt"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "der Minister"


def test_possessive_before_a_role_names_the_role_not_the_person_before(nlp: Language) -> None:
    # "Ihr Sprecher" is the minister's spokesman, someone else than the minister ("ihr" is no pronoun here)
    text = ("Die Ministerin Karin Weber besuchte am Montag das Krankenhaus. Ihr Sprecher ergänzte später, "
            "ein Gesetz sei in Arbeit.")
    q = quote_with(analyse(nlp, text), "Gesetz")
    assert mention(q) == "Ihr Sprecher"
    assert q.speaker.name != "Karin Weber"


def test_pronoun_ihr_alone_still_points_back(nlp: Language) -> None:
    text = "Die Ministerin Karin Weber sprach lange. „Das bleibt so“, sagte sie. Man glaube ihr, sagte er."
    q = quote_with(analyse(nlp, text), "bleibt")
    assert q.speaker.name == "Karin Weber"


@pytest.mark.parametrize("text", ["Das sei inakzeptabel, so Lang.", "„Das ist inakzeptabel“, so Lang."])
def test_surname_the_tagger_reads_as_an_adjective_after_so(nlp: Language, text: str) -> None:
    # "Lang", "Klein", "Schwarz": surnames that are adjectives; the entity layer knows them as a person
    q = quote_with(analyse(nlp, text), "inakzeptabel")
    assert mention(q) == "Lang"
    assert "so Lang" not in q.text


@pytest.mark.parametrize("text", [
    "„Das ist ein guter Tag für Europa“, sagte Ursula von der Leyen am Montag.",
    "Ursula von der Leyen sagte, das sei ein guter Tag für Europa.",
])
def test_name_particle_with_article_belongs_to_the_name(nlp: Language, text: str) -> None:
    q = quote_with(analyse(nlp, text), "guter Tag")
    assert q.speaker.name == "Ursula von der Leyen"


@pytest.mark.parametrize("text, name", [
    ("„Das ist gut“, sagte Müller von der Stadtverwaltung.", "Müller"),
    ("„Das ist gut“, sagte Marktanalyst Robert Halver von der Baader Bank.", "Robert Halver"),
])
def test_von_der_after_a_full_name_opens_an_attribute(nlp: Language, text: str, name: str) -> None:
    q = quote_with(analyse(nlp, text), "gut")
    assert q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("„Nein“, sagte der Minister.", "Minister"),
    ("„Auf keinen Fall“, sagte Thomas Müller.", "Thomas Müller"),
])
def test_a_short_quotation_before_the_verbs_comma_is_the_words_not_the_speaker(
        nlp: Language, text: str, name: str) -> None:
    # a short quotation looks like a quoted name ("„Die Zeit“ berichtet"), but the comma right after it belongs to
    # the inverted cue clause: the quotation is what was said, the phrase after the verb who said it
    q = quote_with(analyse(nlp, text), "“")
    assert q.speaker.name == name


def test_hyphenated_given_name_before_a_particle_keeps_the_family_name(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "„Das ist ein guter Tag“, sagte Karl-Theodor zu Guttenberg."), "guter Tag")
    assert q.speaker.name == "Karl-Theodor zu Guttenberg"


@pytest.mark.parametrize("text, speaker, medium", [
    ("Es gebe keine Hinweise auf eine Straftat, sagte ein Polizeisprecher der Deutschen Presse-Agentur.",
     "ein Polizeisprecher", "Deutsche Presse-Agentur"),
    ("Der Zug sei pünktlich, sagte ein Sprecher der Deutschen Bahn der Nachrichtenagentur dpa.",
     "ein Sprecher der Deutschen Bahn", None),
])
def test_a_medium_after_the_inverted_speaker_is_the_dative_not_a_genitive(
        nlp: Language, text: str, speaker: str, medium: str | None) -> None:
    q = quote_with(analyse(nlp, text), "sei" if " sei " in text else "gebe")
    assert mention(q) == speaker
    if medium is not None:
        assert q.medium == medium


def test_a_company_genitive_after_the_inverted_speaker_stays(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "„Wir sind bereit“, sagte ein Sprecher der Deutschen Bahn."), "bereit")
    assert mention(q) == "ein Sprecher der Deutschen Bahn"


def test_news_agency_named_in_lower_case_is_the_medium(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "Der Zug sei pünktlich, sagte ein Sprecher der Nachrichtenagentur dpa."), "Zug")
    assert q.medium == "Nachrichtenagentur dpa"


@pytest.mark.parametrize("text, name", [
    ("Der Präsident der Bundesbank Joachim Nagel warnte, die Inflation könnte hartnäckig bleiben.", "Joachim Nagel"),
    ("Der Chef der Deutschen Bank Christian Sewing sagte, die Zinsen würden sinken.", "Christian Sewing"),
])
def test_a_name_after_a_role_and_its_organisation_names_the_speaker(nlp: Language, text: str, name: str) -> None:
    q = analyse(nlp, text)[0]
    assert q.speaker.name == name


@pytest.mark.parametrize("text", ["Die Sprecherin der Kanzlerin Angela Merkel sagte, das sei falsch.",
                                  "Die Sprecherin von Angela Merkel sagte, das sei falsch."])
def test_a_name_after_a_role_in_the_genitive_is_not_the_speaker(nlp: Language, text: str) -> None:
    # the name belongs to the chancellor the spokeswoman works for
    q = analyse(nlp, text)[0]
    assert q.speaker.name != "Angela Merkel"


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Laut einem Bericht des „Spiegel“ plant die Regierung neue Schulden.", "einem Bericht des „Spiegel“", "Spiegel"),
    ("Wie der „Spiegel“ berichtet, plant die Regierung neue Schulden.", "der „Spiegel“", "Spiegel"),
])
def test_a_quoted_medium_name_belongs_to_the_source_phrase(nlp: Language, text: str, mention: str, name: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ["plant die Regierung neue Schulden"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == mention
    assert quotes[0].speaker.name == name


def test_a_speaker_label_after_the_so_of_a_frame_before_a_colon(nlp: Language) -> None:
    quotes = analyse(nlp, "So Innenministerin Nancy Faeser am Dienstag: „Wir handeln.“")
    assert quotes and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "Innenministerin Nancy Faeser" and quotes[0].speaker.name == "Nancy Faeser"
    # "So war es:" has a verb: no label
    assert analyse(nlp, "So war es: „Wir handeln.“")[0].speaker.mention is None


def test_a_short_quotation_opening_the_sentence_before_an_inverted_clause_is_its_subjects(nlp: Language) -> None:
    # "jubelte" is no reporting verb; the inverted clause after the quotation's comma still names who said it
    quotes = analyse(nlp, "„Wir haben es geschafft“, jubelte Trainerin Martina Voss-Tecklenburg nach dem Abpfiff.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„Wir haben es geschafft“")]
    assert mention(quotes[0]) == "Trainerin Martina Voss-Tecklenburg"


@pytest.mark.parametrize(("text", "source"), [
    ("Der Minister Peter Müller sagte, die Lage sei ernst. Im Jahresbericht der Behörde werden zahlreiche Mängel "
     "aufgeführt. In vielen Fällen habe die Polizei zu spät reagiert.", "Jahresbericht der Behörde"),
    ("Der Minister Peter Müller sagte, die Lage sei ernst. Die Konflikte werden im Bericht auf die Armut "
     "zurückgeführt. Folge der Kriege sei eine Militarisierung der Gesellschaft.", "Bericht"),
])
def test_a_document_read_from_in_the_sentence_before_is_the_source_of_the_next_report(
        nlp: Language, text: str, source: str) -> None:
    # the sentence between names the text the Konjunktiv I goes on reporting: the minister's statement has ended
    q = analyse(nlp, text)[-1]
    assert q.text.startswith(("In vielen Fällen", "Folge der Kriege"))
    assert mention(q) == source


def test_a_document_the_report_is_about_is_not_its_source(nlp: Language) -> None:
    text = ("Der Minister Peter Müller sagte, die Lage sei ernst. Im Jahresbericht werden zahlreiche Mängel "
            "aufgeführt. Die Behörde habe den Jahresbericht nur zur Kenntnis genommen.")
    q = quote_with(analyse(nlp, text), "zur Kenntnis")
    assert mention(q) == "Der Minister Peter Müller"


@pytest.mark.parametrize("text, content, speaker", [
    ("Der Präsident hatte um die Herausgabe gebeten; die Regierung sagte, eine solche Forderung könne nur vom "
     "Parlament gestellt werden.", "eine solche Forderung", "die Regierung"),
    ("Zuletzt hatte der Präsident um die Herausgabe gebeten; damals hatte Österreich mit der Begründung abgelehnt, "
     "eine solche Forderung könne nur vom Parlament gestellt werden.", "eine solche Forderung", "Österreich"),
    # the coordinated cue shares the subject of its own main clause, the one after the semicolon
    ("Der Präsident bat um Hilfe; die Regierung lehnte ab und erklärte, eine solche Forderung sei unmöglich.",
     "eine solche Forderung", "die Regierung"),
])
def test_a_semicolon_closes_the_main_clause_of_a_cue(nlp: Language, text: str, content: str, speaker: str) -> None:
    q = quote_with(analyse(nlp, text), content)
    assert mention(q) == speaker


def test_a_colon_after_a_cue_clause_announces_the_quotation(nlp: Language) -> None:
    # "hieß" after the quotation opens its own statement (its dass-clause): the quotation is Seibert's
    text = ("Regierungssprecher Steffen Seibert schrieb bei Twitter: „Das sind furchtbare Nachrichten aus Sankt "
            "Petersburg“, weiter hieß es, dass „unser Mitgefühl allen Betroffenen gelte“.")
    q = quote_with(analyse(nlp, text), "furchtbare Nachrichten")
    assert q.kind == "direct" and mention(q) == "Regierungssprecher Steffen Seibert"
    # a cue after the quotation that closes the sentence is still its cue: the statement is the document's
    text = ("Wagner bat den Papst um die Rücknahme: „Ich bin zu dem Entschluss gekommen, um die Rücknahme zu "
            "bitten“, heißt es in einer Erklärung.")
    assert mention(quote_with(analyse(nlp, text), "Entschluss")) == "einer Erklärung"


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Die Agentur zitierte einen Sprecher des Ministeriums mit den Worten: „Wir prüfen den Vorgang.“",
     "einen Sprecher des Ministeriums", None),
    ("Die Zeitung zitierte den Minister mit der Aussage, man prüfe den Vorgang.", "den Minister", "Minister"),
    ("Olaf Scholz besuchte am Montag die Fabrik. Die Agentur zitierte ihn mit den Worten: „Wir prüfen den Vorgang.“",
     "ihn", "Olaf Scholz"),
])
def test_the_object_of_zitierte_is_the_speaker_not_the_medium_quoting(nlp: Language, text: str, mention: str,
                                                                      name: str | None) -> None:
    # the subject before "zitierte" only passes the words on; the accusative object said them
    q = analyse(nlp, text)[-1]
    assert q.speaker.mention is not None and q.speaker.mention.text == mention
    if name is not None:
        assert q.speaker.name == name


def test_a_relative_clause_cue_in_the_subject_does_not_report_the_main_clause(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Polizei, die am Abend informierte, sagte, es habe keine Verletzten gegeben.")
    assert [q.text for q in quotes] == ["es habe keine Verletzten gegeben"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Die Polizei"
    assert quotes[0].cue is not None and quotes[0].cue.text == "sagte"


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("Wie es in dem Bericht heißt, sind die Kosten deutlich gestiegen.", "sind die Kosten deutlich gestiegen",
     "dem Bericht"),
    ("Die Kosten seien deutlich gestiegen, wie es aus Regierungskreisen hieß.", "Die Kosten seien deutlich gestiegen",
     "Regierungskreisen"),
])
def test_wie_es_in_a_document_heisst_names_the_source(nlp: Language, text: str, content: str, mention: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == mention


@pytest.mark.parametrize(("text", "name"), [
    ("Die Ministerin (CDU) sagte am Rande der Sitzung, sie rechne mit einer Einigung.", "Ministerin"),
    ("Der Landrat (parteilos) sagte, die Kosten seien zu hoch.", "Landrat"),
])
def test_a_party_in_brackets_after_a_role_is_not_the_speaker(nlp: Language, text: str, name: str) -> None:
    # the bracket says which party the person belongs to; the person speaks, not the party
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker.name == name
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text.endswith(")")


def test_a_surname_the_tagger_reads_as_a_determiner_before_an_adverb_speaks(nlp: Language) -> None:
    # in this context the tagger reads "Merz" as a determiner; a determiner stands before its noun, not an adverb
    quotes = analyse(nlp, "Die Union kritisierte den Plan. Merz dagegen sagte, man werde zustimmen.")
    assert [q.text for q in quotes] == ["man werde zustimmen"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Merz"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Der Autobauer gab am Montag seine Sparpläne bekannt. Bis 2027 sollen 3000 Stellen wegfallen.",
     "3000 Stellen", "Der Autobauer"),
    ("Der Hersteller gab die Preise für das neue Programm bekannt. So soll die Vollversion 200 Euro kosten.",
     "Vollversion", "Der Hersteller"),
])
def test_a_company_noun_subject_of_an_announcement_is_the_source_of_the_plan_after_it(
        nlp: Language, text: str, content: str, speaker: str) -> None:
    # "Hersteller", "Autobauer" (organisation_nouns.txt, also in compounds) name a company that speaks: the "soll"
    # sentence right after its announcement passes on what it announced
    q = quote_with(analyse(nlp, text), content)
    assert q.kind == "indirect" and mention(q) == speaker


@pytest.mark.parametrize("text, content, source, name", [
    ("Nach Angaben aus Sicherheitskreisen soll der Täter bereits bekannt gewesen sein.", "der Täter",
     "Angaben aus Sicherheitskreisen", "Sicherheitskreise"),
    ("Nach Informationen aus dem Innenministerium wurden 300 Beamte eingesetzt.", "300 Beamte",
     "Informationen aus dem Innenministerium", "Innenministerium"),
    ("Laut Angaben aus Justizkreisen sei die Anklage fertig.", "die Anklage", "Angaben aus Justizkreisen",
     "Justizkreise"),
])
def test_information_from_circles_names_the_circles(
        nlp: Language, text: str, content: str, source: str, name: str) -> None:
    # "Angaben aus X": the information came from X, which gave it; the source noun alone names no one (the name in
    # its base form: "Sicherheitskreise")
    q = quote_with(analyse(nlp, text), content)
    assert mention(q) == source
    assert q.speaker.name == name


def test_information_from_a_year_names_no_source_of_it(nlp: Language) -> None:
    # "aus dem Jahr 2005" says when the plans were made, not who made them
    text = "Nach Planungen aus dem Jahr 2005 wird die Rückkehr zum Mond 78 Milliarden Euro kosten."
    q = quote_with(analyse(nlp, text), "die Rückkehr")
    assert q.speaker.name != "Jahr"


@pytest.mark.parametrize("text, content, source", [
    ("Von Seiten der Stadt wurde betont, dass die Kosten gestiegen seien.", "die Kosten", "der Stadt"),
    ("Seitens des Ministeriums wurde mitgeteilt, die Zahlen seien vorläufig.", "die Zahlen", "des Ministeriums"),
    ("Vonseiten der Regierung hieß es, man werde die Vorwürfe prüfen.", "die Vorwürfe", "der Regierung"),
    ("Von Seiten der Opposition hieß es, der Plan sei unausgegoren.", "der Plan", "der Opposition"),
])
def test_the_side_named_by_seitens_is_the_speaker(nlp: Language, text: str, content: str, source: str) -> None:
    # "seitens X", "von Seiten X", "vonseiten X": the agent of a passive cue or of "hieß es" ("Seiten" only points)
    assert mention(quote_with(analyse(nlp, text), content)) == source


@pytest.mark.parametrize("text, content, speaker", [
    ("Der Konzern hat im dritten Quartal Verluste geschrieben. Dies teilte das Unternehmen am Dienstag mit.",
     "Der Konzern hat im dritten Quartal Verluste geschrieben.", "das Unternehmen"),
    ("Die Preise steigen weiter. Das sagte der Präsident der Bundesbank am Montag in Frankfurt.",
     "Die Preise steigen weiter.", "der Präsident der Bundesbank"),
])
def test_the_pointing_word_of_an_attribution_is_no_part_of_the_content(
        nlp: Language, text: str, content: str, speaker: str) -> None:
    # "Dies/Das" stands for the sentence before; what was said is that sentence alone
    q = quote_with(analyse(nlp, text), content.split()[1])
    assert q.text == content
    assert mention(q) == speaker


@pytest.mark.parametrize("text, cue, source", [
    ("Wie aus gut informierten Kreisen verlautete, werde der Vertrag verlängert.", "verlautete",
     "aus gut informierten Kreisen"),
    ("Aus informierten Kreisen hieß es, der Vertrag werde verlängert.", "hieß", "informierten Kreisen"),
])
def test_a_participle_inside_a_noun_phrase_is_no_cue(nlp: Language, text: str, cue: str, source: str) -> None:
    # "informierten" after a preposition and before its noun is an adjective, not the preterite of "informieren"
    q = quote_with(analyse(nlp, text), "der Vertrag")
    assert q.cue is not None and q.cue.text == cue
    assert mention(q) == source


def test_a_pointing_article_before_a_preterite_keeps_its_cue(nlp: Language) -> None:
    # "Das berichteten Mitarbeiter": the sentence-opening "Das" is a pronoun, "berichteten" the finite verb
    text = "In der Stadt sind erste Cholerafälle aufgetreten. Das berichteten Mitarbeiter des Hilfsdienstes."
    q = quote_with(analyse(nlp, text), "Cholerafälle")
    assert mention(q) == "Mitarbeiter des Hilfsdienstes"


def test_danach_after_a_sentence_passed_on_through_a_frame_is_temporal(nlp: Language) -> None:
    # the sentence before reports through "Nach Aussagen von …" but presents no text: "Danach" means "afterwards"
    quotes = analyse(nlp, "Nach Aussagen des Bürgermeisters drangen die Täter am Morgen in die Moschee ein. Danach "
                          "fingen sie an, das Innere der Moschee zu verwüsten.")
    assert not any("verwüsten" in q.text for q in quotes)


def test_danach_after_a_publication_is_its_source(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Großbank veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das "
                          "Geldinstitut Verluste in Höhe von 12 Milliarden Franken.")
    q = quote_with(quotes, "Verluste")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Danach"


@pytest.mark.parametrize(("text", "content", "speaker", "name"), [
    ("Ursula von der Leyen reiste nach Rom. „Wir handeln“, sagte von der Leyen.", "Wir handeln",
     "von der Leyen", "Ursula von der Leyen"),
    ("Ursula von der Leyen reiste nach Rom. Von der Leyen sagte, die EU werde handeln.", "die EU werde",
     "Von der Leyen", "Ursula von der Leyen"),
    ("Karl-Theodor zu Guttenberg war in Rom. Zu Guttenberg sagte, er trete zurück.", "er trete",
     "Zu Guttenberg", "Karl-Theodor zu Guttenberg"),
    ("Mohammed bin Salman reiste nach Rom. „Wir investieren“, sagte bin Salman.", "Wir investieren",
     "bin Salman", "Mohammed bin Salman"),
    ("Ursula von der Leyen reiste nach Rom. Laut von der Leyen ist die Lage ernst.", "die Lage ernst",
     "von der Leyen", "Ursula von der Leyen"),
    ("Ursula von der Leyen und Olaf Scholz trafen sich. Von der Leyen und Scholz erklärten, man sei einig.",
     "man sei einig", "Von der Leyen und Scholz", "Ursula von der Leyen und Olaf Scholz"),
])
def test_a_person_named_from_the_particle_on_speaks(nlp: Language, text: str, content: str, speaker: str,
                                                    name: str) -> None:
    # the particle reads as a preposition ("von", "zu") or no noun, but the entity layer found the person's name
    q = quote_with(analyse(nlp, text), content)
    assert mention(q) == speaker
    assert q.speaker.name == name


def test_von_der_before_a_common_noun_stays_a_prepositional_phrase(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "„Wir ermitteln“, hieß es von der Polizei."), "Wir ermitteln")
    assert mention(q) in {None, "der Polizei"}  # never a person "von der Polizei"


def test_two_coordinated_persons_are_named_together(nlp: Language) -> None:
    text = ("Angela Merkel traf Emmanuel Macron. Merkel und Macron betonten, Europa müsse zusammenstehen. "
            "Sie forderten, man müsse handeln.")
    quotes = analyse(nlp, text)
    first = quote_with(quotes, "Europa müsse")
    assert mention(first) == "Merkel und Macron"
    assert first.speaker.name == "Angela Merkel und Emmanuel Macron"
    assert first.speaker.entity is None  # no single entity: exports find both persons by their mentions
    assert quote_with(quotes, "man müsse").speaker.name == "Angela Merkel und Emmanuel Macron"


def test_a_role_and_a_person_are_no_coordinated_pair(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "Die SPD und die Grünen erklärten, die Regierung stehe."), "Regierung stehe")
    assert q.speaker.name != "SPD und Grünen" and mention(q) == "Die SPD und die Grünen"


@pytest.mark.parametrize(("text", "medium"), [
    ("„Das ist falsch“, sagte Scholz im Deutschlandfunk.", "Deutschlandfunk"),
    ("Scholz sagte in den „Tagesthemen“, die Lage sei ernst.", "Tagesthemen"),
    ("Die Lage sei ernst, sagte Scholz im ARD-„Morgenmagazin“.", "Morgenmagazin"),
    ("Scholz sagte bei „Maischberger“, die Lage sei ernst.", "Maischberger"),
    ("Die Lage sei ernst, sagte Scholz im Gespräch mit dem Deutschlandfunk.", "Deutschlandfunk (Interview)"),
])
def test_the_programme_or_broadcaster_spoken_in_is_the_medium(nlp: Language, text: str, medium: str) -> None:
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].medium == medium


def test_two_persons_after_a_plural_saying_verb_are_both_the_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "„Wir stehen zusammen“, sagten Scholz und Habeck.")
    assert mention(quotes[0]) == "Scholz und Habeck" and quotes[0].speaker.name == "Scholz und Habeck"


def test_a_name_after_a_singular_saying_verb_is_not_joined_to_the_next_name(nlp: Language) -> None:
    quotes = analyse(nlp, "„Wir handeln“, sagte Scholz und Habeck nickte.")
    assert mention(quotes[0]) == "Scholz"


def test_a_decision_with_konjunktiv_content_is_reported_but_the_adverb_entschieden_is_no_cue(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "Das Gericht entschied, die Klage sei unzulässig."), "Klage")
    assert q.kind == "indirect" and mention(q) == "Das Gericht"
    # "entschieden" is also an adverb ("decidedly"): it reports nothing
    quotes = analyse(nlp, "Der Minister trat dem entschieden entgegen, die Vorwürfe seien haltlos.")
    assert all(q.cue is None or q.cue.text != "entschieden" for q in quotes)


def test_a_singular_pronoun_after_a_pair_names_the_member_its_gender_fits(nlp: Language) -> None:
    text = ("Angela Merkel traf Emmanuel Macron. Merkel und Macron betonten, man sei einig. "
            "Sie sagte später, sie sei zufrieden.")
    quotes = analyse(nlp, text)
    assert quote_with(quotes, "einig").speaker.name == "Angela Merkel und Emmanuel Macron"
    assert "Merkel" in (quote_with(quotes, "zufrieden").speaker.name or "")


def test_a_pair_at_the_end_of_a_longer_list_is_no_pair_speaker(nlp: Language) -> None:
    q = quote_with(analyse(nlp, "Scholz, Habeck und Lindner erklärten, man sei einig."), "einig")
    assert q.speaker.name != "Habeck und Lindner" and "Robert Habeck und" not in (q.speaker.name or "")


@pytest.mark.parametrize(("text", "content"), [
    ("Er bestätigte die Änderungen im „Heizungsgesetz“, die Regeln seien zu streng.", "Regeln"),
    ("„Wir handeln“, sagte Scholz im Gespräch mit Journalisten.", "handeln"),
])
def test_an_object_or_an_audience_is_no_medium(nlp: Language, text: str, content: str) -> None:
    assert quote_with(analyse(nlp, text), content).medium is None


def test_a_quoted_law_after_gemaess_is_a_norm(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Steuer wird gemäß dem „Wachstumschancengesetz“ berechnet, das sei neu.")
    assert all("Wachstumschancengesetz" not in (q.speaker.name or "") for q in quotes)
    assert not any(q.text == "„Wachstumschancengesetz“" for q in quotes)


def test_a_nominalised_age_refers_back_to_the_person_the_sentence_before_is_about(nlp: Language) -> None:
    # "der 52-Jährige": a capital after the hyphen spells a noun (the phrase's head), and its article tells the gender
    quotes = analyse(nlp, "Anna Berg sagte, man sei bereit. Firmeninhaber Recep Yıldız stand vor den Trümmern. "
                          "„In einer Nacht ist alles weg“, sagte der 52-Jährige.")
    q = quote_with(quotes, "Nacht")
    assert mention(q) == "der 52-Jährige" and q.speaker.name == "Recep Yıldız"


def test_a_role_noun_refers_to_the_person_just_introduced_not_the_earlier_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "Bundesaußenministerin Katrin Albers sagte, man sei bereit. Die Sondergesandte Okonjo zeigte "
                          "sich vorsichtig optimistisch. „Ich habe heute Bewegung gesehen“, sagte die Diplomatin.")
    assert quote_with(quotes, "Bewegung").speaker.name == "Okonjo"


@pytest.mark.parametrize(("text", "medium"), [
    ("„Die Last ist groß“, sagte die Dezernentin dem Stadtboten.", "Stadtboten"),
    ("Die Dezernentin sagte der Mittelland-Rundschau, die Stadt habe Bedarf angemeldet.", "Mittelland-Rundschau"),
    ("Er habe gesprochen, sagte er am Freitagabend dem Radiosender Bremen Eins.", "Radiosender Bremen Eins"),
    ("In einem Gespräch mit dem Deutschlandfunk sagte die Professorin, sie rechne mit Wachstum.",
     "Deutschlandfunk (Interview)"),
])
def test_a_paper_named_by_its_compound_head_or_a_station_spoken_to_is_the_medium(nlp: Language, text: str,
                                                                                   medium: str) -> None:
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].medium == medium


def test_a_body_noun_refers_back_to_the_body_introduced_by_that_noun_and_its_name(nlp: Language) -> None:
    # the recogniser may miss "Pro Schiene"; the phrase "Der Fahrgastverband Pro Schiene" names who "der Verband" is
    quotes = analyse(nlp, "Der Fahrgastverband Pro Schiene kritisierte beide Seiten. Die Leidtragenden seien die "
                          "Pendler, teilte der Verband mit.")
    q = quote_with(quotes, "Leidtragenden")
    assert mention(q) == "der Verband" and q.speaker.name == "Fahrgastverband Pro Schiene"


@pytest.mark.parametrize(("text", "name"), [
    ("Nach Angaben der Bundesagentur für Arbeit stieg die Zahl der Arbeitslosen auf 31.400.",
     "Bundesagentur für Arbeit"),
    ("Nach Angaben der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) sollen zunächst 240 Beobachter "
     "entsandt werden.", "Organisation für Sicherheit und Zusammenarbeit in Europa"),
])
def test_a_body_named_by_its_noun_and_a_fuer_phrase_is_the_source(nlp: Language, text: str, name: str) -> None:
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("In einer Erklärung der Bundesregierung hieß es, man verurteile den Angriff.", "Bundesregierung"),
    ("In einem Schreiben des Ministeriums heißt es, die Frist sei abgelaufen.", "Ministerium"),
    ("Man sei „zutiefst besorgt“, hieß es in einer Mitteilung des Auswärtigen Amts.", "Auswärtiges Amt"),
    # people around the minister are not the minister; a meeting, an interview, a part of a text: not issued by the
    # holder
    ("Aus dem Umfeld des Ministers hieß es, eine Einigung sei nah.", "Umfeld des Ministers"),
    ("In einem Interview der Süddeutschen Zeitung hieß es, man sei bereit.",
     "ein Interview der Süddeutschen Zeitung"),
    ("Die Konferenz der Innenminister erklärte, man sei bereit.", "Konferenz der Innenminister"),
    ("In der Begründung des Urteils heißt es, die Klage sei unzulässig.", "Begründung des Urteils"),
])
def test_a_text_named_with_its_holder_is_the_holders_statement(nlp: Language, text: str, name: str) -> None:
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nach Angaben der Polizeidirektion Hannover wurden drei Menschen verletzt.", "Polizeidirektion Hannover"),
        ("Die Regierung Guatemalas erklärte, man werde den Opfern helfen.", "Regierung Guatemalas"),
        ("Der Präsident Indonesiens, Susilo Bambang Yudhoyono, sagte, man werde den Opfern helfen.",
         "Susilo Bambang Yudhoyono"),
    ],
)
def test_a_place_after_the_speakers_noun_is_no_speaker(nlp: Language, text: str, name: str) -> None:
    # the place says where or whose the speaker is; the directorate, the government, the president speak
    (q,) = analyse(nlp, text)
    assert q.speaker.name == name
    if name == "Susilo Bambang Yudhoyono":
        assert q.speaker.entity is not None  # the apposition's person, not Indonesia
    else:
        assert q.speaker.entity is None


def test_a_place_after_the_noun_of_its_own_kind_is_the_speaker(nlp: Language) -> None:
    (q,) = analyse(nlp, "Die Stadt Nürnberg teilte mit, die Straße bleibe bis Montag gesperrt.")
    assert q.speaker.entity is not None and q.speaker.name == "Nürnberg"


def test_a_person_named_in_the_genitive_before_a_role_noun_is_not_the_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "Angela Merkel reiste nach Paris. Merkels Sprecher sagte, die Gespräche seien gut verlaufen.")
    q = quote_with(quotes, "Gespräche")
    assert q.speaker.name == "Merkels Sprecher" and q.speaker.entity is None
    # with the spokesman's own name, he is named
    quotes = analyse(nlp, "Angela Merkel reiste nach Paris. Merkels Sprecher Steffen Seibert sagte, die Gespräche "
                          "seien gut verlaufen.")
    assert quote_with(quotes, "Gespräche").speaker.name == "Steffen Seibert"



def test_a_body_noun_refers_back_to_the_body_a_compound_of_it_introduced(nlp: Language) -> None:
    text = ("Die Umweltschutzorganisation WWF gab in einer Pressemitteilung bekannt, dass sie den Beschluss "
            "akzeptiere. "
            "Der Beschluss ist laut WWF mit Experten getroffen worden. Die Umweltschutzorganisation hofft jedoch, "
            "dass es noch gelingt, den Bären einzufangen.")
    q = quote_with(analyse(nlp, text), "Bären")
    assert q.speaker.name == "WWF" and q.speaker.entity is not None


@pytest.mark.parametrize(("text", "name"), [
    # a body with a place-kind noun after an adjective, or a compound of "kreis", speaks for itself
    ("Die Jüdische Gemeinde Berlin erklärte, man sei besorgt.", "Jüdische Gemeinde Berlin"),
    ("Der Arbeitskreis Berlin erklärte, man sei besorgt.", "Arbeitskreis Berlin"),
    # the place's own kind right after the article: the place itself
    ("Die Hansestadt Hamburg teilte mit, die Straße sei gesperrt.", "Hamburg"),
    # a body the recogniser tagged before the place
    ("Die Bundesregierung Österreichs erklärte, man sei besorgt.", "Bundesregierung Österreichs"),
])
def test_a_place_kind_is_a_whole_noun_right_after_the_article(nlp: Language, text: str, name: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.name == name


def test_a_role_noun_prefers_the_speaker_with_that_noun_over_a_compound(nlp: Language) -> None:
    quotes = analyse(nlp, "US-Präsident Joe Biden sagte, man sei bereit. Ministerpräsident Markus Söder sagte, Bayern "
                          "helfe. Der Präsident erklärte, es gebe Hoffnung.")
    assert quotes[-1].speaker.name == "Joe Biden"


@pytest.mark.parametrize(("text", "name"), [
    # a genitive name of two words before the role noun names whose spokesman, not the spokesman
    ("Angela Merkels Sprecher sagte, die Lage sei ernst.", "Angela Merkels Sprecher"),
    ("Wladimir Putins Sprecher Dmitri Peskow sagte, Russland sei bereit.", "Dmitri Peskow"),
])
def test_a_genitive_name_of_several_words_before_a_role_is_not_the_speaker(nlp: Language, text: str,
                                                                           name: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Nach Polizeiangaben wurde niemand verletzt.", "Polizei"),
    ("Nach Senatsangaben waren es 500.", "Senat"),
    ("Nach dpa-Informationen soll der Minister zurücktreten.", "dpa"),
    # a compound of a noun that names no holder, or circles around one
    ("Aus Regierungskreisen hieß es, eine Einigung sei nah.", "Regierungskreise"),
])
def test_a_compound_source_noun_names_its_holder_first(nlp: Language, text: str, name: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    # two coordinated nouns after a body's head noun name its field: the name is not cut at "und"
    ("Nach Angaben des Instituts Arbeit und Technik sei die Lage stabil.", "Institut Arbeit und Technik"),
    ("Laut der Stiftung Wissenschaft und Politik ist die Lage ernst.", "Stiftung Wissenschaft und Politik"),
    # a second body after "und" is a second speaker, not part of the name
    ("Laut Polizei und Feuerwehr ist niemand verletzt.", "Polizei"),
])
def test_a_name_with_coordinated_nouns_after_its_head_is_kept_whole(nlp: Language, text: str, name: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Peking erklärte, man werde nicht nachgeben.", "Peking"),
    ("Karlsruhe verkündete, das Gesetz sei verfassungswidrig.", "Karlsruhe"),
    ("Wie Moskau mitteilte, würden die Truppen abgezogen.", "Moskau"),
    ("Auch Paris betonte, man stehe an der Seite der Ukraine.", "Paris"),
])
def test_a_place_standing_for_its_government_or_court_is_the_speaker(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    (q,) = doc._.quotes
    entity = next(e for e in doc._.entities if e.id == q.speaker.entity)
    assert (q.speaker.name, entity.type) == (name, "LOC")


@pytest.mark.parametrize(("text", "name"), [
    # the holder of a source noun in the genitive singular, named in the nominative
    ("Nach Worten des Bundestagsabgeordneten sei die Lage stabil.", "Bundestagsabgeordneter"),
    ("Nach Aussage eines Polizisten sei niemand verletzt worden.", "ein Polizist"),
    ("Nach Einschätzung des Ökonomen sei die Rezession vorbei.", "Ökonom"),
    ("Nach Aussagen eines Mitarbeiters des Roten Kreuzes sei die Lage ruhig.", "ein Mitarbeiter des Roten Kreuzes"),
    ("Nach Angaben einer russischen Quelle sei der Sprengsatz präpariert gewesen.", "eine russische Quelle"),
    ("Laut diesem Zeugen hat es keine Kämpfe gegeben.", "dieser Zeuge"),
    # an adjective used as a noun takes the strong ending without its article
    ("Der Abgeordnete sagte, die Lage sei stabil.", "Abgeordneter"),
])
def test_a_source_holder_named_in_an_oblique_case_gets_its_base_form(nlp: Language, text: str, name: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.speaker.name == name

@pytest.mark.parametrize("text", [
    # the clause before the Konjunktiv-I clause names what is reported (a current of opinion), not who reports it
    "Der Stadtrat stimmte am Montag über den Haushalt ab. Allerdings gibt es in der Partei auch eine gegenläufige "
    "Strömung, die davon ausgeht, der Bürgermeister solle zurücktreten. So sei es sinnvoller, die Wahl zu verschieben.",
    # a person's act ("der Rücktritt des Vorstandsvorsitzenden") is no source, though a role noun is in the phrase
    "Der Aufsichtsrat hat am Freitag entschieden. Eine Folge dieses Beschlusses ist der Rücktritt des langjährigen "
    "Vorstandsvorsitzenden. Bis zum Jahr 2025 soll die Fusion der beiden Unternehmen abgeschlossen sein.",
    # an event noun (non_speaker_nouns.tsv) as the subject of "droht" performs no speech act
    "Der Konzern hat die Firma vor einigen Monaten übernommen. Nun droht ein Streik. Der Lohn der Arbeiter liege "
    "derzeit deutlich unter dem Tariflohn.",
])
def test_a_thing_or_event_is_no_speaker_of_a_cueless_report(nlp: Language, text: str) -> None:
    quotes = analyse(nlp, text)
    assert quotes
    assert all(q.speaker.mention is None for q in quotes)


def test_a_cueless_report_after_an_event_sentence_goes_on_with_the_speaker_before(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Gewerkschaft hat die Firma kritisiert. Nun droht ein Streik. Der Lohn der Arbeiter "
                          "liege derzeit deutlich unter dem Tariflohn.")
    assert [q.speaker.name for q in quotes] == ["Gewerkschaft"]


@pytest.mark.parametrize(("text", "name"), [
    # a quoted word as the object of a passive speech act: the agent or the document, not what was called so
    ("Die Vorkehrungen wurden von der Polizei als „angemessen“ bezeichnet. Mehrere Tausend Beamte seien im Einsatz "
     "gewesen.", "Polizei"),
    ("In einem Bericht der Zeitung werden die Vorkehrungen als „extrem“ bezeichnet. Mehrere Tausend Beamte seien im "
     "Einsatz gewesen.", "Zeitung"),
])
def test_a_passive_speech_act_with_a_quoted_object_names_its_agent(nlp: Language, text: str, name: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.speaker.name for q in quotes] == [name, name]


def test_a_passive_speech_act_without_agent_has_no_speaker(nlp: Language) -> None:
    (q,) = analyse(nlp, "Die Rauchschwaden, die als „nebelartig“ beschrieben wurden, weisen einen starken Geruch auf.")
    assert q.speaker.mention is None


@pytest.mark.parametrize(("text", "speaker"), [
    # a quoted phrase inside the clause does not end it: "hat … bezeichnet" is a perfect, "Der Minister" its subject
    ("Der Minister hat die Pläne als „Wortbruch“ bezeichnet.", "Der Minister"),
    # a fronted "als" phrase before the quotation opens no subordinate clause
    ("Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund.",
     "die Archäologin Montserrat Sanz"),
])
def test_a_quoted_phrase_inside_the_cue_clause_keeps_its_subject(nlp: Language, text: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.speaker.mention.text if q.speaker.mention else None for q in quotes] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a form of "werden" makes no passive without a participle cue in the same conjunct: the subject speaks
    ("Die Ministerin wurde deutlich und nannte die Pläne einen „Wortbruch“.", "Die Ministerin"),
    ("Die Opposition wird das Gesetz als „Skandal“ bezeichnen.", "Die Opposition"),
    ("Der Minister wurde 70 und hat die Pläne als „Wortbruch“ bezeichnet.", "Der Minister"),
    # a real passive names its agent; an "und" between noun phrases opens no new conjunct
    ("Die Pläne wurden vom Kanzler und der Ministerin als „Wortbruch“ bezeichnet.", "Kanzler"),
])
def test_a_quoted_object_of_an_active_speech_act_keeps_its_subject(nlp: Language, text: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.speaker.mention.text if q.speaker.mention else None for q in quotes] == [speaker]


@pytest.mark.parametrize("text", [
    "Angesichts von Berichten, die Armee rücke vor, wächst die Sorge, die Stadt könne fallen.",
    "Der Streik der Lokführer dauert an. Die Bahn müsse nun einlenken.",
])
def test_a_feeling_or_event_is_no_speaker_of_the_clause_after_it(nlp: Language, text: str) -> None:
    names = [q.speaker.name for q in analyse(nlp, text)]
    assert names and not any(name and ("Sorge" in name or "Streik" in name) for name in names)
    assert all(not (q.speaker.mention and q.speaker.mention.text.startswith("von ")) for q in analyse(nlp, text))


@pytest.mark.parametrize(("text", "name"), [
    # a relative pronoun after a source frame names the phrase it refers to; the mention stays the pronoun
    ("Die Polizei legte einen Bericht vor, laut dem der Fahrer zu schnell gewesen sei.", "Bericht"),
    ("Er berief sich auf den Sprecher Kevin Kühnert, laut dem die Partei geschlossen sei.", "Kevin Kühnert"),
    ("Es gibt eine Studie, der zufolge die Zahl gestiegen sei.", "Studie"),
])
def test_a_relative_pronoun_after_a_source_frame_names_its_antecedent(nlp: Language, text: str, name: str) -> None:
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text in {"dem", "der"} and quotes[0].speaker.name == name
