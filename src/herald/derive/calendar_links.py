"""Events a post states in an "add to calendar" link of its own (Google Calendar's
`...?action=TEMPLATE&dates=20140806T003000Z/20140806T020000Z&text=...`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from urllib.parse import unquote_plus

_ADDRESS = re.compile(r"https?://[^\s\"'<>)\]]+", re.I)
_TEMPLATE = re.compile(r"[?&;](?:amp;)?action=template\b", re.I)
_DATES = re.compile(
    r"(?:^|[?&;])(?:amp;)?dates=(\d{8})(?:t(\d{6})(z?))?(?:/|%2f)(\d{8})(?:t(\d{6})(z?))?", re.I
)
_TEXT = re.compile(r"(?:^|[?&;])(?:amp;)?text=([^&\s\"'<>]*)", re.I)


@dataclass(frozen=True)
class LinkedEvent:
    start: datetime | date  # wall-clock time in the site's zone (naive), or a day
    end: datetime | date | None  # all-day: the last day, inclusive; None for one day
    title: str  # the link's `text`, if any


def calendar_link_events(body: str, site_zone: tzinfo | None) -> list[LinkedEvent]:
    """The events of the Google Calendar template links in `body` (Markdown or HTML): times
    in UTC (`...Z`) moved to `site_zone`, other times as they are, days as all-day events."""
    out: list[LinkedEvent] = []
    for link in _ADDRESS.finditer(body):
        query = link.group(0)
        if not _TEMPLATE.search(query):
            continue
        dates = _DATES.search(query)
        if dates is None:
            continue
        try:
            start = _moment(*dates.group(1, 2, 3), site_zone)
            end = _moment(*dates.group(4, 5, 6), site_zone)
        except ValueError:
            continue  # not a date that exists
        if type(start) is not type(end) or end < start:
            continue
        if not isinstance(start, datetime):  # the end day is exclusive
            last = end - timedelta(days=1)
            end = last if last > start else None
        text = _TEXT.search(query)
        title = " ".join(unquote_plus(text.group(1)).split()) if text else ""
        event = LinkedEvent(start, end, title)
        if event not in out:
            out.append(event)
    return out


def _moment(day: str, clock: str | None, utc: str, site_zone: tzinfo | None) -> datetime | date:
    d = date(int(day[:4]), int(day[4:6]), int(day[6:]))
    if not clock:
        return d
    moment = datetime(d.year, d.month, d.day, int(clock[:2]), int(clock[2:4]), int(clock[4:]))
    if utc and site_zone is not None:
        return moment.replace(tzinfo=UTC).astimezone(site_zone).replace(tzinfo=None)
    return moment
