"""Which language an article is written in (ISO 639-1), so only German text reaches the German pipeline.

Uses py3langid (maintained, ships its model; no network). Choices:

* The classifier is restricted to the languages news corpora mix in (``NEWS_LANGUAGES``). Dropping exotic
  labels removes the typical confusions of short German text with Luxembourgish, Low German or Afrikaans.
* Only a bounded prefix (``PREFIX_CHARS`` characters after collapsing whitespace, so blanked boilerplate
  costs nothing) is classified: the first paragraph decides an article's language, and py3langid's cost
  grows with the length it reads (a Python-level walk over the bytes).
* Text without letters (empty, only numbers or punctuation) is ``"und"`` (undetermined).
* lagebild reads German news, so very short texts (a headline, one quoted sentence) keep German when German
  is still a plausible reading (``SHORT_GERMAN_MIN_PROB``): n-gram statistics over a few words are too
  noisy to overrule that prior, while a clearly English or French sentence still wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# ISO 639-1 codes of languages found in (German-market) news feeds; everything else folds into the nearest.
NEWS_LANGUAGES: tuple[str, ...] = (
    "de", "en", "fr", "it", "es", "pt", "nl", "da", "sv", "no", "fi", "pl", "cs", "sk", "sl", "hr", "sr",
    "hu", "ro", "bg", "el", "tr", "ru", "uk", "ar", "fa", "he", "zh", "ja", "ko",
)  # fmt: skip
PREFIX_CHARS = 1000
_SPACES = re.compile(r"\s+")
SHORT_TEXT_LETTERS = 80
SHORT_GERMAN_MIN_PROB = 0.1
UNDETERMINED = "und"
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # A private instance: py3langid's module-level identifier is shared state other code may restrict.
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NEWS_LANGUAGES))
    return identifier


def _prefix(text: str) -> str:
    return _SPACES.sub(" ", text[: 4 * PREFIX_CHARS]).strip()[:PREFIX_CHARS]


def language_scores(text: str) -> list[tuple[str, float]]:
    """All candidate languages with their probabilities, best first (classifies the bounded prefix)."""
    identifier = _identifier()
    prefix = _prefix(text)
    return [(lang, float(p)) for lang, p in identifier.rank(prefix)]


def identify_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"und"`` when the text has no letters."""
    prefix = _prefix(text)
    if not _LETTER.search(prefix):
        return UNDETERMINED
    identifier = _identifier()
    best, _confidence = identifier.classify(prefix)
    # Counting letters is only needed for texts short enough to possibly fall under the threshold.
    if best != "de" and len(prefix) < 4 * SHORT_TEXT_LETTERS and len(_LETTER.findall(prefix)) < SHORT_TEXT_LETTERS:
        german = dict(language_scores(prefix)).get("de", 0.0)
        if german >= SHORT_GERMAN_MIN_PROB:
            return "de"
    return str(best)
