import pytest

from lagebild.ingest.dates import parse_published
from lagebild.types import PartialDate


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-26T08:30+01:00", PartialDate(2024, 11, 26)),
        ("2024-11-26T23:30:15.123Z", PartialDate(2024, 11, 26)),  # the outlet's calendar date, not converted
        ("2024-11-26 08:30", PartialDate(2024, 11, 26)),
        ("2024-11-26", PartialDate(2024, 11, 26)),
        ("2024-11", PartialDate(2024, 11)),
        ("2024", PartialDate(2024)),
        ("  2024-11-26  ", PartialDate(2024, 11, 26)),
        ("26.11.2024", PartialDate(2024, 11, 26)),
        ("1.3.2026", PartialDate(2026, 3, 1)),
        ("26.11.2024, 08:30 Uhr", PartialDate(2024, 11, 26)),
        ("26.11.24", PartialDate(2024, 11, 26)),
        ("1.3.99", PartialDate(1999, 3, 1)),
        ("11.2024", PartialDate(2024, 11)),
        ("Tue, 26 Nov 2024 08:30:00 +0100", PartialDate(2024, 11, 26)),
    ],
)
def test_published_dates_keep_their_precision(value: str, expected: PartialDate) -> None:
    result = parse_published(value)
    assert result == expected
    assert result is not None and result.precision == expected.precision


@pytest.mark.parametrize("value", ["", "   "])
def test_empty_published_is_none(value: str) -> None:
    assert parse_published(value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("gestern", "not a date: 'gestern'"),
        ("2024-13-01", "not a valid calendar date"),
        ("31.02.2024", "not a valid calendar date"),
        ("2024-11-26T25:00", "invalid time of day"),
        ("2024/11/26", "not a date"),
        ("12345", "not a date"),
    ],
)
def test_invalid_published_raises_clear_value_error(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        parse_published(value)
