"""VTIMEZONE components written as yearly rules, derived from the IANA zone database.

Calendar programs such as ical.js (Thunderbird) and vobject read only the first date of an
RDATE list, so every observance here is one DTSTART plus at most one RRULE. The rules come from
scanning the zone's transitions with zoneinfo, not from a table of known zones.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import icalendar

# Scanned at least up to here, so a zone's current rules show as series still running then.
_LAST_SCANNED_YEAR = 2037
_FIRST_SCANNED_YEAR = 1970
_STEP = timedelta(hours=12)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

RulePart = tuple[tuple[str, str], ...]  # RRULE parts besides FREQ and BYMONTH, e.g. BYDAY=-1SU


@dataclass(frozen=True)
class _State:
    offset: timedelta
    dst: timedelta
    name: str


@dataclass(frozen=True)
class _Transition:
    at: datetime  # UTC
    before: _State
    after: _State

    @property
    def local(self) -> datetime:
        """The wall-clock time of the change, in the offset in effect before it (RFC 5545)."""
        return (self.at + self.before.offset).replace(tzinfo=None)

    @property
    def daylight(self) -> bool:
        # Europe/Dublin has negative DST in winter: its summer time counts as daylight too.
        return self.after.dst > timedelta(0) or (
            self.after.dst == timedelta(0) and self.before.dst < timedelta(0)
        )

    @property
    def shape(self) -> tuple[object, ...]:
        """What must stay the same for yearly occurrences to form one RRULE."""
        local = self.local
        return (local.month, local.time(), self.before.offset, self.after, self.daylight)


@dataclass
class _Series:
    transitions: list[_Transition]
    rules: list[RulePart] = field(default_factory=list)


def vtimezone(tzid: str, years: Iterable[int]) -> icalendar.Timezone:
    """A VTIMEZONE for the IANA zone `tzid`, right for every instant in `years`.

    It holds the zone's current rules as yearly RRULEs, plus the older observances that the
    given years need. Raises `zoneinfo.ZoneInfoNotFoundError` for an unknown zone.
    """
    wanted = sorted(set(years)) or [_LAST_SCANNED_YEAR]
    first_year = min(_FIRST_SCANNED_YEAR, wanted[0] - 1)
    last_year = max(_LAST_SCANNED_YEAR, wanted[-1] + 1)
    initial, transitions = _scan(tzid, first_year, last_year)
    chosen, from_initial = _needed(_group(transitions), transitions, wanted, last_year)

    tz = icalendar.Timezone()
    tz.add("tzid", tzid)
    if from_initial:
        start = datetime(first_year, 1, 1)
        tz.add_component(_observance(start, initial, initial, initial.dst > timedelta(0)))
    for one in chosen:
        tz.add_component(_series_component(one, ongoing=_ongoing(one, last_year)))
    return tz


@lru_cache(maxsize=64)
def _scan(tzid: str, first_year: int, last_year: int) -> tuple[_State, tuple[_Transition, ...]]:
    """The state at the start of `first_year` and every change of offset, DST or name after it."""
    zone = ZoneInfo(tzid)
    at = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    initial = state = _state(zone, at)
    found: list[_Transition] = []
    while at < end:
        later = at + _STEP
        after = _state(zone, later)
        if after != state:
            moment = _bisect(zone, at, later, state)
            found.append(_Transition(moment, state, _state(zone, moment)))
        at, state = later, after
    return initial, tuple(found)


def _state(zone: ZoneInfo, at: datetime) -> _State:
    local = at.astimezone(zone)
    return _State(
        local.utcoffset() or timedelta(0), local.dst() or timedelta(0), local.tzname() or ""
    )


def _bisect(zone: ZoneInfo, low: datetime, high: datetime, before: _State) -> datetime:
    """The first second after `low` (where the state is `before`) with a different state."""
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if _state(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


def _group(transitions: Iterable[_Transition]) -> list[_Series]:
    """Join transitions that recur in consecutive years by one rule into series."""
    series: list[_Series] = []
    open_by_shape: dict[tuple[object, ...], _Series] = {}
    for transition in transitions:
        candidates = _rule_candidates(transition.local)
        current = open_by_shape.get(transition.shape)
        if current is not None and current.transitions[-1].local.year == transition.local.year - 1:
            common = [rule for rule in current.rules if rule in candidates]
            if common:
                current.transitions.append(transition)
                current.rules = common
                continue
        current = _Series([transition], candidates)
        open_by_shape[transition.shape] = current
        series.append(current)
    return series


def _rule_candidates(local: datetime) -> list[RulePart]:
    """The ways to name the day of `local` within its month, most usual first."""
    day = local.day
    weekday = _WEEKDAYS[local.weekday()]
    days_in_month = calendar.monthrange(local.year, local.month)[1]
    shortest_month = 28 if local.month == 2 else days_in_month
    rules: list[RulePart] = []
    nth = (day - 1) // 7 + 1
    if nth <= 4:
        rules.append((("BYDAY", f"{nth}{weekday}"),))
    if day > days_in_month - 7:
        rules.append((("BYDAY", f"-1{weekday}"),))
    rules.append((("BYMONTHDAY", str(day)),))
    for first in range(max(1, day - 6), day + 1):  # "weekday on or after the first-th"
        if first + 6 <= shortest_month and first % 7 != 1:
            days = ",".join(str(d) for d in range(first, first + 7))
            rules.append((("BYDAY", weekday), ("BYMONTHDAY", days)))
    return rules


def _ongoing(series: _Series, last_year: int) -> bool:
    return series.transitions[-1].local.year >= last_year


def _needed(
    series: list[_Series], transitions: tuple[_Transition, ...], years: list[int], last_year: int
) -> tuple[list[_Series], bool]:
    """The series still running or holding a transition the years depend on, and whether the
    years also need the state from before the first transition scanned."""
    window_start = datetime(years[0], 1, 1, tzinfo=UTC) - timedelta(days=2)
    window_end = datetime(years[-1] + 1, 1, 1, tzinfo=UTC) + timedelta(days=2)
    earlier = [t for t in transitions if t.at <= window_start]
    inside = [t for t in transitions if window_start < t.at < window_end]
    needed_ids = {id(t) for t in earlier[-1:] + inside}
    chosen = [
        one
        for one in series
        if _ongoing(one, last_year) or any(id(t) in needed_ids for t in one.transitions)
    ]
    return chosen, not earlier


def _series_component(
    series: _Series, *, ongoing: bool
) -> icalendar.TimezoneStandard | icalendar.TimezoneDaylight:
    first = series.transitions[0]
    component = _observance(first.local, first.before, first.after, first.daylight)
    if len(series.transitions) > 1 or ongoing:
        rule: dict[str, object] = {"FREQ": "YEARLY", "BYMONTH": first.local.month}
        for key, value in series.rules[0]:
            rule[key] = value.split(",") if "," in value else value
        if not ongoing:
            rule["UNTIL"] = _until(series.transitions[-1])
        component.add("rrule", rule)
    return component


def _until(last: _Transition) -> datetime:
    """An UNTIL a day after the last onset, in UTC as RFC 5545 asks.

    dateutil (vobject, icalendar's own conversion) compares UNTIL with the local DTSTART
    times, so an UNTIL of exactly the last onset in UTC would drop that onset east of UTC.
    A day later holds the last onset read either way, and the next one is a year away.
    """
    return (last.local + timedelta(days=1)).replace(tzinfo=UTC)


def _observance(
    start: datetime, before: _State, after: _State, daylight: bool
) -> icalendar.TimezoneStandard | icalendar.TimezoneDaylight:
    component = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
    component.add("dtstart", start)
    component.add("tzoffsetfrom", before.offset)
    component.add("tzoffsetto", after.offset)
    if after.name:
        component.add("tzname", after.name)
    return component
