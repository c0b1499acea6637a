"""Calendars written by `herald build`, read back with icalendar."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from click.testing import CliRunner

from conftest import BASIC_CONFIG, CONTENT, NOW, write_site
from herald.cli import main
from herald.load.site import LoadOptions
from herald.pipeline import build

STOCKHOLM = ZoneInfo("Europe/Stockholm")
SEED_UID = "webinar-om-decidim-3-mars-0@digidemlab.org"


def read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def events(path: Path) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in read(path).walk("VEVENT")}


@pytest.mark.parametrize("name", [
    "calendar.ics", "sv/calendar.ics", "events/webinar-om-decidim-3-mars.ics",
    "themes/medborgarbudget/calendar.ics", "themes/civic-tech-utveckling/calendar.ics"])
def test_seed_event_is_in_every_calendar_it_belongs_to(example_out, name):
    seed = events(example_out / name)[SEED_UID]
    assert seed["DTSTART"].dt == datetime(2021, 3, 3, 9, 0, tzinfo=STOCKHOLM)
    assert seed["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert seed["DTEND"].dt == datetime(2021, 3, 3, 9, 50, tzinfo=STOCKHOLM)
    assert str(seed["SUMMARY"]) == "Frukostwebbinarium om Decidim den 3 mars"
    assert str(seed["URL"]) == "https://digidemlab.org/news/webinar-om-decidim-3-mars/"
    assert "DTSTART;TZID=Europe/Stockholm:20210303T090000" in (
        example_out / name).read_text()


def test_seed_gives_exactly_one_event(example_out):
    single = list(read(example_out / "events/webinar-om-decidim-3-mars.ics").walk("VEVENT"))
    assert len(single) == 1
    assert SEED_UID not in events(example_out / "en/calendar.ics")


def test_every_calendar_has_a_vtimezone_for_each_tzid_and_crlf_folding(example_out):
    for path in example_out.rglob("*.ics"):
        calendar = read(path)
        zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        used = {e["DTSTART"].params.get("TZID") for e in calendar.walk("VEVENT")}
        assert used - {None} <= zones, path
        raw = path.read_bytes()
        assert raw.count(b"\n") == raw.count(b"\r\n"), path
        assert all(len(line) <= 75 for line in raw.split(b"\r\n")), path


def test_subscription_calendars_describe_themselves_single_event_files_do_not(example_out):
    theme = read(example_out / "themes/medborgarbudget/calendar.ics")
    assert str(theme["X-WR-CALNAME"]) == "Digidem Lab: Medborgarbudget och medborgardeltagande"
    assert str(theme["NAME"]) == str(theme["X-WR-CALNAME"])
    assert str(theme["METHOD"]) == "PUBLISH"
    assert theme["REFRESH-INTERVAL"].dt == timedelta(hours=12)
    assert str(theme["X-PUBLISHED-TTL"]) == "PT12H"
    assert str(theme["X-WR-TIMEZONE"]) == "Europe/Stockholm"
    single = read(example_out / "events/webinar-om-decidim-3-mars.ics")
    assert "X-WR-CALNAME" not in single and "NAME" not in single
    assert str(single.get("METHOD", "PUBLISH")) != "REQUEST"


def test_front_matter_event_with_location_geo_and_url(example_out):
    workshop = next(iter(events(example_out / "events/workshop-om-medborgarbudget.ics").values()))
    assert workshop["DTSTART"].dt == datetime(2021, 5, 20, 13, 0, tzinfo=STOCKHOLM)
    assert workshop["DTEND"].dt == datetime(2021, 5, 20, 16, 0, tzinfo=STOCKHOLM)
    assert "Blå Stället" in str(workshop["LOCATION"])
    assert workshop["GEO"].latitude == pytest.approx(57.7996)
    assert str(workshop["CATEGORIES"].cats[0]) == "Medborgarbudget och medborgardeltagande"


SITE_POSTS = {
    "2024-01-10-allday.md": """---
title: Demokratidagarna
event:
  start: 2024-03-05
  end: 2024-03-07
---
Tre dagar.
""",
    "2024-01-11-cancelled.md": """---
title: Frukostmöte
event:
  start: 2024-02-01 08:00
  duration: 45m
  status: cancelled
---
Inställt.
""",
    "2024-01-12-none.md": """---
title: Nyhet med datum
event: false
---
Välkommen på workshop onsdag den 7 februari kl 10:00.
""",
    "2024-01-13-pinned.md": """---
title: Two sessions
lang: en
events:
- start: 2024-02-01 10:00
  uid: pinned-uid@example.org
- start: 2024-02-08 10:00
  end: 2024-02-08 11:30
---
Sessions.
""",
}


@pytest.fixture
def small_site(tmp_path) -> Path:
    root = write_site(tmp_path / "site", SITE_POSTS, BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    return tmp_path / "out"


def test_all_day_event_has_an_exclusive_end_date(small_site):
    event = next(iter(events(small_site / "events/allday.ics").values()))
    assert event["DTSTART"].dt == date(2024, 3, 5)
    assert event["DTEND"].dt == date(2024, 3, 8)


def test_cancelled_event_stays_marked_cancelled(small_site):
    event = next(iter(events(small_site / "events/cancelled.ics").values()))
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["SUMMARY"]).startswith("INSTÄLLT: ")
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=45)


def test_event_false_stops_inference(small_site):
    assert not (small_site / "events/none.ics").exists()
    assert all("none" not in uid for uid in events(small_site / "calendar.ics"))


def test_uid_pin_and_default_duration(small_site):
    found = events(small_site / "events/pinned.ics")
    assert set(found) == {"pinned-uid@example.org", "pinned-1@example.org"}
    first = found["pinned-uid@example.org"]
    assert first["DTEND"].dt - first["DTSTART"].dt == timedelta(hours=1)


def test_dtstamp_is_the_post_updated_time_not_the_build_time(small_site):
    for event in read(small_site / "calendar.ics").walk("VEVENT"):
        assert event["DTSTAMP"].dt.year == 2024


def test_translations_announcing_the_same_start_share_one_uid(tmp_path):
    body = {"sv": "Välkommen till ett webbinarium onsdag den 3 mars kl 9:00.",
            "en": "Join our webinar on Wednesday 3 March at 9:00."}
    posts = {f"2021-02-03-webinar-{lang}.md": (
        f"---\ntitle: Webinar {lang}\nlang: {lang}\nref: webinar\n"
        "date: 2021-02-03 10:00\n---\n" + text + "\n") for lang, text in body.items()}
    root = write_site(tmp_path / "site", posts, BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    sv = events(tmp_path / "out/sv/calendar.ics")
    en = events(tmp_path / "out/en/calendar.ics")
    assert set(sv) == set(en) == {"webinar-0@example.org"}
    assert str(sv["webinar-0@example.org"]["SUMMARY"]) == "Webinar sv"
    assert str(en["webinar-0@example.org"]["SUMMARY"]) == "Webinar en"
    site = list(read(tmp_path / "out/calendar.ics").walk("VEVENT"))
    assert len(site) == 1 and str(site[0]["SUMMARY"]) == "Webinar sv"


def test_invalid_event_front_matter_is_an_error_naming_file_and_field(tmp_path):
    root = write_site(tmp_path / "site", {"2024-01-01-bad.md": """---
title: Bad
event:
  start: 2024-02-01 10:00
  end: 2024-02-01 09:00
---
x
"""}, BASIC_CONFIG)
    result = CliRunner().invoke(main, ["build", "--content", str(root), "--out",
                                       str(tmp_path / "out"), "--now", "2026-01-01", "-q"])
    assert result.exit_code == 1
    assert "_posts/2024-01-01-bad.md: error: event.end" in result.stderr


def test_herald_events_shows_evidence_and_candidates():
    result = CliRunner().invoke(main, ["events", "--content", str(CONTENT), "--candidates",
                                       "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    seed = next(r for r in rows if r["kind"] == "event" and "decidim" in r["post"])
    assert seed["start"] == "2021-03-03 09:00" and seed["end"] == "2021-03-03 09:50"
    assert seed["source"] == "inferred" and "onsdag den 3 mars kl 9:00" in seed["evidence"]
    assert any(r["source"] == "front matter" for r in rows)


def test_posts_sharing_a_slug_get_distinct_uids_and_event_files(tmp_path):
    post = "---\ntitle: {t}\nevent:\n  start: 2024-02-0{d} 10:00\n---\nx\n"
    root = write_site(tmp_path / "site", {
        "2024-01-11-dup.md": post.format(t="Dup A", d=1),
        "_posts/sub/2024-01-12-dup.md": post.format(t="Dup B", d=2),
    }, BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    found = events(tmp_path / "out/calendar.ics")
    assert set(found) == {"dup-0@example.org", "dup-2-0@example.org"}
    assert str(events(tmp_path / "out/events/dup-2.ics")["dup-2-0@example.org"]["SUMMARY"]) == (
        "Dup B")


def test_fixing_one_front_matter_event_never_renumbers_the_others(tmp_path):
    posts = {"2024-01-11-series.md": """---
title: Series
events:
- start: 2024-02-01 10:00
- start: not a date
- start: 2024-02-15 10:00
---
x
"""}
    root = write_site(tmp_path / "site", posts, BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    found = events(tmp_path / "out/calendar.ics")
    assert found["series-2@example.org"]["DTSTART"].dt.day == 15
    assert set(found) == {"series-0@example.org", "series-2@example.org"}


def test_herald_events_exits_1_when_event_front_matter_is_invalid(tmp_path):
    root = write_site(tmp_path / "site", {"2024-01-11-bad.md": (
        "---\ntitle: Bad\nevent:\n  start: 2024-02-01 10:00\n  timezone: Mars/Base\n---\nx\n")},
        BASIC_CONFIG)
    result = CliRunner().invoke(main, ["events", "--content", str(root)])
    assert result.exit_code == 1
    assert "_posts/2024-01-11-bad.md: error: event.timezone" in result.stderr


def test_a_weekly_series_in_prose_is_its_first_day_repeating_until_its_last(tmp_path):
    posts = {"2021-09-08-pottery.md": (
        "---\ntitle: Pottery course\nlang: en\ndate: 2021-09-08 10:00\n---\n"
        "The course runs every Tuesday from 5 October to 30 November, 7-9pm, in the hall.\n")}
    root = write_site(tmp_path / "site", posts, BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    [event] = read(tmp_path / "out/calendar.ics").walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2021, 10, 5, 19, 0, tzinfo=STOCKHOLM)
    assert event.decoded("DTEND") == datetime(2021, 10, 5, 21, 0, tzinfo=STOCKHOLM)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    # (UNTIL in UTC, as RFC 5545 asks beside a DTSTART with a TZID: the last day's end)
    assert rule["UNTIL"] == [datetime(2021, 11, 30, 22, 59, 59, tzinfo=UTC)]
