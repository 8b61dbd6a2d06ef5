"""``lagebild bench nlp``: words/s of the language backbone beside spaCy's bare tokenizer, on one core.

The corpus is real German news when LAGEBILD_DATA is there: the article texts of german-news-quotes (train and
dev; reading them to time the pipeline trains nothing) and the sentences of UD German-GSD grouped into
paragraphs, repeated in order until the requested word count. Without the data, a generated corpus of German
news-style sentences stands in; its numbers come from small per-slot pools so that, as in real news, only a few
per cent of the tokens are numbers (unique random numbers in every sentence would defeat spaCy's tokenizer
cache and make every tokenizer look slow). The report says which corpus was used.

The headline figure is the steady state of a stream on text not seen before: the articles are dealt into four
interleaved groups; the first warms the per-word-type caches (spaCy's tokenizer cache, the tagger's and the NER's
word tables) as a long run would, and each of the other three is then timed on its first pass, the bare tokenizer and
the backbone alike, and the median is taken. Timing repeats over the same text would find every word type cached
and overstate the speed; that fully warm figure and the cold first pass are printed beside it for reference.
The per-component split runs every component separately over all docs (warm). Times are this process's CPU time
(single-threaded work), so a busy shared machine does not distort the words/s figure the way wall-clock time would;
the bare tokenizer is measured in the same run, and the ratio is the figure to compare across runs.
"""

from __future__ import annotations

import gzip
import json
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from lagebild.errors import DataMissing, LagebildError
from lagebild.evaluation import EvalReport
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path

REPEATS = 3
# ``lagebild run`` feeds the pipeline with ``nlp.pipe`` in batches of analysis.analyse_articles' default size
# (components with a ``pipe`` method, morphology and NER, work on a batch at once); the headline times the same way.
RUN_BATCH_SIZE = 32
STREAM_GROUPS = 4  # one to warm the caches, three timed on unseen text
ARTICLE_WORDS = 400

_PEOPLE = [
    "Veronika Grimm",
    "Olaf Scholz",
    "Friedrich Merz",
    "Annalena Baerbock",
    "Markus Söder",
    "Lisa Paus",
    "Christian Lindner",
    "Saskia Esken",
    "Hubertus Heil",
    "Nancy Faeser",
    "Marie-Agnes Strack-Zimmermann",
]
_ROLES = [
    "die Ökonomin",
    "der Kanzler",
    "die Ministerin",
    "der Sprecher",
    "die Vorsitzende",
    "der Bürgermeister",
    "die Polizeisprecherin",
    "der Verbandschef",
    "die Gewerkschafterin",
    "der Landrat",
]
_ORGS = [
    "das Statistische Bundesamt",
    "die Bundesregierung",
    "die EU-Kommission",
    "die Deutsche Bahn",
    "der Bundestag",
    "die Bundesagentur für Arbeit",
    "die Europäische Zentralbank",
    "die IG Metall",
]
_PLACES = ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Dresden", "Brüssel", "Stuttgart"]
_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober"]
_TEMPLATES = [
    "{person} sagte am {day}. {month}, die Lage sei ernst, aber beherrschbar.",
    "„Wir werden alles tun, um die Arbeitsplätze zu sichern“, sagte {role} in {place}.",
    "Laut {org} stieg die Inflation im {month} auf {pct} Prozent.",
    "{role} betonte, man habe keine andere Wahl gehabt und müsse jetzt handeln.",
    "Nach Angaben der Polizei wurden bei dem Unfall auf der A{num} {small} Menschen verletzt.",
    "Die Zahl der Arbeitslosen sank im Vergleich zum Vorjahr um {big} auf {huge}.",
    "{org} kündigte an, die Mittel für {place} um {pct} Prozent zu erhöhen.",
    "Kritiker werfen {person} vor, die Probleme zu lange ignoriert zu haben.",
    "Die Verhandlungen sollen am {day}. {month} in {place} fortgesetzt werden.",
    "Es gebe derzeit keine Hinweise auf einen politischen Hintergrund, teilte {org} mit.",
    "Wenn die Preise weiter stiegen, würden viele Haushalte Probleme bekommen, warnte {role}.",
    "In {place} demonstrierten am Wochenende rund {big} Menschen gegen die Pläne.",
    "Die Bürger:innen können sich bis zum {day}.{mon}.2026 online informieren.",
    "Der Umsatz lag mit {money} Mio. Euro knapp über dem Wert des Vorjahres.",
    "{person} (CDU) und {person2} (SPD) trafen sich um {hour}.30 Uhr im Kanzleramt.",
    "Die Regierung hätte früher reagieren müssen, sagen Experten wie {person}.",
    "Ob das Gesetz noch vor der Sommerpause verabschiedet wird, ist offen.",
    "Das Unternehmen beschäftigt z. B. in {place} etwa {big} Mitarbeiter.",
]


POOL_SIZE = 40  # distinct values per numeric slot: real news repeats its numbers (years, rates, amounts)


def _number_pools(rng: random.Random) -> dict[str, list[str]]:
    def pool(make: Callable[[], str]) -> list[str]:
        return [make() for _ in range(POOL_SIZE)]

    return {
        "day": pool(lambda: str(rng.randint(1, 28))),
        "mon": pool(lambda: f"{rng.randint(1, 12):02d}"),
        "num": pool(lambda: str(rng.randint(1, 99))),
        "small": pool(lambda: str(rng.randint(2, 20))),
        "pct": pool(lambda: f"{rng.randint(1, 9)},{rng.randint(0, 9)}"),
        "big": pool(lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}"),
        "huge": pool(lambda: f"{rng.randint(1, 3)},{rng.randint(1, 9)} Millionen"),
        "money": pool(lambda: f"{rng.randint(10, 999)},{rng.randint(0, 9)}"),
        "hour": pool(lambda: str(rng.randint(7, 20))),
    }


def generate_corpus(words: int, seed: int = 7) -> list[str]:
    """Articles of German news-like text totalling about ``words`` whitespace-separated words."""
    rng = random.Random(seed)
    numbers = _number_pools(rng)
    articles: list[str] = []
    total = 0
    current: list[str] = []
    current_words = 0
    while total < words:
        template = rng.choice(_TEMPLATES)
        sentence = template.format(
            person=rng.choice(_PEOPLE),
            person2=rng.choice(_PEOPLE),
            role=rng.choice(_ROLES),
            org=rng.choice(_ORGS),
            place=rng.choice(_PLACES),
            month=rng.choice(_MONTHS),
            **{slot: rng.choice(values) for slot, values in numbers.items()},
        )
        n = len(sentence.split())
        current.append(sentence)
        current_words += n
        total += n
        if current_words >= ARTICLE_WORDS:
            articles.append(_paragraphs(current, rng))
            current, current_words = [], 0
    if current:
        articles.append(_paragraphs(current, rng))
    return articles


@dataclass(frozen=True)
class BenchCorpus:
    articles: list[str]
    source: str  # "news" (real text from LAGEBILD_DATA) or "generated"
    description: str

    @property
    def words(self) -> int:
        return sum(len(a.split()) for a in self.articles)


NEWS_DATASET = "german-news-quotes"
GSD_DATASET = "ud-german-gsd"
GSD_PARAGRAPH = 12  # sentences per pseudo-article made from UD German-GSD


def news_texts() -> list[str]:
    """Real German news texts from LAGEBILD_DATA (raises DataMissing without them)."""
    texts: list[str] = []
    for split in ("train", "dev"):
        with gzip.open(data_path(NEWS_DATASET, f"{split}.jsonl.gz"), "rt", encoding="utf-8") as fh:
            texts.extend(json.loads(line)["originalText"] for line in fh if line.strip())
    for split in ("dev", "test"):
        try:
            path = data_path(GSD_DATASET, f"de_gsd-ud-{split}.conllu")
        except DataMissing:
            continue
        sentences = [
            line[len("# text = ") :].strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")
        ]
        texts.extend(" ".join(sentences[k : k + GSD_PARAGRAPH]) for k in range(0, len(sentences), GSD_PARAGRAPH))
    return texts


def bench_corpus(words: int, source: str = "auto") -> BenchCorpus:
    """About ``words`` words of German text: real news (repeated in order as needed) when the data is there and
    ``source`` is "auto" or "news", else generated text ("generated", or "auto" without data)."""
    if source in ("auto", "news"):
        try:
            texts = news_texts()
        except DataMissing:
            if source == "news":
                raise
        else:
            unique = sum(len(t.split()) for t in texts)
            articles: list[str] = []
            total = 0
            while total < words:
                text = texts[len(articles) % len(texts)]
                articles.append(text)
                total += len(text.split())
            repeats = total / unique
            return BenchCorpus(
                articles,
                "news",
                f"real German news (german-news-quotes articles + UD German-GSD paragraphs, {len(texts)} texts, "
                f"{unique} words), repeated {repeats:.2f}x to {total} words",
            )
    articles = generate_corpus(words)
    return BenchCorpus(articles, "generated", f"generated news-style text (no LAGEBILD_DATA), {len(articles)} articles")


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out: list[str] = []
    for k, s in enumerate(sentences):
        out.append(s)
        out.append("\n\n" if k % rng.randint(3, 5) == 0 else " ")
    return "Neue Entwicklungen in der Debatte\n" + "".join(out).strip()


def _median_time(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def bench_nlp(words: int = 200_000, progress: Progress = no_progress, source: str = "auto") -> EvalReport:
    """``backbone_wps``, ``tokenizer_wps`` (spaCy's bare German tokenizer) and their ratio; per-component split."""
    import spacy

    from lagebild.nlp.pipeline import BACKBONE, build_pipeline

    corpus = bench_corpus(words, source)
    articles = corpus.articles
    n_words = corpus.words
    progress("corpus", 1, 4)

    groups = [articles[k::STREAM_GROUPS] for k in range(STREAM_GROUPS)]
    group_words = [sum(len(a.split()) for a in g) for g in groups]

    bare = spacy.blank("de")
    for a in groups[0]:
        bare.tokenizer(a)
    bare_rates = []
    for g, w in zip(groups[1:], group_words[1:], strict=True):
        t0 = time.process_time()
        for a in g:
            bare.tokenizer(a)
        bare_rates.append(w / (time.process_time() - t0))
    progress("bare tokenizer", 2, 4)

    notes: list[str] = []
    try:
        nlp = build_pipeline(components=BACKBONE)
        for a in articles[:3]:  # loads lexicons/models once, outside the timing
            nlp(a)
    except LagebildError as e:  # e.g. the NER model is not built yet: measure the rest, say so
        notes.append(f"NOT MEASURED: lagebild_ner ({e})")
        nlp = build_pipeline(components=tuple(c for c in BACKBONE if c != "lagebild_ner"))
        for a in articles[:3]:
            nlp(a)
    t0 = time.process_time()
    for _ in nlp.pipe(groups[0], batch_size=RUN_BATCH_SIZE):  # the first group: caches fill up as in a long run
        pass
    t_cold = time.process_time() - t0
    backbone_rates = []
    for g, w in zip(groups[1:], group_words[1:], strict=True):  # each group timed on its first pass: unseen text
        t0 = time.process_time()
        for _ in nlp.pipe(g, batch_size=RUN_BATCH_SIZE):
            pass
        backbone_rates.append(w / (time.process_time() - t0))
    t_warm = _median_time(lambda: list(nlp.pipe(groups[1], batch_size=RUN_BATCH_SIZE)))
    # One document per call (``lagebild.analyse(text)``, the API for a single article) on unseen text too: a fresh
    # pipeline, warmed on group 1 the same way, timed on groups 2-4. Reported beside the headline, not in it.
    single = build_pipeline(components=tuple(nlp.pipe_names))
    for a in groups[0]:
        single(a)
    single_rates = []
    for g, w in zip(groups[1:], group_words[1:], strict=True):
        t0 = time.process_time()
        for a in g:
            single(a)
        single_rates.append(w / (time.process_time() - t0))
    progress("backbone", 3, 4)

    # Per-component split over the same docs (each component timed once, in pipeline order).
    split: dict[str, float] = {}
    t0 = time.process_time()
    docs: list[Doc] = [nlp.make_doc(a) for a in articles]
    split["tokenizer"] = time.process_time() - t0
    for name, component in nlp.pipeline:
        t0 = time.process_time()
        docs = [component(d) for d in docs]
        split[name] = time.process_time() - t0
    progress("per-component split", 4, 4)

    backbone_wps = statistics.median(backbone_rates)
    tokenizer_wps = statistics.median(bare_rates)
    single_wps = statistics.median(single_rates)
    metrics: dict[str, float] = {
        "backbone_wps": round(backbone_wps),
        "tokenizer_wps": round(tokenizer_wps),
        "ratio": backbone_wps / tokenizer_wps,
        "single_doc_wps": round(single_wps),
    }
    details = notes + [
        f"corpus: {corpus.description}",
        f"{len(articles)} articles, {n_words} words in {STREAM_GROUPS} interleaved groups; CPU time, one core",
        f"backbone timed as `lagebild run` feeds it: nlp.pipe in batches of {RUN_BATCH_SIZE} documents",
        "steady state on unseen text (median of groups 2-4, each timed on its first pass after group 1 warmed the"
        f" caches): backbone {backbone_wps:,.0f} words/s, bare tokenizer {tokenizer_wps:,.0f} words/s",
        f"one document per call (nlp(text), as lagebild.analyse), same unseen groups: {single_wps:,.0f} words/s"
        f" (ratio {single_wps / tokenizer_wps:.3f}; not the headline)",
        f"first (cold-cache) pass over group 1: {group_words[0] / t_cold:,.0f} words/s;"
        f" group 2 again, fully warm (median of {REPEATS}): {group_words[1] / t_warm:,.0f} words/s (optimistic)",
        "per-component split (all articles, warm caches):",
    ]
    total = sum(split.values())
    for name, secs in split.items():
        details.append(f"  {name:<22} {secs:7.2f}s  {n_words / secs:>10,.0f} words/s  {100 * secs / total:5.1f}%")
    return EvalReport(name="bench.nlp", metrics=metrics, details=details)
