"""Turn the dates editors write into timezone-aware datetimes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from typing import TypeGuard
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_DATE_TIME = re.compile(
    r"^(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[Tt ]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>[Zz]|(?:UTC|GMT)|[+-]\d{2}(?::?\d{2})?)?$"
)


MIN_YEAR, MAX_YEAR = 1000, 9000  # dates outside are typos, and too near datetime's limits


class DateError(ValueError):
    pass


_CITY_REGIONS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian",
                 "Pacific")
# zone names that are words before "time" ("7:00 PM Christmas time") or no city's
_NOT_CITIES = frozenset({
    "act", "north", "south", "west", "east", "christmas", "easter", "wake", "midway",
    "truk", "yap", "nsw", "lhi", "tasmania", "queensland", "victoria", "yancowinna", "oral",
})


@cache
def city_zones() -> dict[str, str]:
    """The zone of each city the tz database names a zone after, by its name in lower case
    ("cairo": "Africa/Cairo", "new york": "America/New_York"): "7:00 PM Cairo Time"."""
    out: dict[str, str] = {}
    for key in sorted(available_timezones()):
        region, _, rest = key.partition("/")
        name = rest.replace("_", " ").lower()
        if region in _CITY_REGIONS and rest and "/" not in rest and name not in _NOT_CITIES:
            out.setdefault(name, key)
    return out


@cache
def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`; raises DateError naming it when unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):  # OSError: a folder
        raise DateError(
            f"unknown timezone {name!r}: use an IANA name such as Europe/Stockholm"
        ) from None


def parse_datetime(value: object, tz: tzinfo) -> datetime | date:
    """Parse a front matter date or date-time; naive values are in `tz`.

    Returns an aware datetime, or a `date` when only a day was written.
    """
    if isinstance(value, datetime):
        return _check(value if value.tzinfo else value.replace(tzinfo=tz))
    if isinstance(value, date):
        return _check_day(value)
    if not isinstance(value, str):
        raise DateError(f"expected a date like 2021-03-03 09:00, got {type(value).__name__}")
    match = _DATE_TIME.match(value.strip())
    if not match:
        raise DateError(
            f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] [+HHMM]"
        )
    g = match.groupdict()
    try:
        day = date(int(g["y"]), int(g["mo"]), int(g["d"]))
        if g["h"] is None:
            if g["tz"]:
                raise DateError(f"{value!r} has an offset but no time of day")
            return _check_day(day)
        clock = time(int(g["h"]), int(g["mi"]), int(g["s"] or 0))
    except ValueError as err:
        raise DateError(f"{value!r} is not a real date or time ({err})") from None
    return _check(datetime.combine(day, clock, tzinfo=_offset(g["tz"]) or tz))


def existing(moment: datetime) -> datetime:
    """`moment`, unless its wall-clock time is one a DST gap skips (02:30 on the night clocks
    spring forward): then the same instant as it reads in its zone (03:30), as RFC 5545 does."""
    return moment.astimezone(UTC).astimezone(moment.tzinfo)


def is_day(value: object) -> TypeGuard[date]:
    """Whether `value` is a day (a date, not a datetime)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def day_of(moment: datetime | date, tz: tzinfo | None = None) -> date:
    """The day of a date, or of a time: on its own clock, or on `tz`'s."""
    if not isinstance(moment, datetime):
        return moment
    return (moment.astimezone(tz) if tz is not None else moment).date()


def at_midnight(day: date, tz: tzinfo) -> datetime:
    return _check(datetime.combine(day, time(0, 0), tzinfo=tz))


@lru_cache(maxsize=256)
def _offset(text: str | None) -> tzinfo | None:
    if not text:
        return None
    if text in ("Z", "z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise DateError(f"offset {text!r} is out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _check_day(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateError(f"year {day.year} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    return day


def _check(moment: datetime) -> datetime:
    _check_day(moment.date())
    return moment


# the zones Ruby's Time.parse knows by name (Time::ZoneOffset), in hours; it keeps a zone after
# a time that is one of these, a numeric offset (`+0100`, `-05:00`) or an abbreviation of the
# zone it runs in; any other (`GMT+0100` of a JavaScript date, `CEST` on a London site) leaves
# the time in the site's zone
RUBY_ZONES = {"UTC": 0, "Z": 0, "UT": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
              "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}
_ZONE_AFTER_TIME = re.compile(
    r"(?:\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*(?:[ap]\.?m\b\.?\s*)?|\d\s*[ap]\.?m\b\.?\s*)"
    r"(?P<zone>[+-]\d\d(?::?\d\d)?(?!\d)|[a-z]+(?:[+-]\d+(?::?\d+)?)?)?", re.IGNORECASE)
_NUMERIC_ZONE = re.compile(r"([+-])(\d\d):?(\d\d)?")


def ruby_zone(text: str, local: tzinfo | None = None, year: int = 2000) -> timezone | None:
    """The zone Ruby's Time.parse reads after the time of `text`, if it knows it: by its name
    (RUBY_ZONES), as an offset, or as one of the `local` zone's own abbreviations in `year`
    (`CET` and `CEST` on a Berlin site, as Jekyll runs in the site's zone)."""
    found = _ZONE_AFTER_TIME.search(text)
    name = found.group("zone") if found else None
    if not name:
        return None
    if numeric := _NUMERIC_ZONE.fullmatch(name):
        sign = -1 if numeric.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(numeric.group(2)),
                                         minutes=int(numeric.group(3) or 0)))
    hours = RUBY_ZONES.get(name.upper())
    if hours is not None:
        return timezone(timedelta(hours=hours))
    for month in (1, 7) if local is not None else ():
        moment = datetime(year, month, 1, 12, tzinfo=local)
        offset = moment.utcoffset()
        if offset is not None and moment.tzname() == name.upper():
            return timezone(offset)
    return None
