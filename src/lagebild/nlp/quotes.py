"""STUB (to be replaced)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_quotes", assigns=["doc._.quotes"])
def extract_quotes(doc: Doc) -> Doc:
    doc._.quotes = []
    return doc
