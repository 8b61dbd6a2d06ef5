"""Named entities: the committed model on clear sentences, lexicon features, the BILOU labeller, the training recipe."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.language import Language

from lagebild.errors import ModelMissing
from lagebild.nlp.ner import (
    DEFAULT_MODEL,
    LABELS,
    TAGS,
    EntityRecogniser,
    FeatureExtractor,
    allowed_transitions,
    bilou_from_iob,
    lexicon_getters,
    load_labeller,
    load_lexicons,
    spans_from_bilou,
    viterbi,
)
from lagebild.nlp.train_ner import NerSettings, make_examples, read_europeana, read_germeval, train_ner


@pytest.fixture(scope="session")
def backbone() -> Language:
    from lagebild.nlp.pipeline import BACKBONE, build_pipeline

    return build_pipeline(components=BACKBONE)


def ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_person_and_place_in_a_clear_sentence(backbone: Language) -> None:
    found = ents(backbone, "Bundeskanzlerin Angela Merkel besuchte am Montag Berlin und traf dort Emmanuel Macron.")
    assert ("Angela Merkel", "PER") in found
    assert ("Berlin", "LOC") in found
    assert ("Emmanuel Macron", "PER") in found


def test_company_with_legal_form_is_an_organisation(backbone: Language) -> None:
    doc = backbone("Die Siemens AG meldete am Dienstag in München einen höheren Gewinn.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert any("Siemens" in o for o in orgs), [(e.text, e.label_) for e in doc.ents]
    assert ("München", "LOC") in {(e.text, e.label_) for e in doc.ents}


def test_only_the_four_labels_and_valid_offsets(backbone: Language) -> None:
    text = "Der SPD-Vorsitzende Lars Klingbeil sagte der Deutschen Presse-Agentur in Berlin, die Liga sei wichtig."
    doc = backbone(text)
    assert doc.ents
    for e in doc.ents:
        assert e.label_ in LABELS
        assert text[e.start_char : e.end_char] == e.text


def test_lexicons_parse_roles_organisations_parties_and_places() -> None:
    lex = load_lexicons()
    for role in ("Bundesverteidigungsminister", "Wirtschaftsweise", "Regierungssprecherin", "Ökonomin",
                 "Kanzler", "Ministerpräsidentin"):
        assert lex.is_role(role), role
    assert not lex.is_role("Haus") and not lex.is_role("minister")
    assert lex.is_org_word("Bundesfinanzministerium") and lex.is_org_word("GmbH")
    assert lex.parties["Grünen"] == "Grüne" and lex.parties["SPD"] == "SPD"
    assert {"Deutschland", "München", "Frankreich"} <= lex.places
    assert "Veronika" in lex.first_names


def test_lexicon_features_follow_the_files_a_user_extends(tmp_path: Path) -> None:
    (tmp_path / "places.txt").write_text("# my places\nEntenhausen\nNeu Entenhausen\n", encoding="utf-8")
    (tmp_path / "roles.txt").write_text("-häuptling\n", encoding="utf-8")
    lex = load_lexicons(tmp_path)
    getters = lexicon_getters(lex)
    assert getters["place"]("Entenhausen") and getters["place"]("Entenhausens")  # genitive
    assert getters["role"]("Stammeshäuptling")
    assert not getters["place"]("Berlin")  # not in this lexicon folder
    extractor = FeatureExtractor(lex, {})
    words = ["Er", "flog", "nach", "Neu", "Entenhausen"]
    feats = extractor.sentence_strings(words, ["PPER", "VVFIN", "APPR", "NE", "NE"])
    assert "g=place" in feats[4] and "mgBLOC" in feats[3] and "mgILOC" in feats[4]
    assert "g=place" not in feats[2]


def test_bilou_conversion_and_decoding_keep_spans_well_formed() -> None:
    iob = ["B-PER", "I-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]
    bilou = bilou_from_iob(iob)
    assert bilou == ["B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-ORG", "U-ORG"]
    assert spans_from_bilou(bilou) == [(0, 3, "PER"), (4, 5, "LOC"), (5, 6, "ORG"), (6, 7, "ORG")]
    # Emissions that alone would say "I-LOC" after "B-PER" and end inside an entity: Viterbi must not obey them.
    mask = numpy.where(allowed_transitions(), 0.0, -numpy.inf)
    emissions = numpy.zeros((3, len(TAGS)))
    emissions[0, TAGS.index("B-PER")] = 5.0
    emissions[1, TAGS.index("I-LOC")] = 5.0
    emissions[1, TAGS.index("L-PER")] = 1.0
    emissions[2, TAGS.index("B-LOC")] = 5.0
    path = [TAGS[k] for k in viterbi(emissions, mask)]
    assert path[:2] == ["B-PER", "L-PER"] and path[2] != "B-LOC"


def test_tagging_uses_exactly_the_training_features() -> None:
    """The cached tagging path (feature rows per word form) scores like the training path (feature strings)."""
    labeller = load_labeller(DEFAULT_MODEL)
    words = ["Der", "SPD-Chef", "Lars", "Klingbeil", "sprach", "in", "New", "York", "mit", "der", "UNO", "."]
    pos = ["ART", "NN", "NE", "NE", "VVFIN", "APPR", "NE", "NE", "APPR", "ART", "NE", "$."]
    flat, offsets = labeller.sentence_ids(words, pos)
    rows = labeller.feature_rows
    expected = numpy.stack([labeller.weights[[rows[f] for f in feats if f in rows]].sum(axis=0)
                            for feats in labeller.extractor.sentence_strings(words, pos)])
    assert numpy.allclose(labeller.scores(flat, offsets), expected, atol=1e-4)
    # the fast path (per-word sums shifted into place), here with sentences of 1, 2 and 12 words in one batch
    short = [(["Berlin"], ["NE"]), (["Angela", "Merkel"], ["NE", "NE"])]
    stacked, lengths = labeller.emissions([*short, (words, pos)])
    assert lengths == [1, 2, 12]
    expected_short = [labeller.scores(*labeller.sentence_ids(w, p)) for w, p in short]
    assert numpy.allclose(stacked, numpy.concatenate([*expected_short, expected]), atol=1e-4)


def test_whitespace_tokens_are_skipped_and_offsets_hold(backbone: Language) -> None:
    text = "Olaf Scholz reiste nach Paris.\n\n     \nDort traf er Emmanuel Macron."
    doc = backbone(text)
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Olaf Scholz", "PER") in found and ("Paris", "LOC") in found
    for e in doc.ents:
        assert not e[0].is_space and not e[-1].is_space
        assert text[e.start_char : e.end_char] == e.text


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="lagebild train ner"):
        EntityRecogniser(spacy.blank("de"), tmp_path)


GERMEVAL_SAMPLE = """#\thttp://example.org/1\t[2010-01-01]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesuchte\tO\tO
4\tdie\tO\tO
5\tdeutsche\tB-LOCderiv\tO
6\tHauptstadt\tO\tO
7\tBerlin\tB-LOC\tO
8\t.\tO\tO

#\thttp://example.org/2\t[2010-01-01]
1\tDie\tO\tO
2\tSiemens\tB-ORG\tO
3\tAG\tI-ORG\tO
4\tsponsert\tO\tO
5\tdie\tO\tO
6\tBundesliga\tB-OTH\tO
7\t.\tO\tO

"""

EUROPEANA_SAMPLE = "Herr O\nBismarck B_PER\nreiste O\nnach O\nWien B-LOC\n. O\n"


def test_readers_map_deriv_part_to_no_entity_and_fix_tag_typos(tmp_path: Path) -> None:
    tsv = tmp_path / "dev.tsv"
    tsv.write_text(GERMEVAL_SAMPLE, encoding="utf-8")
    sentences = read_germeval(tsv)
    assert sentences[0][0][:2] == ["Angela", "Merkel"]
    nlp = spacy.blank("de")
    example = make_examples(nlp, sentences[:1])[0]
    assert [(e.text, e.label_) for e in example.reference.ents] == [("Angela Merkel", "PER"), ("Berlin", "LOC")]
    bio = tmp_path / "x.bio"
    bio.write_text(EUROPEANA_SAMPLE, encoding="utf-8")
    assert read_europeana(bio) == [(["Herr", "Bismarck", "reiste", "nach", "Wien", "."],
                                    ["O", "B-PER", "O", "O", "B-LOC", "O"])]


def test_train_recipe_on_a_tiny_sample(tmp_path: Path) -> None:
    tsv = tmp_path / "dev.tsv"
    tsv.write_text(GERMEVAL_SAMPLE * 6, encoding="utf-8")
    bio = tmp_path / "x.bio"
    bio.write_text(EUROPEANA_SAMPLE * 3, encoding="utf-8")
    out = tmp_path / "model"
    settings = NerSettings(min_count=1, max_epochs=3, europeana_share=1.0, prune=0.0)
    summary = train_ner(output=out, settings=settings, germeval=tsv, europeana=[bio])
    assert "held_out_f1=" in summary
    recipe = (out / "RECIPE.md").read_text(encoding="utf-8")
    assert hashlib.sha256(tsv.read_bytes()).hexdigest() in recipe
    assert hashlib.sha256(bio.read_bytes()).hexdigest() in recipe
    nlp = spacy.blank("de")
    recogniser = EntityRecogniser(nlp, out)
    doc = recogniser(nlp("Angela Merkel besuchte Berlin ."))
    assert all(e.label_ in LABELS for e in doc.ents)
    # six copies of one sentence: the model must have learnt it
    assert {(e.text, e.label_) for e in doc.ents} >= {("Angela Merkel", "PER")}


def test_lexicon_rules_fix_legal_forms_and_add_listed_organisations() -> None:
    from spacy.tokens import Doc

    from lagebild.nlp.ner import apply_lexicon_rules

    vocab = spacy.blank("de").vocab
    words = ["Die", "Siemens", "AG", "und", "die", "SPD", "streiten", "in", "Berlin", "."]
    doc = Doc(vocab, words=words, ents=["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "O"])
    doc = apply_lexicon_rules(doc, load_lexicons())
    assert [(e.text, e.label_) for e in doc.ents] == [("Siemens AG", "ORG"), ("SPD", "ORG"), ("Berlin", "LOC")]


def test_entity_word_table_keeps_words_mostly_inside_one_entity_type() -> None:
    from lagebild.nlp.ner import entity_word_table

    sentences = [
        (["Die", "Bundesliga", "startet", "in", "Berlin"], ["O", "B-OTH", "O", "O", "B-LOC"]),
        (["In", "Berlin", "regnet", "es"], ["O", "B-LOC", "O", "O"]),
        (["Die", "Bank", "und", "die", "Deutsche", "Bank"], ["O", "O", "O", "O", "B-ORG", "I-ORG"]),
    ]
    table = entity_word_table(sentences)
    assert table["Bundesliga"] == "OTH" and table["Berlin"] == "LOC" and table["Deutsche"] == "ORG"
    assert "Die" not in table and "Bank" not in table  # as often outside an entity as inside


def test_refit_trains_on_the_held_out_tenth_too_and_is_deterministic(tmp_path: Path) -> None:
    import gzip

    held_out = "#\tx\t[2010-01-01]\n1\tXaver\tB-PER\tO\n2\tYllmann\tI-PER\tO\n3\tkam\tO\tO\n4\t.\tO\tO\n\n"
    tsv = tmp_path / "dev.tsv"
    tsv.write_text(held_out + GERMEVAL_SAMPLE * 5, encoding="utf-8")  # sentence 0 is the held-out tenth

    def features(name: str, refit: bool) -> tuple[set[str], numpy.ndarray]:
        out = tmp_path / name
        settings = NerSettings(min_count=1, max_epochs=2, europeana=False, prune=0.0, refit_all=refit)
        train_ner(output=out, settings=settings, germeval=tsv)
        with gzip.open(out / "features.txt.gz", "rt", encoding="utf-8") as fh:
            names = set(fh.read().split("\n"))
        with numpy.load(out / "labeller.npz") as data:
            return names, data["weights"]

    selected, _ = features("selected", refit=False)
    refit, weights = features("refit", refit=True)
    assert "w=Yllmann" not in selected
    assert "w=Yllmann" in refit
    assert numpy.array_equal(features("again", refit=True)[1], weights)


def test_batched_decoder_matches_single_sentence_viterbi() -> None:
    from lagebild.nlp.ner import spans_from_paths, viterbi_batch, viterbi_paths

    rng = numpy.random.default_rng(3)
    labeller = load_labeller(DEFAULT_MODEL)
    lengths = [1, 7, 2, 30, 0, 5]
    emissions = rng.normal(0, 3, (sum(lengths), len(TAGS))).astype(numpy.float32)
    starts = numpy.cumsum(lengths) - numpy.asarray(lengths)
    expected = [viterbi(emissions[s : s + n], labeller.transitions) for s, n in zip(starts, lengths, strict=True)]
    assert viterbi_batch(emissions, lengths, labeller.transitions) == expected
    paths = viterbi_paths(emissions, lengths, labeller.transitions)
    assert spans_from_paths(paths, lengths) == [spans_from_bilou([TAGS[t] for t in p]) for p in expected]


def test_batched_decoder_breaks_ties_like_the_reference_decoder() -> None:
    """Whole-number emissions make many equal path scores: the decoder that recomputes its back-pointers must
    pick the same (first best) previous tags as the reference that stores them."""
    from lagebild.nlp.ner import viterbi_batch, viterbi_batch_reference

    rng = numpy.random.default_rng(11)
    labeller = load_labeller(DEFAULT_MODEL)
    for _ in range(5):
        lengths = rng.integers(0, 25, 40).tolist()
        emissions = rng.integers(-2, 3, (sum(lengths), len(TAGS))).astype(numpy.float32)
        assert viterbi_batch(emissions, lengths, labeller.transitions) == viterbi_batch_reference(
            emissions, lengths, labeller.transitions
        )


def test_word_pair_table_finds_exactly_the_model_bigram_features() -> None:
    labeller = load_labeller(DEFAULT_MODEL)
    none = len(labeller.weights)
    table = labeller._pair_table()
    bigrams = [f for f in labeller.feature_rows if f.startswith(("bl-=", "bl+="))]
    assert bigrams and table
    for feature in bigrams:
        left, _, right = feature[4:].partition("|")
        side = 0 if feature.startswith("bl-=") else 1
        assert table[(left, right)][side] == labeller.feature_rows[feature]
    for pair, (minus, plus) in table.items():
        joined = pair[0] + "|" + pair[1]
        assert minus == labeller.feature_rows.get("bl-=" + joined, none)
        assert plus == labeller.feature_rows.get("bl+=" + joined, none)
    assert ("zzqx", "qqzx") not in table


def test_span_reading_of_tag_indices_matches_the_bilou_reader_even_on_ill_formed_paths() -> None:
    from lagebild.nlp.ner import spans_from_paths

    rng = numpy.random.default_rng(5)
    lengths = [12, 3, 9]
    paths = rng.integers(0, len(TAGS), (3, 12))
    paths[rng.random((3, 12)) < 0.4] = 0
    expected = [spans_from_bilou([TAGS[t] for t in row[:n]]) for row, n in zip(paths.tolist(), lengths, strict=True)]
    assert spans_from_paths(paths, lengths) == expected


def test_fast_tagging_path_gives_the_reference_entities(backbone: Language) -> None:
    """The per-document fast path (flat arrays, batched decoder) against the previous path kept as reference."""
    recogniser = backbone.get_pipe("lagebild_ner")
    texts = [
        "Bundeskanzlerin Angela Merkel besuchte am Montag Berlin und traf dort Emmanuel Macron.",
        "Olaf Scholz reiste nach New York.\n\n     \nDort traf er die Deutsche Bank und die SPD-Chefin Saskia Esken.",
        "Laut Statistischem Bundesamt stieg die Inflation. „Das ist zu viel“, sagte die Ökonomin Veronika Grimm.",
        "",
        "Die Siemens AG meldete in München einen Gewinn. IG Metall und Verdi protestierten in Frankfurt am Main.",
        # the name rules after the model (particles, initials, later particle surnames) run on both paths
        "Ursula von der Leyen traf J. K. Rowling. Von der Leyen sagte, Rafael van der Vaart komme auch.",
    ]
    with backbone.select_pipes(disable=["lagebild_ner"]):
        docs = list(backbone.pipe(texts))
    reference = recogniser.spans_reference(docs)
    for doc in docs:
        recogniser(doc)
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == reference
    assert any(reference)
    labeller = recogniser._labeller
    words, sentences = recogniser._sentences(docs[1])
    tags = [recogniser._text(k) for k in docs[1].to_array("TAG").tolist()]
    items = [([words[i] for i in s], [tags[i] for i in s]) for s in sentences]
    assert numpy.array_equal(labeller.emissions(items)[0], labeller.emissions_reference(items)[0])


def test_cached_word_templates_equal_the_plain_reference() -> None:
    """``word_templates`` shares cluster/flag/shape strings between forms; the strings and their order (which fixes
    the float sums) must be those of the plain reference for every kind of form."""
    labeller = load_labeller(DEFAULT_MODEL)
    extractor = labeller.extractor
    words = [
        "Berlin", "Berlins", "SPD-Chefin", "Bundesfinanzminister", "GmbH", "Siemens", "die", "Die", "2,4", "„",
        "Strack-Zimmermann", "xqzvbn", "Wärmepumpenförderung", "EU", "-", "a-b", "Angela", "https://example.org/a-b",
    ]
    for word in words:
        first = extractor.word_templates(word)
        assert first == extractor.word_templates_reference(word), word
        assert extractor.word_templates(word) is first  # cached per form
    assert "g=party" in extractor.word_templates("SPD-Chefin")[0]


def test_emissions_of_unseen_forms_are_bit_identical_to_the_reference() -> None:
    """New word forms take the bulk path (one look-up pass, rows dropped with numpy); the scores must be the
    reference's bit for bit, with the form table cold, warm, and started afresh when full."""
    labeller = load_labeller(DEFAULT_MODEL)
    sentences = [
        (["Olaf", "Scholz", "traf", "die", "SPD-Chefin", "Saskia", "Esken", "in", "Xqzvhausen", "."],
         ["NE", "NE", "VVFIN", "ART", "NN", "NE", "NE", "APPR", "NE", "$."]),
        (["Laut", "Statistischem", "Bundesamt", "stieg", "die", "Inflation", "auf", "2,4", "Prozent"],
         ["APPR", "ADJA", "NN", "VVFIN", "ART", "NN", "APPR", "CARD", "NN"]),
        ([], []),
        (["Die", "Siemens", "AG", "meldete", "in", "New", "York", "einen", "Gewinn"],
         ["ART", "NE", "NN", "VVFIN", "APPR", "NE", "NE", "ART", "NN"]),
    ]
    expected = labeller.emissions_reference(sentences)[0]
    labeller._form_info.clear()
    labeller._form_count = 1
    assert numpy.array_equal(labeller.emissions(sentences)[0], expected)  # cold: every form new
    assert numpy.array_equal(labeller.emissions(sentences)[0], expected)  # warm
    size = labeller.form_cache_size
    labeller.form_cache_size = 3
    try:
        assert numpy.array_equal(labeller.emissions(sentences)[0], expected)
        assert numpy.array_equal(labeller.emissions(sentences)[0], expected)  # table full: started afresh
    finally:
        labeller.form_cache_size = size
        labeller._form_info.clear()
        labeller._form_count = 1


_ODD_FORMS = [
    "Berlin", "Berlins", "berlin", "SPD-Chefin", "Strack-Zimmermann", "E-Mail", "COVID-19", "x-y", "-", "--", "-los",
    "Über-", "a", "Ä", "ß", "Straße", "STRASSE", "3", "12.5", "2,4", "1990er", "„", "=", "a=b", "l=x", "w=",
    "Wärmepumpenförderung", "Öl", "ÖPNV-Chef", "GmbH", "Siemens", "Angela", "die", "Die", "xqzvbn",
    "Bundesfinanzminister",
    "https://example.org/a-b", "CDU/CSU", "Merkels", "Ab-", "z.B.", "10:30", "€", "İstanbul", "ǅemal", "ﬁnanz",
]


def _rows_by_strings(rows: dict[str, int], templates: tuple[tuple[str, ...], ...]) -> list[list[int]]:
    return [[rows.get(feature, -1) for feature in part] for part in templates[:5]]


def test_form_rows_from_pieces_equal_the_rows_of_the_feature_strings() -> None:
    """``FormFeatureRows`` finds a form's rows from its pieces; they must be the rows of ``word_templates``'s strings,
    in order, for every kind of form — with the real model and with a model that knows every one of the strings."""
    from lagebild.nlp.ner import FormFeatureRows

    labeller = load_labeller(DEFAULT_MODEL)
    extractor = labeller.extractor
    # Many real forms too: each word of a German paragraph and its neighbours' pieces.
    text = ("Die Ökonomin Veronika Grimm sagte am Montag in Berlin, die Inflation sei auf 2,4 Prozent gestiegen; "
            "der Bundesverband der Deutschen Industrie (BDI) und die IG-Metall-Vorsitzende widersprachen.")
    forms = [*_ODD_FORMS, *text.split(), *(w.lower() for w in text.split()), *(w.upper() for w in text.split())]
    every_string = {f for word in forms for part in extractor.word_templates(word)[:5] for f in part}
    full_model = {feature: row for row, feature in enumerate(sorted(every_string))}
    full_model["w==x"] = len(full_model)  # a feature whose piece starts with "=": cut at the first "="
    found_any = False
    for rows in (labeller.feature_rows, full_model):
        pieces = FormFeatureRows(rows, extractor)
        for word in forms:
            templates = extractor.word_templates_reference(word)
            *parts, low, shape_known = pieces.form_rows(word)
            assert parts == _rows_by_strings(rows, templates), word
            assert (low, shape_known) == templates[5], word
            found_any = found_any or any(r >= 0 for part in parts for r in part)
        assert pieces.form_rows("=x")[0][0] == rows.get("w==x", -1)
    assert found_any


def test_new_form_rows_equal_the_string_reference() -> None:
    """The bulk rows of new forms (from pieces) against the string path: same flat rows, same part offsets."""
    labeller = load_labeller(DEFAULT_MODEL)
    flat, offsets, lows, shapes = labeller._new_form_rows(_ODD_FORMS)
    reference_parts = [part for word in _ODD_FORMS for part in labeller._word_rows(word)]  # by feature strings
    reference_flat = [r for part in reference_parts for r in part]
    reference_offsets = numpy.cumsum([0] + [len(part) for part in reference_parts[:-1]])
    assert numpy.array_equal(flat, reference_flat) and numpy.array_equal(offsets, reference_offsets)
    assert len(offsets) == 5 * len(_ODD_FORMS) and len(flat) > len(_ODD_FORMS)
    assert list(zip(lows, shapes, strict=True)) == [labeller.extractor.word_templates(w)[5] for w in _ODD_FORMS]


# ----------------------------------------------------------------------------- names with particles (issue 3)


@pytest.mark.parametrize("text, name", [
    ("Das sagte Ursula von der Leyen am Montag in Brüssel.", "Ursula von der Leyen"),
    ("Karl-Theodor zu Guttenberg trat zurück.", "Karl-Theodor zu Guttenberg"),
    ("Rafael van der Vaart traf zweimal.", "Rafael van der Vaart"),
    ("Kronprinz Mohammed bin Salman empfing den Gast.", "Mohammed bin Salman"),
    ("Kommissionspräsidentin von der Leyen sagte, man werde handeln.", "von der Leyen"),
])
def test_person_name_with_particle_is_one_entity(backbone: Language, text: str, name: str) -> None:
    persons = [e.text for e in backbone(text).ents if e.label_ == "PER"]
    assert len(persons) == 1 and persons[0].endswith(name), persons


def _person_spans(sentence: str, spans: list[tuple[int, int, str]]) -> list[str]:
    from lagebild.nlp.ner import person_name_spans

    words = sentence.split()
    out = person_name_spans(words, spans, load_lexicons(), common_nouns=lambda word: word in {"Tage", "Gesprächen"})
    return [f"{' '.join(words[s:e])}/{label}" for s, e, label in out]


def test_particle_extends_the_person_span_and_replaces_what_overlapped() -> None:
    # the model's cut "Ursula" + a place "Leyen" → one person; later mentions of the particle surname follow,
    # also capitalised at the start of a sentence
    sentence = "Ursula von der Leyen war in Rom . Von der Leyen sagte , von der Leyen sei gut ."
    assert _person_spans(sentence, [(0, 1, "PER"), (3, 4, "LOC"), (6, 7, "LOC")]) == [
        "Ursula von der Leyen/PER", "Rom/LOC", "Von der Leyen/PER", "von der Leyen/PER"]
    # untagged given names before a particle that only occurs in names
    assert _person_spans("Er hörte Ludwig van Beethoven .", []) == ["Ludwig van Beethoven/PER"]
    # the model took the particle but not the surname
    assert _person_spans("Rafael van der Vaart traf .", [(0, 2, "PER")]) == ["Rafael van der Vaart/PER"]


@pytest.mark.parametrize("sentence, spans", [
    ("Olaf Scholz von der SPD sagte .", [(0, 2, "PER"), (4, 5, "ORG")]),  # a surname before the preposition
    ("Scholz zu Gesprächen bereit .", [(0, 1, "PER")]),
    ("Veronika Grimm von der Universität sagte .", [(0, 2, "PER")]),  # known organisation head noun
    ("Thomas von der Stiftung sagte .", [(0, 1, "PER")]),  # common-noun ending
    ("schoss am Tor von Manuel Neuer vorbei .", [(4, 6, "PER")]),  # a whole name of its own after "von"
    ("Renato Augusto von Bayer 04 sah Gelb .", [(0, 2, "PER")]),  # the word after "von" opens a longer name
    ("am Tage von Obamas Amtseinführung .", [(3, 4, "PER")]),  # "Tage" is a common noun, not the given name
    ("Anna Müller von der Deutschen Bank sagte .", [(0, 2, "PER"), (4, 6, "ORG")]),
])
def test_preposition_particle_does_not_join_a_following_word(sentence: str, spans: list[tuple[int, int, str]]) -> None:
    words = sentence.split()
    assert _person_spans(sentence, spans) == [f"{' '.join(words[s:e])}/{label}" for s, e, label in spans]


def test_later_particle_surname_is_the_same_person(backbone: Language) -> None:
    from lagebild.nlp.entities import canonical_entities

    text = "Ursula von der Leyen reiste nach Rom. Von der Leyen sagte dort, man werde handeln."
    doc = backbone(text)
    doc._.doc_id = "d1"
    persons = [e for e in canonical_entities(doc)._.entities if e.type == "PER"]
    assert [(p.name, [text[m.start:m.end] for m in p.mentions]) for p in persons] == [
        ("Ursula von der Leyen", ["Ursula von der Leyen", "Von der Leyen"])]


def test_initials_before_a_person_belong_to_the_name() -> None:
    # a lone initial the model tagged as something else is dropped into the name
    assert _person_spans("Das Buch von J. K. Rowling erschien .", [(3, 4, "ORG"), (5, 6, "PER")]) == [
        "J. K. Rowling/PER"]
    assert _person_spans("Laut Hans-J. Müller sei das falsch .", [(2, 3, "PER")]) == ["Hans-J. Müller/PER"]
    assert _person_spans("In Gruppe A. Müller sagte .", [(1, 2, "ORG")]) == ["Gruppe/ORG"]  # not before a person


def test_initials_never_overlap_another_span_nor_join_a_given_name() -> None:
    # a span reaching into the initial is dropped (it would overlap the person: spaCy refuses overlapping entities)
    assert _person_spans("In der Gruppe A. Müller sagte .", [(2, 4, "ORG"), (4, 5, "PER")]) == ["A. Müller/PER"]
    # a person opening with a given name takes no letter before it: "C." ends a label ("Gruppe C. Thomas Müller")
    assert _person_spans("In Gruppe C. Thomas Müller traf .", [(3, 5, "PER")]) == ["Thomas Müller/PER"]


def test_a_german_word_among_the_particles_needs_given_names_before_it() -> None:
    assert _person_spans("Was Merz da Scholz vorwirft , ist unklar .", [(1, 2, "PER"), (3, 4, "PER")]) == [
        "Merz/PER", "Scholz/PER"]
    # a noun of a set phrase after "zu" is no surname
    assert _person_spans("Sie sprach mit Anna zu Mittag .", [(3, 4, "PER")]) == ["Anna/PER"]


def test_two_person_spans_side_by_side_are_one_name_unless_the_first_is_a_surname() -> None:
    # the model closes a rare given name as a name of its own
    assert _person_spans("UN-Generalsekretär Kofi Annan sagte , Merkel und Macron kämen .",
                         [(1, 2, "PER"), (2, 3, "PER"), (5, 6, "PER"), (7, 8, "PER")]) == [
        "Kofi Annan/PER", "Merkel/PER", "Macron/PER"]
    # "Trump" ends another person's name in the document: a surname, so two people
    assert _person_spans("US-Präsident Donald Trump reiste ab , nachdem Trump Putin angerufen hatte .",
                         [(1, 3, "PER"), (7, 8, "PER"), (8, 9, "PER")]) == [
        "Donald Trump/PER", "Trump/PER", "Putin/PER"]
