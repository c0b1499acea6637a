"""Events stated in a site's own front matter keys, and the documents of event collections."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from conftest import write_site
from herald.derive.places import zone_near
from herald.derive.schedule import site_schedule
from herald.derive.site_keys import SiteEvents, is_event_collection, normalised, site_events
from herald.load.site import LoadOptions, load_site
from herald.model import Location

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FIXTURE = Path(__file__).parent / "fixtures" / "site-keys"


def read(meta: dict[str, Any], *, document_date: date | datetime | None = date(2024, 5, 1),
         in_event_collection: bool = False, mapping: dict[str, str | None] | None = None,
         zone_given: bool = True) -> SiteEvents | None:
    return site_events(meta, path="_events/x.md", document_date=document_date,
                       in_event_collection=in_event_collection, mapping=mapping or {},
                       timezone="Europe/Stockholm", zone_given=zone_given)


def one(meta: dict[str, Any], **kwargs: Any) -> tuple[Any, Any]:
    found = read(meta, **kwargs)
    assert found is not None and len(found.events) == 1, found
    return found.events[0].start, found.events[0].end


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=STOCKHOLM)


def schedule_of(root: Path, posts: dict[str, str], config: str,
                now: datetime = datetime(2026, 11, 1, tzinfo=UTC), future: bool = False) -> Any:
    """The schedule a small site's `posts` give."""
    return site_schedule(load_site(write_site(root, posts, config),
                                   LoadOptions(now=now, future=future)))


LONDON = ZoneInfo("Europe/London")
LONDON_CLUB = "title: Club\nurl: https://c.example.org\nlang: en\ntimezone: Europe/London\n"


def club_starts(root: Path, posts: dict[str, str]) -> list:
    """The starts, in order, of the future events a London club's `posts` give."""
    return [start for start, _ in spans_of(root, posts, LONDON_CLUB)]


def spans_of(root: Path, posts: dict[str, str], config: str) -> list:
    """The starts and ends, in order, of the future events a small site's `posts` give."""
    return sorted((event.start, event.end) for event, _ in schedule_of(
        root, posts, config, future=True).events)


def starts_of(root: Path, posts: dict[str, str], config: str,
              now: datetime = datetime(2026, 11, 1, tzinfo=UTC), future: bool = False) -> list:
    """The starts of the events a small site's schedule takes from `posts`."""
    return [event.start for event, _ in schedule_of(root, posts, config, now, future).events]


def test_a_value_naming_several_days_is_each_days_event() -> None:
    found = read({"event_date": "August 5th and August 12th, 2021", "time": "5-6 PM"},
                 document_date=date(2021, 8, 4))
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [
        (at(2021, 8, 5, 17), at(2021, 8, 5, 18)), (at(2021, 8, 12, 17), at(2021, 8, 12, 18))]


@pytest.mark.parametrize("value", ["Aug 5, 7pm and Aug 12, 7pm", "Aug 5 2021, 7pm & Aug 12, 7pm",
                                   "August 5th at 19:00 and August 12th 2021 at 19:00"])
def test_a_value_naming_several_days_each_at_its_time_is_each_days_event(value: str) -> None:
    found = read({"event_date": value}, document_date=date(2021, 8, 4))
    assert found is not None and found.problems == ()
    assert [(e.start, e.end) for e in found.events] == [
        (at(2021, 8, 5, 19), None), (at(2021, 8, 12, 19), None)]


def test_a_value_naming_a_second_day_with_other_words_is_no_two_events() -> None:
    # (a rain date is no second event: the value is not read, and a warning says so)
    found = read({"event_date": "Aug 5, 7pm and rain date Aug 12, 7pm"},
                 document_date=date(2021, 8, 4))
    assert found is not None and found.events == () and len(found.problems) == 1


def test_a_value_naming_days_each_at_its_time_across_new_year() -> None:
    found = read({"event_date": "Dec 30, 7pm and Jan 2 2022, 7pm"},
                 document_date=date(2021, 12, 1))
    assert found is not None and [e.start for e in found.events] == [
        at(2021, 12, 30, 19), at(2022, 1, 2, 19)]


def test_a_value_naming_days_across_new_year_takes_the_year_before_for_the_first() -> None:
    found = read({"event_date": "December 30th and January 2nd, 2022"},
                 document_date=date(2021, 12, 1))
    assert found is not None
    assert [e.start for e in found.events] == [date(2021, 12, 30), date(2022, 1, 2)]


def test_keys_match_without_case_or_separators() -> None:
    assert normalised("Start_Date") == normalised("start-date") == normalised("startdate")
    for key in ("startdate", "Start_Date", "date-start", "starts", "EventDate", "when"):
        assert one({key: date(2024, 6, 14)}) == (date(2024, 6, 14), None)


@pytest.mark.parametrize(("value", "start"), [
    ("June 14, 2024", date(2024, 6, 14)),
    ("14 juni 2024", date(2024, 6, 14)),
    ("Friday - June 14th, 2024", date(2024, 6, 14)),
    ("2016-04-3T14:00:00", at(2016, 4, 3, 14)),
    ("2015-02-03 18:00:00", at(2015, 2, 3, 18)),
    ("2024-06-14 9:30", at(2024, 6, 14, 9, 30)),
    (datetime(2024, 6, 14, 18, 0), at(2024, 6, 14, 18)),
    ("Saturday, June 15th", date(2024, 6, 15)),  # the year of the document's date
    ("2022-04-07T20:00:00ZCET", at(2022, 4, 7, 20)),  # (a zone no one knows: the day as written)
    ("Sat. June 15, 2024: 2:00pm-5:00pm", at(2024, 6, 15, 14)),  # (its hours after a colon)
    ("13.07.2024: 19:00", at(2024, 7, 13, 19)),
])
def test_dates_are_read_as_a_site_owner_means_them(value: Any, start: Any) -> None:
    assert one({"event_date": value})[0] == start


@pytest.mark.parametrize(("value", "start"), [
    # a zone named: its place's clock ("EST" in June is New York's summer time)
    ("June 14, 2024 6pm EST", datetime(2024, 6, 14, 18, tzinfo=ZoneInfo("America/New_York"))),
    # a JavaScript date's zone, which Ruby does not know (and dateutil tells backwards): the
    # site's wall clock
    ("Fri Jun 14 2024 18:00:00 GMT+0100 (IST)", at(2024, 6, 14, 18)),
])
def test_a_zone_after_the_time_is_read_as_ruby_reads_it(value: str, start: datetime) -> None:
    found = read({"event_date": value})
    assert found is not None and [e.start for e in found.events] == [start]
    assert found.problems == ()  # (not "-01:00 ... fix the offset": no offset was written)


def test_a_date_without_a_time_is_all_day_and_its_end_the_last_day() -> None:
    assert one({"starts": date(2017, 9, 18), "ends": date(2017, 9, 22)}) == (
        date(2017, 9, 18), date(2017, 9, 22))
    assert one({"date_start": "2016-04-24T00:00:00", "date_end": "2016-04-25T00:00:00"}) == (
        date(2016, 4, 24), date(2016, 4, 25))


@pytest.mark.parametrize(("value", "start", "end"), [
    ("6:00pm", at(2024, 5, 1, 18), None),
    ("18:00", at(2024, 5, 1, 18), None),
    ("4:00pm to 4:45pm", at(2024, 5, 1, 16), at(2024, 5, 1, 16, 45)),
    ("6-8pm", at(2024, 5, 1, 18), at(2024, 5, 1, 20)),
    ("kl 18.30–20", at(2024, 5, 1, 18, 30), at(2024, 5, 1, 20)),
    ("7-9p", at(2024, 5, 1, 19), at(2024, 5, 1, 21)),
    ("10a", at(2024, 5, 1, 10), None),
])
def test_a_time_only_key_is_a_time_on_the_documents_own_date(value: str, start: Any,
                                                             end: Any) -> None:
    assert one({"time": value}) == (start, end)


@pytest.mark.parametrize(("value", "start", "end"), [
    ("July 10-11, 2026", date(2026, 7, 10), date(2026, 7, 11)),
    ("June 27–28, 2026", date(2026, 6, 27), date(2026, 6, 28)),
    ("10-11 juli 2026", date(2026, 7, 10), date(2026, 7, 11)),
    ("14th-16th June 2024", date(2024, 6, 14), date(2024, 6, 16)),
    ("July 10-11 2026", date(2026, 7, 10), date(2026, 7, 11)),
    ("July 10-11", date(2024, 7, 10), date(2024, 7, 11)),  # the year of the document's date
])
def test_a_start_key_naming_two_days_of_a_month_is_a_span(value: str, start: Any,
                                                          end: Any) -> None:
    assert one({"event_date": value}) == (start, end)


@pytest.mark.parametrize(("value", "start", "end"), [
    ("Fri 3rd to Mon 6th May", date(2024, 5, 3), date(2024, 5, 6)),
    ("3 to 6 May 2025", date(2025, 5, 3), date(2025, 5, 6)),
    ("30 – 31 May", date(2024, 5, 30), date(2024, 5, 31)),
])
def test_a_spans_first_day_takes_the_month_its_last_day_names(value: str, start: Any,
                                                              end: Any) -> None:
    assert one({"when": value}) == (start, end)


def test_two_bare_numbers_are_hours_not_a_span_of_days() -> None:  # a guard
    assert one({"when": "10 to 12"}) == (at(2024, 5, 1, 10), at(2024, 5, 1, 12))


def test_a_year_read_as_a_time_is_no_date() -> None:
    found = read({"event_date": "July 10 & 11, 2026"})  # dateutil: 2011-07-10 20:26
    assert found is not None and not found.events
    assert "is not a date" in found.problems[0].message


@pytest.mark.parametrize(("meta", "start", "end"), [
    ({"eventDate": "2025-11-18", "startTime": "6:00 PM PST", "endTime": "8:30 PM PST"},
     datetime(2025, 11, 18, 18, tzinfo=ZoneInfo("America/Los_Angeles")),
     datetime(2025, 11, 18, 20, 30, tzinfo=ZoneInfo("America/Los_Angeles"))),
    ({"event_date": "2024-06-14", "time": "18:00 UTC"}, at(2024, 6, 14, 20), None),
    ({"event_date": "2024-06-14", "time": "7pm (EDT)"}, at(2024, 6, 15, 1), None),
    ({"event_date": "2024-06-14", "time": "7pm Eastern time"}, at(2024, 6, 15, 1), None),
])
def test_a_time_keys_stated_zone_is_converted_to_the_sites(meta, start, end) -> None:
    got = one(meta)
    assert got == (start, end)
    assert got[0].tzinfo == STOCKHOLM


def test_an_end_day_and_an_end_time_give_a_timed_end() -> None:
    assert one({"eventDate": "2026-06-27", "endDate": "2026-06-28", "startTime": "11:00 AM",
                "endTime": "11:00 AM"}) == (at(2026, 6, 27, 11), at(2026, 6, 28, 11))


def test_a_time_key_times_the_day_of_a_date_written_with_its_own_time() -> None:
    # (`date: 2011-12-13 13:37:42 +0100` is when the page was made; `time` the meetup's)
    assert one({"time": "18:30"}, document_date=datetime(2011, 12, 13, 13, 37, 42,
                                                         tzinfo=STOCKHOLM)) == (
        at(2011, 12, 13, 18, 30), None)


def test_a_time_key_times_the_wall_clock_day_of_a_date_whose_offset_contradicts_the_site() -> None:
    # (01:00 +09:00 on the 13th is the 12th in Stockholm: read as the site's wall clock, warned)
    found = read({"time": "18:30"}, document_date=datetime(
        2011, 12, 13, 1, 0, tzinfo=timezone(timedelta(hours=9))))
    assert found is not None and [(e.start, e.end) for e in found.events] == [
        (at(2011, 12, 13, 18, 30), None)]
    assert any("offset" in p.message for p in found.problems)


def test_an_overnight_time_range_keeps_a_span_of_days_one_span() -> None:
    assert one({"end_date": "2024-06-29", "time": "10:00 PM - 2:00 AM"},
               document_date=date(2024, 6, 27), in_event_collection=True) == (
        date(2024, 6, 27), date(2024, 6, 29))


def test_a_span_of_days_with_a_time_range_is_those_hours_each_day() -> None:
    found = read({"end_date": "2024-06-29", "time": "10:00 AM - 4:00 PM"},
                 document_date=date(2024, 6, 27), in_event_collection=True)
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [
        (at(2024, 6, d, 10), at(2024, 6, d, 16)) for d in (27, 28, 29)]


@pytest.mark.parametrize(("meta", "start", "end"), [
    ({"start_date": "2024-06-27", "end_date": "2024-06-29", "time": "10:00"},  # a start
     date(2024, 6, 27), date(2024, 6, 29)),
    ({"start_date": "2024-06-01", "end_date": "2024-06-30", "time": "10:00 - 16:00"},  # a season
     date(2024, 6, 1), date(2024, 6, 30)),
])
def test_a_span_without_daily_hours_stays_one_span(meta, start, end) -> None:  # a guard
    assert one(meta) == (start, end)


@pytest.mark.parametrize(("meta", "start", "end"), [
    ({"meeting_time": "7-9p", "meeting_start": "19:00"}, at(2024, 5, 1, 19), at(2024, 5, 1, 21)),
    ({"meeting_start": "19:00"}, at(2024, 5, 1, 19), None),
    ({"session_date": "2024-06-14", "session_time": "18:00"}, at(2024, 6, 14, 18), None),
    ({"talk_start": "2024-06-14 18:00", "talk_end": "2024-06-14 20:00"},
     at(2024, 6, 14, 18), at(2024, 6, 14, 20)),
])
def test_an_events_keys_may_be_prefixed_with_what_it_is(meta, start, end) -> None:
    assert one(meta) == (start, end)


def test_a_prefix_that_is_no_event_gives_no_key() -> None:
    assert read({"reading_time": "5 min", "race_time": "1:23:45", "post_date": "2024"}) is None


def test_an_events_own_family_name_wins_over_a_prefixed_one() -> None:
    assert one({"meeting_date": "2024-06-01", "start_date": "2024-06-14"}) == (
        date(2024, 6, 14), None)


@pytest.mark.parametrize("value", ["2012-03-01 18:30:00", datetime(2012, 3, 1, 18, 30)],
                         ids=["quoted", "yaml datetime"])
def test_a_time_key_holding_a_date_and_time_is_the_start_not_a_time_on_the_documents_date(
        value: Any) -> None:
    assert one({"time": value}, document_date=date(2012, 2, 23)) == (at(2012, 3, 1, 18, 30), None)


def test_a_time_key_that_is_not_a_time_is_a_warning_and_no_event() -> None:
    found = read({"time": "5 minutes read"})
    assert found is not None and found.events == ()
    assert [p.message.split(":")[0] for p in found.problems] == ["time"]
    assert read({"time": 1080}).problems[0].message.startswith(  # YAML's unquoted 18:00
        'time: 1080 is a number, not a time of day; write e.g. "18:00"')


def test_a_list_of_starts_and_ends_is_one_event_each() -> None:
    found = read({"dates": None, "start": [
        {"start": "2024-06-14 18:00", "end": "2024-06-14 20:00"},
        {"start": "2024-06-21 18:00", "end": "2024-06-21 20:00"}]})
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [
        (at(2024, 6, 14, 18), at(2024, 6, 14, 20)), (at(2024, 6, 21, 18), at(2024, 6, 21, 20))]


def test_places_that_are_mappings_or_html_become_plain_text() -> None:
    found = read({"starts": date(2024, 6, 14), "location": {
        "name": "Uni", "street": "Georges-Köhler-Allee", "postal": 79110, "city": "Freiburg"}})
    assert found.events[0].location == Location("Uni", "Georges-Köhler-Allee, 79110, Freiburg")
    found = read({"starts": date(2024, 6, 14),
                  "place": '<a href="https://maps.example.org/q">Café Bleu</a> &amp; bar'})
    assert found.events[0].location == Location("Café Bleu & bar")


def test_an_offset_that_contradicts_the_sites_zone_is_read_as_its_wall_clock() -> None:
    found = read({"start": "2024-11-05T18:00:00+02:00"})
    assert found.events[0].start == at(2024, 11, 5, 18)
    assert "has the offset +02:00, but Europe/Stockholm is at +01:00" in found.problems[0].message
    # a site that sets no timezone: the offset is all there is to go by
    found = read({"start": "2024-11-05T18:00:00+02:00"}, zone_given=False)
    assert found.events[0].start == at(2024, 11, 5, 17) and found.problems == ()


def test_a_recurrence_is_checked_with_dateutil_and_becomes_the_rrule() -> None:
    found = read({"start": "2024-11-05 18:00",
                  "rrule": "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20241231"})
    assert found.events[0].rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20241231T225959Z"
    found = read({"start": "2024-11-05 18:00", "recurrence": "every other week"})
    assert found.events[0].rrule is None
    assert found.problems[0].message.startswith("recurrence: every other week is not a "
                                                "recurrence rule")


def test_duration_all_day_and_a_registration_link() -> None:
    found = read({"start": "2024-06-14 18:00", "duration": "90m",
                  "registration": "https://example.org/signup"})
    assert (found.events[0].end, found.events[0].url) == (at(2024, 6, 14, 19, 30),
                                                          "https://example.org/signup")
    assert one({"start": "2024-06-14 18:00", "all_day": True}) == (date(2024, 6, 14), None)


def test_an_event_collections_document_is_dated_by_its_own_date() -> None:
    assert one({"title": "Quiz"}, document_date=at(2024, 9, 10, 18, 30),
               in_event_collection=True) == (at(2024, 9, 10, 18, 30), None)
    assert read({"title": "Quiz"}, in_event_collection=False) is None
    assert is_event_collection("events", True) and is_event_collection("Meetups", True)
    assert not is_event_collection("events", False) and not is_event_collection("news", True)
    assert is_event_collection("happenings", ("happenings",))


@pytest.mark.parametrize("name", ["gigs", "concerts", "Konzerte", "spelningar", "band_gigs",
                                  "shows", "productions", "voorstellingen", "playFuture",
                                  "upcoming_shows", "past_events"])
def test_a_bands_collection_of_performances_holds_events(name: str) -> None:
    assert is_event_collection(name, True)
    assert one({"title": "Tidafestivalen"}, document_date=at(2026, 6, 6, 0, 0),
               in_event_collection=is_event_collection(name, True)) == (
        date(2026, 6, 6), None)


def test_the_sites_mapping_wins_over_detection() -> None:
    meta = {"kickoff": "2024-06-14 18:00", "start": "2024-06-01", "time": "now"}
    found = read(meta, mapping={"start": "kickoff", "time": None})
    assert [e.start for e in found.events] == [at(2024, 6, 14, 18)] and found.problems == ()
    assert found.keys == ("kickoff",)


def test_until_alone_is_how_long_a_post_is_shown_not_an_event() -> None:
    # a newsletter item "Tools meeting, 14 June" shown until that day: its text says when
    assert read({"title": "Tools meeting, 14 June 2024", "until": "2024-06-14"}) is None
    assert one({"start": "2024-06-12", "until": "2024-06-14"}) == (date(2024, 6, 12),
                                                                   date(2024, 6, 14))
    assert one({"end_date": "2024-06-14"}) == (date(2024, 5, 1), date(2024, 6, 14))
    # beside another end key, that one; in an event collection, or named by the site, the end
    assert one({"until": "2024-06-14", "slut": "2024-06-10"}) == (date(2024, 5, 1),
                                                                  date(2024, 6, 10))
    assert one({"until": "2024-06-14"}, in_event_collection=True) == (date(2024, 5, 1),
                                                                       date(2024, 6, 14))
    assert one({"until": "2024-06-14"}, mapping={"end": "until"}) == (date(2024, 5, 1),
                                                                       date(2024, 6, 14))


def test_a_document_without_event_keys_states_no_events() -> None:
    assert read({"title": "News", "location": "Stockholm", "duration": 350}) is None


def test_the_fixture_sites_calendar_holds_every_stated_event(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "herald", "build", "-q", "--content",
                          str(FIXTURE), "--out", str(out), "--no-cache", "--now",
                          "2026-11-01T00:00Z"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    events = {str(e["summary"]): e for e in
              Calendar.from_ical((out / "calendar.ics").read_bytes()).walk("VEVENT")}
    assert sorted(events) == ["Board game night", "March meeting", "Spring camp",
                              "Summer fair", "Webinar on budgets", "Weekly hack evening"]
    camp = events["Spring camp"]
    assert camp.decoded("dtstart") == at(2016, 4, 3, 14)
    assert str(camp["location"]) == "Scout hut, Storgatan 1, Uppsala"
    assert str(camp["url"]) == "https://keys.example.org/events/2016-spring-camp/"
    assert "https://keys.example.org/signup" in str(camp["description"])
    assert events["Summer fair"].decoded("dtend") == date(2024, 6, 17)  # exclusive
    assert events["Webinar on budgets"].decoded("dtstart") == at(2024, 5, 20, 9)  # herald's wins
    meeting = events["March meeting"]
    assert meeting.decoded("dtstart") == at(2015, 3, 18, 18)
    assert meeting.decoded("dtend") == at(2015, 3, 18, 19, 30)
    assert meeting["geo"].latitude == pytest.approx(47.604096)
    hack = events["Weekly hack evening"]
    assert hack["rrule"]["FREQ"] == ["WEEKLY"] and hack["rrule"]["COUNT"] == [8]
    assert "related-events.md: error" not in run.stderr  # a site's own `events:` list
    assert "unreadable-when.md: warning: when: Every Tuesday" in run.stderr
    assert (out / "themes" / "meetings" / "calendar.ics").is_file()


def test_herald_events_says_which_site_keys_gave_events_to_how_many_documents() -> None:
    run = subprocess.run([sys.executable, "-m", "herald", "events", "--content", str(FIXTURE),
                          "--now", "2026-11-01T00:00Z"], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    line = run.stdout.splitlines()[-1]
    assert line.startswith("site keys: location (3 documents), ")
    assert "date_start (1 document)" in line and "time (1 document)" in line
    rows = json.loads(subprocess.run(
        [sys.executable, "-m", "herald", "events", "--content", str(FIXTURE), "--format",
         "json", "--now", "2026-11-01T00:00Z"], capture_output=True, text=True,
        timeout=300).stdout)
    camp = next(row for row in rows if row["summary"] == "Spring camp")
    assert camp["source"] == "site keys"
    assert camp["keys"] == ["date_start", "date_end", "signup_link", "location"]
    assert camp["location"] == "Scout hut, Storgatan 1, Uppsala"


def test_where_the_sites_zone_is_unknown_the_places_coordinates_give_it() -> None:
    meta = {"time": "6:00pm", "lat": 47.604096, "lng": -122.336667}
    found = site_events(meta, path="p.md", document_date=date(2013, 2, 20),
                        in_event_collection=False, mapping={}, timezone="UTC",
                        zone_given=False, zone_known=False)
    assert found.timezone == "America/Vancouver"  # Seattle's nearest reference city
    assert found.events[0].start == datetime(2013, 2, 20, 18, tzinfo=ZoneInfo(found.timezone))
    assert found.events[0].start.utcoffset().total_seconds() == -8 * 3600
    known = site_events(meta, path="p.md", document_date=date(2013, 2, 20),
                        in_event_collection=False, mapping={}, timezone="Europe/Stockholm",
                        zone_given=True, zone_known=True)
    assert known.timezone is None and known.events[0].start == at(2013, 2, 20, 18)


def test_the_nearest_reference_city_gives_a_zone_with_the_places_rules() -> None:
    assert zone_near(59.33, 18.06) == "Europe/Stockholm"
    assert zone_near(40.71, -74.0) == "America/New_York"
    assert zone_near(33.45, -112.07) == "America/Phoenix"


def test_a_site_of_unknown_zone_reads_its_unplaced_events_in_its_placed_events_zone(tmp_path):
    config = "title: Meetups\nurl: https://meetups.example.org\nlang: en\n"
    posts = {f"2013-0{n}-20-meeting.md": f"---\ntitle: Meeting {n}\ntime: 6:00pm\n"
             + ("lat: 47.604096\nlng: -122.336667\n" if n < 3 else "") + "---\nJoin us.\n"
             for n in (1, 2, 3)}
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2026, 11, 1, tzinfo=UTC)))
    starts = {event.summary: event.start for event, _ in site_schedule(site).events}
    pacific = ZoneInfo("America/Vancouver")
    assert starts == {"Meeting 1": datetime(2013, 1, 20, 18, tzinfo=pacific),
                      "Meeting 2": datetime(2013, 2, 20, 18, tzinfo=pacific),
                      "Meeting 3": datetime(2013, 3, 20, 18, tzinfo=pacific)}


def test_an_event_mapping_of_its_own_keys_is_read_and_named_by_its_place() -> None:
    found = read({"title": "Spring meetup", "event_details": {
        "date_start": datetime(2023, 2, 23, 19, 0), "date_end": datetime(2023, 2, 23, 21, 0),
        "location": {"text": "bQm Culture Café", "link": "https://maps.example.org/q"}}})
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [(at(2023, 2, 23, 19), at(2023, 2, 23, 21))]
    assert found.events[0].location == Location("bQm Culture Café")
    assert found.keys == ("event_details.date_start", "event_details.date_end",
                          "event_details.location")


def test_a_documents_own_start_wins_over_a_mapping_that_is_not_an_events() -> None:
    found = read({"start_date": date(2024, 6, 14), "event_details": {"date_start": "2030-01-01"},
                  "details": {"starts": "2031-01-01"}})
    assert found is not None and [e.start for e in found.events] == [date(2024, 6, 14)]
    assert read({"details": {"colour": "blue"}, "metadata": {"start": "2024-06-14"}}) is None


def test_a_sites_event_mapping_under_herald_event_key_is_the_sites_not_an_error(tmp_path) -> None:
    config = "title: Club\nurl: https://club.example.org\nlang: en\ntimezone: Europe/Zurich\n"
    posts = {"2023-02-21-bqm.md": "---\ntitle: Spring bQm\nevent:\n  date_start: "
             "2023-02-23T19:00:00\n  date_end: 2023-02-23T21:00:00\n---\nCome for a beer.\n"}
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2026, 11, 1, tzinfo=UTC)))
    schedule = site_schedule(site)
    zurich = ZoneInfo("Europe/Zurich")
    assert [(e.start, e.end) for e, _ in schedule.events] == [
        (datetime(2023, 2, 23, 19, tzinfo=zurich), datetime(2023, 2, 23, 21, tzinfo=zurich))]
    assert [p for p in schedule.problems if p.severity == "error"] == []


def test_a_documents_own_keys_win_over_its_event_mappings() -> None:
    found = read({"location": "Town hall", "event_details": {
        "date_start": datetime(2023, 2, 23, 19, 0), "location": {"text": "bQm"}}})
    assert found is not None and found.events[0].location == Location("Town hall")
    assert found.keys == ("event_details.date_start", "location")


def test_a_post_whose_layout_renders_an_event_and_names_no_date_is_its_own_dates(
        tmp_path: Path) -> None:
    config = "title: Talks\nurl: https://talks.example.org\nlang: en\ntimezone: Europe/Stockholm\n"
    posts = {
        "2024-11-01-dark-matter.md": "---\nlayout: talk\ntitle: Dark matter\nspeaker: A\n---\n"
                                     "Join me on a journey into the world of dark matter.\n",
        "2024-10-05-resume.md": "---\nlayout: event\ntitle: Resumes\n---\nJoin us for a "
                                "workshop!\n\nDate: September 28, 2024\n",  # past: no event
        "2024-10-06-news.md": "---\nlayout: post\ntitle: News\n---\nJoin us soon.\n",
    }
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2026, 11, 1, tzinfo=UTC)))
    starts = {event.summary: event.start for event, _ in site_schedule(site).events}
    assert starts == {"Dark matter": date(2024, 11, 1)}


@pytest.mark.parametrize(("config", "body"), [
    ("", "Neil Armstrong landed on 20 July 1969. This talk looks at what came after."),
    ("herald:\n  infer_events: false\n", "Join me for a journey into dark matter."),
], ids=["history in the abstract", "inference off"])
def test_an_event_layouts_own_date_stands_beside_history_and_without_inference(
        tmp_path: Path, config: str, body: str) -> None:
    site_config = ("title: Talks\nurl: https://talks.example.org\nlang: en\n"
                   "timezone: Europe/Stockholm\n" + config)
    posts = {"2024-11-01-talk.md": f"---\nlayout: talk\ntitle: The talk\n---\n{body}\n"}
    root = write_site(tmp_path / "site", posts, site_config)
    site = load_site(root, LoadOptions(now=datetime(2026, 11, 1, tzinfo=UTC)))
    assert [event.start for event, _ in site_schedule(site).events] == [date(2024, 11, 1)]


def test_an_event_layouts_own_weekend_named_without_hours_leaves_its_date(tmp_path: Path,
                                                                       ) -> None:
    config = "title: Meetups\nurl: https://m.example.org\nlang: en\ntimezone: Asia/Hong_Kong\n"
    posts = {"2015-08-08-meet-simon.md": (  # (a Saturday)
        '---\nlayout: meetup\ntitle: Meet Simon\ndate: "2015-08-08 19:00:00"\n---\n'
        "Simon will be in Hong Kong this weekend. Some of us will be meeting up for drinks.\n")}
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2015, 8, 8, 19, tzinfo=ZoneInfo("Asia/Hong_Kong"))]


def test_icalendar_names_dtstart_and_dtend_are_a_start_and_an_end() -> None:
    assert one({"dtstart": "2025-04-25T17:30:00", "dtend": "2025-04-25T19:30:00"}) == (
        at(2025, 4, 25, 17, 30), at(2025, 4, 25, 19, 30))


def test_a_span_that_ends_before_it_starts_is_left_out_with_a_warning() -> None:
    found = read({"event_date": "July 31-1, 2026"})
    assert found is not None and not found.events
    assert "ends before it starts" in found.problems[0].message


@pytest.mark.parametrize(("meta"), [
    {"eventDate": "2025-11-18", "startTime": "6:00 PM PST", "endTime": "8:30 PM"},
    {"eventDate": "2025-11-18", "startTime": "6:00 PM", "endTime": "8:30 PM PST"},
])
def test_a_zone_stated_with_one_time_is_the_others_too(meta) -> None:
    pacific = ZoneInfo("America/Los_Angeles")
    assert one(meta) == (datetime(2025, 11, 18, 18, tzinfo=pacific),
                         datetime(2025, 11, 18, 20, 30, tzinfo=pacific))


def test_a_start_key_holding_a_time_with_its_zone_is_a_time_of_the_documents_day() -> None:
    assert one({"start": "7pm EST"}) == (datetime(2024, 5, 1, 19, tzinfo=ZoneInfo(
        "America/New_York")), None)


def test_a_date_after_the_documents_publish_date_is_its_event(tmp_path: Path) -> None:
    config = "title: Club\nurl: https://club.example.org\nlang: en\ntimezone: Europe/Oslo\n"
    posts = {
        # Hugo's `publishDate`: the page went out in December, for a talk in January; its
        # offset is Oslo's in summer, not January's: read as the wall-clock time it says
        "2025-12-01-talk.md": "---\ntitle: Talk on interviews\npublishDate: 2025-12-01\n"
                              "date: 2026-01-22T17:00:00+02:00\n---\nRoom PH170.\n",
        "2025-12-02-news.md": "---\ntitle: News\npublishDate: 2025-12-02\n"
                              "date: 2025-12-02\n---\nWe have a new board.\n",
    }
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2025, 12, 5, tzinfo=UTC), future=True))
    schedule = site_schedule(site)
    assert [(event.start, event.keys) for event, _ in schedule.events] == [
        (datetime(2026, 1, 22, 17, tzinfo=ZoneInfo("Europe/Oslo")), ("date",))
    ]
    assert any("date: 2026-01-22T17:00:00+02:00 has the offset +02:00" in problem.message
               for problem in schedule.problems)


def test_a_date_stamped_when_written_is_no_event_after_its_publish_date(tmp_path: Path) -> None:
    # (a theme's `publishdate` left over from a template, under each post's own date stamped
    # to the minute it was written: the text says when its event is, if it has one)
    config = "title: Klima\nurl: https://klima.example.org\nlang: de\ntimezone: Europe/Berlin\n"
    posts = {
        "2021-09-09-brief.md": ("---\nlayout: events\ntitle: Offener Brief\n"
                                "date: 2021-09-09T10:48:00+02:00\npublishdate: 2021-06-01\n---\n"
                                "Sehr geehrter Herr Ministerpräsident, wir bitten Sie ...\n"),
        "2021-12-16-zero.md": ("---\nlayout: events\ntitle: Weichenstellung\n"
                               "date: 2021-12-16T11:21:00+01:00\npublishdate: 2021-06-01\n---\n"
                               "Deshalb veranstaltet GöttingenZero am 17.12. um 14 Uhr am "
                               "Gänseliesel eine Kundgebung.\n"),
    }
    berlin = ZoneInfo("Europe/Berlin")
    assert starts_of(tmp_path / "site", posts, config) == [datetime(2021, 12, 17, 14,
                                                                    tzinfo=berlin)]


def test_a_post_whose_front_matter_cannot_be_read_is_read_as_written_on_its_names_day(
        tmp_path: Path) -> None:
    # (Jekyll dates it by the build, in 2026; its text was written in October 2018)
    config = "title: CompSoc\nurl: https://compsoc.example.org\nlang: en\ntimezone: Europe/London\n"
    posts = {"2018-10-13-egm.md": ("---\ntitle: EGM: manifestos\nlayout: post\n---\nOn Wednesday "
                                   "the 17th of October we have our Extraordinary General "
                                   "Meeting!\n")}
    assert starts_of(tmp_path / "site", posts, config) == [date(2018, 10, 17)]


def test_an_event_layouts_recap_in_the_past_tense_is_no_event(tmp_path: Path) -> None:
    config = "title: R users\nurl: https://r.example.org\nlang: en\ntimezone: America/Detroit\n"
    posts = {"2015-03-12-meetup.md": "---\nlayout: meetup\ntitle: Data exploration\n---\n"
                                     "Kun gave an introduction to tidyr and Haad showed us how he "
                                     "explored data. Blake presented his work.\n"}
    assert starts_of(tmp_path / "site", posts, config) == []


def test_a_nested_event_mappings_date_is_its_start() -> None:
    found = read({"layout": "event", "event": {"date": "March 9, 2015", "time": "6:30 PM"}},
                 document_date=date(2015, 3, 9))
    assert found is not None
    assert [(event.start, event.end) for event in found.events] == [(at(2015, 3, 9, 18, 30), None)]
    assert found.keys == ("event.date", "event.time")


@pytest.mark.parametrize(("meta", "start", "end"), [
    ({"klokkeslett": "17:00", "spilletid": 115}, at(2026, 4, 29, 17), at(2026, 4, 29, 18, 55)),
    ({"klockslag": "18:30", "sted": "Aulan"}, at(2026, 4, 29, 18, 30), None),
])
def test_nordic_time_and_length_keys(meta: dict[str, Any], start: datetime, end: Any) -> None:
    assert one(meta, document_date=date(2026, 4, 29), in_event_collection=True) == (start, end)


def test_a_site_keys_day_takes_the_time_its_text_gives_that_day(tmp_path: Path) -> None:
    config = "title: Film club\nurl: https://film.example.org\nlang: 'no'\ntimezone: Europe/Oslo\n"
    posts = {"2025-09-24-intro.md": "---\ntitle: Introduksjonsmøte\ndate: 2025-09-24\n"
                                    "publishDate: 2025-09-01\n---\nKom og bli kjent med "
                                    "filmklubben! Det blir pizza.\n\n**Tid:** 24. september - "
                                    "16:30\n**Sted:** Lille auditorium\n"}
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2025, 9, 2, tzinfo=UTC), future=True))
    oslo = ZoneInfo("Europe/Oslo")
    assert [(event.start, event.end_assumed, event.source) for event, _ in
            site_schedule(site).events] == [(datetime(2025, 9, 24, 16, 30, tzinfo=oslo), True,
                                             "site keys")]


def test_a_pubdate_without_a_date_key_is_the_documents_own_date(tmp_path: Path) -> None:
    # (Astro's `pubDate` alone: no date of an event, whatever the file is called)
    config = "title: Cycling\nurl: https://cc.example.org\nlang: en\ntimezone: Europe/London\n"
    posts = {"2024-06-10-history-ride.md": "---\ntitle: Wartime history ride\npubDate: "
                                           "2024-03-06\n---\nThe ride visited the old airfield "
                                           "and the depot. It was a fine day.\n"}
    assert starts_of(tmp_path / "site", posts, config) == []


def test_a_site_without_a_zone_keeps_its_keys_day_whole(tmp_path: Path) -> None:
    # (English names no one zone: the text's 13:00 would be put in UTC)
    config = ("title: Galaxy\nurl: https://galaxy.example.org\nlang: en\n"
              "collections:\n  events:\n    output: true\n")
    posts = {"_events/2018-02-13-kickoff.md": "---\ntitle: Kick-off\nstarts: 2018-03-14\n---\n"
                                              "Members meet on 14.03.2018 starting from 13:00 "
                                              "at the faculty. Everyone is invited.\n"}
    assert starts_of(tmp_path / "site", posts, config,
                     now=datetime(2018, 2, 14, tzinfo=UTC)) == [date(2018, 3, 14)]


def test_a_utc_time_in_a_key_is_a_universal_time_not_a_mistaken_offset() -> None:
    found = read({"starts": "2025-09-14T22:00:00Z"})
    assert found is not None and not found.problems
    assert found.events[0].start == at(2025, 9, 15, 0, 0)


@pytest.mark.parametrize(("published", "written"), [
    ("publishDate: '2024-03-01T20:00:00-08:00'", "date: 2024-03-02 04:00:00 +0000"),  # same time
    ("publishDate: 2024-03-01T23:50:00+01:00", "date: 2024-03-02T00:10:00+01:00"),
    ("published_at: 2024-03-01", "date: 2024-03-04 10:00"),  # a migrated post's last change
])
def test_a_date_a_day_after_publishing_or_beside_published_at_is_no_event(
        tmp_path: Path, published: str, written: str) -> None:
    config = "title: Blog\nurl: https://b.example.org\nlang: en\ntimezone: Europe/Stockholm\n"
    posts = {"2024-03-02-note.md": f"---\ntitle: A note\n{published}\n{written}\n---\n"
                                   "We changed the theme of the site.\n"}
    assert starts_of(tmp_path / "site", posts, config) == []


def test_a_day_its_keys_call_all_day_keeps_no_time_of_the_text(tmp_path: Path) -> None:
    config = "title: Fair\nurl: https://f.example.org\nlang: en\ntimezone: Europe/London\n"
    posts = {"2024-03-01-fair.md": "---\ntitle: Spring fair\nevent_date: 2024-03-23\n"
                                   "all_day: true\n---\nOn 23 March at 19:00 there is also a "
                                   "quiz in the hall. Come along!\n"}
    assert starts_of(tmp_path / "site", posts, config) == [date(2024, 3, 23)]


def test_a_talks_abstract_in_the_past_tense_keeps_the_talks_own_date(tmp_path: Path) -> None:
    config = "title: Talks\nurl: https://t.example.org\nlang: en\ntimezone: Europe/Stockholm\n"
    posts = {"2024-03-14-talk.md": "---\nlayout: talk\ntitle: Hard problems\n---\nIn 2019 it "
                                   "was shown that these problems were hard. These results had "
                                   "consequences. Jane was a postdoc and had a fellowship.\n"}
    assert starts_of(tmp_path / "site", posts, config) == [date(2024, 3, 14)]


def test_a_date_under_details_is_no_events_start() -> None:
    # (a portfolio's project details, not an event's)
    assert read({"details": {"client": "ACME", "date": "2019-05-01", "location": "Oslo"}}) is None


@pytest.mark.parametrize(("value", "minutes"), [
    ("115 minutter", 115), ("1 t 55 min", 115), ("1 time 55 min", 115), ("2 timmar", 120),
    ("01:55:00", 115), ("90 minuter", 90), ("1 hour 5 mins", 65),
])
def test_nordic_and_clock_durations_are_read(value: str, minutes: int) -> None:
    start, end = one({"date_start": "2026-04-29 17:00", "spilletid": value})
    assert end - start == timedelta(minutes=minutes)


@pytest.mark.parametrize(("where", "front"), [
    ("_posts/2014-12-03-robohand.md", "layout: project\nstatus: CURRENT\n"),
    ("_projects/robohand.md", "date: 2014-12-03\n"),
])
def test_a_projects_start_date_is_no_event_and_is_listed_as_a_candidate(
        tmp_path: Path, where: str, front: str) -> None:
    config = ("title: Coding meetup\nurl: https://cc.example.org\nlang: en\n"
              "timezone: Europe/Ljubljana\ncollections:\n  projects:\n    output: true\n")
    posts = {where: f"---\ntitle: RoboRoka\n{front}start_date: 2014-12-04 18:00:00\n"
                    "end_date: 2015-03-20 17:30:00\n---\nA robotic hand for kids, run by "
                    "Arduino.\n"}
    root = write_site(tmp_path / "site", posts, config)
    schedule = site_schedule(load_site(root, LoadOptions(now=datetime(2014, 12, 5, tzinfo=UTC))))
    assert schedule.events == ()
    [(candidate, _)] = schedule.candidates
    assert candidate.start == datetime(2014, 12, 4, 18, tzinfo=ZoneInfo("Europe/Ljubljana"))
    assert "the dates of a project" in candidate.reason and "start_date" in candidate.reason


def test_a_project_whose_keys_the_site_maps_is_an_event(tmp_path: Path) -> None:
    config = ("title: Coding meetup\nurl: https://cc.example.org\nlang: en\n"
              "timezone: Europe/Ljubljana\nherald:\n  event_fields:\n    start: start_date\n")
    posts = {"2014-12-03-robohand.md": "---\ntitle: RoboRoka\nlayout: project\n"
                                       "start_date: 2014-12-04 18:00:00\n---\nKick-off.\n"}
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2014, 12, 4, 18, tzinfo=ZoneInfo("Europe/Ljubljana"))
    ]


def test_a_nested_event_date_with_its_hours_and_zone_is_read_whole(tmp_path: Path) -> None:
    config = ("title: Embedded\nurl: https://emb.example.org\nlang: en\ntimezone: Europe/Vienna\n"
              "collections:\n  events:\n    output: true\n")
    posts = {"_events/no5.md": "---\ntitle: Security\ndate: 2025-10-14\nevent:\n  number: 5\n"
                               "  location: Operngasse 17, Vienna\n  date: \"Tuesday, October "
                               "14th 2025, 18:00 to 22:00 CET\"\n---\nJoin us.\n"}
    schedule = schedule_of(tmp_path / "site", posts, config, datetime(2025, 11, 1, tzinfo=UTC))
    vienna = ZoneInfo("Europe/Vienna")
    assert [(event.start, event.end) for event, _ in schedule.events] == [
        (datetime(2025, 10, 14, 18, tzinfo=vienna), datetime(2025, 10, 14, 22, tzinfo=vienna))
    ]
    assert [p for p in schedule.problems if p.severity == "error"] == []


@pytest.mark.parametrize(("site_zone", "hour"), [("Africa/Cairo", 19), ("Europe/London", 17)])
def test_a_time_in_a_citys_time_is_converted(site_zone: str, hour: int) -> None:
    found = site_events({"event_date": "2025-12-17", "time": "7:00 PM Cairo Time"},
                        path="_events/talk.md", document_date=date(2025, 12, 1),
                        in_event_collection=False, mapping={}, timezone=site_zone,
                        zone_given=True)
    assert found is not None
    assert [event.start for event in found.events] == [
        datetime(2025, 12, 17, hour, tzinfo=ZoneInfo(site_zone))
    ]


def test_an_undated_news_document_is_dated_by_its_news_date(tmp_path: Path) -> None:
    config = ("title: Anglers\nurl: https://fish.example.org\nlang: en\ntimezone: Europe/London\n"
              "collections:\n  news:\n    output: true\n")
    posts = {"_news/2024-agm-invite.md": "---\ntitle: AGM Invite\nnews-date: 23 April 2024\n---\n"
                                         "Our Annual General Meeting is on Tuesday 14th May at "
                                         "The Worlds End. The meeting starts at 7.30pm.\n"}
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2024, 5, 1, tzinfo=UTC)))
    [post] = site.collections["news"]
    assert post.published.date() == date(2024, 4, 23)
    assert [event.start for event, _ in site_schedule(site).events] == [
        datetime(2024, 5, 14, 19, 30, tzinfo=ZoneInfo("Europe/London"))
    ]


def test_a_list_of_events_in_front_matter_is_an_event_each_with_its_title(
        tmp_path: Path) -> None:
    config = "title: Heimatbund\nurl: https://hb.example.org\nlang: de\ntimezone: Europe/Berlin\n"
    posts = {"2026-08-30-exkursionen.md": (
        "---\ntitle: Drei Exkursionen in 2026\nevents:\n"
        "  - date: 2026-10-02T08:00:00+02:00\n    title: Hengsteysee & Hohensyburg\n"
        "  - date: 2026-10-03T11:00:00+02:00\n    title: Hl. Messe\n---\n"
        "Hiermit lade ich Sie zu den verbleibenden Veranstaltungen ein.\n")}
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2026, 9, 1, tzinfo=UTC)))
    berlin = ZoneInfo("Europe/Berlin")
    assert [(event.start, event.summary, event.keys) for event, _ in
            site_schedule(site).events] == [
        (datetime(2026, 10, 2, 8, tzinfo=berlin), "Hengsteysee & Hohensyburg", ("events.date",)),
        (datetime(2026, 10, 3, 11, tzinfo=berlin), "Hl. Messe", ("events.date",)),
    ]


@pytest.mark.parametrize("meta", [
    {"title": "A Doll's House", "venue": "Playhouse",
     "showtimes": [datetime(2025, 9, 12, 19, 30), datetime(2025, 9, 21, 14, 0)]},
    {"title": "Lost Letters", "venue": "Playhouse",
     "showtimes": [{"time": "2025-09-12T19:30:00", "tickets": "https://t.example.org/1"},
                   {"time": "2025-09-21T14:00:00", "tickets": "https://t.example.org/2"}]},
    {"title": "Ein Puppenheim", "Vorstellungen": ["2025-09-12 19:30", "2025-09-21 14:00"]},
], ids=["a list of starts", "their tables' times", "German strings"])
def test_a_theatres_showtimes_are_each_an_event(meta: dict[str, Any]) -> None:
    found = read(meta, document_date=datetime(2025, 9, 10, 13, 21, tzinfo=STOCKHOLM))
    assert found is not None
    assert [event.start for event in found.events] == [at(2025, 9, 12, 19, 30),
                                                       at(2025, 9, 21, 14)]


@pytest.mark.parametrize(("value", "start", "end"), [
    ("09.30 tot 12.00", (9, 30), (12, 0)),
    ("van 09.00 tot 12.00 uur", (9, 0), (12, 0)),
    ("om 20.00 uur", (20, 0), None),
    ("14.00 uur", (14, 0), None),
    ("klokken 19.00", (19, 0), None),
    ("klokken 19.00 til 21.00", (19, 0), (21, 0)),
    ("aanvang 17.30 uur", (17, 30), None),
    ("Beginn: 19 Uhr", (19, 0), None),
], ids=["tot", "van tot uur", "om uur", "uur", "klokken", "klokken til", "aanvang", "Beginn"])
def test_a_dutch_or_danish_time_key_is_read(value: str, start: tuple[int, int],
                                  end: tuple[int, int] | None) -> None:
    found = read({"time": value}, document_date=date(2022, 4, 14))
    assert found is not None
    assert [(event.start, event.end) for event in found.events] == [
        (at(2022, 4, 14, *start), end and at(2022, 4, 14, *end))]


def test_a_list_of_other_dates_is_no_showtimes() -> None:
    # (times alone, and a list of no events' name, give no day)
    assert read({"title": "Rehearsals", "showtimes": ["19:30", "14:00"]}) is None
    assert read({"title": "Changes", "revisions": ["2025-09-12", "2025-09-21"]}) is None
    found = read({"title": "Releases", "dates": ["2019-01-01 v1.0", "2019-06-01 v1.1"]})
    assert found is None or (not found.events and not found.problems)


def test_a_stated_time_that_is_midnight_on_the_sites_clock_stays_timed() -> None:
    found = site_events({"event_date": "Oct 14 2025 at 7pm Eastern"}, path="_events/x.md",
                        document_date=date(2025, 10, 1), in_event_collection=False, mapping={},
                        timezone="Europe/London", zone_given=True)
    assert found is not None
    assert [event.start for event in found.events] == [
        datetime(2025, 10, 15, 0, tzinfo=ZoneInfo("Europe/London"))
    ]


def test_a_zone_written_with_a_long_s_is_read_without_a_crash() -> None:
    found = read({"event_date": "2025-10-14", "time": "7pm ſofia time"})
    assert found is not None and [event.start.hour for event in found.events] == [18]


def test_an_undated_document_is_not_dated_by_when_its_record_was_created(tmp_path: Path) -> None:
    config = ("title: Club\nurl: https://c.example.org\ntimezone: Europe/London\n"
              "collections:\n  team:\n    output: true\n")
    posts = {"_team/jane.md": "---\ntitle: Jane\nlayout: person\ncreated: 2024-02-03\n---\nHi.\n"}
    site = load_site(write_site(tmp_path / "site", posts, config),
                     LoadOptions(now=datetime(2024, 5, 1, tzinfo=UTC)))
    assert site.collections.get("team", ()) == ()


def test_a_projects_collection_the_site_names_as_events_keeps_its_events(tmp_path: Path) -> None:
    config = ("title: Meetup\nurl: https://m.example.org\ntimezone: Europe/Ljubljana\n"
              "collections:\n  projects:\n    output: true\nherald:\n  event_collections: "
              "[projects]\n")
    posts = {"_projects/hack.md": "---\ntitle: Hack night\ndate: 2014-12-01\n"
                                  "start_date: 2014-12-04 18:00:00\n---\nCome along.\n"}
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2014, 12, 4, 18, tzinfo=ZoneInfo("Europe/Ljubljana"))
    ]


def test_a_place_no_city_of_the_tz_database_names_is_no_zone_but_a_warning() -> None:
    found = read({"event_date": "2025-10-14", "time": "6:00 PM Eastern Standard time"})
    assert found is not None
    assert [event.start for event in found.events] == [date(2025, 10, 14)]
    assert [p.message.split(" is ")[0] for p in found.problems] == [
        "time: 6:00 PM Eastern Standard time"
    ]


def test_a_documents_title_calling_its_event_off_cancels_it(tmp_path: Path) -> None:
    posts = {
        "_termine/wanderung.md": "---\ntitle: 'ABGESAGT: Familienwanderung'\ndate: 2026-06-28\n"
                                 "enddate: 2026-06-28\n---\nWegen einer Hitzewarnung müssen wir "
                                 "diese Wanderung leider absagen.\n",
        "_termine/treffen.md": "---\ntitle: 'Sommertreffen'\ndate: 2026-07-05\n---\nWir grillen.\n",
        "_termine/kurs.md": "---\ntitle: 'Kurs verschoben auf den 12. Juli'\ndate: 2026-07-12\n"
                            "---\nDer Kurs findet eine Woche später statt.\n",
        "_termine/august.md": "---\ntitle: 'Juli-Treffen abgesagt'\ndate: 2026-08-06\n---\n"
                              "Wir sehen uns im August.\n",
        # (the past participle: "has been called off")
        "_termine/spielabend.md": "---\ntitle: 'Leider ausgefallen'\ndate: 2026-08-13\n---\n"
                                  "Nix.\n",
        # (the adjective: "unusual")
        "_termine/ball.md": "---\ntitle: 'Bunt und ausgefallen: Kostümball'\ndate: 2026-08-20\n"
                            "---\nKommt verkleidet!\n",
    }
    config = ("timezone: Europe/Berlin\nlang: de\ncollections:\n  termine:\n    output: true\n")
    status = {post.path: event.status
              for event, post in schedule_of(tmp_path / "site", posts, config).events}
    assert status == {"_termine/wanderung.md": "CANCELLED", "_termine/treffen.md": "CONFIRMED",
                      "_termine/kurs.md": "CONFIRMED", "_termine/august.md": "CONFIRMED",
                      "_termine/spielabend.md": "CANCELLED", "_termine/ball.md": "CONFIRMED"}


def test_a_day_of_an_event_collection_takes_its_texts_meeting_time(tmp_path: Path) -> None:
    posts = {"_termine/wanderung.md": "---\ntitle: Familienwanderung\ndate: 2026-06-28\n"
                                      "enddate: 2026-06-28\n---\nUnser Ziel: das Dorffest\n"
                                      "Treffpunkt: 10:00 Uhr, Bushaltestelle\n\nWir freuen uns "
                                      "auf viele Mitwanderer!\n"}
    config = ("timezone: Europe/Berlin\nlang: de\ncollections:\n  termine:\n    output: true\n")
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2026, 6, 28, 10, tzinfo=ZoneInfo("Europe/Berlin"))]


@pytest.mark.parametrize(("text", "hours"), [
    ("Meet the author, who will sign her new book from 4:30-5:00 p.m. in the museum store.",
     ((16, 30), (17, 0))),
    ("Doors open at 7pm.", ((19, 0), None)),
    # (several times: which is the day's, the text does not say)
    ("Tours at 10am and 2pm; the café closes at 4pm.", None),
    # (a time in a list item is its own happening's)
    ("What to bring:\n\n- a packed lunch for 12:30\n- boots\n", None),
])
def test_a_site_keys_day_takes_the_one_time_of_a_text_that_names_no_day(
        tmp_path: Path, text: str, hours: Any) -> None:
    posts = {"_events/signing.md": f"---\ntitle: Book signing\ndt_start: 2026-09-19\n---\n{text}\n"}
    config = ("timezone: America/Chicago\nlang: en\ncollections:\n  events:\n"
              "    output: true\n")
    found = schedule_of(tmp_path / "site", posts, config).events
    assert len(found) == 1
    event = found[0][0]
    if hours is None:
        assert event.start == date(2026, 9, 19)
    else:
        tz = ZoneInfo("America/Chicago")
        (h0, m0), end = hours
        assert event.start == datetime(2026, 9, 19, h0, m0, tzinfo=tz)
        assert event.end_assumed == (end is None)
        if end is not None:
            assert event.end == datetime(2026, 9, 19, *end, tzinfo=tz)


def test_an_event_collections_document_with_broken_front_matter_is_no_event_of_the_build_day(
        tmp_path: Path) -> None:
    # Jekyll dates a document whose YAML it cannot read when the site is built: that is no
    # day of an event (its text may still state one)
    posts = {"_events/talks.md": "---\ntitle: Talks\ndate: 2024-12-12 17:30\ndescription: |\n"
                                 "    \nJoin us for the talks\n---\nSome talks.\n",
             "_events/quiz.md": "---\ntitle: Quiz\ndate: 2024-12-19 18:00\n---\nA quiz.\n"}
    config = "timezone: Europe/Vienna\nlang: en\ncollections:\n  events:\n    output: true\n"
    schedule = schedule_of(tmp_path / "site", posts, config, now=datetime(2026, 11, 1, tzinfo=UTC),
                           future=True)
    assert [(doc.path, event.start) for event, doc in schedule.events] == [
        ("_events/quiz.md", datetime(2024, 12, 19, 18, tzinfo=ZoneInfo("Europe/Vienna")))]


def test_a_value_starting_with_an_iso_day_is_year_month_day() -> None:
    assert one({"event_date": "2018-02-12 (tbc)"}) == (date(2018, 2, 12), None)


def test_a_line_of_html_comment_read_as_a_key_is_no_key_of_an_event() -> None:
    # YAML reads `<!-- end_date: 2018-02-12 -->` as the key `<!-- end_date`
    start, end = one({"date": "2018-02-14", "<!-- end_date": "2018-03-03 -->"},
                     in_event_collection=True, document_date=date(2018, 2, 14))
    assert (start, end) == (date(2018, 2, 14), None)


def test_a_schedule_of_days_is_an_event_each_day_at_the_documents_hours() -> None:
    found = read({"date": "2019-06-11", "end_date": "2019-06-20", "start_time": "6pm",
                  "end_time": "9pm",
                  "schedule": [{"date": date(2019, 6, 11), "title": "Risk"},
                               {"date": date(2019, 6, 13), "title": "Research"}]},
                 in_event_collection=True)
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [
        (at(2019, 6, 11, 18), at(2019, 6, 11, 21)), (at(2019, 6, 13, 18), at(2019, 6, 13, 21))]


def test_a_schedule_by_the_hour_under_each_day_is_an_event_each_day() -> None:
    found = read({"date": "2017-10-19", "end_date": "2017-10-25",
                  "schedule": [{"date": date(2017, 10, 19), "time": "9:00", "track": "Plan"},
                               {"time": "12:30", "track": "Lunch"},
                               {"date": date(2017, 10, 25), "time": "13:00", "track": "Talks"},
                               {"time": "17:00", "track": "Drinks"}]},
                 in_event_collection=True)
    assert found is not None
    assert [e.start for e in found.events] == [at(2017, 10, 19, 9), at(2017, 10, 25, 13)]
    assert [e.summary for e in found.events] == ["Plan", "Talks"]  # (a track names its day)


def test_a_listed_days_own_time_wins_over_the_documents() -> None:
    found = read({"start_time": "6pm", "schedule": [
        {"date": date(2019, 6, 11), "time": "9:00", "title": "Breakfast"},
        {"date": "2019-06-13", "time": "10:00", "title": "Talks"}]}, in_event_collection=True)
    assert found is not None
    assert [e.start for e in found.events] == [at(2019, 6, 11, 9), at(2019, 6, 13, 10)]


def test_a_release_history_of_dates_is_no_event() -> None:
    assert read({"dates": [{"date": date(2019, 9, 3), "version": "1.0"}]}) is None


def test_an_event_collections_broken_document_under_defaults_is_no_event_of_the_build_day(
        tmp_path: Path) -> None:
    posts = {"_events/talks.md": "---\ntitle: Talks\ndate: 2024-12-12 17:30\ndescription: |\n"
                                 "    \nJoin us for the talks\n---\nSome talks.\n"}
    config = ("timezone: Europe/Vienna\nlang: en\ncollections:\n  events:\n    output: true\n"
              "defaults:\n  - scope:\n      type: events\n    values:\n      layout: event\n")
    schedule = schedule_of(tmp_path / "site", posts, config, future=True)
    assert list(schedule.events) == []


def test_a_schedule_of_days_without_titles_is_still_its_days() -> None:
    found = read({"start_time": "6pm", "schedule": [{"date": date(2019, 6, 11)},
                                                   {"date": date(2019, 6, 13)}]},
                 in_event_collection=True)
    assert found is not None
    assert [e.start for e in found.events] == [at(2019, 6, 11, 18), at(2019, 6, 13, 18)]


@pytest.mark.parametrize(("meta", "start", "end", "place"), [
    ({"wanneer": "2024-10-12", "tijd": "19:30", "eindtijd": "22:00", "locatie": "Buurthuis",
      "zaal": "Grote zaal", "adres": "Dorpsstraat 1"},
     at(2024, 10, 12, 19, 30), at(2024, 10, 12, 22), ("Buurthuis, Grote zaal", "Dorpsstraat 1")),
    ({"beginn": "2024-10-12", "uhrzeit": "18:00", "endzeit": "20:00",
      "veranstaltungsort": "Vereinsheim", "raum": "Saal 2", "anschrift": "Hauptstr. 3"},
     at(2024, 10, 12, 18), at(2024, 10, 12, 20), ("Vereinsheim, Saal 2", "Hauptstr. 3")),
    ({"wann": "12.10.2024", "ende": "13.10.2024", "treffpunkt": "Bahnhof"},
     date(2024, 10, 12), date(2024, 10, 13), ("Bahnhof", None)),
])
def test_dutch_and_german_event_keys_are_read(meta, start, end, place) -> None:
    found = read(meta)
    assert found is not None and len(found.events) == 1, found
    event = found.events[0]
    assert (event.start, event.end) == (start, end)
    assert (event.location.name, event.location.address) == place


@pytest.mark.parametrize("label", ["evenementen", "activiteiten", "agenda"])
def test_dutch_event_collections_hold_events(tmp_path: Path, label: str) -> None:
    posts = {f"_{label}/bbq.md": "---\ntitle: Buurt-bbq\ndate: 2024-07-06 17:00\n---\nKom ook!\n"}
    config = (f"timezone: Europe/Amsterdam\nlang: nl\ncollections:\n  {label}:\n"
              "    output: true\n")
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2024, 7, 6, 17, tzinfo=ZoneInfo("Europe/Amsterdam"))]


@pytest.mark.parametrize("meta", [
    {"wanneer": {"van": "2020-09-05T12:00:00", "tot": "2020-09-05T14:30:00"}},
    {"when": {"from": "2020-09-05 12:00", "to": "2020-09-05 14:30"}},
    {"termin": {"von": "2020-09-05 12:00", "bis": "2020-09-05 14:30"}},
])
def test_a_start_keys_mapping_may_name_its_ends_from_and_to(meta) -> None:
    assert one(meta) == (at(2020, 9, 5, 12), at(2020, 9, 5, 14, 30))


def test_a_mapping_of_any_name_giving_a_day_and_its_time_is_the_event() -> None:
    found = read({"date": date(2025, 2, 24), "meta": {"date": date(2025, 3, 10),
                                                       "time": "6:30 PM",
                                                       "location": "HSS Library"}})
    assert found is not None
    assert [(event.start, event.location.name) for event in found.events] == [
        (at(2025, 3, 10, 18, 30), "HSS Library")]


@pytest.mark.parametrize("meta", [
    {"image": {"date": date(2025, 3, 10), "location": "Paris"}},  # a photo's details
    {"seo": {"date": date(2025, 3, 10)}},
    {"podcast": {"date": date(2024, 4, 15), "length": 34567890}},  # a length alone
    {"photo": {"date": date(2024, 4, 15), "time": "14:03"}},  # a picture's, by its name
    {"run": {"date": date(2024, 4, 15), "time": "1:45:02"}},  # no time of day
    {"meta": {"date": "TBA", "time": "18:00"}},  # no day
])
def test_a_mapping_of_any_name_without_a_day_and_its_time_is_no_event(meta) -> None:
    assert read(meta) is None


def test_a_list_of_any_name_of_dated_and_timed_mappings_is_an_event_each() -> None:
    found = read({"meta": [
        {"event": "Check In", "date": date(2025, 3, 21), "time": "6:30 PM", "duration": "1 hour"},
        {"event": "Races", "date": date(2025, 3, 22), "time": "9:30 AM",
         "duration": "180 minutes"},
    ]})
    assert found is not None
    assert [(e.start, e.end, e.summary) for e in found.events] == [
        (at(2025, 3, 21, 18, 30), at(2025, 3, 21, 19, 30), "Check In"),
        (at(2025, 3, 22, 9, 30), at(2025, 3, 22, 12, 30), "Races")]


def test_a_time_range_with_a_zones_name_and_time_after_it_is_read() -> None:
    found = read({"event_date": "2025-02-05", "time": "3:45-5:15 PM Eastern Time"})
    assert found is not None and not found.problems
    new_york = ZoneInfo("America/New_York")
    assert [(e.start, e.end) for e in found.events] == [
        (datetime(2025, 2, 5, 15, 45, tzinfo=new_york),
         datetime(2025, 2, 5, 17, 15, tzinfo=new_york))]


@pytest.mark.parametrize(("document_date", "start"), [
    (date(2024, 1, 1), date(2025, 2, 5)),  # (5 February 2024 is a Monday)
    (date(2025, 1, 20), date(2025, 2, 5)),
    (date(2026, 12, 7), date(2027, 2, 5)),  # no year ahead fits: the next, never one gone
])
def test_a_day_without_a_year_is_in_the_next_year_its_weekday_fits(document_date: date,
                                                                    start: date) -> None:
    assert one({"event_date": "Wednesday, February 5th"}, document_date=document_date)[0] == start


def test_a_weekday_is_a_full_name_not_a_word_beginning_like_one() -> None:
    # ("Sun" of the Sun Inn names no Sunday: 5 February 2024 stays)
    assert one({"event_date": "February 5th at the Sun Inn"},
               document_date=date(2024, 1, 10))[0] == date(2024, 2, 5)


@pytest.mark.parametrize("now", [datetime(2026, 1, 1, tzinfo=UTC),
                                 datetime(2026, 6, 1, tzinfo=UTC)])
def test_an_undated_document_whose_start_has_no_year_is_left_out_whenever_it_is_built(
        tmp_path: Path, now: datetime) -> None:
    # (Jekyll dates it when the site is built: a year from that would move from build to build)
    posts = {"_upcoming_events/2025_02_05_lumley.md": "---\ntitle: Thomas Lumley\nevent_date: "
             "\"Wednesday, February 5th\"\ntime: \"3:45-5:15 PM Eastern Time\"\n---\nStay tuned!\n"}
    config = ("timezone: America/New_York\nlang: en\ncollections:\n  upcoming_events:\n"
              "    output: true\n")
    assert starts_of(tmp_path / "site", posts, config, now=now) == []


def test_a_from_and_to_mapping_beside_other_keys_is_read() -> None:
    assert one({"when": {"from": "2020-09-05 12:00", "to": "2020-09-05 14:30",
                         "location": "Hall"}}) == (at(2020, 9, 5, 12), at(2020, 9, 5, 14, 30))


def test_an_undated_documents_from_and_to_mapping_dates_it(tmp_path: Path) -> None:
    posts = {"_agenda/bbq.md": "---\ntitle: Buurt-bbq\nwanneer:\n  van: 2024-07-06 17:00\n"
                               "  tot: 2024-07-06 21:00\n---\nKom ook!\n"}
    config = "timezone: Europe/Amsterdam\nlang: nl\ncollections:\n  agenda:\n    output: true\n"
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2024, 7, 6, 17, tzinfo=ZoneInfo("Europe/Amsterdam"))]


def test_a_listed_events_unreadable_duration_leaves_the_others_and_says_so() -> None:
    found = read({"meta": [
        {"event": "A", "date": date(2025, 3, 21), "time": "6:30 PM", "duration": "1 hour"},
        {"event": "B", "date": date(2025, 3, 22), "time": "9:30 AM", "duration": "ca. 3 uur"},
    ]})
    assert found is not None
    assert [(e.summary, e.end) for e in found.events] == [
        ("A", at(2025, 3, 21, 19, 30)), ("B", None)]
    assert [p.message for p in found.problems] == [
        "meta.date: ca. 3 uur is not a duration; write e.g. 90m, 1h30m or 2d (a listed event's "
        "`duration`); that event has no end"]


def test_a_time_key_that_contradicts_the_starts_own_time_wins_with_a_warning() -> None:
    # a start entered a zone off (02:30 for a morning service) beside the time the page shows
    found = read({"event-start": datetime(2016, 9, 3, 2, 30, tzinfo=timezone(timedelta(hours=2))),
                  "event-end": datetime(2016, 9, 3, 5, 30, tzinfo=timezone(timedelta(hours=2))),
                  "event-time": "9:30 am"})
    assert found is not None and len(found.events) == 1
    assert (found.events[0].start, found.events[0].end) == (at(2016, 9, 3, 9, 30),
                                                             at(2016, 9, 3, 12, 30))
    [problem] = found.problems
    assert problem.severity == "warning"
    assert "event-start" in problem.message and "02:30" in problem.message
    assert "09:30" in problem.message


def test_a_time_key_gives_a_midnight_start_its_time_without_a_warning() -> None:
    found = read({"event_date": datetime(2016, 9, 3, 0, 0), "time": "6:30 pm - 8 pm"})
    assert found is not None and not found.problems
    assert (found.events[0].start, found.events[0].end) == (at(2016, 9, 3, 18, 30),
                                                             at(2016, 9, 3, 20))


def test_a_time_key_that_agrees_with_the_start_changes_nothing() -> None:
    found = read({"event_date": datetime(2016, 9, 3, 18, 30), "time": "6:30pm"})
    assert found is not None and not found.problems
    assert found.events[0].start == at(2016, 9, 3, 18, 30)


@pytest.mark.parametrize(("said", "hour", "minute"), [
    ("7pm for 7.30pm start", 19, 30), ("7pm for 7.30 start", 19, 30),
    ("7:00 PM for a 7:30 PM start", 19, 30), ("11.30am for a 12.00 start", 12, 0),
    ("11:45am for 12:15 start", 12, 15)])
def test_a_time_key_giving_the_doors_then_the_start_is_the_start(said: str, hour: int,
                                                                 minute: int) -> None:
    start, _ = one({"time": said}, document_date=date(2018, 9, 2), in_event_collection=True)
    assert start == at(2018, 9, 2, hour, minute)


def test_a_time_key_leaves_an_end_on_a_later_day_of_its_own() -> None:
    found = read({"start_date": datetime(2024, 6, 14, 9, 0),
                  "end_date": datetime(2024, 6, 16, 17, 0), "time": "10:00 - 16:00"})
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [(at(2024, 6, 14, 10),
                                                         at(2024, 6, 16, 17))]


def test_a_time_key_over_a_start_agreeing_to_the_minute_says_nothing() -> None:
    found = read({"start_date": datetime(2024, 6, 14, 19, 0, 30), "time": "19:00"})
    assert found is not None and not found.problems


def test_a_time_keys_range_into_the_night_ends_the_next_day() -> None:
    found = read({"start_date": datetime(2024, 6, 14, 18, 0), "time": "22:00 - 02:00"})
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [(at(2024, 6, 14, 22),
                                                         at(2024, 6, 15, 2))]


@pytest.mark.parametrize(("end", "expected_end"), [
    (date(2024, 6, 14), at(2024, 6, 14, 16)),  # the start's own day
    (date(2024, 6, 16), at(2024, 6, 16, 16)),  # a last day: the key's end on it
])
def test_a_time_keys_range_over_a_start_with_an_end_day(end: date, expected_end) -> None:
    found = read({"start_date": datetime(2024, 6, 14, 9, 0), "end_date": end,
                  "time": "10:00 - 16:00"})
    assert found is not None
    assert [(e.start, e.end) for e in found.events] == [(at(2024, 6, 14, 10), expected_end)]


def test_a_time_keys_range_agreeing_with_the_start_gives_its_end() -> None:
    found = read({"start_date": datetime(2024, 6, 14, 19, 0, 59), "time": "19:00 - 21:00"})
    assert found is not None and not found.problems
    assert found.events[0].end == at(2024, 6, 14, 21)


def test_a_midnight_start_and_its_same_day_end_move_to_the_time_key_together() -> None:
    found = read({"event_date": datetime(2016, 9, 3, 0, 0),
                  "event_end": datetime(2016, 9, 3, 1, 30), "time": "18:30"})
    assert found is not None and not found.problems
    assert [(e.start, e.end) for e in found.events] == [(at(2016, 9, 3, 18, 30),
                                                         at(2016, 9, 3, 20, 0))]


def test_a_post_whose_category_is_an_event_and_names_no_date_is_its_own_dates(
        tmp_path: Path) -> None:
    config = "title: JUG\nurl: https://jug.example.org\nlang: de\ntimezone: Europe/Berlin\n"
    posts = {
        "2016-09-08-java.md": ('---\ntitle: "Java 8 und JavaFX"\ndate: 2016-09-08 19:00\n'
                               "location: Rathaus\ncategories: event\n---\n"
                               "In diesem Vortrag lernt ihr die wichtigsten Konzepte kennen.\n"),
        # (stamped to the second: written then, a report of a visit)
        "2014-12-07-visit.md": ('---\ntitle: "Our visit"\ndate: 2014-12-07 18:08:24\n'
                                "location: The works\ncategories: [events]\n---\n"
                                "We went to see the works.\n"),
        "2016-09-09-news.md": ('---\ntitle: "News"\ndate: 2016-09-09 19:00\n'
                               "categories: news\n---\nNeue Mitglieder sind willkommen.\n"),
        # (a write-up names no place: no event)
        "2016-09-10-thanks.md": ('---\ntitle: "Danke"\ndate: 2016-09-10\n'
                                 "categories: events\n---\nDanke an alle, die da waren.\n"),
    }
    assert starts_of(tmp_path / "site", posts, config) == [
        datetime(2016, 9, 8, 19, tzinfo=ZoneInfo("Europe/Berlin"))]


def test_a_post_that_names_its_speaker_and_no_date_is_its_own_dates_talk(
        tmp_path: Path) -> None:
    config = "title: Logic\nurl: https://logic.example.org\nlang: en\ntimezone: Europe/Stockholm\n"
    posts = {
        # (front matter alone: who speaks, from where, when)
        "2021-09-27-das.md": ("---\nspeaker: Ada Lovelace\naffil: University of London\n"
                              "title: TBA\ndate: 2021-09-27 16:00:00 +02:00\n---\n"),
        # (no speaker named: an empty key is none)
        "2021-09-28-empty.md": ("---\nspeaker:\ntitle: TBA\ndate: 2021-09-28 16:00:00 +02:00\n"
                                "---\n"),
        # (stamped to the second: written then)
        "2021-09-29-later.md": ("---\nspeaker: Alan Turing\ntitle: Slides\n"
                                "date: 2021-09-29 16:07:12 +02:00\n---\nThe slides are up.\n"),
        # (a day alone: an interview's page, a podcast's episode)
        "2021-09-30-interview.md": ("---\nspeaker: Grace Hopper\ntitle: An interview\n"
                                    "date: 2021-09-30\n---\nWe talked about compilers.\n"),
        "2021-10-01-episode.md": ("---\npresenters: [Alice, Bob]\ntitle: Episode 12\n"
                                  "date: 2021-10-01 16:00:00 +02:00\n---\nAlice and Bob talk "
                                  "about Rust.\n"),
    }
    assert starts_of(tmp_path / "site", posts, config) == [at(2021, 9, 27, 16)]


def test_a_post_of_an_event_content_type_is_its_own_dates_event(tmp_path: Path) -> None:
    # (Hugo's `type` picks a page's layout: `type: event` as `layout: event`)
    config = ("title: School\nurl: https://school.example.org\nlang: sv\n"
              "timezone: Europe/Stockholm\n")
    posts = {
        "2025-10-24-konsert.md": ('---\ntitle: "Höstkonsert"\ndate: "2025-10-24T17:30:00"\n'
                                  'location: "Domkyrkan"\ntype: "event"\n---\n'
                                  "Kören och orkestern spelar verk av Larsson.\n"),
        "2025-10-25-notis.md": ('---\ntitle: "Ny rektor"\ndate: "2025-10-25T10:00:00"\n'
                                'type: "notice"\n---\nVi hälsar vår nya rektor välkommen.\n'),
    }
    assert starts_of(tmp_path / "site", posts, config) == [at(2025, 10, 24, 17, 30)]


def test_a_site_keys_span_takes_the_hours_the_text_gives_each_of_its_days(
        tmp_path: Path) -> None:
    config = ("title: Ateljé\nurl: https://atelje.example.org\nlang: sv\n"
              "timezone: Europe/Stockholm\ncollections:\n  events:\n    output: true\n")
    posts = {
        # (a market is not open through the night)
        "_events/marknad.md": ("---\ntitle: Julmarknad\nstart_datetime: 2019-12-07 11:00:00 +0100\n"
                               "end_datetime: 2019-12-08 17:00:00 +0100\n---\nVälkommen på "
                               "julmarknad! Lördag den 7 december, 11.00 till 17.00. Söndag 8 "
                               "december, 11.00 till 17.00.\n"),
        # (a camp's arrival and departure are its span's ends, not days of their own)
        "_events/lager.md": ("---\ntitle: Vårläger\nstart_datetime: 2019-12-13 18:00:00 +0100\n"
                             "end_datetime: 2019-12-15 15:00:00 +0100\n---\nVi samlas fredag 13 "
                             "december kl 18 och hämtas söndag 15 december kl 15.\n"),
    }
    found = spans_of(tmp_path / "site", posts, config)
    assert found == [(at(2019, 12, 7, 11), at(2019, 12, 7, 17)),
                     (at(2019, 12, 8, 11), at(2019, 12, 8, 17)),
                     (at(2019, 12, 13, 18), at(2019, 12, 15, 15))]


def test_a_site_keys_time_among_the_starts_its_text_joins_is_each_start(
        tmp_path: Path) -> None:
    config = "title: Skola\nurl: https://skola.example.org\nlang: sv\ntimezone: Europe/Stockholm\n"
    posts = {
        "2025-01-01-konsert.md": ('---\ntitle: "Förklädd Gud"\ndate: "2025-10-24T17:30:17"\n'
                                  'type: "event"\ndescription: "Kom och lyssna! Våra två konserter '
                                  'går kl. 17:30 och 19:30."\n---\nKören sjunger Larsson.\n'),
        # (another time the text names, not joined to the key's: the key's event alone)
        "2025-01-02-vernissage.md": ('---\ntitle: "Vernissage"\ndate: "2025-11-07T18:00:00"\n'
                                     'type: "event"\n---\nVernissage kl. 18:00. Baren stänger '
                                     "kl. 22:00.\n"),
    }
    assert sorted(starts_of(tmp_path / "site", posts, config, future=True)) == [
        at(2025, 10, 24, 17, 30), at(2025, 10, 24, 19, 30), at(2025, 11, 7, 18)]


def test_a_site_keys_time_beside_starts_of_its_own_span_or_of_others_is_one_event(
        tmp_path: Path) -> None:
    config = "title: Skola\nurl: https://skola.example.org\nlang: sv\ntimezone: Europe/Stockholm\n"
    posts = {
        # (the day's parts, inside its span)
        "2025-01-01-dag.md": ('---\ntitle: "Konferens"\ndate: "2025-10-24T09:00:00"\n'
                              'end: "2025-10-24T17:00:00"\ntype: "event"\ndescription: '
                              '"Föredrag kl. 9:00 och 14:00."\n---\nVälkomna!\n'),
        # (what the sentence names is no event: buses)
        "2025-01-02-buss.md": ('---\ntitle: "Konsert"\ndate: "2025-11-07T19:30:00"\n'
                               'type: "event"\ndescription: "Bussar går kl. 18:30 och 19:30."\n'
                               "---\nVälkomna!\n"),
    }
    assert sorted(starts_of(tmp_path / "site", posts, config, future=True)) == [
        at(2025, 10, 24, 9), at(2025, 11, 7, 19, 30)]


def test_a_site_keys_span_takes_its_own_weekdays_from_the_text(tmp_path: Path) -> None:
    # (the post was written a month ahead: its bare weekdays are the span's, not those after
    # the post)
    config = ("title: Ateljé\nurl: https://atelje.example.org\nlang: sv\n"
              "timezone: Europe/Stockholm\ncollections:\n  events:\n    output: true\n")
    posts = {"_events/loppis.md": ("---\ntitle: Loppis!\ndate: 2017-11-01\n"
                                   "start_datetime: 2017-12-02 10:30:00 +0100\n"
                                   "end_datetime: 2017-12-03 16:30:00 +0100\n---\nKom och fynda "
                                   "på helgens loppis!\n\nLördag och söndag 10.30-16.30\n")}
    found = spans_of(tmp_path / "site", posts, config)
    assert found == [(at(2017, 12, 2, 10, 30), at(2017, 12, 2, 16, 30)),
                     (at(2017, 12, 3, 10, 30), at(2017, 12, 3, 16, 30))]


@pytest.mark.parametrize("text", ["Free parking after 5 p.m. in the museum lot.",
                                  "Tickets go on sale at 10am."])
def test_a_site_keys_day_takes_no_time_the_text_does_not_give_the_event(
        tmp_path: Path, text: str) -> None:
    posts = {"_events/signing.md": f"---\ntitle: Book signing\ndt_start: 2026-09-19\n---\n{text}\n"}
    config = ("timezone: America/Chicago\nlang: en\ncollections:\n  events:\n"
              "    output: true\n")
    assert starts_of(tmp_path / "site", posts, config, future=True) == [date(2026, 9, 19)]


def test_a_camps_check_in_and_pick_up_hours_do_not_split_its_span(tmp_path: Path) -> None:
    config = ("title: Scouts\nurl: https://scouts.example.org\nlang: en\n"
              "timezone: Europe/London\ncollections:\n  events:\n    output: true\n")
    posts = {"_events/camp.md": ("---\ntitle: Winter camp\nstart_datetime: 2019-12-13 18:00\n"
                                 "end_datetime: 2019-12-15 15:00\n---\nCheck-in is on Friday 13 "
                                 "December, 6pm to 8pm. Pick-up is on Sunday 15 December, 2pm "
                                 "to 3pm.\n")}
    found = spans_of(tmp_path / "site", posts, config)
    assert found == [(datetime(2019, 12, 13, 18, tzinfo=LONDON),
                      datetime(2019, 12, 15, 15, tzinfo=LONDON))]


def test_a_documents_text_calling_its_event_off_cancels_it(tmp_path: Path) -> None:
    posts = {
        "_events/ottawa.md": ("---\ntitle: Ottawa tour\ndate: 2026-05-13\n---\n"
                              "This event has been cancelled.\n{: .notice--danger}\n"),
        "_events/meeting.md": ("---\ntitle: Monthly meeting\ndate: 2026-05-20\n---\n"
                               "## THIS MEETING IS CANCELLED\n\nAda will talk about maps.\n"),
        # (under a condition, or moved: not called off)
        "_events/picnic.md": ("---\ntitle: Picnic\ndate: 2026-05-27\n---\nIf the picnic is "
                              "cancelled because of rain, we will email you.\n"),
        "_events/walk.md": ("---\ntitle: Walk\ndate: 2026-06-03\n---\nThe walk was postponed to "
                            "this date; bring boots.\n"),
        # (another month's event called off)
        "_events/social.md": ("---\ntitle: June social\ndate: 2026-06-10\n---\nNote: the May "
                              "social is cancelled. See you in June!\n"),
    }
    config = "timezone: America/Toronto\nlang: en\ncollections:\n  events:\n    output: true\n"
    status = {post.path: event.status for event, post in schedule_of(
        tmp_path / "site", posts, config, future=True).events}
    assert status == {"_events/ottawa.md": "CANCELLED", "_events/meeting.md": "CANCELLED",
                      "_events/picnic.md": "CONFIRMED", "_events/walk.md": "CONFIRMED",
                      "_events/social.md": "CONFIRMED"}


def test_a_collection_whose_name_ends_in_events_holds_events() -> None:
    assert is_event_collection("yrpevents", True) and is_event_collection("club_meetings", True)
    assert not is_event_collection("tvprogram", True) and not is_event_collection("eventlog", True)


def test_a_time_key_on_a_day_before_the_documents_is_a_time_of_day() -> None:
    # (a CMS's time field keeps the day it was filled in: 18:00Z is 20:00 in Stockholm)
    found = read({"startTime": "2020-10-01T18:00:00Z", "endTime": "2020-10-01T19:30:00Z"},
                 document_date=datetime(2020, 10, 24, tzinfo=STOCKHOLM),
                 in_event_collection=True)
    assert found is not None and [(e.start, e.end) for e in found.events] == [
        (at(2020, 10, 24, 20), at(2020, 10, 24, 21, 30))]


def test_a_time_key_with_a_later_day_is_the_start_itself() -> None:
    assert one({"time": "2020-10-30 18:00"}, document_date=date(2020, 10, 24)) == (
        at(2020, 10, 30, 18), None)


def test_a_start_stamped_to_the_second_is_a_day() -> None:
    # (a template's `event-date: ... 08:43:59`, the time a page was written)
    assert one({"event-date": "2016-04-23 08:43:59"}, document_date=date(2016, 4, 21)) == (
        date(2016, 4, 23), None)


def test_a_start_stamped_on_the_documents_own_day_is_no_event() -> None:
    assert read({"event-date": "2016-03-20 08:43:59"}, document_date=date(2016, 3, 20)) is None


def test_a_site_keys_day_takes_the_hours_its_text_gives_each_day_from_it(tmp_path: Path) -> None:
    config = "title: Club\nurl: https://c.example.org\nlang: en\ntimezone: America/Los_Angeles\n"
    posts = {"2016-04-21-canvass.md": "---\ntitle: Weekend canvassing\nevent-date: 2016-04-23 "
                                      "08:43:59\n---\n**Date:** April 23 - April 24\n\n"
                                      "**Time:** 9am-6pm\n\n**Location:** Clover Park\n"}
    la = ZoneInfo("America/Los_Angeles")
    assert spans_of(tmp_path / "site", posts, config) == [
        (datetime(2016, 4, 23, 9, tzinfo=la), datetime(2016, 4, 23, 18, tzinfo=la)),
        (datetime(2016, 4, 24, 9, tzinfo=la), datetime(2016, 4, 24, 18, tzinfo=la))]


def test_an_event_collections_page_takes_its_texts_hours_written_with_double_dashes(
        tmp_path: Path) -> None:
    config = ("title: Camp\nurl: https://camp.example.org\nlang: en\ntimezone: America/New_York\n"
              "collections:\n  yrpevents:\n    output: true\n")
    posts = {"_yrpevents/2022-09-17-archery.md": "---\ntitle: Archery training\n---\n"
                                                 "Participants in the session on September "
                                                 "17^th must complete the online course "
                                                 "beforehand and bring the certificate with "
                                                 "them to the training.\n\n"
                                                 "Training runs 9:00 AM -- 2:00 PM and costs "
                                                 "$40.\n"}
    ny = ZoneInfo("America/New_York")
    assert spans_of(tmp_path / "site", posts, config) == [
        (datetime(2022, 9, 17, 9, tzinfo=ny), datetime(2022, 9, 17, 14, tzinfo=ny))]


def test_an_event_key_holding_a_day_is_its_start_not_its_name() -> None:
    assert one({"event": datetime(2017, 10, 21, 20, 0), "location": "Rathaus"}) == (
        at(2017, 10, 21, 20), None)
    assert one({"event": "2017-10-21 20:00:00"}) == (at(2017, 10, 21, 20), None)
    assert read({"event": "Sommerfest"}) is None


def test_a_posts_time_key_on_an_earlier_day_is_its_event_day() -> None:
    # (outside an event collection, a key's own day is the event's: a recap post's)
    assert one({"event_time": "2020-09-30 19:00"}, document_date=date(2020, 10, 2)) == (
        at(2020, 9, 30, 19), None)


def test_an_event_key_holding_a_quoted_day_is_its_start() -> None:
    assert one({"event": "2017-10-21"}) == (date(2017, 10, 21), None)


@pytest.mark.parametrize(("text", "end_key", "hour"), [
    # (another event's hours on the next day are not its own)
    ("Our concert is on Saturday June 1 at 7pm. The film club meets on Sunday June 2 at 7pm.",
     "", 19),
    # (an end key closes it on its day)
    ("**Date:** June 1 - June 2\n\n**Time:** 10am-4pm", "end_date: 2024-06-01\n", 10),
    # (a title and a text giving the same time are one)
    ("Our talk is on 1 June at 19:00 in the hall. Talk on 1 June at 19:00.", "", 19),
], ids=["another-events-next-day", "end-key", "said-twice"])
def test_a_site_keys_day_takes_its_texts_one_time_and_no_following_day(
        tmp_path: Path, text: str, end_key: str, hour: int) -> None:
    posts = {"2024-05-20-event.md": f"---\ntitle: Club night\nevent_date: 2024-06-01\n{end_key}"
                                    f"---\n{text}\n"}
    assert club_starts(tmp_path / "site", posts) == [datetime(2024, 6, 1, hour, tzinfo=LONDON)]


def test_a_site_keys_day_takes_the_same_hours_a_list_gives_the_next_day(tmp_path: Path) -> None:
    posts = {"2024-05-20-fair.md": "---\ntitle: Fair\nevent_date: 2024-06-01\n---\nOur fair:\n\n"
                                   "- Saturday 1 June, 10am-4pm\n- Sunday 2 June, 10am-4pm\n"}
    assert club_starts(tmp_path / "site", posts) == [
        datetime(2024, 6, 1, 10, tzinfo=LONDON), datetime(2024, 6, 2, 10, tzinfo=LONDON)]


def test_days_at_their_hours_out_of_order_in_one_month_keep_their_year() -> None:
    found = read({"event_date": "Aug 12, 7pm and Aug 5 2021, 7pm"}, document_date=date(2021, 8, 1))
    assert found is not None and [e.start for e in found.events] == [
        at(2021, 8, 12, 19), at(2021, 8, 5, 19)]


def test_a_collection_called_dates_holds_events() -> None:
    assert is_event_collection("dates", True) and not is_event_collection("updates", True)


def test_a_collection_of_articles_is_read_for_events_as_posts_are(tmp_path: Path) -> None:
    config = ("title: Haus\nurl: https://haus.example.org\nlang: de\ntimezone: Europe/Berlin\n"
              "collections:\n  artikel:\n    output: true\n")
    posts = {"_artikel/2020-07-13-buecher.md": "---\ntitle: Bücher\ndate: 2020-07-13\n---\n"
                                               "Die nächste Bücherbörse findet am 24. Oktober "
                                               "um 10 Uhr statt.\n"}
    berlin = ZoneInfo("Europe/Berlin")
    assert spans_of(tmp_path / "site", posts, config) == [
        (datetime(2020, 10, 24, 10, tzinfo=berlin), datetime(2020, 10, 24, 11, tzinfo=berlin))]


@pytest.mark.parametrize(("date_value", "starts"), [
    ("2020-01-16 19:00:00+01:00", [datetime(2020, 1, 16, 19, tzinfo=ZoneInfo("Europe/Berlin"))]),
    ("2020-01-16", []),  # (an invitation dated by its day may have gone out weeks before)
])
def test_an_invitations_post_dated_to_a_time_of_day_is_its_event(
        tmp_path: Path, date_value: str, starts: list) -> None:
    config = "title: GCJZ\nurl: https://g.example.org\nlang: de\ntimezone: Europe/Berlin\n"
    posts = {"2020-01-16-vortrag.md": f"---\nlayout: einladung\ntitle: Lieder\ndate: {date_value}"
                                      "\nplace: Ariowitsch-Haus\n---\nVortrag mit Tondokumenten."
                                      "\n"}
    root = write_site(tmp_path / "site", posts, config)
    site = load_site(root, LoadOptions(now=datetime(2026, 11, 1, tzinfo=UTC)))
    assert [event.start for event, _ in site_schedule(site).events] == starts


def test_a_date_given_in_its_parts_is_its_day_each_day_at_the_time_key() -> None:
    found = read({"eventdate": {"day": "5th and 6th", "month": "October", "year": 2024},
                  "time": "9:00am - 5:00pm"}, document_date=date(2024, 9, 1))
    assert found is not None and [(e.start, e.end) for e in found.events] == [
        (at(2024, 10, 5, 9), at(2024, 10, 5, 17)), (at(2024, 10, 6, 9), at(2024, 10, 6, 17))]
    assert one({"eventdate": {"day": "17th", "month": "October", "year": 2024}}) == (
        date(2024, 10, 17), None)


def test_a_date_in_parts_beside_other_keys_is_not_read_as_parts_alone() -> None:  # a guard
    found = read({"eventdate": {"day": 5, "month": "October", "year": 2024, "start": "18:00"}},
                 document_date=date(2024, 9, 1))
    assert found is None or all(event.start != date(2024, 10, 5) for event in found.events)


def test_an_event_pages_date_among_its_texts_performances_gives_them_all(tmp_path: Path) -> None:
    config = ("title: Skolan\nurl: https://s.example.org\nlang: sv\ntimezone: Europe/Stockholm\n"
              "collections:\n  events:\n    output: true\n")
    page = ("---\ntitle: Musikal\ndate: 2026-05-08T19:00:00\n---\nVälkomna till vår musikal! "
            "Föreställningar:\n\n- Fredagen den 8 maj kl. 19.00\n- Lördagen den 9 maj kl. 14.30\n"
            "- Lördagen den 9 maj kl. 19.00\n")
    assert [start for start, _ in spans_of(tmp_path / "site", {"_events/musikal.md": page},
                                            config)] == [
        at(2026, 5, 8, 19), at(2026, 5, 9, 14, 30), at(2026, 5, 9, 19)]


def test_an_event_page_naming_its_next_meeting_a_month_on_stays_its_own(tmp_path: Path) -> None:
    config = ("title: Klubben\nurl: https://k.example.org\nlang: sv\ntimezone: Europe/Stockholm\n"
              "collections:\n  events:\n    output: true\n")  # a guard
    page = ("---\ntitle: Träff\ndate: 2026-05-08T19:00:00\n---\nVi ses fredagen den 8 maj kl. "
            "19.00. Nästa träff är fredagen den 12 juni kl. 19.00.\n")
    assert [start for start, _ in spans_of(tmp_path / "site", {"_events/traff.md": page},
                                            config)] == [at(2026, 5, 8, 19)]


@pytest.mark.parametrize(("meta", "start", "end"), [
    ({"dates": "18th September &mdash; 29th September 2023"}, date(2023, 9, 18),
     date(2023, 9, 29)),
    ({"trip_details": {"dates": "18th September – 29th September 2023", "cost": "$1800"}},
     date(2023, 9, 18), date(2023, 9, 29)),
    ({"event_date": "30 September to 3 October 2024"}, date(2024, 9, 30), date(2024, 10, 3)),
    ({"camp": {"when": "September 30 - October 3, 2024"}}, date(2024, 9, 30), date(2024, 10, 3)),
], ids=["dates", "a trip's details", "to", "a camp's"])
def test_a_span_of_days_each_with_its_month_is_one_event(meta, start, end) -> None:
    assert one(meta, document_date=date(2022, 7, 15)) == (start, end)


def test_a_list_of_dates_or_one_date_under_dates_is_no_span() -> None:  # a guard
    assert read({"dates": "2019"}) is None
    assert read({"title": "Releases", "dates": [{"date": date(2019, 9, 3), "version": "1.0"}]}) \
        is None


def test_a_span_across_new_year_starts_in_the_year_before() -> None:
    assert one({"dates": "28 December – 2 January 2025"}, document_date=date(2024, 7, 15)) == (
        date(2024, 12, 28), date(2025, 1, 2))


def test_a_time_key_of_many_spaces_is_no_time() -> None:
    # (read at once: the start's label and its spaces once each, not every way they split)
    found = read({"event_date": "2024-06-01", "time": "from" + " " * 2000 + "x"})
    assert found is not None and [event.start for event in found.events] == [date(2024, 6, 1)]
    assert any("is not a time of day" in problem.message for problem in found.problems)


def test_a_place_keeps_its_escaped_brackets() -> None:
    found = read({"event_date": "2024-06-01", "location": "Hall &lt;upstairs&gt; room"})
    assert found is not None and found.events[0].location.name == "Hall <upstairs> room"


def test_a_zola_pages_extra_table_holds_its_own_keys() -> None:
    # (Zola allows no keys of a site's own at the top: they live under `[extra]`)
    meta = {"title": "Git Good", "date": "2020-10-07T14:00:00Z",
            "extra": {"end_time": "2020-10-07T15:00:00Z", "location": "Remote - Teams"}}
    found = read(meta, document_date=datetime(2020, 10, 7, 14, tzinfo=UTC),
                 in_event_collection=True)
    assert found is not None and found.problems == ()
    [event] = found.events
    assert (event.start, event.end, event.location.name) == (
        datetime(2020, 10, 7, 14, tzinfo=UTC), datetime(2020, 10, 7, 15, tzinfo=UTC),
        "Remote - Teams")


def test_an_end_time_key_holding_a_day_and_its_hour_is_the_end() -> None:
    assert one({"start": "2024-06-14 18:00", "end_time": "2024-06-14 20:30"}) == (
        at(2024, 6, 14, 18), at(2024, 6, 14, 20, 30))


def test_a_term_pages_list_of_events_each_told_in_words_gives_each(tmp_path: Path) -> None:
    config = ("title: Theater\nurl: https://ut.example.org\nlang: en\ntimezone: America/Chicago\n"
              "collections:\n  events:\n    output: true\n")
    page = ("---\ntitle: Fall Events\ndate: 2025-09-30\nevents:\n"
            "  - title: Fall Auditions\n    time: 'Sept. 30, Oct. 1, & Oct. 3, 7-10pm'\n"
            "    end_time: 'Oct 3, 10pm'\n    location: Cobb Hall\n"
            "  - title: Theater Showcase\n    time: 'Oct. 4, 8:00pm'\n"
            "    end_time: 'Oct.4, 10pm'\n    location: FXK Theater\n---\n")
    schedule = schedule_of(tmp_path / "site", {"_events/fall.md": page}, config,
                           datetime(2025, 9, 1, tzinfo=UTC), future=True)
    chicago = ZoneInfo("America/Chicago")
    assert sorted(event.start for event, _ in schedule.events) == [
        datetime(2025, 9, 30, 19, tzinfo=chicago), datetime(2025, 10, 1, 19, tzinfo=chicago),
        datetime(2025, 10, 3, 19, tzinfo=chicago), datetime(2025, 10, 4, 20, tzinfo=chicago)]


def test_a_utc_key_whose_text_gives_its_hour_as_local_is_wall_clock(tmp_path: Path) -> None:
    config = ("title: Musikverein\nurl: https://mv.example.org\nlang: de\n"
              "timezone: Europe/Berlin\n")
    told = ("---\ntitle: Sommer-Serenade\ndate: 2013-06-01\nbegin: 2013-06-28T21:00:00Z\n"
            "end: 2013-06-28T23:00:00Z\n---\nDie Serenade beginnt um 21 Uhr im Park.\n")
    silent = told.replace("Die Serenade beginnt um 21 Uhr im Park.", "Herzliche Einladung!")
    schedule = schedule_of(tmp_path / "site", {"_posts/2013-06-01-told.md": told,
                                               "_posts/2013-06-02-silent.md": silent.replace(
                                                   "2013-06-01", "2013-06-02")},
                           config, datetime(2013, 6, 3, tzinfo=UTC), future=True)
    berlin = ZoneInfo("Europe/Berlin")
    starts = {Path(post.path).name: event.start for event, post in schedule.events}
    assert starts == {"2013-06-01-told.md": datetime(2013, 6, 28, 21, tzinfo=berlin),
                      "2013-06-02-silent.md": datetime(2013, 6, 28, 21, tzinfo=UTC)}
    assert any("drop the `Z`" in p.message for p in schedule.problems)


@pytest.mark.parametrize("start, end, hours", [
    (1400, 1500, ((14, 0), (15, 0))),  # YAML's numbers
    ("0930", "1030", ((9, 30), (10, 30))),
], ids=["numbers", "text"])
def test_a_time_key_of_a_24_hour_clocks_four_digits_is_that_time(
        start: Any, end: Any, hours: tuple[tuple[int, int], ...]) -> None:
    (h0, m0), (h1, m1) = hours
    assert one({"event-start-date": date(2016, 10, 20), "event-start-time": start,
                "event-end-time": end}) == (at(2016, 10, 20, h0, m0), at(2016, 10, 20, h1, m1))
    assert read({"time": 19}).problems  # an hour alone is no clock's four digits


def test_an_events_date_start_time_and_date_end_time_give_its_hours() -> None:
    assert one({"event_date": date(2025, 8, 23),
                "event_date_start_time": datetime(2025, 8, 23, 17),
                "event_date_end_time": datetime(2025, 8, 23, 23)}) == (
        at(2025, 8, 23, 17), at(2025, 8, 23, 23))


def test_a_netlify_cms_templates_event_key_renders_one_event(tmp_path: Path) -> None:
    config = "title: School\nurl: https://s.example.org\nlang: de\ntimezone: Europe/Zurich\n"
    posts = {"2018-01-10-infoabend.md": (
        "---\ntemplateKey: event\ntitle: Informationsabend im Schulhaus\n"
        "date: 2018-01-17T18:00:00.000Z\n---\nWir stellen unser Konzept vor.\n")}
    assert starts_of(tmp_path, posts, config, future=True) == [
        datetime(2018, 1, 17, 19, tzinfo=ZoneInfo("Europe/Zurich"))]


@pytest.mark.parametrize(("meta", "start", "end"), [
    ({"date-nl": "Dinsdag 28 januari 2020", "date-en": "Tuesday 28 January 2020",
      "time": "18:30 – 19:30"}, at(2020, 1, 28, 18, 30), at(2020, 1, 28, 19, 30)),
    ({"date_de": "3. März 2024", "time_de": "19 Uhr"}, at(2024, 3, 3, 19), None),
    ({"datum_nl": "zaterdag 4 mei 2024"}, date(2024, 5, 4), None),
], ids=["date-nl and time", "date_de and time_de", "datum_nl"])
def test_a_key_told_in_one_language_of_several_is_that_key(meta: dict, start: Any,
                                                           end: Any) -> None:
    found = one(meta, document_date=None, in_event_collection=True)
    assert found[0] == start
    if end is not None:
        assert found[1] == end


def test_a_localised_date_beside_the_documents_own_date_is_no_start() -> None:
    # (a blog post's `date_en` shows its own date in words: the post's `date` is its date)
    assert read({"date": date(2020, 1, 2), "date_en": "2 January 2020"}) is None


@pytest.mark.parametrize("name", ["play", "futurebuilds", "coming_soon", "oldnews"])
def test_a_collection_qualified_as_to_come_or_gone_holds_events_only_of_an_events_kind(
        name: str) -> None:
    assert not is_event_collection(name, True)


def test_a_theatres_collection_of_productions_runs_each_night_its_page_names(
        tmp_path: Path) -> None:
    config = ("title: Drama\nurl: https://d.example.org\nlang: en\ntimezone: Europe/London\n"
              "future: true\ncollections:\n  playFuture:\n    output: true\n")
    root = write_site(tmp_path / "site", {}, config)
    (root / "_playFuture").mkdir()
    (root / "_playFuture" / "mrswarren.md").write_text(
        "---\nlayout: play\ntitle: Mrs Warren's Profession\nlocation: Heavitree Church Hall\n"
        "date: 2022-07-12\n---\n<h3>12th - 15th July 2022</h3>\n<h3>7:30pm</h3>\n",
        encoding="utf-8")
    site = load_site(root, LoadOptions(now=datetime(2022, 7, 1, tzinfo=UTC), future=True))
    assert [event.start for event, _ in site_schedule(site).events] == [
        datetime(2022, 7, d, 19, 30, tzinfo=LONDON) for d in (12, 13, 14, 15)]


def test_a_runs_opening_and_closing_dates_are_its_span() -> None:
    assert one({"opening_date": "2025-12-04", "closing_date": "2025-12-21"}) == (
        date(2025, 12, 4), date(2025, 12, 21))


def test_a_runs_performances_listed_beside_its_opening_and_closing_are_its_events() -> None:
    found = read({"opening_date": "2025-09-12", "closing_date": "2025-09-14",
                  "showtimes": ["2025-09-12 19:30:00", "2025-09-14 14:00:00"]})
    assert found is not None
    assert [(event.start, event.end) for event in found.events] == [
        (at(2025, 9, 12, 19, 30), None), (at(2025, 9, 14, 14), None)]


@pytest.mark.parametrize("layout", ["event-page", "talk_post", "event-single", "seminar-details"])
def test_a_template_named_for_an_events_page_renders_one_event(tmp_path: Path, layout: str) -> None:
    config = "title: Talks\nurl: https://talks.example.org\nlang: en\ntimezone: Europe/Stockholm\n"
    posts = {"2024-11-01-talk.md": f"---\nlayout: {layout}\ntitle: Dark matter\n---\nJoin us.\n",
             "2024-11-02-news.md": "---\nlayout: blog-post\ntitle: News\n---\nJoin us.\n"}
    assert starts_of(tmp_path, posts, config) == [date(2024, 11, 1)]


def test_an_event_pages_own_day_takes_the_hours_its_text_gives_with_a_weekday_slip(
        tmp_path: Path) -> None:
    config = "title: Fungi\nurl: https://f.example.org\nlang: en\ntimezone: America/Chicago\n"
    posts = {"2022-05-07-dyeing.md": (  # (7 May 2022 is a Saturday)
        "---\ntemplateKey: event-page\ntitle: Dyeing Natural Fibers\ndate: 2022-05-07\n---\n"
        "Registration is required for this workshop.\n\n### When\n"
        "Sun, May 7th, 1:00pm – 4:00pm Central Time\n")}
    chicago = ZoneInfo("America/Chicago")
    assert spans_of(tmp_path, posts, config) == [
        (datetime(2022, 5, 7, 13, tzinfo=chicago), datetime(2022, 5, 7, 16, tzinfo=chicago))]


def test_an_event_layouts_own_day_takes_the_one_time_its_text_gives(tmp_path: Path) -> None:
    config = "title: Talks\nurl: https://talks.example.org\nlang: en\ntimezone: Europe/Stockholm\n"
    posts = {"2024-11-01-talk.md": "---\nlayout: talk\ntitle: Dark matter\n---\nJoin me on a "
                                   "journey into dark matter. The talk starts at 18:30.\n"}
    assert starts_of(tmp_path, posts, config) == [at(2024, 11, 1, 18, 30)]
