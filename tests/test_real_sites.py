"""Real Jekyll sites, judged by Jekyll itself.

../shared/sites holds real public Jekyll sites and, beside each, `<name>.jekyll.jsonl`: what
Jekyll 4.3 publishes from it (README there). Each site is built once by the `herald`
command, as a user would, and its feeds are compared with Jekyll's posts: every post is an
entry at Jekyll's URL, with Jekyll's date and title, its text as Jekyll renders it, no
Liquid or kramdown syntax showing, no localhost, and every category with feeds.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from dateutil import parser as dateutil_parser
from icalendar import Calendar

from conftest import SHARED
from herald.load.frontmatter import FrontMatterError, split_document
from herald.load.permalinks import category_slug
from jekyll_fixtures import AGREE_AT, agreement, visible_words

SITES = SHARED / "sites"
ATOM = "{http://www.w3.org/2005/Atom}"
NOW = "2026-12-06T12:00Z"  # the day the oracles were made: Jekyll dates broken posts so
LEAKS = ("{{", "{%", "{:")

pytestmark = pytest.mark.slow


def site_names() -> list[str]:
    if not SITES.is_dir():
        return []
    return sorted(path.name.removesuffix(".jekyll.jsonl") for path in
                  SITES.glob("*.jekyll.jsonl"))


@pytest.fixture(scope="module", params=site_names() or ["(none)"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One site built by `herald build`, with Jekyll's answer for it."""
    name = request.param
    if not SITES.is_dir():
        pytest.skip(f"{SITES} not found: the real-site tests need ../shared next to the "
                    "repository")
    site, out = SITES / name, tmp_path_factory.mktemp("site") / "out"
    run = subprocess.run(
        [sys.executable, "-m", "herald", "build", "-q", "--content", str(site), "--out",
         str(out), "--future", "--cache-dir", str(out.parent / "cache"), "--now", NOW],
        capture_output=True, text=True, timeout=900)
    rows = [json.loads(line) for line in (SITES / f"{name}.jekyll.jsonl").read_text(
        encoding="utf-8").splitlines()]
    posts: dict[str, list[dict]] = {}  # a few sites give two posts one URL
    for row in rows:
        if row["collection"] == "posts":
            posts.setdefault(path_of(row["url"]), []).append(row)
    return {"name": name, "site": site, "out": out, "run": run, "posts": posts,
            "entries": entries(out), "documents": len(rows), "rows": rows}


def path_of(url: str) -> str:
    """A URL's path as a reader compares pages: no host, trailing slash, `.html` or index."""
    path = urlsplit(url).path if "://" in url else url
    return path.rstrip("/").removesuffix(".html").removesuffix("/index") or "/"


def entries(out: Path) -> dict[str, ET.Element]:
    """The site feed's entries and its archive pages', by the path of their own page."""
    found = {}
    for document in [out / "feed.atom", *sorted((out / "archive").glob("*.atom"))]:
        if not document.is_file():
            continue
        for entry in ET.parse(document).getroot().iter(ATOM + "entry"):
            link = next(link for link in entry.findall(ATOM + "link")
                        if link.get("rel", "alternate") == "alternate")
            found[path_of(link.get("href", ""))] = entry
    return found


def content(entry: ET.Element) -> str:
    node = entry.find(ATOM + "content")
    return node.text or "" if node is not None else ""


def test_the_build_never_shows_a_traceback(built):
    assert "Traceback" not in built["run"].stderr, built["run"].stderr[-2000:]
    assert built["run"].returncode in (0, 1), built["run"].stderr[-2000:]


def test_every_post_jekyll_publishes_is_an_entry_at_its_url_and_no_other(built):
    wanted, found = set(built["posts"]), set(built["entries"])
    assert sorted(wanted - found) == []
    assert sorted(found - wanted) == []


def test_dates_and_titles_are_jekylls(built):
    for path, rows in built["posts"].items():
        entry = built["entries"][path]
        published = datetime.fromisoformat(entry.findtext(ATOM + "published"))
        title = " ".join(entry.findtext(ATOM + "title").split())
        assert any(jekyll_date(row) in (published, None)
                   and title == (" ".join(row["title"].split()) or title)
                   for row in rows), (rows[0]["path"], published, title)


def jekyll_date(row: dict) -> datetime | None:
    """Jekyll's date of a post, None where Python has no such date (year 0), or where
    Jekyll dated the post at the time it was built (front matter it could not read)."""
    try:
        found = datetime.fromisoformat(row["date"])
    except ValueError:
        return None
    return None if found.date() == datetime.fromisoformat(NOW).date() else found


def test_entries_read_as_jekyll_renders_them(built):
    compared = agreed = 0
    worst = []
    for path, rows in built["posts"].items():
        row = rows[-1]  # of two posts at one URL, the newer is the page
        if row["html"] is None:  # Jekyll itself failed on it (a plugin's tag)
            continue
        ratio = agreement(content(built["entries"][path]), row["html"])
        compared += 1
        agreed += ratio >= AGREE_AT
        worst.append((round(ratio, 3), row["path"]))
    assert agreed >= 0.9 * compared, sorted(worst)[:5]


def test_no_entry_shows_liquid_or_kramdown_syntax_jekyll_does_not(built):
    leaked = []
    for path, rows in built["posts"].items():
        row = rows[-1]
        ours = " ".join(visible_words(content(built["entries"][path])))
        theirs = " ".join(visible_words(row["html"]))
        if any(mark in ours and mark not in theirs
               for mark in (*LEAKS, *(" ".join(mark) for mark in LEAKS))):
            leaked.append(row["path"])
    assert leaked == []


def test_no_address_herald_writes_names_localhost(built):
    """herald's own addresses (ids, UIDs, feed, page and calendar links) never name localhost;
    a post's text may mention it."""
    own = re.compile(rb'tag:localhost[,:]|@localhost\r?$|="https?://localhost[:/]'
                     rb'|<(?:id|link|uri)>https?://localhost[:/]|webcal://localhost[:/]', re.M)
    named = [path.relative_to(built["out"]).as_posix() for path in built["out"].rglob("*")
             if path.is_file() and own.search(path.read_bytes())]
    assert named == []


def test_every_category_of_posts_has_feeds(built):
    categories = {category_slug(str(name)) for rows in built["posts"].values()
                  for row in rows for name in row.get("categories") or []
                  if "/" not in str(name) and not str(name).endswith(".md")}
    missing = [slug for slug in sorted(categories - {""})
               if not (built["out"] / "themes" / slug / "feed.atom").is_file()]
    assert missing == []


def test_check_counts_what_jekyll_publishes_and_loses_nothing(built):
    run = subprocess.run(
        [sys.executable, "-m", "herald", "check", "--content", str(built["site"]), "--future",
         "--cache-dir", str(built["out"].parent / "cache"), "--now", NOW, "--format", "json"],
        capture_output=True, text=True,
        timeout=900)
    summary = json.loads(run.stdout)
    unpublished = [rel for rel, why in summary["left_out"].items() if why == "published: false"]
    assert summary["documents"] - len(unpublished) == built["documents"]
    assert summary["collections"].get("posts", 0) - len(
        [rel for rel in unpublished if "_posts/" in rel]) == sum(map(len, built["posts"].values()))
    assert summary["lost"] == []


def test_every_document_dated_by_the_sites_own_event_key_is_in_the_calendar_that_day(built):
    """MANIFEST.yaml names each site's own start key (`startdate`, `starts`, `date_start`):
    every document Jekyll publishes with a readable value has a VEVENT that day, linked to
    its page, in calendar.ics."""
    manifest = yaml.safe_load((SITES / "MANIFEST.yaml").read_text(encoding="utf-8"))
    keys = next((site.get("event_keys") for site in manifest if site["name"] == built["name"]),
                None)
    if not keys:
        pytest.skip(f"{built['name']} names no event keys in MANIFEST.yaml")
    days: dict[str, set[date]] = {}
    for event in Calendar.from_ical((built["out"] / "calendar.ics").read_bytes()).walk("VEVENT"):
        start = event.decoded("dtstart")
        days.setdefault(path_of(str(event.get("url"))), set()).add(
            start.date() if isinstance(start, datetime) else start)
    expected, missing = 0, []
    for row in built["rows"]:
        try:
            meta = split_document((built["site"] / row["path"]).read_text(encoding="utf-8")).meta
        except FrontMatterError:  # a page without front matter states no event
            continue
        value = next((meta[key] for key in keys if meta.get(key) not in (None, "")), None)
        if value is None:
            continue
        day = value if isinstance(value, date) else dateutil_parser.parse(str(value))
        expected += 1
        if (day.date() if isinstance(day, datetime) else day) not in days.get(
                path_of(row["url"]), ()):
            missing.append(row["path"])
    assert expected and missing == []
