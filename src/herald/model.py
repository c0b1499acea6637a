"""The frozen data that flows through herald: load -> derive -> render -> write."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from herald.load.scan import Layout
from herald.problems import Problem, Severity  # noqa: F401 - the rest of herald finds them here


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    description: str = ""
    lang: str | None = None
    image: str | None = None
    url: str = ""
    published: bool = True
    path: str | None = None  # None when posts reference a theme that has no file


@dataclass(frozen=True)
class Post:
    path: str  # relative to the content folder, with forward slashes
    slug: str  # file slug: the file name without date prefix and extension
    title: str
    lang: str
    published: datetime  # timezone-aware
    updated: datetime  # when its author changed it: `last_modified_at`, else `published`
    url: str  # absolute
    id: str  # stable feed id (tag URI unless front matter `id`)
    summary: str  # plain text
    body: str  # the body after Liquid, without loops over other documents: Markdown or HTML
    is_html: bool
    body_line: int  # line number of the body's first line in the file
    content_html: str  # body rendered, absolute URLs, sanitised
    ref: str | None = None
    themes: tuple[str, ...] = ()  # theme ids: `_themes` references and categories
    categories: tuple[str, ...] = ()  # Jekyll's categories: the path's, then front matter's
    tags: tuple[str, ...] = ()
    collection: str = "posts"  # the Jekyll collection the document belongs to
    image: str | None = None  # absolute URL
    links: tuple[Link, ...] = ()
    lead: str = ""  # excerpt / ingress-text as written
    draft: bool = False
    front_matter: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    changed: datetime | None = None  # its file's last change (git), if after `updated`
    dated_at_build: bool = False  # front matter YAML cannot read: dated by the build, as Jekyll

    @property
    def last_change(self) -> datetime:
        """When anything about it last changed, git's commits included: what calendars'
        LAST-MODIFIED and SEQUENCE follow."""
        return self.changed or self.updated


@dataclass(frozen=True)
class Location:
    name: str
    address: str | None = None
    geo: tuple[float, float] | None = None


EventStatus = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]


@dataclass(frozen=True)
class Event:
    """A dated event a post announces.

    Timed events have timezone-aware `start`/`end`; all-day events have `date`s and
    `end` is the last day, inclusive (calendars get the exclusive day after).
    """

    post_path: str
    index: int  # position among the post's events, part of the UID
    uid: str
    summary: str
    start: datetime | date
    end: datetime | date
    timezone: str  # IANA name
    source: Literal["front matter", "site keys", "inferred"]
    confidence: float = 1.0
    evidence: str = ""
    end_assumed: bool = False  # True when the end came from the default duration
    location: Location | None = None
    url: str | None = None
    status: EventStatus = "CONFIRMED"
    sequence: int | None = None  # from front matter; derived otherwise
    description: str | None = None  # from front matter; the post summary otherwise
    rrule: str | None = None  # an RFC 5545 recurrence rule, without `RRULE:`
    keys: tuple[str, ...] = ()  # the site's own front matter keys it was read from

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def starts_at(self) -> datetime:
        """The instant it starts: an all-day event at midnight in its zone."""
        if isinstance(self.start, datetime):
            return self.start
        return datetime.combine(self.start, time(), ZoneInfo(self.timezone))

    @property
    def ends_at(self) -> datetime:
        """The instant it ends: an all-day event at the midnight after its last day."""
        if isinstance(self.end, datetime):
            return self.end
        return datetime.combine(self.end + timedelta(days=1), time(), ZoneInfo(self.timezone))

    @property
    def place(self) -> str | None:
        """Where, as one line of text: the name, and the address unless one holds the other."""
        if self.location is None:
            return None
        name, address = self.location.name, self.location.address
        if not address or address in name:
            return name
        if name in address:
            return address
        return f"{name}, {address}"


@dataclass(frozen=True)
class Config:
    """Site settings from _config.yml, with herald's own under `herald:`, after CLI overrides."""

    title: str = "Untitled site"
    description: str = ""
    url: str = "https://example.invalid"  # scheme and host, no trailing slash
    url_from: str = ""  # "url", "CNAME", "--base-url", or "" when none gave it
    baseurl: str = ""
    timezone: str = "UTC"  # what Jekyll reads times in: UTC when the site sets none
    timezone_given: bool = True
    # the zone events happen in, where the site sets no timezone: its language's
    assumed_event_timezone: str | None = None
    lang: str = "en"
    lang_given: bool = True  # False: `lang` is what most posts are written in
    author: str = ""
    logo: str | None = None
    permalink: str = "date"
    # Jekyll's collections by label, `posts` included, with their settings
    collections: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False)
    defaults: tuple[dict[str, Any], ...] = ()
    future: bool = False  # Jekyll's `future: true`: posts dated after now are published
    unpublished: bool = False  # Jekyll's `unpublished: true`: `published: false` is ignored
    kramdown: dict[str, Any] = field(default_factory=dict, hash=False)
    layout: Layout = field(default_factory=Layout)  # where Jekyll finds files
    settings: dict[str, Any] = field(default_factory=dict, hash=False, repr=False)  # as read
    # herald's own settings
    base_url: str | None = None  # where out/ is published; default url + baseurl
    id_authority: str | None = None
    feed_limit: int = 20
    infer_events: bool = True
    default_event_duration_minutes: int = 60
    event_confidence_threshold: float = 0.7  # derive/infer.py's THRESHOLD
    calendar_refresh_hours: int = 12
    max_post_bytes: int = 5 * 1024 * 1024
    archive_page_size: int = 50  # entries per RFC 5005 archive page
    websub_hub: str | None = None  # WebSub hub announced in every feed
    category_feeds: bool = True  # every Jekyll category of posts gets a theme's outputs
    tag_feeds: bool | tuple[str, ...] = False  # tags too: all of them, or those listed
    collection_feeds: bool | tuple[str, ...] = True  # output collections with dated documents
    # the site's own front matter key for each part of an event (None: never read that part)
    event_fields: dict[str, str | None] = field(default_factory=dict, hash=False)
    event_collections: bool | tuple[str, ...] = True  # True: detected by their labels
    # the site's title and description in other languages: {"en": {"title": ..., ...}}
    languages: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)
    source: Path | None = None  # the _config.yml read, if any

    @property
    def event_timezone(self) -> str:
        """The zone of events' wall-clock times: the site's, else its language's."""
        return self.assumed_event_timezone or self.timezone


@dataclass(frozen=True)
class Site:
    root: Path
    config: Config
    posts: tuple[Post, ...]  # newest first
    themes: dict[str, Theme] = field(hash=False)  # published and referenced themes by id
    problems: tuple[Problem, ...] = ()
    # files deliberately not built (unpublished, future, a folder), with the reason
    left_out: dict[str, str] = field(default_factory=dict, hash=False)
    tags: dict[str, Theme] = field(default_factory=dict, hash=False)  # tags with feeds, by slug
    # the documents of each collection that gets feeds, newest first, by label
    collections: dict[str, tuple[Post, ...]] = field(default_factory=dict, hash=False)
    # every file read as a document (relative to `root`) and its collection's label
    sources: dict[str, str] = field(default_factory=dict, hash=False)

    def documents(self) -> tuple[Post, ...]:
        """The posts, then every collection's documents."""
        return self.posts + tuple(post for posts in self.collections.values() for post in posts)
