"""``lagebild bench nlp``: words/s of the language backbone beside spaCy's bare tokenizer, on one core.

The corpus is generated (no external data): German news-style sentences from templates with varied
names, organisations, places, figures and dates, grouped into articles of ~400 words. Each timing is the
median of a few repeats; the per-component split runs every component separately over the same docs.
Times are this process's CPU time (single-threaded work), so a busy shared machine does not distort the
words/s figure the way wall-clock time would.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from spacy.tokens import Doc

from lagebild.errors import LagebildError
from lagebild.evaluation import EvalReport
from lagebild.progress import Progress, no_progress

REPEATS = 3
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


def generate_corpus(words: int, seed: int = 7) -> list[str]:
    """Articles of German news-like text totalling about ``words`` whitespace-separated words."""
    rng = random.Random(seed)
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
            day=rng.randint(1, 28),
            mon=f"{rng.randint(1, 12):02d}",
            num=rng.randint(1, 99),
            small=rng.randint(2, 20),
            pct=f"{rng.randint(1, 9)},{rng.randint(0, 9)}",
            big=f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}",
            huge=f"{rng.randint(1, 3)},{rng.randint(1, 9)} Millionen",
            money=f"{rng.randint(10, 999)},{rng.randint(0, 9)}",
            hour=rng.randint(7, 20),
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


def bench_nlp(words: int = 200_000, progress: Progress = no_progress) -> EvalReport:
    """``backbone_wps``, ``tokenizer_wps`` (spaCy's bare German tokenizer) and their ratio; per-component split."""
    import spacy

    from lagebild.nlp.pipeline import BACKBONE, build_pipeline

    articles = generate_corpus(words)
    n_words = sum(len(a.split()) for a in articles)
    progress("generated corpus", 1, 4)

    bare = spacy.blank("de")
    t_bare = _median_time(lambda: [bare.tokenizer(a) for a in articles])
    progress("bare tokenizer", 2, 4)

    notes: list[str] = []
    try:
        nlp = build_pipeline(components=BACKBONE)
        for a in articles[:3]:  # warm-up: loads lexicons/models once, outside the timing
            nlp(a)
    except LagebildError as e:  # e.g. the NER model is not built yet: measure the rest, say so
        notes.append(f"NOT MEASURED: lagebild_ner ({e})")
        nlp = build_pipeline(components=tuple(c for c in BACKBONE if c != "lagebild_ner"))
        for a in articles[:3]:
            nlp(a)
    t_backbone = _median_time(lambda: list(nlp.pipe(articles)))
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

    backbone_wps = n_words / t_backbone
    tokenizer_wps = n_words / t_bare
    metrics: dict[str, float] = {
        "backbone_wps": round(backbone_wps),
        "tokenizer_wps": round(tokenizer_wps),
        "ratio": backbone_wps / tokenizer_wps,
    }
    details = notes + [
        f"corpus: {len(articles)} articles, {n_words} words; median of {REPEATS} runs, CPU time of one core"
    ]
    total = sum(split.values())
    for name, secs in split.items():
        details.append(f"  {name:<22} {secs:7.2f}s  {n_words / secs:>10,.0f} words/s  {100 * secs / total:5.1f}%")
    return EvalReport(name="bench.nlp", metrics=metrics, details=details)
