"""One build: load the content folder, derive feeds and events, render them, write them."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from herald.cache import stamp
from herald.cache.store import PostCache
from herald.check import EntryIds, missing_posts
from herald.events.schedule import Schedule, site_schedule
from herald.load.reading import post_keys, read_all
from herald.load.scan import Scan, scan_content
from herald.load.site import LoadOptions, Progress, assemble_site, plan_site
from herald.model import Problem, Site
from herald.plan.feeds import ATOM_NAME, EVENTS_ATOM_NAME
from herald.plan.units import (
    LastBuild,
    Unit,
    Written,
    load_last_build,
    post_signatures,
    save_last_build,
    site_units,
)
from herald.render.feed import forget_entries
from herald.render.ics import forget_events
from herald.write.output import FileStat, TreeWriter


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


def build(content: Path, out: Path | None, options: LoadOptions,
          overrides: dict[str, Any] | None = None, progress: Progress | None = None, *,
          jobs: int = 1, cache_dir: Path | None = None, inputs: str | None = None,
          scan: Scan | None = None) -> BuildResult:
    """Build `content` into `out` (nothing is written when `out` is None).

    `jobs` processes read the posts; `cache_dir` keeps read posts and what each output file
    was made of between builds, so that files whose inputs did not change are not rendered
    again. `inputs` is `stamp.inputs_digest` for these settings and `scan` the content
    folder's files, if already known.
    """
    started = time.perf_counter()
    if scan is None:
        scan = scan_content(content, options.drafts, out)
    if out is not None and cache_dir is not None and inputs is None:
        inputs = stamp.inputs_digest(scan, stamp.settings(content, out, options.drafts,
                                                          options.future, overrides))
    with lasting_objects() as made:
        plan = plan_site(content, options, overrides, scan=scan)
        cache = PostCache(cache_dir) if cache_dir is not None else None
        keys = post_keys(plan) if cache is not None and cache.enabled else None
        derived = read_all(plan, jobs=jobs, cache=cache, progress=progress, keys=keys)
        if cache is not None:
            cache.save()
        site = assemble_site(plan, [result for result, _ in derived], options)
        schedule = site_schedule(site, {result.rel: events for result, events in derived
                                        if events is not None})
        made()  # all of it lasts until the build ends
        signatures = None
        if out is not None and keys is not None:
            # a document rendered with Liquid may show any file of the site: its signature
            # holds the digest of them all
            site_digest = scan.digest() if any(r.used_site for r, _ in derived) else ""
            signatures = post_signatures(site.documents(), {
                result.rel: (_signed(keys.get(result.rel) or "", result.used_site, site_digest),
                             result.post)
                for result, _ in derived if result.post is not None})
        units = site_units(site, schedule, options.now, signatures)
        last = LastBuild({}, {})
        if cache_dir is not None and out is not None:
            last = load_last_build(cache_dir, out)
        written = write_units(units, out, last, progress)
    lost = missing_posts(site, written.ids)
    result = BuildResult(site, schedule, written.files, written.sizes,
                         site.problems + schedule.problems + tuple(lost),
                         time.perf_counter() - started)
    if out is not None and cache_dir is not None and inputs is not None:
        save_last_build(cache_dir, out, LastBuild(written.units, written.stats))
        publish_future = options.future or site.config.future
        future = [post.published for post in (r.post for r, _ in derived) if post is not None
                  and post.published > options.now and not publish_future]
        stamp.record(cache_dir, out, inputs, options.now,
                     next_change(options.now, future, schedule), result.report(),
                     written.stats)
    return result


def _signed(key: str, used_site: bool, site_digest: str) -> str:
    """A read document's signature: its cache key, with the site's digest when it used
    Liquid; "" (digest the document whole) when it has no key."""
    return f"{key}:{site_digest}" if key and used_site else key


@contextmanager
def lasting_objects() -> Iterator[Callable[[], None]]:
    """Hold off Python's cyclic garbage collector while a build makes objects that last.

    A build makes millions of objects that live until it ends and next to no reference
    cycles, and the collector would walk all of them again and again (a tenth of a cold
    build, growing with the site). Inside, it is off until the caller says the lasting
    objects are made: they are frozen (`gc.freeze`) and the collector goes back to work on
    the rest. Afterwards nothing stays frozen and the collector is as it was.
    """
    enabled = gc.isenabled()
    gc.disable()

    def made() -> None:
        gc.freeze()
        if enabled:
            gc.enable()

    try:
        yield made
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
        else:
            gc.disable()


@dataclass
class WrittenUnits:
    """What `write_units` wrote: by unit key, by file name, and the entry ids it holds."""

    units: dict[str, tuple[Written, ...]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # the bytes, when `out` is None
    stats: dict[str, FileStat] = field(default_factory=dict)  # as they are left in `out`
    ids: EntryIds = field(default_factory=EntryIds)


def write_units(units: list[Unit], out: Path | None, last: LastBuild,
                progress: Progress | None) -> WrittenUnits:
    """Render each unit into `out`, or take its files from `last` build's when its key is
    the same; keep the bytes instead when `out` is None."""
    done = WrittenUnits()
    forget_entries()
    forget_events()
    try:
        # written as rendered, so the output need not fit in memory
        with TreeWriter(out, last.files) if out is not None else nullcontext() as writer:
            for count, unit in enumerate(units):
                if progress is not None:
                    progress("writing feeds", count, len(units))
                kept = last.units.get(unit.key) if unit.key is not None else None
                if kept is not None and writer is not None and _keep(writer, kept):
                    files = kept
                    for file in kept:
                        done.ids.add(file.name, file.ids)
                else:
                    files = tuple(_write(writer, done, name, data)
                                  for name, data in unit.render().items())
                for file in files:
                    done.sizes[file.name] = file.size
                if unit.key is not None:
                    done.units[unit.key] = files
        if writer is not None:
            done.stats = writer.stats
    finally:
        forget_entries()
        forget_events()
    return done


def _keep(writer: TreeWriter, kept: tuple[Written, ...]) -> bool:
    """Take a unit's files from the previous build, all of them or none."""
    if not all(writer.can_keep(file.name, file.digest) for file in kept):
        return False
    return all([writer.keep(file.name, file.digest, file.size) for file in kept])


def _write(writer: TreeWriter | None, done: WrittenUnits, name: str, data: bytes) -> Written:
    if writer is None:
        done.files[name] = data
        digest = ""
    else:
        digest = writer.add(name, data)
    return Written(name, digest, len(data), done.ids.read(name, data))


def next_change(now: datetime, future: list[datetime], schedule: Schedule) -> datetime | None:
    """When time alone changes the output: a future post appears, or an event ends."""
    ends = [event.ends_at for event, _ in schedule.events]
    return min((moment for moment in future + ends if moment > now), default=None)
