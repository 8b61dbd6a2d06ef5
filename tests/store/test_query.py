from __future__ import annotations

import pytest

from lagebild.store.query import Filters
from lagebild.store.sqlite import Store
from lagebild.types import PartialDate


def test_parse_and_describe() -> None:
    f = Filters.parse(since="2024-11-15", until="2024-12", outlets=["A", "A", "B"], stories=["s1"])
    assert f.since == PartialDate(2024, 11, 15) and f.until == PartialDate(2024, 12)
    assert f.outlets == ("A", "B") and f.stories == ("s1",)
    assert not f.empty and Filters.parse(None, None, [], []).empty
    assert "ab 2024-11-15" in f.describe()


@pytest.mark.parametrize("since,until,message", [
    ("gestern", None, "--since"),
    (None, "2024-13", "--until"),
    ("2024-12-01", "2024-11-30", "after"),
])
def test_bad_dates_raise_value_error_naming_the_option(since: str | None, until: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Filters.parse(since=since, until=until, outlets=[], stories=[])


def test_partial_dates_match_by_overlap(filled_store: Store) -> None:
    # a1 2024-11-26, a2 2024-11, a3 2024, en1 2024-12-02
    assert Filters.parse(since="2024-11-15").doc_ids(filled_store) == ["a1", "a2", "a3", "en1"]
    assert Filters.parse(since="2024-11-27").doc_ids(filled_store) == ["a2", "a3", "en1"]
    assert Filters.parse(until="2024-11-25").doc_ids(filled_store) == ["a2", "a3"]
    assert Filters.parse(since="2024-12", until="2024-12").doc_ids(filled_store) == ["a3", "en1"]
    assert Filters.parse(since="2025").doc_ids(filled_store) == []


def test_outlet_and_story_filters(filled_store: Store) -> None:
    assert Filters.parse(outlets=["Beispiel-Zeitung"]).doc_ids(filled_store) == ["a1", "a3"]
    assert Filters.parse(stories=["s1"]).doc_ids(filled_store) == ["a1", "a2"]
    assert Filters.parse(outlets=["Beispiel-Zeitung"], stories=["s1"]).doc_ids(filled_store) == ["a1"]
    assert Filters.parse().doc_ids(filled_store) == ["a1", "a2", "a3", "en1"]
