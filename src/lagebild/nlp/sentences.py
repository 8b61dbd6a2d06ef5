"""STUB (to be replaced): sentence starts after . ! ? tokens."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_sentences", assigns=["token.is_sent_start"])
def split_sentences(doc: Doc) -> Doc:
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0 or doc[i - 1].text in {".", "!", "?"}
    return doc
