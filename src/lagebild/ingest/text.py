"""Bytes to article text: decoding, newline normalisation, and the title of a plain-text article.

The stored ``Article.text`` is the decoded text with a leading byte-order mark removed and CRLF/CR
turned into LF, nothing else; every offset lagebild reports refers to that text.

Decoding, in order (the first that succeeds wins):

1. a UTF-16 byte-order mark → UTF-16 (some Windows tools save text that way);
2. UTF-8 (with or without BOM) — valid UTF-8 of real text is almost never anything else;
3. for HTML, the charset the page declares (``<meta charset=…>``), if Python knows it;
4. Windows-1252 (a superset of Latin-1 for printable characters, what old German newsroom systems
   write), accepted only if it decodes without undefined bytes and the result looks like text.

"Looks like text": no NUL bytes and at most 1 % control characters other than tab, newlines and form feed.
"""

from __future__ import annotations

import codecs
import contextlib
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
MAX_CONTROL_SHARE = 0.01


class NotText(ValueError):
    """The bytes are not text lagebild can read; the message says why."""


def _looks_like_text(text: str) -> bool:
    if "\x00" in text:
        return False
    controls = len(_CONTROL.findall(text[:100_000]))
    return controls <= MAX_CONTROL_SHARE * max(1, min(len(text), 100_000))


def decode_text(data: bytes, *, html: bool = False) -> str:
    """Decode ``data`` (see module docs); raises ``NotText`` for binary or undecodable data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotText("undecodable: broken UTF-16") from None
        if not _looks_like_text(text):
            raise NotText("binary file (not text)")
        return text
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes)")
    candidates = ["utf-8-sig"]
    if html and (declared := _META_CHARSET.search(data[:4096])):
        with contextlib.suppress(LookupError):  # an unknown charset name: ignore the declaration
            candidates.append(codecs.lookup(declared.group(1).decode("ascii")).name)
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_like_text(text):
            raise NotText("binary file (not text)")
        return text
    raise NotText("undecodable: neither UTF-8 nor Windows-1252")


def normalise_newlines(text: str) -> str:
    """Strip a leading BOM and turn CRLF and lone CR into LF (the only changes made to an article's text)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped (a plain-text article's title)."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None
