"""Events a post declares in its front matter under `event:` or `events:`."""

from __future__ import annotations

import re
import reprlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from herald.dates import MAX_YEAR, MIN_YEAR, existing
from herald.derive.site_keys import recurrence_rule
from herald.durations import FORMS, parse_duration
from herald.model import EventStatus, Location, Problem

_KEYS = frozenset(
    {
        "start",
        "end",
        "duration",
        "timezone",
        "location",
        "url",
        "status",
        "uid",
        "summary",
        "title",
        "sequence",
        "description",
        "rrule",
    }
)
_STATUSES: dict[str, EventStatus] = {
    "confirmed": "CONFIRMED",
    "tentative": "TENTATIVE",
    "cancelled": "CANCELLED",
    "canceled": "CANCELLED",
}
_CLOCK = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")


@dataclass(frozen=True)
class EventSpec:
    """One event as written in front matter, checked; the caller adds UID and summary defaults.

    Timed events have aware datetimes; all-day events have dates with `end` the last day,
    inclusive. `index` is the event's position in the front matter list.
    """

    start: datetime | date
    end: datetime | date
    end_assumed: bool
    timezone: str
    summary: str | None = None
    location: Location | None = None
    url: str | None = None
    status: EventStatus = "CONFIRMED"
    uid: str | None = None
    sequence: int | None = None
    description: str | None = None
    index: int = 0
    rrule: str | None = None


class _Invalid(ValueError):
    """A field's value that cannot be used; the message names the field and the fix."""


def events_from_front_matter(
    meta: Mapping[str, Any],
    *,
    post_path: str,
    site_timezone: str,
    default_duration: timedelta,
) -> tuple[list[EventSpec] | None, list[Problem]]:
    """The events in `meta`, or None when it has neither `event` nor `events` shaped as
    herald's.

    `event: false` gives [] (the post announces nothing). An invalid event is left out and
    reported as an error naming its field, e.g. `events[1].start`. A value that is not
    shaped like herald's (`events: [{event: _events/x.md}]`, a site's list of related pages)
    is the site's own, and no concern of herald's.
    """
    meta = {key: meta[key] for key in ("event", "events") if key in meta and
            (meta[key] is False or _herald_shaped(meta[key]))}
    if not meta:
        return None, []
    problems: list[Problem] = []
    if "event" in meta and "events" in meta:
        problems.append(
            _problem(post_path, "events", "both `event` and `events` given; keep one of them")
        )
    entries = [*_entries("event", meta.get("event")), *_entries("events", meta.get("events"))]
    specs: list[EventSpec] = []
    for index, (field_prefix, value) in enumerate(entries):
        try:
            specs.append(
                _spec(
                    value, field_prefix, index, problems, post_path, site_timezone, default_duration
                )
            )
        except _Invalid as err:
            problems.append(_problem(post_path, field_prefix, str(err)))
    return specs, problems


def _herald_shaped(value: Any) -> bool:
    """A mapping with herald's `start`, or with herald's event keys and no date of a site's
    own (so a misspelt `strat:` is still herald's, and an error), or a list holding one; not a
    site's `event: {number: 5, date: ..., location: ...}`."""
    if isinstance(value, list):
        return any(map(_herald_shaped, value))
    if not isinstance(value, Mapping) or not value:
        return False
    keys = {str(key) for key in value}
    return "start" in keys or (bool(keys & _KEYS) and not any(
        _SITES_DATE.search(key.lower()) for key in keys - _KEYS))


_SITES_DATE = re.compile(r"date|time|when|day|datum|dato|termin")  # a site's own event date key


def _entries(key: str, value: Any) -> list[tuple[str, Any]]:
    """(field name for messages, raw value) for each event under `key`."""
    if value is None or value is False:
        return []
    if isinstance(value, list):
        return [(f"{key}[{i}]", item) for i, item in enumerate(value)]
    return [(key, value)]


def _problem(path: str, field_name: str, message: str, severity: str = "error") -> Problem:
    text = f"{field_name}{message}" if message.startswith(".") else f"{field_name}: {message}"
    return Problem(path=path, message=text, severity=severity)  # type: ignore[arg-type]


def _spec(
    value: Any,
    prefix: str,
    index: int,
    problems: list[Problem],
    post_path: str,
    site_timezone: str,
    default_duration: timedelta,
) -> EventSpec:
    if not isinstance(value, Mapping):
        raise _Invalid(
            f"expected a mapping with at least `start:`, got {_short(value)}; "
            "or write `event: false` if the post announces no event"
        )
    for key in sorted(set(map(str, value)) - _KEYS):
        problems.append(
            _problem(
                post_path,
                f"{prefix}.{key}",
                f"unknown key, ignored; known keys: {', '.join(sorted(_KEYS))}",
                "warning",
            )
        )
    timezone = _timezone(value.get("timezone"), site_timezone)
    status = _status(value.get("status"))
    if value.get("start") is None:
        raise _Invalid(
            ".start: missing; give the date (all-day) or date and time, e.g. "
            "`start: 2021-03-03 09:00`"
            + (" (a cancelled event still needs its start)" if status == "CANCELLED" else "")
        )
    start = _moment(value["start"], "start", ZoneInfo(timezone))
    end, end_assumed = _end(value, start, ZoneInfo(timezone), default_duration)
    summary = _text(value, "summary") or _text(value, "title")
    return EventSpec(
        start=start,
        end=end,
        end_assumed=end_assumed,
        timezone=timezone,
        summary=summary,
        location=_location(value.get("location")),
        url=_url(value.get("url")),
        status=status,
        uid=_uid(value.get("uid")),
        sequence=_sequence(value.get("sequence")),
        description=_text(value, "description"),
        index=index,
        rrule=_recurrence(value.get("rrule"), start),
    )


def _timezone(value: Any, site_timezone: str) -> str:
    name = site_timezone if value is None else value
    where = ".timezone" if value is not None else ".timezone (from the site's timezone)"
    if not isinstance(name, str) or not _known_zone(name):
        raise _Invalid(
            f"{where}: {_short(name)} is not an IANA time zone; use a name like Europe/Stockholm"
        )
    return name


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # not found, a malformed key, a folder
        return False
    return True


def _status(value: Any) -> EventStatus:
    if value is None:
        return "CONFIRMED"
    status = _STATUSES.get(str(value).strip().lower()) if isinstance(value, str) else None
    if status is None:
        raise _Invalid(f".status: {_short(value)} is not one of confirmed, tentative, cancelled")
    return status


def _moment(value: Any, field_name: str, zone: ZoneInfo) -> datetime | date:
    """A date (all-day) or an aware datetime; naive times are in `zone`."""
    if isinstance(value, datetime):
        moment: datetime | date = value
    elif isinstance(value, date):
        moment = value
    elif isinstance(value, str):
        moment = _parse_text_moment(value.strip(), field_name)
    else:
        hint = (
            " (YAML reads an unquoted 9:50 as a number: quote it)" if isinstance(value, int) else ""
        )
        raise _Invalid(
            f".{field_name}: {_short(value)} is not a date or date-time; write e.g. "
            f"2021-03-03 09:00{hint}"
        )
    if isinstance(moment, datetime) and moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    _check_year(moment, field_name)
    return existing(moment) if isinstance(moment, datetime) else moment


def _check_year(moment: datetime | date, field_name: str) -> None:
    if not MIN_YEAR <= moment.year <= MAX_YEAR:  # a typo; and 9999 + 1 hour overflows
        raise _Invalid(
            f".{field_name}: year {moment.year} is out of range ({MIN_YEAR}-{MAX_YEAR})"
        )


def _parse_text_moment(text: str, field_name: str) -> datetime | date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        # "2021-03-03 9:00" is common; fromisoformat wants two-digit hours
        text = re.sub(r"^(\d{4}-\d{2}-\d{2})[T ](\d):", r"\1T0\2:", text)
        return datetime.fromisoformat(text)
    except ValueError:
        raise _Invalid(
            f".{field_name}: {_short(text)} is not a date or date-time; write YYYY-MM-DD for an "
            "all-day event or YYYY-MM-DD HH:MM (optionally with seconds and +01:00 or Z)"
        ) from None


def _end(
    value: Mapping[str, Any], start: datetime | date, zone: ZoneInfo, default: timedelta
) -> tuple[datetime | date, bool]:
    """The end (all-day: the last day, inclusive) and whether it was assumed."""
    has_end, has_duration = value.get("end") is not None, value.get("duration") is not None
    if has_end and has_duration:
        raise _Invalid(".duration: give either `end` or `duration`, not both")
    if has_duration:
        end = _end_from_duration(value["duration"], start)
    elif has_end:
        end = _end_from_value(value["end"], start, zone)
    elif isinstance(start, datetime):
        return start + default, True
    else:
        return start, False
    _check_order(start, end, "duration" if has_duration else "end")
    return end, False


def _end_from_duration(raw: Any, start: datetime | date) -> datetime | date:
    duration = parse_duration(raw)
    if duration is None:
        raise _Invalid(f".duration: {_short(raw)} is not a positive duration; write e.g. {FORMS}")
    if isinstance(start, datetime):
        return _add(start, duration)
    if duration % timedelta(days=1):
        raise _Invalid(
            f".duration: {_short(raw)} is not whole days, which an all-day event needs; "
            "write e.g. 2d, or give `start` a time"
        )
    return _add(start, duration - timedelta(days=1))


def _add(start: datetime | date, duration: timedelta) -> datetime | date:
    try:
        end = start + duration
    except OverflowError:  # past the year 9999
        end = date.max
    if end.year > MAX_YEAR:
        raise _Invalid(f".duration: too long: the event would end after the year {MAX_YEAR}")
    return end


def _end_from_value(raw: Any, start: datetime | date, zone: ZoneInfo) -> datetime | date:
    if isinstance(start, datetime) and isinstance(raw, time):
        return _same_day(start, raw, zone)
    if isinstance(start, datetime) and isinstance(raw, str) and _CLOCK.fullmatch(raw.strip()):
        clock = re.sub(r"^(\d):", r"0\1:", raw.strip())  # 9:30 -> 09:30
        try:
            return _same_day(start, time.fromisoformat(clock), zone)
        except ValueError:  # 24:00, 9:75
            raise _Invalid(
                f".end: {raw.strip()!r} is not a time of day; write e.g. 17:30"
            ) from None
    end = _moment(raw, "end", zone)
    if isinstance(start, datetime) != isinstance(end, datetime):
        raise _Invalid(
            ".end: one of `start` and `end` has a time and the other not; give both times, "
            "or both dates for an all-day event"
        )
    return end


def _same_day(start: datetime, clock: time, zone: ZoneInfo) -> datetime:
    local_day = start.astimezone(zone).date()
    return existing(datetime.combine(local_day, clock.replace(tzinfo=None), tzinfo=zone))


def _check_order(start: datetime | date, end: datetime | date, field_name: str) -> None:
    timed = isinstance(start, datetime)
    if (end <= start) if timed else (end < start):  # type: ignore[operator]
        raise _Invalid(
            f".{field_name}: the event must end after it starts, but ends {end.isoformat()} "
            f"and starts {start.isoformat()}; fix `{field_name}`"
        )


def _text(value: Mapping[str, Any], key: str) -> str | None:
    raw = value.get(key)
    if raw is None:
        return None
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise _Invalid(f".{key}: expected text, got {_short(raw)}")
    return str(raw).strip() or None


def _location(raw: Any) -> Location | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return Location(name=raw.strip()) if raw.strip() else None
    if not isinstance(raw, Mapping):
        raise _Invalid(
            f".location: expected text or a mapping with name, address, geo; got {_short(raw)}"
        )
    name, address = raw.get("name"), raw.get("address")
    if not isinstance(name, str) or not name.strip():
        if not isinstance(address, str) or not address.strip():
            raise _Invalid(".location.name: missing; give the place's name (and address)")
        name = address
        address = None
    if address is not None and not isinstance(address, str):
        raise _Invalid(f".location.address: expected text, got {_short(address)}")
    return Location(
        name=name.strip(), address=(address or "").strip() or None, geo=_geo(raw.get("geo"))
    )


def _geo(raw: Any) -> tuple[float, float] | None:
    if raw is None:
        return None
    numbers = list(raw) if isinstance(raw, list | tuple) and len(raw) == 2 else None
    if numbers is None or not all(
        isinstance(n, int | float) and not isinstance(n, bool) for n in numbers
    ):
        raise _Invalid(f".location.geo: expected [latitude, longitude], got {_short(raw)}")
    try:
        lat, lon = float(numbers[0]), float(numbers[1])
    except OverflowError:  # an integer of hundreds of digits: out of range below
        lat = lon = float("inf")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _Invalid(
            f".location.geo: {_short(raw)} is out of range; write [latitude, longitude] with "
            "latitude -90..90 and longitude -180..180"
        )
    return lat, lon


def _url(raw: Any) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or not re.match(r"https?://\S+$", raw.strip()):
        raise _Invalid(f".url: {_short(raw)} is not an absolute http(s) URL; "
                       "write the full address")
    return raw.strip()


def _uid(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, str | int) or not str(raw).strip():
        raise _Invalid(f".uid: expected non-empty text, got {_short(raw)}")
    return str(raw).strip()


def _sequence(raw: Any) -> int | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise _Invalid(f".sequence: expected a whole number 0 or more, got {_short(raw)}")
    return raw


def _recurrence(raw: Any, start: datetime | date) -> str | None:
    if raw is None:
        return None
    try:
        return recurrence_rule(raw, start)
    except ValueError as err:
        raise _Invalid(f".rrule: {err}") from None


def _short(value: Any) -> str:
    """`repr(value)`, cut so that a problem stays one readable line."""
    text = reprlib.repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
