#!/usr/bin/env python3
"""Digest of everything reading posts gives, to prove a speed-up changed no output.

Usage:
    python benchmarks/read_digest.py FOLDER... [--dump FILE] [--events-dev DIR]

For each content folder: the plan (settings, themes, problems) and the repr of every file's
PostResult (post with all its fields, front matter included, and problems), drafts included.
With --events-dev, the labelled posts of ../shared/corpus/events-dev are copied into a
temporary Jekyll folder (`_posts/<owner>__<repo>/<original name>`, mtimes kept) and read
in each label's timezone and language too. Prints one digest per folder and, with --dump,
writes every repr line to FILE for diffing two runs.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from herald.load.documents import SourceFile  # noqa: E402
from herald.load.site import LoadOptions, Reader, plan_site  # noqa: E402

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def folder_lines(root: Path) -> Iterator[str]:
    plan = plan_site(root, LoadOptions(now=NOW, drafts=True, future=True))
    yield repr((plan.config, plan.themes, plan.problems))
    reader = Reader(plan)
    for file in plan.files:
        yield repr(reader.read(file))


def events_dev_lines(shared: Path, work: Path) -> Iterator[str]:
    """The events-dev posts as a Jekyll folder, then each again in its label's zone."""
    labels = yaml.safe_load((shared / "labels.yaml").read_text("utf-8"))
    posts = work / "_posts"
    for entry in labels:
        owner, repo, name = entry["file"].split("__", 2)
        target = posts / f"{owner}__{repo}" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(shared / "posts" / entry["file"], target)
    yield from folder_lines(work)
    plan = plan_site(work, LoadOptions(now=NOW))
    for entry in labels:
        owner, repo, name = entry["file"].split("__", 2)
        path = posts / f"{owner}__{repo}" / name
        config = replace(plan.config, timezone=entry["timezone"], lang=entry["lang"])
        reader = Reader(replace(plan, config=config))
        for draft in (False, True):
            file = SourceFile(str(path), path.relative_to(work).as_posix(), "posts", draft)
            yield repr(reader.read(file))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--events-dev", type=Path)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    sources: list[tuple[str, Iterator[str]]] = [(str(f), folder_lines(f)) for f in args.folders]
    with tempfile.TemporaryDirectory() as tmp:
        if args.events_dev:
            sources.append((str(args.events_dev), events_dev_lines(args.events_dev, Path(tmp))))
        for name, lines in sources:
            digest, count = hashlib.sha256(), 0
            for line in lines:
                line = line.replace(tmp, "<tmp>")
                digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
                count += 1
                if dump:
                    dump.write(f"{name}\t{line}\n".encode("unicode_escape").decode("ascii"))
                    dump.write("\n")
            print(f"{digest.hexdigest()[:16]}  {count:6d}  {name}")
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
