"""Swedish (and Finland-Swedish) phrasings: expected accepted events, and negatives."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from herald.derive.infer import find_events
from herald.derive.schedule import lead_text
from herald.load.frontmatter import split_document

STHLM = ZoneInfo("Europe/Stockholm")
HELSINKI = ZoneInfo("Europe/Helsinki")
SEED = (
    Path(__file__).resolve().parent.parent
    / "content/_posts/2021-02-03-webinar-om-decidim-3-mars.md"
)


def pub(y: int, m: int, d: int, hh: int = 10, tz: ZoneInfo = STHLM) -> datetime:
    return datetime(y, m, d, hh, 0, tzinfo=tz)


def accepted(body: str, published: datetime, title: str = "", lead: str = "") -> list[tuple]:
    found = find_events(title, lead, body, lang="sv", published=published)
    return [(f.start, f.end) for f in found if f.accepted]


def dt(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


def test_seed_post_gives_one_webinar_with_end_from_duration() -> None:
    doc = split_document(SEED.read_text(encoding="utf-8"))
    lead = lead_text(doc.meta)
    found = find_events(
        doc.meta.get("title", ""), lead, doc.body, lang="sv", published=pub(2021, 2, 3, 15)
    )
    ok = [f for f in found if f.accepted]
    assert len(ok) == 1
    assert ok[0].start == datetime(2021, 3, 3, 9, 0)
    assert ok[0].end == datetime(2021, 3, 3, 9, 50)
    assert "3 mars" in ok[0].evidence


POSITIVE = [
    pytest.param(
        "Välkommen till ett frukostwebbinarium onsdag den 3 mars kl 9:00. Under 50 minuter "
        "berättar vi om Decidim.",
        pub(2021, 2, 3),
        [(dt(2021, 3, 3, 9), dt(2021, 3, 3, 9, 50))],
        id="weekday-den-date-kl-with-duration-in-next-sentence",
    ),
    pytest.param(
        "Välkommen på träff onsdagen den 3:e mars kl. 9.00–10.30 i lokalen.",
        pub(2021, 2, 3),
        [(dt(2021, 3, 3, 9), dt(2021, 3, 3, 10, 30))],
        id="definite-weekday-ordinal-dot-times-en-dash-range",
    ),
    pytest.param(
        "Årsmöte den 18 februari klockan 18.",
        pub(2021, 2, 3),
        [(dt(2021, 2, 18, 18), None)],
        id="klockan-hour-only-no-end",
    ),
    pytest.param(
        "Den 16 april arrangerar vi ett webinar, 16 april kl 8:00-9:00.",
        pub(2020, 4, 1),
        [(dt(2020, 4, 16, 8), dt(2020, 4, 16, 9))],
        id="kl-time-range-repeated-date-merged",
    ),
    pytest.param(
        "Söndag 15 mars kl 13-16 i samlingslokalen. Välkomna på vårsalong!",
        pub(2020, 3, 5),
        [(dt(2020, 3, 15, 13), dt(2020, 3, 15, 16))],
        id="hour-only-range-kl-13-16",
    ),
    pytest.param(
        "Hackerdag på IX: Lördagen den 9:e november mellan kl 9 och kl 18.",
        pub(2019, 10, 7),
        [(dt(2019, 11, 9, 9), dt(2019, 11, 9, 18))],
        id="mellan-kl-och-kl",
    ),
    pytest.param(
        "Årsmöte: 2018-02-19 klockan 19:00-21:00.",
        pub(2018, 1, 8),
        [(dt(2018, 2, 19, 19), dt(2018, 2, 19, 21))],
        id="iso-date-in-text",
    ),
    pytest.param(
        "I år är det den 20 februari med början klockan 19:00 och planerat avslut senast 21. "
        "Välkommen till årsmötet!",
        pub(2017, 1, 28),
        [(dt(2017, 2, 20, 19), dt(2017, 2, 20, 21))],
        id="planned-latest-end",
    ),
    pytest.param(
        "Workshop om Wikipedia 9-10 mars. Anmäl dig här!",
        pub(2021, 2, 3),
        [(date(2021, 3, 9), date(2021, 3, 10))],
        id="day-range-all-day-inclusive-end",
    ),
    pytest.param(
        "Kurs i organisering 9-10 mars kl 10-16.",
        pub(2021, 2, 3),
        [(dt(2021, 3, 9, 10), dt(2021, 3, 9, 16)), (dt(2021, 3, 10, 10), dt(2021, 3, 10, 16))],
        id="day-range-with-daily-hours-split-per-day",
    ),
    pytest.param(
        "Kurstid: 15 december 2025 - 5 maj 2026. Ansök till kursen nu!",
        pub(2025, 6, 26),
        [(date(2025, 12, 15), date(2026, 5, 5))],
        id="range-across-year-boundary",
    ),
    pytest.param(
        "Mellan 1-15 maj får alla som vill rösta på sina favoritförslag.",
        pub(2022, 4, 26),
        [(date(2022, 5, 1), date(2022, 5, 15))],
        id="mellan-day-range",
    ),
    pytest.param(
        "Kallelse till årsmöte mellan fredagen den 23 april 2021 och tisdagen den 27 april 2021 "
        "kl 20:00.",
        pub(2021, 3, 9),
        [(date(2021, 4, 23), date(2021, 4, 27))],
        id="two-full-dates-with-closing-time-stay-all-day",
    ),
    pytest.param(
        "Städdag lördagen den 17/10 kl 14-17.",
        pub(2020, 10, 8),
        [(dt(2020, 10, 17, 14), dt(2020, 10, 17, 17))],
        id="day-slash-month",
    ),
    pytest.param(
        "Styrelsen har möte, första mötet efter nyår är 9/1 2020.",
        pub(2019, 8, 15),
        [(date(2020, 1, 9), None)],
        id="day-slash-month-with-year",
    ),
    pytest.param(
        "Vi bjuder in till talko tor 24.4.2025 kl. 18:00–19:30.",
        pub(2025, 4, 17, tz=HELSINKI),
        [(dt(2025, 4, 24, 18), dt(2025, 4, 24, 19, 30))],
        id="finland-swedish-abbreviated-weekday-dotted-date",
    ),
    pytest.param(
        "Diskussionen sänds onsdagen den 12.5 klockan 9 finsk tid.",
        pub(2021, 5, 11, tz=HELSINKI),
        [(dt(2021, 5, 12, 9), None)],
        id="finland-swedish-den-day-dot-month",
    ),
    pytest.param(
        "Välkommen till Vetenskapsdagarna 13.-17.1.2021!",
        pub(2021, 1, 11, tz=HELSINKI),
        [(date(2021, 1, 13), date(2021, 1, 17))],
        id="finland-swedish-dotted-day-range",
    ),
    pytest.param(
        "Seminariet den 3 mars kl 14 pågår i två timmar.",
        pub(2021, 2, 3),
        [(dt(2021, 3, 3, 14), dt(2021, 3, 3, 16))],
        id="duration-in-words",
    ),
    pytest.param(
        "Men vi kommer att ha ett årsmöte nu på måndag kl 19.",
        pub(2020, 3, 20),
        [(dt(2020, 3, 23, 19), None)],
        id="relative-weekday-nu-pa-mandag",
    ),
    pytest.param(
        "Välkommen på träff den 15 januari kl 18.",
        pub(2021, 11, 20),
        [(dt(2022, 1, 15, 18), None)],
        id="year-rolls-over-to-next-such-date",
    ),
    pytest.param(
        "Årsstämma i föreningen hålls den 23 juni 2020 i samlingslokalen.",
        pub(2020, 5, 19),
        [(date(2020, 6, 23), None)],
        id="date-only-all-day",
    ),
    pytest.param(
        "Julmarknad lördag 7 december 10-15 på torget.",
        pub(2019, 11, 1),
        [(dt(2019, 12, 7, 10), dt(2019, 12, 7, 15))],
        id="bare-hour-range-right-after-a-date",
    ),
    pytest.param(
        "Föreläsning 20 nov kl. 13.00-ca 16.00.",
        pub(2019, 11, 1),
        [(dt(2019, 11, 20, 13), dt(2019, 11, 20, 16))],
        id="abbreviated-month-approximate-end",
    ),
    pytest.param(
        "Julbord fredag 13 december från kl 18",
        pub(2019, 11, 1),
        [(dt(2019, 12, 13, 18), None)],
        id="fran-kl",
    ),
    pytest.param(
        "Årsstämma i BRF hålls den 23 junil.",
        pub(2020, 5, 19),
        [(date(2020, 6, 23), None)],
        id="month-name-with-a-typo-letter",
    ),
    pytest.param(
        "Välkommen till workshop den 1 juni\u00a0kl\u00a018.00.",
        pub(2021, 5, 1),
        [(dt(2021, 6, 1, 18), None)],
        id="non-breaking-spaces",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), POSITIVE)
def test_swedish_phrasings_give_expected_events(body, published, expected) -> None:
    assert accepted(body, published) == expected


NEGATIVE = [
    pytest.param(
        "Den 26 mars befann vi oss i Visby för en workshop om Consul.",
        pub(2019, 4, 2),
        id="past-report-before-publication",
    ),
    pytest.param(
        "Onsdagen den 24 april höll vi en workshop med Föreningen Norden.",
        pub(2019, 4, 25),
        id="past-report-day-before-publication",
    ),
    pytest.param(
        "Sista ansökningsdag till kursen är den 20 september 2023.",
        pub(2023, 9, 7),
        id="deadline-sista-ansokningsdag",
    ),
    pytest.param(
        "Motioner till stämman ska vara styrelsen till handa senast 30 mars.",
        pub(2019, 2, 24),
        id="deadline-senast",
    ),
    pytest.param(
        "Consul är en plattform som idag används av omkring 100 institutioner.",
        pub(2019, 4, 2),
        id="false-friend-idag-means-nowadays",
    ),
    pytest.param(
        "Vi träffas i lokalen kl 18:00 och fikar.",
        pub(2021, 2, 3),
        id="time-without-date",
    ),
    pytest.param(
        "Välkommen på möte tisdag den 3 mars 2021 kl 18.",
        pub(2021, 2, 3),
        id="weekday-contradicts-date",
    ),
    pytest.param(
        "Vårsalongen söndag 15 mars kl 13-16 är tyvärr inställd.",
        pub(2020, 3, 14),
        id="cancelled",
    ),
    pytest.param(
        "Föreningens årsstämma kommer inte hållas den 18 maj som planerat.",
        pub(2020, 4, 5),
        id="will-not-be-held",
    ),
    pytest.param(
        "Garageportarna är stängda 20 nov kl 9-13 på grund av service.",
        pub(2019, 11, 17),
        id="operational-garage",
    ),
    pytest.param(
        "Avstängning av vatten måndagen den 10 augusti kl 08:30.",
        pub(2020, 6, 24),
        id="operational-water-cut",
    ),
    pytest.param(
        "Styrelsen har möte varje måndag kl 19.",
        pub(2021, 2, 3),
        id="recurrence-without-date",
    ),
    pytest.param(
        "Plattformen lanseras i juni 2021 och budgeten ska genomföras under 2022.",
        pub(2021, 5, 11),
        id="month-and-year-only",
    ),
    pytest.param(
        "Biljetterna släpps den 20 november.", pub(2019, 11, 1), id="ticket-release-is-not-an-event"
    ),
    pytest.param(
        "Den 3 januari träffades vi för en workshop.",
        pub(2019, 12, 7),
        id="past-tense-report-not-moved-to-next-year",
    ),
    pytest.param(
        "Den nya lagen träder i kraft den 1 januari 2020.", pub(2019, 11, 1), id="no-event-words"
    ),
    pytest.param(
        "Under 2019 hade vi 40 timmar möten.",
        pub(2021, 5, 11),
        id="year-and-duration-without-date",
    ),
]


@pytest.mark.parametrize(("body", "published"), NEGATIVE)
def test_swedish_non_events_are_not_accepted(body, published) -> None:
    assert accepted(body, published) == []


def test_rejected_candidates_carry_a_reason() -> None:
    found = find_events(
        "", "", "Välkommen på möte tisdag den 3 mars 2021 kl 18.", lang="sv",
        published=pub(2021, 2, 3),
    )
    assert found and not found[0].accepted
    assert "weekday" in found[0].reason


def test_relative_weekday_points_at_the_headed_date() -> None:
    body = "## Avyttringsdag den 27:e mars\n\nVi kommer ha lokalen öppen 10:00-14:00 på lördag."
    assert accepted(body, pub(2021, 3, 10)) == [(dt(2021, 3, 27, 10), dt(2021, 3, 27, 14))]


def test_date_in_title_with_time_in_body() -> None:
    body = "Föreningen firar sin födelsedag tisdag 4 december.\n\nVälkomna till lokalen kl 18:00."
    assert accepted(body, pub(2018, 11, 25), title="Glögg och musik 4 december") == [
        (dt(2018, 12, 4, 18), None)
    ]


def test_markup_is_stripped_before_reading() -> None:
    body = "**Datum och tid: 2024-05-24, kl 12:30-13:00**\n\n[Anmäl dig här](https://x.se/2024-02-05)"
    assert accepted(body, pub(2024, 5, 5), title="Webbinarium") == [
        (dt(2024, 5, 24, 12, 30), dt(2024, 5, 24, 13))
    ]


def test_a_weekday_said_this_week_on_its_own_day_is_that_day_in_swedish() -> None:
    body = "Den här veckan pratar vi om databaser.\nVälkommen på onsdag kl 18 i källaren."
    assert accepted(body, pub(2024, 7, 10), title="Träff") == [(dt(2024, 7, 10, 18), None)]


def test_twice_a_week_is_no_this_week() -> None:
    body = "Vi tränar två gånger i veckan.\nVälkommen på onsdag kl 18 i hallen."
    assert accepted(body, pub(2024, 7, 10), title="Träning") == [(dt(2024, 7, 17, 18), None)]


def test_dont_miss_is_no_day_the_event_is_not_on_in_swedish() -> None:
    body = "Missa inte på lördag den 6 juni kl 14: vårfesten!"
    assert accepted(body, pub(2026, 5, 1), title="Fest") == [(dt(2026, 6, 6, 14), None)]


@pytest.mark.parametrize("body", [
    "Årsmötet hålls onsdag den 13 maj kl 19 i klubbstugan (inte på fredag den 15 maj).",
    "Årsmötet hålls onsdag den 13 maj kl 19 i klubbstugan (inte den 15 maj).",
])
def test_a_day_the_meeting_is_not_on_is_no_event_in_swedish(body: str) -> None:
    assert accepted(body, pub(2026, 4, 14), title="Rättelse") == [(dt(2026, 5, 13, 19), None)]


def test_a_groups_break_on_a_day_is_no_event() -> None:
    # ("Uppehåll": the group does not meet that day)
    body = ("Vi tränar onsdagar 17:30-19:30.\n\n- Uppehåll vuxengrupp onsdag 1/5\n"
            "- Terminsavslutning onsdag 12/6 kl 18\n")
    assert accepted(body, pub(2024, 4, 10), title="Terminen") == [(dt(2024, 6, 12, 18), None)]


@pytest.mark.parametrize("body", [
    "Efter sommarens uppehåll startar vi igen onsdag 14 augusti kl 18 i klubblokalen.",
    "Träningen har uppehåll över sommaren och startar igen onsdag 14 augusti kl 18.",
])
def test_a_restart_after_a_break_is_an_event(body: str) -> None:
    assert accepted(body, pub(2024, 6, 10), title="Träning") == [(dt(2024, 8, 14, 18), None)]


@pytest.mark.parametrize("item", ["Onsdag 1/5 ingen träning (helgdag)",
                                  "Vi har uppehåll onsdag 1/5", "Påskuppehåll onsdag 1/5",
                                  "Uppehåll onsdag 1/5, vi kör igen 8/5"])
def test_a_series_hours_go_to_no_day_it_calls_off(item: str) -> None:
    body = f"Vi tränar varje onsdag 17:30-19:30.\n\n- {item}\n"
    assert accepted(body, pub(2024, 4, 10), title="Träning") == []


def test_a_work_days_report_titled_by_its_day_is_no_event() -> None:
    body = ("Dagens arbete bestod i att fräsa jorden. Vi hämtade ett släp med gödsel till "
            "odlingen.\n\nDetaljerad odlingskarta kommer.")
    assert accepted(body, pub(2026, 5, 2), title="2/5 - Arbetsdag") == []


def test_a_bracketed_range_of_hours_after_a_day_is_its_hours() -> None:
    body = ("Preliminärt schema:\n\n* 26 april, uppstart (11-15)\n"
            "* 9 - 10 maj, dykträning (08-18)\n")
    assert accepted(body, pub(2026, 3, 9), title="Dykkurs") == [
        (dt(2026, 4, 26, 11), dt(2026, 4, 26, 15)),
        (dt(2026, 5, 9, 8), dt(2026, 5, 9, 18)), (dt(2026, 5, 10, 8), dt(2026, 5, 10, 18))]


def test_a_bracketed_result_after_a_day_is_no_hours() -> None:  # a guard
    assert accepted("Lördag 14 mars: hemmamatch mot Brynäs (2-3).\n", pub(2026, 3, 9),
                    title="Matcher") == [(date(2026, 3, 14), None)]


def test_the_day_a_called_off_meeting_now_is_on_is_its_new_day() -> None:
    body = "Träffen är inställd och är nu lördag 12 mars 2022 kl 11.\n"
    assert accepted(body, pub(2022, 3, 1), title="Träff") == [(dt(2022, 3, 12, 11), None)]
