"""Date-times as OpenRouter writes them (RFC 3339, `Z` for UTC) parse into aware datetimes on every Python we support.

Python 3.10's datetime.fromisoformat refuses a trailing `Z` and fractions of other than 3 or 6 digits; the generator
emits fromisoformat, so the templates route date-times through openrouter_api.types.parse_datetime instead.
"""

from __future__ import annotations

import datetime

import pytest
from openrouter_api.models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange
from openrouter_api.types import parse_datetime

UTC = datetime.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-08T00:00:00Z", datetime.datetime(2025, 1, 8, tzinfo=UTC)),
        ("2025-01-08T10:11:12.5Z", datetime.datetime(2025, 1, 8, 10, 11, 12, 500000, tzinfo=UTC)),
        ("2025-01-08T10:11:12.123Z", datetime.datetime(2025, 1, 8, 10, 11, 12, 123000, tzinfo=UTC)),
        (
            "2025-01-08T10:11:12+02:00",
            datetime.datetime(2025, 1, 8, 10, 11, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        ),
        ("2025-01-08T10:11:12", datetime.datetime(2025, 1, 8, 10, 11, 12)),
    ],
)
def test_parse_datetime_reads_the_rfc_3339_forms(text: str, expected: datetime.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.tzinfo == expected.tzinfo


def test_a_model_with_date_times_parses_z_timestamps_and_writes_them_back() -> None:
    body = {"start": "2025-01-01T00:00:00Z", "end": "2025-01-08T00:00:00Z"}
    time_range = QueryAnalyticsBodyTimeRange.from_dict(body)
    assert time_range.start == datetime.datetime(2025, 1, 1, tzinfo=UTC)
    assert time_range.end == datetime.datetime(2025, 1, 8, tzinfo=UTC)
    assert QueryAnalyticsBodyTimeRange.from_dict(time_range.to_dict()) == time_range


def test_a_date_time_that_is_not_one_raises_a_field_parse_error_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"QueryAnalyticsBodyTimeRange\.end"):
        QueryAnalyticsBodyTimeRange.from_dict({"start": "2025-01-01T00:00:00Z", "end": "next tuesday"})
