"""One build: load the content folder, derive feeds and events, render them, write them.

With a cache folder, a build first asks the record of the last build into the same output
(`herald.cache.record`) whether there is anything to do: if not, it returns that build's
result before the rest of herald is even imported. Every build then checks that nothing is
lost (`herald.accounting.lost`) and records what it wrote for the next one.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from herald.cache import record
from herald.cache.record import BuildRecord, FileStat, Written
from herald.load.scan import Scan, scan_content
from herald.problems import Problem
from herald.results import BuildResult, Counts, in_order

if TYPE_CHECKING:
    from typing import Protocol

    from herald.derive.schedule import Schedule
    from herald.load.site import Progress
    from herald.model import Site
    from herald.plan.units import Unit
    from herald.write.output import TreeWriter

    class Options(Protocol):
        """When a build happens and which posts it takes (`herald.load.site.LoadOptions`,
        or `When`, which a build with nothing to do makes do with)."""

        @property
        def now(self) -> datetime: ...
        @property
        def drafts(self) -> bool: ...
        @property
        def future(self) -> bool: ...


class When(NamedTuple):
    """`Options` as plain values."""

    now: datetime
    drafts: bool = False
    future: bool = False


def build(content: Path, out: Path | None, options: Options,
          overrides: dict[str, Any] | None = None, progress: Progress | None = None, *,
          jobs: int = 1, cache_dir: Path | None = None, keep: bool = True) -> BuildResult:
    """Build `content` into `out`, or in memory when `out` is None (each file's bytes in the
    result when `keep`, else only its size).

    `jobs` processes read the posts; `cache_dir` keeps read posts and the record of the last
    build, so that a build with nothing to do returns at once and files whose inputs did not
    change are not rendered again.
    """
    started = time.perf_counter()
    scan = scan_content(content, options.drafts, out)
    inputs, last = "", BuildRecord()
    if out is not None and cache_dir is not None:
        inputs = record.inputs_digest(scan, record.settings(content, out, options.drafts,
                                                            options.future, overrides))
        unchanged = _unchanged(record.load(cache_dir, out, units=False), inputs, options.now,
                               out, started)
        if unchanged is not None:
            return unchanged
        last = record.load(cache_dir, out)
    result, output = _build(content, out, options, overrides, progress, jobs, cache_dir, keep,
                          scan, last)
    result = replace(result, seconds=time.perf_counter() - started)
    if out is not None and cache_dir is not None:
        from herald.write.folder import marker_digest

        record.save(cache_dir, out, BuildRecord(
            inputs=inputs, built_at=options.now, valid_until=result.next_change,
            marker=marker_digest(out), files=output.stats,
            report={"counts": result.counts._asdict(),
                    "problems": [[p.path, p.message, p.severity, p.line]
                                 for p in result.problems]},
            units=output.units))
    return result


def _unchanged(last: BuildRecord, inputs: str, now: datetime, out: Path,
               started: float) -> BuildResult | None:
    """The last build's result, when building again would write exactly what `out` holds."""
    if not last.still_right(inputs, now, out):
        return None
    try:
        counts = Counts(**last.report["counts"])
        problems = tuple(Problem(path, message, severity, line)
                         for path, message, severity, line in last.report["problems"])
    except (KeyError, TypeError, ValueError):
        return None
    return BuildResult(counts, problems, {name: stat[0] for name, stat in last.files.items()},
                       time.perf_counter() - started, unchanged=True,
                       next_change=last.valid_until)


def _build(content: Path, out: Path | None, when: Options,
           overrides: dict[str, Any] | None, progress: Progress | None, jobs: int,
           cache_dir: Path | None, keep: bool, scan: Scan, last: BuildRecord
           ) -> tuple[BuildResult, Output]:
    # the rest of herald loads only when there is something to build
    from herald.accounting import lost
    from herald.cache.store import PostCache
    from herald.derive.schedule import site_schedule
    from herald.load.reading import post_keys, read_all
    from herald.load.site import LoadOptions, assemble_site, plan_site
    from herald.plan.units import post_signatures, site_units

    options = when if isinstance(when, LoadOptions) else LoadOptions(when.now, when.drafts,
                                                                     when.future)

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
        output = write_units(units, out, last, progress, keep)
    publish_future = options.future or site.config.future
    future = [post.published for post in (r.post for r, _ in derived) if post is not None
              and post.published > options.now and not publish_future]
    sizes = {file.name: file.size for file in output.written}
    problems = in_order(site.problems + schedule.problems + tuple(lost(site, output.written)))
    return BuildResult(_counts(site, schedule, sizes), problems, sizes, 0.0,
                       next_change=next_change(options.now, future, schedule), site=site,
                       schedule=schedule, files=output.files), output


def _counts(site: Site, schedule: Schedule, sizes: dict[str, int]) -> Counts:
    from herald.plan.feeds import ATOM_NAME, EVENTS_ATOM_NAME

    return Counts(
        posts=len(site.posts), themes=len(site.themes),
        languages=len({post.lang for post in site.posts}),
        feeds=sum(name.endswith((ATOM_NAME, EVENTS_ATOM_NAME)) for name in sizes),
        events=len(schedule.events), inferred=schedule.inferred,
        default_ends=schedule.default_ends, candidates=len(schedule.candidates),
        files=len(sizes))


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


class Output(NamedTuple):
    """What `write_units` wrote: every file, each keyed unit's files, and the files' bytes
    (when kept in memory) or their size, inode and modification time in the output."""

    written: list[Written]
    units: dict[str, tuple[Written, ...]]
    files: dict[str, bytes]
    stats: dict[str, FileStat]


def write_units(units: list[Unit], out: Path | None, last: BuildRecord,
                progress: Progress | None, keep: bool = True) -> Output:
    """Render each unit into `out`, or take its files from the `last` build's output when
    its key is the same; in memory when `out` is None (the bytes kept when `keep`)."""
    from herald.accounting import entry_ids
    from herald.write.output import TreeWriter

    done = Output([], {}, {}, {})

    def write(writer: TreeWriter | None, name: str, data: bytes) -> Written:
        if writer is None:
            if keep:
                done.files[name] = data
            digest = ""
        else:
            digest = writer.add(name, data)
        return Written(name, digest, len(data), entry_ids(name, data))

    # written as rendered, so the output need not fit in memory
    with TreeWriter(out, last.files) if out is not None else nullcontext() as writer:
        for count, unit in enumerate(units):
            if progress is not None:
                progress("writing feeds", count, len(units))
            kept = last.units.get(unit.key) if unit.key is not None else None
            if kept is not None and writer is not None and _keep(writer, kept):
                files = kept
            else:
                files = tuple(write(writer, name, data) for name, data in unit.render().items())
            done.written.extend(files)
            if unit.key is not None:
                done.units[unit.key] = files
    if writer is not None:
        done.stats.update(writer.stats)
    return done


def _keep(writer: TreeWriter, kept: tuple[Written, ...]) -> bool:
    """Take a unit's files from the previous build, all of them or none."""
    if not all(writer.can_keep(file.name, file.digest) for file in kept):
        return False
    return all([writer.keep(file.name, file.digest, file.size) for file in kept])


def next_change(now: datetime, future: list[datetime], schedule: Schedule) -> datetime | None:
    """When time alone changes the output: a future post appears, or an event ends."""
    ends = [event.ends_at for event, _ in schedule.events]
    return min((moment for moment in future + ends if moment > now), default=None)
