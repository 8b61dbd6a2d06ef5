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
    weak: bool = False  # the cue shows contact with the outlet, not that the story started there


@lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    return frozenset(n.lower() for n in _read_lines("media.txt"))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], bool, bool]]:
    """Compiled patterns, whether their unquoted outlet names must be known media, and whether the cue is weak."""
    compiled = []
    for line in _read_lines("origin_patterns.txt"):
        label, body = line.split("\t", 1) if "\t" in line else ("", line)
        known = "{KNOWN}" in body
        n = 0

        def outlet(_: re.Match[str]) -> str:
            nonlocal n
            n += 1
            return "(?:" + _QUOTED.format(g=f"q{n}") + "|" + _WORDS.format(g=f"w{n}") + ")"

        pattern = re.sub(r"\{(?:OUTLET|KNOWN)\}", outlet, body.replace("{ART}", _ART))
        compiled.append((re.compile(pattern), known, label.startswith("weak:")))
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
    for priority, (pattern, known, weak) in enumerate(_patterns()):
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
            mention = OriginMention(name=key, evidence=Evidence(analysis.article.id, m.start(), end), weak=weak)
            found.append((priority, m.start() - end, mention))
    # Overlapping matches: the pattern listed first in the data file wins, then the longer match.
    chosen: list[OriginMention] = []
    for _, _, mention in sorted(found, key=lambda f: (f[0], f[1], f[2].evidence.start)):
        ev = mention.evidence
        if all(ev.end <= c.evidence.start or ev.start >= c.evidence.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda c: c.evidence.start)


def story_origin(members: Sequence[Analysis]) -> Origin | None:
    """Where the story first appeared: among outlets with evidence that the story's core came from
    them, the one cited by most member articles; ties go to the earliest citation (members in time order).

    Evidence is a strong cue ("im Interview mit", "wie X berichtet", "nach Informationen der X") in
    any member, or weak cues ("gegenüber dem X", "sagte der X") in at least two members or in the
    earliest one: a single quote given to another outlet in a later article is that outlet's
    interview, not the story's origin.
    """
    if not members:
        return None
    earliest = _earliest(members)
    counts: dict[str, int] = {}
    first: dict[str, OriginMention] = {}
    supported: set[str] = set()
    for analysis in members:
        seen: set[str] = set()
        for mention in find_origins(analysis):
            key = mention.name.lower()
            if not mention.weak or analysis.article.id in earliest:
                supported.add(key)
            if key in seen:
                continue
            seen.add(key)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, mention)
    candidates = [k for k in first if k in supported or counts[k] >= 2]
    if not candidates:
        return None
    order = list(first)
    best = max(candidates, key=lambda k: (counts[k], -order.index(k)))
    return Origin(name=first[best].name, evidence=first[best].evidence)


def _earliest(members: Sequence[Analysis]) -> set[str]:
    """Ids of the members published on the earliest known day (the first member when none is dated)."""
    dated = [(a.article.published, a.article.id) for a in members if a.article.published is not None]
    if not dated:
        return {members[0].article.id}
    keys = [((p.year, p.month or 0, p.day or 0), doc) for p, doc in dated]
    low = min(k for k, _ in keys)
    return {doc for k, doc in keys if k == low}
