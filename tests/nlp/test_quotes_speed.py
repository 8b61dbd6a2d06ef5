"""The quotation stage's per-doc tables and caches give the answers of reading every token directly."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from test_quotes import analyse  # the shared helper: checks every span against the text

import lagebild.nlp.quotes_marks as quotes_marks
from lagebild.nlp.quotes import _QuoteFinder
from lagebild.nlp.quotes_grammar import INSERTION_DASHES
from lagebild.nlp.quotes_lexicon import load_lexicon, required_literals
from lagebild.types import Quote

# texts that exercise the cached tables: Konjunktiv I/II, paired dashes and brackets, role nouns, quotations
# over paragraphs, line breaks inside a tagged sentence
_TEXTS = [
    "Die Ministerin sagte, die Lage sei ernst. Man habe – so die Ministerin – keine Wahl.\n"
    "„Wir müssen handeln“, erklärte der Sprecher (CDU). Die Vorsitzende wäre gern gekommen.",
    "Der Konzern teilte mit, der Gewinn sei gestiegen. Er habe bekannt gegeben, dass die Zahlen stimmten.\n\n"
    "„Erster Absatz.\n„Zweiter Absatz“, sagte die Expertin. Laut Polizei soll der Täter geflohen sein.",
    "Nach Angaben der Feuerwehr brannte das Haus (ein Altbau) völlig aus - niemand wurde verletzt.",
]


def _doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "lagebild_quotes":
            break
        doc = proc(doc)
    return doc


def _rows(quotes: list[Quote]) -> list[tuple[object, ...]]:
    return [(q.start, q.end, q.kind, q.statement, q.confidence, q.speaker.name, q.speaker.entity, q.medium,
             None if q.cue is None else (q.cue.start, q.cue.end)) for q in quotes]


def test_docs_in_a_row_give_the_quotes_of_each_alone(nlp: Language) -> None:
    # per-doc tables (moods, sentence starts, insertion marks) must not leak from one doc into the next
    alone = [_rows(analyse(nlp, text, "d")) for text in _TEXTS]
    in_a_row = [_rows(analyse(nlp, text, "d")) for text in _TEXTS + _TEXTS[::-1]]
    assert in_a_row == alone + alone[::-1]
    assert all(alone)


@pytest.mark.parametrize("text", _TEXTS)
def test_tables_equal_reading_each_token(nlp: Language, text: str) -> None:
    doc = _doc(nlp, text)
    finder = _QuoteFinder(doc, load_lexicon())
    tokens = list(doc)
    # the mood table: "Sub" marks as token.morph says, and mood() answers as read_mood() does
    assert [finder.marked_subjunctive(t.i) for t in tokens] == ["Sub" in t.morph.get("Mood", []) for t in tokens]
    assert [finder.mood(t) for t in tokens] == [finder.read_mood(t) for t in tokens]
    assert any(finder.mood(t) == "I" for t in tokens) == (" sei " in text)
    # the finite-verb table: tagged VERB/AUX with VerbForm=Fin, as token.pos_ and token.morph say
    assert finder.tagged_finite() == [t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
                                      for t in tokens]
    assert any(finder.tagged_finite())
    # insertion marks: exactly the tokens that are "(" or a dash
    assert finder.insertion_marks() == [t.i for t in tokens if t.text == "(" or t.text in INSERTION_DASHES]
    # sentences: the token-by-token definition (tagged start or line break before, not inside one quotation)
    expected: list[tuple[int, int]] = []
    start = 0
    for t in tokens[1:]:
        newline = "\n" in tokens[t.i - 1].text or "\n" in tokens[t.i - 1].whitespace_
        inside_one_quote = finder.in_pair[t.i] >= 0 and finder.in_pair[t.i] == finder.in_pair[t.i - 1]
        if (t.is_sent_start or newline) and not inside_one_quote:
            expected.append((start, t.i))
            start = t.i
    expected.append((start, len(tokens)))
    assert finder.sentences() == [(s, e) for s, e in expected if any(not t.is_space for t in tokens[s:e])]
    # quotation-pair membership by char offsets
    assert finder.in_pair == [next((n for n, (ps, pe) in enumerate(finder.pairs) if ps <= t.idx < pe), -1)
                              for t in tokens]


def test_empty_doc_has_no_sentences(nlp: Language) -> None:
    finder = _QuoteFinder(nlp.make_doc(""), load_lexicon())
    assert finder.sentences() == []
    assert finder.insertion_marks() == []


def test_first_suffix_is_the_first_word_in_order(nlp: Language) -> None:
    finder = _QuoteFinder(nlp.make_doc("Text."), load_lexicon())
    roles = ("Sprecherin", "Sprecher", "Ministerin", "Minister", "Vize")
    for word in ("Regierungssprecherin", "Regierungssprecher", "Bundesministerin", "Vizeminister", "Ministerium"):
        low = word.lower()
        assert finder.first_suffix(low, roles) == next((r for r in roles if low.endswith(r.lower())), None)
    # the index follows a changed word list (it is kept per tuple, not per name)
    assert finder.first_suffix("bundesminister", ("Bundesminister", "Minister")) == "Bundesminister"
    assert finder.first_suffix("bundesminister", ("Minister", "Bundesminister")) == "Minister"


def test_split_participle_words_are_the_split_participles() -> None:
    lex = load_lexicon()
    assert lex.split_participle_words == {participle for _, participle in lex.split_participles}
    assert "gegeben" in lex.split_participle_words


def test_quote_marks_dropped_when_open_too_long(monkeypatch: pytest.MonkeyPatch) -> None:
    # the scan jumps from mark to mark: an opener left open past the limit is still dropped, and scanning resumes
    # right after it
    monkeypatch.setattr(quotes_marks, "_MAX_QUOTE_CHARS", 10)
    text = "„offen und lange nichts“ Dann „kurz“ und Schluss."
    short = (text.index("„kurz"), text.index("“ und") + 1)
    assert quotes_marks.quote_mark_pairs(text) == [short]
    monkeypatch.setattr(quotes_marks, "_MAX_QUOTE_CHARS", 4000)
    assert quotes_marks.quote_mark_pairs(text) == [(0, text.index("“") + 1), short]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("im Interview mit (?:dem )?([A-Z]\\w+)", ("im Interview mit ",)),
        ("(?:sagte|sagt|erklärte) (?:dem|der) X", ("sagt", "erklärte")),  # "sagte" holds "sagt"
        ("(?:im|in einem) Gespräch", ("im", "in einem")),
        ("in einer Rede|bei einer Rede", ("in einer Rede", "bei einer Rede")),
        ("[A-Z]\\w+ sagte", None),  # a match may start with any capital
        ("(?:bei|\\w+) Facebook", None),  # one alternative starts with anything
        ("(?i)in einer Rede", None),  # ignoring case, a substring test would miss "In einer Rede"
    ],
)
def test_required_literals(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(pattern)) == expected


def test_every_media_match_holds_a_required_literal() -> None:
    lex = load_lexicon()
    assert len(lex.media_needles) == len(lex.media)
    assert sum(needles is not None for needles in lex.media_needles) >= len(lex.media) - 2
    sentences = [
        "sagte er im Interview mit dem Deutschlandfunk", "erklärte die Ministerin der „Süddeutschen Zeitung“",
        "teilte ein Sprecher auf einer Pressekonferenz mit", "schrieb sie auf X", "in einer Rede vor dem Parlament",
        "betonte Scholz im ZDF", "kritisierte sie bei Instagram", "dem „Spiegel“ gegenüber",
    ]
    for text in sentences:
        for (pattern, _), needles in zip(lex.media, lex.media_needles, strict=True):
            m = pattern.search(text)
            if m is not None and needles is not None:
                assert any(w in m.group(0) for w in needles), (pattern.pattern, text)


def test_medium_of_names_the_medium(nlp: Language) -> None:
    text = "Das sagte sie im Interview mit dem Deutschlandfunk. Er erklärte der „Süddeutschen Zeitung“, es reiche."
    finder = _QuoteFinder(_doc(nlp, text), load_lexicon())
    first = text.index(".") + 1
    assert finder.medium_of(0, first) == "Deutschlandfunk (Interview)"
    assert finder.medium_of(first + 1, len(text)) == "Süddeutsche Zeitung"


def test_medium_at_a_sentence_start_is_found(nlp: Language) -> None:
    # the patterns are lower case and the doc holds only "Im Interview …": the per-doc filter must keep the pattern
    text = "Im Interview mit dem Deutschlandfunk sagte sie, es reiche. In einem Podcast erklärte er das Gegenteil."
    finder = _QuoteFinder(_doc(nlp, text), load_lexicon())
    first = text.index(".") + 1
    assert finder.medium_of(0, first) == "Deutschlandfunk (Interview)"
    assert finder.medium_of(first + 1, len(text)) == "Podcast"
    assert len(finder.media_in_doc) < len(load_lexicon().media)  # "Pressekonferenz", "Bundestag" … are left out
