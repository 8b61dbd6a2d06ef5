"""An optional learned layer over the quotation rules: ``lagebild_quotes_learned`` (opt-in, CC BY-NC-SA 4.0).

The model is trained on german-news-quotes (CC BY-NC-SA 4.0), so it inherits that licence and ships
apart from the Apache-2.0 code, in ``artifacts/quotes-nc/`` (see its LICENSE and RECIPE). Out of the box
lagebild runs the rules only; the component joins the pipeline right after ``lagebild_quotes`` only
when a model file is given (``LAGEBILD_QUOTES_MODEL=artifacts/quotes-nc/quotes-nc.npz``, or
``--quotes-model`` on ``lagebild eval quotes``).

It works on the rules' ``doc._.quotes`` in three steps, each a small linear model over sparse string
features (averaged perceptrons, trained by ``lagebild train quotes``, see ``lagebild.nlp.train_quotes``):

* verify   — every rule quote is scored "no quotation" vs. direct/indirect/reported; a confident
             "no quotation" drops it, and a confident other group re-labels indirect ↔ reported.
* detect   — every sentence no quote touches is scored "none"/indirect/reported from the verbs'
             lemmas and mood, reporting verbs, frames, quotation marks and how far the last quote is;
             a confident sentence becomes a quote (Konjunktiv-I continuations, "free indirect" speech,
             speech acts without content the rules missed).
* speaker  — a ranker over candidate mentions (PER/ORG entities, entity mentions, role nouns, pronouns
             in the quote's sentence, the two before and the one after, plus "no speaker") with features
             such as distance and side relative to the quote and the cue, the word before, entity type and
             the rules' own choice. The rules' speaker is kept when the ranker picks it (or a mention
             overlapping it); otherwise the picked mention replaces it.

Why by hand: no installed library offers a tiny dependency-free sparse linear model whose weights
fit in a few hundred kB and load without pickle; the model is a numpy ``.npz`` of feature names and
weights.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.errors import ModelMissing
from lagebild.nlp.display_names import name_speakers_in_base_form
from lagebild.nlp.extensions import original_text
from lagebild.nlp.quotes_lexicon import QuoteLexicon, load_lexicon
from lagebild.types import Quote, QuoteKind, Speaker, TextSpan

LICENSE_NAME = "CC BY-NC-SA 4.0"
MODEL_FILE = "quotes-nc.npz"
FORMAT_VERSION = 1
# the groups the evaluation counts a quote kind for ("mixed" is indirect speech with quoted fragments)
KIND_GROUP: dict[str, str] = {"direct": "direct", "indirect": "indirect", "mixed": "indirect", "reported": "reported"}
VERIFY_CLASSES = ("none", "direct", "indirect", "reported")
DETECT_CLASSES = ("none", "indirect", "reported")
NULL = "NULL"
_QUOTE_MARKS = "„“”«»‚‘\"'"
# parts of speech whose word itself is a feature next to a speaker candidate ("laut", "sagte", ","); other words
# contribute their part of speech only
_WORD_POS = frozenset({"ADP", "ADV", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"})


# --------------------------------------------------------------------------- linear model


class LinearModel:
    """Sparse linear scores per class: feature name -> weight row (one column per class)."""

    def __init__(self, classes: Sequence[str], weights: dict[str, np.ndarray] | None = None) -> None:
        self.classes = tuple(classes)
        self.weights: dict[str, np.ndarray] = weights or {}
        # the same weights as one matrix, so that scoring is a single numpy sum (built on first use)
        self._rows: dict[str, int] | None = None
        self._matrix = np.zeros((1, len(self.classes)))

    def scores(self, features: Iterable[str]) -> np.ndarray:
        if self._rows is None:
            self._rows = {f: i for i, f in enumerate(self.weights)}
            self._matrix = np.array(list(self.weights.values()), dtype=np.float64).reshape(-1, len(self.classes))
        rows = [r for r in map(self._rows.get, features) if r is not None]
        if not rows:
            return np.zeros(len(self.classes), dtype=np.float64)
        return self._matrix[rows].sum(axis=0)

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        names = sorted(self.weights)
        matrix = np.array([self.weights[n] for n in names], dtype=np.float32).reshape(len(names), len(self.classes))
        return {f"{prefix}.features": np.array(names, dtype=str), f"{prefix}.weights": matrix,
                f"{prefix}.classes": np.array(self.classes, dtype=str)}

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str) -> LinearModel:
        classes = [str(c) for c in arrays[f"{prefix}.classes"]]
        names = arrays[f"{prefix}.features"]
        matrix = arrays[f"{prefix}.weights"].astype(np.float64)
        return cls(classes, {str(n): matrix[i] for i, n in enumerate(names)})


def margin_of(scores: np.ndarray, classes: Sequence[str], negative: str = "none") -> tuple[str, float]:
    """The best class other than ``negative`` and how far its score lies above ``negative``'s."""
    neg = classes.index(negative)
    best = max((i for i in range(len(classes)) if i != neg), key=lambda i: scores[i])
    return classes[best], float(scores[best] - scores[neg])


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


@dataclass
class QuoteModel:
    """The three trained parts and the decision thresholds chosen on held-out training articles."""

    verify: LinearModel
    detect: LinearModel
    speaker: LinearModel
    drop_margin: float = 0.0  # drop a rule quote when "none" beats the best quotation class by more
    group_drop: dict[str, float] = field(default_factory=dict)  # drop margin per kind group (else drop_margin)
    relabel_margin: float = 0.0  # re-label indirect <-> reported when the other group wins by more
    add_margin: float = 0.0  # add a sentence when its best quotation class beats "none" by more
    meta: dict[str, Any] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = dict(self.meta, format=FORMAT_VERSION, license=LICENSE_NAME, drop_margin=self.drop_margin,
                    group_drop=self.group_drop, relabel_margin=self.relabel_margin, add_margin=self.add_margin)
        arrays = {**self.verify.to_arrays("verify"), **self.detect.to_arrays("detect"),
                  **self.speaker.to_arrays("speaker"), "meta": np.array(json.dumps(meta, sort_keys=True))}
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]  # numpy's stub types **kwds too narrowly

    @classmethod
    def load(cls, path: Path) -> QuoteModel:
        if path.is_dir():
            path = path / MODEL_FILE
        if not path.is_file():
            raise ModelMissing(str(path), "the learned quotation model is optional; see artifacts/quotes-nc/README.md")
        with np.load(path, allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            if meta.get("format") != FORMAT_VERSION:
                raise ModelMissing(str(path), f"format {meta.get('format')} is not {FORMAT_VERSION}; retrain it")
            return cls(LinearModel.from_arrays(arrays, "verify"), LinearModel.from_arrays(arrays, "detect"),
                       LinearModel.from_arrays(arrays, "speaker"), drop_margin=float(meta["drop_margin"]),
                       group_drop={k: float(v) for k, v in meta.get("group_drop", {}).items()},
                       relabel_margin=float(meta["relabel_margin"]), add_margin=float(meta["add_margin"]), meta=meta)


@lru_cache(maxsize=4)
def load_model(path: str) -> QuoteModel:
    return QuoteModel.load(Path(path))


# --------------------------------------------------------------------------- features


def _bucket(n: int, edges: Sequence[int] = (0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@dataclass(frozen=True)
class Candidate:
    """A mention that may be a quote's speaker (token range, char range, what kind of mention)."""

    start: int  # token index
    end: int
    kinds: frozenset[str]
    entity: str | None = None


class DocFeatures:
    """Everything the three models read from one processed doc, computed once per doc."""

    def __init__(self, doc: Doc, lex: QuoteLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = original_text(doc)
        self.sents = [(s.start, s.end) for s in doc.sents] if len(doc) else []
        self.token_ends = [t.idx + len(t.text) - 1 for t in doc]  # last character of each token
        self.sent_of = np.zeros(len(doc), dtype=np.int32)
        for n, (s, e) in enumerate(self.sents):
            self.sent_of[s:e] = n
        self.newline_before = [n == 0 or "\n" in self.text[doc[self.sents[n - 1][1] - 1].idx:doc[s].idx]
                               for n, (s, _) in enumerate(self.sents)]
        first_break = self.text.find("\n")
        self.headline_end = first_break if first_break >= 0 else -1
        self.entity_mentions: dict[str, int] = {}
        for _, _, ent_id in doc._.speaker_mentions or []:
            self.entity_mentions[ent_id] = self.entity_mentions.get(ent_id, 0) + 1
        self.entity_names = {e.id: e.name for e in doc._.entities or []}
        self.sentence_cache: dict[int, list[str]] = {}
        self.candidates = self._candidates()

    # ---------------------------------------------------------------- tokens

    def char_sentence(self, char: int) -> int:
        return int(self.sent_of[self.token_at(char)])

    def token_at(self, char: int) -> int:
        """The index of the token that holds (or first follows) a character offset."""
        return min(bisect.bisect_left(self.token_ends, char), len(self.doc) - 1)

    def sentence_span(self, n: int) -> tuple[int, int]:
        s, e = self.sents[n]
        start = self.doc[s].idx
        last = self.doc[e - 1]
        end = last.idx + len(last.text)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    def cue_lemma(self, tok: Token) -> tuple[str, bool, bool] | None:
        low = tok.lower_
        verb = self.lex.joined.get(low)
        if verb is None:
            verbs = self.lex.finite.get(low)
            verb = verbs[0] if verbs else None
        if verb is None or (tok.text[:1].isupper() and not tok.is_sent_start):
            return None
        return verb.lemma, verb.says, verb.act

    @staticmethod
    def mood(tok: Token) -> str | None:
        if "Sub" in tok.morph.get("Mood", []):
            return "II" if "Past" in tok.morph.get("Tense", []) else "I"
        if "Ind" in tok.morph.get("Mood", []):
            return "Ind"
        return None

    # ---------------------------------------------------------------- sentences

    def sentence_features(self, n: int, quote_sents: dict[int, list[str]]) -> list[str]:
        """Features of sentence n; ``quote_sents`` maps sentence index -> kinds of the quotes in it."""
        cached = self.own_features(n)
        feats = list(cached)
        last = next((d for d in range(1, 6) if n - d in quote_sents), 0)
        feats.append(f"last_q={last}")
        if last:
            for kind in quote_sents[n - last]:
                feats.append(f"last_q_kind={kind}|{last}")
        if n + 1 in quote_sents:
            feats.extend(f"next_q_kind={k}" for k in quote_sents[n + 1])
        for k in quote_sents.get(n, []):
            feats.append(f"own_q={k}")
        if n > 0:
            prev = self.sentence_cache.get(-n)
            if prev is None:
                prev = [f"prev_{f}" for f in self.own_features(n - 1) if f.startswith(("mood", "cue", "qm"))]
                self.sentence_cache[-n] = prev
            feats.extend(prev)
            if "mood=I" in cached and "prev_mood=I" in prev:
                feats.append("konj1_run")
        return feats

    def own_features(self, n: int) -> list[str]:
        """Features of sentence n on its own (cached per doc)."""
        cached = self.sentence_cache.get(n)
        if cached is None:
            cached = self._own_sentence_features(n)
            self.sentence_cache[n] = cached
        return cached

    def _own_sentence_features(self, n: int) -> list[str]:
        doc = self.doc
        s, e = self.sents[n]
        toks = [t for t in doc[s:e] if not t.is_space]
        feats = ["bias", f"len={_bucket(len(toks), (3, 6, 10, 15, 25, 40))}"]
        if not toks:
            return feats
        feats.append(f"w0={toks[0].lower_}")
        feats.append(f"p0={toks[0].pos_}")
        if len(toks) > 1:
            feats.append(f"p01={toks[0].pos_}_{toks[1].pos_}")
        feats.append(f"end={toks[-1].text if toks[-1].is_punct else 'word'}")
        if self.newline_before[n]:
            feats.append("par_start")
        if n == 0 or (self.headline_end >= 0 and toks[0].idx < self.headline_end):
            feats.append("headline")
        moods: set[str] = set()
        for t in toks:
            if t.pos_ in ("VERB", "AUX"):
                feats.append(f"vl={t.lemma_}")
                m = self.mood(t)
                if m:
                    moods.add(m)
                    if m != "Ind":
                        feats.append(f"vl_mood={t.lemma_}|{m}")
            cue = self.cue_lemma(t)
            if cue is not None:
                feats.append(f"cue={cue[0]}")
                feats.append(f"cue_says={cue[1]}|act={cue[2]}")
            if t.is_quote or t.text in _QUOTE_MARKS:
                feats.append("qm")
            if t.ent_type_ in ("PER", "ORG"):
                feats.append(f"ent={t.ent_type_}")
            if t.lower_ in self.lex.pronouns and t.i - s <= 3:
                feats.append(f"pron_front={t.lower_}")
            if t.lower_ in ("laut", "zufolge", "demnach", "wonach", "angaben", "soll", "sollen", "sollte"):
                feats.append(f"marker={t.lower_}")
        feats.extend(f"mood={m}" for m in sorted(moods))
        if not moods:
            feats.append("mood=none")
        if toks[0].is_quote or toks[0].text in _QUOTE_MARKS:
            feats.append("qm_start")
        return sorted(set(feats))

    # ---------------------------------------------------------------- quotes

    def quote_features(self, q: Quote, quote_sents: dict[int, list[str]]) -> list[str]:
        n = self.char_sentence(q.start)
        sent_start, sent_end = self.sentence_span(n)
        kind = q.kind
        feats = [f"S:{f}" for f in self.sentence_features(n, quote_sents)]
        cover = (q.end - q.start) / max(1, sent_end - sent_start)
        feats += [
            f"kind={kind}", f"conf={q.confidence:.2f}", f"cover={min(10, int(cover * 5))}",
            f"has_speaker={q.speaker.mention is not None}|{kind}", f"has_cue={q.cue is not None}|{kind}",
            f"speaker_entity={q.speaker.entity is not None}", f"medium={q.medium is not None}",
            f"qlen={_bucket(len(q.text.split()), (2, 4, 8, 15, 30))}|{kind}",
        ]
        if q.cue is not None:
            feats.append(f"cue_text={q.cue.text.lower()}")
            feats.append(f"cue_text={q.cue.text.lower()}|{kind}")
        if q.speaker.mention is not None:
            m = q.speaker.mention.text.split()
            feats.append(f"speaker_first={m[0].lower() if m else ''}")
            feats.append(f"speaker_words={_bucket(len(m), (1, 2, 3, 5, 8))}")
        starts_mark = q.text.lstrip()[:1] in _QUOTE_MARKS
        feats.append(f"q_starts_mark={starts_mark}|{kind}")
        for f in self.own_features(n):
            if f.startswith(("mood=", "qm", "marker=", "cue_says")):
                feats.append(f"{kind}|{f}")
        return feats

    # ---------------------------------------------------------------- speakers

    def _candidates(self) -> list[Candidate]:
        doc, lex = self.doc, self.lex
        by_span: dict[tuple[int, int], tuple[set[str], str | None]] = {}

        def add(s: int, e: int, kind: str, entity: str | None = None) -> None:
            kinds, ent = by_span.setdefault((s, e), (set(), None))
            kinds.add(kind)
            if entity and not ent:
                by_span[(s, e)] = (kinds, entity)

        for ent in doc.ents:
            if ent.label_ in ("PER", "ORG"):
                add(ent.start, ent.end, ent.label_)
        for cs, ce, ent_id in doc._.speaker_mentions or []:
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is not None and len(span):
                add(span.start, span.end, "MENTION", ent_id)
        roles = _role_matcher(lex)
        # one-word frames that are themselves the annotated source ("Demnach …", "Berichten zufolge")
        frame_words = {f.words[0] for f in lex.frames if len(f.words) == 1}
        for t in doc:
            low = t.lower_
            if t.pos_ == "PRON":
                add(t.i, t.i + 1, "PRON" if low in lex.pronouns else "PRON_OTHER")
            elif low in frame_words:
                add(t.i, t.i + 1, "FRAMEWORD")
            elif t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper():
                s = t.i
                while s > 0 and doc[s - 1].pos_ in ("DET", "ADJ", "NUM") and self.sent_of[s - 1] == self.sent_of[t.i]:
                    s -= 1
                role = roles(low)
                # any other noun phrase may be a source too ("Beobachter", "Berichten", "eine Stellungnahme")
                add(s, t.i + 1, role if role is not None else "NOUN")
        return [Candidate(s, e, frozenset(k), ent) for (s, e), (k, ent) in sorted(by_span.items())]

    def speaker_candidates(self, q: Quote) -> list[tuple[Candidate | None, list[str]]]:
        """(candidate, features) for every candidate near the quote, and (None, features) for "no speaker"."""
        doc = self.doc
        qs_tok = self.token_at(q.start)
        qe_tok = self.token_at(max(q.start, q.end - 1))
        first_sent = int(self.sent_of[qs_tok])
        last_sent = int(self.sent_of[qe_tok])
        lo, hi = max(0, first_sent - 2), min(len(self.sents) - 1, last_sent + 1)
        kind = KIND_GROUP.get(q.kind, q.kind)
        cue_tok = self.token_at(q.cue.start) if q.cue is not None else None
        rule = q.speaker.mention
        in_window = [c for c in self.candidates if lo <= self.sent_of[c.start] <= hi]
        # distance rank among the candidates on the same side of the quote
        before = sorted((c for c in in_window if c.end <= qs_tok), key=lambda c: qs_tok - c.end)
        after = sorted((c for c in in_window if c.start > qe_tok), key=lambda c: c.start - qe_tok)
        rank = {id(c): r for r, c in enumerate(before)}
        rank.update({id(c): r for r, c in enumerate(after)})
        out: list[tuple[Candidate | None, list[str]]] = []
        for c in in_window:
            cs, ce = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1].text)
            if c.end <= qs_tok:
                side, dist = "before", qs_tok - c.end
            elif c.start > qe_tok:
                side, dist = "after", c.start - qe_tok
            else:
                side, dist = "inside", 0
            sd = int(self.sent_of[c.start]) - (first_sent if side != "after" else last_sent)
            feats = [f"side={side}", f"sd={sd}", f"side_sd={side}|{sd}", f"dist={_bucket(dist)}|{side}",
                     f"rank={min(rank.get(id(c), 9), 5)}|{side}", f"k={kind}|side={side}|sd={sd}"]
            for ck in c.kinds:
                feats += [f"type={ck}", f"type={ck}|{side}|{sd}", f"type={ck}|k={kind}",
                          f"type={ck}|rank={min(rank.get(id(c), 9), 3)}|{side}"]
            if c.end - c.start == 1:
                feats.append(f"word={doc[c.start].lower_}|{side}")
            prev = doc[c.start - 1] if c.start > 0 else None
            nxt = doc[c.end] if c.end < len(doc) else None
            feats.append(f"prev={_word_or_pos(prev, '^')}")
            feats.append(f"next={_word_or_pos(nxt, '$')}")
            head = doc[c.end - 1]
            feats.append(f"head_pos={head.pos_}|{side}")
            for where, tok in (("prev", prev), ("next", nxt)):
                cue = self.cue_lemma(tok) if tok is not None else None
                if cue is not None:
                    feats.append(f"{where}_cue|says={cue[1]}")
                    feats.extend(f"{where}_cue|type={ck}" for ck in c.kinds)
                    if cue_tok is not None and tok is not None and tok.i == cue_tok:
                        feats.append(f"{where}_is_quote_cue")
            if c.start == self.sents[self.sent_of[c.start]][0]:
                feats.append("sent_initial")
            if c.entity is not None:
                feats.append(f"mentions={_bucket(self.entity_mentions.get(c.entity, 0), (1, 2, 4, 8))}")
            if cue_tok is not None:
                delta = c.start - cue_tok if c.start > cue_tok else c.end - 1 - cue_tok
                feats.append(f"cue_delta={'+' if delta > 0 else '-'}{_bucket(abs(delta), (1, 2, 3, 5, 8, 15))}")
                lo_t, hi_t = (c.end, cue_tok) if c.end <= cue_tok else (cue_tok + 1, c.start)
                comma = any(doc[t].text in {",", ";", ":"} for t in range(lo_t, hi_t))
                feats.append(f"cue_same_clause={not comma}|{'+' if delta > 0 else '-'}")
                feats.extend(f"cue_delta={'+' if delta > 0 else '-'}{_bucket(abs(delta), (1, 3, 8))}|type={ck}"
                             for ck in c.kinds)
            else:
                feats.append("no_cue")
            if rule is not None:
                if rule.start == cs and rule.end == ce:
                    feats.append("rule=exact")
                elif rule.start < ce and cs < rule.end:
                    feats.append("rule=overlap")
                    if cs <= rule.start and rule.end <= ce or rule.start <= cs and ce <= rule.end:
                        feats.append("rule=nested")
                else:
                    feats.append("rule=other")
            else:
                feats.append("rule=none")
            out.append((c, feats))
        # the rules' mention when no candidate covers it ("Eine mit den Verhandlungen vertraute Person")
        if rule is not None and not any(f[0] is not None and "rule=exact" in f[1] for f in out):
            span = doc.char_span(rule.start, rule.end, alignment_mode="expand")
            if span is not None and len(span):
                cand = Candidate(span.start, span.end, frozenset({"RULE"}), q.speaker.entity)
                out.append((cand, ["type=RULE", f"type=RULE|k={kind}", "rule=exact", "rule_only"]))
        null = [NULL, f"{NULL}|k={kind}", f"{NULL}|rule={'none' if rule is None else 'some'}",
                f"{NULL}|cue={q.cue is not None}", f"{NULL}|n={_bucket(len(out), (0, 1, 2, 4, 8))}",
                f"{NULL}|conf={q.confidence:.2f}"]
        out.append((None, null))
        return out

    def speaker_from(self, cand: Candidate, q: Quote) -> Speaker:
        """The Speaker for a picked candidate (the rules' speaker when the candidate is, or overlaps, it)."""
        doc = self.doc
        cs, ce = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1].text)
        rule = q.speaker.mention
        if rule is not None and rule.start < ce and cs < rule.end:
            return q.speaker
        entity = cand.entity
        if entity is None:
            entity = next((ent_id for s, e, ent_id in doc._.speaker_mentions or [] if s < ce and cs < e), None)
        name = self.entity_names.get(entity) if entity else None
        if name is None and "PRON" in cand.kinds:
            # a pronoun without a resolved entity: the nearest person named before it
            person = max((c for c in self.candidates if c.end <= cand.start and "PER" in c.kinds),
                         key=lambda c: c.end, default=None)
            if person is not None:
                entity = person.entity
                name = doc[person.start:person.end].text
        return Speaker(TextSpan(cs, ce, self.text[cs:ce]), entity, name or self.text[cs:ce])


def _word_or_pos(tok: Token | None, edge: str) -> str:
    if tok is None:
        return edge
    return tok.lower_ if tok.pos_ in _WORD_POS else tok.pos_


_ROLE_MATCHERS: dict[int, tuple[QuoteLexicon, Callable[[str], str | None]]] = {}


def _role_matcher(lex: QuoteLexicon) -> Callable[[str], str | None]:
    """word -> "ROLE" / "ORGNOUN" / None: the word ends in a person role or organisation noun of the lexicon
    ("Finanzministerin" ends in "ministerin"). One per lexicon, its answers cached for the process."""
    known = _ROLE_MATCHERS.get(id(lex))
    if known is not None and known[0] is lex:
        return known[1]
    suffixes: dict[str, str] = {o.lower(): "ORGNOUN" for o in lex.organisation_nouns}
    suffixes.update({r.lower(): "ROLE" for r in lex.person_roles})
    longest = max((len(k) for k in suffixes), default=0)

    @lru_cache(maxsize=100_000)
    def match(low: str) -> str | None:
        # longest suffix first, as the lexicon orders role nouns longest first
        for i in range(max(0, len(low) - longest), len(low)):
            kind = suffixes.get(low[i:])
            if kind is not None:
                return kind
        return None

    _ROLE_MATCHERS[id(lex)] = (lex, match)
    return match


# --------------------------------------------------------------------------- applying the model


def quote_sentences(feats: DocFeatures, quotes: Sequence[Quote]) -> dict[int, list[str]]:
    """Sentence index -> kinds of the quotes starting in it."""
    out: dict[int, list[str]] = {}
    for q in quotes:
        out.setdefault(feats.char_sentence(q.start), []).append(q.kind)
    return out


def free_sentences(feats: DocFeatures, quotes: Sequence[Quote]) -> list[int]:
    """Sentences that no quote touches (candidates for detection)."""
    out = []
    for n in range(len(feats.sents)):
        s, e = feats.sentence_span(n)
        if e - s < 2 or not any(ch.isalpha() for ch in feats.text[s:e]):
            continue
        if not any(q.start < e and s < q.end for q in quotes):
            out.append(n)
    return out


def pick_speaker(model: LinearModel, feats: DocFeatures, q: Quote) -> Speaker:
    options = feats.speaker_candidates(q)
    best = max(range(len(options)), key=lambda i: (float(model.scores(options[i][1])[0]), -i))
    cand = options[best][0]
    return Speaker() if cand is None else feats.speaker_from(cand, q)


def apply_model(doc: Doc, model: QuoteModel, lex: QuoteLexicon | None = None) -> list[Quote]:
    """The doc's quotes after verification, detection and speaker ranking (a new list; the doc is not changed)."""
    rules: list[Quote] = list(doc._.quotes or [])
    feats = DocFeatures(doc, lex or load_lexicon())
    if not feats.sents:
        return rules
    by_sentence = quote_sentences(feats, rules)
    kept: list[Quote] = []
    for q in rules:
        scores = model.verify.scores(feats.quote_features(q, by_sentence))
        best, margin = margin_of(scores, model.verify.classes)
        group = KIND_GROUP.get(q.kind, "indirect")
        if margin < -model.group_drop.get(group, model.drop_margin):
            continue
        if group in ("indirect", "reported") and q.kind != "mixed":
            other = "reported" if group == "indirect" else "indirect"
            classes = model.verify.classes
            if scores[classes.index(other)] - scores[classes.index(group)] > model.relabel_margin:
                q = replace(q, kind=other)  # type: ignore[arg-type]
        kept.append(replace(q, confidence=round(q.confidence * (0.5 + 0.5 * sigmoid(margin)), 4)))
    by_sentence = quote_sentences(feats, kept)
    added: list[Quote] = []
    # a margin this high means training found additions not worth it: skip the work
    for n in free_sentences(feats, kept) if model.add_margin < 1e8 else []:
        best, margin = margin_of(model.detect.scores(feats.sentence_features(n, by_sentence)), model.detect.classes)
        if margin <= model.add_margin:
            continue
        s, e = feats.sentence_span(n)
        kind: QuoteKind = "reported" if best == "reported" else "indirect"
        added.append(Quote(id="", doc=doc._.doc_id, start=s, end=e, text=feats.text[s:e], kind=kind, statement="",
                           confidence=round(0.25 + 0.35 * sigmoid(margin), 4)))
    out = sorted(kept + added, key=lambda q: (q.start, q.end))
    for i, q in enumerate(out):
        out[i] = replace(q, speaker=pick_speaker(model.speaker, feats, q))
    name_speakers_in_base_form(doc, out)
    return renumber(doc._.doc_id, out)


def renumber(doc_id: str, quotes: list[Quote]) -> list[Quote]:
    """Ids in text order. Rule quotes keep their statements (renumbered); an added quote (empty statement)
    continues the statement before it when the speaker's name is the same, else starts its own."""
    mapping: dict[str, str] = {}
    count = 0
    result: list[Quote] = []
    for n, q in enumerate(quotes, start=1):
        prev = result[-1] if result else None
        if not q.statement:
            if prev is not None and q.speaker.name and prev.speaker.name == q.speaker.name:
                statement = prev.statement
            else:
                count += 1
                statement = f"{doc_id}#s{count}"
        else:
            if q.statement not in mapping:
                count += 1
                mapping[q.statement] = f"{doc_id}#s{count}"
            statement = mapping[q.statement]
        result.append(replace(q, id=f"{doc_id}#q{n}", statement=statement))
    return result


@Language.factory("lagebild_quotes_learned", assigns=["doc._.quotes"], requires=["doc._.quotes"],
                  default_config={"model_path": ""})
def make_quotes_learned(nlp: Language, name: str, model_path: str) -> QuotesLearned:
    return QuotesLearned(load_model(str(Path(model_path).resolve())))


class QuotesLearned:
    """The pipeline component: re-scores, adds and re-attributes ``doc._.quotes`` with a trained QuoteModel."""

    def __init__(self, model: QuoteModel) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = apply_model(doc, self.model)
        return doc
