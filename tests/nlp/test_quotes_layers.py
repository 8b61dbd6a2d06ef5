"""Helpers of the quotation rule layers (quotes_grammar → quotes_speakers → quotes_indirect), tested on the finder
directly: the subject before a verb across an insertion, the sentence a continuing pronoun stands in, source nouns
in compounds, the shared clause-start walk and the speaker-word lexicon classes."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from test_quotes import analyse  # the shared helper: checks every span against the text

from lagebild.nlp.quotes import _QuoteFinder
from lagebild.nlp.quotes_lexicon import load_lexicon
from lagebild.types import Speaker, TextSpan


def finder_for(nlp: Language, text: str) -> tuple[Doc, _QuoteFinder]:
    doc = nlp(text)
    return doc, _QuoteFinder(doc, load_lexicon())


def index_of(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_subject_before_an_insertion_is_judged_by_the_verb_not_the_dash(nlp: Language) -> None:
    # a demonstrative alone before the verb is the object when a subject follows the verb ("Diese lehnte er ab"),
    # also when an insertion stands between: the word after the verb decides, not the word after the dash
    doc, finder = finder_for(nlp, "Diese – so heißt es – lehnte er ab.")
    assert finder.np_before(0, index_of(doc, "lehnte")) is None
    # a quantifier alone is the subject only of a plural verb; the dash has no number
    doc, finder = finder_for(nlp, "Einige – so heißt es – lehnt den Plan ab.")
    assert finder.np_before(0, index_of(doc, "lehnt")) is None
    doc, finder = finder_for(nlp, "Einige – so heißt es – lehnen den Plan ab.")
    assert finder.np_before(0, index_of(doc, "lehnen")) == (0, 1)


def test_continuing_pronoun_reads_the_mood_of_its_whole_sentence(nlp: Language) -> None:
    # the finder's sentence does not end inside the quotation, so the "soll" after "müde." makes the pronoun's
    # sentence a report that continues the source phrase named before it
    text = "Nach Bahnangaben gab es einen Fehler. Er war „müde. Der Wärter soll nicht daran gedacht haben“."
    doc, finder = finder_for(nlp, text)
    start = text.index("Bahnangaben")
    source = Speaker(TextSpan(start, start + len("Bahnangaben"), "Bahnangaben"), None, None)
    finder.named_speakers.append((start, source))
    assert finder.reporter_of_continuation(index_of(doc, "Er"), "M", "Sing") == source


def test_source_nouns_head_compounds(nlp: Language) -> None:
    _, finder = finder_for(nlp, "Text.")
    assert finder.is_source_noun("Zeitungsbericht") and finder.is_source_noun("UNHCR-Angaben")
    assert not finder.is_source_noun("Soldaten")  # a short source noun ("Daten") counts only whole
    assert not finder.is_source_noun("Medienberichte") and finder.is_source_noun("Medienberichte", inflected=True)


def test_source_frame_with_a_compound_source_noun(nlp: Language) -> None:
    assert [(q.kind, q.text, q.speaker.mention.text if q.speaker.mention else None)
            for q in analyse(nlp, "Nach einem Zeitungsbericht soll der Minister zurücktreten.")] == [
        ("indirect", "soll der Minister zurücktreten", "einem Zeitungsbericht")]


def test_clause_start_steps_over_insertions_and_accepted_quotations(nlp: Language) -> None:
    doc, finder = finder_for(nlp, "Dann hat – wie erwartet – der „Spiegel“ berichtet.")
    verb = index_of(doc, "berichtet")
    # a quotation ends the clause unless the caller accepts it; a paired insertion never does
    assert finder.clause_start(verb, 0) == verb
    assert finder.clause_start(verb, 0, finder.quoted_name_start) == 0
    assert finder.clause_start_across_names(verb, 0) == 0  # "Wie – so X – „heise online“ berichtet": one clause
    doc, finder = finder_for(nlp, "Er sagte, der „Spiegel“ berichtet.")
    assert doc[finder.clause_start(index_of(doc, "berichtet"), 0, finder.quoted_name_start)].text == "der"


def test_fronted_adverbial_clause_after_a_focus_particle(nlp: Language) -> None:
    doc, finder = finder_for(nlp, "Selbst wenn der Minister das bestätigt, bleibt die Lage ernst.")
    assert finder.adverbial_opener(0, len(doc)) == 1
    assert finder.opens_fronted_clause(0, index_of(doc, "bestätigt"))
    assert finder.adverbial_opener(2, len(doc)) is None


def test_speaker_word_classes_from_the_lexicon() -> None:
    lex = load_lexicon()
    assert {"nur", "zuletzt"} <= lex.negation_focus_particles
    assert lex.address_titles["Frau"] == "F" and lex.address_titles["Herr"] == "M"


def test_a_phrase_with_a_relative_clause_has_no_finite_verb_after_that_clause(nlp: Language) -> None:
    # "Der Mann, der gestern kam, ist tot": the verb after the relative clause makes the phrase a whole clause
    # (which an inverted cue after it reports); without one it is only the fronted phrase of a later verb
    doc, finder = finder_for(nlp, "Der Mann, der gestern kam, ist tot, sagte der Polizeisprecher.")
    assert not finder.phrase_with_relative_clause(0, index_of(doc, "sagte") - 1)
    doc, finder = finder_for(nlp, "Auch offizielle Statistiken, auf die der Bericht verweist, zeigen das.")
    assert finder.phrase_with_relative_clause(0, index_of(doc, "verweist") + 1)


def test_a_konjunktiv_i_conditional_opener_is_a_verb_and_a_noun_before_a_genitive_is_none(nlp: Language) -> None:
    # verb-first conditional in Konjunktiv I: no other finite verb before its comma
    doc, finder = finder_for(nlp, "Komme der Vertrag nicht zustande, drohe eine Krise.")
    assert finder.mood(doc[0]) == "I"
    # a noun before its genitive, with "der" or "des": its clause has its own verb
    doc, finder = finder_for(nlp, "Folge der Krise ist ein Streik.")
    assert finder.mood(doc[0]) is None
    doc, finder = finder_for(nlp, "Folge des Streits ist eine Krise.")
    assert finder.mood(doc[0]) is None


def test_a_compound_role_noun_opening_the_sentence_is_a_nominalised_subject(nlp: Language) -> None:
    # plural role nouns in -er count in compounds, as in the role look-up of speakers ("Wahlbeobachter")
    doc, finder = finder_for(nlp, "Freizeitforscher warnten vor den Folgen.")
    assert finder.nominalised_subject(doc[0])
    doc, finder = finder_for(nlp, "Später warnten sie vor den Folgen.")
    assert not finder.nominalised_subject(doc[0])
