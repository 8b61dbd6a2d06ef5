"""``lagebild_sentences``: rule-based sentence boundaries for German news text.

Rules (pure Python over token texts; no model):

* . ! ? … (and runs like "?!") end a sentence; closing quotes/brackets written directly after the final
  punctuation belong to that sentence („Das ist falsch.“ Dann …). A following comma, semicolon, closing
  bracket or lower-case word means the sentence goes on („Nein!“, sagte er).
* Abbreviations (spaCy's German list + ``data/tokenizer/abbreviations.txt``) and ordinals ("am 3. März")
  keep their period and do not end a sentence, unless the abbreviation is marked "final" (usw., etc.) or
  the number is followed by a typical sentence opener (``data/tokenizer/sentence_openers.txt``); then a
  number token like "2019." is split into "2019" "." so the year stays a clean token.
* A blank line (paragraph break) always ends a sentence; a single line break does too unless the line
  ends with , ; : ( or a hyphen, or the next line starts in lower case (hard-wrapped text). That makes
  headlines, teasers and datelines sentences of their own.
* A colon is never a boundary (it often introduces a direct quote).
* No sentence is longer than ``MAX_SENTENCE_TOKENS`` tokens. Run-on text without sentence ends (tables, lists,
  scraped pages without full stops) would otherwise become one huge "sentence", and every later component that
  looks across a sentence per verb, cue or number would cost quadratic time. An over-long run is cut at its
  last line break within the limit, else at ; or :, else after a comma, else hard at the limit.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from functools import lru_cache

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.tokenizer import load_abbreviations
from lagebild.settings import PACKAGE_DATA

OPENERS_FILE = PACKAGE_DATA / "tokenizer" / "sentence_openers.txt"

FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!", "???", "...."})
CLOSERS = frozenset({"“", "”", "«", "»", "‘", "’", '"', "'", ")", "]", "›", "‹"})
CONTINUERS = frozenset({",", ";", ")", "]", ":"})
LINE_CONTINUES = frozenset({",", ";", ":", "(", "-", "–", "„", "»"})
# The longest sentence of the real news texts (german-news-quotes train+dev, UD German-GSD dev+test: 12,442
# sentences) is 129 tokens, the 99.9th percentile 77: at 200 no real sentence is cut, and a per-sentence scan
# per token costs at most 200 steps.
MAX_SENTENCE_TOKENS = 200
# Where an over-long run may be cut, best first: after a line break, after ; or :, after a comma.
_CUT_AFTER: tuple[Callable[[str], bool], ...] = (
    lambda text: "\n" in text,
    lambda text: text in (";", ":"),
    lambda text: text == ",",
)
_NUMBER_PERIOD = re.compile(r"^\d+\.$")
# "41.812." or "4,6." cannot be an ordinal: before a capitalised word its period ends the sentence.
_AMOUNT_PERIOD = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+,\d+)\.$")
_MONTHS = frozenset(
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jänner",
    ]
)


@lru_cache(maxsize=1)
def sentence_openers() -> frozenset[str]:
    words = (w.strip() for w in OPENERS_FILE.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


def _next_word(texts: list[str], i: int) -> tuple[int, bool]:
    """Index of the next non-space token after i and whether a line break lies in between."""
    newline = False
    j = i + 1
    n = len(texts)
    while j < n and texts[j].isspace():
        newline = newline or "\n" in texts[j]
        j += 1
    return j, newline


def _period_ends_sentence(word: str, nxt: str | None, newline: bool, abbreviations: dict[str, bool]) -> bool:
    """For tokens that carry their own period (abbreviations, ordinals, years)."""
    if nxt is None or newline:
        return True
    if not nxt[:1].isupper() and nxt not in ("„", "»", '"'):
        return False
    if _AMOUNT_PERIOD.match(word):
        return True
    opener = nxt.lower() in sentence_openers() or nxt in ("„", "»", '"')
    if _NUMBER_PERIOD.match(word):
        if nxt.lower() in _MONTHS:
            return False
        return opener
    return abbreviations.get(word, False) and opener


# Token text by ORTH hash (string hashes are the same in every vocab): reading the ORTH column and mapping it
# through this dict avoids creating a Token object per token.
_TEXTS: dict[int, str] = {}
# The token texts of the documents read last, by document: the sentence splitter, the tagger and the NER read the
# same document one after another (at most two ``nlp.pipe`` batches apart), so its texts are mapped from the ORTH
# column once. An entry is used only when the ORTH column is unchanged, which means the same token texts whatever
# object now has that id (a retokenised doc is read afresh); no Doc is kept alive by the cache.
_RECENT: dict[int, tuple[numpy.ndarray, list[str]]] = {}
RECENT_DOCS = 128


def token_texts(doc: Doc) -> list[str]:
    """The texts of all tokens of ``doc``, fast (a new list: callers may change it)."""
    orth_column = doc.to_array([ORTH])
    recent = _RECENT.get(id(doc))
    if recent is not None and numpy.array_equal(recent[0], orth_column):
        return list(recent[1])
    if len(_TEXTS) > 1_000_000:
        _TEXTS.clear()
    orths: list[int] = orth_column.ravel().tolist()  # type: ignore[assignment]
    get = _TEXTS.get
    texts = [get(o) for o in orths]
    if None in texts:
        strings = doc.vocab.strings
        for k, o in enumerate(orths):
            if texts[k] is None:
                texts[k] = _TEXTS[o] = strings[o]
    if len(_RECENT) >= RECENT_DOCS:
        with contextlib.suppress(StopIteration, RuntimeError):  # another thread may be evicting at the same moment
            _RECENT.pop(next(iter(_RECENT)), None)
    _RECENT[id(doc)] = (orth_column, texts)  # type: ignore[assignment]
    return list(texts)  # type: ignore[arg-type]


def _split_number_periods(doc: Doc, texts: list[str], abbreviations: dict[str, bool]) -> bool:
    """Split sentence-final "2019." into "2019" "." (kept together while it may be an ordinal); True if split."""
    to_split: list[int] = []
    for i, text in enumerate(texts):
        if text[-1:] == "." and len(text) > 1 and (_NUMBER_PERIOD.match(text) or _AMOUNT_PERIOD.match(text)):
            j, newline = _next_word(texts, i)
            nxt = texts[j] if j < len(texts) else None
            if _period_ends_sentence(text, nxt, newline, abbreviations):
                to_split.append(i)
    if not to_split:
        return False
    with doc.retokenize() as retokenizer:
        for i in to_split:
            token = doc[i]
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return True


@Language.component("lagebild_sentences", assigns=["token.is_sent_start"])
def split_sentences(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    abbreviations = load_abbreviations()
    texts = token_texts(doc)
    if _split_number_periods(doc, texts, abbreviations):
        texts = token_texts(doc)
    spaces = doc.to_array([SPACY]).tolist()
    n = len(texts)
    starts = [-1] * n
    starts[0] = 1
    pending = False  # a boundary was decided: the next real word starts a sentence
    i = 0
    while i < n:
        text = texts[i]
        if text.isspace():
            if "\n" in text and not pending:
                pending = _line_break_ends_sentence(texts, i)
            i += 1
            continue
        if pending:
            starts[i] = 1
            pending = False
        if text in FINAL_PUNCT or (text[-1] in ".!?…" and len(text) > 1 and not text[0].isalnum()):
            # Absorb further punctuation and closing quotes/brackets written right after the punctuation.
            k = i
            while k + 1 < n and not spaces[k] and (texts[k + 1] in CLOSERS or texts[k + 1] in FINAL_PUNCT):
                k += 1
            j, newline = _next_word(texts, k)
            if j >= n:
                break
            nxt = texts[j]
            if newline or not (nxt in CONTINUERS or nxt[:1].islower()):
                pending = True
            i = k + 1
            continue
        if len(text) > 1 and text[-1] == ".":
            j, newline = _next_word(texts, i)
            if j < n and _period_ends_sentence(text, texts[j], newline, abbreviations):
                pending = True
        i += 1
    cap_sentence_length(texts, starts)
    doc.from_array([SENT_START], _column(starts))
    return doc


def cap_sentence_length(texts: list[str], starts: list[int], limit: int = MAX_SENTENCE_TOKENS) -> None:
    """Add sentence starts (1 in ``starts``) so that no sentence is longer than ``limit`` tokens."""
    n = len(texts)
    start = 0
    while start < n:
        # list.index scans in C: this check costs next to nothing on ordinary text.
        try:
            end = starts.index(1, start + 1)
        except ValueError:
            end = n
        pos, start = start, end
        while end - pos > limit:
            # A piece is at least a quarter of the limit long, so each token is looked at a bounded number of times.
            cut = _cut(texts, pos + max(1, limit // 4), pos + limit, end)
            starts[cut] = 1
            pos = cut


def _cut(texts: list[str], lo: int, hi: int, end: int) -> int:
    """Where to start the next sentence in [lo, hi]: after the last line break, else after the last ; or :,
    else after the last comma, else at hi (moved back over whitespace)."""
    for cut_after in _CUT_AFTER:
        for k in range(hi - 1, lo - 2, -1):
            if cut_after(texts[k]):
                c = k + 1
                while c < end and texts[c].isspace():
                    c += 1
                if lo <= c <= hi:
                    return c
    c = hi
    while c > lo and texts[c].isspace():
        c -= 1
    return c


def _line_break_ends_sentence(texts: list[str], i: int) -> bool:
    """Whether the whitespace token i (containing a line break) separates two sentences."""
    if texts[i].count("\n") >= 2 or "\n" in texts[i].replace(" ", "").replace("\t", "")[1:]:
        return True
    k = i - 1
    while k >= 0 and texts[k].isspace():
        if "\n" in texts[k]:
            return True
        k -= 1
    if k < 0:
        return False
    if texts[k] in LINE_CONTINUES or texts[k].endswith("-"):
        return False
    j, _ = _next_word(texts, i)
    return not (j < len(texts) and texts[j][:1].islower())


def _column(values: list[int]):  # type: ignore[no-untyped-def]
    import numpy

    # spaCy's from_array takes uint64; -1 ("not a start") wraps around and is read back as -1.
    return numpy.asarray(values, dtype="int64").astype("uint64").reshape(-1, 1)
