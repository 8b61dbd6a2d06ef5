"""Per-story timelines: dated events ordered in time, each linked to the sentence that dates it.

The timeline is about what happens in the story: background references far before it ("vor 31 Jahren",
"seit Beginn der Eskalation im Herbst 2024") are left out. A date counts as background when its whole period
(the year for "1995", the month for "im Mai 2024") ended more than ``BACKGROUND_DAYS`` before the story's
earliest publication date. They stay available as time expressions of the article (``Analysis.times``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from lagebild.nlp.times_text import sentence_at, sentence_bounds
from lagebild.types import Analysis, PartialDate, Story, TimelineEvent

BACKGROUND_DAYS = 365
_SIMILAR = 0.5  # token Jaccard above which two sentences with the same date report the same event


def _key(value: PartialDate) -> tuple[int, int, int]:
    return value.year, value.month or 0, value.day or 0


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{3,}", text)}


def _period_end(value: PartialDate) -> dt.date:
    """The last day a (partial) date can mean: 2024 → 31 Dec 2024, May 2024 → 31 May 2024."""
    month = value.month or 12
    day = value.day or calendar.monthrange(value.year, month)[1]
    return dt.date(value.year, month, day)


def is_background(value: PartialDate, story_start: PartialDate | None) -> bool:
    """True when ``value`` lies so far before the story (earliest publication) that it is background."""
    if story_start is None:
        return False
    start = dt.date(story_start.year, story_start.month or 1, story_start.day or 1)
    return (start - _period_end(value)).days > BACKGROUND_DAYS


def _doc_order(analysis: Analysis, position: int) -> tuple[int, int, int, int]:
    published = analysis.article.published
    return (*(_key(published) if published else (9999, 99, 99)), position)


def build_timeline(story: Story, analyses: list[Analysis], entity_links: dict[str, str]) -> list[TimelineEvent]:
    """Dated events of ``story`` in time order. One event per sentence and resolved date; the same event
    reported by several outlets (same date, similar sentence) is kept once, from the earliest document."""
    members = set(story.documents)
    ordered = sorted(
        ((a, i) for i, a in enumerate(analyses) if a.article.id in members), key=lambda ai: _doc_order(*ai)
    )
    published = [a.article.published for a, _ in ordered if a.article.published is not None]
    story_start = min(published, key=_key) if published else None
    events: list[tuple[PartialDate, TimelineEvent, set[str]]] = []
    # Word sets of the kept events per date: a duplicate needs the same date, so only those are compared.
    words_by_date: dict[PartialDate, list[set[str]]] = {}
    for analysis, _ in ordered:
        text = analysis.article.text
        bounds = sentence_bounds(text)
        seen: set[tuple[int, int, str]] = set()
        for time in analysis.times:
            if time.value is None or is_background(time.value, story_start):
                continue
            start, end = sentence_at(bounds, time.start)
            key = (start, end, time.value.iso())
            if key in seen:
                continue
            seen.add(key)
            sentence = text[start:end]
            words = _words(sentence)
            same_date = words_by_date.setdefault(time.value, [])
            duplicate = any(len(words & other) / max(1, len(words | other)) >= _SIMILAR for other in same_date)
            if duplicate:
                continue
            actors: list[str] = []
            for entity in analysis.entities:
                if any(m.start < end and start < m.end for m in entity.mentions if m.doc == analysis.article.id):
                    canonical = entity_links.get(entity.id, entity.id)
                    if canonical not in actors:
                        actors.append(canonical)
            event = TimelineEvent(story.id, time.id, analysis.article.id, start, end, sentence, actors)
            events.append((time.value, event, words))
            same_date.append(words)
    events.sort(key=lambda e: _key(e[0]))
    return [event for _, event, _ in events]
