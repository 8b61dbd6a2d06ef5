"""STUB (to be replaced by the backbone)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_morphology", assigns=["token.pos", "token.lemma", "token.morph"])
def tag_morphology(doc: Doc) -> Doc:
    return doc
