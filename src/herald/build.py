"""One build: load the content folder, derive feeds and events, render them, write them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from herald.content import LoadOptions, load_site
from herald.feeds import feed_specs, translations
from herald.model import Problem, Site
from herald.output import write_tree
from herald.render.feed import ATOM_NAME, RSS_NAME, render_atom, render_rss


@dataclass(frozen=True)
class BuildResult:
    site: Site
    files: dict[str, bytes]
    problems: tuple[Problem, ...]
    seconds: float
    feeds: int

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)


def render_site(site: Site) -> dict[str, bytes]:
    """Every output file of `site`, by relative path."""
    files: dict[str, bytes] = {}
    pairs = translations(site.posts)
    for spec in feed_specs(site):
        prefix = f"{spec.folder}/" if spec.folder else ""
        files[prefix + ATOM_NAME] = render_atom(spec, site.config, site.themes, pairs)
        files[prefix + RSS_NAME] = render_rss(spec, site.config, site.themes, pairs)
    return files


def build(content: Path, out: Path | None, options: LoadOptions,
          overrides: dict[str, Any] | None = None) -> BuildResult:
    """Build `content` into `out` (nothing is written when `out` is None)."""
    started = time.perf_counter()
    site = load_site(content, options, overrides)
    files = render_site(site)
    if out is not None:
        write_tree(out, files)
    feeds = sum(name.endswith(ATOM_NAME) for name in files)
    return BuildResult(site, files, site.problems, time.perf_counter() - started, feeds)
