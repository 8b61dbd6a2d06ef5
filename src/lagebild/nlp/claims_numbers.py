"""Reading German figures: "2.300", "4,6 Milliarden Euro", "zwölf", "zwei Drittel", "jeder Dritte", "Hunderttausende".

Written by hand because no maintained library parses German number formats together with number words
and news units; the lexicons live in ``lagebild/data/figures``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.nlp.times_text import data_lines, data_table


@dataclass(frozen=True)
class FigureLexicon:
    units: dict[str, tuple[str, float]]
    scales: dict[str, float]
    number_words: dict[str, int]
    fractions: dict[str, float]
    vague: tuple[str, ...]
    qualifiers: tuple[str, ...]
    blockers: frozenset[str]


@lru_cache(maxsize=1)
def figure_lexicon() -> FigureLexicon:
    return FigureLexicon(
        units={r[0]: (r[1], float(r[2])) for r in data_table("figures", "units.tsv")},
        scales={r[0]: float(r[1]) for r in data_table("figures", "scales.tsv")},
        number_words={r[0]: int(r[1]) for r in data_table("figures", "number_words.tsv")},
        fractions={r[0]: float(r[1]) for r in data_table("figures", "fractions.tsv")},
        vague=tuple(data_lines("figures", "vague.txt")),
        qualifiers=tuple(q.strip() for q in data_lines("figures", "qualifiers.txt")),
        blockers=frozenset(data_lines("figures", "number_blockers.txt")),
    )


def parse_digits(text: str) -> float:
    """German digits: "1.000" → 1000, "4,6" → 4.6, "41.812" → 41812."""
    return float(text.replace(".", "").replace(",", "."))


def parse_number_word(word: str) -> int | None:
    """A German number word or compound ("zwölf", "dreihundert", "fünfundzwanzig", "zweitausend"), else None."""
    words = figure_lexicon().number_words
    w = word.lower()
    if not w:
        return None
    if w in words:
        return words[w]
    for marker, factor in (("tausend", 1000), ("hundert", 100)):
        if marker in w:
            left, right = w.split(marker, 1)
            lval = parse_number_word(left) if left else 1
            rval = parse_number_word(right) if right else 0
            if lval is None or rval is None or lval >= factor or (right and rval >= factor):
                return None
            return lval * factor + rval
    if "und" in w:
        ones, tens = w.split("und", 1)
        o, t = parse_number_word(ones), parse_number_word(tens)
        if o is not None and t is not None and 1 <= o <= 9 and t in (20, 30, 40, 50, 60, 70, 80, 90):
            return t + o
    return None


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def figure_patterns() -> dict[str, re.Pattern[str]]:
    lx = figure_lexicon()
    scale = f"(?:\\s+(?P<scale>{_alt(list(lx.scales))})(?![\\w]))"
    unit = f"(?:\\s*(?P<unit>{_alt(list(lx.units))})(?![\\w/]))"
    word_parts = _alt(list(lx.number_words) + ["und"])
    fractions_noun = _alt([f.capitalize() for f in lx.fractions if f.endswith("tel") or f == "hälfte"])
    ordinals = [f for f in lx.fractions if not f.endswith("tel") and f != "hälfte"]
    ordinal_alt = _alt(ordinals + [o.capitalize() for o in ordinals])
    return {
        "digits": re.compile(
            rf"(?<![\w.,:/§-])(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d]|[.,:]\d|-\w){scale}?{unit}?"
        ),
        "words": re.compile(rf"(?i:\b(?P<word>(?:{word_parts})+)\b){scale}?{unit}?"),
        "fraction": re.compile(rf"\b(?P<fnum>[Dd]ie|[Ee]ine?|[Ee]in|\w+)\s+(?P<frac>{fractions_noun})(?!\w)"),
        "every": re.compile(rf"\b(?P<every>[Jj]ede[rs]?)\s+(?P<ord>{ordinal_alt})\b"),
        "of": re.compile(r"\b(?P<a>\w+)\s+von\s+(?P<b>\w+)(?=\s+[A-ZÄÖÜ])"),
        "vague": re.compile(rf"\b(?P<vague>{_alt(list(lx.vague))})n?\b{unit}?"),
        "qualifier": re.compile(rf"(?i:(?:^|(?<=[\s(„\"]))(?P<q>{_alt(list(lx.qualifiers))}))\s+$"),
    }


def number_value(token: str) -> float | None:
    """Digits or a number word."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", token):
        return parse_digits(token)
    value = parse_number_word(token)
    return float(value) if value is not None else None
