"""Dutch phrasings: expected accepted events, and negatives."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from herald.derive.infer import find_events

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def pub(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, 0, tzinfo=AMSTERDAM)


def accepted(body: str, published: datetime, title: str = "Nieuws") -> list[tuple]:
    found = find_events(title, "", body, lang="nl", published=published)
    return [(f.start, f.end) for f in found if f.accepted]


def dt(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


@pytest.mark.parametrize(("body", "title", "published", "expected"), [
    pytest.param("Daarom organiseren we op zaterdagmiddag 18 juli een tweede wedstrijd. Tussen "
                 "13:00 en 18:00 uur kun je meedoen.", "Het seizoen", pub(2020, 7, 11),
                 [(dt(2020, 7, 18, 13), dt(2020, 7, 18, 18))], id="tussen-en-uur"),
    pytest.param("**23 augustus van 16:30 uur tot 23:00 uur** Zomer BBQ bij het clubhuis.",
                 "Zomer BBQ", pub(2025, 5, 27), [(dt(2025, 8, 23, 16, 30), dt(2025, 8, 23, 23))],
                 id="van-tot-uur"),
    pytest.param("In 2019 organiseren we weer zes wedstrijden op de atletiekbaan:\n\n* 3 mei\n"
                 "* 24 mei\n", "Seizoen 2019", pub(2019, 2, 1),
                 [(date(2019, 5, 3), None), (date(2019, 5, 24), None)], id="a-list-of-days"),
    pytest.param("De ledenvergadering is op dinsdag 12 maart om 20.00 uur in het clubhuis.",
                 "Ledenvergadering", pub(2024, 2, 20), [(dt(2024, 3, 12, 20), None)],
                 id="op-weekday-om-uur"),
    pytest.param("Vorige week zaterdag 3 juli was het feest in het clubhuis.", "Terugblik",
                 pub(2021, 7, 8), [], id="a-day-gone-by"),
    pytest.param("De training gaat niet door op woensdag 14 juni vanwege de feestdag.",
                 "Training", pub(2023, 6, 1), [], id="gaat-niet-door"),
    pytest.param("We hadden ons eigenlijk al neergelegd bij een seizoen zonder wedstrijden tot 1 "
                 "september.", "Terug op de baan", pub(2020, 6, 26), [],
                 id="tot-a-day-is-no-event"),
    pytest.param("Geen training op dinsdag 15 oktober.", "Training", pub(2024, 9, 20), [],
                 id="geen-training"),
    pytest.param("We trainen elke dinsdag om 20.00 uur, behalve op 15 oktober.", "Training",
                 pub(2024, 9, 20), [], id="behalve"),
    pytest.param("Meld je aan voor zaterdag 12 oktober, dan spelen we het toernooi.", "Toernooi",
                 pub(2024, 9, 20), [(date(2024, 10, 12), None)], id="voor-is-for"),
    pytest.param("Zaterdag 12-10-2024 om 14.00 uur: ALV in het clubhuis.", "ALV",
                 pub(2024, 9, 20), [(dt(2024, 10, 12, 14), None)], id="a-dashed-date"),
    pytest.param("Zaterdagavond 12 oktober om 20.00 uur is er een feest.", "Feest",
                 pub(2024, 9, 20), [(dt(2024, 10, 12, 20), None)], id="zaterdagavond"),
    pytest.param("Vrijdagavond 12 oktober om 20.00 uur is er een feest.", "Feest",
                 pub(2024, 9, 20), [], id="a-weekday-and-part-that-contradicts-its-date"),
    pytest.param("De expositie loopt van 5 oktober tot 3 november.", "Expositie",
                 pub(2024, 9, 20), [(date(2024, 10, 5), date(2024, 11, 3))], id="expositie"),
    pytest.param("Meld u aan voor de cursus. Om en nabij 1 juli ontvangt u van ons bericht "
                 "of u mee kunt.", "Studiereis",
                 pub(2018, 6, 21), [], id="a-step-of-a-process"),
    pytest.param("De nascholing Netwerken vindt plaats op vrijdag 27 september in Utrecht.",
                 "Overzicht", pub(2019, 6, 30), [(date(2019, 9, 27), None)],
                 id="an-event-word-of-teachers"),
    pytest.param("In de week van 21 oktober tm 25 oktober vieren we de Dutch Design Week met "
                 "een expositie.", "Dutch Design Week", pub(2019, 10, 1),
                 [(date(2019, 10, 21), date(2019, 10, 25))], id="tm-is-up-to-and-including"),
    pytest.param("Per 1 augustus 2019 is het nieuwe examenprogramma informatica van kracht.",
                 "Nieuws", pub(2019, 6, 29), [], id="per-a-day-is-in-force-from-it"),
    pytest.param("Op **24** en **26 april** (herhaling) **2009** was hij te gast bij het "
                 "televisieprogramma Het Vermoeden.", "Televisie", pub(2013, 4, 1), [],
                 id="a-year-after-an-aside-is-the-days"),
    pytest.param("Kom op 26 april (zaterdag) 2014 om 20.00 uur naar het concert.", "Concert",
                 pub(2014, 4, 1), [(dt(2014, 4, 26, 20), None)], id="an-aside-before-the-year"),
    pytest.param("Open dag beweegactiviteiten!\nWoensdag 29 juni van 09.00 tot 12.00 uur.\n\n"
                 "Kom lang en laat u verrassen!\nGraag tot dan!", "Open dag",
                 datetime(2022, 6, 29, tzinfo=ZoneInfo("Europe/Amsterdam")),
                 [(dt(2022, 6, 29, 9), dt(2022, 6, 29, 12))], id="see-you-then-on-its-own-day"),
    pytest.param("Zaterdag speelden we de finale tegen Ajax. Tot dan toe hadden we geen wedstrijd "
                 "verloren, en ook nu wonnen we.", "Finale", pub(2024, 5, 6), [],
                 id="until-then-is-no-goodbye"),
])
def test_dutch(body: str, title: str, published: datetime, expected: list) -> None:
    assert accepted(body, published, title=title) == expected


def test_flemish_hours_with_u_are_times() -> None:
    body = "3 december 2023 - 13u - Brussel Noordstation\n\nKom mee naar de klimaatmars!"
    assert accepted(body, pub(2023, 11, 23), title="Klimaatmars") == [
        (datetime(2023, 12, 3, 13), None)]
    body = "Op zaterdag 9 december 2023 vanaf 20u30 in de zaal: kerstconcert."
    assert accepted(body, pub(2023, 11, 23), title="Kerstconcert") == [
        (datetime(2023, 12, 9, 20, 30), None)]


def test_a_registrations_opening_is_no_event() -> None:
    body = ("De inschrijving opent zondagmiddag om 17:00 uur. De tweede Track Meeting is op "
            "vrijdag 24 juli.")
    assert accepted(body, pub(2020, 7, 12), title="Inschrijving tweede Track Meeting") == [
        (date(2020, 7, 24), None)]


def test_the_day_a_called_off_training_now_takes_place_on_is_its_new_day() -> None:
    body = "De training is afgelast en vindt nu plaats op zaterdag 12 maart 2022 om 10 uur.\n"
    assert accepted(body, pub(2022, 3, 1), title="Training") == [(dt(2022, 3, 12, 10), None)]
