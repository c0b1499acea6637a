"""The `herald` command: parses options and calls the library."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

import herald
from herald.api import checked_base_url as _checked_base_url
from herald.dates import DateError, parse_datetime

# The building modules load inside herald.build, once it knows there is something to build.


def _now(value: str | None) -> datetime | None:
    if not value:
        return None
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
    try:
        return _checked_base_url(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def _content(content: Path) -> Path:
    if not content.is_dir():
        raise click.UsageError(f"content folder {content} does not exist")
    return content


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


def _cache(cache_dir: Path | None, no_cache: bool) -> Path | bool | None:
    return False if no_cache else cache_dir


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(herald.__version__, prog_name="herald")
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
    _content(content)
    progress = None
    if not quiet:
        from herald.progress import terminal_progress

        progress = terminal_progress(quiet)
    try:
        result = herald.build(content, out, now=_now(now), drafts=drafts, future=future,
                              base_url=base_url, feed_limit=feed_limit, jobs=jobs,
                              cache_dir=_cache(cache_dir, no_cache), progress=progress)
    except herald.OutputError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    finally:
        if progress is not None:
            progress.close()
    for problem in result.problems:
        click.echo(str(problem), err=True)
    if not quiet:
        from herald.report import build_lines

        for line in build_lines(result, out):
            click.echo(line)
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
    from herald.report import counted, event_line, event_rows, site_keys_line

    found = herald.events(_content(content), now=_now(now), drafts=drafts, future=future)
    rows = event_rows(found, candidates)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(event_line(row))
        click.echo(f"{counted(len(found.events), 'event')} ({found.inferred} inferred)"
                   + (f", {counted(len(found.candidates), 'candidate')} rejected"
                      if candidates else ""))
        keys = site_keys_line(found)
        if keys:
            click.echo(keys)
    for problem in found.problems:
        if problem.severity == "error":
            click.echo(str(problem), err=True)
    if found.errors:
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
    from herald.serve import preview_folder, serve, sigterm_as_ctrl_c

    _content(content)
    with sigterm_as_ctrl_c():
        status = serve(content, out or preview_folder(content, cache_dir), now=_now(now),
                       drafts=drafts, future=future, base_url=base_url, host=host, port=port,
                       watch=not no_watch, quiet=quiet, jobs=jobs,
                       cache_dir=_cache(cache_dir, no_cache))
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
    """Build without writing or keeping any file, and check that no post is lost.

    Every post file must be in the site feed, its language's feed and each of its themes'
    feeds (or their archive pages), or be named in an error, or be left out on purpose
    (published: false, dated after now). Exits 1 on errors.
    """
    from herald.report import check_line

    result = herald.check(_content(content), now=_now(now), drafts=drafts, future=future,
                          base_url=base_url, feed_limit=feed_limit, jobs=jobs,
                          cache_dir=_cache(cache_dir, no_cache))
    if fmt == "json":
        click.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        for problem in result.problems:
            click.echo(str(problem), err=True)
        click.echo(check_line(result))
    if result.errors or (strict and result.warnings):
        sys.exit(1)
