"""``lagebild eval ner`` scoring: strict outer spans, -deriv/-part as no entity, and the official 12-class F1."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from lagebild.evaluation import check_gate
from lagebild.evaluation.ner import evaluate_ner, gold_word_spans, spans_from_iob

GOLD = """#\thttp://example.org/1\t[2010-01-01]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesuchte\tO\tO
4\tdie\tO\tO
5\tdeutsche\tB-LOCderiv\tO
6\tHauptstadt\tO\tO
7\tBerlin\tB-LOC\tB-LOC
8\t.\tO\tO

#\thttp://example.org/2\t[2010-01-01]
1\tDer\tO\tO
2\tBundestag\tB-OTH\tO
3\ttagte\tO\tO
4\t.\tO\tO

"""


@pytest.fixture(scope="module")
def rule_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An external pipeline whose entities are fixed by patterns, so the expected scores are known exactly."""
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"label": "PERS", "pattern": "Angela Merkel"},
        {"label": "GPE", "pattern": "Berlin"},
        {"label": "ORG", "pattern": "Bundestag"},
    ])
    path = tmp_path_factory.mktemp("rules") / "de_rules"
    nlp.to_disk(path)
    return path


def test_spans_from_iob_handles_stray_inside_tags() -> None:
    assert spans_from_iob(["B-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")}
    assert spans_from_iob(["B-LOCderiv", "I-LOCderiv", "B-PER"]) == {(0, 2, "LOCderiv"), (2, 3, "PER")}


def test_scores_on_a_tiny_test_file(tmp_path: Path, rule_pipeline: Path) -> None:
    tsv = tmp_path / "test.tsv"
    tsv.write_text(GOLD, encoding="utf-8")
    report = evaluate_ner(model=str(rule_pipeline), path=tsv)
    m = report.metrics
    assert report.name == "ner"
    # gold: PER, LOC, OTH (LOCderiv is no entity); predicted: PER, LOC correct, ORG wrong (gold says OTH)
    assert m["per_f1"] == 1.0 and m["loc_f1"] == 1.0
    assert m["org_f1"] == 0.0 and m["oth_f1"] == 0.0
    assert m["overall_f1"] == pytest.approx(2 / 3)
    # official: 4 gold spans incl. LOCderiv → P 2/3, R 2/4
    assert m["official_outer_f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert list(m) == ["overall_f1", "per_f1", "org_f1", "loc_f1", "oth_f1", "official_outer_f1"]
    assert check_gate(report)  # far below the pinned minimums: the gate must fail


def test_entities_map_back_to_gold_words_after_retokenization() -> None:
    """A component that splits "1918." must not shift the entities after it onto the wrong gold words."""
    words = ["Bis", "1918.", "Dann", "kam", "Otto", "Braun", "."]
    doc = Doc(spacy.blank("de").vocab, words=words)
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[1], ["1918", "."], heads=[(doc[1], 0), (doc[1], 0)])
    doc.ents = [Span(doc, 5, 7, label="PER"), Span(doc, 1, 2, label="OTH")]  # "Otto Braun", "1918" (half a word)
    spans = gold_word_spans(doc, words)
    assert (4, 6, "PER") in spans
    assert len(spans) == 2 and not any(s[2] == "OTH" and s[0] >= 0 and s[1] >= 0 for s in spans)
