"""Generated German news-like articles for speed benchmarks (never for quality figures).

Sentences come from templates with slots in ``data/bench/news_templates.json`` (fictional names and
facts), so the text exercises the real analysis paths: quotes, indirect speech, figures, dates.
"""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from typing import Any

from lagebild.settings import PACKAGE_DATA
from lagebild.types import Article, PartialDate

_SLOT = re.compile(r"\{(\w+)\}")
WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _templates() -> dict[str, Any]:
    with (PACKAGE_DATA / "bench" / "news_templates.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _fill(template: str, rng: random.Random, slots: dict[str, Any]) -> str:
    return _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)


def generate_articles(words: int, seed: int = 13) -> list[Article]:
    """Articles of 12–30 sentences each until ``words`` words (``\\w+`` tokens) are reached."""
    rng = random.Random(seed)
    slots = _templates()
    templates: list[str] = slots["templates"]
    articles: list[Article] = []
    total = 0
    while total < words:
        n = len(articles)
        sentences = [_fill(rng.choice(templates), rng, slots) for _ in range(rng.randint(12, 30))]
        title = _fill("{thing}: {person} unter Druck", rng, slots)
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        text = title + "\n\n" + "\n\n".join(paragraphs)
        total += len(WORD.findall(text))
        articles.append(
            Article(
                id=f"bench/{n:06d}",
                text=text,
                title=title,
                outlet=f"outlet{n % 7}.example",
                published=PartialDate(2026, 3, 1 + n % 28),
            )
        )
    return articles
