#!/usr/bin/env python3
"""How long reading one post takes, in one process: prints numbers, asserts nothing.

Usage:
    python benchmarks/read_speed.py FOLDER [--runs K] [--limit N] [--profile] [--src DIR]

Times `read_post` over every post file of FOLDER (files already listed, page cache warm),
then each phase alone over the same files: reading and decoding the file, splitting off
the front matter (YAML), rendering Markdown (markdown-it-py), sanitising (nh3). "rest" is
the whole minus those. Each figure is the median of K runs, in ms per post. --profile
prints the cProfile of one run of `read_post` over all files instead. --src times the herald
package in DIR instead of this checkout's (e.g. an older version, to compare).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--src" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
else:
    sys.path.insert(0, str(ROOT / "src"))

from herald import html  # noqa: E402
from herald.load.content import LoadOptions, plan_site, read_post, read_text  # noqa: E402
from herald.load.frontmatter import split_document  # noqa: E402


def timed(work: Callable[[], object], runs: int, count: int) -> float:
    """Median ms per item of `runs` runs of `work` over `count` items."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times) / max(count, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="read only the first N files")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--src", type=Path, help="folder holding the herald package to time")
    args = parser.parse_args()
    plan = plan_site(args.folder, LoadOptions(now=datetime(2026, 11, 1, tzinfo=UTC)))
    files = plan.files[: args.limit] if args.limit else plan.files
    n = len(files)

    def read_all() -> None:
        for file in files:
            read_post(file, plan.root, plan.config, plan.themes)

    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(read_all)
        pstats.Stats(profile).sort_stats("tottime").print_stats(35)
        return 0

    limit = plan.config.max_post_bytes
    texts = [read_text(f.path, limit) for f in files]
    docs = [split_document(t) for t in texts]
    # the parser render_body uses (one per set of rules a body needs, in newer versions)
    parser = getattr(html, "_markdown_for", lambda body: html._markdown())
    bodies = [(d.body, f.path.suffix == ".html") for d, f in zip(docs, files, strict=True)]
    rendered = [b if is_html else parser(b).render(b) for b, is_html in bodies]
    base = plan.config.url + "/"

    phases = {
        "read_post": read_all,
        "  read file": lambda: [read_text(f.path, limit) for f in files],
        "  front matter": lambda: [split_document(t) for t in texts],
        "  markdown": lambda: [b if h else parser(b).render(b) for b, h in bodies],
        "  sanitise": lambda: [html.sanitise(r, base) for r in rendered],
    }
    read_all()  # warm up: caches, imports, page cache
    results = {name: timed(work, args.runs, n) for name, work in phases.items()}
    parts = sum(v for k, v in results.items() if k.startswith("  "))
    results["  rest"] = results["read_post"] - parts
    load = os.getloadavg()[0]
    print(f"{n} posts in {args.folder}, median of {args.runs} runs, load {load:.2f}")
    for name, ms in results.items():
        print(f"{name:16s} {ms:7.3f} ms/post")
    return 0


if __name__ == "__main__":
    sys.exit(main())
