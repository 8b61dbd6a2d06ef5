"""Insertions in paired dashes and brackets (lagebild_quotes): "Das hat – nach Angaben der Polizei – der Fahrer
eingeräumt". A pair of dashes sets off a parenthetical the sentence goes on around; a single dash stays a break."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_quotes import analyse  # the shared helper: checks every span against the text

from lagebild.types import Quote


def mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention is not None else None


def summary(quotes: list[Quote]) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, mention(q)) for q in quotes]


def test_so_frame_in_dashes_reports_the_sentence_around_it(nlp: Language) -> None:
    text = "Die Regierung habe – so ein Sprecher des Ministeriums – keine Kenntnis von den Plänen gehabt."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "ein Sprecher des Ministeriums")]
    # also in the indicative, which without the frame would report nothing
    text = "Die Regierung hat – so der Minister – keine Wahl."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "der Minister")]


def test_so_frame_in_brackets_reports_the_sentence_around_it(nlp: Language) -> None:
    text = "Die Lage sei (so der Minister) ernst."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "der Minister")]
    # closing the sentence, the bracket is no part of the content
    assert summary(analyse(nlp, "Die Lage sei ernst (so der Minister).")) == [
        ("indirect", "Die Lage sei ernst", "der Minister")]


def test_closing_so_frame_after_a_single_dash(nlp: Language) -> None:
    # the dash stands for the comma of ", so X."
    assert summary(analyse(nlp, "Die Lage sei ernst – so der Minister.")) == [
        ("indirect", "Die Lage sei ernst", "der Minister")]
    assert summary(analyse(nlp, "„Wir sind zufrieden“ – so die Sprecherin.")) == [
        ("direct", "„Wir sind zufrieden“", "die Sprecherin")]


def test_inverted_cue_after_a_quotation_and_a_dash(nlp: Language) -> None:
    assert summary(analyse(nlp, "„Wir sind zufrieden“ – sagte die Sprecherin.")) == [
        ("direct", "„Wir sind zufrieden“", "die Sprecherin")]


def test_so_frame_in_dashes_takes_over_the_content_of_a_cue(nlp: Language) -> None:
    # the accusation reports the whole sentence, cue clause included
    text = "Der Sänger ruft in seinen Liedern dazu auf – so der Vorwurf –, Gegner zu verfolgen."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "der Vorwurf")]


def test_so_frame_in_dashes_inside_a_cues_content_keeps_the_cues_speaker(nlp: Language) -> None:
    text = ("Robert Chow erinnerte daran, dass es eine Demonstration gegeben hat, bei der - so seine Version der "
            "Zahlen - 1,5 Millionen Menschen auf die Straße gingen.")
    assert [mention(q) for q in analyse(nlp, text)] == ["Robert Chow"]


def test_so_frame_in_dashes_without_a_clause_reports_nothing(nlp: Language) -> None:
    text = "In der Zeitung war vieles neu: eine neue Gestaltung und – so der eigene Wunsch – ein schärferes Profil."
    assert analyse(nlp, text) == []


def test_frame_in_dashes_is_not_the_source_of_an_anaphoric_cue(nlp: Language) -> None:
    # "Das hat X eingeräumt" attributes the sentence before; the "nach" phrase in dashes is no source of its own
    quotes = analyse(nlp, "Der Unfall war vermeidbar. Das hat – nach Untersuchungen der Polizei – der Fahrer "
                          "eingeräumt.")
    assert [mention(q) for q in quotes] == ["der Fahrer"]
    assert quotes[0].text.startswith("Der Unfall war vermeidbar.")
    # the perfect finds its subject after the auxiliary, with or without the insertion
    quotes = analyse(nlp, "Der Unfall war vermeidbar. Das hat der Fahrer eingeräumt.")
    assert [mention(q) for q in quotes] == ["der Fahrer"]


def test_cue_clause_in_dashes_reports_the_sentence_around_it(nlp: Language) -> None:
    text = "Er habe – sagte der Anwalt – nichts gewusst."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "der Anwalt")]
    text = "Die Ermittler gehen – wie ein Sprecher sagte – von Brandstiftung aus."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "ein Sprecher")]
    text = "Die Ermittler gehen (wie ein Sprecher sagte) von Brandstiftung aus."
    assert summary(analyse(nlp, text)) == [("indirect", text[:-1], "ein Sprecher")]


def test_cue_in_an_insertion_takes_no_content_after_it(nlp: Language) -> None:
    # "gemeldet" belongs to the parenthetical; the content is the one of "bestätigt"
    quotes = analyse(nlp, "Die Polizei hat – anders als zunächst gemeldet – bestätigt, dass es zwei Tote gab.")
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [("dass es zwei Tote gab", "bestätigt")]
    quotes = analyse(nlp, "Der Minister, der – wie berichtet – zurücktreten will, sagte, die Lage sei ernst.")
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [("die Lage sei ernst", "sagte")]


def test_subject_before_an_insertion_in_dashes_speaks(nlp: Language) -> None:
    text = "Die Gewerkschaft – sie vertritt rund 30.000 Beschäftigte – kündigte Warnstreiks an."
    assert [mention(q) for q in analyse(nlp, text)] == ["Die Gewerkschaft"]


def test_perfect_across_an_insertion_in_dashes_is_a_speech_act(nlp: Language) -> None:
    text = "Der Verband hat – wie erwartet – vor steigenden Preisen gewarnt."
    assert summary(analyse(nlp, text)) == [("reported", text, "Der Verband")]


def test_insertion_in_dashes_leaves_the_clause_as_it_is_without_them(nlp: Language) -> None:
    # a pluperfect act is background with or without the parenthetical
    assert analyse(nlp, "Die Partei hatte wie erwartet den Rücktritt gefordert.") == []
    assert analyse(nlp, "Die Partei hatte – wie erwartet – den Rücktritt gefordert.") == []


def test_single_dash_still_ends_the_content(nlp: Language) -> None:
    quotes = analyse(nlp, "Der Minister sagte, die Hilfen würden nicht reichen – und verließ den Saal.")
    assert [q.text for q in quotes] == ["die Hilfen würden nicht reichen"]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Doch wie der Sender berichtete, wurde niemand verletzt.", "wurde niemand verletzt", "der Sender"),
    ("Denn wie die „Bild“-Zeitung berichtete, leidet er an Alzheimer.", "leidet er an Alzheimer",
     "die „Bild“-Zeitung"),
    ("Und als der Minister sagte, er trete zurück, war es still.", "er trete zurück", "der Minister"),
])
def test_a_conjunction_linking_the_sentence_leaves_the_wie_frame_and_its_speaker(
        nlp: Language, text: str, content: str, speaker: str) -> None:
    quotes = analyse(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker.mention is not None and quotes[0].speaker.mention.text == speaker
