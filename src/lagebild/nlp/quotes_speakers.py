"""Speakers of quotations: the subject of a cue's clause, source frames ("laut X", "X zufolge"), passive agents,
apposition subjects, and the resolution of pronouns and role nouns to the person or organisation they refer to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from typing import Any

from spacy.tokens import Token

from lagebild.nlp.display_names import head_in_nominative, nominative_name, weak_noun_name
from lagebild.nlp.ner import load_lexicons, load_name_particles
from lagebild.nlp.quotes_grammar import (
    ADVERBIAL_SUBORDINATORS,
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    HEISSEN_FORMS,
    INDEFINITE_ARTICLES,
    INSERTION_DASHES,
    OPEN_SUBORDINATE,
    PASSIVE_AUXILIARIES,
    PREPOSITIONAL_RELATIVES,
    RELATIVE_DATIVE,
    RELATIVE_PRONOUNS,
    SENT_END,
    SENTENCE_LINKS,
    SUBORDINATORS,
    Found,
    QuoteGrammar,
)
from lagebild.types import Quote, Speaker, TextSpan

# passive auxiliaries: "wurde nicht bestätigt" reports no speaker's act
AUXILIARIES = frozenset({"wurde", "wurden", "wird", "werden", "worden", "ist", "sind", "war", "waren"})

# finite forms of "haben" that close a perfect ("entschieden hatte", "angegeben hat")
PERFECT_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten"})

POSSESSIVES = frozenset({"seiner", "ihrer", "deren", "dessen", "unserer", "meiner", "eurer", "ihres", "seines"})

# the stems of third-person possessives, which refer back to someone named before ("seinen Berechnungen", "deren
# Angaben"; "ihm"/"ihnen" share the letters but are personal pronouns); "unser" refers to the writers themselves
POSSESSIVE_PREFIXES = ("ihr", "sein", "dere", "dess")

# demonstratives that stand alone for a person named before ("so schrieb diese", "…“, so letztere")
_DEMONSTRATIVES = frozenset({"dieser", "diese", "letzterer", "letztere", "jener", "jene"})

# words that open a subject in the nominative right after a finite verb ("Diese lehnte er ab", "… lehnte die Partei
# ab"); not the lexicon's pronoun and determiner sets, which hold dative forms ("ihm", "dem") that open objects
_NOMINATIVE_OPENERS = frozenset({"er", "sie", "es", "man", "wir", "ich", "der", "die", "das", "ein", "eine"})

# pronouns and demonstratives that point to a male referent ("er", "ihm", "letzterer")
_MASCULINE_POINTERS = frozenset({"er", "ihm", "ihn", "dieser", "letzterer", "jener"})

# lower-case particles inside personal names ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg", "Osama bin Laden"):
# the first words of lexicons/name_particles.tsv, which the entity layer uses too
_NAME_PARTICLES = frozenset(words[0] for words in load_name_particles().particles)
# articles a particle may take before the family name ("von der Leyen", "van den Boom", "de la Cruz")
_PARTICLE_ARTICLES = frozenset({"der", "den", "de", "la", "le", "del", "di"})
# the particle part of a person's name after the given name(s): "Ursula| von der Leyen", "Karl-Theodor| zu Guttenberg"
_PARTICLE_SURNAME = re.compile(
    r"\s+(?:von|van|de|zu)(?:\s+(?:der|den|de|la|le|del|di))?\s+[A-ZÄÖÜ][a-zäöüßéèà'-][\w'-]*")

# prepositions that open a source frame before a source noun ("nach Angaben", "laut Bericht", "gemäß Aussagen")
_SOURCE_PREPOSITIONS = frozenset({"nach", "laut", "gemäß"})
# conjunctions that join two names into one speaker ("Merkel und Macron", "Scholz sowie Habeck")
_NAME_JOINS = frozenset({"und", "sowie"})
# determiners that mark a noun phrase as dative or genitive: such a phrase is no earlier subject a pronoun resumes
_DATIVE_GENITIVE_DETERMINERS = frozenset({"dem", "diesem", "einem", "jenem", "den", "des", "eines"})

# a lower-case abbreviation compounded with a noun names a source ("ai-Bericht", "dpa-Meldung")
_COMPOUND_NAME = re.compile(r"^[a-zäöü]{2,6}-[A-ZÄÖÜ]")

# a capitalised genitive ("Grupps", "Merkels") between "nach" and a source noun
_GENITIVE_NAME = re.compile(r"^[A-ZÄÖÜ][\w-]*s$")
# an initial inside a person's name ("Larry A. Silverstein")
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")

# singular nominative articles and demonstratives by gender ("der Minister" / "die Ministerin" / "das Ministerium")
MASCULINE_NOMINATIVE_ARTICLES = frozenset({"der", "ein", "dieser", "jener"})
FEMININE_NOMINATIVE_ARTICLES = frozenset({"die", "eine", "diese"})
NEUTER_NOMINATIVE_ARTICLES = frozenset({"das", "dieses"})  # and "ein", shared with the masculine
# masculine nominative forms that are also feminine genitive/dative ("laut der Polizei"), so tell no gender
FEMININE_OBLIQUE_ARTICLES = frozenset({"der", "dieser", "jener"})

# conjunctions that open a contrasting main clause after a comma ("…, doch der Sprecher erklärte, …")
CONTRASTING_CONJUNCTIONS = frozenset({"doch", "aber", "jedoch", "sondern"})

# the contrasting words that also stand after the finite verb of a clause sharing the subject before ("…, fordern
# aber ein Datum"); "doch" there is a modal particle and "sondern" only opens a clause
CONTRASTING_ADVERBS = CONTRASTING_CONJUNCTIONS - {"doch", "sondern"}

# determiner forms that only an accusative or dative noun phrase takes ("einen", "seinem", "ihren", "diesen"): such a
# phrase before the verb is an object, never the subject ("Ihren Widersacher X forderte May auf, …")
_OBLIQUE_DETERMINERS = frozenset({
    f"{stem}{ending}" for stem in ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur", "dies", "jen", "jed")
    for ending in ("en", "em")})

# a nominalised age adjective ("der 52-Jährige", "die 45-Jährige"): a person the text named before
# word endings before which German compounds take a linking -s ("Regierungsangaben", "Senatsangaben")
_LINKING_S_BEFORE = ("ung", "heit", "keit", "tät", "ion", "schaft", "at", "amt", "tum", "ling")
_AGE_NOUN = re.compile(r"\d+-Jährige[rn]?")

# clause openers whose subject may carry an apposition before the verb: "wie/als Burt Rutan, Chef der Firma, sagte"
_APPOSED_SUBJECT_OPENERS = frozenset({"wie", "als"})


class SpeakerRules(QuoteGrammar):
    """Find the speaker mention of a cue, a frame or a clause, and resolve it to a named speaker or entity."""

    def particle_name_end(self, j: int, end: int) -> int | None:
        """The index after a person's name that opens with its particle at token j ("sagte von der Leyen", "Zu
        Guttenberg sagte", "so bin Salman"): the particle reads as a preposition ("von", "zu") or as no noun, so
        the phrase finders would skip or reject it; the entity layer has already told the name from a prepositional
        phrase ("von der Polizei"), so only a person entity starting at j counts."""
        doc = self.doc
        if j >= end or doc[j].lower_ not in _NAME_PARTICLES or doc[j].ent_type_ != "PER" or doc[j].ent_iob_ != "B":
            return None
        k = j + 1
        while k < end and doc[k].ent_iob_ == "I":
            k += 1
        return k if k > j + 1 else None

    def np_from(self, j: int, end: int) -> tuple[int, int] | None:
        """A speaker noun phrase starting at token j: det? modifier* Noun+ (genitive)? (apposition)? — token range."""
        doc, lex = self.doc, self.lex
        if j >= end or (self.in_pair[j] >= 0 and not self.is_quoted_name(j)):
            return None  # a short quoted name may open the phrase ("schrieb „Die Zeit“")
        name_end = self.particle_name_end(j, end)
        if name_end is not None:
            # a party or place in brackets after the name: "de Maizière (CDU)"
            if name_end + 2 < end and doc[name_end].text == "(" and doc[name_end + 2].text == ")":
                name_end += 3
            return (j, name_end)
        tok = doc[j]
        # (before a common noun, also after its adjectives, "ihr" is a possessive: "Ihr Sprecher ergänzte", "Ihr
        # bildungspolitischer Sprecher Björn Albrecht räumte ein" name the spokesman, not her)
        n = j + 1
        while n < end and n < j + 4 and self.is_modifier(doc[n]) and doc[n].text[:1].islower():
            n += 1
        possessive = tok.lower_ in lex.determiners and n < end and doc[n].pos_ == "NOUN" \
            and self.in_pair[n] < 0
        if tok.lower_ in lex.pronouns and not possessive:
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
        # (a surname the tagger reads as an adjective is no modifier once the entity layer knows the person: "so Lang")
        while k < end and self.is_modifier(doc[k]) and not (doc[k].ent_type_ == "PER" and self.is_cap(doc[k])):
            k += 1
        start_nouns = k
        while k < end and (self.in_pair[k] < 0 or k > start_nouns or self.short_title_at(k)) and (
                self.is_noun(doc[k]) or (doc[k].lower_ in _NAME_PARTICLES
                                         and k > start_nouns and k + 1 < end and self.is_cap(doc[k + 1])
                                         and (not self.has_pos or doc[k + 1].pos_ == "PROPN"))
                or (self.in_pair[k] >= 0 and self.short_title_at(k))):
            if k > start_nouns and (doc[k - 1].ent_type_ == "PER" or doc[k - 1].text in self.person_name_words) and \
                    doc[k].ent_iob_ != "I" and doc[k].ent_type_ != "PER" and doc[k].text[:1].isupper() and \
                    self.in_pair[k] < 0 and doc[k].text not in self.person_name_words:
                # a person's name ends the phrase: "forderte Vorin | Schadenersatz" (also where the recogniser
                # missed the surname of a person it found elsewhere in the document)
                break
            if k > start_nouns and self.common_noun_after_role(k):
                break  # "hat die Schauspielerin | Klage eingereicht": the object, not her name
            if k > start_nouns and self.common_noun_after_genitive(j, k):
                break  # "nach Angaben des Welternährungsprogramms | Lebensmittel": the clause's subject or object
            if self.in_pair[k] >= 0:
                # a quoted name after a noun: die Zeitung „Yemen Observer“
                pair = self.in_pair[k]
                while k < end and self.in_pair[k] == pair:
                    k += 1
                continue
            k += 1
        # (only after a lone given name the entity layer cut off: "Robert Halver | von der Baader Bank" is complete)
        if k > start_nouns and k + 2 < end and doc[k - 1].ent_type_ == "PER" and doc[k - 1].ent_iob_ == "B" \
                and doc[k - 1].text in load_lexicons().first_names and doc[k].lower_ in _NAME_PARTICLES \
                and doc[k + 1].lower_ in _PARTICLE_ARTICLES and self.is_cap(doc[k + 2]) \
                and doc[k + 2].ent_type_ in ("", "PER") and self.in_pair[k + 2] < 0 \
                and (k + 3 >= end or not self.is_cap(doc[k + 3])) \
                and not (doc[k + 1].lower_ == "der" and head_in_nominative(doc[k + 2].text) == (doc[k + 2].text, "F")):
            # (the tagger may read the family name as a noun: "Leyen"; after a given name it still is one, while a
            # feminine noun after "von der" is a dative: "Müller von der Stadtverwaltung" names where Müller works)
            k += 3  # a particle with its article inside a person's name: "sagte Ursula | von der Leyen"
        if k == start_nouns:
            if k > j + 1 and doc[j].lower_ in lex.determiners and (k >= end or not self.is_wordlike(doc[k])
                                                                     or doc[k].lower_ in lex.prepositions):
                return (j, k)  # a nominalised adjective: "der 81-jährige", "die Grüne"
            return None
        # genitive attributes: "der Chef der Bundesagentur", "Leiter des Programms der WHO"
        last = doc[k - 1]
        named_head = last.ent_type_ in ("ORG", "PER") and (k >= len(doc) or doc[k].ent_iob_ != "I") and \
            self.role_gender(last.text) is None
        run_start = start_nouns  # the first noun of the phrase's last run of nouns
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
            k, run_start = g2, g
        if (name_end := self.coordinated_name_end(run_start, k, end)) is not None:
            k = name_end  # "des Instituts Arbeit und Technik", "der Stiftung Wissenschaft und Politik"
        # the rest of a name the phrase ends inside: "Gutachter der Deutschen Gesellschaft | für Luft- und Raumfahrt"
        while k < end and k > j and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ in ("ORG", "PER") \
                and doc[k].text not in CLAUSE_BREAKS and self.in_pair[k] < 0:
            k += 1
        # a body's name the recogniser missed, its head noun and a "für" phrase of capitalised nouns: "der Bundesagentur
        # für Arbeit", "der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)"
        if k + 1 < end and k > j and doc[k].lower_ == "für" and self.in_pair[k] < 0 and \
                (self.role_gender((head_in_nominative(doc[k - 1].text) or (doc[k - 1].text, ""))[0])
                 or ("", None))[1] == "O":
            f = k + 1
            # one noun after each "für", "und" or "in": a second noun in a row opens the clause's next phrase ("des
            # Bundesamts für Statistik | Millionen Menschen", "für Verfassungsschutz | Anschläge geplant")
            while f < end and self.in_pair[f] < 0 and (self.is_cap(doc[f]) and self.is_noun(doc[f]) and (
                    f == k + 1 or doc[f - 1].lower_ in {"und", "in"}) or (
                    doc[f].lower_ in {"und", "in"} and f + 1 < end and self.is_cap(doc[f + 1]) and f > k + 1)):
                f += 1
            if f > k + 1 and self.is_cap(doc[f - 1]):
                k = f
        # a party or place in brackets: "Renate Schmidt (SPD)"
        if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        # apposition with a name: "der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise,"
        if k + 2 < end and doc[k].text == "," and self.is_cap(doc[k + 1]) and self.is_cap(doc[k + 2]) \
                and (k + 3 >= end or not self.is_cap(doc[k + 3])) \
                and (not self.has_pos or doc[k + 1].pos_ == "PROPN"):
            k += 3
        elif k < end and doc[k - 1].ent_type_ != "PER" and self.in_pair[k] < 0:
            # a noun with a prepositional attribute or a name with an initial before its apposed name: "der Investor
            # für den Neubau, Larry A. Silverstein,", "Die Beauftragte für Kultur, Claudia Roth,"
            p = self.skip_phrase(k, end) if doc[k].lower_ in lex.prepositions else k
            name_end = self.apposed_name_end(p, end) if p <= k + 5 else None
            if name_end is not None:
                k = name_end
        return (j, k)

    def apposed_name_end(self, comma: int, end: int, closing: frozenset[str] = frozenset({","})) -> int | None:
        """The index after a name of two to four words (initials included: "Larry A. Silverstein") that stands
        between the comma at ``comma`` and a closing comma (or another token of ``closing``, e.g. the sentence's
        final stop): an apposition naming the person of the phrase before."""
        doc = self.doc
        if comma >= end or doc[comma].text != ",":
            return None
        q = comma + 1
        while q < end and q - comma <= 4 and self.in_pair[q] < 0 and (
                _INITIAL.fullmatch(doc[q].text) or (self.is_cap(doc[q]) and (
                    doc[q].ent_type_ == "PER" or (self.has_pos and doc[q].pos_ == "PROPN")))):
            q += 1
        if q - comma < 3 or q >= end or doc[q].text not in closing or _INITIAL.fullmatch(doc[q - 1].text):
            return None
        return q

    def common_noun_after_genitive(self, j: int, k: int) -> bool:
        """Token k is a common noun right after the head of a genitive singular phrase opened at j ("des
        Welternährungsprogramms Lebensmittel", "eines Konzerns Stellen"): a noun in the genitive singular takes no
        further common noun (only a name: "des Vereins Pro Asyl", "des Unternehmens Siemens"), so k opens the next
        phrase of the clause — in a source frame its subject or object. Not in the sentence's first phrase right
        before its finite verb: that position holds one phrase, so the noun ends a name made of ordinary nouns
        ("Nach Angaben des Netzwerks Recherche wurden …", "des Verbands Wohneigentum steigen …")."""
        doc = self.doc
        if not (self.has_pos and doc[j].lower_ in {"des", "eines"} and doc[k].pos_ == "NOUN"
                and doc[k - 1].pos_ == "NOUN" and doc[k - 1].text.endswith("s") and doc[k].ent_iob_ != "I"
                and doc[k].ent_type_ not in ("PER", "ORG") and self.in_pair[k] < 0 and self.in_pair[k - 1] < 0):
            return False
        after = k + 1
        while after + 1 < len(doc) and doc[after].lower_ == "und" and self.is_cap(doc[after + 1]) \
                and self.is_noun(doc[after + 1]):
            after += 2
        if after < len(doc) and self.is_finite_verb(doc[after]):
            b = j
            while b > 0 and not doc[b].is_sent_start and not self.is_finite_verb(doc[b - 1]):
                b -= 1
            if doc[b].is_sent_start or b == 0:
                return False
        return True

    def coordinated_name_end(self, head: int, k: int, end: int) -> int | None:
        """The end of a body's name made of its head noun and two coordinated nouns naming its field ("des Instituts
        Arbeit und Technik", "der Stiftung Wissenschaft und Politik", "die Gewerkschaft Erziehung und Wissenschaft"),
        where the noun phrase ending at k already holds the head and the first noun (a noun after a head noun is read
        as the head's name there); None otherwise. A noun naming a second
        speaker after "und" (a role, a body, a person or organisation the recogniser found: "Polizei und Feuerwehr",
        "der Stiftung Warentest und Verbraucherschützern") coordinates two speakers, not a name's parts."""
        doc = self.doc
        if not (k == head + 2 and k + 1 < end and doc[k].lower_ == "und" and self.in_pair[k] < 0
                and self.in_pair[k + 1] < 0 and self.is_cap(doc[k + 1]) and self.is_noun(doc[k + 1])
                and self.in_pair[head + 1] < 0):
            return None
        if k + 2 < end and (self.is_noun(doc[k + 2]) or self.is_modifier(doc[k + 2])) and self.is_cap(doc[k + 2]):
            return None  # a longer run of capitalised words: not one noun after "und"
        if (self.role_gender(doc[head].text) or ("", "O"))[1] != "O":
            return None  # a person's role takes a name, not a field ("der Sprecher Arbeit" is no phrase)
        for t in (head + 1, k + 1):
            if (doc[t].ent_type_ in ("PER", "ORG", "LOC", "GPE") and doc[t].ent_iob_ == "B") \
                    or self.role_gender(doc[t].text) is not None or doc[t].text in load_lexicons().first_names:
                return None
        return k + 2

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
            if self.particle_name_end(j, end) is not None:
                break  # "sagte von der Leyen": a name, not a prepositional phrase
            if low in lex.prepositions or (self.has_pos and tok.pos_ == "ADP") or \
                    low in {"den", "dem", "des", "einem", "einen", "eines", "ihm", "ihnen", "ihn", "uns", "mir", "dir"}:
                j2 = self.skip_phrase(j, end)
                j = j2 if j2 > j else j + 1
                continue
            break
        if j >= end:
            return None
        span = self.np_from(j, end)
        if span is not None:
            span = self.without_medium_spoken_to(span)
            span = self.with_coordinated_person(span, end)
        return span

    def with_coordinated_person(self, span: tuple[int, int], end: int) -> tuple[int, int]:
        """A person's name after a plural saying verb, extended over a second person joined by "und"/"sowie"
        ("…“, sagten Scholz und Habeck"): a plural verb has both as its subject (after a singular verb the second
        name opens something else: "sagte Scholz und verließ den Saal" has no name after "und")."""
        doc = self.doc
        s, e = span
        if not (e + 1 < end and doc[e].lower_ in _NAME_JOINS and doc[e + 1].ent_type_ == "PER"
                and doc[e + 1].ent_iob_ == "B" and all(t.ent_type_ == "PER" for t in doc[s:e])):
            return span
        verb = next((t for t in range(s - 1, max(-1, s - 8), -1) if self.is_finite_verb(doc[t])), None)
        if verb is None or "Plur" not in doc[verb].morph.get("Number"):
            return span
        m = e + 2
        while m < end and doc[m].ent_iob_ == "I":
            m += 1
        return (s, m)

    def quoted_object_at(self, j: int, end: int) -> tuple[int, int] | None:
        """The accusative object right after "zitierte" whose subject stands before the verb: "Die Agentur zitierte
        einen Sprecher / ihn mit den Worten …" quotes the object (``np_after`` skips such objects because after
        other verbs they are not the speaker)."""
        doc = self.doc
        if j >= end:
            return None
        if doc[j].lower_ in {"ihn", "sie"}:
            return (j, j + 1)
        if doc[j].lower_ not in {"den", "einen", "die", "eine"}:
            return None
        span = self.np_from(j, end)
        return span if span is not None and self.is_agentive(span) else None

    def without_medium_spoken_to(self, span: tuple[int, int]) -> tuple[int, int]:
        """The phrase after an inverted saying verb without a trailing "der"/"dem" + medium: in "sagte ein
        Polizeisprecher der Deutschen Presse-Agentur" the article reads as a genitive, but a medium after the speaker
        is the dative of whom it was said to (the same media patterns as ``Quote.medium``)."""
        doc = self.doc
        s, e = span
        end_char = doc[e - 1].idx + len(doc[e - 1].text)
        for t in range(s + 1, e - 1):
            if doc[t].lower_ not in {"der", "dem"} or not any(self.is_noun(x) for x in doc[s:t]) or (
                    doc[t].lower_ == "der" and doc[t - 1].text in self.lex.member_roles):
                continue  # ("ein Reporter der Nachrichtenagentur Reuters": his employer, see after_member_role)
            window = "sagte " + self.text[doc[t].idx:end_char]
            name_start = len("sagte ") + len(doc[t].text) + 1  # the medium's name right after the article
            for pattern, _ in self.lex.media:
                m = pattern.match(window)
                if m is not None and m.groups() and m.start(1) == name_start and m.end() == len(window):
                    return (s, t)
        return span

    def np_before(self, start: int, i: int, verb: int | None = None) -> tuple[int, int] | None:
        """The subject noun phrase of a subject-first clause ``start..i`` (verb at ``verb``, by default at i), or None
        when inverted. ``i`` differs from the verb only when an insertion stands between the phrase and the verb."""
        doc, lex = self.doc, self.lex
        verb = i if verb is None else verb
        inserted = self.insertion_partner(i - 1) if i > start and doc[i - 1].text in INSERTION_DASHES else -1
        if start < inserted < i - 1:
            # "Die Opposition – allen voran die Grünen – kritisierte": the insertion before the verb adds to the
            # subject before it; the checks on the verb itself still look at the verb, not at the opening dash
            return self.np_before(start, inserted, verb)
        j = start
        while j < i and (doc[j].lower_ in lex.adverbs or doc[j].lower_ in {"und", "aber", "doch", "denn", "so"}):
            j += 1
        if j < i and self.particle_name_end(j, i) is not None:
            # "Zu Guttenberg sagte": a person's name, not a prepositional phrase (also the first of two persons:
            # "Von der Leyen und Scholz erklärten")
            name = self.np_from(j, i)
            if name is not None and name[1] + 1 < i and doc[name[1]].lower_ in _NAME_JOINS \
                    and self.np_from(name[1] + 1, i) == (name[1] + 1, i):
                return (j, i)
            return name
        if j >= i or doc[j].lower_ in lex.prepositions or doc[j].lower_ in OPEN_SUBORDINATE:
            return None
        if self.in_pair[j] >= 0:
            return self.quoted_name_subject(j, i)
        first = doc[j].lower_
        if first in {"diese", "dieser"} and j + 1 == i and verb + 1 < len(doc) and \
                doc[verb + 1].lower_ not in _NOMINATIVE_OPENERS:
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
                doc[t].text in CLAUSE_BREAKS or self.in_pair[t] >= 0 for t in range(j, i)):
            return (j, i)  # "Sowohl die Regierung als auch die Opposition kündigten an": both conjuncts speak
        if j + 1 == i and first in lex.quantifier_pronouns and "Sing" not in doc[verb].morph.get("Number", []):
            # "Einige vertreten die Auffassung, …": a quantifier alone before a plural verb is its subject
            return (j, i)
        if first in lex.pronouns and i - j <= 6 and doc[j + 1].lower_ in _NAME_JOINS \
                and self.np_from(j + 2, i) == (j + 2, i):
            return (j, i)  # "Er sowie Giesel befürchten …": a pronoun coordinated with a name is one subject
        if first in lex.pronouns:
            return (j, j + 1) if j + 1 == i else None
        segment_ok = i - j <= 12 and not any((self.in_pair[t] >= 0 and not self.short_title_at(t) and
                                              self.in_pair[t] != self.in_pair[t - 1])
                                             or doc[t].text in CLAUSE_BREAKS for t in range(j, i))
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

    def main_subject(self, ss: int, limit: int) -> tuple[int, int] | None:
        """The subject of the clause ``ss..limit`` (before a quotation or subjunctive clause), if it has one."""
        doc = self.doc
        verb = next((k for k in range(ss, limit) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        if verb is not None and doc[ss].lower_ in SUBORDINATORS | {"als", "wie"}:
            # "Als ein Fluggast zu Hilfe eilte, biss der Randalierer …": the clause opening the sentence is
            # subordinate; the main clause after its comma (verb first) holds the subject
            comma = next((k for k in range(verb, limit) if doc[k].text == "," and self.in_pair[k] < 0), None)
            if comma is not None and comma + 1 < limit and self.is_finite_verb(doc[comma + 1]):
                return self.main_subject(comma + 1, limit)
        if verb is None:
            # a bare speaker label before a colon: "Erkki Tuomioja, Präsident des Rates: „…“", also after the "so" of
            # a source frame ("So Innenministerin Nancy Faeser am Dienstag: „…“")
            if limit - 1 > ss + 1 and doc[limit - 1].text == ":" and doc[ss].lower_ == "so":
                ss += 1
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
        # a short quoted name belongs to the clause: Die Wochenzeitung „Die Zeit“ meldet; so does a quoted word
        # inside it: "Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen" (token by token, so a
        # comma inside the quotation still ends the clause)
        c = self.clause_start(i, sent_start, lambda t: t if self.short_title_at(self.pair_start_token(t))
                              or self.embedded_quote(t, sent_start) else None)
        while 0 < c < i and doc[c].is_space and doc[c - 1].text in CLAUSE_BREAKS:
            c += 1  # "„…“,      schrieb": blank space after the comma opens no coordinated clause
        if c + 1 < i and doc[c].lower_ in SENTENCE_LINKS and \
                doc[c + 1].lower_ in OPEN_SUBORDINATE and self.in_pair[c] < 0:
            c += 1  # "Doch wie der Sender berichtete, …": the conjunction joins the sentence, the clause opens after it
        # (inside the clause only conjunctions that coordinate clauses: "oder" joins alternatives of one subject,
        # "denn"/"jedoch" open no coordinated clause with a subject of its own here)
        conj = next((u for u in range(i - 2, c, -1) if doc[u].lower_ in {"und", "aber", "doch", "sondern"}
                     and self.in_pair[u] < 0), None)
        if conj is not None and any(self.is_finite_verb(doc[t]) and self.in_pair[t] < 0 for t in range(c, conj)):
            # "Dies war nicht die erste Auseinandersetzung und die Hongkonger befürchten, …": a clause coordinated
            # without a comma has its own subject after the conjunction; a participle needs its own auxiliary there
            # ("und die Polizei hat bestätigt"), else it shares the first clause's ("Experten haben das Wrack
            # untersucht und bestätigt")
            own = [t for t in range(conj + 1, i) if self.is_finite_verb(doc[t])]
            auxiliary = len(own) == 1 and doc[own[0]].lower_ in AUXILIARIES | PERFECT_AUXILIARIES
            if (auxiliary if joined else not own or auxiliary):
                c = conj + 1
        emerges = doc[i].lower_ in {"geht", "gehen", "ging", "gingen", "hervorgeht", "hervorging", "hervorgegangen"} \
            and any(doc[t].lower_.startswith("hervor") for t in range(c, min(sent_end, i + 12)))
        if doc[i].lower_ in HEISSEN_FORMS or emerges:
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
                side = self.agent_start(k) if doc[k].lower_ in {"von", "vonseiten"} else None  # "Von Seiten X hieß es"
                if side is not None and side > k + 1 and side < sent_end:
                    span = self.np_from(side, sent_end)
                    if span is not None:
                        return span
                if side == k + 1 and k > i and doc[k].lower_ == "von" and side < sent_end \
                        and doc[side].lower_ not in self.lex.pronouns:
                    # "…, hieß es von der Polizei": after the verb, "von" names who said it (before it, "Von ihm
                    # hieß es, …" is about whom)
                    span = self.np_from(side, sent_end)
                    if span is not None and self.is_agentive(span):
                        return span
                if doc[k].lower_ in {"in", "im", "aus", "bei", "beim", "seitens", "vonseiten", "vom", "auf"} \
                        and self.in_pair[k] < 0:
                    span = self.np_from(k + 1, sent_end) or self.document_phrase_from(k + 1, sent_end)
                    if span is not None:
                        return span
            return None
        # a participle before a final auxiliary also ends a subordinate clause that reports something: "wie er
        # angegeben hat", "weil X Georgien als „junge Demokratie“ bezeichnet hat" (an adverbial clause with a perfect
        # and no quotation gives its own subject through the rule after this one: "nachdem die Partei entschieden
        # hatte")
        verb_final = self.ends_clause_at(i + 1, sent_end) or (
            self.auxiliary_closes_clause(i, sent_end, PERFECT_AUXILIARIES | {"wird", "werden", "wurde", "wurden"})
            and (doc[c].lower_ == "wie" or any(self.in_pair[t] >= 0 for t in range(c, i))))
        # (also "da sie befürchten, …", "indem er ihm vorwarf, …": the subordinate clause's own subject speaks)
        if doc[c].lower_ in OPEN_SUBORDINATE | {"da", "indem", "obwohl"} and c + 1 < i and verb_final:
            # subordinate clause "wie das Ministerium mitteilte" / "wie t-online.de berichtet": subject after the
            # conjunction (the whole stretch when it is no regular noun phrase)
            span = self.np_after(c + 1, i)
            if span is None and not any(self.is_finite_verb(doc[t]) for t in range(c + 1, i)) and i - c <= 8:
                span = (c + 1, i)
            return span
        if c > sent_start and doc[c].lower_ in ADVERBIAL_SUBORDINATORS and c + 1 < i \
                and self.auxiliary_closes_clause(i, sent_end, PERFECT_AUXILIARIES):
            # "…, nachdem die Partei entschieden hatte, die Delegationen zu bestrafen": a verb-final adverbial clause
            # has its own subject right after the conjunction; the main clause's subject did not decide (a
            # werden-passive, "nachdem entschieden wurde", has no acting subject, so only a perfect counts)
            own_subject = self.np_after(c + 1, i)
            if own_subject is not None:
                return own_subject
        relative_subject = self.prepositional_relative_subject(c, i, sent_start, sent_end)
        if relative_subject is not None:
            return relative_subject
        comma = c - 1
        while comma > sent_start and doc[comma].is_space:
            comma -= 1  # "Jean Claude Mignon,  bezeichnete": a doubled space after the apposition's comma
        if c > sent_start and doc[comma].text == "," and (c == i or (joined and self.is_finite_verb(doc[c]))):
            # "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte …": the subject with its
            # apposition ends at the comma before the verb (or before the auxiliary of a perfect tense)
            apposed = self.apposition_subject(self.second_clause_start(sent_start, comma), comma)
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
            # "Podolski war anwesend und sagte, …": the coordinated clause shares the subject (of the main clause
            # after a semicolon: "…; die Regierung lehnte ab und erklärte, …")
            shared_start = self.after_semicolon(sent_start, i - 1)
            return self.main_subject(shared_start, i - 1) if i - 1 > shared_start else None
        end = i + 1
        while end < sent_end and (doc[end].text not in CLAUSE_BREAKS or self.insertion_partner(end) > end) and (
                self.in_pair[end] < 0 or self.short_title_at(self.pair_start_token(end))):
            end = max(end, self.insertion_partner(end)) + 1  # "hat – nach Angaben der Polizei – der Fahrer …"
        if doc[i].lower_ in {"zitiert", "zitierte", "zitieren", "zitierten"}:
            # "Ein Fernsehsender zitierte Papandreou mit den Worten: …", "zitierte man Yolanda Alvarez": the one
            # quoted is the speaker; the medium quoting them (the subject) only passes the words on
            j = i + 1
            if j < end and doc[j].lower_ == "man":
                j += 1
            quoted_object = self.quoted_object_at(j, end) if c < i else None
            if quoted_object is not None:
                return quoted_object
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
                and doc[after_verb].text in INSERTION_DASHES:
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
                and doc[nxt].lower_ in CONTRASTING_ADVERBS \
                and doc[sent_start].lower_ not in ADVERBIAL_SUBORDINATORS | COMPLEMENTIZERS:
            # "Die Rothemden begrüßten die Ankündigung, fordern aber ein Datum": a main clause coordinated with a
            # comma and "aber" shares the subject of the clause before it
            shared = self.main_subject(sent_start, c - 1)
            if shared is not None:
                return shared
        if c == i and c > sent_start and doc[c - 1].text == ",":
            # "Albrecht Conze, der politische Direktor …, bezeichnete": subject before an apposition
            subject_start = self.second_clause_start(sent_start, c - 1)
            head = self.np_from(subject_start, c) if subject_start < c - 1 else None
            # (an apposition stands between the two commas: in "„Nein“, sagte der Minister" the comma right after the
            # phrase is the verb's own, and the quotation before it is what was said)
            if head is not None and head[1] < c - 1 and doc[head[1]].text == "," and \
                    self.holds_only_insertions(head[1] + 1, c - 1):
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
                return self.with_apposed_name(after, end, sent_end)
        if before:
            return before
        return self.with_apposed_name(self.np_after(after_verb, end), end, sent_end)

    def with_apposed_name(self, span: tuple[int, int] | None, end: int, sent_end: int) -> tuple[int, int] | None:
        """An inverted subject that ends at its clause's comma, extended over the name apposed to it: "erklärte am
        Montag die Vorsitzende der Partei, Anna Keller, man werde klagen", "…, sagte der Sprecher der Regierung,
        Steffen Seibert." — the apposition belongs to the subject (annotators mark role and name as one mention)."""
        if span is None or span[1] != end or end >= sent_end or self.doc[end].text != ",":
            return span
        name_end = self.apposed_name_end(end, sent_end, closing=SENT_END | {","})
        if name_end is None or (name_end + 1 < sent_end and self.relative_opener(name_end + 1, sent_end) is not None):
            return span  # "sagte der Minister, Angela Merkel, die gestern in Paris war, habe …": the content's subject
        return (span[0], name_end)

    def with_quoted_genitive(self, span: tuple[int, int] | None, se: int) -> tuple[int, int] | None:
        """A source phrase extended over a quoted name in the genitive after it: "laut einem Bericht des „Spiegel“",
        "laut einem Bericht der „Süddeutschen Zeitung“" — the quotation marks only set off the medium's name, which
        belongs to the phrase (unquoted, "des Spiegel" is part of it already)."""
        if span is None or span[1] + 1 >= se or self.doc[span[1]].lower_ not in {"des", "der"} or \
                not self.short_title_at(span[1] + 1):
            return span
        close = self.pair_end_token(span[1] + 1, se)
        return (span[0], close + 1) if close is not None else span

    def origin_phrase(self, j: int, se: int) -> tuple[int, int] | None:
        """The noun phrase after "aus" at j that names where a source noun's information came from ("Angaben aus
        Sicherheitskreisen", "Informationen aus dem Ministerium"); None for a time ("Planungen aus dem Jahr 2005"
        says when they were made, not who made them)."""
        if j + 1 >= se or self.doc[j].lower_ != "aus" or self.in_pair[j] >= 0:
            return None
        span = self.np_from(j + 1, se)
        if span is None or any(self.is_time_noun(t) for t in self.doc[span[0]:span[1]]):
            return None
        return span

    def with_origin(self, span: tuple[int, int] | None, se: int) -> tuple[int, int] | None:
        """A source phrase extended over where its information came from: "laut Angaben aus Justizkreisen" (the
        circles gave the information; see ``source_speaker``)."""
        if span is None or span[1] >= se or not self.is_source_noun(self.doc[span[1] - 1].text):
            return span
        origin = self.origin_phrase(span[1], se)
        return (span[0], origin[1]) if origin is not None else span

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
            if tok.text in CLAUSE_BREAKS | SENT_END or self.is_finite_verb(tok) or (
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
        if verb is None or self.clause_start(verb, ss) != ss or doc[ss].lower_ in OPEN_SUBORDINATE | SUBORDINATORS:
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
        if first.lower_ in lex.prepositions | lex.adverbs | OPEN_SUBORDINATE or first.lower_ in lex.pronouns or (
                self.has_pos and first.pos_ in ("ADP", "SCONJ", "ADV", "VERB", "AUX", "PRON")):
            return None
        inner = [t for t in range(ss + 1, comma) if doc[t].text == ","]
        if len(inner) != 1 or any(doc[t].text in CLAUSE_BREAKS - {","} or doc[t].text in SENT_END
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
        if span is None and doc[k].lower_ in HEISSEN_FORMS:
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

    def object_quote_speaker(self, k: int, first: int, ss: int, se: int, joined: bool) -> tuple[int, int] | None:
        """The speaker of a speech act at k whose object is a quoted phrase opening at token ``first`` ("bezeichnete
        die Pläne als „Wortbruch“"): in a werden-passive ("In einem Bericht werden die Vorkehrungen als „extrem“
        bezeichnet", "die als „nebelartig“ beschrieben wurden") the agent or the document named, never the grammatical
        subject, which is what was called so; otherwise the cue's speaker with its fallbacks (``cue_speaker``).
        The auxiliary may stand before the quotation, which ends a clause for ``passive_agent``'s walk."""
        doc = self.doc
        low, lemma = doc[k].lower_, doc[k].lemma_.lower()
        # only a participle makes a werden-passive ("bezeichnet", "genannt", "beschrieben"): not a preterite
        # ("wurde deutlich und nannte …") nor an infinitive ("wird das Gesetz als „Skandal“ bezeichnen")
        participle = low != lemma and not low.endswith(("te", "ten"))
        # the auxiliary must stand in the cue's own conjunct ("Der Minister wurde 70 und hat … als „…“ bezeichnet");
        # an "und" between noun phrases ("der Demonstration und des Treffens") coordinates no clauses
        conjunct = max([ss] + [t + 1 for t in range(ss, k - 1) if doc[t].lower_ in {"und", "oder", "sowie"}
                               and self.in_pair[t] < 0 and self.is_finite_verb(doc[t + 1])])
        passive = self.passive_agent(k, conjunct, se) if participle else None
        if passive is None and participle and first > conjunct + 1:
            passive = self.passive_agent(first - 1, self.clause_start(first - 1, conjunct), first)
        if passive is not None:
            return passive[1] if passive[1] is not None else self.document_source(k, ss, anywhere=True)
        return self.cue_speaker(k, ss, se, joined)

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
        if doc[k].lower_ in HEISSEN_FORMS | {"gibt", "gab", "gebe"}:
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
        aux = next((t for t in range(c, k) if doc[t].lower_ in PASSIVE_AUXILIARIES), None)
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

    def agent_start(self, t: int) -> int | None:
        """Where the agent phrase starts when token t opens a passive's agent: "von/vom X", "seitens X", "von Seiten X",
        "vonseiten X" (the "Seiten" only points at the side that acted: "von Seiten der Polizei" names the police)."""
        doc = self.doc
        if self.in_pair[t] >= 0:
            return None
        low = doc[t].lower_
        if low == "von" and t + 2 < len(doc) and doc[t + 1].lower_ == "seiten":
            return t + 2
        return t + 1 if low in {"von", "vom", "seitens", "vonseiten"} and t + 1 < len(doc) else None

    def passive_agent(self, k: int, ss: int, se: int,
                      skip_attributes: bool = True) -> tuple[bool, tuple[int, int] | None] | None:
        """For a participle cue in a werden-passive ("Ihm wird vorgeworfen, …", "wurde von der Polizei mitgeteilt"):
        (True, the "von X" agent or None). None when the clause is not passive. The grammatical subject of a passive
        is the one spoken about or to, never the speaker. ``skip_attributes``: a "von" attribute of a noun ("eine
        Summe von zehn Millionen") is no agent; with False it counts too (it still marks a passive naming a source)."""
        doc = self.doc
        c = self.clause_start(k, ss)
        e = k + 1
        while e < se and doc[e].text not in CLAUSE_BREAKS | SENT_END and self.in_pair[e] < 0:
            e += 1
        if not any(doc[t].lower_ in PASSIVE_AUXILIARIES for t in range(c, e) if t != k):
            return None
        for t in range(c, e):
            agent = self.agent_start(t)
            if agent is not None and t != k - 1 and not (skip_attributes and self.attribute_von(t, e)):
                span = self.np_from(agent, e)
                if span is not None and (self.is_agentive(span) or any(
                        self.is_cap(x) and self.is_noun(x) for x in doc[span[0]:span[1]])):
                    return True, span
        return True, None

    def attribute_von(self, t: int, end: int) -> bool:
        """The "von" at t attaches to the common noun before it ("eine Transfersumme von zehn Millionen Euro", "die
        Übernahme von Volkswagen"), so it names no agent of the passive. Why: an agent phrase usually has its own
        article ("von der Polizei", "von seinen Kritikern"), while a "von" attribute in place of a genitive takes a
        bare noun, a name or a number; a name before "von" ("NPR von seinen Kritikern") is the passive's subject."""
        doc = self.doc
        if t == 0 or t + 1 >= end or doc[t].lower_ != "von" or self.in_pair[t - 1] >= 0:
            return False
        before, after = doc[t - 1], doc[t + 1]
        if not (before.pos_ == "NOUN" and not before.ent_type_ and self.is_cap(before)):
            return False
        return after.lower_ not in self.lex.determiners and after.lower_ not in self.lex.pronouns

    def inverted_after_quote(self, last_tok: int, se: int) -> tuple[int, int] | None:
        """ "„…“, erinnerte sich Trotnow später": a finite verb right after the quotation's comma opens an inverted
        clause whose subject is the speaker, even when the verb is no reporting verb of the lexicon."""
        doc = self.doc
        v = last_tok + 1
        after_so = v + 2 < se and doc[v].text in {",", "–", "—"} and doc[v + 1].lower_ == "so" \
            and self.in_pair[v + 1] < 0
        if after_so:
            # "„Wir geben nicht nach“ – so reagiert die Gewerkschaft": "so" points back to the words, and the verb
            # after it opens the inverted clause
            v += 1
        if v + 1 >= se or doc[v].text not in {",", "so"} or not self.is_finite_verb(doc[v + 1]) or \
                not doc[v + 1].text[:1].islower():
            return None
        end = v + 2
        while end < se and doc[end].text not in CLAUSE_BREAKS | SENT_END and self.in_pair[end] < 0:
            end += 1
        span = self.np_after(v + 2, end)
        if span is not None and after_so:
            # the phrase's head must speak, not only its genitive: "– so lautet das Motto der Gewerkschaft"
            head = next((t for t in range(span[0], span[1]) if self.is_noun(doc[t])), span[1] - 1)
            return span if self.is_agentive((span[0], head + 1)) else None
        return span if span is not None and self.is_agentive(span) else None

    def fallback_subject(self, k: int, ss: int) -> tuple[int, int] | None:
        """A speaker for a cue whose clause has no subject the noun-phrase rules find.

        A relative pronoun opening the cue's clause (", der alle aufforderte, …") is the mention (it stands for the
        phrase before it); a demonstrative right before the verb ("Dieser behauptete") likewise; otherwise the
        agentive phrase opening the sentence, across an apposition or an inserted phrase ("Einer der Putschisten,
        Harouna Adamou, dankte … und ergänzte, …", "Wie der Weltverband FIFA in der Nacht bekanntgegeben hat")."""
        doc, lex = self.doc, self.lex
        c = self.clause_start(k, ss)
        if c > ss and doc[c - 1].text == "," and c < k and doc[c].lower_ in RELATIVE_PRONOUNS and \
                not self.is_noun(doc[c + 1]) and not self.is_modifier(doc[c + 1]):
            return (c, c + 1)
        if c + 1 == k and doc[c].lower_ in {"dieser", "diese", "letzterer", "letztere", "jener"}:
            return (c, c + 1)
        aux = next((t for t in range(ss, k) if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])), None)
        if aux is not None and aux > ss and doc[ss].lower_ not in OPEN_SUBORDINATE:
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
                    second is not None and second.lower_ in AUXILIARIES | PERFECT_AUXILIARIES
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
            while e < k and doc[e].text not in CLAUSE_BREAKS and not self.is_finite_verb(doc[e]):
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
        # the comma before a relative pronoun, also across a frame word ("…, laut dem …", "…, nach denen …")
        comma = s - 1 if s > 1 and doc[s - 1].text == "," else \
            s - 2 if s > 2 and doc[s - 2].text == "," and doc[s - 1].lower_ in {"laut", "nach", "gemäß"} else None
        if e == s + 1 and comma is not None and doc[s].lower_ in RELATIVE_PRONOUNS | RELATIVE_DATIVE:
            # ", der alle aufforderte": the mention is the relative pronoun, the speaker the phrase it refers to
            # the nearest noun before the comma (the clause may be extraposed: "wurde ein Prediger zugeschaltet, der")
            t = next((x for x in range(comma - 1, max(-1, comma - 13), -1) if self.is_noun(doc[x])
                      and self.in_pair[x] < 0 and doc[x].text not in CLAUSE_BREAKS | SENT_END), None)
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
                     and doc[x].text not in CLAUSE_BREAKS | SENT_END), None)

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

    @staticmethod
    def first_suffix(low: str, index: dict[str, tuple[int, str]]) -> str | None:
        """The first word (in the order of its list) whose lower case ends ``low``, from the list's ``suffix_index``
        (``lex.person_role_suffixes``, ``lex.organisation_noun_suffixes``). Why an index of the words: testing each of
        ~1,000 role nouns with ``endswith`` was the cost of every new word; the word's own endings are few."""
        best: tuple[int, str] | None = None
        for j in range(len(low) + 1):
            hit = index.get(low[j:])
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
        return None if best is None else best[1]

    def scan_role_gender(self, word: str) -> tuple[str, str | None] | None:
        if word.rsplit("-", 1)[-1][:1].islower() and "-" in word:
            return None  # a lower-case part after a hyphen spells an adjective: "45-jährige", not "der 52-Jährige"
        low = word.lower()
        role = self.first_suffix(low, self.lex.person_role_suffixes)
        if role is not None:
            if role.endswith("in") and len(role) > 3:
                return role, "F"
            # "Minister"/"Ministerin", "Experte"/"Expertin" are male forms; "Vorsitzende" does not tell
            female = role + "in" if role.endswith("er") else role[:-1] + "in" if role.endswith("e") else None
            return role, None if female is not None and female not in self.lex.person_roles else "M"
        role = self.first_suffix(low, self.lex.organisation_noun_suffixes)
        if role is not None:
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
            if word in self.lex.address_titles:
                return self.lex.address_titles[word]
            found = self.role_gender(word) if word[:1].isupper() else None
            if found is not None and found[1] is not None:
                return found[1]
        return None

    def is_agentive(self, span: tuple[int, int]) -> bool:
        """A phrase that can be the one who speaks: a pronoun, a person or organisation, a role noun."""
        doc = self.doc
        for t in doc[span[0]:span[1]]:
            if t.lower_ in self.lex.pronouns and t.i + 1 < span[1] \
                    and t.lower_.startswith((*POSSESSIVE_PREFIXES, "unser")) \
                    and (self.is_noun(doc[t.i + 1]) or self.is_modifier(doc[t.i + 1])):
                continue  # "ihr Karriereende", "sein Rücktritt": a possessive before its noun, no pronoun that speaks
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
        return not self.is_agentive(span) and self.thing_head(span, persons_exempt=False)

    def thing_head(self, span: tuple[int, int], persons_exempt: bool) -> bool:
        """The first capitalised noun of the phrase names a thing (non_speaker_nouns.tsv) and is no name, source,
        speech act or document; with ``persons_exempt`` also no pronoun, role noun or counted noun ("22 Prozent")."""
        doc, lex = self.doc, self.lex
        head = next((t for t in doc[span[0]:span[1]] if self.is_noun(t) and self.is_cap(t)
                     and t.lower_ not in lex.determiners), None)
        if head is None or head.ent_type_ in ("PER", "ORG") or self.in_pair[head.i] >= 0:
            return False
        if persons_exempt and (head.lower_ in lex.pronouns or self.role_gender(head.text) is not None
                               or (head.i > span[0] and doc[head.i - 1].like_num)):
            return False
        low = head.text.lower()
        if head.text in lex.source_nouns or head.text in lex.speech_act_nouns or \
                low.endswith(lex.document_nouns) or low.endswith(lex.speaker_exceptions):
            return False
        return low.endswith(lex.non_speaker_endings) or low.endswith(lex.non_speaker_words)

    def text_of_holder(self, words: list[Token], n: int) -> bool:
        """words[n] names a text its holder issued (document_nouns.txt, marked "author") and a genitive or "von"
        holder follows that is no text itself: "einer Erklärung der Bundesregierung", "einem Schreiben des
        Ministeriums" — the holder speaks (not "die Begründung des Urteils", "die Konferenz der Innenminister")."""
        low = words[n].lower_
        return n + 2 < len(words) and low.endswith(self.lex.authored_documents) \
            and words[n + 1].lower_ in {"der", "des", "von", "vom"} \
            and not words[n + 2].lower_.endswith(self.lex.document_nouns)
    def source_speaker(self, mention: TextSpan, words: list[Token]) -> Speaker | None:
        """ "Angaben der Feuerwehr", "ersten Erkenntnissen", "ihren Berechnungen": a source phrase. The mention stays
        (annotators mark the phrase); the name is the one who gave the information, or None."""
        lex = self.lex
        n = 0
        possessive: str | None = None
        while n < len(words) and words[n].text not in lex.source_nouns and not self.text_of_holder(words, n):
            low = words[n].lower_
            if low.startswith(POSSESSIVE_PREFIXES) and low not in {"ihm", "ihnen"}:
                possessive = low
            elif not (low in lex.determiners or self.is_modifier(words[n]) or low in {"neuen", "ersten", "eigenen"}):
                return None
            n += 1
        if n >= len(words):
            return None
        holder = words[n + 1:]
        while holder and holder[0].lower_ in {"der", "des", "von", "vom", "aus", "dem", "den", "einer", "eines",
                                              "zufolge"}:
            holder = holder[1:]
        if len(holder) > 3 and holder[-1].text == ")" and holder[-3].text == "(":
            holder = holder[:-3]  # the abbreviation in brackets is no part of the name: "… in Europa (OSZE)"
        while holder and not self.is_cap(holder[-1]):
            holder = holder[:-1]
        if holder:
            hs, he = holder[0].idx, holder[-1].idx + len(holder[-1].text)
            # the entity is looked up on the holder's head: "Angaben des seismologischen Instituts von Athen" come
            # from the institute, not from the place in its attribute
            head = holder[:self.phrase_head_end(holder)]
            entity_id, name = self.entity_for(TextSpan(hs, head[-1].idx + len(head[-1].text),
                                                       self.text[hs:head[-1].idx + len(head[-1].text)]))
            if self.place_in_attribute(head, entity_id) is not None:
                entity_id, name = None, None  # "Angaben der Polizeidirektion Hannover": the directorate, not the city
            if name is None:
                name = self.nominative(holder)
                before = self.doc[holder[0].i - 1] if holder[0].i > 0 else None
                if len(holder) > 1 and before is not None and before.lower_ in {"der", "des", "dem", "den"}:
                    # with its article the case shows, so a common adjective is re-inflected too ("des
                    # seismologischen Instituts" -> "seismologisches Institut")
                    name = nominative_name(f"{before.text} {name}")
                if before is not None and (weak := weak_noun_name(before.text, self.text[hs:he])) is not None:
                    name = weak  # "Aussage eines Polizisten" -> "ein Polizist", "des Kollegen" -> "Kollege"
                elif before is not None and before.lower_ == "eines" and \
                        (read := nominative_name(f"des {name}")) != name:
                    # after a source noun "eines" is the genitive article, never "Eines Tages": "Angaben eines
                    # Mitarbeiters des Roten Kreuzes" -> "ein Mitarbeiter des Roten Kreuzes"
                    name = f"ein {read}"
                elif before is not None and before.lower_ == "einer" and \
                        (read := nominative_name(f"einer {name}")).startswith("eine "):
                    name = read  # "Angaben einer russischen Quelle" -> "eine russische Quelle"
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
        elif words[n].text.lower().endswith(lex.document_nouns):
            # "nach dem Urteil", "nach der Studie": with no one named, the text itself is the source, so a later
            # "Demnach …" refers to it by name
            return Speaker(mention, None, words[n].text)
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
        pair = self.coordinated_person_names(words)
        if pair is not None:
            # "Merkel und Macron betonten": both speak, so the speaker is named by both (no single entity)
            speaker = Speaker(mention, None, pair)
            self.named_speakers.append((mention.start, speaker))
            return speaker
        head_end = self.phrase_head_end(words)
        head = words[:head_end]
        hs, he = head[0].idx, head[-1].idx + len(head[-1].text)
        entity_id, name = self.entity_for(TextSpan(hs, he, self.text[hs:he]))
        place_end = self.place_in_attribute(head, entity_id)
        if place_end is not None:
            # "Die Regierung Guatemalas": the government speaks, not the country; the phrase up to the place names it
            named = [t for t in head if t.lower_ not in lex.determiners]
            entity_id, name = None, self.text[named[0].idx:place_end]
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
            subject = self.role_subject_before(mention.start, gender) if number != "Plur" else None
            if subject is not None:
                return Speaker(mention, subject.entity, subject.name)
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
        name_at = len(words)
        while name_at > head_end and words[name_at - 1].ent_type_ == "PER":
            name_at -= 1
        before_name = words[name_at - 1] if name_at > 0 else None
        if head_end < name_at < len(words) and words[name_at].ent_iob_ == "B" and len(words) - name_at >= 2 and \
                before_name is not None and self.is_noun(before_name) and before_name.ent_type_ != "PER" and \
                (self.role_gender(before_name.text) or ("", "O"))[1] == "O":
            # "Der Präsident der Bundesbank Joachim Nagel": a role with its genitive, then the person's full name
            # without a comma; the name ends the phrase and names the speaker (not after a role in the genitive:
            # "Die Sprecherin der Kanzlerin Angela Merkel", nor after "von": "Die Sprecherin von Angela Merkel")
            ts, te = words[name_at].idx, words[-1].idx + len(words[-1].text)
            person_entity, person_name = self.entity_for(TextSpan(ts, te, self.text[ts:te]))
            speaker = Speaker(mention, person_entity, person_name or self.text[ts:te])
            self.named_speakers.append((mention.start, speaker))
            return speaker
        content = [t for t in head if t.lower_ not in lex.determiners]
        role: str | None = None
        role_gender: str | None = None
        names: list[Token] = []
        genitive_end = self.genitive_name_end(content)  # "Angela Merkels Sprecher": index of "Merkels", else -1
        for n, t in enumerate(content):
            found = self.role_gender(t.text) if self.is_cap(t) else None
            if found is None and _AGE_NOUN.fullmatch(t.text) and lows[0] in {"der", "die"}:
                # "der 52-Jährige": a person described by age; the nominalised adjective has one form for both
                # genders, so the article tells
                found = ("Jährige", "M" if lows[0] == "der" else "F")
            if found:
                role, role_gender = found
                if role_gender is None and lows[0] in {"der", "die"}:
                    # "Der Liberale", "die Vorsitzende": the same, for a role noun
                    role_gender = self.article_gender(" ".join(x.text for x in head))
                    if role_gender is None:
                        # "der Familienvater", "die Mutter": a noun whose gender its form does not show
                        role_gender = lex.descriptive_role_genders.get(role.lower())
                rest = content[n + 1:]
                if rest and all(self.is_cap(x) for x in rest):
                    names = rest
                break
            if not (self.is_modifier(t) or t.text[:1].islower() or self.prenominal_genitive(content, n)
                    or n <= genitive_end):
                break
        if place_end is not None:
            names = []  # the place after the role noun names no person: "Der Präsident Indonesiens"
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
        last = max(genitive_end, 0)
        genitive = content[last] if content else None
        if role and not names and entity_id is not None and genitive is not None and len(content) > last + 1 \
                and (self.prenominal_genitive(content, 0) or genitive_end > 0) \
                and self.role_gender(genitive.text) is None \
                and not any(t.ent_type_ == "PER" for t in content[last + 1:]) and self.entity_for(
                    TextSpan(content[0].idx, genitive.idx + len(genitive.text),
                             self.text[content[0].idx:genitive.idx + len(genitive.text)]))[0] == entity_id:
            # "Irans Außenminister", "Merkels Sprecher": the entity is the genitive's (whose minister), not the speaker
            entity_id, name = None, None
        if role and not names and entity_id is None and name is None:
            # "die Ministerin" refers back to a person introduced earlier; "ein Sprecher der Stadt" is someone new
            definite = lows[0] in {"der", "die", "das", "den", "dem", "des"}
            described = head_end < len(words)
            if role_gender == "M" and lows[0] == "die":
                # "Die Wissenschaftler sagten": a masculine noun after "die" is a plural (the same form as the
                # singular), a group and not the man named before
                role_gender = None
            # ("der Unternehmer", "die 45-Jährige": the article agrees with the noun's gender, so it is no plural,
            # "die Wissenschaftler")
            descriptive = definite and not described and role.lower().endswith(lex.descriptive_roles) and \
                lows[0] == {"M": "der", "F": "die"}.get(role_gender or "")
            # an indefinite article introduces someone new: "ein Polizeisprecher" after "ein Sprecher der Stadt" is
            # not the city's spokesman
            if role_gender is None and definite and not described and lows[0] in ("der", "die"):
                # "der 52-Jährige", "die Vorsitzende": a nominalised adjective has no -in form; the subject's article
                # (nominative) tells the gender
                role_gender = "M" if lows[0] == "der" else "F"
            antecedent = None if lows[0] in INDEFINITE_ARTICLES else \
                self.antecedent(mention.start, role=role, gender=role_gender if definite and not described else "none",
                                descriptive=descriptive)
            if antecedent is None and definite and not described and role_gender == "O":
                antecedent = self.organisation_referent(mention.start, content[-1].text if content else role)
            if antecedent:
                return Speaker(mention, antecedent.entity, antecedent.name)
            # (without a closing bracket of party or age: "Die Ministerin (CDU)" is named "Ministerin")
            speaker = Speaker(mention, None, re.sub(r"\s*\([^()]*\)$", "", mention.text))
            if lows[0] in INDEFINITE_ARTICLES and role_gender in ("F", "M") or definite and not described \
                    and role_gender in ("F", "M"):
                # "Ein Sprecher des Übergangsrates sagte … Er kündigte …", "Die Ministerin sagte … Sie fügte hinzu":
                # a person a later pronoun points back to, though nobody named them
                self.named_speakers.append((mention.start, speaker))
                self.unnamed_referents.add(mention.start)
            return speaker
        if name is not None and entity_id is not None and \
                all(part in load_lexicons().first_names for part in name.split("-")) and \
                (at := mention.text.find(name)) >= 0 and \
                (particle := _PARTICLE_SURNAME.match(mention.text, at + len(name))) is not None and \
                particle.end() == len(mention.text.rstrip(" ,")):
            # the entity layer may end a person's name before its particle: "Ursula" of "Ursula von der Leyen" (a
            # full name followed by "von" names an employer: "Joe Stork von HRW")
            name = mention.text[at:particle.end()]
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

    def coordinated_person_names(self, words: list[Token]) -> str | None:
        """Two person names joined by "und"/"sowie" that make up the whole phrase ("Merkel und Macron", "Özcan Mutlu
        und Benedikt Lux"): the display name of both, each resolved like a single name ("Angela Merkel und Emmanuel
        Macron"); None for anything else (a role or article before them, a third conjunct)."""
        joins = [n for n, t in enumerate(words) if t.lower_ in _NAME_JOINS]
        if len(joins) != 1 or not 0 < joins[0] < len(words) - 1:
            return None
        first = words[0].i
        if first >= 2 and self.doc[first - 1].text == "," and self.doc[first - 2].ent_type_ == "PER" or \
                words[-1].i + 2 < len(self.doc) and self.doc[words[-1].i + 1].lower_ in _NAME_JOINS | {","} and \
                self.doc[words[-1].i + 2].ent_type_ == "PER":
            return None  # "Scholz, Habeck und Lindner", "Scholz und Habeck sowie Lindner": a longer list
        names: list[str] = []
        for part in (words[:joins[0]], words[joins[0] + 1:]):
            if part[0].ent_iob_ != "B" or any(t.ent_type_ != "PER" for t in part) or \
                    (part[-1].i + 1 < len(self.doc) and self.doc[part[-1].i + 1].ent_iob_ == "I"):
                return None
            ps, pe = part[0].idx, part[-1].idx + len(part[-1].text)
            # (a name the recogniser split in two, "Özcan | Mutlu", keeps its text)
            _, name = self.entity_for(TextSpan(ps, pe, self.text[ps:pe])) \
                if not any(t.ent_iob_ == "B" for t in part[1:]) else (None, None)
            names.append(name or self.text[ps:pe])
        return f"{names[0]} {words[joins[0]].lower_} {names[1]}"

    def phrase_head_end(self, words: list[Token]) -> int:
        """Where the head of a noun phrase ends, before a genitive, "von" or prepositional attribute: "die Expertin |
        der Tagespost Nord" names the expert, not the newspaper; "Die Opposition | im Bundestag" the opposition."""
        for n in range(1, len(words)):
            # (a bracket after a role noun adds the person's party or age: "Die Ministerin (CDU)" is no CDU speaker;
            # after an organisation it gives its abbreviation: "Die Weltgesundheitsorganisation (WHO)")
            opens_attribute = words[n].lower_ in {"der", "des", "von", "vom", "eines", "einer"} or \
                self.attribute_preposition(words, n) or (
                    words[n].text == "(" and (self.role_gender(words[n - 1].text) or ("", "O"))[1] != "O")
            if opens_attribute and any(self.is_noun(t) for t in words[:n]):
                return n
        return len(words)

    def attribute_preposition(self, words: list[Token], n: int) -> bool:
        """"Ein Gericht | im US-Bundesstaat Virginia", "Die Opposition | im Bundestag": a preposition right after the
        phrase's only noun opens an attribute; the place or body in it is not who speaks. Not inside a name ("Ärzte
        ohne Grenzen" after "Hilfsorganisation", "Karl-Theodor zu Guttenberg") nor before the person's name ("Der
        EU-Kommissar für Energie Günther Oettinger")."""
        if words[n].lower_ not in self.lex.prepositions or words[n - 1].pos_ != "NOUN" or \
                words[n - 1].ent_type_ or words[n].lower_ in _NAME_PARTICLES:
            return False
        # (an adjective the tagger marks as one is no second noun: "Der 45-jährige Familienvater | aus Köln", "Die
        # Deutsche Schutzvereinigung | für Wertpapierbesitz")
        nouns = sum(self.is_noun(t) and t.pos_ != "ADJ" for t in words[:n])
        return nouns == 1 and not any(t.ent_type_ == "PER" for t in words[n:])

    def genitive_name_end(self, words: list[Token]) -> int:
        """Index of the last word of a name of several words in the genitive that opens the phrase ("Angela Merkels
        Sprecher", "Wladimir Putins Sprecher"): one entity's words, the last ending in -s, a capitalised word after
        it; -1 when the phrase opens otherwise (a one-word genitive is ``prenominal_genitive``)."""
        if len(words) < 3 or words[0].ent_iob_ != "B" or not words[0].ent_type_:
            return -1
        n = 0
        while n + 1 < len(words) and words[n + 1].ent_iob_ == "I":
            n += 1
        if n == 0 or n + 1 >= len(words) or not self.is_cap(words[n + 1]) or \
                not words[n].text.endswith(("s", "'", "’")):
            return -1
        return n

    def prenominal_genitive(self, words: list[Token], n: int) -> bool:
        """"Tarsiens Chefunterhändler Ilja Remesch", "Merkels Sprecher": a name in the genitive before the noun it
        modifies. The head of a German noun phrase is at its end, so the phrase names the one after the genitive."""
        t = words[n]
        return n == 0 and len(words) > 1 and self.is_cap(words[1]) and t.text.endswith(("s", "'", "’")) and \
            (t.ent_type_ in ("PER", "ORG", "LOC") or t.pos_ == "PROPN")

    def entity_for(self, mention: TextSpan) -> tuple[str | None, str | None]:
        doc = self.doc
        for start, end, eid in doc._.speaker_mentions or []:
            if start < mention.end and mention.start < end:
                entity = self.entities_by_id.get(eid)  # (the doc's table, not one built per call)
                return eid, entity.name if entity is not None else None
        for ent in doc._.entities or []:
            for ev in ent.mentions:
                if ev.start < mention.end and mention.start < ev.end:
                    return ent.id, ent.name
        for span in self.ents:
            if span.label_ in ("PER", "ORG") and span.start_char < mention.end and mention.start < span.end_char:
                return None, span.text
        if mention.text in self.person_name_words and mention.text[:1].isupper():
            # a surname alone where the recogniser missed it ("forderte Vorin"): the one person of the document who
            # has that name, "Aleksander Vorin"
            people = [e for e in doc._.entities or [] if e.type == "PER" and mention.text in e.name.split()[1:]]
            if len(people) == 1:
                return people[0].id, people[0].name
        return None, None

    def place_in_attribute(self, head: list[Token], entity_id: str | None) -> int | None:
        """The entity found in a speaker's head phrase is a place named after the noun that names who speaks:
        "Angaben der Polizeidirektion Hannover", "Die Regierung Guatemalas", "Der Präsident Indonesiens, …". The place
        is where or whose the speaker is; it did not speak. Not when the noun names the place's own kind ("die Stadt
        Nürnberg", place_kind_nouns.txt) or the place comes first ("Berlins Bürgermeister"). Returns where the place
        ends (the speaker's name ends there too), else None."""
        entity = self.entities_by_id.get(entity_id) if entity_id else None
        if entity is not None and entity.type == "ORG":
            # "Die Bundesregierung Österreichs": the body the recogniser tagged is found first; the place after it
            # is still only its attribute
            entity = next((e for e in self.doc._.entities or [] if e.type == "LOC" and any(
                ev.start <= t.idx < ev.end for ev in e.mentions for t in head)), None)
        if entity is None or entity.type != "LOC":
            return None
        place = next((ev for ev in entity.mentions if any(ev.start <= t.idx < ev.end for t in head)), None)
        if place is None:
            return None
        place_start = place.start
        before = [t for t in head if t.idx < place_start and t.lower_ not in self.lex.determiners]
        if not before or not self.is_cap(before[-1]) or not self.is_noun(before[-1]) or \
                before[-1].ent_type_ not in ("", "ORG") or len(before) == 1 and (
                    before[0].lower_ in self.lex.place_kind_nouns
                    or before[0].lower_.endswith(self.lex.place_kind_endings)):
            # ("Die Bundesregierung Österreichs": a body the recogniser tagged is no obstacle)
            return None
        role = self.role_gender(before[-1].text)
        if role is None and head_in_nominative(before[-1].text) is None and (
                not self.has_pos or before[-1].pos_ != "NOUN"):
            return None  # a word that is no known role or common noun may be a first name: "Rop Gonggrijp"
        # after a person's role only a place in the genitive is an attribute ("Der Präsident Indonesiens"); a name
        # without one is the person's ("OPEC-Generalsekretär Abdalla al Badri", however it was typed)
        return place.end if role is None or role[1] == "O" or self.text[:place.end].endswith("s") else None

    def speaker_gender(self, speaker: Speaker) -> str | None:
        texts = [speaker.mention.text] if speaker.mention else []
        if speaker.entity:
            entity = self.entity_of(speaker)
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
            return self.first_name_gender(speaker)
        return known

    def first_name_gender(self, speaker: Speaker) -> str | None:
        """"Annegret Hollmann" (F), "Recep Yıldız" (M): the gender a person's first name tells (first_name_genders.tsv,
        names used for both genders left out), from the first word of a name followed by a surname."""
        genders = load_lexicons().first_name_genders
        names = [speaker.name or ""]
        if speaker.mention is not None:
            names.append(speaker.mention.text)
        if speaker.entity is not None:
            # the entity's full name ("Macron" mentioned, "Emmanuel Macron" known)
            entity = self.entity_of(speaker)
            names += [entity.name] if entity is not None and entity.type == "PER" else []
        for name in names:
            # the first capitalised word after articles and role nouns ("Unternehmer Recep Yıldız"); any other noun
            # first makes the phrase about someone else ("Die Familie von Angela Schmidt")
            words = [w for w in name.split() if w[:1].isupper() and w.lower() not in self.lex.determiners]
            while words and words[0] not in genders and self.role_gender(words[0]) is not None:
                words = words[1:]
            if len(words) >= 2 and words[0] in genders:
                return genders[words[0]]
        return None

    def article_gender(self, text: str) -> str | None:
        """"die Abgeordnete" (F), "der Vorsitzende" (M): a singular nominative article before a role noun whose
        form does not tell the gender (a nominalised adjective ending in -e)."""
        words = text.split()
        if len(words) < 2 or words[0].lower() not in MASCULINE_NOMINATIVE_ARTICLES | FEMININE_NOMINATIVE_ARTICLES:
            return None
        for word in words[1:]:
            found = self.role_gender(word) if word[:1].isupper() else None
            if found is not None:
                if found[1] is None and word.endswith("e"):
                    return "F" if words[0].lower() in FEMININE_NOMINATIVE_ARTICLES else "M"
                return None
        return None

    def antecedent(self, before: int, role: str | None, gender: str | None = None,
                   number: str | None = None, descriptive: bool = False) -> Speaker | None:
        """The person a pronoun or role noun refers to: the latest fitting named speaker or mention before it.

        ``gender`` "F"/"M" rules out speakers known to be of the other gender (and organisations for "M"
        persons via role nouns); "none" allows only an exact role match (a new, described referent).
        ``number`` "Sing"/"Plur" (of a personal pronoun, see ``pronoun_number``) rules out referents a
        pronoun of that number cannot name (see ``pronoun_may_name``). ``descriptive``: the role noun, singular
        with its article, describes a person (descriptive_roles.txt), so it may name the latest person named before
        whose gender fits."""
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
                if start in self.unnamed_referents and self.person_named_between(start, before):
                    break  # "Der Sprecher sagte … Der Familienvater Peter Müller wurde gefasst. Er sagte …": the person
                subject = self.person_subject_before(before, after=start)
                if subject is None and gender == "F":
                    subject = self.body_subject_before(before, start, number)
                if subject is not None and fits(subject):
                    return subject
                return speaker
            if role is not None and speaker.mention and role in speaker.mention.text:
                return speaker
        if role is not None:
            # a named speaker introduced by a compound of the role noun, when none had the noun itself ("Die
            # Umweltschutzorganisation WWF … Die Umweltschutzorganisation hofft"; "US-Präsident Joe Biden …
            # Ministerpräsident Markus Söder … Der Präsident" is Biden, found above)
            compound = next((speaker for start, speaker in reversed(self.named_speakers)
                             if start < before and speaker.mention and speaker.entity is not None
                             and any(word.lower().endswith(role.lower()) for word in speaker.mention.text.split())),
                            None)
            if compound is not None:
                return compound
        if role:
            # "die Ökonomin Veronika Grimm" earlier in the text, or the entity with that role
            matches = list(re.finditer(rf"{re.escape(role)}\s+((?:[A-ZÄÖÜ][\w-]+\s?){{1,3}})", self.text[:before]))
            if matches:
                return Speaker(None, None, matches[-1].group(1).strip())
            # (of two persons with the role the one named last: "Wirtschaftsminister A … Verkehrsminister B … Der
            # Minister sagte" is B)
            with_role = [(max(m.start for m in ent.mentions if m.start < before), ent)
                         for ent in self.doc._.entities or []
                         if ent.type == "PER" and any(r.endswith(role) or r.endswith(role.lower()) for r in ent.roles)
                         and any(m.start < before for m in ent.mentions)]
            if with_role:
                ent = max(with_role, key=lambda found: found[0])[1]
                return Speaker(None, ent.id, ent.name)
            if gender in ("F", "M"):
                # "die Ministerin" after "Bundesaußenministerin Katrin Albers forderte …": the latest person speaker
                # whose gender fits
                latest: tuple[int, Speaker] | None = None
                for start, speaker in reversed(self.named_speakers):
                    if start < before and speaker.entity is not None and fits(speaker) and \
                            self.speaker_gender(speaker) != "O" and self.is_person(speaker):
                        latest = (start, speaker)
                        break
                # (as for a pronoun, a person who is the subject of the sentence just before, named after that
                # speaker, is the topic: "Die Sondergesandte Okonjo zeigte sich optimistisch. „…“, sagte die
                # Diplomatin"; with no speaker that fits, the person the sentence before is about)
                # (an office is held by someone the text may never name: "Der Angeklagte Mair schwieg. Der Richter
                # sagte …" is no Mair, so only describing nouns take the subject)
                subject = self.person_subject_before(before, after=latest[0] if latest is not None else -1) \
                    if descriptive else None
                if subject is not None and fits(subject) and self.is_person(subject):
                    return subject
                if descriptive:
                    # "Klaus Meier gründete die Firma. Der Unternehmer sagte …": news name a person, then describe
                    # them by occupation, party or age, so the latest person named after that speaker counts too
                    named = self.person_named_before(before, gender)
                    if named is not None and (latest is None or named[0] > latest[0]):
                        latest = named
                return latest[1] if latest is not None else None
            return None
        body = self.body_subject_before(before, -1, number) if gender == "F" else None
        if body is not None:
            return body
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

    def sentence_before(self, before: int) -> tuple[int, int] | None:
        """Token range of the sentence right before the one holding char offset ``before`` (None in the first)."""
        sentences = self.sentences()
        at = next((n for n, (ss, se) in enumerate(sentences) if self.doc[ss].idx <= before < self.doc[se - 1].idx +
                   len(self.doc[se - 1].text) + 1), None)
        return sentences[at - 1] if at else None

    def body_subject_before(self, before: int, after: int, number: str | None) -> Speaker | None:
        """The body or group that is the subject of the sentence right before the one at char offset ``before``,
        when that sentence starts after char offset ``after``, for a "sie" of ``number``: "Die Polizei sperrte die
        Straße ab. Sie teilte mit, …" (singular: a feminine body), "Die Grünen legten einen Antrag vor. Sie
        forderten, …" (plural: a party, body or group). The pronoun continues the topic of the sentence before it;
        the subject's article "die" and its verb's number must agree with the pronoun."""
        previous = self.sentence_before(before)
        if previous is None or number not in ("Sing", "Plur"):
            return None
        ss, se = previous
        if self.doc[ss].idx <= after or self.person_named_between(self.doc[ss].idx - 1, before):
            return None  # (a person named since is nearer: "Halima Jouini sagte: „…“, betont sie")
        found = self.pronoun_subject(ss, se, ("die",), number)
        if found is None:
            return None
        subject, head = found
        body = any(t.ent_type_ == "ORG" for t in head) or any(
            (self.role_gender(t.text) or ("", None))[1] == "O" for t in head if self.is_cap(t))
        group = number == "Plur" and any(self.role_gender(t.text) is not None for t in head if self.is_cap(t))
        if not (body or group) or any(t.ent_type_ == "PER" for t in head):
            return None
        if number == "Sing" and any(
                self.lex.address_titles.get(t.text) == "F" or (self.role_gender(t.text) or ("", None))[1] == "F"
                for t in self.doc[subject[1]:se] if self.is_cap(t) and self.in_pair[t.i] < 0):
            return None  # "Die Polizei nahm die Frau fest. Sie sagte, …": a woman named after the subject may be "sie"
        hs, he = head[0].idx, head[-1].idx + len(head[-1].text)
        entity_id, name = self.entity_for(TextSpan(hs, he, self.text[hs:he]))
        entity = self.entities_by_id.get(entity_id) if entity_id else None
        if entity is None or entity.type != "ORG":
            entity_id, name = None, None  # "Die Polizei Köln" is the police, not the place in its name
        return Speaker(None, entity_id, name or self.text[hs:he])

    def person_named_before(self, before: int, gender: str) -> tuple[int, Speaker] | None:
        """The latest person (NER) named outside quotations before char offset ``before`` who is not known to be of
        the other gender than ``gender`` ("F"/"M"), by the entity's roles, a role noun right before the name
        ("Lehrerin Sabine Koch") or the first name ("Markus Weber"), with where the name starts. A name inside a
        quotation is someone the speaker talks about; a name after an organisation noun is a body's."""
        for person in reversed([s for s in self.ents if s.label_ == "PER" and s.end_char <= before
                                and self.in_pair[s.start] < 0]):
            preceding = self.text[max(0, person.start_char - 40):person.start_char].split()
            known = self.gender_of(preceding[-1]) if preceding else None
            entity_id, name = self.entity_for(TextSpan(person.start_char, person.end_char, person.text))
            candidate = Speaker(None, entity_id, name or person.text)
            if known is None:
                known = self.speaker_gender(candidate) if entity_id is not None else \
                    self.first_name_gender(candidate)
            if known is not None and known != gender:
                continue
            return person.start_char, candidate
        return None

    def person_subject_before(self, before: int, after: int) -> Speaker | None:
        """The person (NER) who is the subject of the sentence right before the one at char offset ``before``, when
        named after char offset ``after``: "„…“, sagte Thomas Berg. Unternehmer Peter Schmidt gab sich kämpferisch.
        Er habe …" — the pronoun continues the topic of the sentence before it (the subject), not the last speaker."""
        previous = self.sentence_before(before)
        if previous is None:
            return None
        ss, se = previous
        if self.doc[ss].idx <= after:
            return None
        subject = self.main_subject(ss, se)
        if subject is None:
            return None
        person = next((e for e in self.ents if e.label_ == "PER" and subject[0] <= e.start and e.end <= subject[1]
                       and self.in_pair[e.start] < 0), None)
        # (the noun right before the name is its title, "Firmeninhaber Recep Yıldız", "Die Sondergesandte Okonjo",
        # unless the name ends in a genitive s: "die Wahl Schmidts")
        title_end = person.start - 1 if person is not None and not person.text.endswith("s") else \
            person.start if person is not None else subject[0]
        if person is None or any(t.pos_ == "NOUN" and not t.ent_type_ and self.role_gender(t.text) is None
                                 for t in self.doc[subject[0]:title_end]) or \
                person.start > ss and self.doc[person.start - 1].lower_ in self.lex.prepositions | {
                    "von", "des", "der", "eines", "einer"}:
            # "die Wahl Bans", "Der Sprecher von Peter Schmidt", "Die Tochter des Peter Schmidt": the person is an
            # attribute of the subject, not the subject (an extended attribute before the noun is no obstacle: "Der
            # für Manchester United stürmende Nationalspieler Wayne Rooney")
            return None
        entity_id, name = self.entity_for(TextSpan(person.start_char, person.end_char, person.text))
        return Speaker(None, entity_id, name or person.text)

    def role_subject_before(self, before: int, gender: str | None) -> Speaker | None:
        """The person a role noun describes as the subject of the sentence right before the one at char offset
        ``before``, for a singular "er"/"sie" that has no named antecedent: "Die Ministerpräsidentin reiste nach
        Berlin. „…“, sagte sie." The pronoun continues that subject (as in ``body_subject_before``: article, head noun
        and the verb's number agree); the name is the person the role refers to, when someone was introduced with it,
        else the role in its base form ("Ministerpräsidentin", "ein Polizist"), not a bare "sie". Not when a role
        noun of the same gender follows the subject ("Der Arzt untersuchte den Patienten. „…“, sagte er": either)."""
        if gender not in ("F", "M"):
            return None
        previous = self.sentence_before(before)
        if previous is None:
            return None
        ss, se = previous
        articles = {"F": ("die", "eine"), "M": ("der", "ein")}[gender]
        subject_head = self.pronoun_subject(ss, se, articles, "Sing")
        if subject_head is None:
            return None
        subject, head = subject_head
        found = self.role_gender(head[-1].text) if head and self.is_cap(head[-1]) else None
        if found is None or found[1] not in (gender, None) or any(t.ent_type_ for t in head):
            return None
        # another noun of the pronoun's gender after the subject may be the one who speaks: a role noun, or any noun
        # after an article of that gender ("Der Arzt untersuchte den Patienten. „…“, sagte er": the patient?)
        oblique = {"F": ("die", "der", "eine", "einer"), "M": ("den", "dem", "einen", "einem")}[gender]
        if any(self.in_pair[t.i] < 0 and self.is_cap(t) and (
                (self.role_gender(t.text) or ("", "O"))[1] in (gender, None)
                or self.doc[t.i - 1].lower_ in oblique and self.is_noun(t))
               for t in self.doc[subject[1]:se]):
            return None
        article = self.doc[subject[0]]
        referent = self.antecedent(article.idx, role=found[0], gender=gender) \
            if article.lower_ == articles[0] else None  # ("ein Polizist" is someone new)
        if referent is not None:
            return referent
        # (in its base form, "Ein Polizist" as "ein Polizist", by name_speakers_in_base_form)
        return Speaker(None, None, self.text[article.idx:head[-1].idx + len(head[-1].text)])

    def pronoun_subject(self, ss: int, se: int, articles: tuple[str, ...],
                        number: str) -> tuple[tuple[int, int], list[Token]] | None:
        """The subject of sentence ss..se that a pronoun of the next sentence may continue, with its head words: it
        opens with one of ``articles``, holds no quotation, its finite verb has ``number``, and it is no source
        phrase and nothing that cannot speak ("Die Kritik der Ministerin war scharf")."""
        subject = self.main_subject(ss, se)
        if subject is None or subject[1] - subject[0] < 2 or self.doc[subject[0]].lower_ not in articles or \
                any(self.in_pair[t] >= 0 for t in range(*subject)):
            return None
        words = list(self.doc[subject[0] + 1:subject[1]])
        verb = self.finite_verb_of(*subject)
        if verb is None or verb.morph.get("Number", []) != [number] or self.is_source_phrase(words) or \
                self.cannot_speak(subject):
            return None
        return subject, words[:self.phrase_head_end(words)]

    def organisation_referent(self, before: int, noun: str) -> Speaker | None:
        """"Der Konzern" after "Deutsche Eisenbahn AG", "die Gewerkschaft" after "Verkehrsgewerkschaft Schiene": the
        organisation (entity layer) named last, outside quotations, before char offset ``before`` with a word of its
        name ending in the noun (not a place's: "SV Darmstadt" is no "Stadt"), or, for a company noun
        (company_nouns.txt), whose name carries a legal form ("AG", "GmbH")."""
        low = noun.lower()
        company = low.endswith(self.lex.company_nouns)
        places = load_lexicons().places
        found: tuple[int, Speaker] | None = None
        for ent in self.doc._.entities or []:
            if ent.type != "ORG":
                continue
            last = max((m.start for m in ent.mentions if m.end <= before and not self.quoted_at(m.start)), default=None)
            if last is None or (found is not None and last <= found[0]):
                continue
            words = [w for name in (ent.name, *ent.aliases) for w in name.split()]
            if any(w.lower().endswith(low) and w not in places for w in words) or \
                    (company and any(w in self.lex.legal_forms for w in words)):
                found = (last, Speaker(None, ent.id, ent.name))
        for start, speaker in self.named_speakers:
            # an earlier speaker the recogniser did not type: "Der Bundesverband des Lebensmittelhandels warnt."
            words = (speaker.name or "").split()
            if start < before and (found is None or start > found[0]) and speaker.mention is not None and \
                    any(w[:1].isupper() and w.lower().endswith(low) and len(w) > len(low) for w in words):
                found = (start, speaker)
        if found is None:
            # a body the recogniser missed, introduced by its noun and then its name: "Der Fahrgastverband Pro Schiene
            # kritisierte …; …, teilte der Verband mit" (the last such phrase outside quotations)
            named = [m for m in re.finditer(rf"\b[A-ZÄÖÜ][\w-]*?(?:{re.escape(noun)}|{re.escape(low)}) "
                                            r"((?:[A-ZÄÖÜ][\w-]+ ?){1,3})", self.text[:before])
                     if not self.quoted_at(m.start())]
            if named:
                return Speaker(None, None, named[-1].group(0).strip())
        return Speaker(None, found[1].entity, found[1].name) if found is not None else None

    def quoted_at(self, char: int) -> bool:
        """The character offset ``char`` lies inside a quotation (a name there is someone a speaker talks about)."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and self.in_pair[span.start] >= 0

    def person_named_between(self, start: int, end: int) -> bool:
        """A person (NER) is named, outside quotations, between the char offsets ``start`` and ``end``: a pronoun
        after them points to that person rather than to an unnamed role mentioned before."""
        return any(s.label_ == "PER" and start < s.start_char and s.end_char <= end and self.in_pair[s.start] < 0
                   for s in self.ents)

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

    def head_names_thing(self, span: tuple[int, int]) -> bool:
        """The head noun of a phrase (its first capitalised noun) names a thing, event or matter
        (non_speaker_nouns.tsv), whatever attribute follows: "der Rücktritt des langjährigen Vorstandsvorsitzenden",
        "eine gegenläufige Argumentation". ``is_agentive`` accepts a phrase when any word is a role noun or name, so a
        phrase about a person's act passes it; ``cannot_speak`` trusts it. A count of people ("22 Prozent teilen die
        Meinung, …") may speak."""
        return self.thing_head(span, persons_exempt=True)

    def pronoun_number(self, i: int) -> str | None:
        """"sie sagt" (singular) or "sie sagen" (plural): the number of the finite verb the pronoun at token ``i``
        is the subject of (the verb right before it, "sagte sie", or the first finite verb after it in its clause);
        None when the verb does not tell (no morphology, "sie sagten" is always plural, but "sagte" is not)."""
        if not self.has_morph:
            return None
        verb = self.finite_verb_of(i, i + 1)
        found = verb.morph.get("Number", []) if verb is not None else []
        return found[0] if len(found) == 1 else None

    def pronoun_may_name(self, speaker: Speaker, gender: str | None, number: str) -> bool:
        """Whether a personal pronoun may show an earlier speaker's name. "er" and singular "sie" name a person (a
        PER entity, a name, a person role noun; singular "sie" also a body: "die Opposition … Sie fordert"): a
        source phrase ("Nach Bahnangaben …"), a thing ("Fehler") or a place is no one a later "er" is, and a
        pronoun left unresolved reads better in the briefing than a wrong name. Plural "sie" names a group or
        body, not a place or a thing."""
        entity = self.entity_of(speaker)
        mention = speaker.mention
        if number == "Sing" and mention is not None and any(w in _NAME_JOINS for w in mention.text.split()):
            return False  # "Merkel und Macron betonten … Sie sagte": a pair is no singular "sie"
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
        surnames = self.person_name_words
        if span[0].lower_ in (MASCULINE_NOMINATIVE_ARTICLES if gender == "M" else FEMININE_NOMINATIVE_ARTICLES) and \
                len(span) > 1 and self.is_noun(span[-1]) and self.role_gender(span[-1].text) is None and \
                not (gender == "M" and span[-1].lower_.endswith(self.lex.feminine_endings)):
            return True  # "der Mann", "die Frau": a singular noun phrase whose article agrees, naming no body
        for t in span:
            if t.text in surnames:
                return True
            if t.ent_type_ == "PER" or t.text in self.lex.address_titles:
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

    @cached_property
    def entities_by_id(self) -> dict[str, Any]:
        """The document's entities by id (the entity layer runs before quotes, so they are fixed here)."""
        return {e.id: e for e in self.doc._.entities or []}

    def entity_of(self, speaker: Speaker) -> Any:
        """The entity a speaker is linked to, or None."""
        return self.entities_by_id.get(speaker.entity) if speaker.entity else None

    @cached_property
    def person_name_words(self) -> frozenset[str]:
        """Every word of the names and aliases of the document's persons (the entities are fixed before quotes)."""
        return frozenset(w for e in self.doc._.entities or [] if e.type == "PER" for n in [e.name, *e.aliases]
                         for w in n.split())

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
        # the finder's sentences, which never end inside a quotation
        ss, se = next(((s, e) for s, e in self.sentences() if s <= i < e), (i, i + 1))
        reported = self.subjunctive_in(ss, se) is not None or any(
            t.lemma_ == "sollen" and self.is_finite_verb(t) for t in doc[ss:se])
        return latest if reported else None

    def is_source_phrase(self, span: Any) -> bool:
        """"Bahnangaben", "Medienberichte", "nach Angaben der Polizei": a phrase with a source noun (source_nouns.txt)
        or a compound ending in one, in any case form ("Medienberichte" as well as "Medienberichten")."""
        return any(self.is_cap(t) and self.is_source_noun(t.text, inflected=True) for t in span)

    def article_fits(self, speaker: Speaker, gender: str) -> bool:
        """Whether the article a mention begins with agrees with a pronoun: "er" does not point back to "die
        Zeitung", "das Ministerium" or "die Studenten", "sie" not to "das Unternehmen" or "ein Sprecher". Only
        nominative forms tell ("der" may be a feminine dative: "laut der Polizei")."""
        words = speaker.mention.text.split() if speaker.mention else []
        first = words[0].lower() if words else ""
        if gender == "M":
            return first not in FEMININE_NOMINATIVE_ARTICLES | NEUTER_NOMINATIVE_ARTICLES
        # "der", "dieser", "jener" are also feminine genitive/dative: of the masculine forms only "ein" rules "sie" out
        return first not in NEUTER_NOMINATIVE_ARTICLES | (MASCULINE_NOMINATIVE_ARTICLES - FEMININE_OBLIQUE_ARTICLES)

    def cue_inside_report(self, k: int, ss: int, se: int) -> bool:
        """A cue verb in the infinitive under a subjunctive verb of its own sentence ("hätten sich nicht sehen
        können", "müsse geklärt werden"): the verb is part of what is reported, not the act of reporting, so a
        speaker-less match on it must leave the sentence to the continuation rules (it is the last speaker's)."""
        doc = self.doc
        if self.is_finite_verb(doc[k]) or self.subjunctive_in(ss, se) is None:
            return False
        return any(self.mood(doc[t]) is not None and self.in_pair[t] < 0 for t in range(ss, k))

    def is_person(self, speaker: Speaker) -> bool:
        entity = self.entity_of(speaker)
        return entity is not None and entity.type == "PER"

    @cached_property
    def media_in_doc(self) -> list[tuple[re.Pattern[str], str, tuple[str, ...] | None]]:
        """The media patterns (``media.tsv``, in order, with their ``media_needles``) that can match some sentence of
        this doc: one of their words occurs in the text. Why: most patterns match in no article, and the sentence
        loop asks every sentence. ``medium_of`` lowers a sentence's first letter (which may become two characters),
        so only the part of a word after its first two characters is looked for, which a match must contain."""
        lex, text = self.lex, self.text
        needles = lex.media_needles if len(lex.media_needles) == len(lex.media) else [None] * len(lex.media)
        return [(pattern, label, words) for (pattern, label), words in zip(lex.media, needles, strict=True)
                if words is None or any(w[2:] in text for w in words)]

    def medium_of(self, start: int, end: int) -> str | None:
        """The medium the sentence start..end names (``media.tsv``: "im Interview mit dem Deutschlandfunk",
        "gegenüber dem „Spiegel“"). The patterns are written in lower case, as inside a sentence, so the sentence is
        read with its first letter in lower case ("Gegenüber dem „Spiegel“ sagte …", "In einem Podcast …"); no
        pattern captures a name at the sentence's first letter."""
        window = self.text[start:end]
        text = window[:1].lower() + window[1:]
        present: dict[tuple[str, ...], bool] = {}  # needles -> in the text (several patterns share theirs)
        for pattern, label, words in self.media_in_doc:
            if words is not None:
                found = present.get(words)
                if found is None:
                    found = present[words] = any(map(text.__contains__, words))
                if not found:
                    continue  # none of the words every match starts with (a substring test; the regex scan is slow)
            for m in pattern.finditer(text):
                if m.group(0).startswith("der ") and self.after_member_role(text, m.start()):
                    # "ein Sprecher der Deutschen Presse-Agentur sagte": "der" after a staff role noun is a genitive
                    # (the speaker works there), not the dative medium spoken to
                    continue
                # the medium's name in its base form: "mit der Süddeutschen Zeitung" -> "Süddeutsche Zeitung"
                name = nominative_name(m.group(1)) if m.groups() else m.group(0)
                self.medium_at[start] = start + m.start()
                return label.replace("{0}", m.group(0)).replace("{1}", name)
        return None

    def without_media_in_content(self, found: list[Found], medium_at: int | None) -> None:
        """Drops, in place, a sentence's medium from the quotes whose content holds the words that name it: "Er
        sagte, er habe das auf YouTube gesehen" reports what he saw, not where he said it. Only for content that
        leaves its cue outside (a reported act or a frame inside the span spans the medium's clause too: "Die Ministerin
        forderte im Deutschlandfunk mehr Geld")."""
        if medium_at is None:
            return
        for n, f in enumerate(found):
            if f.medium is not None and f.kind != "reported" and f.start <= medium_at < f.end and (
                    f.cue is None or not f.start <= f.cue.start < f.end):
                found[n] = replace(f, medium=None)

    def after_member_role(self, text: str, at: int) -> bool:
        """The word before ``text[at]`` names someone working for an organisation, whose genitive follows
        (member_roles.txt: "Sprecher", "Reporterin") — not a witness or official who speaks to a medium, nor a
        compound that names its organisation itself ("ein Polizeisprecher der dpa": the dative)."""
        return text[:at].rstrip().rsplit(" ", 1)[-1] in self.lex.member_roles

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

    def prepositional_relative_subject(self, c: int, i: int, ss: int, se: int) -> tuple[int, int] | None:
        """The subject of a relative clause that opens with a preposition and the relative pronoun (", in dem das
        Gericht festgestellt hatte, …", ", nach der der Minister erklärte, …", ", in dessen Folge das Gericht
        festgestellt hatte, …"): the pronoun sits in the prepositional phrase, so it is not the subject; the
        clause's own noun phrase before its verb at i is."""
        doc = self.doc
        if not (ss < c and c + 2 < i and doc[c - 1].text == "," and doc[c].lower_ in self.lex.prepositions
                and doc[c + 1].lower_ in PREPOSITIONAL_RELATIVES and self.in_pair[c + 1] < 0):
            return None
        if i + 1 < len(doc) and doc[i + 1].lower_ in PASSIVE_AUXILIARIES:
            return None  # "ein Schreiben, in dem er darüber informiert wird, …": the passive's subject is told
        verb_last = self.ends_clause_at(i + 1, se) or \
            self.auxiliary_closes_clause(i, se, AUXILIARIES | PERFECT_AUXILIARIES)
        if not verb_last or (doc[c + 1].lower_ not in {"dessen", "deren"} and self.is_noun(doc[c + 2])):
            # "…, in der Regierung erklärte der Sprecher, …": a fronted prepositional phrase of a main clause (an
            # article with its noun, the verb second) opens no relative clause; a relative clause ends with its verb
            return None
        j = c + 2
        if doc[c + 1].lower_ in {"dessen", "deren"}:
            j += 1  # "in dessen Folge": the genitive pronoun's own noun belongs to the prepositional phrase
        span = self.np_after(j, i)
        return span if span is not None and span[1] <= i and self.is_agentive(span) else None

    def is_source_noun(self, word: str, inflected: bool = False) -> bool:
        """A noun that makes "nach <noun>" a source frame, also as the head of a compound ("UNHCR-Angaben",
        "Regierungsangaben"; a short noun only whole: "Soldaten" holds "daten"). ``inflected`` also accepts the head
        with one ending letter more or less ("Medienberichte" as well as "Medienberichten"), for a noun phrase
        in any case rather than one after "nach"."""
        if word in self.lex.source_nouns:
            return True
        head = word.rsplit("-", 1)[-1]
        if head != word and head in self.lex.source_nouns:
            return True
        low, heads = word.lower(), self.lex.source_compound_heads
        return low.endswith(heads) or (inflected and low[:-1].endswith(heads))

    def name_compound_sources(self, quotes: list[Quote]) -> None:
        """Names, in place, the speakers that are one compound source noun by its first part ("Nach Polizeiangaben"
        -> Polizei; see ``compound_source_holder``). Done once all rules have run: the rules reason about the source
        phrase as written (a later "Er" is no pronoun for "Bahnangaben")."""
        for quote in quotes:
            speaker, mention = quote.speaker, quote.speaker.mention
            if mention is None or speaker.entity is not None or speaker.name not in (None, mention.text) or \
                    " " in mention.text:
                continue
            holder = self.compound_source_holder(mention.text)
            if holder is not None:
                quote.speaker = Speaker(mention, None, holder)

    def compound_source_holder(self, word: str) -> str | None:
        """Who gave the information a compound source noun names in its first part: "Polizeiangaben" -> "Polizei",
        "Senatsangaben" -> "Senat", "UN-Angaben" -> "UN", "dpa-Informationen" -> "dpa" (without the linking -s or
        hyphen); None for a plain source noun ("Angaben") or a part that names no one ("ersten", a short stem)."""
        low = word.lower()
        head = next((h for h in self.lex.holder_compound_heads if low.endswith(h) and len(low) > len(h)), None)
        if head is None:
            return None
        first = word[:-len(head)]
        if first.endswith("-"):
            first = first[:-1]
        elif first.endswith("s") and first[:-1].lower().endswith(_LINKING_S_BEFORE):
            first = first[:-1]  # "Senats-", "Regierungs-": the linking -s is no part of the holder's name
        return first if len(first) >= 2 and first[:1].isalpha() and (first[:1].isupper() or "-" in word) else None

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

    def cue_clause_frame(self, k: int, ss: int, cs: int) -> tuple[int, int, tuple[int, int], str] | None:
        """The frame (start, end, source span, side) in the clause of the reporting verb at k, before its content at
        cs, whose source is the speaker: "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass …", "Laut
        Informationen des SPIEGEL hat der IWF angekündigt, …", "Der Experte X geht laut dem Bericht des Fachmagazins
        davon aus, dass …". The subject's words reach the text only through that source, and annotators mark it as
        the speaker. "unter Berufung auf Y" names the source of the reporter, who stays the speaker; a frame inside
        the content belongs to the content."""
        if cs <= k:
            return None
        frame = self.find_frame(ss, cs)
        if frame is None:
            return None
        fs, fe, span, side = frame
        if side not in ("after", "before") or span is None or self.doc[fs].lower_ == "unter" or any(
                self.doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(min(fs, k), max(fs, k))):
            return None  # (a clause break between frame and verb: the frame belongs to another clause)
        return fs, fe, span, side

    def find_frame(self, ss: int, se: int) -> tuple[int, int, tuple[int, int] | None, str] | None:
        doc = self.doc
        lows = self.token_lower[ss:se]
        for k in range(ss + 2, se - 1):
            if lows[k - ss] in {"wonach", "demzufolge"} and doc[k - 1].text == "," and self.in_pair[k] < 0:
                # "eine Schätzung, wonach …" / "die Zeitung „Hoy Bolivia“, wonach …": the phrase before is the source
                b = k - 1
                while b > ss and doc[b - 1].text not in CLAUSE_BREAKS and k - 1 - b < 8 \
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
            if n < se and self.is_source_noun(doc[n].text) and k > ss and doc[k - 1].lower_ in self.lex.time_particles:
                continue  # "Erst nach umfangreichen Ermittlungen …": a time, not a source
            if n < se and self.is_source_noun(doc[n].text):
                earlier = self.find_frame(ss, k) if k > ss + 1 else None
                if earlier is not None and earlier[2] is not None and earlier[3] in ("after", "before"):
                    # "Laut Polizei wurde der Mann festgenommen, der nach eigenen Angaben …": the frame that comes
                    # first frames the sentence; the later one stands in a clause of it
                    return earlier
                if any(doc[t].lower_ == "eigenen" for t in range(k + 1, n)):
                    # "nach eigenen Angaben": the clause's subject is the source
                    return k, n + 1, self.frame_subject(ss, k, n + 1, se), "subject"
                # the speaker mention runs from the noun phrase to the end of its attribute ("Angaben der UN")
                end = n + 1
                if end + 1 < se and doc[end].lower_ == "von" and doc[end + 1].lower_ in INDEFINITE_ARTICLES:
                    obj = self.np_from(end + 1, se)
                    if obj is None or not self.is_agentive(obj):
                        # "geht nach ersten Erkenntnissen von einem Unfall aus": "von" with an indefinite article
                        # and no one who speaks opens the verb's object (what is known), not the holder ("nach
                        # Angaben von einem Sprecher der Polizei" names one); the clause's subject holds the findings
                        subject = self.frame_subject(ss, k, n + 1, se) if k > ss else None
                        if subject is not None and self.is_agentive(subject):
                            return k, n + 1, subject, "subject"
                        return k, n + 1, (k + 1, n + 1), "after"
                if end < se and doc[end].lower_ in {"von", "vom", "aus"}:
                    end += 1  # ("Angaben aus Sicherheitskreisen": the circles gave them)
                rest = self.np_from(end, se) if end < se else None
                if doc[n + 1].lower_ == "aus":
                    rest = self.origin_phrase(n + 1, se)
                if rest is not None and (doc[n + 1].lower_ in {"von", "vom", "aus"} or doc[end].lower_ in
                                         self.lex.determiners or (self.has_pos and doc[end].pos_ == "PROPN")):
                    end = rest[1]
                else:
                    end = n + 1
                return k, n + 1, (k + 1, end), "after"
        present = set(lows)
        for fr in self.lex.frames:
            if fr.words[0] not in present:
                continue  # (most frames are absent from a sentence: skipping them keeps this scan cheap)
            n = len(fr.words)
            for off in range(0, len(lows) - n + 1):
                if tuple(lows[off:off + n]) != fr.words or self.in_pair[ss + off] >= 0:
                    continue
                fs, fe = ss + off, ss + off + n
                if fr.speaker_side == "after":
                    if fr.words == ("laut",) and not (fe < se and (
                            self.is_cap(doc[fe]) or doc[fe].lower_ in self.lex.determiners
                            or self.in_pair[fe] >= 0 or _COMPOUND_NAME.match(doc[fe].text) is not None
                            or self.particle_name_end(fe, se) is not None  # "laut von der Leyen"
                            or (self.has_pos and doc[fe].pos_ in ("NOUN", "PROPN", "ADJ", "DET")))):
                        continue  # "laut" the adjective ("sehr laut")
                    if fr.words == ("laut",) and self.in_pair[fe] >= 0:
                        # laut „tagesschau.de“: the quoted name is the source
                        close = fe
                        while close + 1 < se and self.in_pair[close + 1] == self.in_pair[fe]:
                            close += 1
                        if close - fe > 6 or doc[close - 1].text in SENT_END or \
                                (fs > ss and self.has_pos and doc[fs - 1].pos_ in ("VERB", "AUX")):
                            continue  # "rief laut „Hilfe!“": the adverb before a quotation
                        return fs, fe, (fe, close + 1), "after"
                    if fr.words == ("gemäß",) and self.names_norm(fe, se):
                        continue  # "ein Vergehen gemäß § 132a StGB": the rule followed, not a source
                    if fr.words == ("laut",) and _COMPOUND_NAME.match(doc[fe].text):
                        return fs, fe, self.np_from(fe, se) or (fe, fe + 1), "after"  # laut ai-Bericht, dpa-Meldung
                    return fs, fe, self.with_origin(self.with_quoted_genitive(self.np_from(fe, se), se), se), "after"
                if fr.speaker_side == "before":
                    if len(fr.words) > 1 and fs > ss and doc[fs - 1].lower_ in POSSESSIVES:
                        # "die seiner Meinung nach wachsenden Gefahren" is an attribute, not a clause (but ", die
                        # ihrer Meinung nach … innehat" is a relative clause)
                        if fs - 1 > ss and doc[fs - 2].lower_ in self.lex.determiners and \
                                not (fs - 2 > ss and doc[fs - 3].text == ","):
                            continue
                        # "seiner Meinung nach": the possessive and its noun are the source mention
                        return fs - 1, fe, (fs - 1, fs + 1), "before"
                    # "Grimm zufolge", "ersten Annahmen zufolge": the phrase right before
                    # (a capitalised source noun is no verb there, though it may look like one: "Berichten zufolge"
                    # is a dative noun phrase before the postposition, not the verb "berichten")
                    b = fs
                    while b > ss and doc[b - 1].text not in CLAUSE_BREAKS and fs - b < 6 and (
                            (self.is_cap(doc[b - 1]) and self.is_source_noun(doc[b - 1].text, inflected=True))
                            or (self.mood(doc[b - 1]) is None and doc[b - 1].lower_ not in self.lex.finite
                                and not (self.has_pos and doc[b - 1].pos_ in ("VERB", "AUX")))):
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
        return any(self.in_pair[k] < 0 and self.is_source_noun(doc[k].text) and not self.in_source_frame(k, prev.start)
                   for k in range(prev.start, prev.end))

    def in_source_frame(self, k: int, ss: int) -> bool:
        """The source noun at k stands in a prepositional phrase of "nach"/"laut"/"gemäß" ("Nach Aussagen von
        Bürgermeister Musleh drangen … ein.", "nach Abschluss der Ermittlungen"). Why: such a sentence passes on a
        report or dates an event; it presents no text, so a "Danach" after it is temporal ("afterwards")."""
        doc = self.doc
        if k + 1 < len(doc) and doc[k + 1].lower_ == "zufolge":
            return True  # "Den Angaben zufolge drangen … ein."
        for t in range(k - 1, max(ss, k - 5) - 1, -1):
            if doc[t].lower_ in _SOURCE_PREPOSITIONS:
                return True
            if not (doc[t].lower_ in self.lex.determiners or self.is_modifier(doc[t])
                    or _GENITIVE_NAME.match(doc[t].text) is not None):
                return False  # "nach Börsenschluss neue Quartalszahlen": the phrase has another head
        return False

