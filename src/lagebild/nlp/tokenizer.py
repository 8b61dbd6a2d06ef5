"""lagebild's German news tokenizer: spaCy's German rules, adjusted for news text.

Changes to spaCy's defaults (all regex/special-case based, so the tokenizer keeps spaCy's speed):

* typographic quotes „ “ ” » « ‚ ‘ and straight " are split off even without spaces ("sagte:„Nein.“Dann");
* gender forms stay one token: Bürger:innen, Lehrer/innen (Lehrer*innen, Lehrer_innen, BürgerInnen already do);
* hashtags (#Klimastreik) and @handles stay one token;
* extra abbreviations from ``data/tokenizer/abbreviations.txt`` keep their period.

Numbers ("4,6", "1.000", "8.30"), dates ("14.03.2026"), ordinals ("3.") and URLs/e-mail addresses are
already single tokens in spaCy's German rules. Percent signs stay separate tokens ("6,2" "%") so figure
extraction sees the number and the unit alike for "6,2%" and "6,2 Prozent".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from lagebild.nlp.regex_guard import GuardedPattern
from lagebild.settings import PACKAGE_DATA

ABBREVIATIONS_FILE = PACKAGE_DATA / "tokenizer" / "abbreviations.txt"

# Quote characters that are always tokens of their own. The apostrophe ’ is not among them: it is far
# more often an elision ("geht’s") than a quotation mark in German.
QUOTE_CHARS = '„“”»«‚‘"'


@lru_cache(maxsize=1)
def load_abbreviations(path: Path = ABBREVIATIONS_FILE) -> dict[str, bool]:
    """Abbreviation → whether it may end a sentence ("final" flag in the data file)."""
    out: dict[str, bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        out[parts[0].strip()] = len(parts) > 1 and parts[1].strip() == "final"
    return out


def _customise(nlp: Language) -> Tokenizer:
    tokenizer: Tokenizer = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    defaults = nlp.Defaults

    # Prefixes: keep "#" and "@" on the word they introduce (hashtags, handles).
    prefixes = [p for p in defaults.prefixes if p not in ("#", "@")]  # type: ignore[union-attr]
    prefixes.append(r"[#@](?![\w])")
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search

    infixes: list[str] = []
    for default_pattern in defaults.infixes:  # type: ignore[union-attr]
        pattern = str(default_pattern)
        if "[:<>=]" in pattern:
            # "Bürger:innen" is one word; other letter:letter colons still split.
            pattern = pattern.replace("[:<>=]", r"(?::(?!innen\b|in\b)|[<>=])")
        elif r"\/" in pattern:
            pattern = pattern.replace(r"\/", r"\/(?!innen\b|in\b)")
        infixes.append(pattern)
    infixes.append("[" + re.escape(QUOTE_CHARS) + "]")
    infixes.append(rf"(?<=[{ALPHA}])[:.!?…](?=[{re.escape(QUOTE_CHARS)}])")
    # Suffix and infix rules are long alternations that re tries at every position of every new word; behind
    # a test for a character their matches need (punctuation, digits, hyphens …), plain words skip them. The
    # tokenizer spent about a fifth of the backbone's time in these searches and the URL pattern before.
    tokenizer.infix_finditer = GuardedPattern(compile_infix_regex(infixes)).finditer
    tokenizer.suffix_search = GuardedPattern(compile_suffix_regex(defaults.suffixes)).search  # type: ignore[arg-type]
    url_pattern = getattr(tokenizer.url_match, "__self__", None)
    if isinstance(url_pattern, re.Pattern):  # spaCy's URL_MATCH: every URL has a dot or digits
        tokenizer.url_match = GuardedPattern(url_pattern).match

    for abbreviation in load_abbreviations():
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return tokenizer


@spacy.registry.tokenizers("lagebild.tokenizer.v1")
def create_lagebild_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registry entry so a saved pipeline config can name this tokenizer."""
    return _customise


def make_blank_german() -> Language:
    """A blank German pipeline with lagebild's news tokenizer."""
    return spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "lagebild.tokenizer.v1"}}})
