"""English phrasings: expected accepted events, and negatives."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from herald.derive.infer import find_events, patterns_for
from herald.derive.times import time_mentions

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


def pub(y: int, m: int, d: int, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(y, m, d, 0, 0, tzinfo=tz)


def dt(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


def accepted(body: str, published: datetime, title: str = "", lead: str = "") -> list[tuple]:
    found = find_events(title, lead, body, lang="en", published=published)
    return [(f.start, f.end) for f in found if f.accepted]


POSITIVE = [
    pytest.param(
        "Join us for our webinar on Wednesday 3 March at 9:00.",
        pub(2021, 2, 3),
        [(dt(2021, 3, 3, 9), None)],
        id="weekday-day-month-24h-time",
    ),
    pytest.param(
        "The annual meeting is Tuesday, February 10th at 8 PM at the space.",
        pub(2015, 1, 23, NY),
        [(dt(2015, 2, 10, 20), None)],
        id="weekday-month-ordinal-at-pm",
    ),
    pytest.param(
        "The egg hunt will run from 2pm to 3pm on Sunday 25<sup>th</sup> March.",
        pub(2018, 3, 11),
        [(dt(2018, 3, 25, 14), dt(2018, 3, 25, 15))],
        id="html-ordinal-suffix-time-range-before-date",
    ),
    pytest.param(
        "Come to our presentation on the 9th October at 7:30pm.",
        pub(2024, 10, 2),
        [(dt(2024, 10, 9, 19, 30), None)],
        id="the-ordinal-month",
    ),
    pytest.param(
        "Our 3D printing class is Sunday, October 18th from 12-2 PM.",
        pub(2015, 10, 6, NY),
        [(dt(2015, 10, 18, 12), dt(2015, 10, 18, 14))],
        id="shared-meridiem-range-12-2-pm",
    ),
    pytest.param(
        "Virtual open house this Sunday, May 17 from 1:00PM-4:00PM.",
        pub(2020, 5, 14, NY),
        [(dt(2020, 5, 17, 13), dt(2020, 5, 17, 16))],
        id="pm-range-without-spaces",
    ),
    pytest.param(
        "Quiz night on Friday 19th October 2018 from 7pm until 10.30pm.",
        pub(2018, 10, 4),
        [(dt(2018, 10, 19, 19), dt(2018, 10, 19, 22, 30))],
        id="from-until-dotted-pm",
    ),
    pytest.param(
        "Come and sing day, Saturday 10 February 2018: 10:30-5pm with a lunch break.",
        pub(2018, 1, 22),
        [(dt(2018, 2, 10, 10, 30), dt(2018, 2, 10, 17))],
        id="mixed-24h-start-pm-end",
    ),
    pytest.param(
        "Upcoming CLUG events: 13 June, Ubuntu Hour, 1800-1900, at the cafe.",
        pub(2019, 5, 25),
        [(dt(2019, 6, 13, 18), dt(2019, 6, 13, 19))],
        id="24h-without-colon-range",
    ),
    pytest.param(
        "Install day on 14 May at 0900 in the library. Join us!",
        pub(2019, 5, 1),
        [(dt(2019, 5, 14, 9), None)],
        id="at-24h-without-colon",
    ),
    pytest.param(
        "Next events: Steppin' Out festival Aug 7-8.",
        pub(2015, 6, 17, NY),
        [(date(2015, 8, 7), date(2015, 8, 8))],
        id="abbreviated-month-day-range",
    ),
    pytest.param(
        "The 12 Hour Hackathon is on Sept 5.",
        pub(2015, 6, 17, NY),
        [(date(2015, 9, 5), None)],
        id="sept-abbreviation",
    ),
    pytest.param(
        "The course runs from 15 December 2025 to 5 May 2026. Apply now!",
        pub(2025, 6, 26),
        [(date(2025, 12, 15), date(2026, 5, 5))],
        id="from-to-range-across-years",
    ),
    pytest.param(
        "Couch to derby challenge: starting the 1st of August through to the 5th September.",
        pub(2021, 7, 17),
        [(date(2021, 8, 1), date(2021, 9, 5))],
        id="ordinal-of-month-through-to",
    ),
    pytest.param(
        "Our webinar on 5 May at 10:00 AM runs for 90 minutes.",
        pub(2021, 4, 20),
        [(dt(2021, 5, 5, 10), dt(2021, 5, 5, 11, 30))],
        id="duration-for-minutes",
    ),
    pytest.param(
        "There will be a soldering class tomorrow at 1 PM.",
        pub(2016, 4, 22, NY),
        [(dt(2016, 4, 23, 13), None)],
        id="tomorrow-at",
    ),
    pytest.param(
        "Tonight, we'll have our general meeting at 7:30 PM at the space.",
        pub(2016, 2, 9, NY),
        [(dt(2016, 2, 9, 19, 30), None)],
        id="tonight-at",
    ),
    pytest.param(
        "Our grand opening is this Sunday starting at 1 PM.",
        pub(2014, 3, 27, NY),
        [(dt(2014, 3, 30, 13), None)],
        id="this-weekday-starting-at",
    ),
    pytest.param(
        "Save the date: the meetup is on 24 February at 6pm.",
        pub(2025, 9, 23),
        [(dt(2026, 2, 24, 18), None)],
        id="year-rolls-over",
    ),
    pytest.param(
        "Saturday 12 October, 10-4, craft fair in the hall.",
        pub(2019, 10, 4),
        [(dt(2019, 10, 12, 10), dt(2019, 10, 12, 16))],
        id="bare-hour-range-after-date",
    ),
    pytest.param(
        "Meeting at 7:30 on 12 November.",
        pub(2019, 10, 4),
        [(dt(2019, 11, 12, 19, 30), None)],
        id="evening-reading-of-a-time-without-am-pm",
    ),
    pytest.param(
        "Please RSVP by November 20 for the December 5 dinner.",
        pub(2019, 10, 4),
        [(date(2019, 12, 5), None)],
        id="deadline-rejected-event-kept",
    ),
    pytest.param(
        "Join us Thursday, Nov. 14, 2019, 7-9 p.m. at the library for a talk.",
        pub(2019, 11, 1, NY),
        [(dt(2019, 11, 14, 19), dt(2019, 11, 14, 21))],
        id="abbreviated-month-with-dot-and-p-m-with-dots",
    ),
    pytest.param(
        "Potluck lunch on Saturday, November 16 from noon to 2 pm.",
        pub(2019, 11, 1, NY),
        [(dt(2019, 11, 16, 12), dt(2019, 11, 16, 14))],
        id="noon-to-pm",
    ),
    pytest.param(
        "Hacksburg will be at the festival on August 6 and 7, 9:00AM-5:00PM.",
        pub(2021, 7, 26, NY),
        [(dt(2021, 8, 6, 9), dt(2021, 8, 6, 17)), (dt(2021, 8, 7, 9), dt(2021, 8, 7, 17))],
        id="two-days-sharing-daily-hours",
    ),
    pytest.param(
        "Meetup on Saturday, March 23: check-in at 7:30a, racing until 4:00p.",
        pub(2019, 3, 1, NY),
        [(dt(2019, 3, 23, 7, 30), dt(2019, 3, 23, 16))],
        id="am-as-one-letter-after-minutes",
    ),
    pytest.param(
        "Coding night on March 5: 6:30p-8:30p at the library.",
        pub(2019, 3, 1, NY),
        [(dt(2019, 3, 5, 18, 30), dt(2019, 3, 5, 20, 30))],
        id="pm-as-one-letter-after-minutes",
    ),
    pytest.param(
        "Reading class on Mondays, May 15 & 22; June 5, 12, & 19, 7:30–8:30 pm.",
        pub(2017, 5, 1, NY),
        [(dt(2017, m, d, 19, 30), dt(2017, m, d, 20, 30))
         for m, d in ((5, 15), (5, 22), (6, 5), (6, 12), (6, 19))],
        id="list-of-days-over-two-months-with-a-semicolon-and-oxford-ampersand",
    ),
    pytest.param(
        "Tasting sessions on 3, 4, and 5 May at 7:30 pm.",
        pub(2017, 5, 1),
        [(dt(2017, 5, d, 19, 30), None) for d in (3, 4, 5)],
        id="oxford-comma-before-and-in-a-list-of-days",
    ),
    pytest.param(
        "The party is on 13 September from 10pm to 2am.",
        pub(2019, 9, 1),
        [(dt(2019, 9, 13, 22), dt(2019, 9, 14, 2))],
        id="an-evening-into-the-small-hours-ends-the-next-day",
    ),
    pytest.param(
        "The Christmas Fayre is on Fri 7 December this year and runs for the full school day.",
        pub(2012, 11, 20),
        [(date(2012, 12, 7), None)],
        id="a-christmas-fayre-is-an-event-not-a-holiday",
    ),
    pytest.param(
        "Read Romans 8:28a together at our Bible study on Sunday September 8 at 10am.",
        pub(2024, 9, 1, NY),
        [(dt(2024, 9, 8, 10), None)],
        id="a-verses-letter-is-no-am",
    ),
    pytest.param(
        "Join us on September 12 at 4A Main Street.",
        pub(2024, 9, 1, NY),
        [(date(2024, 9, 12), None)],
        id="a-street-numbers-letter-is-no-am",
    ),
    pytest.param(
        "Join us on September 12 at 4A, Main Street.",
        pub(2024, 9, 1, NY),
        [(date(2024, 9, 12), None)],
        id="a-street-numbers-letter-before-a-comma-is-no-am",
    ),
    pytest.param(
        "Raffle on Saturday 14 September: tickets at 10p each.",
        pub(2024, 9, 1),
        [(date(2024, 9, 14), None)],
        id="pence-after-at-are-no-pm",
    ),
    pytest.param(
        "Overnight sleepover at the museum: Friday 13 - Saturday 14 September, 8pm - 2am.",
        pub(2024, 9, 1),
        [(dt(2024, 9, 13, 20), dt(2024, 9, 14, 2))],
        id="one-night-over-two-days-is-one-event",
    ),
    pytest.param(
        "Jumble sale on Saturday 5 October, entry 5p.",
        pub(2019, 9, 1),
        [(date(2019, 10, 5), None)],
        id="pence-are-no-pm-hour",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), POSITIVE)
def test_english_phrasings_give_expected_events(body, published, expected) -> None:
    assert accepted(body, published) == expected


NEGATIVE = [
    pytest.param(
        "The meetup was held on the 25th of March with 20 people.",
        pub(2013, 3, 29),
        id="past-report",
    ),
    pytest.param("Please sign up by March 11.", pub(2023, 2, 26, NY), id="deadline-sign-up-by"),
    pytest.param(
        "The deadline for applications is 20 September 2023.", pub(2023, 9, 7), id="deadline"
    ),
    pytest.param("Doors open at 7:30 PM, see you there!", pub(2021, 2, 3), id="time-without-date"),
    pytest.param(
        "Python class on Sunday, April 14 from 1:00PM-4:00PM.",
        pub(2020, 4, 10, NY),
        id="weekday-contradicts-date",
    ),
    pytest.param(
        "The meetings on Tuesday, December 22nd and 29th are cancelled.",
        pub(2015, 12, 21, NY),
        id="cancelled",
    ),
    pytest.param(
        "Bin collection moves to Saturday 31 March at 7am.",
        pub(2018, 3, 29),
        id="operational-collection",
    ),
    pytest.param(
        "Rail strike on 8, 10 and 12 January: trains will not run.",
        pub(2018, 1, 7),
        id="operational-strike",
    ),
    pytest.param("Every Tuesday at 7:30PM we meet online.", pub(2020, 3, 28, NY), id="recurrence"),
    pytest.param(
        "This Sunday marked the end of the citizens' assembly.",
        pub(2024, 5, 19),
        id="this-weekday-in-past-tense",
    ),
    pytest.param(
        "Tickets go on sale on 1 December.", pub(2019, 10, 4), id="ticket-sale-is-not-an-event"
    ),
    pytest.param(
        "Rehearsals Monday evenings 7.45-9.45pm at the school.",
        pub(2018, 1, 22),
        id="plural-weekday-part-is-a-recurrence",
    ),
    pytest.param(
        "On Saturday we held a great workshop with 20 people.",
        pub(2019, 10, 7),
        id="relative-weekday-in-past-tense",
    ),
    pytest.param(
        "We may 3 times a year hold meetings.", pub(2021, 1, 1), id="may-the-verb-is-not-a-month"
    ),
    pytest.param(
        "Key fingerprint: pub rsa4096 2016-04-30 expires: 2022-10-13",
        pub(2017, 10, 11),
        id="far-future-expiry-date",
    ),
]


@pytest.mark.parametrize(("body", "published"), NEGATIVE)
def test_english_non_events_are_not_accepted(body, published) -> None:
    assert accepted(body, published) == []


def test_programme_under_a_date_heading_gives_one_event_per_line() -> None:
    body = (
        "## Saturday 5th September\n\n"
        "- 6:00pm - Morris Men, The Wheatsheaf\n"
        "- 6:40pm - Morris Men, The Plough\n\n"
        "## Sunday 6th September\n\n"
        "- 12:00 noon **CHILDRENS RACE START**\n"
    )
    assert accepted(body, pub(2015, 9, 2), title="Programme of events") == [
        (dt(2015, 9, 5, 18), None),
        (dt(2015, 9, 5, 18, 40), None),
        (dt(2015, 9, 6, 12), None),
    ]


def test_programme_list_after_a_weekday_part_of_day() -> None:
    body = (
        "Also if you don't have plans for Saturday night yet.\n\n"
        "- **The Morris Men**\n"
        "    - **6:00pm** The John Barleycorn\n"
        "    - **6:40pm** The Wheatsheaf\n"
    )
    assert accepted(body, pub(2015, 9, 4), title="Only 2 more sleeps until race day!") == [
        (dt(2015, 9, 5, 18), None),
        (dt(2015, 9, 5, 18, 40), None),
    ]


def test_time_in_a_later_sentence_of_a_single_date_post() -> None:
    body = (
        "We are hosting a hackathon on Saturday, September 5th!\n\n"
        "Teams can hack in our space.\n\n"
        "The hackathon will run from 9am to 9pm."
    )
    assert accepted(body, pub(2015, 8, 17, NY)) == [(dt(2015, 9, 5, 9), dt(2015, 9, 5, 21))]


def test_continuation_sentence_adds_a_second_event_the_same_day() -> None:
    body = (
        "On Sunday at 4 PM, she'll lead a sewing class. "
        "Then, at 6 PM, Nicole will teach a class."
    )
    assert accepted(body, pub(2016, 4, 22, NY)) == [
        (dt(2016, 4, 24, 16), None),
        (dt(2016, 4, 24, 18), None),
    ]


def test_results_are_sorted_and_include_rejections() -> None:
    body = "Sign up by March 11. The lightsaber class is Saturday, March 18 from 1:00PM to 4:00PM."
    found = find_events("", "", body, lang="en", published=pub(2023, 2, 26, NY))
    keys = [
        f.start if isinstance(f.start, datetime) else datetime.combine(f.start, datetime.min.time())
        for f in found
    ]
    assert keys == sorted(keys)
    assert any(not f.accepted and f.reason == "deadline" for f in found)
    assert [(f.start, f.end) for f in found if f.accepted] == [
        (dt(2023, 3, 18, 13), dt(2023, 3, 18, 16))
    ]


def test_a_weekend_trip_runs_from_its_meeting_time_to_its_return() -> None:
    body = ("We meet at the car park at 10am on Saturday morning.\n\n"
            "We walk together to the hut and sleep there.\n\n"
            "The trip ends back at the station at 2pm on Sunday.")
    assert accepted(body, pub(2019, 10, 1), title="Cub camp at the hut 12-13 October") == [
        (dt(2019, 10, 12, 10), dt(2019, 10, 13, 14))]


def test_a_weekends_days_with_hours_of_their_own_stay_events() -> None:  # a guard
    body = "Open studios June 6-7: Saturday 1-4PM and Sunday 1-4PM."
    assert accepted(body, pub(2026, 5, 1, NY), title="Open studios") == [
        (dt(2026, 6, 6, 13), dt(2026, 6, 6, 16)), (dt(2026, 6, 7, 13), dt(2026, 6, 7, 16))]


def test_hours_after_a_span_written_day_by_day_are_each_days() -> None:
    body = "The exhibition is open Sunday June 18 - Tuesday June 20, 10am-4pm."
    assert accepted(body, pub(2017, 6, 1, NY)) == [
        (dt(2017, 6, d, 10), dt(2017, 6, d, 16)) for d in (18, 19, 20)]


def test_a_lone_time_after_a_span_written_day_by_day_keeps_it_all_day() -> None:  # a guard
    body = "The camp runs from Friday 23 June to Sunday 25 June, arrival at 6pm."
    assert accepted(body, pub(2017, 6, 1)) == [(date(2017, 6, 23), date(2017, 6, 25))]


def test_a_bare_weekday_under_the_line_naming_its_day_takes_its_time_there() -> None:
    body = ("Fast on Thursday, March 9.\n\nParty on Saturday night, March 11.\n\n"
            "Lunch on Tuesday, March 14.\n\nMorning Services ~ Sunday March 12\n"
            "Morning services will take place at the shul on Sunday morning at 9:00 AM.")
    found = accepted(body, pub(2017, 2, 25, NY))
    assert (dt(2017, 3, 12, 9), None) in found
    assert (date(2017, 3, 12), None) not in found


def test_a_pair_of_weekdays_moved_to_a_named_week_keeps_its_length() -> None:
    body = ("The workshop runs Monday 23 to Thursday 26 January.\n\n"
            "We will post the hours on Thursday and Friday.")
    found = find_events("Weekly meeting", "", body, lang="en", published=pub(2016, 9, 15))
    pair = [(f.start, f.end) for f in found if "Thursday and Friday" in f.evidence]
    assert pair == [(date(2017, 1, 26), date(2017, 1, 27))]  # (not the 26th to 23 September)


@pytest.mark.parametrize(("body", "expected"), [
    ("This week at the reading group we look at garbage collectors.\n"
     "Join us on Wednesday, at 12:00 in room 4.", [(dt(2019, 2, 20, 12), None)]),
    ("This week at the reading group we look at garbage collectors.\n"
     "Join us next Wednesday, at 12:00 in room 4.", [(dt(2019, 2, 27, 12), None)]),
    ("Join us on Wednesday, at 12:00 in room 4.", [(dt(2019, 2, 27, 12), None)]),
    ("There is no meeting this week. Join us on Wednesday at 12:00.",
     [(dt(2019, 2, 27, 12), None)]),
    ("This week was great. See you on Wednesday at 12:00!", [(dt(2019, 2, 27, 12), None)]),
    ("This week at the club we look at GC.\nNext week, on Wednesday, we meet at 12:00.",
     [(dt(2019, 2, 27, 12), None)]),
    ("This week at the club we look at GC.\nJoin us the following Wednesday at 18:00.",
     [(dt(2019, 2, 27, 18), None)]),
])
def test_a_weekday_said_this_week_on_its_own_day_is_that_day(body: str, expected) -> None:
    assert accepted(body, pub(2019, 2, 20), title="Reading group") == expected


def test_an_agenda_with_abstracts_and_talks_side_by_side_is_one_evening() -> None:
    body = ("Our next talks night is on May 15, 2025.\n\n## Agenda\n\n"
            "**6:00 pm - Doors open:** food and drinks\n\n"
            "**6:30 pm to 7:00 pm - Drawing with code. Or not?**\n**Speaker:** A. Person\n"
            "**Abstract:** _A talk about drawing. It has two sentences._\n\n"
            "**7:00 pm to 7:30 pm - Forms that work**\n**Speaker:** B. Person\n"
            "**Abstract:** _A talk about forms._\n\n"
            "**7:00 pm to 7:30 pm - Agents and data**\n**Speaker:** C. Person\n"
            "**Abstract:** _A talk about agents._\n\n"
            "**7:30 pm to 9:00 pm - Networking**\n\n**9:00 pm - doors close**\n")
    assert accepted(body, pub(2025, 5, 1, NY), title="Talks night") == [
        (dt(2025, 5, 15, 18), dt(2025, 5, 15, 21))]


def test_a_conference_days_programme_is_its_sessions_and_its_dinner() -> None:
    rows = ["09:00-10:00 | Registration", "10:00-10:30 | Welcome", "10:30-12:00 | Talks",
            "12:00-13:00 | Lunch", "13:00-15:00 | Talks", "15:00-15:30 | Coffee",
            "16:00-16:30 | Closing", "15:30-16:00 | Posters", "19:00 | Dinner in town"]
    body = ("Our programme for the user conference is ready.\n\n**Thursday, 15 March 2018**\n\n"
            "| Time | What |\n| --- | --- |\n" + "\n".join(f"| {r} |" for r in rows) + "\n")
    assert accepted(body, pub(2018, 2, 13), title="Conference programme") == [
        (dt(2018, 3, 15, 9), dt(2018, 3, 15, 16, 30)), (dt(2018, 3, 15, 19), None)]


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Monthly meeting: 21-Jan - Certificates",
     "Come along to our usual pub.\n\n**Agenda**\n\n  * 6pm - Arrive\n  * 6:30pm - Tech support\n"
     "  * 7pm - Discussion\n  * 7:30pm - A video\n\n**Coming up**\n\n  * Feb 18th Meeting",
     [(dt(2016, 1, 21, 18), dt(2016, 1, 21, 19, 30)), (date(2016, 2, 18), None)]),
    ("Monthly meeting - 21 January 2016",  # the body's own hours for the day win
     "**Agenda**\n\n* 2:00 - Introductions\n* 2:30 - A talk\n* 3:15 - Another talk\n"
     "* 4:00 - Tea\n\n**Date**: 2-5pm, 21 January, 2016",
     [(dt(2016, 1, 21, 14), dt(2016, 1, 21, 17))]),
])
def test_a_titles_day_takes_the_agenda_the_body_opens_with(title, body, expected) -> None:
    assert accepted(body, pub(2016, 1, 10), title=title) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Meeting on 21-Jan-2016 at 6pm.", [(dt(2016, 1, 21, 18), None)]),
    ("We will discuss COVID-19 March 3 at 7pm.", [(dt(2016, 3, 3, 19), None)]),
    ("Join the Software Carpentry workshop (28 Sep-1 Oct).",
     [(date(2016, 9, 28), date(2016, 10, 1))]),
])
def test_a_day_a_hyphen_and_a_month_and_a_names_number(body: str, expected) -> None:
    assert accepted(body, pub(2016, 1, 10), title="Meeting") == expected


@pytest.mark.parametrize(("lines", "expected"), [
    ("**1:00 - 2:00pm** Lunch, bring a plate to share\n\n**2:00 - 4:00 pm** Stories and tea\n",
     [(dt(2023, 6, 18, 13), dt(2023, 6, 18, 16))]),
    ("**6pm** Doors open\n\n**6:30pm** The talk\n", [(dt(2023, 6, 18, 18), None)]),
    ("**1:00 - 2:00pm** Stories for children\n\n**2:00 - 4:00 pm** Stories for adults\n",
     [(dt(2023, 6, 18, 13), dt(2023, 6, 18, 14)), (dt(2023, 6, 18, 14), dt(2023, 6, 18, 16))]),
])
def test_a_programme_opening_with_lunch_or_doors_is_one_sitting(lines: str, expected) -> None:
    body = f"18 June 2023 meeting\n\n**Program**\n\n{lines}"
    assert accepted(body, pub(2023, 5, 22), title="June meeting") == expected


def test_a_day_the_meeting_is_not_on_is_no_event_in_english() -> None:
    body = "Correction: the AGM is on Wednesday 13 May at 7pm (not on Friday 15 May)."
    assert accepted(body, pub(2026, 4, 14), title="AGM") == [(dt(2026, 5, 13, 19), None)]


def test_a_title_cancelling_one_months_meeting_leaves_the_next_months() -> None:
    body = "Our next meeting is on **Thursday the 3rd of August** @ 20:00 in the Village Hall."
    assert accepted(body, pub(2023, 6, 30), title="July Meeting Cancelled") == [
        (dt(2023, 8, 3, 20), None)]
    assert accepted(body, pub(2023, 6, 30), title="Meeting Cancelled") == []


def test_hours_after_a_list_of_days_are_each_days() -> None:
    body = "The events take place on Tuesday 28 July and Tuesday 25 August from 2pm and 3pm."
    assert accepted(body, pub(2015, 7, 22), title="Library events") == [
        (dt(2015, 7, 28, 14), dt(2015, 7, 28, 15)), (dt(2015, 8, 25, 14), dt(2015, 8, 25, 15))]


def test_a_time_to_finish_by_is_no_deadline() -> None:
    body = ("We'll be starting at 7.30 in the Hub on Tuesday 13th October, and aim to finish by "
            "9.30-10.")
    assert accepted(body, pub(2015, 10, 10), title="Python sessions") == [
        (dt(2015, 10, 13, 19, 30), dt(2015, 10, 13, 21, 30))]


@pytest.mark.parametrize("body", [
    "The winners will be selected and notified on Friday 6 November 2015.",
    "From Monday 16 February the library will be open 7 days a week.",
    "The library will open on Mondays from 10am to 4pm from 16 February.",
    "Our opening hours change from Monday 14 September:\n\nTuesday 10am-1pm, 3pm-7pm\n\n"
    "Wednesday 10am-1pm\n\nFriday 10am-1pm\n\nSaturday 9.30am-2pm\n",
])
def test_a_competitions_and_a_libraries_dates_are_no_events(body: str) -> None:
    assert accepted(body, pub(2015, 2, 10), title="Library events and competitions") == []


def test_a_chapter_and_verse_is_no_time() -> None:
    body = "(Luke 23:43) “I tell you the truth, today you will be with me in paradise.”"
    assert accepted(body, pub(2012, 4, 30, NY), title="Paradise") == []


def test_timed_weekdays_in_the_middle_of_a_week_long_show_stay_events() -> None:
    body = ("The exhibition runs 4-8 June 2026 in the town hall.\n\n"
            "On Saturday there are guided tours at 14:00 and at 16:00.")
    assert accepted(body, pub(2026, 5, 1), title="Exhibition") == [
        (date(2026, 6, 4), date(2026, 6, 8)), (dt(2026, 6, 6, 14), None),
        (dt(2026, 6, 6, 16), None)]


def test_a_timetable_of_trains_after_a_day_gives_it_no_time() -> None:  # a guard
    body = ("The club AGM is on Tuesday 9 June 2026. Trains leave the city at 17:10, 17:40 and "
            "18:10.")
    assert accepted(body, pub(2026, 5, 1), title="AGM") == [(date(2026, 6, 9), None)]


def test_a_day_of_the_month_with_its_weekday_is_of_the_month_its_sentence_names() -> None:
    body = "The March meeting will be held at 18:00 on Tues, the 28th."
    assert accepted(body, pub(2017, 3, 1, NY), title="March meeting") == [
        (dt(2017, 3, 28, 18), None)]


@pytest.mark.parametrize(("body", "title", "published", "expected"), [
    ("The exhibition is open every weekend from 6 June to 28 June.", "Exhibition",
     pub(2026, 5, 1), [(date(2026, 6, 6), date(2026, 6, 28))]),
    ("Open water swimming sessions run every Saturday from 6 June at 8am.", "Swimming",
     pub(2026, 5, 1), [(dt(2026, 6, 6, 8), None)]),
    ("Our pop-up shop event runs from Saturday 6 June to the end of the month, when we move to "
     "the high street.", "Pop-up shop", pub(2026, 5, 1), [(date(2026, 6, 6), None)]),
    ("Next week we will have a guest speaker. This week we look at garbage collectors. Join us "
     "on Wednesday at 12:00.", "Club", pub(2019, 2, 20), [(dt(2019, 2, 20, 12), None)]),
    ("Registration opened in March, and the workshop is on Friday 15th at 7pm.", "Workshop",
     pub(2024, 11, 1), [(dt(2024, 11, 15, 19), None)]),
    ("Gig on Saturday 6 June: doors open, support acts 19:30, headliner later.", "Gig",
     pub(2026, 5, 1), [(dt(2026, 6, 6, 19, 30), None)]),
    ("We honour this year's winners on Friday 6 November in the town hall.", "Awards Night",
     pub(2015, 10, 1), [(date(2015, 11, 6), None)]),
    ("The audio of Sunday's sermon will be available to download from Monday 13 May.",
     "Sermon audio", pub(2024, 5, 8), []),
    ("Our meetings are on Thursday 9 July at 7pm and Thursday 13 August at 7pm.",
     "Book club – July cancelled", pub(2026, 6, 1), [(dt(2026, 8, 13, 19), None)]),
])
def test_what_the_second_review_found(body: str, title: str, published: datetime,
                                      expected: list) -> None:
    assert accepted(body, published, title=title) == expected


@pytest.mark.parametrize(("body", "title", "published", "expected"), [
    pytest.param(
        "Our gardening days are on the last Sunday of every month from 11am to 1pm. Bring a "
        "picnic!\n\nNext dates for your calendar:\n\n+ 28 May\n+ 25 June\n",
        "Gardening days", pub(2017, 5, 15),
        [(dt(2017, 5, 28, 11), dt(2017, 5, 28, 13)), (dt(2017, 6, 25, 11), dt(2017, 6, 25, 13))],
        id="listed-days-of-a-series-take-its-hours"),
    pytest.param(
        "The choir sings on Wednesdays 7-9pm.\n\nUpcoming dates:\n\n- 4 June\n- Sunday 8 June: "
        "the summer concert, 3pm\n",
        "Choir", pub(2025, 5, 20),
        [(dt(2025, 6, 4, 19), dt(2025, 6, 4, 21)), (dt(2025, 6, 8, 15), None)],
        id="a-series-hours-only-for-its-own-weekday"),
    pytest.param(
        "Our club nights are Tuesdays 7-9pm.\n\nThe summer fair is on Tuesday 3 June at 2pm.",
        "Summer fair", pub(2025, 5, 20), [(dt(2025, 6, 3, 14), None)],
        id="a-days-own-time-wins-over-its-series"),
    pytest.param(
        "Our club nights are Tuesdays 7-9pm.\n\nComing up:\n\n- Tuesday 3 June\n\nOn "
        "Tuesday 3 June the summer fair opens at 2pm.",
        "Summer fair", pub(2025, 5, 20), [(dt(2025, 6, 3, 14), None)],
        id="a-days-own-time-said-elsewhere-wins-over-its-series"),
    pytest.param(
        "Our meetings are on the first Wednesday of each month at 16:00.\n\nNext meetings:\n\n"
        "- March 2nd, packaging\n- March 9th, the reconstruction forum's, jointly\n",
        "Minutes", pub(2022, 2, 17),
        [(dt(2022, 3, 2, 16), None), (date(2022, 3, 9), None)],
        id="a-monthly-series-hours-only-for-its-week"),
    pytest.param(
        "Training meetings happen regularly (Mondays 15h30). Coffee is at 10:00 in the lobby."
        "\n\nThe follow-up meeting is this Monday.",
        "Minutes", pub(2020, 1, 16), [(date(2020, 1, 20), None)],
        id="a-series-hours-not-for-a-weekday-said-alone"),
    pytest.param(
        "The committee will meet on Wednesday 19 November. Those wishing to attend are asked "
        "to arrive at 7pm for a 7.30pm start.",
        "Planning committee", pub(2014, 11, 12), [(dt(2014, 11, 19, 19, 30), None)],
        id="arrive-for-a-start"),
    pytest.param(
        "Quiz night on Friday 13 April at 7.15 for 7.30pm.", "Quiz", pub(2018, 4, 5),
        [(dt(2018, 4, 13, 19, 30), None)], id="time-for-time"),
    pytest.param(
        "Saturday Code Club is on tomorrow 1pm - 3pm in the library.", "Code Club",
        pub(2018, 10, 5), [(dt(2018, 10, 6, 13), dt(2018, 10, 6, 15))],
        id="a-club-that-is-on-tomorrow"),
    pytest.param(
        "We meet on Tuesday 4 March in the back room of the Crown.", "March", pub(2025, 2, 20),
        [(date(2025, 3, 4), None)], id="we-meet-on"),
])
def test_what_set_30_found(body: str, title: str, published: datetime, expected: list) -> None:
    assert accepted(body, published, title=title) == expected


@pytest.mark.parametrize(("body", "title", "published", "expected"), [
    pytest.param(
        "On Saturday, March 28, hackerspaces around the world will open their doors.",
        "Hackerspace day", pub(2026, 3, 17), [(date(2026, 3, 28), None)],
        id="open-their-doors"),
    pytest.param(
        "### Saturday Feburary 20, 2016 / 5PM ECSS 2.201\n\nJoin us for a fun event about "
        "cryptography!", "CryptoParty", pub(2016, 2, 11, NY), [(dt(2016, 2, 20, 17), None)],
        id="a-month-misspelt"),
])
def test_what_set_31_found(body: str, title: str, published: datetime, expected: list) -> None:
    assert accepted(body, published, title=title) == expected


@pytest.mark.parametrize(("body", "title", "published", "expected"), [
    pytest.param("**Important dates**\n\n* 5 December: You receive an email with the name of "
                 "your partner.\n", "Christmas gift exchange party", pub(2015, 11, 26), [],
                 id="a-step-of-a-process-is-no-event"),
    pytest.param("PER0x17\n\nD&T: 22 October 2015 - 17:30\n\n#1 Car Hole Hacking\nA talk.\n",
                 "PER0x17", pub(2015, 10, 22), [(dt(2015, 10, 22, 17, 30), None)],
                 id="a-date-and-time-label-on-the-posts-day"),
    pytest.param("**Important dates**\n\n* 4 December: Sign up closes.\n* 13 December: You have "
                 "time until this date to chat with your match.\n", "Secret Santa",
                 pub(2015, 11, 26), [], id="time-until-this-date-is-a-deadline"),
    pytest.param("## Upcoming Events\n\n- 02/08 Tue: LEPC - Local Emergency Planning Committee\n"
                 "- 02/09 Wed 1900: **Presentation Night**: radio services\n"
                 "- 02/12 Sat 1000 - **VE Testing** at the Clubhouse\n", "Weekly activities",
                 pub(2022, 2, 6, NY),
                 [(date(2022, 2, 8), None), (dt(2022, 2, 9, 19), None),
                  (dt(2022, 2, 12, 10), None)],
                 id="slashed-days-with-their-weekday-after-and-four-digit-times"),
])
def test_what_set_32_found(body: str, title: str, published: datetime, expected: list) -> None:
    assert accepted(body, published, title=title) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("issues discovered since 3.4.0 in the InputStreams, to prevent data loss", []),
    ("towards the sidewalk; it overrides an affair of the detour", []),
    ("the event, a dance, the awards, a livestream, a walk, a trip, a tour", [
        "event", "dance", "awards", "livestream", "walk", "trip", "tour"]),
])
def test_event_words_start_words(text: str, words: list[str]) -> None:
    from herald.derive.infer import patterns_for

    assert [m.group(0) for m in patterns_for("en").event.finditer(text)] == words


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("The museum is open every day 10am-5pm except Mondays.\n\n- Monday 2 June: "
                 "members' talk\n", [(date(2025, 6, 2), None)],
                 id="an-excepted-weekday-takes-no-series-hours"),
    pytest.param("We meet on Tuesdays at 7pm, but not Thursdays.\n\n- Tuesday 10 June: a talk, "
                 "no entry fee\n", [(dt(2025, 6, 10, 19), None)],
                 id="a-series-beside-an-excepted-weekday-and-a-no-in-the-item"),
    pytest.param("We meet every Tuesday and every Thursday at 7pm.\n\n- Thursday 12 June: a "
                 "talk\n", [(dt(2025, 6, 12, 19), None)], id="every-and-every"),
    pytest.param("Drinks at 6:30pm for 7pm end of term celebration on Friday 13 June.",
                 [(dt(2025, 6, 13, 19), None)], id="for-a-start-before-end-of-term"),
    pytest.param("The gala is on Monday 16 June, 1500 seats are sold.",
                 [(date(2025, 6, 16), None)], id="four-digits-after-a-date-that-are-no-time"),
    pytest.param("Talk on Saturday 14 June: photographs of the village from 1930 to 1960.",
                 [(date(2025, 6, 14), None)], id="years-after-from-are-no-times"),
    pytest.param("Arrive 2pm for a 4pm finish and drinks on Saturday 14 June.",
                 [(dt(2025, 6, 14, 14), None)], id="a-finish-mid-clause"),
    pytest.param("No practice required: join the open rehearsal on Saturday 14 June at 10am.",
                 [(dt(2025, 6, 14, 10), None)], id="no-practice-required-is-no-cancellation"),
    pytest.param("Walks every Sunday from 10am to 12pm. Next dates:\n\n- 15 June\n- 22 June no "
                 "walk\n", [(dt(2025, 6, 15, 10), dt(2025, 6, 15, 12))], id="no-walk"),
    pytest.param("- 06/11 Wed 1900 LCARA Business Meeting\n", [(dt(2025, 6, 11, 19), None)],
                 id="four-digits-after-a-date-opening-its-line"),
    pytest.param("Juniors train every Saturday morning, seniors every Tuesday at 7pm.\n\n- "
                 "Saturday 7 June: junior gala\n", [(date(2025, 6, 7), None)],
                 id="several-series-in-a-sentence-lend-no-hours"),
    pytest.param("Club nights are Tuesdays, Thursdays 7-9pm.\n\nComing up:\n\n- 5 June\n",
                 [(dt(2025, 6, 5, 19), dt(2025, 6, 5, 21))], id="series-joined-by-a-comma"),
    pytest.param("The garden is open on Saturday 14 June from 2pm for a 4pm finish.",
                 [(dt(2025, 6, 14, 14), None)], id="a-finish-after-for-is-no-start"),
])
def test_what_the_third_review_found(body: str, expected: list) -> None:
    assert accepted(body, pub(2025, 5, 20), title="Club news") == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Super League Trials – 4th November at NTRA\n\n_Update: there is now_ a second "
                 "_week of trials on November 11th (_2pm _–_ 6pm_)._",
                 [(date(2018, 11, 4), None), (dt(2018, 11, 11, 14), dt(2018, 11, 11, 18))],
                 id="trials-and-there-is-now"),
    pytest.param("Wet Weather Message – Friday 23/3/2018 at 9.35am. All games are on.", [],
                 id="a-wet-weather-message"),
])
def test_what_set_33_found(body: str, expected: list) -> None:
    assert accepted(body, pub(2018, 3, 23) if "Wet" in body else pub(2018, 10, 21),
                    title="Club news") == expected


def test_a_zero_waste_groups_words_are_no_waste_services_notice() -> None:
    # "Refuse, Reduce, Reuse, Recycle, Rot": a festival's themes, not the bin collection
    body = ("## Monday - Refuse\n\n[Zero Waste 101 workshop at Smallchanges](https://x.ie)\n\n"
            "## Tuesday - Reuse\n\n[Zero Waste Picnic in Trinity College](https://x.ie)\n")
    assert accepted(body, pub(2018, 9, 2), title="Zero Waste Festival schedule") == [
        (date(2018, 9, 3), None), (date(2018, 9, 4), None)]


def test_a_waste_services_notice_is_no_event() -> None:
    body = ("The recycling collection moves to Saturday 8 September at 7am because of the bank "
            "holiday.")
    assert accepted(body, pub(2018, 9, 2), title="Recycling collection changes") == []


def test_a_title_naming_an_event_is_no_operational_notice() -> None:
    body = "Bring your broken toasters on Saturday 8 September from 10am to 1pm."
    assert accepted(body, pub(2018, 9, 2), title="Repair Workshop: Parking and Directions") == [
        (dt(2018, 9, 8, 10), dt(2018, 9, 8, 13))]


def test_a_table_of_homework_by_class_date_gives_no_events() -> None:
    body = ("| Date | Link |\n| :--- | :--- |\n"
            "|February 4, 2023| [February 4 Homework](https://forms.gle/a)|\n"
            "|February 11, 2023| [February 11 Homework](https://forms.gle/b)|\n")
    assert accepted(body, pub(2023, 1, 28), title="Intermediate Class Homework") == []


def test_slashed_days_after_one_with_its_year_are_dates() -> None:
    # the sentence's "7/7/16" says how it writes dates; "3/4" before it stays a fraction
    body = ("Mix 3/4 of the resin first. Classes start Thursday 7/7/16 with the next two on the "
            "following Thursday evenings (7/14 and 7/21).")
    assert accepted(body, pub(2016, 7, 1), title="Eagle CAD class") == [
        (date(2016, 7, 7), None), (date(2016, 7, 14), None), (date(2016, 7, 21), None)]


def test_slashed_days_after_one_with_its_year_are_in_its_year() -> None:
    # a post dated 2015 (its file name) whose text was rewritten for 2016's classes
    found = find_events("Eagle CAD class", "", "Classes start Thursday 7/7/16 with the next two "
                        "on the following Thursday evenings (7/14 and 7/21).", lang="en",
                        published=pub(2015, 8, 20), threshold=0.0)
    assert sorted(f.start for f in found if f.accepted) == [
        date(2016, 7, 7), date(2016, 7, 14), date(2016, 7, 21)]


def test_days_listed_under_a_month_heading_are_that_months() -> None:
    body = ("## Save These Dates!\n\n### November\n\n* **11:**  Veterans Day - **No School**\n"
            "* **29-30:** Book fair in the library\n* **30:** PTA Meeting at 6PM via Zoom\n\n"
            "### January\n\n* **3:**  Students back to school\n"
            "* **18:** PTA Meeting at 6PM via Zoom\n")
    assert accepted(body, pub(2021, 10, 1), title="October 2021 Newsletter") == [
        (date(2021, 11, 29), date(2021, 11, 30)), (dt(2021, 11, 30, 18), None),
        (dt(2022, 1, 18, 18), None)]


def test_a_schools_early_release_is_no_event() -> None:
    body = "* **29 October:** Early release for the fall conferences\n"
    assert accepted(body, pub(2021, 10, 1), title="October 2021 Newsletter") == []


def test_a_closure_is_no_event_though_it_is_the_safest_thing() -> None:
    # ("safest" holds "fest", no festival)
    body = ("Due to icy conditions, the Elders have decided it's safest that Canning Road be "
            "closed for the next two Sundays (10th and 17th of January).")
    assert accepted(body, pub(2021, 1, 9), title="We're closed for two weeks") == []


def test_a_weekly_series_is_its_first_day_with_a_weekly_rule() -> None:
    body = "The course runs every Tuesday from 5 October to 30 November, 7-9pm, in the hall."
    [found] = [f for f in find_events("Pottery course", "", body, lang="en",
                                      published=pub(2021, 9, 8)) if f.accepted]
    assert (found.start, found.end) == (dt(2021, 10, 5, 19), dt(2021, 10, 5, 21))
    assert found.rrule == "FREQ=WEEKLY;UNTIL=20211130"


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Fall Fest - Saturdays, October 10-31, 9am to 1pm."),
    ("en", "The market is open on Saturdays from October 10 to October 31, 9am to 1pm."),
    ("de", "Der Kurs findet samstags vom 10. bis 31. Oktober statt, 9 bis 13 Uhr."),
    ("sv", "Kursen hålls lördagar 10–31 oktober kl 9–13."),
])
def test_a_weekday_in_the_plural_before_a_span_is_a_weekly_series(lang: str, body: str) -> None:
    [found] = [f for f in find_events("Fall Fest", "", body, lang=lang,
                                      published=pub(2020, 9, 8)) if f.accepted]
    assert (found.start, found.end) == (dt(2020, 10, 10, 9), dt(2020, 10, 10, 13))
    assert found.rrule == "FREQ=WEEKLY;UNTIL=20201031"


@pytest.mark.parametrize(("lang", "body", "first"), [
    ("en", "time: Fridays 7:30pm, Oct. 10 - Oct. 31", dt(2020, 10, 16, 19, 30)),
    ("en", "Fall Fest is on Saturdays 9am, from October 10 to October 31.", dt(2020, 10, 10, 9)),
    ("de", "Der Kurs ist samstags 9 Uhr, vom 10. bis 31. Oktober.", dt(2020, 10, 10, 9)),
])
def test_a_series_weekday_with_its_time_before_its_span_is_a_weekly_series(
        lang: str, body: str, first: datetime) -> None:
    [found] = [f for f in find_events("Fall Fest", "", body, lang=lang,
                                      published=pub(2020, 9, 8)) if f.accepted]
    assert found.start == first
    assert found.rrule == "FREQ=WEEKLY;UNTIL=20201031"


@pytest.mark.parametrize("body", [
    "The exhibition is open every day from 11 October to 6 December.",
    "We meet every other Monday from 11 October to 6 December.",
    "Classes are on Tuesdays and Thursdays, October 10-31, at 7pm.",
    "The shop is open daily except Saturdays, October 10-31.",
    "Fridays 7:30pm and Saturdays 2pm, October 24 - November 21.",
])
def test_other_recurrences_over_a_span_are_no_weekly_series(body: str) -> None:  # a guard
    assert all(not f.rrule for f in find_events("Club", "", body, lang="en",
                                                published=pub(2021, 9, 8)))


def test_a_weekday_and_a_number_until_an_hour_is_still_that_day() -> None:
    found = accepted("Our fair is on Saturday 14 until 6 in the evening.", pub(2024, 9, 1, NY))
    assert {(s.date() if isinstance(s, datetime) else s) for s, _ in found} == {date(2024, 9, 14)}


def test_two_weekdays_over_a_span_are_no_weekly_series_of_one() -> None:  # a guard
    body = "We meet every Monday and Wednesday from 14 October to 9 December."
    found = [f for f in find_events("Club", "", body, lang="en", published=pub(2024, 9, 1))
             if f.accepted]
    assert all(not f.rrule for f in found)


def test_all_meetings_running_from_an_hour_under_a_list_time_each_day() -> None:
    body = ("Our regular meetings continue on the 3rd Sunday of each month:\n\n"
            "- **March 15** — Spring repertoire featuring Renaissance dance music\n"
            "- **April 19** — Baroque ensemble works\n\n"
            "All meetings run from 2:00 to 5:00 PM at the church, with beginner coaching "
            "available from 2:00 to 3:00 PM.")
    assert accepted(body, pub(2026, 2, 15, NY), title="Spring season") == [
        (dt(2026, 3, 15, 14), dt(2026, 3, 15, 17)), (dt(2026, 4, 19, 14), dt(2026, 4, 19, 17))]


def test_each_workshop_running_between_hours_below_links_under_a_list_times_each_day() -> None:
    body = ("To join, attend all 4 one-day workshops.\n\nDates of the programme:\n\n"
            " + Tuesday 16th September 2014\n\n + Tuesday 21st October 2014\n\n"
            "[More info and bookings](https://example.org/springboard)\n\n"
            "Each workshop runs between 9.15-5pm.\n(Lunch and Refreshments provided)")
    assert accepted(body, pub(2014, 7, 14), title="Springboard Programme") == [
        (dt(2014, 9, 16, 9, 15), dt(2014, 9, 16, 17)),
        (dt(2014, 10, 21, 9, 15), dt(2014, 10, 21, 17))]


@pytest.mark.parametrize("said", ["A shuttle runs at 1:30 PM from the station.",
                                  "Childcare runs from 1:30 PM in the hall.",
                                  "Sign-up for the summer runs out at 5:00 PM on the day before."])
def test_what_runs_at_an_hour_under_a_list_of_dates_times_none_of_them(said: str) -> None:
    body = ("Our meetings:\n\n- **March 15** — Renaissance music\n- **April 19** — Baroque "
            "works\n\n" + said)
    assert accepted(body, pub(2026, 2, 15, NY), title="Spring") == [
        (date(2026, 3, 15), None), (date(2026, 4, 19), None)]


@pytest.mark.parametrize("line", [
    "Monday 18th August: In-service day for staff",
    "Friday 17th January: Curriculum Overviews to be issued",
    "Friday 20th December: Last day of term",
])
def test_a_schools_calendar_of_its_own_running_is_no_event(line: str) -> None:
    assert accepted(f"**Dates for your diary**\n\n- {line}\n", pub(2024, 12, 2),
                    title="Newsletter") == []


def test_lines_opening_with_a_dash_are_alike_as_a_lists_items() -> None:
    body = ("Gardening days are on the last Sunday of every month from 11am to 1pm.\n\n"
            "Next dates for your calendar:\n\n-28 May\n-25 June\n-30 July\n-27 August\n")
    assert [start.date() for start, _ in accepted(body, pub(2017, 5, 15), title="Garden Days")
            ] == [date(2017, 5, 28), date(2017, 6, 25), date(2017, 7, 30), date(2017, 8, 27)]


def test_a_chat_logs_stamps_are_no_times() -> None:
    lp = patterns_for("en")
    assert time_mentions("11:36 < edsu> @list", lp) == []
    assert time_mentions("[19:02] <anna> see you", lp) == []
    assert [t.t0 for t in time_mentions("Meetup at 19:02 in the hall", lp)] == [time(19, 2)]


def test_an_embedded_tweets_dateline_is_no_event() -> None:
    body = ('<blockquote class="twitter-tweet"><p>Bring your toaster to the repair cafe!</p>'
            '&mdash; Zero Waste Festival (@ZeroWasteFest) <a href="https://t.co/x">June 14, '
            '2018</a></blockquote>')
    assert accepted(body, pub(2018, 6, 11), title="Repair cafe") == []


def test_a_listed_day_with_no_and_the_clubs_name_is_called_off() -> None:
    body = ("Dates to note:\n\n* 20th December - Last session\n* 27th December - No Bridge\n"
            "* 10th January - No Bridge\n")
    assert accepted(body, pub(2017, 12, 8), title="Winter reminder") == [(date(2017, 12, 20), None)]
    assert accepted("Saturday 5 May - No charge", pub(2018, 4, 8), title="Open day") == [
        (date(2018, 5, 5), None)]  # a guard
    assert accepted("- Next meeting will be 1 April - no joke!", pub(2021, 3, 18),
                    title="Coordination") == [(date(2021, 4, 1), None)]  # a guard


def test_a_title_of_no_and_a_word_calls_nothing_off() -> None:  # a guard
    body = "We invite you to join us for our next repair café on May 25th, 1-3pm."
    assert accepted(body, pub(2024, 4, 28), title="April's Repair Café: No Showers") == [
        (dt(2024, 5, 25, 13), dt(2024, 5, 25, 15))]


def test_what_is_off_is_named_elsewhere_as_a_word_not_inside_one() -> None:  # a guard
    body = "Dates to note:\n\n* 27th December - No Bridge\n* 3rd January - Quiz"
    assert accepted(body, pub(2017, 12, 8), title="Cambridge club nights") != []


def test_a_metadata_headers_date_is_the_posts_own_not_an_event() -> None:
    body = ("Summary: \"July Newsletter\"\ntitle: July Newsletter\ndate: 2017-07-04T20:49:10\n"
            "modified: 2020-05-09\nlang: EN-gb\n\nCouncil will debate the plans on 31st August "
            "at 7pm. Come along!")
    assert accepted(body, pub(2017, 7, 4), title="July Newsletter") == [
        (dt(2017, 8, 31, 19), None)]


def test_a_list_of_times_of_the_dates_own_sentence_is_one_sitting_each() -> None:
    body = "To watch the simul at 2.00pm, 4.00pm or 6.00pm on Sunday 11th October, log on."
    assert accepted(body, pub(2020, 9, 8), title="Chess festival") == [
        (dt(2020, 10, 11, 14), None), (dt(2020, 10, 11, 16), None), (dt(2020, 10, 11, 18), None)]


def test_a_year_of_history_after_a_month_is_that_years() -> None:
    body = ("The subscription was moderate, which (said the *Croydon Guardian* 19 November 1881) "
            "should induce many gentlemen to join the club's meetings.")
    assert accepted(body, pub(2021, 9, 8), title="150 years of the club") == []
    body = "* 10 February 1700-1800 at the University\n* 25 February 1800-1900 at the Cafe"
    assert accepted(body, pub(2016, 1, 28), title="Upcoming events") == [  # a guard: hours
        (dt(2016, 2, 10, 17), dt(2016, 2, 10, 18)), (dt(2016, 2, 25, 18), dt(2016, 2, 25, 19))]


def test_an_issue_number_before_a_month_is_no_day() -> None:
    body = "[This piece first appeared in the club's magazine *Chess in Lockdown* #15 May 2021]"
    assert accepted(body, pub(2021, 5, 14), title="A game revisited") == []
    assert accepted("Agenda. Next meeting is on 15 September 2022.", pub(2022, 9, 1),
                    title="Generator WG Meeting #24, 1 September 2022") == [
        (date(2022, 9, 1), None), (date(2022, 9, 15), None)]  # (not the 24th)


def test_this_weekday_in_a_sentence_telling_of_it_is_the_one_gone() -> None:
    body = ("Everyone enjoyed himself at the wonderful concert laid on by Knebworth Community "
            "Chorus this Saturday. The Village Hall was full to bursting.")
    assert accepted(body, pub(2018, 12, 9), title="Christmas concert") == []
    body = "As we had said, this Saturday we will hold the vote at 10am."  # a guard
    assert accepted(body, pub(2018, 12, 12), title="Vote") == [(dt(2018, 12, 15, 10), None)]
    body = "This friday is the final cheque presentation for the total funds raised!"  # a guard
    assert accepted(body, pub(2014, 11, 25), title="Cheque Presentation") == [
        (date(2014, 11, 28), None)]


def test_a_payment_date_is_a_deadline_and_no_day_of_a_bare_weekday() -> None:
    payment = "The drop-dead-payment date is September 18th, however paying early is preferred."
    assert accepted(payment, pub(2018, 8, 23), title="Sailing season: our first regatta") == []
    body = ("Practice schedule:\n\n- Tuesday: sailing practice at the yacht club\n\n"
            + "".join(f"Note {i} about the season.\n\n" for i in range(6))
            + "The payment date is September 18th.")
    assert accepted(body, pub(2018, 8, 23), title="Sailing season") == [
        (date(2018, 8, 28), None)]  # the next Tuesday, not the payment's


def test_a_day_that_saw_something_is_told_of() -> None:
    body = ("As the year comes to a close, it is time to reflect. Thursday, December 15th saw the "
            "Group's end of year BBQ and award night. We look forward to seeing you next year!")
    assert accepted(body, pub(2022, 12, 15), title="End of year reflection") == []
    body = "Saturday 17 December sees the club BBQ at 6pm."  # a guard
    assert accepted(body, pub(2022, 12, 10), title="BBQ") == [(dt(2022, 12, 17, 18), None)]


def test_a_weekday_right_after_today_is_today() -> None:
    assert accepted("Join us today, Tuesday 7pm at the hall.", pub(2010, 4, 20),
                    title="Workshop") == [(dt(2010, 4, 20, 19), None)]
    assert accepted("Join us on Tuesday at 7pm at the hall.", pub(2010, 4, 20),
                    title="Workshop") == [(dt(2010, 4, 27, 19), None)]  # a guard


def test_a_rooms_number_and_h_is_no_time() -> None:
    body = ("Please join us for our next lunchtime seminar. It will take place on the 26th June "
            "in D17h at 11:30 - 14:00.")
    assert accepted(body, pub(2014, 6, 20), title="Lunchtime Seminar") == [
        (dt(2014, 6, 26, 11, 30), dt(2014, 6, 26, 14))]


def test_a_lists_items_share_what_its_lead_in_and_the_sentence_before_say() -> None:
    body = ("Participants commit to attend 4 one-day workshops.\n\n"
            "Dates of the programme starting in September:\n\n"
            " + Tuesday 16th September 2014\n\n + Tuesday 21st October 2014\n\n"
            " + Tuesday 18th November 2014\n\n + Tuesday 16th December 2014\n")
    assert accepted(body, pub(2014, 7, 14), title="Springboard Programme") == [
        (date(2014, 9, 16), None), (date(2014, 10, 21), None), (date(2014, 11, 18), None),
        (date(2014, 12, 16), None)]


def test_a_time_told_of_on_its_own_day_is_gone() -> None:
    body = ("The society was launched after our first event, a talk by Dr Soubes, which was held "
            "on Wednesday 17 July, 4–5 pm, Room G14.")
    assert accepted(body, pub(2013, 7, 17).replace(hour=16), title="Launch Event") == []


@pytest.mark.parametrize(("body", "published", "expected"), [
    # (a header's date written by hand, beside an event's details, is the event's)
    ("Date: Saturday 15 June 2024\nTime: 2pm\nLocation: Church hall\nCategory: Fundraising\n\n"
     "Come along!", pub(2024, 6, 1), [(dt(2024, 6, 15, 14), None)]),
    # (alternatives, not two sittings)
    ("Quiz night on Friday 10 May, starting 7pm or 7.30pm, depending on numbers.",
     pub(2024, 5, 1), [(dt(2024, 5, 10, 19), None)]),
    # (a future sentence's weekday is the coming one, not the weekend gone beside it)
    ("Thanks to all who came to our open days on 4-5 May. Our next work party is on Saturday "
     "at 10am.", pub(2024, 5, 7), [(dt(2024, 5, 11, 10), None)]),
    # (a past verb of another clause, and a time of its own)
    ("The band who were so popular last year play this Saturday at 8pm.", pub(2024, 5, 7),
     [(dt(2024, 5, 11, 20), None)]),
    # (hours after the post was written)
    ("Reminder: the walk that was rained off is happening on Wednesday 17 July at 6pm.",
     pub(2024, 7, 17).replace(hour=9), [(dt(2024, 7, 17, 18), None)]),
], ids=["a hand-written header", "or", "next after a weekend gone", "a relative clause",
        "later that day"])
def test_guards_of_this_sessions_rules(body, published, expected) -> None:
    assert accepted(body, published, title="News") == expected


def test_a_day_is_the_subject_of_its_past_verb_only_opening_its_clause() -> None:  # a guard
    body = "Tickets for the concert on Saturday 15 June were a sell-out last week, sadly."
    assert accepted(body, pub(2024, 6, 1), title="Concert") == [(date(2024, 6, 15), None)]


def test_who_hosts_it_is_no_deadline() -> None:
    body = ("The first meetings of the year will be:\n\n"
            "* [2012-01-19 19:00](http://lanyrd.com/2012/js-january/), hosted by 23 Video\n"
            "* [2012-02-16 19:00](http://lanyrd.com/2012/js-february/), no venue yet\n")
    assert accepted(body, pub(2012, 1, 6), title="Upcoming meetings") == [
        (dt(2012, 1, 19, 19), None), (dt(2012, 2, 16, 19), None)]
    # (a guard: a day to do something by stays a deadline)
    assert accepted("Please send your talk proposals by 18 January.", pub(2012, 1, 6),
                    title="Call for talks") == []


def test_a_weekday_before_hours_from_one_to_another_is_no_day_of_the_month() -> None:
    # ("Friday, 9 to 5": office hours, not the 9th)
    assert accepted("The office is open from Monday to Friday, 9 to 5.", pub(2016, 9, 21),
                    title="Office hours") == []
    assert accepted("Open day: Saturday 10 to 4, all welcome.", pub(2016, 9, 21),
                    title="Open day") != [(date(2016, 12, 10), None)]
    # (guards: a day past 12, and a span of days with its month)
    assert accepted("Saturday 14 until 6 in the evening we party.", pub(2016, 9, 21),
                    title="Party") == [(date(2017, 1, 14), None)]
    assert accepted("Workshop Friday 9 to 11 December in Leeds.", pub(2016, 9, 21),
                    title="Workshop") == [(date(2016, 12, 9), date(2016, 12, 11))]


def test_the_days_of_a_weekly_series_listed_again_are_the_series() -> None:
    body = ("Sessions are held online on Thursdays from 18.00 to 20.00 CET, from 13 February to "
            "20 March 2025.\n\n- 13 February 2025, 18.00-20.00 CET\n- 20 February 2025, "
            "18.00-20.00 CET\n- 27 February 2025, 18.00-20.00 CET\n")
    found = [f for f in find_events("Organizing for Power", "", body, lang="en",
                                    published=pub(2025, 2, 1)) if f.accepted]
    assert [(f.start, f.end, f.rrule) for f in found] == [  # (CET in London: an hour earlier)
        (dt(2025, 2, 13, 17), dt(2025, 2, 13, 19), "FREQ=WEEKLY;UNTIL=20250320")]


def test_another_show_at_a_weekly_series_hour_stands_beside_it() -> None:  # a guard
    body = ("Off-Off Campus plays Fridays 7:30pm, Oct. 24 - Nov. 21.\n\n"
            "Our Town plays Nov. 6-8, 7:30pm.\n")
    found = [f for f in find_events("Fall season", "", body, lang="en",
                                    published=pub(2025, 9, 20)) if f.accepted]
    assert dt(2025, 11, 7, 19, 30) in [f.start for f in found if not f.rrule]
