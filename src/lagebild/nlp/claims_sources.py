"""Who a figure is attributed to: source frames ("laut …", "nach Angaben …", "… zufolge", "wie … mitteilte",
", teilte … mit", "die Polizei zählte …") found in the text, each with the noun phrase naming the source.

Hand-written because German attribution frames are a closed, news-specific set no library covers; the
frames themselves are data (``lagebild/data/figures/source_frames.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.nlp.display_names import nominative_name
from lagebild.nlp.times_text import data_lines, data_table

_TOKEN = re.compile(r"„[^“”\"\n]{1,80}[“”\"]|\"[^\"\n]{1,80}\"|[\w][\w:*./'’-]*\w|[\w]|[^\w\s]")
_DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "seiner",
        "seine",
        "ihrer",
        "ihre",
        "ihres",
        "ihren",
        "örtlicher",
        "örtlichen",
        "eigenen",
        "eigener",
        "unseren",
    ]
)
_CONNECTORS = frozenset(["der", "des", "von", "für", "und", "zur", "zum", "vom"])
# frame kinds whose verb a gapped parallel clause leaves out ("X sprach von N1, Y von N2")
_GAPPABLE = frozenset(["subject", "subject_first", "perfect"])
_ADJECTIVE_END = re.compile(r"(?:e|en|er|es|em)$")


@dataclass(frozen=True)
class SourceFrame:
    """A source phrase in the text: ``start``/``end`` cover the whole frame ("laut Polizei"),
    ``name_start``/``name_end`` the words naming the source ("Polizei"); ``local`` frames (in parentheses)
    attribute only the figures right before them."""

    start: int
    end: int
    name_start: int
    name_end: int
    name: str
    local: bool = False
    kind: str = ""  # the frame kind of source_frames.tsv ("before", "verb", "subject", …)


@lru_cache(maxsize=1)
def _frames() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for kind, words in data_table("figures", "source_frames.tsv"):
        table.setdefault(kind, []).append(words)
    return table


@lru_cache(maxsize=1)
def _containers() -> frozenset[str]:
    return frozenset(data_lines("figures", "source_containers.txt"))


_PRONOUNS = frozenset(
    [
        "er",
        "sie",
        "es",
        "wir",
        "ich",
        "ihr",
        "man",
        "ihren",
        "ihrer",
        "ihre",
        "ihres",
        "ihrem",
        "seinen",
        "seiner",
        "seine",
        "seines",
        "seinem",
        "unseren",
        "unserer",
        "unsere",
        "unser",
        "meinen",
        "meiner",
        "meine",
        "dessen",
        "deren",
    ]
)
# relative pronouns that stand alone for a source ("Zahlen, laut denen …"); as a name's first word they are articles
_RELATIVE_PRONOUN_NAMES = frozenset({"dem", "denen", "der", "die", "das"})


def is_pronoun_name(name: str) -> bool:
    """True when a source name is (or starts with) a pronoun or possessive ("Wir", "er", "ihren Worten"): such a
    name says who only through the context, so it is resolved to a speaker instead of kept."""
    words = name.split()
    return bool(words) and (words[0].lower() in _PRONOUNS or (len(words) == 1 and words[0].lower() in
                                                              _RELATIVE_PRONOUN_NAMES))


@lru_cache(maxsize=1)
def _agents() -> tuple[str, ...]:
    return tuple(data_lines("figures", "agents.txt"))


def agent_endings() -> tuple[str, ...]:
    """Lowercase endings of agency nouns (``agents.txt``): "Polizei", "Landesamt", …"""
    return _agents()


@lru_cache(maxsize=1)
def _carrier_patterns() -> dict[str, re.Pattern[str]]:
    table: dict[str, list[str]] = {}
    for kind, words in data_table("figures", "carriers.tsv"):
        table.setdefault(kind, []).append(words)
    return {
        "back": re.compile(
            rf"\s*(?:Das|Dies|Diese Zahlen|Die Zahlen|Diese Angaben|Das alles)\s+(?:{_words_regex(table['back'])})\s+"
        ),
        "forward": re.compile(
            rf"\s*Wie\s+(?:aus\s+)?(?P<np>[^,.;:!?]{{2,80}}?)\s+(?:{_words_regex(table['forward'])})\s*,"
        ),
        "same": re.compile(rf"\s*(?:{_words_regex(table['same'])})\b"),
        "same_inside": re.compile(rf"\b(?:{_words_regex(table['same_inside'])})\b"),
    }


def sentence_carriers(text: str, sentence: tuple[int, int]) -> tuple[str, SourceFrame | None] | None:
    """Whether a sentence attributes figures of its neighbours (see ``data/figures/carriers.tsv``):
    ("back" | "forward", frame) or ("same", None); None for an ordinary sentence."""
    s_start, s_end = sentence
    pats = _carrier_patterns()
    m = pats["back"].match(text, s_start, s_end)
    if m:
        span = noun_phrase_after(text, m.end(), s_end)
        if span:
            span = strip_container(text, span)
            return "back", SourceFrame(m.start(), span[1], span[0], span[1], _name(text, span))
    m = pats["forward"].match(text, s_start, s_end)
    if m:
        span = noun_phrase_after(text, m.start("np"), m.end("np"))
        if span:
            span = strip_container(text, span)
            return "forward", SourceFrame(m.start(), m.end(), span[0], span[1], _name(text, span))
    if pats["same"].match(text, s_start, s_end) or pats["same_inside"].search(text, s_start, s_end):
        return "same", None
    return None


_PREPOSITIONS = frozenset(
    [
        "an",
        "auf",
        "aus",
        "bei",
        "durch",
        "für",
        "gegen",
        "hinter",
        "in",
        "mit",
        "nach",
        "neben",
        "ohne",
        "seit",
        "über",
        "um",
        "unter",
        "von",
        "vor",
        "wegen",
        "zu",
        "zwischen",
    ]
)


def subject_agent(text: str, clause: tuple[int, int]) -> tuple[int, int] | None:
    """An agency (``agents.txt``) that is the subject of a clause before its figure: "Die Polizei kontrollierte …",
    "… kontrollierte die Polizei am Freitag …"; not after a preposition ("gegen die Polizei")."""
    start, end = clause
    for m in re.finditer(r"\b(?:(?P<det>[Dd]ie|[Dd]er|[Dd]as)\s+)(?P<noun>[A-ZÄÖÜ][\w-]*)", text[start:end]):
        noun = m.group("noun").lower()
        if not noun.endswith(_agents()):
            continue
        before = text[start : start + m.start()].split()
        if before and before[-1].lower() in _PREPOSITIONS:
            continue
        if m.group("det").lower() == "der" and before and before[-1][:1].isupper():
            continue  # genitive: "Sprecher der Polizei" is handled by the frames
        return start + m.start("noun"), start + m.end("noun")
    return None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group(0)) for m in _TOKEN.finditer(text[start:end])]


def _is_name_token(tok: str) -> bool:
    return tok[:1] in '„"' or tok[:1].isupper() or (tok[:1].isdigit() is False and any(c.isupper() for c in tok[1:2]))


def noun_phrase_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase naming a source that begins at ``start``: determiners and adjectives, then capitalised
    words, quoted titles and connectors ("des Instituts der deutschen Wirtschaft"); ends before a verb, a number
    or punctuation. Returns the span of the naming words without leading determiners."""
    toks = _tokens(text, start, limit)
    first: int | None = None
    last: int | None = None
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        low = tok.lower()
        if _is_name_token(tok) and not tok[0].isdigit() and (tok[0] in '„"' or tok[0].isalpha()):
            first = s if first is None else first
            last = e
            i += 1
            continue
        if tok in ("-",) and last is not None:
            i += 1
            continue
        if low in _DETERMINERS and (first is None or low in _CONNECTORS):
            i += 1
            continue
        if first is not None and low in _CONNECTORS:
            i += 1
            continue
        if tok.isalpha() and tok.islower() and _ADJECTIVE_END.search(low):
            # an adjective is part of the phrase only if a capitalised word follows
            j = i + 1
            while j < len(toks) and toks[j][2].isalpha() and toks[j][2].islower() and _ADJECTIVE_END.search(toks[j][2]):
                j += 1
            if j < len(toks) and _is_name_token(toks[j][2]) and toks[j][2][0].isalpha() and not first:
                i = j
                continue
            if (
                j < len(toks)
                and first is not None
                and toks[i - 1][2].lower() in _CONNECTORS
                and _is_name_token(toks[j][2])
            ):
                i = j
                continue
        break
    if first is None or last is None:
        return None
    return first, last


def noun_phrase_before(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase ending right before ``end`` ("Frontex" in "Frontex zufolge", "dem Bericht")."""
    toks = _tokens(text, limit, end)
    first: int | None = None
    last: int | None = None
    for s, e, tok in reversed(toks):
        low = tok.lower()
        if (tok[0] in '„"' or tok[0].isupper()) and tok[0] not in ",.;:":
            first = s
            last = e if last is None else last
            continue
        if low in _CONNECTORS or (tok.islower() and _ADJECTIVE_END.search(low) and first is not None):
            continue
        break
    if first is None or last is None:
        return None
    while first is not None and text[first:last].split()[0].lower() in _DETERMINERS:
        first += len(text[first:last].split()[0]) + 1
    return first, last


def strip_container(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Angaben der Veranstalter" → "Veranstalter"; "einer Umfrage des Instituts Forsa" → "Instituts Forsa"."""
    start, end = span
    m = re.match(r"(?:(\w+)\s+)?(\w+)\s+(?:des|der|von|vom)\s+", text[start:end])
    if m and m.group(2).lower() in _containers() and (m.group(1) is None or m.group(1).lower() in _DETERMINERS):
        return start + m.end(), end
    return span


def _name(text: str, span: tuple[int, int]) -> str:
    """The source's display name in its base form ("laut Statistischem Bundesamt" -> "Statistisches Bundesamt")."""
    return nominative_name(text[span[0] : span[1]].strip('„“"”'))


def _words_regex(words: list[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    f = _frames()
    return {
        "before": re.compile(rf"(?i:(?<![\w])(?:{_words_regex(f['before'])}))(?:\s+(?:des|der|von|vom))?\s+"),
        "compound": re.compile(
            r"\b[Nn]ach\s+(?:eigenen\s+)?(?P<who>[A-ZÄÖÜ][\w-]*?)-?(?:[Aa]ngaben|[Zz]ählung|[Ss]chätzungen)\b"
        ),
        "own": re.compile(r"\b[Nn]ach\s+eigenen\s+Angaben\b"),
        "after": re.compile(rf"\s+(?:{_words_regex(f['after'])})\b"),
        "verb": re.compile(rf"(?:[,“”\"»]|–)\s*(?:{_words_regex(f['verb'])})\s+"),
        "wie": re.compile(rf"\b[Ww]ie\s+(?:aus\s+)?(?P<np>[^,.;:!?]{{2,80}}?)\s+(?:{_words_regex(f['final'])})\b"),
        "subject": re.compile(rf"(?:{_words_regex(f['subject'])})\b"),
        "subject_first": re.compile(
            rf"\b(?:{_words_regex(sorted({w.split()[0] for w in f['subject']}))})\s+(?=(?:der|die|das|[A-ZÄÖÜ]))"
        ),
        "perfect": re.compile(
            r"\b(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?P<np>[A-ZÄÖÜ][\w-]*)\s+(?:hatte|hat|hatten|haben)\b[^,.;]{0,80}?\b"
            rf"(?:{_words_regex(f.get('participle', []) or ['geschätzt'])})\b"
        ),
        "participle": re.compile(rf"\b(?:{_words_regex(f.get('participle', []) or ['geschätzt'])})\b"),
        "possessive": re.compile(
            r"\b[Nn]ach\s+(?P<pro>ihren|seinen|unseren)\s+"
            r"(?:Worten|Angaben|Berechnungen|Schätzungen|Einschätzung|Darstellung|Informationen|Zahlen)\b"
        ),
        "relative": re.compile(
            r",\s*(?:die|der|das|den)\s+(?:die|der|das)\s+(?P<np>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)\s+"
            rf"(?:\w+\s+){{0,3}}?(?:{_words_regex(f.get('participle', []) or ['angekündigt'])})\b"
        ),
        "paren": re.compile(r"\(\s*(?:laut|Quelle:|nach Angaben)\s+"),
        "gapped": re.compile(
            r",\s*(?:und\s+|aber\s+|während\s+)?(?P<np>(?:[Dd](?:er|ie|as)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){1,3}?)"
            r"(?:(?:von|mit|auf|bei|nur|rund|etwa|knapp|gut|fast|sogar|lediglich|mehr\s+als|über)\s+){0,2}(?=\d)"
        ),
    }


def find_source_frames(text: str, sentence: tuple[int, int]) -> list[SourceFrame]:
    """Every source frame inside one sentence."""
    s_start, s_end = sentence
    pats = _patterns()
    frames: list[SourceFrame] = []

    kind = ""

    def add(start: int, end: int, span: tuple[int, int] | None, local: bool = False) -> None:
        if span is None:
            return
        span = strip_container(text, span)
        name = _name(text, span)
        if name and not name[0].isdigit():
            frames.append(SourceFrame(start, max(end, span[1]), span[0], span[1], name, local, kind))

    kind = "before"
    for m in pats["before"].finditer(text, s_start, s_end):
        if re.match(r"nach\s+eigenen", text[m.start() : m.end()], re.I):
            continue
        local = text[max(s_start, m.start() - 2) : m.start()].rstrip().endswith("(")
        add(m.start() - (1 if local else 0), m.end(), noun_phrase_after(text, m.end(), s_end), local)
    for m in pats["compound"].finditer(text, s_start, s_end):
        who = m.group("who")
        if who.lower() in ("eigenen",):
            continue
        # linking "s" of a compound: "Gewerkschaftsangaben" → "Gewerkschaft", "Senatsangaben" → "Senat"
        base = re.sub(r"(?<=[a-zäöü])s$", "", who) if len(who) > 4 and not who.endswith("ss") else who
        frames.append(SourceFrame(m.start(), m.end(), m.start("who"), m.start("who") + len(base), base))
    kind = "own"
    for m in pats["own"].finditer(text, s_start, s_end):
        subject = noun_phrase_after(text, s_start, m.start())
        if subject:
            add(m.start(), m.end(), subject)
    kind = "after"
    for m in pats["after"].finditer(text, s_start, s_end):
        clause_start = max([s_start] + [i + 1 for i in range(s_start, m.start()) if text[i] in ",;:("])
        add(clause_start, m.end(), noun_phrase_before(text, m.start(), clause_start))
    kind = "verb"
    for m in pats["verb"].finditer(text, s_start, s_end):
        pronoun = re.match(r"(er|sie|wir|ich)\b", text[m.end() : s_end])
        if pronoun:
            # ", sagte sie": a pronoun frame, resolved to the speaker by the claims component
            add(m.start() + 1, m.end() + pronoun.end(), (m.end(), m.end() + pronoun.end()))
            continue
        add(m.start() + 1, m.end(), noun_phrase_after(text, m.end(), s_end))
    kind = "possessive"
    sentence_text = text[s_start:s_end]
    # cheap substring and participle checks first: the patterns below are rarely needed and slow to scan
    has_participle = pats["participle"].search(sentence_text) is not None
    for m in pats["possessive"].finditer(text, s_start, s_end) if "ach " in sentence_text else ():
        # "nach ihren Berechnungen", "nach seinen Worten": whose is resolved by the claims component
        add(m.start(), m.end(), (m.start("pro"), m.end()))
    kind = "wie"
    for m in pats["wie"].finditer(text, s_start, s_end):
        np_span = noun_phrase_after(text, m.start("np"), m.end("np"))
        add(m.start(), m.end(), np_span)
    kind = "subject"
    for m in pats["subject"].finditer(text, s_start, s_end):
        clause_start = max([s_start] + [i + 1 for i in range(s_start, m.start()) if text[i] in ",;:"])
        words = text[clause_start : m.start()].split()
        # the reporting verb must follow the clause's subject directly (allowing an auxiliary "hat/hatte")
        if not words or len(words) > 6 or any(w[0].isdigit() for w in words):
            continue
        first = words[0].strip('„"').lower()
        verb_end = m.start() + len(m.group(0).split()[0])
        pronoun = re.match(r"\s+(er|sie|wir|man|ich)\b", text[verb_end:s_end])
        if pronoun:
            # "Die Kosten bezifferte sie auf …": the pronoun is the subject (resolved to a speaker later)
            add(clause_start, verb_end + pronoun.end(), (verb_end + pronoun.start(1), verb_end + pronoun.end(1)))
            continue
        if first in ("den", "dem", "einen", "einem") or first in _PREPOSITIONS:
            # object or adverbial first ("Den Schaden beziffert die Polizei auf …", "Für 2027 rechnet X mit …"):
            # the subject follows the verb
            after = noun_phrase_after(text, verb_end, s_end)
            if after:
                add(clause_start, after[1], after)
            continue
        span = noun_phrase_after(text, clause_start, m.start())
        if span and text[span[1] : m.start()].strip() in ("", "hat", "hatte", "hatten", "haben"):
            add(clause_start, m.end(), span)
    kind = "perfect"
    for m in pats["perfect"].finditer(text, s_start, s_end) if has_participle else ():
        # "die Polizei hatte die Zahl auf 12.000 geschätzt": the frame is the subject, before the figure
        add(m.start(), m.end("np"), (m.start("np"), m.end("np")))
    kind = "relative"
    for m in pats["relative"].finditer(text, s_start, s_end) if has_participle else ():
        # a relative clause naming who gave the figure: "Kürzungen von 500.000 Barrel, die die Opec angekündigt hatte"
        add(m.start(), m.end(), (m.start("np"), m.end("np")))
    kind = "subject_first"
    for m in pats["subject_first"].finditer(text, s_start, s_end):
        # inverted order after an adverbial or object: "Für 2027 rechnet Finanzchefin Petra Lange mit …"
        clause_start = max([s_start] + [i + 1 for i in range(s_start, m.start()) if text[i] in ",;:"])
        words = text[clause_start : m.start()].split()
        if not words or len(words) > 6:
            continue
        first = words[0].strip('„"').lower()
        if first in ("den", "dem", "einen", "einem") or first in _PREPOSITIONS:
            after = noun_phrase_after(text, m.end(), s_end)
            if after:
                add(clause_start, after[1], after)
    kind = "gapped"
    for m in pats["gapped"].finditer(text, s_start, s_end):
        # gapping: "Die Polizei sprach von 12.000 Teilnehmern, die Veranstalter von 30.000" repeats the earlier
        # frame's verb for a new source; only after a frame that names who counted (not after "wie … mitteilte")
        if any(f.end <= m.start() and f.kind in _GAPPABLE for f in frames):
            add(m.start() + 1, m.end("np"), noun_phrase_after(text, m.start("np"), m.end("np")))
    frames.sort(key=lambda f: f.start)
    return frames
