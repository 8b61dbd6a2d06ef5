"""Time expressions: find dates in German news text and resolve them against the publication date.

``find_times`` works on the plain text (regular expressions built from the lexicons in
``lagebild/data/times``), so it is fast and independent of the tagger; the spaCy component
``lagebild_times`` wraps it and sets ``doc._.times`` (and ``doc._.published`` when it had to infer it).

Conventions (documented for users of the export):

* A value has the precision the text gives: "am 14. März" → day, "im Oktober 2021" → month,
  "Frühjahr 2023" / "im Jahr 2019" → year. "Anfang/Ende <Monat|Jahr>" keep the month ("Ende 2027" → 2027-12),
  "Mitte des Jahres" and seasons resolve to the year.
* Week expressions ("kommende Woche") resolve to the month of that week's Thursday (ISO convention).
* Holidays ("an Ostern", "über Weihnachten", "Tag der Deutschen Einheit"; ``data/times/holidays.tsv``) resolve to
  their day, movable feasts from Easter (Gregorian computus); the year follows the clause's tense like a day
  without a year, but without a tense cue a holiday is the coming one unless it passed at most 14 days ago.
* "am Wochenende" resolves to that weekend's Saturday (day precision): "vergangenes" → the Saturday before the
  publication week's, "kommendes" → the next Saturday; without a modifier a past clause means the latest weekend
  already begun, anything else the coming (or current) one.
* Quarters ("im dritten Quartal", "Q3", "im 4. Quartal 2025") resolve to the year (a quarter has no month
  precision): without a year, a past clause naming a quarter after the publication's quarter means last year,
  a future clause naming an earlier one next year.
* "in der Nacht zu/zum Mittwoch" resolves to the Wednesday (the night ends on the named day, when such events are
  usually dated). "seit Montag" always looks back; "ab/bis Montag" look ahead when the clause gives no tense.
* anchor "text": everything came from the text; "published": resolved relative to the publication date;
  "none": unresolved (value None), e.g. "vor einigen Tagen", or "am Freitag" when only the month of
  publication is known.
* A month or day without a year takes the occurrence the clause's tense points to (past → the latest one not after
  publication, future → the earliest one not before it, no cue → the nearest one). A weekday works the same way within
  ±6 days. A weekday given with a date ("Donnerstag (6. Juni)") is checked against it: a mismatch keeps the explicit
  date with lower confidence; a date without a year takes the year in which the weekday fits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.extensions import original_text
from lagebild.nlp.regex_guard import with_first_char_guard
from lagebild.nlp.times_text import data_lines, data_table, sentence_at, sentence_bounds
from lagebild.types import PartialDate, TimeAnchor, TimeExpression

Tense = Literal["past", "future", "none"]

_NUMBER_WORDS = {
    "einem": 1,
    "einer": 1,
    "ein": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
}
_VAGUE_COUNTS = ("einigen", "wenigen", "mehreren", "ein paar", "vielen")


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    dayparts: tuple[str, ...]
    relative_days: dict[str, int]
    modifiers: dict[str, int]
    units: dict[str, str]
    seasons: tuple[str, ...]
    tense_cues: dict[str, str]
    speech_cues: frozenset[str]
    markers: tuple[str, ...]
    holidays: dict[str, str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(
        months={r[0]: int(r[1]) for r in data_table("times", "months.tsv")},
        weekdays={r[0]: int(r[1]) for r in data_table("times", "weekdays.tsv")},
        dayparts=tuple(data_lines("times", "dayparts.txt")),
        relative_days={r[0]: int(r[1]) for r in data_table("times", "relative_days.tsv")},
        modifiers={r[0]: int(r[1]) for r in data_table("times", "relative_modifiers.tsv")},
        units={r[0]: r[1] for r in data_table("times", "units.tsv")},
        seasons=tuple(data_lines("times", "seasons.txt")),
        tense_cues={r[0]: r[1] for r in data_table("times", "tense_cues.tsv")},
        speech_cues=frozenset(r[0] for r in data_table("times", "tense_cues.tsv") if r[2:3] == ["speech"]),
        markers=tuple(data_lines("times", "publication_markers.txt")),
        holidays={r[0]: r[1] for r in data_table("times", "holidays.tsv")},
    )


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (anonymous Gregorian computus, "Meeus/Jones/Butcher"); written out
    because it is a dozen lines of arithmetic and dateutil is not a dependency."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday_date(rule: str, year: int) -> dt.date:
    """The date of a holiday rule from ``holidays.tsv`` ("12-25", "easter+49") in ``year``."""
    if rule.startswith("easter"):
        return easter_sunday(year) + dt.timedelta(days=int(rule[6:]))
    month, day = rule.split("-")
    return dt.date(year, int(month), int(day))


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    fields: dict[str, int | str | None] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lx = _lexicon()
    month = f"(?P<mon>{_alt(list(lx.months))})(?!\\w)"
    wd = (
        f"(?P<wd>{_alt(list(lx.weekdays))})(?:(?P<dp>{_alt([p for p in lx.dayparts])})|\\s+(?:{_alt(lx.dayparts)})\\b)?"
    )
    prep = r"(?:(?:[Aa]m|[Vv]om|[Zz]um|[Bb]is(?: zum)?|[Aa]b(?: dem)?|[Ss]eit(?: dem)?|[Ff]ür(?: den)?|[Vv]or dem|[Nn]ach dem|[Dd]en|[Dd]em)\s+)"  # noqa: E501
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
    dm_named = rf"(?P<day>\d{{1,2}})\.\s*{month}(?:\s+{year})?"
    dm_numeric = r"(?P<nday>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<nyear>(?:1[89]|20)\d\d|\d\d(?![\d.]))?"
    stems = list(lx.modifiers) + [m.capitalize() for m in lx.modifiers]
    mod = f"(?P<mod>(?:{_alt(stems)})(?:e|en|er|es|em)?)"
    unit_alt = _alt(list(lx.units))
    season = f"(?P<season>{_alt(lx.seasons)})"
    rel_days = _alt(list(lx.relative_days))
    edge = r"(?P<edge>Anfang|Mitte|Ende)"
    pats: list[tuple[str, str]] = [
        ("wd_date", rf"{prep}?\b{wd}(?:,\s*(?:(?:den|dem)\s+)?|\s*\(\s*)(?:{dm_named}|{dm_numeric})\)?"),
        ("range", rf"(?<![\d.])(?P<day1>\d{{1,2}})\.\s*(?:bis|–|-)\s*(?P<day>\d{{1,2}})\.\s*{month}(?:\s+{year})?"),
        ("date", rf"{prep}?(?<![\d.])(?:{dm_named}|{dm_numeric})"),
        ("edge_unit", rf"{prep}?\b{edge}\s+(?:(?:des|dieses|diesen)\s+|{mod}\s+)?(?P<unit>Jahres|Monats)\b"),
        (
            "edge_word",
            r"\b(?:[Zz]um\s+|[Ss]eit\s+)?(?P<word>Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Monatsende)\b",
        ),
        ("month_year", rf"(?:{prep}|\b[Ii]m\s+)?(?:{edge}\s+)?{month}\s+{year}"),
        ("month", rf"(?:{prep}|\b[Ii]m\s+)?(?:\b{edge}\s+)?\b{month}"),
        ("edge_year", rf"(?:{prep})?\b{edge}\s+{year}"),
        (
            "season",
            rf"(?:\b(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Ff]ür|[Ii]n diesem)\s+)?(?:{mod}\s+)?\b{season}\b(?:\s+{year})?",
        ),
        ("year", rf"\b(?:[Ii]m\s+Jahre?|[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Vv]or|[Nn]ach)\s+{year}\b(?![.,]\d)"),
        # singular units only: "in den vergangenen Monaten" is a duration, not a date
        (
            "rel_unit",
            rf"\b(?:(?:[Ii]n der|[Ii]m|[Ii]n|[Aa]m|[Ii]n diesem|[Ii]n dieser)\s+)?{mod}\s+(?P<unit>Woche|Monat|Monats|Jahr|Jahres|Tag|Tages)\b",  # noqa: E501
        ),
        ("prev_unit", r"\b(?:[Ii]m\s+)?(?P<prev>Vorjahr|Vormonat|Vorwoche)\b(?![a-zäöü])"),
        (
            "ago",
            rf"\b(?P<dir>[Vv]or|[Ii]n)\s+(?P<count>\d{{1,3}}|{_alt(list(_NUMBER_WORDS) + list(_VAGUE_COUNTS))})\s+(?P<unit>{unit_alt})\b",  # noqa: E501
        ),
        ("night", rf"\b(?:[Ii]n der\s+)?Nacht (?:zum|zu|auf den)\s+(?P<wd>{_alt(list(lx.weekdays))})\b"),
        (
            "holiday",
            rf"(?:\b(?:[Aa]n|[Aa]m|[Zz]u|[Zz]um|[Üü]ber|[Nn]ach|[Vv]or|[Bb]is|[Ss]eit|[Aa]b|[Uu]m)\s+(?:de[mn]\s+)?)?"
            rf"\b(?P<hol>{_alt(list(lx.holidays))})(?![\wäöüß-])(?:\s+{year})?",
        ),
        (
            "weekend",
            rf"\b(?:(?:[Aa]m|[Ff]ür das|[Üü]ber das|[Ss]eit dem|[Bb]is zum|[Zz]um)\s+)(?:{mod}\s+)?Wochenende\b",
        ),
        (
            "quarter",
            rf"\b(?:(?:[Ii]m|[Ff]ür das|[Ii]n diesem|[Bb]is zum|[Ss]eit dem|[Aa]b dem|[Dd]as)\s+)?"
            rf"(?:(?P<qord>ersten|zweiten|dritten|vierten)|(?P<qnum>[1-4])\.)\s+Quartal(?:s)?(?:\s+{year})?"
            rf"|\b(?:(?:[Ii]m|[Ff]ür|[Ss]eit|[Bb]is)\s+)?\bQ(?P<qshort>[1-4])(?:\s*/?\s*(?P<qyear>(?:1[89]|20)\d\d))?\b",
        ),
        ("weekday", rf"{prep}?\b{wd}\b"),
        (
            "rel_day",
            rf"\b(?P<rel>{rel_days}|{'|'.join(w.capitalize() for w in lx.relative_days)})\b(?:\s+(?:früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\b)?",  # noqa: E501
        ),
    ]
    return [(kind, re.compile(with_first_char_guard(p))) for kind, p in pats]


@lru_cache(maxsize=1)
def _required_words() -> dict[str, re.Pattern[str]]:
    """For each pattern in ``_patterns``, words every match of it contains (a necessary condition).

    Each pattern scans the whole text, and Python's ``re`` tries it at every position: a text without, say, a
    season word or a holiday name is skipped for those patterns after one cheap literal scan. Keep these in step
    with ``_patterns`` (a gate that is not implied by its pattern would lose dates).
    """
    lx = _lexicon()
    month = _alt(list(lx.months))
    weekday = _alt(list(lx.weekdays))
    rel_days = _alt(list(lx.relative_days) + [w.capitalize() for w in lx.relative_days])
    gates = {
        "wd_date": weekday,
        "range": month,
        "date": r"\d\.",
        "edge_unit": "Jahres|Monats",
        "edge_word": "Jahres|Monatsende",
        "month_year": month,
        "month": month,
        "edge_year": "Anfang|Mitte|Ende",
        "season": _alt(lx.seasons),
        "year": r"(?:1[89]|20)\d\d",
        "rel_unit": "Woche|Monat|Jahr|Tag",
        "prev_unit": "Vorjahr|Vormonat|Vorwoche",
        "ago": _alt(list(lx.units)),
        "night": "Nacht",
        "holiday": _alt(list(lx.holidays)),
        "weekend": "Wochenende",
        "quarter": "Quartal|Q[1-4]",
        "weekday": weekday,
        "rel_day": rel_days,
    }
    return {kind: re.compile(gate) for kind, gate in gates.items()}


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _detect(text: str) -> list[_Hit]:
    """All candidate expressions; overlapping candidates keep the earliest, then the longest."""
    lx = _lexicon()
    candidates: list[_Hit] = []
    gates = _required_words()
    for priority, (kind, pattern) in enumerate(_patterns()):
        gate = gates.get(kind)
        if gate is not None and gate.search(text) is None:
            continue
        for m in pattern.finditer(text):
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            for numeric, name in (("nday", "day"), ("nyear", "year"), ("qyear", "year")):
                if numeric in g:
                    g[name] = g.pop(numeric)
            if kind == "range":
                # "vom 17. bis 19. Juli": the first day is its own expression.
                candidates.append(
                    _Hit(
                        m.start("day1"),
                        m.start("day1") + len(m.group("day1")) + 1,
                        "date",
                        {
                            "day": int(g["day1"]),
                            "month": lx.months[g["mon"]],
                            "year": _int(g.get("year")),
                            "priority": priority,
                        },
                    )
                )
                candidates.append(
                    _Hit(
                        m.start("day"),
                        m.end(),
                        "date",
                        {
                            "day": int(g["day"]),
                            "month": lx.months[g["mon"]],
                            "year": _int(g.get("year")),
                            "priority": priority,
                        },
                    )
                )
                continue
            hit = _Hit(m.start(), m.end(), kind, {"priority": priority})
            if not _parse_fields(hit, g, text, m):
                continue
            candidates.append(hit)
    candidates.sort(key=lambda h: (h.start, -(h.end - h.start), h.fields["priority"]))
    chosen: list[_Hit] = []
    for hit in candidates:
        if chosen and hit.start < chosen[-1].end:
            continue
        chosen.append(hit)
    return chosen


def _parse_fields(hit: _Hit, g: dict[str, str], text: str, m: re.Match[str]) -> bool:
    lx = _lexicon()
    f = hit.fields
    if "mon" in g:
        f["month"] = lx.months[g["mon"]]
    if "mnum" in g:
        f["month"] = int(g["mnum"])
        if not 1 <= int(g["mnum"]) <= 12:
            return False
        if "year" not in g and text[m.end() : m.end() + 1].isdigit():
            return False  # "1.000.000" or a version number, not a date
    if "day" in g:
        f["day"] = int(g["day"])
        if not 1 <= int(g["day"]) <= 31:
            return False
    if "year" in g:
        y = int(g["year"])
        f["year"] = y + 2000 if y < 100 else y
    if "wd" in g:
        f["weekday"] = lx.weekdays[g["wd"]]
    if "edge" in g:
        f["edge"] = g["edge"]
    if "mod" in g:
        stem = re.sub(r"(e|en|er|es|em)$", "", g["mod"].lower())
        if stem not in lx.modifiers:
            stem = g["mod"].lower()
        if stem not in lx.modifiers:
            return False
        f["offset"] = lx.modifiers[stem]
    if "unit" in g:
        f["unit"] = {"Jahres": "year", "Monats": "month"}.get(g["unit"], lx.units.get(g["unit"]))
    if "season" in g:
        f["season"] = g["season"]
    if hit.kind == "month" and m.group(0) == g["mon"]:
        return False  # a bare month name ("Mai") may be a name; we need a preposition or Anfang/Mitte/Ende
    if hit.kind == "season" and not (m.group(0) != g["season"] or "year" in g):
        return False  # a bare "Sommer" is not a date
    if hit.kind == "season" and text[m.end() : m.end() + 1] in ("-", "s"):
        return False
    if "hol" in g:
        f["holiday"] = lx.holidays[g["hol"]]
    if "qord" in g or "qnum" in g or "qshort" in g:
        ordinals = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
        f["quarter"] = ordinals[g["qord"]] if "qord" in g else int(g.get("qnum") or g["qshort"])
    f["prep"] = m.group(0).split()[0].lower() if m.group(0).split() else ""
    if "rel" in g:
        word = g["rel"]
        if word[0].isupper() and word.lower() == "morgen" and not _sentence_initial(text, m.start()):
            return False  # "am Morgen": a part of the day, not "tomorrow"
        if word[0].isupper() and not _sentence_initial(text, m.start()):
            return False
        f["days"] = lx.relative_days[word.lower()]
    if "prev" in g:
        f["unit"] = {"Vorjahr": "year", "Vormonat": "month", "Vorwoche": "week"}[g["prev"]]
        f["offset"] = -1
    if "word" in g:
        f["unit"], f["edge"] = {
            "Jahresende": ("year", "Ende"),
            "Jahresbeginn": ("year", "Anfang"),
            "Jahresanfang": ("year", "Anfang"),
            "Jahresmitte": ("year", "Mitte"),
            "Monatsende": ("month", "Ende"),
        }[g["word"]]
        f["offset"] = 0
    if hit.kind == "edge_unit" and "offset" not in f:
        f["offset"] = 0
    if hit.kind == "ago":
        count = g["count"]
        sign = -1 if g["dir"].lower() == "vor" else 1
        if count in _VAGUE_COUNTS:
            f["count"] = None
        else:
            f["count"] = sign * (int(count) if count.isdigit() else _NUMBER_WORDS[count])
        if g["dir"].lower() == "in" and f["count"] is None:
            return False
    if hit.kind == "weekday" and "weekday" in f and re.match(r"\s*[,(]\s*\d", text[m.end() :]):
        pass  # handled by wd_date when a date follows
    return True


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(' \t„"«')
    return not before or before[-1] in ".!?:\n"


def _tense(text: str, sentence: tuple[int, int], start: int, end: int) -> Tense:
    """Past or future from cue words in the clause around the expression (else the sentence).

    Inside a direct quote only the quote counts: the reporting frame ("…“, sagte sie) dates the statement,
    not what the speaker talks about. For the same reason reporting verbs count only within the clause."""
    lexicon = _lexicon()
    cues = lexicon.tense_cues
    s, e = _quote_around(text, sentence, start, end)
    clause_start = max([s] + [i + 1 for i in range(s, start) if text[i] in ",;:–"])
    clause_end = min([e] + [i for i in range(end, e) if text[i] in ",;:–"])
    for in_clause, (lo, hi) in ((True, (clause_start, clause_end)), (False, (s, e))):
        counts = {"past": 0, "future": 0}
        for word in re.findall(r"\w+", text[lo:hi].lower()):
            if not in_clause and word in lexicon.speech_cues:
                continue
            kind = cues.get(word)
            if kind:
                counts[kind] += 1
        if counts["past"] != counts["future"]:
            return "past" if counts["past"] > counts["future"] else "future"
        if in_clause:
            # An infinitive clause after "plant/kündigte an/beschloss, …" points ahead ("…, am 15. September
            # nach China zu reisen"); a perfect infinitive ("… veruntreut zu haben") points back.
            infinitive = re.search(r"\bzu (\w+)\W*$", text[lo:hi])
            if infinitive:
                return "past" if infinitive.group(1) in ("haben", "sein") else "future"
    return "none"


# German quotation marks: „…“ and »…«. ("“" and "«" close a German quote, so they cannot be openers here.)
_QUOTE_PAIRS = {"„": "\u201c", "»": "«"}
_QUOTE_CLOSERS = frozenset("\u201c\u201d«")


def _quote_around(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The direct quote within ``sentence`` that contains start..end, else the sentence."""
    s, e = sentence
    for i in range(start - 1, s - 1, -1):
        ch = text[i]
        if ch in _QUOTE_CLOSERS:
            return sentence  # a quote closed before the expression: it stands outside
        if ch in _QUOTE_PAIRS:
            close = text.find(_QUOTE_PAIRS[ch], end, e + 1)
            return (i + 1, close) if close != -1 else (i + 1, e)
    return sentence


def _pick(candidates: Sequence[tuple[int, ...]], ref: tuple[int, ...], tense: Tense) -> tuple[int, ...] | None:
    """Choose among candidate (y, m[, d]) tuples by the tense relative to the reference."""
    if not candidates:
        return None
    if tense == "past":
        past = [c for c in candidates if c <= ref]
        if past:
            return max(past)
    if tense == "future":
        future = [c for c in candidates if c >= ref]
        if future:
            return min(future)

    def distance(c: tuple[int, ...]) -> int:
        if len(c) == 3 and len(ref) == 3:
            return abs((dt.date(*c) - dt.date(*ref)).days)
        return abs((c[0] * 12 + c[1]) - (ref[0] * 12 + ref[1]))

    return min(candidates, key=distance)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _thursday_month(day: dt.date) -> PartialDate:
    thursday = day + dt.timedelta(days=3 - day.weekday())
    return PartialDate(thursday.year, thursday.month)


_EDGE_MONTH = {"Anfang": 1, "Ende": 12}
# Days after a holiday during which a mention without tense still means the one just past.
_HOLIDAY_JUST_PASSED = 14


@dataclass
class _Resolved:
    value: PartialDate | None
    anchor: TimeAnchor
    confidence: float


def _resolve(hit: _Hit, pub: PartialDate | None, tense: Tense) -> _Resolved:
    f = hit.fields
    year = f.get("year")
    month = f.get("month")
    day = f.get("day")
    weekday = f.get("weekday")
    unresolved = _Resolved(None, "none", 0.5)
    pub_day = dt.date(pub.year, pub.month, pub.day) if pub and pub.day and pub.month else None
    if hit.kind in ("wd_date", "date") and isinstance(month, int) and isinstance(day, int):
        if isinstance(year, int):
            if not _valid(year, month, day):
                return unresolved
            conf = 0.95
            if isinstance(weekday, int) and dt.date(year, month, day).weekday() != weekday:
                conf = 0.6  # the weekday contradicts the date: keep the explicit date, trust it less
            return _Resolved(PartialDate(year, month, day), "text", conf)
        if pub is None:
            return unresolved
        cands = [(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1) if _valid(y, month, day)]
        conf = 0.85 if tense != "none" else 0.8
        if isinstance(weekday, int):
            fitting = [c for c in cands if dt.date(*c).weekday() == weekday]
            if fitting:
                cands, conf = fitting, 0.9
            else:
                conf = 0.6
        if pub.month is None:
            chosen: tuple[int, ...] | None = (pub.year, month, day) if _valid(pub.year, month, day) else None
        elif pub.day is None:
            by_month = _pick([(c[0], c[1]) for c in cands], (pub.year, pub.month), tense)
            chosen = next((c for c in cands if by_month and c[:2] == by_month), None)
        else:
            chosen = _pick(cands, (pub.year, pub.month, pub.day), tense)
        if chosen is None:
            return unresolved
        return _Resolved(PartialDate(*chosen), "published", conf)
    if hit.kind in ("month_year", "edge_year"):
        assert isinstance(year, int)
        if isinstance(month, int):
            return _Resolved(PartialDate(year, month), "text", 0.95)
        edge = f.get("edge")
        if edge in _EDGE_MONTH:
            return _Resolved(PartialDate(year, _EDGE_MONTH[str(edge)]), "text", 0.9)
        return _Resolved(PartialDate(year), "text", 0.9)
    if hit.kind == "month" and isinstance(month, int):
        if pub is None:
            return unresolved
        if pub.month is None:
            return _Resolved(PartialDate(pub.year, month), "published", 0.6)
        cands2 = [(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
        picked = _pick(cands2, (pub.year, pub.month), tense)
        assert picked is not None
        return _Resolved(PartialDate(picked[0], picked[1]), "published", 0.85 if tense != "none" else 0.75)
    if hit.kind == "season":
        if isinstance(year, int):
            return _Resolved(PartialDate(year), "text", 0.9)
        if pub is None:
            return unresolved
        offset = f.get("offset")
        if isinstance(offset, int):
            return _Resolved(PartialDate(pub.year + offset), "published", 0.8)
        return _Resolved(
            PartialDate(pub.year - 1 if tense == "past" and _season_after(str(f["season"]), pub) else pub.year),
            "published",
            0.7,
        )
    if hit.kind == "year" and isinstance(year, int):
        return _Resolved(PartialDate(year), "text", 0.95)
    if hit.kind in ("edge_unit", "edge_word", "rel_unit", "prev_unit"):
        unit = f.get("unit")
        offset = f.get("offset")
        if pub is None or not isinstance(offset, int):
            return unresolved
        edge = f.get("edge")
        if unit == "year":
            y = pub.year + offset
            if edge in _EDGE_MONTH:
                return _Resolved(PartialDate(y, _EDGE_MONTH[str(edge)]), "published", 0.8)
            return _Resolved(PartialDate(y), "published", 0.9)
        if unit == "month" and pub.month is not None:
            y, m = _month_shift(pub.year, pub.month, offset)
            return _Resolved(PartialDate(y, m), "published", 0.9)
        if unit == "week" and pub_day is not None:
            return _Resolved(_thursday_month(pub_day + dt.timedelta(weeks=offset)), "published", 0.7)
        if unit == "day" and pub_day is not None:
            d = pub_day + dt.timedelta(days=offset)
            return _Resolved(PartialDate(d.year, d.month, d.day), "published", 0.85)
        return unresolved
    if hit.kind == "ago":
        count = f.get("count")
        unit = f.get("unit")
        if pub is None or not isinstance(count, int):
            return unresolved
        if unit == "year":
            return _Resolved(PartialDate(pub.year + count), "published", 0.8)
        if unit == "month" and pub.month is not None:
            y, m = _month_shift(pub.year, pub.month, count)
            return _Resolved(PartialDate(y, m), "published", 0.75)
        if unit in ("week", "day") and pub_day is not None:
            d = pub_day + dt.timedelta(days=count * (7 if unit == "week" else 1))
            return _Resolved(PartialDate(d.year, d.month, d.day), "published", 0.75 if unit == "week" else 0.85)
        return unresolved
    if hit.kind == "holiday":
        rule = str(f["holiday"])
        if isinstance(year, int):
            return _Resolved(_day(holiday_date(rule, year)), "text", 0.95)
        if pub is None:
            return unresolved
        feast_days = [holiday_date(rule, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if pub_day is None:
            return _Resolved(_day(feast_days[1]), "published", 0.6)
        if tense == "none":
            # Without a tense cue a holiday is the coming one ("Ostern ist unsere wichtigste Zeit" in March), unless
            # it has just passed ("Über Weihnachten …" in an article of 28 December).
            recent = [d for d in feast_days if 0 < (pub_day - d).days <= _HOLIDAY_JUST_PASSED]
            feast = recent[-1] if recent else min(d for d in feast_days if d >= pub_day)
            return _Resolved(_day(feast), "published", 0.8)
        picked_day = _pick(
            [(d.year, d.month, d.day) for d in feast_days], (pub_day.year, pub_day.month, pub_day.day), tense
        )
        assert picked_day is not None
        return _Resolved(PartialDate(*picked_day), "published", 0.85)
    if hit.kind == "weekend":
        if pub_day is None:
            return unresolved
        saturday = pub_day + dt.timedelta(days=5 - pub_day.weekday())  # this week's Saturday (Monday-based week)
        offset = f.get("offset")
        if offset == -1:
            d = saturday - dt.timedelta(days=7)
        elif offset == 1:
            d = saturday if pub_day.weekday() < 5 else saturday + dt.timedelta(days=7)
        elif offset == 0:
            d = saturday
        elif tense == "past":
            d = saturday if pub_day.weekday() >= 5 else saturday - dt.timedelta(days=7)
        else:
            d = saturday if pub_day.weekday() <= 5 else saturday + dt.timedelta(days=7)
        return _Resolved(_day(d), "published", 0.8 if offset is not None or tense != "none" else 0.7)
    if hit.kind == "quarter":
        quarter = f.get("quarter")
        if isinstance(year, int):
            return _Resolved(PartialDate(year), "text", 0.95)
        if pub is None or not isinstance(quarter, int):
            return unresolved
        if pub.month is None:
            return _Resolved(PartialDate(pub.year), "published", 0.7)
        pub_quarter = (pub.month - 1) // 3 + 1
        y = pub.year
        if tense == "past" and quarter > pub_quarter:
            y -= 1
        elif tense == "future" and quarter < pub_quarter:
            y += 1
        return _Resolved(PartialDate(y), "published", 0.85)
    if hit.kind in ("weekday", "night") and isinstance(weekday, int):
        if pub_day is None:
            return unresolved
        back = pub_day - dt.timedelta(days=(pub_day.weekday() - weekday) % 7)
        ahead = pub_day + dt.timedelta(days=(weekday - pub_day.weekday()) % 7)
        if tense == "past":
            d = back
        elif tense == "future":
            d = ahead
        else:
            d = back if (pub_day - back) <= (ahead - pub_day) else ahead
        return _Resolved(PartialDate(d.year, d.month, d.day), "published", 0.85 if tense != "none" else 0.75)
    if hit.kind == "rel_day":
        days = f.get("days")
        if pub_day is None or not isinstance(days, int):
            return unresolved
        d = pub_day + dt.timedelta(days=days)
        return _Resolved(PartialDate(d.year, d.month, d.day), "published", 0.95)
    return unresolved


def _day(d: dt.date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


_SEASON_START = {"Frühjahr": 3, "Frühling": 3, "Sommer": 6, "Herbst": 9, "Winter": 12}


def _season_after(season: str, pub: PartialDate) -> bool:
    """True when this year's season has not begun by the publication date (so a past one was last year's)."""
    return pub.month is None or _SEASON_START.get(season, 1) > pub.month


@dataclass
class TimeResult:
    """What ``find_times`` read: the expressions and the publication date it used (inferred or given)."""

    times: list[TimeExpression]
    published: PartialDate | None
    published_inferred: bool


# How far after the latest full date a past-tense date without a year may lie and still count for the publication
# date: a follow-up report names the days right after the event ("am Samstag, dem 14. März").
_YEARLESS_AFTER_LATEST = 7


def infer_published(text: str, detected: list[_Hit] | None = None) -> PartialDate | None:
    """A publication date read from the text: a labelled date ("Stand: 14. Mai 2026"), a dateline
    ("Hamburg, 12.06.2026 –"), else the latest full date the text mentions. ``detected``: ``_detect(text)``
    when the caller already has it (detection is the expensive part)."""
    if detected is None:
        detected = _detect(text)
    hits = [h for h in detected if h.kind in ("date", "wd_date") and isinstance(h.fields.get("year"), int)]
    dated: list[tuple[_Hit, PartialDate]] = []
    for h in hits:
        y, m, d = h.fields["year"], h.fields["month"], h.fields["day"]
        if isinstance(y, int) and isinstance(m, int) and isinstance(d, int) and _valid(y, m, d):
            dated.append((h, PartialDate(y, m, d)))
    if not dated:
        return None
    # A later date without a year ("teilte die Polizei am Samstag, dem 14. März, mit") after the latest full
    # date also bounds the publication date from below: the article cannot predate what it reports. Its year is
    # the one that puts it shortly after the latest full date (and fits its weekday, if given).
    latest = max(v for _, v in dated)
    latest_day = dt.date(latest.year, latest.month or 1, latest.day or 1)
    bounds = sentence_bounds(text)
    for h in detected:
        f = h.fields
        m, d, wd = f.get("month"), f.get("day"), f.get("weekday")
        if h.kind not in ("date", "wd_date") or f.get("year") is not None:
            continue
        if not isinstance(m, int) or not isinstance(d, int):
            continue
        if _tense(text, sentence_at(bounds, h.start), h.start, h.end) != "past":
            continue  # only reported events bound the date; "beginnt am 20. März" may lie ahead
        for y in (latest.year, latest.year + 1):
            if not _valid(y, m, d):
                continue
            day = dt.date(y, m, d)
            if 0 < (day - latest_day).days <= _YEARLESS_AFTER_LATEST and (wd is None or day.weekday() == wd):
                dated.append((h, PartialDate(y, m, d)))
                break
    markers = _lexicon().markers
    labelled = []
    for h, value in dated:
        line_start = text.rfind("\n", 0, h.start) + 1
        prefix = text[line_start : h.start].strip()
        if any(prefix.startswith(marker) for marker in markers):
            labelled.append(value)
        elif line_start == 0 and re.fullmatch(r"[A-ZÄÖÜ][\w ./-]{0,40}(?:,|\(\w+\)\s*[-–]?)", prefix):
            labelled.append(value)  # dateline at the top of the article
    return max(labelled) if labelled else max(v for _, v in dated)


def find_times(text: str, published: PartialDate | None, doc_id: str = "doc") -> TimeResult:
    """Every time expression in ``text`` with its resolved date (see the module docstring for conventions)."""
    inferred = False
    detected = _detect(text)
    if published is None:
        published = infer_published(text, detected)
        inferred = published is not None
    bounds = sentence_bounds(text)
    times: list[TimeExpression] = []
    for hit in detected:
        sentence = sentence_at(bounds, hit.start)
        tense = _tense(text, sentence, hit.start, hit.end)
        prep = hit.fields.get("prep")
        if prep == "seit":
            tense = "past"  # "seit Montag" looks back whatever the verb's tense
        elif prep in ("ab", "bis") and tense == "none":
            tense = "future"
        resolved = _resolve(hit, published, tense)
        confidence = resolved.confidence
        if inferred and resolved.anchor == "published":
            confidence *= 0.8
        times.append(
            TimeExpression(
                id=f"{doc_id}#t{len(times) + 1}",
                doc=doc_id,
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
                value=resolved.value,
                anchor=resolved.anchor,
                confidence=round(confidence, 4),
            )
        )
    return TimeResult(times, published, inferred)


@Language.component("lagebild_times", assigns=["doc._.times"])
def resolve_times(doc: Doc) -> Doc:
    """Set ``doc._.times``; when the document has no publication date, infer one and flag it."""
    result = find_times(original_text(doc), doc._.published, doc._.doc_id)
    if result.published_inferred:
        doc._.published = result.published
        doc._.published_inferred = True
    doc._.times = result.times
    return doc
