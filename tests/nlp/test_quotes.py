"""Quotations and speakers (lagebild_quotes) on realistic German news sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.nlp.quotes_lexicon import load_lexicon
from lagebild.nlp.quotes_marks import quote_mark_pairs
from lagebild.types import Quote


def analyse(nlp: Language, text: str, doc_id: str = "t1") -> list[Quote]:
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    quotes: list[Quote] = doc._.quotes
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        for span in (q.cue, q.speaker.mention):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return quotes


def only(quotes: list[Quote], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


# ------------------------------------------------------------------ quotation marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte „Ja“ und ging.", ["„Ja“"]),
        ("Sie rief »Halt!« und lief.", ["»Halt!«"]),
        ('Er sagte "Nein" dazu.', ['"Nein"']),
        ("Sie sagte: “Never again.”", ["“Never again.”"]),
        ("„Er nannte es ‚Unsinn‘, sagte sie“, berichtet er.", ["„Er nannte es ‚Unsinn‘, sagte sie“"]),
    ],
)
def test_quote_mark_pairs_outermost(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quote_mark_pairs(text)] == expected


# ------------------------------------------------------------------ direct


def test_direct_quote_with_cue_after(nlp: Language) -> None:
    text = "„Wir haben keine Zeit mehr“, sagte die Ökonomin Veronika Grimm am Montag."
    quotes = analyse(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.kind, q.text) == ("direct", "„Wir haben keine Zeit mehr“")
    assert q.cue is not None and q.cue.text == "sagte"
    assert q.speaker.mention is not None and q.speaker.mention.text == "die Ökonomin Veronika Grimm"
    assert q.speaker.name == "Veronika Grimm"
    assert q.id == "t1#q1" and q.statement == "t1#s1"


def test_direct_quote_with_cue_before_colon(nlp: Language) -> None:
    text = "Regierungssprecher Steffen Hebestreit erklärte: „Die Gespräche gehen weiter.“"
    (q,) = analyse(nlp, text)
    assert q.kind == "direct" and q.text == "„Die Gespräche gehen weiter.“"
    assert q.cue is not None and q.cue.text == "erklärte"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Regierungssprecher Steffen Hebestreit"
    assert q.speaker.name == "Steffen Hebestreit"


def test_multi_sentence_direct_quote_is_one_quote(nlp: Language) -> None:
    text = ("„Die Lage ist ernst. Wir müssen jetzt handeln. Sonst verlieren wir ein ganzes Jahrzehnt“, "
            "betonte der Minister.")
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ["„Die Lage ist ernst. Wir müssen jetzt handeln. Sonst verlieren wir ein "
                                        "ganzes Jahrzehnt“"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "der Minister"


def test_direct_quote_with_so_cue(nlp: Language) -> None:
    text = "„Das ist ein schwarzer Tag für die Demokratie“, so SPD-Chef Lars Klingbeil."
    (q,) = analyse(nlp, text)
    assert q.kind == "direct"
    assert q.cue is not None and q.cue.text == "so"
    assert q.speaker.mention is not None and q.speaker.mention.text == "SPD-Chef Lars Klingbeil"


# ------------------------------------------------------------------ indirect


def test_indirect_after_reporting_verb(nlp: Language) -> None:
    text = "Die Ministerin sagte am Dienstag, die Regierung habe die Lage unterschätzt."
    (q,) = analyse(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "die Regierung habe die Lage unterschätzt"
    assert q.cue is not None and q.cue.text == "sagte"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Ministerin"


def test_indirect_with_laut_frame(nlp: Language) -> None:
    text = "Laut dem Statistischen Bundesamt sei die Zahl der Insolvenzen im Oktober deutlich gestiegen."
    (q,) = analyse(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "sei die Zahl der Insolvenzen im Oktober deutlich gestiegen"
    assert q.speaker.mention is not None and q.speaker.mention.text == "dem Statistischen Bundesamt"


def test_indirect_with_zufolge_and_nach_angaben(nlp: Language) -> None:
    (q1,) = analyse(nlp, "Der Polizei zufolge wurden bei dem Unfall drei Menschen verletzt.")
    assert q1.kind == "indirect" and q1.speaker.mention is not None
    assert q1.speaker.mention.text == "Der Polizei"
    (q2,) = analyse(nlp, "Nach Angaben des Umweltministeriums sind die Werte gestiegen.")
    assert q2.kind == "indirect" and q2.text == "sind die Werte gestiegen"
    assert q2.speaker.mention is not None and "Umweltministeriums" in q2.speaker.mention.text


def test_wie_x_mitteilte(nlp: Language) -> None:
    text = "Wie das Umweltministerium mitteilte, lag die Belastung im Sommer über dem Grenzwert."
    (q,) = analyse(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "lag die Belastung im Sommer über dem Grenzwert"
    assert q.cue is not None and q.cue.text == "mitteilte"
    assert q.speaker.mention is not None and q.speaker.mention.text == "das Umweltministerium"


def test_konjunktiv_continuation_shares_statement(nlp: Language) -> None:
    text = ("Die Ökonomin Veronika Grimm sagte, die Inflation sei noch nicht besiegt. "
            "Es gebe derzeit kaum Spielraum für Entlastungen. "
            "Die Regierung müsse daher sparen. "
            "Am Abend tagte der Ausschuss.")
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [
        "die Inflation sei noch nicht besiegt",
        "Es gebe derzeit kaum Spielraum für Entlastungen.",
        "Die Regierung müsse daher sparen.",
    ]
    assert len({q.statement for q in quotes}) == 1
    assert all(q.speaker.name == "Veronika Grimm" for q in quotes)
    assert all(q.kind == "indirect" for q in quotes)


def test_new_speaker_starts_new_statement(nlp: Language) -> None:
    text = ("Der Kanzler sagte, die Einigung sei ein großer Erfolg. "
            "Die Opposition erklärte dagegen, der Kompromiss komme viel zu spät.")
    q1, q2 = analyse(nlp, text)
    assert q1.statement != q2.statement
    assert q2.speaker.mention is not None and q2.speaker.mention.text == "Die Opposition"


# ------------------------------------------------------------------ mixed and reported


def test_mixed_indirect_with_quoted_fragment(nlp: Language) -> None:
    text = ("Der Sprecher sagte, Moskau habe „offenbar kein Interesse, die Gespräche fortzuführen“.")
    quotes = analyse(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "mixed"
    assert q.text == "Moskau habe „offenbar kein Interesse, die Gespräche fortzuführen“"


def test_laut_with_quoted_fragment_is_mixed(nlp: Language) -> None:
    text = "Laut Grimm gebe es derzeit „kaum Spielraum“."
    (q,) = analyse(nlp, text)
    assert q.kind == "mixed" and q.text == "gebe es derzeit „kaum Spielraum“"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Grimm"


def test_reported_speech_acts(nlp: Language) -> None:
    (q1,) = analyse(nlp, "Die Bildungsministerin forderte mehr Geld für Schulen.")
    assert q1.kind == "reported" and q1.text == "Die Bildungsministerin forderte mehr Geld für Schulen."
    assert q1.cue is not None and q1.cue.text == "forderte"
    assert q1.speaker.mention is not None and q1.speaker.mention.text == "Die Bildungsministerin"
    (q2,) = analyse(nlp, "Der Kanzler sagte den Ländern weitere Hilfen zu.")
    assert q2.kind == "reported" and q2.cue is not None and q2.cue.text.startswith("sagte")
    assert q2.speaker.mention is not None and q2.speaker.mention.text == "Der Kanzler"


def test_passive_is_not_a_speech_act(nlp: Language) -> None:
    assert analyse(nlp, "Die Zahl der Opfer wurde noch nicht offiziell bestätigt.") == []


# ------------------------------------------------------------------ not statements


@pytest.mark.parametrize(
    "text",
    [
        "Das „Deutschlandticket“ bleibt auch im kommenden Jahr bestehen.",
        "Die sogenannte „Zeitenwende“ hat die Bundeswehr verändert.",
        "Der Film „Im Westen nichts Neues“ gewann vier Oscars.",
        "Im Kino läuft derzeit „Oppenheimer“ in vielen Sälen.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp: Language, text: str) -> None:
    assert analyse(nlp, text) == []


def test_article_konjunktiv_ii_hypothetical_is_not_a_quote(nlp: Language) -> None:
    assert analyse(nlp, "Ohne die Hilfen wären viele Betriebe längst insolvent.") == []


# ------------------------------------------------------------------ speakers


def test_pronoun_resolves_to_named_speaker(nlp: Language) -> None:
    text = ("Finanzminister Christian Lindner kritisierte den Haushaltsentwurf. "
            "„Das ist nicht solide finanziert“, sagte er am Abend.")
    quotes = analyse(nlp, text)
    direct = only(quotes, "direct")[0]
    assert direct.speaker.mention is not None and direct.speaker.mention.text == "er"
    assert direct.speaker.name is not None and "Lindner" in direct.speaker.name


def test_role_noun_resolves_to_person(nlp: Language) -> None:
    text = ("Die Ökonomin Veronika Grimm warnte vor einer Rezession. "
            "Die Ökonomin sagte, die Lage sei ernster als erwartet.")
    quotes = analyse(nlp, text)
    indirect = only(quotes, "indirect")[0]
    assert indirect.speaker.mention is not None and indirect.speaker.mention.text == "Die Ökonomin"
    assert indirect.speaker.name == "Veronika Grimm"


def test_unnamed_source_stays_unnamed(nlp: Language) -> None:
    text = "Eine mit den Verhandlungen vertraute Person sagte, man sei sich im Grundsatz einig."
    (q,) = analyse(nlp, text)
    assert q.speaker.mention is not None
    assert q.speaker.mention.text == "Eine mit den Verhandlungen vertraute Person"
    assert q.speaker.entity is None
    assert q.speaker.name == "eine mit den Verhandlungen vertraute Person"


def test_speaker_entity_id_comes_from_entities(nlp: Language) -> None:
    doc = nlp.make_doc("Bundeskanzler Olaf Scholz sagte, die Regierung werde handeln.")
    doc._.doc_id = "t9"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    (q,) = doc._.quotes
    entity_ids = {e.id for e in doc._.entities or []}
    if not entity_ids:
        pytest.skip("the entity component found no entities")
    assert q.speaker.entity in entity_ids


# ------------------------------------------------------------------ medium and headline


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("„Wir brauchen mehr Tempo“, sagte Grimm im Interview mit dem Deutschlandfunk.", "Deutschlandfunk (Interview)"),
        ("Grimm sagte gegenüber dem „Spiegel“, die Reform komme zu spät.", "Spiegel"),
        ("Grimm schrieb auf X, die Reform komme zu spät.", "X/Twitter"),
        ("Grimm sagte in einem Podcast, die Reform komme zu spät.", "Podcast"),
        # the phrase opening the sentence, with its capital letter
        ("Gegenüber dem „Spiegel“ sagte die Ministerin, man prüfe alle Optionen.", "Spiegel"),
        ("In einem Podcast erklärte der Virologe, die Welle sei vorbei.", "Podcast"),
        # the medium's name in its base form
        ("Im Interview mit der „Süddeutschen Zeitung“ kündigte sie an, zurückzutreten.",
         "Süddeutsche Zeitung (Interview)"),
        # the dative after the saying verb: a quoted name, or a medium the list knows
        ("Die Preise würden steigen, sagte er der „Rheinischen Post“.", "Rheinische Post"),
        ("„Wir haben keine Zeit mehr“, sagte Grimm dem Deutschlandfunk.", "Deutschlandfunk"),
    ],
)
def test_medium(nlp: Language, text: str, medium: str) -> None:
    quotes = analyse(nlp, text)
    assert quotes and quotes[0].medium == medium


def test_headline_quote_attributed_from_body(nlp: Language) -> None:
    text = ("Nach dem Gipfel: „Wir haben keine Zeit mehr“\n"
            "Die Ökonomin Veronika Grimm hat nach dem Gipfel zur Eile gemahnt. "
            "„Wir haben keine Zeit mehr“, sagte Grimm am Montag in Berlin.")
    quotes = only(analyse(nlp, text), "direct")
    assert len(quotes) == 2
    headline, body = quotes
    assert headline.start < text.index("\n")
    assert headline.speaker.mention is not None and headline.speaker.mention.text == "Grimm"
    assert headline.statement == body.statement


def test_offsets_match_original_text_with_blanked_boilerplate(nlp: Language) -> None:
    text = ("                    \n"  # a boilerplate line blanked to spaces
            "Der Sprecher sagte, man prüfe alle Optionen. „Wir sind vorbereitet“, fügte er hinzu.")
    quotes = analyse(nlp, text)
    assert {q.kind for q in quotes} == {"indirect", "direct"}
    direct = only(quotes, "direct")[0]
    assert direct.cue is not None and direct.cue.text.startswith("fügte")


# ------------------------------------------------------------------ further patterns


def test_quoted_phrase_as_object_of_speech_act(nlp: Language) -> None:
    text = "SPD-Innenexperte Dieter Wiefelspütz nannte den Bericht eine „Zeitungsente“."
    (q,) = analyse(nlp, text)
    assert (q.kind, q.text) == ("direct", "„Zeitungsente“")
    assert q.cue is not None and q.cue.text == "nannte"
    assert q.speaker.mention is not None and q.speaker.mention.text == "SPD-Innenexperte Dieter Wiefelspütz"


def test_quoted_name_in_subject_is_not_a_quote(nlp: Language) -> None:
    text = "Die Wochenzeitung „Die Zeit“ meldet, die Journalistin habe die Angaben bezweifelt."
    (q,) = analyse(nlp, text)
    assert q.kind == "indirect" and q.text == "die Journalistin habe die Angaben bezweifelt"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Wochenzeitung „Die Zeit“"


def test_das_sagte_attributes_previous_sentence(nlp: Language) -> None:
    text = ("Der Ausbau der Autobahn soll von privaten Investoren finanziert werden. "
            "Das gab Bundesverkehrsminister Manfred Stolpe am Montag in Berlin bekannt.")
    (q,) = analyse(nlp, text)
    # the pointing "Das" stands for the sentence before and is no part of what was said
    assert q.text == "Der Ausbau der Autobahn soll von privaten Investoren finanziert werden."
    assert q.speaker.mention is not None and q.speaker.mention.text == "Bundesverkehrsminister Manfred Stolpe"
    assert q.cue is not None and q.cue.text.startswith("gab")


def test_reportative_sollen_is_reported_speech(nlp: Language) -> None:
    text = ("Die Staatsanwaltschaft erhob Anklage gegen den Abgeordneten. "
            "Er soll einer Sabotagegruppe angehört haben.")
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes if q.kind == "indirect"] == ["Er soll einer Sabotagegruppe angehört haben."]


def test_wonach_clause_is_attributed_to_the_phrase_before(nlp: Language) -> None:
    text = "Es gibt eine Schätzung der Vereinten Nationen, wonach im vergangenen Jahr 53.000 Kinder starben."
    (q,) = analyse(nlp, text)
    assert q.kind == "indirect" and q.text == "im vergangenen Jahr 53.000 Kinder starben"
    assert q.speaker.mention is not None and "Schätzung" in q.speaker.mention.text


# ------------------------------------------------------------------ speakers, round 2


def test_source_phrase_names_the_source_not_the_phrase(nlp: Language) -> None:
    quotes = analyse(nlp, "Nach Angaben der Feuerwehr wurden zwei Menschen leicht verletzt.")
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker.mention is not None and speaker.mention.text == "Angaben der Feuerwehr"
    assert speaker.name == "Feuerwehr"


def test_source_phrase_without_source_has_no_name(nlp: Language) -> None:
    quotes = analyse(nlp, "Nach ersten Erkenntnissen wurde bei dem Unfall niemand verletzt.")
    assert len(quotes) == 1
    assert quotes[0].speaker.name is None and quotes[0].speaker.entity is None


def test_object_first_sentence_takes_the_speaker_after_the_verb(nlp: Language) -> None:
    quotes = analyse(nlp, "Steuererhöhungen kündigte die Sprecherin des Ministeriums an.")
    assert len(quotes) == 1
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text.startswith("die Sprecherin")


def test_nach_eigenen_angaben_with_object_first(nlp: Language) -> None:
    quotes = analyse(nlp, "Eine Notbetreuung bietet die Stadt nach eigenen Angaben für 300 Kinder an.")
    assert quotes and quotes[0].speaker.mention is not None
    # annotators mark the source phrase; the subject after the verb names who gave the information
    assert quotes[0].speaker.mention.text == "eigenen Angaben"
    assert quotes[0].speaker.name == "Stadt"


def test_medium_addressed_with_gegenueber_is_no_quotation(nlp: Language) -> None:
    text = "Die Ministerin Petra Hansen sagte gegenüber dem „Spiegel“, die Verhandlungen seien schwierig."
    quotes = analyse(nlp, text)
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].text == "die Verhandlungen seien schwierig"


def test_pronoun_resolves_to_the_latest_speaker_of_fitting_gender(nlp: Language) -> None:
    text = ("„Wir müssen sparen“, sagte Finanzministerin Anna Berger. „Wir investieren trotzdem“, sagte "
            "Innenminister Jens Roth. Die Lage sei ernst, sagte sie.")
    quotes = analyse(nlp, text)
    last = quotes[-1]
    assert last.speaker.mention is not None and last.speaker.mention.text == "sie"
    assert last.speaker.name == "Anna Berger"


def test_role_noun_resolves_to_the_person_introduced_with_that_role(nlp: Language) -> None:
    text = ("Umweltministerin Clara Vogt besuchte am Dienstag das Klärwerk. "
            "Die Anlage sei veraltet, sagte die Ministerin.")
    quotes = analyse(nlp, text)
    assert quotes[-1].speaker.mention is not None and quotes[-1].speaker.mention.text == "die Ministerin"
    assert quotes[-1].speaker.name == "Clara Vogt"


def test_indefinite_role_noun_stays_unnamed(nlp: Language) -> None:
    text = ("„Wir bauen neu“, sagte Bürgermeister Lars Ott. "
            "Die Kosten seien noch offen, sagte ein Sprecher der Stadt.")
    quotes = analyse(nlp, text)
    assert quotes[-1].speaker.mention is not None and quotes[-1].speaker.mention.text == "ein Sprecher der Stadt"
    assert quotes[-1].speaker.name != "Lars Ott" and quotes[-1].speaker.entity is None


def test_main_clause_after_relative_clause_is_not_its_own_speaker(nlp: Language) -> None:
    text = "Die Kanzlerin warnte vor Rückschlägen. Das Abkommen, das im Mai unterzeichnet wurde, dürfe nicht scheitern."
    quotes = analyse(nlp, text)
    reported = [q for q in quotes if q.text.startswith("Das Abkommen")]
    assert reported and reported[0].speaker.mention is not None
    assert reported[0].speaker.mention.text != "Das Abkommen"


def test_speaker_name_covers_the_whole_organisation_name(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Fahrgastverband Pro Bahn forderte mehr Züge.")
    # GermEval-style NER may include the descriptor noun ("Fahrgastverband Pro Bahn"); either way the name is whole
    assert quotes and quotes[0].speaker.name in ("Pro Bahn", "Fahrgastverband Pro Bahn")


# ------------------------------------------------------------------ speakers: fallbacks, passives, anaphors


def test_demnach_is_the_speaker_mention_and_points_to_the_source(nlp: Language) -> None:
    text = ("Das Statistische Bundesamt veröffentlichte am Montag neue Zahlen. "
            "Demnach sei die Zahl der Arbeitslosen deutlich gestiegen.")
    quotes = analyse(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "sei die Zahl der Arbeitslosen deutlich gestiegen"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Demnach"
    assert q.speaker.name is not None and "Bundesamt" in q.speaker.name


def test_danach_without_konjunktiv_is_temporal(nlp: Language) -> None:
    text = "Die Maschine landete um neun Uhr. Danach brach an Bord ein Feuer aus."
    assert analyse(nlp, text) == []


def test_relative_pronoun_is_the_mention_and_resolves_to_its_noun(nlp: Language) -> None:
    text = ("Bei der Talkshow wurde ein Prediger aus London zugeschaltet, der alle Zuschauer aufforderte, "
            "Israel nicht mehr zu unterstützen.")
    q = analyse(nlp, text)[0]
    assert q.text == "Israel nicht mehr zu unterstützen"
    assert q.speaker.mention is not None and q.speaker.mention.text == "der"
    assert q.speaker.name is not None and "Prediger" in q.speaker.name


def test_subject_before_apposition_speaks_for_coordinated_cue(nlp: Language) -> None:
    text = ("Einer der Putschisten, Harouna Djibrilla Adamou, dankte den Menschen für ihre Unterstützung und "
            "ergänzte, der Staatsstreich sei im besten Interesse des Landes.")
    q = analyse(nlp, text)[0]
    assert q.text == "der Staatsstreich sei im besten Interesse des Landes"
    assert q.speaker.mention is not None and q.speaker.mention.text.startswith("Einer der Putschisten")


def test_subject_after_inverted_auxiliary(nlp: Language) -> None:
    text = "Vor kurzem hatte ein Talibanführer, Baitullah Mehsud, erklärt, die Taliban würden weiter kämpfen."
    q = analyse(nlp, text)[0]
    assert q.text == "die Taliban würden weiter kämpfen"
    assert q.speaker.name == "Baitullah Mehsud"


def test_passive_speech_act_has_no_speaker_but_keeps_the_von_agent(nlp: Language) -> None:
    blamed = analyse(nlp, "Dem Geschäftsführer des Vereins wird vorgeworfen, er habe seine Anhänger nicht im Griff.")
    assert len(blamed) == 1 and blamed[0].speaker.mention is None
    told = analyse(nlp, "Von der Polizei wurde mitgeteilt, der Verdächtige sei gefasst worden.")
    assert len(told) == 1
    assert told[0].speaker.mention is not None and "Polizei" in told[0].speaker.mention.text


def test_hiess_es_names_the_place_or_body_as_source(nlp: Language) -> None:
    q = analyse(nlp, "Aus Paris hieß es, das Vorgehen sei eine schwere Verletzung des Abkommens.")[0]
    assert q.text == "das Vorgehen sei eine schwere Verletzung des Abkommens"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Paris"


def test_inverted_clause_after_quote_names_speaker_without_lexicon_verb(nlp: Language) -> None:
    text = "„Kontraproduktiv waren auch einige Kollegen in der Klinik“, wunderte sich Trotnow später."
    q = analyse(nlp, text)[0]
    assert q.kind == "direct"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Trotnow"
    # no cue of its own: the speaker is the clause's subject, with that rule's calibrated share (confidence.tsv)
    assert q.cue is None and q.confidence == load_lexicon().confidence["direct_subject"]


def test_court_sentence_is_no_speech_act(nlp: Language) -> None:
    assert analyse(nlp, "Jufer war im März zu zehn Jahren Haft verurteilt worden.") == []


def test_sollen_after_a_statement_continues_it_but_not_alone(nlp: Language) -> None:
    text = "Der Polizeisprecher Jan Meier sagte, die Lage sei ruhig. Am Abend sollen noch weitere Kräfte eintreffen."
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ["die Lage sei ruhig", "Am Abend sollen noch weitere Kräfte eintreffen."]
    assert quotes[1].speaker.name == "Jan Meier"
    assert quotes[1].confidence < quotes[0].confidence
    assert analyse(nlp, "Am Abend sollen noch weitere Kräfte eintreffen.") == []


def test_document_a_statement_emerges_from_is_the_source(nlp: Language) -> None:
    q = analyse(nlp, "Aus dem Bericht der Regierung geht hervor, dass die Kosten gestiegen seien.")[0]
    assert q.text == "dass die Kosten gestiegen seien"
    assert q.speaker.mention is not None and q.speaker.mention.text == "dem Bericht der Regierung"
    assert q.cue is not None and q.cue.text == "geht hervor"


def test_quoted_medium_after_the_cue_is_the_speaker_not_a_quotation(nlp: Language) -> None:
    text = "„Die Betonung von Video beweist, dass Macromedia aufschließen will“, schreibt die „Computerwoche“."
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ["„Die Betonung von Video beweist, dass Macromedia aufschließen will“"]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "die „Computerwoche“"
    told = analyse(nlp, "Der Minister sagte der „Zeit“, die Lage sei ernst.")
    assert [q.text for q in told] == ["die Lage sei ernst"]


def test_zitieren_makes_the_quoted_person_the_speaker(nlp: Language) -> None:
    text = "Ein Fernsehsender zitierte Papandreou mit den Worten: „Wenn ich das Problem bin, klebe ich nicht am Stuhl.“"
    q = only(analyse(nlp, text), "direct")[0]
    assert q.speaker.mention is not None and q.speaker.mention.text == "Papandreou"
    q = analyse(nlp, "„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.")[0]
    assert q.speaker.mention is not None and q.speaker.mention.text.startswith("Yolanda Alvarez")


def test_coordinated_second_speech_act_is_its_own_quote_with_the_same_speaker(nlp: Language) -> None:
    text = "Der Minister sagte, die Lage sei ernst, und forderte, die Reform fortzusetzen."
    quotes = analyse(nlp, text)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("die Lage sei ernst", "sagte"), ("die Reform fortzusetzen", "forderte")]
    assert all(q.speaker.mention is not None and q.speaker.mention.text == "Der Minister" for q in quotes)
    # a cue inside the reported content is part of what was said, not a second statement
    inner = analyse(nlp, "Sie sagte, er habe erklärt, die Lage sei ernst.")
    assert [q.text for q in inner] == ["er habe erklärt, die Lage sei ernst"]


def test_bekannt_werden_reports_content_without_a_speaker(nlp: Language) -> None:
    quotes = analyse(nlp, "Im April wurde dann bekannt, dass der Senator an Krebs litt.")
    assert [q.text for q in quotes] == ["dass der Senator an Krebs litt"]
    assert quotes[0].speaker.mention is None
    wie = analyse(nlp, "Wie gestern bekannt wurde, befindet sich unter den Opfern der Politiker Ted Stevens.")
    assert [q.text for q in wie] == ["befindet sich unter den Opfern der Politiker Ted Stevens"]
    assert wie[0].speaker.mention is None  # not "gestern bekannt"
    named = analyse(nlp, "Wie das Ministerium bekannt gab, ist der Bericht veröffentlicht worden.")
    assert named[0].speaker.mention is not None and named[0].speaker.mention.text == "das Ministerium"


def test_quoted_names_titles_and_translations_are_no_direct_quotes(nlp: Language) -> None:
    # before its abbreviation, in brackets, or one of a list of quoted titles: names, not statements
    named = ("Regierungsvertreter machen die Oppositionspartei „Koalition für Einheit und Entwicklung“ (CUD) "
             "verantwortlich.")
    assert only(analyse(nlp, named), "direct") == []
    bracket = "In der Partei Jobbik („Bewegung für ein besseres Ungarn“) haben die Rechten ein Sprachrohr."
    assert only(analyse(nlp, bracket), "direct") == []
    listed = ("Die Besucher hörten Vorträge wie „Der Einsatz der Trümmerbahnen in Dresden nach dem Krieg“, "
              "„Erinnerungen und Bilder zur Verkehrsgeschichte der Stadt“ oder „Geschichte der Gastronomie im Park“.")
    assert only(analyse(nlp, listed), "direct") == []
    union = "Der ehemalige Chef der Gewerkschaft „Öffentliche Dienste, Transport und Verkehr“ ist tot."
    assert only(analyse(nlp, union), "direct") == []
    # a quoted fragment of speech in brackets (lower case) and a real quotation stay quotations
    fragment = ("Die SPD will hohe Einkommen („ab einem Jahreseinkommen von 250.000 Euro für Ledige“) stärker "
                "besteuern.")
    assert [q.text for q in only(analyse(nlp, fragment), "direct")] == [
        "„ab einem Jahreseinkommen von 250.000 Euro für Ledige“"]
    spoken = "„Wir haben keine Zeit mehr“, sagte die Ministerin, „und die Lage ist ernst.“"
    assert len(only(analyse(nlp, spoken), "direct")) == 2


def test_intention_verbs_report_their_zu_infinitive_or_dass_clause(nlp: Language) -> None:
    agreed = analyse(nlp, "Beide Seiten hatten vereinbart, die Flaggen zu wechseln.")
    assert [(q.kind, q.text) for q in agreed] == [("indirect", "die Flaggen zu wechseln")]
    assert agreed[0].speaker.mention is not None and agreed[0].speaker.mention.text == "Beide Seiten"
    insists = analyse(nlp, "NPR und PBS bestehen jedoch darauf, Programme für die ganze Bevölkerung zu machen.")
    assert [q.text for q in insists] == ["Programme für die ganze Bevölkerung zu machen"]
    # a bare object is a plan, not a statement; an object noun before the comma takes the clause; nobody plans
    # in an impersonal passive
    assert analyse(nlp, "Die Stadt plant den Bau einer Brücke.") == []
    assert analyse(nlp, "Der Minister plant eine Ergänzung des Gesetzes mit dem Ziel, die Rechte zu stärken.") == []
    assert analyse(nlp, "Außerdem ist geplant, importierte Modelle auf dem indischen Markt anzubieten.") == []
    # an intention verb cues no direct quotation
    assert analyse(nlp, "Der Senat plant die Einführung einer zentralen „Schülerdatei“ für alle Schulen.") == []


def test_purpose_infinitive_is_no_reported_content(nlp: Language) -> None:
    purpose = "Seit längerem bieten Internetprovider Möglichkeiten an, um das unbefugte Lesen zu verhindern."
    assert analyse(nlp, purpose) == []
    warned = analyse(nlp, "Die Polizei warnte am Abend vor dem Spiel, um eine Panik zu vermeiden.")
    assert [q.text for q in warned if q.kind == "indirect"] == []
    demand = analyse(nlp, "Die Gewerkschaft forderte, die Reform fortzusetzen.")
    assert [q.text for q in demand] == ["die Reform fortzusetzen"]


def test_speech_act_noun_reports_its_content_with_the_genitive_source(nlp: Language) -> None:
    demand = analyse(nlp, "Die Partei reagierte auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, in der "
                          "Gesundheitspolitik auf die SPD zuzugehen.")
    assert [(q.kind, q.text) for q in demand] == [("indirect", "in der Gesundheitspolitik auf die SPD zuzugehen")]
    assert demand[0].speaker.mention is not None and "Edmund Stoiber" in demand[0].speaker.mention.text
    # the zu-infinitive ends at its comma; Konjunktiv I after an accusation is its content too
    appeal = analyse(nlp, "Dem Appell der Polizei, sich zu stellen, folgte er nicht.")
    assert [q.text for q in appeal] == ["sich zu stellen"]
    assert appeal[0].speaker.mention is not None and appeal[0].speaker.mention.text == "der Polizei"
    accused = analyse(nlp, "Auf den Vorwurf der CDU, es handele sich um einen Trick, reagierte die SPD gelassen.")
    assert [q.text for q in accused] == ["es handele sich um einen Trick"]
    # without a source the noun phrase itself is the mention
    plans = analyse(nlp, "Ursprüngliche Pläne, den Bären zu betäuben und einzufangen, wurden daher verworfen.")
    assert [q.text for q in plans] == ["den Bären zu betäuben und einzufangen"]
    assert plans[0].speaker.mention is not None and plans[0].speaker.mention.text == "Ursprüngliche Pläne"
    # a purpose clause after a speech-act noun is no content
    assert analyse(nlp, "Die Forderung kam spät, um Kosten zu sparen.") == []


def test_a_person_in_the_dative_is_no_medium(nlp: Language) -> None:
    quotes = analyse(nlp, "„Wir prüfen das“, sagte der Minister der Kanzlerin.")
    assert quotes and quotes[0].medium is None


def test_quote_mark_pairs_over_paragraphs_reopened_after_a_sentence_or_with_straight_marks() -> None:
    text = "Er sagte. „Erstens.\n\n„Zweitens.“"
    assert [text[s:e] for s, e in quote_mark_pairs(text)] == ["„Erstens.\n\n„Zweitens.“"]
    text = 'Sie sagte: "Erstens.\n\n"Zweitens."'
    assert [text[s:e] for s, e in quote_mark_pairs(text)] == ['"Erstens.\n\n"Zweitens."']
