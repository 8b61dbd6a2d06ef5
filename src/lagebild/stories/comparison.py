"""Cross-source comparison of figures: the same counted thing reported with different values or sources
(12.000 Teilnehmende laut Polizei vs. 30.000 laut Veranstaltern)."""

from __future__ import annotations

import re

from lagebild.types import Claim

# Gender and plural endings that do not change what is counted ("Besucher:innen", "Teilnehmern", "Geflüchtete").
_ENDINGS = re.compile(r"(?::innen|\*innen|_innen|innen|Innen|en|er|e|n|s)$")


def subject_key(claim: Claim) -> str | None:
    """The normalised counted thing of a claim, or None when the text named none (subject = unit or number)."""
    text = claim.subject.text
    if not text or not text[0].isalpha() or not text[0].isupper() or claim.subject.start >= claim.end:
        return None
    if claim.unit is not None and claim.subject.end <= claim.end and text in claim.text.split()[-1:]:
        return None  # the unit stood in for a missing subject
    word = text.split("-")[-1].lower() if "-" in text else text.lower()
    for _ in range(2):
        word = _ENDINGS.sub("", word) if len(word) > 5 else word
    return word


def compare_claims(claims: list[Claim]) -> list[list[Claim]]:
    """Groups of claims (within one story) on the same counted thing and unit that differ in value or source,
    each group ordered as given. Claims without a counted subject or a value are not compared."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in claims:
        key = subject_key(claim)
        if key is None or claim.value is None:
            continue
        groups.setdefault((key, claim.unit), []).append(claim)
    result = []
    for members in groups.values():
        if len(members) < 2:
            continue
        values = {round(c.value or 0.0, 6) for c in members}
        sources = {(c.source.name.lower() if c.source else None) for c in members}
        if len(values) > 1 or len(sources) > 1:
            result.append(members)
    return result
