"""German phrasings: expected accepted events, and negatives."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from herald.derive.infer import find_events

BERLIN = ZoneInfo("Europe/Berlin")


def pub(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, 0, tzinfo=BERLIN)


def accepted(body: str, published: datetime, title: str = "Neuigkeiten",
             lang: str = "de") -> list[tuple]:
    found = find_events(title, "", body, lang=lang, published=published)
    return [(f.start, f.end) for f in found if f.accepted]


def dt(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


@pytest.mark.parametrize(("body", "expected"), [
    ("Wir laden herzlich ein zur Mitgliederversammlung am Freitag, den 25. März 2022 um 19 Uhr "
     "im Vereinsheim.", [(dt(2022, 3, 25, 19), None)]),
    ("Am 12. Mai von 10 bis 16 Uhr ist Tag der offenen Tür.",
     [(dt(2022, 5, 12, 10), dt(2022, 5, 12, 16))]),
    ("Unser Stammtisch findet am Donnerstag um 19:30 Uhr statt.", [(dt(2022, 2, 3, 19, 30), None)]),
    ("Der Vortrag beginnt morgen Abend um 18.30 Uhr.", [(dt(2022, 2, 2, 18, 30), None)]),
    ("Die Konferenz wird vom 09.-12. März 2022 als Online-Veranstaltung stattfinden.",
     [(date(2022, 3, 9), date(2022, 3, 12))]),
    ("Das Treffen wird vom 14.-16.10.2022 in Frankfurt am Main stattfinden.",
     [(date(2022, 10, 14), date(2022, 10, 16))]),
    ("Die Konferenz wird im Zeitraum 17.08.-27.08.2022 in Jena stattfinden.",
     [(date(2022, 8, 17), date(2022, 8, 27))]),
    ("Die Party steigt am 13.9. von 22:00 bis 02:00 Uhr.",
     [(dt(2022, 9, 13, 22), dt(2022, 9, 14, 2))]),
    ("Am Samstag den 25. Juni lädt der Musikverein Sie zu einem besonderen Anlass ein.",
     [(date(2022, 6, 25), None)]),
    ("Am 14.05. um 19 Uhr ist Patricia Cammarata im Hackspace zu Gast.",
     [(dt(2022, 5, 14, 19), None)]),
])
def test_german_dates_times_and_spans(body: str, expected: list[tuple]) -> None:
    assert accepted(body, pub(2022, 2, 1)) == expected


@pytest.mark.parametrize("body", [
    "Der Zugang für Teilnehmende ist ab 07.03.2022 freigeschaltet.",
    "Nun haben die Beitragenden bis zum 9.12.2022 Zeit, ihre Einreichung zu bestätigen.",
    "Jeden Dienstag um 19 Uhr treffen wir uns im Vereinsheim.",
    "Die kleinste Banknote im Wert von 1 Yen ist bis heute im Umlauf.",
    "Wir treffen uns um 17.08. Danach gibt es Kuchen.",
])
def test_german_non_events(body: str) -> None:
    assert accepted(body, pub(2022, 2, 1)) == []


def test_a_reports_bare_weekdays_are_the_days_it_reported() -> None:
    body = ("Am Freitag, dem 26.08.2022 lud der Bundespräsident zum Bürgerfest ein.\n\n"
            "Am Samstag, dem 27.08.2022 folgten fast 10.000 Gäste der Einladung.\n\n"
            "![Bild](bild.jpg)\n*Bürgerfest am Freitag, Foto: Oliver*\n\n"
            "![Bild](bild2.jpg)\n*Bürgerfest am Samstag, Foto: Oliver*\n")
    assert accepted(body, pub(2022, 9, 5), title="Bürgerfest") == []


def test_dot_dates_with_a_range_are_one_span_in_danish_too() -> None:
    body = "Lejren holdes i perioden 17.08.-27.08.2022 ved søen."
    assert accepted(body, pub(2022, 2, 1), title="Sommerlejr", lang="da") == [
        (date(2022, 8, 17), date(2022, 8, 27))
    ]


def test_english_the_before_a_decimal_is_no_day() -> None:
    body = "Vcc can be connected to the 3.3v output on the Arduino for the workshop."
    assert accepted(body, pub(2015, 2, 23), title="RFID", lang="en") == []


@pytest.mark.parametrize(("body", "published", "expected"), [
    ("**Wann**: 23.-25.06\n\n**Wo**: Zeltplatz am See", pub(2023, 2, 13),
     (date(2023, 6, 23), date(2023, 6, 25))),
    ("Modulkurs 2 von Freitag 26.04. 19 Uhr bis Sonntag 28.04. 15 Uhr im Haus.",
     pub(2024, 2, 29), (dt(2024, 4, 26, 19), dt(2024, 4, 28, 15))),
    ("**Wann?** 26.09-28.09.2025, Anreise Freitag ab 19 Uhr, Ende Sonntag ca. 15 Uhr",
     pub(2025, 1, 27), (dt(2025, 9, 26, 19), dt(2025, 9, 28, 15))),
    ("Kantaten 4 bis 6 am Sonntag, 11. Dezember, 18 Uhr.", pub(2022, 10, 29),
     (dt(2022, 12, 11, 18), None)),
])
def test_german_weekends_and_hours(body: str, published: datetime, expected: tuple) -> None:
    assert accepted(body, published, title="Kurs") == [expected]


@pytest.mark.parametrize("body", [
    "Die Workshop-Länge beträgt 3-3.5 Tage.",
    "Das Konzert ist von 10.05-12.05 Uhr.",
])
def test_numbers_and_times_with_dots_are_no_dates(body: str) -> None:
    assert [f for f in accepted(body, pub(2026, 2, 12)) if not isinstance(f[0], datetime)] == []


def test_a_camps_opening_hour_without_an_end_leaves_the_camp_all_day() -> None:
    body = ("Verbringt ein tolles Zeltwochenende am See.\n\n**Freitag**  \nab 16 Uhr: Ankommen, "
            "Zelte aufbauen\n")
    assert accepted(body, pub(2023, 3, 3), title="Wölflingscamp 2023 05.05. - 07.05.") == [
        (date(2023, 5, 5), date(2023, 5, 7))]


def test_a_camps_programme_by_weekday_is_the_camp_from_first_start_to_last_item() -> None:
    body = ("Ein Wochenende im Zelt für alle Gruppen.\n\n## Programm\n\n**Freitag**  \n"
            "18 Uhr Ankommen  \n19:30 Lagerfeuer\n\n**Samstag**  \n8:00 Frühstück  \n"
            "10:00 Wanderung  \n20:00 Singen\n\n**Sonntag**  \n8:00 Frühstück  \n"
            "11:30 Abbau und Abreise\n")
    assert accepted(body, pub(2024, 4, 2), title="Sommerlager 14.06. - 16.06.") == [
        (dt(2024, 6, 14, 18), dt(2024, 6, 16, 11, 30))]


def test_a_courses_weekend_keeps_its_hours_among_many_dates() -> None:
    body = ("## Kurs A\n\n**Wann?** 11.04.-13.04.2025, Anreise Freitag ab 18 Uhr, Ende Sonntag "
            "ca. 14 Uhr\n\n## Kurs B\n\n**Wann?** 10.10.-12.10.2025, Anreise Freitag ab 18 Uhr, "
            "Ende Sonntag ca. 14 Uhr\n\nAnmeldung für Kurs A bis zum 01.03.2025, für Kurs B bis "
            "zum 01.09.2025.")
    assert accepted(body, pub(2025, 1, 10), title="Ausbildungskurse") == [
        (dt(2025, 4, 11, 18), dt(2025, 4, 13, 14)), (dt(2025, 10, 10, 18), dt(2025, 10, 12, 14))]


def test_a_weekday_the_festival_goes_into_is_its_day() -> None:
    body = ("Der Verein feiert vom 20. bis zum 23. Juli sein Fest.\n\nAm Samstag um 14 Uhr beginnt "
            "das Kinderfest.\n\nMit dem Wecken um 06:00 Uhr starten die Musiker in den Montag."
            "\n\nAm Dienstag ab 12 Uhr gibt es Essen.")
    assert accepted(body, pub(2024, 7, 7), title="Schützenfest") == [
        (dt(2024, 7, 20, 14), None), (dt(2024, 7, 22, 6), None), (dt(2024, 7, 23, 12), None)]


def test_a_weekday_said_this_week_on_its_own_day_is_that_day_in_german() -> None:
    body = "In dieser Woche geht es um Datenbanken.\nKommt am Mittwoch um 18 Uhr in den Keller."
    assert accepted(body, pub(2024, 7, 10), title="Stammtisch") == [(dt(2024, 7, 10, 18), None)]


def test_a_day_the_meeting_is_not_on_is_no_event() -> None:
    body = ("Die Jahreshauptversammlung findet am Mittwoch, 13. Mai 2026 um 19:00 Uhr im Clubhaus "
            "statt (nicht am Freitag, 15. Mai).")
    assert accepted(body, pub(2026, 4, 14), title="Korrektur") == [(dt(2026, 5, 13, 19), None)]


def test_the_sentence_right_after_a_day_gives_its_first_time() -> None:
    body = ("**Termin und Ort**\n\nSamstag, 12. September 2026 auf unserer Anlage. Bitte seid um "
            "10:30 Uhr vor Ort, damit wir pünktlich um 11:00 Uhr mit den Spielen starten können.")
    assert accepted(body, pub(2026, 8, 21), title="Turnier") == [(dt(2026, 9, 12, 10, 30), None)]


def test_dont_miss_is_no_day_the_event_is_not_on() -> None:  # a guard
    body = "Verpasst nicht am Samstag, 6. Juni um 14 Uhr unser Sommerfest!"
    assert accepted(body, pub(2026, 5, 1), title="Fest") == [(dt(2026, 6, 6, 14), None)]


@pytest.mark.parametrize(("body", "published", "expected"), [
    ("Machen Sie mit beim Stadtradeln vom 10.-30.09.2021.", pub(2021, 7, 15),
     [(date(2021, 9, 10), date(2021, 9, 30))]),
    ("Am Sonntag, 22.08.2021 spielen wir zu Hause. Anstoß ist wie gewohnt um 15:00 Uhr.",
     pub(2021, 8, 19), [(dt(2021, 8, 22, 15), None)]),
    ("Stand heute (10. März) liegt der Wert bei 71,3.", pub(2021, 3, 9), []),
    ("Wir spielen am kommenden Samstag (16.10.21, 14 Uhr, Halle 2) gegen Freiburg.",
     pub(2021, 10, 12), [(dt(2021, 10, 16, 14), None)]),
    ("Die neue Version 3.10.12 ist da, wir feiern am Samstag, 16.10.2021 ab 14 Uhr.",
     pub(2021, 10, 12), [(dt(2021, 10, 16, 14), None)]),
    ("Wir müssen den Kurs dieser Woche von Donnerstag, 21.03. auf Mittwoch, 20.03. "
     "vorverlegen: 9:00 Uhr Gymnastik.", pub(2024, 3, 18), [(dt(2024, 3, 20, 9), None)]),
])
def test_a_sports_clubs_german(body: str, published: datetime, expected: list) -> None:
    assert accepted(body, published, title="Verein") == expected


def test_a_day_something_lasts_until_is_no_event() -> None:
    body = "Mein Praktikum geht offiziell bis zu 15.1.2023, dienstags bin ich von 13 bis 18 Uhr da."
    assert accepted(body, pub(2022, 10, 28), title="Praktikant") == []


@pytest.mark.parametrize(("body", "title", "published", "expected"), [
    ("Verbringt ein Wochenende im Zelt.\n\n**Samstag**  \n7:30 Frühstück  \n9:15 Morgenrunde  \n"
     "12:00 Mittagessen\n\n**Sonntag**  \n8:00 Frühstück  \n13:00 Abreise\n",
     "Wölflingscamp 05.05. - 07.05.", pub(2023, 3, 3), [(date(2023, 5, 5), date(2023, 5, 7))]),
    ("Die Beiträge werden zum Beispiel am 15. Mai 2026 abgebucht.", "Info", pub(2026, 5, 1), []),
    ("Samstag, 12. September 2026 auf unserer Anlage. Bitte seid um 10:30 Uhr vor Ort, damit wir "
     "pünktlich um 11:00 Uhr starten und gegen 17:00 Uhr enden können.", "Turnier",
     pub(2026, 8, 21), [(dt(2026, 9, 12, 10, 30), None)]),
    ("Stand heute (10. März) liegt der Wert bei 71,3.", "Sommerfest", pub(2021, 3, 9), []),
    ("Verpassen Sie nicht am Samstag, 6. Juni um 14 Uhr unser Sommerfest!", "Fest",
     pub(2026, 5, 1), [(dt(2026, 6, 6, 14), None)]),
    ("Training am Samstag, 6. Juni, Treffpunkt bei Markus 17:30 Uhr.", "Training",
     pub(2026, 5, 1), [(dt(2026, 6, 6, 17, 30), None)]),
    ("Am Sonntag, 22.08.2021 spielen wir zu Hause.\n\nDie Gäste kommen aus Lustnau.\n\n"
     "Anstoß ist wie gewohnt um 15:00 Uhr.", "Heimspiel", pub(2021, 8, 19),
     [(dt(2021, 8, 22, 15), None)]),
])
def test_what_the_second_review_found_in_german(body: str, title: str, published: datetime,
                                                expected: list) -> None:
    assert accepted(body, published, title=title) == expected


def test_a_report_in_the_past_of_a_modal_verb_is_no_event() -> None:
    # ("durften wir ... überreichen": what the club was allowed to do, that day)
    body = "Beim Schulfest am 04. Juli 2019 durften wir unsere diesjährige Sachspende überreichen."
    assert accepted(body, pub(2019, 7, 4), title="Sachspende 2019") == []


def test_a_reports_weekdays_told_in_the_past_are_no_events() -> None:
    body = ("Das Wochenende startete mit einem offenen Abend am Freitag, an dem sich die "
            "Teilnehmer kennenlernten. Samstag begann der Workshop mit eigenen Profilen.")
    assert accepted(body, pub(2018, 6, 4), title="Bewerbungsworkshop") == []


@pytest.mark.parametrize(("body", "published"), [
    ("Nach dem Start um 16 Uhr am Samstag traten die Teilnehmer mit ihren Projektideen an.",
     pub(2016, 12, 8)),
    ("In der Klasse 4 Jugend gab an diesen Sonntag den einzigen Podestplatz für den MSC.",
     pub(2012, 9, 24)),
])
def test_a_competitions_report_in_the_preterite_tells_of_its_days_gone(
        body: str, published: datetime) -> None:
    assert accepted(body, published, title="Hackathon und Trial") == []


def test_the_second_of_two_dotted_days_joined_by_und_is_a_day() -> None:
    body = "Bürgerschießen am 03.10. und 10.10. mit tollen Preisen!"
    assert accepted(body, pub(2024, 9, 17), title="Bürgerschießen 2024") == [
        (date(2024, 10, 3), None), (date(2024, 10, 10), None)]


def test_todays_meeting_takes_the_time_under_its_when_label() -> None:
    body = ("Heute ist wieder Treffen.\nWir besprechen Finanzen.\n\nKommt vorbei, lernt uns "
            "kennen.\n\n**Wann?**  \n19 Uhr\n\n**Wo?**  \nHackerspace Bremen e.V.\n")
    assert accepted(body, pub(2015, 12, 17, 15), title="Neue Firmware") == [
        (dt(2015, 12, 17, 19), None)]


def test_a_number_of_people_is_no_time() -> None:
    # "ca. 8 Leuten": about eight people, not 08:00
    body = ("Das Camp ist vom 23. bis 27. August 2023 bei Berlin. Wir fahren mit ca. 8 Leuten "
            "hin und stellen unsere Projekte vor.")
    assert accepted(body, pub(2023, 8, 1), title="Chaos Communication Camp") == [
        (date(2023, 8, 23), date(2023, 8, 27))]


def test_two_concerts_joined_by_und_past_a_hyphenated_place_are_two_events() -> None:
    body = ("Wir singen in zwei Konzerten am **26. September um 18 Uhr** in der Liebfrauenkirche "
            "**Bochum**-Altenbochum und am **27. September um 17 Uhr** in der Johanniskirche.")
    assert accepted(body, pub(2026, 4, 27), title="Paulus") == [
        (dt(2026, 9, 26, 18), None), (dt(2026, 9, 27, 17), None)]


def test_the_weekdays_a_report_tells_of_are_the_week_it_names() -> None:
    # "an diesem Mittwoch" and "Am Donnerstag" in a report of Wednesday 29 May, not the next
    body = ("Am Mittwoch den 29.05.19 blieben ein paar Wölflinge nach der Gruppenstunde länger. "
            "Also konnten die Kinder an diesem Mittwoch länger spielen als sonst. Dafür gab es "
            "einen Grund: Am Donnerstag sollte ein Gemeindegottesdienst mit Fest stattfinden.")
    assert accepted(body, pub(2019, 6, 3), title="Gottesdienst an Himmelfahrt") == []


def test_christmas_eve_at_ten_is_no_evening_hour() -> None:
    # ("Heiligabend" holds "abend": the day, not its evening)
    body = "Am 24. Dezember, Heiligabend um 10 Uhr, feiern wir den Familiengottesdienst."
    assert accepted(body, pub(2024, 12, 1), title="Gottesdienst") == [(dt(2024, 12, 24, 10), None)]


def test_a_programme_past_midnight_is_one_night() -> None:
    body = ("Die Party steigt am 13.9. im Hackspace und das Programm sieht so aus:\n\n"
            "- 18:00 - 21:00: Eintrudeln und Besichtigung\n"
            "- 21:00 - 22:00: Live-Konzert\n"
            "- 22:00 - 00:00: DJ eins legt auf\n"
            "- 00:00 - 02:00: DJ zwei legt auf\n"
            "- 02:00 - ??:??: Ausklang\n\nWir freuen uns auf euch!")
    assert accepted(body, pub(2019, 9, 5), title="Party") == [
        (dt(2019, 9, 13, 18), dt(2019, 9, 14, 2))]


def test_the_start_of_a_later_sentences_doors_and_start_times_times_each_day() -> None:
    body = ("Am Freitag den 31. Januar und Samstag den 01. Februar veranstalten wir unser\n"
            "alljährliches Jahreskonzert in der Kandertalhalle in Wollbach. Das\n"
            "Konzert steht dieses Jahr unter dem Motto Beethoven - zum 250 jährigen\n"
            "Geburtstag. Einlass ist ab 18:30 Uhr, Konzertbeginn um 20:00 Uhr.")
    assert accepted(body, pub(2020, 1, 10), title="Jahreskonzert 2020") == [
        (dt(2020, 1, 31, 20), None), (dt(2020, 2, 1, 20), None)]


def test_a_weekday_with_hours_from_and_to_is_no_day_of_the_month() -> None:
    body = ("Am 18. und 19. Februar könnt ihr euren eigenen 3D-Drucker bauen. Wir beginnen am "
            "Freitagabend um 18 Uhr und tüfteln den Samstag 10 bis 18 Uhr weiter.")
    found = accepted(body, pub(2022, 1, 31), title="3D-Drucker bauen")
    assert found and all(start.month == 2 for start, _ in found)
    assert found[0] == (dt(2022, 2, 18, 18), None)


def test_the_article_ein_after_a_shop_is_no_invitation() -> None:
    body = "Unser Fahrradladen ist ein Familienbetrieb. Am 14. September 2024 ist Inventur."
    assert accepted(body, pub(2024, 9, 1)) == []


def test_a_report_that_someone_had_invited_to_a_meeting_tells_of_it_gone() -> None:
    body = ("Pfr. Kremer hat die Vereine und die Mitarbeiter der Stadt zu einem "
            "Informationstreffen ins Pfarrheim am 17.1.2016 eingeladen.\n\nAn dem Gespräch nahmen "
            "Vertreter unseres Vereins teil. Es war eine anregende Diskussion, die auch in Zukunft "
            "fortgesetzt werden wird.")
    assert accepted(body, pub(2016, 1, 17), title="Infoveranstaltung am 17.1.2016") == []


def test_all_invited_is_still_an_announcement() -> None:  # a guard
    body = "Alle Interessierten sind zu unserem Sommerfest am 20. Juni herzlich eingeladen."
    assert accepted(body, pub(2016, 6, 1)) == [(date(2016, 6, 20), None)]


@pytest.mark.parametrize("body", [
    "Alle Mitglieder sind am 6. Juli zum Sommerfest eingeladen.",
    "Eingeladen sind alle Mitglieder zum Sommerfest am Samstag, 6. Juli 2024.",
])
def test_an_invitation_on_its_own_day_is_an_announcement(body: str) -> None:
    assert accepted(body, datetime(2024, 7, 6, tzinfo=BERLIN)) == [(date(2024, 7, 6), None)]


def test_a_title_opening_with_the_posts_own_day_and_its_event_is_that_days_event() -> None:
    # (a calendar entry dated by its event; a title is one line of text, not a numbered list)
    title = "30. April 2022 - Maibaumfest in Igersheim"
    body = "Das traditionelle Maibaum-Aufstellen umrahmt die Kapelle musikalisch."
    assert accepted(body, datetime(2022, 4, 30, tzinfo=BERLIN), title=title) == [
        (date(2022, 4, 30), None)]
    body = "Das Maibaum-Aufstellen war ein voller Erfolg. Wir hatten viele Gäste."  # a report
    assert accepted(body, datetime(2022, 4, 30, tzinfo=BERLIN), title=title) == []


@pytest.mark.parametrize("body", [
    "Ab heute bis 24. Dezember kannst du dich auf der Aktionsseite als Spender registrieren.",
    "Die Aktion läuft ab sofort bis 24. Dezember: macht mit!",
])
def test_a_window_from_now_until_a_day_is_no_event(body: str) -> None:
    assert accepted(body, pub(2020, 12, 1), title="Werde Stammzellen-Spender!") == []


def test_a_span_to_a_day_is_still_an_event() -> None:
    body = "Die Aktion läuft vom 3. bis 24. Dezember: macht mit!"
    assert accepted(body, pub(2020, 12, 1), title="Aktion") == [
        (date(2020, 12, 3), date(2020, 12, 24))]


def test_the_time_the_paragraph_right_below_opens_with_is_its_dates() -> None:
    body = ("## Ortsführung\n\nAm Sonntag, 13. September 2026, bietet unser Vorsitzender eine "
            "historische Ortsführung an.\n\nTreffpunkt ist um 13:00 Uhr am Dorfplatz.\n\n"
            "## Vortrag\n\nAm Freitag, 9. Oktober 2026, lädt der Verein zu einem Vortrag von "
            "Prof. Wolfgang Reinbold ein.\n\nBeginn ist um 20:00 Uhr im Museum.\n")
    assert accepted(body, pub(2026, 4, 20), title="Jahresprogramm 2026") == [
        (datetime(2026, 9, 13, 13), None), (datetime(2026, 10, 9, 20), None)]


def test_a_time_two_paragraphs_below_is_not_a_dates_among_others() -> None:
    body = ("Am Sonntag, 13. September 2026, gibt es eine Ortsführung.\n\nBitte Schuhe "
            "mitbringen.\n\nTreffpunkt ist um 13:00 Uhr am Dorfplatz.\n\nAm Freitag, 9. Oktober "
            "2026, gibt es einen Vortrag.\n")
    assert accepted(body, pub(2026, 4, 20), title="Jahresprogramm 2026") == [
        (date(2026, 9, 13), None), (date(2026, 10, 9), None)]


def test_the_first_time_of_its_section_that_opens_with_its_label_is_its_dates() -> None:
    body = ("### Vortrag\n\nAm Freitag, 9. Oktober 2026, lädt der Verein zu einem Vortrag ein.\n\n"
            "Er spricht über die Passionsspiele im 20. Jahrhundert.\n\n"
            "Beginn ist um 20:00 Uhr im Museum.\n\n### Ausflug\n\nAm Samstag, 10. Oktober 2026, "
            "gibt es einen Ausflug.\n")
    assert accepted(body, pub(2026, 4, 20), title="Jahresprogramm 2026") == [
        (datetime(2026, 10, 9, 20), None), (date(2026, 10, 10), None)]


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Die Generalversammlung findet am Freitag, 13. November 2026 um 20:00 Uhr statt (Ort wird "
     "noch bekannt gegeben).", "de", [(datetime(2026, 11, 13, 20), None)]),
    ("Die Generalversammlung ist im November, der Termin wird noch bekannt gegeben: vermutlich "
     "Freitag, 13. November 2026.", "de", []),
    ("Årsmøtet blir fredag 13. november 2026 kl. 20:00. Mer info kommer senere.", "no",
     [(datetime(2026, 11, 13, 20), None)]),
    ("Generalversammlung\n\nTermin: wird noch bekannt gegeben (voraussichtlich Freitag, 13. "
     "November 2026).", "de", []),
    ("Die Generalversammlung ist am Freitag, 13. November 2026 (wird noch bekannt gegeben).",
     "de", []),
], ids=["place to be announced", "date to be announced", "more info later", "after a label",
        "in brackets"])
def test_what_is_to_be_announced_is_the_place_or_the_date(body: str, lang: str,
                                                          expected: list) -> None:
    assert accepted(body, pub(2026, 4, 20), title="Jahresprogramm 2026", lang=lang) == expected


def test_usw_may_end_a_sentence() -> None:
    body = "Wir hatten Kuchen, Kaffee usw. Am Samstag um 15 Uhr treffen wir uns wieder!"
    assert accepted(body, pub(2024, 6, 3), title="Treffen") == [(datetime(2024, 6, 8, 15), None)]


def test_a_duration_after_the_sentence_giving_the_time_ends_the_event() -> None:
    body = ("## Ortsführung\n\nAm Sonntag, 13. September 2026, bietet unser Vorsitzender eine "
            "Ortsführung an.\n\nTreffpunkt ist um 13:00 Uhr am Dorfplatz. Die Führung dauert ca. "
            "3 Stunden. Bitte denken Sie an festes Schuhwerk.\n")
    assert accepted(body, pub(2026, 4, 20), title="Jahresprogramm 2026") == [
        (datetime(2026, 9, 13, 13), datetime(2026, 9, 13, 16))]


def test_visiting_hours_over_a_span_of_weekdays_are_a_weeks() -> None:
    body = "Die Ausstellung im Rathaus. Besuchszeiten: Dienstag–Freitag 10–17 Uhr."
    assert accepted(body, pub(2024, 9, 10), title="Ausstellung") == []


def test_days_joined_by_a_plus_are_a_span_and_its_weekdays_those_days() -> None:
    body = ("Datum: **06.+07.02.2016**  \nBeginn: **Samstag um 16 Uhr**  \n"
            "Abschluss mit Preisvergabe: **Sonntag um 20 Uhr**\n\n"
            "Am 6. und 7. Februar fand im Space der erste Hackathon statt.")
    assert accepted(body, pub(2016, 2, 8), title="co-op1") == []  # its report
    body = ("Der Hackathon fand am Wochenende des 05. + 06. November 2016 statt.\n\n"
            "Nach dem Start um 16 Uhr am Samstag traten die Teilnehmer an.")
    assert accepted(body, pub(2016, 12, 8), title="co-op3") == []
    body = ("Datum: **13.+14.02.2016**  \nBeginn: **Samstag um 16 Uhr**  \n"
            "Abschluss mit Preisvergabe: **Sonntag um 20 Uhr**")
    assert accepted(body, pub(2016, 2, 1), title="co-op2") == [(dt(2016, 2, 13, 16), None),
                                                               (dt(2016, 2, 14, 20), None)]


def test_a_weeks_hours_a_paragraph_below_give_a_day_no_time() -> None:
    body = ("Am Samstag, 1. Mai 2021 feiern wir das Maifest im Hof.\n\n"
            "Der Laden ist montags und freitags von 16 bis 18 Uhr und mittwochs von 10 bis 12 Uhr "
            "geöffnet.")
    assert accepted(body, pub(2021, 4, 20), title="Maifest") == [(date(2021, 5, 1), None)]


def test_a_programme_in_the_paragraph_after_the_dates_is_its_days() -> None:
    body = ("Diesen September bieten wir zwei Workshoptage an.\n\n"
            "Der **12\\. September 2015** steht im Zeichen des Schutzes bewegter Daten. "
            "Wir zeigen, wie man E-Mails verschlüsselt.\n\n"
            "_15:00 - 15:20:_ Keynote  \n_15:30 - 16:30:_ E-Mails verschlüsseln mit GnuPG\n\n"
            "Der **26\\. September 2015** dreht sich um ruhende Daten.\n\n"
            "_15:00 - 16:20:_ Datenträger verschlüsseln  \n_17:00 - 18:00:_ Besser Chatten")
    found = accepted(body, pub(2015, 8, 18), title="Digitale Selbstverteidigung")
    assert {start.date() for start, _ in found} == {date(2015, 9, 12), date(2015, 9, 26)}
    assert (dt(2015, 9, 12, 15), dt(2015, 9, 12, 15, 20)) in found
    assert (dt(2015, 9, 26, 17), dt(2015, 9, 26, 18)) in found


def test_days_with_their_dots_opening_a_lists_lines_are_dates() -> None:
    body = ("## Termine\nIm August und September stehen einige Veranstaltungen an:\n"
            "*\t24.08., 18 Uhr **Vorbereitungstreffen für den Klimatag**\n"
            "*\t25.08., 19:25 Uhr **Fledermausnacht**, Exkursion des NABU\n"
            "*\t15.09. **Parking Day**: Aktionstag in der Innenstadt.\n")
    assert accepted(body, pub(2023, 8, 14), title="Achtes Arbeitstreffen") == [
        (dt(2023, 8, 24, 18), None), (dt(2023, 8, 25, 19, 25), None), (date(2023, 9, 15), None)]
    # (a guard: a time at a line's start, and a time's dot in a sentence, are no days)
    assert accepted("Abfahrt: 7.05. Wir fahren mit dem Bus.", pub(2023, 8, 14),
                    title="Ausflug") == []


def test_two_days_with_their_dots_joined_by_a_slash_are_a_span() -> None:
    body = 'Am 25./26.3.2023 findet der Frühlingsmarkt der Stadt "Lautern blüht auf" statt.'
    assert accepted(body, pub(2023, 2, 13), title="Arbeitstreffen") == [
        (date(2023, 3, 25), date(2023, 3, 26))]


def test_an_agendas_numbers_are_no_days() -> None:  # a guard
    body = ("Einladung zum Gemeindefest am Sonntag, 16. Juni 2024, 11 Uhr. Programm:\n\n"
            "* 1.1. Gottesdienst\n* 1.2. Mittagessen\n* 2.1. Kinderprogramm")
    assert accepted(body, pub(2024, 6, 1), title="Gemeindefest") == [(dt(2024, 6, 16, 11), None)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Morgen um 19:00 treffen wir uns im Kunsttempel.", [(dt(2010, 5, 29, 19), None)]),
    ("Die ersten kommen morgen ab 17:30 zum Aufbau.", [(dt(2010, 5, 29, 17, 30), None)]),
    ("Am Morgen um 9 Uhr gibt es Frühstück.", []),
    ("Jeden Morgen um 7 Uhr trainieren wir.", []),
    ("Guten Morgen! Die Werkstatt bleibt geschlossen.", []),
    ("Am nächsten Morgen hieß es bereits um 7.00 Uhr aufstehen.", []),
], ids=["opening a sentence", "written small", "am Morgen", "jeden Morgen", "Guten Morgen",
        "am nächsten Morgen"])
def test_morgen_is_tomorrow_by_its_case(body: str, expected: list) -> None:
    assert accepted(body, pub(2010, 5, 28, 12), title="Neuigkeiten") == expected


def test_a_weekend_from_one_day_to_the_next_is_their_span() -> None:
    body = ("Der Verein lädt am Wochenende vom 8. auf den 9. Juni 2024 zur Wanderung im "
            "Schwarzwald ein.")
    assert accepted(body, pub(2024, 5, 2)) == [(date(2024, 6, 8), date(2024, 6, 9))]


def test_a_nights_early_hours_are_its_second_days() -> None:
    body = "In der Nacht vom 8. auf den 9. Juni beginnt ab 3:00 Uhr die Mondfinsternis."
    assert accepted(body, pub(2024, 5, 2)) == [(dt(2024, 6, 9, 3), None)]


def test_a_day_moved_to_the_next_is_no_span() -> None:
    assert accepted("Die Chorprobe wird vom 8. auf den 9. Juni verschoben.", pub(2024, 5, 2)) != [
        (date(2024, 6, 8), date(2024, 6, 9))]


def test_a_day_that_opens_a_line_as_an_ordered_lists_number_would_is_that_day() -> None:
    # (CommonMark reads "14. März" at a line's start as a list from 14: the page shows it)
    body = ("Unsere Treffen im Frühjahr:\n\n14. März 2024 18 Uhr Stammtisch\n\n"
            "21. März 2024 18 Uhr Werkstattabend\n")
    assert accepted(body, pub(2024, 3, 1)) == [(dt(2024, 3, 14, 18), None),
                                               (dt(2024, 3, 21, 18), None)]


def test_a_congress_is_an_event() -> None:
    body = ('Der Kongress findet unter dem Leitthema "Stadt und Land im Wandel der Zeiten" vom '
            "22. bis 26. September 2025 in Kassel statt.")
    assert accepted(body, pub(2025, 3, 1)) == [(date(2025, 9, 22), date(2025, 9, 26))]


def test_a_table_cells_day_with_its_dot_is_that_day() -> None:
    body = ("Das Programm für die vierzehn Tage:\n\n"
            "| Was? | Wann? | Wo? |\n|---|---|---|\n"
            "| Cornern | 17:00 **07.06.** | Neuenheimer Feld | Kommt vorbei! |\n"
            "| Jonglier-Workshop | 17:30 **28.05.** | Neuenheimer Feld | Komm vorbei |\n")
    assert accepted(body, pub(2018, 5, 27), title="Zimmermodell") == [
        (dt(2018, 5, 28, 17, 30), None), (dt(2018, 6, 7, 17), None)]
    # (a guard: a version's number in its cell is no day)
    assert accepted("| Paket | Version |\n|---|---|\n| herald | 10.12. |\n", pub(2018, 5, 27),
                    title="Versionen") == []


def test_a_list_item_calling_its_time_the_events_start_is_the_events_time() -> None:
    body = ("Am **10. August 2024** laden wir zum großen Sommerfest ein.\n\n"
            "- **Bingo:** Ab 14 Uhr könnt ihr euer Glück beim Bingo versuchen.\n"
            "- **Dorffest:** Ab 15 Uhr startet das Fest offiziell auf dem Dorfanger.\n")
    assert accepted(body, pub(2024, 7, 18), title="Sommerfest 2024") == [
        (dt(2024, 8, 10, 15), None)]


def test_a_trip_told_in_the_perfect_is_a_report() -> None:
    body = "Am 6. Dezember sind wir mit dem Bus zum Konzert nach München gefahren."
    assert accepted(body, pub(2024, 1, 1), title="Zeitungsprojekt") == []
    # (a guard: "Gefahren", the dangers, tell of nothing gone)
    assert accepted("Vortrag über die Gefahren im Netz am 8. Dezember um 19 Uhr.",
                    pub(2024, 11, 1), title="Vortrag") == [(dt(2024, 12, 8, 19), None)]


def test_prose_wrapped_before_a_noun_is_one_sentence() -> None:
    # (the first line stops short of the margin: the next word did not fit)
    body = ("Am 1. Dezember dieses Jahres haben sich die drei Klassen im\n"
            "Klassenzimmer der 7M zu einer Märchenstunde getroffen. Die Klasse 7M hat\n"
            "sich lange auf diesen Auftritt vorbereitet. Jeder Schüler bereitete\n"
            "seinen eigenen Textabschnitt vor. Dann war der Tag endlich gekommen.\n")
    assert accepted(body, pub(2024, 1, 1), title="Zeitungsprojekt") == []


def test_an_alarm_told_on_its_day_is_no_event_though_later_than_its_post() -> None:
    body = ("Am 23.03.2026 wurde die Feuerwehr um 15:15 Uhr zu einer ausgelösten "
            "Brandmeldeanlage in einem Industriebetrieb alarmiert.\n\nNach dem Eintreffen "
            "wurde der Bereich erkundet. Ein Brand konnte nicht festgestellt werden. Die Anlage "
            "wurde zurückgestellt. Weitere Maßnahmen waren nicht erforderlich.")
    assert accepted(body, pub(2026, 3, 23, 14), title="Einsatz 04/26") == []


def test_a_registrations_opening_is_no_event() -> None:
    body = "Die Anmeldung öffnet am Sonntag um 17 Uhr. Das Turnier ist am Samstag, 25. Juli."
    assert accepted(body, pub(2020, 7, 12), title="Turnier") == [(date(2020, 7, 25), None)]


def test_a_day_someone_invited_to_is_gone() -> None:
    lead = ("Am 19.4.2013 lud der Lionsclub Ilberg-Mulhouse alle Lionsfreunde zu einem "
            "gemeinsamen Abend in das Automobilmuseum ein. 110 Lionsfreunde folgten der Einladung.")
    found = find_events("Regio-Lions-Abend", lead, "Zudem konnten Gäste begrüßt werden.",
                        lang="de", published=pub(2013, 4, 19, 0))
    assert [f.start for f in found if f.accepted] == []
    # (a guard: who invites, in the present, to a day to come)
    assert accepted("Am 19.4.2013 lädt der Lionsclub alle Lionsfreunde zu einem gemeinsamen "
                    "Abend ein.", pub(2013, 4, 1), title="Regio-Lions-Abend") == [
        (date(2013, 4, 19), None)]


def test_a_year_before_am_is_no_time_of_day() -> None:
    body = ("Wir laden ein zur Jahreshauptversammlung 2015 am Samstag, 28.03.15 um 16:00 Uhr im "
            "„Hotel Güntersteiner Hof“ in 35315 Homberg, Ohm.\n")
    assert accepted(body, pub(2015, 2, 22), title="Einladung") == [(dt(2015, 3, 28, 16), None)]


def test_a_date_typed_with_spaces_after_its_dots_is_one_date() -> None:
    body = "Das Sommerfest beginnt am 25. 06. 2016 um 14 Uhr in Erbenhausen.\n"
    assert accepted(body, pub(2016, 4, 21), title="Sommerfest") == [(dt(2016, 6, 25, 14), None)]


def test_a_line_labelled_the_days_programme_gives_its_first_time() -> None:
    body = ("In Kürze wird sich die TraKa wieder zum Stammtisch treffen!\n<ul>\n"
            " <li><strong>Ort</strong>: Gasthaus Brauerei Gutshof, Herborn</li>\n"
            " <li><strong>Datum</strong>:  Samstag,  20.09.2014</li>\n"
            " <li><strong>Ablauf</strong>: ab 17.00 Uhr: Eintreffen und Begrüßung\n"
            "ab 18.00 Uhr: Essen à la Carte und gemütliches Beisammensein</li>\n</ul>\n")
    assert [start for start, _ in accepted(body, pub(2014, 8, 31), title="Stammtisch")] == [
        dt(2014, 9, 20, 17)]


def test_the_day_a_postponed_event_now_takes_place_on_is_its_new_day() -> None:
    body = ("Der Frühschoppen musste wegen Regen um eine Woche verschoben werden und findet nun "
            "bei jeder Witterung am Sonntag, den 7. August 2016, um 11.00 Uhr statt.\n")
    assert accepted(body, pub(2016, 7, 31), title="Frühschoppen") == [(dt(2016, 8, 7, 11), None)]


def test_a_next_edition_with_its_year_may_be_more_than_a_year_ahead() -> None:
    body = "Die nächste DSS findet statt am 22.08.2021 im Strandbad.\n"
    assert accepted(body, pub(2020, 5, 2), title="Triathlon") == [(date(2021, 8, 22), None)]


def test_a_date_two_years_ahead_without_its_weekday_and_hour_is_no_event() -> None:  # a guard
    body = "Der Mietvertrag des Vereinsheims läuft bis zum 31.12.2022 und wird dann verlängert.\n"
    assert accepted(body, pub(2020, 5, 2), title="Vereinsheim") == []


def test_a_slashed_number_before_an_hour_and_german_am_is_no_date() -> None:  # a guard
    # ("am" is a word in German, not the morning: "19 am Bahnhof" is no time, 3/10 no day)
    body = "Die Gruppe 3/10 19 am Bahnhof trifft sich.\n"
    assert not [f for f in find_events("Treffen", "", body, lang="de", published=pub(2017, 6, 5))
                if f.start == date(2017, 10, 3)]
