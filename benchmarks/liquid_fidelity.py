#!/usr/bin/env python3
"""How often herald's Liquid agrees with Jekyll's on real sites.

Usage:
    python benchmarks/liquid_fidelity.py [SITES_DIR] [--site NAME] [--show N] [--liquid-only]

For every site in SITES_DIR (default ../shared/sites) with its `<name>.jekyll.jsonl` oracle,
builds a LiquidSite (documents from the oracle rows and their front matter, config from
_config.yml, data from load_data), renders every oracle document whose body has Liquid, and
compares the visible words with Jekyll's (difflib ratio >= 0.98, as score_site.py measures).
`.html` documents are Liquid only; `.md`/`.markdown` ones go through Liquid and then Markdown
(herald.load.markdown.render_markdown). Prints per site: documents with Liquid, how many Jekyll
rendered, how many agree, how many still show `{{` or `{%` that Jekyll's text does not, and
the warnings herald gave. `--show N` prints the N worst documents of each site.

`--liquid-only` (needs ruby and jekyll) measures Liquid alone, without any Markdown in the way:
benchmarks/jekyll_liquid.rb makes Jekyll render each document's Liquid only, and herald's
Liquid output is compared with that: the same words (ratio >= 0.98), and the same text once
runs of whitespace are folded.

The site builder (`site_for`, `documents_from`) is shared with tests/test_load_liquid.py.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from herald.load.data import load_data
from herald.load.frontmatter import YAML_LOADER, FrontMatterError, split_document
from herald.load.liquid import Liquid, LiquidSite, has_liquid
from herald.load.markdown import render_markdown
from herald.load.scan import scan_content

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the measure the tests use

from jekyll_fixtures import agreement, visible_words  # noqa: E402

SITES = ROOT.parent / "shared" / "sites"
NOW = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
DOCUMENT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".mkd", ".mkdn", ".mdown")
CONFIG_DEFAULTS: dict[str, Any] = {
    "baseurl": None, "url": "", "collections_dir": "", "includes_dir": "_includes",
    "data_dir": "_data", "permalink": "date", "markdown": "kramdown", "highlighter": "rouge",
    "excerpt_separator": "\n\n", "timezone": None, "encoding": "utf-8",
}


# a LiquidSite for a Jekyll site folder and its oracle rows


def read_config(root: Path) -> dict[str, Any]:
    """_config.yml with Jekyll's defaults under it; posts are always a collection."""
    try:
        loaded = yaml.load((root / "_config.yml").read_text(encoding="utf-8"),
                           Loader=YAML_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError):
        loaded = None
    config = {**CONFIG_DEFAULTS, **(loaded if isinstance(loaded, dict) else {})}
    collections = config.get("collections")
    if isinstance(collections, list):
        collections = {str(label): {} for label in collections}
    if not isinstance(collections, dict):
        collections = {}
    collections = {label: (meta if isinstance(meta, dict) else {})
                   for label, meta in collections.items()}
    collections.setdefault("posts", {"output": True})
    config["collections"] = collections
    return config


def front_matter(path: Path) -> tuple[dict[str, Any], str, int] | None:
    """A document's front matter, body and the file line of the body's first line."""
    try:
        document = split_document(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, FrontMatterError):
        return None
    return document.meta, document.body, document.body_line


def documents_from(root: Path, rows: Sequence[Mapping[str, Any]],
                   config: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every collection's documents as Liquid sees them: the oracle's rows (Jekyll's own urls,
    dates and titles) with their front matter, and the documents of collections Jekyll does
    not write (which the oracle leaves out) read from their folders."""
    by_label: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        read = front_matter(root / row["path"])
        meta, body = (read[0], read[1]) if read else ({}, "")
        by_label.setdefault(row["collection"], []).append(
            _document(meta, body, row["path"], row["collection"], row["url"],
                      _date(row["date"]), row["title"],
                      row.get("categories") or [], row.get("tags") or []))
    folder = str(config.get("collections_dir") or "").strip("/")
    for label in config["collections"]:
        if label in by_label:
            continue
        base = root / folder / f"_{label}" if folder else root / f"_{label}"
        by_label[label] = [doc for doc in (_unwritten(root, path, label) for path in
                                           sorted(base.rglob("*")) if path.is_file())
                           if doc is not None]
    posts = by_label.setdefault("posts", [])
    posts.sort(key=lambda doc: (doc["date"], doc["path"]), reverse=True)
    return by_label


def _date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # a year Python cannot hold
        return NOW


def _unwritten(root: Path, path: Path, label: str) -> dict[str, Any] | None:
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return None
    read = front_matter(path)
    if read is None:
        return None
    meta, body, _ = read
    relative = path.relative_to(root).as_posix()
    inner = relative.split(f"_{label}/", 1)[-1].rsplit(".", 1)[0]
    title = str(meta.get("title") or path.stem.replace("-", " ").title())
    return _document(meta, body, relative, label, f"/{label}/{inner}.html", NOW, title,
                     meta.get("categories") or [], meta.get("tags") or [])


def _document(meta: Mapping[str, Any], body: str, path: str, label: str, url: str,
              date: datetime, title: str, categories: Any, tags: Any) -> dict[str, Any]:
    stem = PathName(path).stem
    slug = re.sub(r"^\d{4}-\d{1,2}-\d{1,2}-", "", stem) if label == "posts" else stem
    return {**meta, "url": url, "date": date, "title": title, "path": path,
            "relative_path": path, "collection": label, "categories": categories,
            "tags": tags, "slug": meta.get("slug") or slug,
            "id": url.rsplit(".", 1)[0] if url.endswith(".html") else url.rstrip("/"),
            "content": body, "draft": False, "ext": PathName(path).suffix,
            "name": PathName(path).name}


class PathName:
    """The parts of a site-relative path."""

    def __init__(self, path: str) -> None:
        self.name = path.rsplit("/", 1)[-1]
        self.stem, dot, suffix = self.name.rpartition(".")
        if not dot:
            self.stem, self.suffix = self.name, ""
        else:
            self.suffix = "." + suffix


def pages_from(root: Path, config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The site's pages: files with front matter outside `_` and `.` folders."""
    pretty = str(config.get("permalink") or "").endswith("/") or config.get("permalink") in (
        "pretty",)
    pages = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or path.suffix.lower() not in DOCUMENT_SUFFIXES or any(
                part.startswith(("_", ".")) for part in relative.parts):
            continue
        read = front_matter(path)
        if read is None:
            continue
        meta, body, _ = read
        url = meta.get("permalink") or _page_url(relative.as_posix(), pretty)
        pages.append({**meta, "url": str(url), "path": relative.as_posix(),
                      "name": path.name, "content": body,
                      "title": meta.get("title")})
    return pages


def _page_url(path: str, pretty: bool) -> str:
    stem = path.rsplit(".", 1)[0]
    if stem == "index" or stem.endswith("/index"):
        return "/" + stem.removesuffix("index")
    return f"/{stem}/" if pretty else f"/{stem}.html"


def site_for(root: Path, rows: Sequence[Mapping[str, Any]],
             markdownify: Callable[[str], str]) -> LiquidSite:
    """A LiquidSite for a Jekyll site folder whose documents Jekyll listed in `rows`."""
    config = read_config(root)
    data, _ = load_data(root, scan_content(root, drafts=False).data,
                        str(config.get("data_dir") or "_data"))
    return LiquidSite(root=root, config=config, data=data, time=NOW,
                      documents=lambda: documents_from(root, rows, config),
                      pages=lambda: pages_from(root, config), markdownify=markdownify,
                      includes_dir=str(config.get("includes_dir") or "_includes"))


# Markdown


def markdown_renderer() -> tuple[Callable[[str], str], str]:
    """herald's Markdown (Jekyll's kramdown, as herald renders it) and its name."""
    return render_markdown, "herald.load.markdown.render_markdown"


# scoring, as /work/shared/sites/score_site.py measures


def leaks(ours: str, theirs: str | None) -> bool:
    mine, jekyll = " ".join(visible_words(ours)), " ".join(visible_words(theirs))
    return any(mark in mine and mark not in jekyll for mark in ("{ {", "{ %", "{{", "{%"))


# the run


def jekyll_liquid(root: Path) -> dict[str, str | None]:
    """Each document's body after Jekyll's Liquid alone, by path."""
    script = Path(__file__).resolve().parent / "jekyll_liquid.rb"
    run = subprocess.run(["ruby", str(script), str(root), NOW.date().isoformat()],
                         capture_output=True, text=True, timeout=1800, check=False)
    rows = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    return {row["path"]: row["liquid"] for row in rows}


def _folded(text: str) -> str:
    return " ".join(text.split())


def score_site(root: Path, markdown: Callable[[str], str], show: int,
               liquid_only: bool = False) -> dict[str, Any]:
    rows = [json.loads(line) for line in
            (root.parent / f"{root.name}.jekyll.jsonl").read_text().splitlines() if line]
    liquid = Liquid(site_for(root, rows, markdown))
    docs = {doc["path"]: doc for label in liquid.documents().values() for doc in label}
    if liquid_only:
        theirs = jekyll_liquid(root)
        rows = [{**row, "html": theirs.get(row["path"])} for row in rows]
    result = {"liquid": 0, "compared": 0, "agree": 0, "leaks": 0, "warnings": 0, "same": 0,
              "worst": []}
    for row in rows:
        path = root / row["path"]
        read = front_matter(path)
        if read is None or not has_liquid(read[1]):
            continue
        meta, body, first_line = read
        if meta.get("render_with_liquid") is False:
            continue
        result["liquid"] += 1
        html, problems = liquid.render(body, page=docs[row["path"]], path=row["path"],
                                       first_line=first_line)
        result["warnings"] += len(problems)
        if path.suffix.lower() not in (".html", ".htm") and not liquid_only:
            html = markdown(html)
        result["leaks"] += leaks(html, row["html"])
        if row["html"] is None:
            continue
        result["compared"] += 1
        result["same"] += _folded(html) == _folded(row["html"])
        ratio = agreement(html, row["html"])
        if ratio >= 0.98:
            result["agree"] += 1
        else:
            result["worst"].append((round(ratio, 3), row["path"]))
    result["worst"] = sorted(result["worst"])[:show]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="?", type=Path, default=SITES)
    parser.add_argument("--site", help="only the site whose folder name contains this")
    parser.add_argument("--show", type=int, default=0, help="list the N worst documents")
    parser.add_argument("--liquid-only", action="store_true",
                        help="compare with Jekyll's Liquid output alone (needs ruby, jekyll)")
    args = parser.parse_args(argv)
    if args.liquid_only and not (shutil.which("ruby") and shutil.which("jekyll")):
        print("skipped: --liquid-only needs ruby and jekyll")
        return 0
    if not args.sites.is_dir():
        print(f"skipped: {args.sites} not found (the real sites live in ../shared/sites)")
        return 0
    markdown, markdown_name = markdown_renderer()
    print("Liquid alone, against Jekyll's Liquid alone" if args.liquid_only else
          f"Markdown for .md documents: {markdown_name}")
    print(f"{'site':58} {'liquid':>6} {'jekyll':>6} {'agree':>6} {'same':>5} {'leaks':>5} "
          f"{'warn':>5} {'secs':>5}")
    totals = {"liquid": 0, "compared": 0, "agree": 0, "same": 0, "leaks": 0, "warnings": 0}
    for oracle in sorted(args.sites.glob("*.jekyll.jsonl")):
        root = args.sites / oracle.name.removesuffix(".jekyll.jsonl")
        if not root.is_dir() or (args.site and args.site not in root.name):
            continue
        started = time.perf_counter()
        result = score_site(root, markdown, args.show, args.liquid_only)
        for key in totals:
            totals[key] += result[key]
        print(f"{root.name:58} {result['liquid']:6} {result['compared']:6} {result['agree']:6} "
              f"{result['same']:5} {result['leaks']:5} {result['warnings']:5} "
              f"{time.perf_counter() - started:5.1f}")
        for ratio, path in result["worst"]:
            print(f"    {ratio:.3f} {path}")
    print(f"{'total':58} {totals['liquid']:6} {totals['compared']:6} {totals['agree']:6} "
          f"{totals['same']:5} {totals['leaks']:5} {totals['warnings']:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
