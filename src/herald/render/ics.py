"""iCalendar (RFC 5545) files: subscription calendars and single-event downloads."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import icalendar

from herald import __version__
from herald.cache.memo import Memo
from herald.model import Event, Post, Theme
from herald.render.vtimezone import vtimezone

PRODID = f"-//herald//herald {__version__}//EN"
_CANCELLED_MARKERS = {"sv": "INSTÄLLT: "}
_DEFAULT_CANCELLED_MARKER = "CANCELLED: "


@dataclass(frozen=True)
class CalendarMeta:
    """What a subscription calendar says about itself; single-event files have none."""

    name: str
    description: str
    url: str
    timezone: str
    refresh_hours: int = 12


def render_calendar(
    items: Sequence[tuple[Event, Post]],
    *,
    themes: Mapping[str, Theme],
    meta: CalendarMeta | None,
    lang: str,
    vevents: VEvents | None = None,
    vtimezones: VTimezones | None = None,
) -> bytes:
    """The .ics bytes for the events, each with the post announcing it, sorted by start;
    `vevents` and `vtimezones` remember each event's and each zone's text for the next
    calendar that holds it."""
    memo = vevents if vevents is not None else Memo()
    zone_memo = vtimezones if vtimezones is not None else Memo()
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if meta is not None:
        _add_meta(calendar, meta)
    ordered = sorted(items, key=lambda item: (item[0].starts_at.astimezone(UTC), item[0].uid))
    texts = [memo.get((event, post, themes, lang), partial(_vevent_text, event, post, themes, lang))
             for event, post in ordered]
    zones = _zones_used(used for used, _ in texts)
    if not texts and meta is not None:
        zones[meta.timezone] = set()  # RFC 5545 wants at least one component
    timezones = [zone_memo.get((f"{tzid} {sorted(years)}",), partial(_vtimezone_text, tzid,
                                                                          years))
                 for tzid, years in sorted(zones.items())]
    # what calendar.to_ical() gives with the zones and events added, but each is folded only
    # once per build, however many calendars hold it
    head, end = calendar.to_ical().rsplit(b"END:VCALENDAR", 1)
    return (head + b"".join(timezones) + b"".join(data for _, data in texts) + b"END:VCALENDAR"
            + end)


def _vtimezone_text(tzid: str, years: set[int]) -> bytes:
    return vtimezone(tzid, years).to_ical()


ZoneYears = tuple[tuple[str, int], ...]  # the TZIDs an event refers to, with their years
VEvents = Memo[tuple[ZoneYears, bytes]]  # events' text, shared by the calendars of one build
VTimezones = Memo[bytes]  # the zones' text, by TZID and years


def _vevent_text(event: Event, post: Post, themes: Mapping[str, Theme],
                 lang: str) -> tuple[ZoneYears, bytes]:
    """The VEVENT folded as it is written, and the zones it refers to."""
    vevent = _vevent(event, post, themes, lang)
    zones = tuple((prop.params["TZID"], prop.dt.year)
                  for prop in (vevent["DTSTART"], vevent["DTEND"]) if prop.params.get("TZID"))
    return zones, vevent.to_ical()


def cancelled_marker(lang: str) -> str:
    """The prefix a cancelled event's summary gets, in the calendar's language."""
    return _CANCELLED_MARKERS.get(_primary_language(lang), _DEFAULT_CANCELLED_MARKER)


def _primary_language(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def _add_meta(calendar: icalendar.Calendar, meta: CalendarMeta) -> None:
    refresh = timedelta(hours=meta.refresh_hours)
    # as TEXT, escaped: icalendar knows no type for NAME and the X-WR- properties
    calendar.add("name", icalendar.vText(meta.name))
    calendar.add("x-wr-calname", icalendar.vText(meta.name))
    if meta.description:
        calendar.add("description", icalendar.vText(meta.description))
        calendar.add("x-wr-caldesc", icalendar.vText(meta.description))
    calendar.add("url", meta.url)
    calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(refresh))
    calendar.add("x-wr-timezone", meta.timezone)


def _vevent(event: Event, post: Post, themes: Mapping[str, Theme], lang: str) -> icalendar.Event:
    vevent = icalendar.Event()
    stamp = post.last_change.astimezone(UTC)
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("last-modified", stamp)
    vevent.add("sequence", _sequence(event, post))
    for name, value in _start_end(event):
        vevent.add(name, value)
    vevent.add("summary", event_summary(event, lang))
    vevent.add("description", _description(event, post))
    vevent.add("url", post.url)
    if event.rrule:
        vevent.add("rrule", icalendar.vRecur.from_ical(event.rrule))
    if event.location is not None:
        vevent.add("location", event.place)
        if event.location.geo is not None:
            vevent.add("geo", event.location.geo)
    categories = [themes[theme].title for theme in post.themes if theme in themes]
    if categories:
        vevent.add("categories", categories)
    vevent.add("status", event.status)
    if post.image:
        vevent.add("image", post.image, parameters={"VALUE": "URI"})
    return vevent


SEQUENCE_MAX = 2**31 - 1  # RFC 5545's INTEGER


def _sequence(event: Event, post: Post) -> int:
    """The front matter's, else the minutes from publication to the last change: it grows
    with every change."""
    if event.sequence is not None:
        return min(event.sequence, SEQUENCE_MAX)
    minutes = int((post.last_change - post.published).total_seconds() // 60)
    return max(0, min(minutes, SEQUENCE_MAX))


def _start_end(event: Event) -> list[tuple[str, datetime | date]]:
    """DTSTART and DTEND: in the event's own zone (never floating), or all-day dates."""
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        zone = ZoneInfo(event.timezone)
        return [("dtstart", event.start.astimezone(zone)), ("dtend", event.end.astimezone(zone))]
    return [("dtstart", _as_date(event.start)), ("dtend", _as_date(event.end) + timedelta(days=1))]


def _as_date(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def event_summary(event: Event, lang: str) -> str:
    summary = event.summary.strip()
    if event.status != "CANCELLED":
        return summary
    markers = {cancelled_marker(lang), _DEFAULT_CANCELLED_MARKER}
    if any(summary.casefold().startswith(m.strip().casefold()) for m in markers):
        return summary
    return cancelled_marker(lang) + summary


def _description(event: Event, post: Post) -> str:
    """Plain text: the description (or post summary), the links as `title: url`, the post URL."""
    links = [f"{link.title}: {link.url}" if link.title else link.url for link in post.links]
    if event.url and event.url != post.url and event.url not in (link.url for link in post.links):
        links.insert(0, event.url)
    blocks = [(event.description or post.summary).strip(), "\n".join(links), post.url]
    return "\n\n".join(block for block in blocks if block)


def _zones_used(events: Iterable[ZoneYears]) -> dict[str, set[int]]:
    """Each TZID the events refer to, with the years they need it for."""
    years: defaultdict[str, set[int]] = defaultdict(set)
    for zones in events:
        for tzid, year in zones:
            years[tzid].add(year)
    return dict(years)
