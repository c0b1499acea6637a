"""Events a document states in its site's own front matter keys (`startdate`, `starts`,
`date_start`, `time`, `location`...), and in the dates of an event collection's documents.

Keys are matched case- and separator-insensitively (`Start_Date`, `start-date` and `startdate`
are one key) against the families below, unless `herald: event_fields` in `_config.yml` names
the key for a part. README's "Events from the site's own keys" lists the families.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser
from dateutil.rrule import rrulestr

from herald.dates import MAX_YEAR, MIN_YEAR, city_zones, day_of, existing, is_day, ruby_zone
from herald.derive.en import ZONES as ZONE_NAMES
from herald.derive.mentions import safe_date
from herald.derive.places import zone_near
from herald.durations import parse_duration
from herald.html import text_only
from herald.load.values import shown
from herald.model import Location, Problem

# the parts of an event and the keys (normalised: lower case, letters and digits only) that
# give each, in order of preference
FAMILIES: dict[str, tuple[str, ...]] = {
    "start": ("eventstart", "eventdate", "eventstartdate", "eventdatetime", "startdate",
              "datestart", "startdatetime", "starts", "startsat", "start", "startat", "begin",
              "begins", "beginning", "when", "datum", "dato", "termin", "wann", "wanneer", "beginn",
              "aanvang", "dtstart", "openingdate", "openingnight", "premiere", "premieredate"),
    "end": ("eventend", "eventenddate", "enddate", "dateend", "enddatetime", "ends", "endsat",
            "end", "endat", "until", "slutdatum", "slut", "ende", "einde", "eind", "dtend",
            "closingdate", "closingnight"),
    "time": ("starttime", "timestart", "datestarttime", "eventtime", "time", "tid", "klockan", "kl",
             "tidpunkt", "tidspunkt", "klokkeslett", "klokkeslaet", "klokkeslæt", "klockslag",
             "starttid", "uhrzeit", "zeit", "tijd", "tijdstip", "hour", "hours"),
    "end_time": ("endtime", "timeend", "dateendtime", "sluttid", "finishtime", "finish", "eindtijd",
                 "endzeit"),
    "location": ("venuename", "venue", "eventlocation", "location", "locationname", "place",
                 "plats", "lokal", "lokale", "sted", "where", "ort", "veranstaltungsort",
                 "treffpunkt", "locatie", "plaats", "waar", "room", "rum", "raum", "zaal"),
    "address": ("address", "adress", "adresse", "venuelocation", "venueaddress",
                "streetaddress", "addr", "adres", "anschrift"),
    "duration": ("duration", "eventduration", "length", "varaktighet", "langd", "längd",
                 "varighet", "varighed", "dauer", "runtime", "spilletid", "speltid"),
    "all_day": ("allday", "alldayevent", "heldag", "heldags"),
    "url": ("registration", "registrationurl", "registrationlink", "register", "registerurl",
            "registerlink", "signup", "signupurl", "signuplink", "rsvp", "rsvpurl", "tickets",
            "ticketurl", "ticketlink", "anmalan", "anmälan", "anmalningslank", "anmälningslänk",
            "tilmelding", "påmelding", "pamelding", "anmeldung"),
    "rrule": ("rrule", "recurrence", "recurrencerule", "repeat"),
    "latitude": ("lat", "latitude"),
    "longitude": ("lng", "lon", "long", "longitude"),
}
PARTS = tuple(FAMILIES)
ROOM_KEYS = ("room", "rum", "raum", "zaal")  # a room beside another place is added to it
# what an event's keys may be prefixed with: `meeting_start`, `session_time`, `talk_venue`
# read as `start`, `time`, `venue` (after the families' own names)
EVENT_PREFIXES = ("event", "meeting", "meetup", "session", "class", "course", "workshop",
                  "talk", "lecture", "seminar", "webinar", "concert", "service", "party",
                  "trip", "camp", "tour", "excursion", "outing",
                  "mote", "möte", "traff", "träff", "mode", "møde", "arrangement", "kurs")
_FAMILY_NAMES = frozenset(name for names in FAMILIES.values() for name in names)
# collections whose documents are events (normalised labels)
EVENT_COLLECTIONS = frozenset({
    "events", "event", "meetups", "meetup", "meetings", "schedule", "program", "programme",
    "programs", "sessions", "evenemang", "arrangemang", "arrangementer",
    "aktiviteter", "activities", "kalender", "calendar", "termine",
    "veranstaltungen", "workshops", "happenings", "gatherings", "moten", "möten", "traffar",
    "träffar", "evenementen", "activiteiten", "bijeenkomsten", "agenda", "dates",
    # a band's or an orchestra's performances, a theatre's productions
    "gigs", "gig", "concerts", "konserter", "koncerter", "konzerte", "concerten", "spelningar",
    "auftritte", "optredens", "shows", "performances", "productions", "plays",
    "föreställningar", "forestillinger", "forestillingar", "aufführungen", "auffuhrungen",
    "vorstellungen", "voorstellingen",
})
# words that say which of a kind's documents a collection holds (`_playFuture`, `_past_events`,
# `_upcoming_shows`): the kind is what the rest names, one or many ("play", "plays")
COLLECTION_QUALIFIERS = ("future", "upcoming", "coming", "past", "previous", "current", "old")
# collections of posts by another name (normalised labels): their text is read for events as
# posts' is (not a `_clients` or `_gsocblogs` collection's: case studies and reports)
NEWS_COLLECTIONS = frozenset({
    "posts", "news", "blog", "articles", "updates", "announcements", "notices", "nyheter",
    "aktuellt", "nyheder", "aktuelt", "nytt", "meddelanden", "nachrichten", "aktuelles",
    "neuigkeiten", "nieuws", "berichten", "artikel", "artiklar", "artikler", "artikelen",
    "beitraege", "beiträge",
})
# layouts that render a post as one event (`layout: talk`): a post of one that names no date of
# its own is the event of its own date (not "meeting": minutes are written after)
EVENT_LAYOUTS = frozenset({
    "event", "talk", "seminar", "lecture", "webinar", "workshop", "meetup", "colloquium",
    "evenemang", "arrangemang", "arrangement", "foredrag", "föredrag", "forelasning",
    "föreläsning", "seminarium",
    # an outing's or a performance's ("layout: field-trip" over a geology walk's page)
    "fieldtrip", "excursion", "exkursion", "ausflug", "utflykt", "udflugt", "concert", "konzert",
    "konsert", "koncert", "gig",
})
# categories of posts that are each one event, as the layouts above make them (`categories:
# event` on a talk's post dated by its start)
EVENT_CATEGORIES = EVENT_LAYOUTS | {
    "events", "talks", "seminars", "lectures", "webinars", "workshops", "meetups", "colloquia",
    "veranstaltung", "veranstaltungen", "evenement", "evenementen", "arrangementer",
}
# front matter keys naming who speaks (normalised): a post that names its speaker and is dated to
# a time of day is a talk's, one event as an event layout's post is (`speaker: Anupam Das` over
# `date: 2021-09-27 16:00:00`)
SPEAKER_KEYS = frozenset({  # (not "presenters": a podcast's hosts)
    "speaker", "speakers", "speakername", "lecturer", "talare", "foreläsare", "föreläsare",
    "foredragsholder", "sprecher", "sprecherin", "referent", "referentin", "vortragender",
    "vortragende", "spreker", "sprekers",
})
# layouts and collections of documents that are no events, whose start and end keys are the
# dates of a project, a job or a person's role (`layout: project`, `start_date: 2014-12-04`)
OTHER_KINDS = frozenset({
    "project", "projects", "portfolio", "portfolios", "publication", "publications", "paper",
    "papers", "job", "jobs", "position", "positions", "person", "people", "member", "members",
    "team", "profile", "profiles", "resume", "cv", "product", "products", "casestudy",
    "casestudies", "prosjekt", "prosjekter", "projekt", "projekter",
})
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W\d_]+")
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$", re.I)
# a line of HTML comment that YAML reads as a key (`<!-- end_date: 2018-02-12 -->`): no key
_COMMENT_KEY = re.compile(r"\s*<|.*-->")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|[ap](?![a-z]))?"  # "7-9p"
# (after the start's own label, if any: "aanvang 17.30 uur", "Beginn: 19 Uhr", "from 6pm";
# each space at most once between them: values are matched with their spaces collapsed)
_TIME = re.compile(r"^(?:(?:aanvang|begin|beginn|beginnt|start|starts|vanaf|ab|from|fra|från)"
                   r":? )?(?:(?:at|kl\.?|klockan|klokken|um|om) ?|@ ?)?" + _CLOCK
                   + r" ?(?:uhr|uur|h)?$", re.I)
_TIME_RANGE = re.compile(
    r"^(?:from|fra|från|kl\.?|klockan|klokken|von|van|at)?\s*" + _CLOCK + r"\s*(?:uhr|uur|h)?\s*"
    r"(?:-|–|—|to|till|til|until|bis|tot|og|och|and)\s*" + _CLOCK + r"\s*(?:uhr|uur|h)?$",
    re.I)
NOON_HOUR = 12
# a time of day as a 24-hour clock's four digits ("1400", "0930", or the number 930; not 1080,
# YAML's reading of an unquoted 18:00, nor 19, an hour)
_HHMM = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
# the doors' time, then the start's ("7pm for 7.30pm start", "7pm for a 7.30 start")
_FOR_START = re.compile(
    r"^(?:doors\s+)?" + _CLOCK + r"\s*for\s+(?:an?\s+)?" + _CLOCK + r"\s*(?:start|prompt)?$",
    re.I)
# a zone after a time ("6:00 PM PDT", "18:00 CET", "7pm Eastern"), named as English prose
# names it (en.ZONES), or a place's ("7:00 PM Cairo Time": a city of the tz database, looked
# up only when one is said; see _stated_zone)
_CLOCK_ZONE = re.compile(
    r"\s*\(?\b(?:(" + "|".join(sorted(map(re.escape, ZONE_NAMES), key=len, reverse=True))
    + r")(?:\s+time)?|([^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s+time)\)?$", re.I)
# a span of days in one value: "July 10-11, 2026", "10–11 juli 2026"
_DAY_SPAN = re.compile(
    r"^(?P<pre>\D*?)(?P<d0>\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:-|–|—)\s*(?P<d1>\d{1,2})"
    r"(?:st|nd|rd|th|\.)?(?P<post>(?:\s*[^\d\s:]|\s+(?:19|20)\d\d\b).*|)$", re.I)
_YEAR = re.compile(r"(?<!\d)(19\d\d|2\d\d\d)(?!\d)")
# between the days of a value naming several ("August 5th and August 12th, 2021")
_DAYS_JOIN = re.compile(r"\s*(?:,?\s+(?:and|und|och|og|en)\s+|&|;)\s*", re.I)
# where a time of day starts after a day in one value ("October 14th 2025, 18:00 to 22:00")
_CLOCK_TAIL = re.compile(
    r"(?:[,:]\s*|\s+(?:at|from|kl\.?|klockan|klokken|um|@)\s+|\s+)"  # ("June 15, 2019: 2pm")
    r"(?=\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b))",
    re.I)
_HAS_CLOCK = re.compile(r"\d[:.]\d{2}(?!\d)|\d\s*[ap]\.?m\b|\bkl\.?\s*\d|\bnoon\b", re.I)
_MONTHS = (  # for dateutil: English, Swedish, Danish/Norwegian, German and Dutch names
    ("Jan", "January", "januari", "januar", "jänner"),
    ("Feb", "February", "februari", "februar"),
    ("Mar", "March", "mars", "marts", "märz", "maerz", "maart"),
    ("Apr", "April", "april"),
    ("May", "May", "maj", "mai", "mei"),
    ("Jun", "June", "juni"),
    ("Jul", "July", "juli"),
    ("Aug", "August", "augusti", "august", "augustus"),
    ("Sep", "Sept", "September", "september"),
    ("Oct", "October", "oktober", "okt"),
    ("Nov", "November", "november"),
    ("Dec", "December", "december", "desember", "dezember", "des", "dez"),
)
_WEEKDAYS = (
    ("Mon", "Monday", "måndag", "mandag", "montag", "maandag"),
    ("Tue", "Tuesday", "tisdag", "tirsdag", "dienstag", "dinsdag"),
    ("Wed", "Wednesday", "onsdag", "mittwoch", "woensdag"),
    ("Thu", "Thursday", "torsdag", "donnerstag", "donderdag"),
    ("Fri", "Friday", "fredag", "freitag", "vrijdag"),
    ("Sat", "Saturday", "lördag", "lørdag", "lordag", "samstag", "zaterdag"),
    ("Sun", "Sunday", "söndag", "søndag", "sondag", "sonntag", "zondag"),
)


class _ParserInfo(dateutil_parser.parserinfo):
    MONTHS = [tuple(names) for names in _MONTHS]  # type: ignore[misc]
    WEEKDAYS = [tuple(names) for names in _WEEKDAYS]  # type: ignore[misc]


_PARSER_INFO = _ParserInfo(dayfirst=True)  # 3/4/2024 is 3 April, as Ruby reads it
WEEKDAY_YEARS = 2  # years after a document's date a day without a year may be in
FULL_WEEKDAY = 6  # letters of the shortest weekday's full name ("Monday", "Montag", "måndag")


class _Invalid(ValueError):
    """A value that cannot be used; the message names what to write instead."""


@dataclass(frozen=True)
class SiteEvent:
    """One event a document's own keys (or its date, in an event collection) state.

    Timed events have aware datetimes; all-day events have dates, `end` the last day
    inclusive, or None when no end is given.
    """

    start: datetime | date
    end: datetime | date | None
    location: Location | None = None
    url: str | None = None
    rrule: str | None = None
    summary: str | None = None  # its own title, where a list of events gives each one


@dataclass(frozen=True)
class SiteEvents:
    events: tuple[SiteEvent, ...]
    keys: tuple[str, ...]  # the front matter keys read, as the document spells them
    problems: tuple[Problem, ...] = field(default=())
    timezone: str | None = None  # the zone of the place, where the site's is not known


# keys holding a mapping of an event's own keys (`event_details: {date_start: ...}`)
EVENT_MAPPINGS = frozenset({
    "event", "eventdetails", "eventinfo", "eventdata", "details", "evenemang", "arrangement",
})
# keys whose mappings hold a thing's details, never an event's, whatever their keys (a photo's
# `{date: ..., time: "14:03"}`, a page's `updated: {date: ..., time: ...}`)
DETAIL_MAPPINGS = frozenset({
    "image", "images", "photo", "photos", "picture", "pictures", "video", "videos", "audio",
    "podcast", "media", "seo", "sitemap", "comments", "updated", "modified", "lastmodified",
    "exif", "file", "files", "build", "cascade", "author", "authors", "header", "feature",
    "og", "opengraph", "twitter", "published", "created", "revision", "history",
})
UTC_ZONE = ZoneInfo("UTC")
# keys holding a list of events' own mappings (`events: [{date: ..., title: ...}, ...]`)
# (or of their starts alone: a theatre's `showtimes: [2025-09-12 19:30:00, ...]`)
EVENT_LISTS = frozenset({
    "events", "eventlist", "eventdates", "termine", "veranstaltungen", "evenemang",
    "arrangementer", "arrangemang", "schedule", "dates", "showtimes", "showdates",
    "performances", "showings", "screenings", "forestillinger", "forestillingar",
    "föreställningar", "vorstellungen", "aufführungen", "auffuehrungen",
    "spieltermine", "voorstellingen", "speeldata",
})
# of those, words of other lists too: not a release history's (`dates: [{date: ..., version:
# ...}]`)
RELEASE_LISTS, RELEASE_KEYS = frozenset({"schedule", "dates"}), frozenset({"version", "release"})
_TITLE_KEYS = ("title", "name", "summary", "titel", "tittel", "namn", "navn", "topic", "track",
               "event")


# a key told in one language of several (`date-nl`, `time_en`): the key, then the language's code
_LANGUAGE_SUFFIX = re.compile(r"(\w+?)[-_.](?:en|sv|de|nl|da|no|nb|nn|fi|fr|es|it)$", re.I)


def normalised(key: object) -> str:
    """A key as the families spell it: `Start_Date` and `start-date` are `startdate`."""
    return _NOT_WORD.sub("", str(key)).casefold()


# the words a collection's name may end in that make it one of events (`_yrpevents`,
# `_club_meetings`; not `_program`'s, a word that ends many another's, `_tvprogram`)
EVENT_COLLECTION_ENDINGS = (
    "events", "event", "meetups", "meetings", "workshops", "termine", "veranstaltungen",
    "evenemang", "arrangementer", "aktiviteter", "evenementen", "activiteiten", "traffar",
    "träffar", "bijeenkomsten", "gigs", "concerts", "konserter", "konzerte", "shows",
    "performances", "productions", "plays",
)


def is_event_collection(label: str, configured: bool | tuple[str, ...]) -> bool:
    """Whether the documents of collection `label` are events (`herald: event_collections`):
    one of EVENT_COLLECTIONS, or a name ending in one of EVENT_COLLECTION_ENDINGS."""
    if isinstance(configured, tuple):
        return label in configured
    name = normalised(label)
    for qualifier in COLLECTION_QUALIFIERS:
        kind = name.removeprefix(qualifier) if name.startswith(qualifier) else (
            name.removesuffix(qualifier))
        if kind != name and (kind in EVENT_COLLECTIONS or kind + "s" in EVENT_COLLECTIONS):
            return bool(configured)
    return configured and (name in EVENT_COLLECTIONS or name.endswith(EVENT_COLLECTION_ENDINGS))


# the day a document went out, where its `date` is another's (Hugo's `publishDate`; not
# `published_at`, which a migrated post may keep beside a `date` of its last change)
PUBLISHED_KEYS = frozenset({"publishdate", "pubdate"})
# keys that say when a document was written: the date of one Jekyll leaves undated
# (not `created`: a person's or a page's record, not a post's day)
WRITTEN_KEYS = PUBLISHED_KEYS | {
    "publishedon", "datepublished", "postdate", "posted", "postedon", "newsdate", "articledate",
    "blogdate",
}
# how many days after its publish day a document's date must be to be its event's (a day's
# difference is a time zone's, or a post written late in the evening)
EVENT_AFTER_PUBLISHED = timedelta(days=2)


def publish_day(meta: Mapping[str, Any], tz: ZoneInfo,
                keys: frozenset[str] = PUBLISHED_KEYS) -> date | None:
    """The day (on the site's clock `tz`) a document says it was published in a key of its
    own (`publishDate`; any of `keys`), if any."""
    for key, value in meta.items():
        if isinstance(key, str) and normalised(key) in keys:
            if isinstance(value, bool):
                continue  # Jekyll's `published: false`
            try:
                moment = _moment(value, tz, None, None, [])
            except _Invalid:
                return None
            return day_of(moment, tz)
    return None


def stamped_to_the_second(moment: datetime | date | None) -> bool:
    """Whether a time is one a program stamps when a page is written: to the second off the
    quarter hours (no one starts an event at 10:56:52; a date picker may keep the seconds of
    19:00:37)."""
    return isinstance(moment, datetime) and moment.second != 0 and moment.minute % 15 != 0


def written_at_a_stamp(moment: datetime | date | None) -> bool:
    """Whether a document's own date is a time as a program stamps the time a page is
    written: to the second off the quarter hours, or off the five minutes (10:48; a start key
    may say 07:46, a day's first light)."""
    return stamped_to_the_second(moment) or (isinstance(moment, datetime)
                                             and moment.minute % 5 != 0)


def dated_by_its_event(meta: Mapping[str, Any], document_date: datetime | date | None,
                       tz: ZoneInfo) -> bool:
    """Whether the document's own date is its event's: a front matter `date` two days or more
    after the day it says it was published (`publishDate: 2025-12-01` over `date:
    2026-01-22T17:00`), both on the site's clock; not a date stamped when it was written
    (`date: 2021-09-09T10:48:00` over a template's `publishdate: 2021-06-01`). Without a
    `date` key, `pubDate` is the document's date itself (Astro's), whatever its file is
    called."""
    published = publish_day(meta, tz)
    if (published is None or document_date is None or "date" not in meta
            or written_at_a_stamp(document_date)):
        return False
    return day_of(document_date, tz) - published >= EVENT_AFTER_PUBLISHED



def is_news_collection(label: str) -> bool:
    """Whether the documents of collection `label` are posts by another name (`_news`)."""
    return normalised(label) in NEWS_COLLECTIONS


def other_kind(layout: Any, collection: str) -> str | None:
    """What a document is when its layout or collection names something other than an event
    (`layout: project`: "project"), else None."""
    for name in (layout, collection):
        if isinstance(name, str) and normalised(name) in OTHER_KINDS:
            return name
    return None


def is_event_layout(meta: Mapping[str, Any]) -> bool:
    """Whether a document's `layout`, its `type` (Hugo's content type, which picks the layout
    there) or its `templateKey` (a Netlify CMS site's template) renders it as one event
    (`talk`, `event`, `seminar`)."""
    return any(isinstance(kind, str) and _LAYOUT_ROLE.sub("", normalised(kind)) in EVENT_LAYOUTS
               for kind in (meta.get("layout"), meta.get("type"), meta.get("templateKey")))


# what a template's name may add to the kind of page it renders (`event-page`, `talk_post`,
# `event-single`)
_LAYOUT_ROLE = re.compile(r"(?<=\w)(?:page|post|single|detail|details)$")


# layouts of an invitation (normalised): one event where the post is dated to a time of day
# (`layout: einladung` over `date: 2020-01-16 19:00:00+01:00`), as a speaker's post is; an
# invitation dated by its day alone may have been posted weeks before its event
INVITATION_LAYOUTS = frozenset({
    "einladung", "invitation", "inbjudan", "invitasjon", "uitnodiging",
})


def is_invitation(meta: Mapping[str, Any]) -> bool:
    """Whether a document's `layout` (or Hugo's `type`) is an invitation's (`einladung`)."""
    return any(isinstance(kind, str) and normalised(kind) in INVITATION_LAYOUTS
               for kind in (meta.get("layout"), meta.get("type")))


def in_an_event_category(categories: tuple[str, ...]) -> bool:
    """Whether a category of a document's names events (`event`, `Veranstaltungen`)."""
    return any(normalised(name) in EVENT_CATEGORIES for name in categories)


def is_event_category(categories: tuple[str, ...], meta: Mapping[str, Any],
                      mapping: Mapping[str, str | None]) -> bool:
    """Whether a category of a document's makes it one event (`event`, `Veranstaltungen`),
    where its front matter names its place (`location: Rathaus`; a write-up, "Thank you to
    everyone who came", names none)."""
    return in_an_event_category(categories) and names_a_place(meta, mapping)


def names_a_place(meta: Mapping[str, Any], mapping: Mapping[str, str | None]) -> bool:
    """Whether a document's front matter names a place or an address (`location: Rathaus`)."""
    return bool({"location", "address"} & field_keys(meta, mapping).keys())


# keys naming where an event is held (normalised), as no other page names a place: a post
# with one, dated to a time of day, is an event's (`venue: "CB 328"` over a seminar's
# abstract); not `location`, which a travel post or a profile gives too, nor `room`, which a
# notice gives ("we will move to a larger room")
VENUE_KEYS = frozenset({
    "venue", "venuename", "eventvenue", "eventlocation", "veranstaltungsort", "treffpunkt",
})


def names_a_venue(meta: Mapping[str, Any]) -> bool:
    """Whether a document's front matter names the venue it is held at (`venue: "CB 328"`)."""
    return any(isinstance(key, str) and normalised(key) in VENUE_KEYS
               and value not in (None, "", [], {}) for key, value in meta.items())


def names_a_speaker(meta: Mapping[str, Any]) -> bool:
    """Whether a document's front matter names who speaks (`speaker: Anupam Das`)."""
    return any(normalised(key) in SPEAKER_KEYS and value not in (None, "", [], {})
               for key, value in meta.items())


def field_keys(meta: Mapping[str, Any], mapping: Mapping[str, str | None],
               in_event_collection: bool = False) -> dict[str, str]:
    """The key of `meta` that gives each part: the site's mapping, else the first of the
    part's family that has a value. Outside an event collection, `until` ends an event only
    beside a start: alone it is how long a post is shown ("until: 2018-06-14" on a newsletter
    item)."""
    found: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for key, value in meta.items():
        if (value is not None and value != "" and isinstance(key, str)
                and not _COMMENT_KEY.match(key)):
            by_name.setdefault(normalised(key), key)
    for name, key in list(by_name.items()):
        rest = _unprefixed(name)
        if rest:
            by_name.setdefault(rest, key)
    for key in meta:
        if (isinstance(key, str) and meta[key] not in (None, "")
                and (told := _LANGUAGE_SUFFIX.match(key))):
            # (a bilingual site's `time-nl`, and its `date-nl` where the document has no `date`)
            base = normalised(told.group(1))
            if base in _FAMILY_NAMES:
                by_name.setdefault(base, key)
            elif base == "date" and meta.get("date") in (None, ""):
                by_name.setdefault("start", key)
    if "dates" in by_name and _a_span_of_days(meta[by_name["dates"]]):
        by_name.setdefault("start", by_name["dates"])  # (`dates: "18th September – 29th
        # September 2023"`; not a list's `dates`, a release history's or a theatre's)
    shown_until = "start" not in mapping and not in_event_collection and not any(
        name in by_name for name in FAMILIES["start"])
    for part in PARTS:
        if part in mapping:
            key = mapping[part]
            if key is not None and meta.get(key) not in (None, ""):
                found[part] = key
            continue
        for name in FAMILIES[part]:
            if name in by_name and not (part == "end" and name == "until" and shown_until):
                found[part] = by_name[name]
                break
    return found


def _unprefixed(name: str) -> str:
    """A family's name after an event's prefix (`meetingstart` -> `start`; `sessiondate`, the
    date of a session, -> `start`), else ""."""
    for prefix in EVENT_PREFIXES:
        if name.startswith(prefix):
            rest = name[len(prefix):]
            if rest in ("date", "datetime"):
                return "start"
            if rest in _FAMILY_NAMES:
                return rest
    return ""


NESTED_DATE = "start date"  # a nested mapping's `date`, lifted under a start's name
# the keys of a run's first and last days (`opening_date`, `closing_date`): a list of its
# performances (`showtimes`) gives its events
RUN_KEYS = frozenset({"openingdate", "openingnight", "premiere", "premieredate", "closingdate",
                      "closingnight"})


# the mappings a generator keeps a page's own keys in: Zola's `[extra]` (it allows no others at
# the top), Hugo's `params`
OWN_KEYS_MAPPINGS = ("extra", "params")


def with_own_keys(meta: Mapping[str, Any]) -> Mapping[str, Any]:
    """`meta` with the keys of its `[extra]` or `params` table beside its own (`date =
    2020-10-07T14:00:00Z` over `[extra] end_time = 2020-10-07T15:00:00Z`); its own win."""
    tables = [meta[key] for key in OWN_KEYS_MAPPINGS if isinstance(meta.get(key), Mapping)]
    if not tables:
        return meta
    lifted: dict[str, Any] = {}
    for table in tables:
        lifted |= {str(k): v for k, v in table.items()}
    return {**lifted, **{k: v for k, v in meta.items() if k not in OWN_KEYS_MAPPINGS}}


def with_nested_keys(meta: Mapping[str, Any],
                     mapping: Mapping[str, str | None]) -> tuple[Mapping[str, Any], str]:
    """`meta` with the keys of a nested event mapping (`event_details: {date_start: ...,
    location: ...}`) lifted beside its own, and that mapping's key; `meta` and "" when the
    document's start is a key of its own or the site's mapping names one. (A generator's
    table of a page's own keys, Zola's `[extra]`, is read as the page's own.)"""
    meta = with_own_keys(meta)
    nested = [(key, value) for key, value in meta.items()
              if (isinstance(value, Mapping) and (
                  _an_events_mapping(normalised(key))
                  or (normalised(key) not in DETAIL_MAPPINGS and _dated_and_timed(value))))
              or (isinstance(value, list) and value and (
                  normalised(key) in EVENT_LISTS
                  or (normalised(key) not in DETAIL_MAPPINGS and all(
                      isinstance(item, Mapping) and _dated_and_timed(item) for item in value))))]
    own = field_keys(meta, {}).get("start")
    if not nested or "start" in mapping or (own is not None and normalised(own) not in RUN_KEYS):
        return meta, ""  # (most documents have no such mapping: nothing more to read; a run's
        # opening and closing days frame the performances a list gives)
    for key, value in nested:
        if isinstance(value, list):  # `events: [{date: ..., title: ...}, ...]`: a start each
            starts = [_own_start(item) for item in value]
            if normalised(key) in RELEASE_LISTS and any(
                    isinstance(item, Mapping) and RELEASE_KEYS & {normalised(k) for k in item}
                    for item in value):
                continue
            if all(start is not None for start in starts):
                return {NESTED_DATE: starts, **meta}, str(key)
            days = _programme_days(value, starts)
            if days:
                return {NESTED_DATE: days, **meta}, str(key)
    nested = [(key, value) for key, value in nested if isinstance(value, Mapping)]
    for key, value in nested:
        if "start" in field_keys(value, {}):
            return {**value, **meta}, str(key)  # the document's own keys win
        own_date = next((k for k in value if isinstance(k, str) and normalised(k) == "date"), None)
        if (own_date is not None and value[own_date] not in (None, "")
                and normalised(key) != "details"):  # (a portfolio's `details: {date: 2019}`)
            # `event: {date: March 9, 2015, time: 6:30 PM}`: a nested `date` is the start
            return {NESTED_DATE: value[own_date], **value, **meta}, str(key)
    return meta, ""


def _an_events_mapping(name: str) -> bool:
    """Whether a mapping's (normalised) key names an event's details (`event`, `event_info`,
    `trip_details`)."""
    return name in EVENT_MAPPINGS or any(
        name.startswith(prefix) and name[len(prefix):] in ("", "details", "info", "data")
        for prefix in EVENT_PREFIXES)


def _dated_and_timed(value: Mapping[Any, Any]) -> bool:
    """Whether a mapping of any name gives a day and the time of day of an event on it (`meta:
    {date: 2025-03-10, time: 6:30 PM, location: HSS Library}`): a day that reads as a date,
    and a `time` that reads as a time of day (not a run's `1:45:02`, nor a `length` alone)."""
    keys = field_keys(value, {})
    day = keys.get("start") or next(
        (k for k in value if isinstance(k, str) and normalised(k) == "date"), None)
    if day is None or "time" not in keys:
        return False
    try:
        _clock_range(value[keys["time"]])
        _moment(value[day], UTC_ZONE, None, None, [])
    except _Invalid:
        return False
    return True


def _own_start(item: Any) -> dict[str, Any] | None:
    """A listed event's start and end as a `{start: ..., end: ...}` mapping: a date listed
    alone, or a mapping's start (its `date` where it names no start of its own, or its `time`
    where that is a day and its hour; at its own `time` where it gives a day alone); None for
    anything else."""
    if isinstance(item, date) or (isinstance(item, str) and _ISO.match(item.strip())):
        return {"start": item}  # a start alone (`showtimes: [2025-09-12 19:30:00, ...]`)
    if not isinstance(item, Mapping):
        return None
    keys = field_keys(item, {})
    start = keys.get("start") or next(
        (k for k in item if isinstance(k, str) and normalised(k) == "date"), None)
    if start is None and "time" in keys and _dated(item[keys["time"]]):
        start = keys["time"]  # a time that is a day's too (`time = "2019-12-06T19:30:00"`)
    if start is None or item[start] in (None, ""):
        return None
    value, clock = item[start], item[keys["time"]] if "time" in keys else None
    day = value.isoformat() if isinstance(value, date) and not isinstance(value, datetime) \
        else value.strip() if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()) \
        else None
    if day is not None and isinstance(clock, str) and _TIME.match(" ".join(clock.split())):
        value = f"{day} {clock.strip()}"
    return {"start": value, **({"end": item[keys["end"]]} if "end" in keys else {}),
            **({"duration": item[keys["duration"]]} if "duration" in keys else {})}


def _programme_days(items: list[Any], starts: list[dict[str, Any] | None]
                    ) -> list[dict[str, Any]]:
    """The days of a programme listed by the hour under each day's first item (`schedule:
    [{date: 2019-07-22, time: "9:00", ...}, {time: "12:30", ...}, {date: 2019-07-23, ...}]`):
    each dated item's start; none for other lists."""
    if not starts or starts[0] is None:
        return []
    for item, start in zip(items, starts, strict=True):
        if start is None and not (isinstance(item, Mapping) and "time" in field_keys(item, {})):
            return []  # (an item without a day or an hour: no programme's)
    return [start for start in starts if start is not None]


def listed_titles(value: Any) -> list[str | None]:
    """The title each event of a list of events' mappings gives itself, if any."""
    if not isinstance(value, list):
        return []
    return [next((str(item[k]).strip() for k in _TITLE_KEYS
                  if isinstance(item, Mapping) and isinstance(item.get(k), str)
                  and item[k].strip()), None) for item in value]


def start_day(meta: Mapping[str, Any], mapping: Mapping[str, str | None],
              tz: tzinfo) -> date | None:
    """The local day the document's own start key names, if it can be read."""
    meta, _ = with_nested_keys(meta, mapping)
    key = field_keys(meta, mapping).get("start")
    if key is None:
        return None
    value = meta[key]
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, Mapping):
        own = _ends_of(value).get("start")
        value = value[own] if own is not None else None
    try:
        moment = _moment(value, tz, None, None, [])
    except _Invalid:
        return None
    return moment.date() if isinstance(moment, datetime) else moment


def site_events(
    meta: Mapping[str, Any],
    *,
    path: str,
    document_date: datetime | date | None,
    in_event_collection: bool,
    mapping: Mapping[str, str | None],
    timezone: str,
    zone_given: bool,
    zone_known: bool = True,
) -> SiteEvents | None:
    """The events `meta` states in the site's own keys, or None when it states none.

    `document_date` is the document's own date (its front matter `date` as written, else its
    file name's): the day of a time-only key, and the start of an event collection's document.
    Where the zone of the site's events is not known (`zone_known`: no `timezone`, and a
    language of several zones), a document's `lat`/`lng` tell it.
    """
    lifted, parent = with_nested_keys(meta, mapping)
    keys = field_keys(lifted, mapping, in_event_collection)
    if parent and "end" in keys and normalised(keys["end"]) in RUN_KEYS:
        del keys["end"]  # (a run's closing day is no end of each of its performances)
    if parent:  # name the nested keys by their place: `event_details.date_start`
        keys = {part: key if key in meta else f"{parent}.{'date' if key == NESTED_DATE else key}"
                for part, key in keys.items()}
        if isinstance(meta[parent], Mapping):
            lifted = {**lifted,
                      **{f"{parent}.{key}": value for key, value in meta[parent].items()}}
        else:  # a list of events: its starts
            lifted = {**lifted, f"{parent}.date": lifted[NESTED_DATE]}
    # (a programme's titles are its days': those of its dated items)
    titles = listed_titles([item for item in meta[parent] if _own_start(item) is not None]
                           if isinstance(meta[parent], list) else meta[parent]) if parent else []
    meta = lifted
    if "start" not in keys and (dated_event := _event_key_holding_a_day(meta)) is not None:
        keys["start"] = dated_event  # (`event: 2017-10-21 20:00:00`: its start, not its name)
    geo = _geo(meta[keys["latitude"]], meta[keys["longitude"]]) \
        if "latitude" in keys and "longitude" in keys else None
    local = zone_near(*geo) if geo and not zone_known else None
    timezone = local or timezone
    tz = ZoneInfo(timezone)
    zone = tz if zone_given else None
    if isinstance(document_date, datetime) and document_date.tzinfo is None:
        document_date = existing(document_date.replace(tzinfo=tz))
    problems: list[Problem] = []
    used: list[str] = []

    def read(part: str, reader: Any, *args: Any) -> Any:
        key = keys.get(part)
        if key is None:
            return None
        notes: list[str] = []
        try:
            value = reader(meta[key], *args, notes) if args else reader(meta[key])
        except _Invalid as err:
            notes.append(f"{err}; it is left out")
            value = None
        else:
            used.append(key)
        problems.extend(Problem(path, f"{key}: {note}", "warning") for note in notes)
        return value

    for part in ("time", "end_time"):  # (a time picker's day, before the event page's own)
        if in_event_collection and part in keys and (clock_text := _clock_of_an_earlier_day(
                meta[keys[part]], document_date, tz)) is not None:
            meta = {**meta, keys[part]: clock_text}
    if "start" not in keys and "time" in keys and _dated(meta[keys["time"]]):
        keys["start"] = keys.pop("time")  # `time: "2012-03-01 18:30:00"`: the start itself
    if "end" not in keys and "end_time" in keys and _dated(meta[keys["end_time"]]):
        keys["end"] = keys.pop("end_time")  # `end_time = "2020-10-07T15:00:00Z"`: the end
    if "start" in keys and _clock_only(meta[keys["start"]]):
        start_key = keys.pop("start")  # `meeting_start: "19:00"`: a time of the document's day
        keys.setdefault("time", start_key)
    # (a start to the second off the quarter hours, `event-date: 2016-04-23 08:43:59`, is when
    # the page was written: its day's, and no event's on the document's own day)
    own_day = day_of(document_date, tz) if document_date is not None else None
    starts = [(day_of(start, tz), end, clocked) if stamped_to_the_second(start) else
              (start, end, clocked)
              for start, end, clocked in read("start", _starts, tz, zone, document_date) or []
              if not (stamped_to_the_second(start) and day_of(start, tz) == own_day)]
    clock = read("time", _clock_range)
    end = read("end", _moment, tz, zone, document_date) if len(starts) <= 1 else None
    if not starts:  # the document's own date is the start of what its other keys say
        if document_date is None or (clock is None and end is None and not in_event_collection):
            return SiteEvents((), tuple(used), tuple(problems)) if problems else None
        date_key = "date" if "date" in meta else "file name date"
        notes: list[str] = []
        if isinstance(document_date, datetime):  # (its offset checked as a start key's is)
            document_date = _on_the_sites_clock(document_date, zone, notes)
            if clock is not None:
                # a time key over the date's time of writing (`date: 2011-12-13 13:37:42
                # +0100`, `time: '18:30'`): the day's
                document_date = document_date.astimezone(tz).date()
        problems.extend(Problem(path, f"{date_key}: {note}", "warning") for note in notes)
        starts = [(document_date, None, False)]
        used.insert(0, date_key)
    end_clock = read("end_time", _clock_range)
    if clock and end_clock and (clock[2] is None) != (end_clock[2] is None):
        zone_of_both = clock[2] or end_clock[2]  # "6:00 PM PST" to "8:30 PM": both Pacific
        clock, end_clock = clock[:2] + (zone_of_both,), end_clock[:2] + (zone_of_both,)
    duration = read("duration", _duration)
    all_day = read("all_day", _flag)
    url = read("url", _url)
    rrule = read("rrule", _rrule)
    location = _location(meta, keys, used)
    if (len(starts) == 1 and is_day(starts[0][0]) and is_day(end) and not all_day
            and clock is not None and clock[1] is not None and clock[0] < clock[1]
            and end_clock is None and "rrule" not in keys
            and 0 < (end - starts[0][0]).days < DAILY_HOURS_DAYS):
        # `date: 2024-06-27`, `end_date: 2024-06-29`, `time: "10:00 AM - 4:00 PM"`: the hours
        # of each day, an event a day (as prose's "27-29 June, 10am-4pm" is)
        first = starts[0][0]
        starts = [(first + timedelta(days=n), None, False)
                  for n in range((end - first).days + 1)]
        end = None
    events = []
    for i, (start, own_end, clocked) in enumerate(starts):
        stop = own_end if own_end is not None else end
        if (clock is not None and isinstance(start, datetime) and not all_day
                and not isinstance(meta.get(keys.get("start", "")), list | Mapping)):
            start, stop, moved = _at_its_clock(start, stop, clock, tz)
            if moved:
                said = f"{keys.get('start', 'date')}: its time {moved} is not {keys['time']}'s"
                problems.append(Problem(path, f"{said}; the event starts at {keys['time']}'s "
                                        f"{start.astimezone(tz):%H:%M}, as the page shows it",
                                        "warning"))
        start, stop = _with_times(start, stop, clock, end_clock, duration, bool(all_day), tz,
                                  clocked)
        rule = _rrule_for(rrule, start) if rrule and isinstance(start, datetime) else rrule
        if stop is not None and _before(stop, start):
            problems.append(Problem(path, f"{keys.get('end') or keys.get('end_time')}: the end "
                                    f"{stop.isoformat()} is not after the start "
                                    f"{start.isoformat()}; it is left out", "warning"))
            stop = None
        events.append(SiteEvent(start, stop, location, url, rule,
                                titles[i] if i < len(titles) else None))
    return SiteEvents(tuple(events), tuple(dict.fromkeys(used)), tuple(problems), local)


def _clock_of_an_earlier_day(value: Any, document_date: datetime | date | None,
                             tz: ZoneInfo) -> str | None:
    """The time of day, on the site's clock, of a time key's date and time on a day before the
    document's own date, an event collection's page's: a CMS's time field keeps the day it was
    filled in (`date: 2020-10-24T04:00:00Z`, `startTime: 2020-10-01T18:00:00Z`: 14:00 in New
    York on the 24th; not a post's `event_time: 2020-09-30 19:00`, its event's); None for any
    other value."""
    if document_date is None or not _dated(value):
        return None
    try:
        moment = _moment(value, tz, None, None, [])
    except _Invalid:
        return None
    if not isinstance(moment, datetime) or day_of(moment, tz) >= day_of(document_date, tz):
        return None
    return f"{moment.astimezone(tz):%H:%M}"


def _starts(value: Any, tz: ZoneInfo, zone: ZoneInfo | None,
            document_date: datetime | date | None, notes: list[str],
            ) -> list[tuple[datetime | date, datetime | date | None, bool]]:
    """Each start (and its own end) a start key gives: one value, or a list of values or of
    `{start: ..., end: ...}` mappings."""
    items = value if isinstance(value, list) else [value]
    starts: list[tuple[datetime | date, datetime | date | None]] = []
    for raw in items:
        told = _told_in_parts(raw) if isinstance(raw, Mapping) else None
        item = raw if told is None else told  # (`{day: 5th and 6th, month: October, ...}`)
        if isinstance(item, Mapping):
            sub = _ends_of(item)
            if "start" not in sub:
                raise _Invalid(f"{shown(item)} has no start; write e.g. "
                               "`{start: 2024-06-14 18:00, end: 2024-06-14 20:00}`")
            start = _moment(item[sub["start"]], tz, zone, document_date, notes)
            end = _moment(item[sub["end"]], tz, zone, document_date, notes) \
                if "end" in sub else None
            if end is None and "duration" in sub and isinstance(start, datetime):
                try:  # (its own: `duration: 2 hours`)
                    end = start + _duration(item[sub["duration"]])
                except _Invalid as err:
                    notes.append(f"{err} (a listed event's `{sub['duration']}`); that event "
                                 "has no end")
            starts.append((start, end, False))
        elif isinstance(item, str) and (span := _day_span(_plain(item))
                                         or _two_ends(_plain(item))):
            first, last = (_moment(text, tz, zone, document_date, notes) for text in span[:2])
            if len(span) > 2 and _before(last, first):
                first = _a_year_before(first)  # (the year it took from its last day is the
                # next: "28 December – 2 January 2025" starts in 2024)
            starts.append((first, last, False))
        elif isinstance(item, str) and len(days := _days_named(item, tz, zone, document_date)) > 1:
            starts += [(day, None, False) for day in days]
        elif isinstance(item, str) and (timed := _days_at_their_hours(item, tz, zone,
                                                                      document_date)):
            starts += [(*hours, True) for hours in timed]
        elif isinstance(item, str) and (hours := _day_and_clock(item, tz, zone, document_date)):
            starts.append((*hours, True))  # (its stated time: a midnight that is no day)
        elif item is not None and item != "":
            starts.append((_moment(item, tz, zone, document_date, notes), None, False))
    return starts


# the words of a span's two ends, as a start key's mapping may name them (`wanneer: {van:
# 2020-09-05T12:00, tot: 2020-09-05T14:30}`)
FROM_TO = {"from": "to", "van": "tot", "von": "bis", "fra": "til", "från": "till"}


def _ends_of(item: Mapping[str, Any]) -> dict[str, str]:
    """The keys of a listed event's mapping by part (`field_keys`), its start and end where it
    names them `from` and `to`, or as Dutch, German and the Nordic languages do (`{van: ...,
    tot: ..., location: Hall}`)."""
    sub = field_keys(item, {})
    if "start" in sub:
        return sub
    keys = {normalised(k): k for k in item if isinstance(k, str)}
    for start, end in FROM_TO.items():
        if start in keys:
            return {**sub, "start": keys[start], **({"end": keys[end]} if end in keys else {})}
    return sub


def _day_and_clock(text: str, tz: ZoneInfo, zone: ZoneInfo | None,
                   near: datetime | date | None) -> tuple[datetime, datetime | None] | None:
    """A day, then its time or hours and the zone they are stated in ("Tuesday, October 14th
    2025, 18:00 to 22:00 CET", "17 December 2025 at 7:00 PM Cairo Time") as a start and end;
    None for anything else."""
    plain = _plain(text)
    if _ISO.match(plain):
        return None
    for m in reversed(list(_CLOCK_TAIL.finditer(plain))):
        try:
            clock = _clock_range(plain[m.end():])
            day = _moment(plain[: m.start()], tz, zone, near, [])
        except _Invalid:
            continue
        if isinstance(day, datetime):
            continue
        start = _at(day, clock[0], clock[2], tz)
        if clock[1] is None:
            return start, None
        end_day = day + timedelta(days=1) if clock[1] <= clock[0] else day  # "22:00 to 02:00"
        return start, _at(end_day, clock[1], clock[2], tz)
    return None


# the names of a date's parts, each given under its own key (normalised)
_DAY_PARTS = (("day", "tag", "dag"),
              ("month", "monat", "månad", "manad", "måned", "maned", "maand"),
              ("year", "jahr", "år", "ar", "jaar"))
# between the days of a `day` part: as between days of one value, or a comma ("5, 6")
_PARTS_DAYS = re.compile(_DAYS_JOIN.pattern + r"|\s*,\s*", re.I)


def _told_in_parts(item: Mapping[str, Any]) -> str | None:
    """A date given as its day, month and year under keys of their own (`{day: 5th and 6th,
    month: October, year: 2024}`) as one text ("5th October 2024 and 6th October 2024"); None
    for any other mapping."""
    named = {normalised(key): value for key, value in item.items()}
    if not set(named) <= {name for names in _DAY_PARTS for name in names}:
        return None  # (more than a date: `{day: 5, month: October, year: 2024, start: 18:00}`)
    parts = [next((named[name] for name in names if name in named), None) for names in _DAY_PARTS]
    if any(part in (None, "") for part in parts) or any(
            isinstance(part, Mapping | list) for part in parts):
        return None
    day, month, year = (str(part).strip() for part in parts)
    return " and ".join(f"{one} {month} {year}" for one in _PARTS_DAYS.split(day) if one)


def _days_named(text: str, tz: ZoneInfo, zone: ZoneInfo | None,
                near: datetime | date | None) -> list[datetime | date]:
    """The days of a value naming several, each with its month ("August 5th and August 12th,
    2021"; the year of the last for those without one); none where any part is no date."""
    plain = _plain(text)
    parts = _DAYS_JOIN.split(plain)
    if len(parts) < 2 or _ISO.match(plain) or not all(map(_only_a_day, parts)):
        return []  # (not "August 5th, 2021 and rain date August 12th, 2021")
    years = _YEAR.findall(parts[-1])
    days = []
    for part in parts:
        if years and not _YEAR.search(part):
            part = f"{part}, {years[-1]}"
        try:
            days.append(_moment(part, tz, zone, near, []))
        except _Invalid:
            return []
    for i in range(len(days) - 2, -1, -1):  # ("December 30th and January 2nd, 2022": 2021's)
        if days[i].month > days[i + 1].month and not _YEAR.search(parts[i]):
            days[i] = _a_year_before(days[i])
    return days


def _days_at_their_hours(text: str, tz: ZoneInfo, zone: ZoneInfo | None,
                         near: datetime | date | None) -> list[tuple[datetime, datetime | None]]:
    """The starts and ends of a value naming several days, each with its own time ("Aug 5, 7pm
    and Aug 12, 7pm"; the year of the last for those without one); none where any part is not a
    day and its time."""
    plain = _plain(text)
    parts = _DAYS_JOIN.split(plain)
    if len(parts) < 2 or _ISO.match(plain) or not all(map(_HAS_CLOCK.search, parts)):
        return []
    years = _YEAR.findall(parts[-1])
    found: list[tuple[datetime, datetime | None]] = []
    for part in parts:
        clock = list(_CLOCK_TAIL.finditer(part))
        if not clock or not _only_a_day(part[: clock[-1].start()]):
            return []  # (not "Aug 5, 7pm and rain date Aug 12, 7pm")
        if years and not _YEAR.search(part):
            part = f"{part[: clock[-1].start()]} {years[-1]}{part[clock[-1].start():]}"
        hours = _day_and_clock(part, tz, zone, near)
        if hours is None:
            return []
        found.append(hours)
    for i in range(len(found) - 2, -1, -1):  # ("Dec 30, 7pm and Jan 2 2022, 7pm": 2021's)
        if found[i][0].month > found[i + 1][0].month and not _YEAR.search(parts[i]):
            start, end = found[i]
            found[i] = (_a_year_before(start), end and _a_year_before(end))
    return found


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th", "e", "a", "of", "the", "den", "am"})


def _only_a_day(part: str) -> bool:
    """Whether a value's part holds only a day's words: its month, weekday or ordinal."""
    return all(word.lower() in _ORDINAL_ENDINGS or _PARSER_INFO.month(word) is not None
               or _PARSER_INFO.weekday(word) is not None for word in _WORD.findall(part))


def _a_year_before(day: datetime | date) -> datetime | date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # (29 February)
        return day


def _day_span(text: str) -> tuple[str, str] | None:
    """A value naming two days of one month ("July 10-11, 2026", "10-11 juli 2026") as the
    texts of its first and last day; None for anything else; _Invalid for a span that ends
    before it starts ("July 31-1")."""
    m = _DAY_SPAN.match(text)
    if not m or _ISO.match(text) or not re.search(r"[^\W\d_]{3}", text):
        return None
    if int(m.group("d1")) <= int(m.group("d0")):
        raise _Invalid(f"{shown(text)} ends before it starts; write e.g. July 10-11, 2026 or "
                       "2026-07-31 with an end key")
    pre, post = m.group("pre"), m.group("post")
    return f"{pre}{m.group('d0')}{post}", f"{pre}{m.group('d1')}{post}"


# between the two ends of a span of days, each with its month ("18th September – 29th
# September 2023", "30 September to 3 October 2024")
_SPAN_JOIN = re.compile(r"\s+(?:-|–|—|to|until|till|bis|tot|til)\s+|\s*[–—]\s*", re.I)
_DAY_OF_A_MONTH = re.compile(r"^\D*\d{1,2}(?:st|nd|rd|th|\.)?\D*$|^\D+\d{1,2}(?:st|nd|rd|th)?,?"
                             r"(?:\s+(?:19|20)\d\d)?$", re.I)


def _a_span_of_days(value: Any) -> bool:
    """Whether `value` is one text naming a span of days ("July 10-11, 2026", "30 September
    to 3 October 2024")."""
    if not isinstance(value, str):
        return False
    try:
        return bool(_day_span(_plain(value)) or _two_ends(_plain(value)))
    except _Invalid:
        return False


def _two_ends(text: str) -> tuple[str, str] | tuple[str, str, bool] | None:
    """A value naming a span's first and last day, the last with its month, as their texts
    (the first with the last's month where it names none, and True where it took the last's
    year, having none); None for anything else."""
    parts = _SPAN_JOIN.split(text)
    if len(parts) != 2 or _HAS_CLOCK.search(text) or not all(
            _DAY_OF_A_MONTH.match(_YEAR.sub("", part).strip()) for part in parts) or not (
            re.search(r"[^\W\d_]{3}", parts[1])):
        return None
    first, last = parts
    month = _month_named(last)
    if month is not None and _month_named(first) is None:
        first = f"{first.rstrip(', ')} {month}"  # "Fri 3rd to Mon 6th Apr": April's 3rd
    year = _YEAR.search(last)
    if year and not _YEAR.search(first):
        return f"{first.rstrip(', ')} {year[1]}", last, True
    return first, last


def _month_named(text: str) -> str | None:
    """The first word of `text` that names a month, if any."""
    return next((word for word in _WORD.findall(text) if _PARSER_INFO.month(word) is not None),
                None)


def _moment(value: Any, tz: ZoneInfo, zone: ZoneInfo | None, near: datetime | date | None,
            notes: list[str]) -> datetime | date:
    """A date (all-day) or an aware datetime. Naive times are wall-clock times in `tz`; an
    offset that contradicts the site's `zone` on that date is read as its wall-clock time."""
    if isinstance(value, datetime):
        moment: datetime | date = value
    elif isinstance(value, date):
        moment = value
    elif isinstance(value, str) and value.strip():
        moment = _parse_text(value.strip(), near)
    else:
        raise _Invalid(f"{shown(value)} is not a date; write e.g. 2024-06-14 or "
                       "2024-06-14 18:00")
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise _Invalid(f"year {moment.year} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    if not isinstance(moment, datetime):
        return moment
    if moment.tzinfo is None:
        return existing(moment.replace(tzinfo=tz))
    return _on_the_sites_clock(moment, zone, notes)


def _on_the_sites_clock(moment: datetime, zone: ZoneInfo | None, notes: list[str]) -> datetime:
    """An aware time whose offset contradicts the site's `zone` on that date read as that
    zone's wall-clock time, with a note. UTC (`Z`, `+00:00`) is no local offset mistaken but
    a universal time, as content managers write it: it stands."""
    offset = moment.utcoffset()
    if zone is not None and offset and offset != moment.replace(tzinfo=zone).utcoffset():
        wall = existing(moment.replace(tzinfo=zone))
        notes.append(f"{moment.isoformat()} has the offset {_offset(moment)}, but {zone.key} "
                     f"is at {_offset(wall)} on that date: read as {zone.key}'s {wall:%H:%M}; "
                     "fix the offset")
        return wall
    return moment


def _parse_text(text: str, near: datetime | date | None) -> datetime | date:
    iso = _ISO.match(text)
    if iso:
        y, mo, d, h, mi, s, offset = iso.groups()
        try:
            day = date(int(y), int(mo), int(d))
            if h is None:
                return day
            tz = _fixed_offset(offset)
            return datetime.combine(day, time(int(h), int(mi), int(s or 0)), tzinfo=tz)
        except ValueError:
            raise _Invalid(f"{shown(text)} is not a date that exists") from None
    return _loose(text, near)


def _loose(text: str, near: datetime | date | None) -> datetime | date:
    """`June 14, 2024`, `Friday - April 15th, 2016`, `14 juni 2024 kl 18`, `Saturday, May
    20th` (the year from the document's date): dateutil, told which parts were missing by
    parsing twice with different defaults."""
    plain = _plain(text)
    info = _PARSER_INFO
    # a value starting with an ISO day is year, month, day whatever follows ("2018-02-12 -->",
    # "2022-04-07T20:00:00ZCET", which dateutil reads day first)
    iso_day = _ISO_DAY.match(plain)
    order = {"yearfirst": True, "dayfirst": False} if iso_day else {}
    try:
        # (the zone as Ruby reads one, below: dateutil turns `GMT+0100` into -01:00)
        one = dateutil_parser.parse(plain, parserinfo=info, default=datetime(2001, 1, 1),
                                    fuzzy=True, ignoretz=True, **order)
        two = dateutil_parser.parse(plain, parserinfo=info, default=datetime(2002, 2, 2, 1, 1),
                                    fuzzy=True, ignoretz=True, **order)
    except (ValueError, OverflowError):
        raise _Invalid(f"{shown(text)} is not a date; write e.g. 2024-06-14 or "
                       "2024-06-14 18:00") from None
    if iso_day:
        try:
            one, two = (moment.replace(*map(int, iso_day.groups())) for moment in (one, two))
        except ValueError:
            raise _Invalid(f"{shown(text)} is not a date that exists") from None
    if one.day != two.day or one.month != two.month:
        raise _Invalid(f"{shown(text)} names no day and month; write e.g. 2024-06-14")
    years = _YEAR.findall(plain)
    if years and str(one.year) not in years:  # "2026" read as a time, another number the year
        raise _Invalid(f"{shown(text)} is not a date; write e.g. 2024-06-14")
    if one.year != two.year:  # no year: the first such day on or after the document's date
        if near is None:
            raise _Invalid(f"{shown(text)} has no year; write e.g. 2024-06-14")
        base = near.date() if isinstance(near, datetime) else near
        year = base.year
        try:
            candidate = date(year, one.month, one.day)
            if candidate < base - timedelta(days=31):
                candidate = date(year + 1, one.month, one.day)
        except ValueError:
            raise _Invalid(f"{shown(text)} is not a date that exists") from None
        weekday = next((wd for word in _WORD.findall(plain)  # (a name, not "Sun" in "Sun Inn")
                        if len(word) >= FULL_WEEKDAY and (wd := info.weekday(word)) is not None),
                       None)
        if weekday is not None and candidate.weekday() != weekday:
            # "Wednesday, February 5th": the next year it is a Wednesday in, if one is near
            fits = [day for y in range(year, year + WEEKDAY_YEARS + 1)
                    if (day := safe_date(y, one.month, one.day)) and day.weekday() == weekday
                    and day >= base - timedelta(days=31)]  # (a slip moves no event back)
            if fits:
                candidate = min(fits, key=lambda day: abs((day - base).days))
        one = one.replace(year=candidate.year)
        two = two.replace(year=candidate.year)
    if (one.hour, one.minute) != (two.hour, two.minute) and not _HAS_CLOCK.search(plain):
        return one.date()
    return one.replace(tzinfo=ruby_zone(plain))


def _fixed_offset(text: str | None) -> tzinfo | None:
    if text is None:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    from datetime import timezone as fixed

    return fixed(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


_ISO_DATE_TIME = re.compile(r"\s*\d{4}-\d\d?-\d\d?[ T]\d")


def _event_key_holding_a_day(meta: Mapping[str, Any]) -> str | None:
    """The key `event` (or `Event`) where it holds a day or a date and time, not a name."""
    for key, value in meta.items():
        if isinstance(key, str) and normalised(key) == "event" and (
                _dated(value) or isinstance(value, date)
                or (isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()))):
            return key
    return None


def _dated(value: Any) -> bool:
    """Whether a time-of-day key's value is a date and time ("2012-03-01 18:30:00")."""
    if isinstance(value, datetime):
        return True
    return isinstance(value, str) and _ISO_DATE_TIME.match(value) is not None


def _clock_only(value: Any) -> bool:
    """Whether a start key's value is a time of day alone (`"19:00"`, `"7pm"`, `"7pm EST"`)."""
    if not isinstance(value, str) or value.strip().isdigit():
        return False
    text = _plain(value)
    stated = _stated_zone(text)
    text = text[: stated[0]] if stated else text
    return bool(_TIME.match(text) or _TIME_RANGE.match(text))


Clock = tuple[time, time | None, str | None]  # a start, an end, the zone they are stated in


def _clock_range(value: Any) -> Clock:
    """A time of day, or a range: `6:00pm`, `18:00`, `18.30`, `4:00pm to 4:45pm`, `6-8pm`,
    with the zone stated after it, if any (`6:00 PM PDT`)."""
    if isinstance(value, datetime):
        return value.time().replace(tzinfo=None), None, None
    if isinstance(value, time):
        return value.replace(tzinfo=None), None, None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 100 and (
            hhmm := _HHMM.fullmatch(f"{value:04}")):
        # ("event-start-time: 1400", a 24-hour clock's four digits, as the page shows them)
        return time(int(hhmm.group(1)), int(hhmm.group(2))), None, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise _Invalid(f"{value} is a number, not a time of day; write e.g. \"18:00\" "
                       "(quoted: YAML reads an unquoted 18:00 as the number 1080)")
    if not isinstance(value, str):
        raise _Invalid(f"{shown(value)} is not a time of day; write e.g. 18:00 or 6:00pm")
    text = _plain(value).rstrip(".")
    if hhmm := _HHMM.fullmatch(text):  # ("0930")
        return time(int(hhmm.group(1)), int(hhmm.group(2))), None, None
    stated = _stated_zone(text)
    zone = stated[1] if stated else None
    text = text[: stated[0]] if stated else text
    one = _TIME.match(text)
    if one and (one.group(2) or one.group(3) or not text[:1].isdigit() or not text[-1:].isdigit()):
        return _clock(*one.groups(), None), None, zone
    doors = _FOR_START.match(text)
    if doors:  # (the start, with the doors' am/pm if it has none: "7pm for 7.30 start")
        h0, m0, ap0, h1, m1, ap1 = doors.groups()
        opens, start = _clock(h0, m0, ap0, None), _clock(h1, m1, ap1 or ap0, None)
        if ap1 is None and start < opens:  # ("11.30am for a 12.00 start": noon, not midnight)
            start = _clock(h1, m1, None, None)
            if start < opens and start.hour < NOON_HOUR:
                start = start.replace(hour=start.hour + NOON_HOUR)
        return start, None, zone
    pair = _TIME_RANGE.match(text)
    if pair:
        h0, m0, ap0, h1, m1, ap1 = pair.groups()
        end = _clock(h1, m1, ap1, None)
        start = _clock(h0, m0, ap0, ap1)
        if start >= end and ap0 is None and ap1 is not None:  # "11-1pm"
            start = _clock(h0, m0, None, None)
        return start, end, zone
    raise _Invalid(f"{shown(value)} is not a time of day; write e.g. 18:00 or 6:00pm")


def _stated_zone(text: str) -> tuple[int, str | None] | None:
    """Where the zone stated after a time begins in `text`, and the zone it names ("6:00 PM
    PDT", "7:00 PM Cairo Time"); None without one (a place no city of the tz database names,
    "6 PM Eastern Standard time", is none). Names are read without case, as the pattern found
    them: "ſofia" is "sofia"."""
    m = _CLOCK_ZONE.search(text)
    if m is None:
        return None
    if m.group(1):
        return m.start(), ZONE_NAMES.get(" ".join(m.group(1).casefold().split()))
    for word in _WORD.finditer(m.group(2)):  # the longest run of words a city's name ends
        tail = " ".join(m.group(2)[word.start():].casefold().split())
        city = ZONE_NAMES.get(tail) or city_zones().get(tail)
        if city:  # ("PM Cairo": "Cairo"; "3:45-5:15 PM Eastern Time": "Eastern")
            return m.start(2) + word.start(), city
    return None


def _clock(hour: str, minute: str | None, ampm: str | None, ampm_of_range: str | None) -> time:
    h, m = int(hour), int(minute or 0)
    marker = (ampm or ampm_of_range or "").replace(".", "").lower()[:1]  # "a", "p" or ""
    if marker and not 1 <= h <= 12:
        raise _Invalid(f"{hour}{ampm or ampm_of_range} is not a time of day")
    if marker == "p" and h != 12:
        h += 12
    elif marker == "a" and h == 12:
        h = 0
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise _Invalid(f"{hour}:{minute or '00'} is not a time of day")
    return time(h, m)


def _duration(value: Any) -> timedelta:
    found = parse_duration(value)
    if found is None:
        raise _Invalid(f"{shown(value)} is not a duration; write e.g. 90m, 1h30m or 2d")
    return found


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "ja", "false", "no",
                                                             "nej"):
        return value.strip().lower() in ("true", "yes", "ja")
    raise _Invalid(f"{shown(value)} is not true or false")


def says_yes(value: Any) -> bool:
    """Whether a flag key's value is true (`true`, `yes`, `ja`); False for anything else."""
    try:
        return _flag(value)
    except _Invalid:
        return False


def _url(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not re.match(r"https?://\S+$", text):
        raise _Invalid(f"{shown(value)} is not an http(s) address; the link is left out")
    return text


def _rrule(value: Any) -> str:
    """A recurrence rule (`FREQ=WEEKLY;BYDAY=TU`, with or without `RRULE:`), checked."""
    text = value.strip() if isinstance(value, str) else ""
    text = re.sub(r"^RRULE:", "", text, flags=re.I).strip().upper()
    try:
        if not text.startswith("FREQ=") and ";FREQ=" not in text:
            raise ValueError
        rrulestr("RRULE:" + text, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError):
        raise _Invalid(f"{shown(value)} is not a recurrence rule; write e.g. "
                       "FREQ=WEEKLY;BYDAY=TU (RFC 5545)") from None
    return text


def recurrence_rule(value: Any, start: datetime | date) -> str:
    """`value` as an RRULE for an event starting at `start`; ValueError says what is wrong."""
    rule = _rrule(value)
    return _rrule_for(rule, start) if isinstance(start, datetime) else rule


def _rrule_for(rule: str, start: datetime) -> str:
    """`UNTIL` as a UTC time when the event has a time (RFC 5545 wants DTSTART's type)."""
    match = re.search(r"UNTIL=(\d{8})(?:;|$)", rule)
    if not match:
        return rule
    last = datetime.strptime(match.group(1), "%Y%m%d").replace(
        hour=23, minute=59, second=59, tzinfo=start.tzinfo)
    return rule.replace(match.group(0), f"UNTIL={last.astimezone(UTC):%Y%m%dT%H%M%SZ}"
                        + (";" if match.group(0).endswith(";") else ""))


DAILY_HOURS_DAYS = 7  # a span of days up to this long with a time range: those hours each day


def _with_times(start: datetime | date, end: datetime | date | None,
                clock: Clock | None, end_clock: Clock | None,
                duration: timedelta | None, all_day: bool, tz: ZoneInfo, clocked: bool = False,
                ) -> tuple[datetime | date, datetime | date | None]:
    """The start and end with a time-only key's times, a duration, or `all_day` applied."""
    if all_day:
        return day_of(start), day_of(end) if end is not None else None
    if not isinstance(start, datetime) and clock is not None:
        day = start
        start = _at(day, clock[0], clock[2], tz)
        if end is None and clock[1] is not None:
            end = _at(day, clock[1], clock[2], tz)
    if isinstance(start, datetime) and end_clock is not None and is_day(end):
        end = _at(end, end_clock[0], end_clock[2], tz)  # an end day and its own end time
    if isinstance(start, datetime) and (start.hour, start.minute, start.second) == (0, 0, 0) \
            and clock is None and not clocked and (end is None or isinstance(end, date)
                                   and (not isinstance(end, datetime)
                                        or (end.hour, end.minute) == (0, 0))):
        # 2016-04-24T00:00:00: a day, not a midnight
        start, end = start.date(), day_of(end) if end is not None else None
    if isinstance(start, datetime):
        if end_clock is not None and end is None:  # on the start's day where it is stated
            stated = ZoneInfo(end_clock[2]) if end_clock[2] else tz
            end = _at(start.astimezone(stated).date(), end_clock[0], end_clock[2], tz)
        elif is_day(end):
            end = None if end <= start.astimezone(tz).date() else end
            if end is not None:  # a timed start and a later last day: a span of days
                return start.astimezone(tz).date(), end
        if end is None and duration is not None:
            end = start + duration
        return start, end
    if isinstance(end, datetime):
        end = end.astimezone(tz).date()
    if end is None and duration is not None and duration >= timedelta(days=1):
        end = start + duration - timedelta(days=1)
    return start, end


def _at_its_clock(start: datetime, end: datetime | date | None, clock: Clock, tz: ZoneInfo,
                  ) -> tuple[datetime, datetime | date | None, str]:
    """A timed start at its time key's time, the end moved with it (or at the key's end), and
    the start's own time where the key contradicts it, else "". A page shows the time key
    (`event-time: 9:30 am`); a start beside it may be off by a zone (`event-start: 2016-09-03
    02:30:00 -07:00`). A midnight start is a day the key times."""
    day = start.astimezone(tz).date()
    at = _at(day, clock[0], clock[2], tz)
    own = start.astimezone(tz)
    if at.replace(second=0, microsecond=0) == start.replace(second=0, microsecond=0):
        at, moved = start, ""  # (at the minute: "19:00:30" beside "19:00" agrees)
    else:
        moved = "" if (own.hour, own.minute, own.second) == (0, 0, 0) else f"{own:%H:%M}"
    last = None if end is None else day_of(end, tz)
    if clock[1] is not None and (last is None or last == day):
        end = _at(day, clock[1], clock[2], tz)
        if end <= at:  # ("22:00 - 02:00": into the night)
            end = _at(day + timedelta(days=1), clock[1], clock[2], tz)
    elif clock[1] is not None and last is not None and not isinstance(end, datetime):
        end = _at(last, clock[1], clock[2], tz)  # a last day: the key's end on it
    elif isinstance(end, datetime) and last == day and at != start:
        end = end + (at - start)  # (moved with the start; an end on a later day stays)
    return at, end, moved


def _at(day: date, clock: time, zone: str | None, tz: ZoneInfo) -> datetime:
    """`clock` on `day` in the site's zone `tz`, from the `zone` it is stated in, if any."""
    if zone is None:
        return existing(datetime.combine(day, clock, tzinfo=tz))
    return existing(datetime.combine(day, clock, tzinfo=ZoneInfo(zone))).astimezone(tz)


def _location(meta: Mapping[str, Any], keys: Mapping[str, str], used: list[str],
              ) -> Location | None:
    name = _place_text(meta[keys["location"]]) if "location" in keys else ""
    address = _place_text(meta[keys["address"]]) if "address" in keys else ""
    geo = _geo(meta[keys["latitude"]], meta[keys["longitude"]]) \
        if "latitude" in keys and "longitude" in keys else None
    if "location" in keys and isinstance(meta[keys["location"]], Mapping):
        name, address = _place_mapping(meta[keys["location"]], address)
    room_key = next((k for k in meta if isinstance(k, str) and normalised(k) in ROOM_KEYS
                     and k != keys.get("location")), None)
    if room_key and isinstance(meta[room_key], str | int) and name:
        name = f"{name}, {meta[room_key]}"
        used.append(room_key)
    if not name and not address:
        return None
    used += [keys[part] for part in ("location", "address") if part in keys]
    if geo is not None:
        used += [keys["latitude"], keys["longitude"]]
    return Location(name=name or address, address=(address or None) if name else None, geo=geo)


_NAME_KEYS = ("name", "venue", "title", "place", "location", "text", "label")


def _place_mapping(value: Mapping[str, Any], address: str) -> tuple[str, str]:
    """`{name: ..., street: ..., city: ...}`: the name, and the rest as an address."""
    name = next((_place_text(value[k]) for k in value if normalised(k) in _NAME_KEYS), "")
    rest = [_place_text(v) for k, v in value.items()
            if normalised(k) not in _NAME_KEYS
            and normalised(k) not in ("geo", "lat", "lng", "lon", "map", "url", "link", "href")]
    return name, address or ", ".join(part for part in rest if part)


def _place_text(value: Any) -> str:
    """A place as plain text: HTML tags and entities gone, a mapping's values joined."""
    if isinstance(value, Mapping):
        name, address = _place_mapping(value, "")
        return ", ".join(part for part in (name, address) if part)
    if isinstance(value, list):
        return ", ".join(filter(None, map(_place_text, value)))
    if value is None or isinstance(value, bool):
        return ""
    return _plain(str(value))


def _plain(text: str) -> str:
    """Text as one line, without HTML tags or entities."""
    return " ".join((text_only(text) if "<" in text else html.unescape(text)).split())


def _geo(lat: Any, lon: Any) -> tuple[float, float] | None:
    if isinstance(lat, bool) or isinstance(lon, bool):
        return None
    try:
        point = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    return point if -90 <= point[0] <= 90 and -180 <= point[1] <= 180 else None



def _before(end: datetime | date, start: datetime | date) -> bool:
    if isinstance(end, datetime) and isinstance(start, datetime):
        return end <= start
    return day_of(end) < day_of(start)


def _shown(moment: datetime | date) -> str:
    return moment.isoformat()


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def document_day(meta: Mapping[str, Any], published: datetime, tz: ZoneInfo,
                 site_tz: ZoneInfo) -> datetime | date:
    """The document's own date as its author means it: a front matter `date` with a time is
    that wall-clock time in the events' zone `tz` (Jekyll reads an unquoted one as UTC); a
    date without one, or the file name's (midnight in Jekyll's zone `site_tz`), is the day."""
    value = meta.get("date")
    if isinstance(value, datetime):
        return existing(value.replace(tzinfo=tz)) if value.tzinfo is None else value
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return _moment(value.strip(), tz, None, None, [])
        except _Invalid:
            pass
    local = published.astimezone(site_tz)
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return local.date()
    return published.astimezone(tz)
