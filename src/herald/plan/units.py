"""Every output file of a site as units of work, each with a digest of everything it reads.

A unit is one render call: a feed document, one archive page, a calendar, a post's event
file. Its key digests the settings, the themes, the feed's own metadata and a signature of
each post (and event) the call reads, so a later build whose unit has the same key would
write the same bytes and may take the previous build's file instead of rendering it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from herald.cache.keys import fingerprint
from herald.cache.memo import Memo
from herald.derive.schedule import Schedule, one_per_uid, unique_slugs
from herald.load.config import base_url
from herald.model import Event, Post, Site
from herald.plan.feeds import (
    ATOM_NAME,
    CALENDAR_NAME,
    HEAD_NAME,
    INDEX_NAME,
    JSON_NAME,
    OPML_NAME,
    RSS_NAME,
    FeedSpec,
    archive_name,
    archive_pages,
    feed_specs,
    post_tag_ids,
    translations,
)
from herald.render.event_feed import render_event_feeds
from herald.render.feed import Entries, render_archive_page, render_atom, render_rss
from herald.render.head import render_head
from herald.render.ics import CalendarMeta, VEvents, VTimezones, render_calendar
from herald.render.index import render_index
from herald.render.jsonfeed import render_json_feed
from herald.render.opml import render_opml
from herald.urls import encode_path

Files = dict[str, bytes]
# feed entries a build remembers: feed documents are rendered oldest post first (see
# `site_units`), so each entry is still remembered when the next document holding it comes
ENTRIES_KEPT = 8192


@dataclass(frozen=True)
class Unit:
    """Output files made by one render call; `key` is None for those rendered every time."""

    key: str | None
    render: Callable[[], Files]


def site_units(site: Site, schedule: Schedule, now: datetime,
               signatures: Mapping[str, str] | None = None) -> list[Unit]:
    """Every output file of `site`, in a stable order, as units.

    `signatures` (post path -> a digest of everything the post is) gives the units keys;
    without it no unit has one. The units share the memos of this build's renderers.
    """
    config, themes = site.config, site.themes
    entries: Entries = Memo(limit=ENTRIES_KEPT)
    vevents: VEvents = Memo()
    vtimezones: VTimezones = Memo()
    pairs = translations(site.posts)
    specs = feed_specs(site)
    ics_paths = event_file_paths(schedule.events)
    root = base_url(config) + "/"
    keys = _Keys(site, pairs, signatures)
    documents: list[tuple[tuple[int, datetime | None, int], Unit]] = []
    units = []
    for spec in specs:
        head = _head(spec)
        pages = archive_pages(spec, config.archive_page_size)
        current = _since(spec.posts, len(documents))
        documents += [
            (current, Unit(keys.of("atom", head, len(pages), keys.entries(spec.posts),
                                   _empty_date(spec, spec.posts)),
                           _one(spec.path(ATOM_NAME), render_atom, spec, config, themes, pairs,
                                entries))),
            (current, Unit(keys.of("rss", head, keys.entries(spec.posts),
                                   _empty_date(spec, spec.posts)),
                           _one(spec.path(RSS_NAME), render_rss, spec, config, themes, pairs,
                                entries))),
            (current, Unit(keys.of("json", head, keys.posts(spec.posts)),
                           _one(spec.path(JSON_NAME), render_json_feed, spec, config, themes))),
        ]
        for number, posts in enumerate(pages, start=1):
            documents.append((_since(posts, len(documents)), Unit(
                keys.of("archive", head, number, keys.entries(posts)),
                _one(spec.path(archive_name(number)), render_archive_page, spec, config, themes,
                     pairs, number, posts, entries))))
        events = calendar_events(spec, schedule.events, config.lang)
        meta = CalendarMeta(spec.title, spec.subtitle or spec.title, spec.link,
                            config.event_timezone, config.calendar_refresh_hours)
        units.append(Unit(keys.of("calendar", head, meta, keys.events(events)),
                          _one(spec.path(CALENDAR_NAME), partial(
                              render_calendar, themes=themes, meta=meta, lang=spec.lang,
                              vevents=vevents, vtimezones=vtimezones),
                              events)))
        if spec.has_events:
            items = [(event, post, root + encode_path(ics_paths[post.path]))
                     for event, post in events]
            units.append(Unit(
                keys.of("event feeds", head, keys.events(events), [url for *_, url in items],
                        _empty_date(spec, events)),
                partial(_in_folder, spec, render_event_feeds, spec, config, themes, items,
                        entries)))
    for path, items in event_files(schedule.events, ics_paths).items():
        lang = items[0][1].lang
        units.append(Unit(keys.of("event file", path, lang, keys.events(items)),
                          _one(path, partial(render_calendar, themes=themes, meta=None,
                                             lang=lang, vevents=vevents,
                                             vtimezones=vtimezones), items)))
    site_events = calendar_events(specs[0], schedule.events, config.lang)
    heads = [_head(spec) for spec in specs]
    # the clock decides only which events the index lists as upcoming
    upcoming = [event.ends_at > now for event, _ in site_events]
    units.append(Unit(keys.of("index", heads, keys.events(site_events), upcoming,
                              sorted(ics_paths.items())),
                      _one(INDEX_NAME, render_index, site, specs, site_events, ics_paths, now)))
    units.append(Unit(keys.of("opml", heads), _one(OPML_NAME, render_opml, site, specs)))
    units.append(Unit(keys.of("head", heads), _one(HEAD_NAME, render_head, site, specs)))
    # feed documents oldest first: the documents holding a post come close together, so its
    # entry is built once and still in `entries` (which forgets) when the next one needs it
    return [unit for _, unit in sorted(documents, key=lambda pair: pair[0])] + units


def calendar_events(spec: FeedSpec, events: tuple[tuple[Event, Post], ...],
                    site_lang: str) -> list[tuple[Event, Post]]:
    """The events a feed's calendar holds: all of the feed's posts, not just the newest."""
    if spec.kind == "lang":
        return [(e, p) for e, p in events if p.lang == spec.key]
    if spec.kind == "theme":
        return one_per_uid(((e, p) for e, p in events if spec.key in p.themes), spec.lang)
    if spec.kind == "tag":
        return one_per_uid(((e, p) for e, p in events if spec.key in post_tag_ids(p)),
                           spec.lang)
    if spec.kind == "collection":
        return one_per_uid(((e, p) for e, p in events if p.collection == spec.key),
                           spec.lang)
    return one_per_uid(events, site_lang)


def event_file_paths(events: tuple[tuple[Event, Post], ...]) -> dict[str, str]:
    """Each announcing post's single-event calendar, `events/<slug>.ics`, by post path."""
    names = unique_slugs(post for _, post in events)
    return {path: f"events/{name}.ics" for path, name in names.items()}


def event_files(events: tuple[tuple[Event, Post], ...], paths: Mapping[str, str]
                ) -> dict[str, list[tuple[Event, Post]]]:
    """Each post's events under its calendar's path (`paths`: `event_file_paths`)."""
    files: dict[str, list[tuple[Event, Post]]] = {}
    for event, post in events:
        files.setdefault(paths[post.path], []).append((event, post))
    return files


def _since(posts: tuple[Post, ...], order: int) -> tuple[int, datetime | None, int]:
    """Sorts feed documents by their oldest post (newest first in `posts`), empty ones last."""
    return (0, posts[-1].published, order) if posts else (1, None, order)


def _empty_date(spec: FeedSpec, items: Sequence[object]) -> datetime | None:
    """The date an empty feed shows (the site's newest change), part of only its key."""
    return None if items else spec.site_updated


def _one(name: str, render: Callable[..., bytes], *args: object) -> Callable[[], Files]:
    return lambda: {name: render(*args)}


def _in_folder(spec: FeedSpec, render: Callable[..., Files], *args: object) -> Files:
    return {spec.path(name): body for name, body in render(*args).items()}


def _head(spec: FeedSpec) -> tuple[str, ...]:
    """What a feed says about itself, besides its posts."""
    return (spec.folder, spec.title, spec.subtitle, spec.link, spec.lang, spec.base, spec.kind,
            spec.key)


class _Keys:
    """Unit keys from post signatures; every key is None when there are none."""

    def __init__(self, site: Site, pairs: Mapping[str, tuple[Post, ...]],
                 signatures: Mapping[str, str] | None) -> None:
        self._signatures = signatures
        self._pairs = pairs
        self._events: Memo[str] = Memo()
        self._base = fingerprint(site.config, sorted(site.themes.items())) if signatures else ""

    def of(self, *parts: object) -> str | None:
        if self._signatures is None:
            return None
        return fingerprint(self._base, *parts)

    def posts(self, posts: tuple[Post, ...] | list[Post]) -> list[str]:
        if self._signatures is None:
            return []
        return [self._signatures[post.path] for post in posts]

    def entries(self, posts: tuple[Post, ...]) -> list[str]:
        """Each post's signature and its translations' (an entry links to them)."""
        if self._signatures is None:
            return []
        signatures, pairs = self._signatures, self._pairs
        return [signatures[post.path] if not post.ref or post.ref not in pairs
                else signatures[post.path] + ":" + ",".join(
                    signatures[other.path] for other in pairs[post.ref])
                for post in posts]

    def events(self, items: list[tuple[Event, Post]]) -> list[tuple[str, str]]:
        if self._signatures is None:
            return []
        return [(self._event(event), self._signatures[post.path]) for event, post in items]

    def _event(self, event: Event) -> str:
        """An event's repr (it says everything about it), worked out once per event."""
        return self._events.get((event,), partial(repr, event))


def post_signatures(posts: tuple[Post, ...], read: Mapping[str, tuple[str, Post]]
                    ) -> dict[str, str]:
    """A digest of everything each post is, by path.

    `read` holds each post as read (and cached) under the key of its inputs: a post the site
    still holds as read is that key; one the site changed (a clashing id made unique) is
    digested whole.
    """
    signatures = {}
    for post in posts:
        key, as_read = read.get(post.path, ("", None))
        signatures[post.path] = key if key and as_read is post else fingerprint(post)
    return signatures
