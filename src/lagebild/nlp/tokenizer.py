"""STUB (to be replaced by the backbone): blank German tokenizer."""
from __future__ import annotations

import spacy
from spacy.language import Language


def make_blank_german() -> Language:
    return spacy.blank("de")
