"""The quotation stage's per-doc tables and caches give the answers of reading every token directly."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token
from test_quotes import analyse  # the shared helper: checks every span against the text

import lagebild.nlp.quotes_marks as quotes_marks
from lagebild.nlp.display_names import nominative_name
from lagebild.nlp.quotes import _QuoteFinder
from lagebild.nlp.quotes_grammar import INSERTION_DASHES
from lagebild.nlp.quotes_lexicon import QuoteLexicon, load_lexicon, required_literals, suffix_index
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


def test_piped_docs_give_the_quotes_of_each_alone(nlp: Language) -> None:
    # nlp.pipe runs the docs in batches through each component and frees them, so a later doc may get a freed doc's
    # id: the process-wide caches (morphology keys, token texts kept by doc id) must not carry one doc's answers into
    # another, and a batch must give what one doc at a time gives
    alone = [_rows(nlp(text)._.quotes) for text in _TEXTS]
    texts = _TEXTS * 2 + _TEXTS[::-1]
    piped = [_rows(doc._.quotes) for doc in nlp.pipe(texts, batch_size=2)]
    assert piped == alone * 2 + alone[::-1]
    assert all(alone)


def _mood_from_morph(finder: _QuoteFinder, tok: Token) -> str | None:
    """The mood as ``read_mood`` defines it, with the tagger's marks read from ``token.morph`` itself instead of the
    doc's mood table."""
    if "Sub" not in tok.morph.get("Mood", []) or finder.reads_as_noun(tok) or finder.attributive_participle(tok):
        return None
    if "Past" in tok.morph.get("Tense", []):
        return "II"
    return "I" if finder.konjunktiv_i_form(tok) and not finder.closes_indicative_clause(tok) \
        and not finder.noun_before_genitive(tok) else None


@pytest.mark.parametrize("text", _TEXTS)
def test_tables_equal_reading_each_token(nlp: Language, text: str) -> None:
    doc = _doc(nlp, text)
    finder = _QuoteFinder(doc, load_lexicon())
    tokens = list(doc)
    # the mood table: "Sub" marks as token.morph says, and mood() answers as read_mood() does
    assert [finder.marked_subjunctive(t.i) for t in tokens] == ["Sub" in t.morph.get("Mood", []) for t in tokens]
    assert [finder.mood(t) for t in tokens] == [_mood_from_morph(finder, t) for t in tokens]
    # the token texts are those of the tokens (whitespace tokens too)
    assert finder.token_text == [t.text for t in tokens]
    assert finder.token_lower == [t.lower_ for t in tokens]
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


def test_mood_table_reads_the_morphology_of_the_doc(nlp: Language) -> None:
    # the table follows the morphology the doc holds, whatever the tagger would say: the same clause with "sei" marked
    # Konjunktiv I, Konjunktiv II or indicative
    for features, expected in (("Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "I"),
                               ("Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "II"),
                               ("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", None)):
        doc = _doc(nlp, "Er sagte, die Lage sei ernst.")
        verb = next(t for t in doc if t.text == "sei")
        verb.morph = MorphAnalysis(doc.vocab, features)
        verb.lemma_, verb.pos_ = "sein", "AUX"
        finder = _QuoteFinder(doc, load_lexicon())
        assert finder.mood(verb) == expected, features
        assert [finder.mood(t) for t in doc] == [_mood_from_morph(finder, t) for t in doc]


def test_empty_doc_has_no_sentences(nlp: Language) -> None:
    finder = _QuoteFinder(nlp.make_doc(""), load_lexicon())
    assert finder.sentences() == []
    assert finder.insertion_marks() == []


def test_first_suffix_is_the_first_word_in_order(nlp: Language) -> None:
    finder = _QuoteFinder(nlp.make_doc("Text."), load_lexicon())
    roles = ("Sprecherin", "Sprecher", "Ministerin", "Minister", "Vize")
    for word in ("Regierungssprecherin", "Regierungssprecher", "Bundesministerin", "Vizeminister", "Ministerium"):
        low = word.lower()
        assert finder.first_suffix(low, suffix_index(roles)) == next((r for r in roles if low.endswith(r.lower())),
                                                                     None)
    # the first in the list's order wins, not the longest
    assert finder.first_suffix("bundesminister", suffix_index(("Bundesminister", "Minister"))) == "Bundesminister"
    assert finder.first_suffix("bundesminister", suffix_index(("Minister", "Bundesminister"))) == "Minister"


def test_lexicon_suffix_indexes_are_those_of_its_word_lists() -> None:
    lex = load_lexicon()
    assert lex.person_role_suffixes == suffix_index(lex.person_roles)
    assert lex.organisation_noun_suffixes == suffix_index(lex.organisation_nouns)
    assert lex.person_role_suffixes and lex.organisation_noun_suffixes
    assert lex.person_role_suffixes["ministerin"] == (lex.person_roles.index("Ministerin"), "Ministerin")


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


def test_required_literals_survive_a_changed_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # a Python whose private parse has another shape gets no shortcut for the pattern, never an error
    import re._parser as private_parser  # type: ignore[import-not-found]

    pattern = re.compile("im Interview mit")
    assert required_literals(pattern) == ("im Interview mit",)
    monkeypatch.setattr(private_parser, "parse", lambda *args: [("no", "such", "shape")])
    assert required_literals(pattern) is None


# media.tsv patterns that no literal starts every match of (opened by a group inside a group of alternatives, or by a
# lookbehind in one alternative): they run on every sentence. A pattern added to that list should be written so that
# its matches start with a literal, or added here.
_MEDIA_WITHOUT_LITERALS = (
    "(?:(?:sagte|sagt|erklärte",  # "… sagte er unserer Zeitung", "gegenüber unserer Redaktion"
    "(?:dem|(?:(?<=\\ber )",  # "… dem/der „Spiegel“ sagte"
)


def test_every_media_match_holds_a_required_literal() -> None:
    lex = load_lexicon()
    assert len(lex.media_needles) == len(lex.media)
    without = [pattern.pattern for (pattern, _), needles in zip(lex.media, lex.media_needles, strict=True)
               if needles is None]
    assert len(without) == len(_MEDIA_WITHOUT_LITERALS)
    assert all(p.startswith(start) for p, start in zip(without, _MEDIA_WITHOUT_LITERALS, strict=True)), without
    sentences = [
        "sagte er im Interview mit dem Deutschlandfunk", "erklärte die Ministerin der „Süddeutschen Zeitung“",
        "teilte ein Sprecher auf einer Pressekonferenz mit", "schrieb sie auf X", "in einer Rede vor dem Parlament",
        "betonte Scholz im ZDF", "kritisierte sie bei Instagram", "dem „Spiegel“ gegenüber",
        "in einem Gespräch mit dem ZDF", "gegenüber der „Bild“-Zeitung", "in einem Podcast",
    ]
    checked = 0
    for text in sentences:
        for (pattern, _), needles in zip(lex.media, lex.media_needles, strict=True):
            m = pattern.search(text)
            if m is not None and needles is not None:
                assert any(w in m.group(0) for w in needles), (pattern.pattern, text)
                checked += 1
    assert checked >= len(sentences)  # the samples do reach patterns with literals


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


def _medium_by_every_pattern(lex: QuoteLexicon, window: str) -> str | None:
    """``medium_of`` without the needle filters: every media pattern on the window, its first letter lowered."""
    text = window[:1].lower() + window[1:]
    for pattern, label in lex.media:
        m = pattern.search(text)
        if m:
            name = nominative_name(m.group(1)) if m.groups() else m.group(0)
            return label.replace("{0}", m.group(0)).replace("{1}", name)
    return None


def test_medium_of_equals_every_pattern_tried(nlp: Language) -> None:
    # windows opening with a letter whose lower case is two characters ("İ" -> "i̇") or another letter than its upper
    # case suggests ("ẞ" -> "ß"): the needle filters of media_in_doc and medium_of must drop no pattern that matches
    text = ("İm Interview mit dem Deutschlandfunk sagte sie, es reiche. İn einem Podcast erklärte er das Gegenteil. "
            "ẞ und ß: Gegenüber dem „Spiegel“ sagte er, man prüfe das. Im Gespräch mit dem ZDF sagte sie, es gehe. "
            "Das sagte sie der „Süddeutschen Zeitung“. İm ARD-„Morgenmagazin“ sagte er, es sei so.")
    lex = load_lexicon()
    finder = _QuoteFinder(_doc(nlp, text), lex)
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text)]
    found = 0
    for start in starts:
        end = text.find(".", start) + 1 or len(text)
        expected = _medium_by_every_pattern(lex, text[start:end])
        assert finder.medium_of(start, end) == expected, text[start:end]
        found += expected is not None
    assert found >= 5  # the windows do name media
    assert any(text[s] in "İẞ" for s in starts)
