"""The German lexicons the quotation stage reads (files under ``lagebild/data/quotes/``).

Each file has a comment header saying what it holds and how to extend it; this module only
parses them into lookup tables, once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lagebild.settings import PACKAGE_DATA

QUOTES_DATA = PACKAGE_DATA / "quotes"


@dataclass(frozen=True)
class CueVerb:
    """One reporting verb: its lemma, separable particle (or ""), and whether it takes content / is a speech act."""

    lemma: str
    particle: str
    says: bool  # introduces direct or indirect content ("sagte, …")
    act: bool  # a speech act that may be reported without content ("forderte mehr Geld")
    # a stated intention or agreement ("plant, … zu verkaufen"): reports only a dass-clause or zu-infinitive
    intends: bool = False


@dataclass(frozen=True)
class StanceVerb:
    """A verb that reports a stance only with its preposition ("geht von … aus", "sieht in … eine Gefahr")."""

    verb: CueVerb
    prepositions: frozenset[str]
    position: str  # "next" | "clause" | "end" (see stance_verbs.tsv)


@dataclass(frozen=True)
class Frame:
    words: tuple[str, ...]
    speaker_side: str  # "after" ("laut Grimm"), "before" ("Grimm zufolge"), "none" ("demnach")


@dataclass
class QuoteLexicon:
    # lowercase finite form -> verbs with that form (a form may belong to "sagen" and "sagen zu")
    finite: dict[str, list[CueVerb]] = field(default_factory=dict)
    # lowercase non-finite or joined form (gesagt, mitteilte, mitgeteilt) -> verb
    joined: dict[str, CueVerb] = field(default_factory=dict)
    # (particle, participle) written apart -> verb ("bekannt gegeben")
    split_participles: dict[tuple[str, str], CueVerb] = field(default_factory=dict)
    # the participles of split_participles ("gegeben"): a token not among them, ``finite`` or ``joined`` is no cue
    split_participle_words: set[str] = field(default_factory=set)
    frames: list[Frame] = field(default_factory=list)
    pronouns: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()  # start a phrase that is not the speaker ("am Montag")
    adverbs: frozenset[str] = frozenset()  # may stand between verb and speaker ("sagte auch der Minister")
    stop_words: frozenset[str] = frozenset()
    quantifier_pronouns: frozenset[str] = frozenset()  # "Einige vertreten die Auffassung"
    other_pronouns: frozenset[str] = frozenset()  # "Irgendjemand", "Letzterer": pronouns, never a misread name
    role_nouns: tuple[str, ...] = ()  # person roles and organisation nouns, longest first
    person_roles: tuple[str, ...] = ()  # "Ministerin", "Sprecher": a person (gender by the -in ending)
    person_role_endings: tuple[str, ...] = ()  # the same in lower case, to match compounds ("Wahlbeobachter")
    organisation_nouns: tuple[str, ...] = ()  # "Konzern", "Stadt": a body that speaks
    company_nouns: tuple[str, ...] = ()  # lower case: "konzern", "unternehmen" refer back to a company
    legal_forms: frozenset[str] = frozenset()  # "AG", "GmbH": a company's name
    descriptive_roles: tuple[str, ...] = ()  # lower case: "politiker", "unternehmer" describe the person named before
    descriptive_role_genders: dict[str, str] = field(default_factory=dict)  # "mutter" -> "F": gender the form hides
    media: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    # per media pattern (same order): words one of which every match contains (``required_literals``), or None
    media_needles: list[tuple[str, ...] | None] = field(default_factory=list)
    scare_words: frozenset[str] = frozenset()
    slogan_nouns: tuple[str, ...] = ()  # word endings of slogan nouns ("Parolen", "Aufschrift")
    work_nouns: tuple[str, ...] = ()  # "Album", "CD", "Namen": a verbless quotation after them is a title
    # word sequences of inscription predicates ("zu lesen", "geschrieben stand"): the source is a place
    inscription_predicates: tuple[tuple[str, ...], ...] = ()
    subjunctive_fallback: dict[str, str] = field(default_factory=dict)  # form -> "I" | "II"
    source_nouns: frozenset[str] = frozenset()  # "nach Angaben …", "nach Meinung …"
    plan_nouns: frozenset[str] = frozenset()  # "Nach dem Gesetzentwurf soll …": a source only before "soll"
    norm_nouns: tuple[str, ...] = ()  # lower case, "gesetz", "§": "gemäß <norm>" names a rule followed, not a source
    numbered_norm_nouns: frozenset[str] = frozenset()  # "artikel": a norm only before a number ("Artikel 5")
    time_particles: frozenset[str] = frozenset()  # "erst", "kurz": "erst nach <noun>" is temporal, not a source frame
    stative_infinitives: frozenset[str] = frozenset()  # "soll … betragen": a state passed on, not a plan
    planned_state_words: frozenset[str] = frozenset()  # "soll künftig … sein": a target, not a state passed on
    # lower-cased source nouns long enough to head a compound ("Bahnangaben"); short ones only whole ("Soldaten"
    # holds "daten")
    source_compound_heads: tuple[str, ...] = ()
    # source nouns whose compounds name the holder first ("Polizeiangaben"); holder_compound_heads.txt
    holder_compound_heads: tuple[str, ...] = ()
    # role nouns naming someone who works for the organisation in the genitive after them; member_roles.txt
    member_roles: frozenset[str] = frozenset()
    speech_act_nouns: frozenset[str] = frozenset()  # "die Forderung (des X), … zu tun"
    comment_connectives: frozenset[str] = frozenset()  # "…, zu sammeln, wobei …": the author comments
    feminine_endings: tuple[str, ...] = ()  # "-ung", "-heit": "der" before such a noun is no subject
    # word -> role_gender's answer: the suffix scan over ~1,000 role nouns is the stage's hottest loop, and
    # its answer depends only on the word and this lexicon (shared by every document of a run)
    role_gender_memo: dict[str, tuple[str, str | None] | None] = field(default_factory=dict, repr=False,
                                                                         compare=False)
    # ``suffix_index`` of person_roles and of organisation_nouns, built with them (see SpeakerRules.first_suffix)
    person_role_suffixes: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False)
    organisation_noun_suffixes: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False)
    # rule that found a quote -> how often that rule is right (confidence.tsv)
    confidence: dict[str, float] = field(default_factory=dict)
    not_speech: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> words that rule out a speech act
    stance: dict[str, StanceVerb] = field(default_factory=dict)  # lowercase finite form -> stance verb
    stance_verbs: frozenset[CueVerb] = frozenset()  # the cue verbs of ``stance``
    # "Als Ursache wurde … angegeben": nouns after "als", passive participles, active forms -> particle ("" if none)
    naming_nouns: frozenset[str] = frozenset()
    naming_participles: frozenset[str] = frozenset()
    naming_verbs: dict[str, str] = field(default_factory=dict)
    document_nouns: tuple[str, ...] = ()  # "bericht", "pressemitteilung" (lower case): a text or meeting as a source
    authored_documents: tuple[str, ...] = ()  # "erklärung", "schreiben": a text whose holder ("der X") issued it
    # participles that report a statement in a passive without agent ("wurde … bemängelt"); agentless_reports.txt
    agentless_reports: frozenset[str] = frozenset()
    # verbs of denial whose negation still says the content ("nicht ausschließen, dass …"); denial_verbs.txt
    denial_verbs: frozenset[str] = frozenset()
    # (lemma, particle) of verbs that report a judgement when they name their object "als" X; judgement_verbs.tsv
    judgement_verbs: frozenset[tuple[str, str]] = frozenset()
    # head nouns that cannot speak (non_speaker_nouns.tsv): endings, whole nouns, and exceptions to both
    non_speaker_endings: tuple[str, ...] = ()
    non_speaker_words: tuple[str, ...] = ()
    speaker_exceptions: tuple[str, ...] = ()
    # nouns heading an adverbial time phrase ("Letzten September", "Vergangene Woche"): time_nouns.txt plus the
    # month, weekday, unit and season names of data/times/; "period" words open one ("Anfang März")
    time_nouns: frozenset[str] = frozenset()
    focus_particles: frozenset[str] = frozenset()  # "Selbst wenn …"
    comparison_words: frozenset[str] = frozenset()  # "mehr als", "sowohl … als auch"
    negation_focus_particles: frozenset[str] = frozenset()  # "nicht nur", "nicht zuletzt": no negated clause
    address_titles: dict[str, str] = field(default_factory=dict)  # "Frau" -> "F", "Herr" -> "M"
    period_words: frozenset[str] = frozenset()
    time_modifiers: frozenset[str] = frozenset()  # "jeden Tag", "den ganzen Sommer"
    time_postpositions: frozenset[str] = frozenset()  # "den Sommer über", "drei Wochen lang"
    weekdays: tuple[str, ...] = ()  # data/times/weekdays.tsv ("Sonnabend" too), for compounds ("Dienstagabend")
    # nouns naming a place's own kind ("die Stadt Nürnberg", "das Land Berlin"): the place itself speaks
    place_kind_nouns: frozenset[str] = frozenset()  # lower case words; place_kind_nouns.txt
    place_kind_endings: tuple[str, ...] = ()  # lower case endings that also match compounds ("stadt": "Hansestadt")


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.rstrip("\n") for ln in lines if ln.strip() and not ln.startswith("#")]


def _read_verbs(lex: QuoteLexicon, path: Path) -> None:
    for line in _lines(path):
        lemma, particle, classes, finite, participle = line.split("\t")
        particle = "" if particle == "-" else particle
        kinds = set(classes.split(","))
        verb = CueVerb(lemma, particle, "say" in kinds, "act" in kinds, "intend" in kinds)
        forms = [f for f in finite.split(",") if f]
        for form in forms:
            lex.finite.setdefault(form.lower(), []).append(verb)
        if particle:
            joined_particle = particle.replace(" ", "")
            # subordinate clauses join particle and verb: "wie das Ministerium mitteilte"
            for form in forms + [participle]:
                lex.joined[(joined_particle + form).lower()] = verb
            if " " not in particle:
                lex.split_participles[(particle.lower(), participle.lower())] = verb
                lex.split_participle_words.add(participle.lower())
            # zu-infinitive "mitzuteilen"
            lex.joined[(joined_particle + "zu" + lemma).lower()] = verb
        else:
            lex.joined[participle.lower()] = verb


def suffix_index(words: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    """Lower-case word -> (its first position in ``words``, the word as written). Why: the first of ~1,000 role nouns
    that ends a word is found by looking up the word's own endings (a few) instead of testing every noun with
    ``endswith`` (``SpeakerRules.first_suffix``)."""
    index: dict[str, tuple[int, str]] = {}
    for n, word in enumerate(words):
        index.setdefault(word.lower(), (n, word))
    return index


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` contains: its literal start, extended by the literal
    start of each alternative when a group of alternatives follows ("(?:sagte|erklärte) …", "in einer Rede|bei einer
    Rede"); None when a match may start with anything else (or the pattern ignores case). Why: ``re`` scans a pattern
    opening with alternatives position by position, trying each; a substring test rules most sentences out at once.
    Read from the parse of Python's own ``re`` module (no library exposes it)."""
    try:
        return _literals_from_parse(pattern)
    except Exception:  # noqa: BLE001
        # a private module: a Python that moves it or changes the shape of its parse gets no shortcut (every sentence
        # is searched with the pattern), never an error that would stop the quotation stage
        return None


def _literals_from_parse(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``required_literals`` from the private ``re._parser``'s parse; may raise on another Python's parse."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if (pattern.flags | parsed.state.flags) & re.IGNORECASE:
        return None

    def literal_start(items: list[tuple[object, object]]) -> tuple[str, int]:
        text = ""
        for op, av in items:
            if op is not sre.LITERAL:
                break
            text += chr(av)  # type: ignore[arg-type]
        return text, len(text)

    items = list(parsed)
    while items and items[0][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        items = items[1:]  # a word boundary or lookbehind before the first literal consumes nothing: "\b(?:im|…)"
    prefix, n = literal_start(items)
    if n < len(items) and items[n][0] is sre.BRANCH:
        needles = [prefix + literal_start(list(branch))[0] for branch in items[n][1][1]]  # type: ignore[index]
        if all(needles):
            # a word that holds another one adds nothing to the test ("sagte" holds "sagt")
            return tuple(w for w in dict.fromkeys(needles) if not any(v != w and v in w for v in needles))
    return (prefix,) if prefix else None


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    lex = QuoteLexicon()
    _read_verbs(lex, QUOTES_DATA / "cue_verbs.tsv")
    for line in _lines(QUOTES_DATA / "frames.tsv"):
        pattern, side = line.split("\t")
        lex.frames.append(Frame(tuple(pattern.split()), side))
    # longest frames first so "nach angaben von" wins over "nach angaben"
    lex.frames.sort(key=lambda f: -len(f.words))
    classes: dict[str, set[str]] = {}
    for line in _lines(QUOTES_DATA / "speaker_words.tsv"):
        cls, word = line.split("\t")
        classes.setdefault(cls, set()).add(word)
    lex.pronouns = frozenset(classes.get("pronoun", ()))
    lex.determiners = frozenset(classes.get("det", ()))
    lex.prepositions = frozenset(classes.get("prep", ()))
    lex.adverbs = frozenset(classes.get("adv", ()))
    lex.stop_words = frozenset(classes.get("stop", ()))
    lex.quantifier_pronouns = frozenset(classes.get("quantifier", ()))
    lex.other_pronouns = frozenset(classes.get("pronoun_other", ()))
    lex.focus_particles = frozenset(classes.get("focus", ()))
    lex.comparison_words = frozenset(classes.get("compare", ()))
    lex.negation_focus_particles = frozenset(classes.get("negfocus", ()))
    lex.address_titles = {**dict.fromkeys(classes.get("title_f", ()), "F"),
                          **dict.fromkeys(classes.get("title_m", ()), "M")}
    persons = set(_lines(QUOTES_DATA / "role_nouns.txt"))
    bodies = set(_lines(QUOTES_DATA / "organisation_nouns.txt"))
    lex.person_roles = tuple(sorted(persons, key=len, reverse=True))
    lex.person_role_endings = tuple(role.lower() for role in lex.person_roles)
    lex.organisation_nouns = tuple(sorted(bodies, key=len, reverse=True))
    lex.person_role_suffixes = suffix_index(lex.person_roles)
    lex.organisation_noun_suffixes = suffix_index(lex.organisation_nouns)
    lex.role_nouns = tuple(sorted(persons | bodies, key=len, reverse=True))
    for line in _lines(QUOTES_DATA / "media.tsv"):
        pattern, label = line.split("\t")
        lex.media.append((re.compile(pattern), label))
        lex.media_needles.append(required_literals(lex.media[-1][0]))
    lex.scare_words = frozenset(w.strip() for w in _lines(QUOTES_DATA / "scare_quotes.txt"))
    lex.slogan_nouns = tuple(w.strip() for w in _lines(QUOTES_DATA / "slogan_nouns.txt"))
    lex.work_nouns = tuple(w.strip() for w in _lines(QUOTES_DATA / "work_nouns.txt"))
    lex.inscription_predicates = tuple(tuple(line.split())
                                       for line in _lines(QUOTES_DATA / "inscription_predicates.txt"))
    for line in _lines(QUOTES_DATA / "konjunktiv_fallback.txt"):
        form, _, grade = line.partition("\t")
        lex.subjunctive_fallback[form.strip()] = grade.strip() or "I"
    lex.source_nouns = frozenset(_lines(QUOTES_DATA / "source_nouns.txt"))
    lex.source_compound_heads = tuple(sorted({n.lower() for n in lex.source_nouns if len(n) > 5}))
    lex.member_roles = frozenset(w.strip() for w in _lines(QUOTES_DATA / "member_roles.txt"))
    lex.holder_compound_heads = tuple(sorted((w.strip() for w in _lines(QUOTES_DATA / "holder_compound_heads.txt")),
                                             key=len, reverse=True))
    lex.plan_nouns = frozenset(_lines(QUOTES_DATA / "plan_nouns.txt"))
    norms = _lines(QUOTES_DATA / "norm_nouns.txt")
    lex.norm_nouns = tuple(w.strip().lower() for w in norms if not w.startswith("="))
    lex.numbered_norm_nouns = frozenset(w[1:].strip().lower() for w in norms if w.startswith("="))
    lex.time_particles = frozenset(w.strip().lower() for w in _lines(QUOTES_DATA / "time_particles.txt"))
    companies = _lines(QUOTES_DATA / "company_nouns.txt")
    lex.company_nouns = tuple(w.strip().lower() for w in companies if not w.startswith("="))
    lex.legal_forms = frozenset(w[1:].strip() for w in companies if w.startswith("="))
    descriptive = [line.split("\t") for line in _lines(QUOTES_DATA / "descriptive_roles.txt")]
    lex.descriptive_roles = tuple(fields[0].strip().lower() for fields in descriptive)
    lex.descriptive_role_genders = {fields[0].strip().lower(): fields[1].strip() for fields in descriptive
                                    if len(fields) > 1}
    states = _lines(QUOTES_DATA / "stative_infinitives.txt")
    lex.stative_infinitives = frozenset(w.strip() for w in states if not w.startswith("="))
    lex.planned_state_words = frozenset(w[1:].strip() for w in states if w.startswith("="))
    lex.speech_act_nouns = frozenset(_lines(QUOTES_DATA / "speech_act_nouns.txt"))
    lex.comment_connectives = frozenset(w.lower() for w in _lines(QUOTES_DATA / "comment_connectives.txt"))
    lex.feminine_endings = tuple(w.strip() for w in _lines(QUOTES_DATA / "feminine_endings.txt"))
    for line in _lines(QUOTES_DATA / "confidence.tsv"):
        rule, value = line.split("\t")[:2]
        lex.confidence[rule] = float(value)
    for line in _lines(QUOTES_DATA / "not_speech.tsv"):
        lemma, words = line.split("\t")
        lex.not_speech[lemma] = frozenset(words.split(","))
    for line in _lines(QUOTES_DATA / "stance_verbs.tsv"):
        lemma, particle, preps, position, finite = line.split("\t")
        stance = StanceVerb(CueVerb(lemma, "" if particle == "-" else particle, False, True),
                            frozenset(preps.split(",")), position)
        for form in finite.split(","):
            lex.stance[form.lower()] = stance
    lex.stance_verbs = frozenset(s.verb for s in lex.stance.values())
    naming: dict[str, list[str]] = {}
    for line in _lines(QUOTES_DATA / "naming_frames.tsv"):
        cls, word = line.split("\t")
        naming.setdefault(cls, []).append(word)
    lex.naming_nouns = frozenset(naming.get("noun", ()))
    lex.naming_participles = frozenset(naming.get("passive", ()))
    for entry in naming.get("active", ()):
        form, _, particle = entry.partition(" ")
        lex.naming_verbs[form] = particle
    documents = [line.split("\t") for line in _lines(QUOTES_DATA / "document_nouns.txt")]
    lex.document_nouns = tuple(sorted((d[0].lower() for d in documents), key=len, reverse=True))
    lex.authored_documents = tuple(d[0].lower() for d in documents if [c.strip() for c in d[1:]] == ["author"])
    lex.agentless_reports = frozenset(w.lower() for w in _lines(QUOTES_DATA / "agentless_reports.txt"))
    lex.denial_verbs = frozenset(w.strip() for w in _lines(QUOTES_DATA / "denial_verbs.txt"))
    lex.judgement_verbs = frozenset((lemma, "" if particle == "-" else particle) for lemma, particle in
                                    (line.split("\t") for line in _lines(QUOTES_DATA / "judgement_verbs.tsv")))
    non_speaker: dict[str, list[str]] = {}
    for line in _lines(QUOTES_DATA / "non_speaker_nouns.tsv"):
        kind, word = line.split("\t")
        non_speaker.setdefault(kind, []).append(word.lower())
    lex.non_speaker_endings = tuple(non_speaker.get("ending", ()))
    lex.non_speaker_words = tuple(non_speaker.get("word", ()))
    lex.speaker_exceptions = tuple(non_speaker.get("except", ()))
    times: dict[str, list[str]] = {}
    for line in _lines(QUOTES_DATA / "time_nouns.txt"):
        kind, word = line.split("\t")
        times.setdefault(kind, []).append(word)
    calendar = {name: [line.split("\t")[0] for line in _lines(PACKAGE_DATA / "times" / name)]
                for name in ("months.tsv", "weekdays.tsv", "units.tsv", "seasons.txt")}
    times.setdefault("noun", []).extend(word for words in calendar.values() for word in words)
    lex.weekdays = tuple(calendar["weekdays.tsv"])
    place_kinds = [w.strip().lower() for w in _lines(QUOTES_DATA / "place_kind_nouns.txt")]
    lex.place_kind_nouns = frozenset(w for w in place_kinds if not w.startswith("-"))
    lex.place_kind_endings = tuple(w[1:] for w in place_kinds if w.startswith("-"))
    lex.time_nouns = frozenset(times.get("noun", ()))
    lex.period_words = frozenset(times.get("period", ()))
    lex.time_modifiers = frozenset(times.get("modifier", ()))
    lex.time_postpositions = frozenset(times.get("post", ()))
    return lex
