"""The extension module's original_text: the Doc's text, built once, never another Doc's."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.nlp.extensions import original_text


def test_original_text_is_the_docs_text_and_is_kept() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Die Ministerin sagte am Montag, die Lage sei ernst.\n\nMehr folgt.  ")
    assert original_text(doc) == doc.text
    doc.user_data["lagebild.text"] = "X" * len(doc.text)  # the kept value is what later calls return
    assert original_text(doc) == "X" * len(doc.text)


@pytest.mark.filterwarnings("ignore::UserWarning")  # spaCy says it drops the kept texts while merging: expected
def test_original_text_of_a_merged_doc_is_its_own() -> None:
    nlp = spacy.blank("de")
    first, second = nlp("Erster Satz."), nlp("Zweiter, längerer Satz hier.")
    original_text(first)
    original_text(second)
    merged = Doc.from_docs([first, second])
    assert original_text(merged) == merged.text
    assert original_text(nlp("")) == ""
