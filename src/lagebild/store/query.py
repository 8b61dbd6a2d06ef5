"""Which part of the store a report or export covers: date window, outlets, stories.

Filters select documents; everything derived (quotes, figures, times, story rows, entities) follows
the selected documents. A partial published date matches when the days it covers overlap the window
("2024-11" overlaps ``--since 2024-11-15``); undated articles drop out as soon as a date bound is set.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.ingest.dates import parse_published
from lagebild.store.sqlite import Store, date_range
from lagebild.types import PartialDate


def _bound(option: str, value: str | None) -> PartialDate | None:
    if value is None or not value.strip():
        return None
    try:
        parsed = parse_published(value.strip())
    except ValueError as e:
        raise ValueError(f"{option}: {e}") from e
    if parsed is None:
        raise ValueError(f"{option}: not a date: {value!r} (use e.g. 2024-11-26 or 2024-11)")
    return parsed


@dataclass(frozen=True)
class Filters:
    since: PartialDate | None = None
    until: PartialDate | None = None
    outlets: tuple[str, ...] = ()
    stories: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls, since: str | None = None, until: str | None = None, outlets: list[str] | None = None,
        stories: list[str] | None = None,
    ) -> Filters:
        """Filters from command-line values; ValueError with a message naming the option on a bad date."""
        lo = _bound("--since", since)
        hi = _bound("--until", until)
        if lo is not None and hi is not None and date_range(lo)[0] > date_range(hi)[1]:  # type: ignore[operator]
            raise ValueError(f"--since {lo} is after --until {hi}")
        return cls(lo, hi, tuple(dict.fromkeys(outlets or [])), tuple(dict.fromkeys(stories or [])))

    @property
    def empty(self) -> bool:
        return self.since is None and self.until is None and not self.outlets and not self.stories

    def doc_ids(self, store: Store) -> list[str]:
        """The selected document ids in ingestion order."""
        return store.select_doc_ids(self.since, self.until, self.outlets, self.stories)

    def describe(self) -> str:
        """A short German description for report headers ("" when nothing is filtered)."""
        parts = []
        if self.since:
            parts.append(f"ab {self.since}")
        if self.until:
            parts.append(f"bis {self.until}")
        if self.outlets:
            parts.append("Medien: " + ", ".join(self.outlets))
        if self.stories:
            parts.append("Storys: " + ", ".join(self.stories))
        return "; ".join(parts)
