"""Where a story first appeared: attributions such as "im Interview mit dem Deutschlandfunk",
"gegenüber dem „Spiegel“", "wie die italienische Zeitung Corriere della Sera berichtet",
"nach Informationen der FAZ". Patterns live in data/stories/origin_patterns.txt, known outlets
in data/stories/media.txt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lagebild.stories.features import _read_lines
from lagebild.types import Analysis, Evidence, Origin

_ART = r"(?:dem|der|des|die|den|das)"
_QUOTED = r"[„\"»‚'“](?P<{g}>[^„“”\"»«‚‘'\n]{{1,60}})[“”\"«‘']"
# One or more capitalised words, optionally joined by short lower-case particles ("Corriere della Sera").
_WORDS = r"(?P<{g}>[A-ZÄÖÜ][\w.&-]*(?:(?: (?:della|del|di|de|des|la|le|el|of|the|am|an|der))? [A-ZÄÖÜ][\w.&-]*){{0,4}})"


@dataclass(frozen=True)
class OriginMention:
    name: str
    evidence: Evidence


@lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    return frozenset(n.lower() for n in _read_lines("media.txt"))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    """Compiled patterns and whether their unquoted outlet names must be known media."""
    compiled = []
    for line in _read_lines("origin_patterns.txt"):
        body = line.split("\t", 1)[1] if "\t" in line else line
        known = "{KNOWN}" in body
        n = 0

        def outlet(_: re.Match[str]) -> str:
            nonlocal n
            n += 1
            return "(?:" + _QUOTED.format(g=f"q{n}") + "|" + _WORDS.format(g=f"w{n}") + ")"

        pattern = re.sub(r"\{(?:OUTLET|KNOWN)\}", outlet, body.replace("{ART}", _ART))
        compiled.append((re.compile(pattern), known))
    return compiled


def _outlet_name(match: re.Match[str]) -> tuple[str, bool, int] | None:
    """The outlet's name, whether it was quoted, and where the name starts."""
    for key, value in match.groupdict().items():
        if value:
            return value, key.startswith("q"), match.start(key)
    return None


def _trim_known(name: str) -> str | None:
    """The longest prefix of an unquoted name that is a known medium ("Spiegel Online" → "Spiegel")."""
    parts = name.split(" ")
    for k in range(len(parts), 0, -1):
        candidate = " ".join(parts[:k])
        if candidate.lower() in media_names():
            return candidate
        if candidate.endswith("s") and candidate[:-1].lower() in media_names():  # genitive "des Deutschlandfunks"
            return candidate
    return None


def find_origins(analysis: Analysis) -> list[OriginMention]:
    """Attributions to an outlet in one article, in text order (one per position, longest match)."""
    text = analysis.article.text
    found: list[tuple[int, int, OriginMention]] = []  # (pattern priority, -length, mention)
    for priority, (pattern, known) in enumerate(_patterns()):
        for m in pattern.finditer(text):
            got = _outlet_name(m)
            if got is None:
                continue
            name, quoted, name_start = got
            end = m.end()
            if not quoted and name.lower() not in media_names():
                # "Deutschlandfunk am Morgen" → the known outlet "Deutschlandfunk"; unknown names
                # are kept only where the cue itself says it is a medium ("die Zeitung X").
                trimmed = _trim_known(name.rstrip(".")) or _trim_known(name)
                if trimmed is None:
                    if known:
                        continue
                    trimmed = name.rstrip(".")
                if name_start + len(name) == end:
                    end = name_start + len(trimmed)
                name = trimmed
            key = name.strip()
            if key.endswith("s") and key[:-1].lower() in media_names():
                key = key[:-1]
            mention = OriginMention(name=key, evidence=Evidence(analysis.article.id, m.start(), end))
            found.append((priority, m.start() - end, mention))
    # Overlapping matches: the pattern listed first in the data file wins, then the longer match.
    chosen: list[OriginMention] = []
    for _, _, mention in sorted(found, key=lambda f: (f[0], f[1], f[2].evidence.start)):
        ev = mention.evidence
        if all(ev.end <= c.evidence.start or ev.start >= c.evidence.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda c: c.evidence.start)


def story_origin(members: Sequence[Analysis]) -> Origin | None:
    """The outlet cited by most member articles; ties go to the earliest citation (members in time order)."""
    counts: dict[str, int] = {}
    first: dict[str, OriginMention] = {}
    for analysis in members:
        seen: set[str] = set()
        for mention in find_origins(analysis):
            key = mention.name.lower()
            if key in seen:
                continue
            seen.add(key)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, mention)
    if not counts:
        return None
    order = list(first)
    best = max(order, key=lambda k: (counts[k], -order.index(k)))
    return Origin(name=first[best].name, evidence=first[best].evidence)
