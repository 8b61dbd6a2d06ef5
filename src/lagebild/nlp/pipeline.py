"""Assembles lagebild's German pipeline from named spaCy components.

Component order (each declares what it requires and assigns):

    tokenizer              lagebild.tokenizer.v1 (registry name)  (German news tokenizer rules)
    lagebild_sentences     token.is_sent_start
    lagebild_morphology    token.pos_, token.tag_, token.lemma_, token.morph (Mood, Tense, Person, Number)
    lagebild_ner           doc.ents (PER/ORG/LOC/OTH) from the committed trained model + lexicons
    lagebild_entities      doc._.entities (canonical entities with aliases, roles, affiliations)
    lagebild_times         doc._.times
    lagebild_quotes        doc._.quotes
    lagebild_quotes_learned doc._.quotes re-scored, added to, re-attributed — ONLY when a learned model is
                           given (LAGEBILD_QUOTES_MODEL or ``quotes_model=``; CC BY-NC-SA 4.0, opt-in)
    lagebild_claims        doc._.claims

With ``model=NAME`` (an installed full spaCy German pipeline such as ``de_core_news_lg``)
that pipeline's tagger/parser/NER replace lagebild_sentences/morphology/ner; the later
components run on top unchanged.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from lagebild.nlp import extensions  # noqa: F401  (registers the extension attributes)
from lagebild.settings import get_settings

# Importing these modules registers their components with spaCy's registry.
_COMPONENT_MODULES = (
    "lagebild.nlp.tokenizer",
    "lagebild.nlp.sentences",
    "lagebild.nlp.morphology",
    "lagebild.nlp.ner",
    "lagebild.nlp.entities",
    "lagebild.nlp.times",
    "lagebild.nlp.quotes",
    "lagebild.nlp.claims",
    "lagebild.nlp.quotes_learned",
)

BACKBONE = ("lagebild_sentences", "lagebild_morphology", "lagebild_ner")
ANALYSIS = ("lagebild_entities", "lagebild_times", "lagebild_quotes", "lagebild_claims")


def _import_components() -> None:
    for module in _COMPONENT_MODULES:
        importlib.import_module(module)


def build_pipeline(model: str | None = None, components: tuple[str, ...] | None = None,
                   quotes_model: Path | None = None, rules_only: bool = False) -> Language:
    """A fresh pipeline. ``components`` limits it to a prefix of the standard components (for benchmarks).

    ``quotes_model`` (default: the setting LAGEBILD_QUOTES_MODEL) adds the optional learned quotation layer
    after ``lagebild_quotes``; ``rules_only=True`` leaves it out whatever the setting says.
    """
    _import_components()
    wanted = components if components is not None else BACKBONE + ANALYSIS
    if model:
        from lagebild.nlp.external import load_external_model

        nlp = load_external_model(model)
        names = [c for c in wanted if c not in BACKBONE]
    else:
        from lagebild.nlp.tokenizer import make_blank_german

        nlp = make_blank_german()
        names = list(wanted)
    for name in names:
        nlp.add_pipe(name)
    if quotes_model is None and not rules_only:
        quotes_model = get_settings().quotes_model
    if quotes_model is not None and not rules_only and "lagebild_quotes" in names:
        nlp.add_pipe("lagebild_quotes_learned", after="lagebild_quotes", config={"model_path": str(quotes_model)})
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, quotes_model: Path | None = None) -> Language:
    """The shared pipeline (built once per process and model)."""
    return build_pipeline(model, quotes_model=quotes_model)
