"""POS, lemma and verb mood (Konjunktiv I/II) from lagebild_morphology."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.nlp.morphology import candidate_analyses, load_tagger
from lagebild.nlp.pipeline import build_pipeline
from lagebild.nlp.train_morphology import MODEL_FILE, upos_features, verb_context, weights_path, word_cluster


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=("lagebild_sentences", "lagebild_morphology"))


def token(nlp: Language, text: str, word: str, occurrence: int = 1) -> Token:
    hits = [t for t in nlp(text) if t.text == word]
    return hits[occurrence - 1]


def mood(nlp: Language, text: str, word: str, occurrence: int = 1) -> str:
    tok = token(nlp, text, word, occurrence)
    m = (tok.morph.get("Mood", []) or ["-"])[0]
    if m == "Sub":
        return "KI" if tok.morph.get("Tense", []) == ["Pres"] else "KII"
    return m


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Der Minister sagte, er gebe nicht auf.", "gebe", "KI"),
        ("Ich gebe nicht auf.", "gebe", "Ind"),
        ("Die Sprecherin sagte, es gebe keine Hinweise.", "gebe", "KI"),
        ("Deshalb gebe es keinen Grund zur Sorge, sagte er.", "gebe", "KI"),
        ("Wir seien gut vorbereitet, sagte die Ministerin.", "seien", "KI"),
        ("Die Ökonomin sagte, die Inflation sei nicht besiegt.", "sei", "KI"),
        ("Sie hätten das früher erkennen müssen.", "hätten", "KII"),
        ("Die Regierung würde die Steuern senken.", "würde", "KII"),
        ("Die Firmen planen keinen Stellenabbau.", "planen", "Ind"),
        ("Der Vorstand plante im vergangenen Jahr eine Fusion.", "plante", "Ind"),
        ("Wenn der Vorstand eine Fusion plante, müsste er informieren.", "plante", "KII"),
        ("Er betonte, Deutschland müsse mehr investieren.", "müsse", "KI"),
        ("Sollte es zu einer Einigung kommen, endet der Streik.", "Sollte", "KII"),
        ("Er wollte damals nicht kandidieren.", "wollte", "Ind"),
        ("Ohne die Hilfen gäbe es viele Betriebe nicht mehr.", "gäbe", "KII"),
        ("Der Präsident sagt, er habe nichts gewusst.", "habe", "KI"),
        ("Ich habe nichts gewusst.", "habe", "Ind"),
        ("Kommen Sie morgen nach Berlin!", "Kommen", "Imp"),
        ("Die Inflation liegt bei 2,4 Prozent.", "liegt", "Ind"),
    ],
)
def test_mood(nlp: Language, text: str, word: str, expected: str) -> None:
    assert mood(nlp, text, word) == expected


def test_finite_verb_features_are_complete(nlp: Language) -> None:
    tok = token(nlp, "Die Ökonomin sagte, die Inflation sei nicht besiegt.", "sei")
    assert tok.morph.get("VerbForm", []) == ["Fin"]
    assert tok.morph.get("Person", []) == ["3"] and tok.morph.get("Number", []) == ["Sing"]
    assert tok.morph.get("Tense", []) == ["Pres"]
    assert tok.pos_ == "AUX"


def test_endings_analysis_without_context() -> None:
    # e-epenthesis: "rechnet" is indicative, "plane" can be Konjunktiv I, "gäbe" only Konjunktiv II
    assert {a[0] for a in candidate_analyses("rechnet", "rechnen")} == {"Ind"}
    assert ("Sub", "Pres", "3", "Sing") in candidate_analyses("plane", "planen")
    assert {a[0] for a in candidate_analyses("gäbe", "geben")} == {"Sub"}
    assert ("Sub", "Pres", "3", "Sing") in candidate_analyses("handle", "handeln")


@pytest.mark.parametrize(
    ("word", "text", "lemma"),
    [
        ("sagte", "Die Ministerin sagte das.", "sagen"),
        ("hatte", "Er hatte Glück.", "haben"),
        ("ist", "Das ist gut.", "sein"),
        ("Kinder", "Die Kinder spielen.", "Kind"),
        ("Häusern", "In den Häusern brannte Licht.", "Haus"),
        ("gingen", "Sie gingen nach Hause.", "gehen"),
    ],
)
def test_lemmas(nlp: Language, word: str, text: str, lemma: str) -> None:
    assert token(nlp, text, word).lemma_ == lemma


def test_pos_of_common_words(nlp: Language) -> None:
    doc = nlp("Die Regierung hat am Montag in Berlin einen neuen Plan vorgestellt.")
    assert [t.pos_ for t in doc] == [
        "DET",
        "NOUN",
        "AUX",
        "ADP",
        "PROPN",
        "ADP",
        "PROPN",
        "DET",
        "ADJ",
        "NOUN",
        "VERB",
        "PUNCT",
    ]


def test_whitespace_tokens_are_space(nlp: Language) -> None:
    doc = nlp("Titel\n\nDer Text.")
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"]


def test_verb_context_finds_the_dependent_verb() -> None:
    # "hat … gesagt" (participle), "wird … kommen" (infinitive), "hat … zu tun" (zu-infinitive), "hat Glück" (none)
    assert verb_context(["PPER", "VAFIN", "ART", "NN", "VVPP"], 1, 5) == "P"
    assert verb_context(["PPER", "VAFIN", "ADV", "VVINF"], 1, 4) == "I"
    assert verb_context(["PPER", "VAFIN", "PIS", "PTKZU", "VVINF"], 1, 5) == "Z"
    assert verb_context(["PPER", "VAFIN", "NN", "$.", "VVPP"], 1, 3) == "-"  # the sentence ends at 3


def test_word_cluster_prefers_the_cased_form() -> None:
    clusters = {"Berlin": 7, "berlin": 9, "und": 3}
    assert word_cluster("Berlin", clusters) == "7"
    assert word_cluster("Und", clusters) == "3"
    assert word_cluster("Xyzzy", clusters) == "-"


def test_upos_features_are_conjoined_with_the_tag() -> None:
    words = ["Die", "Europäische", "Union", "tagt"]
    lowers = [w.lower() for w in words]
    xposes = ["ART", "ADJA", "NN", "VVFIN"]
    feats = upos_features(words, lowers, xposes, 2, 4, False, "12")
    assert all("NN" in f for f in feats)
    assert "pxNNADJA" in feats and "nwNNtagt" in feats and "cNN12" in feats


def test_the_committed_model_has_the_upos_refiner() -> None:
    model = load_tagger()
    assert "NN" in model.refine_xpos and model.upos_classes
    assert not any(x.startswith("V") for x in model.refine_xpos)  # verbs keep the participle rule


def test_model_without_refiner_file_still_loads(tmp_path: Path) -> None:
    for src in (MODEL_FILE, weights_path(MODEL_FILE)):
        shutil.copy(src, tmp_path / src.name)
    model = load_tagger.__wrapped__(tmp_path / MODEL_FILE.name)
    assert model.refine_xpos == frozenset()
    assert model.upos("Haus", "NN") == "NOUN"


@pytest.mark.parametrize(
    ("text", "word", "upos"),
    [
        ("Das ist gut.", "Das", "PRON"),  # PDS: the refiner follows GSD (demonstrative pronoun)
        ("Das Haus ist alt.", "Das", "DET"),
        ("Die Zahl der Arbeitslosen stieg im März.", "März", "PROPN"),  # GSD tags month names PROPN
        ("Die Zahl der Arbeitslosen stieg im März.", "Zahl", "NOUN"),
        ("Die Gewerkschaft fordert mehr Geld.", "Gewerkschaft", "NOUN"),
    ],
)
def test_upos_in_context(nlp: Language, text: str, word: str, upos: str) -> None:
    assert token(nlp, text, word).pos_ == upos


# --------------------------------------------------------------------------- fast scorer = reference tagger

_SCORER_TEXT = (
    "Die Ökonomin Veronika Grimm sagte am 3. März in Berlin, die Lage sei ernst. „Wir müssen handeln“, "
    "betonte sie. Laut Statistischem Bundesamt stieg die Inflation auf 2,4 Prozent. Sollte es regnen, "
    "verschiebe man das Fest. Die Bürger:innen hätten früher informiert werden müssen, kritisierte der "
    "Verband. Sagen Sie uns, was Sie planen! Die Maßnahme zeige Wirkung, hieß es aus dem Ministerium."
)


def _streams(nlp: Language) -> tuple[list[str], list[bool]]:
    doc = nlp.get_pipe("lagebild_sentences")(nlp.make_doc(_SCORER_TEXT * 3))
    words = [t.text for t in doc if not t.is_space]
    initial = [bool(t.is_sent_start) for t in doc if not t.is_space]
    initial[0] = True
    return words, initial


def test_fast_scorer_tags_exactly_like_the_reference(nlp: Language) -> None:
    from lagebild.nlp.morphology import PerceptronScorer

    model = load_tagger()
    words, initial = _streams(nlp)
    expected = model.tag_exact(words, initial)
    assert model.tag(words, initial) == expected
    # Every word through the exact near-tie path, and none: the same tags either way.
    scorer = PerceptronScorer(model)
    scorer.margin = 1e9
    assert scorer.tag(words, initial) == expected
    scorer = PerceptronScorer(model)
    scorer.margin = 0.0
    assert scorer.tag(words, initial) == expected
    assert scorer.tag(words[:1], initial[:1]) == model.tag_exact(words[:1], initial[:1])
    assert scorer.tag([], []) == []


def test_fast_scorer_word_tables_start_afresh_when_full(nlp: Language) -> None:
    from lagebild.nlp.morphology import PerceptronScorer

    model = load_tagger()
    words, initial = _streams(nlp)
    scorer = PerceptronScorer(model)
    scorer.MAX_TYPES = 50  # smaller than the text's vocabulary: the tables are rebuilt on every call
    assert scorer.tag(words, initial) == model.tag_exact(words, initial)
    assert scorer.tag(words, initial) == model.tag_exact(words, initial)
    assert len(scorer._words) <= len(set(words)) + 3  # plus the two document edges and the gap


def test_many_documents_tagged_together_get_their_own_tags(nlp: Language) -> None:
    """Documents joined in one pass are tagged as if each were alone: no neighbour, history or quote start leaks
    across a document boundary (docs ending in an opening quote or a name, one-word and empty docs)."""
    from lagebild.nlp.morphology import PerceptronScorer

    model = load_tagger()
    words, initial = _streams(nlp)
    streams = [
        (words[:40], initial[:40]),
        ([], []),
        (["Sie", "sagte", "„"], [True, False, False]),
        (["Gebe"], [True]),  # after a quote opener, yet starts afresh (and is not a sentence start here)
        (["gebe", "es", "Hinweise"], [False, False, False]),  # the first word resets the history all the same
        (words[40:], initial[40:]),
    ]
    expected = [model.tag_exact(w, i) if w else [] for w, i in streams]
    for margin in (None, 0.0, 1e9):  # default, no exact re-scoring, every word re-scored exactly
        scorer = PerceptronScorer(model)
        if margin is not None:
            scorer.margin = margin
        assert scorer.tag_many(streams) == expected
    assert PerceptronScorer(model).tag_many([([], [])]) == [[]]


def test_component_pipe_annotates_like_one_doc_at_a_time(nlp: Language) -> None:
    texts = [
        _SCORER_TEXT,
        "",
        "Die Ökonomin sagte: „",
        "Wenn die Preise weiter stiegen, würden viele Haushalte Probleme bekommen.\n\nSagen Sie uns, was Sie planen!",
        _SCORER_TEXT[::-1],
    ]
    morphology = nlp.get_pipe("lagebild_morphology")
    sentences = nlp.get_pipe("lagebild_sentences")

    def annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
        return [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in doc]

    one_by_one = [annotations(morphology(sentences(nlp.make_doc(t)))) for t in texts]
    for batch_size in (1, 2, 16):
        docs = [sentences(nlp.make_doc(t)) for t in texts]
        assert [annotations(d) for d in morphology.pipe(docs, batch_size=batch_size)] == one_by_one
    assert [annotations(d) for d in nlp.pipe(texts)] == one_by_one
    assert one_by_one[0][1] == ("NOUN", "NN", "Ökonomin", "")


def test_new_word_types_get_the_rows_of_their_feature_strings() -> None:
    """The scorer's per-type tables (built in bulk for unseen word forms) hold exactly the rows of the feature
    strings ``features`` builds: own rows in and out of sentence starts, and the rows as a neighbour."""
    from lagebild.nlp.morphology import PerceptronScorer
    from lagebild.nlp.train_morphology import features

    model = load_tagger()
    scorer = PerceptronScorer(model)
    row = scorer._row
    words = ["Die", "Bürger:innen", "Strack-Zimmermann", "Wärmepumpenförderung", "xqzv", "2,4", "EU", "„", "sagte",
             "die", "DIE", "a", "Ä", "ß", "3", "1990er", "-", "E-Mail", "COVID-19", "İstanbul", "w", "pw", "n2", "Öl",
             "Straße", "z.B.", "10:30", "€", "Merkels", "regierung", "Regierung", "wwahl", "nwo"]
    lowers = [w.lower() for w in words]
    types = scorer._types(words)
    assert scorer._types(words) == types  # registered once
    own = [0, 1, 2, 3, 4, 5, 6, 15, 16]  # b w s3 s2 s4 p2 sh c cs in ``features``' order
    for i, (word, t) in enumerate(zip(words, types, strict=True)):
        cluster = word_cluster(word, model.clusters)
        for initial in (False, True):
            feats = features(words, lowers, i, "ART", "NN", initial, cluster)
            assert scorer._own[t, int(initial)].tolist() == [row(feats[k]) for k in own]
        low = lowers[i]
        expected = [row("pw" + low), row("ps" + low[-3:]), row("nw" + low), row("ns" + low[-3:]), row("n2" + low)]
        assert scorer._neighbour[t].tolist() == expected
    assert any(scorer._own[t, 0, 1] != scorer.zero_row for t in types)  # some words are known to the model


def test_cached_verb_analysis_still_follows_each_context(nlp: Language) -> None:
    """A verb form's context-free UPOS and lemma are kept per (form, tag, sentence start); the context rules
    ("haben" AUX only with a participle, mood by subject) must still decide per occurrence."""
    doc = nlp("Er hat Glück. Sie hat gesagt, er habe Zeit. Ich habe Zeit. Er hat Glück.")
    hats = [t for t in doc if t.text == "hat"]
    assert [t.pos_ for t in hats] == ["VERB", "AUX", "VERB"]
    assert {t.lemma_ for t in hats} == {"haben"}
    habes = [t for t in doc if t.text == "habe"]
    assert [t.morph.get("Mood") for t in habes] == [["Sub"], ["Ind"]]


def test_refiner_scores_many_words_at_once_as_one_at_a_time(nlp: Language) -> None:
    """``refine_many`` (one numpy pass over a document's words) gives the UPOS that the plain ``refine_upos`` gives
    word by word: same features, same float sums, same first maximum."""
    model = load_tagger()
    refiner = model.refiner
    texts = [
        _SCORER_TEXT,
        "Merkel sagte in Berlin, die Bundesregierung werde das prüfen. Das ist gut. Dies aber nicht, so Scholz.",
        "„Das Werk in Zwickau bleibt“, sagte VW-Chef Oliver Blume. Einige meinen, dass alles so bleibe wie es ist.",
    ]
    for text in texts:
        doc = nlp(text)
        words = [t.text for t in doc if not t.is_space]
        tokens = [t for t in doc if not t.is_space]
        lowers = [w.lower() for w in words]
        tags = [t.tag_ for t in tokens]
        initial = [bool(t.is_sent_start) for t in tokens]
        initial[0] = True
        starts = [j for j, ini in enumerate(initial) if ini] + [len(words)]
        todo = [j for j, tag in enumerate(tags) if tag in model.refine_xpos]
        ends = [next(s for s in starts if s > j) for j in todo]
        pairs = list(zip(todo, ends, strict=True))
        plain = [model.refine_upos(words, lowers, tags, j, end, initial[j]) for j, end in pairs]
        assert len(todo) >= 3
        assert refiner.refine_many(words, lowers, tags, todo, ends, initial) == plain
    assert refiner.refine_many([], [], [], [], [], []) == []


def test_rows_by_piece_equal_the_rows_of_the_prefixed_strings() -> None:
    """The table a new type's whole-form rows come from: for every piece the model has, exactly the row of each
    prefix + piece (the zero row where the model lacks it), with prefixes of different lengths mixed."""
    from lagebild.nlp.morphology import PerceptronScorer

    model = load_tagger()
    scorer = PerceptronScorer(model)
    prefixes = ("w", "pw", "nw", "n2", "s")
    table = scorer._rows_by_piece(prefixes)
    assert model._caches["rows_by_lower"] is scorer._by_lower  # built once per model, shared by its scorers
    for piece in ["die", "sagte", "regierung", "xqzv", "", "2,4", "w", "s3e"]:
        expected = tuple(scorer._row(prefix + piece) for prefix in prefixes)
        assert table.get(piece, (scorer.zero_row,) * len(prefixes)) == expected, piece
    for feature in list(model.feature_rows)[:: max(1, len(model.feature_rows) // 3000)]:
        for k, prefix in enumerate(prefixes):
            if feature.startswith(prefix):
                assert table[feature[len(prefix) :]][k] == model.feature_rows[feature], feature
    assert all(any(r != scorer.zero_row for r in rows) for rows in table.values())
