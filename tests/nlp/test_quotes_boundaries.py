"""Where an indirect quotation starts and ends (lagebild_quotes): clause boundaries, interposed cues and frames."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_quotes import analyse


def texts(nlp: Language, text: str, kind: str | None = None) -> list[str]:
    return [q.text for q in analyse(nlp, text) if kind is None or q.kind == kind]


def test_verb_inside_a_dass_clause_cues_nothing_before_it(nlp: Language) -> None:
    # "befürchtet" belongs to the dass-clause: the subjunctive sentence is one quote, not content of "befürchtet"
    quotes = analyse(nlp, "Die Botschaft rief zur Vorsicht auf. Grund dafür sei, dass die USA einen Anschlag "
                          "befürchten.")
    assert quotes[-1].text == "Grund dafür sei, dass die USA einen Anschlag befürchten."
    assert quotes[-1].cue is None


def test_semicolon_ends_reported_content_when_the_author_resumes(nlp: Language) -> None:
    assert texts(nlp, "Die Regierung beschuldigte die Miliz, die Anschläge verübt zu haben; diese bekannte sich "
                      "jedoch nie dazu.") == ["die Anschläge verübt zu haben"]


def test_only_the_subjunctive_clauses_of_a_sentence_continue_a_statement(nlp: Language) -> None:
    found = texts(nlp, "Der Anwalt sagte, seine Mandantin sei unschuldig. Die Vorwürfe wurden zurückgenommen; die "
                       "Zeuginnen hätten nichts bestätigt.")
    assert found[-1] == "die Zeuginnen hätten nichts bestätigt."


def test_frame_in_a_relative_clause_attributes_only_that_clause(nlp: Language) -> None:
    quotes = analyse(nlp, "Ziel der Bewegung ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht die "
                          "Macht innehat.")
    assert [q.text for q in quotes] == ["die ihrer Meinung nach zu Unrecht die Macht innehat"]


def test_frame_in_a_relative_clause_of_reported_speech_keeps_the_whole_sentence(nlp: Language) -> None:
    text = "Die Männer hätten Gewehre getragen, was dem Zeugen zufolge üblich sei."
    assert texts(nlp, text) == [text[:-1]]


def test_interposed_so_frame_joins_both_halves_of_the_sentence(nlp: Language) -> None:
    quotes = analyse(nlp, "Doch sei es, so der Schriftsteller Musa Okwanga in einem Blogeintrag, ein Haufen mächtiger "
                          "Leute gewesen, der Kony gewähren lassen habe.")
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Doch sei es, so der Schriftsteller")
    assert quotes[0].text.endswith("gewähren lassen habe")
    assert quotes[0].speaker.mention is not None and "Musa Okwanga" in quotes[0].speaker.mention.text


def test_interposed_cue_joins_both_halves_but_not_a_dass_clause(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Kritik sei berechtigt, sagte Grimm, die Regierung habe die Lage unterschätzt.")
    assert [q.text for q in quotes] == ["Die Kritik sei berechtigt, sagte Grimm, die Regierung habe die Lage "
                                        "unterschätzt"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Grimm"
    # a dass-clause after the cue is that cue's own content; the clause before stays apart
    quotes = analyse(nlp, "Auf den Vorwurf, es handele sich um Zwang, entgegnete die Stadt, dass alle beteiligt seien.")
    assert "dass alle beteiligt seien" in [q.text for q in quotes]


def test_quoted_name_after_an_article_is_no_quotation(nlp: Language) -> None:
    quotes = analyse(nlp, "Bill Keller, der Chefredakteur der „New York Times“, bekräftigt den Bericht.")
    assert only_direct(quotes) == []
    quotes = analyse(nlp, "Er bezeichnete die Reise in einem Interview mit dem „Deutschlandfunk“ als hilfreich.")
    assert only_direct(quotes) == []


def only_direct(quotes: list) -> list[str]:  # type: ignore[type-arg]
    return [q.text for q in quotes if q.kind == "direct"]


def test_new_cue_verbs_report_their_content(nlp: Language) -> None:
    assert texts(nlp, "Wie eine Studie ergab, trinken viele Kinder regelmäßig Alkohol.") == \
        ["trinken viele Kinder regelmäßig Alkohol"]
    assert texts(nlp, "Der Verband hält es für möglich, dass der Rekord noch fällt.") == \
        ["dass der Rekord noch fällt"]
    assert texts(nlp, "Die Grünen prangerten an, dass die Lehrer als Hilfssheriffs dienten.") == \
        ["dass die Lehrer als Hilfssheriffs dienten"]


def test_laut_with_a_quoted_or_lower_case_source(nlp: Language) -> None:
    quotes = analyse(nlp, "Laut „tagesschau.de“ gehören auch Posten zu den Forderungen.")
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == \
        [("gehören auch Posten zu den Forderungen", "„tagesschau.de“")]
    quotes = analyse(nlp, "Bei Gewaltverbrechen gibt es aber laut ai-Bericht eine hohe Dunkelziffer.")
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "ai-Bericht"
    # the adverb "laut" before a quotation is no source frame
    assert [q.kind for q in analyse(nlp, "Sie rief laut „Hilfe!“ und lief weg.")] == ["direct"]


def test_nach_with_a_study_or_figures_as_source(nlp: Language) -> None:
    quotes = analyse(nlp, "Nach Zahlen des Statistischen Bundesamts stieg die Zahl der Geburten.")
    assert [q.text for q in quotes] == ["stieg die Zahl der Geburten"]
    mention = quotes[0].speaker.mention
    assert mention is not None and mention.text == "Zahlen des Statistischen Bundesamts"


def test_cue_after_the_content_with_a_pointing_pronoun_or_impersonal_es(nlp: Language) -> None:
    quotes = analyse(nlp, "Seit dem 19. Juni ist die Hauptkamera ausgefallen, das teilte das Institut mit.")
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == \
        [("Seit dem 19. Juni ist die Hauptkamera ausgefallen", "das Institut")]
    quotes = analyse(nlp, "Drei Viertel dieser Todesfälle entfallen auf Südasien, heißt es.")
    assert [(q.text, q.speaker.mention) for q in quotes] == [("Drei Viertel dieser Todesfälle entfallen auf Südasien",
                                                             None)]


def test_compound_and_genitive_sources_after_nach(nlp: Language) -> None:
    found = [(q.text, q.speaker.mention.text if q.speaker.mention else None)
             for q in analyse(nlp, "Nach UNHCR-Angaben sind 35.000 Menschen eingeschlossen. Nach Grupps Meinung werden "
                                   "Fehler gemacht. Nach Hamburgs Sieg jubelten die Fans.")]
    assert found == [("sind 35.000 Menschen eingeschlossen", "UNHCR-Angaben"),
                     ("werden Fehler gemacht", "Grupps Meinung")]


def test_attitude_predicates_report_their_dass_clause(nlp: Language) -> None:
    assert texts(nlp, "Ramelow zeigte sich optimistisch, dass ein Auftritt erreicht werden kann.") == \
        ["dass ein Auftritt erreicht werden kann"]
    assert texts(nlp, "Beobachter halten es für unwahrscheinlich, dass das Gericht die Entscheidung kassiert.") == \
        ["dass das Gericht die Entscheidung kassiert"]
    assert texts(nlp, "Sie zeigte sich am Montag in Berlin.") == []


def test_indirect_question_without_subjunctive_is_no_report(nlp: Language) -> None:
    assert texts(nlp, "Der Ermittlungsrichter entscheidet, ob Untersuchungshaft angeordnet wird.") == []


def test_conditional_konjunktiv_ii_after_a_statement_is_the_articles_own(nlp: Language) -> None:
    found = texts(nlp, "Der Forscher sagte, der Test sei gelungen. Verläuft der nächste Test erfolgreich, würde ein "
                       "Testflug folgen.")
    assert found == ["der Test sei gelungen"]
    found = texts(nlp, "Der Forscher sagte, der Test sei gelungen. Ein Testflug würde bald folgen.")
    assert found == ["der Test sei gelungen", "Ein Testflug würde bald folgen."]


def test_interrupted_direct_quotation_is_one_statement(nlp: Language) -> None:
    quotes = analyse(nlp, "„Wir haben keine Zeit mehr“, sagte Merkel, „die Lage ist ernst.“ Danach ging sie.")
    assert [q.text for q in quotes] == ["„Wir haben keine Zeit mehr“", "„die Lage ist ernst.“"]
    assert quotes[0].statement == quotes[1].statement
    assert [q.speaker.mention.text if q.speaker.mention else None for q in quotes] == ["Merkel", "Merkel"]


def test_relative_clause_before_an_inverted_cue_is_no_reported_part(nlp: Language) -> None:
    text = "In einer Videobotschaft, die in der Nacht eingespielt wurde, sagte Thaksin, man werde kämpfen."
    assert texts(nlp, text) == ["man werde kämpfen"]


def test_reporting_clause_in_konjunktiv_i_is_part_of_the_quote(nlp: Language) -> None:
    found = texts(nlp, "Der Minister sagte, die Gebühren seien gerecht. Ferner habe die Studie festgestellt, dass kaum "
                       "jemand abwandere.")
    assert found[-1] == "Ferner habe die Studie festgestellt, dass kaum jemand abwandere"


def test_unter_berufung_auf_beside_a_cue_names_the_cues_source(nlp: Language) -> None:
    quotes = analyse(nlp, "Im Trinkwasser wurden Spuren von Iod gefunden. Das berichtet die Nachrichtenagentur Kyodo "
                          "unter Berufung auf einen Vertreter des Ministeriums.")
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == \
        [("Im Trinkwasser wurden Spuren von Iod gefunden.", "die Nachrichtenagentur Kyodo")]


def test_nouns_mistagged_as_subjunctive_verbs_continue_no_statement(nlp: Language) -> None:
    found = texts(nlp, "Der Arzt sagte, die Lage sei ernst. Symptome des Fiebers sind starke Kopfschmerzen. Versuche "
                       "des Piloten scheiterten.")
    assert found == ["die Lage sei ernst"]
    # a demonstrative "das" before the verb stays a subject
    assert texts(nlp, "Er sagte, das Urteil sei gerecht. Das sei eine Schande für alle.")[-1] == \
        "Das sei eine Schande für alle."


def test_conditional_opened_by_an_auxiliary_before_a_name_is_no_continuation(nlp: Language) -> None:
    assert texts(nlp, "Der Minister sagte, die Lage sei ernst. Hätte Merkel früher gehandelt, wäre alles besser "
                      "gewesen.") == ["die Lage sei ernst"]


def test_ruling_out_without_content_is_no_reported_speech(nlp: Language) -> None:
    assert texts(nlp, "Steuererhöhungen schloss die Sprecherin des Ministeriums nicht aus.") == []


def test_zu_infinitive_content_ends_where_the_main_clause_resumes(nlp: Language) -> None:
    text = ("Wenn weitere Abgeordnete dem Beispiel des Abgeordneten Athanassiadis folgen, der erklärt hat, gegen das "
            "Sparpaket stimmen zu wollen, könnte es eng werden.")
    assert texts(nlp, text, "indirect") == ["gegen das Sparpaket stimmen zu wollen"]


def test_zu_infinitive_content_ends_before_the_authors_comment(nlp: Language) -> None:
    text = ("Die Resolution forderte, genaue Informationen über dieses Thema zu sammeln, wobei diese Aufgabe beim "
            "Generalsekretär angesiedelt wurde.")
    assert texts(nlp, text) == ["genaue Informationen über dieses Thema zu sammeln"]


def test_adverbial_clause_before_an_inverted_verb_is_no_content(nlp: Language) -> None:
    # the fronted "Obwohl/Da …" clause is a condition of the act, not what was said or asked
    assert texts(nlp, "Die Polizei fand das Handy bei ihm. Obwohl die Täterbeschreibung auf ihn zutrifft, bestritt "
                      "er jede Beteiligung.") == []
    assert texts(nlp, "Da er noch nie eine Krawatte gebunden hatte, bat er die Beamten um Hilfe.") == []
    # a reported clause before an inverted cue stays one
    assert texts(nlp, "Die Lage sei ernst, sagte Grimm.") == ["Die Lage sei ernst"]


def test_cue_in_a_fronted_adverbial_clause_reports_no_main_clause(nlp: Language) -> None:
    # after "Sollte/Wenn … <cue>," the main clause begins with its finite verb: the author's statement
    assert texts(nlp, "Sollte sich der Verdacht bestätigen, geschieht der Anschlag zu einer Zeit, in der viele "
                      "Urlauber auf der Insel sind.") == []
    assert texts(nlp, "Wenn der Antrag angenommen wird, könnte die Seite bald wieder online gehen.") == []
    # the cue's own content after the comma is still reported
    assert texts(nlp, "Während Shakira erklärte, wahnsinnig aufgeregt zu sein, schwieg ihre Kollegin.") == \
        ["wahnsinnig aufgeregt zu sein"]


def test_modal_konjunktiv_ii_after_a_statement_is_the_articles_own_estimate(nlp: Language) -> None:
    assert texts(nlp, "Der Minister sagte, die Regierung werde die Lage prüfen. Diese könnte möglicherweise "
                      "Sanktionen gegen das Land beschließen.") == ["die Regierung werde die Lage prüfen"]
    assert texts(nlp, "Der Minister sagte, die Regierung werde die Lage prüfen. Die Zahl der Opfer dürfte weiter "
                      "steigen.") == ["die Regierung werde die Lage prüfen"]
    # the plural "könnten" and "hätten" stand in for a Konjunktiv I and continue the statement
    assert texts(nlp, "Der Minister sagte, die Regierung werde die Lage prüfen. Die Gespräche könnten sich noch "
                      "verzögern.")[-1] == "Die Gespräche könnten sich noch verzögern."
    found = texts(nlp, "Der Minister sagte, die Regierung werde die Lage prüfen. Die Gespräche hätten sich auch auf "
                       "die Wirtschaft ausgewirkt.")
    assert found[-1] == "Die Gespräche hätten sich auch auf die Wirtschaft ausgewirkt."


def test_offenbar_is_the_authors_inference_not_a_source(nlp: Language) -> None:
    assert texts(nlp, "Die Ermittler fanden mehrere Briefe. Offenbar war ein Erbschaftsstreit Auslöser der Tat.") == []


def test_so_opening_a_clause_of_its_own_is_no_frame(nlp: Language) -> None:
    assert texts(nlp, "Im Fahrerlager konnte man die Mechaniker beobachten, so mancher Reifen wurde gewechselt.") == []
    assert texts(nlp, "Die Lage sei ernst, so der Minister am Montag in Berlin.") == ["Die Lage sei ernst"]


def test_wie_clause_that_gives_a_name_attributes_nothing(nlp: Language) -> None:
    assert texts(nlp, "Syd Barrett, wie er sich selbst gerne nannte, ist tot.") == []
    assert texts(nlp, "„Uncle Ted“, wie der Senator genannt wurde, war bekannt für sein Geschick.") == []
    assert texts(nlp, "Wie das Ministerium mitteilte, lag die Zahl bei 300.") == ["lag die Zahl bei 300"]


def test_reflexive_or_impersonal_nennen_gives_a_name_not_a_quotation(nlp: Language) -> None:
    assert texts(nlp, "Im Jahr 2007 ist es wieder soweit: Dann nennt sie sich „documenta 12“ und findet im Sommer "
                      "statt.") == []
    assert texts(nlp, "Die Firma wird die Zahl der Aktien verdreifachen. Dies nennt man einen „Aktiensplit“.") == []
    # a speaker who calls something by a quoted word is quoted
    assert texts(nlp, "SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“.") == ["„Zeitungsente“"]


# ------------------------------------------------------------------ missed and mis-bounded indirect quotes


def test_closing_wie_clause_with_a_finite_verb_reports_the_indicative_clause_before(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Zahl der Arbeitslosen ist im Mai deutlich gesunken, wie die Bundesagentur für Arbeit "
                          "am Dienstag berichtete.")
    assert [q.text for q in quotes] == ["Die Zahl der Arbeitslosen ist im Mai deutlich gesunken"]
    assert quotes[0].speaker.mention is not None and "Bundesagentur" in quotes[0].speaker.mention.text


def test_anaphoric_cue_after_a_two_sentence_lead_attributes_both_sentences(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Ausbau der Autobahn soll von privaten Investoren finanziert werden. Die Refinanzierung "
                          "erfolgt über die Maut. Das gab der Verkehrsminister in Berlin bekannt.")
    assert [q.text for q in quotes] == [
        "Der Ausbau der Autobahn soll von privaten Investoren finanziert werden. Die Refinanzierung erfolgt über die "
        "Maut."]


def test_anaphoric_cue_inside_a_longer_paragraph_attributes_only_the_sentence_before(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Lage ist unübersichtlich. Der Ausbau der Autobahn soll privat finanziert werden. Die "
                          "Refinanzierung erfolgt über die Maut. Das gab der Verkehrsminister in Berlin bekannt.")
    assert [q.text for q in quotes] == ["Die Refinanzierung erfolgt über die Maut."]


def test_source_phrase_inside_an_anaphoric_cue_does_not_replace_it(nlp: Language) -> None:
    quotes = analyse(nlp, "Beim Bau wurde vermutlich ein falscher Leim verwendet. Dies gab heute – nach eingehenden "
                          "Untersuchungen – der Gutachter bekannt.")
    assert [q.text for q in quotes] == ["Beim Bau wurde vermutlich ein falscher Leim verwendet."]


def test_nach_with_a_statement_noun_is_a_source_frame(nlp: Language) -> None:
    quotes = analyse(nlp, "Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf einem Übungsflug.")
    assert [q.text for q in quotes] == ["befand sich der Hubschrauber auf einem Übungsflug"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "einer Stellungnahme der Armee"


def test_quoted_name_at_the_end_of_the_content_does_not_block_an_inverted_cue(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Sonde hat den Kometen „Tschuri“ erreicht, teilte die Raumfahrtagentur ESA mit.")
    assert [q.text for q in quotes] == ["Die Sonde hat den Kometen „Tschuri“ erreicht"]
    quotes = analyse(nlp, "Die Sonde erreichte den Kometen „Tschuri“, teilte die Raumfahrtagentur ESA mit.")
    assert [q.text for q in quotes] == ["Die Sonde erreichte den Kometen „Tschuri“"]


def test_a_second_cue_resuming_the_main_clause_has_its_own_content(nlp: Language) -> None:
    quotes = analyse(nlp, "Während die Ministerin erklärte, zufrieden zu sein, räumte der Staatssekretär ein, Fehler "
                          "gemacht zu haben.")
    assert [q.text for q in quotes] == ["zufrieden zu sein", "Fehler gemacht zu haben"]
    assert quotes[1].speaker.mention is not None and quotes[1].speaker.mention.text == "der Staatssekretär"


def test_inverted_cue_with_a_long_speaker_attribute_reports_the_clause_before(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Planet ist ungefähr 14-mal so schwer wie Jupiter, erklärte Jane Greaves von der "
                          "Universität St. Andrews in Schottland.")
    assert [q.text for q in quotes] == ["Der Planet ist ungefähr 14-mal so schwer wie Jupiter"]


def test_inverted_cue_with_its_particle_after_an_apposition(nlp: Language) -> None:
    quotes = analyse(nlp, "Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der Behörde, "
                          "Bagus Puruhito, mit.")
    assert [q.text for q in quotes] == ["Vor dem Absturz wurde kein Notsignal gesendet"]


def test_wie_clause_speaker_is_the_name_with_its_apposition(nlp: Language) -> None:
    # the mention is the whole apposed subject (the project's convention); the resolved name is the bare name
    quotes = analyse(nlp, "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma, mitteilte.")
    assert [q.text for q in quotes] == ["Die Chemikalie stand unter Druck"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Burt Rutan, Chef der Firma"
    assert quotes[0].speaker.name == "Burt Rutan"


def test_content_ends_where_the_author_resumes_with_jedoch(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Minister hatte angegeben, er habe nicht exakt gearbeitet, jedoch stets beteuert, nicht "
                          "absichtlich getäuscht zu haben.")
    assert [q.text for q in quotes] == ["er habe nicht exakt gearbeitet", "nicht absichtlich getäuscht zu haben"]
    # without a verb, "jedoch" continues the reported sentence
    assert [q.text for q in analyse(nlp, "Er sagte, die Lage sei ernst, jedoch beherrschbar.")] == \
        ["die Lage sei ernst, jedoch beherrschbar"]


def test_apposition_to_the_speaker_is_no_part_of_the_content(nlp: Language) -> None:
    quotes = analyse(nlp, "In einer Mitteilung erklärte der Eigentümer, das Medienhaus Lensing, dass das Blatt in "
                          "einer schwierigen Lage stecke.")
    assert [q.text for q in quotes] == ["dass das Blatt in einer schwierigen Lage stecke"]


def test_content_after_a_fronted_source_frame_starts_at_the_finite_verb(nlp: Language) -> None:
    # the rest of the source phrase (an apposition, with or without its closing comma; an attribute) is no content
    for text in ("Nach Angaben von Peter Müller, dem Direktor des Instituts, ist die Zahl der Fälle gestiegen.",
                 "Nach Angaben von Peter Müller, dem Direktor des Instituts ist die Zahl der Fälle gestiegen."):
        assert [q.text for q in analyse(nlp, text)] == ["ist die Zahl der Fälle gestiegen"]
    assert [q.text for q in analyse(nlp, "Nach Planungen aus dem Jahr 2005 wird der Bau 78 Millionen Euro kosten.")] \
        == ["wird der Bau 78 Millionen Euro kosten"]
    # a relative clause on the source keeps its own verb out
    assert [q.text for q in analyse(nlp, "Nach Angaben der Polizei, die am Abend eintraf, ist niemand verletzt "
                                         "worden.")] == ["ist niemand verletzt worden"]


def test_closing_so_frame_attributes_the_whole_sentence_with_its_cue_clause(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Regierung wird aufgefordert, die Grenze zu öffnen, so der Hisbollah-Chef im Fernsehen.")
    assert [q.text for q in quotes] == ["Die Regierung wird aufgefordert, die Grenze zu öffnen"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "der Hisbollah-Chef"
    # "so" that goes on with more than a speaker is no frame
    assert [q.text for q in analyse(nlp, "Der Minister sagte, die Lage sei ernst, so ernst wie nie.")] == \
        ["die Lage sei ernst, so ernst wie nie"]


def test_lower_case_quotation_after_the_object_is_the_speakers_evaluation(nlp: Language) -> None:
    # "nennen" with an object and a quoted predicative: the quotation alone is what the subject said
    quotes = analyse(nlp, "RTL-Chefin Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„aus der Luft gegriffen“")]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "RTL-Chefin Anke Schäferkordt"
    # a capitalised quotation after the noun names it
    assert only_direct(analyse(nlp, "Der Jahresbericht nennt die Plattform „Twitter“ in Syrien.")) == []


def test_quoted_als_complement_of_an_evaluation_verb_is_direct_speech(nlp: Language) -> None:
    quotes = analyse(nlp, "Als „verpasste Chance“ beurteilte der Grünen-Politiker Volker Beck das Pontifikat.")
    assert only_direct(quotes) == ["„verpasste Chance“"]
    q = quotes[0]
    assert q.speaker.mention is not None and q.speaker.mention.text == "der Grünen-Politiker Volker Beck"
    assert only_direct(analyse(nlp, "Das Ministerium rechtfertigte die Aktion als „defensiver Natur“.")) == \
        ["„defensiver Natur“"]


def test_quoted_slogans_after_a_slogan_noun_are_the_subjects_direct_speech(nlp: Language) -> None:
    text = ("Die Demonstranten zogen durch die Stadt und skandierten Parolen wie „Stoppt den Überwachungswahn“ "
            "oder „Datenspeicherung – sinnlos, teuer, einfach dumm“.")
    quotes = analyse(nlp, text)
    assert only_direct(quotes) == ["„Stoppt den Überwachungswahn“", "„Datenspeicherung – sinnlos, teuer, einfach dumm“"]
    assert all(q.speaker.mention is not None and q.speaker.mention.text == "Die Demonstranten" for q in quotes)
    # a list of quoted titles after another noun stays a list of titles
    assert only_direct(analyse(nlp, "Die Band spielte Lieder wie „Alles neu“ oder „Wir sind da“.")) == []


def test_quotation_in_a_fronted_object_before_the_cue_is_direct_speech(nlp: Language) -> None:
    quotes = analyse(nlp, "Von einer „gezielten Indiskretion“ sprach der Grünen-Politiker Christian Ströbele.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„gezielten Indiskretion“")]
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "der Grünen-Politiker Christian Ströbele"


def test_title_after_a_colon_without_a_cue_is_no_quotation(nlp: Language) -> None:
    assert only_direct(analyse(nlp, "Sein erstes großes Werk entstand in den 1970er Jahren: „Le Grand Macabre“.")) == []
    # a statement after the colon stays one
    assert only_direct(analyse(nlp, "Sein Fazit fiel knapp aus: „Wir haben es geschafft.“")) == \
        ["„Wir haben es geschafft.“"]


def test_frame_and_relative_clause_at_the_end_of_a_text_without_full_stop(nlp: Language) -> None:
    # a headline or cut-off teaser: the relative clause's verb is the last token of the document
    for text in ("Nach Angaben von Peter Müller, dessen Firma pleite ging",
                 "Nach Angaben der Polizei, deren Sprecher Fragen beantwortete"):
        analyse(nlp, text)  # checks every span against the text; must not fail at the document's end


def test_pointing_word_with_a_naming_verb_at_the_end_attributes_nothing(nlp: Language) -> None:
    assert texts(nlp, "Der Preis steigt. Das hat man früher so genannt.") == []


def test_fronted_quoted_object_after_a_quoted_sentence(nlp: Language) -> None:
    quotes = analyse(nlp, "„Das ist falsch.“ Von einer „gezielten Indiskretion“ sprach der Sprecher der Opposition.")
    fragment = next(q for q in quotes if "Indiskretion" in q.text)
    assert fragment.kind == "direct"
    assert fragment.speaker.mention is not None and fragment.speaker.mention.text == "der Sprecher der Opposition"


def test_weak_preterites_and_web_addresses_are_no_konjunktiv_i(nlp: Language) -> None:
    # the tagger guesses a lemma for words it does not know ("verbrachte" → "verbracht"); only a form built from the
    # infinitive's stem is a Konjunktiv I that continues the statement before it
    for sentence in ("Die letzten 30 Jahre verbrachte Barrett in vollkommener Isolation.",
                     "Im Verlauf des Montags überquerte der Sturm die Insel.",
                     "Zurzeit ist die Seite nicht über die Domain wikipedia.de zu erreichen."):
        assert texts(nlp, f"Der Sprecher sagte, die Lage sei ernst. {sentence}") == ["die Lage sei ernst"]
    found = texts(nlp, "Der Sprecher sagte, die Lage sei ernst. Er handle im Auftrag der Regierung.")
    assert found == ["die Lage sei ernst", "Er handle im Auftrag der Regierung."]


def test_wie_clause_whose_subject_has_an_apposition_before_more_words(nlp: Language) -> None:
    # the apposition's commas do not end the "wie"-clause: the frame attributes the clause after or before it
    found = analyse(nlp, "Wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte, hat die Regierung nur sechs "
                         "Hubschrauber im Einsatz.")
    assert [q.text for q in found] == ["hat die Regierung nur sechs Hubschrauber im Einsatz"]
    assert found[0].speaker.name is not None and "Marshall" in found[0].speaker.name
    found = analyse(nlp, "Das Feuer ist gelöscht, wie Karl Huber, Sprecher der Feuerwehr, am Abend mitteilte.")
    assert [q.text for q in found] == ["Das Feuer ist gelöscht"]
    assert found[0].speaker.name is not None and "Huber" in found[0].speaker.name


def test_separated_particle_after_an_apposition_before_a_dass_clause(nlp: Language) -> None:
    found = analyse(nlp, "Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass sich das Handy ins "
                         "Netz eingeloggt hatte.")
    assert [q.text for q in found] == ["dass sich das Handy ins Netz eingeloggt hatte"]
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text.startswith("der Leiter")


def test_konjunktiv_i_only_in_an_embedded_clause_reports_just_that_clause(nlp: Language) -> None:
    # the indicative main clause around the subjunctive clause is the author's
    assert texts(nlp, "Der Prozess endete mit einem Freispruch. Die von Arnold geäußerte Hoffnung, sein Leben werde "
                      "sich nun zum Guten wenden, schien sich nicht zu erfüllen.") == [
        "sein Leben werde sich nun zum Guten wenden"]
    assert texts(nlp, "Die Gespräche blieben ohne Ergebnis. Während die Verhandlungen für Obamas Vertreter beendet "
                      "waren, war das McCain-Lager davon ausgegangen, dass es noch weitere Gespräche geben werde.") == [
        "dass es noch weitere Gespräche geben werde"]
    # a subjunctive verb right after the comma is the main clause's, after a fronted clause: the whole sentence
    found = texts(nlp, "Der Sprecher sagte, es gebe Probleme. Nachdem er sie verfolgt hat, habe er versucht, sie zu "
                       "küssen.")
    assert found[-1] == "Nachdem er sie verfolgt hat, habe er versucht, sie zu küssen."


def test_inflected_participle_before_its_noun_is_no_konjunktiv(nlp: Language) -> None:
    # the tagger reads "zugeschriebene" as a finite Konjunktiv II; before its noun it is an adjective
    assert texts(nlp, "Der Sprecher sagte, es gebe Probleme. Die ihm zugeschriebene Rolle war klein.") == [
        "es gebe Probleme"]


def test_findings_and_held_views_cue_a_dass_clause(nlp: Language) -> None:
    # research findings and a held view ("vertritt die Auffassung") introduce reported content like "sagte"
    assert texts(nlp, "Die Forscher fanden heraus, dass die Mäuse länger lebten.") == ["dass die Mäuse länger lebten"]
    assert texts(nlp, "Die Ärzte errechneten, dass die Kosten steigen.") == ["dass die Kosten steigen"]
    found = analyse(nlp, "Der Minister vertritt die Auffassung, dass die Steuer zu hoch ist.")
    assert [q.text for q in found] == ["dass die Steuer zu hoch ist"]
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text == "Der Minister"
    assert texts(nlp, "Die Polizei hegt den Verdacht, dass der Mann gelogen hat.") == ["dass der Mann gelogen hat"]
    assert texts(nlp, "Der Mann gab vor, dass er Arzt ist.") == ["dass er Arzt ist"]
    assert texts(nlp, "Die Autoren formulierten, dass die Daten nicht ausreichen.") == [
        "dass die Daten nicht ausreichen"]


def test_konjunktiv_look_alike_closing_an_indicative_main_clause_is_no_verb(nlp: Language) -> None:
    # "inne" (of "innehaben") gets the guessed lemma "innen" and reads as Konjunktiv I; the clause already has "hat"
    assert texts(nlp, "Der Sprecher sagte, es gebe Probleme. Den Posten hat er seit 2010 inne.") == [
        "es gebe Probleme"]


def test_verb_second_clause_after_a_saying_verb_is_reported_whatever_its_mood(nlp: Language) -> None:
    # a dependent main clause without "dass" right after the cue: "wollte"/"verfolgten" read as indicative
    assert texts(nlp, "Kritiker hatten ihm vorgeworfen, er wollte sich mit den Projekten nur selbst bereichern.") == [
        "er wollte sich mit den Projekten nur selbst bereichern"]
    assert texts(nlp, "Vor den Anhängern warnte er, die Organisatoren verfolgten ihre eigenen Ziele.") == [
        "die Organisatoren verfolgten ihre eigenen Ziele"]
    # an object between cue and comma, a passive cue or the author's "ich glaube": the clause is nobody's report
    assert texts(nlp, "Die Gründung wird von der Organisation positiv gesehen, die Regierung bleibt skeptisch.") == []
    assert texts(nlp, "Ich glaube, die Künstler wollen einfach nur gut aussehen.") == []


def test_wie_frame_reaches_across_a_quoted_medium_name(nlp: Language) -> None:
    # "Wie „heise online“ berichtet, …": the quoted name belongs to the wie-clause, whose frame attributes the clause
    found = analyse(nlp, "Wie „heise online“ berichtet, sperrten die Behörden den Zugang.")
    assert [q.text for q in found] == ["sperrten die Behörden den Zugang"]
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text == "„heise online“"


def test_intention_verb_takes_its_clause_across_a_time_phrase(nlp: Language) -> None:
    # "am Sonntag" is a prepositional phrase, not the verb's object: the zu-infinitive is still what was decided
    assert texts(nlp, "Die Splittergruppe beschloss am Sonntag, der Sozialen Partei beizutreten.") == [
        "der Sozialen Partei beizutreten"]
    # a real object keeps the infinitive an adverbial of the noun
    assert texts(nlp, "Der Konzern plant den Bau einer Fabrik mit dem Ziel, Arbeitsplätze zu schaffen.") == []


def test_indicative_adverbial_clause_after_the_content_is_the_authors(nlp: Language) -> None:
    # the speaker's own subordinate clauses would be subjunctive; an indicative nachdem/was-clause is the article's
    assert texts(nlp, "Die Armee hatte beschlossen, ihn aus der Provinz zurückzuholen, nachdem bekannt geworden war, "
                      "dass er gekämpft hatte.")[0] == "ihn aus der Provinz zurückzuholen"
    assert texts(nlp, "Die Regierung beschuldigt die Rebellen, Gelder aus dem Iran zu erhalten, was bisher nicht "
                      "bestätigt werden konnte.") == ["Gelder aus dem Iran zu erhalten"]
    # a subjunctive one is still part of the report
    assert texts(nlp, "Er sagte, er sei gegangen, nachdem der Streit eskaliert sei.") == [
        "er sei gegangen, nachdem der Streit eskaliert sei"]


def test_zu_infinitive_after_a_final_cue_needs_no_comma(nlp: Language) -> None:
    # the comma before an infinitive group is optional: the group after a clause-final participle is the content
    found = analyse(nlp, "Nach dem Skandal hat die Abgeordnete am 20. Juli angekündigt ihr Mandat niederzulegen.")
    assert [q.text for q in found] == ["ihr Mandat niederzulegen"]
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text == "die Abgeordnete"
    # a participle inside an infinitive ("bestätigt zu werden") cues nothing
    assert texts(nlp, "Sie muss sich der Wahl stellen, um im Amt bestätigt zu werden.") == []


def test_intention_verb_takes_its_clause_across_its_inverted_subject(nlp: Language) -> None:
    # "Dingfelder" after the verb is its subject, not an object that would make the infinitive adverbial
    found = analyse(nlp, "Angesichts des Urteils erwägt Dingfelder, mit seinem Mandanten in Berufung zu gehen.")
    assert [q.text for q in found] == ["mit seinem Mandanten in Berufung zu gehen"]
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text == "Dingfelder"
    assert texts(nlp, "Am Montag plant der Konzern den Bau einer Fabrik mit dem Ziel, Arbeitsplätze zu schaffen.") == []


def test_zu_infinitive_after_a_participle_without_comma_is_its_content(nlp: Language) -> None:
    # the participle closes the main clause; the infinitive after it (comma optional) is what was announced
    (q,) = analyse(nlp, "Der Hersteller hat angekündigt die Preise ab dem 1. Oktober zu erhöhen.")
    assert q.kind == "indirect" and q.text == "die Preise ab dem 1. Oktober zu erhöhen"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Der Hersteller"


def test_zu_infinitive_content_ends_at_a_dash(nlp: Language) -> None:
    # after the dash the author adds a remark of their own; the infinitive is the whole content
    quotes = analyse(nlp, "Die Behörden haben die Einwohner aufgefordert, ihre Häuser zu verlassen – die Hälfte "
                          "davon in der Stadt Hiroshima.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "ihre Häuser zu verlassen")]


def test_quoted_statements_joined_by_und_are_not_a_list_of_titles(nlp: Language) -> None:
    # a list of quoted titles ("„A“, „B“ oder „C“") names things; quoted clauses with a finite verb are statements
    text = ("„Wir zählen auf unsere Anhänger, heute und morgen“ und „Die Menschen sollen wissen, dass wir "
            "nicht aufgeben“, zitiert der Sender den Politiker.")
    assert texts(nlp, text, "direct") == ["„Wir zählen auf unsere Anhänger, heute und morgen“",
                                          "„Die Menschen sollen wissen, dass wir nicht aufgeben“"]


def test_a_list_of_quoted_titles_is_still_no_quotation(nlp: Language) -> None:
    text = "Der Sender zeigte die Filme „Das Boot“, „Die Brücke“ oder „Der Tunnel“, sagte ein Sprecher."
    assert texts(nlp, text, "direct") == []


def test_purpose_infinitive_after_a_cue_is_not_its_content(nlp: Language) -> None:
    # "um … zu" gives the author's reason for the act; a saying verb's content is a bare zu-infinitive
    assert texts(nlp, "Bis jetzt hat Südkorea nicht auf die Provokationen geantwortet, um eine Eskalation zu "
                      "vermeiden, nicht weil sie es nicht könnten.") == []
    assert texts(nlp, "Der Bürgermeister forderte die Anwohner auf, die Fenster geschlossen zu halten.") == [
        "die Fenster geschlossen zu halten"]


def test_indicative_adverbial_clause_after_a_cue_is_not_its_content(nlp: Language) -> None:
    assert texts(nlp, "Die Fluglotsen hatten den Hubschrauber als vermisst gemeldet, nachdem er auf den "
                      "Radarschirmen nicht mehr zu sehen war.") == []
    # in the subjunctive the adverbial clause is what the speaker gave as the reason
    assert texts(nlp, "Die Opposition kritisierte die Entscheidung, weil die Regierung keinen Antrag gestellt "
                      "habe.") == ["weil die Regierung keinen Antrag gestellt habe"]


def test_konjunktiv_ii_only_in_a_relative_clause_continues_no_statement(nlp: Language) -> None:
    # the indicative main clause is the author's; "würde" in its relative clause is no reported speech
    found = texts(nlp, "Der Parteichef sagte, die Wahl sei verloren. Auch mit der FDP erreicht die CDU nicht die "
                       "Zahl von Sitzen, die für eine Regierung ausreichen würde.")
    assert found == ["die Wahl sei verloren"]
    # a Konjunktiv II in the main clause still continues the statement
    found = texts(nlp, "Der Parteichef sagte, die Wahl sei verloren. Die Zahlen würden das deutlich zeigen.")
    assert found[-1] == "Die Zahlen würden das deutlich zeigen."


def test_embedded_konjunktiv_ii_clause_of_an_indicative_sentence_is_the_quote(nlp: Language) -> None:
    # the indicative main clause is the author's; only the clause in the subjunctive continues the statement
    found = texts(nlp, "Der Minister sagte, die Lage sei ruhig. Die Polizei zeigte am Freitag große Präsenz, die "
                       "Teilnehmer würden geschützt.")
    assert found == ["die Lage sei ruhig", "die Teilnehmer würden geschützt"]
    # a clause coordinated with "und" continues the main clause: the sentence stays whole
    found = texts(nlp, "Der Minister sagte, die Lage sei ruhig. Die Gebühren stärkten die Hochschulen, und so "
                       "würden sie auch von den Studierenden wahrgenommen.")
    assert found[-1].startswith("Die Gebühren stärkten")


def test_fronted_adverbial_clause_after_a_focus_particle_is_no_content(nlp: Language) -> None:
    # "Selbst wenn …" is a concessive condition of the main clause, like "Wenn …", not what the verb reports
    assert texts(nlp, "Selbst wenn die Angeklagte im Verfahren als Heranwachsende gesehen wird, droht ihr eine "
                      "lange Freiheitsstrafe.") == []


# ------------------------------------------------------------------ quotation-mark pairing (quotes_marks)


def marked(text: str) -> list[str]:
    from lagebild.nlp.quotes_marks import quote_mark_pairs

    return [text[s:e] for s, e in quote_mark_pairs(text)]


def test_quotation_over_paragraphs_reopens_each_paragraph_and_is_one_pair() -> None:
    text = "Er sagte:\n„Wir bleiben.\n\n„Wir kämpfen weiter.“\nDann ging er."
    assert marked(text) == ["„Wir bleiben.\n\n„Wir kämpfen weiter.“"]


def test_new_paragraph_opener_after_an_unfinished_mid_sentence_mark_starts_again() -> None:
    # "Unsinn" was never closed and does not end a sentence-long quotation paragraph: no continuation
    assert marked("Es hieß „Unsinn und mehr\n„Neu“, sagte er.") == ["„Neu“"]


def test_same_marks_nested_inside_a_quotation_pair_by_nesting() -> None:
    text = "„Er nannte es „Unsinn“, sagte sie.“ Dann ging sie."
    assert marked(text) == ["„Er nannte es „Unsinn“, sagte sie.“"]


def test_stray_opener_never_closed_leaves_later_pairs_intact() -> None:
    assert marked("„Ein Versehen. Dann „B“ und „C“.") == ["„B“", "„C“"]
    assert marked("Er sagte »Halt und ging. Sie rief »Komm!«") == ["»Komm!«"]
    # an opener left open to the end of the text is no quotation: the pairs after it still count
    assert marked("„Ein Versehen. Sie rief »Komm!«") == ["»Komm!«"]


def test_straight_quotes_inside_german_marks_belong_to_the_quotation() -> None:
    assert marked('„Er nannte es "Unsinn", sagte sie“, berichtet er.') == ['„Er nannte es "Unsinn", sagte sie“']
    assert marked('Er rief „Tod dem Diktator" und ging.') == ['„Tod dem Diktator"']


def test_straight_quotes_and_apostrophes_still_pair() -> None:
    assert marked('Er sagt "Nein" und "Ja". Peter\'s Haus heißt „Eck“.') == ['"Nein"', '"Ja"', "„Eck“"]


def test_direct_quotation_over_paragraphs_is_one_quote(nlp: Language) -> None:
    text = ("Die Richterin sagte zum Schluss:\n„Wir sind überzeugt, dass wir richtig entschieden haben.\n"
            "„Bedenken Sie das, wenn Sie künftig über den Fall reden.“\nDanach war die Sitzung beendet.")
    direct = [q for q in analyse(nlp, text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["„Wir sind überzeugt, dass wir richtig entschieden haben.\n"
                                        "„Bedenken Sie das, wenn Sie künftig über den Fall reden.“"]


def test_content_before_the_cue_survives_an_adverbial_clause_after_it(nlp: Language) -> None:
    # the author's "als/während …" clause after the cue is no content, but the content before the cue still is
    found = analyse(nlp, "Die Lage sei ernst, sagte der Minister, als er am Flughafen ankam.")
    assert [q.text for q in found] == ["Die Lage sei ernst"]
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text == "der Minister"
    assert texts(nlp, "Die Preise würden weiter steigen, erklärte die Sprecherin, während sie die Bilanz "
                      "vorstellte.") == ["Die Preise würden weiter steigen"]


def test_verb_second_content_is_judged_within_its_own_sentence(nlp: Language) -> None:
    # "wir" in the sentence before does not make the cue a first-person opinion
    assert texts(nlp, "Das haben wir nie gesagt. Er warnte, die Organisatoren verfolgten ihre eigenen Ziele.") == [
        "die Organisatoren verfolgten ihre eigenen Ziele"]


def test_a_frame_vouches_only_for_its_clause_not_a_later_one_with_its_own_cue(nlp: Language) -> None:
    # the clause after the comma has its own subject and reporting verb: another source's figure
    text = ("Am Samstag kamen nach Angaben der Veranstalter rund 5.000 Menschen zur Kundgebung, die Polizei spricht "
            "von 2.000 Teilnehmern.")
    assert texts(nlp, text, "indirect") == ["Am Samstag kamen nach Angaben der Veranstalter rund 5.000 Menschen zur "
                                            "Kundgebung"]


def test_a_frame_in_a_second_main_clause_leaves_the_first_to_the_author(nlp: Language) -> None:
    text = "Der Start ist für Dienstag geplant, er kann nach Angaben der Betreiber aber auch später erfolgen."
    assert texts(nlp, text, "indirect") == ["er kann nach Angaben der Betreiber aber auch später erfolgen"]


def test_a_frame_keeps_a_fronted_dependent_clause_and_a_later_clause_without_cue(nlp: Language) -> None:
    # a verb right after the comma continues the clause of a fronted "nachdem" clause; a later clause without a
    # reporting verb of its own stays with the frame
    assert texts(nlp, "Nachdem der Sturm abgezogen war, ist die Lage laut Polizei wieder ruhig.", "indirect") == [
        "Nachdem der Sturm abgezogen war, ist die Lage laut Polizei wieder ruhig"]
    assert texts(nlp, "Dabei kam es laut Polizei zu Rangeleien, mehrere Menschen wurden festgenommen.",
                 "indirect") == ["Dabei kam es laut Polizei zu Rangeleien, mehrere Menschen wurden festgenommen"]


def test_danach_after_a_presented_study_is_a_source_adverb_also_in_the_indicative(nlp: Language) -> None:
    # "Danach" points back to the text just presented ("according to it"); after an event it means "afterwards"
    quotes = analyse(nlp, "Das Kinderhilfswerk stellte am Montag eine neue Studie vor. Danach leiden immer mehr "
                          "Kinder an Übergewicht.")
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("leiden immer mehr Kinder an Übergewicht", "Danach")]
    assert analyse(nlp, "Der Minister besuchte am Montag das Werk. Danach fuhr er nach Berlin.") == []


def test_an_interposed_so_frame_inside_an_open_clause_keeps_the_rest_of_the_clause(nlp: Language) -> None:
    # the auxiliary before the frame still waits for its participle: the words after the frame finish the quote;
    # after a complete clause, an apposition or a participle of the frame itself ends it at the frame
    assert texts(nlp, "Alles in allem sei es, so der OSZE-Bericht, möglich gewesen, Wahlkampf zu betreiben.") == [
        "Alles in allem sei es, so der OSZE-Bericht, möglich gewesen, Wahlkampf zu betreiben"]
    assert texts(nlp, "Die Hilfe habe, so der Minister, keinen Erfolg gehabt.") == [
        "Die Hilfe habe, so der Minister, keinen Erfolg gehabt"]
    assert texts(nlp, "Die Lage sei ernst, so Müller, Sprecher der Polizei.") == ["Die Lage sei ernst"]


def test_a_verb_second_main_clause_after_a_closed_dass_clause_is_not_its_content(nlp: Language) -> None:
    # a dass-clause ends with its finite verb; an adverb and a finite indicative verb after the comma open the
    # author's next main clause (a dependent clause cannot continue in verb-second order)
    assert texts(nlp, "Der Minister sagte, dass die Reform lange dauern werde, danach wurde die Sitzung beendet.") == [
        "dass die Reform lange dauern werde"]
    # a finite verb right after the closed clause continues the clause above it, whatever its mood
    assert texts(nlp, "Er plädierte dafür, dass er nicht schuldig sei, lege aber keine Gegenbeweise vor.") == [
        "dass er nicht schuldig sei"]


def test_a_reporting_verb_negated_right_before_it_reports_no_content(nlp: Language) -> None:
    # "nicht bestätigen, dass …": the subject did not say it; verbs of denial (denial_verbs.txt) say the content
    # by their negation ("nicht ausgeschlossen, dass …")
    assert texts(nlp, "Ein Sprecher wollte nicht bestätigen, dass es weitere Opfer gibt.") == []
    assert texts(nlp, "Der Minister hat nicht ausgeschlossen, dass es weitere Opfer gibt.") == [
        "dass es weitere Opfer gibt"]


def test_a_cue_inside_negated_content_reports_nothing_of_its_own(nlp: Language) -> None:
    # the clause after "nicht bestätigen" is what was not confirmed, the cue inside it included: its content is
    # no statement of the main clause's subject
    assert texts(nlp, "Ein Sprecher wollte nicht bestätigen, dass der Verdächtige zugegeben hat, dass er die Tat "
                      "begangen hat.") == []


def test_a_verb_second_clause_is_looked_for_only_inside_the_content(nlp: Language) -> None:
    # the adverb and finite verb after the closed clause must lie before the content's end: the next sentence's
    # first word is no part of this one
    from lagebild.nlp.quotes import _QuoteFinder
    from lagebild.nlp.quotes_lexicon import load_lexicon

    doc = nlp("Sie fragte, ob es stimmt, mehrmals wurde es verlängert.")
    finder = _QuoteFinder(doc, load_lexicon())
    cs, comma = 3, 6
    assert doc[cs].text == "ob" and doc[comma].text == ","
    assert finder.main_clause_after_closed_clause(cs, comma, len(doc))
    assert not finder.main_clause_after_closed_clause(cs, comma, comma + 2)


def test_an_adverbial_clause_after_a_wie_frame_is_not_what_was_said(nlp: Language) -> None:
    # "wie zunächst angenommen" compares with an expectation; the indicative "weil" clause after it is the
    # author's reason, as after any other cue (a "wie" frame still attributes a main clause after it)
    assert texts(nlp, "Die Schäden werden nicht so groß sein, wie zunächst angenommen, weil der Sturm abgedreht hat.") \
        == []
    assert texts(nlp, "Wie das Ministerium mitteilte, lag die Zahl der Toten bei zwölf.") == [
        "lag die Zahl der Toten bei zwölf"]


def test_a_temporal_nach_phrase_with_a_genitive_is_no_source_frame(nlp: Language) -> None:
    # "nach Abschluss der Ermittlungen" ("after the end of") is headed by "Abschluss", no source noun; a genitive
    # name counts only right before its source noun ("nach Grupps Meinung")
    assert texts(nlp, "Die Staatsanwaltschaft beantragte am Dienstag nach Abschluss der Ermittlungen die Eröffnung "
                      "eines Prozesses.") == []
    assert texts(nlp, "Nach Grupps Meinung werden die Preise steigen.") == ["werden die Preise steigen"]


def test_a_verb_second_konjunktiv_ii_clause_after_a_speech_act_noun_is_its_content(nlp: Language) -> None:
    # verb second after the noun's comma: no relative clause, and the Konjunktiv II marks it as the noun's content
    assert texts(nlp, "Gegen die Politikerin stehen Vorwürfe im Raum, sie könnte von den Manipulationen "
                      "profitiert haben.") == ["sie könnte von den Manipulationen profitiert haben"]
    assert texts(nlp, "Die Forderung der Opposition, die im Landtag sitzt, wurde abgelehnt.") == []


def test_a_zu_infinitive_runs_across_an_inserted_phrase_between_commas(nlp: Language) -> None:
    # the words before the first comma have no verb yet: the group ends at "zu" and its infinitive
    assert texts(nlp, "Der Minister kündigte an, am Montag, dem 3. Mai, nach Berlin zu reisen.") == [
        "am Montag, dem 3. Mai, nach Berlin zu reisen"]
    assert texts(nlp, "Die Partei hatte angekündigt, mit allen Parteien, auch der PCRM, verhandeln zu wollen.") == [
        "mit allen Parteien, auch der PCRM, verhandeln zu wollen"]


def test_a_contrasting_main_clause_after_reported_content_brings_its_own_report(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Präsident sagte vor der Presse, Annabi sei tot, doch UN-Sprecher Nicholas Birnback "
                          "erklärte, den Tod bislang nicht bestätigen zu können.")
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == [
        ("Annabi sei tot", "Der Präsident"),
        ("den Tod bislang nicht bestätigen zu können", "UN-Sprecher Nicholas Birnback")]


def test_a_source_frame_opening_a_relative_clause_reports_that_clause(nlp: Language) -> None:
    assert texts(nlp, "Es gibt Studien, nach denen Homöopathie oft wirksam ist.") == [
        "Homöopathie oft wirksam ist"]
    assert texts(nlp, "Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt worden war.") == [
        "das Kind misshandelt worden war"]
    # "nach" after a noun of time is no source
    assert texts(nlp, "Das Spiel ging in die Pause, nach der die Borussia stärker wurde.") == []


def test_a_quoted_list_item_after_a_title_is_a_title_too(nlp: Language) -> None:
    # the first item after "in" is a film title; the coordinated item shares its role although it reads like a clause
    assert texts(nlp, "Der Schauspieler hat in vielen Filmen mitgespielt. So zum Beispiel in „Nackt unter Wölfen“ "
                      "oder „Jeder stirbt für sich allein“.", "direct") == []
    # listed statements that end in sentence punctuation stay quotations
    assert texts(nlp, "Die Demonstranten riefen „Wir sind das Volk!“ und „Wir bleiben hier!“.", "direct") == [
        "„Wir sind das Volk!“", "„Wir bleiben hier!“"]


def test_a_doubled_space_before_a_quotation_mark_hides_no_title_noun(nlp: Language) -> None:
    # "Motto" before the mark makes the quotation a motto's name; the doubled space must not hide it
    assert texts(nlp, "Am Weltnichtrauchertag informierten unter dem diesjährigen Motto  „Tabak: Tödlich in jeder "
                      "Form“ zahlreiche Verbände über die Risiken.", "direct") == []


def test_a_long_verbless_name_after_an_article_is_no_quotation(nlp: Language) -> None:
    assert texts(nlp, "Wenige Stunden nach dem Putsch erklärte der neue „Oberste Rat zur Wiederherstellung der "
                      "Demokratie“, die Lage sei unter Kontrolle.", "direct") == []
    assert texts(nlp, "Teile des „Gesetzes über den Verfassungsschutz in Nordrhein-Westfalen“ erklärte das Gericht "
                      "für nichtig.", "direct") == []
    # a quoted clause with a verb after an article stays a quotation
    assert texts(nlp, "Er sprach von einer „Krise, die wir nur gemeinsam bewältigen können“.", "direct") == [
        "„Krise, die wir nur gemeinsam bewältigen können“"]


def test_a_title_after_a_colon_that_presents_a_work_is_no_quotation(nlp: Language) -> None:
    assert texts(nlp, "Auf dem Konzert stellte er dann die neue CD der Gruppe vor: „Have a nice day“.", "direct") == []
    assert texts(nlp, "Den Namen der Fernsehsendung gab das ZDF bereits bekannt: „Karol Wojtyla – Geheimnisse eines "
                      "Papstes“.", "direct") == []
    # the same title in apposition after a comma
    assert texts(nlp, "Wegweisend ist das erste Album der Gruppe, „Piper at the Gates of Dawn“, das 1967 erschien.",
                 "direct") == []
    # a statement after the colon stays a quotation, whatever noun the clause has
    assert texts(nlp, "Zu dem Film sagte der Regisseur: „Wir haben lange daran gearbeitet“.", "direct") == [
        "„Wir haben lange daran gearbeitet“"]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Mitglied der Regierung sagte am Montag: „Keine Toleranz für Gewalt“, und verließ den Saal.",
        "Im Namen der Opfer erklärte der Bürgermeister: „Nie wieder Krieg“ und ging.",
        "Nach der Anschlagsserie sagte der Minister: „Null Toleranz“ und ging.",
    ],
)
def test_a_work_noun_inside_another_word_or_a_prepositional_phrase_presents_no_title(nlp: Language,
                                                                                      text: str) -> None:
    # "Mitglied" is no "Lied", "Anschlagsserie" no TV series, and "im Namen der Opfer" names nothing: with the
    # speech cue, the quotation is a statement
    assert len(analyse(nlp, text)) == 1


@pytest.mark.parametrize(("text", "speaker"), [
    # the cue clause stands between the first phrase and the finite verb (verb second)
    ("Der Vorschlag, sagte die Ministerin, werde geprüft.", "die Ministerin"),
    ("Der Grund für den Rauswurf, so vermutet die Zeitung, dürfte deren Unterstützung für Hunt gewesen sein.",
     "die Zeitung"),
    # the cue clause stands right after the finite verb: the clause before it is unfinished
    ("Man werde, kündigte sie an, alles prüfen.", "sie"),
    ("Die Regierung werde, sagte der Sprecher am Montag, alle Vorschläge prüfen.", "der Sprecher"),
    ("Die Polizei habe, so ein Sprecher, keine Hinweise.", "ein Sprecher"),
])
def test_cue_clause_interrupting_one_clause_reports_the_whole_sentence(nlp: Language, text: str,
                                                                        speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [text[:-1]]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == speaker


def test_cue_clause_after_a_complete_or_dependent_clause_keeps_its_boundaries(nlp: Language) -> None:
    # a finished clause before the frame: what follows the speaker is an apposition, not more content
    assert texts(nlp, "Die Lage sei ernst, so Müller, Sprecher der Polizei.") == ["Die Lage sei ernst"]
    # a fronted dependent clause is no first phrase of a main clause
    assert texts(nlp, "Wenn es regnet, sagte er, sei alles verloren.") == ["sei alles verloren"]
    # quotation marks after the cue make it a direct quotation's cue
    assert texts(nlp, "„Wir werden“, sagte er, „alles prüfen“.", "direct") == ["„Wir werden“", "„alles prüfen“"]


def test_interposed_so_frame_before_the_infinitive_of_a_modal_joins_both_halves(nlp: Language) -> None:
    # "begrenzen" closes the clause "solle" opened: an infinitive, though it looks like a plural present
    quotes = analyse(nlp, "Der Einsatz solle sich, so Gall, auf schwere Fälle begrenzen.")
    assert [q.text for q in quotes] == ["Der Einsatz solle sich, so Gall, auf schwere Fälle begrenzen"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Gall"


@pytest.mark.parametrize("sentence", [
    # a capital inside the word: a product name the tagger guessed as a verb ("iMessage" → "imessagen")
    "Im Visier sind besonders WhatsApp, iMessage und Snapchat.",
    # a second-person guess ("mindset" as "ihr mindset"): reported speech shifts du/ihr into the third person
    "Murat Günak, der frühere Vizepräsident der Volkswagen AG, steht der mindset AG als CEO vor.",
    # a capitalised opener before "der" is a noun with its genitive ("Grundlage" → "grundlagen")
    "Grundlage der Verhaftung ist ein Haftbefehl des Internationalen Strafgerichtshofs vom 23. Mai.",
])
def test_a_word_only_the_tagger_reads_as_konjunktiv_i_continues_no_statement(nlp: Language, sentence: str) -> None:
    found = texts(nlp, "Der Sprecher sagte, die Lage sei ernst. " + sentence)
    assert found == ["die Lage sei ernst"]


def test_a_fronted_phrase_with_a_relative_clause_is_no_content_of_the_verb_after_it(nlp: Language) -> None:
    # the relative clause holds the only finite verb before "kritisierte": the whole is its clause's first phrase
    text = ("In einem Essay, das anlässlich seines 100. Geburtstages veröffentlicht wurde, kritisierte er im "
            "vergangenen Jahr den Politikstil des damaligen US-Präsidenten Donald Trump.")
    assert "In einem Essay, das anlässlich seines 100. Geburtstages veröffentlicht wurde" not in texts(nlp, text)
    # a clause of its own before the inverted cue clause stays its content
    assert texts(nlp, "Ein weiteres Konsulat soll folgen, gab der Außenminister bekannt.") == [
        "Ein weiteres Konsulat soll folgen"]


def test_quotation_finishing_a_clause_before_a_postposed_cue_is_quoted_with_that_clause(nlp: Language) -> None:
    # the quotation opens in lower case: it finishes the clause the text began, and the cue after it reports all of it
    quotes = analyse(nlp, "Nach der Vorrunde sollte die Abwehr „heute mit voller Kraft spielen, das ist uns "
                          "gelungen“, sagte Trainer Martin Prokop.")
    assert [(q.text, q.kind) for q in quotes] == [
        ("Nach der Vorrunde sollte die Abwehr „heute mit voller Kraft spielen, das ist uns gelungen“", "mixed")]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Trainer Martin Prokop"
    assert texts(nlp, "Es gibt eine neue Technik, die „eine neue Ära in der Raumfahrt einleiten könnte“, erklärte "
                      "Projektleiter Andreas Grassauer.") == [
        "Es gibt eine neue Technik, die „eine neue Ära in der Raumfahrt einleiten könnte“"]
    # the clause ends at the comma before the cue clause, not at the cue verb ("…“, so urteilte X")
    assert texts(nlp, "Romney gewann die Vorwahl. Ein „außerordentlicher Sieg“, so urteilte Romney selbst.") == [
        "Ein „außerordentlicher Sieg“"]


def test_capitalised_quotation_before_a_postposed_cue_stays_direct(nlp: Language) -> None:
    found = analyse(nlp, "Der Minister war deutlich. „Wir werden das prüfen“, sagte er.")
    assert [(q.text, q.kind) for q in found] == [("„Wir werden das prüfen“", "direct")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the frame opens the sentence: the report runs from the clause after it, speech act included
    ("Laut CNN hat der Verteidigungsminister verkündet, der Übergangsrat wolle die Truppen behalten.",
     "hat der Verteidigungsminister verkündet, der Übergangsrat wolle die Truppen behalten", "CNN"),
    ("Laut faz.net appellierte der Außenminister an die Teilnehmer, sich für den Klimaschutz zu engagieren.",
     "appellierte der Außenminister an die Teilnehmer, sich für den Klimaschutz zu engagieren", "faz.net"),
    # the frame inside the clause: the whole clause
    ("Ausländer wurden gestern nach Angaben eines Helfers von den Behörden angewiesen, die Stadt zu verlassen.",
     "Ausländer wurden gestern nach Angaben eines Helfers von den Behörden angewiesen, die Stadt zu verlassen",
     "Angaben eines Helfers"),
])
def test_source_frame_in_the_cue_clause_reports_the_clause_with_its_speech_act(nlp: Language, text: str,
                                                                               content: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == speaker


def test_cue_in_a_subordinate_clause_keeps_its_content_under_a_frame(nlp: Language) -> None:
    # the frame stands in the author's adverbial clause, not in the cue's main clause
    assert texts(nlp, "Der Minister sagte, weil laut Umfragen die Mehrheit zustimme, werde das Gesetz kommen.") == [
        "weil laut Umfragen die Mehrheit zustimme, werde das Gesetz kommen"]


def test_plural_konjunktiv_ii_with_a_condition_continues_the_statement_before(nlp: Language) -> None:
    # "würden" stands in for the Konjunktiv I "werden" (same as the indicative), so the conditional sentence right
    # after a report goes on reporting it
    found = texts(nlp, "Laut einem Bericht der UN sind dort 40 Prozent der Opfer minderjährig. Die jungen Frauen "
                       "würden häufig angegriffen, wenn sie die Lager verließen.")
    assert found[-1] == "Die jungen Frauen würden häufig angegriffen, wenn sie die Lager verließen."
    # without a statement before, the hypothetical is the article's own
    assert texts(nlp, "Die Brücke ist marode. Die Arbeiten würden länger dauern, wenn der Winter früh käme.") == []


@pytest.mark.parametrize(("text", "content"), [
    ("Die Klausel besagt, dass der Käufer seinen Anteil sofort zurückgeben muss.",
     "dass der Käufer seinen Anteil sofort zurückgeben muss"),
    ("Der Verband machte deutlich, dass er die Reform ablehnt.", "dass er die Reform ablehnt"),
    ("Der Minister wandte ein, dass die Reform zu teuer ist.", "dass die Reform zu teuer ist"),
    ("Die Sprecherin relativierte, dass man nur von einem Einzelfall gesprochen hat.",
     "dass man nur von einem Einzelfall gesprochen hat"),
    ("Er hatte seinen Sohn beauftragt, die Firma zu verkaufen.", "die Firma zu verkaufen"),
])
def test_news_reporting_verbs_introduce_their_content(nlp: Language, text: str, content: str) -> None:
    # cue_verbs.tsv (QLEX2): reporting predicates of German news beyond the common "sagte/erklärte"
    assert texts(nlp, text, "indirect") == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Nach dem Grundgesetz ist der Bundeskanzler für die Richtlinien der Politik verantwortlich.",
     "ist der Bundeskanzler für die Richtlinien der Politik verantwortlich"),
    ("Nach der Verfassung muss sich die Senatorin im Herbst der Wahl stellen.",
     "muss sich die Senatorin im Herbst der Wahl stellen"),
    ("Nach Kenntnis der Polizei war der Täter allein unterwegs.", "war der Täter allein unterwegs"),
])
def test_texts_of_law_and_knowledge_are_source_frames(nlp: Language, text: str, content: str) -> None:
    assert texts(nlp, text, "indirect") == [content]


def test_a_plan_with_soll_two_author_sentences_after_a_statement_is_the_authors(nlp: Language) -> None:
    # a present-infinitive "soll" reads as plan as often as claim: once two sentences of the author's own came
    # between, it no longer passes on the last statement (a perfect infinitive still marks a claim there)
    lead = ("Der Minister sagte, das Werk werde geschlossen. Die Belegschaft war überrascht. Der Betriebsrat traf "
            "sich am Abend. ")
    plan = "Die Produktion soll im nächsten Jahr nach Polen verlagert werden."
    assert texts(nlp, lead + plan) == ["das Werk werde geschlossen"]
    claim = "Die Firma soll die Verlagerung schon lange geplant haben."
    assert texts(nlp, lead + claim)[-1] == claim
    # right after the statement the plan is still the minister's account
    assert texts(nlp, "Der Minister sagte, das Werk werde geschlossen. " + plan)[-1] == plan


def test_a_state_passed_on_with_soll_continues_the_articles_account(nlp: Language) -> None:
    # "soll … betragen": a state is found out and passed on, not planned; it goes on with the account the article
    # reported earlier, however far back, but not when the article reported none, nor as a target ("bis 2011")
    account = ("Nach Angaben der Reederei wurde das Schiff freigegeben. Die Besatzung ist wohlauf. Das Schiff liegt im "
               "Hafen. Es wird repariert. ")
    claim = "Das gezahlte Lösegeld soll rund drei Millionen Dollar betragen."
    quotes = analyse(nlp, account + claim)
    assert quotes[-1].text == claim
    assert quotes[-1].speaker.mention is not None and "Reederei" in quotes[-1].speaker.mention.text
    assert texts(nlp, "Das Schiff wurde freigegeben. Die Besatzung ist wohlauf. " + claim) == []
    assert texts(nlp, account + "Das Schiff soll bis Juni wieder einsatzbereit sein.") == [
        "wurde das Schiff freigegeben"]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the finite verb after a verb-first condition is the main clause's, not an inverted cue ("drohe" ≠ "threatened")
    ("Sollte die Regierung nicht einlenken, drohe ein Streik, sagte der Gewerkschaftschef.",
     "Sollte die Regierung nicht einlenken, drohe ein Streik", "der Gewerkschaftschef"),
    ("Der Minister sagte, die Lage sei ernst. Komme der Vertrag nicht zustande, drohe eine Krise.",
     "Komme der Vertrag nicht zustande, drohe eine Krise.", "Der Minister"),
    # the noun of the condition is no speech act whose content follows
    ("Gelinge der Plan, werde die Firma gerettet, so die Ökonomin.", "Gelinge der Plan, werde die Firma gerettet",
     "die Ökonomin"),
])
def test_a_verb_first_condition_is_part_of_the_reported_clause(nlp: Language, text: str, content: str,
                                                                 speaker: str) -> None:
    quotes = analyse(nlp, text)
    last = quotes[-1]
    assert last.text == content and last.speaker.mention is not None and last.speaker.mention.text == speaker


@pytest.mark.parametrize("text", ["Ist das wirklich nötig, fragte der Abgeordnete.",
                                  "Hat die Regierung versagt, fragte der Abgeordnete."])
def test_an_indicative_verb_first_question_before_an_inverted_cue_is_its_content(nlp: Language, text: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [text.split(",")[0]]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "der Abgeordnete"


@pytest.mark.parametrize("text, quote, cue", [
    # a word that spells the verb's particle but stands before a noun is a preposition: "sagte zu Beginn" is "said",
    # not "promised"; "teilte mit Blick auf … mit" closes with the real particle
    ("Der Minister sagte zu Beginn der Sitzung, man werde sparen.", "man werde sparen", "sagte"),
    ("Die Polizei teilte mit Blick auf die Demonstration mit, die Lage sei ruhig.", "die Lage sei ruhig",
     "teilte mit Blick auf die Demonstration mit"),
    # a name particle: "zu Guttenberg" is part of the speaker's name, not the particle of "zusagen"
    ("„Das ist ein guter Tag“, sagte Karl-Theodor zu Guttenberg.", "„Das ist ein guter Tag“", "sagte"),
])
def test_a_particle_before_a_noun_is_a_preposition(nlp: Language, text: str, quote: str, cue: str) -> None:
    q = next(q for q in analyse(nlp, text) if q.text == quote)
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize("verb", ["verteidigte", "rechtfertigte"])
def test_a_reflexive_defence_cues_the_sentence_before_it(nlp: Language, verb: str) -> None:
    # without the cue the whole sentence, cue clause included, was one cue-less subjunctive quote
    q = analyse(nlp, f"Er habe nichts falsch gemacht, {verb} sich der Bürgermeister.")[0]
    assert q.text == "Er habe nichts falsch gemacht"
    assert q.cue is not None and q.cue.text == f"{verb} sich"
    assert q.speaker.mention is not None and q.speaker.mention.text == "der Bürgermeister"


def test_a_reflexive_defence_without_content_is_no_quote(nlp: Language) -> None:
    assert analyse(nlp, "Der Bürgermeister verteidigte sich gegen die Vorwürfe.") == []


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("Man sei „zutiefst erschüttert“, teilte das Unternehmen am Montag mit.", "Man sei „zutiefst erschüttert“",
     "teilte das Unternehmen am Montag mit", "das Unternehmen"),
    ("Die Lage sei „sehr ernst“, sagte der Minister am Montag in Berlin.", "Die Lage sei „sehr ernst“", "sagte",
     "der Minister"),
])
def test_a_quoted_phrase_closing_reported_speech_keeps_the_inverted_cue(
        nlp: Language, text: str, content: str, cue: str, speaker: str) -> None:
    q = analyse(nlp, text)[0]
    assert (q.kind, q.text) == ("mixed", content)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker.mention is not None and q.speaker.mention.text == speaker


def test_a_direct_quotation_before_the_inverted_cue_stays_direct(nlp: Language) -> None:
    q = analyse(nlp, "„Man ist zutiefst erschüttert“, teilte das Unternehmen mit.")[0]
    assert (q.kind, q.text) == ("direct", "„Man ist zutiefst erschüttert“")


# ------------------------------------------------------------------ QDIR5: typography of direct quotations


@pytest.mark.parametrize("text", [
    "„Wir bauen keine neuen Kraftwerke“ – sagte der Konzernchef Markus Krebber – „solange die Regeln unklar sind.“",
    "„Wir bauen keine neuen Kraftwerke“ – so Konzernchef Markus Krebber – „solange die Regeln unklar sind.“",
    "„Wir bauen keine neuen Kraftwerke“, so Konzernchef Markus Krebber, „solange die Regeln unklar sind.“",
])
def test_a_cue_between_dashes_or_so_frame_interrupting_a_quotation_keeps_both_parts_direct(
        nlp: Language, text: str) -> None:
    # the insertion is the cue of two direct quotations, not a reported sentence around it (kind "mixed" with the
    # cue inside the quoted span)
    quotes = analyse(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "„Wir bauen keine neuen Kraftwerke“"), ("direct", "„solange die Regeln unklar sind.“")]
    assert all(q.speaker.name == "Markus Krebber" for q in quotes)
    assert all(q.cue is not None and q.cue.text in ("sagte", "so") for q in quotes)


def test_a_quotation_opened_mid_paragraph_runs_over_the_next_paragraph_that_reopens_it(nlp: Language) -> None:
    text = ("„Die Lage ist ernst“, sagte Faeser. „Wir müssen die Grenzen besser schützen.\n\n"
            "„Niemand kann das allein lösen.“")
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [
        "„Die Lage ist ernst“", "„Wir müssen die Grenzen besser schützen.\n\n„Niemand kann das allein lösen.“"]
    assert quotes[1].speaker.name == "Faeser"


def test_straight_quotation_marks_reopening_the_next_paragraph_continue_the_quotation(nlp: Language) -> None:
    text = 'Die Polizei warnte: "Bleiben Sie zu Hause.\n\n"Die Lage ist unübersichtlich."'
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ['"Bleiben Sie zu Hause.\n\n"Die Lage ist unübersichtlich."']
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Die Polizei"


def test_a_cue_in_brackets_closing_the_sentence_is_no_part_of_the_report(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Preise werden weiter steigen (sagte der Ökonom Marcel Fratzscher).")
    assert [q.text for q in quotes] == ["Die Preise werden weiter steigen"]
    assert quotes[0].speaker.name == "Marcel Fratzscher"
    # a bracket inside the sentence still interrupts one report
    assert texts(nlp, "Er habe – sagte der Anwalt – nichts gewusst.") == ["Er habe – sagte der Anwalt – nichts gewusst"]


def test_a_separated_particle_closes_the_middle_field_before_a_verb_second_report(nlp: Language) -> None:
    # the comma after "mit" cannot open an apposition: the indicative verb-second clause is what was said
    text = "Die Stadtverwaltung teilte am Dienstag nach einer Sitzung des Krisenstabs mit, die Schulen bleiben zu."
    assert texts(nlp, text) == ["die Schulen bleiben zu"]
    # a negated report reports no content (the clause after it is a reported act of its own at most)
    assert texts(nlp, "Nähere Einzelheiten gab er nicht bekannt, er verwies aber auf Verzögerungen.", "indirect") == []


def test_a_dash_so_frame_after_one_quotation_is_no_cue_between_two(nlp: Language) -> None:
    # the dash has no partner: whether the text opens with a quotation must not matter
    for text in ("„Es reicht“, sagte Müller. Später hieß es: „Wir kommen“ – so eine Sprecherin, die nichts sagte.",
                 "Müller sagte: „Es reicht“. Später hieß es: „Wir kommen“ – so eine Sprecherin, die nichts sagte."):
        quote = next(q for q in analyse(nlp, text) if "Wir kommen" in q.text)
        assert quote.kind == "direct" and quote.text == "„Wir kommen“"


def test_a_relative_clause_after_a_later_cue_does_not_take_the_quotation_from_it(nlp: Language) -> None:
    text = ("Die Polizei teilte mit: „Zwei Menschen wurden verletzt“, sagte Sprecherin Anna Berg in Köln, "
            "wo der Unfall geschah.")
    quote = next(q for q in analyse(nlp, text) if "verletzt" in q.text)
    assert quote.speaker.name == "Anna Berg"


def test_a_quoted_title_before_an_inverted_clause_is_no_quotation(nlp: Language) -> None:
    assert analyse(nlp, "„Der Untergang“, verfilmte Regisseur Oliver Hirschbiegel im Jahr 2004.") == []


@pytest.mark.parametrize("text", [
    "Die Firma gab am Montag ihre Quartalszahlen bekannt, die Aktie stieg um drei Prozent.",
    "Der Konzern teilte seine Zahlen mit, die Börse reagierte gelassen.",
    "Die Polizei gab keine Details bekannt, die Ermittlungen dauern an.",
    "Wie es so schön heißt, ist aller Anfang schwer.",  # a saying, no source between "es" and the verb
])
def test_an_announced_object_or_a_saying_makes_no_report_of_the_clause_after_it(nlp: Language, text: str) -> None:
    assert analyse(nlp, text) == []


def test_a_particle_closing_a_middle_field_of_adverbials_keeps_the_clause_after_it(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Stadt teilte am Dienstag nach der Sitzung mit, die Schulen bleiben geschlossen.")
    assert [q.text for q in quotes] == ["die Schulen bleiben geschlossen"]


def test_a_one_word_exclamation_before_an_inverted_clause_is_direct_speech(nlp: Language) -> None:
    quotes = analyse(nlp, "„Großartig“, jubelte der Trainer nach dem Spiel.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„Großartig“")]


def test_a_particle_verb_with_von_agent_stays_a_reported_act(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Warnung wurde von Experten ausgesprochen.")
    assert [q.kind for q in quotes] == ["reported"] and quotes[0].speaker.name == "Experten"


def test_an_indefinite_pronoun_is_no_misread_name(nlp: Language) -> None:
    quotes = analyse(nlp, "Irgendjemand sagte, es sei zu spät.")
    assert quotes and quotes[0].speaker.mention is None


def test_the_quoted_one_is_named_in_the_nominative(nlp: Language) -> None:
    text = ("Die Agentur zitierte einen Sprecher des Ministeriums mit den Worten: „Wir prüfen das.“ "
            "Er fügte hinzu, man sei zuversichtlich.")
    quotes = analyse(nlp, text)
    assert [q.speaker.name for q in quotes] == ["ein Sprecher des Ministeriums"] * 2


@pytest.mark.parametrize("text", [
    "Der Missbrauch von Berufsbezeichnungen ist in Deutschland ein Vergehen gemäß § 132a StGB.",
    "Einige Bürger haben die Pauschale schon gemäß der damaligen Regelung geltend gemacht.",
    "Die Filme sind mit Zusatzfunktionen gemäß dem neuen Profil 1.1 ausgestattet.",
    "Die Versammlung ist gemäß Artikel 8 des Grundgesetzes geschützt.",
])
def test_gemaess_before_a_norm_is_no_source_frame(nlp: Language, text: str) -> None:
    # norm_nouns.txt: "gemäß" before a law, paragraph or rule says which rule an action follows, not who says it
    assert analyse(nlp, text) == []


def test_gemaess_before_a_speaker_is_still_a_source_frame(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Baustelle würde gemäß einem Sprecher des Unternehmens bis Montag ruhen.")
    assert len(quotes) == 1 and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "einem Sprecher des Unternehmens"


def test_nach_after_a_time_particle_is_temporal(nlp: Language) -> None:
    # time_particles.txt: "Erst nach umfangreichen Ermittlungen" dates the clause; no source is named
    assert analyse(nlp, "Erst nach umfangreichen Ermittlungen war genug Material beisammen, um ein "
                        "Wiederaufnahmeverfahren durchzusetzen.") == []


def test_gemaess_before_a_newspaper_article_is_a_source_frame(nlp: Language) -> None:
    # "Artikel" is a norm only before a number ("Artikel 8"); a newspaper's article is a source
    quotes = analyse(nlp, "Die Regierung wird gemäß einem Artikel der Zeitung „Le Monde“ bald zurücktreten.")
    assert len(quotes) == 1 and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text.startswith("einem Artikel")


def test_a_quoted_programme_joined_to_its_broadcaster_is_no_quotation(nlp: Language) -> None:
    # "ZDF-„heute journal“" is one compound noun: a quoted part after a hyphen names something, even in lower case
    quotes = analyse(nlp, "Scholz sagte im ZDF-„heute journal“, die Lage sei ernst.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "die Lage sei ernst")]
    assert quotes[0].medium == "heute journal"


@pytest.mark.parametrize("verb", ["genannt", "zitiert"])
def test_a_passive_cue_in_a_relative_clause_does_not_hide_the_statement_after_it(nlp: Language, verb: str) -> None:
    # "der namentlich nicht genannt werden wollte": a negated passive says nothing; the main clause's "sagte" reports
    quotes = analyse(nlp, f"Ein Diplomat, der namentlich nicht {verb} werden wollte, sagte, beide Regierungen hätten "
                          "nur begrenzte Kontrolle über ihre Truppen.")
    assert [q.text for q in quotes] == ["beide Regierungen hätten nur begrenzte Kontrolle über ihre Truppen"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Ein Diplomat"


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    # the infinitive of a plain verb looks like its plural; after "ließ" it is the cue, last in its clause
    ("Er habe das Geld nie angerührt, ließ er über seinen Anwalt erklären.", "Er habe das Geld nie angerührt",
     "erklären", "er"),
    ("Die Vorwürfe seien „haltlos“, ließ der Minister ausrichten.", "Die Vorwürfe seien „haltlos“", "ausrichten",
     "der Minister"),
    # a quoted phrase closing the Konjunktiv clause before "hieß es": the cue clause is no part of the quote
    ("Man sei „zutiefst besorgt“, hieß es in einer Mitteilung des Auswärtigen Amts.", "Man sei „zutiefst besorgt“",
     "hieß", "einer Mitteilung des Auswärtigen Amts"),
])
def test_a_cue_clause_closing_the_sentence_is_no_part_of_the_content(nlp: Language, text: str, content: str,
                                                                     cue: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [content]
    q = quotes[0]
    assert q.cue is not None and q.cue.text.split()[-1] == cue
    assert q.speaker.mention is not None and q.speaker.mention.text == speaker


def test_an_infinitive_after_a_finite_verb_before_und_is_a_finite_cue(nlp: Language) -> None:
    # "befürchten" is the finite verb of the clause after "und", whose subject speaks
    quotes = analyse(nlp, "Dies war nicht die erste Auseinandersetzung und die Anwohner befürchten, dass es nicht die "
                          "letzte sein wird.")
    assert len(quotes) == 1 and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "die Anwohner"


@pytest.mark.parametrize(("text", "contents", "speakers"), [
    # the indicative main clause resumes between the two complement clauses ("wachsen Sorgen"); a feeling is
    # nobody's statement, so the second report has no speaker
    ("Wegen der Berichte von Flüchtlingen, sie seien an der Grenze abgewiesen worden, wachsen Sorgen, die Lage "
     "könnte eskalieren.", ["sie seien an der Grenze abgewiesen worden", "die Lage könnte eskalieren."],
     ["der Berichte von Flüchtlingen", None]),
    # a coordinated noun phrase with its own complement clause; the noun phrase starts after "zu"
    ("Das führte zu Erklärungen des Lehrerverbands, die Schulen könnten mehr Personal brauchen, oder des "
     "Elternverbands, die Klassen seien zu groß.", ["die Schulen könnten mehr Personal brauchen",
                                                   "die Klassen seien zu groß."],
     ["Erklärungen des Lehrerverbands", "des Elternverbands"]),
])
def test_each_subjunctive_clause_embedded_in_an_indicative_sentence_is_its_own_report(
        nlp: Language, text: str, contents: list[str], speakers: list[str | None]) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == contents
    assert [q.speaker.mention.text if q.speaker.mention else None for q in quotes] == speakers
    assert all(q.cue is None for q in quotes)


@pytest.mark.parametrize(("text", "content"), [
    # the author's indicative main clause before the claim's own main clause
    ("Ein 40-jähriger Wärter wurde am Montag festgenommen, er soll den Häftlingen zur Flucht verholfen haben.",
     "er soll den Häftlingen zur Flucht verholfen haben."),
    ("Insgesamt kamen 87 Menschen ums Leben, 120 Menschen sollen verletzt worden sein.",
     "120 Menschen sollen verletzt worden sein."),
    # … and after it
    ("Die Schranken sollen offen gewesen sein, die Ursache ist noch unklar.",
     "Die Schranken sollen offen gewesen sein"),
    # a fronted phrase with a relative clause is part of the claim's clause ("soll" right after the comma)
    ("Bei einem Schusswechsel, der dann stattfand, soll der Anführer getötet worden sein.",
     "Bei einem Schusswechsel, der dann stattfand, soll der Anführer getötet worden sein."),
])
def test_a_reportative_soll_reports_only_its_own_main_clause(nlp: Language, text: str, content: str) -> None:
    assert texts(nlp, text) == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Die Kanzlerin hat am Samstag angekündigt, kurzfristig zurückzutreten als Chefin der Partei.",
     "kurzfristig zurückzutreten als Chefin der Partei"),
    ("Der Verband forderte die Regierung auf, die Steuern zu senken wie in Frankreich.",
     "die Steuern zu senken wie in Frankreich"),
])
def test_a_phrase_with_als_or_wie_after_the_infinitive_keeps_it_an_infinitive_clause(
        nlp: Language, text: str, content: str) -> None:
    # the role or comparison stands in the infinitive clause's Nachfeld: the content is the infinitive clause
    quotes = analyse(nlp, text)
    assert [(q.text, q.kind) for q in quotes] == [(content, "indirect")]


def test_a_konjunktiv_cue_in_a_relative_clause_is_part_of_the_report_around_it(nlp: Language) -> None:
    # "das verspreche" is the union's wording inside its reported sentence, not a statement of the board
    quotes = analyse(nlp, "Die Gewerkschaft kritisierte den Plan. Der Vorstand sei ein Gremium, das verspreche, was "
                          "es nicht halten könne.")
    assert [q.text for q in quotes] == ["Der Vorstand sei ein Gremium, das verspreche, was es nicht halten könne."]
    assert quotes[0].cue is None
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Die Gewerkschaft"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Der Kanzler warf der Opposition, nachdem die Zahlen bekannt wurden, vor, sie habe das Land schlechtgeredet.",
     "sie habe das Land schlechtgeredet", "Der Kanzler"),
    ("Der Sprecher teilte, als er gefragt wurde, mit, man prüfe den Fall.", "man prüfe den Fall", "Der Sprecher"),
    ("Die Polizei gab, nachdem die Ermittlungen abgeschlossen waren, bekannt, dass der Täter gefasst sei.",
     "dass der Täter gefasst sei", "Die Polizei"),
])
def test_a_dependent_clause_before_the_verbs_particle_is_no_content(
        nlp: Language, text: str, content: str, speaker: str) -> None:
    # the inserted clause ends with its own verb; the particle after it closes the cue's clause ("warf … vor")
    quotes = analyse(nlp, text)
    assert [(q.text, q.speaker.mention.text if q.speaker.mention else None) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(("text", "contents"), [
    # "wie erwartet" / "wie berichtet" set off by commas is the author's set phrase, no report of anyone's
    ("Der Trainer teilte, wie erwartet, mit, er werde bleiben.", ["er werde bleiben"]),
    ("Wie berichtet, hat die Firma Insolvenz angemeldet.", []),
    # a "wie" clause with its speaker stays a frame
    ("Wie die Polizei berichtet, sei der Fahrer geflohen.", ["sei der Fahrer geflohen"]),
])
def test_an_elliptic_wie_participle_cues_nothing(nlp: Language, text: str, contents: list[str]) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == contents
    assert all(q.cue is None or q.cue.text not in {"erwartet", "berichtet"} or q.speaker.mention for q in quotes)
