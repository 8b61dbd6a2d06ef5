"""Figures with their sources ("41.812 Asylanträge (laut BAMF)") → ``doc._.claims``.

Conventions (documented for users of the export):

* ``value`` is the absolute quantity: "4,6 Milliarden Euro" → 4 600 000 000 with unit "EUR", "50 Cent" → 0.5 EUR,
  "6,2 Prozent" → 6.2 with unit "%", "um 3 Prozentpunkte" → 3 with unit "pp".
* Shares are percentages: "zwei Drittel" → 66.67 "%", "jeder Dritte" → 33.33 "%", "drei von vier" → 75 "%".
* Vague amounts ("Hunderttausende", "Dutzende") have value None; their text is kept.
* ``qualifier`` is the lowercase hedge before the number ("mehr als", "rund", "bis zu", …) or None.
* ``subject`` is the counted noun after the figure ("Beschäftigte", "Besucher:innen"), or the head noun of
  "<Nomen> von <Zahl>" ("Gewinn von 812 Millionen Dollar"); when the text names none, the unit (or the number
  itself) stands in, so ``subject`` always points into the text.
* Not figures: dates and times of day (everything inside ``doc._.times``, "14.30 Uhr"), bare years (1900–2100),
  ordinals ("3. Liga"), ages ("52-Jähriger"), labels ("Nr. 5", "Paragraf 218", "A7", "COVID-19"), phone numbers,
  scores ("2:1"), and durations ("drei Stunden", "seit 20 Jahren").
* Also not figures: model and product names ("Boeing 747", "Golf 8", "Tempo 30": a capitalised word right before a
  bare number that no noun follows), the denominator of a rate ("pro 100.000 Einwohner"), durations even with an
  adjective ("40 starken Minuten") and so sentences ("drei Jahre Haft": a duration). The lower end of a range takes
  the upper end's unit ("8 bis 10 Prozent" → 8 % and 10 %).
* ``source``: a frame in the same sentence ("laut", "nach Angaben", "zufolge", "wie … mitteilte", ", sagte …",
  "die Polizei zählte …", inverted "beziffert die Polizei …"); a parenthesised "(laut X)" attributes only the
  figures before it back to the previous parenthesised source; a figure inside a quotation (direct or indirect, from
  ``doc._.quotes``) is attributed to the quote's resolved speaker. Across sentences of one paragraph (lexicon
  ``carriers.tsv``): "Das teilte X mit." / "Das geht aus X hervor." covers the preceding sentences without a source,
  a sentence-initial "Wie X mitteilte, …" the following ones, "Demnach …" takes the previous sentence's source.
  A pronoun or possessive ("er", "Wir", "nach ihren Worten") is never a source name: it resolves to the quote's
  speaker or the last named source before it, else the figure has no source. Without any frame, an agency that
  is the subject of the figure's clause ("Die Polizei kontrollierte 1.870 Fahrzeuge"; ``agents.txt``) is the
  source with lower confidence: the number comes from its own records.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.claims_numbers import figure_lexicon, figure_patterns, number_value, parse_digits, parse_number_word
from lagebild.nlp.claims_sources import (
    SourceFrame,
    agent_endings,
    find_source_frames,
    is_pronoun_name,
    noun_phrase_after,
    sentence_carriers,
    subject_agent,
)
from lagebild.nlp.display_names import nominative_name
from lagebild.nlp.extensions import original_text
from lagebild.nlp.times_text import MAX_SENTENCE_CHARS, data_lines, data_table, sentence_bounds
from lagebild.types import Claim, ClaimSource, Entity, Quote, TextSpan, TimeExpression

_TIME_UNITS = re.compile(
    r"\s*(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?(?:Sekunden?|Minuten?|Stunden?|Tagen?|Tage|Wochen?|Monaten?|Monate|Jahren?|Jahre|Uhr|Jährige|jährige|Mal)\b"
)
_SUBJECT_SKIP = re.compile(
    r"(?:neue[nmrs]?|weitere[nmrs]?|zusätzliche[nmrs]?|verletzte[nmrs]?|[a-zäöüß]+(?:e|en|er|es|em))$"
)
_NOT_SUBJECT = frozenset(
    [
        "Prozent",
        "Euro",
        "Dollar",
        "Uhr",
        "Jahre",
        "Jahren",
        "Jahr",
        "Mal",
        "Punkt",
        "Prozentpunkte",
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ]
)

# "laut Polizei 12.000", "nach Angaben der Schausteller 400.000": a capitalised source name, not a model name
_AFTER_SOURCE_WORD = re.compile(r"\b(?:laut|gemäß|von|vom|Angaben\s+de[rs])\s+\S+\s$")
_SENTENCE_FIRST_WORD = re.compile(r"(?:^|[.!?:\n„\"])\s*\S+\s$")


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    """Nouns whose genitive is what a figure counts ("die Zahl der Asylanträge", ``count_nouns.txt``)."""
    return frozenset(data_lines("figures", "count_nouns.txt"))


@dataclass
class _Figure:
    start: int  # qualifier start (or number start)
    end: int  # end of number + scale + unit
    num_start: int
    value: float | None
    unit: str | None
    unit_span: tuple[int, int] | None
    qualifier: str | None
    confidence: float


def _qualifier(text: str, start: int, floor: int) -> tuple[str | None, int]:
    m = figure_patterns()["qualifier"].search(text, max(floor, start - 30), start)
    if m and m.end() == start:
        return m.group("q").lower(), m.start("q")
    return None, start


class _Spans:
    """Character spans with an overlap test that looks only at the spans starting shortly before the probe:
    comparing every figure with every other figure and time would cost quadratic time on a table of numbers."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span (s, e) with s < end and start < e exists (then s > start - the longest span)."""
        spans = self._spans
        k = bisect.bisect_right(spans, (start - self._longest, math.inf))
        while k < len(spans) and spans[k][0] < end:
            if start < spans[k][1]:
                return True
            k += 1
        return False


def _blocked(text: str, m: re.Match[str], times: _Spans) -> bool:
    start, end = m.start(), m.end()
    if times.overlaps(start, end):
        return True
    num = m.group("num") if "num" in m.re.groupindex and m.group("num") else None
    before = text[max(0, start - 20) : start]
    prev_word = before.split()[-1] if before.split() else ""
    labelled = prev_word in figure_lexicon().blockers or prev_word.rstrip(".") + "." in figure_lexicon().blockers
    has_measure = num is not None and (m.group("unit") is not None or m.group("scale") is not None)
    if labelled and not has_measure:
        return True  # "Paragraf 218", "Platz 3"; but "in diesem Jahr 310 Millionen Euro" is a figure
    if re.search(r"(?:straße|str\.|weg|platz|allee|gasse|damm|ring|ufer)$", prev_word):
        return True
    after = text[m.end("num") if num else end : (m.end("num") if num else end) + 30]
    if num is not None:
        if m.group("unit") is None and m.group("scale") is None:
            if re.match(r"\.\s*(?:[A-ZÄÖÜa-zäöü])", after) and len(num) <= 3:
                return True  # ordinal: "3. Liga", "in der 80. Minute"
            if re.fullmatch(r"(?:1[89]|20)\d\d", num):
                return True  # a year
            if _TIME_UNITS.match(after):
                return True
        if m.group("unit") is None and m.group("scale") is None:
            if re.search(r"\b(?:pro|je)\s+$", before) and re.match(r"\s+[A-ZÄÖÜ]", after):
                return True  # denominator of a rate: "10,1 Fälle pro 100.000 Einwohner"
            if (
                re.fullmatch(r"[A-ZÄÖÜ][\w-]*", prev_word)
                # sentence-initial words are capitalised anyway ("Auf 41.812 stieg …", also at the text start)
                and not _SENTENCE_FIRST_WORD.search(text, max(0, start - 40), start)
                and prev_word.lower() not in figure_lexicon().qualifiers
                and not _AFTER_SOURCE_WORD.search(text, max(0, start - 40), start)
                and not re.match(r"\s*(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ]|\s*%|\s+(?:bis|und|oder)\s", after)
            ):
                return True  # a model or label after a name: "Boeing 747 landete", "Tempo 30", "Golf 8"
        if num.startswith("0") and not num.startswith("0,") and len(num) > 1:
            return True  # phone number / code
        if re.match(r"\s?\d", text[m.end("num") : m.end("num") + 2]) or re.search(r"\d\s$", before):
            return True  # space-separated digit groups: phone numbers
        if re.match(r"-\d|\s*[–-]\s*\d{3,}", text[m.end("num") : m.end("num") + 6]):
            return True
    return False


def _find_figures(text: str, time_spans: Sequence[tuple[int, int]]) -> list[_Figure]:
    lx = figure_lexicon()
    pats = figure_patterns()
    found: list[_Figure] = []
    taken = _Spans()
    times = _Spans(time_spans)

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    def unit_of(m: re.Match[str]) -> tuple[str | None, float, tuple[int, int] | None]:
        if m.group("unit"):
            unit, factor = lx.units[m.group("unit")]
            return unit, factor, (m.start("unit"), m.end("unit"))
        return None, 1.0, None

    def add(
        m_start: int,
        m_end: int,
        value: float | None,
        unit: str | None,
        unit_span: tuple[int, int] | None,
        confidence: float,
    ) -> None:
        qualifier, q_start = _qualifier(text, m_start, 0)
        found.append(_Figure(q_start, m_end, m_start, value, unit, unit_span, qualifier, confidence))
        taken.add(m_start, m_end)

    for m in pats["every"].finditer(text):
        add(m.start(), m.end(), lx.fractions[m.group("ord").lower()], "%", None, 0.85)
    for m in pats["of"].finditer(text):
        a, b = number_value(m.group("a")), number_value(m.group("b"))
        if a is not None and b and 0 < a < b and free(m.start(), m.end()):
            add(m.start(), m.end(), round(100 * a / b, 2), "%", None, 0.85)
    for m in pats["fraction"].finditer(text):
        head = m.group("fnum")
        frac = lx.fractions[m.group("frac").lower()]
        if head.lower() in ("die", "der", "eine", "ein"):
            count: float | None = 1.0
        else:
            count = number_value(head)
        if count is None or not free(m.start(), m.end()):
            continue
        add(m.start(), m.end(), round(count * frac, 2), "%", None, 0.85)
    for m in pats["digits"].finditer(text):
        if not free(m.start(), m.end()) or _blocked(text, m, times):
            continue
        unit, factor, unit_span = unit_of(m)
        value = parse_digits(m.group("num")) * (lx.scales[m.group("scale")] if m.group("scale") else 1.0) * factor
        add(m.start(), m.end(), round(value, 6), unit, unit_span, 0.9 if unit or m.group("scale") else 0.8)
    for m in pats["words"].finditer(text):
        word_value = parse_number_word(m.group("word"))
        if word_value is None or not free(m.start(), m.end()) or times.overlaps(m.start(), m.end()):
            continue
        if m.group("word").lower() in ("ein", "eine", "einen", "einem", "einer", "eins") and not m.group("scale"):
            continue
        rest = text[m.end() : m.end() + 40]
        has_noun = re.match(r"\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ]", rest) is not None
        if not (m.group("scale") or m.group("unit") or has_noun) or _TIME_UNITS.match(rest):
            continue
        unit, factor, unit_span = unit_of(m)
        value = word_value * (lx.scales[m.group("scale")] if m.group("scale") else 1.0) * factor
        add(m.start(), m.end(), round(value, 6), unit, unit_span, 0.85)
    for m in pats["vague"].finditer(text):
        if not free(m.start(), m.end()) or times.overlaps(m.start(), m.end()):
            continue
        unit, _, unit_span = unit_of(m)
        add(m.start(), m.end(), None, unit, unit_span, 0.7)
    found.sort(key=lambda f: f.start)
    for low, high in zip(found, found[1:], strict=False):
        # the lower end of a range shares the upper end's scale and unit: "8 bis 10 Prozent", "4 bis 5 Milliarden Euro"
        if (
            low.unit is None
            and high.unit
            and low.value is not None
            and high.value is not None
            and re.fullmatch(r"\s*(?:bis|–|-)\s*", text[low.end : high.num_start])
        ):
            token = re.match(r"[\w.,]+", text[high.num_start :])
            base = number_value(token.group(0).rstrip(".")) if token else None
            if base:
                low.value = round(low.value * high.value / base, 6)
                low.unit = high.unit
    return found


def _subject(text: str, fig: _Figure, sentence_end: int) -> tuple[int, int] | None:
    """The counted noun after the figure (skipping adjectives, or a partitive "der/des"), else the head of
    "<Nomen> von <Zahl>" before it."""
    pos = fig.end
    words = list(re.finditer(r"[\w:*-]+|[^\w\s]", text[pos:sentence_end]))
    for k, w in enumerate(words[:4]):
        tok = w.group(0)
        if tok[0].isupper() and tok[0].isalpha():
            if tok in _NOT_SUBJECT:
                return None
            return pos + w.start(), pos + w.end()
        if k == 0 and tok in ("der", "des") and fig.unit == "%":
            continue
        if (
            tok.isalpha()
            and tok.islower()
            and _SUBJECT_SKIP.match(tok)
            and tok
            not in (
                "der",
                "die",
                "das",
                "des",
                "den",
                "dem",
                "einer",
                "oder",
                "aber",
                "über",
                "unter",
                "wieder",
                "weniger",
                "mehr",
                "immer",
                "seine",
                "ihre",
                "diese",
            )
        ):
            continue
        break
    counted = _counted_noun(text, fig, sentence_end)
    if counted is not None:
        return counted
    before = re.search(r"([A-ZÄÖÜ][\w-]+)\s+(?:in Höhe\s+)?von\s+$", text[max(0, fig.start - 60) : fig.start])
    if before and fig.unit:
        offset = max(0, fig.start - 60)
        return offset + before.start(1), offset + before.end(1)
    if fig.unit:
        return _measured_noun(text, fig, sentence_end)
    return None


@lru_cache(maxsize=1)
def _measure_verbs() -> dict[str, str]:
    return {row[0]: row[1] for row in data_table("figures", "measure_verbs.tsv")}


# An article and its noun, optionally with adjectives between ("die jährliche Inflation").
_NOUN_PHRASE = re.compile(r"\b(?P<det>[Dd](?:er|ie|as|en|em|es))\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)")


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """Words after which a noun phrase is a complement, not the measured thing (``prepositions.txt``)."""
    return frozenset(data_lines("figures", "prepositions.txt"))


def _clause_around(text: str, fig: _Figure, sentence_end: int) -> tuple[int, int]:
    """The figure's clause: from the last clause mark before it to the next comma/semicolon after it."""
    # Looking back at most one sentence length keeps run-on text without punctuation linear (see times_text).
    floor = max(0, fig.start - MAX_SENTENCE_CHARS)
    found = max(text.rfind(ch, floor, fig.start) for ch in ".!?;:,\n")
    clause_start = found + 1 if found != -1 else floor
    clause_end = min([i for i in (text.find(ch, fig.end, sentence_end) for ch in ",;") if i != -1] or [sentence_end])
    return clause_start, clause_end


def _counted_noun(text: str, fig: _Figure, sentence_end: int) -> tuple[int, int] | None:
    """The counted noun of "die Zahl der Asylanträge stieg auf 41.812" / "Auf 41.812 stieg die Zahl der …" /
    "der Anteil der Frauen lag bei 52 Prozent": the genitive after a count noun (``count_nouns.txt``) that is the
    subject of a measure verb in the figure's clause. The counted noun, not "Zahl", is what figures are compared by."""
    clause_start, clause_end = _clause_around(text, fig, sentence_end)
    verbs = _measure_verbs()
    if not any(verbs.get(w) == "subject" for w in re.findall(r"\w+", text[clause_start:clause_end])):
        return None
    for m in _COUNT_PHRASE.finditer(text, clause_start, clause_end):
        if m.group("count") not in _count_nouns() or fig.start <= m.start() < fig.end:
            continue
        previous = re.search(r"(\S+)\s+$", text[clause_start : m.start()])
        if previous and previous.group(1).lower() in _prepositions():
            continue  # "mit einem Anteil der …": a complement, not the clause's subject
        return m.start("noun"), m.end("noun")
    return None


# "die Zahl der (neuen) Asylanträge", "der Anteil des Ökostroms"
_COUNT_PHRASE = re.compile(
    r"\b(?:[Dd](?:ie|er|as))\s+(?P<count>[A-ZÄÖÜ][\w-]*)\s+de[rs]\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)"
)


def _measured_noun(text: str, fig: _Figure, sentence_end: int) -> tuple[int, int] | None:
    """The measured noun of "<Nomen> lag bei 6,2 Prozent" / "beläuft sich auf 4,6 Milliarden Euro" / "bezifferte
    den Schaden auf …": the subject (or, for estimating verbs, the object) of a measure verb (``measure_verbs.tsv``)
    in the figure's clause; agencies (``agents.txt``) are who measures, never what is measured."""
    clause_start, clause_end = _clause_around(text, fig, sentence_end)
    verbs = _measure_verbs()
    roles = {verbs[w] for w in re.findall(r"\w+", text[clause_start:clause_end]) if w in verbs}
    if not roles:
        return None
    agents = agent_endings()
    prefix = text[clause_start : fig.start]
    candidates: list[re.Match[str]] = []
    for m in _NOUN_PHRASE.finditer(prefix):
        noun = m.group("noun")
        previous = re.search(r"(\S+)\s+$", prefix[: m.start()])
        word_before = previous.group(1) if previous else ""
        if word_before.lower() in _prepositions() or word_before[:1].isupper() and m.group("det").lower() == "der":
            continue  # "nach Angaben der Polizei", "Schätzungen der Versicherung": not the measured thing
        if noun in _NOT_SUBJECT or noun.lower().endswith(agents):
            continue
        candidates.append(m)
    if not candidates:
        return None
    chosen = candidates[0]
    if "subject" not in roles:
        # An estimating verb's object: an accusative "den Schaden", else a phrase that does not open the clause
        # (that is who estimates: "Die Stadt bezifferte die Kosten …"), else the clause-initial one
        # ("Die Kosten schätzt das Ministerium auf …", the ministry being an agency).
        # "der <Nomen>" here is nominative (genitives were skipped above): who estimates, not what.
        objects = [m for m in candidates if m.group("det").lower() != "der"] or candidates
        accusative = [m for m in objects if m.group("det").lower() == "den"]
        inner = [m for m in objects if prefix[: m.start()].strip()]
        chosen = (accusative or inner or objects)[0]
    return clause_start + chosen.start("noun"), clause_start + chosen.end("noun")


def _elliptic_subject(
    text: str,
    fig: _Figure,
    claims: Sequence[Claim],
    sentence_of: Sequence[tuple[int, int]],
    subjects: Sequence[tuple[int, int] | None],
    sentence: tuple[int, int],
) -> tuple[int, int] | None:
    """The counted noun a gapped parallel clause leaves out: "Die Polizei sprach von 12.000 Teilnehmern, die
    Veranstalter von 30.000" / "laut Polizei 12.000 Menschen, laut Veranstaltern 15.000": a bare number ending its
    clause counts what the previous bare number of its sentence counted, across a comma."""
    if fig.unit is not None or not re.match(r"\s*(?:[.,;!?)]|$)", text[fig.end :]):
        return None
    earlier = zip(reversed(claims), reversed(sentence_of), reversed(subjects), strict=False)
    for claim, claim_sentence, subject in earlier:
        if claim_sentence != sentence:
            return None
        if claim.unit is not None or subject is None or "," not in text[claim.end : fig.start]:
            return None
        return subject
    return None


def _attribute(fig: _Figure, frames: list[SourceFrame], sentence: tuple[int, int], text: str) -> SourceFrame | None:
    """The source frame a figure belongs to within its sentence."""
    if not frames:
        return None
    local = [f for f in frames if f.local]
    for frame in local:
        if frame.start >= fig.end:
            between = text[fig.end : frame.start]
            # the figure heads a list item that ends in "(laut X)"; a ";" would end the list item
            if ";" not in between:
                return frame
            break
    general = [f for f in frames if not f.local and not (f.name_start <= fig.num_start < f.name_end)]
    if not general:
        # a figure after the last "(laut X)" of its sentence continues that item
        # ("… (laut BAMF), knapp 19 Prozent weniger")
        earlier = [f for f in local if f.end <= fig.start]
        return earlier[-1] if earlier else None
    preceding = [f for f in general if f.end <= fig.start]
    # a gapped clause's source ("…, die Veranstalter von 30.000") covers only the figure after it
    following = [f for f in general if f.start >= fig.end and f.kind != "gapped"]
    adjacent = [
        f
        for f in following
        if not text[fig.end : f.start].strip(" ,") or re.fullmatch(r"\s*[\w:*-]+\s*", text[fig.end : f.start])
    ]
    if adjacent and not any(g.start >= fig.end and g.start < adjacent[0].start for g in preceding):
        return adjacent[0]
    if preceding and following and all(f.kind == "subject" for f in preceding) and following[-1].kind == "verb":
        # "Der Weihnachtsmarkt zählte … 250.000 Besucher, teilte der Schaustellerverband mit": the reporter wins
        return following[-1]
    if preceding:
        return max(preceding, key=lambda f: f.end)
    if following:
        return min(following, key=lambda f: f.start)
    return None


_ARTICLE = r"(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)"


def _without_subject(frame: SourceFrame, subject: tuple[int, int], text: str, limit: int) -> SourceFrame | None:
    """The measured thing is never its own source: a source name running into it ("nach Schätzungen der Versicherer
    Schäden von …") ends before it; one that is it ("Die Kosten schätzt das Ministerium …") is no source."""
    if not (frame.name_start < subject[1] and subject[0] < frame.name_end):
        return frame
    head = re.sub(rf"(?:\s*\b{_ARTICLE})*\s*$", "", text[frame.name_start : subject[0]])
    if not re.search(r"[A-ZÄÖÜ]\w", re.sub(rf"^{_ARTICLE}\b", "", head)):
        if frame.kind == "subject":
            # the measured thing was topicalised: "Die Kosten schätzt der Rechnungshof auf …" → who follows the verb
            after = noun_phrase_after(text, frame.end, limit)
            if after is not None and after[0] >= subject[1]:
                name = nominative_name(text[after[0] : after[1]])
                return SourceFrame(frame.start, after[1], after[0], after[1], name, frame.local, frame.kind)
        return None
    name_end = frame.name_start + len(head)
    return replace(frame, name_end=name_end, end=min(frame.end, name_end) if frame.end > subject[0] else frame.end,
                   name=nominative_name(head))


def _entity_for(span: tuple[int, int], entities: Sequence[Entity]) -> str | None:
    for entity in entities:
        for mention in entity.mentions:
            if mention.start < span[1] and span[0] < mention.end:
                return entity.id
    return None


def _place_stand_in(name: str, mention: TextSpan | None, entities: Sequence[Entity]) -> bool:
    """True when a resolved speaker name is a place ("Bremerhaven" for "die Polizei" of "Polizei Bremerhaven"):
    a place is a source only when the text itself names it as the reporter ("Peking teilte mit")."""
    if mention is None or name in mention.text or name == nominative_name(mention.text):
        return False
    return any(e.type == "LOC" and e.name == name for e in entities)


def _mention_name(mention: TextSpan) -> str:
    return nominative_name(re.sub(r"^(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)\s+", "", mention.text))


def _speaker_source(quote: Quote, entities: Sequence[Entity] = ()) -> ClaimSource | None:
    speaker = quote.speaker
    if not (speaker.name or speaker.mention):
        return None
    name = speaker.name or (speaker.mention.text if speaker.mention else "")
    if speaker.mention is not None and _place_stand_in(name, speaker.mention, entities):
        return ClaimSource(_mention_name(speaker.mention), speaker.mention, None)
    if not name or is_pronoun_name(name):
        return None
    mention = speaker.mention or TextSpan(quote.start, quote.end, quote.text)
    return ClaimSource(name, mention, speaker.entity)


def _frame_source(frame: SourceFrame, text: str, quotes: Sequence[Quote], entities: Sequence[Entity]) -> ClaimSource:
    """A frame's source; a role noun or short name that a quote resolved ("die Ökonomin" → Veronika Brandt) takes
    the resolved name."""
    evidence = TextSpan(frame.start, frame.end, text[frame.start : frame.end])
    for quote in quotes:
        mention = quote.speaker.mention
        if (
            mention
            and quote.speaker.name
            and mention.start < frame.name_end
            and frame.name_start < mention.end
            and not is_pronoun_name(quote.speaker.name)
            and not _place_stand_in(quote.speaker.name, mention, entities)
        ):
            return ClaimSource(quote.speaker.name, evidence, quote.speaker.entity)
    return ClaimSource(frame.name, evidence, _entity_for((frame.name_start, frame.name_end), entities))


@lru_cache(maxsize=1)
def closing_verbs() -> str:
    """Regex alternation of the verbs whose sentence-closing frame covers earlier sentences (``carriers.tsv``)."""
    return "|".join(re.escape(r[1]) for r in data_table("figures", "carriers.tsv") if r[0] == "closing")


def _closing_frame(
    text: str, sentence: tuple[int, int], frames_by_sentence: dict[tuple[int, int], list[SourceFrame]]
) -> SourceFrame | None:
    """A reporting frame that closes its sentence (", teilte X mit.", ", wie X mitteilte."): it also covers the
    preceding sentences of the paragraph that name no source."""
    if sentence not in frames_by_sentence:
        frames_by_sentence[sentence] = find_source_frames(text, sentence)
    frames = [f for f in frames_by_sentence[sentence] if f.kind in ("verb", "wie")]
    if not frames:
        return None
    last = frames[-1]
    if not re.search(rf"\b(?:{closing_verbs()})\b", text[last.start : last.end + 40]):
        return None  # only announcements ("teilte … mit") speak for the paragraph, not "sagte" or "rechnete vor"
    tail = text[last.end : sentence[1]]
    closing_tail = r"(?:\s+(?:am|an|im|in|auf|bei|gegenüber|vor|nach)?\s*[\w.-]*){0,4}?\s*(?:mit|an)?\s*[.!]?\s*"
    if re.fullmatch(closing_tail, tail):
        before = text[sentence[0] : last.start]
        if "," in before or before.strip().endswith("“"):
            return last
    return None


def _paragraphs(text: str, bounds: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Sentences grouped by paragraph (a line break ends a paragraph)."""
    groups: list[list[tuple[int, int]]] = []
    last_end = 0
    for sentence in bounds:
        if not groups or "\n" in text[last_end : sentence[0]]:
            groups.append([])
        groups[-1].append(sentence)
        last_end = sentence[1]
    return groups


def find_claims(
    text: str,
    doc_id: str = "doc",
    *,
    times: Sequence[TimeExpression] = (),
    quotes: Sequence[Quote] = (),
    entities: Sequence[Entity] = (),
) -> list[Claim]:
    """Every cited figure in ``text`` with unit, qualifier, counted subject and source (see module docstring)."""
    time_spans = [(t.start, t.end) for t in times]
    # "14.30 Uhr", "14:05 Uhr", "2:1": times of day and scores are never figures
    time_spans += [(m.start(), m.end()) for m in re.finditer(r"\d{1,2}[.:]\d{2}\s*Uhr|\d+\s*Uhr|\d+:\d+", text)]
    claims: list[Claim] = []
    bounds = sentence_bounds(text)
    figures = _find_figures(text, time_spans)
    frames_by_sentence: dict[tuple[int, int], list[SourceFrame]] = {}
    sentence_of: list[tuple[int, int]] = []
    counted_subjects: list[tuple[int, int] | None] = []
    confidence_factor: list[float] = []
    sentence_starts = [s for s, _ in bounds]  # sorted, sentences do not overlap: bisect, not a scan per figure
    for fig in figures:
        k = bisect.bisect_right(sentence_starts, fig.num_start) - 1
        sentence = bounds[k] if k >= 0 and fig.num_start < bounds[k][1] else (0, len(text))
        sentence_of.append(sentence)
        if sentence not in frames_by_sentence:
            frames_by_sentence[sentence] = find_source_frames(text, sentence)
        frames = frames_by_sentence[sentence]
        subject_span = _subject(text, fig, sentence[1])
        counted_apart = subject_span is not None and subject_span == _counted_noun(text, fig, sentence[1])
        if subject_span is None:
            subject_span = _elliptic_subject(text, fig, claims, sentence_of[: len(claims)], counted_subjects, sentence)
            counted_apart = subject_span is not None
        counted_subjects.append(subject_span)
        start, end = fig.start, fig.end
        if subject_span:
            # The claim covers its counted noun when they form one phrase ("Gewinn von 812 Millionen Dollar",
            # "2.300 Beschäftigte"); a measured noun further back ("Die Inflation lag im Februar bei 6,2 Prozent"),
            # a count noun's genitive or an elided noun keep their own offsets in ``subject``.
            adjacent = not counted_apart and subject_span[0] >= fig.start or re.fullmatch(
                r"\s+(?:in Höhe\s+)?von\s+", text[subject_span[1] : fig.start]
            )
            if adjacent:
                start, end = min(start, subject_span[0]), max(end, subject_span[1])
            subject = TextSpan(subject_span[0], subject_span[1], text[subject_span[0] : subject_span[1]])
        elif fig.unit_span:
            subject = TextSpan(fig.unit_span[0], fig.unit_span[1], text[fig.unit_span[0] : fig.unit_span[1]])
        else:
            subject = TextSpan(fig.num_start, fig.end, text[fig.num_start : fig.end])
        source: ClaimSource | None = None
        quote = next((q for q in quotes if q.start <= fig.num_start < q.end), None)
        frame = _attribute(fig, frames, sentence, text)
        if frame is not None and is_pronoun_name(frame.name):
            frame = None  # "er", "Wir", "nach ihren Worten": resolved below to a speaker
        if frame is not None and subject_span is not None:
            frame = _without_subject(frame, subject_span, text, sentence[1])
        quoted = _speaker_source(quote, entities) if quote is not None else None
        if quoted is not None and quoted.evidence.start < end and start < quoted.evidence.end:
            quoted = None  # "Zwei Drittel der Befragten lehnen … ab, wie …": the figure's own phrase is no speaker
        if quoted is not None and (frame is None or not (quote is not None and quote.start <= frame.start < quote.end)):
            source = quoted
        elif frame is not None:
            source = _frame_source(frame, text, quotes, entities)
        confidence_factor.append(1.0)
        confidence = fig.confidence * (1.0 if subject_span or fig.unit else 0.9)
        claims.append(
            Claim(
                id=f"{doc_id}#c{len(claims) + 1}",
                doc=doc_id,
                start=start,
                end=end,
                text=text[start:end],
                value=fig.value,
                unit=fig.unit,
                qualifier=fig.qualifier,
                subject=subject,
                confidence=round(confidence, 4),
                source=source,
            )
        )
    if claims:
        _attribute_across_sentences(text, claims, sentence_of, bounds, frames_by_sentence, quotes, entities)
    return claims


def _attribute_across_sentences(
    text: str,
    claims: list[Claim],
    sentence_of: list[tuple[int, int]],
    bounds: Sequence[tuple[int, int]],
    frames_by_sentence: dict[tuple[int, int], list[SourceFrame]],
    quotes: Sequence[Quote],
    entities: Sequence[Entity],
) -> None:
    """Sources for figures their own sentence leaves unattributed: carrier sentences of the paragraph ("Das teilte X
    mit.", "Wie X mitteilte, …", "Demnach …"), an agency as clause subject, else a pronoun frame's speaker."""
    carriers: dict[tuple[int, int], tuple[str, SourceFrame | None] | None] = {}

    def carrier(sentence: tuple[int, int]) -> tuple[str, SourceFrame | None] | None:
        if sentence not in carriers:
            carriers[sentence] = sentence_carriers(text, sentence)
        return carriers[sentence]

    def own_source(sentence: tuple[int, int]) -> bool:
        if sentence not in frames_by_sentence:
            frames_by_sentence[sentence] = find_source_frames(text, sentence)
        return bool(frames_by_sentence[sentence])

    paragraph_of: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for paragraph in _paragraphs(text, bounds):
        for sentence in paragraph:
            paragraph_of[sentence] = paragraph
    for k, claim in enumerate(claims):
        if claim.source is not None:
            continue
        sentence = sentence_of[k]
        paragraph = paragraph_of.get(sentence, [sentence])
        index = paragraph.index(sentence) if sentence in paragraph else 0
        found: SourceFrame | None = None
        own = carrier(sentence)
        if own and own[0] == "back":
            found = own[1]  # "Das geht aus einer Studie der X hervor, für die 1.500 Menschen befragt wurden."
        # "Das teilte X mit." after the figure's sentence (skipping sentences without their own source)
        for later in paragraph[index + 1 :] if found is None else []:
            kind = carrier(later)
            if kind and kind[0] == "back":
                found = kind[1]
                break
            closing = _closing_frame(text, later, frames_by_sentence)
            if closing is not None:
                found = closing  # "… . Die Beteiligung lag bei 64 Prozent, teilte der Landeswahlleiter mit."
                break
            if own_source(later):
                break
        if found is None:
            own = carrier(sentence)
            if own and own[0] == "forward":
                found = own[1]
        if found is None:
            # "Wie X mitteilte, …" earlier in the paragraph, or "Demnach …" taking the previous sentence's source
            for position in range(index - 1, -1, -1):
                kind = carrier(paragraph[position])
                if kind and kind[0] == "forward" and position == 0:
                    found = kind[1]  # "Wie X mitteilte, …" opening the paragraph
                    break
                if own_source(paragraph[position]):
                    break
        if found is None:
            own = carrier(sentence)
            if own and own[0] == "same" and index > 0:
                previous = [
                    c for c, s in zip(claims, sentence_of, strict=True) if s == paragraph[index - 1] and c.source
                ]
                if previous and previous[-1].source is not None:
                    claim.source = previous[-1].source
                    continue
                frames = frames_by_sentence.get(paragraph[index - 1]) or find_source_frames(text, paragraph[index - 1])
                if frames:
                    found = frames[-1]
        if found is not None:
            claim.source = _frame_source(found, text, quotes, entities)
            claim.confidence = round(claim.confidence * 0.9, 4)
            continue
        clause_start = max([sentence[0]] + [i + 1 for i in range(sentence[0], claim.start) if text[i] in ",;:"])
        agent = subject_agent(text, (clause_start, claim.start))
        if agent is not None:
            evidence = TextSpan(agent[0], agent[1], text[agent[0] : agent[1]])
            claim.source = ClaimSource(evidence.text, evidence, _entity_for(agent, entities))
            claim.confidence = round(claim.confidence * 0.75, 4)
            continue
        pronoun_frames = [f for f in frames_by_sentence.get(sentence, []) if is_pronoun_name(f.name)]
        if pronoun_frames:
            # "Sie rechne damit, dass …", "nach ihren Worten": the last named speaker or source before the figure
            named = [
                _speaker_source(q, entities) for q in quotes if q.end <= claim.start or q.start <= claim.start < q.end
            ]
            named_sources = [c.source for c in claims[:k] if c.source is not None]
            candidates = [n for n in named if n is not None]
            pick = candidates[-1] if candidates else (named_sources[-1] if named_sources else None)
            if pick is not None:
                claim.source = pick
                claim.confidence = round(claim.confidence * 0.8, 4)


@Language.component("lagebild_claims", assigns=["doc._.claims"])
def extract_claims(doc: Doc) -> Doc:
    doc._.claims = find_claims(
        original_text(doc),
        doc._.doc_id,
        times=doc._.times or [],
        quotes=doc._.quotes or [],
        entities=doc._.entities or [],
    )
    return doc
