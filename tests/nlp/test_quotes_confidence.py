"""Quote confidence comes from data/quotes/confidence.tsv, one value per rule that finds quotations."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from test_quotes import analyse

import lagebild.nlp.quotes as quotes_module
from lagebild.nlp.quotes_lexicon import load_lexicon


def test_every_rule_in_the_code_has_a_confidence_and_no_value_is_orphaned() -> None:
    # the rules are spread over the quotes*.py rule modules (quotes_grammar … quotes_reported, quotes)
    sources = [p.read_text(encoding="utf-8") for p in Path(quotes_module.__file__).parent.glob("quotes*.py")]
    used = {rule for source in sources for rule in re.findall(r'self\.confidence\(\s*"(\w+)"', source)}
    table = load_lexicon().confidence
    assert used <= set(table), used - set(table)
    assert set(table) <= used, set(table) - used
    assert all(0.0 < v <= 1.0 for v in table.values())


def test_confidence_ranks_a_cued_statement_above_a_reportative_guess(nlp: Language) -> None:
    quotes = analyse(nlp, "Die Ministerin sagte, die Lage sei ernst. Der Täter soll geflohen sein.")
    table = load_lexicon().confidence
    assert [q.confidence for q in quotes] == [table["reporting_verb"], table["reportative_soll"]]
    assert quotes[0].confidence > quotes[1].confidence


def test_finder_token_cache_behaves_like_the_doc(nlp: Language) -> None:
    from lagebild.nlp.quotes import _QuoteFinder

    doc = nlp("Die Ministerin sagte, die Lage sei ernst.")
    finder = _QuoteFinder(doc, load_lexicon())
    assert len(finder.doc) == len(doc)
    assert [t.text for t in finder.doc[1:3]] == ["Ministerin", "sagte"]
    assert finder.doc[2].i == 2 and finder.doc.text == doc.text
    assert finder.has_pos == doc.has_annotation("POS") and finder.has_morph == doc.has_annotation("MORPH")
