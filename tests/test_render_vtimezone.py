from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.tz import tzical

from herald.render.vtimezone import vtimezone

ZONES = [
    "Europe/Stockholm",
    "Europe/London",
    "America/New_York",
    "America/Phoenix",
    "Europe/Helsinki",
    "Australia/Sydney",
    "UTC",
    "Asia/Tokyo",
    "Europe/Dublin",  # negative DST in winter in the IANA data
    "America/Santiago",  # rules that moved around
    "Asia/Jerusalem",  # "Friday before the last Sunday"
    "Europe/Moscow",  # changed its offset for good, twice
]
YEAR_SETS = [[2021], [2025, 2026], [1995, 2021], [1985], [2007, 2008], [2010, 2011, 2012, 2015]]
QUICK_YEARS = [1995, 2021]  # old rules and current ones: the quick run checks these only


def _instants(zone: ZoneInfo, years: list[int]) -> list[datetime]:
    """Every 6 hours through the years, and every 15 minutes on days the offset changes."""
    found: list[datetime] = []
    for year in years:
        at = datetime(year, 1, 1, tzinfo=UTC)
        end = datetime(year + 1, 1, 1, tzinfo=UTC)
        while at < end:
            found.append(at)
            later = at + timedelta(hours=6)
            if at.astimezone(zone).utcoffset() != later.astimezone(zone).utcoffset():
                found += [at + timedelta(minutes=15 * i) for i in range(1, 24)]
            at = later
    return found


def _resolved(tzid: str, years: list[int]) -> list[tzinfo]:
    component = vtimezone(tzid, years)
    calendar = icalendar.Calendar()
    calendar.add_component(component)
    text = calendar.to_ical().decode()
    by_dateutil = tzical(io.StringIO(text)).get(tzid)
    by_icalendar = component.to_tz(lookup_tzid=False)
    return [by_dateutil, by_icalendar]


@pytest.mark.parametrize("years", [
    pytest.param(years, id="-".join(map(str, years)),
                 marks=() if years == QUICK_YEARS else pytest.mark.slow)
    for years in YEAR_SETS])
@pytest.mark.parametrize("tzid", ZONES)
def test_offsets_match_zoneinfo(tzid: str, years: list[int]) -> None:
    zone = ZoneInfo(tzid)
    for resolved in _resolved(tzid, years):
        wrong = [
            (at.isoformat(), at.astimezone(resolved).utcoffset(), at.astimezone(zone).utcoffset())
            for at in _instants(zone, years)
            if at.astimezone(resolved).utcoffset() != at.astimezone(zone).utcoffset()
        ]
        assert not wrong[:5], f"{len(wrong)} instants differ"


def _observances(tzid: str, years: list[int]) -> list[icalendar.cal.Component]:
    parsed = icalendar.Timezone.from_ical(vtimezone(tzid, years).to_ical())
    return list(parsed.subcomponents)


def test_stockholm_is_two_yearly_rules() -> None:
    daylight, standard = sorted(_observances("Europe/Stockholm", [2021]), key=lambda c: c.name)
    assert daylight.name == "DAYLIGHT"
    assert daylight["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    assert daylight["DTSTART"].dt.time().isoformat() == "02:00:00"
    assert daylight["TZOFFSETFROM"].to_ical() == "+0100"
    assert daylight["TZOFFSETTO"].to_ical() == "+0200"
    assert standard.name == "STANDARD"
    assert standard["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    assert standard["DTSTART"].dt.time().isoformat() == "03:00:00"


def test_southern_hemisphere_rules() -> None:
    months = {c.name: c["RRULE"]["BYMONTH"] for c in _observances("Australia/Sydney", [2021])}
    assert months == {"DAYLIGHT": [10], "STANDARD": [4]}


@pytest.mark.parametrize("tzid", ["America/Phoenix", "UTC", "Asia/Tokyo"])
def test_zone_without_dst_is_one_standard(tzid: str) -> None:
    (only,) = _observances(tzid, [2021])
    assert only.name == "STANDARD"
    assert "RRULE" not in only
    assert only["TZOFFSETFROM"].to_ical() == only["TZOFFSETTO"].to_ical()


def test_old_years_add_the_rules_they_used() -> None:
    months = sorted(c["RRULE"]["BYMONTH"][0] for c in _observances("Europe/Stockholm", [1995]))
    assert months == [3, 9, 10]  # until 1995 summer time ended in September


@pytest.mark.parametrize("tzid", ZONES)
def test_no_rdate_lists(tzid: str) -> None:
    for component in _observances(tzid, [1985, 1995, 2021]):
        assert "RDATE" not in component


def test_the_same_zone_and_years_give_the_same_bytes_in_any_order_and_any_process() -> None:
    here = vtimezone("Europe/London", [2020, 1995]).to_ical()
    assert vtimezone("Europe/London", [1995, 2020, 2020]).to_ical() == here
    fresh = subprocess.run(  # nothing cached, other hash seeds
        [sys.executable, "-c", "import sys; from herald.render.vtimezone import vtimezone; "
         "sys.stdout.buffer.write(vtimezone('Europe/London', [2020, 1995]).to_ical())"],
        capture_output=True, check=True, env=dict(os.environ, PYTHONHASHSEED="1")).stdout
    assert fresh == here


def test_unknown_zone_raises() -> None:
    with pytest.raises(Exception, match="Mars"):
        vtimezone("Mars/Olympus_Mons", [2021])
