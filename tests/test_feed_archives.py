"""RFC 5005 archived feeds: every Atom feed links back through pages holding all older posts."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
from lxml import etree

from conftest import BASIC_CONFIG, NOW, post_text, write_site
from herald.load.site import LoadOptions
from herald.pipeline import build

HISTORY = "{http://purl.org/syndication/history/1.0}"
BASE = "https://example.org/"
CONFIG = BASIC_CONFIG + "herald:\n  feed_limit: 3\n  archive_page_size: 4\n"
THEME = "---\ntitle: Deltagande\n---\n"


def archive_site(root: Path, count: int) -> Path:
    posts = {f"2024-01-{day:02d}-post-{day}.md": post_text(f"Post {day}", categories="[deltagande]")
             for day in range(1, count + 1)}
    return write_site(root, posts, CONFIG, {"deltagande.md": THEME})


def local(out: Path, url: str) -> Path:
    assert url.startswith(BASE), url
    return out / url[len(BASE):]


def follow_archives(out: Path, feed: Path) -> tuple[list[str], list[Path]]:
    """Every entry id from the feed and all archive pages it links back to, and the pages."""
    ids: list[str] = []
    pages: list[Path] = []
    path = feed
    while True:
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0
        ids += [entry.id for entry in parsed.entries]
        links = {link.rel: link.href for link in parsed.feed.links}
        if "prev-archive" not in links:
            return ids, pages
        path = local(out, links["prev-archive"])
        pages.append(path)


def test_following_prev_archive_collects_every_post_of_a_theme_once(tmp_path):
    out = tmp_path / "out"
    build(archive_site(tmp_path / "site", 14), out, LoadOptions(now=NOW))
    ids, pages = follow_archives(out, out / "themes" / "deltagande" / "feed.atom")
    assert len(ids) == len(set(ids)) == 14
    assert {i.rsplit(":", 1)[1] for i in ids} == {f"post-{day}" for day in range(1, 15)}
    # 11 archived posts in pages of 4, newest page first: 3, 2, 1
    assert [p.name for p in pages] == ["3.atom", "2.atom", "1.atom"]


def test_archive_pages_are_marked_and_filled_oldest_first(tmp_path):
    out = tmp_path / "out"
    build(archive_site(tmp_path / "site", 14), out, LoadOptions(now=NOW))
    folder = out / "themes" / "deltagande"
    assert etree.parse(folder / "feed.atom").getroot().find(f"{HISTORY}archive") is None
    for number, titles in [(1, {1, 2, 3, 4}), (2, {5, 6, 7, 8}), (3, {9, 10, 11})]:
        page = folder / "archive" / f"{number}.atom"
        assert etree.parse(page).getroot().find(f"{HISTORY}archive") is not None
        parsed = feedparser.parse(page.read_bytes())
        assert {int(e.title.split()[1]) for e in parsed.entries} == titles
        links = {link.rel: link.href for link in parsed.feed.links}
        assert links["current"] == BASE + "themes/deltagande/feed.atom"
        assert links["self"] == BASE + f"themes/deltagande/archive/{number}.atom"
        assert parsed.feed.id == BASE + "themes/deltagande/feed.atom"


def test_a_new_post_changes_only_the_current_feed_and_the_newest_archive_page(tmp_path):
    site = archive_site(tmp_path / "site", 12)  # 9 archived: pages 4, 4, 1
    first, second = tmp_path / "first", tmp_path / "second"
    build(site, first, LoadOptions(now=NOW))
    (site / "_posts" / "2024-01-13-post-13.md").write_text(
        post_text("Post 13", categories="[deltagande]"), encoding="utf-8")
    build(site, second, LoadOptions(now=NOW))
    for folder in ("", "sv/", "themes/deltagande/"):
        before = {p.name: p.read_bytes() for p in (first / folder / "archive").glob("*.atom")}
        after = {p.name: p.read_bytes() for p in (second / folder / "archive").glob("*.atom")}
        assert set(after) == set(before)
        changed = {name for name in after if after[name] != before[name]}
        assert changed == {"3.atom"}, folder
        assert (first / folder / "feed.atom").read_bytes() != (
            second / folder / "feed.atom").read_bytes()


def test_feeds_within_the_limit_have_no_archives(example_out):
    assert not list(example_out.rglob("archive"))
    for path in example_out.rglob("feed.atom"):
        links = feedparser.parse(path.read_bytes()).feed.links
        assert "prev-archive" not in {link.rel for link in links}


def test_websub_hub_is_announced_in_atom_rss_and_json(tmp_path):
    config = CONFIG + "  websub_hub: https://hub.example.net/\n"
    root = write_site(tmp_path / "site", {"2024-01-01-a.md": post_text("A")}, config)
    out = tmp_path / "out"
    build(root, out, LoadOptions(now=NOW))
    for name in ("feed.atom", "feed.rss", "events.atom", "events.rss"):
        parsed = feedparser.parse((out / name).read_bytes())
        hubs = [link.href for link in parsed.feed.links if link.rel == "hub"]
        assert hubs == ["https://hub.example.net/"], name
    document = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert document["hubs"] == [{"type": "WebSub", "url": "https://hub.example.net/"}]
