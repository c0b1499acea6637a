"""The real site: herald must read it as Jekyll does (skipped where ../shared is absent)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import feedparser
import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import DIGIDEMLAB, dates_written, need, own_link
from herald.cli import main

NOW = "2026-11-01T00:00Z"
ATOM = "{http://www.w3.org/2005/Atom}"


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


@pytest.mark.parametrize("site", ["content", "digidemlab"])
def test_nothing_is_dated_after_now_or_1970_and_every_entry_opens_its_own_page(
        site, built, example_out):
    out = built[0] if site == "digidemlab" else example_out
    now = datetime(2026, 11, 1, tzinfo=UTC)
    dates = dates_written(out)
    assert dates
    assert [(name, moment) for name, moment in dates if moment > now] == []
    assert [name for name, moment in dates if moment.year == 1970] == []
    for path in out.rglob("*.atom"):
        for entry in etree.parse(str(path)).getroot().iter(f"{ATOM}entry"):
            alternates = [link for link in entry.iter(f"{ATOM}link")
                          if link.get("rel", "alternate") == "alternate"]
            if len(alternates) > 1:  # a translated entry: its own page first, then theirs
                own = alternates[0].get("hreflang")
                assert own and own not in {link.get("hreflang") for link in alternates[1:]}
            if path.parent.name in ("sv", "en"):  # a language's feed: that language's page
                assert alternates[0].get("hreflang") == path.parent.name


def test_entries_of_a_feed_keep_their_authors_updated_times(built):
    out, _ = built
    entries = feedparser.parse((out / "feed.atom").read_bytes()).entries
    assert len({entry.updated for entry in entries}) > len(entries) // 2
