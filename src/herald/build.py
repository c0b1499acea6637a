"""One build: load the content folder, derive feeds and events, render them, write them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from herald.content import LoadOptions, load_site
from herald.feeds import FeedSpec, feed_specs, translations
from herald.model import Event, Post, Problem, Site
from herald.output import write_tree
from herald.render.feed import ATOM_NAME, RSS_NAME, render_atom, render_rss
from herald.render.ics import CalendarMeta, render_calendar
from herald.schedule import Schedule, one_per_uid, site_schedule, unique_slugs

CALENDAR_NAME = "calendar.ics"


@dataclass(frozen=True)
class BuildResult:
    site: Site
    schedule: Schedule
    files: dict[str, bytes]
    problems: tuple[Problem, ...]
    seconds: float
    feeds: int

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)


def render_site(site: Site, schedule: Schedule) -> dict[str, bytes]:
    """Every output file of `site`, by relative path."""
    files: dict[str, bytes] = {}
    pairs = translations(site.posts)
    for spec in feed_specs(site):
        prefix = f"{spec.folder}/" if spec.folder else ""
        files[prefix + ATOM_NAME] = render_atom(spec, site.config, site.themes, pairs)
        files[prefix + RSS_NAME] = render_rss(spec, site.config, site.themes, pairs)
        meta = CalendarMeta(spec.title, spec.subtitle or spec.title, spec.link,
                            site.config.timezone, site.config.calendar_refresh_hours)
        files[prefix + CALENDAR_NAME] = render_calendar(
            calendar_events(spec, schedule.events, site.config.lang), themes=site.themes,
            meta=meta, lang=spec.lang)
    for name, items in event_files(schedule.events).items():
        files[f"events/{name}.ics"] = render_calendar(items, themes=site.themes, meta=None,
                                                      lang=items[0][1].lang)
    return files


def calendar_events(spec: FeedSpec, events: tuple[tuple[Event, Post], ...],
                    site_lang: str) -> list[tuple[Event, Post]]:
    """The events a feed's calendar holds: all of the feed's posts, not just the newest."""
    if spec.kind == "lang":
        return [(e, p) for e, p in events if p.lang == spec.key]
    if spec.kind == "theme":
        return one_per_uid(((e, p) for e, p in events if spec.key in p.themes), spec.lang)
    return one_per_uid(events, site_lang)


def event_files(events: tuple[tuple[Event, Post], ...]) -> dict[str, list[tuple[Event, Post]]]:
    """Each post's events under its slug, made unique among posts."""
    names = unique_slugs(post for _, post in events)
    files: dict[str, list[tuple[Event, Post]]] = {}
    for event, post in events:
        files.setdefault(names[post.path], []).append((event, post))
    return files



def build(content: Path, out: Path | None, options: LoadOptions,
          overrides: dict[str, Any] | None = None) -> BuildResult:
    """Build `content` into `out` (nothing is written when `out` is None)."""
    started = time.perf_counter()
    site = load_site(content, options, overrides)
    schedule = site_schedule(site)
    files = render_site(site, schedule)
    if out is not None:
        write_tree(out, files)
    feeds = sum(name.endswith(ATOM_NAME) for name in files)
    return BuildResult(site, schedule, files, site.problems + schedule.problems,
                       time.perf_counter() - started, feeds)
