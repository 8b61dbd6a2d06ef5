"""Cheap pre-tests in front of large regular expressions, read from the patterns' own parse; matches unchanged.

Python's ``re`` tries a pattern at every position of its text, and a long alternation (spaCy's suffix and infix
rules, the time expressions' month and weekday names) walks all its alternatives at each one. Most texts these
patterns see cannot match at all: a plain word like "Regierungschef" contains none of the characters a suffix or
infix rule needs. A test for such a character costs a fraction of the full search, so each pattern here is put
behind one. The characters are read from the stdlib parser ``re.compile`` itself uses (``re._parser``; there is
no public equivalent and no library does this), so the guards follow edits to the patterns and lexicons; a
pattern the analysis does not understand runs unguarded (slower, same matches).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# Character-class escapes for the categories a regex may start with (``\d`` etc. keep their Unicode meaning).
_CATEGORY_ESCAPES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}

# What a plain word is made of: of two characters a match must contain, the guard tests for the rarer in words.
_PLAIN_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"


class _AnyFirstChar(Exception):
    """The pattern may start with any character (or with a construct the guard does not analyse)."""


def _class_members(members: list[tuple[Any, Any]]) -> set[str]:
    """A parsed character class ``[…]`` as class-member strings; raises _AnyFirstChar for a negated class."""
    out: set[str] = set()
    for member_op, member in members:
        member_name = str(member_op)
        if member_name == "LITERAL":
            out.add(re.escape(chr(member)))
        elif member_name == "RANGE":
            out.add(f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}")
        elif member_name == "CATEGORY" and str(member) in _CATEGORY_ESCAPES:
            out.add(_CATEGORY_ESCAPES[str(member)])
        else:
            raise _AnyFirstChar  # NEGATE, locale categories …
    return out


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """Class members one of which starts every match of the sequence ``items``, and whether it can match empty."""
    first: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            first.add(re.escape(chr(av)))
            return first, False
        if name == "IN":
            return first | _class_members(av), False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next item supplies the first character
        if name == "BRANCH":
            nullable = False
            for alternative in av[1]:
                chars, empty = _first_chars(list(alternative))
                first |= chars
                nullable = nullable or empty
        elif name == "SUBPATTERN":
            if av[1] or av[2]:
                raise _AnyFirstChar  # inline flags ("(?i:…)") change what a literal matches
            chars, nullable = _first_chars(list(av[3]))
            first |= chars
        elif name == "ATOMIC_GROUP":
            chars, nullable = _first_chars(list(av))
            first |= chars
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            chars, empty = _first_chars(list(av[2]))
            first |= chars
            nullable = empty or av[0] == 0
        else:
            raise _AnyFirstChar  # ANY, NOT_LITERAL, group references …
        if not nullable:
            return first, False
    return first, True


def _parse(pattern: str) -> Any | None:
    """The stdlib parse of ``pattern``, or None when it is unavailable or has flags the analysis ignores."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # the stdlib regex parser, no public equivalent
    except ImportError:  # a private module: without it the patterns run unguarded (slower, same matches)
        return None
    try:
        parsed = _parser.parse(pattern, 0)
    except Exception:  # noqa: BLE001 — a changed private parser must cost speed, never matches
        return None
    if parsed.state.flags & ~re.UNICODE:
        return None
    return parsed


def with_first_char_guard(pattern: str) -> str:
    """``pattern`` behind a lookahead for the characters its matches can start with; the matches are unchanged.

    For patterns run over whole articles (the time expressions): a pattern that opens with optional prepositions
    ("(?:am|vom|…)?\\bMärz…") walks those alternatives at each position; a one-character lookahead rejects most
    positions at once (3-5x faster). Patterns it cannot analyse (inline flags, ``.``, negated classes, or a
    pattern that can match the empty string) are returned as they are.
    """
    parsed = _parse(pattern)
    if parsed is None:
        return pattern
    try:
        chars, nullable = _first_chars(list(parsed.data))
    except Exception:  # noqa: BLE001 — _AnyFirstChar, or a changed private parser: unguarded, same matches
        return pattern
    if nullable or not chars:
        return pattern
    return f"(?=[{''.join(sorted(chars))}])(?:{pattern})"


@lru_cache(maxsize=4096)
def _word_char_share(members: frozenset[str]) -> int:
    """How many plain-word characters the class ``[members]`` contains (the guard prefers the rarer class)."""
    member_class = re.compile(f"[{''.join(sorted(members))}]")
    return sum(1 for c in _PLAIN_WORD_CHARS if member_class.match(c))


def _element_requirement(op: Any, av: Any) -> frozenset[str] | None:
    """Class members one of which every match of this one parsed element has in its text, or None."""
    name = str(op)
    if name == "LITERAL":
        return frozenset({re.escape(chr(av))})
    if name == "IN":
        try:
            return frozenset(_class_members(av))
        except _AnyFirstChar:
            return None
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in av[1]:
            required = _requirement(list(alternative))
            if required is None:
                return None  # an alternative that needs nothing in particular: the branch needs nothing
            union |= required
        return frozenset(union)
    if name == "SUBPATTERN":
        return None if av[1] or av[2] else _requirement(list(av[3]))  # inline flags change what matches
    if name == "ATOMIC_GROUP":
        return _requirement(list(av))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _requirement(list(av[2])) if av[0] >= 1 else None
    if name == "ASSERT":
        # a positive lookahead or lookbehind looks at the same text: a unit after a digit, ``(?<=[0-9])km``,
        # needs a digit there
        return _requirement(list(av[1]))
    return None  # AT, ASSERT_NOT, ANY, NOT_LITERAL, group references …: no requirement


def _requirement(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Class members one of which every match of the sequence ``items`` has in its text, or None if there is
    none: of the requirements of its elements, the one plain words meet least (each alone is enough)."""
    candidates = [required for op, av in items if (required := _element_requirement(op, av))]
    return min(candidates, key=_word_char_share) if candidates else None


def required_char_class(pattern: str) -> str | None:
    """A character class one member of which every match of ``pattern`` contains in its text, or None.

    A text without any of them cannot match, so ``class.search(text) is None`` decides most searches cheaply.
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        required = _requirement(list(parsed.data))
    except Exception:  # noqa: BLE001 — a changed private parser must cost speed, never matches
        return None
    return f"[{''.join(sorted(required))}]" if required else None


class GuardedPattern:
    """A compiled pattern behind a test for a character every match contains: same results, plain words fast.

    Exposes ``pattern`` like ``re.Pattern``, so spaCy's tokenizer serialisation (which reads
    ``tokenizer.suffix_search.__self__.pattern``) keeps working; a deserialised tokenizer runs unguarded.
    """

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        required = required_char_class(compiled.pattern) if compiled.flags & ~re.UNICODE == 0 else None
        self.required = re.compile(required) if required else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.required is not None and self.required.search(text) is None:
            return None
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        if self.required is not None and self.required.search(text) is None:
            return None
        return self.compiled.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.required is not None and self.required.search(text) is None:
            return iter(())
        return self.compiled.finditer(text)
