#!/usr/bin/env python3
"""How closely herald's Markdown renders what Jekyll renders on real sites, and how fast.

Usage:
    python benchmarks/markdown_fidelity.py [--sites DIR] [--verbose] [--runs K] [--site NAME]

For every document of the real sites in DIR (default: ../shared/sites next to the repository)
that Jekyll rendered, whose source is Markdown (.md, .markdown) and whose body has no Liquid
(`{{` or `{%`), the body after the front matter is rendered with render_markdown and the site's
`kramdown:` options, and its visible text compared with Jekyll's (the .jekyll.jsonl beside the
site): the words after folding typographic quotes, dashes and spaces, and a document agrees when
difflib's ratio of the two word lists is at least 0.98. Printed per site and in total: how many
agree, how many are identical word for word, and the mean time per document (the best of K runs
of each document, in ms, processor time). --verbose lists the worst documents and the words
that differ.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # the measure the tests use

from herald.load.markdown import MarkdownOptions, markdown_options, render_markdown  # noqa: E402
from jekyll_fixtures import AGREE_AT, agreement, visible_words  # noqa: E402
from jekyll_fixtures import body as document_body  # noqa: E402

MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class Document:
    site: str
    path: str
    body: str
    jekyll_html: str
    options: MarkdownOptions


@dataclass
class Result:
    document: Document
    ratio: float
    seconds: float
    jekyll_words: list[str] = field(default_factory=list)
    herald_words: list[str] = field(default_factory=list)


def site_options(site: Path) -> MarkdownOptions:
    """The site's kramdown options from its _config.yml (Jekyll's defaults without one)."""
    config_file = site / "_config.yml"
    try:
        config = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        config = {}
    return markdown_options(config.get("kramdown") if isinstance(config, dict) else None)[0]


def markdown_documents(sites: Path, only: str | None) -> list[Document]:
    """Every rendered Markdown document without Liquid, of every site with an oracle."""
    documents = []
    for oracle in sorted(sites.glob("*.jekyll.jsonl")):
        site = sites / oracle.name.removesuffix(".jekyll.jsonl")
        if not site.is_dir() or (only and site.name != only):
            continue
        options = site_options(site)
        for line in oracle.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("html") is None or not entry["path"].endswith(MARKDOWN_SUFFIXES):
                continue
            body = document_body(site / entry["path"])
            if "{{" in body or "{%" in body:
                continue
            documents.append(Document(site.name, entry["path"], body, entry["html"], options))
    return documents


def measured(document: Document, runs: int) -> Result:
    """The document rendered: its agreement with Jekyll and the best time of `runs`."""
    best = float("inf")
    html = ""
    for _ in range(runs):
        start = time.thread_time()
        html = render_markdown(document.body, document.options)
        best = min(best, time.thread_time() - start)
    ratio = agreement(html, document.jekyll_html)
    return Result(document, ratio, best, visible_words(document.jekyll_html),
                  visible_words(html))


def differing_words(result: Result, at_most: int = 6) -> list[str]:
    """Lines showing where herald's words differ from Jekyll's, with a little context."""
    jekyll, herald = result.jekyll_words, result.herald_words
    lines = []
    matcher = difflib.SequenceMatcher(None, jekyll, herald, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        lines.append(f"    {tag}: jekyll [{' '.join(jekyll[max(a1 - 3, 0):a2 + 3])[:120]}]"
                     f"  herald [{' '.join(herald[max(b1 - 3, 0):b2 + 3])[:120]}]")
        if len(lines) == at_most:
            break
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=Path, default=ROOT.parent / "shared" / "sites")
    parser.add_argument("--site", help="only this site (its folder name)")
    parser.add_argument("--runs", type=int, default=3, help="render each document K times")
    parser.add_argument("--verbose", action="store_true", help="show the worst documents")
    args = parser.parse_args()
    if not args.sites.is_dir():
        print(f"skipped: {args.sites} not found (the real sites and their Jekyll oracles live in "
              "../shared/sites next to the repository)")
        return 0
    documents = markdown_documents(args.sites, args.site)
    if not documents:
        print(f"no Markdown documents without Liquid under {args.sites}")
        return 0
    results = [measured(document, max(args.runs, 1)) for document in documents]
    by_site: dict[str, list[Result]] = {}
    for result in results:
        by_site.setdefault(result.document.site, []).append(result)
    width = max(len(name) for name in by_site)
    print(f"{'site':<{width}}  agree/documents  identical  ms/doc")
    for name, site_results in by_site.items():
        print(summary_line(name, site_results, width))
    print(summary_line("total", results, width))
    if args.verbose:
        worst = sorted((r for r in results if r.jekyll_words != r.herald_words),
                       key=lambda r: r.ratio)
        print(f"\n{len(worst)} documents whose words differ, worst first:")
        for result in worst[:40]:
            print(f"\n{result.ratio:.3f} {result.document.site} {result.document.path}")
            print("\n".join(differing_words(result)))
    return 0


def summary_line(name: str, results: list[Result], width: int) -> str:
    agree = sum(result.ratio >= AGREE_AT for result in results)
    identical = sum(result.jekyll_words == result.herald_words for result in results)
    ms = 1000 * sum(result.seconds for result in results) / len(results)
    return f"{name:<{width}}  {agree:>5}/{len(results):<9}  {identical:>9}  {ms:6.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
