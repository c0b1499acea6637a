"""One build: load the content folder, derive feeds and events, render them, write them."""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from herald import stamp
from herald.cache import PostCache
from herald.check import EntryIds, missing_posts
from herald.content import LoadOptions, Progress, assemble_site, plan_site
from herald.feeds import ATOM_NAME, EVENTS_ATOM_NAME
from herald.model import Problem, Site
from herald.output import TreeWriter
from herald.outputs import (
    LastBuild,
    Written,
    load_last_build,
    post_signatures,
    save_last_build,
    site_units,
)
from herald.reading import post_keys, read_all
from herald.render.feed import forget_entries
from herald.render.ics import forget_events
from herald.render.index import end_instant
from herald.schedule import Schedule, site_schedule


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
          jobs: int = 1, cache_dir: Path | None = None, inputs: str | None = None
          ) -> BuildResult:
    """Build `content` into `out` (nothing is written when `out` is None).

    `jobs` processes read the posts; `cache_dir` keeps read posts and what each output file
    was made of between builds, so that files whose inputs did not change are not rendered
    again. `inputs` is `stamp.inputs_digest` for these settings, if already known.
    """
    started = time.perf_counter()
    if out is not None and cache_dir is not None and inputs is None:
        inputs = stamp.inputs_digest(content, stamp.settings(content, out, options.drafts,
                                                             options.future, overrides))
    plan = plan_site(content, options, overrides)
    cache = PostCache(cache_dir) if cache_dir is not None else None
    keys = post_keys(plan) if cache is not None and cache.enabled else None
    derived = read_all(plan, jobs=jobs, cache=cache, progress=progress, keys=keys)
    if cache is not None:
        cache.save()
    site = assemble_site(plan, [result for result, _ in derived], options)
    schedule = site_schedule(site, {result.rel: events for result, events in derived
                                    if events is not None})
    reuse = out is not None and cache_dir is not None and keys is not None
    signatures = post_signatures(site.posts, {
        result.rel: (keys.get(result.rel) or "", result.post)
        for result, _ in derived if result.post is not None}) if reuse and keys else None
    last = load_last_build(cache_dir, out) if cache_dir is not None and out is not None \
        else LastBuild({}, {})
    units = site_units(site, schedule, options.now, signatures)
    files: dict[str, bytes] = {}
    sizes: dict[str, int] = {}
    made: dict[str, tuple[Written, ...]] = {}
    ids = EntryIds()
    forget_entries()
    forget_events()
    # written as rendered, so the output need not fit in memory
    try:
        with TreeWriter(out, last.files) if out is not None else nullcontext() as writer:
            for done, unit in enumerate(units):
                if progress is not None:
                    progress("writing feeds", done, len(units))
                kept = last.units.get(unit.key) if unit.key is not None else None
                if kept is not None and writer is not None and _keep(writer, kept):
                    written = kept
                    for file in kept:
                        ids.add(file.name, file.ids)
                else:
                    written = tuple(_write(writer, files, ids, name, data)
                                    for name, data in unit.render().items())
                for file in written:
                    sizes[file.name] = file.size
                if unit.key is not None:
                    made[unit.key] = written
            lost = missing_posts(site, ids, options.drafts)
    finally:
        forget_entries()
        forget_events()
    result = BuildResult(site, schedule, files, sizes,
                         site.problems + schedule.problems + tuple(lost),
                         time.perf_counter() - started)
    if out is not None and cache_dir is not None and inputs is not None:
        assert writer is not None
        save_last_build(cache_dir, out, LastBuild(made, writer.stats))
        future = [post.published for post in (r.post for r, _ in derived) if post is not None
                  and post.published > options.now and not options.future and not post.draft]
        stamp.record(cache_dir, out, inputs, options.now,
                     next_change(options.now, future, schedule), result.report(), writer.stats)
    return result


def _keep(writer: TreeWriter, kept: tuple[Written, ...]) -> bool:
    """Take a unit's files from the previous build, all of them or none."""
    if not all(writer.can_keep(file.name, file.digest) for file in kept):
        return False
    return all([writer.keep(file.name, file.digest, file.size) for file in kept])


def _write(writer: TreeWriter | None, files: dict[str, bytes], ids: EntryIds, name: str,
           data: bytes) -> Written:
    if writer is None:
        files[name] = data
        digest = ""
    else:
        digest = writer.add(name, data)
    return Written(name, digest, len(data), ids.read(name, data))


def next_change(now: datetime, future: list[datetime], schedule: Schedule) -> datetime | None:
    """When time alone changes the output: a future post appears, or an event ends."""
    ends = [end_instant(event) for event, _ in schedule.events]
    return min((moment for moment in future + ends if moment > now), default=None)
