"""Publication dates as feeds and pages write them, read at the precision they give.

Accepted forms (surrounding whitespace ignored):

* ISO 8601 at any precision: ``2024``, ``2024-11``, ``2024-11-26``, ``2024-11-26T08:30``,
  ``2024-11-26T08:30:15.123+01:00``, ``2024-11-26 08:30Z``.
* German day dates: ``26.11.2024``, ``1.3.2026``, optionally followed by a time (``26.11.2024, 08:30 Uhr``);
  two-digit years (``26.11.24``) are read with the POSIX pivot: 00–68 → 20xx, 69–99 → 19xx. A fixed pivot
  (instead of one relative to today) keeps the result the same whenever the corpus is re-read.
* German month dates: ``11.2024`` and ``11/2024``.
* RFC 2822 dates as RSS feeds write them: ``Tue, 26 Nov 2024 08:30:00 +0100``.

A time of day and a zone offset are checked but not converted: the published date is the calendar date
the outlet wrote, which is the day relative expressions in the article ("am Dienstag") count from.
"""

from __future__ import annotations

import email.utils
import re

from lagebild.types import PartialDate

_TIME = r"(?:[T ]\s*(?P<hh>\d{2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:[.,]\d+)?)?\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?"
_ISO = re.compile(rf"(?P<y>\d{{4}})(?:-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}){_TIME})?)?", re.ASCII)
_GERMAN_DAY = re.compile(
    r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})"
    r"(?:,?\s+(?:um\s+)?(?P<hh>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<ss>\d{2}))?(?:\s*Uhr)?)?",
    re.ASCII,
)
_GERMAN_MONTH = re.compile(r"(?P<m>\d{1,2})[./](?P<y>\d{4})", re.ASCII)
_TWO_DIGIT_PIVOT = 69

_EXPECTED = "expected ISO 8601 like 2024-11-26 or 2024-11, or German 26.11.2024"


def _check_time(match: re.Match[str], value: str) -> None:
    groups = match.groupdict()
    if groups.get("hh") is not None and (int(groups["hh"]) > 24 or int(groups["mi"]) > 59):
        raise ValueError(f"invalid time of day in date {value!r}")
    if groups.get("ss") is not None and int(groups["ss"]) > 60:
        raise ValueError(f"invalid seconds in date {value!r}")
    tz = groups.get("tz")
    if tz and tz != "Z" and int(tz[1:3]) > 14:
        raise ValueError(f"invalid zone offset in date {value!r}")


def _make(year: int, month: int | None, day: int | None, value: str) -> PartialDate:
    try:
        return PartialDate(year, month, day)
    except ValueError as e:
        raise ValueError(f"not a valid calendar date: {value!r} ({e})") from None


def parse_published(value: str) -> PartialDate | None:
    """The date ``value`` names, at its precision; ``None`` for an empty value.

    Raises ``ValueError`` with a message naming the value when it is not a date in a known form.
    """
    text = value.strip()
    if not text:
        return None
    if m := _ISO.fullmatch(text):
        _check_time(m, value)
        month, day = m["m"], m["d"]
        return _make(int(m["y"]), int(month) if month else None, int(day) if day else None, value)
    if m := _GERMAN_DAY.fullmatch(text):
        _check_time(m, value)
        year = int(m["y"])
        if len(m["y"]) == 2:
            year += 1900 if year >= _TWO_DIGIT_PIVOT else 2000
        return _make(year, int(m["m"]), int(m["d"]), value)
    if m := _GERMAN_MONTH.fullmatch(text):
        return _make(int(m["y"]), int(m["m"]), None, value)
    if "," in text or text[:1].isdigit():
        # RFC 2822 (RSS pubDate); the stdlib parser is lenient, so only accept a full day-month-year result.
        try:
            parsed = email.utils.parsedate_tz(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None and re.search(r"[A-Za-z]{3}", text):
            return _make(parsed[0], parsed[1], parsed[2], value)
    raise ValueError(f"not a date: {value!r} ({_EXPECTED})")
