from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from herald.dates import DateError, parse_datetime, zone

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def test_string_with_compact_offset_keeps_the_offset():
    parsed = parse_datetime("2021-02-03 15:34:34 +0100", STOCKHOLM)
    assert parsed == datetime(2021, 2, 3, 15, 34, 34, tzinfo=timezone(timedelta(hours=1)))
    assert parsed.utcoffset() == timedelta(hours=1)


def test_naive_string_is_in_the_site_timezone_with_summer_time():
    parsed = parse_datetime("2019-06-10 13:21", STOCKHOLM)
    assert parsed.utcoffset() == timedelta(hours=2)
    assert parsed.astimezone(UTC).hour == 11


def test_z_suffix_is_utc():
    assert parse_datetime("2021-02-03T14:34:34Z", STOCKHOLM) == datetime(
        2021, 2, 3, 14, 34, 34, tzinfo=UTC)


def test_yaml_datetimes_naive_and_aware():
    naive = parse_datetime(datetime(2020, 1, 2, 3, 4), STOCKHOLM)
    assert naive.tzinfo is STOCKHOLM
    aware = datetime(2020, 1, 2, 3, 4, tzinfo=UTC)
    assert parse_datetime(aware, STOCKHOLM) is aware


def test_date_only_stays_a_date():
    assert parse_datetime("2021-03-03", STOCKHOLM) == date(2021, 3, 3)
    assert parse_datetime(date(2021, 3, 3), STOCKHOLM) == date(2021, 3, 3)


@pytest.mark.parametrize("text", ["2021-13-45", "2017-11-10 and 2017-11-11", "yesterday",
                                  "0001-01-01", "9999-12-31 10:00", "2021-02-30 10:00"])
def test_impossible_dates_raise_a_date_error(text):
    with pytest.raises(DateError):
        parse_datetime(text, STOCKHOLM)


def test_cet_and_iana_names_are_zones_and_unknown_names_are_errors():
    assert zone("CET").utcoffset(datetime(2021, 7, 1)) == timedelta(hours=2)
    with pytest.raises(DateError, match="Mars/Olympus"):
        zone("Mars/Olympus")
