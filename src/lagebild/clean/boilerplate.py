"""Whole lines of web boilerplate ("Anzeige", "Lesen Sie auch: …", photo credits, share buttons) to skip.

Boilerplate is reported as spans, never removed: analysis blanks those lines to spaces
(``lagebild.analysis.mask_dropped``), so every offset still points into the article's text.

The patterns are data (``src/lagebild/data/boilerplate.txt``, plus files named in ``LAGEBILD_BOILERPLATE``):
one regular expression per line that must match a whole line, case-insensitively. Written by hand
because trafilatura strips boilerplate only from HTML markup; plain-text and JSONL articles (and the
residue trafilatura keeps, like "Lesen Sie auch:" paragraphs) need a line-level pass over text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lagebild.errors import UsageError
from lagebild.settings import PACKAGE_DATA, get_settings
from lagebild.types import TextSpan

DEFAULT_PATTERN_FILE = PACKAGE_DATA / "boilerplate.txt"

# Longest line tested: boilerplate lines are short; a longer line is a paragraph of the article
# (and skipping it keeps the pass fast on long paragraphs).
MAX_LINE_CHARS = 1200

_LINE = re.compile(r"[^\n]+")


_NEEDS = re.compile(r"\(\?#needs:([^)]*)\)")
_EDGE = "[ \t\u00a0]*"


def _whole_line(pattern: str) -> re.Pattern[str]:
    return re.compile(f"{_EDGE}(?:{pattern}){_EDGE}", re.IGNORECASE)


@dataclass(frozen=True)
class TriggeredPattern:
    """A pattern tried only on lines containing one of its words (lower-case substrings)."""

    words: tuple[str, ...]
    regex: re.Pattern[str]


@dataclass(frozen=True)
class BoilerplatePatterns:
    """A compiled set of whole-line boilerplate patterns.

    Patterns without a needs-comment are joined into one alternation, matched once per line (the
    regex engine does the work in C); patterns with ``(?#needs: a|b)`` run only on lines containing a word.
    """

    always: re.Pattern[str]
    triggered: tuple[TriggeredPattern, ...]
    count: int

    @classmethod
    def from_lines(cls, lines: Iterable[tuple[str, int, str]]) -> BoilerplatePatterns:
        """Compile ``(file, line number, pattern)`` triples; a bad pattern names its file and line."""
        always: list[str] = []
        triggered: list[TriggeredPattern] = []
        for origin, number, pattern in lines:
            try:
                regex = _whole_line(pattern)
            except re.error as e:
                raise UsageError(f"{origin}:{number}: invalid boilerplate pattern ({e}): {pattern}") from None
            needs = _NEEDS.match(pattern)
            words = tuple(w.strip().lower() for w in needs.group(1).split("|") if w.strip()) if needs else ()
            if words:
                triggered.append(TriggeredPattern(words, regex))
            else:
                always.append(f"(?:{pattern})")
        combined = _whole_line("|".join(always) if always else "(?!)")
        return cls(combined, tuple(triggered), len(always) + len(triggered))

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> BoilerplatePatterns:
        return cls.from_lines(line for path in paths for line in read_pattern_file(path))

    def matches(self, line: str) -> bool:
        """Whether the whole ``line`` is boilerplate."""
        if len(line) > MAX_LINE_CHARS:
            return False
        if self.always.fullmatch(line):
            return True
        if not self.triggered:
            return False
        lowered = line.lower()
        for pattern in self.triggered:
            for word in pattern.words:
                if word in lowered:
                    if pattern.regex.fullmatch(line):
                        return True
                    break
        return False


def read_pattern_file(path: Path) -> list[tuple[str, int, str]]:
    """The patterns of one file as ``(file, line number, pattern)``; comments and blank lines skipped."""
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot read boilerplate pattern file {path} ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise UsageError(f"boilerplate pattern file {path} is not UTF-8") from None
    patterns = []
    for number, raw in enumerate(content.splitlines(), start=1):
        pattern = raw.strip()
        if pattern and not pattern.startswith("#"):
            patterns.append((str(path), number, pattern))
    return patterns


@lru_cache(maxsize=8)
def _patterns_for(setting: str) -> BoilerplatePatterns:
    return BoilerplatePatterns.from_files((DEFAULT_PATTERN_FILE, *get_settings().extra_boilerplate))


def default_patterns() -> BoilerplatePatterns:
    """The packaged patterns plus the files named in ``LAGEBILD_BOILERPLATE`` (compiled once, cached)."""
    # Keyed on the raw setting: building Settings per article would cost more than the matching.
    return _patterns_for(os.environ.get("LAGEBILD_BOILERPLATE", ""))


def find_boilerplate(text: str, patterns: BoilerplatePatterns | None = None) -> list[TextSpan]:
    """Boilerplate lines of ``text`` as spans (the line without its line break), in text order."""
    patterns = patterns or default_patterns()
    spans: list[TextSpan] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if line.endswith("\r"):
            line = line[:-1]
        if not line.strip() or not patterns.matches(line):
            continue
        start = match.start()
        spans.append(TextSpan(start, start + len(line), line))
    return spans
