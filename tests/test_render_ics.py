from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from herald import __version__
from herald.model import Event, Link, Location, Post, Theme
from herald.render.ics import CalendarMeta, render_calendar

STOCKHOLM = ZoneInfo("Europe/Stockholm")
THEMES = {"ai": Theme("ai", "Artificiell intelligens"), "data": Theme("data", "Data, öppna")}
META = CalendarMeta(
    name="Evenemang",
    description="Allt som händer",
    url="https://example.org/events.ics",
    timezone="Europe/Stockholm",
)

POST = Post(
    path="_posts/2021-03-01-seminarium.md",
    slug="seminarium",
    title="Seminarium",
    lang="sv",
    published=datetime(2021, 3, 1, 10, 0, tzinfo=STOCKHOLM),
    updated=datetime(2021, 3, 2, 11, 30, tzinfo=STOCKHOLM),
    url="https://example.org/2021/03/01/seminarium/",
    id="tag:example.org,2021-03-01:seminarium",
    summary="Ett seminarium om språkmodeller, med långa svenska ord som "
    "forskningsfinansieringsmyndigheterna och ännu fler å, ä och ö för att testa vikningen.",
    body="",
    is_html=False,
    body_line=6,
    content_html="",
    themes=("ai", "data", "unknown"),
    image="https://example.org/img/seminar.png",
    links=(Link("Anmälan", "https://example.org/anmalan"),),
)

SEED = Event(
    post_path=POST.path,
    index=0,
    uid="seminarium-0@example.org",
    summary="Seminarium",
    start=datetime(2021, 3, 3, 9, 0, tzinfo=STOCKHOLM),
    end=datetime(2021, 3, 3, 9, 50, tzinfo=STOCKHOLM),
    timezone="Europe/Stockholm",
    source="front matter",
    location=Location("Folkets hus", "Storgatan 1, Umeå", (63.8258, 20.263)),
)


def _event(**changes: object) -> Event:
    return replace(SEED, **changes)  # type: ignore[arg-type]


def _parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def _render(
    items: list[tuple[Event, Post]], meta: CalendarMeta | None = META, lang: str = "sv"
) -> bytes:
    return render_calendar(items, themes=THEMES, meta=meta, lang=lang)


def _vevents(data: bytes) -> list[icalendar.Event]:
    return list(_parse(data).walk("VEVENT"))


def test_calendar_properties() -> None:
    calendar = _parse(_render([(SEED, POST)]))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == f"-//herald//herald {__version__}//EN"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["NAME"] == calendar["X-WR-CALNAME"] == "Evenemang"
    assert calendar["DESCRIPTION"] == calendar["X-WR-CALDESC"] == "Allt som händer"
    assert calendar["URL"] == "https://example.org/events.ics"
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=12)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar["X-PUBLISHED-TTL"] == "PT12H"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Stockholm"


def test_refresh_hours() -> None:
    data = _render([(SEED, POST)], meta=replace(META, refresh_hours=6))
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in data
    assert _parse(data)["X-PUBLISHED-TTL"] == "PT6H"


def test_seed_event_is_in_stockholm_time() -> None:
    data = _render([(SEED, POST)])
    (vevent,) = _vevents(data)
    assert b"\r\nDTSTART;TZID=Europe/Stockholm:20210303T090000\r\n" in data
    assert b"\r\nDTEND;TZID=Europe/Stockholm:20210303T095000\r\n" in data
    assert vevent["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert vevent["DTSTART"].dt == SEED.start
    assert vevent["DTEND"].dt == SEED.end
    assert vevent["UID"] == SEED.uid
    assert vevent["SUMMARY"] == "Seminarium"
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["URL"] == POST.url
    assert vevent["LOCATION"] == "Folkets hus, Storgatan 1, Umeå"
    assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (63.8258, 20.263)
    assert vevent["IMAGE"] == POST.image
    assert vevent["IMAGE"].params["VALUE"] == "URI"
    assert list(vevent["CATEGORIES"].cats) == ["Artificiell intelligens", "Data, öppna"]


def test_aware_datetime_in_another_zone_is_written_in_the_event_zone() -> None:
    start = SEED.start.astimezone(UTC)
    (vevent,) = _vevents(_render([(_event(start=start, end=start + timedelta(hours=1)), POST)]))
    assert vevent["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert vevent["DTSTART"].dt.replace(tzinfo=None) == datetime(2021, 3, 3, 9, 0)


def test_stamps_and_sequence_come_from_the_post() -> None:
    (vevent,) = _vevents(_render([(SEED, POST)]))
    assert vevent["DTSTAMP"].dt == POST.updated
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    assert vevent["DTSTAMP"].dt.utcoffset() == timedelta(0)
    assert vevent["LAST-MODIFIED"].dt == POST.updated
    assert vevent["SEQUENCE"] == (25 * 60 + 30)  # minutes from published to updated
    (pinned,) = _vevents(_render([(_event(sequence=3), POST)]))
    assert pinned["SEQUENCE"] == 3
    (fresh,) = _vevents(_render([(SEED, replace(POST, updated=POST.published))]))
    assert fresh["SEQUENCE"] == 0


def test_description_is_plain_text_with_links_and_post_url() -> None:
    (vevent,) = _vevents(_render([(SEED, POST)]))
    assert str(vevent["DESCRIPTION"]) == (
        f"{POST.summary}\n\nAnmälan: https://example.org/anmalan\n\n{POST.url}"
    )


def test_a_vtimezone_for_each_tzid() -> None:
    phoenix = ZoneInfo("America/Phoenix")
    sydney = ZoneInfo("Australia/Sydney")
    items = [
        (SEED, POST),
        (
            _event(
                uid="b",
                start=datetime(2021, 7, 1, 18, tzinfo=phoenix),
                end=datetime(2021, 7, 1, 19, tzinfo=phoenix),
                timezone="America/Phoenix",
            ),
            POST,
        ),
        (
            _event(
                uid="c",
                start=datetime(2022, 1, 10, 18, tzinfo=sydney),
                end=datetime(2022, 1, 10, 19, tzinfo=sydney),
                timezone="Australia/Sydney",
            ),
            POST,
        ),
    ]
    calendar = _parse(_render(items))
    tzids = sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE"))
    assert tzids == ["America/Phoenix", "Australia/Sydney", "Europe/Stockholm"]
    used = {str(v["DTSTART"].params["TZID"]) for v in calendar.walk("VEVENT")}
    assert used == set(tzids)
    for vtimezone in calendar.walk("VTIMEZONE"):
        for observance in vtimezone.subcomponents:
            assert "RDATE" not in observance


def test_all_day_event_has_an_exclusive_end() -> None:
    midsummer = _event(start=date(2021, 6, 25), end=date(2021, 6, 26), location=None)
    data = _render([(midsummer, POST)])
    (vevent,) = _vevents(data)
    assert vevent["DTSTART"].dt == date(2021, 6, 25)
    assert vevent["DTEND"].dt == date(2021, 6, 27)
    assert b"DTSTART;VALUE=DATE:20210625\r\n" in data
    assert b"DTEND;VALUE=DATE:20210627\r\n" in data
    assert "LOCATION" not in vevent
    assert not _parse(data).walk("VTIMEZONE")


@pytest.mark.parametrize(
    ("lang", "summary", "expected"),
    [
        ("sv", "Seminarium", "INSTÄLLT: Seminarium"),
        ("sv-SE", "Seminarium", "INSTÄLLT: Seminarium"),
        ("en", "Seminar", "CANCELLED: Seminar"),
        ("de", "Seminar", "CANCELLED: Seminar"),
        ("sv", "Inställt: Seminarium", "Inställt: Seminarium"),
        ("en", "CANCELLED: Seminar", "CANCELLED: Seminar"),
    ],
)
def test_cancelled_marker(lang: str, summary: str, expected: str) -> None:
    cancelled = _event(status="CANCELLED", summary=summary)
    (vevent,) = _vevents(_render([(cancelled, POST)], lang=lang))
    assert vevent["SUMMARY"] == expected
    assert vevent["STATUS"] == "CANCELLED"


def test_single_event_file_has_no_calendar_name() -> None:
    data = _render([(SEED, POST)], meta=None)
    calendar = _parse(data)
    for name in ("NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC", "REFRESH-INTERVAL"):
        assert name not in calendar
    assert calendar["METHOD"] == "PUBLISH"
    assert b"METHOD:REQUEST" not in data
    assert len(_vevents(data)) == 1


def test_events_are_sorted_by_start_then_uid() -> None:
    later = _event(
        uid="a-later", start=SEED.start + timedelta(days=1), end=SEED.end + timedelta(days=1)
    )
    same_time = _event(uid="a-same")
    all_day = _event(uid="z-all-day", start=date(2021, 3, 3), end=date(2021, 3, 3))
    data = _render([(later, POST), (SEED, POST), (all_day, POST), (same_time, POST)])
    assert [str(v["UID"]) for v in _vevents(data)] == [
        "z-all-day",
        "a-same",
        SEED.uid,
        "a-later",
    ]


def test_lines_are_crlf_and_folded_at_75_octets() -> None:
    long_title = "Föreläsning: " + "åäö – " * 40
    data = _render([(_event(summary=long_title), POST)])
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # no character split across a fold
    (vevent,) = _vevents(data)
    assert vevent["SUMMARY"] == long_title.strip()


def test_renders_are_byte_identical() -> None:
    items = [(SEED, POST), (_event(uid="x", start=date(2021, 6, 25), end=date(2021, 6, 25)), POST)]
    assert _render(items) == _render(list(reversed(items)))


def test_dtstart_is_never_floating() -> None:
    data = _render([(SEED, POST)])
    for vevent in _vevents(data):
        for name in ("DTSTART", "DTEND"):
            value = vevent[name].dt
            assert not isinstance(value, datetime) or value.tzinfo is not None


def test_empty_subscription_calendar_still_has_a_component() -> None:
    calendar = _parse(_render([]))
    assert not calendar.walk("VEVENT")
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
