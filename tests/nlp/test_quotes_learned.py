"""The optional learned quotation layer (lagebild_quotes_learned) and its training recipe.

Most tests build tiny hand-weighted models, so they run without the CC BY-NC-SA artifact; the tests of
the shipped model skip with the reason when ``artifacts/quotes-nc/quotes-nc.npz`` or the data is absent.
"""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.errors import ModelMissing
from lagebild.nlp.pipeline import build_pipeline
from lagebild.nlp.quotes_learned import (
    DETECT_CLASSES,
    MODEL_FILE,
    VERIFY_CLASSES,
    LinearModel,
    QuoteModel,
    apply_model,
)
from lagebild.nlp.train_quotes import DEFAULT_OUTPUT, train_classifier, train_ranker
from lagebild.types import Quote

ARTIFACT = DEFAULT_OUTPUT / MODEL_FILE

TEXT = (
    "Die Ökonomin Veronika Grimm sagte am Montag in Berlin, die Inflation sei zu hoch. "
    "Die Regierung müsse jetzt handeln. "
    "Der Finanzminister Christian Lindner zeigte sich am Dienstag skeptisch. "
    "Das Wetter war schön."
)


@pytest.fixture(scope="module")
def rules_nlp() -> Language:
    return build_pipeline(rules_only=True)


def run(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.doc_id = "t1"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def check_offsets(text: str, quotes: list[Quote]) -> None:
    for n, q in enumerate(quotes, start=1):
        assert q.id == f"t1#q{n}"
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        for span in (q.cue, q.speaker.mention):
            if span is not None:
                assert text[span.start:span.end] == span.text


def hand_model(verify: dict[str, list[float]] | None = None, detect: dict[str, list[float]] | None = None,
               speaker: dict[str, float] | None = None, **margins: float) -> QuoteModel:
    return QuoteModel(
        LinearModel(VERIFY_CLASSES, {k: np.array(v) for k, v in (verify or {}).items()}),
        LinearModel(DETECT_CLASSES, {k: np.array(v) for k, v in (detect or {}).items()}),
        LinearModel(("score",), {k: np.array([v]) for k, v in (speaker or {}).items()}),
        **margins,
    )


# ------------------------------------------------------------------ default pipeline unchanged


def test_default_pipeline_has_no_learned_component(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAGEBILD_QUOTES_MODEL", raising=False)
    names = build_pipeline().pipe_names
    assert "lagebild_quotes_learned" not in names
    assert names[names.index("lagebild_quotes") + 1] == "lagebild_claims"


def test_rules_only_ignores_the_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LAGEBILD_QUOTES_MODEL", str(tmp_path / "absent.npz"))
    assert "lagebild_quotes_learned" not in build_pipeline(rules_only=True).pipe_names


def test_the_setting_adds_the_component_after_the_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / MODEL_FILE
    hand_model().save(path)
    monkeypatch.setenv("LAGEBILD_QUOTES_MODEL", str(path))
    names = build_pipeline().pipe_names
    assert names.index("lagebild_quotes_learned") == names.index("lagebild_quotes") + 1


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="optional"):
        QuoteModel.load(tmp_path / "nothing.npz")


# ------------------------------------------------------------------ the model's steps


def test_save_and_load_keep_weights_and_margins(tmp_path: Path) -> None:
    model = hand_model({"kind=indirect": [0.0, 0.0, 1.5, -1.0]}, {"mood=I": [0.0, 2.0, 0.0]}, {"NULL": -3.0},
                       drop_margin=2.0, add_margin=1.0, relabel_margin=5.0)
    model.save(tmp_path / MODEL_FILE)
    loaded = QuoteModel.load(tmp_path)  # a folder finds the model file in it
    assert (loaded.drop_margin, loaded.add_margin, loaded.relabel_margin) == (2.0, 1.0, 5.0)
    assert loaded.verify.scores(["kind=indirect", "unknown"]).tolist() == [0.0, 0.0, 1.5, -1.0]
    assert loaded.speaker.scores(["NULL"]).tolist() == [-3.0]
    assert loaded.meta["license"] == "CC BY-NC-SA 4.0"


def test_a_confident_none_drops_rule_quotes(rules_nlp: Language) -> None:
    doc = run(rules_nlp, TEXT)
    assert doc._.quotes, "the rules find Grimm's indirect speech"
    dropping = hand_model({"bias": [0.0, 0.0, 0.0, 0.0], "S:bias": [10.0, 0.0, 0.0, 0.0]}, drop_margin=2.0,
                          add_margin=1e9)
    assert apply_model(doc, dropping) == []
    keeping = hand_model({"S:bias": [10.0, 0.0, 0.0, 0.0]}, drop_margin=20.0, add_margin=1e9,
                         speaker={"rule=exact": 5.0})
    kept = apply_model(doc, keeping)
    assert [q.text for q in kept] == [q.text for q in doc._.quotes]
    assert [q.speaker for q in kept] == [q.speaker for q in doc._.quotes]


def test_detection_adds_a_whole_sentence_with_valid_offsets(rules_nlp: Language) -> None:
    doc = run(rules_nlp, TEXT)
    assert not any("Lindner" in q.text for q in doc._.quotes), "the rules see no speech act here"
    model = hand_model(detect={"vl=zeigen": [0.0, 0.0, 6.0]}, add_margin=1.0, drop_margin=1e9,
                       relabel_margin=1e9, speaker={"type=PER": 2.0, "side=inside": 1.0, "rule=exact": 5.0})
    quotes = apply_model(doc, model)
    check_offsets(TEXT, quotes)
    added = [q for q in quotes if "Lindner" in q.text]
    assert len(added) == 1 and added[0].kind == "reported"
    assert added[0].text == "Der Finanzminister Christian Lindner zeigte sich am Dienstag skeptisch."
    assert added[0].speaker.name == "Christian Lindner"
    assert not any(q.text == "Das Wetter war schön." for q in quotes)


def test_the_ranker_can_prefer_no_speaker(rules_nlp: Language) -> None:
    doc = run(rules_nlp, TEXT)
    quotes = apply_model(doc, hand_model(speaker={"NULL": 10.0}, drop_margin=1e9, add_margin=1e9))
    assert quotes and all(q.speaker.mention is None for q in quotes)


# ------------------------------------------------------------------ training


def test_perceptron_learns_a_separable_problem() -> None:
    examples = [(["bias", f"w={w}"], "reported" if w in "ab" else "none") for w in "abcdab"]
    model = train_classifier(examples, DETECT_CLASSES, epochs=5, seed=1)
    for feats, label in examples:
        assert model.classes[int(np.argmax(model.scores(feats)))] == label


def test_ranker_learns_to_pick_the_marked_option() -> None:
    examples = [([["near"], ["far"], ["NULL"]], {0}), ([["far"], ["NULL"], ["near"]], {2})]
    model = train_ranker(examples, epochs=3, seed=1)
    assert model.scores(["near"])[0] > max(model.scores(["far"])[0], model.scores(["NULL"])[0])


def test_training_is_deterministic() -> None:
    examples = [(["bias", f"w={i % 3}"], DETECT_CLASSES[i % 3]) for i in range(30)]
    a = train_classifier(examples, DETECT_CLASSES, epochs=3, seed=7)
    b = train_classifier(examples, DETECT_CLASSES, epochs=3, seed=7)
    assert a.weights.keys() == b.weights.keys()
    assert all(np.array_equal(a.weights[k], b.weights[k]) for k in a.weights)


# ------------------------------------------------------------------ the shipped artifact


@pytest.fixture(scope="module")
def learned_nlp() -> Language:
    if not ARTIFACT.is_file():
        pytest.skip(f"learned quotation model not found at {ARTIFACT} (run `lagebild train quotes`)")
    return build_pipeline(quotes_model=ARTIFACT)


def test_artifact_is_small_and_licensed() -> None:
    if not ARTIFACT.is_file():
        pytest.skip(f"learned quotation model not found at {ARTIFACT} (run `lagebild train quotes`)")
    assert ARTIFACT.stat().st_size < 5 * 1024 * 1024
    assert "CC BY-NC-SA 4.0" in (DEFAULT_OUTPUT / "LICENSE").read_text(encoding="utf-8")
    assert QuoteModel.load(ARTIFACT).meta["license"] == "CC BY-NC-SA 4.0"


def test_artifact_keeps_offsets_and_ids(learned_nlp: Language) -> None:
    doc = run(learned_nlp, TEXT)
    check_offsets(TEXT, doc._.quotes)
    grimm = next(q for q in doc._.quotes if "Inflation" in q.text)
    assert grimm.speaker.name == "Veronika Grimm"


def test_artifact_keeps_the_rules_precision_and_about_their_speakers_on_dev_articles(
        learned_nlp: Language, tmp_path: Path) -> None:
    from lagebild.evaluation.quotes import evaluate_quotes
    from lagebild.settings import get_settings

    dev = get_settings().data_dir / "german-news-quotes" / "dev.jsonl.gz"
    if not dev.is_file():
        pytest.skip(f"german-news-quotes dev split not found at {dev} (set LAGEBILD_DATA)")
    sample = tmp_path / "dev-sample.jsonl.gz"
    with gzip.open(dev, "rt", encoding="utf-8") as src, gzip.open(sample, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, 40))
    rules = evaluate_quotes(file=sample, nlp=build_pipeline(rules_only=True)).metrics
    learned = evaluate_quotes(file=sample, nlp=learned_nlp).metrics
    # The rules have absorbed most of what the model learned (session 3: dev speaker F1 0.661 with it vs 0.663
    # without), so it may not beat them on speakers any more; a stale or broken artifact (trained on older rules,
    # undoing their gains) falls well below, which this still catches.
    assert learned["speaker_f1"] >= rules["speaker_f1"] - 0.01
    assert learned["quote_p"] >= rules["quote_p"]
