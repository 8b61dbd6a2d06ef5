from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.ingest.readers import split_name
from lagebild.types import Article, PartialDate


def only_article(items: list[Article | InputError]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_error(items: list[Article | InputError]) -> InputError:
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


# --------------------------------------------------------------------------- plain text


def test_plain_text_title_is_first_line_and_newlines_are_normalised(tmp_path: Path, read_all) -> None:
    path = tmp_path / "meldung.txt"
    path.write_bytes("\ufeff\r\nStreik bei der Bahn\r\n\r\nDie GDL ruft zum Streik auf.\rEnde.".encode())
    article = only_article(read_all(path))
    assert article.id == "meldung"
    assert article.source == str(path)
    assert article.text == "\nStreik bei der Bahn\n\nDie GDL ruft zum Streik auf.\nEnde."
    assert article.title == "Streik bei der Bahn"
    assert article.text.startswith("\nStreik bei der Bahn")  # the title stays part of the text
    assert article.url is None and article.outlet is None and article.published is None


def test_gzip_text_is_read(tmp_path: Path, read_all) -> None:
    path = tmp_path / "a1.txt.gz"
    path.write_bytes(gzip.compress("Titel\nText mit Umlauten: Öl, Größe.\n".encode()))
    article = only_article(read_all(path))
    assert article.id == "a1"
    assert article.text == "Titel\nText mit Umlauten: Öl, Größe.\n"


def test_cp1252_text_is_decoded(tmp_path: Path, read_all) -> None:
    path = tmp_path / "alt.txt"
    path.write_bytes("Größere Öffnung\n„Wir müssen handeln“, sagte sie – für 5 €.".encode("cp1252"))
    article = only_article(read_all(path))
    assert article.text == "Größere Öffnung\n„Wir müssen handeln“, sagte sie – für 5 €."


def test_utf16_with_bom_is_decoded(tmp_path: Path, read_all) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("Überschrift\nText.".encode("utf-16"))
    assert only_article(read_all(path)).text == "Überschrift\nText."


def test_ids_are_paths_relative_to_the_given_folder(tmp_path: Path, read_all) -> None:
    news = tmp_path / "news"
    (news / "2024" / "03").mkdir(parents=True)
    (news / ".git").mkdir()
    (news / "2024" / "03" / "a1.txt.gz").write_bytes(gzip.compress(b"Titel eins\nText."))
    (news / "2024" / "bericht.v2.txt").write_text("Titel zwei\nText.", encoding="utf-8")
    (news / "b.htm").write_text("<html><body><p>kurz</p></body></html>", encoding="utf-8")
    (news / ".DS_Store").write_bytes(b"\x00\x01")
    (news / ".git" / "config").write_text("[core]", encoding="utf-8")
    items = read_all(news)
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == ["2024/03/a1", "2024/bericht.v2"]
    assert articles[0].source == (news / "2024" / "03" / "a1.txt.gz").as_posix()
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.source for e in errors] == [(news / "b.htm").as_posix()]  # hidden files skipped silently


def test_sorted_and_deterministic_order(tmp_path: Path, read_all) -> None:
    for name in ["c.txt", "a.txt", "b.txt"]:
        (tmp_path / name).write_text(f"{name}\nText.", encoding="utf-8")
    assert [i.id for i in read_all(tmp_path)] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a1.txt.gz", ("a1", "text", True)),
        ("Seite.HTML", ("Seite", "html", False)),
        ("feed.jsonl.gz", ("feed", "jsonl", True)),
        ("notes.md", ("notes.md", None, False)),
        ("archiv.tar.gz", ("archiv.tar", None, True)),
    ],
)
def test_split_name(name: str, expected: tuple[str, str | None, bool]) -> None:
    assert split_name(name) == expected


# --------------------------------------------------------------------------- bad inputs


def test_unsupported_file_in_folder_is_reported(tmp_path: Path, read_all) -> None:
    (tmp_path / "notes.md").write_text("# Notizen", encoding="utf-8")
    error = only_error(read_all(tmp_path))
    assert error.source.endswith("notes.md") and "unsupported file type" in error.reason


def test_missing_input_is_reported(tmp_path: Path, read_all) -> None:
    error = only_error(read_all(tmp_path / "nope.txt"))
    assert "no such file" in error.reason


def test_empty_folder_is_reported(tmp_path: Path, read_all) -> None:
    assert "holds no files" in only_error(read_all(tmp_path)).reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("leer.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t", "only whitespace"),
        ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("steuer.txt", b"Text\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13", "binary"),
        ("kaputt.txt", b"Gr\x81\x8d\x8f\x90\x9d", "undecodable"),
        ("leer.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("cut.txt.gz", gzip.compress(b"Ein Text, der abbricht. " * 100)[:60], "truncated or corrupt gzip"),
        ("nogzip.txt.gz", b"this is not gzip at all", "truncated or corrupt gzip"),
    ],
)
def test_bad_file_yields_input_error(tmp_path: Path, read_all, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = only_error(read_all(path))
    assert error.source == str(path)
    assert reason in error.reason
    assert str(error).startswith(f"{path}: ")


def test_bad_inputs_do_not_stop_the_stream(tmp_path: Path, read_all) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Titel\nText.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x00")
    items = read_all(tmp_path)
    assert [type(i).__name__ for i in items] == ["InputError", "Article", "InputError"]


def test_huge_sparse_file_is_refused_quickly(tmp_path: Path, read_all) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    error = only_error(read_all(path, max_bytes=20 * 1024 * 1024))
    assert time.perf_counter() - started < 0.5
    assert "too large" in error.reason and "LAGEBILD_MAX_BYTES" in error.reason


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path, read_all) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 2_000_000))  # ~2 KB on disk, 2 MB inflated
    error = only_error(read_all(path, max_bytes=100_000))
    assert "too large when decompressed" in error.reason


# --------------------------------------------------------------------------- HTML


def test_html_main_text_and_metadata(tmp_path: Path, read_all, article_page: str) -> None:
    path = tmp_path / "seite.html"
    path.write_text(article_page, encoding="utf-8")
    article = only_article(read_all(path))
    assert article.id == "seite"
    assert article.title == "Grimm warnt vor Rezession"
    assert article.url == "https://www.tagesblatt.de/wirtschaft/grimm-rezession-100.html"
    assert article.outlet == "tagesblatt.de"  # the host wins over the site name "Tagesblatt"
    assert article.published == PartialDate(2026, 3, 3)  # metadata, not the date in the text
    assert "„Die Lage ist ernster, als viele glauben“, sagte die Ökonomin" in article.text
    assert "Klingbeil wies die Kritik zurück" in article.text
    for chrome in ("Startseite", "Cookies", "Impressum", "DAX auf Rekordhoch", "Alle Rechte vorbehalten"):
        assert chrome not in article.text


def test_html_declared_latin1_charset(tmp_path: Path, read_all, article_page: str) -> None:
    path = tmp_path / "alt.html"
    path.write_bytes(article_page.replace('charset="utf-8"', 'charset="iso-8859-1"')
                     .replace("„", '"').replace("“", '"').encode("latin-1"))
    article = only_article(read_all(path))
    assert "die Ökonomin" in article.text


# --------------------------------------------------------------------------- JSON Lines


def _jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def test_jsonl_ids_fields_and_sources(tmp_path: Path, read_all, article_page: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_jsonl(
        {"id": "rb/2026-03-03/gipfel", "text": "Gipfel in Wien\r\n\r\nDie Diplomatin sagte, man sei weit.",
         "url": "https://www.Rheinblatt.de/politik/1", "published": "2026-03-03T07:00:00+01:00"},
        {"id": 42, "text": "Nur ein Absatz ohne Überschrift.", "outlet": "Der Spiegel", "title": "Eigener Titel"},
        {"id": "page", "html": article_page, "published": "04.03.2026"},
    ), encoding="utf-8")
    first, second, third = read_all(feed)
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.id == "rb/2026-03-03/gipfel"
    assert first.source == f"{feed}:1"
    assert first.text == "Gipfel in Wien\n\nDie Diplomatin sagte, man sei weit."
    assert first.title == "Gipfel in Wien"
    assert first.outlet == "rheinblatt.de"
    assert first.published == PartialDate(2026, 3, 3)
    assert second.id == "42" and second.outlet == "Der Spiegel" and second.title == "Eigener Titel"
    assert third.id == "page" and third.source == f"{feed}:3"
    assert third.published == PartialDate(2026, 3, 4)  # the record's date beats the page's metadata
    assert third.outlet == "tagesblatt.de" and third.title == "Grimm warnt vor Rezession"
    assert "sagte die Ökonomin" in third.text


def test_jsonl_single_paragraph_gets_no_title(tmp_path: Path, read_all) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text(_jsonl({"id": "x", "text": "Ein einziger Absatz, der keine Überschrift ist."}), encoding="utf-8")
    assert only_article(read_all(feed)).title is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('"text"', "not a JSON object"),
        ({"text": "Ohne id."}, "no id"),
        ({"id": ["a"], "text": "x"}, "id must be a non-empty string"),
        ({"id": "  ", "text": "x"}, "id must be a non-empty string"),
        ({"id": "a"}, "neither text nor html"),
        ({"id": "a", "text": "   "}, "empty text"),
        ({"id": "a", "text": 5}, "text must be a string"),
        ({"id": "a", "text": "x", "url": 5}, "url must be a string"),
        ({"id": "a", "text": "x", "published": 2024}, "published must be a string"),
        ({"id": "a", "text": "x", "published": "gestern"}, "bad published date"),
        ({"id": "a", "text": "x", "published": "2024-02-30"}, "bad published date"),
        ({"id": "a", "html": "<html><body></body></html>"}, "no article text"),
    ],
)
def test_bad_jsonl_record_is_reported_and_the_feed_continues(tmp_path: Path, read_all, line: object, reason: str
                                                             ) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_jsonl({"id": "ok1", "text": "Gut."}, line, {"id": "ok2", "text": "Auch gut."}), encoding="utf-8")
    first, bad, last = read_all(feed)
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(bad, InputError)
    assert bad.source == f"{feed}:2"
    assert reason in bad.reason


def test_jsonl_blank_lines_skipped_and_numbering_kept(tmp_path: Path, read_all) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_jsonl({"id": "a", "text": "A."}) + "\n\n" + _jsonl("oops"), encoding="utf-8")
    article, error = read_all(feed)
    assert isinstance(article, Article) and isinstance(error, InputError)
    assert error.source == f"{feed}:4"


def test_jsonl_not_utf8_line(tmp_path: Path, read_all) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"id": "a", "text": "Gr\xf6\xdfe"}\n{"id": "b", "text": "gut"}\n')
    error, article = read_all(feed)
    assert isinstance(error, InputError) and "not UTF-8" in error.reason
    assert isinstance(article, Article) and article.id == "b"


def test_jsonl_gzip_and_truncated_gzip(tmp_path: Path, read_all) -> None:
    content = _jsonl(*({"id": f"n{i}", "text": f"Meldung {i}. " * 50} for i in range(50))).encode()
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(content))
    assert [a.id for a in read_all(good)] == [f"n{i}" for i in range(50)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(content)[:200])
    items = read_all(cut)
    assert isinstance(items[-1], InputError) and "truncated or corrupt gzip" in items[-1].reason
    assert items[-1].source == str(cut)


def test_jsonl_limit_applies_per_record(tmp_path: Path, read_all) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_jsonl({"id": "big", "text": "x" * 5000}, {"id": "small", "text": "Kurz."}), encoding="utf-8")
    error, article = read_all(feed, max_bytes=1000)
    assert isinstance(error, InputError) and "record too large" in error.reason and error.source == f"{feed}:1"
    assert isinstance(article, Article) and article.id == "small"


def test_stdin_jsonl(read_all) -> None:
    items = read_all("-", stdin=_jsonl({"id": "live/1", "text": "Eilmeldung\n\nText.", "outlet": "www.Example.de"},
                                       "kaputt"))
    article, error = items
    assert isinstance(article, Article) and article.id == "live/1" and article.source == "stdin:1"
    assert article.outlet == "example.de"
    assert isinstance(error, InputError) and error.source == "stdin:2"


def test_mixed_inputs_in_given_order(tmp_path: Path, read_all) -> None:
    (tmp_path / "z.txt").write_text("Z\nText.", encoding="utf-8")
    feed = tmp_path / "f.jsonl"
    feed.write_text(_jsonl({"id": "j1", "text": "J."}), encoding="utf-8")
    items = read_all(tmp_path / "z.txt", "-", feed, stdin=_jsonl({"id": "s1", "text": "S."}))
    assert [i.id for i in items] == ["z", "s1", "j1"]


def test_two_files_with_one_id_are_reported(tmp_path: Path, read_all) -> None:
    (tmp_path / "a.txt").write_text("Eins\nText.", encoding="utf-8")
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Zwei\nText."))
    article, error = read_all(tmp_path)
    assert isinstance(article, Article) and article.title == "Eins"
    assert isinstance(error, InputError) and "duplicate id 'a'" in error.reason and error.source.endswith("a.txt.gz")
