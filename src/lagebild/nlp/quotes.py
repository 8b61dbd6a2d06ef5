"""Who said what: direct, indirect, mixed and reported quotations with their speakers.

The component ``lagebild_quotes`` assigns ``doc._.quotes: list[Quote]``. It works sentence by
sentence (a sentence never ends inside a quotation; a line break ends one) with rules over the
German lexicons in ``lagebild/data/quotes/`` (each file says how to extend it):

* direct   — text in quotation marks (``quotes_marks``) with a cue before, after or around it
             ("„…“, sagte X", "X erklärte: „…“", "„…“, so X"), a quoted phrase that a speech act takes as
             its object ("nannte den Bericht eine „Zeitungsente“"), or a full quoted sentence that continues
             the last speaker. Scare quotes, names and titles (short, inside a noun phrase, no cue, title
             case, after "sogenannte"/"Film"/… from ``scare_quotes.txt``, in brackets, before an
             abbreviation "(CUD)", or one of a list of quoted titles) are skipped.
* indirect — the content clause of a reporting verb ("X sagte, …", "…, sagte X.", "wie X mitteilte, …",
             "…, so X"); a clause under a source frame ("laut X", "X zufolge", "nach Angaben von X",
             "…, wonach …"), also a second speech act coordinated after the first content ("X sagte, …, und
             forderte, …": same speaker, its own statement); a sentence in Konjunktiv I without a cue (it
             continues the last statement's speaker and statement id); the reportative "soll … getan haben";
             and "X. Das sagte Y."; the dass-clause or zu-infinitive after an intention verb ("hatten vereinbart, …
             zu", class ``intend`` in ``cue_verbs.tsv``) or a speech-act noun ("die Forderung des X, … zu tun",
             ``speech_act_nouns.txt``; the source is the genitive/"von" phrase, else the noun phrase itself).
* mixed    — indirect speech containing quoted fragments (one quote).
* reported — a speech act without content ("X forderte mehr Geld für Schulen", "X sprach von …"), also one
             coordinated after a statement ("„…“, schrieben die Hacker und kündigten weitere Aktionen an"); not an
             attributive participle ("eine oft beklagte Lücke") nor a bare participle without auxiliary; a stance
             with its preposition ("Die Polizei geht von Suizid aus", ``stance_verbs.tsv``); a reason named with
             "als", also in an agentless passive ("Als Ursache wurde ein Herzinfarkt angegeben", ``naming_frames.tsv``).

Mood is read only through ``token.morph`` (``Mood=Sub|Tense=Pres`` = Konjunktiv I, ``Tense=Past`` =
Konjunktiv II). Only when the pipeline has no morphology at all, a small list of frequent
subjunctive forms stands in (``konjunktiv_fallback.txt``). POS (when tagged) guides the noun phrases.

Speakers are the noun phrase that is the subject of the cue's clause (before the verb, or after it in
inverted order), the phrase after a frame, or the subject of the clause introducing a quotation.
When those rules find no subject: a relative pronoun (", der … aufforderte") or demonstrative ("Dieser behauptete")
is the mention, else the agentive phrase opening the sentence or following an inverted auxiliary. A werden-passive
("Ihm wird vorgeworfen, …") has no speaker but its "von X" agent; "Demnach"/"Danach" (Konjunktiv) is itself the mention
of the source just named; "zitierte X" makes the quoted X the speaker; "Aus Paris hieß es" names Paris.
Pronouns and role nouns ("die Ökonomin") resolve to an entity (``doc._.speaker_mentions`` /
``doc._.entities``) or to an earlier named speaker or person; unnamed sources keep ``entity=None``.
``Speaker.name`` is the entity's name, the name part of "Rolle Vorname Nachname", or the mention.
``Quote.medium`` is a short label from ``media.tsv``: "Deutschlandfunk (Interview)", "Spiegel",
"X/Twitter", "Podcast", "Pressekonferenz", "Mitteilung".
Confidence: per rule from ``confidence.tsv``, the share of that rule's quotes that match a gold quote on the
training articles (0.95 for "laut X" frames down to 0.5 for the reportative "soll");
``scripts/calibrate_quote_confidence.py`` rebuilds the table and ``lagebild eval quotes`` prints it for its split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.nlp.display_names import name_speakers_in_base_form
from lagebild.nlp.extensions import original_text
from lagebild.nlp.quotes_lexicon import CueVerb, QuoteLexicon, load_lexicon
from lagebild.nlp.quotes_marks import quote_mark_pairs
from lagebild.types import Quote, QuoteKind, Speaker, TextSpan

_COMPLEMENTIZERS = frozenset({"dass", "ob", "wie", "wo", "warum", "weshalb", "weswegen", "wann", "wer", "was", "wieso"})
# brackets are not clause breaks: "Ministerin Gitta Trauernicht (SPD) sagte"
_CLAUSE_BREAKS = frozenset({",", ":", ";", "–", "—"})
_SENT_END = frozenset({".", "!", "?", "…"})
# dashes that set off an insertion in pairs ("hat – nach Angaben der Polizei – eingeräumt"); "-" with spaces is a
# dash in much online news
_INSERTION_DASHES = frozenset({"–", "—", "-"})
_INSERTION_MAX_TOKENS = 20
# passive auxiliaries: "wurde nicht bestätigt" reports no speaker's act
_AUXILIARIES = frozenset({"wurde", "wurden", "wird", "werden", "worden", "ist", "sind", "war", "waren"})
_PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden", "worden", "würde", "würden"})
# finite forms of "haben" that close a perfect ("entschieden hatte", "angegeben hat")
_PERFECT_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten"})
# words that negate a whole clause ("äußerte sich nicht"); "kein" negates a noun phrase, and a speech act with one
# still happened ("sah keinen Anlass zur Sorge" is a statement; on train counting it cost speaker F1)
_CLAUSE_NEGATIONS = frozenset({"nicht", "nie", "niemals"})
# a negated report ("wurde nicht gemeldet") reports that nothing was said
_NEGATIONS = _CLAUSE_NEGATIONS | {"kein", "keine", "keinen", "keiner", "weder"}
# focus particles after which "nicht" negates no clause ("nicht nur …, sondern auch", "nicht zuletzt", "nicht selten")
_NEGATION_FOCUS_PARTICLES = frozenset({"nur", "zuletzt", "selten", "ohne"})
_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
# relative pronouns in the dative, the case "laut", "nach" and "zufolge" take (", laut dem …", ", denen zufolge …")
_RELATIVE_DATIVE = frozenset({"dem", "der", "denen"})
# relative pronouns after a preposition (", in dem …", ", nach der …", ", in dessen Folge …"): the dative, the
# masculine accusative and the genitive forms
_PREPOSITIONAL_RELATIVES = _RELATIVE_DATIVE | {"den", "dessen", "deren", "welchem", "welcher", "welchen"}
# where an inscription is written ("auf dem Plakat", "an der Wand", "in der Zeitung") and the adverbs that point
# to such a place ("Darauf waren die Worte zu lesen"); see attribute_inscriptions
_INSCRIPTION_PREPOSITIONS = frozenset({"auf", "an", "am", "in", "im"})
_INSCRIPTION_ADVERBS = frozenset({"darauf", "daran", "darin", "drauf", "dran"})
# a definite article right before a quoted name makes it part of a noun phrase ("der „Zeit“"); after a preposition
# only a name of several words is taken as one ("für die „BILD am Sonntag“"; "von „Panikverkäufen“" is a quoted word)
_NAME_ARTICLES = frozenset({"der", "des", "dem", "den", "die", "das", "im", "vom", "beim", "zum", "zur", "am", "ins"})
_NAME_DETERMINERS = _NAME_ARTICLES | {"von", "für", "in", "auf", "mit", "bei", "aus"}
_POSSESSIVES = frozenset({"seiner", "ihrer", "deren", "dessen", "unserer", "meiner", "eurer", "ihres", "seines"})
# demonstratives that stand alone for a person named before ("so schrieb diese", "…“, so letztere")
_DEMONSTRATIVES = frozenset({"dieser", "diese", "letzterer", "letztere", "jener", "jene"})
# words that open a subject in the nominative right after a finite verb ("Diese lehnte er ab", "… lehnte die Partei
# ab"); not the lexicon's pronoun and determiner sets, which hold dative forms ("ihm", "dem") that open objects
_NOMINATIVE_OPENERS = frozenset({"er", "sie", "es", "man", "wir", "ich", "der", "die", "das", "ein", "eine"})
# pronouns and demonstratives that point to a male referent ("er", "ihm", "letzterer")
_MASCULINE_POINTERS = frozenset({"er", "ihm", "dieser", "letzterer", "jener"})
# lower-case particles inside personal names ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg", "Osama bin Laden")
_NAME_PARTICLES = frozenset({"von", "van", "de", "al", "bin", "ibn", "la", "le", "zu"})
# determiners that mark a noun phrase as dative or genitive: such a phrase is no earlier subject a pronoun resumes
_DATIVE_GENITIVE_DETERMINERS = frozenset({"dem", "diesem", "einem", "jenem", "den", "des", "eines"})
# a lower-case abbreviation compounded with a noun names a source ("ai-Bericht", "dpa-Meldung")
_COMPOUND_NAME = re.compile(r"^[a-zäöü]{2,6}-[A-ZÄÖÜ]")
# a capitalised genitive ("Grupps", "Merkels") between "nach" and a source noun
_GENITIVE_NAME = re.compile(r"^[A-ZÄÖÜ][\w-]*s$")
# source nouns that head closed compounds ("Regierungsangaben", "Expertenschätzungen"); the rest must stand alone
_COMPOUND_SOURCE_HEADS = ("angaben", "schätzungen", "informationen", "berichten", "erkenntnissen")
# articles that cannot stand alone as a pronoun subject ("das sei …" can, "ein sei …" cannot)
_ARTICLES = frozenset({"des", "ein", "eine", "einen", "einem", "eines"})
# every form that opens a relative clause after a comma (", denen …", ", was …")
_RELATIVE_FORMS = _RELATIVE_PRONOUNS | _PREPOSITIONAL_RELATIVES | {"was", "wo"}
# conjunctions joining two main clauses ("…, und die Piloten hätten …")
_COORDINATORS = frozenset({"und", "oder", "aber", "sondern"})
# conjunctions that open a contrasting main clause after a comma ("…, doch der Sprecher erklärte, …")
_CONTRASTING_CONJUNCTIONS = frozenset({"doch", "aber", "jedoch", "sondern"})
# the contrasting words that also stand after the finite verb of a clause sharing the subject before ("…, fordern
# aber ein Datum"); "doch" there is a modal particle and "sondern" only opens a clause
_CONTRASTING_ADVERBS = _CONTRASTING_CONJUNCTIONS - {"doch", "sondern"}
_OPEN_SUBORDINATE = frozenset({"wie", "als", "dass", "nachdem", "während", "weil", "wenn", "was"})
# relative adverbs ("wobei", "wonach", "worauf"): a clause they open depends on the one before it
_RELATIVE_ADVERB = re.compile(r"^wor?(an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu)$")
# determiner forms that only an accusative or dative noun phrase takes ("einen", "seinem", "ihren", "diesen"): such a
# phrase before the verb is an object, never the subject ("Ihren Widersacher X forderte May auf, …")
_OBLIQUE_DETERMINERS = frozenset({
    f"{stem}{ending}" for stem in ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur", "dies", "jen", "jed")
    for ending in ("en", "em")})
# clause openers whose subject may carry an apposition before the verb: "wie/als Burt Rutan, Chef der Firma, sagte"
_APPOSED_SUBJECT_OPENERS = frozenset({"wie", "als"})
# conjunctions of a verb-final clause whose verb cannot cue the clause before it ("…, dass X befürchtet")
_SUBORDINATORS = frozenset({"dass", "ob", "weil", "da", "obwohl", "nachdem", "wenn", "falls", "damit", "bevor",
                            "während", "sodass", "indem"})
# conjunctions of an adverbial clause ("Obwohl …", "Nachdem …"): such a clause is a condition or time of the clause
# next to it, never the content of a reporting verb there ("Obwohl das Handy gefunden wurde, bestritt er die Tat")
_ADVERBIAL_SUBORDINATORS = (_SUBORDINATORS - {"dass", "ob"}) | {"als", "obgleich", "sobald", "sofern", "solange",
                                                                 "seitdem", "zumal", "wenngleich", "ehe"}
# conjunctions of a clause the author attaches after reported content (time, concession, comment on the whole):
# with an indicative verb it ends the report ("…, nachdem bekannt geworden war", "…, was nicht bestätigt wurde").
# Not "als": a temporal als-clause mostly belongs to what was said ("…, als dieser sein Amt aufgeben musste"; measured)
_AUTHORS_CLAUSE_OPENERS = frozenset({"nachdem", "obwohl", "obgleich", "wenngleich", "während", "seitdem", "was"})
# conjunctions opening an adverbial zu-infinitive ("um … zu", "ohne … zu"), never a reported content
_ADVERBIAL_INFINITIVES = frozenset({"um", "ohne", "statt", "anstatt", "anstelle"})
# plural Konjunktiv II forms standing in for a Konjunktiv I that equals the indicative ("sie haben" -> "sie hätten");
# "wären"/"sollten"/"wollten" are not among them ("seien" exists; the others equal the past indicative)
_KONJUNKTIV_I_STAND_INS = frozenset({"hätten", "würden", "könnten", "müssten", "dürften"})
# singular Konjunktiv II of the modal verbs: "Dieser könnte Sanktionen beschließen", "Die Zahl dürfte steigen" —
# after a statement mostly the article's own estimate (on the training split about a quarter of such sentences are
# reported). The singular has its own Konjunktiv I ("könne", "müsse"), so a reporter would use that; the plural
# ("könnten") stands in for a Konjunktiv I equal to the indicative and stays a continuation (_KONJUNKTIV_I_STAND_INS)
_MODAL_KONJUNKTIV_II = frozenset({"könnte", "müsste", "dürfte", "möchte"})
# lemmas of the auxiliaries and modals whose finite form leaves the clause open for a participle or infinitive
_AUXILIARY_LEMMAS = frozenset({"sein", "haben", "werden", "sollen", "müssen", "können", "dürfen", "wollen", "mögen"})
# how many sentences after a statement a Konjunktiv-I sentence still continues it
_CONTINUATION_WINDOW = 3
# quantifying words inside a noun phrase that the tagger reads as determiners ("die beiden Sängerinnen")
_QUANTIFIERS = frozenset({"beiden", "beide", "meisten", "übrigen", "einzelnen", "mehreren", "zahlreichen", "einigen",
                          "vielen", "wenigen"})
# a word the tagger may misread that is still a noun: a hyphenated compound whose last part is capitalised
# ("ai-Bericht", "Neu-ödp-Mitglieder", "Baden-Württemberg") or a brand written in camel case ("eBay", "iPhone")
_LOWER_NAME = re.compile(r"^(?:\w[\w.]*-(?:[\w.]+-)*[A-ZÄÖÜ]\w*|[a-z][A-Z]\w+)$")


# pointing words that open a sentence attributing the one before it ("Das sagte X.")
_ANAPHORIC_OPENERS = frozenset({"das", "dies", "dieses"})

# articles that cannot open a dative noun phrase: "die Sicht nach oben" is no source phrase, "der Sicht nach" may be
_NOT_DATIVE_ARTICLES = frozenset({"die", "das", "den", "ein", "eine", "einen"})


@dataclass
class _Found:
    start: int
    end: int
    kind: QuoteKind
    confidence: float
    speaker: Speaker = field(default_factory=Speaker)
    cue: TextSpan | None = None
    medium: str | None = None
    continues: bool = False  # continues the previous statement (same statement id)


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


class _QuoteFinder:
    def __init__(self, doc: Doc, lex: QuoteLexicon) -> None:
        self.doc: Any = _Tokens(doc)
        self.text = original_text(doc)
        self.ents = tuple(doc.ents)  # spaCy builds new Span objects on every doc.ents access: read them once
        self.lex = lex
        # as Doc.has_annotation, over the cached tokens (it would build every Token again)
        self.has_morph = any(t.has_morph() for t in self.doc)
        self.has_pos = any(t.pos != 0 for t in self.doc)
        self.pairs = quote_mark_pairs(self.text)
        # token index -> index of the quotation-mark pair it lies in (marks included), or -1
        self.in_pair = [-1] * len(doc)
        pi = 0
        for tok in self.doc:
            while pi < len(self.pairs) and self.pairs[pi][1] <= tok.idx:
                pi += 1
            if pi < len(self.pairs) and self.pairs[pi][0] <= tok.idx < self.pairs[pi][1]:
                self.in_pair[tok.i] = pi
        self.named_speakers: list[tuple[int, Speaker]] = []  # (char offset, speaker) of named speakers seen
        self._insertions: dict[int, int] | None = None  # paired dashes and brackets, see insertion_partner

    # ------------------------------------------------------------------ grammar helpers

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
        if self.has_morph:
            if "Sub" not in tok.morph.get("Mood", []) or self.reads_as_noun(tok) or self.attributive_participle(tok):
                return None
            if "Past" in tok.morph.get("Tense", []):
                return "II"
            return "I" if self.konjunktiv_i_form(tok) and not self.closes_indicative_clause(tok) else None
        return self.lex.subjunctive_fallback.get(tok.lower_)

    def closes_indicative_clause(self, tok: Token) -> bool:
        """The word read as Konjunktiv I closes a main clause whose finite verb is already an indicative ("Den Posten
        hat er seit 2010 inne."). Why: a clause has one finite verb, so the last word is the separated particle (or an
        unknown word) whose guessed lemma only looks like a verb ("inne" → "innen")."""
        doc = self.doc
        i = tok.i
        if i + 1 < len(doc) and doc[i + 1].text not in _SENT_END and doc[i + 1].text not in _CLAUSE_BREAKS:
            return False
        for k in range(i - 1, max(-1, i - 20), -1):
            prev = doc[k]
            low = prev.lower_
            if prev.text in _CLAUSE_BREAKS or prev.text in _SENT_END or self.in_pair[k] >= 0 or \
                    low in _SUBORDINATORS or low in _COMPLEMENTIZERS or low in _COORDINATORS:
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
                if [t.lower_ for t in self.doc[j:j + len(words)]] == words:
                    return verb
                if self.doc[j - 1].lower_ in _COORDINATORS and self.is_finite_verb(self.doc[j]):
                    # "warf das Gerät 66 Meter weit und siegte so vor …": a coordinated finite verb opens a new
                    # clause; the particle of a verb-second verb closes the verb's own clause, so it cannot stand later
                    break
                j += 1
            if self.particle_after_apposition(j, end, words):
                return verb
        if plain and plain.lemma == "heißen":
            # only "hieß es" / "heißt es" cues a quotation
            near = {self.doc[k].lower_ for k in (i - 1, i + 1) if 0 <= k < len(self.doc)}
            return plain if "es" in near else None
        return plain

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
            after >= end or doc[after].text in _SENT_END or self.particle_before_dass(close, end, words))

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
            and doc[i + 1].lower_ in _PASSIVE_AUXILIARIES

    def is_joined_form(self, k: int, end: int) -> bool:
        """A participle or verb-final form ("mitteilte", "hat … erklärt"), not a finite verb in second position."""
        low = self.doc[k].lower_
        if low not in self.lex.joined and (k == 0 or (self.doc[k - 1].lower_, low) not in self.lex.split_participles):
            return False
        if low not in self.lex.finite:
            return True
        # "berichtet" is both: verb-final (a participle after an auxiliary, or a subordinate clause) only when
        # the clause has a subordinator or another finite verb before it
        doc = self.doc
        c = k
        while c > 0 and doc[c - 1].text not in _CLAUSE_BREAKS | _SENT_END and self.in_pair[c - 1] < 0:
            c -= 1
        return doc[c].lower_ in _OPEN_SUBORDINATE or any(self.is_finite_verb(doc[t]) for t in range(c, k))

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
                tok.pos_ == "ADJ" and self.is_cap(tok) and (not tok.is_sent_start or self.nominalised_subject(tok)))
        return self.is_cap(tok)

    def nominalised_subject(self, tok: Token) -> bool:
        """A capitalised, inflected adjective opening the sentence right before its finite verb is a nominalised
        subject ("Betroffene berichteten …", "Angehörige forderten …"): an attributive adjective would precede its
        noun, and an adverbial one is uninflected ("Besorgt äußerte sich …"). A plural noun the tagger takes for an
        adjective ends the same way ("Analysten halten …")."""
        i = tok.i
        return self.is_cap(tok) and tok.lower_.endswith(("e", "en")) and i + 1 < len(self.doc) \
            and self.is_finite_verb(self.doc[i + 1])

    def is_modifier(self, tok: Token) -> bool:
        """An attributive word inside a noun phrase ("die <deutsche> Bundeskanzlerin", "die <13> Feuerwehrmänner")."""
        if not self.is_wordlike(tok) or self.in_pair[tok.i] >= 0:
            return False
        low = tok.lower_
        if self.has_pos:
            return tok.pos_ in ("ADJ", "NUM") or low in _QUANTIFIERS or (
                tok.pos_ == "ADV" and tok.text[:1].islower() and low not in self.lex.adverbs)
        return tok.text[:1].islower() and low not in self.lex.stop_words and low not in self.lex.prepositions \
            and low not in self.lex.adverbs and low not in self.lex.finite and low not in self.lex.joined

    # ------------------------------------------------------------------ speakers

    def np_from(self, j: int, end: int) -> tuple[int, int] | None:
        """A speaker noun phrase starting at token j: det? modifier* Noun+ (genitive)? (apposition)? — token range."""
        doc, lex = self.doc, self.lex
        if j >= end or (self.in_pair[j] >= 0 and not self.is_quoted_name(j)):
            return None  # a short quoted name may open the phrase ("schrieb „Die Zeit“")
        tok = doc[j]
        if tok.lower_ in lex.pronouns:
            return (j, j + 1)
        if tok.lower_ in _DEMONSTRATIVES and self.in_pair[j] < 0 and (
                j + 1 >= end or not (self.is_noun(doc[j + 1]) or self.is_modifier(doc[j + 1]))):
            return (j, j + 1)  # "so letztere", "schrieb diese in einer Stellungnahme": no noun follows
        k = j
        if tok.lower_ in lex.determiners:
            k += 1
            if k < end and doc[k].lower_ in lex.prepositions and self.in_pair[k] < 0:
                # an extended attribute: "die in New York City geborene Lopez", "der für die Region zuständige
                # Koordinator" — a prepositional phrase, then the attribute's adjective and the noun
                p = self.skip_phrase(k, end)
                m = p
                while m < end and self.is_modifier(doc[m]):
                    m += 1
                if k + 1 < p <= k + 6 and m > p and m < end and (self.is_noun(doc[m]) or self.is_quoted_name(m)):
                    k = p  # (also before a quoted name: "die in Linz erscheinende „Rundschau am Sonntag“")
        while k < end and self.is_modifier(doc[k]):
            k += 1
        start_nouns = k
        while k < end and (self.in_pair[k] < 0 or k > start_nouns or self.short_title_at(k)) and (
                self.is_noun(doc[k]) or (doc[k].lower_ in _NAME_PARTICLES
                                         and k > start_nouns and k + 1 < end and self.is_cap(doc[k + 1])
                                         and (not self.has_pos or doc[k + 1].pos_ == "PROPN"))
                or (self.in_pair[k] >= 0 and self.short_title_at(k))):
            if k > start_nouns and doc[k - 1].ent_type_ == "PER" and doc[k].ent_iob_ != "I" and \
                    doc[k].ent_type_ != "PER" and doc[k].text[:1].isupper() and self.in_pair[k] < 0:
                break  # a person's name ends the phrase: "forderte Vorin | Schadenersatz"
            if k > start_nouns and self.common_noun_after_role(k):
                break  # "hat die Schauspielerin | Klage eingereicht": the object, not her name
            if self.in_pair[k] >= 0:
                # a quoted name after a noun: die Zeitung „Yemen Observer“
                pair = self.in_pair[k]
                while k < end and self.in_pair[k] == pair:
                    k += 1
                continue
            k += 1
        if k == start_nouns:
            if k > j + 1 and doc[j].lower_ in lex.determiners and (k >= end or not self.is_wordlike(doc[k])
                                                                     or doc[k].lower_ in lex.prepositions):
                return (j, k)  # a nominalised adjective: "der 81-jährige", "die Grüne"
            return None
        # genitive attributes: "der Chef der Bundesagentur", "Leiter des Programms der WHO"
        last = doc[k - 1]
        named_head = last.ent_type_ in ("ORG", "PER") and (k >= len(doc) or doc[k].ent_iob_ != "I") and \
            self.role_gender(last.text) is None
        for _ in range(2):
            if not (k + 1 < end and doc[k].lower_ in {"der", "des", "eines", "einer"}) or named_head:
                # a name takes no genitive attribute: "wirft die OSZE | der Wahlkommission vor" — the article
                # opens the dative object (a genitive inside a name belongs to its entity: "Bundesverband der
                # Deutschen Industrie")
                break
            g = k + 1
            while g < end and self.is_modifier(doc[g]):
                g += 1
            g2 = g
            while g2 < end and self.is_noun(doc[g2]) and self.in_pair[g2] < 0:
                g2 += 1
            if g2 == g:
                break
            k = g2
        # the rest of a name the phrase ends inside: "Gutachter der Deutschen Gesellschaft | für Luft- und Raumfahrt"
        while k < end and k > j and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ in ("ORG", "PER") \
                and doc[k].text not in _CLAUSE_BREAKS and self.in_pair[k] < 0:
            k += 1
        # a party or place in brackets: "Renate Schmidt (SPD)"
        if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        # apposition with a name: "der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise,"
        if k + 2 < end and doc[k].text == "," and self.is_cap(doc[k + 1]) and self.is_cap(doc[k + 2]) \
                and (k + 3 >= end or not self.is_cap(doc[k + 3])) \
                and (not self.has_pos or doc[k + 1].pos_ == "PROPN"):
            k += 3
        return (j, k)

    def common_noun_after_role(self, k: int) -> bool:
        """Token k is a common noun right after a role noun ("die Schauspielerin Klage eingereicht", "der Minister
        Anzeige erstattet"): a role noun takes a name after it (NER person or organisation, or a proper noun to the
        tagger), never a common noun — that noun opens the object of the clause."""
        doc = self.doc
        tok = doc[k]
        if not self.has_pos or tok.pos_ != "NOUN" or tok.ent_type_ in ("PER", "ORG") or self.in_pair[k] >= 0 \
                or doc[k - 1].ent_type_ in ("PER", "ORG"):
            return False
        if tok.text.endswith(".") or re.search(r"-[A-ZÄÖÜ]", tok.text) or self.role_gender(tok.text) is not None \
                or (k + 1 < len(doc) and (doc[k + 1].ent_type_ == "PER" or doc[k + 1].lower_ == "zufolge")):
            # a title or initial before a name ("Prof.", "B.N."), a name compound, another role noun; before
            # "zufolge" the noun ends the source phrase the frame reads back from ("die Organisation Schätzungen
            # zufolge")
            return False
        return self.role_gender(doc[k - 1].text) is not None

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
            if self.doc[j].text in _SENT_END:
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
        return len(inner.split()) <= 5 and inner[:1].isupper() and not inner.rstrip().endswith((".", "!", "?"))

    def is_quoted_name(self, k: int) -> bool:
        """Token k opens a short quoted name without a verb ("„Die Zeit“", "„BBC News“"), not quoted words."""
        if not self.short_title_at(k):
            return False
        pair = self.in_pair[k]
        e = k
        while e < len(self.doc) and self.in_pair[e] == pair:
            e += 1
        return not any(self.is_finite_verb(t) for t in self.doc[k:e])

    def skip_phrase(self, j: int, end: int) -> int:
        """Index after a prepositional phrase or object starting at j ("am Montag", "vor den Gefahren des …")."""
        doc, lex = self.doc, self.lex
        if doc[j].lower_ in lex.prepositions or (self.has_pos and doc[j].pos_ == "ADP"):
            j += 1
        if j < end and doc[j].lower_ in lex.determiners:
            j += 1
        while j < end and self.is_modifier(doc[j]):
            j += 1
        while j < end and (self.is_noun(doc[j]) or doc[j].like_num) and self.in_pair[j] < 0:
            j += 1
        if j + 1 < end and doc[j].lower_ in {"des", "der"} and not self.is_noun(doc[j + 1]) or \
                j + 1 < end and doc[j].lower_ == "des":
            return self.skip_phrase(j, end)
        return j

    def np_after(self, j: int, end: int) -> tuple[int, int] | None:
        """The speaker after an inverted verb: skips adverbs, prepositional phrases and objects."""
        doc, lex = self.doc, self.lex
        guard = 0
        while j < end and guard < 12:
            guard += 1
            tok = doc[j]
            low = tok.lower_
            if self.in_pair[j] >= 0:
                # "…“, schreibt „Die Zeit“": a short quoted name may be the speaker, but not one ending a phrase
                # skipped before it ("gegenüber der „Westdeutschen Allgemeinen Zeitung“")
                if j > 0 and (doc[j - 1].lower_ in lex.determiners or doc[j - 1].lower_ in lex.prepositions):
                    return None
                return self.np_from(j, end) if self.short_title_at(j) else None
            if low in lex.adverbs or low in {"sich", "es", "nicht", "dazu", "damit"} or tok.is_space or \
                    (self.has_pos and tok.pos_ in ("ADV", "PART") and low not in lex.pronouns):
                j += 1
                continue
            if low in lex.prepositions or (self.has_pos and tok.pos_ == "ADP") or \
                    low in {"den", "dem", "des", "einem", "einen", "eines", "ihm", "ihnen", "ihn", "uns", "mir", "dir"}:
                j2 = self.skip_phrase(j, end)
                j = j2 if j2 > j else j + 1
                continue
            break
        if j >= end:
            return None
        return self.np_from(j, end)

    def np_before(self, start: int, i: int) -> tuple[int, int] | None:
        """The subject noun phrase of a subject-first clause ``start..i`` (verb at i), or None when inverted."""
        doc, lex = self.doc, self.lex
        inserted = self.insertion_partner(i - 1) if i > start and doc[i - 1].text in _INSERTION_DASHES else -1
        if start < inserted < i - 1:
            # "Die Opposition – allen voran die Grünen – kritisierte": the insertion before the verb adds to the
            # subject before it
            return self.np_before(start, inserted)
        j = start
        while j < i and (doc[j].lower_ in lex.adverbs or doc[j].lower_ in {"und", "aber", "doch", "denn", "so"}):
            j += 1
        if j >= i or doc[j].lower_ in lex.prepositions or doc[j].lower_ in _OPEN_SUBORDINATE:
            return None
        if self.in_pair[j] >= 0:
            return self.quoted_name_subject(j, i)
        first = doc[j].lower_
        if first in {"diese", "dieser"} and j + 1 == i and i + 1 < len(doc) and \
                doc[i + 1].lower_ not in _NOMINATIVE_OPENERS:
            # "Diese baten ihn um Zigaretten und drohten …": a demonstrative alone before the verb resumes the one
            # just named as subject, unless a subject follows the verb ("Diese lehnte er ab": then it is the object)
            return (j, i)
        demonstrative = first in {"das", "diese", "dieser", "dieses"} and (
            j + 1 == i or not (self.is_noun(doc[j + 1]) or self.is_modifier(doc[j + 1])))
        if demonstrative or first in {"dies", "dazu", "damit", "darauf", "deshalb", "daher", "den", "dem", "ihm",
                                      "ihnen", "es", "man", "hier", "dort", "zudem", "ebenso", "mehrfach",
                                      "wiederholt"}:
            return None  # "Das sagte er": an object or adverb before the verb
        if first in _OBLIQUE_DETERMINERS:
            return None  # "Ihren Widersacher X forderte May auf": the determiner's ending marks an object
        if self.time_phrase_end(j, i) is not None:
            return None  # "Letzten September sagte der Minister": a fronted time phrase, the subject follows
        if self.has_pos and doc[j].pos_ in ("ADP", "ADV", "VERB", "AUX", "SCONJ") and first not in lex.pronouns:
            return None
        if self.has_pos and doc[j].pos_ == "ADJ" and j + 1 == i and doc[j].is_sent_start \
                and self.nominalised_subject(doc[j]):
            return (j, i)  # "Betroffene berichteten …"
        coordinated_adjective = j + 2 < i and doc[j + 1].lower_ in {"und", "oder", "sowie"} and \
            self.has_pos and doc[j + 2].pos_ == "ADJ"  # "Arabische und iranische Medien werfen ihm vor"
        if self.has_pos and doc[j].pos_ == "ADJ" and (j + 1 == i or not self.is_noun(doc[j + 1])) \
                and not coordinated_adjective:
            return None  # "Besorgt äußerte sich …": an adverbial adjective, not the subject
        if first in {"sowohl", "weder"} and i - j <= 14 and self.is_noun(doc[i - 1]) and any(
                doc[t].lower_ in {"auch", "noch"} for t in range(j + 2, i)) and not any(
                doc[t].text in _CLAUSE_BREAKS or self.in_pair[t] >= 0 for t in range(j, i)):
            return (j, i)  # "Sowohl die Regierung als auch die Opposition kündigten an": both conjuncts speak
        if j + 1 == i and first in lex.quantifier_pronouns and "Sing" not in doc[i].morph.get("Number", []):
            # "Einige vertreten die Auffassung, …": a quantifier alone before a plural verb is its subject
            return (j, i)
        if first in lex.pronouns and i - j <= 6 and doc[j + 1].lower_ in {"und", "sowie"} \
                and self.np_from(j + 2, i) == (j + 2, i):
            return (j, i)  # "Er sowie Giesel befürchten …": a pronoun coordinated with a name is one subject
        if first in lex.pronouns:
            return (j, j + 1) if j + 1 == i else None
        segment_ok = i - j <= 12 and not any((self.in_pair[t] >= 0 and not self.short_title_at(t) and
                                              self.in_pair[t] != self.in_pair[t - 1])
                                             or doc[t].text in _CLAUSE_BREAKS for t in range(j, i))
        if segment_ok and (first in lex.determiners or self.is_noun(doc[j]) or self.is_modifier(doc[j])) \
                and (self.is_noun(doc[i - 1]) or self.in_pair[i - 1] >= 0 or doc[i - 1].text == ")") \
                and any(self.is_noun(doc[t]) for t in range(j, i)):
            # "Eine mit den Verhandlungen vertraute Person sagte": the whole pre-verbal phrase is the subject
            return (j, i)
        span = self.np_from(j, i)
        if span is None:
            return None
        k = span[1]
        if k < i and doc[k].text == "(":
            while k < i and doc[k].text != ")":
                k += 1
            k += 1
        if k < i and i - k > 3:
            return None
        return span

    def is_time_noun(self, tok: Token) -> bool:
        """A month, weekday, calendar unit, season or part of the day, or a weekday compound ("Dienstagabend")."""
        text = tok.text
        return text in self.lex.time_nouns or any(
            text.startswith(day) and text[len(day):].capitalize() in self.lex.time_nouns
            for day in self.lex.weekdays if len(text) > len(day))

    def time_phrase_end(self, j: int, limit: int) -> int | None:
        """The end of an adverbial time phrase in the accusative at token j ("Letzten September", "Vergangene
        Woche", "Den ganzen Sommer über", "Jeden Tag", "Anfang März", "Ende 2007", "Mitte des Jahres"), or None.
        German fronts such a phrase before the finite verb; it is never the subject, so the clause is inverted and
        its subject follows the verb."""
        doc, lex = self.doc, self.lex
        t = j
        if doc[t].text in lex.period_words and t + 1 < limit:
            t += 1
            if doc[t].lower_ in {"des", "der"} and t + 1 < limit:
                t += 1
            if self.is_time_noun(doc[t]) or (doc[t].is_digit and len(doc[t].text) == 4):
                return t + 1
            return None
        while t < limit and t - j < 3 and self.in_pair[t] < 0 and (
                doc[t].lower_ in lex.determiners or self.is_modifier(doc[t])
                or doc[t].lower_ in lex.time_modifiers):
            t += 1
        if t < limit and self.is_time_noun(doc[t]):  # also bare: "Samstagabend will der Verband …"
            end = t + 1
            if end < limit and doc[end].lower_ in lex.time_postpositions:
                end += 1
            return end
        return None

    def quoted_name_subject(self, j: int, i: int) -> tuple[int, int] | None:
        """ "„BBC News“ berichtet …", "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an": a short quoted name
        opening the clause before the verb at i is its subject. Only a name: a quoted phrase with a verb ("„Das ist
        falsch“ sagte er") is the words, and a quoted common word ("„Unsinn“ rief …") names nobody."""
        doc = self.doc
        if not self.is_quoted_name(j):
            return None
        pe = j
        while pe < i and self.in_pair[pe] == self.in_pair[j]:
            pe += 1
        inner = [t for t in doc[j:pe] if self.is_wordlike(t)]
        if not inner:
            return None
        if not (pe == i or doc[pe].lower_ in {"sowie", "und"} or doc[pe].text == "("):
            return None
        named = len(inner) >= 2 and all(self.is_cap(t) or len(t.text) <= 4 for t in inner)
        # a single word with a digit or an inner capital ("„Muslix64“", "„WikiLeaks“") is a handle or brand, never a
        # common German word
        handle = len(inner) == 1 and re.search(r"\d|[a-zäöü][A-ZÄÖÜ]", inner[0].text) is not None
        return (j, pe) if named or handle or self.is_agentive((j, pe)) else None

    def is_finite_verb(self, tok: Token) -> bool:
        if self.has_pos:
            return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", []) and \
                not self.reads_as_noun(tok)
        return tok.lower_ in self.lex.finite

    def main_subject(self, ss: int, limit: int) -> tuple[int, int] | None:
        """The subject of the clause ``ss..limit`` (before a quotation or subjunctive clause), if it has one."""
        doc = self.doc
        verb = next((k for k in range(ss, limit) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        if verb is not None and doc[ss].lower_ in _SUBORDINATORS | {"als", "wie"}:
            # "Als ein Fluggast zu Hilfe eilte, biss der Randalierer …": the clause opening the sentence is
            # subordinate; the main clause after its comma (verb first) holds the subject
            comma = next((k for k in range(verb, limit) if doc[k].text == "," and self.in_pair[k] < 0), None)
            if comma is not None and comma + 1 < limit and self.is_finite_verb(doc[comma + 1]):
                return self.main_subject(comma + 1, limit)
        if verb is None:
            # a bare speaker label before a colon: "Erkki Tuomioja, Präsident des Rates: „…“"
            if limit - 1 > ss and doc[limit - 1].text == ":":
                head = self.np_from(ss, limit - 1)
                if head is not None and (head[1] >= limit - 2 or doc[head[1]].text == ","):
                    return (ss, limit - 1)
                if head is not None and head[0] == ss and doc[head[1]].lower_ in self.lex.prepositions \
                        and self.is_agentive(head):
                    return head  # "Ein Hauptkommissar nach der Festnahme: „…“": a label with what it is about
            return None
        if verb > ss and doc[ss].lower_ not in self.lex.prepositions and doc[ss].lower_ not in {"den", "dem"}:
            head = self.np_from(ss, verb)
            if head is not None and head[1] < verb and doc[head[1]].text in {",", "("}:
                return head  # "Der NDR, der …, begründete": subject before an inserted clause
        return self.speaker_for_verb(verb, ss, limit, False)

    def embedded_quote(self, t: int, sent_start: int) -> bool:
        """Token t lies in a quotation of at most four words that stands inside a clause, after a word of it
        ("als „falsch“ zurückgewiesen"), not one opening the sentence or following a comma or colon."""
        if self.in_pair[t] < 0:
            return False
        first = self.pair_start_token(t)
        pe = first
        while pe < len(self.doc) and self.in_pair[pe] == self.in_pair[t]:
            pe += 1
        words = [x for x in self.doc[first:pe] if self.is_wordlike(x)]
        before = self.doc[first - 1] if first > sent_start else None
        return len(words) <= 4 and before is not None and self.is_wordlike(before) and self.in_pair[first - 1] < 0

    def speaker_for_verb(self, i: int, sent_start: int, sent_end: int, joined: bool) -> tuple[int, int] | None:
        doc = self.doc
        # clause start: walk left to a clause break / quotation
        c = i
        while c > sent_start and (doc[c - 1].text not in _CLAUSE_BREAKS or sent_start < self.insertion_partner(c - 1)
                                  < c - 1) and (
                self.in_pair[c - 1] < 0 or self.short_title_at(self.pair_start_token(c - 1))
                or self.embedded_quote(c - 1, sent_start)):
            # a short quoted name belongs to the clause: Die Wochenzeitung „Die Zeit“ meldet; so does a quoted
            # word inside it: "Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen"
            # and so does an insertion in paired dashes: "Die Ministerin hat – wie im Vorjahr – … gefordert"
            partner = self.insertion_partner(c - 1)
            c = partner if sent_start < partner < c - 1 else c - 1
        while 0 < c < i and doc[c].is_space and doc[c - 1].text in _CLAUSE_BREAKS:
            c += 1  # "„…“,      schrieb": blank space after the comma opens no coordinated clause
        conj = next((u for u in range(i - 2, c, -1) if doc[u].lower_ in {"und", "aber", "doch", "sondern"}
                     and self.in_pair[u] < 0), None)
        if conj is not None and any(self.is_finite_verb(doc[t]) and self.in_pair[t] < 0 for t in range(c, conj)):
            # "Dies war nicht die erste Auseinandersetzung und die Hongkonger befürchten, …": a clause coordinated
            # without a comma has its own subject after the conjunction; a participle needs its own auxiliary there
            # ("und die Polizei hat bestätigt"), else it shares the first clause's ("Experten haben das Wrack
            # untersucht und bestätigt")
            own = [t for t in range(conj + 1, i) if self.is_finite_verb(doc[t])]
            auxiliary = len(own) == 1 and doc[own[0]].lower_ in _AUXILIARIES | _PERFECT_AUXILIARIES
            if (auxiliary if joined else not own or auxiliary):
                c = conj + 1
        emerges = doc[i].lower_ in {"geht", "gehen", "ging", "gingen", "hervorgeht", "hervorging", "hervorgegangen"} \
            and any(doc[t].lower_.startswith("hervor") for t in range(c, min(sent_end, i + 12)))
        if doc[i].lower_ in {"heißt", "hieß", "hieße", "geheißen"} or emerges:
            # "Aus dem Bericht geht hervor, dass …": the document is the source
            # "heißt es in dem Bericht" / "In der Pressemitteilung des WWF heißt es" / "Aus Paris hieß es" / "Bei der
            # Agentur RIA hieß es": the document, place or body is the source
            # (also the sentence's first phrase before a relative clause: "Im letzten Satz der Anordnung, die …
            # zugestellt wurde, heißt es")
            antecedent = self.document_of_relative_clause(c, i, sent_start)
            if antecedent is not None:
                return antecedent
            opening = [sent_start] if sent_start < c else []
            for k in list(range(i + 1, min(sent_end, i + 4))) + list(range(c, i)) + opening:
                if doc[k].lower_ in {"in", "im", "aus", "bei", "beim", "seitens", "vom", "auf"} and self.in_pair[k] < 0:
                    span = self.np_from(k + 1, sent_end) or self.document_phrase_from(k + 1, sent_end)
                    if span is not None:
                        return span
            return None
        # a participle before a final auxiliary also ends a subordinate clause that reports something: "wie er
        # angegeben hat", "weil X Georgien als „junge Demokratie“ bezeichnet hat" (an adverbial clause with a perfect
        # and no quotation gives its own subject through the rule after this one: "nachdem die Partei entschieden
        # hatte")
        verb_final = self.ends_clause_at(i + 1, sent_end) or (
            self.auxiliary_closes_clause(i, sent_end, _PERFECT_AUXILIARIES | {"wird", "werden", "wurde", "wurden"})
            and (doc[c].lower_ == "wie" or any(self.in_pair[t] >= 0 for t in range(c, i))))
        # (also "da sie befürchten, …", "indem er ihm vorwarf, …": the subordinate clause's own subject speaks)
        if doc[c].lower_ in _OPEN_SUBORDINATE | {"da", "indem", "obwohl"} and c + 1 < i and verb_final:
            # subordinate clause "wie das Ministerium mitteilte" / "wie t-online.de berichtet": subject after the
            # conjunction (the whole stretch when it is no regular noun phrase)
            span = self.np_after(c + 1, i)
            if span is None and not any(self.is_finite_verb(doc[t]) for t in range(c + 1, i)) and i - c <= 8:
                span = (c + 1, i)
            return span
        if c > sent_start and doc[c].lower_ in _ADVERBIAL_SUBORDINATORS and c + 1 < i \
                and self.auxiliary_closes_clause(i, sent_end, _PERFECT_AUXILIARIES):
            # "…, nachdem die Partei entschieden hatte, die Delegationen zu bestrafen": a verb-final adverbial clause
            # has its own subject right after the conjunction; the main clause's subject did not decide (a
            # werden-passive, "nachdem entschieden wurde", has no acting subject, so only a perfect counts)
            own_subject = self.np_after(c + 1, i)
            if own_subject is not None:
                return own_subject
        relative_subject = self.prepositional_relative_subject(c, i, sent_start, sent_end)
        if relative_subject is not None:
            return relative_subject
        if c > sent_start and doc[c - 1].text == "," and (c == i or (joined and self.is_finite_verb(doc[c]))):
            # "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte …": the subject with its
            # apposition ends at the comma before the verb (or before the auxiliary of a perfect tense)
            apposed = self.apposition_subject(self.second_clause_start(sent_start, c - 1), c - 1)
            if apposed is not None:
                return apposed
        wie = self.wie_across_apposition(c, i, sent_start, openers=_APPOSED_SUBJECT_OPENERS)
        if wie is not None:
            # "…, wie Burt Rutan, Chef der Firma, mitteilte" / "Wie Steve Marshall, Sprecher der UN, in Bangkok
            # mitteilte": the subject with its apposition (the whole stretch, as for a sentence-initial one)
            return self.apposition_subject(wie + 1, c - 1)
        if joined:
            # perfect tense "Am Freitag hatte Verlagsleiter X den Mitarbeitern erklärt": subject at the auxiliary
            return self.main_subject(c, i)
        if c < i and all(doc[t].lower_ in {"und", "aber", "sowie", "oder"} or doc[t].is_space for t in range(c, i)) \
                or (i > 0 and doc[i - 1].lower_ == "und"):
            # "Podolski war anwesend und sagte, …": the coordinated clause shares the subject
            return self.main_subject(sent_start, i - 1) if i - 1 > sent_start else None
        end = i + 1
        while end < sent_end and (doc[end].text not in _CLAUSE_BREAKS or self.insertion_partner(end) > end) and (
                self.in_pair[end] < 0 or self.short_title_at(self.pair_start_token(end))):
            end = max(end, self.insertion_partner(end)) + 1  # "hat – nach Angaben der Polizei – der Fahrer …"
        if doc[i].lower_ in {"zitiert", "zitierte", "zitieren", "zitierten"}:
            # "Ein Fernsehsender zitierte Papandreou mit den Worten: …", "zitierte man Yolanda Alvarez": the one
            # quoted is the speaker; the medium quoting them (the subject) only passes the words on
            j = i + 1
            if j < end and doc[j].lower_ == "man":
                j += 1
            first_np = self.np_after(j, end)
            if first_np is not None and c < i:
                return first_np if self.is_agentive(first_np) else None
            if first_np is not None:
                second = self.np_from(first_np[1], end) if first_np[1] < end else None
                return second if second is not None and self.is_agentive(second) else first_np
        # a pronoun or bare name right after the verb is the subject of an inverted clause ("sagte er",
        # "bezeichnete Conze als fatal")
        after_verb = i + 1
        if after_verb < end and self.insertion_partner(after_verb) > after_verb \
                and doc[after_verb].text in _INSERTION_DASHES:
            after_verb = self.insertion_partner(after_verb) + 1  # "hat – nach Angaben der Polizei – der Fahrer …"
        nxt = after_verb
        while nxt < end and doc[nxt].lower_ == "sich":
            nxt += 1
        if nxt < end and doc[nxt].lower_ in {"er", "sie", "wir"}:
            # "sagte sie": the subject of an inverted clause; but "sie" is also an object ("Der Chef des BPI nannte sie
            # „fahrlässig“"): a person or organisation before the verb is then the subject
            pre = self.np_before(c, i) if doc[nxt].lower_ == "sie" and c < i else None
            if pre is None or not self.is_agentive(pre) or doc[pre[0]].lower_ in self.lex.pronouns:
                return (nxt, nxt + 1)
            return pre
        # a bare name right after the verb ("bezeichnete Wiefelspütz …") is the subject unless the phrase
        # before the verb is one; the verb's number decides between them ("Die Behörden werfen Luna … vor")
        name_after = nxt < end and self.is_cap(doc[nxt]) and self.is_noun(doc[nxt]) and \
            doc[nxt].lower_ not in self.lex.determiners and self.in_pair[nxt] < 0
        if name_after and c < i:
            pre = self.np_before(c, i)
            number = doc[i].morph.get("Number", [])
            first_noun = next((t for t in doc[pre[0]:pre[1]] if self.is_noun(t)), None) if pre else None
            pre_plural = pre is not None and doc[pre[0]].lower_ == "die" and first_noun is not None \
                and first_noun.text.endswith(("en", "ern", "nen"))
            if pre is None or doc[c].lower_ in {"den", "dem", "des"} or ("Sing" in number and pre_plural) \
                    or self.cannot_speak(pre):
                # "Eine Verschiebung des Wahltermins bezeichnete Conze als fatal": a thing before the verb is its object
                return self.np_from(nxt, end) or (nxt, nxt + 1)
            return pre
        if c == i and c > sent_start and doc[c - 1].text == "," and nxt < end \
                and doc[nxt].lower_ in _CONTRASTING_ADVERBS \
                and doc[sent_start].lower_ not in _ADVERBIAL_SUBORDINATORS | _COMPLEMENTIZERS:
            # "Die Rothemden begrüßten die Ankündigung, fordern aber ein Datum": a main clause coordinated with a
            # comma and "aber" shares the subject of the clause before it
            shared = self.main_subject(sent_start, c - 1)
            if shared is not None:
                return shared
        if c == i and c > sent_start and doc[c - 1].text == ",":
            # "Albrecht Conze, der politische Direktor …, bezeichnete": subject before an apposition
            subject_start = self.second_clause_start(sent_start, c - 1)
            head = self.np_from(subject_start, c) if subject_start < c - 1 else None
            if head is not None and head[1] < len(doc) and doc[head[1]].text == ",":
                after = self.np_after(i + 1, sent_end) if self.cannot_speak(head) else None
                if after is not None and self.is_agentive(after) and self.may_be_nominative(after):
                    # "Die Zahl der Menschen, die getötet worden sein sollen, bezifferte die Agentur Xinhua mit 13":
                    # a thing before the inserted clause is the fronted object; the subject follows the verb
                    return after
                return head
        before = self.np_before(c, i) if c < i else None
        if before and not self.is_agentive(before) and doc[before[0]].lower_ not in self.lex.pronouns \
                and not self.adjectival_name(before) and not (i + 1 < end and doc[i + 1].lower_ == "als"):
            # (but "Der Flughafen nennt als Hauptursache …": an "als" phrase right after the verb names its object,
            # so the phrase before the verb is its subject)
            # object first: "Preissteigerungen schloss die Sprecherin nicht aus" — the speaker follows the verb
            after = self.np_after(after_verb, end)
            if after is not None and self.is_agentive(after) and self.may_be_nominative(after):
                return after
        if before:
            return before
        return self.np_after(after_verb, end)

    def adjectival_name(self, span: tuple[int, int]) -> bool:
        """A phrase named with a capitalised adjective after its first word ("Die Vereinten Nationen", "Das Rote
        Kreuz"): German writes adjectives small except in names, so the phrase names a body even when the NER
        missed it."""
        doc = self.doc
        return self.has_pos and any(doc[t].pos_ == "ADJ" and self.is_cap(doc[t]) and self.is_noun(doc[t + 1])
                                    for t in range(span[0] + 1, span[1] - 1))  # (not "Des Weiteren")

    def document_of_relative_clause(self, c: int, i: int, ss: int) -> tuple[int, int] | None:
        """ "Man zitiert eine Erklärung der Behörde, in der es heißt, …" / "ein Brief, in dem es hieß, …": in a
        relative clause "in der/dem es heißt" at c (verb at i) the document is the noun phrase the relative pronoun
        points back to: from its first determiner to the comma, within the clause before (no finite verb,
        quotation or clause break in between)."""
        doc, lex = self.doc, self.lex
        if not (c > ss and doc[c - 1].text == "," and i - c == 3 and doc[c].lower_ == "in"
                and doc[c + 1].lower_ in {"der", "dem", "denen", "welcher", "welchem"} and doc[c + 2].lower_ == "es"):
            return None
        comma = c - 1
        start: int | None = None
        for t in range(comma - 1, max(ss - 1, comma - 16), -1):
            tok = doc[t]
            if tok.text in _CLAUSE_BREAKS | _SENT_END or self.is_finite_verb(tok) or (
                    self.in_pair[t] >= 0 and not self.short_title_at(self.pair_start_token(t))):
                break
            if tok.lower_ in lex.determiners:
                start = t
        if start is None or not any(self.is_noun(doc[t]) for t in range(start, comma)):
            return None
        return (start, comma)

    def second_clause_start(self, ss: int, comma: int) -> int:
        """Where the subject of a verb after ``comma`` can begin: the sentence start, or, when a main clause with
        its own finite verb opens the sentence ("Eisenmann wies diese Behauptung zurück, die Sprecherin der
        Fraktion, Sandra Boser, erklärte: …"), the token after that clause's comma."""
        doc = self.doc
        verb = next((k for k in range(ss, comma) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        if verb is None or self.clause_start(verb, ss) != ss or doc[ss].lower_ in _OPEN_SUBORDINATE | _SUBORDINATORS:
            return ss
        # "Ein Sprecher, der …" has its verb in a relative clause; only a verb of the opening clause counts
        end = next((k for k in range(verb, comma) if doc[k].text == "," and self.in_pair[k] < 0), None)
        return end + 1 if end is not None else ss

    def may_be_nominative(self, span: tuple[int, int]) -> bool:
        """False for a phrase whose form rules out a subject: "der" before a feminine noun is dative or genitive
        ("erzählte der Nachrichtenagentur Reuters", "durch den Beschluss der Bundesregierung"), and a name with the
        genitive -s before a noun is an attribute ("würdigte Obamas Einsatz"). The pipeline has no case morphology,
        so the noun's gender is read from its ending."""
        doc = self.doc
        words = doc[span[0]:span[1]]
        first = words[0]
        if first.lower_ == "der":
            head = next((t for t in words[1:] if self.is_noun(t)), None)
            if head is not None and head.text.lower().endswith(self.lex.feminine_endings):
                return False
        after = doc[first.i + 1] if first.i + 1 < len(doc) else None
        genitive_name = len(words) == 1 and first.text.endswith("s") and \
            (first.ent_type_ == "PER" or first.pos_ == "PROPN") and after is not None and self.is_cap(after) and \
            self.is_noun(after) and after.ent_type_ != "PER"
        return not genitive_name

    def apposition_subject(self, ss: int, comma: int) -> tuple[int, int] | None:
        """A sentence-initial subject with an apposition, ending at the comma at ``comma``: "Der Fraktionsvorsitzende
        im Landtag, Wolfgang Jüttner," / "Albrecht Conze, der politische Direktor des Auswärtigen Amts," — a noun
        phrase and a name, split by one comma, with no verb between. The whole stretch is the mention (as annotators
        mark it); ``resolve`` takes the name part."""
        doc, lex = self.doc, self.lex
        if not 3 <= comma - ss <= 25:
            return None
        first = doc[ss]
        if first.lower_ in lex.prepositions | lex.adverbs | _OPEN_SUBORDINATE or first.lower_ in lex.pronouns or (
                self.has_pos and first.pos_ in ("ADP", "SCONJ", "ADV", "VERB", "AUX", "PRON")):
            return None
        inner = [t for t in range(ss + 1, comma) if doc[t].text == ","]
        if len(inner) != 1 or any(doc[t].text in _CLAUSE_BREAKS - {","} or doc[t].text in _SENT_END
                                  or self.is_finite_verb(doc[t]) for t in range(ss, comma)):
            return None
        if any(self.in_pair[t] >= 0 and not self.short_title_at(self.pair_start_token(t)) for t in range(ss, comma)):
            return None
        m = inner[0]
        tail = [t for t in doc[m + 1:comma]]
        if len(tail) >= 3 and tail[-1].text == ")" and any(t.text == "(" for t in tail):
            tail = tail[:next(n for n, t in enumerate(tail) if t.text == "(")]  # "Henning Scherf (SPD)"
        head_words = list(doc[ss:m])
        name_after = bool(tail) and len(tail) <= 4 and all(self.is_cap(t) or t.lower_ in _NAME_PARTICLES
                                                           for t in tail) and \
            any(t.ent_type_ == "PER" or (self.has_pos and t.pos_ == "PROPN") for t in tail)
        # "Albrecht Conze, der politische Direktor …," / "Lothar Weber, Ordnungsdezernent der Stadt,"
        # (a nobiliary particle belongs to the name: "Karl-Theodor zu Guttenberg, Obmann …,")
        name_before = len(head_words) <= 4 and all(self.is_cap(t) or t.lower_ in _NAME_PARTICLES for t in head_words) \
            and self.is_cap(head_words[0]) and \
            any(t.ent_type_ == "PER" for t in head_words) and tail and (
                tail[0].lower_ in lex.determiners or self.role_gender(tail[0].text) is not None)
        if not (name_after or name_before) or not self.is_agentive((ss, comma)):
            return None
        return (ss, comma)

    def cue_speaker(self, k: int, ss: int, se: int, joined: bool) -> tuple[int, int] | None:
        """The speaker of the reporting verb at k: its grammatical subject, else a ``fallback_subject``."""
        if joined:
            passive = self.passive_agent(k, ss, se)
            if passive is not None and self.doc[k].lower_ == "zitiert":
                # "„…“, wird Panetta zitiert", "Der Minister wird mit den Worten zitiert": the one quoted is the
                # passive's subject, the speaker (a "von X" agent only passes the words on)
                quoted = self.passive_subject(k, ss)
                if quoted is not None:
                    return quoted
            if passive is not None:
                return passive[1] if passive[1] is not None else self.document_source(k, ss, anywhere=True)
        span = self.speaker_for_verb(k, ss, se, joined)
        doc = self.doc
        if span is not None and self.cannot_speak(span):
            span = None  # "Die Nennung eines Datums lehnte er ab": look for the speaker elsewhere
        if span is None and doc[k].lower_ in {"heißt", "hieß", "hieße"}:
            return None  # "…, heißt es.": impersonal; the clause before is the content, not a subject
        # the fallback may return a phrase cannot_speak rejected: checking it there too lost speakers on the train
        # split (0.6769 -> 0.6766), since a sentence-opening phrase is more often the source than nothing
        span = span if span is not None else self.fallback_subject(k, ss)
        span = span if span is not None else self.document_source(k, ss, anywhere=False)
        span = span if span is not None else self.body_pronoun(k, ss)
        if span is not None and span[1] == k and k - 1 >= span[0] and any(
                v.particle == doc[k - 1].lower_ for v in self.lex.finite.get(doc[k].lower_, ())):
            # "wie gestern bekannt wurde": the verb's own separable particle before it is no part of a speaker
            rest = range(span[0], k - 1)
            return (span[0], k - 1) if any(self.is_cap(doc[t]) for t in rest) else None
        return span

    def wie_across_apposition(self, c: int, k: int, ss: int,
                              openers: frozenset[str] = frozenset({"wie"})) -> int | None:
        """The "wie" opening the clause of the cue at k when the clause part starting at c (c == k: the verb itself)
        follows an apposition to the subject ("Wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte, …" /
        "…, wie Karl Huber, Sprecher der Feuerwehr, am Abend mitteilte."), else None. ``openers``: the
        conjunctions accepted in place of "wie" (the speaker also stands in "als X, Y, erklärte")."""
        doc = self.doc
        if c - 1 <= ss or doc[c - 1].text != ",":
            return None
        opener = next((w for w in range(c - 3, max(ss - 1, c - 22), -1)
                       if doc[w].lower_ in openers and self.in_pair[w] < 0 and (w == ss or doc[w - 1].text == ",")),
                      None)
        if opener is None or self.apposition_subject(opener + 1, c - 1) is None or \
                any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) for t in range(opener + 1, k)):
            return None
        return opener

    def body_pronoun(self, k: int, ss: int) -> tuple[int, int] | None:
        """ "Das Gericht nutzte die Begründung zur Verteidigung. Es weist den Vorwurf zurück, …" / "Hier stellte es
        fest, …": "es" as the subject of an active cue verb stands for a neuter body (Gericht, Ministerium,
        Unternehmen) named shortly before; without one it is the expletive "es" and nobody speaks."""
        doc = self.doc
        if doc[k].lower_ in {"heißt", "hieß", "hieße", "geheißen", "gibt", "gab", "gebe"}:
            return None
        c = self.clause_start(k, ss)
        if c + 1 == k and doc[c].lower_ == "es":
            pronoun = c
        elif c < k and k + 1 < len(doc) and doc[k + 1].lower_ == "es":
            pronoun = k + 1
        else:
            return None
        return (pronoun, pronoun + 1) if self.neuter_body_before(pronoun) is not None else None

    def neuter_body_before(self, i: int) -> tuple[int, int] | None:
        """The nearest "das <organisation noun>" ("das Gericht", "das Bundesamt") within the 40 tokens before i."""
        doc = self.doc
        for t in range(i - 2, max(-1, i - 40), -1):
            if doc[t].lower_ == "das" and self.in_pair[t] < 0 and self.is_noun(doc[t + 1]):
                found = self.role_gender(doc[t + 1].text) if self.is_cap(doc[t + 1]) else None
                if found is not None and found[1] == "O":
                    return (t, t + 2)
        return None

    def passive_subject(self, k: int, ss: int) -> tuple[int, int] | None:
        """The subject of the passive clause of the participle at k: before the auxiliary ("Der Minister wird …
        zitiert") or right after it ("…, wird Panetta zitiert")."""
        doc = self.doc
        c = self.clause_start(k, ss)
        aux = next((t for t in range(c, k) if doc[t].lower_ in _PASSIVE_AUXILIARIES), None)
        if aux is None:
            return None
        span = self.np_before(c, aux) if c < aux else None
        if span is None:
            span = self.np_after(aux + 1, k)
        return span if span is not None and self.is_agentive(span) else None

    def document_source(self, k: int, ss: int, anywhere: bool) -> tuple[int, int] | None:
        """A text, meeting or circle named as the source of a cue without a speaking subject: "In einem Bericht der
        Salzburger Nachrichten wurde vermutet", "1997 war auf einer Konferenz in Aleppo vorgeschlagen worden",
        "Aus EU-Kreisen verlautete". ``anywhere``: the phrase may stand anywhere before the cue (a passive has no
        other source); otherwise it must open the sentence. The head noun must be in ``document_nouns.txt``."""
        doc = self.doc
        for t in range(ss, k - 1 if anywhere else min(k - 1, ss + 1)):
            if doc[t].lower_ not in {"in", "im", "auf", "bei", "beim", "aus"} or self.in_pair[t] >= 0:
                continue
            span = self.np_from(t + 1, k)
            if span is None:
                continue
            head = next((x for x in doc[span[0]:span[1]] if self.is_noun(x) and self.in_pair[x.i] < 0), None)
            if head is not None and head.text.lower().endswith(self.lex.document_nouns):
                if span[1] + 1 < k and doc[span[1]].lower_ in {"von", "vom"}:
                    # "in einem Bericht von ndr.de": the author belongs to the source
                    author = self.np_from(span[1] + 1, k)
                    if author is not None:
                        return (span[0], author[1])
                return span
        return None

    def passive_agent(self, k: int, ss: int, se: int) -> tuple[bool, tuple[int, int] | None] | None:
        """For a participle cue in a werden-passive ("Ihm wird vorgeworfen, …", "wurde von der Polizei mitgeteilt"):
        (True, the "von X" agent or None). None when the clause is not passive. The grammatical subject of a passive
        is the one spoken about or to, never the speaker."""
        doc = self.doc
        c = self.clause_start(k, ss)
        e = k + 1
        while e < se and doc[e].text not in _CLAUSE_BREAKS | _SENT_END and self.in_pair[e] < 0:
            e += 1
        if not any(doc[t].lower_ in _PASSIVE_AUXILIARIES for t in range(c, e) if t != k):
            return None
        for t in range(c, e):
            if doc[t].lower_ in {"von", "vom"} and t != k - 1:
                span = self.np_from(t + 1, e)
                if span is not None and (self.is_agentive(span) or any(
                        self.is_cap(x) and self.is_noun(x) for x in doc[span[0]:span[1]])):
                    return True, span
        return True, None

    def inverted_after_quote(self, last_tok: int, se: int) -> tuple[int, int] | None:
        """ "„…“, erinnerte sich Trotnow später": a finite verb right after the quotation's comma opens an inverted
        clause whose subject is the speaker, even when the verb is no reporting verb of the lexicon."""
        doc = self.doc
        v = last_tok + 1
        if v + 1 >= se or doc[v].text != "," or not self.is_finite_verb(doc[v + 1]) or \
                not doc[v + 1].text[:1].islower():
            return None
        end = v + 2
        while end < se and doc[end].text not in _CLAUSE_BREAKS | _SENT_END and self.in_pair[end] < 0:
            end += 1
        span = self.np_after(v + 2, end)
        return span if span is not None and self.is_agentive(span) else None

    def fallback_subject(self, k: int, ss: int) -> tuple[int, int] | None:
        """A speaker for a cue whose clause has no subject the noun-phrase rules find.

        A relative pronoun opening the cue's clause (", der alle aufforderte, …") is the mention (it stands for the
        phrase before it); a demonstrative right before the verb ("Dieser behauptete") likewise; otherwise the
        agentive phrase opening the sentence, across an apposition or an inserted phrase ("Einer der Putschisten,
        Harouna Adamou, dankte … und ergänzte, …", "Wie der Weltverband FIFA in der Nacht bekanntgegeben hat")."""
        doc, lex = self.doc, self.lex
        c = self.clause_start(k, ss)
        if c > ss and doc[c - 1].text == "," and c < k and doc[c].lower_ in _RELATIVE_PRONOUNS and \
                not self.is_noun(doc[c + 1]) and not self.is_modifier(doc[c + 1]):
            return (c, c + 1)
        if c + 1 == k and doc[c].lower_ in {"dieser", "diese", "letzterer", "letztere", "jener"}:
            return (c, c + 1)
        aux = next((t for t in range(ss, k) if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])), None)
        if aux is not None and aux > ss and doc[ss].lower_ not in _OPEN_SUBORDINATE:
            # "Vor kurzem hatte ein Talibanführer, Baitullah Mehsud, erklärt": subject after the inverted auxiliary
            after = self.np_after(aux + 1, k)
            if after is not None and self.is_agentive(after):
                return after
        if ss < c < k and doc[c - 1].text == "," and self.is_adverbial_clause(ss, c - 1) \
                and self.in_pair[c] < 0 and self.is_finite_verb(doc[c]):
            # "Nachdem darüber gesprochen wurde, will heute Außenminister Straw bekannt geben, …": after a fronted
            # adverbial clause the main clause opens with its finite verb, and its subject follows that verb
            after = self.np_after(c + 1, k)
            if after is not None and self.is_agentive(after):
                return after
        j = ss
        while j < k and (doc[j].lower_ in lex.adverbs or doc[j].lower_ in {"und", "aber", "so", "wie", "doch"}
                         or doc[j].is_space):
            j += 1
        misread = self.has_pos and j < k and (doc[j].pos_ in ("ADJ", "VERB") or (
            doc[j].ent_type_ in ("ORG", "PER") and doc[j].pos_ not in ("DET", "PRON", "NOUN", "PROPN")
            and doc[j].lower_ not in lex.prepositions))
        if j == ss and misread and self.is_cap(doc[j]) and self.in_pair[j] < 0 and doc[j].lower_ not in lex.adverbs:
            # a name or noun opening the sentence that the tagger, misled by the capital, took for an adjective,
            # verb or preposition ("Colomer empfahl dem Gericht, …", "Vertraute der Insassen berichteten, …",
            # "Wikimedia Deutschland erklärt"): in second position the finite cue verb (or the auxiliary of its
            # perfect: "Jugendliche haben gegenüber der Zeitung ausgesagt") has it as its subject
            e = j + 1
            while e < k and self.is_cap(doc[e]) and self.in_pair[e] < 0 and (
                    doc[e].pos_ == "PROPN" or doc[e].ent_iob_ == "I"):
                e += 1
            if e < k and doc[e].lower_ in {"der", "des"}:
                e += 1
                while e < k and (self.is_modifier(doc[e]) or self.is_noun(doc[e])):
                    e += 1
            second = doc[e] if e < k else None
            if (e == k and self.is_finite_verb(doc[k])) or (
                    second is not None and second.lower_ in _AUXILIARIES | _PERFECT_AUXILIARIES
                    and not self.is_finite_verb(doc[k])):
                return (j, e)
        if j >= k or doc[j].lower_ in lex.prepositions or self.in_pair[j] >= 0 or \
                (self.has_pos and doc[j].pos_ in ("ADP", "VERB", "AUX", "SCONJ", "ADV", "PRON")
                 and doc[j].lower_ not in lex.pronouns):
            return None
        span = self.np_from(j, k)
        if span is None and self.is_cap(doc[j]):
            # "Einer der Putschisten, …": up to the apposition's comma
            e = j + 1
            while e < k and doc[e].text not in _CLAUSE_BREAKS and not self.is_finite_verb(doc[e]):
                e += 1
            span = (j, e)
        if span is None or not self.is_agentive(span) and not any(
                self.is_cap(t) and self.is_noun(t) and not t.is_sent_start for t in doc[span[0]:span[1]]):
            return None
        return span

    def make_speaker(self, span: tuple[int, int] | None) -> Speaker:
        if span is None:
            return Speaker()
        doc = self.doc
        s, e = span
        if e == s + 1 and s > 1 and doc[s].lower_ in _RELATIVE_PRONOUNS and doc[s - 1].text == ",":
            # ", der alle aufforderte": the mention is the relative pronoun, the speaker the phrase it refers to
            # the nearest noun before the comma (the clause may be extraposed: "wurde ein Prediger zugeschaltet, der")
            t = next((x for x in range(s - 2, max(-1, s - 14), -1) if self.is_noun(doc[x]) and self.in_pair[x] < 0
                      and doc[x].text not in _CLAUSE_BREAKS | _SENT_END), None)
            if t is not None and doc[s].lower_ in {"der", "die"}:
                t = self.relative_antecedent(t, s)
            head: tuple[int, int] | None = None
            if t is not None:
                b = t
                while b > 0 and t - b < 6 and (self.is_modifier(doc[b - 1]) or doc[b - 1].lower_ in self.lex.determiners
                                               or (self.is_noun(doc[b - 1]) and self.in_pair[b - 1] < 0
                                                   and not self.is_modifier(doc[b]))):
                    # (a noun before an adjective ends another phrase: "Notrufe | besorgter Bürger, die …")
                    b -= 1
                if b > 1 and doc[b - 1].lower_ in self.lex.prepositions and self.is_noun(doc[b - 2]):
                    # "ein Prediger aus London, der …": the noun before the attribute is the head
                    t2 = b - 2
                    b = t2
                    while b > 0 and t2 - b < 6 and (self.is_modifier(doc[b - 1]) or
                                                    doc[b - 1].lower_ in self.lex.determiners):
                        b -= 1
                head = self.np_from(b, t + 1)
            referent = self.make_speaker(head) if head is not None else Speaker()
            mention = self.token_span(s)
            return Speaker(mention, referent.entity, referent.name or mention.text)
        while e > s and (doc[e - 1].text in {",", "("} or (
                doc[e - 1].text == ")" and not any(t.text == "(" for t in doc[s:e - 1]))):
            e -= 1
        if e <= s:
            return Speaker()
        # a name the noun-phrase rules cut short ("Der Fahrgastverband Pro | Schiene"): extend to the entity's end
        last = doc[e - 1]
        if last.ent_type_ in ("ORG", "PER") and last.ent_iob_ != "O":
            ent = next((x for x in self.ents if x.start <= last.i < x.end), None)
            if ent is not None and ent.end > e and all(self.in_pair[t] < 0 for t in range(e, ent.end)):
                e = ent.end
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        mention = TextSpan(start, end, self.text[start:end])
        return self.resolve(mention, s, e)

    def relative_antecedent(self, t: int, s: int) -> int | None:
        """The noun a relative "der"/"die" at ``s`` refers to, from the nearest noun ``t`` before it: a place named
        without article is neuter ("das"), so "Bürger aus der Schweiz und aus Baden, die …" refers further back,
        past the prepositional phrases, to "Bürger"."""
        doc = self.doc
        if doc[t].ent_type_ != "LOC" or t == 0 or doc[t - 1].lower_ in self.lex.determiners:
            return t
        # the nearest noun before the prepositional phrases that hold the place(s)
        return next((x for x in range(t - 1, max(-1, s - 14), -1) if self.is_noun(doc[x]) and self.in_pair[x] < 0
                     and doc[x].ent_type_ != "LOC" and not self.in_prepositional_phrase(x)
                     and doc[x].text not in _CLAUSE_BREAKS | _SENT_END), None)

    def in_prepositional_phrase(self, x: int) -> bool:
        """The noun at ``x`` follows a preposition, directly or after an article or adjectives ("aus der Schweiz")."""
        doc = self.doc
        k = x - 1
        while k >= 0 and (doc[k].lower_ in self.lex.determiners or self.is_modifier(doc[k])):
            k -= 1
        return k >= 0 and doc[k].lower_ in self.lex.prepositions

    def role_gender(self, word: str) -> tuple[str, str | None] | None:
        """The role noun a word ends in and what it says about the referent: "F"/"M" for a person with a
        female/male form (by the -in ending), "O" for an organisation, None when the form does not tell."""
        memo = self.lex.role_gender_memo
        try:
            return memo[word]  # one look-up: another thread's clear() cannot come between a test and a read
        except KeyError:
            pass
        if len(memo) > 500_000:  # a long run's vocabulary: bound the memory
            memo.clear()
        found = memo[word] = self.scan_role_gender(word)
        return found

    def scan_role_gender(self, word: str) -> tuple[str, str | None] | None:
        low = word.lower()
        for role in self.lex.person_roles:
            if low.endswith(role.lower()):
                if role.endswith("in") and len(role) > 3:
                    return role, "F"
                # "Minister"/"Ministerin", "Experte"/"Expertin" are male forms; "Vorsitzende" does not tell
                female = role + "in" if role.endswith("er") else role[:-1] + "in" if role.endswith("e") else None
                return role, None if female is not None and female not in self.lex.person_roles else "M"
        for role in self.lex.organisation_nouns:
            if low.endswith(role.lower()):
                return role, "O"
        for plural in ("n", "en"):
            # plural forms "Experten", "Beobachtern", "Ministerinnen": a role, but the form tells no gender
            if low.endswith(plural) and len(low) > 5:
                found = self.role_gender(word[:-len(plural)])
                if found is not None:
                    return found[0], None if found[1] != "O" else "O"
        return None

    def gender_of(self, text: str) -> str | None:
        """What a speaker phrase says about the referent's gender ("F", "M", "O" or None)."""
        for word in re.findall(r"[\w-]+", text):
            if word in {"Frau", "Herr"}:
                return "F" if word == "Frau" else "M"
            found = self.role_gender(word) if word[:1].isupper() else None
            if found is not None and found[1] is not None:
                return found[1]
        return None

    def is_agentive(self, span: tuple[int, int]) -> bool:
        """A phrase that can be the one who speaks: a pronoun, a person or organisation, a role noun."""
        doc = self.doc
        for t in doc[span[0]:span[1]]:
            if t.lower_ in self.lex.pronouns or t.ent_type_ in ("PER", "ORG"):
                return True
            if t.text[:1].isupper() and self.role_gender(t.text) is not None:
                return True
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
        return any(s < end and start < e for s, e, _ in self.doc._.speaker_mentions or [])

    def cannot_speak(self, span: tuple[int, int]) -> bool:
        """A phrase whose head noun names a thing or abstract matter ("die Nennung eines Datums", "die Worte",
        "Diese Situation"; non_speaker_nouns.tsv): the subject of a speech verb in German is someone who speaks,
        so such a subject is a misread (an object in first position, a subject of a clause that is no report)."""
        if self.is_agentive(span):
            return False
        doc, lex = self.doc, self.lex
        head = next((t for t in doc[span[0]:span[1]] if self.is_noun(t) and self.is_cap(t)
                     and t.lower_ not in lex.determiners), None)
        if head is None or head.ent_type_ in ("PER", "ORG") or self.in_pair[head.i] >= 0:
            return False
        low = head.text.lower()
        if head.text in lex.source_nouns or head.text in lex.speech_act_nouns or \
                low.endswith(lex.document_nouns) or low.endswith(lex.speaker_exceptions):
            return False
        return low.endswith(lex.non_speaker_endings) or low.endswith(lex.non_speaker_words)

    def source_speaker(self, mention: TextSpan, words: list[Token]) -> Speaker | None:
        """ "Angaben der Feuerwehr", "ersten Erkenntnissen", "ihren Berechnungen": a source phrase. The mention stays
        (annotators mark the phrase); the name is the one who gave the information, or None."""
        lex = self.lex
        n = 0
        possessive: str | None = None
        while n < len(words) and words[n].text not in lex.source_nouns:
            low = words[n].lower_
            if low.startswith(("ihr", "sein", "dere", "dess")) and low not in {"ihm", "ihnen"}:
                possessive = low
            elif not (low in lex.determiners or self.is_modifier(words[n]) or low in {"neuen", "ersten", "eigenen"}):
                return None
            n += 1
        if n >= len(words):
            return None
        holder = words[n + 1:]
        while holder and holder[0].lower_ in {"der", "des", "von", "vom", "dem", "den", "einer", "eines", "zufolge"}:
            holder = holder[1:]
        while holder and not self.is_cap(holder[-1]):
            holder = holder[:-1]
        if holder:
            hs, he = holder[0].idx, holder[-1].idx + len(holder[-1].text)
            entity_id, name = self.entity_for(TextSpan(hs, he, self.text[hs:he]))
            if name is None:
                name = self.nominative(holder)
            speaker = Speaker(mention, entity_id, name)
            if entity_id is not None:
                # only a known entity may be the antecedent of a later pronoun ("er" is no "Informationszentrums")
                self.named_speakers.append((mention.start, Speaker(TextSpan(hs, he, self.text[hs:he]), entity_id,
                                                                   name)))
            return speaker
        if possessive is not None:
            gender = "M" if possessive.startswith(("sein", "dess")) else None
            antecedent = self.antecedent(mention.start, role=None, gender=gender)
            if antecedent:
                return Speaker(mention, antecedent.entity, antecedent.name)
        return Speaker(mention, None, None)

    def nominative(self, words: list[Token]) -> str:
        """A genitive name without an entity in its base form ("Welternährungsprogramms" -> "…programm")."""
        text = self.text[words[0].idx:words[-1].idx + len(words[-1].text)]
        head = words[-1].text
        if len(words) == 1 and len(head) > 5 and head.endswith("s") and not head.endswith(("ss", "us", "is", "os")):
            if self.has_morph and "Gen" not in words[-1].morph.get("Case", ["Gen"]):
                return text
            return text[:-2] if head.endswith("es") and head[-3] not in "aeiouäöü" and len(head) > 6 and \
                head[-3] in "tdkgbpfß" else text[:-1]
        return text

    def resolve(self, mention: TextSpan, s: int, e: int) -> Speaker:
        doc, lex = self.doc, self.lex
        words = [t for t in doc[s:e]]
        lows = [t.lower_ for t in words]
        source = self.source_speaker(mention, words)
        if source is not None:
            return source
        # the head of the phrase, before a genitive, "von" or prepositional attribute: "die Expertin | der Tagespost
        # Nord" names the expert, not the newspaper; "Die Opposition | im Bundestag" the opposition
        head_end = len(words)
        for n in range(1, len(words)):
            if (lows[n] in {"der", "des", "von", "vom", "eines", "einer"} or self.attribute_preposition(words, n)) \
                    and any(self.is_noun(t) for t in words[:n]):
                head_end = n
                break
        head = words[:head_end]
        hs, he = head[0].idx, head[-1].idx + len(head[-1].text)
        entity_id, name = self.entity_for(TextSpan(hs, he, self.text[hs:he]))
        if len(words) == 1 and lows[0] == "es":
            # "es" for a neuter body (see ``body_pronoun``): the body named before
            body = self.neuter_body_before(s)
            referent = self.make_speaker(body) if body is not None else Speaker()
            return Speaker(mention, referent.entity, referent.name)
        if entity_id is None and name is None and len(words) == 1 and (lows[0] in lex.pronouns
                                                                       or lows[0] in _DEMONSTRATIVES):
            # pronoun: the last named speaker or person before it whose gender fits
            gender = "M" if lows[0] in _MASCULINE_POINTERS else \
                "F" if lows[0] == "sie" else None
            number = self.pronoun_number(s) if gender == "F" else "Sing" if gender else None
            reporter = self.reporter_of_continuation(s, gender, number)
            if reporter is not None:
                return reporter
            antecedent = self.antecedent(mention.start, role=None, gender=gender, number=number)
            if antecedent:
                return Speaker(mention, antecedent.entity, antecedent.name)
            return Speaker(mention, None, mention.text)
        comma = next((n for n in range(len(words) - 2, 0, -1) if words[n].text == ","), None)
        if comma is not None and entity_id is None or comma is not None and head_end < comma:
            # "Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner": the apposition names the speaker
            tail = words[comma + 1:]
            if tail and tail[-1].text == ")" and any(t.text == "(" for t in tail):
                tail = tail[:next(n for n, t in enumerate(tail) if t.text == "(")]
            if tail and all(self.is_cap(t) or t.lower_ in _NAME_PARTICLES for t in tail) and any(
                    t.ent_type_ == "PER" or (self.has_pos and t.pos_ == "PROPN") for t in tail):
                ts, te = tail[0].idx, tail[-1].idx + len(tail[-1].text)
                tail_entity, tail_name = self.entity_for(TextSpan(ts, te, self.text[ts:te]))
                speaker = Speaker(mention, tail_entity, tail_name or self.text[ts:te])
                self.named_speakers.append((mention.start, speaker))
                return speaker
        content = [t for t in head if t.lower_ not in lex.determiners]
        role: str | None = None
        role_gender: str | None = None
        names: list[Token] = []
        for n, t in enumerate(content):
            found = self.role_gender(t.text) if self.is_cap(t) else None
            if found:
                role, role_gender = found
                rest = content[n + 1:]
                if rest and all(self.is_cap(x) for x in rest):
                    names = rest
                break
            if not (self.is_modifier(t) or t.text[:1].islower() or self.prenominal_genitive(content, n)):
                break
        if role is None and not names and len(content) > 1 and content[-1].pos_ == "PROPN" and \
                content[-1].ent_type_ in ("", "PER") and all(self.is_modifier(t) for t in content[:-1]):
            names = content[-1:]  # "der 53-jährige Uribe": the person is named "Uribe"
        if names and entity_id is not None:
            # "Tarsiens Außenminister Ilja Remesch": the entity of the name part, not of the attribute before it
            ns, ne = names[0].idx, names[-1].idx + len(names[-1].text)
            name_entity, entity_name = self.entity_for(TextSpan(ns, ne, self.text[ns:ne]))
            if name_entity is not None or entity_name is not None:
                entity_id, name = name_entity, entity_name
            else:
                entity_id, name = None, None
        if role and not names and entity_id is None and name is None:
            # "die Ministerin" refers back to a person introduced earlier; "ein Sprecher der Stadt" is someone new
            definite = lows[0] in {"der", "die", "das", "den", "dem", "des"}
            described = head_end < len(words)
            antecedent = self.antecedent(mention.start, role=role,
                                         gender=role_gender if definite and not described else "none")
            if antecedent:
                return Speaker(mention, antecedent.entity, antecedent.name)
            speaker = Speaker(mention, None, mention.text)
            if lows[0] in {"ein", "eine"} and role_gender in ("F", "M"):
                # "Ein Sprecher des Übergangsrates sagte … Er kündigte …": a new person a later pronoun points back to
                self.named_speakers.append((mention.start, speaker))
            return speaker
        derived = mention.text
        if names:
            # "Regierungssprecher Steffen Hebestreit" -> "Steffen Hebestreit"
            derived = self.text[names[0].idx:names[-1].idx + len(names[-1].text)]
        if name is None or (name in derived and len(name) < len(derived) and names):
            name = derived
        speaker = Speaker(mention, entity_id, name)
        if any(self.is_cap(t) for t in content if t.lower_ not in lex.pronouns):
            self.named_speakers.append((mention.start, speaker))
        return speaker

    def attribute_preposition(self, words: list[Token], n: int) -> bool:
        """"Ein Gericht | im US-Bundesstaat Virginia", "Die Opposition | im Bundestag": a preposition right after the
        phrase's only noun opens an attribute; the place or body in it is not who speaks. Not inside a name ("Ärzte
        ohne Grenzen" after "Hilfsorganisation", "Karl-Theodor zu Guttenberg") nor before the person's name ("Der
        EU-Kommissar für Energie Günther Oettinger")."""
        if words[n].lower_ not in self.lex.prepositions or words[n - 1].pos_ != "NOUN" or \
                words[n - 1].ent_type_ or words[n].lower_ in _NAME_PARTICLES:
            return False
        return sum(self.is_noun(t) for t in words[:n]) == 1 and not any(t.ent_type_ == "PER" for t in words[n:])

    def prenominal_genitive(self, words: list[Token], n: int) -> bool:
        """"Tarsiens Chefunterhändler Ilja Remesch", "Merkels Sprecher": a name in the genitive before the noun it
        modifies. The head of a German noun phrase is at its end, so the phrase names the one after the genitive."""
        t = words[n]
        return n == 0 and len(words) > 1 and self.is_cap(words[1]) and t.text.endswith(("s", "'", "’")) and \
            (t.ent_type_ in ("PER", "ORG", "LOC") or t.pos_ == "PROPN")

    def entity_for(self, mention: TextSpan) -> tuple[str | None, str | None]:
        doc = self.doc
        names: dict[str, str] = {e.id: e.name for e in (doc._.entities or [])}
        for start, end, eid in doc._.speaker_mentions or []:
            if start < mention.end and mention.start < end:
                return eid, names.get(eid)
        for ent in doc._.entities or []:
            for ev in ent.mentions:
                if ev.start < mention.end and mention.start < ev.end:
                    return ent.id, ent.name
        for span in self.ents:
            if span.label_ in ("PER", "ORG") and span.start_char < mention.end and mention.start < span.end_char:
                return None, span.text
        return None, None

    def speaker_gender(self, speaker: Speaker) -> str | None:
        texts = [speaker.mention.text] if speaker.mention else []
        if speaker.entity:
            entity = next((x for x in self.doc._.entities or [] if x.id == speaker.entity), None)
            if entity is not None:
                texts.extend(entity.roles)
                if entity.type == "ORG":
                    return "O"
        known = self.gender_of(" ".join(texts))
        if known is None:
            # "Die Grünen-Abgeordnete Selin Arslan … sagte Arslan. … er": the article of a role noun that has one form
            # for both ("Abgeordnete", "Vorsitzende") tells, in any mention of the same person
            same = [sp for _, sp in self.named_speakers if speaker.entity and sp.entity == speaker.entity]
            for other in [speaker, *same]:
                found = self.article_gender(other.mention.text) if other.mention else None
                if found is not None:
                    return found
        return known

    def article_gender(self, text: str) -> str | None:
        """"die Abgeordnete" (F), "der Vorsitzende" (M): a singular nominative article before a role noun whose
        form does not tell the gender (a nominalised adjective ending in -e)."""
        words = text.split()
        if len(words) < 2 or words[0].lower() not in {"der", "die", "ein", "eine"}:
            return None
        for word in words[1:]:
            found = self.role_gender(word) if word[:1].isupper() else None
            if found is not None:
                if found[1] is None and word.endswith("e"):
                    return "F" if words[0].lower() in {"die", "eine"} else "M"
                return None
        return None

    def antecedent(self, before: int, role: str | None, gender: str | None = None,
                   number: str | None = None) -> Speaker | None:
        """The person a pronoun or role noun refers to: the latest fitting named speaker or mention before it.

        ``gender`` "F"/"M" rules out speakers known to be of the other gender (and organisations for "M"
        persons via role nouns); "none" allows only an exact role match (a new, described referent).
        ``number`` "Sing"/"Plur" (of a personal pronoun, see ``pronoun_number``) rules out referents a
        pronoun of that number cannot name (see ``pronoun_may_name``)."""
        def fits(speaker: Speaker) -> bool:
            if gender in ("F", "M") and not self.article_fits(speaker, gender):
                return False
            if number is not None and not self.pronoun_may_name(speaker, gender, number):
                return False
            if not self.may_be_referent(speaker):
                return False
            known = self.speaker_gender(speaker)
            if gender == "F":
                return known != "M"
            if gender == "M":
                return known not in ("F",)
            return True

        for start, speaker in reversed(self.named_speakers):
            if start >= before:
                continue
            if role is None and fits(speaker):
                return speaker
            if role is not None and speaker.mention and role in speaker.mention.text:
                return speaker
        if role:
            # "die Ökonomin Veronika Grimm" earlier in the text, or the entity with that role
            matches = list(re.finditer(rf"{re.escape(role)}\s+((?:[A-ZÄÖÜ][\w-]+\s?){{1,3}})", self.text[:before]))
            if matches:
                return Speaker(None, None, matches[-1].group(1).strip())
            for ent in self.doc._.entities or []:
                if ent.type == "PER" and any(r.endswith(role) or r.endswith(role.lower()) for r in ent.roles) \
                        and any(m.start < before for m in ent.mentions):
                    return Speaker(None, ent.id, ent.name)
            if gender in ("F", "M"):
                # "die Ministerin" after "Bundesaußenministerin Katrin Albers forderte …": the latest person speaker
                # whose gender fits
                for start, speaker in reversed(self.named_speakers):
                    if start < before and speaker.entity is not None and fits(speaker) and \
                            self.speaker_gender(speaker) != "O" and self.is_person(speaker):
                        return speaker
            return None
        # a name inside a quotation is someone the speaker talks about ("„Frauen haben sich gegen den Diktator Ben Ali
        # gestellt“, betont sie"), not the one a later pronoun points back to
        people = [s for s in self.ents if s.label_ == "PER" and s.end_char <= before and self.in_pair[s.start] < 0]
        for person in reversed(people):
            preceding = self.text[max(0, person.start_char - 40):person.start_char].split()
            known = self.gender_of(preceding[-1]) if preceding else None
            if (gender == "M" and known == "F") or (gender == "F" and known == "M") or (gender and known == "O"):
                continue  # "die Zeitung Nordkurier": a name after an organisation noun is a body's, not a person's
            entity_id, _ = self.entity_for(TextSpan(person.start_char, person.end_char, person.text))
            if gender in ("F", "M") and entity_id is not None and self.speaker_gender(
                    Speaker(None, entity_id, person.text)) in ({"F", "M", "O"} - {gender}):
                continue  # "Die Grünen-Abgeordnete Selin Arslan … Arslan …": known to be of the other gender
            return Speaker(None, entity_id, person.text)
        return None

    def may_be_referent(self, speaker: Speaker) -> bool:
        """Whether a pronoun may point back to an earlier speaker mention. A phrase in the dative or genitive
        ("laut diesem Entwurf", "dem Beispiel des …", "den Mandatsträgern") is no nominative referent; a phrase
        whose head names a thing ("die Worte", "möglicherweise Pläne": a misread subject) is no one a later
        "er"/"sie" continues with. Known entities, names, persons and role nouns stay. A source phrase stays too:
        a pronoun resumed after "Nach Bahnangaben …" continues that source's report."""
        mention = speaker.mention
        if mention is None or speaker.entity is not None:
            return True
        words = mention.text.split()
        if not words or words[0].lower() in _DATIVE_GENITIVE_DETERMINERS:
            return not words
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        if any(t.pos_ == "PROPN" or t.lower_ in self.lex.pronouns for t in span) or \
                self.is_agentive((span.start, span.end)):
            return True
        if self.cannot_speak((span.start, span.end)):
            return False
        # a phrase opening with an adverb ("möglicherweise Pläne") is a misread object, not a subject
        return not (span[0].text[:1].islower() and span[0].lower_ not in self.lex.determiners)

    def pronoun_number(self, i: int) -> str | None:
        """"sie sagt" (singular) or "sie sagen" (plural): the number of the finite verb the pronoun at token ``i``
        is the subject of (the verb right before it, "sagte sie", or the first finite verb after it in its clause);
        None when the verb does not tell (no morphology, "sie sagten" is always plural, but "sagte" is not)."""
        if not self.has_morph:
            return None
        verb = self.finite_verb_of(i, i + 1)
        found = verb.morph.get("Number", []) if verb is not None else []
        return found[0] if len(found) == 1 else None

    def finite_verb_of(self, s: int, e: int) -> Token | None:
        """The finite verb the phrase ``s..e`` is the subject of: right before it ("sagte sie") or the first one
        after it in its clause ("Die Medien werfen …")."""
        doc = self.doc
        verb = doc[s - 1] if s > 0 and self.is_finite_verb(doc[s - 1]) else next(
            (doc[k] for k in range(e, min(len(doc), e + 12))
             if self.is_finite_verb(doc[k]) or doc[k].text in _CLAUSE_BREAKS | _SENT_END), None)
        return verb if verb is not None and self.is_finite_verb(verb) else None

    def pronoun_may_name(self, speaker: Speaker, gender: str | None, number: str) -> bool:
        """Whether a personal pronoun may show an earlier speaker's name. "er" and singular "sie" name a person (a
        PER entity, a name, a person role noun; singular "sie" also a body: "die Opposition … Sie fordert"): a
        source phrase ("Nach Bahnangaben …"), a thing ("Fehler") or a place is no one a later "er" is, and a
        pronoun left unresolved reads better in the briefing than a wrong name. Plural "sie" names a group or
        body, not a place or a thing."""
        entity = next((x for x in self.doc._.entities or [] if x.id == speaker.entity), None) \
            if speaker.entity else None
        mention = speaker.mention
        if gender == "M" and mention is not None and any(
                (self.role_gender(w) or ("", None))[1] == "O" for w in mention.text.split() if w[:1].isupper()):
            return False  # "Die Zeitung Nordkurier", "Der Konzern Siemens": a body, whatever the recogniser typed
        if entity is not None:
            if entity.type == "LOC" and number == "Sing" and mention is not None and \
                    mention.text.split()[0].lower() not in self.lex.determiners:
                # "so Guttenberg wörtlich. … bezeichnete er": a place named without article is neuter ("es"), so a
                # bare name "er"/"sie" points back to is a person the recogniser took for a place
                return True
            return entity.type == "PER" or (entity.type == "ORG" and (number == "Plur" or gender == "F"))
        if mention is None:
            return True  # a role phrase or a person found in the text (see ``antecedent``)
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        if number == "Plur":
            return not self.cannot_speak((span.start, span.end)) and \
                not any(t.ent_type_ == "LOC" for t in span) and not self.is_source_phrase(span)
        if self.is_source_phrase(span) or self.cannot_speak((span.start, span.end)):
            return False  # a source or a thing is no "er"
        # a surname the recogniser missed in this place ("warnte Kluncker"), of a person named in full elsewhere
        surnames = {w for e in self.doc._.entities or [] if e.type == "PER" for n in [e.name, *e.aliases]
                    for w in n.split()}
        if span[0].lower_ in ({"der", "ein", "dieser", "jener"} if gender == "M" else {"die", "eine", "diese"}) and \
                len(span) > 1 and self.is_noun(span[-1]) and self.role_gender(span[-1].text) is None and \
                not (gender == "M" and span[-1].lower_.endswith(self.lex.feminine_endings)):
            return True  # "der Mann", "die Frau": a singular noun phrase whose article agrees, naming no body
        for t in span:
            if t.text in surnames:
                return True
            if t.ent_type_ == "PER" or t.text in {"Frau", "Herr"}:
                return True
            found = self.role_gender(t.text) if self.is_cap(t) else None
            if found is not None and (found[1] != "O" or gender == "F") and \
                    t.text.lower().endswith(found[0].lower()):
                return True  # a singular role noun ("Sprecher", not "Sprechern"/"Experten")
            if gender == "F" and t.ent_type_ == "ORG":
                return True
            if t.pos_ == "PROPN" and not t.ent_type_:
                return True  # a name the recogniser missed ("so Boemi")
        return False

    def reporter_of_continuation(self, i: int, gender: str | None, number: str | None) -> Speaker | None:
        """"Nach Bahnangaben hätte es sich um einen Fehler des Wärters gehandelt. Er hätte nicht daran gedacht …":
        when the latest speaker before a singular "er"/"sie" is a source phrase or a plural subject the pronoun
        cannot name (see ``pronoun_may_name``), the pronoun speaks no cue verb and its sentence is reported
        (Konjunktiv, "soll"), the pronoun is someone in that report, not its speaker: the statement continues the
        source's, so its speaker is the source."""
        if number != "Sing" or not self.named_speakers:
            return None
        doc = self.doc
        before = doc[i].idx
        latest = next((sp for start, sp in reversed(self.named_speakers) if start < before), None)
        if latest is None or latest.mention is None or self.pronoun_may_name(latest, gender, "Sing") or \
                before - latest.mention.end > 400:
            return None
        span = doc.char_span(latest.mention.start, latest.mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        group_verb = self.finite_verb_of(span.start, span.end)
        group = group_verb is not None and group_verb.morph.get("Number", []) == ["Plur"] and \
            self.may_be_referent(latest)  # "Arabische und iranische Medien werfen ihm Verrat vor. So soll er …"
        if not (group or self.is_source_phrase(span)):
            return None
        own_verb = self.finite_verb_of(i, i + 1)
        if own_verb is not None and own_verb.lower_ in self.lex.finite:
            return None  # "Dieser behaupte, …": the pronoun is the subject of a speech verb, so it speaks
        ss = i
        while ss > 0 and not doc[ss].is_sent_start:
            ss -= 1
        se = i + 1
        while se < len(doc) and not doc[se].is_sent_start:
            se += 1
        reported = self.subjunctive_in(ss, se) is not None or any(
            t.lemma_ == "sollen" and self.is_finite_verb(t) for t in doc[ss:se])
        return latest if reported else None

    def is_source_phrase(self, span: Any) -> bool:
        """"Bahnangaben", "Medienberichte", "nach Angaben der Polizei": a phrase with a source noun (source_nouns.txt)
        or a compound ending in one (a plural -e/-n too); short nouns only whole ("Soldaten" holds "daten")."""
        endings = tuple(n.lower() for n in self.lex.source_nouns if len(n) > 5)
        for t in span:
            if not self.is_cap(t):
                continue
            low = t.lower_
            if t.text in self.lex.source_nouns or low.endswith(endings) or low[:-1].endswith(endings):
                return True
        return False

    def article_fits(self, speaker: Speaker, gender: str) -> bool:
        """Whether the article a mention begins with agrees with a pronoun: "er" does not point back to "die
        Zeitung", "das Ministerium" or "die Studenten", "sie" not to "das Unternehmen" or "ein Sprecher". Only
        nominative forms tell ("der" may be a feminine dative: "laut der Polizei")."""
        words = speaker.mention.text.split() if speaker.mention else []
        first = words[0].lower() if words else ""
        if gender == "M":
            return first not in {"die", "das", "eine", "diese", "dieses"}
        return first not in {"das", "ein", "dieses"}

    def cue_inside_report(self, k: int, ss: int, se: int) -> bool:
        """A cue verb in the infinitive under a subjunctive verb of its own sentence ("hätten sich nicht sehen
        können", "müsse geklärt werden"): the verb is part of what is reported, not the act of reporting, so a
        speaker-less match on it must leave the sentence to the continuation rules (it is the last speaker's)."""
        doc = self.doc
        if self.is_finite_verb(doc[k]) or self.subjunctive_in(ss, se) is None:
            return False
        return any(self.mood(doc[t]) is not None and self.in_pair[t] < 0 for t in range(ss, k))

    def is_person(self, speaker: Speaker) -> bool:
        entity = next((x for x in self.doc._.entities or [] if x.id == speaker.entity), None)
        return entity is not None and entity.type == "PER"

    def medium_of(self, start: int, end: int) -> str | None:
        window = self.text[start:end]
        for pattern, label in self.lex.media:
            m = pattern.search(window)
            if m:
                return label.replace("{0}", m.group(0)).replace("{1}", m.group(1) if m.groups() else m.group(0))
        return None

    # ------------------------------------------------------------------ sentences

    def sentences(self) -> list[tuple[int, int]]:
        """Token ranges of sentences; a sentence never ends inside a quotation, and line breaks end one."""
        doc = self.doc
        bounds: list[tuple[int, int]] = []
        start = 0
        for tok in doc:
            if tok.i == 0:
                continue
            newline = "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_
            inside_one_quote = self.in_pair[tok.i] >= 0 and self.in_pair[tok.i] == self.in_pair[tok.i - 1]
            if (tok.is_sent_start or newline) and not inside_one_quote:
                bounds.append((start, tok.i))
                start = tok.i
        if start < len(doc):
            bounds.append((start, len(doc)))
        return [(s, e) for s, e in bounds if any(not t.is_space for t in doc[s:e])]

    def char_span(self, s: int, e: int, keep_end_punct: bool) -> tuple[int, int] | None:
        doc = self.doc
        while s < e and (doc[s].is_space or doc[s].text in {",", ":", "–", "-"}):
            s += 1
        while e > s and (doc[e - 1].is_space or doc[e - 1].text in {",", ":", ";", "–", "—", "-"}
                         or (not keep_end_punct and doc[e - 1].text in _SENT_END)):
            e -= 1
        if e <= s:
            return None
        return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)

    def subjunctive_in(self, s: int, e: int) -> str | None:
        """The strongest mood among tokens outside quotations: "I" beats "II"."""
        found: str | None = None
        for k in range(s, e):
            if self.in_pair[k] >= 0:
                continue
            m = self.mood(self.doc[k])
            if m == "I":
                return "I"
            if m == "II":
                found = "II"
        return found

    def run(self) -> list[_Found]:
        doc, lex = self.doc, self.lex
        found: list[_Found] = []
        used_pairs: set[int] = set()
        sents = self.sentences()
        # (sentence index, speaker, medium, from a quote) of the last statement or speech act seen
        last: tuple[int, Speaker, str | None, bool] | None = None
        prev_found: list[_Found] = []
        for si, (ss, se) in enumerate(sents):
            sent_found: list[_Found] = []
            cues: list[tuple[int, CueVerb, bool]] = []
            # intention verbs ("plant, … zu tun") only introduce content clauses; they cue no direct quotation,
            # no reported act and no later continuation, so they stay out of ``cues``
            content_cues: list[tuple[int, CueVerb, bool]] = []
            for k in range(ss, se):
                if self.in_pair[k] >= 0 or not doc[k].text[:1].isalpha():
                    continue
                verb = self.cue_at(k, se)
                if verb:
                    content_cues.append((k, verb, self.is_joined_form(k, se)))
                    if not verb.intends:
                        cues.append(content_cues[-1])
            sent_medium = self.medium_of(doc[ss].idx, doc[se - 1].idx + len(doc[se - 1].text))
            # ", so X" frame after a quotation or clause
            so_frames = [k for k in range(ss + 1, se - 1) if doc[k].lower_ == "so" and self.in_pair[k] < 0
                         and (doc[k - 1].text == "," or self.in_pair[k - 1] >= 0 or self.closing_dash_so(k, se))
                         and self.np_from(k + 1, se) is not None and not self.opens_clause_after_so(k, se)]
            # ---- indirect speech with a reporting verb
            content_end = -1  # token where the last content clause of this sentence ends
            for k, verb, joined in content_cues:
                if k < content_end:
                    continue  # a cue inside reported content is part of what was said
                if verb.intends and not self.intention_takes_clause(k, se, self.cue_speaker(k, ss, se, joined)):
                    continue
                if self.negated_cue(k, verb):
                    # "wollte nicht bestätigen, dass …": the content is not what the subject said; a cue inside it
                    # ("…, dass der Täter gesagt habe, er sei bewaffnet") is part of what was not confirmed
                    negated = self.indirect_content(k, ss, se, joined, verb.says)
                    if negated is not None:
                        content_end = max(content_end, negated[1])
                    continue
                coordinated = content_end >= 0 and any(doc[t].lower_ == "und" for t in range(content_end, k))
                # "X sagte, A sei tot, doch Y erklärte, …": a contrasting main clause brings its own speaker and cue
                contrasted = not coordinated and self.cue_after_contrasting_conjunction(content_end, k)
                # "Während X erklärte, … zu sein, räumte Y ein, … zu haben": the main clause resumes with a cue
                resumed = content_end >= 0 and content_end < k <= content_end + 3 and doc[content_end].text == "," \
                    and self.in_pair[content_end - 1] < 0 and not any(  # "…, „A“, sagte X": a quotation's cue
                        doc[t].text in _CLAUSE_BREAKS or doc[t].lower_ in _SUBORDINATORS | _COMPLEMENTIZERS
                        or (self.has_pos and doc[t].pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON", "DET"))
                        for t in range(content_end + 1, k))
                if content_end >= 0 and not coordinated and not resumed and not contrasted:
                    break
                around = self.insertion_around(k)
                if around is not None:
                    # a cue in a parenthetical: "– wie ein Sprecher sagte –" reports the sentence around it; any
                    # other ("– anders als zunächst gemeldet –") has no content beyond its own insertion
                    inserted_cue = self.inserted_cue(k, verb, joined, around, ss, se, sent_medium)
                    if inserted_cue is not None:
                        sent_found.append(inserted_cue)
                        content_end = se
                        break
                span = self.indirect_content(k, ss, se, joined, verb.says)
                if span is None:
                    continue
                cs, ce = span
                if around is not None and ce > around[1]:
                    continue
                if resumed and cs < content_end:
                    continue  # the resumed clause's content is the one already found
                if not verb.says and self.infinitive_of_predicative(k, cs, ce):
                    continue  # "bezeichnete dies als Versuch, die BBC zu behindern": the infinitive is the noun's
                conj = self.nearer_cue_takes_content(k, cs, content_cues) if cs > k else None
                if conj is not None:
                    if verb.act and not sent_found and self.mood(doc[k]) is None:
                        # the first act keeps the clause before "und" as a reported act of its own
                        act_span = self.cue_speaker(k, ss, se, joined)
                        chars = self.char_span(ss, conj, keep_end_punct=False)
                        if act_span is not None and chars is not None:
                            sent_found.append(_Found(chars[0], chars[1], "reported", self.confidence("speech_act"),
                                                     self.make_speaker(act_span), self.cue_span(k, se, verb),
                                                     sent_medium))
                    continue
                if coordinated and sent_found:
                    # "X erklärte, A sei B, und kündigte an, C zu tun": the coordinated speech act after the
                    # first content shares its subject
                    speaker = sent_found[-1].speaker
                else:
                    source = self.cue_clause_source(k, ss, cs)
                    speaker = self.make_speaker(source if source is not None else self.cue_speaker(k, ss, se, joined))
                if speaker.mention and doc[cs].idx <= speaker.mention.start < doc[ce - 1].idx + len(doc[ce - 1]):
                    continue  # the "speaker" lies inside the content: this is not the content of that cue
                if verb.intends and speaker.mention is None:
                    continue  # "Außerdem ist geplant, …": a plan, but nobody is reported
                if speaker.mention is None and self.cue_inside_report(k, ss, se):
                    continue  # "…, und die Piloten hätten sich nicht sehen können": the report goes on, no new cue
                if speaker.mention is None and si > 0 and self.reason_given(k, ss) and self.agentless_cue(k, ss, se):
                    # "Die Stadt hat die Gebühren erhöht. Als Begründung wurde angegeben, …": the reason given for an
                    # act is the actor's, named in the sentence before (other agentless reports stay unattributed:
                    # annotators mostly leave them without a speaker)
                    speaker = self.previous_subject(sents[si - 1])
                if cs > k and verb.says and doc[cs].lower_ not in _COMPLEMENTIZERS and self.interposed_cue(k, ss):
                    cs = ss  # "Die Kritik sei berechtigt, sagte Grimm, die Regierung habe …": one reported sentence
                elif cs > k and self.reported_cue_clause(k, ss):
                    cs = ss  # "Ferner habe die Studie festgestellt, dass …": the report itself is reported speech
                chars = self.char_span(cs, ce, keep_end_punct=False)
                if chars is None:
                    continue
                sent_found.append(_Found(chars[0], chars[1], "indirect", self.confidence("reporting_verb"), speaker,
                                         self.cue_span(k, se, verb), sent_medium))
                content_end = ce
                if ce >= se - 1:
                    break
            if sent_found and so_frames:
                # "X wird aufgefordert, die Grenze zu öffnen, so Nasrallah.": a closing ", so X" frame reports
                # the whole sentence before it, cue clause included
                closing = self.closing_so_frame(ss, se, so_frames[-1], sent_found, sent_medium)
                if closing is not None:
                    sent_found = [closing]
            inserted_so = [k for k in range(ss + 1, se - 1) if doc[k].lower_ == "so"
                           and not any(f.start < doc[k].idx < f.end for f in sent_found)]
            inserted = next((f for f in (self.inserted_so_frame(ss, se, k, sent_medium) for k in inserted_so)
                             if f is not None), None)
            if inserted is not None:
                # "Die Regierung hat – so der Minister – keine Wahl": a "so X" frame set off by dashes or brackets
                # interrupts the sentence, which goes on around it: the source reports all of it (a frame inside
                # the content of a cue only vouches for a detail of what that cue's speaker said)
                sent_found = [inserted]
            # ---- "die Forderung des Verbands, die Steuer zu senken": a speech-act noun with its content
            if not sent_found:
                noun_content = self.speech_act_noun_content(ss, se)
                if noun_content is not None:
                    n, cs, ce, source = noun_content
                    chars = self.char_span(cs, ce, keep_end_punct=False)
                    if chars:
                        noun_cue = self.token_span(n)
                        sent_found.append(_Found(chars[0], chars[1], "indirect", self.confidence("speech_act_noun"),
                                                 self.make_speaker(source),
                                                 noun_cue, sent_medium))
            # ---- ", so X": "Die Lage sei ernst, so Grimm."
            if not sent_found:
                for k in so_frames:
                    if self.in_pair[k - 1] >= 0 and self.in_pair[ss] == self.in_pair[k - 1]:
                        break  # "„…“, so X" is a direct quotation's cue
                    np_end = self.np_from(k + 1, se)
                    if np_end is None:
                        continue
                    fronted_end = self.so_frame_before_finite(np_end[1], se) if not self.has_verb(ss, k) else None
                    if fronted_end is None and not self.has_verb(ss, k):
                        continue
                    chars = self.char_span(ss, fronted_end or self.resumed_content_end(np_end[1], se, k, ss),
                                           keep_end_punct=False)
                    if chars:
                        speaker = self.make_speaker(self.np_from(k + 1, se))
                        so_cue = self.token_span(k)
                        sent_found.append(_Found(chars[0], chars[1], "indirect", self.confidence("so_frame"), speaker,
                                                 so_cue, sent_medium))
                        break
            # ---- "Gerüchte, nach denen Barrett an Krebs litt": a frame whose source is a relative pronoun
            if not sent_found:
                relative_frame = self.relative_frame_content(ss, se)
                if relative_frame is not None:
                    pronoun, frame_word, cs, ce = relative_frame
                    chars = self.char_span(cs, ce, keep_end_punct=False)
                    if chars:
                        sent_found.append(_Found(chars[0], chars[1], "indirect", self.confidence("relative_frame"),
                                                 self.make_speaker((pronoun, pronoun + 1)),
                                                 self.token_span(frame_word), sent_medium))
            # ---- source frames: "laut X", "X zufolge", "nach Angaben von X"
            if not sent_found:
                # a question is asked, not reported ("Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?")
                frame = self.find_frame(ss, se) if doc[se - 1].text != "?" else None
                if frame and doc[frame[0]].lower_ == "unter" and any(c[1].says for c in cues):
                    frame = None  # "Das berichtet X unter Berufung auf Y": the phrase names the cue's own source
                if frame and self.anaphoric_cue(si, ss, se, cues):
                    frame = None  # "Dies gab – nach Untersuchungen – X bekannt.": attributes the sentence before
                if frame:
                    fs, fe, speaker_span, side = frame
                    qs = ss
                    if fs == ss and speaker_span and side == "after":
                        qs = self.fronted_frame_end(speaker_span[1], se)
                    elif side == "clause" or (side == "before" and speaker_span and speaker_span[0] == ss) \
                            or (fs == ss and side in ("none", "anaphor")):
                        qs = fe
                    qe = se
                    relative = self.relative_clause_around(fs, ss, se) if fs > ss and side in ("after", "before") \
                        else None
                    if relative is not None:
                        # "die Regierung, die ihrer Meinung nach zu Unrecht regiert": the source vouches only for
                        # the relative clause it stands in, not for the whole sentence
                        qs, qe = relative
                    elif qs == ss:
                        # "X schloss sich der Kritik an: Die Mittel seien ihrer Meinung nach …": only the part
                        # between colons/semicolons that holds the frame
                        qs, qe = self.report_segment(ss, se, fs)
                        qs, qe = self.frame_main_clause(qs, qe, fs)
                    chars = self.char_span(qs, qe, keep_end_punct=False)
                    if chars:
                        speaker = self.make_speaker(speaker_span)
                        if speaker_span is None and si > 0:
                            # "Demnach …": the source is the one just named
                            speaker = last[1] if last is not None and si - last[0] <= 1 else \
                                self.previous_subject(sents[si - 1])
                        cue: TextSpan | None = TextSpan(
                            doc[fs].idx, doc[fe - 1].idx + len(doc[fe - 1].text),
                            self.text[doc[fs].idx:doc[fe - 1].idx + len(doc[fe - 1].text)])
                        if side == "anaphor" or (side == "clause" and speaker_span is None):
                            # the mention is the pointing word itself ("Demnach", "wonach"); the name is its referent
                            speaker = Speaker(cue, speaker.entity, speaker.name)
                        elif side == "subject" and fe - fs >= 2 and doc[fs].lower_ == "nach":
                            # "Die Feuerwehr hat nach eigenen Angaben …": annotators mark the source phrase
                            # ("eigenen Angaben") as the mention; the clause's subject is who gave them
                            ms, me = doc[fs + 1].idx, doc[fe - 1].idx + len(doc[fe - 1].text)
                            speaker = Speaker(TextSpan(ms, me, self.text[ms:me]), speaker.entity, speaker.name)
                        confidence = self.confidence("source_frame") if side not in ("none", "anaphor") \
                            else self.confidence("source_adverb")
                        sent_found.append(_Found(chars[0], chars[1], "indirect", confidence, speaker, cue, sent_medium))
            # ---- Konjunktiv I without a cue: continues the last statement (free indirect speech)
            if not sent_found:
                sent_found.extend(self.subjunctive_sentence(si, sents, last, sent_medium))
            # ---- direct quotations in this sentence
            for pi in sorted({self.in_pair[k] for k in range(ss, se) if self.in_pair[k] >= 0}):
                if pi in used_pairs:
                    continue
                used_pairs.add(pi)
                ps, pe = self.pairs[pi]
                inside = [t for t in doc[ss:se] if ps <= t.idx < pe]
                inner_words = [t for t in inside if self.is_wordlike(t)]
                if not inner_words:
                    continue
                in_indirect = next((f for f in sent_found if f.start <= ps and pe <= f.end + 1), None)
                first, last_tok = inside[0].i, inside[-1].i
                before_tok = doc[first - 1] if first > ss else None
                if before_tok is not None and before_tok.is_space and first - 1 > ss:
                    before_tok = doc[first - 2]  # "unter dem Motto  „…“": a doubled space is no word before the mark
                full = any(t.text in _SENT_END for t in inside[-3:]) or len(inner_words) >= 6 \
                    or (before_tok is not None and before_tok.text == ":")
                whole_sentence = first <= ss + 1 and (last_tok + 2 >= se)
                ends_sentence = any(t.text in _SENT_END for t in inside[-3:])
                if in_indirect is None and before_tok is not None and before_tok.text == ":" and ends_sentence \
                        and last_tok + 2 >= se and first - 2 >= ss:
                    # "Die Pflichten seien klar festgelegt: „Daraus ergibt sich …“": the reported clause ends at the
                    # colon; the quotation after it is the same statement's direct speech, not its subject's
                    colon_end = doc[first - 2].idx + len(doc[first - 2].text)
                    in_indirect = next((f for f in sent_found if f.kind == "indirect" and f.end == colon_end), None)
                if in_indirect is not None:
                    colon = first - 1
                    if before_tok is not None and before_tok.text == ":" and ends_sentence and last_tok + 2 >= se \
                            and doc[colon - 1].idx + len(doc[colon - 1].text) > in_indirect.start:
                        # "… seien klar festgelegt: „Daraus ergibt sich …“" — the quotation after the colon is
                        # direct speech of the same statement
                        in_indirect.end = doc[colon - 1].idx + len(doc[colon - 1].text)
                        sent_found.append(_Found(ps, pe, "direct", in_indirect.confidence,
                                                 self.colon_quote_speaker(in_indirect, ss, colon),
                                                 None, in_indirect.medium, continues=True))
                    else:
                        in_indirect.kind = "mixed"
                    continue
                if before_tok is not None and before_tok.lower_ in lex.scare_words:
                    continue
                slogan = self.after_slogan_noun(first, ss)
                if not ends_sentence and not slogan and self.names_something(first, last_tok, ss, se):
                    continue
                if not ends_sentence and not slogan and self.listed_after_name(first, ss, used_pairs, sent_found):
                    continue  # "in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“": a title like the first
                if self.names_addressee(first, last_tok, ss) and self.short_title_at(first):
                    continue  # "sagte gegenüber dem „Tagesspiegel“": the medium spoken to, not a quotation
                cue_at = {c[0] for c in cues}
                if before_tok is not None and not full and self.short_title_at(first) and (
                        before_tok.i in cue_at
                        or (before_tok.lower_ in lex.determiners and before_tok.i - 1 in cue_at)):
                    continue  # "…“, schreibt die „Computerwoche“" / "sagte der „Zeit“": the speaker or addressee
                if before_tok is not None and not ends_sentence and not cues and (
                        before_tok.lower_ in lex.determiners | lex.prepositions | {"deren", "dessen", "als"}
                        or (self.has_pos and before_tok.pos_ in ("DET", "ADP", "ADJ"))):
                    continue  # inside a noun phrase: a name, title or term ("der „New York Times“")
                cue_idx, speaker_span = self.direct_cue(first, last_tok, ss, se, cues, so_frames)
                holder: tuple[int, int] | None = None
                if before_tok is not None and before_tok.text == ":" and not ends_sentence and cue_idx is None \
                        and not slogan and self.is_title(first, last_tok):
                    continue  # "Sein erstes Werk entstand 1970: „Le Grand Macabre“": a title presented, not speech
                if before_tok is not None and before_tok.text == ":" and not ends_sentence and not slogan \
                        and self.work_presented(ss, before_tok.i, first, last_tok):
                    continue  # "stellte die neue CD der Gruppe vor: „Have a nice day“": the work's title
                if before_tok is not None and before_tok.text == "," and not ends_sentence and not slogan \
                        and self.work_presented(max(ss, before_tok.i - 4), before_tok.i, first, last_tok):
                    continue  # "das erste Album der Gruppe, „Piper at the Gates of Dawn“": the title in apposition
                adjacent = cue_idx is not None and (
                    (0 < cue_idx - last_tok <= 3 and any(doc[t].text in {",", ":", "–", "—"}  # "„…“ – so X"
                                                         for t in range(last_tok, cue_idx)))
                    or (0 < first - cue_idx <= 3 and any(doc[t].text in {",", ":"} for t in range(cue_idx, first))))
                if before_tok is not None and not full and self.is_title(first, last_tok) and (
                        before_tok.lower_ in _NAME_ARTICLES or (before_tok.lower_ in _NAME_DETERMINERS
                                                                and len(inner_words) > 1)):
                    continue  # "Chefredakteur der „New York Times“", "im „Deutschlandfunk“": a name in a noun phrase
                if before_tok is not None and not full and self.is_title(first, last_tok) and \
                        self.closes_attribute(before_tok):
                    continue  # "die in Linz erscheinende „Rundschau am Sonntag“": a name headed by its attribute
                if before_tok is not None and not ends_sentence and self.is_long_name(first, last_tok) and (
                        before_tok.lower_ in _NAME_ARTICLES or self.closes_attribute(before_tok)):
                    continue  # "der neue „Oberste Rat zur Wiederherstellung der Demokratie“": a long name
                quoting = [c for c in cues if not self.in_relative_clause(c[0], ss)
                           and self.quotes_as_object(c[0], first, last_tok, before_tok, ss)]
                if not full and not adjacent and not whole_sentence and quoting:
                    # a quoted phrase as the object of a speech act: "nannte den Bericht eine „Zeitungsente“",
                    # "bezeichnete die Pläne als „Wortbruch“"
                    chosen = min(quoting, key=lambda c: abs(c[0] - first))
                    cue_idx, speaker_span = chosen[0], self.speaker_for_verb(chosen[0], ss, se, chosen[2])
                elif slogan and not full and not adjacent:
                    cue_idx = None  # "skandierten Parolen wie „Stoppt den Überwachungswahn“": the subject's slogan
                elif not full and not adjacent and not whole_sentence and \
                        (holder := self.evaluation_holder(first, ss)) is not None:
                    # "Für den Minister ist die Lage „alarmierend“": the judgement of the one it holds for
                    cue_idx, speaker_span = None, holder
                elif not full and not adjacent and not whole_sentence and (
                        len(inner_words) <= 4 or before_tok is not None and before_tok.text[:1].islower()
                        and before_tok.lower_ in lex.determiners):
                    continue  # scare quote, name or title
                if not full and cue_idx is not None and self.names_itself(cue_idx, ss, max(cue_idx, first)):
                    continue  # "nennt sich „documenta 12“", "Dies nennt man einen „Aktiensplit“": a name, not speech
                if not full and len(inner_words) <= 2 and cue_idx is None and holder is None and not slogan:
                    continue
                chars = (ps, pe)
                if cue_idx is not None:
                    speaker = self.make_speaker(speaker_span)
                    cue = self.cue_span(cue_idx, se, None)
                    conf = self.confidence("direct_cue")
                    # "„Wir haben keine Zeit“, sagte Merkel, „die Lage ist ernst.“": both parts share the cue and
                    # are one statement
                    continues = bool(sent_found) and sent_found[-1].kind == "direct" and sent_found[-1].cue == cue
                else:
                    # no reporting verb from the lexicon: the subject of the clause introducing the quotation
                    # ("Thaksin begründete seinen Schritt mit den Worten: „…“"), else the last speaker
                    subject = holder or (self.speaking_subject(ss, first) if first > ss else None)
                    if holder is None and before_tok is not None and before_tok.text == "(" and first - 1 > ss:
                        # "…, der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein …“), und …": the
                        # quotation in brackets after a name is that person's
                        named = self.np_before(self.clause_start(first - 1, ss), first - 1)
                        subject = named if named is not None and self.is_agentive(named) else subject
                    if subject is not None and self.cannot_speak(subject):
                        subject = None  # "Die Worte waren deutlich: „…“": no speaker; the previous one continues
                    if subject is None:
                        subject = self.inverted_after_quote(last_tok, se)
                    nearer = self.intervening_subject(si, sents, last) if subject is None and full else None
                    if subject is not None:
                        speaker, cue, conf, continues = self.make_speaker(subject), None, \
                            self.confidence("direct_subject"), False
                    elif nearer is not None:
                        # "Der Bruder des Papstes war eingeweiht. „Mein Bruder wünscht sich Ruhe.“": the person the
                        # sentence before is about, not an older statement's speaker
                        speaker, cue, conf, continues = nearer, None, self.confidence("direct_continued"), False
                    elif last is not None and si - last[0] <= 2:
                        speaker, cue, conf, continues = last[1], None, self.confidence("direct_continued"), last[3]
                    else:
                        speaker, cue, conf, continues = Speaker(), None, self.confidence("direct_unattributed"), False
                sent_found.append(_Found(chars[0], chars[1], "direct", conf, speaker, cue, sent_medium, continues))
            # ---- "X sagte, … und kündigte weitere Schritte an": a speech act coordinated after a statement
            if sent_found:
                coordinated_act = self.coordinated_act(ss, se, cues, sent_found)
                if coordinated_act is not None:
                    sent_found.append(coordinated_act)
            # ---- "X stufte das Gesetz als verfassungswidrig ein, und Y rief …": a speech act in the clause before
            # the sentence's other quotes
            if sent_found:
                act_before = self.act_before_quotes(ss, se, cues, sent_found, sent_medium)
                if act_before is not None:
                    sent_found.insert(0, act_before)
            # ---- "Nach Angaben der Veranstalter kamen 7.000 Menschen, die Polizei spricht von 4.000": a speech act
            # in a main clause of its own after the sentence's other quotes
            if sent_found:
                act_after = self.act_after_quotes(ss, se, cues, sent_found, sent_medium)
                if act_after is not None:
                    sent_found.append(act_after)
            # ---- "Das sagte X." attributes the sentence before it
            if not sent_found and self.anaphoric_cue(si, ss, se, cues):
                k = cues[0][0]
                # the perfect's participle finds its subject from the auxiliary: "Dies hat X gesagt."
                speaker = self.make_speaker(self.cue_speaker(k, ss, se, cues[0][2]))
                cue = self.cue_span(k, se, cues[0][1])
                if prev_found:
                    for f in prev_found:
                        if f.cue is None or f.kind == "reported" or f.speaker.mention is None:
                            f.speaker, f.cue, f.continues = speaker, cue, False
                            f.confidence = max(f.confidence, self.confidence("attributed_after"))
                else:
                    ps, pe = sents[si - 1]
                    ps = self.anaphor_content_start(si, sents, found)
                    chars = self.char_span(ps, pe, keep_end_punct=True)
                    if chars:
                        # annotators include the pointing "Das"/"Dies" in the quotation it stands for
                        end = doc[ss].idx + len(doc[ss].text) if pe == ss else chars[1]
                        found.append(_Found(chars[0], end, "indirect", self.confidence("attributed_after"),
                                            speaker, cue, sent_medium))
                last = (si, speaker, sent_medium, False)
                prev_found = []
                continue
            # ---- reported speech acts (only when nothing else was found)
            if not sent_found:
                act = self.reported_act(ss, se, cues + self.stance_cues(ss, se), sent_medium) or \
                    self.named_reason(ss, se, sent_medium)
                if act is not None:
                    sent_found.append(act)
            found.extend(sorted(sent_found, key=lambda f: f.start))
            prev_found = sent_found
            if sent_found:
                last = (si, sent_found[-1].speaker, sent_found[-1].medium, True)
            else:
                for k, _, joined in cues:
                    span = self.cue_speaker(k, ss, se, joined)
                    if self.negated_act(k, ss, se):
                        continue  # "Zu den Vorwürfen äußerte er sich nicht": nobody spoke; the last speaker goes on
                    if span is not None and (self.is_agentive(span) or self.names_document(span) and last is not None
                                             and si - last[0] <= _CONTINUATION_WINDOW):
                        # "Das erklärte General X am Montag." — later Konjunktiv-I sentences report X; so do they a
                        # document that speaks ("Der Untersuchungsbericht schildert die Fehlerkette."), though only in
                        # place of an earlier speaker: alone it would start new cue-less reports (measured)
                        last = (si, self.make_speaker(span), sent_medium, False)
                        break
        self.attribute_inscriptions(found, sents)
        return found

    def attribute_inscriptions(self, found: list[_Found], sents: list[tuple[int, int]]) -> None:
        """A quotation written somewhere ("Auf dem Transparent war die Parole „…“ zu lesen", "ein Zettel, auf dem
        geschrieben stand: „…“") has the place or document it is written on as its source, not a person named
        before: a direct quotation whose sentence has an inscription predicate (inscription_predicates.txt) takes
        the "auf/an/in X" phrase or "darauf" of that sentence, unless its sentence names its own speaker."""
        if not self.lex.inscription_predicates:
            return
        doc = self.doc
        si = 0
        for f in sorted(found, key=lambda f: f.start):  # found is in rule order; the sentence scan needs text order
            if f.kind != "direct":
                continue
            while si < len(sents) and doc[sents[si][1] - 1].idx < f.start:
                si += 1
            if si == len(sents):
                break
            ss, se = sents[si]
            mention = f.speaker.mention
            if mention is not None and doc[ss].idx <= mention.start < doc[se - 1].idx + len(doc[se - 1].text):
                continue  # the sentence names who wrote or showed it
            qs = next((k for k in range(ss, se) if doc[k].idx >= f.start), se)
            qe = next((k for k in range(qs, se) if doc[k].idx >= f.end), se)
            source = self.inscription_source(ss, se, qs, qe, sents[si - 1] if si else None)
            if source is not None:
                f.speaker = source

    def inscription_source(self, ss: int, se: int, qs: int, qe: int,
                           previous: tuple[int, int] | None = None) -> Speaker | None:
        """The place phrase of an inscription sentence ``ss..se`` around the quotation ``qs..qe``: the nearest
        "auf/an/in X" (or "darauf") before the quotation, else after it; for a relative clause ("ein Zettel, auf
        dem geschrieben stand") the noun phrase the relative pronoun refers to; for "dort" the first place phrase
        of the ``previous`` sentence ("Auf ihrer Homepage fanden sich Videos. Auch das Motiv fand sich dort: „…“").
        None when the sentence has no inscription predicate or no such phrase."""
        doc = self.doc
        outside = [k for k in range(ss, se) if self.in_pair[k] < 0 and self.is_wordlike(doc[k])]
        words = [doc[k].lower_ for k in outside]
        if not any(tuple(words[i:i + len(p)]) == p for p in self.lex.inscription_predicates
                   for i in range(len(words) - len(p) + 1)):
            return None
        for k in [*range(qs - 1, ss - 1, -1), *range(qe, se)]:
            if self.in_pair[k] >= 0:
                continue
            low = doc[k].lower_
            if low in _INSCRIPTION_ADVERBS:
                return Speaker(self.token_span(k), None, doc[k].text)
            if low == "dort" and previous is not None:
                ps, pe = previous
                for p in range(ps, pe - 1):
                    if doc[p].lower_ in _INSCRIPTION_PREPOSITIONS and self.in_pair[p] < 0:
                        span = self.np_from(p + 1, pe)
                        if span is not None and self.is_noun(doc[span[1] - 1]):
                            return self.make_speaker(span)
                return None
            if low not in _INSCRIPTION_PREPOSITIONS or k + 1 >= se:
                continue
            if doc[k + 1].lower_ in _RELATIVE_PRONOUNS | {"dem", "denen"} and k > ss and doc[k - 1].text == ",":
                # "ein Zettel kleben, auf dem …": the nearest noun before the comma is what the pronoun refers to
                t = next((x for x in range(k - 2, max(ss - 1, k - 14), -1) if self.is_noun(doc[x])
                          and self.in_pair[x] < 0), None)
                if t is None:
                    return None
                b = t
                while b > ss and (self.is_modifier(doc[b - 1]) or doc[b - 1].lower_ in self.lex.determiners):
                    b -= 1
                return self.make_speaker(self.np_from(b, t + 1))
            span = self.np_from(k + 1, qs if k < qs else se)
            if span is not None and self.is_noun(doc[span[1] - 1]):
                return self.make_speaker(span)
        return None

    def document_phrase_from(self, start: int, end: int) -> tuple[int, int] | None:
        """The phrase from ``start`` up to the first noun naming a document (document_nouns.txt) within six words,
        with no punctuation, quotation or finite verb before it: "in einer gestern verbreiteten Erklärung", where
        an adverb among the attributes ends the regular noun phrase too early."""
        doc = self.doc
        for t in range(start, min(end, start + 6)):
            tok = doc[t]
            if tok.is_punct or self.in_pair[t] >= 0 or self.is_finite_verb(tok):
                return None
            if t > start and tok.text[:1].isupper() and tok.text.lower().endswith(self.lex.document_nouns):
                return start, t + 1
        return None

    def names_document(self, span: tuple[int, int]) -> bool:
        """A phrase naming a text that can be the source of a report ("Der Untersuchungsbericht", "die Studie":
        document_nouns.txt), though no one who speaks (``is_agentive``)."""
        return any(t.text.lower().endswith(self.lex.document_nouns) for t in self.doc[span[0]:span[1]])

    def colon_quote_speaker(self, statement: _Found, ss: int, colon: int) -> Speaker:
        """The speaker of a quotation after a colon that closes a reported clause: the statement's speaker, unless
        that "speaker" is the speech-act noun itself ("X wandte sich gegen die Behauptung, … werde …: „…“", "Das
        Angebot, … zu lassen, lehnt er ab: „…“"): the noun names a claim, the clause's subject says the quotation."""
        mention, cue = statement.speaker.mention, statement.cue
        if mention is None or cue is None or not (mention.start <= cue.start and cue.end <= mention.end):
            return statement.speaker
        subject = self.speaking_subject(ss, colon)
        if subject is None or not self.is_agentive(subject):
            return statement.speaker
        return self.make_speaker(subject)

    def speaking_subject(self, ss: int, limit: int) -> tuple[int, int] | None:
        """The ``main_subject`` of the words before a quotation, or, when that is no one who can speak (a fronted
        object before an inserted clause: "Das ägyptische Angebot, … zu lassen, lehnt er jedoch ab: „…“"), the
        first person, body or pronoun that is the subject of a finite verb there."""
        subject = self.main_subject(ss, limit)
        if subject is not None and self.is_agentive(subject):
            return subject
        verbs = [k for k in range(ss, limit) if self.in_pair[k] < 0 and self.is_finite_verb(self.doc[k])]
        agentive = next((span for span in (self.speaker_for_verb(k, ss, limit, False) for k in verbs)
                         if span is not None and self.is_agentive(span)), None)
        return agentive if agentive is not None else subject

    def reported_act(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]],
                     medium: str | None) -> _Found | None:
        """A speech act without content in sentence ss..se ("X forderte mehr Geld", "X sprach von Erfolgen"): the
        clause from its subject to the sentence end, with the act's subject as the speaker."""
        doc, lex = self.doc, self.lex
        for k, verb, joined in cues:
            if self.mood(doc[k]) is not None:
                continue
            if not self.acts_as_verb(k, ss, se):
                continue
            if any(doc[t].lower_ in {"hatte", "hatten"} and self.in_pair[t] < 0
                   for t in range(self.clause_start(k, ss), k)):
                # "Linke Gruppen hatten ihren Protest angekündigt": a pluperfect act is background to the story, not
                # a statement it reports (on the training split 6 of 20 were annotated)
                continue
            # "sprach von Erfolgen", also fronted: "Von Erfolgen sprach der Trainer"
            speaks_of = any(doc[t].lower_ in {"von", "vom"} for t in range(k, se)) or doc[ss].lower_ in {"von", "vom"} \
                or self.verb_final_speaks_of(k, ss, se)
            fronted = k == ss and self.fronted_participle(k)
            passive = fronted or any(doc[a].lower_ in _AUXILIARIES for a in range(ss, k)) and \
                (k + 1 >= se or doc[k + 1].text in _CLAUSE_BREAKS | _SENT_END)
            # the agent of a fronted participle follows its auxiliary ("Bemängelt wurde von Experten …")
            agent = (k + 2 if k + 2 < se and doc[k + 2].lower_ in {"von", "vom"} else None) if fronted else \
                next((t for t in range(ss, k) if doc[t].lower_ in {"von", "vom"}), None)
            if passive and agent is not None and verb.lemma in {"sprechen", "berichten"} and not verb.particle:
                # "Von glatter Desinformation wird gesprochen", "Von einer hohen Brandgefahr wird berichtet": an
                # impersonal passive whose "von" phrase is what is spoken of, unless it names who speaks
                topic = self.np_from(agent + 1, se if fronted else k)
                if topic is None or not self.is_agentive(topic):
                    agent = None
            # "Es wurde auch die Instandhaltung bemängelt", "wurde der Tod … gemeldet": a reporting participle
            # reports a statement even without its source (agentless_reports.txt); other passives without agent
            # ("wurde nicht bestätigt") report nobody
            judged = self.judged_as(k, ss, se, verb)
            agentless = passive and agent is None \
                and (doc[k].lower_ in lex.agentless_reports or (speaks_of and verb.lemma == "sprechen") or judged) \
                and not any(doc[t].lower_ in _NEGATIONS for t in range(ss, se if fronted else k))
            if not verb.act and not agentless and not judged and \
                    not (speaks_of and verb.lemma in {"berichten", "sprechen"}):
                continue  # "berichtet von 50 Nationen" reports a statement without its words
            if verb.lemma == "sprechen" and not verb.particle and not speaks_of:
                continue  # "sprach von Erfolgen" reports a statement; "das Urteil sprechen" does not
            if any(doc[t].text in lex.not_speech.get(verb.lemma, ()) for t in range(ss, se)):
                continue  # "Die Flut forderte 100 Todesopfer"
            if passive and agent is None and not agentless:
                continue
            span = self.np_from(agent + 1, se if fronted else k) if passive and agent is not None else \
                self.reported_from(ss, se if fronted else k) if agentless else self.speaker_for_verb(k, ss, se, joined)
            werden_passive = self.passive_agent(k, ss, se) if joined else None
            if werden_passive is not None and not agentless:
                span = werden_passive[1]  # "war zu zehn Jahren Haft verurteilt worden": nobody speaks
            if span is None and not agentless:
                continue
            c = self.clause_start(k, ss)
            if c > ss and doc[c - 1].text == "," and (
                    self.in_relative_clause(k, ss) or doc[c].lower_ in _SUBORDINATORS | {"wie"}) \
                    and not self.contrasting_clause(c, ss):
                if speaks_of and verb.lemma in {"sprechen", "berichten"}:
                    # "…, die von Erschütterungen sprachen": "sprechen/berichten von" reports what someone stated
                    # even in a relative or subordinate clause, which is then a reported quote of its own (other
                    # acts there measured 0 of 6 on train)
                    e = k + 1
                    while e < se and not (doc[e].text in _CLAUSE_BREAKS and self.in_pair[e] < 0):
                        e += 1
                    chars = self.char_span(c, e, keep_end_punct=e == se)
                    if span is not None and doc[c].lower_ in _RELATIVE_FORMS and span[0] == c:
                        span = (c, c + 1)  # the relative pronoun stands for its antecedent, as annotators mark it
                    if chars is not None:
                        return _Found(chars[0], chars[1], "reported", self.confidence("speech_act"),
                                      self.make_speaker(span), self.cue_span(k, se, verb), medium)
                continue  # "…, die auf ein baldiges Ende drängen": an act in a relative or subordinate clause is
                # background to its sentence, not a report of its own
            # "…, die Polizei spricht von 4.000 Teilnehmern": the act is the clause after the comma; but when the
            # finite verb opens that clause ("In einem Bericht, der …, fordert Annan …") the part before the
            # comma is its fronted phrase and belongs to the act
            start = c if c > ss and doc[c - 1].text == "," and span is not None and span[0] >= c \
                and not self.is_finite_verb(doc[c]) else ss
            if start == ss and c > ss and doc[c - 1].text == "," and (span is None or span[0] >= c) \
                    and self.is_adverbial_clause(ss, c - 1):
                # "Während die Opposition schwieg, fordert die Partei den Rücktritt": a fronted adverbial clause
                # is the time or reason of the act, not part of what was said
                start = c
            end = self.stance_clause_end(k, se) if verb in self.lex.stance_verbs else se
            chars = self.char_span(start, end, keep_end_punct=end == se)
            if chars is None:
                return None
            confidence = self.confidence("agentless_report") if agentless else self.confidence("speech_act")
            return _Found(chars[0], chars[1], "reported", confidence, self.make_speaker(span),
                          self.cue_span(k, se, verb),
                          medium)
        return None

    def verb_final_speaks_of(self, k: int, ss: int, se: int) -> bool:
        """The verb at k closes its clause and a "von" phrase stands before it in that clause ("…, die von
        Erschütterungen sprachen", "hat von einem Anschlag gesprochen"): in a verb-final clause or a perfect the
        object of "sprechen/berichten von" precedes the verb, as "sprach von …" follows it in a main clause."""
        doc = self.doc
        if k + 1 < se and not (doc[k + 1].text in _CLAUSE_BREAKS | _SENT_END or self.in_pair[k + 1] >= 0
                               or doc[k + 1].lower_ in _AUXILIARIES | _PERFECT_AUXILIARIES):
            return False
        c = self.clause_start(k, ss)
        # "von" right after a noun attaches to it ("für eine Beteiligung von Israel sprechen"), unless the noun
        # is a time ("am Montag von einem Feuer berichteten")
        return any(doc[t].lower_ in {"von", "vom"} and self.in_pair[t] < 0 and (
            t == c or not self.is_noun(doc[t - 1]) or self.is_time_noun(doc[t - 1])) for t in range(c, k))

    def infinitive_of_predicative(self, k: int, cs: int, ce: int) -> bool:
        """The zu-infinitive at cs..ce follows the "als" predicative of the act at k ("bezeichnete die Maßnahme als
        einen Versuch, die BBC an der Berichterstattung zu hindern"): it completes the predicative noun, so it is no
        content of the act, which stays a reported act of its own."""
        doc = self.doc
        return k < cs and doc[cs - 1].text == "," and self.is_infinitive_clause(cs, ce) \
            and any(doc[t].lower_ == "als" and self.in_pair[t] < 0 for t in range(k + 1, cs - 1)) \
            and not any(self.is_finite_verb(doc[t]) for t in range(k + 1, cs - 1))  # no other verb ("und forderte")

    def contrasting_clause(self, c: int, ss: int) -> bool:
        """The clause at c is a "während" clause set against a main clause before it ("Die USA lehnten den Satz ab,
        während die EU-Staaten den Vorstoß begrüßten"): adversative "während" after a complete main clause
        contrasts two positions, so an act in it is a report of its own, not the time of the main clause."""
        doc = self.doc
        return doc[c].lower_ == "während" and c - 1 > ss and doc[ss].lower_ not in _SUBORDINATORS | _OPEN_SUBORDINATE \
            and any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) for t in range(ss, c - 1))

    def reported_from(self, s: int, e: int) -> tuple[int, int] | None:
        """Where an agentless reporting passive comes from ("wurde aus Italien der Tod … gemeldet", "Aus Kreisen der
        Regierung wird bemängelt …"): the place or body after "aus" is its source; None when no such phrase."""
        doc = self.doc
        for t in range(s, e - 1):
            if doc[t].lower_ != "aus" or self.in_pair[t] >= 0:
                continue
            span = self.np_from(t + 1, e)
            if span is not None and doc[span[0]].ent_type_ == "LOC":
                # a place takes no genitive: "aus Italien | der Tod der Schauspielerin"
                end = span[0] + 1
                while end < span[1] and doc[end].ent_iob_ == "I":
                    end += 1
                return span[0], end
            if span is not None and (self.is_agentive(span) or doc[span[0]].ent_type_ == "ORG"):
                return span
        return None

    def judged_as(self, k: int, ss: int, se: int, verb: CueVerb) -> bool:
        """The verb of judgement at k names its object "als" something in its clause ("verurteilte den Anschlag als
        barbarische Tat", "wurde als unangemessen kritisiert"): a judgement someone stated, which annotators mark as
        a reported quote, unlike the bare verb ("lobte die Helfer"); ``judgement_verbs.tsv``."""
        doc = self.doc
        if (verb.lemma, verb.particle) not in self.lex.judgement_verbs:
            return False
        c = self.clause_start(k, ss)
        e = k + 1
        while e < se and not (doc[e].text in _CLAUSE_BREAKS | _SENT_END and self.in_pair[e] < 0):
            e += 1
        for t in range(c + 1, min(e, se - 1)):
            if doc[t].lower_ != "als" or self.in_pair[t] >= 0:
                continue
            # a comparison ("mehr als", "sowohl … als auch") or a number ("als 2010") is no predicative
            if doc[t - 1].lower_ in self.lex.comparison_words or doc[t + 1].lower_ in {"ob", "auch", "wenn"} \
                    or doc[t + 1].like_num:
                continue
            return True
        return False

    def named_reason(self, ss: int, se: int, medium: str | None) -> _Found | None:
        """A reason, cause or example named with "als" ("Als Ursache wurde ein Herzinfarkt angegeben", "Als Grund gab
        die Behörde die mangelnde Sicherheit an", "wurde als Ursache die Explosion vermutet"): the sentence reports
        what a source stated, also in a passive without agent (then without speaker); ``naming_frames.tsv``."""
        doc, lex = self.doc, self.lex
        if doc[se - 1].text == "?":
            return None
        named = next((t for t in range(ss, se - 1) if doc[t].lower_ == "als" and self.in_pair[t] < 0
                      and doc[t + 1].text in lex.naming_nouns), None)
        if named is None:
            return None
        clause_end = se
        for t in range(named + 2, se):
            if doc[t].text in _CLAUSE_BREAKS | _SENT_END and self.in_pair[t] < 0:
                clause_end = t
                break
        span: tuple[int, int] | None = None
        verb: int | None = None
        for k in range(ss, clause_end):
            if self.in_pair[k] >= 0:
                continue
            if doc[k].text in lex.naming_participles and \
                    any(doc[a].lower_ in _PASSIVE_AUXILIARIES for a in range(ss, clause_end) if a != k):
                verb = k
                agent = next((t for t in range(ss, k) if doc[t].lower_ in {"von", "vom"}), None)
                span = self.np_from(agent + 1, k) if agent is not None else None
                break
            particle = lex.naming_verbs.get(doc[k].text)
            if particle is not None and (not particle or doc[clause_end - 1].lower_ == particle):
                verb = k
                span = self.cue_speaker(k, ss, se, False)  # active: its subject names the reason
                break
        if verb is None:
            return None
        chars = self.char_span(ss, se, keep_end_punct=True)
        if chars is None:
            return None
        cue = self.token_span(verb)
        return _Found(chars[0], chars[1], "reported", self.confidence("named_reason"), self.make_speaker(span), cue,
                      medium)

    def stance_clause_end(self, k: int, se: int) -> int:
        """Where the stance at k ends: at the comma that opens a new main clause ("Beobachter gehen von einer
        Radikalisierung aus, sie trauen der Regierung nicht …"); a relative or subordinate clause belongs to it."""
        doc = self.doc
        for t in range(k + 1, se - 1):
            if self.in_pair[t] >= 0 or doc[t].text not in _CLAUSE_BREAKS:
                continue
            nxt = doc[t + 1].lower_
            if nxt in _RELATIVE_FORMS or nxt in _SUBORDINATORS or nxt in _COMPLEMENTIZERS or \
                    nxt in _ADVERBIAL_INFINITIVES or doc[t + 1].text in _CLAUSE_BREAKS:
                continue
            return t
        return se

    def stance_cues(self, ss: int, se: int) -> list[tuple[int, CueVerb, bool]]:
        """Verbs that report a stance with their preposition ("Die Polizei geht von Suizid aus", "Experten sehen in
        dem Referendum den ersten Schritt", "Sie halten das Verfahren für verfassungswidrig"), from
        ``stance_verbs.tsv``; only finite main-clause forms whose subject can speak."""
        doc, lex = self.doc, self.lex
        found: list[tuple[int, CueVerb, bool]] = []
        for k in range(ss, se):
            stance = lex.stance.get(doc[k].text) if doc[k].text[:1].islower() else None
            if stance is None or self.in_pair[k] >= 0 or self.mood(doc[k]) is not None:
                continue
            e = k + 1  # the clause of the verb: up to the next break or quotation
            while e < se and doc[e].text not in _CLAUSE_BREAKS | _SENT_END and self.in_pair[e] < 0:
                e += 1
            words = [t for t in range(k + 1, e) if self.is_wordlike(doc[t])]
            particle = stance.verb.particle
            if particle and (not words or doc[words[-1]].lower_ != particle):
                continue  # "geht … aus" needs its particle closing the clause
            if particle:
                words = words[:-1]
            span = self.speaker_for_verb(k, ss, se, False)
            if span is None or not self.is_agentive(span):
                # "Das Feuer ging von einem Nebengebäude aus": nobody takes a stance; plural role nouns
                # ("Analysten", "Experten") can (role_gender reads plurals)
                continue
            if stance.position == "next":
                # only the inverted subject and adverbs before the preposition: "sieht er darin eine Gefahr"
                rest = [t for t in words if not (span[0] <= t < span[1]) and doc[t].lower_ not in lex.adverbs
                        and not (self.has_pos and doc[t].pos_ in ("ADV", "PART"))]
                ok = bool(rest) and doc[rest[0]].lower_ in stance.prepositions
            elif stance.position == "object":
                # a main clause with its object after the verb, no subordinate or relative clause around it
                ok = bool(words) and span[1] <= k and doc[ss].lower_ not in _RELATIVE_FORMS | _OPEN_SUBORDINATE \
                    and (k == ss or doc[k - 1].text not in _CLAUSE_BREAKS)
            elif stance.position == "end":
                ok = any(doc[t].lower_ in stance.prepositions for t in words[-4:-1])
            else:
                ok = any(doc[t].lower_ in stance.prepositions for t in words)
            if ok:
                found.append((k, stance.verb, False))
        return found

    def coordinated_act(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]],
                        sent_found: list[_Found]) -> _Found | None:
        """A speech act without content coordinated after the statements of its sentence ("„…“, schrieben die Hacker
        und kündigten weitere Aktionen an", "Sie räumte ein, …, sprach aber von einem offenen Prozess"): the clause
        from the conjunction to the sentence end is a reported quote of the same speaker."""
        doc = self.doc
        last_end = max(f.end for f in sent_found)
        for k, verb, _ in cues:
            if doc[k].idx < last_end or not verb.act or self.mood(doc[k]) is not None or k - 1 <= ss:
                continue
            # "und kündigte … an" / ", sprach aber von …"; a bare comma before the verb opens an inverted cue clause
            # ("…, kündigte die Regierung an") whose content is the clause before it
            contrast = doc[k - 1].text == "," and k + 1 < se and doc[k + 1].lower_ in _CONTRASTING_ADVERBS
            if not self.is_finite_verb(doc[k]) or not (doc[k - 1].lower_ == "und" or contrast):
                continue
            if any(self.in_pair[t] >= 0 for t in range(k, se)):
                return None  # a quotation of its own after the verb belongs to the direct-speech rules
            if any(doc[t].text in self.lex.not_speech.get(verb.lemma, ()) for t in range(k, se)):
                return None
            start = k - 1 if doc[k - 1].lower_ == "und" else k
            chars = self.char_span(start, se, keep_end_punct=False)
            if chars is None or chars[0] < last_end:
                return None
            speaker = sent_found[-1].speaker
            return _Found(chars[0], chars[1], "reported", self.confidence("coordinated_speech_act"), speaker,
                          self.cue_span(k, se, verb),
                          sent_found[-1].medium)
        return None

    def act_before_quotes(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]], sent_found: list[_Found],
                          medium: str | None) -> _Found | None:
        """A speech act without content in the sentence's first clause, before quotes of other cues ("Der Rat stufte
        das Gesetz als verfassungswidrig ein, und UNICEF rief Russland auf, …", "Die Veranstalter schätzten 2.000
        Teilnehmer; nach Polizeiangaben waren es 1.000"): the clause up to the break before the first quote is a
        reported quote of its own, as for a sentence with nothing else (``reported_act``)."""
        doc = self.doc
        cue_starts = {f.cue.start for f in sent_found if f.cue is not None}
        first = min([f.start for f in sent_found] + list(cue_starts))
        cut = next((t for t in range(se - 1, ss, -1) if doc[t].idx < first and doc[t].text in _CLAUSE_BREAKS
                    and self.in_pair[t] < 0), None)
        if cut is None or doc[cut].text == ":" or any(c <= doc[cut].idx for c in cue_starts) or \
                any(f.cue is None for f in sent_found):
            # the clause's own cue takes the quote after it as its content ("forderte, dass …", "lobte er mit den
            # Worten: „…“"); only quotes cued after the break stand apart from the act
            return None
        own = [(k, verb, joined) for k, verb, joined in cues if k < cut]
        return self.reported_act(ss, cut, own + self.stance_cues(ss, cut), medium)

    def act_after_quotes(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]], sent_found: list[_Found],
                         medium: str | None) -> _Found | None:
        """A speech act without content in a main clause of its own after the sentence's other quotes, joined
        without a conjunction ("Nach Angaben der Veranstalter demonstrierten 7.000 Menschen, die Polizei spricht von
        4.000"): the clause after the break is a reported quote of its own subject, as a sentence with nothing else
        (``reported_act``). Only a verb-second clause: its subject, then the finite act."""
        doc = self.doc
        last_end = max(f.end for f in sent_found)
        cut = next((t for t in range(ss, se - 2) if doc[t].idx >= last_end and doc[t].text in {",", ";"}
                    and self.in_pair[t] < 0), None)
        if cut is None:
            return None
        opener = doc[cut + 1].lower_
        if opener in _SUBORDINATORS | _OPEN_SUBORDINATE | _COORDINATORS | _ADVERBIAL_SUBORDINATORS \
                or self.is_finite_verb(doc[cut + 1]) or not doc[cut + 1].text[:1].isalpha():
            return None  # a subordinate or inverted cue clause belongs to what stands before it
        if any(doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(cut + 1, se)):
            return None
        # verb second: the finite act has words after it ("die Polizei spricht von 4.000"); a relative clause
        # ends with it ("…, die die Polizei kritisierte")
        own = [(k, verb, joined) for k, verb, joined in cues if k > cut + 1 and self.is_finite_verb(doc[k])
               and k + 1 < se and doc[k + 1].text not in _SENT_END]
        act = self.reported_act(cut + 1, se, own + self.stance_cues(cut + 1, se), medium)
        return act if act is not None and act.start >= last_end else None

    def nearer_cue_takes_content(self, k: int, cs: int, content_cues: list[tuple[int, CueVerb, bool]]) -> int | None:
        """Another cue coordinated with "und" stands between the cue at k and the content at cs ("Er bezeichnete die
        Proteste als rechtmäßig und forderte seine Anhänger auf, Ruhe zu bewahren"): the content belongs to that
        nearer cue, not to k. Returns the index of that "und"."""
        doc = self.doc
        return next((k2 - 1 for k2, _, _ in content_cues
                     if k < k2 < cs and doc[k2 - 1].lower_ == "und" and self.is_finite_verb(doc[k2])), None)

    def acts_as_verb(self, k: int, ss: int, se: int) -> bool:
        """The cue form at k is used as a verb: not an attributive participle ("eine oft beklagte Lücke", "mit einer
        bestätigten Höchstgeschwindigkeit") and, when it is a bare participle, the sentence has the auxiliary of a
        perfect or passive ("hat sich … ausgesprochen"; "spielten ausgesprochen defensiv" has none)."""
        doc = self.doc
        tok = doc[k]
        if self.has_pos and tok.pos_ == "ADJ":
            return False
        if tok.lower_ in self.lex.finite or tok.text in self.lex.stance or not self.has_pos:
            return True
        # (the tagger also reads a finite "hat" before a dash as a full verb: "hat – wie im Vorjahr – … gefordert")
        return any((doc[t].pos_ == "AUX" or self.auxiliary_before_dash(t)) and self.in_pair[t] < 0
                   for t in range(ss, se) if t != k)

    def auxiliary_before_dash(self, t: int) -> bool:
        """Token t is a finite auxiliary or modal right before a paired dash insertion, which the tagger reads as a
        full verb ("hat – wie im Vorjahr – mehr Geld gefordert")."""
        doc = self.doc
        return t + 1 < len(doc) and doc[t + 1].text in _INSERTION_DASHES and self.insertion_partner(t + 1) > t + 1 \
            and doc[t].lemma_ in _AUXILIARY_LEMMAS and self.is_finite_verb(doc[t])

    def subjunctive_sentence(self, si: int, sents: list[tuple[int, int]],
                             last: tuple[int, Speaker, str | None, bool] | None, medium: str | None) -> list[_Found]:
        """A sentence in Konjunktiv I (or II right after a statement) as reported speech without its own cue."""
        doc = self.doc
        ss, se = sents[si]
        mood = self.subjunctive_in(ss, se)
        recent = last is not None and si - last[0] <= _CONTINUATION_WINDOW
        if mood is None and self.is_reportative(ss, se, recent=recent):
            # "Er soll einer Sabotagegruppe angehört haben": the reportative modal marks a claim by others
            modal = next(k for k in range(ss, se) if doc[k].lower_ in {"soll", "sollen"} and self.in_pair[k] < 0)
            rs, re_ = self.report_segment(ss, se, modal)
            chars = self.char_span(rs, re_, keep_end_punct=re_ == se)
            if chars is None:
                return []
            own_source = self.postposed_source(ss, se)
            source = own_source or (
                last[1] if recent and last is not None else self.previous_subject(sents[si - 1]) if si else Speaker())
            # "Unter den Toten soll ein Kind sein. Über ein Drittel sollen Studenten sein.": a claim passed on right
            # after a reported sentence without a source of its own goes on with the same account (one statement)
            continued = own_source is None and last is not None and last[0] == si - 1 and last[3] \
                and self.is_reportative(*sents[si - 1])
            return [_Found(chars[0], chars[1], "indirect", self.confidence("reportative_soll"), source, None, medium,
                           continues=continued)]
        if doc[se - 1].text == "?" or not (mood == "I" or (mood == "II" and last is not None and (
                si - last[0] <= 1 or (recent and self.stands_in_for_konjunktiv_i(ss, se))))):
            return []
        if mood == "II" and self.is_conditional(ss, se):
            return []  # "Falls die Eisbären eingestuft werden, wäre es …": the article's own hypothetical
        if mood == "II" and self.only_modal_konjunktiv_ii(ss, se):
            return []  # "Dieser könnte Sanktionen beschließen": the article's own estimate, not the last statement's
        if mood == "II" and self.konjunktiv_ii_only_embedded(ss, se):
            return []  # "Mir sind keine Gründe bekannt, die das begründen könnten": an indicative main clause
        speaker: Speaker | None = None
        # the source document or body of the statement just before ("Laut Aussage des Ministeriums …"), if any
        frame_source = last[1] if last is not None and si - last[0] <= 1 and last[1].mention is not None \
            and not self.is_person(last[1]) else None
        first_sub = next(k for k in range(ss, se) if self.in_pair[k] < 0 and self.mood(doc[k]) is not None)
        # "Die Anschuldigungen wurden zurückgenommen; die Frauen hätten …": only the clauses in the subjunctive
        ss, se_report = self.report_segment(ss, se, first_sub)
        start = ss
        comma = max((k for k in range(ss, first_sub) if doc[k].text == "," and self.in_pair[k] < 0), default=None)
        if comma is not None and mood == "I" and self.mood(doc[first_sub]) == "I" and comma - ss >= 3 \
                and first_sub > comma + 1 and self.has_verb(ss, comma) and doc[ss].lower_ not in \
                _OPEN_SUBORDINATE | {"weil", "da", "obwohl", "falls", "sollte", "wenn", "nachdem"} \
                and not self.adverbial_under_event(ss, comma + 1, se_report, frame_source):
            # "X äußerte Vorbehalte und wagte die Prognose, bei der Wahl würden …": the subjunctive clause
            # is the report, the main clause before it names the speaker
            start = comma + 1
            subject = self.main_subject(ss, comma)
            if subject is not None and self.is_passive_clause(ss, comma):
                # "Zwölf Mitglieder der Reisegruppe wurden verletzt, die Verletzten seien …": the subject of a
                # passive is the one something happened to, not a source; only a named agent ("von X") is one
                subject = self.passive_source(ss, comma)
            if subject is not None and not self.is_agentive(subject):
                # "Von der Polizei kam die Information, …": the one who gave it, not the information
                subject = self.speech_act_subject(ss, comma) or subject
            if subject is not None:
                speaker = self.make_speaker(subject)
        if start == ss and mood is not None:
            # "Die geäußerte Hoffnung, sein Leben werde sich wenden, schien sich nicht zu erfüllen": only the
            # embedded clause is reported, the indicative main clause around it is the author's (in Konjunktiv II
            # too: "Noch am Freitag hatte Tadić versichert, die Teilnehmer würden geschützt")
            embedded = self.embedded_subjunctive_clause(ss, se_report, mood)
            if embedded is not None:
                start, se_report = embedded
                # "Anonymous bekundete, dass die Daten zugänglich gewesen seien": the main clause's subject
                subject = self.main_subject(ss, start - 1)
                if subject is not None and self.is_agentive(subject) \
                        and not self.adverbial_under_event(ss, start, se_report, frame_source):
                    speaker = self.make_speaker(subject)
        chars = self.char_span(start, se_report, keep_end_punct=start == ss and se_report == se)
        if chars is None:
            return []
        if speaker is None:
            speaker = self.postposed_source(ss, se)
        nearer = self.intervening_subject(si, sents, last) if speaker is None else None
        if speaker is not None:
            found = _Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_after_clause"), speaker, None,
                           medium)
        elif nearer is not None:
            found = _Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_intervening"), nearer, None,
                           medium)
        elif recent and last is not None:
            found = _Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_continued"), last[1], None,
                           last[2], continues=last[3])
        else:
            # "X definierte das Ziel. Es gehe darum, …": the subject of the sentence before is the likely source
            found = _Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_previous_subject"),
                           self.previous_subject(sents[si - 1]) if si else
                           Speaker(), None, medium)
        return [found]

    def adverbial_under_event(self, ss: int, start: int, end: int, frame_source: Speaker | None) -> bool:
        """After a source frame ("Laut Aussage des Ministeriums lebte X illegal im Land."), the Konjunktiv-I clause
        start..end is an adverbial clause ("als", "weil" …) of a main clause whose subject is a pronoun and whose
        verb states an event, not a speech act ("Er war Ermittlern ins Netz gegangen, als er Kontakt gesucht
        habe"): the subjunctive goes on reporting the frame's source; the pronoun is what the account is about."""
        doc = self.doc
        if frame_source is None or doc[start].lower_ not in _ADVERBIAL_SUBORDINATORS:
            return False
        subject = self.main_subject(ss, start - 1)
        if subject is None or subject[1] - subject[0] != 1 or doc[subject[0]].lower_ not in {"er", "sie", "es"}:
            return False
        return not any(self.in_pair[k] < 0 and self.cue_at(k, start - 1) is not None for k in range(ss, start - 1)) \
            and not any(self.in_pair[k] < 0 and self.cue_at(k, end) is not None for k in range(start, end))

    def reason_given(self, k: int, ss: int) -> bool:
        """The clause of the cue at k opens with a predicative "als" and a bare reason noun of naming_frames.tsv ("Als
        Begründung wurde angegeben", "Als Grund dafür hieß es"), not a temporal "als" clause ("Als die Polizei
        eintraf, hieß es": a comma)."""
        doc = self.doc
        return doc[ss].lower_ == "als" and ss + 1 < k and doc[ss + 1].text in self.lex.naming_nouns and not any(
                doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(ss, k))

    def agentless_cue(self, k: int, ss: int, se: int) -> bool:
        """The reporting verb at k names no speaker by its form: impersonal "heißt es" or a werden-passive without
        a "von X" agent ("Als Begründung wurde angegeben, …", "Insbesondere kritisiert wird, …")."""
        if self.doc[k].lower_ in {"heißt", "hieß", "hieße"}:
            return True
        passive = self.passive_agent(k, ss, se)
        return passive is not None and passive[1] is None

    def is_passive_clause(self, ss: int, se: int) -> bool:
        """The clause ``ss..se`` is a werden-passive: a form of "werden" and a past participle ("wurden verletzt",
        "wird vermisst"); "werden" with an infinitive is a future."""
        doc = self.doc
        words = [t for t in doc[ss:se] if self.in_pair[t.i] < 0]
        return any(t.lower_ in _PASSIVE_AUXILIARIES for t in words) and \
            any(t.tag_ in ("VVPP", "VAPP", "VMPP") for t in words)

    def embedded_subjunctive_clause(self, ss: int, se: int, mood: str = "I") -> tuple[int, int] | None:
        """The comma-bounded clause that holds every Konjunktiv I (or every form of ``mood``) of the sentence part
        ``ss..se`` when the rest of it is an indicative main clause ("Der Verdacht, er sei infiziert worden, bestätigte
        sich nicht" → "er sei infiziert worden"), else None. Why: the subjunctive marks only the embedded clause as
        reported; the main clause around it reports nothing."""
        doc = self.doc
        subs = [k for k in range(ss, se) if self.in_pair[k] < 0 and self.mood(doc[k]) == mood]
        if not subs:
            return None
        open_comma = max((k for k in range(ss, subs[0]) if doc[k].text == "," and self.in_pair[k] < 0), default=None)
        if open_comma is None or open_comma + 1 >= se or self.is_finite_verb(doc[open_comma + 1]):
            # "Nachdem er sie verfolgt hat, habe er versucht, …": a verb right after the comma is the main
            # clause's, after a fronted clause or phrase
            return None
        if mood == "II" and doc[open_comma + 1].lower_ in _COORDINATORS | {"was"}:
            # "…, und so würden sie wahrgenommen" continues the main clause; "…, was … schützen würde" comments on
            # the clause before it: neither is a clause embedded in an indicative sentence
            return None
        close = next((k for k in range(subs[-1] + 1, se) if doc[k].text == "," and self.in_pair[k] < 0), se)
        outside = list(range(ss, open_comma)) + list(range(close, se))
        if self.subjunctive_in(ss, open_comma) is not None or self.subjunctive_in(close, se) is not None or \
                not any(self.in_pair[k] < 0 and self.is_finite_verb(doc[k]) for k in outside):
            return None
        return open_comma + 1, close

    def is_conditional(self, ss: int, se: int) -> bool:
        """The sentence states a condition: "wenn/falls/sofern …", "im Falle …", or a verb-first clause before a
        comma ("Verläuft der Test erfolgreich, würde …", "Hätte er nur Bier getrunken, so müsste …")."""
        doc = self.doc
        words = [t for t in doc[ss:se] if self.in_pair[t.i] < 0 and self.is_wordlike(t)]
        if any(t.lower_ in {"wenn", "falls", "sofern"} for t in words):
            return True
        if any(a.lower_ == "im" and b.lower_ == "falle" for a, b in zip(words, words[1:], strict=False)):
            return True
        if len(words) < 3 or not any(doc[t].text == "," for t in range(words[0].i, se)):
            return False
        first, second = words[0], words[1]
        # a sentence-initial verb is often mistagged as an adverb; a verb is followed by its subject ("Verläuft der …")
        return self.is_finite_verb(first) or (first.pos_ == "ADV" and first.lower_ not in self.lex.adverbs
                                              and second.pos_ in ("DET", "PRON"))

    def only_modal_konjunktiv_ii(self, ss: int, se: int) -> bool:
        """Every Konjunktiv II of the sentence (outside quotations) is a singular modal verb ("könnte", "dürfte")."""
        forms = [t.lower_ for t in self.doc[ss:se] if self.in_pair[t.i] < 0 and self.mood(t) == "II"]
        return bool(forms) and all(f in _MODAL_KONJUNKTIV_II for f in forms)

    def konjunktiv_ii_only_embedded(self, ss: int, se: int) -> bool:
        """Every Konjunktiv II of the sentence (outside quotations) stands in a subordinate clause (relative, adverbial,
        "um … zu", a fronted "Dass …" clause) while its main clause has an indicative finite verb ("Auch mit der
        FDP erreicht die CDU nicht die Zahl von Sitzen, die ausreichen würde"). Why: the mood of the main clause
        decides whether a sentence passes on what someone said; a hypothetical inside a relative or content clause
        of an indicative sentence is the author's own wording, not a continuation of the last statement."""
        doc = self.doc
        forms = [k for k in range(ss, se) if self.in_pair[k] < 0 and self.mood(doc[k]) == "II"]
        if not forms or not all(self.in_subordinate_clause(k, ss) for k in forms):
            return False
        return any(self.in_pair[k] < 0 and self.is_finite_verb(doc[k]) and "Ind" in doc[k].morph.get("Mood", [])
                   and not self.in_subordinate_clause(k, ss) for k in range(ss, se))

    def in_subordinate_clause(self, k: int, ss: int) -> bool:
        """Token k stands in a verb-final clause of the author's: its clause opens with an adverbial conjunction
        ("weil", "obwohl"), "um/ohne/statt" of an infinitive clause, a sentence-initial "Dass/Ob/Wie" or (after a
        comma) a relative pronoun, possibly after a preposition ("…, mit dem er …")."""
        doc = self.doc
        c = self.clause_start(k, ss)
        opener = doc[c].lower_
        if opener in _ADVERBIAL_SUBORDINATORS | _ADVERBIAL_INFINITIVES or (
                c == ss and opener in _COMPLEMENTIZERS):
            # a content clause after the main clause ("zeigte sich besorgt, dass … würde") is often reported
            # speech whose Konjunktiv II stands in for a Konjunktiv I; only a fronted one is the author's subject
            return True
        return self.relative_pronoun(k, ss, len(doc)) is not None

    def stands_in_for_konjunktiv_i(self, ss: int, se: int) -> bool:
        """The first finite verb of the sentence is a plural Konjunktiv II that replaces a Konjunktiv I identical to
        the indicative ("sie hätten" for "sie haben", "würden" for "werden"): reported speech like Konjunktiv I,
        not a hypothetical."""
        first = next((t for t in range(ss, se) if self.in_pair[t] < 0 and self.is_finite_verb(self.doc[t])), None)
        return first is not None and self.doc[first].lower_ in _KONJUNKTIV_I_STAND_INS and \
            self.mood(self.doc[first]) == "II"

    def report_segment(self, ss: int, se: int, anchor: int) -> tuple[int, int]:
        """The part of a sentence between semicolons/colons that holds the reported clause at anchor, extended
        over following parts that stay in the subjunctive ("…; er habe X; er sei Y")."""
        doc = self.doc
        breaks = [k for k in range(ss, se - 1) if doc[k].text in {";", ":"} and self.in_pair[k] < 0]
        start = max((b + 1 for b in breaks if b < anchor), default=ss)
        end = se
        later = [b for b in breaks if b > anchor] + [se]
        for b, nxt in zip(later, later[1:], strict=False):
            if self.subjunctive_in(b + 1, nxt) is None:
                end = b
                break
        return start, end

    def opens_main_clause(self, s: int, e: int) -> bool:
        """Tokens s..e after a comma open a main clause of their own: no subordinating or relative word opens it and
        its finite verb stands first or second, with more of the clause after it ("…, die Polizei spricht von 4.000",
        "…, jedoch ist laut ZDF fraglich", "…, ließ er verlautbaren"), not last as in a dependent clause."""
        doc = self.doc
        if s >= e or doc[s].lower_ in _SUBORDINATORS | _OPEN_SUBORDINATE or self.in_pair[s] >= 0 \
                or _RELATIVE_ADVERB.match(doc[s].lower_):
            return False
        if self.relative_opener(s, e) is not None:
            return False  # ", die dort demonstrierten" / ", von dem … aufgerufen wurde": a relative clause
        verb = next((k for k in range(s, e) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        # a main clause puts one constituent (at most a few words) before its verb: "lediglich der Haupthafen der
        # Insel wurde …"
        return verb is not None and verb - s <= 5 and verb + 1 < e and self.in_pair[verb + 1] < 0 \
            and doc[verb + 1].text not in _CLAUSE_BREAKS | _SENT_END

    def frame_main_clause(self, qs: int, qe: int, fs: int) -> tuple[int, int]:
        """The main clause of a compound sentence that holds the source frame at fs inside its clause (not
        fronted): a frame vouches only for its own clause, so the content starts after an earlier main clause
        ("Der Absturz wird am 23. September erwartet, kann nach Angaben des Betreibers aber auch später erfolgen")
        and ends before a later one that reports with a verb of its own ("Nach Angaben der Veranstalter kamen
        7.000 Menschen, die Polizei spricht von 4.000"). A later clause in Konjunktiv I still reports the frame's
        source."""
        doc = self.doc
        starts: list[int] = []
        prev = qs  # start of the comma-separated piece before the comma at c
        for c in range(qs + 1, qe - 1):
            if self.in_pair[c] >= 0 or doc[c].text != ",":
                continue
            e = next((k for k in range(c + 1, qe) if doc[k].text in _CLAUSE_BREAKS and self.in_pair[k] < 0), qe)
            # a verb right after the comma continues the clause of a fronted dependent or relative clause ("Nachdem
            # …, geht es ihm gut", "Gegen Beamte, die …, sollen …") unless the piece before is a main clause itself
            verb_first = self.is_finite_verb(doc[c + 1])
            if self.opens_main_clause(c + 1, e) and (not verb_first or self.opens_main_clause(prev, c)):
                starts.append(c + 1)
            prev = c + 1
        start = max((b for b in starts if b <= fs), default=qs)
        end = qe
        for b in (b for b in starts if b > fs):
            e = next((s for s in starts if s > b), qe + 1) - 1
            if self.subjunctive_in(b, e) == "I":
                continue
            if any(self.in_pair[k] < 0 and self.cue_at(k, e) is not None for k in range(b, e)):
                end = b - 1
            break
        return start, end

    def is_reportative(self, ss: int, se: int, recent: bool = True) -> bool:
        """The reportative use of sollen (a claim passed on, not an obligation or plan) in a main clause.

        Right after a statement (``recent``) any main-clause "soll(en)" passes on what its source says or plans
        ("Die Verfahren sollen vereinfacht werden"). Elsewhere only a perfect infinitive marks the claim: at the
        sentence end ("soll einer Sabotagegruppe angehört haben") or, with "worden"/"gewesen", closing the clause of
        "soll" before a further clause ("Dabei sollen acht Menschen ums Leben gekommen sein, vier wurden verletzt").
        Plans ("soll 2010 gebaut werden") and present infinitives stay out: measured on the training split, they are
        as often plans as claims."""
        doc = self.doc
        words = [t for t in doc[ss:se] if self.in_pair[t.i] < 0 and self.is_wordlike(t)]
        if not any(t.lower_ in {"soll", "sollen"} for t in words) or len(words) < 4:
            return False
        first_finite = next((t for t in words if self.is_finite_verb(t)), None)
        main_clause = first_finite is not None and first_finite.lower_ in {"soll", "sollen"} and \
            doc[ss].lower_ not in _OPEN_SUBORDINATE | {"wer", "was", "wie", "warum", "ob", "falls"} and \
            not self.in_subordinate_clause(first_finite.i, ss)  # "…, wo die Mission den Frieden sichern soll, wird …"
        if recent and main_clause and first_finite is not None and first_finite.i > ss:
            return True
        if main_clause and first_finite is not None:
            # the infinitive closing the clause of "soll": the last words before the next clause break
            e = first_finite.i + 1
            while e < se and (doc[e].text not in _CLAUSE_BREAKS | _SENT_END or self.in_pair[e] >= 0):
                e += 1
            clause = [t.lower_ for t in words if first_finite.i < t.i < e]
            if len(clause) >= 2 and clause[-1] in {"haben", "sein"} and clause[-2] in {"worden", "gewesen"}:
                return True
        return words[-1].lower_ in {"haben", "sein"} and (words[-2].lower_ in {"worden", "gewesen"} or
                                                         words[-2].lower_ in self.lex.joined or
                                                         (self.has_pos and words[-2].pos_ in ("VERB", "AUX")))

    def postposed_source(self, ss: int, se: int) -> Speaker | None:
        """The source a sentence names itself: "Seiner Meinung nach hätte …", "Dem Vernehmen nach soll …",
        "Nach Grupps Meinung werden …" (a source noun from ``source_nouns.txt`` before a postposed "nach", or a
        genitive name before it after "nach"). Annotators mark that phrase as the speaker; a possessive resolves to
        the person it points back to."""
        doc, lex = self.doc, self.lex
        for k in range(ss, se - 1):
            if doc[k].lower_ != "nach" or self.in_pair[k] >= 0:
                continue
            if k > ss and doc[k - 1].text in lex.source_nouns:
                b = k - 1
                while b > ss and k - 1 - b < 3 and (doc[b - 1].lower_ in lex.determiners or self.is_modifier(doc[b - 1])
                                                   or doc[b - 1].lower_ in _POSSESSIVES):
                    b -= 1
                if doc[b].lower_ in _NOT_DATIVE_ARTICLES:
                    continue  # "die Sicht nach oben": postposed "nach" governs a dative ("der Sicht nach")
                return self.make_speaker((b, k))
            if k + 2 < se and doc[k + 2].text in lex.source_nouns and doc[k + 1].text.endswith("s") and \
                    self.is_cap(doc[k + 1]) and (doc[k + 1].ent_type_ in ("PER", "ORG") or doc[k + 1].pos_ == "PROPN"):
                return self.make_speaker((k + 1, k + 3))
        return None

    def intervening_subject(self, si: int, sents: list[tuple[int, int]],
                            last: tuple[int, Speaker, str | None, bool] | None) -> Speaker | None:
        """The person or organisation the sentence right before a cue-less report is about, when that sentence
        is no statement of its own: "Staatspräsident X ist besorgt. Der Konflikt sei …", "Die Wahlkommission hat den
        Termin festgelegt. Mögliche Termine seien …". News text introduces the source of a Konjunktiv-I sentence
        in the sentence just before it; an older statement's speaker only continues when nobody else came between."""
        if si == 0 or (last is not None and last[0] >= si - 1):
            return None
        ps, pe = sents[si - 1]
        span = self.main_subject(ps, pe)
        verb = next((k for k in range(ps, pe) if self.in_pair[k] < 0 and self.is_finite_verb(self.doc[k])), None)
        if verb is not None and self.cue_at(verb, pe) is not None and self.negated_act(verb, ps, pe):
            return None  # "Dazu äußerte sich der Sprecher nicht.": who kept silent is no source; the last one goes on
        if span is None or not (self.is_agentive(span) or self.is_state_actor(span) or self.speaks_in(ps, pe, span)):
            # "In einem Bericht von ndr.de werden die Vorkehrungen als „extrem“ bezeichnet. Tausende Beamte seien …":
            # a passive sentence names its source as agent or as the text it stands in
            source = self.passive_source(ps, pe)
            return self.make_speaker(source) if source is not None else None
        words = self.doc[span[0]:span[1]]
        pronoun = len(words) == 1 and words[0].lower_ in {"er", "sie"}
        if not pronoun and not any(self.is_cap(t) and self.is_noun(t) for t in words):
            return None
        speaker = self.make_speaker(span)
        if pronoun and last is not None and speaker.name == last[1].name:
            return None  # "er" is the speaker still talking: the statement continues
        return speaker

    def speaks_in(self, ps: int, pe: int, span: tuple[int, int]) -> bool:
        """The subject of a sentence whose finite verb is a speech act ("Der Iran streitet dies ab", "Die Gemeinde
        widersprach"): whoever performs a speech act can speak, even when the entity recogniser missed the name."""
        doc = self.doc
        verb = next((k for k in range(ps, pe) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        if verb is None or span[0] <= verb < span[1]:
            return False
        cue = self.cue_at(verb, pe)
        return cue is not None and (cue.says or cue.act) and not cue.intends and not self.cannot_speak(span)

    def negated_act(self, k: int, ss: int, se: int) -> bool:
        """The clause of the cue verb at k is negated ("Zu den Vorwürfen äußerte er sich nicht", "wollte sich nicht
        dazu äußern"): a speech act that did not happen makes nobody the source of what follows."""
        doc = self.doc
        start = self.clause_start(k, ss)
        end = next((t for t in range(k + 1, se) if doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0), se)
        return any(self.negates(t) for t in range(start, end))

    def negates(self, t: int) -> bool:
        """The word at t negates its clause: a clause negation outside quotation marks, unless "nicht"
        only scopes over the focus particle after it ("Nicht nur die Opposition kritisierte …", "nicht zuletzt")."""
        doc = self.doc
        if doc[t].lower_ not in _CLAUSE_NEGATIONS or self.in_pair[t] >= 0:
            return False
        return not (doc[t].lower_ == "nicht" and t + 1 < len(doc) and doc[t + 1].lower_ in _NEGATION_FOCUS_PARTICLES)

    def is_state_actor(self, span: tuple[int, int]) -> bool:
        """A subject phrase the NER labels a place ("Russland erwartet …", and often a titled name: "Dekan Berg"):
        in news a country or city as the subject of a clause stands for its government, which speaks; ``is_agentive``
        counts only PER/ORG entities."""
        words = [t for t in self.doc[span[0]:span[1]] if t.lower_ not in self.lex.determiners]
        return 0 < len(words) <= 3 and all(self.is_cap(t) for t in words) and \
            any(t.ent_type_ == "LOC" for t in words) and all(self.in_pair[t.i] < 0 for t in words)

    def passive_source(self, ps: int, pe: int) -> tuple[int, int] | None:
        """The agent a passive sentence names in first position or right after its auxiliary ("Von politischen
        Beobachtern wird dieser Schritt als wichtig gewertet", "Dies wurde vom Presseamt bekannt gegeben"); a "von"
        phrase elsewhere is mostly an attribute ("Behinderungen von Oppositionsparteien wurden registriert")."""
        doc = self.doc
        aux = next((t for t in range(ps, pe) if doc[t].lower_ in _PASSIVE_AUXILIARIES and self.in_pair[t] < 0), None)
        if aux is None:
            return None
        for t in (ps, aux + 1):
            if t < pe - 1 and doc[t].lower_ in {"von", "vom"} and self.in_pair[t] < 0:
                span = self.np_from(t + 1, pe)
                if span is not None and self.is_agentive(span):
                    return span
        return None

    def previous_subject(self, sentence: tuple[int, int]) -> Speaker:
        """The named subject of a sentence (a person or organisation that may be the source of what follows)."""
        ps, pe = sentence
        span = self.main_subject(ps, pe)
        if span is None or not any(self.is_cap(t) and self.is_noun(t) for t in self.doc[span[0]:span[1]]) \
                or not self.is_agentive(span):
            return Speaker()  # "Das Fleisch …", "Beide Verträge …": a thing is no source
        return self.make_speaker(span)

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
            while j < end and doc[j].text not in _CLAUSE_BREAKS:
                if [t.lower_ for t in doc[j:j + len(words)]] == words:
                    # cue = verb … particle, as the gold does ("teilte … mit"); the span runs from verb to particle
                    stop = doc[j + len(words) - 1].idx + len(doc[j + len(words) - 1].text)
                    break
                j += 1
        return TextSpan(start, stop, self.text[start:stop])

    def indirect_content(self, k: int, ss: int, se: int, joined: bool, says: bool = True) -> tuple[int, int] | None:
        """Token range of the content clause a reporting verb at k introduces, if it is indirect speech."""
        doc = self.doc
        # content after: "X sagte, (dass) …" / "wie X mitteilte, …" (across a quoted name: "sagte der „Zeit“, …")
        j = k + 1
        while j < se and doc[j].text not in {",", ":"} and (
                self.in_pair[j] < 0 or self.short_title_at(self.pair_start_token(j))):
            j += 1
        bare = self.infinitive_without_comma(k, j)
        if bare is not None:
            return bare
        if j < se and self.in_pair[j] < 0:
            cs = j + 1
            ce = se
            verb = self.cue_at(k, se)
            cs = self.after_apposition(cs, se, verb.particle.split() if verb is not None and verb.particle else None)
            if cs < se and not (self.in_pair[cs] >= 0 and self.covers_to_end(cs, se)):
                first = doc[cs].lower_
                c0 = self.clause_start(k, ss)
                if self.is_finite_verb(doc[cs]) and self.in_pair[cs] < 0 and self.opens_fronted_clause(c0, k):
                    # "Nachdem die Fälschung bekannt wurde, hat sie …", "Sollte sich das bestätigen, geschieht …": the
                    # cue stands in a fronted adverbial clause; after its comma the main clause begins
                    return None
                if says and (doc[c0].lower_ == "wie" or self.wie_across_apposition(c0, k, ss) is not None
                             or doc[self.clause_start_across_names(k, ss)].lower_ == "wie") \
                        and doc[j].text == "," and (joined or j == k + 1) and not self.is_nennen(k, se):
                    # "Wie das Ministerium mitteilte, lag die Zahl …": the frame attributes any clause (but "Syd
                    # Barrett, wie er sich selbst nannte, ist tot" gives a name and attributes nothing)
                    if self.adverbial_after_cue(cs, ce):
                        return None  # "nicht so verheerend, wie zunächst angenommen, weil der Sturm abdrehte"
                    return cs, ce
                clause_end = cs
                while clause_end < ce and doc[clause_end].text not in {",", ";"} | _SENT_END:
                    clause_end += 1
                if first not in _COMPLEMENTIZERS:
                    clause_end = self.infinitive_across_insertion(cs, clause_end, ce)
                dash = next((t for t in range(cs + 2, clause_end) if doc[t].text in {"–", "—"}
                             and self.in_pair[t] < 0), None)
                if dash is not None and first not in _COMPLEMENTIZERS and self.is_infinitive_clause(cs, dash):
                    # "forderte die Einwohner auf, ihre Häuser zu verlassen – die Hälfte davon in Hiroshima": the
                    # infinitive ends at the dash; what follows is the author's addition
                    return cs, dash
                if not says:
                    # a speech act takes a dass-clause or a zu-infinitive ("forderte, die Reform fortzusetzen")
                    if first == "dass" or self.is_infinitive_clause(cs, clause_end) or (
                            first == "ob" and self.subjunctive_in(cs, ce) is not None):
                        if self.infinitive_ends_at(cs, clause_end, ce):
                            return cs, clause_end
                        return cs, self.content_end(cs, ce)
                    return None
                # (an adverbial clause of the author's after the comma is no content; the content may still stand
                # before the cue: "Die Lage sei ernst, sagte der Minister, als er ankam")
                if not self.adverbial_after_cue(cs, ce) and (
                        first in _COMPLEMENTIZERS or self.subjunctive_in(cs, ce) is not None
                        or self.is_infinitive_clause(cs, clause_end)
                        or self.dependent_main_clause(k, j, cs, clause_end, ss)):
                    if first in _COMPLEMENTIZERS - {"dass"} and self.subjunctive_in(cs, ce) is None:
                        return None  # "entscheidet, ob …", "heißt es zur Begründung, warum …": a question, not a report
                    if self.infinitive_ends_at(cs, clause_end, ce):
                        return cs, clause_end
                    return cs, self.content_end(cs, ce)
        if not says:
            return None
        # content before: "…, sagte X." / "…, wie X mitteilte."
        c = k
        while c > ss and doc[c - 1].text not in {",", ":"} and self.in_pair[c - 1] < 0:
            c -= 1
        if c + 1 == k and doc[c].lower_ in {"das", "dies"} and c - 1 > ss and doc[c - 1].text in {",", "–", "-"}:
            # "…ausgefallen, das teilte das Institut mit" / "… – das beschreiben Forscher": the pronoun points back
            return ss, c - 1
        if c < k and doc[c].lower_ in _SUBORDINATORS:
            # "Grund dafür sei, dass die USA einen Anschlag befürchtet": a verb inside a dass/weil-clause
            # reports nothing of the clause before it (only "wie X mitteilte" does, handled below)
            return None
        if c == k and joined and c > ss:
            # "…, wie Burt Rutan, Chef der Firma, mitteilt": the "wie" stands before an apposition
            wie = next((p for p in range(k - 1, max(ss, k - 15), -1)
                        if doc[p].lower_ == "wie" and doc[p - 1].text == "," and self.in_pair[p] < 0), None)
            if wie is not None and wie - 1 > ss:
                return ss, wie - 1
        wie = self.wie_across_apposition(c, k, ss) if c < k else None
        if wie is not None and wie - 1 > ss and doc[wie - 1].text == "," and self.closes_sentence(k, se) \
                and self.has_verb(ss, wie - 1):
            return ss, wie - 1  # "…, wie Karl Huber, Sprecher der Feuerwehr, am Abend mitteilte."
        if c > ss and doc[c - 1].text == "," and self.is_adverbial_clause(ss, c - 1):
            return None  # "Obwohl das Handy bei ihm gefunden wurde, bestritt er die Tat": a condition, not content
        if c > ss and doc[c - 1].text == "," and (self.in_pair[c - 2 if c >= 2 else 0] < 0
                                                   or (c - 2 >= ss and self.name_closes_clause(c - 2, ss))):
            if self.subjunctive_in(ss, c - 1) is not None or (joined and doc[c].lower_ == "wie"):
                return ss, c - 1
            if doc[c].lower_ == "wie" and self.closes_sentence(k, se) and self.has_verb(ss, c - 1):
                # "…, wie die Agentur gestern berichtete." / "…, wie der Verband bekannt gab.": a closing
                # wie-clause with its verb last reports the clause before it, whatever its mood
                return ss, c - 1
            if c == k and doc[k].lower_ in {"heißt", "hieß"} and self.has_verb(ss, c - 1):
                return ss, c - 1  # "…, heißt es."
            after = self.np_after(k + 1, se) if c == k else None
            if after is not None and (se - after[1] <= 5 or self.verbless_tail(after[1], se)) \
                    and self.has_verb(ss, c - 1):
                # "Ein weiteres Konsulat soll folgen, gab der Außenminister bekannt." — an inverted cue
                # clause closing the sentence reports the clause before it, whatever its mood
                return ss, c - 1
        return None

    def adverbial_after_cue(self, cs: int, ce: int) -> bool:
        """The clause after the cue's comma is the author's adverbial clause, not the cue's content: a purpose
        infinitive ("hat nicht geantwortet, um eine Eskalation zu vermeiden") or an indicative clause of time, cause
        or condition ("als vermisst gemeldet, nachdem er nicht mehr zu sehen war"). Why: the content of a saying verb
        is a dass/ob-clause, a bare zu-infinitive or a verb-second clause; an adverbial conjunction reports only
        when its clause is in the subjunctive ("kritisierte, weil die Abgeordneten keinen Antrag gestellt hätten")."""
        doc = self.doc
        first = doc[cs].lower_
        if self.in_pair[cs] >= 0:
            return False
        if first in _ADVERBIAL_INFINITIVES:
            return any(doc[t].lower_ == "zu" for t in range(cs + 1, ce))
        return first in _ADVERBIAL_SUBORDINATORS and self.subjunctive_in(cs, ce) is None

    def infinitive_without_comma(self, k: int, j: int) -> tuple[int, int] | None:
        """The zu-infinitive right after a cue at the end of its clause, written without a comma ("hat angekündigt
        ihr Mandat niederzulegen", "wurden aufgefordert Türen und Fenster geschlossen zu halten"), up to ``j`` (the
        next comma or colon, or the sentence end). Why: since the 1996 spelling reform the comma before such an
        infinitive group is optional, so the missing comma does not make it part of the cue clause."""
        doc = self.doc
        if j - k < 3 or any(self.in_pair[t] >= 0 or self.is_finite_verb(doc[t]) for t in range(k + 1, j)):
            return None
        if not ("Part" in doc[k].morph.get("VerbForm", []) or doc[k].lower_ in self.lex.joined):
            return None  # a finite cue is followed by its own subject or object ("forderte die Bürger auf zu …")
        if doc[k + 1].lower_ in _ADVERBIAL_INFINITIVES | {"zu"} or not self.is_infinitive_clause(k + 1, j):
            return None  # "… bestätigt zu werden": the participle is itself part of an infinitive
        return k + 1, j

    def clause_start_across_names(self, k: int, ss: int) -> int:
        """Like clause_start, but a short quoted name inside the clause does not end it ("Wie „heise online“
        berichtet, …"): media and party names stand in quotation marks in German news, whatever their case."""
        doc = self.doc
        c = k
        while c > ss and doc[c - 1].text not in _CLAUSE_BREAKS:
            pair = self.in_pair[c - 1]
            if pair >= 0:
                start, end = self.pairs[pair]
                inner = self.text[start + 1:end - 1]
                opening = self.pair_start_token(c - 1)
                if len(inner.split()) > 4 or inner.rstrip().endswith((".", "!", "?", ",")) or any(
                        self.is_finite_verb(doc[t]) for t in range(opening, c)):
                    break
                c = max(opening, ss)
                continue
            c -= 1
        return c

    def dependent_main_clause(self, k: int, comma: int, cs: int, clause_end: int, ss: int) -> bool:
        """The clause after the cue's comma is a dependent main clause (verb second, no conjunction) that the cue
        clause ends on: "Kritiker warfen ihm vor, er wollte sich bereichern", "warnte er, die Organisatoren
        verfolgten eigene Ziele". Why: German embeds what was said without "dass" only as a verb-second clause
        right after the saying verb, whatever its mood (ambiguous preterites, indicative in quoted phrases)."""
        doc = self.doc
        if doc[comma].text != "," or (comma != k + 1 and not all(
                doc[t].lower_ in self.lex.pronouns or (self.has_pos and doc[t].pos_ in ("ADV", "ADP", "PART", "PRON"))
                for t in range(k + 1, comma))):
            return False  # an object or subject noun phrase between: "kritisierte die Pläne, die Regierung …"
        opener = self.clause_start(k, ss)
        if any(doc[t].lower_ in _PASSIVE_AUXILIARIES | {"ich", "wir", "zu"} for t in range(opener, k + 1)):
            return False  # "wird … gesehen, …", "ist zu berichten, …", "Ich glaube, …": nobody else is reported
        subject = self.np_from(cs, clause_end)
        if subject is None or subject[1] >= clause_end:
            return False
        return self.is_finite_verb(doc[subject[1]]) and self.in_pair[cs] < 0

    def opens_clause_after_so(self, k: int, se: int) -> bool:
        """The "so" at k opens a clause of its own: a finite verb follows its noun phrase ("…, so mancher Reifen
        wurde gewechselt"), where a ", so X" frame has only the source (and a medium phrase) after it."""
        span = self.np_from(k + 1, se)
        if span is None or span[1] >= se:
            return False
        nxt = self.doc[span[1]]
        return self.in_pair[nxt.i] < 0 and self.is_finite_verb(nxt)

    def is_nennen(self, k: int, se: int) -> bool:
        """The cue at k is a form of "nennen" (which names or terms more often than it quotes)."""
        verb = self.cue_at(k, se)
        return verb is not None and verb.lemma == "nennen"

    def names_itself(self, k: int, ss: int, hi: int) -> bool:
        """The cue at k is "nennen" used reflexively or with the impersonal "man" before token hi ("die sich selbst
        „…“ nennt", "Dies nennt man einen „Aktiensplit“"): it gives a name or term, nobody is quoted."""
        if not self.is_nennen(k, len(self.doc)):
            return False
        return any(self.doc[t].lower_ in {"sich", "man"} and self.in_pair[t] < 0
                   for t in range(self.clause_start(k, ss), hi))

    def is_adverbial_clause(self, s: int, e: int) -> bool:
        """Tokens s..e are a single adverbial clause ("Obwohl das Handy sichergestellt wurde", "Da er nie eine
        Krawatte gebunden hatte", "Selbst wenn sie als Heranwachsende gilt"), without a further clause that could be a
        reported main clause."""
        doc = self.doc
        if doc[s].lower_ in self.lex.focus_particles and s + 1 < e:
            s += 1  # a focus particle before the conjunction ("Selbst wenn", "Auch wenn", "Erst als")
        return self.in_pair[s] < 0 and doc[s].lower_ in _ADVERBIAL_SUBORDINATORS and not any(
            doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(s + 1, e))

    def opens_fronted_clause(self, c: int, k: int) -> bool:
        """The clause starting at c (holding the cue at k) is a fronted adverbial clause: opened by a subordinating
        conjunction ("Nachdem …", "Wenn …") or by its finite verb before the cue ("Sollte sich das bestätigen")."""
        doc = self.doc
        if self.in_pair[c] >= 0:
            return False
        return doc[c].lower_ in _ADVERBIAL_SUBORDINATORS or (c < k and self.is_finite_verb(doc[c]))

    def starts_paragraph(self, s: int) -> bool:
        before = self.text[:self.doc[s].idx].rstrip(" \t")
        return not before.strip() or before.endswith("\n")

    def anaphor_content_start(self, si: int, sents: list[tuple[int, int]], found: list[_Found]) -> int:
        """Where the content a sentence-opening "Das sagte X." points back to starts: the sentence before it, or
        the two before it when they alone make up the paragraph (a two-sentence lead: "A. B. Das teilte X mit.")
        and the first of them reported nothing itself."""
        ps = sents[si - 1][0]
        if si < 2 or self.starts_paragraph(ps):
            return ps
        ps2, pe2 = sents[si - 2]
        if not self.starts_paragraph(ps2):
            return ps
        first_chars = self.doc[ps2].idx, self.doc[pe2 - 1].idx + len(self.doc[pe2 - 1].text)
        if any(f.start < first_chars[1] and first_chars[0] < f.end for f in found):
            return ps
        return ps2

    def name_closes_clause(self, t: int, ss: int) -> bool:
        """Token t, inside quotation marks, belongs to a quoted name or term that merely ends an author's clause
        ("Der Planet begleitet den Stern „HD 13189“, teilte die Universität mit."): the marks open after a
        word mid-sentence, so the quotation is no statement of its own."""
        if self.in_pair[t] < 0:
            return False
        first = self.pair_start_token(t)
        before = self.doc[first - 1] if first - 1 > ss else None
        return before is not None and before.text[:1].isalpha() and self.short_title_at(first)

    def verbless_tail(self, s: int, se: int) -> bool:
        """Tokens s..se hold no clause of their own (no finite verb, subordinator or quotation): only attributes
        and adverbials of a speaker ("von der University of St. Andrews, Schottland, am Montag")."""
        doc = self.doc
        if s < se and doc[s].text not in {",", "–"} and doc[s].lower_ not in self.lex.prepositions and not (
                self.has_pos and doc[s].pos_ in ("ADV", "ADP")):
            return False  # "…, fordert X ein Ende der Gewalt": the verb's own object follows, no inverted cue
        return se - s <= 15 and not any(
            self.in_pair[t] >= 0 or self.is_finite_verb(doc[t]) or doc[t].lower_ in _COMPLEMENTIZERS | _SUBORDINATORS
            or doc[t].lower_ in {"und", "aber", "doch", "sondern", "die", "der", "das"} and doc[t - 1].text == ","
            for t in range(s, se))

    def after_apposition(self, cs: int, se: int, particle: list[str] | None = None) -> int:
        """Where content after a cue's comma starts when the comma opens an apposition to the speaker first
        ("erklärte der Eigentümer, das Medienhaus Lensing, dass …", or with the verb's ``particle`` after it: "gab
        der Leiter, Andreas Huber, bekannt, dass …"): after the apposition's closing comma."""
        doc = self.doc
        if cs >= se or doc[cs].lower_ in _COMPLEMENTIZERS or not (
                doc[cs].lower_ in self.lex.determiners or self.is_cap(doc[cs])):
            return cs
        close = next((t for t in range(cs + 1, min(se, cs + 12)) if doc[t].text in _CLAUSE_BREAKS), None)
        if close is not None and particle and self.particle_before_dass(close, se, particle):
            close += len(particle) + 1  # "gab der Leiter, Andreas Huber, bekannt, dass …"
        if close is None or doc[close].text != "," or close + 1 >= se or doc[close + 1].lower_ != "dass" or \
                self.has_verb(cs, close) or any(self.in_pair[t] >= 0 and not self.short_title_at(
                    self.pair_start_token(t)) for t in range(cs, close)):
            return cs
        return close + 1

    def author_resumes(self, s: int, ce: int) -> bool:
        """The clause from s on is the author's (a verb, no Konjunktiv): "…, jedoch stets beteuert, …"."""
        end = next((t for t in range(s, ce) if self.doc[t].text in _CLAUSE_BREAKS | _SENT_END), ce)
        return self.has_verb(s, end) and self.subjunctive_in(s, end) is None

    def fronted_frame_end(self, t: int, se: int) -> int:
        """Where the reported clause after a sentence-opening frame starts: at the finite verb in second position
        ("Nach Angaben von X, dem Direktor des Instituts, ist …", "Nach Planungen aus dem Jahr 2005 wird …"),
        past the rest of the source phrase that the speaker mention does not cover."""
        doc = self.doc
        if not self.has_morph:
            return t
        u = t
        while u < min(se, t + 20):
            if self.in_pair[u] >= 0 or doc[u].text in _SENT_END or doc[u].text in {":", ";"}:
                return t
            if doc[u].text == "," and u + 1 < se and doc[u + 1].lower_ in _SUBORDINATORS | _RELATIVE_FORMS:
                # ", die am Abend eintraf,": a relative or subordinate clause ends in its own verb, which is not
                # the main clause's (", dem Direktor des Instituts, ist" is an apposition and goes on)
                close = next((c for c in range(u + 2, se) if doc[c].text == ","), None)
                if close is not None and self.is_finite_verb(doc[close - 1]):
                    u = close + 1
                    continue
                finite = next((c for c in range(u + 2, close or se) if self.is_finite_verb(doc[c])), None)
                if close is None and finite is not None and not (
                        self.is_noun(doc[u + 2]) and finite + 1 < se and doc[finite + 1].text not in _SENT_END):
                    # a verb closing the sentence ends a relative clause; one followed by more words after an
                    # apposition without its closing comma ("…, dem Direktor des Instituts ist die Zahl …") is
                    # the main clause's
                    return t
            if self.is_finite_verb(doc[u]):
                return u
            u += 1
        return t

    def closing_so_frame(self, ss: int, se: int, k: int, sent_found: list[_Found],
                         medium: str | None) -> _Found | None:
        """The ", so X" frame at k closes the sentence (only the speaker and its attributes follow) and lies inside
        content found for a cue: the frame attributes everything before it."""
        doc = self.doc
        np = self.np_from(k + 1, se)
        if np is None or self.in_pair[k - 1] >= 0 or not any(f.start < doc[k].idx < f.end for f in sent_found):
            return None
        if np[1] < se - 1 and not self.verbless_tail(np[1], se - 1):
            return None
        chars = self.char_span(ss, k, keep_end_punct=False)
        if chars is None:
            return None
        so_cue = self.token_span(k)
        return _Found(chars[0], chars[1], "indirect", self.confidence("so_frame"), self.make_speaker(np), so_cue,
                      medium)

    def closing_dash_so(self, k: int, se: int) -> bool:
        """The "so X" at k follows a single dash and closes the sentence ("Die Lage sei ernst – so der Minister."):
        the dash stands for the comma of a closing frame (a dash pair is an insertion, see ``inserted_so_frame``)."""
        doc = self.doc
        if doc[k - 1].text not in _INSERTION_DASHES or self.insertion_partner(k - 1) >= 0:
            return False
        np = self.np_from(k + 1, se)
        end = se - 1 if doc[se - 1].text in _SENT_END else se
        return np is not None and (np[1] >= end or self.verbless_tail(np[1], end))

    def inserted_so_frame(self, ss: int, se: int, k: int, medium: str | None) -> _Found | None:
        """The "so X" frame at k fills a paired insertion ("– so der Minister –", "(so X)"): the whole sentence
        around it is the report, with X as the source."""
        close = self.insertion_partner(k - 1)
        if close <= k:
            return None
        np = self.np_from(k + 1, close)
        if np is None or (np[1] < close and not self.verbless_tail(np[1], close)):
            return None
        qs, qe = self.report_segment(ss, se, k)
        if not any(self.is_finite_verb(self.doc[t]) for t in self.outside_insertions(qs, qe)):
            return None  # "war vieles neu: …, und – so der eigene Wunsch – eine …": no clause, only a list item
        if all(self.doc[t].is_punct or self.doc[t].is_space for t in range(close + 1, qe)):
            qe = k - 1  # "Die Lage sei ernst (so der Minister).": a closing frame is no part of the content
        chars = self.char_span(qs, qe, keep_end_punct=False)
        if chars is None:
            return None
        return _Found(chars[0], chars[1], "indirect", self.confidence("inserted_so_frame"), self.make_speaker(np),
                      self.token_span(k), medium)

    def closes_sentence(self, k: int, se: int) -> bool:
        """The cue at k closes its sentence (only its end punctuation follows): a verb-final clause."""
        doc = self.doc
        t = k + 1
        while t < se and doc[t].is_space:
            t += 1
        return t >= se or (doc[t].text in _SENT_END and all(doc[u].is_space for u in range(t + 1, se)))

    def infinitive_ends_at(self, cs: int, clause_end: int, ce: int) -> bool:
        """A zu-infinitive content ends at its comma when the author's sentence resumes there: a finite verb of the
        main clause ("der erklärt hat, gegen das Paket stimmen zu wollen, könnte es eng werden") or a comment clause
        ("forderte, Informationen zu sammeln, wobei die Aufgabe … angesiedelt wurde"). Any mood: after an infinitive
        the reported statement has no finite verb of its own that a Konjunktiv could continue."""
        doc = self.doc
        if clause_end + 1 >= ce or doc[clause_end].text != "," or self.in_pair[clause_end] >= 0 or \
                doc[cs].lower_ in _COMPLEMENTIZERS or not self.is_infinitive_clause(cs, clause_end) or \
                self.subjunctive_in(cs, clause_end) is not None:
            return False
        nxt = doc[clause_end + 1]
        if self.in_pair[nxt.i] >= 0:
            return False
        return nxt.lower_ in self.lex.comment_connectives or (
            self.has_morph and self.is_finite_verb(nxt) and nxt.text[:1].islower())

    def comma_closing_frame(self, after: int, se: int) -> int | None:
        """The comma or dash that closes an interposed ", so X," frame whose speaker ends at ``after``: the first one
        outside quotation marks, within a speaker's length (a name, a role and a medium phrase)."""
        doc = self.doc
        comma = next((t for t in range(after, se) if doc[t].text in {",", "–"} and self.in_pair[t] < 0), None)
        return comma if comma is not None and comma - after <= 12 else None

    def resumed_content_end(self, after: int, se: int, end: int, start: int | None = None) -> int:
        """Where the content of an interposed ", so X," frame ends: the frame at `end` closes the content unless,
        after the speaker (and a medium phrase) and a comma, the sentence goes on in the subjunctive ("Doch sei es,
        so der Schriftsteller in einem Blogeintrag, ein Haufen mächtiger Leute gewesen") or, given the content's
        ``start``, finishes the clause the frame interrupted (``completes_interrupted_clause``)."""
        comma = self.comma_closing_frame(after, se)
        if comma is None:
            return end
        if self.subjunctive_in(comma + 1, se) is not None or (
                start is not None and self.completes_interrupted_clause(start, end, comma + 1, se)):
            return se
        return end

    def completes_interrupted_clause(self, start: int, frame: int, s: int, se: int) -> bool:
        """The words s..se after an interposed frame (at ``frame``) finish the clause it interrupted: the part
        before the frame has a finite auxiliary or modal still waiting for its participle or infinitive, and the
        words after it bring one and no finite verb of their own ("Alles in allem sei es, so der Bericht, möglich
        gewesen, Wahlkampf zu betreiben"). An apposition of the speaker ("so Müller, Sprecher der Polizei") has no
        verb, a relative clause ("so Müller, der …") a finite one; after a complete clause ("ATTAC unterstützt den
        Streik, so der Aufruf, verbunden mit Kritik") the participle belongs to the frame."""
        if not (self.has_pos and self.has_morph):
            return False
        doc = self.doc
        before = [doc[t] for t in range(start, frame) if self.in_pair[t] < 0 and doc[t].pos_ in ("VERB", "AUX")]
        if len(before) != 1 or before[0].lemma_ not in _AUXILIARY_LEMMAS or not self.is_finite_verb(before[0]):
            return False
        words = [doc[t] for t in range(s, se) if self.in_pair[t] < 0]
        return any(t.pos_ in ("VERB", "AUX") for t in words) and not any(self.is_finite_verb(t) for t in words)

    def so_frame_before_finite(self, after: int, se: int) -> int | None:
        """The sentence end when a ", so X," frame stands between the first phrase and the finite verb ("Sein
        Rivale McCain, so Obama weiter, würde Spenden erhalten", "„In absehbarer Zeit“, so der Vorstand, wird VW
        …"): a German main clause puts its finite verb second, so the phrase before the frame opens the clause the
        frame attributes, and the whole sentence is X's report; None when no finite verb follows the frame."""
        doc = self.doc
        comma = self.comma_closing_frame(after, se)
        if comma is None or comma + 1 >= se or self.in_pair[comma + 1] >= 0:
            return None
        return se if self.is_finite_verb(doc[comma + 1]) else None

    def prepositional_relative_subject(self, c: int, i: int, ss: int, se: int) -> tuple[int, int] | None:
        """The subject of a relative clause that opens with a preposition and the relative pronoun (", in dem das
        Gericht festgestellt hatte, …", ", nach der der Minister erklärte, …", ", in dessen Folge das Gericht
        festgestellt hatte, …"): the pronoun sits in the prepositional phrase, so it is not the subject; the
        clause's own noun phrase before its verb at i is."""
        doc = self.doc
        if not (ss < c and c + 2 < i and doc[c - 1].text == "," and doc[c].lower_ in self.lex.prepositions
                and doc[c + 1].lower_ in _PREPOSITIONAL_RELATIVES and self.in_pair[c + 1] < 0):
            return None
        if i + 1 < len(doc) and doc[i + 1].lower_ in _PASSIVE_AUXILIARIES:
            return None  # "ein Schreiben, in dem er darüber informiert wird, …": the passive's subject is told
        verb_last = self.ends_clause_at(i + 1, se) or \
            self.auxiliary_closes_clause(i, se, _AUXILIARIES | _PERFECT_AUXILIARIES)
        if not verb_last or (doc[c + 1].lower_ not in {"dessen", "deren"} and self.is_noun(doc[c + 2])):
            # "…, in der Regierung erklärte der Sprecher, …": a fronted prepositional phrase of a main clause (an
            # article with its noun, the verb second) opens no relative clause; a relative clause ends with its verb
            return None
        j = c + 2
        if doc[c + 1].lower_ in {"dessen", "deren"}:
            j += 1  # "in dessen Folge": the genitive pronoun's own noun belongs to the prepositional phrase
        span = self.np_after(j, i)
        return span if span is not None and span[1] <= i and self.is_agentive(span) else None

    def ends_clause_at(self, t: int, se: int) -> bool:
        """Token t (right after a verb) closes its clause: the sentence ends, a clause break or a quotation follows."""
        return t >= se or self.doc[t].text in _CLAUSE_BREAKS | _SENT_END or self.in_pair[t] >= 0

    def auxiliary_closes_clause(self, i: int, se: int, auxiliaries: frozenset[str]) -> bool:
        """The verb at i and one finite auxiliary of ``auxiliaries`` right after it close a verb-final clause ("…,
        nachdem X entschieden hatte,", "wie er angegeben hat."): German puts the finite verb of a dependent clause
        last."""
        doc = self.doc
        return i + 1 < se and doc[i + 1].lower_ in auxiliaries and self.in_pair[i + 1] < 0 and \
            (i + 2 >= se or doc[i + 2].text in _CLAUSE_BREAKS | _SENT_END)

    def reported_cue_clause(self, k: int, ss: int) -> bool:
        """The main clause of the cue at k is itself in Konjunktiv I ("Ferner habe die Studie festgestellt, …",
        "Außerdem habe die Überprüfung ergeben, …"): it continues somebody's statement, whole sentence included."""
        doc = self.doc
        if any(doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(ss, k)):
            return False
        finite = next((doc[t] for t in range(ss, k + 1) if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])), None)
        return finite is not None and self.mood(finite) == "I"

    def interposed_cue(self, k: int, ss: int) -> bool:
        """The cue clause at k stands between two parts of one reported sentence: "…, sagte X, …" (inverted) or
        "…, wie X sagte, …", and the part before it is in the subjunctive."""
        doc = self.doc
        c = self.clause_start(k, ss)
        if c - 1 <= ss or doc[c - 1].text != "," or not (c == k or doc[c].lower_ == "wie"):
            return False
        # the verb of the first clause (not of a relative clause: "In einer Botschaft, die … wurde, sagte X, …")
        first_clause_end = next((t for t in range(ss, c - 1) if doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0),
                                c - 1)
        first_finite = next((doc[t] for t in range(ss, first_clause_end)
                             if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])), None)
        return first_finite is not None and self.mood(first_finite) is not None

    def content_end(self, cs: int, ce: int) -> int:
        """Where a reported clause ends: before ", <indicative finite verb>" when the main clause resumes
        ("erklärte, er sei unschuldig, erkannte das Gericht nicht an")."""
        if not self.has_morph:
            return ce
        doc = self.doc
        for t in range(cs + 1, ce - 1):
            if self.in_pair[t] >= 0:
                continue
            if doc[t].text == ";" and self.subjunctive_in(t + 1, ce) is None:
                return t  # "…, die Anschläge verübt zu haben; diese bekannte sich jedoch nie …"
            if doc[t].text == ",":
                nxt = doc[t + 1]
                if self.is_finite_verb(nxt) and "Ind" in nxt.morph.get("Mood", []) and nxt.text[:1].islower():
                    return t
                if nxt.lower_ == "doch":
                    return t  # "…, Annabi sei tot, doch ein Sprecher erklärte …"
                if self.main_clause_after_closed_clause(cs, t, ce):
                    return t  # "dachte niemand, dass es so lange Bestand haben würde, mehrmals wurde es verlängert"
                if nxt.lower_ == "jedoch" and self.author_resumes(t + 2, ce):
                    return t  # "…, er habe nicht exakt gearbeitet, jedoch stets beteuert, …"
                if self.authors_adverbial_clause(t + 1, ce):
                    return t  # "beschloss, ihn zurückzuholen, nachdem bekannt geworden war, …"
            if doc[t].lower_ in {"und", "aber"} and self.is_finite_verb(doc[t + 1]) and \
                    "Ind" in doc[t + 1].morph.get("Mood", []):
                return t  # "…, sie müssten ihre Zurückhaltung aufgeben und bemühte …"
        return ce

    def negated_cue(self, k: int, verb: CueVerb) -> bool:
        """The reporting verb at k is negated by "nicht" right before it ("wollte nicht bestätigen, dass …", "haben
        den Verdacht nicht bestätigt, dass …"): the subject did not say the content. Verbs of denial say it by
        their negation ("wollte nicht ausschließen, dass …") and keep it (``denial_verbs.txt``)."""
        if k == 0 or self.doc[k - 1].lower_ != "nicht" or self.in_pair[k - 1] >= 0:
            return False
        infinitive = verb.lemma if verb.lemma.startswith(verb.particle) else verb.particle + verb.lemma
        return infinitive not in self.lex.denial_verbs

    def main_clause_after_closed_clause(self, cs: int, comma: int, ce: int) -> bool:
        """The content opened by "dass"/"ob" at cs is a verb-final clause closed by its finite verb at ``comma``, and
        what follows belongs to a clause above it: a finite verb right after the comma (the interrupted clause goes
        on), or a fronted adverb with a finite indicative verb second ("…, dass es so lange Bestand haben würde,
        mehrmals wurde das Mandat verlängert"). A dependent clause cannot go on in verb-first or verb-second order,
        so the report ends at the comma. Only words before the content's end ``ce`` count: the next sentence's first
        word is no part of this one."""
        doc = self.doc
        if doc[cs].lower_ not in {"dass", "ob"} or comma + 2 >= ce or not self.has_pos:
            return False
        if self.in_pair[comma + 1] < 0 and self.is_finite_verb(doc[comma + 1]) and self.is_finite_verb(doc[comma - 1]):
            # "plädierte dafür, dass er nicht schuldig sei, lege aber keine Gegenbeweise vor": a finite verb right
            # after the closed clause belongs to the clause above it, whatever its mood
            return True
        adverb, verb = doc[comma + 1], doc[comma + 2]
        return adverb.pos_ == "ADV" and adverb.lower_ not in _COMPLEMENTIZERS | _SUBORDINATORS \
            and self.in_pair[comma + 1] < 0 and self.in_pair[comma + 2] < 0 and self.is_finite_verb(verb) \
            and "Ind" in verb.morph.get("Mood", []) and self.is_finite_verb(doc[comma - 1])

    def authors_adverbial_clause(self, c: int, ce: int) -> bool:
        """The clause opening at c is the author's time, concession or comment attached after reported content
        ("…, nachdem bekannt geworden war, dass …", "…, was bisher nicht bestätigt werden konnte"): its conjunction
        sets it beside the report and its verb is indicative, with no subjunctive after it up to the content's end
        (a later "…, dass er gekämpft habe" keeps the whole a report). Why: a reporter puts the speaker's own
        subordinate clauses in the subjunctive too, so an indicative one after the content is the article's."""
        doc = self.doc
        if self.in_pair[c] >= 0 or doc[c].lower_ not in _AUTHORS_CLAUSE_OPENERS:
            return False
        end = next((t for t in range(c + 1, ce) if doc[t].text in _CLAUSE_BREAKS | _SENT_END and self.in_pair[t] < 0),
                   ce)
        if self.subjunctive_in(c, ce) is not None:
            return False
        return any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) and "Ind" in doc[t].morph.get("Mood", [])
                   for t in range(c + 1, end))

    def has_verb(self, s: int, e: int) -> bool:
        if not self.has_pos:
            return e - s >= 4
        return any(self.doc[t].pos_ in ("VERB", "AUX") and self.in_pair[t] < 0 for t in range(s, e))

    def speech_act_noun_content(self, ss: int, se: int) -> tuple[int, int, int, tuple[int, int] | None] | None:
        """(noun, content start, content end, source span) for "die Forderung des X, … zu tun" / "der Vorwurf der
        CDU, es handele sich …": the comma follows the noun and its genitive or "von" phrase (no verb between),
        and the clause after it is a zu-infinitive, a dass-clause or Konjunktiv I. The source is that phrase."""
        doc = self.doc
        for n in range(ss, se - 2):
            if self.in_pair[n] >= 0 or doc[n].text not in self.lex.speech_act_nouns:
                continue
            comma = n + 1
            while comma < se and comma - n <= 12 and doc[comma].text not in _CLAUSE_BREAKS | _SENT_END and \
                    not (self.has_pos and doc[comma].pos_ in ("VERB", "AUX")) and self.in_pair[comma] < 0:
                comma += 1
            if comma >= se - 1 or doc[comma].text != ",":
                continue
            cs = comma + 1
            clause_end = cs
            while clause_end < se and doc[clause_end].text not in {",", ";"} | _SENT_END:
                clause_end += 1
            infinitive = self.is_infinitive_clause(cs, clause_end)
            if not (doc[cs].lower_ == "dass" or infinitive or self.subjunctive_in(cs, clause_end) == "I"
                    or self.subjunctive_second_clause(cs, clause_end)):
                continue
            source: tuple[int, int] | None = None
            if n + 1 < comma and doc[n + 1].lower_ in {"von", "vom"}:
                source = self.np_from(n + 2, comma)
            elif n + 1 < comma and doc[n + 1].lower_ in {"des", "der", "seines", "seiner", "ihres", "ihrer"}:
                source = self.np_from(n + 1, comma)
            if source is None:
                source = self.speech_act_subject(ss, n)
            if source is None:
                # no named source: annotators mark the noun phrase itself ("Ursprüngliche Pläne, … zu")
                start = n
                while start > ss and self.is_modifier(doc[start - 1]) and self.in_pair[start - 1] < 0:
                    start -= 1
                if start > ss and doc[start - 1].lower_ in self.lex.determiners:
                    start -= 1
                source = (start, n + 1)
            # a zu-infinitive ends at its comma ("Der Richter lehnte die Forderung, … zu prüfen, ab")
            return n, cs, clause_end if infinitive else self.content_end(cs, se), source
        return None

    def subjunctive_second_clause(self, cs: int, ce: int) -> bool:
        """The clause cs..ce is verb-second with a Konjunktiv II finite verb right after its subject ("die Regierung
        könnte die Erlasse missbrauchen", "es könnte eine Militäraktion bevorstehen"). Why: after a noun and its
        comma such a clause cannot be a relative clause (verb last) and, unlike an indicative one, not the author's
        next main clause either: it is the noun's content, the Konjunktiv II standing in for an ambiguous or
        hypothetical Konjunktiv I ("Vorwürfe, sie könnte profitiert haben" = "…, dass sie profitiert haben könnte")."""
        doc = self.doc
        if self.in_pair[cs] >= 0 or doc[cs].lower_ in _SUBORDINATORS:
            return False
        subject = self.np_from(cs, ce)
        if subject is None or subject[1] >= ce:
            return False
        verb = doc[subject[1]]
        return self.in_pair[verb.i] < 0 and self.is_finite_verb(verb) and self.mood(verb) == "II"

    def cue_after_contrasting_conjunction(self, content_end: int, k: int) -> bool:
        """After the content found so far (ending at ``content_end``), the cue at k stands in a main clause joined by
        a contrasting conjunction with a subject of its own before it ("…, doch UN-Sprecher Birnback erklärte, …",
        "…, aber die Polizei teilte mit, …"). Why: "doch/aber/jedoch/sondern" join main clauses, so the cue is no part
        of the reported content but a new report, typically by the other side."""
        doc = self.doc
        if content_end < 0 or content_end >= k or doc[content_end].text != "," or self.in_pair[content_end] >= 0:
            return False
        conj = content_end + 1
        if doc[conj].lower_ not in _CONTRASTING_CONJUNCTIONS:
            return False
        if conj + 1 == k:
            return True  # "…, doch erklärte der Sprecher, …": the adverb before the verb, the subject after it
        subject = self.np_from(conj + 1, k)
        return subject is not None and subject[1] == k and self.is_agentive(subject)

    def relative_frame_content(self, ss: int, se: int) -> tuple[int, int, int, int] | None:
        """(relative pronoun, frame word, content start, content end) for a source frame that opens a relative clause:
        "…, laut dem Kevin misshandelt worden war", "…, denen zufolge …", and "…, nach denen …" after a noun of
        saying or a document ("Studien, nach denen Homöopathie ebenbürtig sei"; "die Pause, nach der …" is time).
        Why: the pronoun stands for the source, and the clause it opens, verb last, is what that source holds."""
        doc, lex = self.doc, self.lex
        # one-word source frames from frames.tsv: "laut"/"gemäß" stand before the source, "zufolge" after it
        before_source = {f.words[0] for f in lex.frames if len(f.words) == 1 and f.speaker_side == "after"}
        after_source = {f.words[0] for f in lex.frames if len(f.words) == 1 and f.speaker_side == "before"}
        for t in range(ss + 2, se - 3):
            if doc[t - 1].text != "," or self.in_pair[t] >= 0:
                continue
            low, nxt = doc[t].lower_, doc[t + 1].lower_
            if low in before_source and nxt in _RELATIVE_DATIVE:
                pronoun, frame_word, cs = t + 1, t, t + 2
            elif low in _RELATIVE_DATIVE and nxt in after_source:
                pronoun, frame_word, cs = t, t + 1, t + 2
            elif low == "nach" and nxt in _RELATIVE_DATIVE and doc[t - 2].text[:1].isupper() and (
                    doc[t - 2].text in lex.source_nouns or doc[t - 2].text in lex.speech_act_nouns
                    or doc[t - 2].text.lower().endswith(lex.document_nouns)
                    or doc[t - 2].text.lower().removesuffix("n").endswith(lex.document_nouns)):  # "Studien"
                pronoun, frame_word, cs = t + 1, t, t + 2
            else:
                continue
            clause_end = cs
            while clause_end < se and doc[clause_end].text not in _CLAUSE_BREAKS | _SENT_END:
                clause_end += 1
            last = clause_end - 1
            if last <= cs or self.in_pair[last] >= 0 or not self.is_finite_verb(doc[last]):
                continue  # "…, laut dem Bericht der Polizei": a plain frame; a relative clause ends in its verb
            return pronoun, frame_word, cs, self.content_end(cs, se)
        return None

    def speech_act_subject(self, ss: int, n: int) -> tuple[int, int] | None:
        """Who makes the speech act a noun at n names without a genitive source: the person or body that is the
        subject of its clause ("So fassten die Hamburger Grünen den Beschluss, …", "Thaksin wandte sich mit der
        Aufforderung an seine Anhänger, …") or the "von" phrase opening it ("Von der Polizei kam die Information, …",
        "Von Obama liegt die Äußerung vor, …"). None when the clause names nobody who can speak."""
        doc = self.doc
        if any(doc[t].lower_ == "gegen" for t in range(max(ss, n - 3), n)):
            return None  # "wandte sich gegen die Behauptung, …": someone else's claim, which the subject opposes
        c = self.clause_start(n, ss)
        if doc[c].lower_ in {"von", "vom"} and self.in_pair[c] < 0:
            span = self.np_from(c + 1, n)
            if span is not None and span[1] < n and self.is_agentive(span):
                return (c, span[1])
        if not any(self.in_pair[k] < 0 and self.is_finite_verb(doc[k]) for k in range(ss, n)):
            return None
        subject = self.speaking_subject(ss, n)
        if subject is None or subject[1] > n or not self.is_agentive(subject) or \
                any(doc[t].text in self.lex.speech_act_nouns for t in range(*subject)):
            return None
        return subject

    def intention_takes_clause(self, k: int, se: int, subject: tuple[int, int] | None = None) -> bool:
        """An intention verb reports the clause after its comma only when no object noun stands between them:
        "hatten vereinbart, … zu" / "einigten sich darauf, …", not "plant eine Ergänzung … mit dem Ziel, … zu".
        The verb's own ``subject`` after it is no object ("Angesichts des Urteils erwägt Dingfelder, … zu gehen")."""
        in_phrase = False  # inside a prepositional phrase ("am Sonntag", "am 29. Februar"): no object of the verb
        for t in range(k + 1, se):
            tok = self.doc[t]
            if tok.text in {",", ":"}:
                return True
            if subject is not None and subject[0] > k and subject[0] <= t < subject[1]:
                continue
            if tok.lower_ in self.lex.prepositions or (self.has_pos and tok.pos_ == "ADP"):
                in_phrase = True
                continue
            if in_phrase and self.is_noun(tok):
                in_phrase = False  # the phrase's noun closes it
                continue
            if in_phrase and (tok.lower_ in self.lex.determiners or self.is_modifier(tok) or tok.like_num):
                continue
            if self.is_noun(tok) or tok.lower_ in self.lex.determiners:
                return False
        return False

    def infinitive_across_insertion(self, cs: int, clause_end: int, ce: int) -> int:
        """Where a zu-infinitive group starting at cs ends when an apposition or a coordinated phrase between commas
        stands inside it ("zugesagt, nicht weiter über den „Freedom Tower“, das größte der Gebäude, bestimmen zu
        wollen", "angekündigt, mit allen Parteien, als auch der PCRM, verhandeln zu wollen"); else ``clause_end``.
        Why: the infinitive comes last in its group, so words up to a comma with no verb yet cannot end it; the
        group ends at the first later comma segment that closes with "zu" and its infinitive, as long as no finite
        verb (a clause of its own) comes between."""
        doc = self.doc
        if clause_end >= ce or doc[clause_end].text != "," or doc[cs].lower_ in _SUBORDINATORS or \
                self.is_infinitive_clause(cs, clause_end) or any(
                    self.in_pair[t] < 0 and (self.is_finite_verb(doc[t]) or (self.has_pos and doc[t].pos_ == "VERB"))
                    for t in range(cs, clause_end)):
            return clause_end
        end = clause_end
        for _ in range(2):  # at most two inserted phrases
            nxt = end + 1
            while nxt < ce and doc[nxt].text not in {",", ";"} | _SENT_END:
                nxt += 1
            if any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) for t in range(end + 1, nxt)) or \
                    doc[end + 1].lower_ in _SUBORDINATORS | _ADVERBIAL_INFINITIVES:
                return clause_end
            if self.is_infinitive_clause(end + 1, nxt):
                # a segment opening with an article is an infinitive group of its own, the content of a noun
                # before it ("über den Versuch, die Veröffentlichung zu verhindern"), not the end of this one
                return clause_end if doc[end + 1].lower_ in self.lex.determiners else nxt
            if nxt >= ce or doc[nxt].text != ",":
                return clause_end
            end = nxt
        return clause_end

    def is_infinitive_clause(self, s: int, e: int) -> bool:
        """ "…, den Vorschlag prüfen zu lassen" / "…, den Bären einzufangen": a zu-infinitive clause."""
        words = [t for t in self.doc[s:e] if self.is_wordlike(t) and self.in_pair[t.i] < 0]
        if not words or words[0].lower_ in _ADVERBIAL_INFINITIVES:
            return False  # "…, um die Stadt zu erreichen": a purpose, not what was said or planned
        lows = [t.lower_ for t in words[-3:]]
        return "zu" in lows[:-1] or bool(re.fullmatch(r"\w+zu\w+(en|n)", words[-1].lower_)) and \
            words[-1].lower_ not in {"dazu", "hinzu"}

    def names_something(self, first: int, last_tok: int, ss: int, se: int) -> bool:
        """A quoted span that is a name, title or translation rather than a statement: in brackets
        ("Jobbik („Bewegung für ein besseres Ungarn“)"), before its abbreviation ("„Öffentliche Dienste, Transport
        und Verkehr“ (ÖTV)"), or one item of a list of quoted titles ("„A“, „B“ oder „C“")."""
        doc = self.doc
        inner = next((t for t in doc[first:last_tok + 1] if self.is_wordlike(t)), None)
        if first > ss and doc[first - 1].text == "(" and inner is not None and inner.text[:1].isupper():
            return True  # a quoted fragment of speech in brackets starts in lower case ("(„ab einem Einkommen …“)")
        if last_tok + 3 < se and doc[last_tok + 1].text == "(" and doc[last_tok + 3].text == ")" and \
                doc[last_tok + 2].text.isupper():
            return True
        if self.quotes_a_sentence(first, last_tok):
            return False  # "„Wir zählen auf euch“ und „Wir werden siegen“": listed statements, not listed titles
        joiners = {",", "und", "oder", "sowie"}
        pi = self.in_pair[first]
        before = first - 2 >= ss and doc[first - 1].lower_ in joiners and self.in_pair[first - 2] not in (-1, pi)
        after = last_tok + 2 < se and doc[last_tok + 1].lower_ in joiners and self.in_pair[last_tok + 2] not in (-1, pi)
        return before or after

    def listed_after_name(self, first: int, ss: int, used_pairs: set[int], sent_found: list[_Found]) -> bool:
        """The quotation at ``first`` is a later item of a list ("„A“, „B“ oder „C“") whose item before it was
        already judged a name or title (seen, but not taken as a quotation): coordinated items share their role, so
        this one names something too, even when it reads like a clause ("„Jeder stirbt für sich allein“")."""
        doc = self.doc
        if first - 2 < ss or doc[first - 1].lower_ not in {",", "und", "oder", "sowie"}:
            return False
        before = self.in_pair[first - 2]
        if before < 0 or before == self.in_pair[first] or before not in used_pairs:
            return False
        start = self.pairs[before][0]
        return not any(f.start <= start < f.end for f in sent_found)

    def quotes_a_sentence(self, first: int, last_tok: int) -> bool:
        """The quoted span from token first to last_tok is a clause of its own (a lower-case finite verb and at
        least five words), as statements are; names and titles in a list are mostly verbless noun phrases. Only
        lower-case verbs count: a capitalised word the tagger calls a verb is mostly a noun of a title
        („Geschichte der Gastronomie im Park“)."""
        inside = self.doc[first:last_tok + 1]
        return sum(1 for t in inside if self.is_wordlike(t)) >= 5 and \
            any(t.text[:1].islower() and self.is_finite_verb(t) for t in inside)

    def covers_to_end(self, cs: int, se: int) -> bool:
        """The clause from cs is one quotation up to the sentence end (then it is direct speech)."""
        pi = self.in_pair[cs]
        rest = [t for t in self.doc[cs:se] if self.in_pair[t.i] != pi and not t.is_punct]
        return not rest

    def direct_cue(self, first: int, last_tok: int, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]],
                   so_frames: list[int]) -> tuple[int | None, tuple[int, int] | None]:
        """The cue of a direct quotation and its speaker span: after it ("…“, sagte X"), before it ("X sagte: „…“")."""
        for k in so_frames:
            if 0 < k - last_tok <= 2:
                return k, self.np_from(k + 1, se)
            if k < first and first > 0 and self.doc[first - 1].text == ":" and first - k <= 6:
                return k, self.np_from(k + 1, first - 1)  # "…, so Elshorst weiter: „…“"
        best: tuple[int, CueVerb, bool] | None = None
        main_clause = [c for c in cues if c[1].says and not self.in_relative_clause(c[0], ss)]
        for cue in main_clause or cues:
            if not cue[1].says:
                continue
            if best is None or min(abs(cue[0] - first), abs(cue[0] - last_tok)) < \
                    min(abs(best[0] - first), abs(best[0] - last_tok)):
                best = cue
        if best is None:
            return None, None
        k, _, joined = best
        return k, self.cue_speaker(k, ss, se, joined)

    def closes_attribute(self, tok: Token) -> bool:
        """Token tok is an inflected attributive adjective or participle ("erscheinende", "oppositionellen") whose
        noun follows: a quoted name after it heads the noun phrase."""
        return self.has_pos and tok.pos_ == "ADJ" and tok.text[:1].islower() and \
            tok.lower_.endswith(("e", "en", "er", "es", "em")) and self.in_pair[tok.i] < 0

    def is_title(self, first: int, last_tok: int) -> bool:
        """The quotation at first..last_tok reads as a name or title: capitalised, no verb, at most six words, and
        mostly capitalised words ("„Rundschau am Sonntag“", "„New York Times“", "„Deutschlandfunk“")."""
        words = [t for t in self.doc[first:last_tok + 1] if self.is_wordlike(t)]
        if not words or len(words) > 6 or not words[0].text[:1].isupper():
            return False
        if self.has_pos and any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        return len(words) <= 2 or sum(1 for t in words if t.text[:1].isupper()) * 2 > len(words)

    def work_presented(self, ss: int, colon: int, first: int, last_tok: int) -> bool:
        """The clause from ``ss`` up to the colon or comma at ``colon`` is about a work or a name (one of its nouns
        is, or ends in, a noun of work_nouns.txt: "CD", "Album", "Fernsehsendung", "Namen"), and the
        quotation after it has no finite verb of its own: the title is presented or in apposition, nobody speaks
        ("Den Namen der Sendung gab das ZDF bekannt: „Geheimnisse eines Papstes“")."""
        doc = self.doc
        if any(self.is_finite_verb(t) and t.text[:1].islower() for t in doc[first:last_tok + 1]):
            return False
        nouns = [doc[t] for t in range(self.clause_start(colon, ss), colon)
                 if self.in_pair[t] < 0 and doc[t].text[:1].isupper() and self.is_noun(doc[t])]
        works = self.lex.work_nouns
        # compounds end in the work noun ("Fernsehsendung"); short words only as themselves ("CD", not "Abcd")
        return any(t.lower_ in works or t.lower_.endswith(tuple(w for w in works if len(w) >= 4)) for t in nouns)

    def is_long_name(self, first: int, last_tok: int) -> bool:
        """The quotation at first..last_tok is a name too long for ``is_title``: six or more words, opening with a
        capital, no verb and no comma ("„Gesetz über den Verfassungsschutz in Nordrhein-Westfalen“", "„Rat für
        Demokratische Reform unter der Konstitutionellen Monarchie“"): after an article such a verbless noun phrase
        continues the author's noun phrase; a quoted statement needs a verb."""
        inside = self.doc[first:last_tok + 1]
        words = [t for t in inside if self.is_wordlike(t)]
        if len(words) < 6 or not words[0].text[:1].isupper() or not self.has_pos:
            return False
        return not any(t.pos_ in ("VERB", "AUX") or self.is_finite_verb(t) or t.text in {",", ";", ":"}
                       for t in inside)

    def names_addressee(self, first: int, last_tok: int, ss: int) -> bool:
        """The quotation at first..last_tok names where or to whom something was said ("gegenüber dem „Spiegel“",
        "im „Morgenmagazin“", "in der „Zeit“")."""
        doc = self.doc
        b = first - 1
        if b >= ss and doc[b].lower_ in self.lex.determiners | {"dem", "der", "den"}:
            b -= 1
        return b >= ss and doc[b].lower_ in {"gegenüber", "im", "in"}

    def quotes_as_object(self, k: int, first: int, last_tok: int, before: Token | None, ss: int) -> bool:
        """The quotation at first..last_tok is a quoted phrase the speech act at k takes as its object
        ("nannte den Bericht eine „Zeitungsente“", "als „falsch“ zurückgewiesen"), not a name or title."""
        doc = self.doc
        if before is None or (self.is_noun(before) and before.lower_ != "als"
                              and not self.predicative_after_object(k, first, before)):
            return False  # "die Nachrichtenagentur „Interfax“": an apposition names something
        words = [t for t in doc[first:last_tok + 1] if self.is_wordlike(t)]
        if len(words) >= 2 and all(self.is_cap(t) for t in words):
            return False  # title case: a name ("„New York Times“")
        lo, hi = (k, first) if k < first else (last_tok, k)
        if any(doc[t].text in {",", ":", ";"} and self.in_pair[t] < 0 for t in range(lo, hi)):
            return False
        return k < first or before.lower_ == "als" or self.fronted_object(k, first, last_tok, ss)

    def fronted_object(self, k: int, first: int, last_tok: int, ss: int) -> bool:
        """The quotation ends a fronted prepositional object right before the finite cue verb at k ("Von einer
        „gezielten Indiskretion“ sprach X"): the object of the speech act, as in "X sprach von einer „…“"."""
        doc = self.doc
        if k != last_tok + 1 or not self.is_finite_verb(doc[k]):
            return False  # "Von Freunden „der Dicke“ genannt": a participle names
        cs = self.clause_start(first, ss)
        preposition = doc[cs].lower_ in self.lex.prepositions or (self.has_pos and doc[cs].pos_ == "ADP")
        return cs == ss and cs < first and preposition \
            and not any(self.is_finite_verb(doc[t]) for t in range(cs, first))

    def predicative_after_object(self, k: int, first: int, before: Token) -> bool:
        """A quoted phrase right after the object noun of the speech act at k that opens in lower case is the
        act's predicative complement, the speaker's own evaluation ("nannte die Zahlen „aus der Luft gegriffen“",
        "nannte die Entscheidung „eine sehr schlechte Wahl“"); a capitalised one would be the noun's name."""
        doc = self.doc
        inner = next((t for t in doc[first:first + 3] if self.is_wordlike(t)), None)
        return k < before.i and self.in_pair[before.i] < 0 and inner is not None and inner.text[:1].islower() \
            and self.verb_of_object(k, before.i)

    def verb_of_object(self, k: int, noun: int) -> bool:
        """The noun at ``noun`` stands in the clause of the verb at k, close after it (its object)."""
        return 0 < noun - k <= 5 and not any(
            self.doc[t].text in _CLAUSE_BREAKS or self.in_pair[t] >= 0 for t in range(k + 1, noun + 1))

    def after_slogan_noun(self, first: int, ss: int) -> bool:
        """The quotation at ``first`` follows a slogan noun ("Parolen wie „…“", "mit der Aufschrift „…“"), possibly
        as a later item of a list of quoted slogans ("Parolen wie „A“ oder „B“")."""
        doc = self.doc
        t = first - 1
        steps = 0
        while t >= ss and steps < 8:
            tok = doc[t]
            if self.in_pair[t] >= 0:
                t = self.pair_start_token(t) - 1  # an earlier item of the list
            elif tok.lower_ in {"wie", "etwa", "zum", "beispiel", "unter", "anderem", "und", "oder", ",", ":"}:
                t -= 1
            else:
                return tok.lower_.endswith(self.lex.slogan_nouns) if self.lex.slogan_nouns else False
            steps += 1
        return False

    def anaphoric_cue(self, si: int, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]]) -> bool:
        """The sentence opens with a pointing word and a reporting verb that attributes the sentence before it: "Das
        sagte X.", "Dies hat X gesagt." — but not "Das hat man früher so genannt" (naming, not reporting)."""
        if si == 0 or not cues or self.doc[ss].lower_ not in _ANAPHORIC_OPENERS:
            return False
        k, verb = cues[0][0], cues[0][1]
        return verb.says and (k == ss + 1 or self.final_cue_after_auxiliary(ss, se, k)) \
            and not self.names_itself(k, ss, se)

    def final_cue_after_auxiliary(self, ss: int, se: int, k: int) -> bool:
        """ "Das musste X einräumen.", "Dies hat X gesagt.": after the pointing word a finite auxiliary or modal, and
        the cue verb closes the clause as its infinitive or participle."""
        doc = self.doc
        end = se - 1 if doc[se - 1].text in _SENT_END else se
        # perfect and modal auxiliaries only: "Das wurde von X bestritten" is passive and its agent is optional
        return k == end - 1 and ss + 1 < k and self.is_finite_verb(doc[ss + 1]) \
            and doc[ss + 1].lemma_ in {"haben", "müssen", "wollen", "können", "dürfen"} \
            and not any(doc[t].text in _CLAUSE_BREAKS or self.in_pair[t] >= 0
                        for t in self.outside_insertions(ss + 1, k))  # "Das hat – nach Untersuchungen – X eingeräumt"

    def evaluation_holder(self, first: int, ss: int) -> tuple[int, int] | None:
        """The person or body a quoted judgement holds for: "Für X ist/war Y „…“", "Y war für X „…“" — a "für"
        phrase naming a possible speaker in the quotation's clause, whose finite verb is the copula."""
        doc = self.doc
        cs = self.clause_start(first, ss)
        if not any(self.is_finite_verb(doc[t]) and doc[t].lemma_ == "sein" for t in range(cs, first)):
            return None
        for t in range(cs, first - 1):
            if doc[t].lower_ == "für" and self.in_pair[t] < 0:
                np = self.np_from(t + 1, first)
                if np is not None and np[1] <= first and self.is_agentive(np):
                    return np
        return None

    def clause_start(self, k: int, ss: int) -> int:
        """The first token of the clause token k stands in: after the nearest clause break (comma, colon, dash …)
        outside quotation marks, or the sentence start ss."""
        doc = self.doc
        c = k
        while c > ss and self.in_pair[c - 1] < 0:
            if ss < self.insertion_partner(c - 1) < c - 1:
                c = self.insertion_partner(c - 1)  # "Die Lage hat sich – wie erwartet – verschärft": one clause
                continue
            if doc[c - 1].text in _CLAUSE_BREAKS:
                break
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

    def inserted_cue(self, k: int, verb: CueVerb, joined: bool, around: tuple[int, int], ss: int, se: int,
                     medium: str | None) -> _Found | None:
        """A cue clause that fills a paired insertion, inverted ("Er habe – sagte der Anwalt – nichts gewusst") or
        with "wie" and the verb last ("gehen – wie ein Sprecher sagte – von Brandstiftung aus"): it reports the
        sentence it interrupts, which must have a finite verb of its own before the insertion."""
        doc = self.doc
        open_, close = around
        inverted = k == open_ + 1
        if not verb.says or not (inverted or doc[open_ + 1].lower_ == "wie" and k >= close - 2):
            return None
        qs, qe = self.report_segment(ss, se, open_)
        if not any(self.is_finite_verb(doc[t]) for t in self.outside_insertions(qs, open_)):
            return None
        speaker = self.speaker_for_verb(k, open_ + 1, close, joined)
        chars = self.char_span(qs, qe, keep_end_punct=False)
        if speaker is None or chars is None:
            return None
        return _Found(chars[0], chars[1], "indirect", self.confidence("inserted_cue"), self.make_speaker(speaker),
                      self.cue_span(k, close, verb), medium)

    def insertion_pairs(self, ss: int, se: int) -> dict[int, int]:
        """Opening mark -> closing mark and closing -> opening of the paired insertions of sentence ss..se."""
        doc = self.doc
        pairs: dict[int, int] = {}
        t = ss + 1  # a dash opening the sentence marks a list item or a speaker change, not an insertion
        while t < se:
            mark = doc[t].text
            closer = {"(": ")"}.get(mark, mark if mark in _INSERTION_DASHES else None)
            if closer is None or self.in_pair[t] >= 0 or self.joins_range(t):
                t += 1
                continue
            stops = {closer, "("} if closer == ")" else _INSERTION_DASHES
            close = next((u for u in range(t + 1, min(se, t + _INSERTION_MAX_TOKENS + 2))
                          if doc[u].text in stops | _SENT_END), None)
            if close is None or close == t + 1 or doc[close].text != closer and closer == ")" \
                    or self.joins_range(close) or doc[close].text in _SENT_END or self.in_pair[close] >= 0 \
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
        while end < se and not (doc[end].text in _CLAUSE_BREAKS | _SENT_END and self.in_pair[end] < 0
                                and any(self.is_finite_verb(doc[t]) for t in range(r + 1, end))):
            end += 1
        if self.subjunctive_in(ss, c) is not None or self.subjunctive_in(end, se) is not None:
            return None  # the sentence around it is reported speech too: it is all one quote
        return c, end

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

    def relative_opener(self, c: int, limit: int) -> int | None:
        """The relative pronoun at c, or after a preposition at c (", mit dem …"), when no noun or attribute
        follows it; ``limit`` bounds the clause."""
        doc = self.doc
        r = c + 1 if doc[c].lower_ in self.lex.prepositions and c + 1 < limit else c
        if r + 1 >= limit or doc[r].lower_ not in _RELATIVE_FORMS or self.is_noun(doc[r + 1]) or \
                self.is_modifier(doc[r + 1]):
            return None
        return r

    def is_source_noun(self, word: str) -> bool:
        """A noun that makes "nach <noun>" a source frame, also as the head of a compound ("UNHCR-Angaben",
        "Regierungsangaben")."""
        if word in self.lex.source_nouns:
            return True
        head = word.rsplit("-", 1)[-1]
        if head != word and head in self.lex.source_nouns:
            return True
        return any(word.endswith(noun) and len(word) > len(noun) + 2 for noun in _COMPOUND_SOURCE_HEADS)

    def frame_subject(self, ss: int, fs: int, fe: int, se: int) -> tuple[int, int] | None:
        """The subject of a clause with "nach eigenen Angaben" at fs..fe; after the verb when the clause starts with
        its object ("Eine Notbetreuung bietet die Stadt nach eigenen Angaben an")."""
        if fs <= ss:
            # "Nach eigenen Angaben erhielt das Bundesamt …": the subject follows the finite verb
            verb = fe if fe < se and self.is_finite_verb(self.doc[fe]) else None
            return self.np_after(fe if verb is None else verb + 1, se)
        subject = self.np_from(ss, fs)
        if subject is not None and not self.is_agentive(subject):
            verb = next((k for k in range(subject[1], fs) if self.is_finite_verb(self.doc[k])), None)
            after = self.np_after(verb + 1, fs) if verb is not None else None
            if after is not None and self.is_agentive(after):
                return after
        return subject

    def cue_clause_source(self, k: int, ss: int, cs: int) -> tuple[int, int] | None:
        """The source a frame names inside the clause of the reporting verb at k, before its content at cs:
        "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass …", "Laut Informationen des SPIEGEL hat der IWF
        angekündigt, …", "Der Experte X geht laut dem Bericht des Fachmagazins davon aus, dass …". The subject's words
        reach the text only through that source, and annotators mark it as the speaker. "unter Berufung auf Y" names
        the source of the reporter, who stays the speaker; a frame inside the content belongs to the content."""
        if cs <= k:
            return None
        frame = self.find_frame(ss, cs)
        if frame is None:
            return None
        fs, _, span, side = frame
        if side not in ("after", "before") or span is None or self.doc[fs].lower_ == "unter" or any(
                self.doc[t].text in _CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(min(fs, k), max(fs, k))):
            return None  # (a clause break between frame and verb: the frame belongs to another clause)
        return span

    def find_frame(self, ss: int, se: int) -> tuple[int, int, tuple[int, int] | None, str] | None:
        doc = self.doc
        lows = [t.lower_ for t in doc[ss:se]]
        for k in range(ss + 2, se - 1):
            if lows[k - ss] in {"wonach", "demzufolge"} and doc[k - 1].text == "," and self.in_pair[k] < 0:
                # "eine Schätzung, wonach …" / "die Zeitung „Hoy Bolivia“, wonach …": the phrase before is the source
                b = k - 1
                while b > ss and doc[b - 1].text not in _CLAUSE_BREAKS and k - 1 - b < 8 \
                        and not self.is_finite_verb(doc[b - 1]) and doc[b - 1].lower_ not in self.lex.prepositions:
                    b -= 1
                named = self.is_noun(doc[k - 2]) or self.in_pair[k - 2] >= 0 or doc[k - 2].text == ")"
                # "…, den Bären einzufangen, wonach …": after a verb "wonach" points to the whole statement, not to a
                # phrase, so only a noun phrase right before the comma names the source
                return k, k + 1, (b, k - 1) if b < k - 1 and named else None, "clause"
        for k in range(ss, se - 1):
            if lows[k - ss] != "nach" or self.in_pair[k] >= 0:
                continue
            n = k + 1
            while n < min(se, k + 5) and not self.is_source_noun(doc[n].text) and \
                    (doc[n].lower_ in self.lex.determiners or self.is_modifier(doc[n]) or doc[n].lower_ in
                     {"deren", "dessen", "seinen", "ihren", "unseren"}
                     or (n == k + 1 and _GENITIVE_NAME.match(doc[n].text) is not None and self.is_noun(doc[n])
                         and n + 1 < se and self.is_source_noun(doc[n + 1].text))):
                # "nach Grupps Meinung": a genitive name right before the noun ("nach Abschluss der Ermittlungen"
                # is temporal: the noun after "nach" is the head, and it is no source noun)
                n += 1
            if n < se and self.is_source_noun(doc[n].text):
                if any(doc[t].lower_ == "eigenen" for t in range(k + 1, n)):
                    # "nach eigenen Angaben": the clause's subject is the source
                    return k, n + 1, self.frame_subject(ss, k, n + 1, se), "subject"
                # the speaker mention runs from the noun phrase to the end of its attribute ("Angaben der UN")
                end = n + 1
                if end < se and doc[end].lower_ in {"von", "vom"}:
                    end += 1
                rest = self.np_from(end, se) if end < se else None
                if rest is not None and (doc[n + 1].lower_ in {"von", "vom"} or doc[end].lower_ in
                                         self.lex.determiners or (self.has_pos and doc[end].pos_ == "PROPN")):
                    end = rest[1]
                else:
                    end = n + 1
                return k, n + 1, (k + 1, end), "after"
        for fr in self.lex.frames:
            n = len(fr.words)
            for off in range(0, len(lows) - n + 1):
                if tuple(lows[off:off + n]) != fr.words or self.in_pair[ss + off] >= 0:
                    continue
                fs, fe = ss + off, ss + off + n
                if fr.speaker_side == "after":
                    if fr.words == ("laut",) and not (fe < se and (
                            self.is_cap(doc[fe]) or doc[fe].lower_ in self.lex.determiners
                            or self.in_pair[fe] >= 0 or _COMPOUND_NAME.match(doc[fe].text) is not None
                            or (self.has_pos and doc[fe].pos_ in ("NOUN", "PROPN", "ADJ", "DET")))):
                        continue  # "laut" the adjective ("sehr laut")
                    if fr.words == ("laut",) and self.in_pair[fe] >= 0:
                        # laut „tagesschau.de“: the quoted name is the source
                        close = fe
                        while close + 1 < se and self.in_pair[close + 1] == self.in_pair[fe]:
                            close += 1
                        if close - fe > 6 or doc[close - 1].text in _SENT_END or \
                                (fs > ss and self.has_pos and doc[fs - 1].pos_ in ("VERB", "AUX")):
                            continue  # "rief laut „Hilfe!“": the adverb before a quotation
                        return fs, fe, (fe, close + 1), "after"
                    if fr.words == ("laut",) and _COMPOUND_NAME.match(doc[fe].text):
                        return fs, fe, self.np_from(fe, se) or (fe, fe + 1), "after"  # laut ai-Bericht, dpa-Meldung
                    return fs, fe, self.np_from(fe, se), "after"
                if fr.speaker_side == "before":
                    if len(fr.words) > 1 and fs > ss and doc[fs - 1].lower_ in _POSSESSIVES:
                        # "die seiner Meinung nach wachsenden Gefahren" is an attribute, not a clause (but ", die
                        # ihrer Meinung nach … innehat" is a relative clause)
                        if fs - 1 > ss and doc[fs - 2].lower_ in self.lex.determiners and \
                                not (fs - 2 > ss and doc[fs - 3].text == ","):
                            continue
                        # "seiner Meinung nach": the possessive and its noun are the source mention
                        return fs - 1, fe, (fs - 1, fs + 1), "before"
                    # "Grimm zufolge", "ersten Annahmen zufolge": the phrase right before
                    b = fs
                    while b > ss and doc[b - 1].text not in _CLAUSE_BREAKS and fs - b < 6 \
                            and self.mood(doc[b - 1]) is None and doc[b - 1].lower_ not in self.lex.finite \
                            and not (self.has_pos and doc[b - 1].pos_ in ("VERB", "AUX")):
                        b -= 1
                    span = self.np_from(b, fs) if b < fs else None
                    if span is None and b < fs:
                        span = (b, fs)
                    return (span[0] if span else fs), fe, span, "before"
                if fr.speaker_side == "subject":
                    # "Die Feuerwehr hat nach eigenen Angaben …": the clause's subject is the source
                    return fs, fe, self.frame_subject(ss, fs, fe, se), "subject"
                if fs == ss and fr.speaker_side.startswith("anaphor"):
                    if fr.speaker_side == "anaphor" or self.subjunctive_in(fe, se) == "I" \
                            or self.follows_publication(ss):
                        # "Demnach …" / "Danach sei …": the adverb points back to the source just named
                        return fs, fe, None, "anaphor"
                    continue
                if fs == ss:
                    return fs, fe, None, "none"
        return None


    def follows_publication(self, ss: int) -> bool:
        """The sentence before ss presents a text or statement ("Die Bank veröffentlichte heute neue Zahlen.", "…
        eine Studie, die heute vorgestellt wurde."): a sentence-opening "Danach" then means "according to it",
        not "afterwards", also in the indicative."""
        doc = self.doc
        if ss == 0:
            return False
        prev = doc[ss - 1].sent
        return any(self.in_pair[k] < 0 and self.is_source_noun(doc[k].text) for k in range(prev.start, prev.end))


def _assign_ids(doc: Doc, text: str, found: list[_Found]) -> list[Quote]:
    """``text`` is ``original_text(doc)``, read once (spaCy rebuilds ``doc.text`` from the tokens on every access)."""
    doc_id = doc._.doc_id
    quotes: list[Quote] = []
    statement_no = 0
    for n, f in enumerate(found, start=1):
        if not (f.continues and quotes):
            statement_no += 1
        statement = f"{doc_id}#s{statement_no}"
        quotes.append(Quote(
            id=f"{doc_id}#q{n}", doc=doc_id, start=f.start, end=f.end, text=text[f.start:f.end],
            kind=f.kind, statement=statement, confidence=f.confidence, speaker=f.speaker, cue=f.cue,
            medium=f.medium,
        ))
    return quotes


def _attribute_headlines(text: str, quotes: list[Quote]) -> None:
    """A bare quotation in the headline/teaser takes the speaker of the same words in the body."""
    first_break = text.find("\n")
    if first_break < 0:
        return
    for q in quotes:
        if q.start >= first_break or q.speaker.mention is not None:
            continue
        words = set(re.findall(r"\w+", q.text.lower()))
        if not words:
            continue
        best: Quote | None = None
        best_overlap = 0.0
        for other in quotes:
            if other.start < first_break or other.speaker.mention is None:
                continue
            overlap = len(words & set(re.findall(r"\w+", other.text.lower()))) / len(words)
            if overlap > best_overlap:
                best, best_overlap = other, overlap
        if best is not None and best_overlap >= 0.6:
            q.speaker = best.speaker
            q.statement = best.statement
            q.medium = q.medium or best.medium


def find_quotes(doc: Doc) -> list[Quote]:
    """All quotations of a processed doc (the work of the ``lagebild_quotes`` component)."""
    finder = _QuoteFinder(doc, load_lexicon())
    quotes = _assign_ids(doc, finder.text, sorted(finder.run(), key=lambda f: f.start))
    _attribute_headlines(finder.text, quotes)
    name_speakers_in_base_form(doc, quotes)
    return quotes


@Language.component("lagebild_quotes", assigns=["doc._.quotes"])
def extract_quotes(doc: Doc) -> Doc:
    doc._.quotes = find_quotes(doc)
    return doc
