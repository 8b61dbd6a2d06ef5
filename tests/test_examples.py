"""Structural checks of the bundled sample corpus (examples/): ids, gold file, manifest, calendar, formats, bad inputs.

The corpus is read here with the standard library only (independently of lagebild's readers), so a broken
sample file is reported as such and not as a reader bug. One test at the end compares with lagebild's reader.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
ARTICLES = EXAMPLES / "articles"
GOLD = EXAMPLES / "gold-stories.tsv"
MANIFEST = EXAMPLES / "manifest.json"
BAD = EXAMPLES / "bad"

MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"]
MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, start=1)}
WEEKDAYS = {name: i for i, name in enumerate(
    ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"])}
_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)
# "Donnerstag (5. März)", "Dienstag, 10. März", "Samstag, dem 14. März", "Freitag, den 6. März 2026"
WEEKDAY_WITH_DATE = re.compile(
    rf"\b({_WEEKDAY})(?:abend|morgen|mittag|nachmittag|vormittag)?"
    rf"(?:\s*\(|,\s*(?:dem\s+|den\s+)?)(\d{{1,2}})\.\s*({_MONTH})(?:\s+(\d{{4}}))?"
)


@dataclass
class SampleArticle:
    id: str
    path: str
    fmt: str
    text: str
    title: str | None
    outlet: str | None
    published: str | None


class _ArticleBody(HTMLParser):
    """Collects the <p> paragraphs inside <article> (the same text a main-content extractor keeps)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.in_p = False
        self.paragraphs: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and a.get("content") is not None:
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a["content"] or ""
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth and "meta" not in (a.get("class") or ""):
            self.in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.in_p = False

    def handle_data(self, data: str) -> None:
        if self.in_p:
            self.paragraphs[-1] += data


def _file_id(path: Path) -> str:
    """lagebild's id rule for files: path relative to the folder given, without (all) extensions."""
    rel = path.relative_to(ARTICLES).as_posix()
    for ext in (".txt.gz", ".html.gz", ".htm.gz", ".txt", ".html", ".htm"):
        if rel.endswith(ext):
            return rel[: -len(ext)]
    raise AssertionError(f"unexpected file in the sample corpus: {rel}")


def _read_corpus() -> dict[str, SampleArticle]:
    articles: dict[str, SampleArticle] = {}

    def add(article: SampleArticle) -> None:
        assert article.id not in articles, f"duplicate id {article.id}"
        articles[article.id] = article

    for path in sorted(p for p in ARTICLES.rglob("*") if p.is_file()):
        rel = path.relative_to(ARTICLES).as_posix()
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                rec = json.loads(line)
                assert isinstance(rec["id"], str) and isinstance(rec["text"], str), f"{rel}:{n}"
                add(SampleArticle(rec["id"], rel, "jsonl", rec["text"], rec.get("title"), rec.get("outlet"),
                                  rec.get("published")))
        elif rel.endswith(".txt.gz"):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            add(SampleArticle(_file_id(path), rel, "txt.gz", text, text.split("\n", 1)[0], None, None))
        elif path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            add(SampleArticle(_file_id(path), rel, "txt", text, text.split("\n", 1)[0], None, None))
        elif path.suffix in (".html", ".htm"):
            parser = _ArticleBody()
            parser.feed(path.read_text(encoding="utf-8"))
            add(SampleArticle(_file_id(path), rel, "html", "\n".join(parser.paragraphs), parser.meta.get("og:title"),
                              parser.meta.get("og:site_name"), parser.meta.get("article:published_time")))
        else:
            raise AssertionError(f"unsupported file type in the sample corpus: {rel}")
    return articles


def _read_gold() -> dict[str, tuple[str, str | None]]:
    gold: dict[str, tuple[str, str | None]] = {}
    for n, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) in (2, 3), f"gold line {n}: expected 2 or 3 tab-separated columns"
        copy_of = None
        if len(cols) == 3:
            assert cols[2].startswith("copy_of="), f"gold line {n}: third column must be copy_of=<doc_id>"
            copy_of = cols[2].removeprefix("copy_of=")
        assert cols[0] not in gold, f"gold line {n}: duplicate id {cols[0]}"
        gold[cols[0]] = (cols[1], copy_of)
    return gold


@pytest.fixture(scope="module")
def corpus() -> dict[str, SampleArticle]:
    return _read_corpus()


@pytest.fixture(scope="module")
def gold() -> dict[str, tuple[str, str | None]]:
    return _read_gold()


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def test_gold_and_articles_match_one_to_one(corpus: dict[str, SampleArticle], gold: dict) -> None:
    assert set(gold) - set(corpus) == set(), "gold ids without an article"
    assert set(corpus) - set(gold) == set(), "articles missing from the gold file"


def test_corpus_is_big_and_varied_enough(corpus: dict[str, SampleArticle], gold: dict) -> None:
    assert len(corpus) >= 24
    stories: dict[str, list[str]] = {}
    for doc, (story, _) in gold.items():
        stories.setdefault(story, []).append(doc)
    assert len(stories) >= 6
    for story, docs in stories.items():
        # plain-text files carry no outlet: each counts as its own source
        outlets = {corpus[d].outlet or d for d in docs}
        assert 3 <= len(outlets) <= 5, (story, outlets)
    words = sum(len(re.findall(r"\w+", a.text)) for a in corpus.values())
    assert words >= 8000
    assert {a.fmt for a in corpus.values()} == {"jsonl", "txt", "txt.gz", "html"}


def test_copies_point_to_an_earlier_article_of_the_same_story(corpus: dict[str, SampleArticle], gold: dict) -> None:
    copies = {doc: target for doc, (_, target) in gold.items() if target}
    assert len(copies) >= 3
    for doc, target in copies.items():
        assert target in gold and gold[target][0] == gold[doc][0], doc
        assert gold[target][1] is None, "copy_of must name the original, not another copy"
        assert (corpus[target].published or "")[:10] <= (corpus[doc].published or "9999")[:10], doc


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_copies_are_near_but_not_exact_copies(corpus: dict[str, SampleArticle], gold: dict) -> None:
    for doc, (_, target) in gold.items():
        if not target:
            continue
        a, b = _shingles(corpus[doc].text), _shingles(corpus[target].text)
        jaccard = len(a & b) / len(a | b)
        assert 0.75 <= jaccard < 1.0, (doc, round(jaccard, 3))
        assert corpus[doc].text != corpus[target].text


def test_related_stories_are_not_copies(corpus: dict[str, SampleArticle], gold: dict) -> None:
    """Articles of different stories share little running text (they are related by topic only)."""
    ids = sorted(corpus)
    shingles = {d: _shingles(corpus[d].text) for d in ids}
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            if gold[x][0] != gold[y][0]:
                overlap = len(shingles[x] & shingles[y]) / max(1, min(len(shingles[x]), len(shingles[y])))
                assert overlap < 0.1, (x, y)


def test_manifest_agrees_with_gold_and_files(corpus: dict[str, SampleArticle], gold: dict, manifest: dict) -> None:
    entries = manifest["articles"]
    assert set(entries) == set(corpus)
    for doc, entry in entries.items():
        assert entry["story"] == gold[doc][0], doc
        assert entry["copy_of"] == gold[doc][1], doc
        assert entry["path"] == corpus[doc].path, doc
        published = corpus[doc].published
        assert entry["published"] == (published[:10] if published else None), doc
    for story, info in manifest["stories"].items():
        assert sorted(info["documents"]) == sorted(d for d, (s, _) in gold.items() if s == story)


def test_manifest_facts_are_exact_substrings(corpus: dict[str, SampleArticle], manifest: dict) -> None:
    checked = 0
    for doc, entry in manifest["articles"].items():
        text = corpus[doc].text
        lines = text.split("\n")
        for q in entry["quotes"]:
            assert q["text"] in text, (doc, q["text"])
            assert q["kind"] in {"direct", "indirect", "mixed", "reported"}
            assert q["mention"] is None or q["mention"] in text, (doc, q["mention"])
            checked += 1
        for c in entry["claims"]:
            assert c["text"] in text, (doc, c["text"])
            checked += 1
        for t in entry["times"]:
            assert t["text"] in text, (doc, t["text"])
            checked += 1
        for b in entry["boilerplate"]:
            assert b in lines, (doc, "boilerplate must be a whole line", b)
        for s in entry["not_quotes"]:
            assert s in text, (doc, s)
    assert checked >= 250


def _german_number(figure: str) -> float | None:
    """The absolute value a figure states ("4,6 Milliarden Euro" -> 4.6e9), for checking the manifest by hand-rule."""
    words = {"neun": 9, "acht": 8, "elf": 11}
    m = re.search(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", figure)
    if m:
        value = float(m.group().replace(".", "").replace(",", "."))
    else:
        found = [v for w, v in words.items() if re.search(rf"\b{w}\b", figure, re.IGNORECASE)]
        if not found:
            return None
        value = float(found[0])
    if "Milliarde" in figure:
        value *= 1e9
    elif "Million" in figure:
        value *= 1e6
    return value


def test_manifest_figure_values_match_their_text(manifest: dict) -> None:
    for doc, entry in manifest["articles"].items():
        for c in entry["claims"]:
            expected = _german_number(c["text"])
            if c["value"] is None:
                assert expected is None, (doc, c["text"])
            else:
                assert expected is not None and abs(expected - c["value"]) < 1e-6 * max(1.0, c["value"]), (doc, c)
            assert c["unit"] in {None, "EUR", "USD", "%", "km", "t", "kg"}, (doc, c["unit"])


def test_weekdays_written_with_dates_fit_the_2026_calendar(corpus: dict[str, SampleArticle]) -> None:
    found = 0
    for doc, article in corpus.items():
        for m in WEEKDAY_WITH_DATE.finditer(article.text):
            weekday, day, month, year = m.groups()
            date = dt.date(int(year or 2026), MONTHS[month], int(day))
            assert date.weekday() == WEEKDAYS[weekday], (doc, m.group())
            found += 1
    assert found >= 6
    # the English article writes "Friday, March 6"
    assert dt.date(2026, 3, 6).weekday() == 4


def test_manifest_times_fit_weekdays_and_publication_dates(corpus: dict[str, SampleArticle], manifest: dict) -> None:
    for doc, entry in manifest["articles"].items():
        published = corpus[doc].published
        for t in entry["times"]:
            value = t["value"]
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value), (doc, value)
            if len(value) != 10:
                continue
            date = dt.date.fromisoformat(value)
            weekdays = [w for w in WEEKDAYS if w.lower() in t["text"].lower()]
            for w in weekdays:
                assert date.weekday() == WEEKDAYS[w], (doc, t)
            if published and len(published) >= 10 and weekdays and not re.search(r"\d", t["text"]):
                # a bare relative weekday ("am Dienstag") resolves to within a week of the publication date
                assert abs((date - dt.date.fromisoformat(published[:10])).days) <= 7, (doc, t)


def test_publication_dates_vary_in_precision_and_span_two_weeks(corpus: dict[str, SampleArticle]) -> None:
    published = [a.published for a in corpus.values() if a.published]
    assert any(len(p) == 7 for p in published), "one month-only date"
    assert any(len(p) == 10 for p in published), "day-precision dates"
    assert any("T" in p for p in published), "dates with time and offset"
    days = sorted(dt.date.fromisoformat(p[:10]) for p in published if len(p) >= 10)
    assert 10 <= (days[-1] - days[0]).days <= 16
    undated = [a for a in corpus.values() if not a.published]
    assert any(re.search(r"^Stand: \d{1,2}\. \w+ 2026", a.text, re.MULTILINE) for a in undated)


def test_special_inputs_are_present(corpus: dict[str, SampleArticle]) -> None:
    # gzip written reproducibly: header mtime (bytes 4..8) is zero
    gz_files = list(ARTICLES.rglob("*.gz"))
    assert gz_files
    for path in gz_files:
        assert path.read_bytes()[4:8] == b"\x00\x00\x00\x00", path
    html_pages = [a for a in corpus.values() if a.fmt == "html"]
    assert len(html_pages) >= 2
    assert all(a.outlet and a.published for a in html_pages), "og:site_name and article:published_time"
    texts = " ".join(a.text for a in corpus.values())
    assert "Recep Yıldız" in texts and "Recep Yildiz" in texts
    assert "Hier klicken, um externe Inhalte anzuzeigen" in texts


def test_one_article_is_not_german(manifest: dict, corpus: dict[str, SampleArticle], gold: dict) -> None:
    foreign = [d for d, e in manifest["articles"].items() if e["lang"] != "de"]
    assert len(foreign) == 1
    story = gold[foreign[0]][0]
    assert any(gold[d][0] == story and d not in foreign for d in gold), "shares its story with German articles"
    assert " the " in corpus[foreign[0]].text


def test_bad_inputs_are_really_bad_and_kept_out_of_the_demo_corpus() -> None:
    assert (BAD / "empty.txt").stat().st_size == 0
    assert b"\x00" in (BAD / "binary.txt").read_bytes()
    with pytest.raises(EOFError):
        gzip.decompress((BAD / "truncated.txt.gz").read_bytes())
    lines = (BAD / "feed-with-errors.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = []
    for line in lines:
        try:
            parsed.append(json.loads(line))
        except json.JSONDecodeError:
            parsed.append(None)
    assert parsed.count(None) == 1, "exactly one line is not JSON"
    assert any(isinstance(p, dict) and "text" not in p and "html" not in p for p in parsed), "one line lacks text"
    assert not any(isinstance(p, dict) and ("text" in p or "html" in p) for p in parsed), "nothing valid to store"
    assert not list(ARTICLES.rglob("empty*")) and not list(ARTICLES.rglob("binary*"))


def test_readme_states_the_licence() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "All articles are fictional, written for lagebild's tests; no copyrighted article text" in readme


def test_lagebild_reader_sees_the_same_ids(gold: dict) -> None:
    readers = pytest.importorskip("lagebild.ingest.readers", reason="lagebild's readers are not written yet")
    from lagebild.types import Article

    read = list(readers.read_inputs([str(ARTICLES)], max_bytes=10_000_000))
    problems = [r for r in read if not isinstance(r, Article)]
    assert problems == []
    assert sorted(a.id for a in read if isinstance(a, Article)) == sorted(gold)
