"""``lagebild_morphology``: UPOS, STTS, lemma and verb morphology (Mood, Tense, Person, Number).

Design (chosen for speed: HanTa, the best packaged German tagger, runs at ~2k words/s and has no mood):

* STTS tags come from a greedy averaged perceptron trained offline (``lagebild train morphology``) with a
  tag dictionary that answers frequent unambiguous words without scoring. UPOS is derived from the STTS
  tag plus word-specific exceptions learnt from UD German-GSD dev (e.g. AUX vs VERB).
* Lemmas come from the baked lexicon (GSD dev, HanTa, spacy-lookups-data), then simple suffix rules.
* Finite verbs get ``VerbForm=Fin|Mood|Tense|Person|Number`` from ``data/morph/verb_forms.tsv``
  (irregular and unique forms) or from their endings relative to the lemma, disambiguated by the
  clause's subject ("ich habe" Ind, "er habe" Konjunktiv I, "es gebe" Konjunktiv I, "sie planen" Ind)
  and by conditional context for forms that are identical in the past indicative and Konjunktiv II
  ("wenn er mehr Geld hätte/plante", "sollte"). Konjunktiv I = Mood=Sub|Tense=Pres, II = Mood=Sub|Tense=Past.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.train_morphology import (
    MODEL_FILE,
    coarse,
    features,
    load_clusters,
    upos_features,
    upos_weights_path,
    weights_path,
    word_cluster,
)
from lagebild.settings import PACKAGE_DATA

VERB_FORMS_FILE = PACKAGE_DATA / "morph" / "verb_forms.tsv"

# Analyses are (mood, tense, person, number).
Analysis = tuple[str, str, str, str]

SUBJECT_PRONOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "ich": (("1", "Sing"),),
    "du": (("2", "Sing"),),
    "er": (("3", "Sing"),),
    "es": (("3", "Sing"),),
    "man": (("3", "Sing"),),
    "wir": (("1", "Plur"),),
    "ihr": (("2", "Plur"),),
    "sie": (("3", "Sing"), ("3", "Plur")),
}
CLAUSE_DELIMITERS = frozenset(
    {",", ";", ":", "(", ")", "„", "“", "”", "»", "«", '"', "–", "-", "—", "und", "oder", "aber", "sondern", "denn"}
)
CONDITIONAL_WORDS = frozenset({"wenn", "falls", "sofern", "ob", "würde", "würden", "wäre", "wären", "hätte", "hätten"})
PAST_MARKERS = frozenset(
    {"damals", "gestern", "zuvor", "ursprünglich", "früher", "vorher", "bereits", "einst", "eigentlich"}
)
UMLAUTS = frozenset("äöü")
# Standard STTS → UPOS for tags GSD dev never shows (GSD splits "am" = "an dem", so no APPRART).
_STTS_UPOS = {
    "APPRART": "ADP",
    "APZR": "ADP",
    "PTKANT": "INTJ",
    "ITJ": "INTJ",
    "VAIMP": "AUX",
    "VVIMP": "VERB",
    "PPOSS": "PRON",
    "PWAT": "DET",
    "PRELAT": "DET",
    "PTKA": "ADV",
    "NNE": "PROPN",
}
_QUOTE_OPENERS = frozenset({"„", "»", '"', "“", ":"})
_MODALS = frozenset({"können", "müssen", "dürfen", "sollen", "wollen", "mögen"})
# Table forms that are also common non-verbs ("weiß" white, "wart", "sein" possessive…): never forced to verbs.
_NOT_ONLY_VERBS = frozenset({"weiß", "weiss", "wart", "mag", "hab", "will"})


@dataclass(frozen=True)
class TaggerModel:
    tagdict: dict[str, str]
    feature_rows: dict[str, int]  # feature → row of ``matrix``
    matrix: numpy.ndarray  # averaged perceptron weights, features × classes (float32), plus a zero row
    classes: list[str]
    xpos_upos: dict[str, str]
    word_upos: dict[str, str]
    lemmas: dict[str, str]
    lookup_lemmas: dict[str, str]
    clusters: dict[str, int] = field(default_factory=dict)
    # UPOS refiner: a second perceptron for STTS tags whose UPOS depends on context (NN → NOUN/PROPN, …).
    refine_xpos: frozenset[str] = frozenset()
    upos_weights: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)  # feature → (class, weight)
    upos_classes: list[str] = field(default_factory=list)
    name_nouns: frozenset[str] = frozenset()  # nouns with a PROPN weight of their own in the refiner
    name_clusters: frozenset[str] = frozenset()  # word clusters with a PROPN weight for nouns in the refiner

    def may_be_name(self, words: list[str], lowers: list[str], i: int, initial: bool) -> bool:
        """Whether the noun at i can be part of a name (GSD: PROPN) at all: a capitalised or hyphen neighbour
        ("Europäische Union", "IG Metall", "Strack-Zimmermann"), an acronym ("EG"), or a word or word cluster the
        refiner weighs towards PROPN ("Union", month names). Other nouns are NOUN without scoring (saves most
        refiner calls)."""
        word = words[i]
        if lowers[i] in self.name_nouns or word.isupper():
            return True
        if i > 0 and not initial and (words[i - 1][:1].isupper() or words[i - 1] == "-"):
            return True
        if i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1] == "-"):
            return True
        return word_cluster(word, self.clusters) in self.name_clusters

    def refine_upos(self, words: list[str], lowers: list[str], tags: list[str], i: int, end: int, initial: bool) -> str:
        """The UPOS of word i (whose tag is in ``refine_xpos``) in its sentence context (sentence ends at ``end``)."""
        # Sparse pure-Python scoring: each refiner feature has weights for one to three classes, so this is
        # several times faster than a numpy row sum (whose per-call overhead dominates for ~12 rows).
        scores = [0.0] * len(self.upos_classes)
        weights = self.upos_weights
        for f in upos_features(words, lowers, tags, i, end, initial, word_cluster(words[i], self.clusters)):
            ws = weights.get(f)
            if ws is not None:
                for c, v in ws:
                    scores[c] += v
        return self.upos_classes[scores.index(max(scores))]

    def predict(self, feats: list[str]) -> str:
        # One numpy row sum instead of a Python loop over per-class weights: ~50x faster per word. Unknown
        # features map to the matrix's last row, which is all zeros; ``take`` is ~2x faster than fancy indexing.
        rows: list[int] = list(map(self.feature_rows.get, feats, repeat(self.matrix.shape[0] - 1)))  # type: ignore[arg-type]
        return self.classes[int(self.matrix.take(rows, axis=0).sum(axis=0).argmax())]

    def tag(self, words: list[str], initial: list[bool]) -> list[str]:
        """STTS tags for one stream of words; ``initial`` marks sentence starts (tag history resets)."""
        lowers = [w.lower() for w in words]
        tags: list[str] = []
        prev, prev2 = "<s>", "<s2>"
        tagdict = self.tagdict
        for i, w in enumerate(words):
            # A direct quote starts like a sentence („Stoppt den Krieg!“): same features, fresh tag history.
            ini = initial[i] or (i > 0 and words[i - 1] in _QUOTE_OPENERS)
            if ini:
                prev, prev2 = "<s>", "<s2>"
            tag = tagdict.get(w) or _punctuation_tag(w)
            if tag is None:
                tag = self.predict(features(words, lowers, i, prev, prev2, ini, word_cluster(w, self.clusters)))
            tags.append(tag)
            prev2, prev = prev, tag
        return tags

    def upos(self, word: str, xpos: str) -> str:
        found = self.word_upos.get(word.lower() + "\t" + xpos) or self.xpos_upos.get(xpos)
        if found is None:
            return "PUNCT" if xpos.startswith("$") else _STTS_UPOS.get(xpos, "X")
        return found

    def verb_lemma(self, low: str) -> str | None:
        """The verb lemma of a lower-case form if the lexicons know it as a verb form (not as an adjective)."""
        if low + "\tA" in self.lemmas:
            return None
        lemma = self.lemmas.get(low + "\tV") or self.lookup_lemmas.get(low)
        if lemma is None or not lemma.endswith("n") or lemma == low:
            return None
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        return lemma if low.startswith(stem[: max(2, len(stem) - 2)]) else None

    def repair_verbs(self, words: list[str], lowers: list[str], tags: list[str], initial: list[bool]) -> None:
        """Finite verbs the perceptron rarely saw (Konjunktiv I/II after a noun subject, "Die Maßnahme zeige
        Wirkung") get adjective/adverb tags; a known verb form right after a subject-like word is finite."""
        table = verb_forms()
        for j, tag in enumerate(tags):
            if (
                (initial[j] or (j > 0 and words[j - 1] in _QUOTE_OPENERS))
                and tag in ("NE", "NN")
                and j + 1 < len(tags)
                and tags[j + 1] in ("PPER", "ART", "PIS")
            ):
                # Sentence-initial verbs look like names to the perceptron ("Sagen Sie …", "Könnte die …"):
                # ask again as a lower-case word in mid-sentence.
                retry = self.tagdict.get(lowers[j]) or self.predict(
                    features(
                        lowers,
                        lowers,
                        j,
                        tags[j - 1] if j else "<s>",
                        tags[j - 2] if j > 1 else "<s2>",
                        False,
                        word_cluster(lowers[j], self.clusters),
                    )
                )
                if retry[0] == "V":
                    tags[j] = retry
                    tag = retry
            if tag[0] == "V" or tag[0] == "$" or tag in ("ART", "APPR", "KON", "KOUS", "PPER", "PRF"):
                continue
            low = lowers[j]
            entry = table.get(low)
            if entry is not None and low != entry[0] and low not in _NOT_ONLY_VERBS:
                lemma = entry[0]
            elif tag in ("ADJA", "ADJD", "ADV", "NN", "NE") and (not initial[j] or tag not in ("NN", "NE")):
                if words[j][:1].isupper() and not initial[j]:
                    continue
                prev = tags[j - 1] if j > 0 else ""
                if prev not in ("NN", "NE", "PPER", "PIS", "PDS", "$,") or not low.endswith(("e", "en", "t")):
                    continue
                found = self.verb_lemma(low)
                if found is None:
                    continue
                lemma = found
            else:
                continue
            tags[j] = "VAFIN" if lemma in ("sein", "haben", "werden") else "VMFIN" if lemma in _MODALS else "VVFIN"

    def lemma(self, word: str, xpos: str, initial: bool) -> str:
        key_class = "\t" + coarse(xpos)
        found = self.lemmas.get(word + key_class)
        if found is None and (initial or word.isupper()) and xpos not in ("NN", "NE"):
            found = self.lemmas.get(word.lower() + key_class) or self.lookup_lemmas.get(word.lower())
        if found is None:
            if xpos == "NE" or (word.isupper() and len(word) > 1):
                return word  # names and acronyms are their own lemma ("AFP", not "Afp")
            found = self.lookup_lemmas.get(word)
        if found is not None:
            return found
        return _rule_lemma(word, xpos, initial)


@lru_cache(maxsize=4096)
def _punctuation_tag(word: str) -> str | None:
    """STTS for pure punctuation tokens ("„", "–", "?!"), so the perceptron never guesses them."""
    if not all(unicodedata.category(ch).startswith("P") for ch in word):
        return None
    if word in (",",):
        return "$,"
    if all(ch in ".!?…;:" for ch in word):
        return "$."
    return "$("


def _rule_lemma(word: str, xpos: str, initial: bool) -> str:
    """Last resort for words in no lexicon: strip the commonest inflection endings."""
    if xpos in ("NN", "NE", "FM", "XY", "CARD") or not word[:1].isalpha():
        return word
    low = word.lower() if initial or xpos.startswith(("V", "ADJ")) else word
    if xpos == "ADJA":
        for suffix in ("en", "em", "er", "es", "e"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                return low[: -len(suffix)]
    if xpos in ("VVFIN", "VVIMP"):
        for suffix in ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                stem = low[: -len(suffix)]
                return stem + ("n" if stem.endswith(("el", "er")) else "en")
    return low


@lru_cache(maxsize=2)
def load_tagger(path: Path = MODEL_FILE) -> TaggerModel:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    with numpy.load(weights_path(path)) as npz:
        names = npz["features"].tolist()
        matrix = npz["matrix"].astype("float32")
    matrix = numpy.vstack([matrix, numpy.zeros((1, matrix.shape[1]), dtype="float32")])  # row for unknown features
    upos_weights: dict[str, tuple[tuple[int, float], ...]] = {}
    upos_classes: list[str] = []
    refine = upos_weights_path(path)
    if refine.exists():
        with numpy.load(refine) as npz:
            upos_classes = npz["classes"].tolist()
            upos_matrix = npz["matrix"].astype("float32")
            for name, row in zip(npz["features"].tolist(), upos_matrix, strict=True):
                nonzero = row.nonzero()[0]
                upos_weights[name] = tuple((int(c), float(row[c])) for c in nonzero)
    return TaggerModel(
        tagdict=data["tagdict"],
        feature_rows={f: k for k, f in enumerate(names)},
        matrix=matrix,
        classes=data["classes"],
        xpos_upos=data["xpos_upos"],
        word_upos=data["word_upos"],
        lemmas=data["lemmas"],
        lookup_lemmas=data["lookup_lemmas"],
        clusters=load_clusters() if data.get("version", 2) >= 3 else {},
        refine_xpos=frozenset(data.get("refine_xpos", ()) if upos_classes else ()),
        upos_weights=upos_weights,
        upos_classes=upos_classes,
        name_nouns=frozenset(
            f[3:]
            for f, ws in upos_weights.items()
            if f.startswith("wNN") and any(upos_classes[c] == "PROPN" and v > 0 for c, v in ws)
        ),
        name_clusters=frozenset(
            f[3:]
            for f, ws in upos_weights.items()
            if f.startswith("cNN") and any(upos_classes[c] == "PROPN" and v > 0 for c, v in ws)
        ),
    )


@lru_cache(maxsize=1)
def verb_forms(path: Path = VERB_FORMS_FILE) -> dict[str, tuple[str, tuple[Analysis, ...]]]:
    """Lower-case form → (lemma, analyses) from the irregular-verb table."""
    table: dict[str, tuple[str, tuple[Analysis, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, lemma, analyses = line.split("\t")
        parsed = tuple(tuple(a.split(".")) for a in analyses.split())
        table[form] = (lemma, parsed)  # type: ignore[assignment]
    return table


# --------------------------------------------------------------------------- verb mood


def _verb_stem(lemma: str) -> str:
    low = lemma.lower()
    if low.endswith("en"):
        return low[:-2]
    if low.endswith("n"):
        return low[:-1]
    return low


def candidate_analyses(form: str, lemma: str) -> tuple[Analysis, ...]:
    """All analyses a finite verb form can have, from the table or from its endings relative to the lemma."""
    low = form.lower()
    entry = verb_forms().get(low)
    if entry is not None:
        return entry[1]
    stem = _verb_stem(lemma)
    s13 = (("1", "Sing"), ("3", "Sing"))
    p13 = (("1", "Plur"), ("3", "Plur"))

    def a(mood: str, tense: str, pn: tuple[tuple[str, str], ...]) -> list[Analysis]:
        return [(mood, tense, p, n) for p, n in pn]

    # "-eln"/"-ern" verbs drop the e: "handle", "ändre" (ich handle / er handle).
    if stem.endswith(("el", "er")) and low == stem[:-2] + stem[-1] + "e":
        low = stem + "e"
    if stem and low.startswith(stem):
        rest = low[len(stem) :]
        # e-epenthesis ("arbeitet", "rechnet", "atmet"): -et/-est are then indicative, not Konjunktiv I.
        dental = stem.endswith(("d", "t")) or (
            stem.endswith(("m", "n"))
            and len(stem) > 2
            and stem[-2] not in "aeiouäöülr"
            and not (stem[-2] == "h" and stem[-3] in "aeiouäöü")
        )
        if rest == "e":
            # 1sg Konjunktiv I equals the indicative; that reading is Ind by convention.
            return tuple(a("Ind", "Pres", (("1", "Sing"),)) + a("Sub", "Pres", (("3", "Sing"),)))
        if rest in ("en", "n"):
            return tuple(a("Ind", "Pres", p13))
        if rest in ("st",):
            return tuple(a("Ind", "Pres", (("2", "Sing"),)))
        if rest == "t":
            return tuple(a("Ind", "Pres", (("3", "Sing"), ("2", "Plur"))))
        if rest == "est":
            return tuple(a("Ind" if dental else "Sub", "Pres", (("2", "Sing"),)))
        if rest == "et":
            if dental:
                return tuple(a("Ind", "Pres", (("3", "Sing"), ("2", "Plur"))))
            return tuple(a("Sub", "Pres", (("2", "Plur"),)))
        if rest in ("te", "ete"):
            return tuple(a("Ind", "Past", s13) + a("Sub", "Past", s13))
        if rest in ("ten", "eten"):
            return tuple(a("Ind", "Past", p13) + a("Sub", "Past", p13))
        if rest in ("test", "etest"):
            return tuple(a("Ind", "Past", (("2", "Sing"),)))
        if rest in ("tet", "etet"):
            return tuple(a("Ind", "Past", (("2", "Plur"),)))
    # Stem change: strong or mixed verb.
    umlaut_added = any(ch in UMLAUTS for ch in low) and not any(ch in UMLAUTS for ch in stem)
    if low.endswith(("st", "t")) and not low.endswith(("te", "ten")):
        if low.endswith("st"):
            return tuple(a("Ind", "Pres", (("2", "Sing"),)))
        # "gibt", "hält" (present with vowel change) vs "hielt", "bot" (strong past): umlaut or i/ä → present
        if umlaut_added or "i" in low[-3:]:
            return tuple(a("Ind", "Pres", (("3", "Sing"),)))
        return tuple(a("Ind", "Past", s13))
    if low.endswith("e"):
        if umlaut_added or not low.endswith("te"):
            return tuple(a("Sub", "Past", s13))
        return tuple(a("Ind", "Past", s13))
    if low.endswith("en"):
        if umlaut_added:
            return tuple(a("Sub", "Past", p13))
        # strong past plural = Konjunktiv II plural ("stiegen", "gingen"): context decides
        return tuple(a("Ind", "Past", p13) + a("Sub", "Past", p13))
    return tuple(a("Ind", "Past", s13))


def _subject_persons(
    lowers: list[str], xposes: list[str], start: int, end: int, verb: int, candidates: tuple[Analysis, ...]
) -> tuple[tuple[str, str], ...]:
    """Person/number of the clause's subject pronoun. Subject pronouns precede object pronouns ("dass ich
    sie gebe"), so the leftmost pronoun before the verb wins, else the first after it ("Deshalb gebe es");
    a pronoun whose person fits none of the verb's analyses is skipped. No pronoun: 3rd person (a noun)."""
    possible = {(c[2], c[3]) for c in candidates}
    order = list(range(start, verb)) + list(range(verb + 1, end))
    for k in order:
        w = lowers[k]
        persons = SUBJECT_PRONOUNS.get(w)
        if persons is None or (w == "ihr" and xposes[k] != "PPER"):
            continue
        if any(p in possible for p in persons):
            return persons
    return (("3", "Sing"), ("3", "Plur"))


def _clause_bounds(lowers: list[str], sent_start: int, sent_end: int, i: int) -> tuple[int, int]:
    start = i
    while start > sent_start and lowers[start - 1] not in CLAUSE_DELIMITERS:
        start -= 1
    end = i + 1
    while end < sent_end and lowers[end] not in CLAUSE_DELIMITERS:
        end += 1
    return start, end


def choose_analysis(
    lowers: list[str], xposes: list[str], sent_start: int, sent_end: int, i: int, candidates: tuple[Analysis, ...]
) -> Analysis:
    """Pick one analysis using the subject (person/number) and, for Ind/Sub past look-alikes, the context."""
    start, end = _clause_bounds(lowers, sent_start, sent_end, i)
    persons = _subject_persons(lowers, xposes, start, end, i, candidates)
    fitting = [c for c in candidates if (c[2], c[3]) in persons] or list(candidates)
    moods = {c[0] for c in fitting}
    if len(moods) == 1:
        return fitting[0]
    tenses = {c[1] for c in fitting if c[0] == "Sub"}
    if "Pres" in tenses:
        # "-e" forms: 1sg indicative only with "ich" (handled by persons); otherwise Konjunktiv I.
        sub = [c for c in fitting if c[0] == "Sub"]
        return sub[0]
    # Past indicative vs Konjunktiv II look-alikes ("plante", "sollte", "wollte").
    conditional = _conditional_context(lowers, sent_start, sent_end, start, end, i)
    word = lowers[i]
    if word.startswith("sollte") and not conditional:
        past_context = any(w in PAST_MARKERS for w in lowers[sent_start:sent_end])
        past_context = past_context or any(
            x.endswith("FIN") and k != i and _looks_past(lowers[k])
            for k, x in enumerate(xposes[sent_start:sent_end], sent_start)
        )
        conditional = not past_context
    wanted = "Sub" if conditional else "Ind"
    for c in fitting:
        if c[0] == wanted:
            return c
    return fitting[0]


def _looks_past(word: str) -> bool:
    return word in ("war", "waren", "hatte", "hatten", "wurde", "wurden") or word.endswith(("te", "ten"))


def _conditional_context(lowers: list[str], sent_start: int, sent_end: int, start: int, end: int, i: int) -> bool:
    clause = lowers[start:end]
    if any(w in CONDITIONAL_WORDS for w in clause) or ("als" in clause and i + 1 < end and lowers[i + 1] == "ob"):
        return True
    if "als" in clause and "ob" in clause:
        return True
    # Verb-first conditional: "Sollte es regnen, …", "Hätte er Zeit, …" (clause-initial, followed by a comma).
    if i == start and end < sent_end and lowers[end] == "," and i == sent_start:
        return True
    # Main clause after a "wenn" clause or with a Konjunktiv II elsewhere in the sentence.
    sentence = lowers[sent_start:sent_end]
    return any(w in ("würde", "würden", "wäre", "wären", "hätte", "hätten") for w in sentence) and any(
        w in ("wenn", "falls") for w in sentence
    )


def verb_features(
    lowers: list[str], xposes: list[str], sent_start: int, sent_end: int, i: int, form: str, lemma: str
) -> str:
    """The ``token.morph`` string of the finite verb at i."""
    candidates = candidate_analyses(form, lemma)
    mood, tense, person, number = choose_analysis(lowers, xposes, sent_start, sent_end, i, candidates)
    if _imperative(lowers, sent_start, sent_end, i, xposes):
        if i + 1 < sent_end and lowers[i + 1] == "sie":  # formal "Seien Sie …"
            return "Mood=Imp|Number=Plur|Person=3|VerbForm=Fin"
        if lowers[i].endswith("t"):  # "Stoppt den Krieg!"
            return "Mood=Imp|Number=Plur|Person=2|VerbForm=Fin"
        return "Mood=Imp|Number=Sing|Person=2|VerbForm=Fin"
    return f"Mood={mood}|Number={number}|Person={person}|Tense={tense}|VerbForm=Fin"


def _imperative(lowers: list[str], sent_start: int, sent_end: int, i: int, xposes: list[str]) -> bool:
    """Clause-initial verb (sentence start, after ":" or an opening quote, or after "bitte") that is no
    question and has no subject pronoun after it, or is followed by formal "Sie" ("Seien Sie vorsichtig")."""
    if xposes[i].endswith("IMP"):
        return True
    k = i - 1
    if k >= sent_start and lowers[k] == "bitte":
        k -= 1
    if k >= sent_start and lowers[k] not in (":", "„", "»", '"'):
        return False
    last = sent_end - 1
    while last > i and lowers[last] in ("“", "”", "«", "»", '"', ")", "."):
        last -= 1
    if lowers[last] == "?":
        return False
    word = lowers[i]
    nxt = lowers[i + 1] if i + 1 < sent_end else ""
    if nxt == "sie":
        # "Hätten Sie das gewusst, …" is a conditional, not an imperative.
        return word.endswith("en") and word not in ("hätten", "wären", "würden", "könnten", "müssten", "dürften")
    if lowers[last] != "!":
        return False
    return nxt not in ("ich", "du", "er", "es", "wir", "ihr", "man")


# --------------------------------------------------------------------------- component


class MorphologyTagger:
    """Callable spaCy component; keeps the string-hash caches between documents."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self._strings: dict[str, int] = {}
        self._morphs: dict[str, int] = {}
        self._plain: dict[tuple[str, str, bool], tuple[int, int, int, int]] = {}

    def _h(self, s: str) -> int:
        h = self._strings.get(s)
        if h is None:
            h = self.vocab.strings.add(s)
            self._strings[s] = h
        return h

    def _m(self, s: str) -> int:
        h = self._morphs.get(s)
        if h is None:
            h = self.vocab.morphology.add(s)
            self._morphs[s] = h
        return h

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        model = load_tagger()
        refine_xpos = model.refine_xpos
        texts: list[str] = []
        starts: list[bool] = []
        for t in doc:
            texts.append(t.text)
            starts.append(bool(t.is_sent_start))
        idx = [k for k, w in enumerate(texts) if not w.isspace()]
        words = [texts[k] for k in idx]
        initial = [False] * len(idx)
        sent_first = True
        for j, k in enumerate(idx):
            if starts[k] or sent_first:
                initial[j] = True
            sent_first = False
        tags = model.tag(words, initial)
        lowers = [w.lower() for w in words]
        model.repair_verbs(words, lowers, tags, initial)
        _repair_finite(lowers, tags, initial)
        # Sentence bounds over the word stream.
        bounds: list[int] = [j for j, ini in enumerate(initial) if ini] + [len(words)]
        rows: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)] * n
        space = self._h("SPACE")
        sp_tag = self._h("_SP")
        for k, w in enumerate(texts):
            if w.isspace():
                rows[k] = (space, sp_tag, self._h(w), 0)
        b = 0
        plain = self._plain
        for j, k in enumerate(idx):
            while bounds[b + 1] <= j:
                b += 1
            word, tag = words[j], tags[j]
            verbish = tag[0] == "V"
            if not verbish:
                # Non-verbs' tag and lemma depend only on (word, tag, sentence-initial): reuse the finished row;
                # only the refined UPOS (NOUN or PROPN, …) depends on the context.
                key = (word, tag, initial[j])
                cached = plain.get(key)
                if cached is None:
                    upos = model.upos(word, tag)
                    cached = (self._h(upos), self._h(tag), self._h(model.lemma(word, tag, initial[j])), 0)
                    if len(plain) < 500_000:
                        plain[key] = cached
                if tag in refine_xpos and (tag != "NN" or model.may_be_name(words, lowers, j, initial[j])):
                    upos = model.refine_upos(words, lowers, tags, j, bounds[b + 1], initial[j])
                    cached = (self._h(upos), cached[1], cached[2], 0)
                rows[k] = cached
                continue
            upos = model.upos(word, tag)
            lemma = model.lemma(word, tag, initial[j])
            morph = ""
            if (
                tag.endswith("INF")
                and j + 1 < len(words)
                and lowers[j + 1] == "sie"
                and _clause_initial(lowers, bounds[b], j)
            ):
                # "Sagen Sie uns …", "Lassen Sie uns …": a clause-initial infinitive form before "Sie" is finite.
                tag = "VAIMP" if tag.startswith("VA") else "VVIMP"
            if tag.endswith(("FIN", "IMP")):
                morph = verb_features(lowers, tags, bounds[b], bounds[b + 1], j, word, lemma)
                if lemma == "haben" and upos in ("AUX", "VERB"):
                    # UD: "haben" is AUX only with a participle ("hat gesagt"), else a full verb ("hat Glück").
                    c_start, c_end = _clause_bounds(lowers, bounds[b], bounds[b + 1], j)
                    upos = "AUX" if _has_participle(tags, c_start, c_end) else "VERB"
                elif upos == "VERB" and lemma in ("sein", "werden"):
                    upos = "AUX"
            rows[k] = (self._h(upos), self._h(tag), self._h(lemma), self._m(morph) if morph else 0)
        doc.from_array([POS, TAG, LEMMA, MORPH], numpy.array(rows, dtype="uint64"))  # type: ignore[arg-type]
        return doc


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "„", "“", "”", "»", "«", '"', "–", "—"})


def _repair_finite(lowers: list[str], tags: list[str], initial: list[bool]) -> None:
    """A clause needs a finite verb: "-en" forms are finite or infinitive alike ("Wir entscheiden am Freitag",
    "dass die Gespräche fortgesetzt werden"); if a clause has no finite verb, its infinitive becomes finite
    (the last one in a subordinate clause, the first one in a main clause). zu-infinitives are left alone."""
    n = len(tags)
    start = 0
    for j in range(n + 1):
        if j < n and not initial[j] and lowers[j] not in _CLAUSE_BREAKS:
            continue
        if j > start:
            _repair_clause(lowers, tags, start, j)
        start = j + 1 if j < n and lowers[j] in _CLAUSE_BREAKS else j


def _repair_clause(lowers: list[str], tags: list[str], start: int, end: int) -> None:
    infinitives: list[int] = []
    for k in range(start, end):
        tag = tags[k]
        if tag.endswith(("FIN", "IMP")) or tag in ("PTKZU", "KOUI", "VVIZU"):
            return
        if tag.endswith("INF") and lowers[k].endswith("n"):
            infinitives.append(k)
    if not infinitives:
        # "Die Aktie verliert an Wert": a participle-looking form without "ge" is a finite verb.
        for k in range(start, end):
            if tags[k] == "VVPP" and "ge" not in lowers[k] and lowers[k].endswith("t"):
                tags[k] = "VVFIN"
                return
        return
    subordinate = tags[start] in ("KOUS", "PRELS", "PWS", "PWAV", "PRELAT")
    k = infinitives[-1] if subordinate else infinitives[0]
    tags[k] = tags[k][:2] + "FIN"


def _clause_initial(lowers: list[str], sent_start: int, j: int) -> bool:
    k = j - 1
    if k >= sent_start and lowers[k] == "bitte":
        k -= 1
    return k < sent_start or lowers[k] in (":", "„", "»", '"')


def _has_participle(tags: list[str], start: int, end: int) -> bool:
    """A participle, or an infinitive not after "zu" ("hätte kaufen können", "habe mich beraten lassen")."""
    return any(
        t.endswith("PP") or (t.endswith("INF") and tags[k - 1] != "PTKZU") for k, t in enumerate(tags[start:end], start)
    )


@Language.factory("lagebild_morphology", assigns=["token.pos", "token.tag", "token.lemma", "token.morph"])
def make_morphology(nlp: Language, name: str) -> MorphologyTagger:
    return MorphologyTagger(nlp)
