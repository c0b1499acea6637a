"""A real build's index.html and feeds.opml: every link resolves, every feed is listed (the
index leaves out a one-language site's language feed and all but the latest past events)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from conftest import CONTENT, NOW, SHARED, need
from herald.load.site import LoadOptions
from herald.pipeline import build
from herald.plan.feeds import feed_specs
from herald.plan.units import calendar_events, event_file_paths
from herald.render.index import PAST_LIMIT, UPCOMING_LIMIT, split_events

REAL_SITE = SHARED / "sites" / "CochiseLinuxUsersGroup+CochiseLinuxUsersGroup.github.io"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("a", "link"):
            self.hrefs += [value for name, value in attrs if name == "href" and value]
        self.ids |= {value for name, value in attrs if name == "id" and value}


def links(out: Path) -> Links:
    parser = Links()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    return parser


def hrefs(out: Path) -> list[str]:
    return links(out).hrefs


def feed_files(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*")
            if p.suffix in (".atom", ".rss", ".json") and "archive" not in p.parts}


def base_of(out: Path) -> str:
    root = ET.parse(out / "feeds.opml").getroot()
    site = root.find("body/outline/outline")
    assert site is not None
    return site.get("xmlUrl", "").rsplit("feed.atom", 1)[0]


def check_site(content: Path, out: Path) -> None:
    result = build(content, out, LoadOptions(now=NOW))
    site, schedule = result.site, result.schedule
    pages = {post.url for post in site.posts} | {theme.url for theme in site.themes.values()}
    pages.add(site.config.url + site.config.baseurl + "/")
    base = base_of(out)
    page = links(out)
    seen: set[str] = set()
    for href in page.hrefs:
        parts = urlsplit(href)
        if href.startswith("#"):
            assert href[1:] in page.ids, f"index.html links {href}, which is not on the page"
        elif not parts.scheme:
            path = unquote(parts.path)
            assert (out / path).is_file(), f"index.html links {href}, which is not in out/"
            seen.add(path)
        elif parts.scheme == "webcal":
            assert (out / unquote(("https:" + href[7:])[len(base):])).is_file(), href
        elif parts.netloc == "calendar.google.com" and "cid" in parse_qs(parts.query):
            calendar = parse_qs(parts.query)["cid"][0]
            assert calendar.startswith("webcal://") and calendar.endswith(".ics"), href
        elif parts.netloc == "calendar.google.com":
            query = parse_qs(parts.query)
            assert query["action"] == ["TEMPLATE"] and query["text"][0], href
            start, end = query["dates"][0].split("/")
            assert len(start) in (8, 15) and start <= end, href
        elif parts.netloc == "outlook.live.com":
            query = parse_qs(parts.query)
            assert query["url"][0].startswith(base) and query["url"][0].endswith(".ics"), href
            assert query["name"][0], href
        else:
            assert href in pages, f"index.html links {href}: not a post, theme or the site"
    languages = {post.lang for post in site.posts}
    lone = f"{next(iter(languages))}/" if len(languages) == 1 else None

    def listed(path: str) -> bool:
        return not (lone and path.startswith(lone))

    assert {f for f in feed_files(out) if listed(f)} <= seen, "feeds the index does not link"
    assert not {f for f in seen if not listed(f)}, "the page lists a lone language's feeds"
    calendars = {p.relative_to(out).as_posix() for p in out.rglob("*.ics")}
    topics = {path for path in calendars if not path.startswith("events/") and listed(path)}
    assert topics <= seen, "calendars the index does not link"
    events = calendar_events(feed_specs(site)[0], schedule.events, site.config.lang)
    upcoming, past = split_events(events, NOW)
    files = event_file_paths(schedule.events)
    shown = {files[post.path] for _, post in upcoming[:UPCOMING_LIMIT] + past[:PAST_LIMIT]}
    assert {path for path in seen if path.startswith("events/")} == shown


def test_every_link_in_the_example_index_resolves(tmp_path):
    check_site(CONTENT, tmp_path / "out")


@pytest.mark.slow
def test_every_link_in_the_digidemlab_index_resolves(tmp_path, digidemlab):
    check_site(digidemlab, tmp_path / "out")


@pytest.mark.slow
def test_every_link_in_a_real_one_language_sites_index_resolves(tmp_path):
    check_site(need(REAL_SITE), tmp_path / "out")


@pytest.mark.parametrize("content", ["example", "digidemlab"])
def test_opml_lists_every_atom_feed_once(tmp_path, content, request):
    root = CONTENT if content == "example" else request.getfixturevalue("digidemlab")
    out = tmp_path / "out"
    build(root, out, LoadOptions(now=NOW))
    opml = ET.parse(out / "feeds.opml").getroot()
    assert opml.get("version") == "2.0"
    outlines = [o for o in opml.iter("outline") if o.get("xmlUrl")]
    urls = [o.get("xmlUrl") for o in outlines]
    assert len(urls) == len(set(urls))
    base = base_of(out)
    atoms = {name for name in feed_files(out) if name.endswith(".atom")}
    assert {unquote(url[len(base):]) for url in urls} == atoms
    for outline in outlines:
        assert outline.get("title") and outline.get("htmlUrl") and outline.get("language")
