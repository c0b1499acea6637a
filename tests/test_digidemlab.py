"""The real site: herald must read it as Jekyll does (skipped where ../shared is absent)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import feedparser
import pytest
from click.testing import CliRunner

from conftest import DIGIDEMLAB, need, own_link
from herald.cli import main

NOW = "2026-11-01T00:00Z"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, object]:
    need(DIGIDEMLAB)
    out = tmp_path_factory.mktemp("ddl") / "out"
    result = CliRunner().invoke(main, ["build", "--content", str(DIGIDEMLAB), "--out", str(out),
                                       "--now", NOW, "--feed-limit", "1000"])
    return out, result


def published_posts_on_disk() -> set[str]:
    """File slugs of published posts, read without herald's loader."""
    slugs = set()
    for path in (DIGIDEMLAB / "_posts").iterdir():
        match = re.match(r"\d{4}-\d\d-\d\d-(.+)\.(md|markdown|html)$", path.name)
        if not match:
            continue
        head = path.read_text(encoding="utf-8").split("\n---", 1)[0]
        if re.search(r"^published:\s*false\s*$", head, re.M):
            continue
        slugs.add(match.group(1))
    return slugs


def test_build_exits_zero_with_warnings_only(built):
    _, result = built
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and all(": warning: " in line for line in lines)


def test_every_published_post_is_in_the_site_feed_once(built):
    out, _ = built
    feed = feedparser.parse((out / "feed.atom").read_bytes())
    assert feed.bozo == 0
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids))
    slugs = [entry.id.rsplit(":", 1)[1] for entry in feed.entries]
    assert sorted(unquote(s) for s in slugs) == sorted(published_posts_on_disk())


def test_referenced_themes_have_feeds_but_unpublished_ones_do_not(built):
    out, _ = built
    themes = {p.name for p in (out / "themes").iterdir()}
    assert {"medborgarbudget", "medborgarrad", "participatory-budget", "citizen-panel",
            "medborgardeltagande"} <= themes
    assert "civic-tech-utveckling" not in themes and "civic-tech-development" not in themes
    ghost = feedparser.parse((out / "themes" / "medborgardeltagande" / "feed.atom").read_bytes())
    assert len(ghost.entries) == 2


def test_language_feeds_split_swedish_and_english(built):
    out, _ = built
    sv = feedparser.parse((out / "sv" / "feed.atom").read_bytes())
    en = feedparser.parse((out / "en" / "feed.atom").read_bytes())
    everything = feedparser.parse((out / "feed.atom").read_bytes())
    assert len(sv.entries) + len(en.entries) == len(everything.entries)
    assert any(own_link(e).endswith("/en/projects/consul-going-worldwide/") for e in en.entries)
    assert not any("consul-going-worldwide-en" in e.id for e in sv.entries)
