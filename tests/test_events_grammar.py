"""The grammar of dates, times, ranges and zones: phrasings read as a reader would."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from herald.events.infer import find_events

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def accepted(body: str, published: datetime, lang: str = "en", title: str = "") -> list[tuple]:
    return [
        (f.start, f.end)
        for f in find_events(title, "", body, lang=lang, published=published)
        if f.accepted
    ]


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi)


def pub(y: int, mo: int, d: int, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(y, mo, d, 9, 0, tzinfo=tz)


# --------------------------------------------------------------------------- weekdays


def test_this_weekday_written_on_that_weekday_is_the_same_day() -> None:
    friday = pub(2024, 5, 3)
    assert accepted("Join us this Friday at 7pm for the quiz night.", friday) == [
        (at(2024, 5, 3, 19), None)
    ]


def test_on_weekday_means_the_next_one() -> None:
    wednesday = pub(2024, 5, 1)
    assert accepted("Come along on Saturday for our workshop, 10am-4pm.", wednesday) == [
        (at(2024, 5, 4, 10), at(2024, 5, 4, 16))
    ]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The open weekend of the workshop is on Saturday and Sunday.", "en"),
        ("Välkomna på städdag på lördag och söndag!", "sv"),
    ],
    ids=["en", "sv"],
)
def test_weekday_pair_is_one_span(body, lang) -> None:
    wednesday = pub(2024, 5, 1, STOCKHOLM)
    assert accepted(body, wednesday, lang) == [(date(2024, 5, 4), date(2024, 5, 5))]


# --------------------------------------------------------------------------- clock times


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The meeting is on May 14 from 3–5.", (at(2024, 5, 14, 15), at(2024, 5, 14, 17))),
        ("Our meeting on May 14 at 7:30 in the library.", (at(2024, 5, 14, 19, 30), None)),
        ("The quiz is on May 14 from 7pm til 10pm.", (at(2024, 5, 14, 19), at(2024, 5, 14, 22))),
        ("The quiz is on May 14 from 7pm — 10pm.", (at(2024, 5, 14, 19), at(2024, 5, 14, 22))),
        ("Our next meeting is at 7 o'clock on May 14.", (at(2024, 5, 14, 19), None)),
    ],
    ids=["bare-hour-range", "hour-and-minutes", "til", "em-dash", "o-clock"],
)
def test_english_hours_without_am_pm_read_as_afternoon_or_evening(body, expected) -> None:
    assert accepted(body, pub(2024, 5, 1, NEW_YORK)) == [expected]


@pytest.mark.parametrize(
    ("body", "site", "expected"),
    [
        ("Join the webinar on May 14 at 6 PM EST.", LONDON, at(2024, 5, 14, 23)),
        ("Join the webinar on May 14 at 6 PM EST.", NEW_YORK, at(2024, 5, 14, 18)),
        ("Join the webinar on May 14 at 17:00 CET.", LONDON, at(2024, 5, 14, 16)),
        ("Join the webinar on May 14 at 11am Eastern.", NEW_YORK, at(2024, 5, 14, 11)),
        ("Join the webinar on May 14 at 3pm (UK time).", NEW_YORK, at(2024, 5, 14, 10)),
    ],
    ids=["est-in-london", "est-at-home", "cet-in-london", "eastern", "uk-time"],
)
def test_stated_zones_are_converted_to_the_sites_zone(body, site, expected) -> None:
    assert accepted(body, pub(2024, 5, 1, site)) == [(expected, None)]


def test_swedish_stated_zone_is_converted() -> None:
    helsinki = pub(2024, 5, 1, ZoneInfo("Europe/Helsinki"))
    body = "Webbinariet hålls den 14 maj kl 9 svensk tid."
    assert accepted(body, helsinki, "sv") == [(at(2024, 5, 14, 10), None)]


@pytest.mark.parametrize(
    "body",
    ["The meetup is on May 14 at 1830 Main St.", "The class on May 14 is in room 1410."],
    ids=["street-number", "room-number"],
)
def test_numbers_that_are_not_times_give_no_time(body) -> None:
    assert accepted(body, pub(2024, 4, 1, NEW_YORK)) == [(date(2024, 5, 14), None)]


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("Välkommen till lägret 12–14 maj!", "sv", (date(2024, 5, 12), date(2024, 5, 14))),
        ("Konferensen pågår 30 september – 3 oktober.", "sv",
         (date(2024, 9, 30), date(2024, 10, 3))),
        ("The festival is on Saturday and Sunday, 11 and 12 May.", "en",
         (date(2024, 5, 11), date(2024, 5, 12))),
        ("The camp runs Jun 8-9.", "en", (date(2024, 6, 8), date(2024, 6, 9))),
        ("The fair is on May 3, 4 and 5.", "en", (date(2024, 5, 3), date(2024, 5, 5))),
    ],
    ids=["sv-day-range", "sv-across-months", "weekdays-and-days", "short-month", "day-list"],
)  # fmt: skip
def test_multi_day_spans_are_one_event(body, lang, expected) -> None:
    assert accepted(body, pub(2024, 4, 1, STOCKHOLM), lang) == [expected]


# --------------------------------------------------------------------------- where dates hide


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Välkommen på höstmöte!\n\nDatum: 2024-10-02\nTid: 18:30\nPlats: Lokalen", "sv"),
        ("Autumn social!\n\nWhen: 2 October 2024\nTime: 18:30\nWhere: the hall", "en"),
        ("- Workshop: 2 October 2024\n- Time: 18:30", "en"),
        ("We meet for the workshop on 2024-10-02 at 18:30.", "en"),
    ],
    ids=["sv-labelled-lines", "en-labelled-lines", "labelled-list-items", "iso-date-in-prose"],
)
def test_labelled_lines_and_iso_dates(body, lang) -> None:
    assert accepted(body, pub(2024, 9, 1, STOCKHOLM), lang) == [(at(2024, 10, 2, 18, 30), None)]


def test_date_inside_link_text() -> None:
    body = "Sign up for the [workshop on 2 October](https://example.org/a) at 6pm."
    assert accepted(body, pub(2024, 9, 1)) == [(at(2024, 10, 2, 18), None)]


def test_date_and_hours_in_the_title() -> None:
    title = "Plant swap - Saturday 4th May 2024 - 11:00am til 2:00pm"
    assert accepted("Bring your plants!", pub(2024, 4, 20), title=title) == [
        (at(2024, 5, 4, 11), at(2024, 5, 4, 14))
    ]


def test_a_time_in_another_list_item_is_not_joined_to_the_date() -> None:
    body = "- Workshop on May 14\n- Talk at 7pm on recycling"
    assert accepted(body, pub(2024, 4, 1)) == [(date(2024, 5, 14), None)]


# --------------------------------------------------------------------------- not events


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Voting is open until noon next Wednesday, 10 April.", "en"),
        ("Please register for the dinner before 8pm on 10 April.", "en"),
        ("Anmälan senast 3 maj.", "sv"),
    ],
    ids=["open-until", "before-a-time", "anmalan-senast"],
)
def test_deadlines_and_windows_are_not_events(body, lang) -> None:
    assert accepted(body, pub(2024, 4, 1, STOCKHOLM), lang) == []


def test_camps_are_events() -> None:
    body = "Sommarläger 10–14 juni. Anmälan senast 3 maj."
    assert accepted(body, pub(2024, 4, 1, STOCKHOLM), "sv") == [
        (date(2024, 6, 10), date(2024, 6, 14))
    ]


def test_other_languages_read_as_english() -> None:
    body = "Join the workshop on 14 May 2024 at 18:00."
    for lang in ("de", "da", "no", ""):
        assert accepted(body, pub(2024, 4, 1), lang) == [(at(2024, 5, 14, 18), None)]


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    "body",
    [
        "![Crowd](a.jpg)\n*The party on 12 April*\n\nWhat a great night we had.",
        '<figure><img src="a.jpg"><figcaption>Our stall at the fair, 12 April</figcaption>'
        "</figure>\n\nWe had a great day at the fair and raised £200.",
        "![Stall](a.jpg) The fair on 12 April\n\nThe fair was a success: we raised £200.",
    ],
    ids=["markdown-caption-under", "html-figcaption", "caption-beside"],
)
def test_photo_captions_in_a_report_are_not_events(body) -> None:
    assert accepted(body, pub(2024, 4, 1)) == []


def test_a_caption_in_an_announcement_still_dates_the_event() -> None:
    body = (
        "![Poster](p.jpg)\n*The quiz night on 12 April at 7pm*\n\n"
        "Join us for the quiz night! Tickets will be on sale at the door."
    )
    assert accepted(body, pub(2024, 4, 1)) == [(at(2024, 4, 12, 19), None)]


def test_a_year_after_at_is_not_a_time() -> None:
    body = "Meet the team on 14 May at 2024's biggest conference."
    assert accepted(body, pub(2024, 4, 1)) == [(date(2024, 5, 14), None)]
