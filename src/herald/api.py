"""herald as a library: `build`, `check` and `events`, re-exported as `herald.build` and so on.

Each returns its result (`herald.results`) and prints nothing; `herald` the command and
`herald serve` are clients of these. Only what a build with nothing to do needs is imported
here: the rest loads when there is work.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from herald.pipeline import When
from herald.pipeline import build as _build
from herald.results import BuildResult, CheckResult, EventsResult, in_order

Progress = Callable[[str, int, int], None]  # (stage, done, total)
CacheDir = Path | str | bool | None


def build(content: Path | str, out: Path | str, *, now: datetime | None = None,
          drafts: bool = False, future: bool = False, base_url: str | None = None,
          feed_limit: int | None = None, jobs: int = 0, cache_dir: CacheDir = None,
          progress: Progress | None = None) -> BuildResult:
    """Build the Jekyll site in `content` into the folder `out`, as `herald build` does.

    `now` is the time the build happens at (default: now); `drafts` and `future` include
    drafts and posts dated after it; `base_url` and `feed_limit` override the site's
    settings; `jobs` processes read posts (0: every core); `cache_dir` is where read posts
    and the record of the last build are kept (None: herald's cache folder for `content`;
    False: no cache, every file rendered afresh). `progress(stage, done, total)` is called
    as the build goes. Raises `herald.OutputError`, having written nothing, when `out` is
    not herald's to write, and ValueError for a bad `base_url`.
    """
    content, out = _folder(content), Path(out)
    return _build(content, out, When(_now(now), drafts, future),
                  _overrides(base_url, feed_limit), progress, jobs=_jobs(jobs),
                  cache_dir=_cache(content, cache_dir))


def check(content: Path | str, *, now: datetime | None = None, drafts: bool = False,
          future: bool = False, base_url: str | None = None, feed_limit: int | None = None,
          jobs: int = 0, cache_dir: CacheDir = None,
          progress: Progress | None = None) -> CheckResult:
    """Build `content` without writing anything, and say what became of every document: in
    the feeds, left out on purpose, not built (an error says why) or lost (a herald bug).
    The options are `build`'s; the cache folder only gives read posts."""
    from herald.accounting import check_result

    content = _folder(content)
    result = _build(content, None, When(_now(now), drafts, future),
                    _overrides(base_url, feed_limit), progress, jobs=_jobs(jobs),
                    cache_dir=_cache(content, cache_dir), keep=False)
    assert result.site is not None
    return check_result(result.site, result.problems)


def events(content: Path | str, *, now: datetime | None = None, drafts: bool = False,
           future: bool = False) -> EventsResult:
    """Every event the posts of `content` announce (in front matter, in the site's own
    keys or in their text), the dates inference rejected, and the problems met."""
    from herald.derive.schedule import site_schedule
    from herald.load.site import LoadOptions, load_site

    site = load_site(_folder(content), LoadOptions(now=_now(now), drafts=drafts,
                                                   future=future))
    schedule = site_schedule(site)
    return EventsResult(schedule.events, schedule.candidates, schedule.site_keys(),
                        in_order(site.problems + schedule.problems))


def checked_base_url(value: str) -> str:
    """`value` stripped, unless it is not an absolute http(s) URL with a host."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value} is not an absolute http(s) URL; write e.g. "
                         "https://example.org/feeds")
    return value.strip()


def now_utc() -> datetime:
    """The time now, to the second, as builds take it by default."""
    return datetime.now(UTC).replace(microsecond=0)


def _now(now: datetime | None) -> datetime:
    if now is None:
        return now_utc()
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def _folder(content: Path | str) -> Path:
    content = Path(content)
    if not content.is_dir():
        raise FileNotFoundError(f"content folder {content} does not exist")
    return content


def _overrides(base_url: str | None, feed_limit: int | None) -> dict[str, Any]:
    return {"base_url": checked_base_url(base_url) if base_url is not None else None,
            "feed_limit": feed_limit}


def _jobs(jobs: int) -> int:
    if jobs:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _cache(content: Path, cache_dir: CacheDir) -> Path | None:
    if cache_dir is False:
        return None
    if cache_dir is None or cache_dir is True:
        from herald.cache import default_cache_dir

        return default_cache_dir(content)
    return Path(cache_dir)
