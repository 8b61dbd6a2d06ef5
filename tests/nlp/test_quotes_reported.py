"""Reported speech acts (kind "reported") and reportative "sollen" sentences (free indirect speech)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_quotes import analyse  # the shared helper: checks every span against the text

from lagebild.nlp.quotes import _QuoteFinder
from lagebild.nlp.quotes_lexicon import load_lexicon
from lagebild.types import Quote


def reported(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes if q.kind == "reported"]


# ------------------------------------------------------------------ which verbs report a speech act


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a separable speech act with its particle in the perfect
        ("Die Berliner SPD hat gestern einen verpflichtenden Werteunterricht angekündigt.",
         "angekündigt", "Die Berliner SPD"),
        ("Zapatero verwies dagegen auf die Zusammenarbeit mit den Herkunftsländern.", "verwies", "Zapatero"),
        ("Die IG Metall wertet die Einigung mit der Konzernführung als Erfolg.", "wertet", "Die IG Metall"),
        ("Der Präsidentenrat für Menschenrechte stufte das Gesetz als verfassungswidrig ein.", "stufte",
         "Der Präsidentenrat für Menschenrechte"),
        ("Zudem regte ein Sprecher der Afrikanischen Union eine Gipfelkonferenz an.", "regte",
         "ein Sprecher der Afrikanischen Union"),
    ],
)
def test_speech_acts_without_content_are_reported(nlp: Language, text: str, cue: str, speaker: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.cue is not None and q.cue.text.startswith(cue)
    assert q.speaker.mention is not None and q.speaker.mention.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        # attributive participles describe a noun; nobody speaks
        "Shelby hält den Weltrekord mit einer bestätigten Höchstgeschwindigkeit von 412 km/h.",
        "Mit diesen Programmen schließt sich eine oft beklagte Lücke im Angebot.",
        # a bare participle without a perfect or passive auxiliary is an adverb ("ausgesprochen defensiv")
        "Die Niederländer spielten in der ersten Hälfte ausgesprochen defensiv.",
        # reflexive "sich nennen/bezeichnen/versprechen": a name or an expectation, not an utterance
        "Die Gruppe überwacht die Zensur und bezeichnet sich selbst als Projekt zur Transparenz.",
        "Von der Kooperation verspricht sich der Konzern Synergieeffekte.",
        # "verweisen auf Platz zwei" in sport, "auswerten" is no "werten als"
        "Der Brasilianer verwies den Titelverteidiger auf Platz zwei.",
        "Die Suchmaschine wertet die Seiten noch einmal aus.",
        # decisions and refusals are acts, but no speech acts: they report content only with a clause
        "Das Bundesverfassungsgericht entschied den Streit zugunsten des Landes.",
        "Die Linkspartei hatte bisher immer ein militärisches Engagement der Bundeswehr abgelehnt.",
    ],
)
def test_non_speech_uses_of_reporting_verbs_are_not_reported(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


def test_refusal_with_a_zu_infinitive_still_reports_its_content(nlp: Language) -> None:
    text = "Der Minister lehnte es ab, die Steuer zu senken."
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes if q.kind == "indirect"] == ["die Steuer zu senken"]


# ------------------------------------------------------------------ a speech act coordinated after a statement


def test_speech_act_coordinated_after_a_direct_quotation(nlp: Language) -> None:
    text = "„Gar nicht mehr so privat und sicher?“ schrieben die Hacker und kündigten weitere Aktionen an."
    quotes = analyse(nlp, text)
    assert [q.kind for q in quotes] == ["direct", "reported"]
    act = quotes[1]
    assert act.text == "und kündigten weitere Aktionen an"
    assert act.speaker.mention is not None and act.speaker.mention.text == "die Hacker"


def test_speech_act_contrasted_after_indirect_speech(nlp: Language) -> None:
    text = ("Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber bei der Entscheidung "
            "von einem ergebnisoffenen Prozess.")
    quotes = analyse(nlp, text)
    assert [q.kind for q in quotes] == ["indirect", "reported"]
    assert quotes[1].text == "sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess"
    assert quotes[1].speaker.mention is not None and quotes[1].speaker.mention.text == "Sie"


def test_inverted_cue_clause_after_content_is_no_second_act(nlp: Language) -> None:
    # "…, kündigte die Regierung an": the comma-verb opens the cue clause of the content before it
    text = "Die Grenzen bleiben bis auf Weiteres geschlossen, kündigte die Regierung in Lomé an."
    quotes = analyse(nlp, text)
    assert reported(quotes) == []


# ------------------------------------------------------------------ reportative "sollen"


def test_reportative_perfect_before_a_further_clause(nlp: Language) -> None:
    text = ("Der Zug erfasste am Morgen ein Auto. Die Schranken des Bahnübergangs sollen zu diesem Zeitpunkt "
            "offen gewesen sein, die Ursache ist noch unklar.")
    quotes = analyse(nlp, text)
    assert len(quotes) == 1 and quotes[0].kind == "indirect"
    assert quotes[0].text.startswith("Die Schranken des Bahnübergangs sollen")


def test_planned_sollen_far_from_any_statement_is_no_quote(nlp: Language) -> None:
    text = ("Die Polizei nahm einen Mann fest. Am Abend gab es eine Kundgebung. Die Stimmung war ruhig. "
            "Der Platz soll im Sommer umgebaut werden, die Kosten sind noch unklar.")
    assert analyse(nlp, text) == []


def test_consecutive_reportative_sentences_are_one_statement(nlp: Language) -> None:
    # a claim passed on with "soll" right after another goes on with the same account: one statement, so the
    # evaluation (and a reader) sees the adjacent sentences as one quotation, as annotators mark them
    text = ("Ein Polizeisprecher sagte, es gebe viele Opfer. Unter den Toten soll sich auch ein Kleinkind befinden. "
            "Über ein Drittel der Verletzten sollen Studenten einer nahen Hochschule sein.")
    quotes = analyse(nlp, text)
    assert [q.text[:13] for q in quotes] == ["es gebe viele", "Unter den Tot", "Über ein Drit"]
    assert quotes[1].statement == quotes[2].statement


# ------------------------------------------------------------------ stances with their preposition (stance_verbs.tsv)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Polizei geht bei dem ehemaligen Manager von Fluchtgefahr aus.", "Die Polizei"),
        ("Die Grünen dagegen sehen in diesem Vorschlag keine Lösung des Problems.", "Die Grünen"),
        ("Insbesondere sieht er in seinem Gutachten darin eine Behinderung des Kapitalverkehrs.", "er"),
        ("Trigema-Chef Wolfgang Grupp hält die Kritik an den Unternehmern für teilweise gerechtfertigt.",
         "Trigema-Chef Wolfgang Grupp"),
        ("Der iranische Vize-Außenminister betrachtet die Anrufung des Sicherheitsrates als Eskalation des Konflikts.",
         "Der iranische Vize-Außenminister"),
        # a plural role noun can take a stance
        ("Experten sehen in dem Referendum den ersten Schritt zur Unabhängigkeit.", "Experten"),
        # an expectation or fear with its object
        ("Kritiker fürchten Interessenskonflikte.", "Kritiker"),
    ],
)
def test_stances_with_their_preposition_are_reported(nlp: Language, text: str, speaker: str) -> None:
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        # no one who can speak takes the stance
        "Das Feuer ging von einem Nebengebäude aus.",
        "Die Zuschauer sahen nach sechs Minuten die erste Chance im Spiel.",
        # the preposition is missing or does not follow the verb
        "Die Polizei geht in dem Fall sehr gründlich vor.",
        "Der Minister sah die Niederlage seiner Partei im Fernsehen.",
        "Das Licht geht aus.",
        # the one expected is no speaker; a fear in a relative clause belongs to its main clause
        "Den Piloten erwartet eine Anklage wegen Körperverletzung.",
        "Es handelt sich um Länder, die ein Problem mit Minderheiten haben und separatistische Bewegungen fürchten.",
    ],
)
def test_stance_verbs_without_their_frame_are_no_quotes(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


# ------------------------------------------------------------------ "als Ursache … angegeben" (naming_frames.tsv)


def test_reason_named_in_an_agentless_passive_is_reported_without_speaker(nlp: Language) -> None:
    text = "Der Politiker starb in Lomé. Als Todesursache wurde ein Herzinfarkt angegeben."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == "Als Todesursache wurde ein Herzinfarkt angegeben."
    assert q.speaker.mention is None
    assert q.cue is not None and q.cue.text == "angegeben"


def test_reason_named_after_the_auxiliary_is_reported(nlp: Language) -> None:
    text = "In ersten Berichten über das Unglück wurde als Ursache die Explosion eines Stahlofens vermutet."
    assert reported(analyse(nlp, text)) == [text]


def test_reason_named_in_the_active_has_the_subject_as_speaker(nlp: Language) -> None:
    text = "Als Grund gab die Aufsichtsbehörde die mangelnde Sicherheit der Maschinen an."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == "die Aufsichtsbehörde"


@pytest.mark.parametrize(
    "text",
    [
        "Als Kind wurde er oft genannt.",  # "als" names no reason
        "Als Ursache wurde ein Defekt vermutet, weil …?",  # a question reports nothing
        "Als Grund für den Umzug ist die Nähe zum Flughafen wichtig.",  # no naming verb
    ],
)
def test_als_phrases_without_a_naming_frame_are_not_reported(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


def test_reason_named_with_a_content_clause_stays_indirect(nlp: Language) -> None:
    text = "Als Grund für die Verhaftung wurde genannt, dass der Mann keine Organisation hätte gründen dürfen."
    quotes = analyse(nlp, text)
    assert [q.kind for q in quotes] == ["indirect"]


def test_stance_ends_before_a_new_main_clause_but_keeps_its_relative_clause(nlp: Language) -> None:
    text = "Beobachter gehen von einer Radikalisierung des Konflikts aus, sie trauen der Regierung nicht."
    assert reported(analyse(nlp, text)) == ["Beobachter gehen von einer Radikalisierung des Konflikts aus"]
    text = "Die Behörden vor Ort gehen von einer Autobombe aus, die unter dem Auto deponiert war."
    assert reported(analyse(nlp, text)) == [text]


# ------------------------------------------------------------------ free indirect speech in a plural Konjunktiv II


def test_plural_konjunktiv_ii_standing_in_for_konjunktiv_i_continues_a_statement(nlp: Language) -> None:
    text = ("Der Minister sagte, die Lage sei ernst. Die Preise steigen seit Monaten. In Berlin regnet es. "
            "Die Bürger hätten das längst bemerkt.")
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == ["die Lage sei ernst", "Die Bürger hätten das längst bemerkt."]
    assert quotes[1].kind == "indirect" and quotes[1].cue is None
    assert quotes[1].speaker.mention is not None and quotes[1].speaker.mention.text == "Der Minister"
    assert quotes[1].statement == quotes[0].statement


@pytest.mark.parametrize(
    "text",
    [
        # "wären" has its own Konjunktiv I ("seien"): a hypothetical two sentences after the statement
        "Der Minister sagte, die Lage sei ernst. Die Preise steigen seit Monaten. In Berlin regnet es. "
        "Die Bürger wären gern informiert worden.",
        # no statement before it: a hypothetical
        "Die Preise steigen. In Berlin regnet es. Die Bürger hätten das längst bemerkt.",
    ],
)
def test_konjunktiv_ii_without_a_recent_statement_or_stand_in_form_is_no_quote(nlp: Language, text: str) -> None:
    assert [q.text for q in analyse(nlp, text) if q.cue is None] == []


def test_evaluative_verbs_without_content_are_no_reported_speech(nlp: Language) -> None:
    # criticising, welcoming, confirming or ruling out something without saying what: annotators of German news
    # rarely mark these as reported speech (train split: 10 of 54), so they cue only content clauses
    assert analyse(nlp, "Die Opposition kritisierte die Entscheidung scharf.") == []
    assert analyse(nlp, "Der Verband begrüßte den Beschluss.") == []
    quotes = analyse(nlp, "Die Opposition kritisierte, die Entscheidung sei übereilt.")
    assert [q.text for q in quotes] == ["die Entscheidung sei übereilt"]


@pytest.mark.parametrize(
    "text",
    [
        # acts below the break-even precision on train (annotators rarely mark them as reported speech)
        "Die Bundesregierung hat sich gestern für einen verpflichtenden Werteunterricht ausgesprochen.",
        "Das Innenministerium ordnete eine dreitägige Staatstrauer an.",
        "Die Gewerkschaften rufen die Beschäftigten zu Warnstreiks auf.",
        "Die Kriminalpolizei bittet um Mithilfe bei der Fahndung.",
        "Regierungsvertreter wiesen die Vorwürfe zurück.",
        "Der Premierminister würdigte die Verdienste des Erzbischofs.",
    ],
)
def test_speech_acts_below_break_even_are_not_reported(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


def test_demoted_act_still_cues_a_quoted_phrase_as_its_object(nlp: Language) -> None:
    # "würdigen" reports no bare act any more, but still introduces the quoted phrase it is said about
    text = "Der Kanzler würdigte ihn als „großen Österreicher in der Welt der Musik“."
    quotes = analyse(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„großen Österreicher in der Welt der Musik“")]


@pytest.mark.parametrize(
    "text",
    [
        "Nun kommen Signale von Parteimitgliedern, die auf ein baldiges Ende des Wahlkampfes drängen.",
        "Die Regierung brachte eine Darstellung in Umlauf, die den Angaben der Organisation widerspricht.",
        "Dies lag daran, dass Händler ihren Kunden zunehmend stärkere Geräte empfahlen.",
    ],
)
def test_speech_act_in_a_relative_or_subordinate_clause_is_not_reported(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


def test_main_clause_act_after_a_comma_keeps_its_new_subject(nlp: Language) -> None:
    # "…, die Polizei spricht von …": its own subject opens the clause after the comma
    text = "Die Veranstalter zählten 7.000 Menschen auf dem Platz, die Polizei spricht von 4.000 Teilnehmern."
    assert reported(analyse(nlp, text)) == ["die Polizei spricht von 4.000 Teilnehmern."]


def test_act_with_a_fronted_clause_spans_the_whole_sentence(nlp: Language) -> None:
    # "In einem Bericht, der …, fordert X …": the finite verb opens the clause after the comma, so the part before
    # it is the act's fronted phrase
    text = ("In einem gestern veröffentlichten Bericht, der dem Sicherheitsrat vorgelegt wurde, fordert "
            "UN-Generalsekretär Kofi Annan ein Ende der Rekrutierung von Kindersoldaten.")
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and "Kofi Annan" in q.speaker.mention.text


def test_agentless_passive_of_a_reporting_participle_is_reported_without_speaker(nlp: Language) -> None:
    text = "Es wurde auch die technische Instandhaltung der Druckluftsysteme bemängelt."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text and q.speaker.mention is None
    assert q.cue is not None and q.cue.text == "bemängelt"


@pytest.mark.parametrize(
    "text",
    [
        "Der Fall wurde nicht gemeldet.",  # negated: nothing was reported
        "Dem Mann wird Totschlag vorgeworfen.",  # a charge, not in agentless_reports.txt
        "Tausende Tote werden befürchtet.",  # an estimate
    ],
)
def test_other_agentless_passives_are_not_reported(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


# ------------------------------------------------------------------ round 4: fronted participles, impersonal passives


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bemängelt werden vor allem die langen Wartezeiten in den Ämtern.", "Bemängelt"),
        ("Gemeldet wurde zudem ein Brand in der Innenstadt.", "Gemeldet"),
    ],
)
def test_fronted_reporting_participle_before_its_auxiliary_is_reported(nlp: Language, text: str, cue: str) -> None:
    # capitalised at the sentence start, the participle is still the verb: its auxiliary follows
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text and q.speaker.mention is None
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "Bemängelt hat das niemand.",  # no passive auxiliary after it
        "Gemeldet wurde der Vorfall nicht.",  # negated
    ],
)
def test_fronted_participle_without_passive_or_negated_is_not_reported(nlp: Language, text: str) -> None:
    assert reported(analyse(nlp, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Von Versuchen, die Gewerkschaft zu zerschlagen, wird gesprochen.",
        "Von einer hohen Brandgefahr wird auch in Bonn berichtet.",
    ],
)
def test_impersonal_passive_with_what_is_spoken_of_is_reported_without_speaker(nlp: Language, text: str) -> None:
    # the "von" phrase is the topic, not an agent: nobody is named as the speaker
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text and q.speaker.mention is None


def test_negated_impersonal_passive_is_not_reported(nlp: Language) -> None:
    assert reported(analyse(nlp, "Vom Ergebnis wurde nicht gesprochen.")) == []


def test_fronted_von_phrase_of_sprechen_is_a_reported_act(nlp: Language) -> None:
    text = "Von einem großen Erfolg sprach der Trainer nach dem Spiel."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == "der Trainer"


def test_particle_of_a_speech_act_is_found_after_a_quoted_phrase(nlp: Language) -> None:
    # the quoted phrase sits inside the clause; the particle "zu" after it completes "zusichern"
    text = "Die Kanzlerin sicherte dem Präsidenten ihre „volle Unterstützung“ zu."
    (q,) = analyse(nlp, text)
    assert q.kind == "direct" and q.text == "„volle Unterstützung“"
    assert q.cue is not None and q.cue.text.startswith("sicherte") and q.cue.text.endswith("zu")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Kanzlerin"


def test_quoted_sentence_still_ends_the_particle_search(nlp: Language) -> None:
    # "zu" inside or after a quoted sentence is not the cue's particle
    text = "Die Ministerin sagte: „Wir stimmen dem Plan zu.“"
    (q,) = analyse(nlp, text)
    assert q.cue is not None and q.cue.text == "sagte"


def test_sentence_opening_nominalised_adjective_is_the_subject(nlp: Language) -> None:
    # the tagger reads "Betroffene" as ADJ; inflected and right before the finite verb, it is the subject
    text = "Betroffene berichteten von stundenlangen Wartezeiten."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == "Betroffene"


def test_uninflected_adverbial_adjective_is_not_the_subject(nlp: Language) -> None:
    quotes = analyse(nlp, "Besorgt äußerte sich der Minister, die Lage sei ernst.")
    assert quotes and quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text != "Besorgt"


def test_blaming_with_verantwortlich_machen_is_a_stance(nlp: Language) -> None:
    # "macht X für Y verantwortlich" (stance_verbs.tsv, particle "verantwortlich"): the subject assigns blame
    text = "Die Aktivistin macht die Behörden für die Gewalt gegen Frauen verantwortlich."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Aktivistin"


def test_verantwortlich_machen_needs_its_preposition(nlp: Language) -> None:
    assert reported(analyse(nlp, "Die Aktivistin macht die Behörden verantwortlich.")) == []


def test_security_service_speaks_as_a_body(nlp: Language) -> None:
    # "Verfassungsschutz" (organisation_nouns.txt) can hold a view: "hält … für unbedenklich"
    text = "Der Verfassungsschutz hält eine Veröffentlichung dieser Liste jedoch für unbedenklich."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == "Der Verfassungsschutz"


def test_pluperfect_speech_act_is_background_not_a_report(nlp: Language) -> None:
    assert reported(analyse(nlp, "Linke Gruppen hatten bereits ihren Protest gegen die Zeremonie angekündigt.")) == []
    # the pluperfect of another clause does not silence the act of the main clause
    assert len(reported(analyse(nlp, "Nachdem die Regierung ihre Pläne vorgestellt hatte, forderte die Opposition "
                                     "Neuwahlen."))) == 1
    assert reported(analyse(nlp, "Die Opposition forderte am Montag Neuwahlen.")) == \
        ["Die Opposition forderte am Montag Neuwahlen."]


def test_fronted_adverbial_clause_is_not_part_of_the_act(nlp: Language) -> None:
    # the adverbial clause before an inverted act gives its time or reason; the act starts at its verb
    text = "Während die Regierung bislang schwieg, fordert die Opposition seit gestern den Rücktritt des Ministers."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported"
    assert q.text == "fordert die Opposition seit gestern den Rücktritt des Ministers."
    assert q.speaker.mention is not None and q.speaker.mention.text == "die Opposition"


def test_act_before_a_coordinated_cue_keeps_its_own_clause(nlp: Language) -> None:
    # the zu-infinitive belongs to the nearer cue after "und"; the first act is reported on its own
    text = ("Der Präsident bezeichnete die Proteste als rechtmäßig und forderte die Demonstranten auf, "
            "Ruhe zu bewahren.")
    quotes = analyse(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("reported", "Der Präsident bezeichnete die Proteste als rechtmäßig"),
        ("indirect", "Ruhe zu bewahren"),
    ]
    assert quotes[1].cue is not None and quotes[1].cue.text.startswith("forderte")
    assert all(q.speaker.mention is not None and q.speaker.mention.text == "Der Präsident" for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das Außenministerium der Vereinigten Staaten kritisierte den Anschlag als barbarische Tat.",
         "Das Außenministerium der Vereinigten Staaten"),
        ("Der Verband verurteilte die Entscheidung als zutiefst ungerecht.", "Der Verband"),
        ("Die Gewerkschaft hat die Vorwürfe als haltlos zurückgewiesen.", "Die Gewerkschaft"),
    ],
)
def test_judgement_naming_its_object_als_is_reported(nlp: Language, text: str, speaker: str) -> None:
    # a verb of judgement with an "als" predicative states a judgement (judgement_verbs.tsv)
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == speaker


def test_judgement_without_als_or_with_a_comparison_is_not_reported(nlp: Language) -> None:
    assert reported(analyse(nlp, "Der Bürgermeister lobte das Engagement der Helfer.")) == []
    assert reported(analyse(nlp, "Der Trainer lobte die Mannschaft, die mehr als zehn Tore schoss.")) == []
    # "mehr als" compares; it is no predicative of the judgement
    assert reported(analyse(nlp, "Der Trainer lobte die Abwehr mehr als den Sturm.")) == []
    # the agentless passive with its predicative reports a judgement without a speaker
    (q,) = analyse(nlp, "Der Ablauf der Wahl wird dagegen als transparent gelobt.")
    assert q.kind == "reported" and q.speaker.mention is None


def test_speech_act_before_a_quote_of_another_cue_is_reported(nlp: Language) -> None:
    # the act's clause before a quote cued in the next clause is a report of its own
    text = ("Der Menschenrechtsrat stufte das Gesetz als verfassungswidrig ein, und das Kinderhilfswerk rief Russland "
            "auf, das Verbot nicht durchzusetzen.")
    quotes = analyse(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("reported", "Der Menschenrechtsrat stufte das Gesetz als verfassungswidrig ein"),
        ("indirect", "das Verbot nicht durchzusetzen"),
    ]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == "Der Menschenrechtsrat"
    # the act's own content after it is no second quote: "forderte, dass …" stays one indirect quote
    quotes = analyse(nlp, "Die Opposition forderte am Montag, dass der Minister zurücktrete.")
    assert [q.kind for q in quotes] == ["indirect"]


def test_quoted_name_after_an_attribute_is_the_speaker_not_a_quote(nlp: Language) -> None:
    # "die in Linz erscheinende „Rundschau am Sonntag“" is a newspaper headed by its attribute: it reports, it is
    # not quoted
    text = "So berichtete die in Linz erscheinende „Rundschau am Sonntag“ gestern von einer Initiative der Pfarrer."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text
    assert q.speaker.mention is not None and q.speaker.mention.text == "die in Linz erscheinende „Rundschau am Sonntag“"


def test_impersonal_passive_from_a_place_names_the_place_as_source(nlp: Language) -> None:
    # "aus Bonn" says where the report comes from (as annotated); the "von" phrase stays the topic
    (q,) = analyse(nlp, "Von einer hohen Brandgefahr wird auch aus Bonn berichtet.")
    assert q.kind == "reported" and q.speaker.mention is not None and q.speaker.mention.text == "Bonn"


def test_separable_particle_after_a_coordinated_verb_belongs_to_that_clause(nlp: Language) -> None:
    # "vor" after "und siegte" is a preposition of the second clause, not the particle of "warf … vor"
    assert analyse(nlp, "Sie warf den Diskus 66 Meter weit und siegte so vor der Russin Natalja Sadova.") == []
    assert reported(analyse(nlp, "Die Opposition warf der Regierung Versagen vor und verlangte Neuwahlen.")) != []


@pytest.mark.parametrize("sentence", [
    "Der Zugang zum Osten, wo die Mission den Frieden sichern soll, ist seit Wochen gesperrt.",
    "Wann die Hilfe eintreffen soll, ist noch völlig unklar.",
])
def test_sollen_in_a_subordinate_clause_passes_on_no_claim(nlp: Language, sentence: str) -> None:
    # only "soll" as the finite verb of the main clause is the reportative modal; in a relative or fronted
    # question clause it belongs to the author's indicative sentence
    quotes = analyse(nlp, "Der Minister sagte, die Lage sei ernst. " + sentence)
    assert [q.text for q in quotes] == ["die Lage sei ernst"]


def test_a_contrasting_waehrend_clause_reports_an_act_of_its_own(nlp: Language) -> None:
    # adversative "während" after a complete main clause sets two positions against each other
    quotes = analyse(nlp, "Die Gewerkschaft lehnte das Angebot ab, während der Vorstand es als fair bezeichnete.")
    assert reported(quotes) == ["während der Vorstand es als fair bezeichnete."]
    assert quotes[-1].speaker.mention is not None and quotes[-1].speaker.mention.text == "der Vorstand"


def test_a_waehrend_clause_without_a_speech_act_reports_nothing(nlp: Language) -> None:
    assert reported(analyse(nlp, "Die Gewerkschaft lehnte das Angebot ab, während der Vorstand im Urlaub war.")) == []


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        # a relative clause: the "von" object stands before the verb at the clause end
        ("Bei der Polizei gingen Notrufe besorgter Bürger ein, die von Erschütterungen sprachen.",
         "die von Erschütterungen sprachen.", "die"),
        # a perfect: the participle closes the clause after its "von" object
        ("Die Polizei hat von einem Unfall gesprochen.", "Die Polizei hat von einem Unfall gesprochen.",
         "Die Polizei"),
    ],
)
def test_sprechen_von_in_a_verb_final_clause_reports_an_act(nlp: Language, text: str, expected: str,
                                                             speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert reported(quotes) == [expected]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == speaker


def test_von_after_a_noun_in_a_verb_final_clause_is_no_speech_act(nlp: Language) -> None:
    # "sprechen für" with "von" inside its object ("eine Beteiligung von Israel") reports nobody
    assert analyse(nlp, "Es gibt keine Indizien, die für eine Beteiligung von Israel sprechen.") == []


def test_an_act_in_its_own_main_clause_after_a_quote_is_reported(nlp: Language) -> None:
    # a comma joins a second main clause with its own subject and speech act after a sourced statement
    quotes = analyse(nlp, "Heute demonstrierten nach Angaben der Veranstalter rund 7.000 Menschen gegen das Treffen, "
                          "die Polizei spricht von 4.000 Teilnehmern.")
    assert reported(quotes) == ["die Polizei spricht von 4.000 Teilnehmern."]
    assert quotes[-1].speaker.mention is not None and quotes[-1].speaker.mention.text == "die Polizei"


def test_a_relative_clause_after_a_quote_reports_no_act_of_its_own(nlp: Language) -> None:
    # verb-final: the act closes a relative clause, which belongs to the noun before it
    quotes = analyse(nlp, "Nach Angaben der Veranstalter kamen 7.000 Menschen zu der Kundgebung, die die Polizei "
                          "kritisierte.")
    assert reported(quotes) == []


def test_an_infinitive_after_an_als_predicative_is_no_content_of_the_act(nlp: Language) -> None:
    # the zu-infinitive completes "Versuch", not "bezeichnet": the whole sentence is one reported act
    text = ("Der Direktor des Senders, Peter Horrocks, bezeichnet diese Maßnahme als einen Versuch der Behörden, "
            "die BBC an der Berichterstattung zu hindern.")
    quotes = analyse(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("reported", text)]


def test_a_sentence_initial_article_opens_no_relative_clause_for_a_stance(nlp: Language) -> None:
    # "Die" opening a sentence is the subject's article; only after a comma does it open a relative clause
    (q,) = analyse(nlp, "Die Regierung erwartet Mehrkosten in Höhe von 600 Millionen Euro.")
    assert q.kind == "reported" and q.text == "Die Regierung erwartet Mehrkosten in Höhe von 600 Millionen Euro."
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Regierung"
    assert reported(analyse(nlp, "Das ist ein Problem, das die Regierung erwartet.")) == []
    # the check itself (the sentence above is also blocked by its missing object after the verb)
    doc = nlp("Das ist ein Problem, das die Regierung erwartet.")
    finder = _QuoteFinder(doc, load_lexicon())
    assert finder.opens_relative_clause(5) and doc[5].text == "das"
    assert not finder.opens_relative_clause(0)
    doc = nlp("Was die Regierung erwartet, ist unklar.")
    assert _QuoteFinder(doc, load_lexicon()).opens_relative_clause(0)  # a free relative clause opens the sentence


def test_a_forecast_with_its_object_is_a_reported_act(nlp: Language) -> None:
    (q,) = analyse(nlp, "Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus.")
    assert q.kind == "reported" and q.cue is not None and q.cue.text.startswith("sagten")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Die Meteorologen"


def test_a_von_phrase_after_sich_aussprechen_makes_no_sprechen_von(nlp: Language) -> None:
    # "sprach sich … aus" is the particle verb "sich aussprechen" (a stance without content), so a "von" attribute
    # later in the clause ("die Anwendung von Gewalt") does not turn it into the reported "sprechen von"
    text = "Überraschend sprach sich der Abgeordnete für die Anwendung von militärischer Gewalt aus."
    assert reported(analyse(nlp, text)) == []
    # "sprechen von" itself stays a reported act
    assert reported(analyse(nlp, "Der Trainer sprach von einem verdienten Erfolg.")) == [
        "Der Trainer sprach von einem verdienten Erfolg."]


def test_a_von_attribute_of_a_noun_is_no_passive_agent(nlp: Language) -> None:
    # "eine Transfersumme von zehn Millionen Euro": "von" completes the noun before it, so the sum is no speaker;
    # the passive report stays, without a speaker
    text = "Es wurde lediglich eine Transfersumme von zehn Millionen Euro genannt."
    (q,) = analyse(nlp, text)
    assert q.kind == "reported" and q.text == text and q.speaker.mention is None
    # an agent with its own article remains the speaker, also right after a noun
    (q,) = analyse(nlp, "Der Sender wird von seinen Kritikern als parteiisch eingestuft.")
    assert q.speaker.mention is not None and q.speaker.mention.text == "seinen Kritikern"
