"""The spaCy extension attributes lagebild uses, registered once, here.

Doc-level results are lists of domain objects (``lagebild.types``) with character offsets
into the article's original text. Token-level grammar uses spaCy's own attributes
(``pos_``, ``tag_``, ``lemma_``, ``morph`` with ``Mood=Sub|Tense=Pres`` for Konjunktiv I and
``Mood=Sub|Tense=Past`` for Konjunktiv II) and named entities use ``doc.ents`` with labels
PER, ORG, LOC, OTH.
"""

from __future__ import annotations

from spacy.tokens import Doc

_DOC_EXTENSIONS: dict[str, object] = {
    "doc_id": "doc",  # the article id; ids of derived objects are "<doc_id>#<kind><n>"
    "published": None,  # PartialDate | None: anchor for relative time expressions
    "published_inferred": False,  # set by lagebild_times when it inferred the date from the text
    "entities": None,  # list[Entity]: document-level canonical entities (lagebild.entities)
    "quotes": None,  # list[Quote] (lagebild.quotes)
    "claims": None,  # list[Claim] (lagebild.claims)
    "times": None,  # list[TimeExpression] (lagebild.times)
    "speaker_mentions": None,  # list[tuple[int,int,str]] char spans + entity id, from lagebild_entities
}


_TEXT_KEY = "lagebild.text"


def original_text(doc: Doc) -> str:
    """The article text the Doc was made from (``doc.text``), built once per Doc.

    Why: spaCy rebuilds ``doc.text`` from every token on each access (about 2 ms for a news article); the quote,
    figure and time stages each need it. A Doc's text never changes (retokenising keeps it), so it is kept in
    ``doc.user_data``.
    """
    if not len(doc):
        return ""
    text = doc.user_data.get(_TEXT_KEY)
    # user_data travels with copies (Doc.from_docs merges it): check the length against this Doc's last token
    if not isinstance(text, str) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def register_extensions() -> None:
    """Register every extension attribute (idempotent). List defaults are made per doc by getters."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
