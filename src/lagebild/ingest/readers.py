"""Reading articles from files, folders and JSON Lines into ``Article`` objects.

Inputs (mixed freely; folders are walked recursively in sorted order, hidden files and folders skipped):

* ``.txt`` — one article; the first non-empty line is its title (and stays part of the text).
* ``.html`` / ``.htm`` — one article; main text, title, URL, site name and date via trafilatura.
* ``.jsonl`` — one article per line: ``id``, ``text`` or ``html``, optional ``url``, ``outlet``, ``title``,
  ``published``. ``"-"`` reads JSON Lines from standard input.
* any of these compressed as ``.gz``.

Ids: a file's path relative to the folder given, without its type extensions (folder ``news`` holding
``2024/a1.txt.gz`` → ``2024/a1``); a file given directly → its name without them; JSONL keeps its ids.

Size limit (``max_bytes``, setting ``LAGEBILD_MAX_BYTES``): a ``.txt``/``.html`` file is refused by its size
on disk before it is read, and a compressed one also as soon as its decompressed size passes the limit.
A JSON Lines feed legitimately holds many articles, so there the limit applies to each line (record):
the feed is streamed line by line and never held in memory.

Every unreadable input yields an ``InputError(source, reason)`` in the stream instead of an article, and
reading continues. Sources name the input as the user wrote it: ``news/a1.txt``, ``feed.jsonl:17``, ``stdin:3``.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast

from lagebild.errors import InputError
from lagebild.ingest.dates import parse_published
from lagebild.ingest.html import extract_article
from lagebild.ingest.outlets import choose_outlet
from lagebild.ingest.text import NotText, decode_text, first_line, normalise_newlines
from lagebild.types import Article

ARTICLE_TYPES = {".txt": "text", ".html": "html", ".htm": "html"}
FEED_TYPES = {".jsonl": "jsonl"}
STDIN = "-"
# A JSONL record without a title takes its first line as title only when that line is headline-sized.
MAX_DERIVED_TITLE_CHARS = 200
_CHUNK = 1 << 20
_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


class _TooLarge(Exception):
    pass


def split_name(name: str) -> tuple[str, str | None, bool]:
    """``(stem, kind, compressed)`` of a file name: ``a1.txt.gz`` → ``("a1", "text", True)``.

    ``kind`` is "text", "html", "jsonl" or None (unsupported). Only the type extensions are removed,
    so ``bericht.v2.txt`` keeps its id ``bericht.v2``.
    """
    lowered = name.lower()
    compressed = lowered.endswith(".gz")
    if compressed:
        name, lowered = name[:-3], lowered[:-3]
    for ext, kind in (*ARTICLE_TYPES.items(), *FEED_TYPES.items()):
        if lowered.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)], kind, compressed
    return name, None, compressed


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> list[Path]:
    """Files below ``folder`` (relative paths), sorted, hidden files and folders left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _is_hidden(d)]
        rel_root = Path(root).relative_to(folder)
        found.extend(rel_root / f for f in files if not _is_hidden(f))
    return sorted(found, key=lambda p: p.parts)


def _read_limited(path: Path, compressed: bool, max_bytes: int) -> bytes:
    """The (decompressed) bytes of ``path``; ``_TooLarge`` before reading more than ``max_bytes``."""
    size = path.stat().st_size
    if size > max_bytes:
        raise _TooLarge(f"file too large ({size:,} bytes; the limit is {max_bytes:,}, see LAGEBILD_MAX_BYTES)")
    if not compressed:
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _TooLarge(f"file too large when decompressed (over {max_bytes:,} bytes, see LAGEBILD_MAX_BYTES)")
    return data


def _article_from_text(doc_id: str, text: str, source: str) -> Article | InputError:
    text = normalise_newlines(text)
    if not text.strip():
        return InputError(source, "no text (the file holds only whitespace)")
    return Article(id=doc_id, text=text, title=first_line(text), source=source)


def _article_from_html(
    doc_id: str,
    html: str,
    source: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: Any = None,
) -> Article | InputError:
    page = extract_article(html, url=url)
    if page is None:
        return InputError(source, "no article text found in the HTML")
    text = normalise_newlines(page.text)
    url = url or page.url
    return Article(
        id=doc_id,
        text=text,
        url=url,
        outlet=choose_outlet(outlet, url, page.site_name),
        title=title or page.title or first_line(text),
        published=published if published is not None else page.published,
        source=source,
    )


def read_article_file(path: Path, doc_id: str, source: str, kind: str, compressed: bool, max_bytes: int
                      ) -> Article | InputError:
    """One ``.txt`` or ``.html`` file (optionally gzip-compressed) as an article."""
    try:
        data = _read_limited(path, compressed, max_bytes)
    except _TooLarge as e:
        return InputError(source, str(e))
    except _GZIP_ERRORS as e:
        return InputError(source, f"truncated or corrupt gzip file ({e})")
    except OSError as e:
        return InputError(source, f"cannot read: {e.strerror or e}")
    if not data:
        return InputError(source, "empty file")
    try:
        text = decode_text(data, html=kind == "html")
    except NotText as e:
        return InputError(source, str(e))
    if kind == "html":
        return _article_from_html(doc_id, text, source)
    return _article_from_text(doc_id, text, source)


# --------------------------------------------------------------------------- JSON Lines


def _limited_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``stream``; ``None`` for a line over ``max_bytes`` (skipped without holding it)."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string, not {type(value).__name__}")
    return value.strip() or None


def article_from_record(record: Any, source: str) -> Article | InputError:
    """One JSON Lines record (already parsed) as an article."""
    if not isinstance(record, dict):
        return InputError(source, f"not a JSON object (a {type(record).__name__})")
    raw_id = record.get("id")
    # Numeric ids are common in exported feeds; they are kept as their decimal string.
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if raw_id is None:
        return InputError(source, "record has no id")
    if not isinstance(raw_id, str) or not raw_id.strip():
        return InputError(source, "id must be a non-empty string")
    doc_id = raw_id.strip()
    try:
        text, html = record.get("text"), record.get("html")
        for key, value in (("text", text), ("html", html)):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{key} must be a string, not {type(value).__name__}")
        url = _optional_str(record, "url")
        outlet = _optional_str(record, "outlet")
        title = _optional_str(record, "title")
        published_raw = record.get("published")
        if published_raw is not None and not isinstance(published_raw, str):
            raise ValueError(f"published must be a string, not {type(published_raw).__name__}")
    except ValueError as e:
        return InputError(source, str(e))
    try:
        published = parse_published(published_raw) if published_raw else None
    except ValueError as e:
        return InputError(source, f"bad published date: {e}")
    if text is not None and text.strip():
        text = normalise_newlines(text)
        derived = first_line(text)
        if title is None and derived is not None and len(derived) <= MAX_DERIVED_TITLE_CHARS and "\n" in text.strip():
            title = derived
        return Article(id=doc_id, text=text, url=url, outlet=choose_outlet(outlet, url, None), title=title,
                       published=published, source=source)
    if html is not None and html.strip():
        return _article_from_html(doc_id, html, source, url=url, outlet=outlet, title=title, published=published)
    if text is None and html is None:
        return InputError(source, "record has neither text nor html")
    return InputError(source, "record has an empty text")


def read_jsonl(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines stream (UTF-8); blank lines are skipped."""
    for number, line in enumerate(_limited_lines(stream, max_bytes), start=1):
        source = f"{name}:{number}"
        if line is None:
            yield InputError(source, f"record too large (over {max_bytes:,} bytes, see LAGEBILD_MAX_BYTES)")
            continue
        if b"\x00" in line:
            yield InputError(source, "binary data (contains NUL bytes)")
            continue
        try:
            decoded = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield InputError(source, "not UTF-8 (JSON Lines must be UTF-8)")
            continue
        if not decoded.strip():
            continue
        try:
            record = json.loads(decoded)
        except json.JSONDecodeError as e:
            yield InputError(source, f"not JSON ({e.msg} at column {e.colno})")
            continue
        yield article_from_record(record, source)


def _open_binary(path: Path, compressed: bool) -> IO[bytes]:
    return cast(IO[bytes], gzip.open(path, "rb")) if compressed else path.open("rb")


def _read_jsonl_file(path: Path, source: str, compressed: bool, max_bytes: int) -> Iterator[Article | InputError]:
    try:
        with _open_binary(path, compressed) as fh:
            yield from read_jsonl(fh, source, max_bytes)
    except _GZIP_ERRORS as e:
        yield InputError(source, f"truncated or corrupt gzip file ({e})")
    except OSError as e:
        yield InputError(source, f"cannot read: {e.strerror or e}")


def _binary(stream: TextIO | IO[Any]) -> IO[bytes]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    import io

    # A text stream without bytes underneath (e.g. io.StringIO): its text re-encoded as UTF-8.
    return io.BytesIO(stream.read().encode("utf-8"))


# --------------------------------------------------------------------------- entry point


def _read_file(path: Path, doc_id: str, source: str, max_bytes: int, file_ids: dict[str, str]
               ) -> Iterator[Article | InputError]:
    stem, kind, compressed = split_name(path.name)
    if kind is None:
        yield InputError(source, "unsupported file type (expected .txt, .html, .htm or .jsonl, optionally .gz)")
    elif kind == "jsonl":
        yield from _read_jsonl_file(path, source, compressed, max_bytes)
    elif (first := file_ids.setdefault(doc_id, source)) != source:
        # Two files with one id (a.txt and a.html) would silently overwrite each other in the store.
        yield InputError(source, f"duplicate id {doc_id!r} (already read from {first})")
    else:
        yield read_article_file(path, doc_id, source, kind, compressed, max_bytes)


def read_inputs(
    inputs: list[str], *, max_bytes: int, stdin: TextIO | None = None
) -> Iterator[Article | InputError]:
    """Articles from files, folders and ``"-"`` (JSONL on ``stdin``, default ``sys.stdin``), in order.

    Two files mapping to one id are an error for the second; JSONL ids are the feed's own and passed on as given.
    """
    file_ids: dict[str, str] = {}
    for given in inputs:
        if given == STDIN:
            yield from read_jsonl(_binary(stdin if stdin is not None else sys.stdin), "stdin", max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield InputError(given, "folder holds no files")
            for rel in files:
                stem, _kind, _compressed = split_name(rel.name)
                doc_id = (rel.parent / stem).as_posix()
                yield from _read_file(path / rel, doc_id, (path / rel).as_posix(), max_bytes, file_ids)
        elif path.is_file():
            yield from _read_file(path, split_name(path.name)[0], given, max_bytes, file_ids)
        elif path.exists():
            yield InputError(given, "not a regular file or folder")
        else:
            yield InputError(given, "no such file or folder")
