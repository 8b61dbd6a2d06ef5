"""``--model``: an installed spaCy pipeline replaces lagebild's backbone; its labels are mapped."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.training import Example
from spacy.util import fix_random_seed

from lagebild.errors import ModelMissing
from lagebild.nlp.external import load_external_model

TRAIN = [
    ("Angela Merkel besuchte Berlin .", [(0, 13, "PERS"), (23, 29, "LOC")]),
    ("Olaf Scholz sprach über die Bundesliga .", [(0, 11, "PERS"), (28, 38, "MISC")]),
    ("Die Siemens AG baut in München .", [(4, 14, "ORG"), (23, 30, "LOC")]),
]


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A German spaCy pipeline with its own NER using WikiNER-style labels, trained here on three sentences."""
    fix_random_seed(0)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": ents}) for text, ents in TRAIN]
    for _, ents in TRAIN:
        for _, _, label in ents:
            ner.add_label(label)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("tiny") / "de_tiny"
    nlp.to_disk(path)
    return path


def test_external_labels_are_mapped(tiny_pipeline: Path) -> None:
    nlp = load_external_model(str(tiny_pipeline))
    doc = nlp("Olaf Scholz sprach über die Bundesliga .")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Olaf Scholz", "PER") in found
    assert ("Bundesliga", "OTH") in found
    assert all(e.label_ in {"PER", "ORG", "LOC", "OTH"} for e in doc.ents)


def test_build_pipeline_with_external_model_runs_end_to_end(tiny_pipeline: Path) -> None:
    from lagebild.nlp.pipeline import build_pipeline

    nlp = build_pipeline(model=str(tiny_pipeline))
    assert "lagebild_ner" not in nlp.pipe_names and "lagebild_entities" in nlp.pipe_names
    doc = nlp.make_doc("Angela Merkel besuchte Berlin .")
    doc._.doc_id = "x"
    doc = nlp(doc)
    people = [e for e in doc._.entities if e.type == "PER"]
    assert [p.name for p in people] == ["Angela Merkel"]
    assert people[0].id == "x#e0"


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelMissing, match="de_core_news_nonexistent"):
        load_external_model("de_core_news_nonexistent")
