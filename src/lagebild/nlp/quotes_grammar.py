"""Grammar the quotation rules share: moods, finite verbs, clause starts, relative clauses, cues.

The quotation finder (``lagebild.nlp.quotes``) is a stack of rule layers, each a class that uses only the layers
below it: ``QuoteGrammar`` (this module) → ``SpeakerRules`` (``quotes_speakers``) → ``DirectQuoteRules``
(``quotes_direct``) → ``IndirectSpeechRules`` (``quotes_indirect``) → ``ReportedSpeechRules`` (``quotes_reported``) →
``_QuoteFinder`` (``quotes``: the sentence loop that applies them). They share one state (the doc's tokens, the
quotation-mark pairs, the speakers named so far), so they are layers of one object rather than separate objects.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from lagebild.nlp.extensions import original_text
from lagebild.nlp.quotes_lexicon import CueVerb, QuoteLexicon
from lagebild.nlp.quotes_marks import quote_mark_pairs
from lagebild.nlp.sentences import token_texts
from lagebild.types import QuoteKind, Speaker, TextSpan

COMPLEMENTIZERS = frozenset({"dass", "ob", "wie", "wo", "warum", "weshalb", "weswegen", "wann", "wer", "was", "wieso"})

# brackets are not clause breaks: "Ministerin Gitta Trauernicht (SPD) sagte"
CLAUSE_BREAKS = frozenset({",", ":", ";", "–", "—"})

SENT_END = frozenset({".", "!", "?", "…"})

# dashes that set off an insertion in pairs ("hat – nach Angaben der Polizei – eingeräumt"); "-" with spaces is a
# dash in much online news
INSERTION_DASHES = frozenset({"–", "—", "-"})
# the characters of "(" and INSERTION_DASHES, for the per-doc scan in QuoteGrammar.insertion_marks
_INSERTION_MARK_CHARS = re.compile("[(" + re.escape("".join(sorted(INSERTION_DASHES))) + "]")

# marks that close a clause before a postposed cue ("…“, so Bader", "…“ – so Bader")
COMMA_OR_DASHES = frozenset({","}) | INSERTION_DASHES

_INSERTION_MAX_TOKENS = 20

PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden", "worden", "würde", "würden"})

RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})

# relative pronouns in the dative, the case "laut", "nach" and "zufolge" take (", laut dem …", ", denen zufolge …")
RELATIVE_DATIVE = frozenset({"dem", "der", "denen"})

# relative pronouns after a preposition (", in dem …", ", nach der …", ", in dessen Folge …"): the dative, the
# masculine accusative and the genitive forms
PREPOSITIONAL_RELATIVES = RELATIVE_DATIVE | {"den", "dessen", "deren", "welchem", "welcher", "welchen"}

# articles that cannot stand alone as a pronoun subject ("das sei …" can, "ein sei …" cannot)
_ARTICLES = frozenset({"des", "ein", "eine", "einen", "einem", "eines"})
# articles that introduce a new referent ("ein Sprecher", "einer Sprecherin"), never one named before
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})

# relative words that are no article, so they open a relative clause also without a comma before them
# ("Was die Regierung erwartet, …")
FREE_RELATIVES = frozenset({"was", "wo"})

# every form that opens a relative clause after a comma (", denen …", ", was …")
RELATIVE_FORMS = RELATIVE_PRONOUNS | PREPOSITIONAL_RELATIVES | FREE_RELATIVES

# conjunctions joining two main clauses ("…, und die Piloten hätten …")
COORDINATORS = frozenset({"und", "oder", "aber", "sondern"})
# the forms of "heißen" that report without a speaker ("…, heißt es", "hieß es in einer Mitteilung")
HEISSEN_FORMS = frozenset({"heißt", "hieß", "hieße", "geheißen"})
# words that join a sentence to the one before and leave the clause after them intact ("Doch wie der Sender berichtete")
SENTENCE_LINKS = COORDINATORS | {"doch", "denn", "jedoch"}

OPEN_SUBORDINATE = frozenset({"wie", "als", "dass", "nachdem", "während", "weil", "wenn", "was"})

# conjunctions of a verb-final clause whose verb cannot cue the clause before it ("…, dass X befürchtet")
SUBORDINATORS = frozenset({"dass", "ob", "weil", "da", "obwohl", "nachdem", "wenn", "falls", "damit", "bevor",
                            "während", "sodass", "indem"})

# conjunctions of an adverbial clause ("Obwohl …", "Nachdem …"): such a clause is a condition or time of the clause
# next to it, never the content of a reporting verb there ("Obwohl das Handy gefunden wurde, bestritt er die Tat")
ADVERBIAL_SUBORDINATORS = (SUBORDINATORS - {"dass", "ob"}) | {"als", "obgleich", "sobald", "sofern", "solange",
                                                                 "seitdem", "zumal", "wenngleich", "ehe"}

# conjunctions opening an adverbial zu-infinitive ("um … zu", "ohne … zu"), never a reported content
ADVERBIAL_INFINITIVES = frozenset({"um", "ohne", "statt", "anstatt", "anstelle"})

# quantifying words inside a noun phrase that the tagger reads as determiners ("die beiden Sängerinnen")
_QUANTIFIERS = frozenset({"beiden", "beide", "meisten", "übrigen", "einzelnen", "mehreren", "zahlreichen", "einigen",
                          "vielen", "wenigen"})

# a word the tagger may misread that is still a noun: a hyphenated compound whose last part is capitalised
# ("ai-Bericht", "Neu-ödp-Mitglieder", "Baden-Württemberg") or a brand written in camel case ("eBay", "iPhone")
_LOWER_NAME = re.compile(r"^(?:\w[\w.]*-(?:[\w.]+-)*[A-ZÄÖÜ]\w*|[a-z][A-Z]\w+)$")


@dataclass
class Found:
    """A quotation the rules found, before it gets its quote and statement ids."""

    start: int
    end: int
    kind: QuoteKind
    confidence: float
    speaker: Speaker = field(default_factory=Speaker)
    cue: TextSpan | None = None
    medium: str | None = None
    continues: bool = False  # continues the previous statement (same statement id)


# morphology key -> whether its features include Mood=Sub (see QuoteGrammar.marked_subjunctive)
_SUBJUNCTIVE_MORPHS: dict[int, bool] = {}
# morphology key -> whether its features include VerbForm=Fin (see QuoteGrammar.tagged_finite)
_FINITE_MORPHS: dict[int, bool] = {}
# Both are kept for the whole process, across docs and pipelines: a morphology key is the hash of the feature string
# ("Mood=Sub|Number=Sing|…"), the same string in every doc and every vocab, so a key always says the same. They hold
# one entry per feature set the tagger ever produced (a few hundred).


class _Tokens(list[Token]):
    """A Doc's tokens in a list, for the finder's many ``doc[k]`` look-ups.

    Why: every ``Doc.__getitem__`` builds a new Token object; the rules index tokens hundreds of thousands of times
    per batch, and that construction was about 40% of the stage's time. Slices are plain lists of tokens; any other
    attribute (``._``, ``.text``) is the Doc's.
    """

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.source = doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.source, name)


class QuoteGrammar:
    """Token- and clause-level German grammar over one doc: mood, verbs, nouns, clause and relative-clause starts."""

    def __init__(self, doc: Doc, lex: QuoteLexicon) -> None:
        self.doc: Any = _Tokens(doc)
        self.text = original_text(doc)
        self.ents = tuple(doc.ents)  # spaCy builds new Span objects on every doc.ents access: read them once
        self.lex = lex
        # as Doc.has_annotation, over the cached tokens (it would build every Token again)
        self.has_morph = any(t.has_morph() for t in self.doc)
        self.has_pos = any(t.pos != 0 for t in self.doc)
        # token index -> its text and lower case, read once: the sentence scans compare them for every token, and
        # each ``token.text``/``token.lower_`` builds the string again (the texts from the ORTH column, as the
        # sentence splitter and the tagger read them)
        self.token_text: list[str] = token_texts(doc) if len(doc) else []
        self.token_lower: list[str] = [t.lower_ for t in self.doc]
        self.pairs = quote_mark_pairs(self.text)
        # token index -> index of the quotation-mark pair it lies in (marks included), or -1
        self.in_pair = [-1] * len(doc)
        # token index -> char offset, and the tokens the tagger starts a sentence at: read as arrays, not one
        # attribute per token (the set-up runs for every doc)
        self._token_starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
        self._tagged_sent_starts: list[int] = (doc.to_array("SENT_START") == 1).nonzero()[0].tolist() \
            if len(doc) else []
        pi = 0
        for k, idx in enumerate(self._token_starts):
            while pi < len(self.pairs) and self.pairs[pi][1] <= idx:
                pi += 1
            if pi < len(self.pairs) and self.pairs[pi][0] <= idx < self.pairs[pi][1]:
                self.in_pair[k] = pi
        self.named_speakers: list[tuple[int, Speaker]] = []  # (char offset, speaker) of named speakers seen
        self.medium_at: dict[int, int] = {}  # a sentence's start char -> where the words naming its medium start
        # char offsets of the named_speakers entries that are unnamed roles ("Die Ministerin", "Ein Sprecher")
        self.unnamed_referents: set[int] = set()
        self._insertions: dict[int, int] | None = None  # paired dashes and brackets, see insertion_partner
        self._sentences: list[tuple[int, int]] | None = None  # see sentences
        self._subjunctive_marks: list[bool] | None = None  # see marked_subjunctive
        self._insertion_marks: list[int] | None = None  # see insertion_marks
        self._tagged_finite: list[bool] | None = None  # see tagged_finite
        # token index -> its mood ("?" = not read yet, see mood). With morphology the table is set up here from the
        # doc's Mood=Sub marks (subjunctive_marks, read now): a token the tagger did not mark has no mood (None) at
        # once, and only a marked token is read on first ask; without morphology every token is read on first ask.
        # Why: the mood of a token depends only on the doc, and the rules ask it for nearly every token, many of them
        # many times (every sentence scan, every clause check)
        self._moods: list[str | None] = ["?"] * len(doc) if not self.has_morph else \
            [None if not sub else "?" for sub in self.subjunctive_marks()]

    def confidence(self, rule: str) -> float:
        """How often quotes found by `rule` are right (data/quotes/confidence.tsv, measured on training articles)."""
        return self.lex.confidence[rule]

    def reads_as_noun(self, tok: Token) -> bool:
        """A token the tagger took for a finite verb that German spelling and syntax make a noun: capitalised inside
        the sentence ("Chef der „mindset AG“"), after an article ("eines mindset"), or capitalised at the start before a
        genitive or another noun ("Symptome des Fiebers sind …", "Versuche des Piloten scheiterten")."""
        if tok.pos_ == "AUX":
            return False  # "Hätte Merkel früher gehandelt, …": an auxiliary opening a condition before a name
        doc = self.doc
        i = tok.i
        prev = doc[i - 1] if i > 0 else None
        at_start = tok.is_sent_start or prev is None or not self.is_wordlike(prev)
        if not at_start:
            return tok.text[:1].isupper() or (prev is not None and prev.lower_ in _ARTICLES)
        if not tok.text[:1].isupper() or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1]
        return nxt.lower_ in {"des", "eines"} or (self.has_pos and nxt.pos_ in ("NOUN", "PROPN"))

    def mood(self, tok: Token) -> str | None:
        """"I" for Konjunktiv I, "II" for Konjunktiv II, None for indicative/unknown."""
        found = self._moods[tok.i]
        if found == "?":
            found = self._moods[tok.i] = self.read_mood(tok)
        return found

    def read_mood(self, tok: Token) -> str | None:
        """The mood of ``tok`` read from its morphology (``mood`` keeps the answer for the doc)."""
        if self.has_morph:
            if not self.marked_subjunctive(tok.i) or self.reads_as_noun(tok) or self.attributive_participle(tok):
                return None
            if "Past" in tok.morph.get("Tense", []):
                return "II"
            return "I" if self.konjunktiv_i_form(tok) and not self.closes_indicative_clause(tok) \
                and not self.noun_before_genitive(tok) else None
        return self.lex.subjunctive_fallback.get(tok.lower_)

    def marked_subjunctive(self, i: int) -> bool:
        """The tagger marked token i ``Mood=Sub``."""
        return self.subjunctive_marks()[i]

    def subjunctive_marks(self) -> list[bool]:
        """Token index -> the tagger marked it ``Mood=Sub``. Why a table: reading ``token.morph`` builds an analysis
        object per token, and the mood of nearly every token is asked; the doc's morphology keys are read at once
        instead, and what a key says is kept per key (a few hundred feature sets; the key is the hash of the feature
        string)."""
        if self._subjunctive_marks is None:
            keys = self.doc.source.to_array("MORPH") if len(self.doc) else np.zeros(0, dtype=np.uint64)
            marked = [key for key, k in zip(*(a.tolist() for a in np.unique(keys, return_index=True)), strict=True)
                      if self._morph_has(_SUBJUNCTIVE_MORPHS, key, k, "Mood", "Sub")]
            self._subjunctive_marks = np.isin(keys, np.array(marked, dtype=np.uint64)).tolist()
        return self._subjunctive_marks

    def _morph_has(self, memo: dict[int, bool], key: int, k: int, feature: str, value: str) -> bool:
        """The morphology ``key`` (that of token k) has ``feature=value``; what a key says is kept in ``memo`` (one
        of the module's per-key dicts), so token k's analysis is read only for a key not seen before."""
        found = memo.get(key)
        if found is None:
            found = memo[key] = value in self.doc[k].morph.get(feature, [])
        return found

    def noun_before_genitive(self, tok: Token) -> bool:
        """A capitalised sentence opener read as Konjunktiv I before "der" or "des" is a noun with its genitive
        ("Grundlage der Verhaftung ist …", "Folge des Streits war …"). Why: nouns in -e look like a verb's Konjunktiv
        I. A verb opening the sentence before "der" is an auxiliary ("Sei der Plan …", kept by the AUX test) or
        heads a conditional clause in Konjunktiv I ("Komme der Vertrag nicht zustande, drohe …", "Gelinge der Plan,
        …"): that clause has no other finite verb before its comma, while the noun's clause has its verb after the
        genitive. "des" is no subject's article, so no verb-first clause opens with it."""
        doc = self.doc
        i = tok.i
        if tok.pos_ == "AUX" or not tok.text[:1].isupper() or i + 1 >= len(doc):
            return False
        at_start = tok.is_sent_start or i == 0 or not self.is_wordlike(doc[i - 1])
        if not at_start or doc[i + 1].lower_ not in ("der", "des"):
            return False
        if doc[i + 1].lower_ == "des":
            return True
        clause = range(i + 1, next((t for t in range(i + 1, len(doc)) if doc[t].text in CLAUSE_BREAKS | SENT_END
                                    and self.in_pair[t] < 0), len(doc)))
        return any(self.is_finite_verb(doc[t]) for t in clause)

    def closes_indicative_clause(self, tok: Token) -> bool:
        """The word read as Konjunktiv I closes a main clause whose finite verb is already an indicative ("Den Posten
        hat er seit 2010 inne."). Why: a clause has one finite verb, so the last word is the separated particle (or an
        unknown word) whose guessed lemma only looks like a verb ("inne" → "innen")."""
        doc = self.doc
        i = tok.i
        if i + 1 < len(doc) and doc[i + 1].text not in SENT_END and doc[i + 1].text not in CLAUSE_BREAKS:
            return False
        for k in range(i - 1, max(-1, i - 20), -1):
            prev = doc[k]
            low = prev.lower_
            if prev.text in CLAUSE_BREAKS or prev.text in SENT_END or self.in_pair[k] >= 0 or \
                    low in SUBORDINATORS or low in COMPLEMENTIZERS or low in COORDINATORS:
                return False
            if prev.is_sent_start and not self.is_finite_verb(prev):
                return False
            if self.is_finite_verb(prev) and "Ind" in prev.morph.get("Mood", []):
                return True
        return False

    def attributive_participle(self, tok: Token) -> bool:
        """An inflected participle before its noun ("die ihm zugeschriebene Rolle", "der abgegebenen Stimmen") that
        the tagger read as a finite Konjunktiv: the form is its lemma (the participle) plus an adjective ending. Why:
        a finite verb is never its infinitive plus -e/-en/-er/-es/-em, so such a form is an adjective, not the verb
        of a reported clause."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if not lemma.endswith(("en", "t")) or tok.i + 1 >= len(self.doc):
            return False
        if not any(low == lemma + ending for ending in ("e", "en", "er", "es", "em")):
            return False
        nxt = self.doc[tok.i + 1]
        return nxt.pos_ in ("NOUN", "PROPN") if self.has_pos else nxt.text[:1].isupper()

    def inflected_participle_in_phrase(self, i: int) -> bool:
        """Token i is a reporting verb's participle with an adjective ending inside a noun phrase: after a preposition
        or article (and adverbs), before a capitalised noun ("aus gut informierten Kreisen", "die informierten
        Kreise"). Why: a weak preterite ("informierten") spells the same, but a finite verb never follows a
        preposition or an article directly."""
        doc, low = self.doc, self.doc[i].lower_
        if i == 0 or i + 1 >= len(doc) or self.in_pair[i] >= 0 or not doc[i + 1].text[:1].isupper() \
                or not doc[i + 1].is_alpha or not any(low.endswith(e) and low[:-len(e)] in self.lex.joined
                                                      for e in ("e", "en", "er", "es", "em")):
            return False
        b = i - 1
        while b > 0 and i - b <= 2 and doc[b].is_alpha and doc[b].text.islower() \
                and (doc[b].lower_ in self.lex.adverbs or self.is_modifier(doc[b])):
            b -= 1
        # (an article opening the clause may be a pointing pronoun: "Das berichteten Mitarbeiter …")
        return doc[b].lower_ in self.lex.prepositions or doc[b].lower_ in self.lex.determiners and b > 0 \
            and not doc[b].is_sent_start and doc[b - 1].is_alpha

    @staticmethod
    def konjunktiv_i_form(tok: Token) -> bool:
        """The form the tagger read as Konjunktiv I is one its verb can have: the stem of the infinitive plus
        -e/-est/-en/-et ("gebe" of "zugeben", "handle" of "handeln", "sei" of "sein"). Why: for a word it does not
        know, the tagger guesses a lemma from the ending, so weak preterites ("verbrachte" → "verbracht"), plural
        nouns ("Versuche" → "Versuch") and web addresses pass as Konjunktiv I and turn the author's sentence into
        reported speech."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if lemma == "sein":
            return low.startswith("sei")
        if any(c.isupper() for c in tok.text[1:]) or "2" in tok.morph.get("Person", []):
            # "WhatsApp, iMessage und Snapchat", "der mindset AG": a capital inside the word marks a product name, and
            # reported speech shifts "du"/"ihr" into the third person, so a second-person guess is no reported verb
            return False
        if not low.isalpha() or not lemma.endswith("n"):
            return False
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        if stem.endswith(("el", "er")) and low == stem[:-2] + stem[-1] + "e":
            return True  # "-eln"/"-ern" verbs drop the e: "handle", "ändre"
        return any(low.endswith(ending) and stem.endswith(low[:-len(ending)]) for ending in ("e", "est", "en", "et"))

    def cue_at(self, i: int, end: int) -> CueVerb | None:
        """The reporting verb at token i (finite forms need their particle within the clause)."""
        tok = self.doc[i]
        low = tok.lower_
        lex = self.lex
        # Early exit for the most tokens, which are no form of a reporting verb. It repeats the look-ups of the rules
        # below: every rule needs the word in ``joined``, ``finite`` or (after a particle) ``split_participles``,
        # whose participles are ``split_participle_words``. A rule reading another lexicon table must add that table
        # to this test too, or it is never reached.
        if low not in lex.joined and low not in lex.finite and (i == 0 or low not in lex.split_participle_words):
            return None
        if tok.text[:1].isupper() and self.fronted_participle(i):
            return self.lex.joined[low]  # "Bemängelt werden vor allem …": a participle fronted before its auxiliary
        if tok.text[:1].isupper() and (not tok.is_sent_start or low in self.lex.joined):
            return None  # capitalised: a noun ("die Angaben", "das Sagen"), not the verb
        if low in self.lex.joined:
            return self.lex.joined[low]
        if i > 0 and (self.doc[i - 1].lower_, low) in self.lex.split_participles:
            # "hat bekannt gegeben" (participle written apart from its particle)
            return self.lex.split_participles[(self.doc[i - 1].lower_, low)]
        verbs = self.lex.finite.get(low)
        if not verbs or (tok.text[:1].isupper() and not tok.is_sent_start):
            # capitalised mid-sentence: a noun ("das Sagen"), not the verb
            return None
        if self.inflected_participle_in_phrase(i):
            return None  # "wie aus gut informierten Kreisen verlautete": an adjective, not the preterite
        plain: CueVerb | None = None
        for verb in verbs:
            if not verb.particle:
                plain = plain or verb
                continue
            words = verb.particle.split()
            if i >= len(words) and [t.lower_ for t in self.doc[i - len(words):i]] == words:
                return verb  # verb-final with the particle written apart: "wie die Bank bekannt gab"
            j = i + 1
            while j < end and self.doc[j].text not in {",", ":", ";"}:
                if self.in_pair[j] >= 0:
                    # a quoted phrase inside the clause does not end it ("sicherte ihr „volle Unterstützung“
                    # zu"); a quoted sentence does
                    pair_end = self.pair_end_token(j, end)
                    if pair_end is None:
                        break
                    j = pair_end + 1
                    continue
                if [t.lower_ for t in self.doc[j:j + len(words)]] == words and \
                        not self.preposition_before_noun(j + len(words) - 1, end):
                    return verb
                if self.doc[j - 1].lower_ in COORDINATORS and self.is_finite_verb(self.doc[j]):
                    # "warf das Gerät 66 Meter weit und siegte so vor …": a coordinated finite verb opens a new
                    # clause; the particle of a verb-second verb closes the verb's own clause, so it cannot stand later
                    break
                j += 1
            if self.particle_after_apposition(j, end, words) or self.particle_after_inserted_clause(j, end, words):
                return verb
        if plain and plain.lemma == "heißen":
            # only "hieß es" / "heißt es" cues a quotation
            near = {self.doc[k].lower_ for k in (i - 1, i + 1) if 0 <= k < len(self.doc)}
            return plain if "es" in near or self.wie_es_clause(i) else None
        return plain

    def wie_es_clause(self, i: int) -> bool:
        """The verb at i closes a verb-final clause opened by "wie es" ("wie es in dem Bericht heißt", "Wie es aus
        Regierungskreisen hieß"): the "es" of "heißt es" stands right after the conjunction, not next to the verb;
        the words between name the source."""
        doc = self.doc
        t = i - 1
        while t > 0 and i - t <= 10 and doc[t].text not in {",", ";", ":", ".", "–"} and self.in_pair[t] < 0:
            if doc[t].lower_ == "es" and doc[t - 1].lower_ == "wie":
                # a source between ("wie es in der Mitteilung hieß"); a bare "wie es hieß" names none, nor does an
                # adverb ("Wie es so schön heißt" quotes a saying)
                return any(self.is_cap(doc[x]) and self.is_noun(doc[x]) for x in range(t + 1, i))
            t -= 1
        return False

    def preposition_before_noun(self, j: int, end: int) -> bool:
        """The word at j that spells a verb particle is a preposition or a name particle, since a capitalised word
        follows it in the clause: "sagte zu Beginn der Sitzung", "sagte Karl-Theodor zu Guttenberg", "teilte mit
        Blick auf … mit". A separated particle closes its clause (only a comma, a quotation or a lower-case
        afterthought follows it), so it never stands right before a noun or name. (Right after the verb, before a
        bare name, the reading stays open: "sagte zu Mair" may be "said to Mair".)"""
        doc = self.doc
        nxt = j + 1
        if not (nxt < end and self.in_pair[nxt] < 0 and doc[nxt].text[:1].isupper() and doc[nxt].is_alpha
                and not doc[nxt].is_sent_start):
            return False
        name = doc[nxt].ent_type_ == "PER" or (self.has_pos and doc[nxt].pos_ == "PROPN")
        return not name or (j > 0 and doc[j - 1].ent_type_ == "PER")

    def particle_after_apposition(self, comma: int, end: int, words: list[str]) -> bool:
        """The verb's particle closes the sentence after an apposition set off by commas ("…, teilte der Direktor
        der Behörde, Bagus Puruhito, mit."): the comma at ``comma`` opens the apposition, not a new clause."""
        doc = self.doc
        if comma >= end or doc[comma].text != ",":
            return False
        close = next((t for t in range(comma + 1, min(end, comma + 9)) if doc[t].text == ","), None)
        if close is None or close == comma + 1 or not self.is_cap(doc[comma + 1]) or any(
                self.in_pair[t] >= 0 or self.is_finite_verb(doc[t]) for t in range(comma + 1, close)):
            return False
        after = close + 1 + len(words)
        return [t.lower_ for t in doc[close + 1:after]] == words and (
            after >= end or doc[after].text in SENT_END or self.particle_before_dass(close, end, words))

    def particle_after_inserted_clause(self, comma: int, end: int, words: list[str]) -> bool:
        """The verb's particle follows a dependent clause set off by commas inside the verb's clause ("Der Kanzler
        warf der Opposition, nachdem die Zahlen bekannt wurden, vor, sie habe …"; "Der Sprecher teilte, als er
        gefragt wurde, mit, man prüfe …"): the comma at ``comma`` opens a clause led by a subordinator or relative
        pronoun that ends with its verb (verb-final) at the next comma, and the particle closes the main clause
        right after it, before a comma or the sentence's end."""
        doc = self.doc
        if comma + 1 >= end or doc[comma].text != "," or \
                doc[comma + 1].lower_ not in ADVERBIAL_SUBORDINATORS | RELATIVE_FORMS:
            return False
        close = next((t for t in range(comma + 2, min(end, comma + 16)) if doc[t].text in CLAUSE_BREAKS), None)
        if close is None or doc[close].text != "," or doc[close - 1].pos_ not in ("VERB", "AUX") or any(
                self.in_pair[t] >= 0 for t in range(comma + 1, close)):
            return False
        after = close + 1 + len(words)
        return [t.lower_ for t in doc[close + 1:after]] == words and (
            after >= end or doc[after].text in SENT_END or doc[after].text == ",")

    def particle_before_dass(self, close: int, end: int, words: list[str]) -> bool:
        """After the apposition's closing comma at ``close`` come the verb's particle and a dass-clause ("Jetzt gab
        der Leiter, Andreas Huber, bekannt, dass …")."""
        after = close + 1 + len(words)
        return [t.lower_ for t in self.doc[close + 1:after]] == words and after + 1 < end and \
            self.doc[after].text == "," and self.doc[after + 1].lower_ == "dass"

    def fronted_participle(self, i: int) -> bool:
        """Token i is a reporting participle opening its sentence before a passive auxiliary ("Bemängelt werden
        vor allem die Wartezeiten", "Gemeldet wurde zudem ein Brand"): a verb although capitalised."""
        doc = self.doc
        return doc[i].is_sent_start and doc[i].lower_ in self.lex.joined and i + 1 < len(doc) \
            and doc[i + 1].lower_ in PASSIVE_AUXILIARIES

    def is_joined_form(self, k: int, end: int) -> bool:
        """A participle or verb-final form ("mitteilte", "hat … erklärt"), not a finite verb in second position."""
        low = self.doc[k].lower_
        # the infinitive of a plain verb has the form of its 3rd person plural ("erklären"): after a finite verb of
        # its clause it stands last too ("…, ließ er über seinen Anwalt erklären", "will es nicht bestätigen")
        infinitive = any(v.lemma == low and not v.particle for v in self.lex.finite.get(low, ()))
        if low not in self.lex.joined and not infinitive and (
                k == 0 or (self.doc[k - 1].lower_, low) not in self.lex.split_participles):
            return False
        if low not in self.lex.finite:
            return True
        # "berichtet" is both: verb-final (a participle after an auxiliary, or a subordinate clause) only when
        # the clause has a subordinator or another finite verb before it
        doc = self.doc
        c = k
        opener = None  # the clause's first word before any quotation, for the subordinator test
        while c > 0 and doc[c - 1].text not in CLAUSE_BREAKS | SENT_END:
            if self.in_pair[c - 1] >= 0:
                opener = c if opener is None else opener
                # a quoted phrase inside the clause does not end it ("Er hat die Pläne als „Wortbruch“ bezeichnet");
                # a quoted sentence does
                if not self.quoted_phrase(self.in_pair[c - 1]):
                    break
                c = self.pair_start_token(c - 1)
                continue
            c -= 1
        if infinitive and low not in self.lex.joined:
            # the infinitive only after a finite verb of its own clause ("ließ er … erklären"), not one before an
            # "und" ("Dies war nicht die erste und die Hongkonger befürchten, …")
            for t in range(k - 1, c - 1, -1):
                if doc[t].lower_ in COORDINATORS:
                    return False
                if self.is_finite_verb(doc[t]):
                    return True
            return False
        # ("als" and "wie" before a quotation may open a phrase, not a clause: "Als „unerwartetes Geschenk“
        # bezeichnet die Archäologin …" is a main clause; "nachdem er sie als „Wortbruch“ bezeichnet hatte" is not)
        first = doc[c].lower_
        subordinate = first in OPEN_SUBORDINATE and (opener is None or first not in {"als", "wie"})
        return subordinate or (opener is not None and doc[opener].lower_ in OPEN_SUBORDINATE) or \
            any(self.is_finite_verb(doc[t]) for t in range(c, k))

    def is_wordlike(self, tok: Token) -> bool:
        return tok.text[:1].isalnum()

    def is_cap(self, tok: Token) -> bool:
        return tok.text[:1].isupper() or (tok.text[:1].isdigit() and "-" in tok.text)

    def is_noun(self, tok: Token) -> bool:
        """A noun or name (by POS when the pipeline tags, else by capitalisation)."""
        if _LOWER_NAME.match(tok.text):
            return True  # "der ai-Bericht", "eBay", "iPhone": names and compounds the tagger misreads for their case
        if self.has_pos:
            return tok.pos_ in ("NOUN", "PROPN", "X") or (
                tok.pos_ == "ADJ" and self.is_cap(tok) and (not tok.is_sent_start or self.nominalised_subject(tok))
            ) or self.misread_name(tok)
        return self.is_cap(tok)

    def misread_name(self, tok: Token) -> bool:
        """A capitalised word the tagger reads as a determiner or pronoun though it is none ("Merz dagegen sagte"):
        determiners and pronouns are a closed class (spaCy's German stop words and the lexicon's), and a real one
        stands before its noun, not before an adverb or verb."""
        if tok.pos_ not in ("DET", "PRON") or not self.is_cap(tok) or not tok.is_alpha or tok.is_stop:
            return False
        low = tok.lower_
        if low in self.lex.determiners or low in self.lex.pronouns or low in self.lex.quantifier_pronouns or \
                low in self.lex.other_pronouns:
            return False
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")

    def nominalised_subject(self, tok: Token) -> bool:
        """A capitalised, inflected adjective opening the sentence right before its finite verb is a nominalised
        subject ("Betroffene berichteten …", "Angehörige forderten …"): an attributive adjective would precede its
        noun, and an adverbial one is uninflected ("Besorgt äußerte sich …"). A plural noun the tagger takes for an
        adjective ends the same way ("Analysten halten …"), as does a plural role noun in -er ("Beobachter werten …",
        role_nouns.txt, also in compounds: "Wahlbeobachter"; "Später sagte er" is no role)."""
        i = tok.i
        return self.is_cap(tok) and tok.lower_.endswith(("e", "en", *self.lex.person_role_endings)) \
            and i + 1 < len(self.doc) \
            and self.is_finite_verb(self.doc[i + 1])

    def is_modifier(self, tok: Token) -> bool:
        """An attributive word inside a noun phrase ("die <deutsche> Bundeskanzlerin", "die <13> Feuerwehrmänner")."""
        if not self.is_wordlike(tok) or self.in_pair[tok.i] >= 0:
            return False
        if _LOWER_NAME.match(tok.text):
            return False  # "der 52-Jährige", "die US-Amerikanerin": a capital after the hyphen spells a noun, the head
        low = tok.lower_
        if self.has_pos:
            return tok.pos_ in ("ADJ", "NUM") or low in _QUANTIFIERS or (
                tok.pos_ == "ADV" and tok.text[:1].islower() and low not in self.lex.adverbs)
        return tok.text[:1].islower() and low not in self.lex.stop_words and low not in self.lex.prepositions \
            and low not in self.lex.adverbs and low not in self.lex.finite and low not in self.lex.joined

    def names_norm(self, s: int, e: int) -> bool:
        """The noun phrase from token s names a norm (norm_nouns.txt: "§ 132a StGB", "der damaligen Regelung",
        "dem neuen Profil 1.1", "den deutschen Strafrechtsbestimmungen"): its head, after determiners and
        attributes, is a norm noun, whole or at the end of a compound. Why: "gemäß" before a norm says which rule an
        action follows, not who says the clause."""
        k = s
        while k < e and (self.doc[k].lower_ in self.lex.determiners or self.is_modifier(self.doc[k])):
            k += 1
        if k >= e:
            return False
        if self.in_pair[k] >= 0:
            # a quoted name of a law: its last word says what it is ("gemäß dem „Wachstumschancengesetz“")
            last = next((t for t in range(k, e) if self.in_pair[t] != self.in_pair[k]), e) - 1
            while last > k and not self.doc[last].is_alpha:
                last -= 1
            k = last
        low = self.doc[k].lower_
        if low in self.lex.numbered_norm_nouns:
            return k + 1 < e and self.doc[k + 1].text[:1].isdigit()  # "Artikel 5", not "einem Artikel der FAZ"
        return any(low == n or (len(n) > 5 and low.endswith(n)) for n in self.lex.norm_nouns)

    def pair_start_token(self, k: int) -> int:
        """The opening-mark token of the quotation token k lies in."""
        pair = self.in_pair[k]
        while k > 0 and self.in_pair[k - 1] == pair:
            k -= 1
        return k

    def pair_end_token(self, k: int, end: int) -> int | None:
        """The closing-mark token of the quotation token k lies in, when that quotation is a phrase (under six
        words, no sentence-ending mark) ending before token ``end``; None for a quoted sentence."""
        pair = self.in_pair[k]
        j, words = k, 0
        while j + 1 < end and self.in_pair[j + 1] == pair:
            j += 1
            if self.doc[j].text in SENT_END:
                return None
            words += self.is_wordlike(self.doc[j])
        return j if words < 6 and j + 1 < end else None

    def short_title_at(self, k: int) -> bool:
        """Token k opens a short quoted name (a newspaper, party or programme title)."""
        pair = self.in_pair[k]
        if pair < 0 or self.doc[k].idx != self.pairs[pair][0]:
            return False
        start, end = self.pairs[pair]
        inner = self.text[start + 1:end - 1]
        # (a title joined to its broadcaster by a hyphen may start in lower case: "im ZDF-„heute journal“")
        return self.quoted_phrase(pair) and (inner[:1].isupper() or (start > 0 and self.text[start - 1] == "-"))

    def quoted_phrase(self, pair: int) -> bool:
        """The quotation ``pair`` holds a phrase (at most five words, no sentence-ending mark), not a sentence."""
        start, end = self.pairs[pair]
        inner = self.text[start + 1:end - 1].rstrip()
        return len(inner.split()) <= 5 and not inner.endswith((".", "!", "?"))

    def is_time_noun(self, tok: Token) -> bool:
        """A month, weekday, calendar unit, season or part of the day, or a weekday compound ("Dienstagabend")."""
        text = tok.text
        return text in self.lex.time_nouns or any(
            text.startswith(day) and text[len(day):].capitalize() in self.lex.time_nouns
            for day in self.lex.weekdays if len(text) > len(day))

    def is_finite_verb(self, tok: Token) -> bool:
        if self.has_pos:
            return self.tagged_finite()[tok.i] and not self.reads_as_noun(tok)
        return tok.lower_ in self.lex.finite

    def tagged_finite(self) -> list[bool]:
        """Token index -> tagged a verb or auxiliary with ``VerbForm=Fin``; read from the doc's arrays once (as
        ``subjunctive_marks``: the rules ask this of the same tokens many times)."""
        if self._tagged_finite is None:
            found = [False] * len(self.doc)
            if len(self.doc):
                table = self.doc.source.to_array(["POS", "MORPH"])
                verbs = ((table[:, 0] == VERB) | (table[:, 0] == AUX)).nonzero()[0].tolist()
                for k, key in zip(verbs, table[verbs, 1].tolist(), strict=True):
                    found[k] = self._morph_has(_FINITE_MORPHS, key, k, "VerbForm", "Fin")
            self._tagged_finite = found
        return self._tagged_finite

    def finite_verb_of(self, s: int, e: int) -> Token | None:
        """The finite verb the phrase ``s..e`` is the subject of: right before it ("sagte sie") or the first one
        after it in its clause ("Die Medien werfen …")."""
        doc = self.doc
        verb = doc[s - 1] if s > 0 and self.is_finite_verb(doc[s - 1]) else next(
            (doc[k] for k in range(e, min(len(doc), e + 12))
             if self.is_finite_verb(doc[k]) or doc[k].text in CLAUSE_BREAKS | SENT_END), None)
        return verb if verb is not None and self.is_finite_verb(verb) else None

    def sentences(self) -> list[tuple[int, int]]:
        """Token ranges of sentences; a sentence never ends inside a quotation, and line breaks end one."""
        if self._sentences is None:  # the sentence loop and the insertion finder both need them: build once
            self._sentences = self.find_sentences()
        return self._sentences

    def find_sentences(self) -> list[tuple[int, int]]:
        doc = self.doc
        bounds: list[tuple[int, int]] = []
        start = 0
        # the tokens after a line break (in the token before or its whitespace: tokens tile the text) and the
        # tagger's sentence starts are the only candidates, so only they are visited
        starts = self._token_starts
        after_break = {bisect_right(starts, m.start()) for m in re.finditer("\n", self.text)}
        for i in sorted(after_break.union(self._tagged_sent_starts)):
            if i == 0 or i >= len(doc):
                continue
            inside_one_quote = self.in_pair[i] >= 0 and self.in_pair[i] == self.in_pair[i - 1]
            if not inside_one_quote:
                bounds.append((start, i))
                start = i
        if start < len(doc):
            bounds.append((start, len(doc)))
        return [(s, e) for s, e in bounds if any(not t.is_space for t in doc[s:e])]

    def char_span(self, s: int, e: int, keep_end_punct: bool) -> tuple[int, int] | None:
        doc = self.doc
        while s < e and (doc[s].is_space or doc[s].text in {",", ":"} | INSERTION_DASHES):
            s += 1
        while e > s and (doc[e - 1].is_space or doc[e - 1].text in {",", ":", ";"} | INSERTION_DASHES
                         or (not keep_end_punct and doc[e - 1].text in SENT_END)):
            e -= 1
        if e <= s:
            return None
        return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)

    def found(self, s: int, e: int, kind: QuoteKind, confidence: float, speaker: Speaker, cue: TextSpan | None,
              medium: str | None, keep_end_punct: bool = False, continues: bool = False) -> Found | None:
        """A quotation over tokens s..e, trimmed as ``char_span`` trims; None when nothing is left of the span."""
        chars = self.char_span(s, e, keep_end_punct)
        if chars is None:
            return None
        return Found(chars[0], chars[1], kind, confidence, speaker, cue, medium, continues)

    def subjunctive_in(self, s: int, e: int) -> str | None:
        """The strongest mood among tokens outside quotations: "I" beats "II"."""
        found: str | None = None
        moods = self._moods  # read directly (a call of mood() per token costs more); only "?" entries go through it
        for k in range(s, e):
            if self.in_pair[k] >= 0:
                continue
            m = moods[k]
            if m == "?":
                m = self.mood(self.doc[k])
            if m == "I":
                return "I"
            if m == "II":
                found = "II"
        return found

    def is_passive_clause(self, ss: int, se: int) -> bool:
        """The clause ``ss..se`` is a werden-passive: a form of "werden" and a past participle ("wurden verletzt",
        "wird vermisst"); "werden" with an infinitive is a future."""
        doc = self.doc
        words = [t for t in doc[ss:se] if self.in_pair[t.i] < 0]
        return any(t.lower_ in PASSIVE_AUXILIARIES for t in words) and \
            any(t.tag_ in ("VVPP", "VAPP", "VMPP") for t in words)

    def in_subordinate_clause(self, k: int, ss: int) -> bool:
        """Token k stands in a verb-final clause of the author's: its clause opens with an adverbial conjunction
        ("weil", "obwohl"), "um/ohne/statt" of an infinitive clause, a sentence-initial "Dass/Ob/Wie" or (after a
        comma) a relative pronoun, possibly after a preposition ("…, mit dem er …")."""
        doc = self.doc
        c = self.clause_start(k, ss)
        opener = doc[c].lower_
        if opener in ADVERBIAL_SUBORDINATORS | ADVERBIAL_INFINITIVES or (
                c == ss and opener in COMPLEMENTIZERS):
            # a content clause after the main clause ("zeigte sich besorgt, dass … würde") is often reported
            # speech whose Konjunktiv II stands in for a Konjunktiv I; only a fronted one is the author's subject
            return True
        return self.relative_pronoun(k, ss, len(doc)) is not None

    def token_span(self, k: int) -> TextSpan:
        """Token k as a span of the original text."""
        tok = self.doc[k]
        return TextSpan(tok.idx, tok.idx + len(tok.text), tok.text)

    def cue_span(self, k: int, end: int, verb: CueVerb | None) -> TextSpan:
        doc = self.doc
        start, stop = doc[k].idx, doc[k].idx + len(doc[k].text)
        if verb is None:
            verbs = self.lex.finite.get(doc[k].lower_) or []
            verb = next((v for v in verbs if v.particle), None)
        if verb and verb.particle and doc[k].lower_ not in self.lex.joined:
            words = verb.particle.split()
            j = k + 1
            while j < end and doc[j].text not in CLAUSE_BREAKS:
                if [t.lower_ for t in doc[j:j + len(words)]] == words and \
                        not self.preposition_before_noun(j + len(words) - 1, end):
                    # cue = verb … particle, as the gold does ("teilte … mit"); the span runs from verb to particle
                    stop = doc[j + len(words) - 1].idx + len(doc[j + len(words) - 1].text)
                    break
                j += 1
        return TextSpan(start, stop, self.text[start:stop])

    def adverbial_opener(self, s: int, e: int) -> int | None:
        """The subordinating conjunction that opens an adverbial clause at s (before e): "Obwohl …", "Da …", also
        after a focus particle ("Selbst wenn", "Auch wenn", "Erst als"); None when the clause at s is none."""
        doc = self.doc
        if doc[s].lower_ in self.lex.focus_particles and s + 1 < e:
            s += 1
        return s if self.in_pair[s] < 0 and doc[s].lower_ in ADVERBIAL_SUBORDINATORS else None

    def is_adverbial_clause(self, s: int, e: int) -> bool:
        """Tokens s..e are a single adverbial clause ("Obwohl das Handy sichergestellt wurde", "Da er nie eine
        Krawatte gebunden hatte", "Selbst wenn sie als Heranwachsende gilt"), without a further clause that could be a
        reported main clause."""
        opener = self.adverbial_opener(s, e)
        return opener is not None and not any(
            self.doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(opener + 1, e))

    def is_verb_first_condition(self, s: int, e: int) -> bool:
        """Tokens s..e are a verb-first clause before a comma, German's conditional without "wenn" ("Sollte die
        Regierung nicht einlenken, …", "Komme der Vertrag nicht zustande, …"): the finite verb after its comma is
        the main clause's own verb, not an inverted cue reporting the clause. Either verb is in the subjunctive: an
        indicative verb-first clause before a comma is as often a question ("Ist das nötig, fragte der Abgeordnete")."""
        doc = self.doc
        words = [t for t in doc[s:e] if self.in_pair[t.i] < 0 and self.is_wordlike(t)]
        if len(words) < 3 or words[0].i != s or not self.is_finite_verb(words[0]) or any(
                doc[t].text in CLAUSE_BREAKS | SENT_END and self.in_pair[t] < 0 for t in range(s + 1, e)):
            return False
        after = e + 1 if e + 1 < len(doc) else None
        return self.mood(words[0]) is not None or (after is not None and self.mood(doc[after]) is not None)

    def starts_paragraph(self, s: int) -> bool:
        before = self.text[:self.doc[s].idx].rstrip(" \t")
        return not before.strip() or before.endswith("\n")

    def closes_sentence(self, k: int, se: int) -> bool:
        """The cue at k closes its sentence (only its end punctuation follows): a verb-final clause."""
        doc = self.doc
        t = k + 1
        while t < se and doc[t].is_space:
            t += 1
        return t >= se or (doc[t].text in SENT_END and all(doc[u].is_space for u in range(t + 1, se)))

    def ends_clause_at(self, t: int, se: int) -> bool:
        """Token t (right after a verb) closes its clause: the sentence ends, a clause break or a quotation follows."""
        return t >= se or self.doc[t].text in CLAUSE_BREAKS | SENT_END or self.in_pair[t] >= 0

    def auxiliary_closes_clause(self, i: int, se: int, auxiliaries: frozenset[str]) -> bool:
        """The verb at i and one finite auxiliary of ``auxiliaries`` right after it close a verb-final clause ("…,
        nachdem X entschieden hatte,", "wie er angegeben hat."): German puts the finite verb of a dependent clause
        last."""
        doc = self.doc
        return i + 1 < se and doc[i + 1].lower_ in auxiliaries and self.in_pair[i + 1] < 0 and \
            (i + 2 >= se or doc[i + 2].text in CLAUSE_BREAKS | SENT_END)

    def has_verb(self, s: int, e: int) -> bool:
        if not self.has_pos:
            return e - s >= 4
        return any(self.doc[t].pos_ in ("VERB", "AUX") and self.in_pair[t] < 0 for t in range(s, e))

    def authors_main_clause(self, s: int, e: int, verb_second: bool = False) -> bool:
        """Tokens s..e are an indicative main clause: a finite verb in the indicative and no subjunctive or
        reportative "soll"; with ``verb_second`` the clause opens with a subject and its verb stands second with
        more of the clause after it ("die Ursache ist noch unklar"), which no relative or other dependent clause
        (verb last: "die seit Jahren steigt") does."""
        doc = self.doc
        if e - s < 2 or self.subjunctive_in(s, e) is not None or \
                any(doc[k].lower_ in {"soll", "sollen"} and self.in_pair[k] < 0 for k in range(s, e)):
            return False
        finite = [k for k in range(s, e) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])
                  and "Ind" in doc[k].morph.get("Mood", [])]
        if not finite:
            return False
        if not verb_second:
            return True
        verb = finite[0]
        return doc[s].lower_ not in SUBORDINATORS | COMPLEMENTIZERS | ADVERBIAL_SUBORDINATORS \
            | ADVERBIAL_INFINITIVES | COORDINATORS and s < verb <= s + 3 \
            and any(self.is_wordlike(doc[k]) for k in range(verb + 1, e)) \
            and (self.is_noun(doc[verb - 1]) or doc[verb - 1].pos_ == "PRON")

    def is_infinitive_clause(self, s: int, e: int) -> bool:
        """ "…, den Vorschlag prüfen zu lassen" / "…, den Bären einzufangen": a zu-infinitive clause."""
        words = [t for t in self.doc[s:e] if self.is_wordlike(t) and self.in_pair[t.i] < 0]
        if not words or words[0].lower_ in ADVERBIAL_INFINITIVES:
            return False  # "…, um die Stadt zu erreichen": a purpose, not what was said or planned
        compared = next((i for i in range(len(words) - 2, 1, -1) if words[i].lower_ in {"als", "wie"}), None)
        if compared is not None and not any(t.pos_ in ("VERB", "AUX") for t in words[compared + 1:]):
            # "…, kurzfristig zurückzutreten als Chefin der CDU": a role or comparison placed after the infinitive
            # (Nachfeld) still closes the infinitive clause
            words = words[:compared]
        lows = [t.lower_ for t in words[-3:]]
        return "zu" in lows[:-1] or bool(re.fullmatch(r"\w+zu\w+(en|n)", words[-1].lower_)) and \
            words[-1].lower_ not in {"dazu", "hinzu"}

    def after_semicolon(self, ss: int, k: int) -> int:
        """Where the main clause of token k begins when a semicolon before it (outside quotation marks) closes an
        earlier main clause of the sentence ss..: "Der Präsident bat um Hilfe; die Regierung lehnte ab und erklärte,
        …" — the clause after the semicolon has its own subject; else ss."""
        return max((t + 1 for t in range(ss, k) if self.doc[t].text == ";" and self.in_pair[t] < 0), default=ss)

    def clause_start(self, k: int, ss: int, quotation_in_clause: Callable[[int], int | None] | None = None) -> int:
        """The first token of the clause token k stands in: after the nearest clause break (comma, colon, dash …)
        outside quotation marks, or the sentence start ss. A paired insertion belongs to the clause. A quotation
        ends the clause, unless ``quotation_in_clause`` (given the quotation's token before the walk's position)
        returns the token the walk goes on from: a quoted name or word that is part of the clause ("Wie „heise
        online“ berichtet", "hatte den Bericht als „falsch“ zurückgewiesen")."""
        doc = self.doc
        c = k
        while c > ss:
            quoted = self.in_pair[c - 1] >= 0
            if quoted and quotation_in_clause is None:
                break
            partner = self.insertion_partner(c - 1)
            if ss < partner < c - 1:
                c = partner  # "Die Lage hat sich – wie erwartet – verschärft": one clause
                continue
            if doc[c - 1].text in CLAUSE_BREAKS:
                break
            if quoted and quotation_in_clause is not None:
                resume = quotation_in_clause(c - 1)
                if resume is None:
                    break
                c = max(resume, ss)
                continue
            c -= 1
        return c

    def insertion_partner(self, t: int) -> int:
        """The other mark of the paired insertion whose opening or closing mark is token t ("hat – nach Angaben der
        Polizei – der Fahrer eingeräumt", "sei (so der Minister) ernst"), or -1. A dash pair is two dashes in one
        sentence with a short insertion between them and no quotation mark on either; a single dash ("…, sagte X –
        und ging") pairs with nothing and stays a clause break. Written by hand: spaCy's blank German pipeline has
        no parser that would attach a parenthetical."""
        if self._insertions is None:
            self._insertions = {}
            for ss, se in self.sentences():
                self._insertions.update(self.insertion_pairs(ss, se))
        return self._insertions.get(t, -1)

    def outside_insertions(self, s: int, e: int) -> Iterator[int]:
        """Token indices s..e-1 that lie in no paired insertion (its marks included)."""
        t = s
        while t < e:
            partner = self.insertion_partner(t)
            if partner > t:
                t = partner + 1
                continue
            yield t
            t += 1

    def joins_range(self, t: int) -> bool:
        """The dash at t joins two numbers ("2008 - 2012", "1 – 0"): a range or score, no insertion mark."""
        doc = self.doc
        return 0 < t < len(doc) - 1 and doc[t].text != "(" and doc[t - 1].like_num and doc[t + 1].like_num

    def insertion_around(self, k: int) -> tuple[int, int] | None:
        """The opening and closing marks of the paired insertion token k stands in, or None."""
        for t in range(k - 1, max(-1, k - _INSERTION_MAX_TOKENS - 2), -1):
            partner = self.insertion_partner(t)
            if partner > k:
                return t, partner
            if 0 <= partner < t:
                return None  # an insertion closed before k
        return None

    def between_quotations(self, open_: int, close: int) -> bool:
        """The insertion open_..close stands between two quotations („…“ – sagte X – „…“): it interrupts direct
        speech, whose parts are the quotations themselves, not a reported sentence around the insertion."""
        doc = self.doc
        return 0 < open_ < close and close + 1 < len(doc) and self.in_pair[open_ - 1] >= 0 \
            and self.in_pair[close + 1] >= 0 and self.in_pair[open_ - 1] != self.in_pair[close + 1]

    def insertion_marks(self) -> list[int]:
        """Indices of the tokens that are an opening bracket or a dash (INSERTION_DASHES), in order; read once per
        doc from the characters, since few tokens are."""
        if self._insertion_marks is None:
            starts, doc = self._token_starts, self.doc
            found = {bisect_right(starts, m.start()) - 1 for m in _INSERTION_MARK_CHARS.finditer(self.text)}
            self._insertion_marks = sorted(k for k in found if doc[k].text == "(" or doc[k].text in INSERTION_DASHES)
        return self._insertion_marks

    def insertion_pairs(self, ss: int, se: int) -> dict[int, int]:
        """Opening mark -> closing mark and closing -> opening of the paired insertions of sentence ss..se."""
        doc = self.doc
        pairs: dict[int, int] = {}
        t = ss + 1  # a dash opening the sentence marks a list item or a speaker change, not an insertion
        marks = self.insertion_marks()
        while t < se:
            # only a bracket or dash can open: go straight to the next one (any other token would just be passed)
            m = bisect_left(marks, t)
            if m == len(marks) or marks[m] >= se:
                break
            t = marks[m]
            mark = doc[t].text
            closer = ")" if mark == "(" else mark  # insertion_marks holds only "(" and INSERTION_DASHES
            if self.in_pair[t] >= 0 or self.joins_range(t):
                t += 1
                continue
            stops = {closer, "("} if closer == ")" else INSERTION_DASHES
            close = next((u for u in range(t + 1, min(se, t + _INSERTION_MAX_TOKENS + 2))
                          if doc[u].text in stops | SENT_END), None)
            if close is None or close == t + 1 or doc[close].text != closer and closer == ")" \
                    or self.joins_range(close) or doc[close].text in SENT_END or self.in_pair[close] >= 0 \
                    or (closer != ")" and any(self.in_pair[u] >= 0 for u in range(t + 1, close))):
                t += 1
                continue
            pairs[t], pairs[close] = close, t
            t = close + 1
        return pairs

    def relative_clause_around(self, k: int, ss: int, se: int) -> tuple[int, int] | None:
        """Token range of the relative clause token k stands in (", die ihrer Meinung nach … innehat," / ", unter
        denen sich nach Einschätzung der Ermittler … befinden sollte"), or None when k is in a main clause."""
        doc = self.doc
        r = self.relative_pronoun(k, ss, se)
        if r is None:
            return None
        c = self.clause_start(k, ss)
        end = k
        while end < se and not (doc[end].text in CLAUSE_BREAKS | SENT_END and self.in_pair[end] < 0
                                and any(self.is_finite_verb(doc[t]) for t in range(r + 1, end))):
            end += 1
        if self.subjunctive_in(ss, c) is not None or self.subjunctive_in(end, se) is not None:
            return None  # the sentence around it is reported speech too: it is all one quote
        return c, end

    def elliptic_wie_participle(self, k: int, ss: int, se: int) -> bool:
        """The cue at k is the bare participle of an elliptic "wie" clause set off by commas ("Der Trainer teilte,
        wie erwartet, mit, …", "Wie berichtet, hat die Firma …", "wie bereits angekündigt"): a set phrase of the
        author's with no speaker, not a report."""
        doc = self.doc
        w = k - 1
        while w > ss and doc[w].lower_ in {"bereits", "schon", "zuvor", "erst", "allgemein", "vielfach"}:
            w -= 1
        return w >= ss and doc[w].lower_ == "wie" and (w == ss or doc[w - 1].text in CLAUSE_BREAKS) and \
            (k + 1 >= se or doc[k + 1].text in CLAUSE_BREAKS | SENT_END)

    def reported_relative_cue(self, k: int, ss: int) -> bool:
        """The reporting verb at k is a Konjunktiv I in a relative clause ("nur ein Politiker zu sein, der tue und
        sage, was ihm nütze", "Satelliten, von denen man glaube, dass …"): the relative clause is part of a report
        in the subjunctive around it, so the verb introduces no statement of its own. Why: the author's own
        relative clause would be in the indicative ("der sagt"); only a reported one takes the Konjunktiv I."""
        return self.mood(self.doc[k]) == "I" and self.in_relative_clause(k, ss)

    def in_relative_clause(self, k: int, ss: int) -> bool:
        """Token k stands in a relative clause (", der zum Sturm aufgerufen haben soll")."""
        return self.relative_pronoun(k, ss, len(self.doc)) is not None

    def relative_pronoun(self, k: int, ss: int, limit: int) -> int | None:
        """The relative pronoun opening the clause token k stands in, or None: after a comma, a relative form,
        possibly after a preposition (", mit dem er …"), not followed by a noun or an attribute (", die Regierung"
        and ", der neue Chef" are appositions or new phrases); it needs a token after it before ``limit``."""
        c = self.clause_start(k, ss)
        if c == ss or self.doc[c - 1].text != ",":
            return None
        return self.relative_opener(c, limit)

    def phrase_with_relative_clause(self, s: int, e: int) -> bool:
        """``s..e`` is one noun or prepositional phrase with a relative clause, not a clause of its own: "In einem
        Essay, das zu seinem Geburtstag erschien", "Auch offizielle Statistiken, auf die der Bericht verweist". Why: its
        only finite verb stands in the relative clause, so before a verb it is the fronted phrase (Vorfeld) of that
        verb's own clause, not a statement the verb reports."""
        doc = self.doc
        comma = next((t for t in range(s + 1, e) if doc[t].text == "," and self.in_pair[t] < 0), None)
        if comma is None or any(self.is_finite_verb(doc[t]) for t in range(s, comma)):
            return False
        if self.relative_opener(comma + 1, e) is None:
            return False
        # the comma closing the relative clause: a finite verb after it is the phrase's own ("Der Mann, der gestern
        # kam, sei tot"), so s..e is a whole clause
        close = next((t for t in range(comma + 2, e) if doc[t].text == "," and self.in_pair[t] < 0), e)
        return not any(self.is_finite_verb(doc[t]) for t in range(close, e))

    def phrase_with_complement_clause(self, s: int, e: int, openers: frozenset[str] = COMPLEMENTIZERS) -> bool:
        """``s..e`` is one noun or prepositional phrase whose noun takes a dependent clause opened by one of
        ``openers`` (ob/dass/w-words): "Auf die Frage, ob er zurücktreten werde", "Den Vorwurf, dass er gelogen
        habe". Why: the clause's Konjunktiv I belongs to the question or charge the noun names (the journalist's, the
        accuser's); the phrase is the fronted part (Vorfeld) of the verb after it, not a statement that verb reports.
        The quote rules ask only for questions (without "dass"): a "dass" clause after a noun is content of its own
        that other rules attribute."""
        doc = self.doc
        comma = next((t for t in range(s + 1, e) if doc[t].text == "," and self.in_pair[t] < 0), None)
        if comma is None or comma + 1 >= e or doc[comma + 1].lower_ not in openers:
            return False
        if not any(self.is_noun(doc[t]) for t in range(s, comma)) or \
                any(self.is_finite_verb(doc[t]) for t in range(s, comma)):
            return False
        # the dependent clause runs to e: a clause after it ("Einen Plan B für den Fall, dass …, gäbe es nicht")
        # makes s..e a whole sentence
        return not any(doc[t].text == "," and self.in_pair[t] < 0 for t in range(comma + 2, e))

    def holds_only_insertions(self, s: int, e: int) -> bool:
        """The stretch s..e (between a phrase's comma and the comma before a verb) holds only appositions and
        relative clauses ("Albrecht Conze, der politische Direktor …, bezeichnete", "Der Mann, der gestern kam,
        sagte"), no clause of its own: every comma-separated part with a finite verb opens with a relative pronoun.
        Why: in "Der Mann, der gestern kam, sei tot, sagte der Sprecher" the part "sei tot" is the clause the
        inverted cue reports, so the phrase before it is not the cue's subject."""
        doc = self.doc
        part = s
        for t in range(s, e + 1):
            if t < e and not (doc[t].text == "," and self.in_pair[t] < 0):
                continue
            if any(self.in_pair[u] < 0 and self.is_finite_verb(doc[u]) for u in range(part, t)) and \
                    self.relative_opener(part, t) is None:
                return False
            part = t + 1
        return True

    def relative_opener(self, c: int, limit: int) -> int | None:
        """The relative pronoun at c, or after a preposition at c (", mit dem …"), when no noun or attribute
        follows it; ``limit`` bounds the clause."""
        doc = self.doc
        r = c + 1 if doc[c].lower_ in self.lex.prepositions and c + 1 < limit else c
        if r + 1 >= limit or doc[r].lower_ not in RELATIVE_FORMS or self.is_noun(doc[r + 1]) or \
                self.is_modifier(doc[r + 1]):
            return None
        return r

