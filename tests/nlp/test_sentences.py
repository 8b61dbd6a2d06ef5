"""Rule-based sentence boundaries for German news text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=("lagebild_sentences",))


def sents(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_closing_quote_belongs_to_the_sentence(nlp: Language) -> None:
    assert sents(nlp, "„Das ist falsch.“ Dann ging er.") == ["„Das ist falsch.“", "Dann ging er."]
    assert sents(nlp, "»Nein!« Sie lachte.") == ["»Nein!«", "Sie lachte."]


def test_quote_followed_by_comma_continues(nlp: Language) -> None:
    assert sents(nlp, "„Wir kommen!“, sagte sie. Gut.") == ["„Wir kommen!“, sagte sie.", "Gut."]


def test_colon_before_direct_quote_is_no_boundary(nlp: Language) -> None:
    assert sents(nlp, "Er sagte: „Wir bleiben.“ Dann ging er.") == ["Er sagte: „Wir bleiben.“", "Dann ging er."]


def test_abbreviations_and_ordinals_do_not_split(nlp: Language) -> None:
    text = "Dr. Müller kam am 3. März nach Berlin, z. B. mit Prof. Grimm. Das war gut."
    assert sents(nlp, text) == ["Dr. Müller kam am 3. März nach Berlin, z. B. mit Prof. Grimm.", "Das war gut."]
    assert sents(nlp, "Er wurde am 1. Juli 2. Sieger.") == ["Er wurde am 1. Juli 2. Sieger."]


def test_year_at_sentence_end_is_split_off(nlp: Language) -> None:
    doc = nlp("Das war 2019. Dann kam die Wende.")
    assert [s.text.strip() for s in doc.sents] == ["Das war 2019.", "Dann kam die Wende."]
    assert "2019" in [t.text for t in doc]


def test_final_abbreviation_before_sentence_opener(nlp: Language) -> None:
    assert sents(nlp, "Er kaufte Brot, Milch usw. Die Kasse war zu.") == [
        "Er kaufte Brot, Milch usw.",
        "Die Kasse war zu.",
    ]


def test_headlines_paragraphs_and_datelines(nlp: Language) -> None:
    text = "Steuerstreit eskaliert\nBerlin (dpa) – Die Koalition\nstreitet weiter.\n\nNeuer Absatz ohne Punkt\n\nEnde."
    assert sents(nlp, text) == [
        "Steuerstreit eskaliert",
        "Berlin (dpa) – Die Koalition\nstreitet weiter.",
        "Neuer Absatz ohne Punkt",
        "Ende.",
    ]


def test_question_exclamation_and_ellipsis(nlp: Language) -> None:
    assert sents(nlp, "Warum?! Weil es so ist… Und dann? Nichts.") == [
        "Warum?!",
        "Weil es so ist…",
        "Und dann?",
        "Nichts.",
    ]


def test_amount_with_separators_ends_the_sentence(nlp: Language) -> None:
    # "41.812." and "4,6." cannot be ordinals, unlike "3." in "am 3. März"
    assert sents(nlp, "Die Zahl stieg auf 41.812. „Wir haben keine Zeit“, sagte sie.") == [
        "Die Zahl stieg auf 41.812.",
        "„Wir haben keine Zeit“, sagte sie.",
    ]
    assert sents(nlp, "Der Wert lag bei 4,6. Experten waren überrascht.") == [
        "Der Wert lag bei 4,6.",
        "Experten waren überrascht.",
    ]
    assert len(sents(nlp, "Es kamen 1.200 Menschen am 3. März nach Berlin.")) == 1


def test_token_texts_match_the_tokens_also_after_a_split(nlp: Language) -> None:
    from lagebild.nlp.sentences import token_texts

    doc = nlp("Das Werk wurde 2019. Dann kam der Umbau\n\nam 3. März mit 4,6 Mio. Euro.")
    assert token_texts(doc) == [t.text for t in doc]
    assert "2019" in token_texts(doc) and "2019." not in token_texts(doc)


def test_token_texts_are_read_again_after_retokenising_and_are_a_fresh_list(nlp: Language) -> None:
    """token_texts keeps the texts of recent docs: a cached list must never outlive a change of the doc."""
    from lagebild.nlp.sentences import token_texts

    doc = nlp.make_doc("Die Bürger:innen in Frankfurt am Main stimmten ab.")
    first = token_texts(doc)
    first.append("changed by the caller")
    assert token_texts(doc) == [t.text for t in doc]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:6])
    assert token_texts(doc) == [t.text for t in doc]
    assert "Frankfurt am Main" in token_texts(doc)


def test_run_on_text_is_cut_into_bounded_sentences(nlp: Language) -> None:
    from lagebild.nlp.sentences import MAX_SENTENCE_TOKENS

    block = "die Preise stiegen weiter und die Regierung plante neue Hilfen für die Haushalte, "
    text = block * 1500  # about 24,000 tokens without a single sentence end
    doc = nlp(text)
    sentences = list(doc.sents)
    assert len(doc) > 20_000
    assert max(len(s) for s in sentences) <= MAX_SENTENCE_TOKENS
    assert "".join(s.text_with_ws for s in sentences) == text
    # Cut after commas (the best mark this text has), never inside a clause.
    assert all(s.text.endswith(",") for s in sentences[:-1])


def test_over_long_run_is_cut_at_line_breaks_then_semicolons_then_commas() -> None:
    from lagebild.nlp.sentences import cap_sentence_length

    def cut(texts: list[str], limit: int) -> list[list[str]]:
        starts = [1] + [-1] * (len(texts) - 1)
        cap_sentence_length(texts, starts, limit)
        pieces: list[list[str]] = []
        for text, start in zip(texts, starts, strict=True):
            if start == 1:
                pieces.append([])
            pieces[-1].append(text)
        return pieces

    texts = ["a", "b", ",", "c", "d", ";", "e", "f", "\n", "g", "h", ",", "i", "j", "k"]
    assert cut(texts, 9) == [["a", "b", ",", "c", "d", ";", "e", "f", "\n"], ["g", "h", ",", "i", "j", "k"]]
    texts = ["a", "b", ",", "c", "d", ";", "e", "f", ",", "g", "h", "i", "j", "k"]
    assert cut(texts, 9) == [["a", "b", ",", "c", "d", ";"], ["e", "f", ",", "g", "h", "i", "j", "k"]]
    texts = ["a", "b", ",", "c", "d", "e", "f", "g", "h", "i", "j", "k"]
    assert cut(texts, 9) == [["a", "b", ","], ["c", "d", "e", "f", "g", "h", "i", "j", "k"]]
    # No mark at all: hard cuts at the limit.
    assert [len(p) for p in cut(list("abcdefghijklmnopqrstuvw"), 10)] == [10, 10, 3]
    # A run within the limit is left alone.
    assert cut(texts, 12) == [texts]


def test_no_real_news_sentence_is_cut(nlp: Language, shared_data: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap only guards against run-on text: every real news sentence is shorter, so none is cut."""
    from lagebild.evaluation.bench_nlp import news_texts
    from lagebild.nlp import sentences as module

    monkeypatch.setattr(module, "cap_sentence_length", lambda texts, starts: None)
    longest = max(len(s) for doc in nlp.pipe(news_texts()) for s in doc.sents)
    assert 100 < longest <= module.MAX_SENTENCE_TOKENS
