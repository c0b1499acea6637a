"""The `herald` command: parses options and calls the library."""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from herald import __version__
from herald.cache import stamp
from herald.cache.store import default_cache_dir
from herald.dates import DateError, parse_datetime
from herald.load.scan import scan_content
from herald.report import counted

# The building modules are imported by the commands that use them, so that a build with
# nothing to do (see herald.cache.stamp) answers before they load.


def _now(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        parsed = parse_datetime(value, UTC)
    except DateError as err:
        raise click.BadParameter(str(err), param_hint="--now") from None
    if not isinstance(parsed, datetime):
        parsed = datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC)
    return parsed


def checked_base_url(_ctx: click.Context, _param: click.Parameter,
                     value: str | None) -> str | None:
    """--base-url, refused before anything is read or written unless it is an absolute
    http(s) URL with a host."""
    if value is None:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{value} is not an absolute http(s) URL; write e.g. "
                                 "https://example.org/feeds")
    return value.strip()


content_option = click.option(
    "--content", type=click.Path(file_okay=False, path_type=Path), default=Path("content"),
    show_default=True, help="The Jekyll-style site folder to read (_config.yml, _posts, _themes).")
drafts_option = click.option("--drafts", is_flag=True, help="Include posts in _drafts/.")
future_option = click.option("--future", is_flag=True,
                             help="Include posts dated after now.")
now_option = click.option("--now", metavar="DATETIME",
                          help="Pretend the time is DATETIME (e.g. 2021-02-04T12:00Z); "
                               "for reproducible tests.")


def speed_options(command: Any) -> Any:
    """--jobs, --cache-dir and --no-cache, for every command that builds."""
    command = click.option("--no-cache", is_flag=True, help="Read every post and render "
                           "every file afresh; neither use nor update the cache.")(command)
    command = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
                           help="Where read posts, and what each output file was made of, are "
                           "kept between builds (default: "
                           "$XDG_CACHE_HOME or ~/.cache, then herald/<hash of the content "
                           "path>).")(command)
    return click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
                        help="Processes that read posts; 0 (the default) uses every core.")(
        command)


def _speed(content: Path, jobs: int, cache_dir: Path | None, no_cache: bool) -> dict[str, Any]:
    cache = None if no_cache else (cache_dir or default_cache_dir(content))
    return {"jobs": jobs or _cores(), "cache_dir": cache}


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="herald")
def main() -> None:
    """herald turns a Jekyll-style folder of posts into feeds and calendars.

    Run `herald build` in a folder that holds content/ to write out/.
    """


@main.command("build")
@content_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Where to write; replaced atomically on success.")
@drafts_option
@future_option
@now_option
@click.option("--base-url", callback=checked_base_url,
              help="Absolute URL where --out is published (default: the site's url + baseurl).")
@click.option("--feed-limit", type=click.IntRange(min=1),
              help="Items per feed (default 20, or herald.feed_limit).")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")
@speed_options
def build_command(content: Path, out: Path, drafts: bool, future: bool, now: str | None,
                  base_url: str | None, feed_limit: int | None, strict: bool,
                  quiet: bool, jobs: int, cache_dir: Path | None, no_cache: bool) -> None:
    """Read --content and write feeds and calendars into --out."""
    started = time.perf_counter()
    if not content.is_dir():
        raise click.UsageError(f"content folder {content} does not exist")
    overrides: dict[str, Any] = {"base_url": base_url, "feed_limit": feed_limit}
    speed = _speed(content, jobs, cache_dir, no_cache)
    when = _now(now)
    inputs = None
    scan = scan_content(content, drafts, out)
    if speed["cache_dir"] is not None:
        inputs = stamp.inputs_digest(scan, stamp.settings(content, out, drafts, future,
                                                          overrides))
        report = stamp.unchanged(speed["cache_dir"], out, inputs, when)
        if report is not None:
            _report(report, quiet, out, time.perf_counter() - started, unchanged=True)
            sys.exit(1 if report.errors or (strict and report.warnings) else 0)
    from herald.build import build
    from herald.load.site import LoadOptions
    from herald.progress import terminal_progress
    from herald.write.output import OutputError

    options = LoadOptions(now=when, drafts=drafts, future=future)
    progress = terminal_progress(quiet)
    try:
        result = build(content, out, options, overrides, progress, inputs=inputs, scan=scan,
                       **speed)
    except OutputError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    finally:
        if progress is not None:
            progress.close()
    _report(result.report(), quiet, out, time.perf_counter() - started)
    if result.errors or (strict and result.warnings):
        sys.exit(1)


@main.command("events")
@content_option
@drafts_option
@future_option
@now_option
@click.option("--candidates", is_flag=True,
              help="Also list the dates inference rejected, and why.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
def events_command(content: Path, drafts: bool, future: bool, now: str | None,
                   candidates: bool, fmt: str) -> None:
    """List every event with its date, time, end, post, source, confidence and evidence."""
    if not content.is_dir():
        raise click.UsageError(f"content folder {content} does not exist")
    from herald.events.schedule import site_schedule
    from herald.load.site import LoadOptions, load_site
    from herald.report import event_line, event_rows, site_keys_line

    site = load_site(content, LoadOptions(now=_now(now), drafts=drafts, future=future))
    schedule = site_schedule(site)
    rows = event_rows(schedule, candidates)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(event_line(row))
        click.echo(f"{counted(len(schedule.events), 'event')} ({schedule.inferred} inferred)"
                   + (f", {counted(len(schedule.candidates), 'candidate')} rejected"
                      if candidates else ""))
        keys = site_keys_line(schedule)
        if keys:
            click.echo(keys)
    errors = [p for p in site.problems + schedule.problems if p.severity == "error"]
    for problem in errors:
        click.echo(str(problem), err=True)
    if errors:
        sys.exit(1)


@main.command("serve")
@content_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write and what to serve (default: a preview folder in herald's "
              "cache, so that out/ never gets this server's links).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on; 0 picks a free one.")
@drafts_option
@future_option
@click.option("--now", metavar="DATETIME",
              help="Pretend the time is DATETIME (e.g. 2021-02-04T12:00Z) in every build "
                   "(default: each build's own time, so posts coming due appear).")
@click.option("--base-url", callback=checked_base_url, help="Absolute URL the feeds point at "
              "(default: the server's own, http://HOST:PORT/).")
@click.option("--no-watch", is_flag=True, help="Build once; don't rebuild on changes.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print only the serving line, errors and warnings.")
@speed_options
def serve_command(content: Path, out: Path | None, host: str, port: int, drafts: bool,
                  future: bool, now: str | None, base_url: str | None, no_watch: bool,
                  quiet: bool, jobs: int, cache_dir: Path | None, no_cache: bool) -> None:
    """Build --content into a preview folder (or --out), serve it over HTTP and rebuild when
    --content changes; Ctrl-C or SIGTERM stops it."""
    if not content.is_dir():
        raise click.UsageError(f"content folder {content} does not exist")
    from herald.load.site import LoadOptions
    from herald.serve import preview_folder, serve, sigterm_as_ctrl_c

    options = LoadOptions(now=_now(now), drafts=drafts, future=future)
    with sigterm_as_ctrl_c():
        status = serve(content, out or preview_folder(content, cache_dir), options,
                       {"base_url": base_url}, host=host, port=port, watch=not no_watch,
                       quiet=quiet, fixed_now=bool(now),
                       **_speed(content, jobs, cache_dir, no_cache))
    sys.exit(status)


@main.command("check")
@content_option
@drafts_option
@future_option
@now_option
@click.option("--base-url", callback=checked_base_url,
              help="Absolute URL where the output is published, as for build.")
@click.option("--feed-limit", type=click.IntRange(min=1), help="Items per feed, as for build.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable lines, or one JSON document for CI.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@speed_options
def check_command(content: Path, drafts: bool, future: bool, now: str | None,
                  base_url: str | None, feed_limit: int | None, fmt: str, strict: bool,
                  jobs: int, cache_dir: Path | None, no_cache: bool) -> None:
    """Build in memory, write nothing, and check that no post is lost.

    Every post file must be in the site feed, its language's feed and each of its themes'
    feeds (or their archive pages), or be named in an error, or be left out on purpose
    (published: false, dated after now). Exits 1 on errors.
    """
    if not content.is_dir():
        raise click.UsageError(f"content folder {content} does not exist")
    from herald.build import build
    from herald.check import check_summary, summary_line
    from herald.load.site import LoadOptions

    options = LoadOptions(now=_now(now), drafts=drafts, future=future)
    result = build(content, None, options, {"base_url": base_url, "feed_limit": feed_limit},
                   **_speed(content, jobs, cache_dir, no_cache))
    summary = check_summary(result.site, result.problems)
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        for problem in sorted(result.problems, key=lambda p: (p.path, p.line or 0, p.message)):
            click.echo(str(problem), err=True)
        click.echo(summary_line(summary, result.errors, result.warnings))
    if result.errors or (strict and result.warnings):
        sys.exit(1)


def _report(report: stamp.Report, quiet: bool, out: Path, seconds: float,
            unchanged: bool = False) -> None:
    for problem in report.problems:
        click.echo(problem, err=True)
    if quiet:
        return
    click.echo(
        f"{counted(report.events, 'event')} found ({report.inferred} inferred from text, "
        f"{report.default_ends} with the default duration, "
        f"{counted(report.candidates, 'candidate')} rejected; see "
        "`herald events --candidates`)"
    )
    click.echo(
        f"{counted(report.posts, 'post')}, {counted(report.themes, 'theme')}, "
        f"{counted(report.languages, 'language')}, {counted(report.feeds, 'feed')}, "
        f"{counted(report.events, 'event')}, {counted(report.warnings, 'warning')}, "
        f"{counted(report.errors, 'error')} in {seconds:.2f} s; "
        f"{counted(report.files, 'file')} in {out}"
        + (" (unchanged since the last build)" if unchanged else "")
    )
