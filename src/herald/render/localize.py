"""Dates, times and labels in the reader's language (Swedish and English; English otherwise)."""

from __future__ import annotations

from datetime import date, datetime

from herald.dates import zone
from herald.model import Event

_MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_WEEKDAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_TIME_PREFIX = {"sv": "kl. ", "en": ""}


def language(lang: str) -> str:
    """The language herald has words for that is closest to `lang` (sv-SE -> sv, fr -> en)."""
    primary = lang.lower().replace("_", "-").split("-")[0]
    return primary if primary in _MONTHS else "en"


def format_date(day: date, lang: str) -> str:
    """`onsdag 3 mars 2021` / `Wednesday 3 March 2021`."""
    words = language(lang)
    return (f"{_WEEKDAYS[words][day.weekday()]} {day.day} "
            f"{_MONTHS[words][day.month - 1]} {day.year}")


def format_time(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def format_when(event: Event, lang: str) -> str:
    """When the event happens, in its own timezone: date, times, and the end date if another.

    `onsdag 3 mars 2021 kl. 09:00–09:50`, `Monday 1 March 2021 – Tuesday 2 March 2021`.
    """
    words = language(lang)
    if not isinstance(event.start, datetime):
        first, last = event.start, event.end
        if first == last:
            return format_date(first, lang)
        return f"{format_date(first, lang)} – {format_date(last, lang)}"
    tz = zone(event.timezone)
    start = event.start.astimezone(tz)
    end = event.end.astimezone(tz) if isinstance(event.end, datetime) else start
    prefix = _TIME_PREFIX[words]
    if start.date() == end.date():
        return f"{format_date(start.date(), lang)} {prefix}{format_time(start)}–{format_time(end)}"
    return (f"{format_date(start.date(), lang)} {prefix}{format_time(start)} – "
            f"{format_date(end.date(), lang)} {prefix}{format_time(end)}")


# The words of the index page and the OPML file, by language (English when one is missing).
_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "page_title": "Feeds and calendars",
        "feeds": "Feeds",
        "feeds_intro": "Follow the site in a feed reader: copy an address or open a link.",
        "import_all": "Import all feeds (OPML)",
        "event_feeds": "Events as a feed",
        "calendar": "Calendar",
        "calendars": "Calendars",
        "calendars_intro": "Subscribe and your calendar stays up to date.",
        "subscribe": "Subscribe (webcal)",
        "google_subscribe": "Add to Google Calendar",
        "outlook_subscribe": "Add to Outlook.com",
        "download": "Download (.ics)",
        "events": "Events",
        "upcoming": "Upcoming",
        "past": "Past",
        "no_upcoming": "No upcoming events.",
        "no_past": "No past events.",
        "cancelled": "Cancelled",
        "google_add": "Add to Google Calendar",
        "address": "Address",
        "site": "Site",
        "languages": "Languages",
        "themes": "Themes",
        "tags": "Tags",
        "collections": "Collections",
        "when": "When",
        "where": "Where",
        "read_post": "Read the post",
        "add_ics": "Add to calendar (.ics)",
        "categories": "Categories",
        "contents": "Contents",
        "upcoming_rest": "The next {shown} of {total} upcoming events. All of them are in the "
                         "{calendar} and the {feed}.",
        "past_rest": "The {shown} most recent of {total} past events. All of them are in the "
                     "{calendar} and the {feed}.",
        "site_calendar": "site's calendar",
        "event_feed": "event feed",
    },
    "sv": {
        "page_title": "Flöden och kalendrar",
        "feeds": "Flöden",
        "feeds_intro": "Följ webbplatsen i en flödesläsare: kopiera en adress eller öppna en länk.",
        "import_all": "Importera alla flöden (OPML)",
        "event_feeds": "Evenemang som flöde",
        "calendar": "Kalender",
        "calendars": "Kalendrar",
        "calendars_intro": "Prenumerera så hålls din kalender uppdaterad.",
        "subscribe": "Prenumerera (webcal)",
        "google_subscribe": "Lägg till i Google Kalender",
        "outlook_subscribe": "Lägg till i Outlook.com",
        "download": "Ladda ner (.ics)",
        "events": "Evenemang",
        "upcoming": "Kommande",
        "past": "Tidigare",
        "no_upcoming": "Inga kommande evenemang.",
        "no_past": "Inga tidigare evenemang.",
        "cancelled": "Inställt",
        "google_add": "Lägg till i Google Kalender",
        "address": "Adress",
        "site": "Webbplatsen",
        "languages": "Språk",
        "themes": "Teman",
        "tags": "Taggar",
        "collections": "Samlingar",
        "when": "När",
        "where": "Var",
        "read_post": "Läs inlägget",
        "add_ics": "Lägg till i kalendern (.ics)",
        "categories": "Kategorier",
        "contents": "Innehåll",
        "upcoming_rest": "De {shown} närmaste av {total} kommande evenemang. Alla finns i "
                         "{calendar} och i {feed}.",
        "past_rest": "De {shown} senaste av {total} tidigare evenemang. Alla finns i "
                     "{calendar} och i {feed}.",
        "site_calendar": "webbplatsens kalender",
        "event_feed": "evenemangsflödet",
    },
}


def label(key: str, lang: str) -> str:
    """The word for `key` in `lang` (`label("past", "sv")` -> `Tidigare`), else in English."""
    return _LABELS.get(language(lang), _LABELS["en"]).get(key) or _LABELS["en"][key]
