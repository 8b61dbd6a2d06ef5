"""lagebild: a sourced picture of the situation from German news.

    >>> import lagebild
    >>> result = lagebild.analyse(text, published="2026-03-03")
    >>> result.quotes[0].speaker.name
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from lagebild.types import Analysis


def analyse(text: str, published: Any = None, **kwargs: Any) -> Analysis:
    """See ``lagebild.analysis.analyse`` (imported lazily: loading spaCy takes a moment)."""
    from lagebild.analysis import analyse as _analyse

    return _analyse(text, published, **kwargs)


__all__ = ["__version__", "analyse"]
