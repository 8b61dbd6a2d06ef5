"""``--model NAME``: use an installed full spaCy German pipeline instead of lagebild's backbone.

``load_external_model("de_core_news_lg")`` (or a path to a saved pipeline) loads it with its own
tokenizer, sentence boundaries, tags, parse and entities, and appends ``lagebild_entity_labels``,
which maps its entity labels onto lagebild's four (PER/PERS → PER, MISC → OTH, GPE → LOC, …;
unknown labels are dropped). ``build_pipeline`` then adds lagebild's later components on top.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.errors import ModelMissing

# Labels used by spaCy's German (WikiNER: PER/LOC/ORG/MISC) and other common schemes (OntoNotes).
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "OTH",
    "MISC": "OTH",
    "OTH": "OTH",
    "EVENT": "OTH",
    "WORK_OF_ART": "OTH",
    "PRODUCT": "OTH",
    "LAW": "OTH",
}


@Language.component("lagebild_entity_labels", assigns=["doc.ents"])
def map_entity_labels(doc: Doc) -> Doc:
    """Relabel the external model's entities to PER/ORG/LOC/OTH; drop labels with no counterpart (DATE, MONEY…)."""
    mapped = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_.upper())
        if label:
            mapped.append(Span(doc, ent.start, ent.end, label=label))
    doc.ents = mapped
    return doc


def load_external_model(name: str) -> Language:
    """An installed spaCy pipeline (package name or path) with lagebild's label mapping appended."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelMissing(name, "install it, e.g. `python -m spacy download de_core_news_lg`, or pass a path") from e
    if nlp.lang != "de":
        raise ModelMissing(name, f"it is a '{nlp.lang}' pipeline; lagebild needs a German one")
    if "lagebild_entity_labels" not in nlp.pipe_names:
        nlp.add_pipe("lagebild_entity_labels", last=True)
    return nlp
