"""Run-on text (tables, lists, scraped pages without full stops) through the whole pipeline: sentences are capped,
so every stage stays about linear in the text's length, and quotes, entities and figures are still found."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.sentences import MAX_SENTENCE_TOKENS
from lagebild.nlp.times_text import MAX_SENTENCE_CHARS, sentence_bounds

BLOCK = (
    "„Die Lage ist ernst“, sagte die Ökonomin Veronika Grimm in Berlin, die Preise stiegen um 3,5 Prozent "
    "laut Statistischem Bundesamt, der Kanzler Olaf Scholz erklärte, die Regierung werde handeln, "
    "die Gewerkschaft kritisierte die Pläne "
)
REPEATS = 500  # about 20,500 tokens, not one sentence end


@pytest.fixture(scope="module")
def run_on(nlp: Language) -> Doc:
    return nlp(BLOCK * REPEATS)


def test_run_on_document_has_bounded_sentences(run_on: Doc) -> None:
    assert len(run_on) > 20_000
    assert max(len(s) for s in run_on.sents) <= MAX_SENTENCE_TOKENS


def test_run_on_document_keeps_its_quotes_entities_and_figures(run_on: Doc) -> None:
    text = run_on.text
    direct = [q for q in run_on._.quotes if q.kind == "direct" and q.text == "„Die Lage ist ernst“"]
    assert len(direct) > REPEATS // 2
    assert Counter(q.speaker.name for q in direct).most_common(1)[0][0] == "Veronika Grimm"
    entities = {(e.name, e.type): len(e.mentions) for e in run_on._.entities}
    assert entities[("Veronika Grimm", "PER")] == REPEATS
    assert entities[("Olaf Scholz", "PER")] == REPEATS
    figures = [c for c in run_on._.claims if c.value == 3.5 and c.unit == "%"]
    assert len(figures) == REPEATS
    assert sum(1 for c in figures if c.source and c.source.name == "Statistisches Bundesamt") > REPEATS // 2
    for span in [*run_on._.quotes, *run_on._.claims]:
        assert text[span.start : span.end] == span.text


def test_character_sentences_are_capped_at_clause_marks() -> None:
    text = "die Preise stiegen weiter; die Regierung plante Hilfen, die Kritik wuchs " * 400
    bounds = sentence_bounds(text)
    assert max(e - s for s, e in bounds) <= MAX_SENTENCE_CHARS
    assert all(text[e - 1] == ";" for s, e in bounds[:-1])  # cut after ";" before any comma
    words = "ohne jedes Satzzeichen " * 400
    bounds = sentence_bounds(words)
    assert len(bounds) > 1 and max(e - s for s, e in bounds) <= MAX_SENTENCE_CHARS
    assert " ".join(words[s:e] for s, e in bounds) == words.strip()  # cut at spaces, no word split


def test_real_sentences_are_below_the_character_cap(shared_data: object) -> None:
    from lagebild.evaluation.bench_nlp import news_texts

    assert max(e - s for t in news_texts() for s, e in sentence_bounds(t)) < MAX_SENTENCE_CHARS // 2


def test_number_table_without_sentence_ends_keeps_every_figure(nlp: Language) -> None:
    places = ["Berlin", "Hamburg", "München", "Köln", "Dresden"]
    rows = [f"{places[k % 5]} {k % 90 + 1},5 Prozent {k % 900 + 100}.250 Euro am {k % 28 + 1}. März 2024"
            for k in range(1600)]
    text = " ".join(rows)  # about 19,000 tokens, one run without a sentence end
    doc = nlp(text)
    percent = [c for c in doc._.claims if c.unit == "%"]
    assert len(percent) == len(rows)
    assert [c.value for c in percent] == [k % 90 + 1.5 for k in range(len(rows))]
    assert sum(1 for c in doc._.claims if c.text.endswith("Euro")) == len(rows)
    assert all(text[c.start : c.end] == c.text for c in doc._.claims)
    assert max(e - s for s, e in sentence_bounds(text)) <= MAX_SENTENCE_CHARS


def test_word_before_a_period_is_found_however_long() -> None:
    from lagebild.nlp.times_text import _word_before

    long_word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetrieb"
    for text in (f"Er grüßte den {long_word}", "Dr", f"am 5 ({long_word}", "Ende  ", "x" * 200):
        found = _word_before(text, 0, len(text))
        expected = __import__("re").search(r"(\S+)$", text)
        assert (found and found.group(1)) == (expected and expected.group(1))
