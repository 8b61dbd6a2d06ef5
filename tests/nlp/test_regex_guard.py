"""Guards in front of large regexes (spaCy's suffix and infix rules): the same matches, found faster."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from lagebild.nlp.regex_guard import GuardedPattern, required_char_class
from lagebild.nlp.tokenizer import make_blank_german

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

# Words and pieces that exercise every kind of suffix and infix rule: units after digits, elisions, ellipses,
# symbols, quotes glued to words, hyphens, slashes, gender colons, abbreviations in capitals.
TRICKY = [
    "Regierungschef",
    "10km",
    "1,5kg",
    "30km/h",
    "5€",
    "US$",
    "8°C.",
    "°C",
    "geht's",
    "Trump’s",
    "USA.",
    "U.S.A.",
    "Hallo.......",
    "Ende…",
    "sagte:„Nein",
    "Nein.“Dann",
    "x-y",
    "EU-Kommission",
    "Bürger:innen",
    "Lehrer/innen",
    "3+4",
    "2^8",
    "Wort,Wort",
    "a=b",
    "(Klammer)",
    "[1]",
    "☀Sonne",
    "😀Hi😀",
    "Nr.5",
    "100%",
    "",
    "a",
    ".",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_blank_german()


def test_the_tokenizer_runs_its_suffix_and_infix_rules_behind_guards(nlp: Language) -> None:
    for bound in (nlp.tokenizer.suffix_search, nlp.tokenizer.infix_finditer, nlp.tokenizer.url_match):
        guarded = bound.__self__
        assert isinstance(guarded, GuardedPattern)
        assert guarded.required is not None  # the analysis found a test (else the guard would do nothing)
        assert guarded.required.search("Regierungschef") is None  # plain words skip the full search


@pytest.mark.parametrize("text", TRICKY)
def test_guarded_searches_find_what_the_plain_patterns_find(nlp: Language, text: str) -> None:
    suffix = nlp.tokenizer.suffix_search.__self__
    infix = nlp.tokenizer.infix_finditer.__self__
    plain_suffix = suffix.compiled.search(text)
    guarded_suffix = suffix.search(text)
    assert (guarded_suffix and guarded_suffix.span()) == (plain_suffix and plain_suffix.span())
    assert [m.span() for m in infix.finditer(text)] == [m.span() for m in infix.compiled.finditer(text)]


def test_tokens_are_the_same_with_and_without_guards(nlp: Language) -> None:
    plain = make_blank_german()
    plain.tokenizer.suffix_search = plain.tokenizer.suffix_search.__self__.compiled.search
    plain.tokenizer.infix_finditer = plain.tokenizer.infix_finditer.__self__.compiled.finditer
    plain.tokenizer.url_match = plain.tokenizer.url_match.__self__.compiled.match
    # the bundled sample corpus, read as raw text (feeds, HTML and plain text alike: markup is text too here)
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.*")) if p.suffix in (".txt", ".jsonl", ".html")
    ] + [" ".join(TRICKY)]
    assert sum(map(len, texts)) > 50_000
    for text in texts:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in plain.make_doc(text)]
    # the texts do exercise the rules: suffixes and infixes split many of their words
    kinds = [kind for text in texts for kind, _ in nlp.tokenizer.explain(text)]
    assert kinds.count("SUFFIX") > 100 and kinds.count("INFIX") > 20


def test_a_serialised_tokenizer_still_tokenizes_the_same(nlp: Language) -> None:
    # spaCy's serialisation reads ``suffix_search.__self__.pattern``; the copy runs the plain patterns
    copy = make_blank_german()
    copy.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    text = "Die Bürger:innen zahlten 5€ für 10km, sagte:„Nein.“ Ende…"
    assert [t.text for t in copy.make_doc(text)] == [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text", ["www.example.com", "https://x.de/a?b=1", "192.168.1.1", "tagesschau.de", "a.b",
                                  "Regierungschef", "localhost", "E-Mail", "1.000", "3."])
def test_guarded_url_match_finds_what_the_plain_pattern_finds(nlp: Language, text: str) -> None:
    url = nlp.tokenizer.url_match.__self__
    assert bool(url.match(text)) == bool(url.compiled.match(text))


def test_a_requirement_may_come_from_the_middle_of_a_pattern() -> None:
    # "^\w+\.\w+$": the word characters say nothing, the dot between them is needed
    assert required_char_class(r"^\w+\.[a-z]{2,}$") == r"[\.]"
    # an optional part needs nothing; a repeat of at least one does
    assert required_char_class(r"(?:x\.)?[a-z]+(?::\d+)+") == r"[:]"


def test_a_unit_after_a_digit_is_guarded_by_the_digit_not_by_its_letters() -> None:
    # the lookbehind's class is rarer in words than the unit's first letters, so the guard tests for digits
    assert required_char_class(r"(?<=[0-9])(?:km|kg)$|\.$") == r"[0-9\.]"


@pytest.mark.parametrize("pattern", [r"[^a]$|\.$", r"(?i:km)$", r".$", r"x*$"])
def test_patterns_without_a_required_character_get_no_guard(pattern: str) -> None:
    # a negated class, inline flags, any character, an alternative that can match empty
    assert required_char_class(pattern) is None
    guarded = GuardedPattern(re.compile(pattern))
    assert guarded.required is None
    assert [m.span() for m in guarded.finditer("ab.")] == [m.span() for m in re.finditer(pattern, "ab.")]
