"""Reported speech acts (kind "reported") and reportative "sollen" sentences (free indirect speech)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.types import Quote


def analyse(nlp: Language, text: str) -> list[Quote]:
    doc = nlp.make_doc(text)
    doc._.doc_id = "r1"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    quotes: list[Quote] = doc._.quotes
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return quotes


def reported(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes if q.kind == "reported"]


# ------------------------------------------------------------------ which verbs report a speech act


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a separable speech act with its particle ("sich aussprechen für") in the perfect
        ("Die Berliner SPD hat sich gestern für einen verpflichtenden Werteunterricht ausgesprochen.",
         "ausgesprochen", "Die Berliner SPD"),
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
