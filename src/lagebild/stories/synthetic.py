"""Synthetic news corpora with a known story structure, for benchmarking story clustering.

Topics (an ongoing conflict, a policy field) have their own vocabulary and actors; each topic has
a sequence of stories. To be an honest test the hard cases of real news are built in:

* related but different stories: a follow-up event on the same topic shares a third of the
  previous story's event words and one of its actors, besides the topic's words and actors;
* time overlap: a follow-up starts 2–5 days after its predecessor, while articles about a
  story are spread over up to three days, so neighbouring stories of a topic run concurrently;
* near-duplicate copies with edits: an outlet's reprint has words replaced, a passage cut, its
  own sentences added and often its own headline;
* background vocabulary (Zipf-distributed) shared by all articles.

Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field

from lagebild.types import Analysis, Article, Entity, PartialDate

_SYLLABLES = ("ka", "lo", "mi", "ren", "tus", "bar", "fel", "gon", "dra", "wes", "pal", "nir", "sto", "vek",
              "hau", "zun", "ler", "mat", "ori", "sen", "tal", "ber", "kim", "rud", "fas", "lin", "mor", "pet")


@dataclass
class SyntheticCorpus:
    analyses: list[Analysis]
    gold: dict[str, str]  # doc → story label
    gold_copies: dict[str, str] = field(default_factory=dict)  # doc → doc it copies


@dataclass
class _Topic:
    words: list[str]
    actors: list[str]
    day: int  # day ordinal of the topic's latest event
    last_words: list[str] = field(default_factory=list)  # event words of the topic's latest story
    last_actors: list[str] = field(default_factory=list)


def _word(rng: random.Random, capital: bool = False) -> str:
    w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
    return w.capitalize() if capital else w


def _person(rng: random.Random) -> str:
    return _word(rng, capital=True) + " " + _word(rng, capital=True)


def generate(n_articles: int, seed: int = 7, words_per_article: tuple[int, int] = (120, 220),
             copy_share: float = 0.15, articles_per_story: tuple[int, int] = (1, 8),
             follow_up_share: float = 0.5) -> SyntheticCorpus:
    """``n_articles`` articles in ingestion (publication) order with gold story labels.

    ``follow_up_share`` of the stories continue their topic's previous story a few days later
    (shared event words and an actor, overlapping in time); the rest are a new event 7–14 days on.
    """
    rng = random.Random(seed)
    background = [_word(rng) for _ in range(5000)]
    bg_cumulative = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(background))))
    n_topics = max(1, n_articles // 60)
    topics = [
        _Topic(
            words=[_word(rng, capital=True) for _ in range(25)],
            actors=[_person(rng) for _ in range(6)],
            day=dt.date(2020, 1, 1).toordinal() + rng.randint(0, 1500),
        )
        for _ in range(n_topics)
    ]
    analyses: list[Analysis] = []
    gold: dict[str, str] = {}
    gold_copies: dict[str, str] = {}
    # Stories are produced in time order per topic; articles are interleaved by date below.
    pending: list[tuple[int, int, Analysis, str]] = []
    story_no = 0
    days: dict[str, int] = {}
    produced = 0
    while produced < n_articles:
        topic = rng.choice(topics)
        follow_up = bool(topic.last_words) and rng.random() < follow_up_share
        if follow_up:
            topic.day += rng.randint(2, 5)  # may overlap the predecessor's three days of coverage
            story_words = rng.sample(topic.last_words, 10) + [_word(rng, capital=True) for _ in range(20)]
            rng.shuffle(story_words)
            actors = [rng.choice(topic.last_actors), rng.choice(topic.actors), _person(rng)]
        else:
            topic.day += rng.randint(7, 14)
            story_words = [_word(rng, capital=True) for _ in range(30)]
            actors = rng.sample(topic.actors, 2) + [_person(rng)]
        topic.last_words, topic.last_actors = story_words, actors
        label = f"story{story_no}"
        story_no += 1
        size = min(rng.randint(*articles_per_story), n_articles - produced)
        members: list[Analysis] = []
        for _ in range(size):
            doc = f"syn{produced:07d}"
            day = topic.day + rng.randint(0, 2)
            if members and rng.random() < copy_share:
                source = rng.choice(members)
                day = max(day, days[source.article.id])  # a reprint appears no earlier than its source
                text = _edit(rng, source.article.text, background)
                title = source.article.title if rng.random() < 0.5 else _title(rng, story_words, topic)
                entities = [e for e in source.entities if e.name in text]
                gold_copies[doc] = source.article.id
            else:
                length = rng.randint(*words_per_article)
                filler = iter(rng.choices(background, cum_weights=bg_cumulative, k=length))
                tokens = []
                for _ in range(length):
                    r = rng.random()
                    if r < 0.22:
                        tokens.append(rng.choice(story_words[:15] if rng.random() < 0.7 else story_words))
                    elif r < 0.37:
                        tokens.append(rng.choice(topic.words))
                    else:
                        tokens.append(next(filler))
                for actor in rng.sample(actors, 2) + rng.sample(topic.actors, 1):
                    tokens.insert(rng.randrange(len(tokens)), actor)
                text = " ".join(tokens) + "."
                title = _title(rng, story_words, topic)
                names = dict.fromkeys(actors + topic.actors)
                entities = [Entity(id=f"{doc}#e{i}", name=a, type="PER") for i, a in enumerate(names) if a in text]
            published = dt.date.fromordinal(day)
            analysis = Analysis(
                article=Article(id=doc, text=text, title=title, lang="de",
                                published=PartialDate(published.year, published.month, published.day)),
                entities=[Entity(id=f"{doc}#e{i}", name=e.name, type=e.type) for i, e in enumerate(entities)],
            )
            members.append(analysis)
            days[doc] = day
            pending.append((day, produced, analysis, label))
            produced += 1
    pending.sort(key=lambda p: (p[0], p[1]))
    for _, _, analysis, label in pending:
        analyses.append(analysis)
        gold[analysis.article.id] = label
    return SyntheticCorpus(analyses=analyses, gold=gold, gold_copies=gold_copies)


def _title(rng: random.Random, story_words: list[str], topic: _Topic) -> str:
    return " ".join(rng.sample(story_words[:10], 3) + [rng.choice(topic.words)])


def _edit(rng: random.Random, text: str, background: list[str]) -> str:
    """A near-copy as outlets make them: about 4% of the words replaced, sometimes a passage of up to
    a tenth cut, and a few words to two short sentences of the outlet's own added at the end."""
    tokens = text.rstrip(".").split(" ")
    for _ in range(max(1, len(tokens) // 25)):
        tokens[rng.randrange(len(tokens))] = rng.choice(background)
    if rng.random() < 0.5 and len(tokens) > 40:
        cut = rng.randint(1, len(tokens) // 10)
        at = rng.randrange(len(tokens) - cut)
        del tokens[at : at + cut]
    tokens.extend(rng.choice(background) for _ in range(rng.randint(0, 20)))
    return " ".join(tokens) + "."
