"""The events each post announces: front matter first, else inferred from its text."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from herald.dates import day_of, zone
from herald.derive.features import WEEKDAY_SLIP
from herald.derive.front_matter import EventSpec, events_from_front_matter
from herald.derive.infer import (
    Found,
    find_events,
    one_time_of_day,
    patterns_for,
    reads_as_a_report,
    the_texts_starts,
    told_in_the_past,
)
from herald.derive.mentions import months_named
from herald.derive.patterns import LANGS
from herald.derive.site_keys import (
    FAMILIES,
    SiteEvent,
    dated_by_its_event,
    document_day,
    in_an_event_category,
    is_event_category,
    is_event_collection,
    is_event_layout,
    is_invitation,
    is_news_collection,
    listed_titles,
    names_a_place,
    names_a_speaker,
    names_a_venue,
    normalised,
    other_kind,
    publish_day,
    recurrence_rule,
    says_yes,
    site_events,
    written_at_a_stamp,
)
from herald.derive.text import segments
from herald.derive.times import time_mentions
from herald.load.config import id_authority
from herald.load.documents import given_everywhere_by_defaults
from herald.load.language import detect_language
from herald.load.scan import POST_NAME
from herald.load.values import language_tag
from herald.model import Config, Event, Post, Problem, Site


@dataclass(frozen=True)
class Schedule:
    events: tuple[tuple[Event, Post], ...]  # every post's events, in post order
    candidates: tuple[tuple[Found, Post], ...]  # inferred dates that were not accepted
    problems: tuple[Problem, ...]

    @property
    def inferred(self) -> int:
        return sum(event.source == "inferred" for event, _ in self.events)

    @property
    def default_ends(self) -> int:
        return sum(event.end_assumed for event, _ in self.events)

    def site_keys(self) -> dict[str, int]:
        """Each of the site's own front matter keys events were read from, with the number of
        documents it gave events for, most used first."""
        documents: dict[str, set[str]] = defaultdict(set)
        for event, post in self.events:
            for key in event.keys:
                documents[key].add(post.path)
        return dict(sorted(((key, len(paths)) for key, paths in documents.items()),
                           key=lambda item: (-item[1], item[0])))


@dataclass(frozen=True)
class PostEvents:
    """One post's events before UIDs are given, the dates inference rejected, and problems."""

    events: tuple[Event, ...]
    candidates: tuple[Found, ...]
    problems: tuple[Problem, ...]


def site_schedule(site: Site, derived: Mapping[str, PostEvents] | None = None) -> Schedule:
    """Every event of every post, with UIDs that translations share.

    `derived` holds `post_events` results already worked out (in parallel, or cached), by path.
    """
    drafts: list[tuple[Event, Post]] = []
    candidates: list[tuple[Found, Post]] = []
    problems: list[Problem] = []
    documents = site.documents()
    for post in sorted(documents, key=lambda p: p.path):
        found = (derived or {}).get(post.path) or post_events(post, site.config)
        drafts += [(event, post) for event in found.events]
        candidates += [(item, post) for item in found.candidates]
        problems += found.problems
    events = with_uids(in_the_sites_zone(drafts, site.config), id_authority(site.config))
    order = {post.path: i for i, post in enumerate(documents)}
    events.sort(key=lambda pair: (order[pair[1].path], pair[0].index))
    return Schedule(tuple(events), tuple(candidates), tuple(problems))


def in_the_sites_zone(drafts: list[tuple[Event, Post]], config: Config
                      ) -> list[tuple[Event, Post]]:
    """Where the site's zone is not known (no `timezone`, a language of several zones), the
    zone most of its placed events are in (their coordinates'): the wall-clock times of its
    other events, read in UTC, are that zone's."""
    if config.timezone_given or config.assumed_event_timezone is not None:
        return drafts
    unknown = config.event_timezone
    placed = Counter(event.timezone for event, _ in drafts if event.timezone != unknown)
    if not placed:
        return drafts
    (found, _), = placed.most_common(1)
    return [(_rezoned(event, found), post) if event.timezone == unknown else (event, post)
            for event, post in drafts]


def _rezoned(event: Event, timezone: str) -> Event:
    """The event's wall-clock times read in `timezone` (a time given with its own offset
    stays that instant)."""
    start, end = event.start, event.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        start, end = _wall_clock(start, timezone), _wall_clock(end, timezone)
        if end <= start:  # a DST gap took the end: keep the length
            end = start + (event.end - event.start)  # type: ignore[operator]
    return replace(event, start=start, end=end, timezone=timezone)


def _wall_clock(moment: datetime, timezone: str) -> datetime:
    if getattr(moment.tzinfo, "key", None) != "UTC":
        return moment
    return _existing(moment.replace(tzinfo=zone(timezone)))


def post_events(post: Post, config: Config) -> PostEvents:
    """The events `post` announces: herald's `event:` keys, else the site's own keys (or the
    date of an event collection's document, or of one its `publishDate` dates by its event;
    a day alone timed by its text), else those inferred from its text (a post's, or a news
    collection's document's), else, for a post whose layout renders an event (`layout:
    talk`) and whose text is no recap, the event of its own date."""
    default = timedelta(minutes=config.default_event_duration_minutes)
    specs, notes = events_from_front_matter(post.front_matter, post_path=post.path,
                                            site_timezone=config.event_timezone,
                                            default_duration=default)
    if specs is not None:
        return PostEvents(tuple(event_from_spec(spec, post) for spec in specs), (), tuple(notes))
    tz = zone(config.event_timezone)
    # (a document whose front matter YAML cannot read is dated when the site is built: no day
    # of its own for an event)
    own_date = None if post.dated_at_build else document_day(
        post.front_matter, post.published, tz, zone(config.timezone))
    zone_known = config.timezone_given or config.assumed_event_timezone is not None

    def stated(in_event_collection: bool) -> tuple[tuple[Event, ...], tuple[Problem, ...]]:
        found = site_events(
            post.front_matter, path=post.path,
            document_date=own_date,
            in_event_collection=in_event_collection,
            mapping=config.event_fields, timezone=config.event_timezone,
            zone_given=config.timezone_given,
            zone_known=zone_known)
        if found is None:
            return (), ()
        return tuple(event_from_site(item, i, found.keys, post,
                                     found.timezone or config.event_timezone, default)
                     for i, item in enumerate(found.events)), found.problems

    langs: list[str] = []  # the language the post is read in, worked out once when asked

    def lang() -> str:
        if not langs:
            langs.append(reading_language(post, config))
        return langs[0]

    # (a day alone after it was published is an event's where the title, lead or text names
    # one: "Autumn meetup", not a month's devotion, "Kreuz, auf das ich schaue", dated the 1st)
    by_its_event = dated_by_its_event(post.front_matter, own_date, tz) and (
        _a_time_of_day(own_date) or patterns_for(lang()).event.search(
            f"{post.title} {lead_text(post.front_matter)} {post.body}".lower()) is not None)
    events, problems = stated(
        is_event_collection(post.collection, config.event_collections) or by_its_event)
    notes += problems

    if events and _cancelled_by_its_title(post.title, lang()):
        # (those of the months it names, if it names any: "July Meeting Cancelled")
        months = months_named(post.title.lower(), patterns_for(lang()))
        events = tuple(replace(event, status="CANCELLED") if day_of(event.start).month in months
                       else event for event in events)
    if events and (months := _months_called_off_in_its_text(post.body, lang())):
        # ("This event has been cancelled." under a `_events` page's keys; "The May social is
        # cancelled." calls off May's only)
        events = tuple(replace(event, status="CANCELLED") if day_of(event.start).month in months
                       else event for event in events)
    shelved: tuple[Found, ...] = ()  # a project's dates, listed as rejected candidates
    if (events and all(event.keys == ("date",) for event in events)
            and not config.event_fields and told_in_the_past(post.body, lang())):
        # (an event collection's page dated by its own date alone that tells of its event gone
        # by: a write-up filed with the events, dated when it was written)
        shelved = tuple(Found(event.start, event.end, 0.0, "date", False,
                              "a write-up of its event, told in the past") for event in events)
        events = ()
    kind = other_kind(post.front_matter.get("layout"), post.collection)
    named = isinstance(config.event_collections, tuple) and is_event_collection(
        post.collection, config.event_collections)
    if events and kind and not config.event_fields and not named:
        # (a site that maps its keys, or names the collection as one of events, means them)
        keys = ", ".join(events[0].keys)
        shelved = tuple(Found(event.start, event.end, 0.0, keys, False,
                              f"the dates of a {kind} ({keys}), not an event")
                        for event in events)
        events = ()
    body = post.body if post.body.strip() else front_matter_prose(post.front_matter)

    read: list[list[Found]] = []  # the text's events, found once however often asked

    def inferred() -> list[Found]:
        if not read:
            read.append(find_events(post.title, lead_text(post.front_matter), body,
                                    lang=lang(),
                                    published=written_publication(post, tz, own_date),
                                    threshold=config.event_confidence_threshold))
        return read[0]

    def accepted_as_of_its_eve(event: Event) -> list[Found]:
        # (the text's events as the day before a key's event reads them: its bare weekdays,
        # and a report of the day as the page's own, are that day's)
        eve = datetime.combine(day_of(event.start) - timedelta(days=1), time(12), tzinfo=tz)
        return [item for item in find_events(post.title, lead_text(post.front_matter), body,
                                             lang=lang(), published=eve,
                                             threshold=config.event_confidence_threshold)
                if item.accepted]

    def with_the_texts_starts(events: tuple[Event, ...]) -> tuple[Event, ...]:
        # (a key's time among the text's others: "kl. 17:30 och 19:30", two concerts)
        lead = lead_text(post.front_matter)
        if not (config.infer_events and zone_known and len(events) == 1
                and _its_time_said_among_others(events[0], lead + body)):
            return events
        return _at_the_texts_starts(events[0], the_texts_starts(
            post.title, lead, body, lang=lang(), published=written_publication(post, tz,
                                                                                own_date)))

    def timed_by_the_text(events: tuple[Event, ...]) -> tuple[Event, ...]:
        # (a day alone of the site's, at the time its text gives that day)
        timed = [item for item in inferred() if item.accepted]
        if not inferred() and len(events) == 1:
            # (a text that names no day: its one time of day is the key's day's)
            timed = _the_texts_one_time(post, body, lang(), events[0].start)
        elif len(events) == 1 and _timed_only_among_the_rejected(inferred(), events[0]):
            # (the key's day is the page's, its text a report of it to the reader: as of the
            # day before, its time is the key's day's)
            timed = (accepted_as_of_its_eve(events[0])
                     or _its_days_with_a_weekday_slip(inferred(), events[0]))
        return tuple(timed_event for event in events for timed_event in
                     _with_the_texts_time(event, timed, default, post.front_matter,
                                          following=len(events) == 1 and not any(
                                              _of_the_family(key, "end") for key in event.keys)))

    if (events and config.infer_events and _of_its_own_date(events)
            and not by_its_event):
        found = inferred()
        if not post.body.strip() and _lists_events(post.front_matter) and (
                listed := accepted_as_of_its_eve(events[0])):
            # (a term's page listing its events, dated by the first: the events it lists)
            events = tuple(event_from_found(item, post, config.event_timezone, default)
                           for item in listed)
            return PostEvents(events, (), tuple(notes))
        if _written_before(found, day_of(events[0].start)) or _one_of_its_texts(
                found, events[0]) or (
                written_at_a_stamp(own_date) and not any(item.accepted for item in found)):
            # (a date to the second, `2019-11-25T10:56:52+05:30`, is when the page was
            # written: with no day in its text it announces none, "Time: TBD")
            events = tuple(event_from_found(item, post, config.event_timezone, default)
                           for item in found if item.accepted)
            return PostEvents(events, (), tuple(notes))
    if events and zone_known and any(_utc_told_as_local(event, lead_text(post.front_matter)
                                                         + "\n\n" + body, lang(), tz)
                                     for event in events):
        # (`begin: 2013-06-28T21:00:00Z` over "um 21 Uhr": the site's wall-clock time)
        notes.append(Problem(post.path, f"{events[0].keys[0]}: its UTC time is the one the "
                             f"text gives as {tz.key}'s: read as {tz.key}'s; drop the `Z`",
                             "warning"))
        events = tuple(_on_the_sites_wall_clock(event, tz) for event in events)
    if events:
        # (only on a known clock: a site without a zone would put the text's 13:00 in UTC)
        if config.infer_events and zone_known and any(map(_a_day_alone, events)):
            events = timed_by_the_text(events)
        elif (config.infer_events and zone_known and len(events) == 1
              and _a_few_days(events[0])):  # (the text is read only for such a span)
            # (as of the day before it: its bare weekdays, "Lördag och söndag 10.30-16.30",
            # are the span's, not those after the post was written)
            events = _by_the_texts_days(events[0], accepted_as_of_its_eve(events[0]), default)
        else:
            events = with_the_texts_starts(events)
        return PostEvents(events, (), tuple(notes))
    found: list[Found] = []
    if config.infer_events and is_news_collection(post.collection):
        found = inferred()
    events = tuple(event_from_found(item, post, config.event_timezone, default)
                   for item in found if item.accepted)
    # (a category's or a speaker's post stamped to the second was written then: "our visit
    # to ...")
    timed = _a_time_of_day(own_date)
    if (not events and (is_event_layout(post.front_matter) or (
            (is_event_category(post.categories, post.front_matter, config.event_fields)
             # (or dated to the time of day its text states, under an event's category or
             # naming its place: `date: 2014-07-30 10:30` under `categories: events` over "...
             # will be held in the Tea Room at 10:30am"; `location: Brown's Folly Car Park`
             # over `date: 2006-02-04 11:00:00` and "Meet at 11.00 a.m.")
             or (timed and (in_an_event_category(post.categories)
                            or names_a_place(post.front_matter, config.event_fields))
                 and _says_its_own_time(body, lang(), own_date))
             or (names_a_venue(post.front_matter) and kind is None and timed)
             or ((names_a_speaker(post.front_matter) or is_invitation(post.front_matter))
                 and timed))
            and not written_at_a_stamp(own_date)))
            and not _names_a_recent_day(found, post.published)
            and not reads_as_a_report(body, lang())):
        # (a `layout: talk` or `categories: event` post that names no day: its own date's)
        events, _ = stated(True)
        if config.infer_events and zone_known and any(map(_a_day_alone, events)):
            events = timed_by_the_text(events)
        events = with_the_texts_starts(events)
    return PostEvents(events, shelved + tuple(item for item in found if not item.accepted),
                      tuple(notes))


RECENT_DAYS = 30  # a day named this close before a post is its event's day gone by, not history


def _names_a_recent_day(found: list[Found], published: datetime) -> bool:
    """Whether the text names a day from a month before `published` on (not "landing on 20
    July 1969" in a talk's abstract; "Date: September 28" in a post of October 5 is its event,
    gone by)."""
    since = published.date() - timedelta(days=RECENT_DAYS)
    # (a day that is the page's own, "this weekend" on a meetup page of that Saturday, names
    # no other)
    return any(since <= day_of(f.start) and not day_of(f.start) <= published.date()
               <= day_of(f.end or f.start) for f in found)


def written_publication(post: Post, tz: ZoneInfo, own_date: datetime | date | None = None
                        ) -> datetime:
    """A post's publication on the site's clock as its author wrote it. A zoneless front
    matter time (`date: 2022-12-10 14:00`) is UTC to Jekyll, so the feeds say 15:00 in
    Stockholm, but a site that dates a post by its event means 14:00 there. A post dated by
    its event (`publishDate: 2025-09-01` before `date: 2025-09-24`; `own_date` is its date as
    written) was written on the day it says it was published."""
    if dated_by_its_event(post.front_matter, own_date, tz):
        published = publish_day(post.front_matter, tz)
        assert published is not None
        return datetime.combine(published, datetime.min.time(), tzinfo=tz)
    named = POST_NAME.match(post.path.rsplit("/", 1)[-1]) if post.dated_at_build else None
    if named and len(named.group(1)) == 4:
        # (its front matter unreadable, Jekyll dates it by the build; its text was written
        # on the day its name gives: "On Wednesday the 17th of October" is that year's)
        try:
            return datetime(*map(int, named.groups()[:3]), tzinfo=tz)
        except ValueError:
            pass
    written = post.front_matter.get("date")
    if (
        isinstance(written, datetime)
        and written.tzinfo is None
        and written.replace(tzinfo=UTC) == post.published
    ):
        return written.replace(tzinfo=tz)
    return post.published.astimezone(tz)


POST_LANGUAGE_HITS = 8  # a short post's common words that name its language (a site needs 20)
LANGUAGE_SAMPLE = 3000  # characters of a post's text that say its language as well as all would
_CODE = re.compile(r"```.*?```|<pre\b.*?</pre>|<code\b.*?</code>", re.S | re.I)


def reading_language(post: Post, config: Config) -> str:
    """The grammar to read a post's text with: its own `lang`, or the site's `lang`; on a site
    that names none, its `language` where that is one herald reads, else the language the
    post's prose is written in where herald has a grammar
    for it (a Norwegian post among English ones), else the language most posts are in."""
    if config.lang_given or post.front_matter.get("lang") or post.front_matter.get("locale"):
        return post.lang
    # (a theme's `language: de`, where herald reads it: not one a site's `defaults` give every
    # post, `path: de` tells a folder's; and the key may name a programming language)
    value = post.front_matter.get("language")
    tag = "no" if value is False else language_tag(value)  # (YAML reads `no` as false)
    named = tag.split("-")[0] if tag else ""
    if named in LANGS and not given_everywhere_by_defaults(config, "language"):
        return named
    prose = _CODE.sub(" ", post.body[:LANGUAGE_SAMPLE])  # code is English whatever the post is
    written_in = detect_language([post.title, prose], min_hits=POST_LANGUAGE_HITS)
    return written_in if written_in in LANGS else post.lang


# front matter keys of lead-like text (normalised as site_keys.normalised: `ingress_Short` is
# `ingressshort`), in the order their texts are joined
LEAD_KEYS = ("excerpt", "ingress", "ingresstext", "ingressshort", "summary", "teaser",
             "description", "lead", "lede", "intro", "abstract", "subtitle", "subheadline",
             "subheading", "preamble")


def lead_text(meta: Mapping[str, Any]) -> str:
    """Every lead-like front matter text, joined: a date may stand in any one of them."""
    by_name: dict[str, str] = {}
    for key, value in meta.items():
        if isinstance(value, str) and value.strip():
            by_name.setdefault(normalised(key), value.strip())
    return "\n\n".join(dict.fromkeys(by_name[key] for key in LEAD_KEYS if key in by_name))


# keys of a page builder's blocks whose text is a heading
HEADING_KEYS = frozenset({"hdr", "header", "heading", "headline", "title", "subtitle", "h1",
                          "h2", "h3", "h4"})


# keys a content manager keeps a page's whole text under, in front matter (`content: >-`)
BODY_KEYS = frozenset({"content", "body", "text", "markdown", "inhalt", "tekst", "inhoud",
                       "innehall", "innehåll", "indhold", "innhold"})


def front_matter_prose(meta: Mapping[str, Any]) -> str:
    """The text a page builder keeps in front matter rather than the body (`sections: [{hdr:
    Tuesday 14th May, sentences: [{txt: Meeting starts at 7.30pm}]}]`, `content: >- ...`), as
    Markdown: a text under a body's key, then every string of more than one word (not an
    address) in the blocks of `meta` (its mappings, and lists holding mappings; not `tags:
    [...]`), in order, a heading where its key names one."""
    parts: list[str] = [value.strip() for key, value in meta.items()
                        if isinstance(value, str) and normalised(key) in BODY_KEYS
                        and " " in value.strip()]

    def walk(value: Any, key: str) -> None:
        if key in _ENDS:
            return  # (an event's end, `end_time: 'Oct 3, 10pm'`, is no event of its own)
        if isinstance(value, str):
            text = value.strip()
            if " " in text and not _ADDRESS.match(text):
                parts.append(f"## {text}" if key in HEADING_KEYS else text)
        elif isinstance(value, Mapping):
            for k, v in value.items():
                walk(v, normalised(k))
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    for value in meta.values():
        if isinstance(value, Mapping) or (
            isinstance(value, list) and any(isinstance(v, Mapping) for v in value)
        ):
            walk(value, "")
    return "\n\n".join(parts)


_ADDRESS = re.compile(r"\S+://")
_ENDS = frozenset(FAMILIES["end"] + FAMILIES["end_time"])


def event_from_spec(spec: EventSpec, post: Post) -> Event:
    return Event(post_path=post.path, index=spec.index, uid=spec.uid or "",
                 summary=spec.summary or post.title, start=spec.start, end=spec.end,
                 timezone=spec.timezone, source="front matter", end_assumed=spec.end_assumed,
                 location=spec.location, url=spec.url, status=spec.status,
                 sequence=spec.sequence, description=spec.description, rrule=spec.rrule)


def event_from_site(item: SiteEvent, index: int, keys: tuple[str, ...], post: Post,
                    timezone: str, default: timedelta) -> Event:
    end = item.end
    if end is None:
        end = item.start + default if isinstance(item.start, datetime) else item.start
    return Event(post_path=post.path, index=index, uid="", summary=item.summary or post.title,
                 start=item.start,
                 end=end, timezone=timezone, source="site keys", end_assumed=item.end is None
                 and isinstance(item.start, datetime), location=item.location, url=item.url,
                 rrule=item.rrule, keys=keys)


def _cancelled_by_its_title(title: str, lang: str) -> bool:
    """Whether a document's title calls its event off in one of its parts ("ABGESAGT:
    Familienwanderung", "CANCELLED - October 19th", "Juniormøde - Intet møde pga.
    vinterferie"); not a title that only holds such a word ("Noise Cancellation in Audio DSP",
    "No Code Meetup"), nor one moved ("Postponed to 5 May", "verschoben")."""
    lp = patterns_for(lang)
    low = title.lower()
    if lp.moved.search(low) or lp.new_date.search(low):
        return False
    return any(lp.title_cancel.search(part.strip()) for part in _TITLE_PARTS.split(low))


NOTICE_SENTENCE = 100  # characters of the longest sentence that is a calling-off notice
_DIGIT = re.compile(r"\d")


def _months_called_off_in_its_text(body: str, lang: str) -> frozenset[int]:
    """The months whose events a short sentence of a document's text, naming no date, calls
    off ("This event has been cancelled.", "Die Veranstaltung fällt leider aus.": every month;
    "The May social is cancelled.": May); none for one under a condition ("If the event is
    cancelled, ..."), or one moving it ("postponed to ...")."""
    lp = patterns_for(lang)
    if not lp.cancel.search(body.lower()):  # (most texts: asked once, before they are split)
        return frozenset()
    months: frozenset[int] = frozenset()
    for sentence in (seg.text.lower() for seg in segments(body)):
        if (len(sentence) <= NOTICE_SENTENCE and not _DIGIT.search(sentence)
                and lp.cancel.search(sentence) and lp.event.search(sentence)
                and not lp.condition.search(sentence) and not lp.moved.search(sentence)):
            months |= months_named(sentence, lp)
    return months


# the parts of a title: "AFLYST - Sverigestur", "Spring Fling: Cancelled"
_TITLE_PARTS = re.compile(r"\s[-–—|/]\s|[:()\[\]]")


def _of_its_own_date(events: tuple[Event, ...]) -> bool:
    """Whether a document's one event is its own date's and nothing more (an event
    collection's page with no key of an event's at all: no start, time, end or place)."""
    return len(events) == 1 and events[0].keys in (("date",), ("file name date",))


def _value_of(meta: Mapping[str, Any], key: str) -> Any:
    """The value of a key as `herald events` names it (`all_day`, `event.all_day`)."""
    parent, _, name = key.rpartition(".")
    holder = meta.get(parent) if parent else meta
    return holder.get(name) if isinstance(holder, Mapping) else None


def _says_its_own_time(body: str, lang: str, moment: datetime | date | None) -> bool:
    """Whether text `body` states the time of day of its document's own date (`date: 2014-07-30
    10:30` over "Our next coffee morning will be held in the Tea Room at 10:30am")."""
    if not isinstance(moment, datetime):
        return False
    return moment.time().replace(tzinfo=None) in _times_said(body, lang)


def _times_said(text: str, lang: str) -> set[time]:
    """The times of day `text` states (their starts)."""
    lp = patterns_for(lang)
    return {t.t0 for seg in segments(text) for t in time_mentions(seg.text, lp)}


def _utc_told_as_local(event: Event, text: str, lang: str, tz: ZoneInfo) -> bool:
    """Whether a key's start in UTC (`2013-06-28T21:00:00Z`) is the time of day its text
    states (`um 21 Uhr`) where the site's zone is not then at UTC, and not the local time it
    converts to (23:00): a `Z` written on the site's wall-clock time."""
    start = event.start
    if not isinstance(start, datetime) or start.utcoffset() != timedelta(0):
        return False
    local = start.astimezone(tz)
    if local.utcoffset() == timedelta(0):
        return False
    said = _times_said(text, lang)
    return start.time().replace(tzinfo=None) in said and local.time().replace(
        tzinfo=None) not in said


def _on_the_sites_wall_clock(event: Event, tz: ZoneInfo) -> Event:
    """A UTC-stamped event's times read as the site's wall-clock times."""
    def wall(moment: datetime | date) -> datetime | date:
        if isinstance(moment, datetime) and moment.utcoffset() == timedelta(0):
            return _existing(moment.replace(tzinfo=tz))
        return moment
    return replace(event, start=wall(event.start), end=wall(event.end), timezone=tz.key)


def _a_time_of_day(moment: datetime | date | None) -> bool:
    """Whether a document's own date has a time of day (`2021-09-27 16:00:00`, a talk's; not a
    day alone, as a podcast episode's or an interview's page is dated)."""
    return isinstance(moment, datetime) and (moment.hour, moment.minute) != (0, 0)


def _written_before(found: list[Found], own_day: date) -> bool:
    """Whether a document's own date is the day it was written, not its event's: its text
    gives events, all after that day, and names that day nowhere (a section of events dated
    `2019-11-01T20:48` over `lördagen den 9.11 klockan 13-15`)."""
    accepted = [item for item in found if item.accepted]
    return bool(accepted) and all(day_of(item.start) > own_day for item in accepted) and not any(
        day_of(item.start) <= own_day <= day_of(item.end or item.start) for item in found)


ONE_RUN_DAYS = 7  # days a page's performances may run over from its own date


def _one_of_its_texts(found: list[Found], event: Event) -> bool:
    """Whether a document's own date is one of several events its text gives within a week
    or so, each at its own time (a musical's page dated `2026-05-08T19:00:20` over `fredagen
    den 8 maj kl. 19.00`, `lördagen den 9 maj kl. 14.30` and `kl. 19.00`): the text's events
    are the page's (not a page naming its next meeting a month on)."""
    timed = [item for item in found if item.accepted and isinstance(item.start, datetime)]
    own = day_of(event.start)
    return len(timed) > 1 and all(
        0 <= (day_of(item.start) - own).days <= ONE_RUN_DAYS for item in timed) and any(
        day_of(item.start) == own for item in timed)


def _lists_events(meta: Mapping[str, Any]) -> bool:
    """Whether front matter lists several events, each a mapping with a title of its own (a
    term's page: `events: [{title: Fall Auditions, time: 'Sept. 30, Oct. 1, & Oct. 3,
    7-10pm'}, {title: Our Town, time: 'Nov. 6-8, 7:30pm + Nov. 8, 2pm'}, ...]`)."""
    return any(isinstance(value, list) and len(value) > 1
               and all(isinstance(item, Mapping) for item in value)
               and all(title is not None for title in listed_titles(value))
               for value in meta.values())


def _of_the_family(key: str, part: str) -> bool:
    """Whether a key as `herald events` names it (`end_date`, `event.ends`) is of the family
    that gives `part` ("end", "all_day")."""
    return normalised(key.rpartition(".")[2]) in FAMILIES[part]


def _timed_only_among_the_rejected(found: list[Found], event: Event) -> bool:
    """Whether the text gives a site key's day a time only where it takes it for no event."""
    on_the_day = [item for item in found if isinstance(item.start, datetime)
                  and item.start.date() == event.start]
    return bool(on_the_day) and not any(item.accepted for item in on_the_day)


def _its_days_with_a_weekday_slip(found: list[Found], event: Event) -> list[Found]:
    """The text's timed sentences of a site key's day that were taken for no event only for
    a weekday not the day's (`date: 2022-05-07`, a Saturday, over "Sun, May 7th, 1:00pm –
    4:00pm"): the key says which day, the text its hours."""
    return [replace(item, accepted=True) for item in found
            if item.reason == WEEKDAY_SLIP and isinstance(item.start, datetime)
            and item.start.date() == event.start]


def _a_day_alone(event: Event) -> bool:
    """An all-day event of one day, with no rule of repeats."""
    return not isinstance(event.start, datetime) and event.end == event.start and not event.rrule


SPLIT_SPAN_DAYS = 7  # days a site key's span may run for the text's hours of each to split it


def _a_few_days(event: Event) -> bool:
    """Whether an event spans two to SPLIT_SPAN_DAYS + 1 days, with no rule of repeats."""
    return not event.rrule and 0 < (day_of(event.end) - day_of(event.start)).days <= SPLIT_SPAN_DAYS


def _by_the_texts_days(event: Event, found: list[Found], default: timedelta
                       ) -> tuple[Event, ...]:
    """A site key's span of a few days (`start_datetime: 2019-12-07 11:00`, `end_datetime:
    2019-12-08 17:00`) as the events the text gives inside it, where it gives hours of each of
    its days ("Lördag den 7 december, 11.00 till 17.00. Söndag 8 december, 11.00 till
    17.00."; a vernissage's Friday evening and the weekend's opening hours): a market is not
    open through the night. Else the span as it is (not a conference's one "Registration
    opens at 8:30 on Friday", nor a camp's programme)."""
    first, last = day_of(event.start), day_of(event.end)
    if not _a_few_days(event):
        return (event,)
    inside = sorted((f for f in found if first <= day_of(f.start) and day_of(f.end or f.start)
                     <= last), key=lambda f: (day_of(f.start), isinstance(f.start, datetime)))
    hours = [f for f in inside if isinstance(f.start, datetime)]
    days = {f.start.date() for f in hours}
    # (every day's hours from and to, one span a day: not a camp's programme, "Fredag 19:00
    # Ankomst" ... "Søndag 13:00 Afgang", its parts, nor its check-in and pick-up hours with
    # the day between them)
    if len(days) != (last - first).days + 1 or len(days) < len(hours) or not all(
            isinstance(f.end, datetime) and f.end.date() == f.start.date() for f in hours):
        return (event,)
    tz = zone(event.timezone)
    out = []
    for i, f in enumerate(inside):
        if isinstance(f.start, datetime):
            start = _existing(f.start.replace(tzinfo=tz))
            end = _existing(f.end.replace(tzinfo=tz)) if isinstance(f.end, datetime) else None
            if end is not None and end <= start:
                end = None
            out.append(replace(event, index=event.index + i, start=start,
                               end=end or start + default, end_assumed=end is None))
        else:
            end_day = f.end if isinstance(f.end, date) else f.start
            out.append(replace(event, index=event.index + i, start=f.start, end=end_day,
                               end_assumed=False))
    return tuple(out)


def _the_texts_one_time(post: Post, body: str, lang: str, day: datetime | date) -> list[Found]:
    """The one time of day of a text that names no day, on the day of its site key, as an
    event found on that day (none where the text states no time, or several)."""
    if isinstance(day, datetime):
        return []
    at_noon = datetime.combine(day, time(12))
    said = one_time_of_day(post.title, lead_text(post.front_matter), body, lang=lang,
                           published=at_noon.replace(tzinfo=UTC))
    if said is None:
        return []
    start, end = said
    return [Found(datetime.combine(day, start),
                  datetime.combine(day, end) if end is not None else None, 1.0,
                  "the text's one time of day", True, "")]


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")


def _its_time_said_among_others(event: Event, body: str) -> bool:
    """Whether a site key's timed start is one of several clock times its text writes ("kl.
    17:30 och 19:30"), so that the text is worth reading for its other starts (most texts
    that repeat their key's time repeat it alone)."""
    if not isinstance(event.start, datetime) or event.rrule:
        return False
    said = {m.group().replace(".", ":").zfill(5) for m in _CLOCK.finditer(body)}
    return f"{event.start:%H:%M}" in said and len(said) > 1


def _at_the_texts_starts(event: Event, starts: list[time]) -> tuple[Event, ...]:
    """A site key's timed start as each start its text joins to it by "and" ("Våra två
    konserter går kl. 17:30 och 19:30" beside `date: 2025-10-24T17:30`), each as long as
    the key's; the key's event alone where its time is not one of them."""
    assert isinstance(event.start, datetime)
    if f"{event.start:%H:%M}" not in {f"{t:%H:%M}" for t in starts}:
        return (event,)
    length = event.end - event.start if isinstance(event.end, datetime) else None
    # (its later starts, each after the key's span where its keys give an end: not a day's
    # "Keynotes at 9:00 and 14:00" from 9:00 to 17:00)
    first = event.start.time().replace(second=0, microsecond=0)
    ends = (event.end.time() if isinstance(event.end, datetime) and not event.end_assumed
            and event.end.date() == event.start.date() else None)
    starts = [t for t in starts if t == first or (t > first and (ends is None or t >= ends))]
    if len(starts) < 2:
        return (event,)
    out = []
    for i, t in enumerate(starts):
        start = _existing(datetime.combine(event.start.date(), t, tzinfo=event.start.tzinfo))
        out.append(replace(event, index=event.index + i, start=start,
                           end=start + length if length is not None else event.end))
    return tuple(out)


def _with_the_texts_time(event: Event, found: list[Found], default: timedelta,
                         meta: Mapping[str, Any], following: bool = False
                         ) -> tuple[Event, ...]:
    """A site key's day alone, timed by the text where it gives that day one time
    (`date: 2025-09-24` over `**Tid:** 24. September - 16:30`), and each day after it the text
    gives the same hours, one after another (`event-date: 2016-04-23` over "Date: April 23 -
    April 24 / Time: 9am-6pm": two days; with `following`, for a document's one event); not a
    day its keys call all day (`all_day: true`)."""
    if not _a_day_alone(event) or any(_of_the_family(key, "all_day")
                                      and says_yes(_value_of(meta, key)) for key in event.keys):
        return (event,)
    # day -> its start and end -> the sentences that say so
    by_day: dict[date, dict[tuple[datetime, datetime | date | None], set[str]]] = {}
    for item in found:
        if isinstance(item.start, datetime):
            by_day.setdefault(item.start.date(), {}).setdefault(
                (item.start, item.end), set()).add(item.evidence)
    if len(by_day.get(event.start, {})) != 1:
        return (event,)
    tz = zone(event.timezone)
    out = []
    day = event.start
    ((first, first_end), said), = by_day[day].items()
    # (the days after it that the same sentence gives the same hours, "April 23 - April 24 /
    # 9am-6pm", or others the same hours from and to, "- Sunday 2 June, 10am-4pm"; not another
    # event's start, "The film club meets on Sunday June 2 at 7pm")
    while len(by_day.get(day, {})) == 1:
        ((start, end), evidence), = by_day[day].items()
        same_hours = isinstance(end, datetime) and isinstance(first_end, datetime) and (
            end.time() == first_end.time())
        if start.time() != first.time() or not (evidence & said or same_hours):
            break
        start = _existing(start.replace(tzinfo=tz))
        end = _existing(end.replace(tzinfo=tz)) if isinstance(end, datetime) else None
        if end is not None and end <= start:
            end = None
        out.append(replace(event, index=event.index + len(out), start=start,
                           end=end or start + default, end_assumed=end is None))
        day += timedelta(days=1)
        if not following:
            break
    return tuple(out)


def event_from_found(found: Found, post: Post, timezone: str, default: timedelta) -> Event:
    tz = zone(timezone)
    start: datetime | date = found.start
    end: datetime | date | None = found.end
    assumed = False
    if isinstance(start, datetime):
        start = _existing(start.replace(tzinfo=tz))
        if isinstance(end, datetime):
            end = _existing(end.replace(tzinfo=tz))
        if not isinstance(end, datetime) or end < start:  # no end, or one a DST gap ate
            end, assumed = start + default, True
    elif not isinstance(end, date) or isinstance(end, datetime):
        end = start
    rule = recurrence_rule(found.rrule, start) if found.rrule else None
    return Event(post_path=post.path, index=0, uid="", summary=post.title, start=start, end=end,
                 timezone=timezone, source="inferred", confidence=found.confidence,
                 evidence=found.evidence, end_assumed=assumed, rrule=rule)


def _existing(moment: datetime) -> datetime:
    """A wall-clock time a DST gap skips (02:30 on the spring-forward night) moved past it."""
    return moment.astimezone(UTC).astimezone(moment.tzinfo)


def with_uids(drafts: list[tuple[Event, Post]], authority: str) -> list[tuple[Event, Post]]:
    """Number each post's events and give them UIDs `<ref, else slug>-<n>@<authority>`.

    Front matter events keep their place in the `events:` list as `n`, so fixing one event
    never renumbers the others. Translations (posts sharing `ref`) and inferred events are
    numbered by start over the whole group, so the same start gets the same UID in every
    language. Posts that share a slug but no ref get distinct bases (`slug-2`, ...).
    """
    by_group: dict[str, list[tuple[Event, Post]]] = defaultdict(list)
    for event, post in drafts:
        by_group[post.ref or f"\0{post.path}"].append((event, post))
    bases = _uid_bases([post for _, post in drafts])
    result = []
    for group in by_group.values():
        starts = sorted({_instant(event) for event, _ in group})
        single_post = len({post.path for _, post in group}) == 1
        taken: set[tuple[str, int]] = set()
        for event, post in group:
            by_list = single_post and event.source != "inferred"
            index = event.index if by_list else starts.index(_instant(event))
            while (post.path, index) in taken:  # two events of one post at the same start
                index += len(starts)
            taken.add((post.path, index))
            uid = event.uid or f"{bases[post.path]}-{index}@{authority}"
            result.append((replace(event, index=index, uid=uid), post))
    return result


def _uid_bases(posts: list[Post]) -> dict[str, str]:
    """Each post's UID base: its ref, else its slug made unique among posts."""
    return unique_slugs(posts) | {post.path: post.ref for post in posts if post.ref}


def unique_slugs(posts: Iterable[Post]) -> dict[str, str]:
    """Each post's slug by path; later posts sharing a slug get `-2`, `-3`, ..."""
    names: dict[str, str] = {}
    owners: dict[str, str] = {}
    by_path = {post.path: post for post in posts}  # not a set: hashing posts is slow
    for post in sorted(by_path.values(), key=lambda p: (p.published, p.path)):
        name, n = post.slug, 2
        while owners.get(name, post.path) != post.path:
            name, n = f"{post.slug}-{n}", n + 1
        owners[name] = post.path
        names[post.path] = name
    return names


def one_per_uid(pairs: Iterable[tuple[Event, Post]], lang: str) -> list[tuple[Event, Post]]:
    """Keep one version of each event, preferring the post written in `lang`."""
    chosen: dict[str, tuple[Event, Post]] = {}
    for event, post in pairs:
        kept = chosen.get(event.uid)
        if kept is None or (kept[1].lang != lang and post.lang == lang):
            chosen[event.uid] = (event, post)
    return list(chosen.values())


def _instant(event: Event) -> str:
    # not Event.starts_at: UIDs are numbered in this order, and UIDs never change
    start = event.start
    return start.isoformat() if not isinstance(start, datetime) else start.astimezone(
        zone("UTC")).isoformat()
