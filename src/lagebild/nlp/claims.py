"""STUB (to be replaced)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_claims", assigns=["doc._.claims"])
def extract_claims(doc: Doc) -> Doc:
    doc._.claims = []
    return doc
