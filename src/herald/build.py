"""One build: load the content folder, derive feeds and events, render them, write them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from herald import stamp
from herald.cache import PostCache
from herald.check import EntryIds, missing_posts
from herald.config import base_url
from herald.content import LoadOptions, Progress, assemble_site, plan_site
from herald.feeds import (
    ATOM_NAME,
    CALENDAR_NAME,
    EVENTS_ATOM_NAME,
    INDEX_NAME,
    JSON_NAME,
    OPML_NAME,
    RSS_NAME,
    FeedSpec,
    feed_specs,
    translations,
)
from herald.model import Event, Post, Problem, Site
from herald.output import TreeWriter
from herald.reading import read_all
from herald.render.event_feed import render_event_feeds
from herald.render.feed import forget_entries, render_archives, render_atom, render_rss
from herald.render.ics import CalendarMeta, forget_events, render_calendar
from herald.render.index import end_instant, render_index
from herald.render.jsonfeed import render_json_feed
from herald.render.opml import render_opml
from herald.schedule import Schedule, one_per_uid, site_schedule, unique_slugs
from herald.urls import encode_path


@dataclass(frozen=True)
class BuildResult:
    site: Site
    schedule: Schedule
    files: dict[str, bytes]  # every file's bytes when nothing was written; else empty
    sizes: dict[str, int]  # every file's size, written or not
    problems: tuple[Problem, ...]
    seconds: float

    @property
    def feeds(self) -> int:
        return sum(name.endswith((ATOM_NAME, EVENTS_ATOM_NAME)) for name in self.sizes)

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)

    def report(self) -> stamp.Report:
        """What the build tells its user, as `herald build` prints it."""
        site, schedule = self.site, self.schedule
        ordered = sorted(self.problems, key=lambda p: (p.path, p.line or 0, p.message))
        return stamp.Report(
            problems=[str(problem) for problem in ordered], errors=self.errors,
            warnings=self.warnings, posts=len(site.posts), themes=len(site.themes),
            languages=len({post.lang for post in site.posts}), feeds=self.feeds,
            events=len(schedule.events), inferred=schedule.inferred,
            default_ends=schedule.default_ends, candidates=len(schedule.candidates),
            files=len(self.sizes))


def render_files(site: Site, schedule: Schedule, now: datetime,
                 progress: Progress | None = None) -> Iterator[tuple[str, bytes]]:
    """Every output file of `site` as (relative path, bytes), one at a time."""
    forget_entries()
    forget_events()
    try:
        yield from _render_files(site, schedule, now, progress)
    finally:
        forget_entries()
        forget_events()


def _render_files(site: Site, schedule: Schedule, now: datetime,
                  progress: Progress | None) -> Iterator[tuple[str, bytes]]:
    config = site.config
    pairs = translations(site.posts)
    specs = feed_specs(site)
    ics_paths = event_file_paths(schedule.events)
    root = base_url(config) + "/"
    for done, spec in enumerate(specs):
        if progress is not None:
            progress("writing feeds", done, len(specs))
        yield spec.path(ATOM_NAME), render_atom(spec, config, site.themes, pairs)
        yield spec.path(RSS_NAME), render_rss(spec, config, site.themes, pairs)
        yield spec.path(JSON_NAME), render_json_feed(spec, config, site.themes)
        for name, body in render_archives(spec, config, site.themes, pairs).items():
            yield spec.path(name), body
        events = calendar_events(spec, schedule.events, config.lang)
        meta = CalendarMeta(spec.title, spec.subtitle or spec.title, spec.link,
                            config.timezone, config.calendar_refresh_hours)
        yield spec.path(CALENDAR_NAME), render_calendar(events, themes=site.themes, meta=meta,
                                                        lang=spec.lang)
        if spec.has_events:
            items = [(event, post, root + encode_path(ics_paths[post.path]))
                     for event, post in events]
            for name, body in render_event_feeds(spec, config, site.themes, items).items():
                yield spec.path(name), body
    for path, items in event_files(schedule.events).items():
        yield path, render_calendar(items, themes=site.themes, meta=None,
                                    lang=items[0][1].lang)
    site_events = calendar_events(specs[0], schedule.events, config.lang)
    yield INDEX_NAME, render_index(site, specs, site_events, ics_paths, now)
    yield OPML_NAME, render_opml(site, specs)


def calendar_events(spec: FeedSpec, events: tuple[tuple[Event, Post], ...],
                    site_lang: str) -> list[tuple[Event, Post]]:
    """The events a feed's calendar holds: all of the feed's posts, not just the newest."""
    if spec.kind == "lang":
        return [(e, p) for e, p in events if p.lang == spec.key]
    if spec.kind == "theme":
        return one_per_uid(((e, p) for e, p in events if spec.key in p.themes), spec.lang)
    return one_per_uid(events, site_lang)


def event_file_paths(events: tuple[tuple[Event, Post], ...]) -> dict[str, str]:
    """Each announcing post's single-event calendar, `events/<slug>.ics`, by post path."""
    names = unique_slugs(post for _, post in events)
    return {path: f"events/{name}.ics" for path, name in names.items()}


def event_files(events: tuple[tuple[Event, Post], ...]) -> dict[str, list[tuple[Event, Post]]]:
    """Each post's events under its calendar's path."""
    paths = event_file_paths(events)
    files: dict[str, list[tuple[Event, Post]]] = {}
    for event, post in events:
        files.setdefault(paths[post.path], []).append((event, post))
    return files


def build(content: Path, out: Path | None, options: LoadOptions,
          overrides: dict[str, Any] | None = None, progress: Progress | None = None, *,
          jobs: int = 1, cache_dir: Path | None = None) -> BuildResult:
    """Build `content` into `out` (nothing is written when `out` is None).

    `jobs` processes read the posts; `cache_dir` keeps read posts between builds.
    """
    started = time.perf_counter()
    if out is not None and cache_dir is not None:
        inputs = stamp.inputs_digest(content, stamp.settings(content, out, options.drafts,
                                                             options.future, overrides))
    plan = plan_site(content, options, overrides)
    cache = PostCache(cache_dir) if cache_dir is not None else None
    derived = read_all(plan, jobs=jobs, cache=cache, progress=progress)
    if cache is not None:
        cache.save()
    site = assemble_site(plan, [result for result, _ in derived], options)
    schedule = site_schedule(site, {result.rel: events for result, events in derived
                                    if events is not None})
    files: dict[str, bytes] = {}
    sizes: dict[str, int] = {}
    ids = EntryIds()
    # written as rendered, so the output need not fit in memory
    with TreeWriter(out) if out is not None else nullcontext() as writer:
        for name, data in render_files(site, schedule, options.now, progress):
            if writer is None:
                files[name] = data
            else:
                writer.add(name, data)
            sizes[name] = len(data)
            ids.read(name, data)
        lost = missing_posts(site, ids, options.drafts)
    result = BuildResult(site, schedule, files, sizes,
                         site.problems + schedule.problems + tuple(lost),
                         time.perf_counter() - started)
    if out is not None and cache_dir is not None:
        future = [post.published for post in (r.post for r, _ in derived) if post is not None
                  and post.published > options.now and not options.future and not post.draft]
        stamp.record(cache_dir, out, inputs, options.now,
                     next_change(options.now, future, schedule), result.report(), sizes)
    return result


def next_change(now: datetime, future: list[datetime], schedule: Schedule) -> datetime | None:
    """When time alone changes the output: a future post appears, or an event ends."""
    ends = [end_instant(event) for event, _ in schedule.events]
    return min((moment for moment in future + ends if moment > now), default=None)
