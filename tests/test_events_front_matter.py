from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from herald.derive.front_matter import EventSpec, events_from_front_matter
from herald.model import Location, Problem

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _read(front_matter: str, site_timezone: str = "Europe/Stockholm") -> tuple[Any, list[Problem]]:
    meta = yaml.safe_load(front_matter)
    return events_from_front_matter(
        meta,
        post_path="_posts/2021-03-01-talk.md",
        site_timezone=site_timezone,
        default_duration=timedelta(minutes=60),
    )


def _one(front_matter: str, site_timezone: str = "Europe/Stockholm") -> EventSpec:
    specs, problems = _read(front_matter, site_timezone)
    assert problems == []
    assert specs is not None and len(specs) == 1
    return specs[0]


def _errors(front_matter: str) -> list[str]:
    specs, problems = _read(front_matter)
    assert specs == []
    assert all(p.severity == "error" and p.path == "_posts/2021-03-01-talk.md" for p in problems)
    return [p.message for p in problems]


def test_no_event_key_means_infer() -> None:
    assert _read("title: Hello") == (None, [])


def test_event_false_means_no_events() -> None:
    assert _read("event: false") == ([], [])


def test_the_seed_event() -> None:
    spec = _one(
        "event:\n  start: 2021-03-03 09:00\n  end: 2021-03-03 09:50\n"
        "  timezone: Europe/Stockholm\n  location: Online\n  status: confirmed\n"
    )
    assert spec.start == datetime(2021, 3, 3, 9, 0, tzinfo=STOCKHOLM)
    assert spec.end == datetime(2021, 3, 3, 9, 50, tzinfo=STOCKHOLM)
    assert spec.start.tzinfo is not None
    assert spec.timezone == "Europe/Stockholm"
    assert spec.location == Location("Online")
    assert spec.status == "CONFIRMED"
    assert not spec.end_assumed
    assert spec.summary is None


@pytest.mark.parametrize(
    "start",
    [
        "2021-03-03 09:00",
        "2021-03-03T09:00",
        "2021-03-03 09:00:00",
        "2021-03-03 9:00",
        "'2021-03-03T08:00:00Z'",
        "2021-03-03T09:00:00+01:00",
    ],
)
def test_start_forms(start: str) -> None:
    spec = _one(f"event:\n  start: {start}\n")
    assert spec.start == datetime(2021, 3, 3, 9, 0, tzinfo=STOCKHOLM)


def test_yaml_datetime_objects() -> None:
    meta = {"event": {"start": datetime(2021, 3, 3, 9), "end": datetime(2021, 3, 3, 9, 50)}}
    specs, problems = events_from_front_matter(
        meta,
        post_path="p.md",
        site_timezone="Europe/Stockholm",
        default_duration=timedelta(hours=1),
    )
    assert problems == []
    assert specs is not None
    assert specs[0].end - specs[0].start == timedelta(minutes=50)


def test_naive_time_is_in_the_event_timezone() -> None:
    spec = _one("event:\n  start: 2021-07-01 18:00\n  timezone: America/Phoenix\n")
    assert spec.start == datetime(2021, 7, 1, 18, tzinfo=ZoneInfo("America/Phoenix"))
    assert spec.timezone == "America/Phoenix"


def test_naive_time_without_timezone_uses_the_site_timezone() -> None:
    spec = _one("event:\n  start: 2021-07-01 18:00\n", site_timezone="Australia/Sydney")
    assert spec.start.utcoffset() == timedelta(hours=10)
    assert spec.timezone == "Australia/Sydney"


@pytest.mark.parametrize("duration", ["50m", "PT50M", "0h50m", "'50'", "50"])
def test_duration_forms(duration: str) -> None:
    spec = _one(f"event:\n  start: 2021-03-03 09:00\n  duration: {duration}\n")
    assert spec.end - spec.start == timedelta(minutes=50)


def test_duration_hours_and_minutes() -> None:
    spec = _one("event:\n  start: 2021-03-03 09:00\n  duration: 1h30m\n")
    assert spec.end == datetime(2021, 3, 3, 10, 30, tzinfo=STOCKHOLM)


def test_end_as_time_of_day() -> None:
    spec = _one("event:\n  start: 2021-03-03 09:00\n  end: '09:50'\n")
    assert spec.end == datetime(2021, 3, 3, 9, 50, tzinfo=STOCKHOLM)


def test_default_duration_is_marked_assumed() -> None:
    spec = _one("event:\n  start: 2021-03-03 09:00\n")
    assert spec.end == datetime(2021, 3, 3, 10, 0, tzinfo=STOCKHOLM)
    assert spec.end_assumed


def test_all_day_single_and_multi_day() -> None:
    assert _one("event:\n  start: 2021-06-19\n").end == date(2021, 6, 19)
    spec = _one("event:\n  start: 2021-06-19\n  end: 2021-06-21\n")
    assert (spec.start, spec.end, spec.end_assumed) == (date(2021, 6, 19), date(2021, 6, 21), False)
    assert _one("event:\n  start: 2021-06-19\n  duration: P2D\n").end == date(2021, 6, 20)


def test_full_schema() -> None:
    spec = _one(
        """
event:
  start: 2021-03-03 09:00
  end: 2021-03-03 09:50
  timezone: Europe/Stockholm
  location: {name: Folkets hus, address: "Storgatan 1, Umeå", geo: [63.8258, 20.2630]}
  url: https://example.org/talk
  status: tentative
  uid: talk-2021@example.org
  title: The talk
  sequence: 3
  description: Bring coffee.
"""
    )
    assert spec.location == Location("Folkets hus", "Storgatan 1, Umeå", (63.8258, 20.263))
    assert (spec.url, spec.status, spec.uid) == (
        "https://example.org/talk",
        "TENTATIVE",
        "talk-2021@example.org",
    )
    assert (spec.summary, spec.sequence, spec.description) == ("The talk", 3, "Bring coffee.")


def test_cancelled() -> None:
    spec = _one("event:\n  start: 2021-03-03 09:00\n  status: Cancelled\n")
    assert spec.status == "CANCELLED"


def test_several_sessions_keep_their_positions() -> None:
    specs, problems = _read(
        "events:\n  - start: 2021-03-03 09:00\n  - start: nope\n  - start: 2021-03-10 09:00\n"
    )
    assert specs is not None
    assert [s.index for s in specs] == [0, 2]
    assert [p.message.split(":")[0] for p in problems] == ["events[1].start"]


@pytest.mark.parametrize(
    ("front_matter", "field"),
    [
        ("event:\n  start: 2021-03-03 09:00\n  end: 2021-03-03 08:00\n", "event.end"),
        ("event:\n  start: 2021-03-03 09:00\n  end: 2021-03-03 09:00\n", "event.end"),
        ("event:\n  start: 2021-06-19\n  end: 2021-06-18\n", "event.end"),
        ("event:\n  start: 2021-03-03 09:00\n  timezone: Europe/Stokholm\n", "event.timezone"),
        ("event:\n  start: 2021-03-33 09:00\n", "event.start"),
        ("event:\n  start: [1, 2]\n", "event.start"),
        ("event:\n  start: 2021-03-03 09:00\n  duration: soon\n", "event.duration"),
        ("event:\n  start: 2021-03-03 09:00\n  duration: 0m\n", "event.duration"),
        ("event:\n  start: 2021-06-19\n  duration: 3h\n", "event.duration"),
        ("event:\n  start: 2021-03-03 09:00\n  end: 9:50\n", "event.end"),
        ("event:\n  start: 2021-03-03 09:00\n  end: 2021-03-04\n", "event.end"),
        ("event:\n  status: cancelled\n", "event.start"),
        ("event:\n  start: 2021-03-03 09:00\n  status: postponed\n", "event.status"),
        ("event:\n  start: 2021-03-03 09:00\n  sequence: -1\n", "event.sequence"),
        ("event:\n  start: 2021-03-03 09:00\n  url: /talk\n", "event.url"),
        ("event:\n  start: 2021-03-03 09:00\n  location: {geo: [1, 2]}\n", "event.location.name"),
        (
            "event:\n  start: 2021-03-03 09:00\n  location: {name: X, geo: [91, 0]}\n",
            "event.location.geo",
        ),
        ("event:\n  start: 2021-03-03 09:00\n  location: 12\n", "event.location"),
        ("event:\n  start: 2021-03-03 09:00\n  summary: {a: 1}\n", "event.summary"),
        ("events:\n  - start: 2021-03-03 09:00\n    end: 2021-03-02 09:00\n", "events[0].end"),
    ],
)
def test_invalid_values_are_errors_naming_the_field(front_matter: str, field: str) -> None:
    (message,) = _errors(front_matter)
    assert message.startswith(f"{field}: ")
    assert "\n" not in message


@pytest.mark.parametrize("front_matter", [
    "events:\n  - event: _events/2024-gcc.md\n  - event: _events/2024-bcc.md\n",
    "event: yes please\n",
    "event: Galaxy Community Conference\n",
    "events: [_events/a.md, _events/b.md]\n",
])
def test_a_site_key_not_shaped_like_heralds_is_the_sites_and_no_error(front_matter: str) -> None:
    assert _read(front_matter) == (None, [])


def test_a_list_holding_one_herald_event_is_heralds_and_its_other_items_are_errors() -> None:
    specs, problems = _read("events:\n  - start: 2021-03-03 09:00\n  - related.md\n")
    assert specs is not None and len(specs) == 1
    assert [p.message.split(":")[0] for p in problems] == ["events[1]"]


def test_a_recurrence_rule_is_checked_and_kept() -> None:
    spec = _one("event:\n  start: 2021-03-02 18:00\n  rrule: FREQ=WEEKLY;BYDAY=TU;COUNT=4\n")
    assert spec.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    (message,) = _errors("event:\n  start: 2021-03-02 18:00\n  rrule: every tuesday\n")
    assert message.startswith("event.rrule: ") and "FREQ=WEEKLY" in message


def test_unknown_key_is_a_warning_and_the_event_stays() -> None:
    specs, problems = _read("event:\n  start: 2021-03-03 09:00\n  strat: 2021-03-03 10:00\n")
    assert specs is not None and len(specs) == 1
    assert [(p.severity, p.message.split(":")[0]) for p in problems] == [("warning", "event.strat")]


@pytest.mark.parametrize("front_matter", [
    "event:\n  number: 5\n  location: TTTech, Vienna\n  date: Tuesday, October 14th 2025, 18:00",
    "events:\n  - event: _events/x.md\n",
])
def test_a_mapping_with_keys_herald_does_not_own_and_no_start_is_the_sites(
        front_matter: str) -> None:
    assert _read(front_matter) == (None, [])


def test_herald_keys_with_a_misspelt_one_are_still_heralds() -> None:
    specs, problems = _read("event:\n  start: 2021-03-03 09:00\n  locaton: Hall\n")
    assert specs is not None and [spec.start for spec in specs] == [
        datetime(2021, 3, 3, 9, tzinfo=STOCKHOLM)
    ]
    assert [p.message.split(":")[0] for p in problems] == ["event.locaton"]


def test_a_misspelt_start_is_still_heralds_and_an_error() -> None:
    specs, problems = _read("event:\n  strat: 2021-03-03 09:00\n  location: Hall\n")
    assert specs == []
    assert [(p.severity, p.message.split(":")[0]) for p in problems] == [
        ("warning", "event.strat"), ("error", "event.start")
    ]
