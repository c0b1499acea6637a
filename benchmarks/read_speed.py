#!/usr/bin/env python3
"""How long reading one document takes, in one process: prints numbers, asserts nothing.

Usage:
    python benchmarks/read_speed.py FOLDER [--runs K] [--limit N] [--profile] [--src DIR]

Times reading every document of FOLDER as a build reads it (files already listed, page cache
warm), then each phase alone over the same files: reading and decoding the file, splitting
off the front matter (YAML), Liquid (python-liquid, only bodies that hold it), Markdown
(kramdown's rules on pyromark), sanitising (nh3). "rest" is the whole minus those. Each
figure is the median of K runs, in ms per document. --profile prints the cProfile of one run
over all files instead. --src times the herald package in DIR instead of this checkout's.
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
from herald.load.documents import (  # noqa: E402
    document_facts,
    document_variables,
    has_liquid,
    read_source,
    read_text,
)
from herald.load.frontmatter import split_document  # noqa: E402
from herald.load.site import LoadOptions, Reader, plan_site  # noqa: E402


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

    reader = Reader(plan)

    def read_all() -> None:
        for file in files:
            reader.read(file)

    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(read_all)
        pstats.Stats(profile).sort_stats("tottime").print_stats(35)
        return 0

    limit = plan.config.max_post_bytes
    texts = [read_text(f.path, limit) for f in files]
    docs = [split_document(t) for t in texts]
    renderers = reader.renderers
    markdown = [not f.rel.endswith((".html", ".htm")) for f in files]
    bodies = [d.body for d in docs]

    def liquid() -> list[str]:
        rendered = []
        for file, body in zip(files, bodies, strict=True):
            if renderers.liquid is not None and has_liquid(body):
                source = read_source(file, plan.config)
                facts = document_facts(source, plan.config, plan.now)
                body = renderers.liquid(body, document_variables(source, facts, plan.config),
                                        file.rel, source.body_line)[0]
            rendered.append(body)
        return rendered

    after_liquid = liquid()
    rendered = [renderers.markdown(b) if m else b
                for b, m in zip(after_liquid, markdown, strict=True)]
    base = plan.config.url + "/"

    phases = {
        "read": read_all,
        "  read file": lambda: [read_text(f.path, limit) for f in files],
        "  front matter": lambda: [split_document(t) for t in texts],
        "  liquid": liquid,
        "  markdown": lambda: [renderers.markdown(b) if m else b
                               for b, m in zip(after_liquid, markdown, strict=True)],
        "  sanitise": lambda: [html.sanitise(r, base) for r in rendered],
    }
    read_all()  # warm up: caches, imports, page cache
    results = {name: timed(work, args.runs, n) for name, work in phases.items()}
    parts = sum(v for k, v in results.items() if k.startswith("  "))
    results["  rest"] = results["read"] - parts
    load = os.getloadavg()[0]
    print(f"{n} posts in {args.folder}, median of {args.runs} runs, load {load:.2f}")
    for name, ms in results.items():
        print(f"{name:16s} {ms:7.3f} ms/post")
    return 0


if __name__ == "__main__":
    sys.exit(main())
