#!/usr/bin/env python3
"""Speed of event inference (find_events) per post: prints numbers, asserts nothing.

Usage:
    python benchmarks/inference_speed.py [CORPUS] [--runs K] [--profile]

CORPUS is a site folder (default /tmp/c10k, else the shared generator's 10,000-post corpus).
Posts are read with herald.load.site.load_site; find_events is called on every post that
`herald.derive.schedule.post_events` would infer events for (no front matter events, inference on),
with the same arguments. Each run times every post; the run's mean, median and p99 ms/post
are printed, then the median over runs of each. The loaded posts are moved out of the garbage
collector's way (gc.freeze): its pauses are those of the inference itself. --profile runs
cProfile over one pass instead.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from herald.dates import zone  # noqa: E402
from herald.derive.front_matter import events_from_front_matter  # noqa: E402
from herald.derive.infer import find_events  # noqa: E402
from herald.derive.schedule import lead_text  # noqa: E402
from herald.load.site import LoadOptions, load_site  # noqa: E402

DEFAULTS = [Path("/tmp/c10k"), Path("/tmp/herald-bench/corpus-shared-n10000-s20240303")]


def calls(corpus: Path) -> list[tuple[tuple, dict]]:
    """The (args, kwargs) of every find_events call a build of `corpus` makes."""
    site = load_site(corpus, LoadOptions(now=datetime.now(UTC)))
    config = site.config
    if not config.infer_events:
        return []
    tz = zone(config.timezone)
    default = timedelta(minutes=config.default_event_duration_minutes)
    out = []
    for post in site.posts:
        specs, _ = events_from_front_matter(post.front_matter, post_path=post.path,
                                            site_timezone=config.timezone,
                                            default_duration=default)
        if specs is not None:
            continue
        out.append(((post.title, lead_text(post.front_matter), post.body),
                    {"lang": post.lang, "published": post.published.astimezone(tz),
                     "threshold": config.event_confidence_threshold}))
    return out


def one_run(work: list[tuple[tuple, dict]]) -> list[float]:
    times = []
    clock = time.perf_counter
    for args, kwargs in work:
        t0 = clock()
        find_events(*args, **kwargs)
        times.append(clock() - t0)
    return times


def summary(times: list[float]) -> tuple[float, float, float]:
    ms = sorted(1000 * t for t in times)
    p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))]
    return statistics.fmean(ms), statistics.median(ms), p99


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile one pass")
    args = parser.parse_args(argv)
    corpus = args.corpus or next((p for p in DEFAULTS if (p / "_posts").is_dir()), None)
    if corpus is None:
        print("no corpus: pass a folder (python3 ../shared/bench/gen_corpus.py DIR)",
              file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    work = calls(corpus)
    print(f"{corpus}: {len(work)} posts to infer (loaded in {time.perf_counter() - t0:.1f} s)")
    gc.collect()
    gc.freeze()  # the loaded site is not garbage: collections need not walk it
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        one_run(work)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return 0
    rows = []
    for k in range(args.runs):
        cpu = time.process_time()
        times = one_run(work)
        cpu = time.process_time() - cpu
        rows.append(summary(times))
        mean, median, p99 = rows[-1]
        print(f"run {k + 1}: mean {mean:.3f}  median {median:.3f}  p99 {p99:.3f} ms/post  "
              f"(total {sum(times):.2f} s, process CPU {cpu:.2f} s)")
    if len(rows) > 1:
        mean, median, p99 = (statistics.median(col) for col in zip(*rows, strict=True))
        print(f"median of {len(rows)} runs: mean {mean:.3f}  median {median:.3f}  "
              f"p99 {p99:.3f} ms/post")
    return 0


if __name__ == "__main__":
    sys.exit(main())
