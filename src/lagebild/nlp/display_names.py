"""Display names of organisations, places and unnamed sources in their base (nominative) form.

German names are mostly read in an oblique case: "laut Statistischem Bundesamt", "Angaben der Deutschen Eisenbahn
AG", "den Vereinten Nationen zufolge", "des Roten Kreuzes". A briefing, an export or a network of who said what
should show one name per organisation, the one a reader looks up: "Statistisches Bundesamt", "Deutsche Eisenbahn
AG", "Vereinte Nationen", "Rotes Kreuz". ``nominative_name`` gives each adjective of the name the strong nominative
ending of the head noun's gender (a name without its article takes the strong ending) and removes a genitive -s/-es
from the head. Genders are read from the head noun's ending (``data/lexicons/noun_genders.tsv``, longest ending
first: "Verlag" is masculine though "AG" is feminine); a head no ending matches keeps the name as written. Names known
with their article ("Der Spiegel", "Den Haag": ``organisations.txt``, ``places.txt``) and place adjectives, which do
not inflect ("Leipziger Volkszeitung"), are left alone. Callers keep person names as written. Weak nouns for persons
(``data/lexicons/weak_nouns.tsv``: "des russischen Präsidenten" -> "russischer Präsident", "dem Abgeordneten" ->
"Abgeordneter") are read only after a determiner that is always singular, since their -en is also the plural's.

Why by hand: spaCy's German models and HanTa give no gender for out-of-vocabulary compounds and no way to
re-inflect an adjective; the rule is small and the lexicon is a data file a user can extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from lagebild.nlp.ner import load_lexicons
from lagebild.nlp.times_text import data_lines, data_table
from lagebild.types import Quote

# suffixes that make a word an adjective stem ("statistisch-", "international-", "ständig-"), after at
# least two more letters ("Fischer", "Keller" are names); first names in -er and place adjectives are excluded
_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "al", "iv", "är", "ell")
# the suffixes of adjectives used as nouns for people ("der Tatverdächtige", "die Verantwortlichen"); feminine nouns in
# -ive, -ale, -elle ("der Initiative", "der Zentrale") take a genitive/dative "der" and stay as written
_PERSON_ADJECTIVE_SUFFIXES = ("ig", "lich")
# suffixes that make a capitalised word before a name's head an adjective, not a noun ("Iranischen", not "Initiative")
_NAME_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig")
# inflection endings of an attributive adjective, longest first
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# the strong nominative ending (a name without article): "Statistisches Bundesamt", "Deutscher Gewerkschaftsbund"
_NOMINATIVE_ENDING = {"M": "er", "F": "e", "N": "es", "Pl": "e"}
# a definite article opening a name is not part of it ("Die Polizei" -> "Polizei"); indefinite ones are kept, since
# they mark an unnamed source ("eine mit den Verhandlungen vertraute Person")
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
_WORD = re.compile(r"\S+")
_QUOTATION_MARKS = str.maketrans("", "", "„“”»«‚‘\"")  # (not ’, an apostrophe in names: O’Brien)
# the first parts of compound adjectives of direction ("süddeutsch", "ostdeutsch", "mitteldeutsch")
_DIRECTIONS = ("nord", "süd", "ost", "west", "mittel")
# possessive determiners and the indefinite article, which inflect alike and whose ending shows case and gender
# ("seinem", "ihrer", "unseres", "einer Sprecherin")
_POSSESSIVE_STEMS = ("mein", "dein", "sein", "ihr", "unser", "euer", "eur", "ein")
# words that open an attribute after a head noun: a genitive article or a preposition ("des Bundesamts für Migration",
# "des Preises der Stadt Kassel")
_ATTRIBUTE_OPENERS = frozenset({"der", "des", "eines", "einer", "für", "von", "vom", "zur", "zum", "in", "im", "aus",
                                "bei", "beim", "am", "an", "auf", "gegen", "über", "ohne", "mit"})


@lru_cache(maxsize=1)
def _genders() -> tuple[tuple[str, str], ...]:
    """(ending, gender), longest ending first."""
    pairs = data_table("lexicons", "noun_genders.tsv")
    return tuple(sorted(((e.strip().lower(), g.strip()) for e, g in pairs), key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _adjective_stems() -> frozenset[str]:
    return frozenset(line.strip() for line in data_lines("lexicons", "name_adjectives.txt"))


def _gender_of(word: str) -> str | None:
    low = word.lower()
    for ending, gender in _genders():
        if low.endswith(ending):
            return gender
    return None


def head_in_nominative(word: str) -> tuple[str, str] | None:
    """(nominative form, gender) of a head noun, removing a genitive -s/-es the lexicon shows is not part of it
    ("Bundesamts" -> "Bundesamt", "Hauses" -> "Haus"; "Währungsfonds" stays); None when the gender is unknown."""
    gender = _gender_of(word)
    if gender is not None:
        return word, gender
    if len(word) > 4 and word.endswith("n") and _gender_of(word[:-1]) == "Pl":
        # a plural noun read in the dative ("aus Regierungskreisen", "in den Emiraten") loses its dative -n
        return word[:-1], "Pl"
    for cut in (1, 2):
        if len(word) > cut + 2 and word.endswith("es"[2 - cut:]):
            gender = _gender_of(word[:-cut])
            if gender in ("M", "N"):  # only masculine and neuter nouns take a genitive -s
                return word[:-cut], gender
    return None


def _gender_by_article(article: str | None, adjective: str) -> str | None:
    """The gender (or plural) a definite article and the weak ending of the adjective right after it tell without
    the noun: "der parlamentarische …" is a masculine nominative, "das zwölfköpfige …" neuter, "die offizielle …"
    feminine, "die japanischen …" plural. Other pairs ("der örtlichen": feminine dative or a genitive plural, "den
    …en", "dem …en", "des …en") do not tell it, so None."""
    if article is None:
        return None
    ending = "en" if adjective.endswith("en") else "e" if adjective.endswith("e") else None
    return {("der", "e"): "M", ("das", "e"): "N", ("die", "e"): "F", ("die", "en"): "Pl"}.get((article, ending or ""))


def _suffix_adjective_stem(word: str) -> str | None:
    """The stem of a nominalised adjective with an adjective suffix ("Tatverdächtige" -> "Tatverdächtig",
    "NASA-Verantwortlichen" -> "NASA-Verantwortlich"); None for other words ("Grünen", a party, stays)."""
    for ending in ("en", "e"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.lower().endswith(_PERSON_ADJECTIVE_SUFFIXES) and len(stem) >= 6:
            return stem
    if word.endswith("e") and _weak_noun_nominative(word + "n", None) == word[:-1] + "er":
        return word[:-1]  # an adjectival noun of weak_nouns.tsv: "Der Abgeordnete" -> "Abgeordneter"
    return None


def _genitive_agent_noun(word: str) -> str | None:
    """ "Richters" -> "Richter", "Stromnetzbetreibers" -> "Stromnetzbetreiber": a noun in -er in the genitive
    singular, read only after "des" or a possessive in -es, where the case is certain. Such nouns are mostly
    masculine agent nouns (persons, firms), which is the gender the caller gives them."""
    if word[:1].isupper() and word.endswith("ers") and len(word) >= 7 and word not in load_lexicons().first_names:
        return word[:-1]
    return None


@lru_cache(maxsize=1)
def _ern_nominatives() -> tuple[str, ...]:
    return tuple(line.strip() for line in data_lines("lexicons", "ern_nominatives.txt"))


def _dative_plural_in_nominative(word: str) -> str | None:
    """ "Teilnehmern" -> "Teilnehmer", "Beobachtern" -> "Beobachter": a noun in -er takes a dative plural -n ("laut
    Beobachtern", "den Veranstaltern zufolge"). Short stems ("Eltern", "Stern", "Kern"), nouns the gender lexicon
    knows as they are ("Mutterkonzern") and base forms in -ern (ern_nominatives.txt: "Pflegeeltern", "Oberbayern")
    are nominatives, so kept."""
    low = word.lower()
    if word[:1].isupper() and low.endswith("ern") and len(word) >= 8 and "-" not in word[-6:] \
            and word not in load_lexicons().places and not low.endswith(_ern_nominatives()) \
            and _gender_of(word) is None:
        return word[:-1]
    return None


@lru_cache(maxsize=1)
def _weak_noun_endings() -> tuple[tuple[str, str], ...]:
    """(ending of the nominative singular, "weak" or "adjectival"), longest ending first."""
    rows = data_table("lexicons", "weak_nouns.tsv")
    return tuple(sorted(((e.strip().lower(), c.strip()) for e, c in rows), key=lambda p: -len(p[0])))


# determiners that are always singular, with their nominative ("" for a definite article, which a name drops): a
# weak noun in -(e)n after them is a singular in an oblique case, never a plural ("den", "der", "seinen" may be)
_SINGULAR_DETERMINERS = {"des": "", "dem": "", "einem": "ein", "eines": "ein", "einen": "ein", "diesem": "dieser",
                         "dieses": "dieser", "jenem": "jener", "jenes": "jener"} | {
    stem + ending: stem for stem in _POSSESSIVE_STEMS if stem != "ein" for ending in ("em", "es")}


def _weak_noun_nominative(word: str, following: str | None) -> str | None:
    """The nominative singular of a weak noun for a person read in an oblique singular case ("Präsidenten" ->
    "Präsident", "Kollegen" -> "Kollege", "Herrn" -> "Herr"; adjectives used as nouns take the strong ending:
    "Abgeordneten" -> "Abgeordneter"); None for other words. An adjectival noun followed by a capitalised genitive,
    a noun that is not masculine or a weak noun is an adjective of that noun ("des Deutschen Bundestages"), so None."""
    if not word[:1].isupper() or not word.endswith("n") or "-" in word[-4:]:
        return None
    low = word.lower()
    for ending, kind in _weak_noun_endings():
        if kind == "weak":
            for cut in (1, 2):
                # (a stem before a short ending: "Diplomaten" -> "Diplomat", but "Paten" is no "Pat")
                if low.endswith("en"[2 - cut:]) and low[:-cut].endswith(ending) and len(low) - cut >= 3 \
                        and (cut == 1 or len(ending) > 3 or len(low) - cut - len(ending) >= 2):
                    return word[:-cut]
        elif low.endswith("en") and low[:-1].endswith(ending) and len(low) - 1 >= max(len(ending), 8 if
                                                                                        ending == "ende" else 0):
            if following is not None and following[:1].isupper() and (
                    following.endswith("s") or (head_in_nominative(following) or ("", "M"))[1] != "M"
                    or _weak_noun_nominative(following, None) is not None):
                return None  # (also before a weak noun: "des Stellvertretenden Vorsitzenden")
            return word[:-2] + "er"
    return None


def _weak_noun_phrase_in_nominative(words: list[str]) -> list[str] | None:
    """ "des russischen Präsidenten" -> "russischer Präsident", "einem Polizisten" -> "ein Polizist", "dem
    Abgeordneten Müller" -> "Abgeordneter Müller", "seines Kollegen" -> "sein Kollege": a singular determiner,
    adjectives in -en and a weak noun for a person (data/lexicons/weak_nouns.tsv), whose nominative the -en ending
    alone does not tell (it may be a plural), so it is read only after a determiner that cannot be plural. Without
    an article the adjectives take the strong masculine ending, after "ein" or a possessive the mixed one, both -er.
    None for other phrases."""
    if len(words) < 2 or (determiner := _SINGULAR_DETERMINERS.get(words[0].lower())) is None:
        return None
    for n in range(1, len(words)):
        if (noun := _weak_noun_nominative(words[n], words[n + 1] if n + 1 < len(words) else None)) is not None:
            break
        if not (words[n].endswith("en") and (words[n][:1].islower() and words[n][:1].isalpha()
                                             or words[n][:1].isdigit() or _adjective_stem(words[n]) is not None
                                             or words[n].endswith("enden"))):
            # only adjectives in -en ("russischen", "früheren", "81-jährigen", "Stellvertretenden") come before the noun
            return None
    else:
        return None
    if determiner:
        determiner = words[0][:1] + determiner[1:]  # "Einem Journalisten" -> "Ein Journalist"
    if determiner.lower() in {"dieser", "jener"}:
        # after a der-word adjectives and adjectival nouns take the weak ending: "dieser russische Abgeordnete"
        adjectives = [word[:-1] for word in words[1:n]]
        if noun == words[n][:-2] + "er":
            noun = words[n][:-1]
    else:
        adjectives = [word[:-2] + "er" for word in words[1:n]]
    return [w for w in (determiner, *adjectives, noun, *words[n + 1:]) if w]


def _feminine_phrase_in_nominative(words: list[str]) -> list[str] | None:
    """ "einer russischen Quelle" -> "eine russische Quelle", "ihrer langjährigen Sprecherin" -> "ihre langjährige
    Sprecherin": "einer" or a possessive in -er, adjectives in -en and a feminine noun is a feminine singular in the
    genitive or dative ("einer" is never plural, and a plural noun is not feminine to the lexicon), whose
    nominative takes -e on the determiner and on each adjective. None for other phrases."""
    low = words[0].lower() if words else ""
    if len(words) < 3 or not low.endswith("er") or low[:-2] not in _POSSESSIVE_STEMS:
        return None
    n = 1
    while n < len(words) and words[n][:1].islower() and words[n].endswith("en") and len(words[n]) > 4:
        n += 1
    if n == 1 or n >= len(words) or not words[n][:1].isupper() or not _feminine_noun(words[n]):
        return None
    return [words[0][:-1], *(word[:-1] for word in words[1:n]), *words[n:]]


def weak_noun_name(determiner: str, name: str) -> str | None:
    """The base form of a name read after a determiner that is always singular, where the name is a weak noun for
    a person with its adjectives ("des" + "Kollegen" -> "Kollege", "eines" + "Polizisten" -> "ein Polizist"); None
    for other names and determiners. For callers that have cut the determiner off the name."""
    found = _weak_noun_phrase_in_nominative([determiner, *_WORD.findall(name.translate(_QUOTATION_MARKS))])
    return None if found is None else " ".join(found)


def _place_adjective(word: str) -> bool:
    """ "Leipziger", "Bremer" (Bremen), "Münchner" (München): a place adjective in -er, which does not inflect."""
    if len(word) <= 4 or not word.endswith("er"):
        return False
    places = load_lexicons().places
    return any(stem in places for stem in (word[:-2], word[:-2] + "en", word[:-3] + "en"))


def _adjective_stem(word: str, lower_case: bool = False) -> str | None:
    """ "Statistischem" -> "Statistisch", "Vereinten" -> "Vereint"; with ``lower_case`` (right after a definite
    article, before a head the lexicon knows) also "seismologischen" -> "seismologisch"; None for a word that is no
    inflected adjective."""
    if not (word[:1].isupper() or lower_case and word[:1].islower()) or _place_adjective(word):
        return None
    if word.endswith("er") and word in load_lexicons().first_names:
        return None  # "Rüdiger", "Ludger": -er after an adjective suffix is also how first names end
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            low = stem.lower()
            if low in _adjective_stems() or any(low.endswith(suffix) and len(low) >= len(suffix) + 2
                                                for suffix in _ADJECTIVE_SUFFIXES) or (
                    # a compound of a direction and a listed stem: "Süddeutsche", "Norddeutscher", "Westdeutsche"
                    low.startswith(_DIRECTIONS) and low[next(len(d) for d in _DIRECTIONS if low.startswith(d)):]
                    in _adjective_stems()) or (
                    # a present participle, written in lower case after the article ("der stellvertretende Chef")
                    word[:1].islower() and low.endswith("end") and len(low) >= 6):
                return stem
    return None


def _feminine_noun(word: str) -> bool:
    """A feminine head noun: a person in -in ("Sprecherin") or a noun the gender lexicon knows as feminine."""
    return word.endswith("in") and len(word) > 5 or (head_in_nominative(word) or ("", ""))[1] == "F"


def _possessive_in_nominative(words: list[str]) -> list[str]:
    """ "seinem Anwalt" -> "sein Anwalt", "ihrer Sprecherin" -> "ihre Sprecherin", "einer Sprecherin der Polizei" ->
    "eine Sprecherin der Polizei": a possessive (or the indefinite article) right before its noun in
    the dative or genitive, where its ending alone tells the nominative (-em/-es: masculine or neuter "sein"; -er:
    feminine or plural "seine"). "-en" (accusative or plural), weak nouns in "-en" ("seinem Präsidenten", whose
    nominative the ending does not tell) and genitives of nouns the lexicon does not know ("seines Vaters") stay."""
    if len(words) < 2 or not words[1][:1].isupper():
        return words
    low = words[0].lower()
    stem = next((low[:-2] for p in _POSSESSIVE_STEMS if low.startswith(p) and len(low) == len(p) + 2), None)
    if stem == "ein" and low == "einen" and not words[1].endswith("en"):
        # the masculine accusative ("zitierte einen Sprecher des Ministeriums"); "einen" is never plural
        return ["Ein" if words[0][:1].isupper() else "ein", *words[1:]]
    if stem is not None and stem != "ein" and low.endswith("en") and len(words) == 2 and \
            (dative := _dative_plural_in_nominative(words[1])) is not None:
        # a dative plural ("seinen Kritikern" -> "seine Kritiker")
        return [words[0][:-1], dative]
    if stem is None or low[-2:] not in ("em", "es", "er") or (low[-2:] != "er" and words[1].endswith("en")):
        return words
    if stem == "ein" and (low.endswith("es") or low.endswith("er") and not _feminine_noun(words[1])):
        # the article only before a feminine noun it agrees with ("einer Sprecherin", "einer Erklärung"): "Eines
        # Tages" is an adverbial, "Einer Ihrer Mitarbeiter" a pronoun with its genitive
        return words
    head = words[1]
    if low.endswith("es"):
        # a genitive: the noun has its genitive ending too ("seines Instituts"), removed where the lexicon shows it
        known = head_in_nominative(head)
        if known is None and (agent := _genitive_agent_noun(head)) is not None:
            known = (agent, "M")  # "seines Vermögensverwalters"
        if known is None or known[1] not in ("M", "N"):
            return words
        head = known[0]
    form = stem if low[-2:] in ("em", "es") else stem + "e"
    return [words[0][:1] + form[1:], head, *words[2:]]


# Names repeat across mentions and documents, and the function is pure: memoised (bounded), as fold_name is.
@lru_cache(maxsize=65536)
def nominative_name(name: str) -> str:
    """The name in its base form: "Statistischem Bundesamt" -> "Statistisches Bundesamt", "der Deutschen Eisenbahn
    AG" -> "Deutsche Eisenbahn AG", "Welternährungsprogramms" -> "Welternährungsprogramm", "Die Polizei" -> "Polizei".
    Names it cannot read (a person, an unknown head noun) come back as written, without a leading definite article.
    Quotation marks that set off a name in the text are no part of it ("des „Spiegel“" -> "Spiegel")."""
    words = _WORD.findall(name.translate(_QUOTATION_MARKS))
    lexicons = load_lexicons()
    if words and words[0].lower() in _DEFINITE_ARTICLES and (
            " ".join(words) in lexicons.organisations or " ".join(words) in lexicons.places):
        return " ".join(words)  # "Der Spiegel", "Den Haag": the article is part of the name
    if (weak := _weak_noun_phrase_in_nominative(words)) is not None:
        return " ".join(weak)
    if (feminine := _feminine_phrase_in_nominative(words)) is not None:
        return " ".join(feminine)
    # a common adjective after the article is re-inflected only before a head whose gender the lexicon knows ("des
    # seismologischen Instituts"); "der örtlichen Behörden", "zwischen Bund" stay as written
    common_adjective = len(words) > 2 and words[0].lower() in _DEFINITE_ARTICLES and \
        _adjective_stem(words[1], lower_case=True) is not None and (
            head_in_nominative(words[2]) is not None or _gender_by_article(words[0].lower(), words[1]) is not None
            and (words[2][:1].isupper() or _adjective_stem(words[2], lower_case=True) is not None)
            # "des ehemaligen Richters" (a genitive), "den ehemaligen Mandatsträgern" (a dative plural)
            or words[0].lower() == "des" and _genitive_agent_noun(words[-1]) is not None
            or words[0].lower() == "den" and _dative_plural_in_nominative(words[-1]) is not None)
    article = None
    while len(words) > 1 and words[0].lower() in _DEFINITE_ARTICLES and (words[1][:1].isupper() or common_adjective):
        article, words = words[0].lower(), words[1:]
    words = _possessive_in_nominative(words)
    if article is None and len(words) == 2 and words[0].endswith("en") and \
            _adjective_stem(words[0], lower_case=True) is not None and \
            (dative := _dative_plural_in_nominative(words[1])) is not None:
        return f"{words[0][:-1]} {dative}"  # a dative plural: "laut politischen Beobachtern"
    # the modifiers before the head: adjectives to re-inflect (their stems) and place adjectives kept as written (None)
    n = 0
    modifiers: list[str | None] = []
    # (after an article that tells the gender, lower-case adjectives may follow each other: "die offizielle iranische
    # Sprachregelung")
    while n + 1 < len(words) and (words[n + 1][:1].isupper() or common_adjective and words[n + 1][:1].islower()
                                  and _adjective_stem(words[n + 1], lower_case=True) is not None):
        if _place_adjective(words[n]):
            modifiers.append(None)
        elif (stem := _adjective_stem(words[n], lower_case=common_adjective)) is not None:
            modifiers.append(stem)
        else:
            break
        n += 1
    if common_adjective and not modifiers:
        # the adjective after the article is not followed by its head ("die afghanischen und ausländischen
        # Soldaten"): nothing is re-inflected, so the article stays with the adjective it agrees with
        return " ".join(_WORD.findall(name.translate(_QUOTATION_MARKS)))
    article_gender = _gender_by_article(article, words[0]) if n < len(words) else None
    if n < len(words):
        head = head_in_nominative(words[n])
        last_or_attribute = n == len(words) - 1 or words[n + 1] in _ATTRIBUTE_OPENERS
        # (a capitalised "modifier" before an unknown head may be a feminine noun in the genitive or dative, "der
        # Initiative Pro Asyl": only lower-case adjectives and capitalised ones with a typical suffix are read by
        # their article, "Die Iranischen Revolutionsgarden")
        adjectives = all(words[i][:1].islower() or stem is not None and stem.lower().endswith(_NAME_ADJECTIVE_SUFFIXES)
                         for i, stem in enumerate(modifiers))
        if head is None and article_gender is not None and (modifiers and adjectives or last_or_attribute):
            # a head the lexicon does not know, in the case and gender its article tells: "der parlamentarische
            # Geschäftsführer", "Der Tatverdächtige" (a nominalised adjective as head takes the ending too)
            nominalised = _suffix_adjective_stem(words[n]) if last_or_attribute else None
            head = (words[n] if nominalised is None else nominalised + _NOMINATIVE_ENDING[article_gender],
                    article_gender)
        elif head is None and last_or_attribute and (dative := _dative_plural_in_nominative(words[n])):
            head = (dative, "Pl")
        elif head is None and last_or_attribute and article == "des" and (agent := _genitive_agent_noun(words[n])):
            head = (agent, "M")
        # "der" before an adjective in -en and a masculine or neuter head is a genitive plural ("der deutschen
        # Unternehmen"), which has no singular base form to give: left as written
        plural = article == "der" and head is not None and head[1] in ("M", "N") and any(
            words[i].endswith("en") for i in range(n))
        # a head read in an oblique case keeps its attribute or name as written: "des Instituts Forsa", "des
        # Preises der Stadt Kassel", "aus Kreisen der Koalition" ("Hans Meier": a first name is no head)
        oblique_before_attribute = head is not None and head[0] != words[n] and n + 1 < len(words) and \
            words[n] not in load_lexicons().first_names and (
                words[n + 1][:1].isupper() or words[n + 1][:1].isdigit() or words[n + 1] in _ATTRIBUTE_OPENERS)
        if head is not None and (modifiers or n == len(words) - 1 or oblique_before_attribute) and not plural:
            form, gender = head
            ending = _NOMINATIVE_ENDING[gender]
            fixed = [words[i] if stem is None else stem + ending for i, stem in enumerate(modifiers)]
            words = fixed + [form] + words[n + 1:]
        elif not modifiers and 1 < len(words) <= 4 and all(w[:1].isupper() for w in words):
            # a name of capitalised words ending in its head noun: "Robert Koch-Instituts" -> "Robert Koch-Institut"
            # (only a genitive ending the lexicon shows is removed; "Olaf Scholz" stays)
            last = head_in_nominative(words[-1])
            # (a place in the genitive after a noun is its attribute: "Staatsoberhaupt Neuseelands")
            if last is not None and last[0] != words[-1] and last[0] not in load_lexicons().places:
                words = words[:-1] + [last[0]]
    return " ".join(words)


def name_speakers_in_base_form(doc: Doc, quotes: Sequence[Quote]) -> None:
    """Name each speaker the entity layer does not know in its base form, in place ("Statistischem Bundesamt" ->
    "Statistisches Bundesamt", "Der Konzern" -> "Konzern"), as the entity layer names the ones it knows. A mention
    that lies inside a person's name is left as written."""
    persons = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PER"]
    for quote in quotes:
        speaker = quote.speaker
        if speaker.entity is not None or not speaker.name:
            continue
        mention = speaker.mention
        if mention is not None and any(s <= mention.start and mention.end <= e for s, e in persons):
            continue
        name = nominative_name(speaker.name)
        if name.startswith(("Ein ", "Eine ")):
            # an indefinite description is no proper name: "ein Sprecher", as in the middle of a sentence, however
            # the mention was written ("Ein Sprecher sagte", "sagte ein Sprecher")
            name = "e" + name[1:]
        quote.speaker = replace(speaker, name=name)
